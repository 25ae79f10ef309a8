"""Tail 6 of issue 14: false persons left on the older hunt sets (1-10, 12-14, 16) and English tune,
told by a noun after the run, a list's noun before it or a people's noun in it. English articles
only; pure functions over the text and the detector's runs, each asked only of the few runs a cheap
test selects.

- :func:`thing_noun_after`: a determiner (an adjective may stand between), the run and a
  lowercase noun of a building, a works, a vehicle or a network ("the Matthew Harding stand", "the
  Fiat Powertrain plant", "its Jade Rabbit rover", "the Dow Jones network", "Miami Beach's restored
  Art Deco hotels"): the run names the thing, not a person, at this mention (the article may name
  the man the stand is named for elsewhere). Nouns a person's name also modifies ("the Obama
  administration", "a Kylie Minogue concert") are not read; nor a possessive run ("the Walt Disney's
  stand") nor a run with two words or more between it and a determiner ("the mayor told Walt
  Disney plant workers").
- :func:`nation_noun_opens`: a noun naming one of a nation's people opens the run before a given
  name and a surname ("left-handed Dane Kenneth Carlsen"), where the article names that nation
  again: the same noun after a determiner ("the 31-year-old Dane") or the nation's adjective or
  country ("a Danish player", "in Denmark"). The noun is cut off ("Kenneth Carlsen"). Left: a
  given name that is such a noun where the article names no such nation ("Dane Kenneth Cook"),
  and a two-word run ("Scot Gemmill, the Scotland midfielder" and "Scot Ebola patient" have the
  same shape).
- :func:`plural_nation_noun`: the run ends in the plural of such a noun ("Roma Czechs", "Kurdish
  Iraqi Turks"), a plural's determiner or quantifier before it or a plural verb after it ("six
  unnamed Roma Czechs", "Roma Czechs were"): a group of people, as hunt 20's
  :func:`hunt20.plural_demonym` reads the plural of an adjective ("Sunni Arabs"). The cue is asked
  because a surname may be such a plural ("Claire Danes said").
- :func:`star_of_run`: the run, a noun of a work's cast or maker and a person's full name ("Mad Men
  star January Jones", "Harry Potter actor Daniel Radcliffe"): the run is the work. A person's
  own are "Tom Cruise co-star Nicole Kidman", "Trump biographer Tim O'Brien": not read.
- :func:`vessel_apposition`: an apposition after the run naming a ship or a building ("the
  Lighthouse Winmore, a Hong Kong-flagged ship, is seen", "the George V, a luxury hotel in Paris"):
  a determiner, at most three words that are no preposition and the noun closing the phrase, as
  tail 4's :func:`tail4.work_apposition` reads a work's. A ship or a building is named so once and
  then by its name alone, so every run of the same words goes (:func:`hunt20.without_firms`);
  "Harold Pike, the hotel's owner," and "Harold Pike, a ship's captain," name people.

Tried and dropped: the run after a work's title-case opening in mid-sentence, "The", a capitalised
noun and "of" ("theme tune The Ballad of Jed Clampett", "'The Obituary of Tunde Johnson'"): a work
about a real person has the same shape ("Gerard Magliocca, The Tragedy of William Jennings Bryan:",
judged true on hunt set 18; "his film The Assassination of Hugo Chavez" on English tune).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from newsclean.cleaners.names.hunt20 import run_words, without_firms
from newsclean.cleaners.names.tail2 import _given
from newsclean.cleaners.names.tail4 import _PLURAL_DETERMINER_BEFORE

if TYPE_CHECKING:  # the detector imports the names package
    from newsclean.cleaners.names.detect import Candidate, Lexicon

_S = r"[ \t\u00a0]+"
_END = r"(?![\w’'-])"

# lowercase nouns of a building, a works, a vehicle or a network a name may modify; no person is
# one ("the Matthew Harding stand", "its Jade Rabbit rover"). Not "party", "service", "show",
# "concert", "tour", "campaign", "administration", "family", "era": a person's own
_THING_NOUNS = (
    r"stand|stands|stadium|arena|plant|plants|factory|factories|refinery|mill|airport|terminal|bridge|tunnel|"
    r"tower|spire|building|buildings|hotel|hotels|rover|probe|orbiter|spacecraft|lander|telescope|satellite|"
    r"ship|vessel|tanker|freighter|ferry|network"
)
_THING_NOUN_AFTER = re.compile(_S + r"(?:" + _THING_NOUNS + r")" + _END)
# a determiner or a possessive before the run, one lowercase word may stand between ("the luxury",
# "Miami Beach's restored"); not "that" (a conjunction too: "said that Harold Pike plant")
_DETERMINER_BEFORE = re.compile(
    r"(?:(?<![\w’'-])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Yy]our|[Tt]his|[Tt]hese|[Tt]hose)|[A-Z][\w-]*['’]s)"
    r"(?:" + _S + r"[a-z][\w-]*)?" + _S + r"$"
)


def thing_noun_after(text: str, c: Candidate) -> bool:
    """The module's first item for the run ``c``."""
    if c.possessive or _THING_NOUN_AFTER.match(text, c.end, min(len(text), c.end + 16)) is None:
        return False  # the cheap test first
    return _DETERMINER_BEFORE.search(text[max(0, c.start - 40) : c.start]) is not None


# nouns naming one of a nation's people (folded), and the words that name the nation: its
# adjective or its country. Adjectives of nationality are evidence.demonym's; these nouns are not
# adjectives ("a Dane", "the Scot")
NATION_NOUNS: dict[str, tuple[str, ...]] = {
    "scot": ("Scottish", "Scotland"),
    "scotsman": ("Scottish", "Scotland"),
    "dane": ("Danish", "Denmark"),
    "swede": ("Swedish", "Sweden"),
    "finn": ("Finnish", "Finland"),
    "pole": ("Polish", "Poland"),
    "brit": ("British", "Britain"),
    "briton": ("British", "Britain"),
    "turk": ("Turkish", "Turkey"),
    "serb": ("Serbian", "Serbia"),
    "croat": ("Croatian", "Croatia"),
    "kurd": ("Kurdish", "Kurdistan"),
    "czech": ("Czechoslovakia", "Czech Republic", "Czechia"),
    "slovak": ("Slovakia",),
    "spaniard": ("Spanish", "Spain"),
    "welshman": ("Welsh", "Wales"),
    "irishman": ("Irish", "Ireland"),
    "englishman": ("English", "England"),
    "frenchman": ("French", "France"),
    "dutchman": ("Dutch", "Netherlands", "Holland"),
}
_PLURAL_NATION_NOUNS = {k + "s": k for k in NATION_NOUNS if not k.endswith("man")} | {
    k[:-3] + "men": k for k in NATION_NOUNS if k.endswith("man")
}


@lru_cache(maxsize=256)
def _nation_named(text: str, noun: str) -> bool:
    """``text`` names the nation of ``noun`` (capitalised, folded key of :data:`NATION_NOUNS`):
    the noun after a determiner ("the 31-year-old Dane") or the nation's adjective or country."""
    word = noun.capitalize()
    if re.search(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?)(?:" + _S + r"[a-z0-9][\w-]*){0,2}" + _S + re.escape(word) + _END, text):
        return True
    return any(re.search(r"(?<![\w’'-])" + re.escape(w) + _END, text) for w in NATION_NOUNS[noun])


def _nation_first(text: str, c: Candidate) -> bool:
    """The run's first word is a noun of :data:`NATION_NOUNS`, capitalised, and the article names
    its nation again."""
    toks = c.name_tokens()
    if c.kind == "alias" or len(toks) < 2 or any(t.connector for t in c.tokens[:2]):
        return False
    first = toks[0]
    if first.key not in NATION_NOUNS or first.possessive or not first.text[1:].islower():
        return False
    return _nation_named(text, first.key)


def nation_noun_opens(text: str, c: Candidate, lex: Lexicon) -> bool:
    """The module's second item for the run ``c``: the noun is to be cut off."""
    toks = c.name_tokens()
    if len(toks) < 3 or toks[0].key not in NATION_NOUNS or not _nation_first(text, c):
        return False  # the cheap test first
    second = toks[1].key
    return _given(second) or lex.is_given(second)


# a plural verb right after the run ("Roma Czechs were")
_PLURAL_VERB_AFTER = re.compile(_S + r"(?:are|were|have|do|say|want|live)" + _END)


def plural_nation_noun(text: str, c: Candidate) -> bool:
    """The module's third item for the run ``c``."""
    toks = c.name_tokens()
    if c.possessive or len(toks) < 2 or toks[-1].key not in _PLURAL_NATION_NOUNS:
        return False  # the cheap test first
    if _PLURAL_VERB_AFTER.match(text, c.end, min(len(text), c.end + 8)):
        return True
    return _PLURAL_DETERMINER_BEFORE.search(text[max(0, c.start - 30) : c.start]) is not None


# a noun of a work's cast or maker after the run, then a person's full name ("Mad Men star January
# Jones"); not "co-star" (a person's: "Tom Cruise co-star Nicole Kidman") nor "biographer"
_STAR_AFTER = re.compile(
    _S + r"(?:star|stars|actor|actress|actors|creator|showrunner|screenwriter)" + _S + r"[A-Z][\w’'-]+" + _S + r"[A-Z][a-z]"
)


def star_of_run(text: str, c: Candidate) -> bool:
    """The module's fourth item for the run ``c``."""
    if c.possessive or len(c.name_tokens()) < 2:
        return False
    return _STAR_AFTER.match(text, c.end, min(len(text), c.end + 50)) is not None


# after the run, an apposition naming a ship or a building: a comma, a determiner, at most three
# words that are no preposition (a hyphenated one: "Hong Kong-flagged") and the noun closing the
# phrase. "Harold Pike, the hotel's owner" has a possessive noun: no match
_VESSEL_APPOSITION_AFTER = re.compile(
    r"[ \t\u00a0]*," + _S + r"(?:a|an|the)"
    r"(?:" + _S + r"(?!(?:of|in|for|on|at|with|from|to|by|and|or|who|whose)" + _END + r")[\w-]+){0,3}?" + _S
    + r"(?:ship|vessel|tanker|freighter|ferry|yacht|hotel|stadium|tower|building)"
    r"(?=[ \t\u00a0]*[,.;:)–—-]|" + _S + r"(?:in|on|at|off|which|that|owned|registered|flagged)" + _END + r")"
)


def vessel_apposition(text: str, c: Candidate) -> bool:
    """The module's fifth item for the run ``c``."""
    if c.possessive or text[c.end : c.end + 1] != ",":
        return False  # the cheap test first
    return _VESSEL_APPOSITION_AFTER.match(text, c.end, min(len(text), c.end + 80)) is not None


def drop_tail6(text: str, found: list[Candidate], lex: Lexicon, language: str | None) -> list[Candidate]:
    """``found`` without the runs the module's items read, with the nation's noun cut off those
    :func:`nation_noun_opens` reads (English only)."""
    if language not in (None, "en") or not found:
        return found
    vessels = {run_words(c) for c in found if c.kind != "alias" and vessel_apposition(text, c)}
    out = []
    for c in without_firms(found, vessels):
        if (
            thing_noun_after(text, c) or plural_nation_noun(text, c) or star_of_run(text, c)
        ):
            continue
        out.append(replace(c, tokens=c.tokens[1:]) if nation_noun_opens(text, c, lex) else c)
    return out
