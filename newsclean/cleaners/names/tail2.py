"""Tail 2 of issue 14: false persons left on the older hunt sets of magazine pages, blogs and
web pages (sets 1-3, 9, 16, 17, 20). English articles only; pure functions over the text and
the detector's tokens, each asked only of the few runs a cheap test selects.

- :func:`glued_word_before_lone`: a two-word run whose first word is an English word (a verb, an
  interjection, an adjective of a headline: "Spurned Zango pleads", "Go Kylie, Love and light",
  "How To Propagate Bougainvillea") and whose second word the article also writes alone. The
  first word is no given name, surname-only word of a gazetteer person or title, and the article
  uses it in lowercase too, or it has a verb's ending ("-ed", "-ing"). The run is dropped: the
  lone word's other uses tell who or what it is. "Magic Johnson" and "Tiger Woods" are gazetteer
  aliases, never asked.
- :func:`list_pair`: in a list of people whose separators the extraction lost (a page's lines
  or cells glued: "Greil Marcus Wynton Marsalis, Jazz at Lincoln Center Kati Marton, author"),
  a run of four words, or of five with the fourth an initial ("Linda Greenhouse Rinne B.
  Groff"), is two names of two words when the text around it is almost all capitalised words (a
  list, no prose: :func:`list_layout`), even when no list knows the second given name.
- :func:`drop_royal_vessels`: a royal title and a given name with a number after it, a ship's
  word near ("three ocean liners met ... The Queen Elizabeth 2, Queen Mary 2 and Queen Victoria
  passed the Statue of Liberty"), is a ship; the royal-titled names listed with it (", " or "and"
  between them) are ships too. Without a ship's word the number may be a ruler's ("guests such as
  Queen Elizabeth 2, who stayed"). A name the gazetteer knows stays.
- :func:`place_before_list_name`: in such a list, a three-word run whose first word closes the
  previous item's place ("Rutgers University – Camden Orlando Patterson", "Washington
  University-St. Louis Jeffrey Eugenides") starts its name at the second word, a given name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, lexicon, plausible
from newsclean.cleaners.names.gazetteer import english_given_names
from newsclean.cleaners.names.round21 import english_word

if TYPE_CHECKING:  # the detector imports this module
    from newsclean.cleaners.names.detect import Candidate, Lexicon, Token
    from newsclean.cleaners.names.resolve import Mention

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# the share of capitalised words around a run above which the text is a list, not prose
LIST_CAPITALISED_SHARE = 0.75
# characters read on each side of a run to judge the layout
_LAYOUT_WINDOW = 150
# at least this many words around the run before the layout is judged
_LAYOUT_MIN_WORDS = 12


def list_layout(text: str, start: int, end: int) -> bool:
    """The text around ``start:end`` is a list of capitalised items (names, places, affiliations)
    with few lowercase words: a page's lines or cells glued by the extraction."""
    words = _WORD.findall(text[max(0, start - _LAYOUT_WINDOW) : start]) + _WORD.findall(text[end : end + _LAYOUT_WINDOW])
    if len(words) < _LAYOUT_MIN_WORDS:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= LIST_CAPITALISED_SHARE * len(words)


def _given(key: str) -> bool:
    return key in english_given_names() or evidence.strong_given(key)


def _initial(tok: Token) -> bool:
    return len(tok.key) == 1


def list_pair(words: list[int], toks: list[Token], lex: Lexicon, text: str) -> int | None:
    """Position in ``words`` where the second of two glued two-word names starts (see the
    module's second item), or None."""
    if len(words) not in (4, 5) or any(toks[k].connector or toks[k].possessive for k in words):
        return None
    ts = [toks[k] for k in words]
    if len(ts[0].text) < 4 or len(ts[2].text) < 4 or any(len(t.text) < 3 and not _initial(t) for t in ts):
        return None  # "Love Lee Tae Ri", "Nam Nghi Phu Quoc": syllables of East Asian names and places
    if len(words) == 5 and not (_initial(ts[3]) and ts[3].text.endswith(".")):
        return None  # "Letty Cottin Pogrebin Katha Pollitt": three and two, or two and three
    if any(_initial(t) for t in (ts[0], ts[1], ts[2], ts[-1])) or any(t.key in lexicon.TITLE_WORDS for t in ts):
        return None
    if (ts[0].start and text[ts[0].start - 1].isalnum()) or text[ts[-1].end : ts[-1].end + 1] in ("'", "’"):
        return None  # "IntLawGrrls Jacob Levy Jesus' General": a piece of a glued word, a possessive
    given_at, surname_at = (ts[0], ts[2]), (ts[1], ts[-1])
    if any(plausible.is_vocabulary(t.key) and not (_given(t.key) or lex.is_given(t.key)) for t in given_at):
        return None  # "Star Spica Triple Threat", "Jack O'Toole Our Congress": a word opens no second name
    if any(plausible.is_vocabulary(t.key) and t.key not in evidence.surnames() and not _given(t.key) for t in surname_at):
        return None  # "Osama Bin Laden Posts", "Jacob Levy Jesus' General": a headline's or a blog's word
    if not list_layout(text, ts[0].start, ts[-1].end):
        return None
    return 2


def place_before_list_name(idx: list[int], toks: list[Token], lex: Lexicon, text: str) -> int:
    """1 when the run's first word closes the place of the list item before it and a given name
    and a surname follow (the module's third item), else 0."""
    if len(idx) != 3 or toks[idx[1]].key not in english_given_names() and not evidence.strong_given(toks[idx[1]].key):
        return 0  # the cheap tests first: the detector asks about every run
    words = [k for k in idx if not toks[k].connector]
    if len(words) != 3:
        return 0
    first, second = toks[words[0]], toks[words[1]]
    if not _given(second.key) or _initial(toks[words[2]]) or first.possessive:
        return 0
    before = text[max(0, first.start - 40) : first.start]
    prev = re.search(r"([A-Z][\w’'.]*)[ \t\u00a0]*$", before)
    place = plausible.is_place(first.key) or (prev is not None and plausible.is_place(f"{prev.group(1).rstrip('.').lower()} {first.key}"))
    dash = re.search(r"[–—-][ \t\u00a0]*$", before) is not None
    if not place or not (dash or (prev is not None and prev.group(1).endswith("."))):
        return 0
    return 1 if list_layout(text, first.start, toks[words[-1]].end) else 0


_VERB_ENDINGS = ("ed", "ing")


# a lowercase word of prose: not a piece of an e-mail address, a web address or a file name
_PROSE_LOWER = re.compile(r"(?<![\w.@/’'-])([a-z][a-z’'-]*)(?![\w@/-]|\.\w)")


@lru_cache(maxsize=8)
def _lowercase_words(text: str) -> frozenset[str]:
    """The lowercase words of ``text``'s prose (one pass per article)."""
    return frozenset(_PROSE_LOWER.findall(text))


@lru_cache(maxsize=4096)
def _alone_elsewhere(text: str, word: str, first: str) -> bool:
    """``text`` writes ``word`` somewhere without ``first`` right before it (the run itself has
    ``first`` before it, so such a use is elsewhere); once per article and word."""
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])", text):
        if re.search(rf"(?<![\w’'-]){re.escape(first)}[ \t\u00a0]+$", text[max(0, m.start() - len(first) - 3) : m.start()]) is None:
            return True
    return False


def glued_word_before_lone(text: str, c: Candidate, lex: Lexicon) -> bool:
    """The two-word run is an English word glued before a word the article also writes alone
    (the module's first item)."""
    toks = c.name_tokens()
    if len(toks) != 2 or len(c.tokens) != 2 or c.kind == "alias":
        return False
    first, second = toks
    w, k = first.text, first.key
    if len(w) < 2 or not w[0].isupper() or not w[1:].islower() or first.possessive or not second.text[:1].isupper():
        return False
    if k in lexicon.TITLE_WORDS or k in lexicon.ROYAL_TITLES or _given(k) or lex.is_given(k):
        return False  # "Emperor Yun", "Will Young"
    s = second.text
    if text.find(s) == second.start and text.find(s, second.end) < 0:
        return False  # the cheap test first: the second word is written once
    if evidence.occupation(k):
        return False
    if k in lex.gaz.known_tokens or plausible.is_place(k):
        return False
    if k in evidence.given_names() and not plausible.is_english_word_not_name(k):
        return False  # "Karen Bradley", "Robin Walker": a given name some list knows, more than an English word
    if not (english_word(k) or (k.endswith(_VERB_ENDINGS) and english_word(k[:-2])) or (k.endswith("s") and english_word(k[:-1]))):
        return False
    if not _alone_elsewhere(text, second.text, w):
        return False
    return k in _lowercase_words(text) or (k.endswith(_VERB_ENDINGS) and len(k) > 4) or _once_in_heading(text, c)


# a heading's share of capitalised words, and its longest length in words
HEADING_CAPITALISED_SHARE = 0.7
_HEADING_MAX_WORDS = 16
_QUOTED = re.compile(r"[“\"]([^“”\"\n]{3,120})[”\"]")


@lru_cache(maxsize=4096)
def _count(text: str, run: str) -> int:
    return text.count(run)


def _once_in_heading(text: str, c: Candidate) -> bool:
    """The run is written once in the article, in a line or a quoted phrase in title case ("How
    To Propagate Quillwort", "“Committee to Boycott Nixon’s Memoirs”"): a headline's words, where
    a verb is capitalised like a name; a person named in a headline is named in full in the
    body too."""
    if _count(text, text[c.start : c.end]) != 1:
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    spans = [text[line_start : line_end if line_end >= 0 else len(text)]]
    spans += [m.group(1) for m in _QUOTED.finditer(text, max(0, c.start - 120), min(len(text), c.end + 120)) if m.start() < c.start and m.end() > c.end]
    for span in spans:
        words = _WORD.findall(span)
        if 2 < len(words) <= _HEADING_MAX_WORDS and sum(1 for x in words if x[0].isupper()) >= HEADING_CAPITALISED_SHARE * len(words):
            return True
    return False


def drop_tail2(text: str, found: list[Candidate], lex: Lexicon, language: str | None) -> list[Candidate]:
    """``found`` without the runs :func:`glued_word_before_lone` reads (English only)."""
    if language not in (None, "en"):
        return found
    out = []
    for c in found:
        if c.kind != "alias" and len(c.tokens) == 2 and glued_word_before_lone(text, c, lex):
            continue
        out.append(c)
    return out


_NEW = "not_in_gazetteer"  # resolve.py's flag of a name the gazetteer does not know
# a ship's number after its name: "Queen Mary 2", not a score, a time or a date ("2-1", "2:30", "2.5")
_SHIP_NUMBER = re.compile(r"[ \t\u00a0]+\d{1,2}(?![\d:.,\-/]\d|[\d-])")
# what joins the items of a list of ships: a comma, "and", "or"
_LIST_JOIN = re.compile(r"^(?:[ \t\u00a0]+\d{1,2})?[ \t\u00a0]*(?:,|and|or|&)[ \t\u00a0]+(?:and[ \t\u00a0]+|the[ \t\u00a0]+)?$")


_ROYAL_NUMBERED = re.compile(r"(?:Queen|King|Prince|Princess|Emperor|Empress|Pope)[ \t\u00a0]+[A-Z][a-z]+[ \t\u00a0]+\d")


# words of ships and their sailing, looked for around a numbered royal name
_SHIP_WORDS = re.compile(
    r"(?<![\w’'-])(?:ships?|liners?|cruises?|cruising|vessels?|sail(?:s|ed|ing)?|dock(?:s|ed)?|harbou?rs?|"
    r"voyages?|aboard|on[ \t\u00a0]+board|ocean|fleet|berth(?:s|ed)?)(?![\w’'-])",
    re.IGNORECASE,
)
_SHIP_WINDOW = 200  # characters on each side of a numbered royal name where a ship's word is looked for


def _ship_word_near(text: str, m: Mention) -> bool:
    """A ship's word stands near the mention ("three ocean liners met ... The Queen Elizabeth 2"):
    "high-profile guests, such as Queen Elizabeth 2, who stayed" names the queen."""
    return _SHIP_WORDS.search(text, max(0, m.start - _SHIP_WINDOW), m.end + _SHIP_WINDOW) is not None


def _royal_title(m: Mention) -> str | None:
    """The royal title the resolver read before the mention ("Queen"), if any."""
    for flag in m.flags:
        if flag.startswith("title:") and flag[6:].lower() in lexicon.ROYAL_TITLES:
            return flag[6:]
    return None


def drop_royal_vessels(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the ships named for royals (the module's item above)."""
    if _ROYAL_NUMBERED.search(text) is None:
        return mentions  # the cheap test first: no royal title, name and number in the article
    royal = [(i, m) for i, m in enumerate(mentions) if _NEW in m.flags and len(m.surface.split()) == 1 and _royal_title(m) is not None]
    if not royal:
        return mentions
    ships = {i for i, m in royal if _SHIP_NUMBER.match(text, m.end) and _ship_word_near(text, m)}
    if not ships:
        return mentions
    pairs = list(zip(royal, royal[1:], strict=False))
    # the royal-titled names of the same list: "Queen Mary 2 and Queen Victoria"; a pass forward
    # and one back carry the ship along a whole list
    for (i, a), (k, b) in [*pairs, *reversed(pairs)]:
        if (i in ships) == (k in ships):
            continue
        title = re.escape(_royal_title(b) or "")
        between = re.sub(rf"(?<![\w’'-]){title}[ \t\u00a0]*$", "", text[a.end : b.start]).rstrip()
        if b.start - a.end < 40 and _LIST_JOIN.match(between + " "):
            ships |= {i, k}
    # the ship named again with "the" before its title ("the Queen Mary docked"); a person of the
    # same name without it stays ("Queen Mary was her grandmother")
    names = {mentions[i].canonical for i in ships}
    return [m for i, m in enumerate(mentions) if i not in ships and not (_NEW in m.flags and m.canonical in names and _after_the(text, m))]


_THE_TITLE = re.compile(r"(?<![\w’'-])[Tt]he[ \t\u00a0]+[A-Z][a-z]+[ \t\u00a0]+$")


def _after_the(text: str, m: Mention) -> bool:
    return _THE_TITLE.search(text[max(0, m.start - 20) : m.start]) is not None
