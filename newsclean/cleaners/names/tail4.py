"""Tail 4 of issue 14: false persons left on the older hunt sets of web pages and BBC articles
(sets 1-10, 12-14, 16), told by how the article uses the run. English articles only; pure
functions over the text and the detector's runs, each asked only of the few runs a cheap test
selects.

- :func:`plural_of_run`: the run's last word is the plural of the same run written elsewhere in
  the article ("The young Billy Elliots" beside "the musical Billy Elliot"), or of a place's name
  made a people's ("a million Sri Lankans" beside "Sri Lanka"), after a determiner or a quantifier
  of a plural ("the", "many", "million", an adjective between): a kind of people, no one person
  ("Jan Peters met Jan Peter" names two). A surname ending in "s" is not the plural of a name the article also writes ("Serena Williams"
  beside no "Serena William"); a person's cue at the run keeps it (a title, an appositive role, a
  speech verb, an age: "Mabel Roberts, 34," beside her cousin "Mabel Robert").
- :func:`regional_body`: "the", a compass word and the run ("the East Kent Hunt", "the South
  Shropshire Hunt"), where the article writes the run's last word in lowercase too ("to hunt",
  "the hunt"): a body named for its region. A person takes no "the" before a region ("the
  Dane Kenneth Carlsen" has no compass word; "the late Jeremy Hunt" has a lowercase word).
- :func:`royal_after_the`: "the" right before a royal title and a given name ("in the Queen
  Vic", "the King George"): a pub, a hotel, a ship or a building named for a royal; a royal is
  "Queen Victoria", never "the Queen Victoria". Not a peer's style ("the Prince of Wales", "the
  Princess Royal": no given name), a ruler's number ("the King George V") nor a title after an
  adjective ("the late King Hussein").
- :func:`worked_on`: the run right after "worked on" or "worked with <someone> on" ("who has
  previously worked with Hanks on Forrest Gump and Castaway"): a production, not a person. A
  possessive stays: a maker's possessive has the same shape ("worked on Steven Spielberg's
  Jaws").
- :func:`such_as_works`: an item of the list that "such as" or "including" opens after a plural
  noun of works ("movies such as Harry Potter and the James Bond films", "titles such as Fifa and
  John Madden", "Lee films including Jungle Fever, Do The Right Thing and Malcolm X."): a work,
  as :func:`works.listed_among_titles` reads a list with no "such as" only beside an item of
  English words. A possessive item makes the list's names its makers ("movies including Matt
  Damon and Ben Affleck's Good Will Hunting", "films such as Steven Spielberg's AI").
- :func:`work_apposition`: an apposition after the run naming a work ("Vera Drake - Leigh's 1950s
  drama about a backstreet abortionist - was named best film"): a determiner or a possessive, at
  most three words that are no preposition and a work's noun closing the phrase. "the film's
  director", "star of the film about" and a sport's "a play that" name people.
- :func:`members_after`: what only an organisation or a building has right after the run, no
  possessive between ("Clarence House staff were", "Tods Murray employees"): "Harold Pike's
  staff" names a person's.

A possessive run written once before a title-case work, a work's word earlier in its sentence
("a remake of Tom Brown's Schooldays", "worked on Bridget Jones's Diary"), was tried and dropped:
a maker's possessive has the same shape ("a CGI version of Beatrix Potter's The Tale of Peter
Rabbit", "Gus Van Sant's Finding Forrester").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, lexicon, tail3, works
from newsclean.cleaners.names.gazetteer import english_given_names
from newsclean.cleaners.names.tail2 import _lowercase_words

if TYPE_CHECKING:  # the detector imports the names package
    from newsclean.cleaners.names.detect import Candidate

_S = r"[ \t\u00a0]+"
_END = r"(?![\w’'-])"


_CAPITALISED_SEQUENCE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?:[ \t\u00a0][A-Z][\w’'-]*)*")
_MAX_RUN_WORDS = 5  # the longest run looked up


@lru_cache(maxsize=8)
def _capitalised_runs(text: str) -> frozenset[str]:
    """Every sequence of one to :data:`_MAX_RUN_WORDS` capitalised words the article writes, its
    words joined by one space (one pass per article: a run is then looked up, never searched for)."""
    out: set[str] = set()
    for m in _CAPITALISED_SEQUENCE.finditer(text):
        words = m.group(0).split()
        for i in range(len(words)):
            for k in range(i + 1, min(len(words), i + _MAX_RUN_WORDS) + 1):
                out.add(" ".join(words[i:k]))
    return frozenset(out)


# a determiner or a quantifier of a plural before the run, an adjective between ("The young Billy
# Elliots", "a quarter of a million Sri Lankans", "many Port Lankans"); "Jan Peters met Jan Peter"
# has none
_PLURAL_DETERMINER_BEFORE = re.compile(
    r"(?<![\w’'-])(?:the|these|those|many|all|some|several|both|other|few|million|millions|thousand|thousands|"
    r"hundred|hundreds|dozens|two|three|four|five|six|seven|eight|nine|ten|\d+)(?:" + _S + r"[a-z][\w-]*)?" + _S + r"$",
    re.IGNORECASE,
)


def plural_of_run(text: str, c: Candidate) -> bool:
    """The module's first item for the run ``c``."""
    names = c.name_tokens()
    last = names[-1].text
    if c.possessive or len(names) < 2 or not last.endswith("s") or len(last) < 4:
        return False
    if _PLURAL_DETERMINER_BEFORE.search(text[max(0, c.start - 30) : c.start]) is None:
        return False  # the cheap test first
    head = " ".join(t.text for t in names[:-1])
    stems = (last[:-1], last[:-2]) if last.endswith("ns") else (last[:-1],)
    runs = _capitalised_runs(text)
    if not any(f"{head} {stem}" in runs for stem in stems):
        return False
    return not (tail3.person_at(text, c) or evidence.cue_after(text, c.end))


_COMPASS = r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Mid|Central|Upper|Lower)"
_THE_COMPASS_BEFORE = re.compile(r"(?<![\w’'-])the" + _S + _COMPASS + _S + r"$")


def regional_body(text: str, c: Candidate) -> bool:
    """The module's second item for the run ``c``."""
    if "the" not in text[max(0, c.start - 20) : c.start]:
        return False  # the cheap test first
    if _THE_COMPASS_BEFORE.search(text[max(0, c.start - 20) : c.start]) is None:
        return False
    low = c.name_tokens()[-1].text.lower()
    words = _lowercase_words(text)
    return low in words or low + "s" in words


_ROYAL = "|".join(sorted(t.capitalize() for t in lexicon.ROYAL_TITLES))
_THE_ROYAL_BEFORE = re.compile(r"(?<![\w’'-])the" + _S + r"(?:" + _ROYAL + r")" + _S + r"$")
# after the royal's name, what makes it a royal's style or a number of a ruler or a ship
_STYLE_AFTER = re.compile(r"[ \t\u00a0]*(?:of" + _END + r"|[IVX]+" + _END + r"|\d)")


def royal_after_the(text: str, c: Candidate) -> bool:
    """The module's third item for the run ``c``."""
    if c.kind == "alias" or "the" not in text[max(0, c.start - 16) : c.start]:
        return False  # the cheap test first
    if _THE_ROYAL_BEFORE.search(text[max(0, c.start - 20) : c.start]) is None:
        return False
    key = c.name_tokens()[0].key
    if key not in english_given_names() and not evidence.strong_given(key):
        return False  # "the Princess Royal": a royal's style, no given name
    return _STYLE_AFTER.match(text, c.end + (2 if c.possessive else 0)) is None


# "worked on", "has also worked on", "worked with Hanks on", "worked with Tom Hanks on"
_WORKED_ON_BEFORE = re.compile(
    r"(?<![\w’'-])(?:work|works|worked|working)(?:" + _S + r"with" + _S + r"[A-Z][\w’'-]*(?:" + _S + r"[A-Z][\w’'-]*)?)?" + _S + r"on" + _S + r"$"
)


def worked_on(text: str, c: Candidate) -> bool:
    """The module's fourth item for the run ``c``."""
    if c.possessive or "on" not in text[max(0, c.start - 4) : c.start]:
        return False  # the cheap test first
    return _WORKED_ON_BEFORE.search(text[max(0, c.start - 60) : c.start]) is not None


# plural nouns of works that "such as" or "including" opens a list of: every item is a work ("movies
# such as Harry Potter and the James Bond films": "the" may open an item, "titles such as Fifa and
# John Madden"). Not
# "shows" or "programmes" (a show's list may name its hosts) nor "like" ("songs like Ed Sheeran's")
_SUCH_AS_WORKS_BEFORE = re.compile(
    r"(?<![\w’'-])(?:films|movies|titles|games|novels|books|albums|songs|singles|musicals|dramas|comedies|sitcoms|"
    r"blockbusters)(?:,)?" + _S + r"(?:such" + _S + r"as|including)" + _S + r"(?:" + works.ITEM + works.GLUE + r")*(?:the" + _S + r")?$"
)
_SUCH_AS_WINDOW = 120  # characters read back for the list's noun, and ahead for its items
# the list's items after the run; one of them possessive makes the run one of its makers
# ("movies including Matt Damon and Ben Affleck's Good Will Hunting")
_ITEMS_AFTER = re.compile(r"(?:" + works.GLUE + works.ITEM + r")*")
_POSSESSIVE_END = re.compile(r"['’]s(?![\w’'-])")


def such_as_works(text: str, c: Candidate) -> bool:
    """The module's fifth item for the run ``c``."""
    if c.possessive:
        return False  # "films such as Steven Spielberg's AI": a maker's
    before = text[max(0, c.start - _SUCH_AS_WINDOW) : c.start]
    if "such as" not in before and "including" not in before:
        return False  # the cheap test first
    if _SUCH_AS_WORKS_BEFORE.search(before) is None:
        return False
    rest = _ITEMS_AFTER.match(text, c.end, min(len(text), c.end + _SUCH_AS_WINDOW))
    return rest is None or _POSSESSIVE_END.search(rest.group(0)) is None


# after the run, an apposition naming a work: a comma or a dash, a determiner or a possessive, at
# most three words that are no preposition, and a work's noun closing the phrase ("Vera Drake -
# Leigh's 1950s drama about a backstreet abortionist", "Harold Pike, a 2004 film by"). "Harold
# Pike, the film's director" and "Tom Hanks, star of the film about" name people; a sport's "play"
# or "game" may be a player's ("Philadelphia's Jim Dowd, a play that").
_WORK_APPOSITION_AFTER = re.compile(
    r"(?:[ \t\u00a0]*,|" + _S + r"[-–—])" + _S + r"(?:a|an|the|his|her|their|[A-Z][\w’'-]*['’]s)"
    r"(?:" + _S + r"(?!(?:of|in|for|on|at|with|from|to|by|and|or|who|whose)" + _END + r")[\w’'-]+){0,3}?" + _S
    + r"(?:film|movie|drama|comedy|thriller|musical|novel|sitcom|documentary|biopic|album|song)"
    r"(?=[ \t\u00a0]*[,.;:)–—-]|" + _S + r"(?:about|by|of|from|starring|which|that|set|based|directed|written)" + _END + r")"
)


def work_apposition(text: str, c: Candidate) -> bool:
    """The module's sixth item for the run ``c``."""
    if c.possessive or text[c.end : c.end + 1] not in (",", " ", "\u00a0"):
        return False  # the cheap test first
    return _WORK_APPOSITION_AFTER.match(text, c.end, min(len(text), c.end + 80)) is not None


# what only an organisation or a building has, right after the run without a possessive
# ("Clarence House staff were", "Tods Murray employees"); a person's are "Harold Pike's staff"
_MEMBERS_AFTER = re.compile(_S + r"(?:staff|staffers|employees|workforce|shareholders|stockholders|headquarters)" + _END)


def members_after(text: str, c: Candidate) -> bool:
    """The module's seventh item for the run ``c``."""
    return not c.possessive and _MEMBERS_AFTER.match(text, c.end, min(len(text), c.end + 16)) is not None


def drop_tail4(text: str, found: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` without the runs this module's items read (English only)."""
    if language not in (None, "en") or not found:
        return found
    out = []
    for c in found:
        if c.kind != "alias" and (
            plural_of_run(text, c) or regional_body(text, c) or worked_on(text, c) or such_as_works(text, c)
            or work_apposition(text, c)
            or members_after(text, c)
        ):
            continue
        if royal_after_the(text, c):
            continue
        out.append(c)
    return out
