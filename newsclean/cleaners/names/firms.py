"""Firms, bands and brands named like people, shown by the article's own words (issue 14, round 20).
English articles only; pure functions over the text, used by ``detect._drop_firms``.

Evidence that makes every mention of a run a firm (the article names it so once):
- an organisation's office or a band member's noun between the run and a person's full name
  ("JP Morgan chief executive William Harrison", "Franz Ferdinand frontman Alex Kapranos");
  offices a person's staff also hold ("Hillary Clinton spokesman Brian Fallon") are not read;
- "its own" a few lowercase words after the run ("rival Deutsche Boerse put forward its own
  bid case"); "said its" is not read ("Smith said its value fell");
- a market's or a chain's noun right after the run ("the main Dow Jones index", "Neiman Marcus
  stores");
- the run as the employer of a person just named: ", from"/", at" between a capitalised word
  and the run, and a comma after it ("Simon Wheatley, from Goldman Sachs, told Reuters").

Evidence for one mention only (the article may name the founder elsewhere):
- an item of an enumeration a plural noun of firms or brands opens with "including", "such as"
  or "like" ("brands including Moet & Chandon champagne and Louis Vuitton", "Labels such as
  Meyer-Näkel, Deutzerhof and Jean Stodden");
- a model code right after the run ("the Mercedes Benz C180 SE");
- "the", the run and a product's noun ("the Nina Ricci perfume and fashion fortune");
- "the", the run (capitalised words may stand between) and a lowercase noun of an event or a
  prize ("the World Junior Tennis event", "the Hal Porter award"): a thing named with a name.
"""
from __future__ import annotations

import re

_S = r"[ \t\u00a0]+"
# offices of a firm or members of a band, between the firm and the holder's full name
_OFFICE_AFTER = re.compile(
    _S + r"(?:chief[ \t\u00a0]+(?:executive|operating[ \t\u00a0]+officer|financial[ \t\u00a0]+officer|economist)"
    r"|chairman|chairwoman|frontman|frontwoman|guitarist|bassist|drummer|keyboardist|lead[ \t\u00a0]+singer|analyst|economist|strategist)"
    + _S + r"[A-Z][\w’'\-]+" + _S + r"[A-Z]"
)
_ITS_OWN_AFTER = re.compile(_S + r"(?:[a-z]+" + _S + r"){1,3}its" + _S + r"own\b")
_MARKET_AFTER = re.compile(_S + r"(?:index|indices|stores|boutiques?|share[ \t\u00a0]+price)\b")
_EMPLOYER_BEFORE = re.compile(r"[A-Z][\w’'\-]+,[ \t\u00a0]+(?:from|at)" + _S + r"$")
_MODEL_AFTER = re.compile(_S + r"[A-Z]{1,3}\d{1,4}[A-Za-z]{0,3}\b")
_PRODUCT_AFTER = re.compile(_S + r"(?:perfumes?|fragrances?|handbags?|dresses|dress|gowns?|boutique|store|collection|fashion[ \t\u00a0]+house)\b")
_EVENT_AFTER = re.compile(_S + r"(?:event|tournament|championships?|trophy|cup|award|prize|festival|memorial)\b")
_THE_RUN_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he" + _S + r"(?:[A-Z][\w’'\-]*" + _S + r"){0,3}$")
_THE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he" + _S + r"$")
# plural nouns of firms and brands opening an enumeration of them
_FIRMS_LIKE = re.compile(
    r"(?<![\w’'-])(?:[Bb]rands|[Ll]abels|firms|companies|banks|lenders|retailers|stores|chains|carmakers|automakers|makers|manufacturers|[Bb]ands|insurers)"
    r",?" + _S + r"(?:including|such" + _S + r"as|like)" + _S
)
# one token of an enumeration of firms: a word, "&" or a comma
_LIST_TOKEN = re.compile(r"[\w’'\-.&]+|,")


def firm_named(text: str, start: int, end: int) -> bool:
    """The run at ``text[start:end]`` (possessive ending excluded) is a firm or a band by the
    words around this mention (see the module's first list)."""
    after = text[end : end + 80]
    if _OFFICE_AFTER.match(after) or _ITS_OWN_AFTER.match(after) or _MARKET_AFTER.match(after):
        return True
    return bool(_EMPLOYER_BEFORE.search(text[max(0, start - 40) : start])) and text[end : end + 1] == ","


def brand_mention(text: str, start: int, end: int) -> bool:
    """This mention names a firm's or a brand's thing (see the module's second list)."""
    after = text[end : end + 40]
    if _MODEL_AFTER.match(after):
        return True
    if _PRODUCT_AFTER.match(after) and _THE_BEFORE.search(text[max(0, start - 6) : start]):
        return True
    if _EVENT_AFTER.match(after) and _THE_RUN_BEFORE.search(text[max(0, start - 60) : start]):
        return True
    return in_firm_list(text, start)


def in_firm_list(text: str, start: int) -> bool:
    """An item of an enumeration a plural noun of firms opens (:data:`_FIRMS_LIKE`)."""
    window = text[max(0, start - 160) : start]
    heads = list(_FIRMS_LIKE.finditer(window))
    if not heads:
        return False
    # between the head and the item: capitalised words, "&", commas, "and"/"or", and one
    # lowercase noun closing an item ("Moet & Chandon champagne and")
    tokens = _LIST_TOKEN.findall(window[heads[-1].end() :])
    for i, t in enumerate(tokens):
        if t in (",", "&", "and", "or") or t[:1].isupper():
            continue
        if not (t.isalpha() and t.islower() and i + 1 < len(tokens) and tokens[i + 1] in (",", "and", "or") and i > 0 and tokens[i - 1][:1].isupper()):
            return False
    return True
