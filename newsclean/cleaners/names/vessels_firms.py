"""Runs a ship's prefix or a firm's legal tail shows to be no person (issue 14, the N3 yardstick).

The kinds come from the false persons of the tune half of AKSW's N3 collection
(``bench/names_n3.py score --split tune --verbose``: Reuters-21578 business news of 1987,
German news of News-100). Pure functions over the text and the mentions the resolver made,
called once from :func:`cleaners.names.resolve.find_persons` (:func:`drop_vessels_firms`):

- :func:`firm_tail_after`: a firm's legal tail right after the run, the way a wire writes a
  firm's full name: "Morgan Stanley and Co Inc", "Alex. Brown and Sons Inc", "Stifel,
  Nicolaus and Co Inc" (capitalised words and commas may stand between the run and "and Co"),
  "Hoechst Celanese Corp", "Siemens AG", "Schmidt & Co. KG"; or a capitalised noun of an
  industry that is no part of the run ("Houston-based Cain Chemical", "Dominion Textile").
  A person is never written with these words after the name.
- :func:`vessel_prefix_before`: a ship's prefix right before the run ("MS Astor", "«MS
  Victoria»", "USS Cole", "HMS Belfast"), or, in a German article, a vessel's or a work's noun
  and an opening quote ("der Frachter «Hansa Stavanger»", "der Film «Harry Potter und ...»").

Every mention of the same words goes with the one that shows it, except a mention the
resolver tied to a different, longer name of the article (a bare "Cain" that is "Gordon
Cain", named in full, beside "Cain Chemical"). The words of a lone mention that is nothing but
an industry noun ("Textile") are no name either.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsclean.cleaners.names.keys import fold

if TYPE_CHECKING:
    from newsclean.cleaners.names.resolve import Mention

_S = r"[ \t\u00a0]+"
# legal forms written after a firm's name (case-sensitive: "Co", not "co")
_LEGAL = r"(?:Inc|Incorporated|Corp|Corporation|Co|Cos|Ltd|Limited|Plc|PLC|LLC|LLP|GmbH|AG|SpA|SPA|NV|N\.V\.|Pty|Bhd|KGaA|KG)"
# "and Co Inc", "& Sons", "und Co. KG": the partners' tail of a firm's name; "and Co" alone is
# not read ("Rooney and Co were beaten": a sports writer's band of players)
_PARTNERS = r"(?:and|&|und)" + _S + r"(?:Co(?:s|\.)?" + _S + _LEGAL + r"(?![\w’'\-])|(?:Sons|Son|Cie|Partners|Associates)\b)"
_TAIL_AFTER = re.compile(
    r"(?:,?" + _S + r"(?:[A-Z][\w’'\-.]*,?" + _S + r"){0,3}" + _PARTNERS + r"|" + _S + _LEGAL + r"(?![\w’'\-]))"
)
# capitalised nouns of an industry that, right after a name, make it a firm's
INDUSTRY_NOUNS = frozenset(
    """
    Chemical Chemicals Textile Textiles Motor Motors Steel Petroleum Airlines Airways Pharmaceutical
    Pharmaceuticals Foods Mills Industries Bancorp Bancshares Securities Realty Insurance Mining
    Telecom Telecommunications Electronics Semiconductor Shipbuilding Brewery Breweries Distillers
    """.split()
)
_INDUSTRY_AFTER = re.compile(_S + r"([A-Z][a-z]+)\b")
# ships' prefixes (case-sensitive); not "INS", "MT", "MY": agencies and states too
_VESSEL_BEFORE = re.compile(r"(?<![\w’'\-])(?:MS|MV|M/V|SS|RMS|HMS|HMAS|HMCS|USS|USNS)" + _S + r"$")
# German nouns of a vessel or a work before a quoted name ("der Frachter «Hansa Stavanger»")
GERMAN_QUOTED_THING_NOUNS = frozenset(
    """
    schiff frachter containerschiff kreuzfahrtschiff traumschiff tanker öltanker fregatte yacht jacht
    film kinofilm roman buch album song oper musical theaterstück stück serie fernsehserie
    """.split()
)
_QUOTED_THING_BEFORE = re.compile(r"([^\W\d_][\w’'\-]*)" + r"[ \t\u00a0]*[«»„“\"]$")


def firm_tail_after(text: str, end: int) -> bool:
    """A firm's legal or partners' tail, or a capitalised industry noun, right after ``text[:end]``."""
    after = text[end : end + 80]
    if _TAIL_AFTER.match(after):
        return True
    m = _INDUSTRY_AFTER.match(after)
    return m is not None and m.group(1) in INDUSTRY_NOUNS


def vessel_prefix_before(text: str, start: int, language: str | None) -> bool:
    """A ship's prefix, or (German) a vessel's or a work's noun and an opening quote, right before ``text[start:]``."""
    before = text[max(0, start - 40) : start]
    if _VESSEL_BEFORE.search(before):
        return True
    if language != "de":
        return False
    m = _QUOTED_THING_BEFORE.search(before)
    return m is not None and m.group(1).lower() in GERMAN_QUOTED_THING_NOUNS


_WORD = r"[A-Z][\w’'\-.]*"
_RUN_BEFORE = re.compile(r"(?:" + _WORD + _S + r"){0,3}" + _WORD + r"$")
_RUN_AFTER = re.compile(_WORD + r"(?:" + _S + _WORD + r"){0,3}")
_TAIL_AT = re.compile(r"(?=" + _TAIL_AFTER.pattern + r"|" + _S + r"(?:" + "|".join(sorted(INDUSTRY_NOUNS)) + r")\b)")
# a superset of what _TAIL_AT needs somewhere in the text (a legal form, a partners' word, an industry noun);
# each opens with a capital, tested first (speed 2)
_TAIL_WORD = re.compile(r"[ \t\u00a0](?=[A-Z])(?:" + _LEGAL + r"|Sons|Son|Cie|Partners|Associates|" + "|".join(sorted(INDUSTRY_NOUNS)) + r")")
_TAIL_REACH = 160  # characters a tail may run before its own word ("Stifel, Nicolaus and Co Inc")
_VESSEL_AT = re.compile(r"(?<![\w’'\-])(?:MS|MV|M/V|SS|RMS|HMS|HMAS|HMCS|USS|USNS)" + _S)
# _VESSEL_AT without its look-behind, which kept the regex from skipping to the prefixes' letters
# (speed 2): the word character before a match is tested on the few matches
_VESSEL_WORD = re.compile(r"(?:MS|MV|M/V|SS|RMS|HMS|HMAS|HMCS|USS|USNS)" + _S)
_QUOTED_THING_AT = re.compile(r"(?<![\w’'\-])([^\W\d_][\w’'\-]*)[ \t\u00a0]*[«»„“\"]")


def _words(surface: str) -> str:
    s = re.sub(r"(?:['’]s|['’])$", "", surface.strip())
    return " ".join(fold(w) for w in s.split())


def shown_words(text: str, language: str | None) -> set[str]:
    """The words (folded, space-joined) of every run of capitalised words the text itself
    shows to be a firm (the last one to four words before a legal tail or an industry noun)
    or a ship or a work (the first one to four words after a ship's prefix or, in German, a
    vessel's or a work's noun and an opening quote)."""
    shown: set[str] = set()
    # a tail holds one of its own words: scan for tails only near those words, not the whole text
    at: set[int] = set()
    for w in _TAIL_WORD.finditer(text):
        at.update(m.start() for m in _TAIL_AT.finditer(text, max(0, w.start() - _TAIL_REACH), min(len(text), w.end() + 40)))
    # (the window's end may cut a word: each place is read again against the whole text)
    for start in sorted(p for p in at if _TAIL_AT.match(text, p)):
        run = _RUN_BEFORE.search(text[max(0, start - 80) : start])
        if run:
            words = run.group(0).split()
            shown.update(" ".join(fold(w) for w in words[i:]) for i in range(len(words)))
    starts = [m.end() for m in _VESSEL_WORD.finditer(text) if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_’'-")]
    if language == "de":
        starts += [m.end() for m in _QUOTED_THING_AT.finditer(text) if m.group(1).lower() in GERMAN_QUOTED_THING_NOUNS]
    for s in starts:
        run = _RUN_AFTER.match(text, s)
        if run:
            words = run.group(0).split()
            shown.update(" ".join(fold(w) for w in words[: i + 1]) for i in range(len(words)))
    return shown


def drop_vessels_firms(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` without the ships, works and firms the words around some occurrence show
    (module docstring): a mention so shown itself always goes; another mention of the same
    words goes unless the resolver tied it to a longer name the text does not show so."""
    if not mentions:
        return mentions
    own = {
        id(m)
        for m in mentions
        if firm_tail_after(text, m.end) or vessel_prefix_before(text, m.start, language) or m.surface in INDUSTRY_NOUNS
    }
    shown = shown_words(text, language)
    if not own and not shown:
        return mentions
    return [
        m for m in mentions
        if id(m) not in own
        and (_words(m.surface) not in shown or (m.canonical is not None and _words(m.canonical) not in shown))
    ]
