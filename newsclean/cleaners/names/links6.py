"""Links 6 of issue 14: the items of a list that a plural noun of things opens are things, never
persons. English articles only; a pure function over the text and one detector run.

"clubs like Everton and Bolton", "towns such as Bolton, Wigan and Burnley", "firms including Ford
and Chrysler", "banks like Morgan Stanley": the noun says what every item of the list is, so a
bare word of the list is no gazetteer person's surname ("Bolton" is no John Bolton) and a
two-word item is no one's full name ("Morgan Stanley"). Read as :func:`tail4.such_as_works` reads
a list of works (held-out batch 9's one wrong-person link, read after the batch was retired to
tuning: "clubs like Everton and Bolton" in a football story linked "Bolton" to John Bolton).

- :func:`listed_after_things`: the run is an item of a list joined by commas, "and", "or" or "&",
  right after a plural noun of places, teams, organisations, buildings or vessels and "like", "such
  as" or "including" (a comma may stand before them), a dash or a colon ("all three airports --
  LaGuardia, John F. Kennedy and Newark", "hotels such as the George V": tail 6's list of
  buildings, read here).

Left alone: a possessive item (the list's names are then owners: "clubs like Abramovich's
Chelsea"), a list of people ("players like Gerrard and Lampard", "stars such as Tom Hanks"), a
noun that names people as often as things ("acts", "groups", "names", "figures"), and a run
the list does not reach (a sentence or a clause after it).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsclean.cleaners.names import works

if TYPE_CHECKING:  # the detector imports the names package
    from newsclean.cleaners.names.detect import Candidate

_S = r"[ \t\u00a0]+"

# plural nouns whose items are never persons: places, teams, organisations, firms and their
# products. Not "acts", "groups", "names", "figures", "stars", "players" (people), nor "sides"
# alone of a person ("both sides like Smith"): "sides" is read as teams only after "clubs" left
# it out, so it is not here either.
_THINGS_NOUNS = (
    r"clubs|teams|towns|cities|villages|countries|nations|states|provinces|regions|counties|"
    r"firms|companies|corporations|businesses|brands|labels|banks|lenders|insurers|retailers|"
    r"supermarkets|chains|carriers|airlines|carmakers|automakers|manufacturers|publishers|"
    r"newspapers|papers|magazines|broadcasters|channels|networks|websites|sites|universities|"
    r"colleges|schools|hospitals|charities|venues|stadiums|stadia|arenas|grounds|resorts|destinations|"
    r"airports|hotels|bridges|ships|vessels|stations|theatres|theaters|museums|galleries"
)
# what opens the list after the noun: "like", "such as", "including" (a comma may stand before them),
# a dash or a colon ("all three airports -- LaGuardia, John F. Kennedy and Newark"; tail 6)
_OPENER = rf"(?:,?{_S}(?:such{_S}as|including|like)|{_S}--|{_S}[—–]|:){_S}(?:the{_S})?"
_OPENER_WORDS = ("like", "such as", "including", "--", "—", "–", ":")
# the glue between two items of a list: a comma, "and", "or" or "&"
JOIN = rf"(?:{works.GLUE}|{_S}&{_S})"
_THINGS_BEFORE = re.compile(rf"(?<![\w’'-])(?i:{_THINGS_NOUNS}){_OPENER}((?:{works.ITEM}{JOIN})*)(?:the{_S})?$")
_WINDOW = 160  # characters read back for the list's noun
# the list's items after the run; a possessive one makes the list's names owners
ITEMS_AFTER = re.compile(rf"(?:{JOIN}{works.ITEM})*")
POSSESSIVE_END = re.compile(r"['’]s(?![\w’'-])")


def listed_after_things(text: str, c: Candidate) -> bool:
    """The module's item for the run ``c``."""
    if c.possessive:
        return False  # "clubs like Abramovich's Chelsea": an owner
    before = text[max(0, c.start - _WINDOW) : c.start]
    if not any(w in before for w in _OPENER_WORDS):
        return False  # the cheap test first
    head = _THINGS_BEFORE.search(before)
    if head is None or POSSESSIVE_END.search(head.group(1)):
        return False
    rest = ITEMS_AFTER.match(text, c.end, min(len(text), c.end + _WINDOW))
    return rest is None or POSSESSIVE_END.search(rest.group(0)) is None


def drop_links6(text: str, found: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` without the runs :func:`listed_after_things` reads (English only)."""
    if language not in (None, "en") or not found:
        return found
    return [c for c in found if not listed_after_things(text, c)]
