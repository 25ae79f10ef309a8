"""Hunt 20 of issue 14: runs of Google News pages of 2007-08 that name a group, a team, a firm or
a ship, or half a name (English only).

The kinds come from the hand judgements of hunt set 20 (``bench/data/names_hunt_judged20.json``:
the rest of page-signal's tune half); each test reads the words of the run and the characters
around it, never one string:

- :func:`plural_demonym`: the run ends in the plural of an adjective of nationality ("Iraq's
  Sunni Arabs", "Palestinian Americans"): a group of people, no one's name.
- :func:`team_of_place`: the run is a place's name and an English plural noun ("rival St. Louis
  Rams", "the Houston Rockets"), its first word no given name: a club.
- :func:`broken_hyphen_after`: a hyphen and a space right after the run's last letter, then a
  capitalised word ("Edouard Roger- Vasselin"): a hyphenated surname broken by a space, the run
  is half a name; it is left unresolved.
- :func:`domain_runs`: the text writes the run's words with a web address's ending glued to the
  last one ("The decision by Thomas Cook.com and ..."): a firm's site, every run of the words.
- :func:`industry_word`: the run ends in, or is followed by, a firm's word of trade that no
  person's name carries ("California-based Fisker Automotive", "X Technologies").
- :func:`drop_titled_vessels`: a ship's prefix read as a title ("Cunard’s MS Queen Victoria",
  where "MS" took the place of "Ms"): the ship's name, every mention of the same words (a
  gazetteer person's mention stays).
- :func:`month_before_day`: a lone word that is a month's name or its abbreviation, with a day's
  number after it ("runs from Jan. 14-27"), is a date, never a mention of a person ("Jan" read as
  a spelling of "Zi Yan"'s surname).

:func:`drop_hunt20` applies the first five to the detector's runs; :func:`drop_titled_vessels`
and :func:`drop_dates` read the mentions the resolver made.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, plausible
from newsclean.cleaners.names.gazetteer import english_given_names
from newsclean.cleaners.names.hunt18 import english_s_form
from newsclean.cleaners.names.keys import fold

if TYPE_CHECKING:  # the detector imports the names package
    from newsclean.cleaners.names.detect import Candidate
    from newsclean.cleaners.names.resolve import Mention

_S = r"[ \t\u00a0]+"
# a hyphen glued to the run's last letter, a space, then a capitalised word: "Roger- Vasselin"
_BROKEN_HYPHEN = re.compile(r"-" + _S + r"[A-Z][a-z]")
# capitalised words, one space apart, with a web address's ending glued to the last one ("Thomas Cook.com")
_DOMAIN_RUN = re.compile(r"(?<![\w’'\-.])((?:[A-Z][\w’'\-]*" + _S + r")+[A-Z][\w’'\-]*)\.(?:com|net|org|co\.uk|com\.au)(?![\w.])")
# words of trade ending a firm's name that no person's name carries ("Fisker Automotive")
TRADE_WORDS = frozenset(
    """
    Automotive Technologies Technology Systems Software Solutions Enterprises Holdings Logistics
    Laboratories Biotech Pharma Aerospace Broadband Wireless Interactive Networks
    """.split()
)
_TRADE_AFTER = re.compile(_S + r"([A-Z][a-z]+)\b")
# a ship's prefix (case-sensitive) at the head of a title the resolver read ("MS Queen")
_VESSEL_TITLE = re.compile(r"^(?:MS|MV|SS|RMS|HMS|HMAS|HMCS|USS|USNS)" + _S)
# months and their abbreviations, as a date writes them before the day ("Jan. 14", "June 5")
MONTHS = frozenset(
    """
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    """.split()
)
_DAY_AFTER = re.compile(r"\.?" + _S + r"\d{1,2}(?!\d)(?![:.,]\d)")
_NEW = "not_in_gazetteer"  # resolve.py's flag of a name the gazetteer does not know


def _given(key: str) -> bool:
    return key in english_given_names() or evidence.strong_given(key)


def plural_demonym(c: Candidate) -> bool:
    """The run's last word is the plural of an adjective of nationality ("Sunni Arabs")."""
    last = c.name_tokens()[-1].text
    return len(last) > 4 and last.endswith("s") and evidence.demonym(last[:-1])


def team_of_place(c: Candidate) -> bool:
    """The run is a place and an English plural noun, its first word no given name ("St. Louis Rams")."""
    names = c.name_tokens()
    if len(names) < 2 or _given(names[0].key) or not english_s_form(names[-1].text):
        return False
    place = " ".join(t.key.replace(".", "") for t in names[:-1])
    return plausible.is_place(place)


def broken_hyphen_after(text: str, c: Candidate) -> bool:
    """A hyphen glued to the run's last letter, a space and a capitalised word ("Roger- Vasselin")."""
    return c.end > 0 and text[c.end - 1 : c.end].isalpha() and bool(_BROKEN_HYPHEN.match(text, c.end))


def domain_runs(text: str) -> set[tuple[str, ...]]:
    """The folded words of every run of two or more capitalised words with a web address's ending
    glued to the last one ("Thomas Cook.com"), and of its shorter tails of two words or more."""
    out: set[tuple[str, ...]] = set()
    if ".com" not in text and ".net" not in text and ".org" not in text and ".co.uk" not in text:
        return out
    for m in _DOMAIN_RUN.finditer(text):
        words = tuple(fold(w) for w in m.group(1).split())
        out.update(words[i:] for i in range(len(words) - 1))
    return out


def industry_word(text: str, c: Candidate) -> bool:
    """The run ends in a word of trade, or one follows it ("Fisker Automotive", "X Technologies")."""
    if c.name_tokens()[-1].text in TRADE_WORDS:
        return True
    m = _TRADE_AFTER.match(text, c.end)
    return not c.possessive and m is not None and m.group(1) in TRADE_WORDS


def run_words(c: Candidate) -> tuple[str, ...]:
    """The keys of a run's name words: every run of these words goes with a firm found by one of them."""
    return tuple(t.key for t in c.name_tokens())


def without_firms(found: list[Candidate], firms: set[tuple[str, ...]]) -> list[Candidate]:
    """``found`` without the runs whose words are a firm's (:func:`run_words`); aliases stay."""
    if not firms:
        return found
    return [c for c in found if c.kind == "alias" or run_words(c) not in firms]


def drop_hunt20(text: str, found: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` without the runs of the module docstring (English only); a firm's site
    (:func:`domain_runs`) and a firm's word of trade take every run of the same words."""
    if language not in (None, "en") or not found:
        return found
    sites = domain_runs(text)
    firms = set(sites)
    out = []
    for c in found:
        if c.kind == "alias" or len(c.name_tokens()) < 2:
            out.append(c)
            continue
        if plural_demonym(c) or team_of_place(c) or broken_hyphen_after(text, c):
            continue
        if industry_word(text, c):
            firms.add(run_words(c))
            continue
        out.append(c)
    return without_firms(out, firms)


def drop_titled_vessels(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without a ship whose prefix the resolver read as a title ("MS Queen" before
    "Victoria"), nor any other new name's mention of the ship's words ("the Queen Victoria")."""
    ships: set[str] = set()
    for m in mentions:
        for flag in m.flags:
            if flag.startswith("title:") and _VESSEL_TITLE.match(flag[6:]) and not m.surface.isupper():
                rest = _VESSEL_TITLE.sub("", flag[6:])
                ships.add(fold(f"{rest} {m.surface}".strip()))
    if not ships:
        return mentions
    return [
        m for m in mentions
        if not (m.canonical is not None and _NEW in m.flags and fold(m.canonical) in ships)
    ]


def month_before_day(text: str, m: Mention) -> bool:
    """The mention is a month's name or abbreviation with a day's number after it ("Jan. 14")."""
    return m.surface in MONTHS and bool(_DAY_AFTER.match(text, m.end))


def drop_dates(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the months of dates (:func:`month_before_day`)."""
    return [m for m in mentions if not month_before_day(text, m)]
