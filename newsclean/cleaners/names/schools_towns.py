"""Runs named like people that the words around them show to be a school or a town (issue 14, the N3 yardstick).

The kinds come from the false persons of the tune half of AKSW's N3 collection
(``bench/names_n3.py score --split tune --verbose``). English articles only; pure functions
over the text and the mentions the resolver made, called once from
:func:`cleaners.names.resolve.find_persons` (:func:`drop_schools_towns`):

- :func:`school_before`: a study or a post at a school right before the run ("graduated from
  George Mason with a master's degree", "a professor at Johns Hopkins", "a graduate of Wake
  Forest"). One graduates from a school, never from a person; a possessive run ("studied at
  John Smith's academy") is the founder's name and stays.
- :func:`town_service_after`: a town's own service right after the run, in lowercase, acting or
  speaking through its officers ("Clinton police Chief Craig Johnson", "Conway firefighters
  responded", "the Ashland city council voted"). A person's name before these nouns is an
  attribute ("the Obama police reform plan"): the word after the service tells them apart.
  "County" or "Parish" after the run, with or without a possessive ("Prince George's County
  police", "Queen Anne's County"), makes it a county's name.

Only the mention so shown goes (the article may name the person the school or the town is
named after).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsclean.cleaners.names.resolve import Mention

_S = r"[ \t\u00a0]+"
_SCHOOL_BEFORE = re.compile(
    r"(?<![\w’'\-])(?:graduated" + _S + r"from|(?:a|the)" + _S + r"graduate" + _S + r"of|alumn(?:us|a|i|ae)" + _S + r"of"
    r"|(?:studied|studies|studying|enrolled|teaches|taught)" + _S + r"at"
    r"|(?:student|professor|lecturer|dean|researcher)" + _S + r"at)" + _S + r"(?:the" + _S + r")?$"
)
_TOWN_SERVICE_AFTER = re.compile(
    _S + r"(?:police|firefighters|fire" + _S + r"department|city" + _S + r"council|school" + _S + r"district)"
    + _S + r"(?:[Cc]hief|[Cc]aptain|[Ll]ieutenant|[Ss]ergeant|[Ss]gt\.?|officers?|spokes(?:man|woman|person)|department"
    r"|said|say|says|arrested|responded|were|are|have|had|voted|members?)\b"
)

# "Prince George's County", "Queen Anne's County", "Tate County": a county named after someone
_COUNTY_AFTER = re.compile(r"(?:[ \t\u00a0]*['’]s)?" + _S + r"(?:County|Parish)\b")


def school_before(text: str, start: int) -> bool:
    """A study or a post at a school right before ``text[start:]``."""
    return bool(_SCHOOL_BEFORE.search(text[max(0, start - 40) : start]))


def town_service_after(text: str, end: int) -> bool:
    """A town's service, in lowercase, or the word County, right after ``text[:end]``."""
    return bool(_TOWN_SERVICE_AFTER.match(text, end) or _COUNTY_AFTER.match(text, end))


def drop_schools_towns(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` without the schools and towns the words around them show (module docstring)."""
    if language not in (None, "en"):
        return mentions
    return [
        m for m in mentions
        if m.surface.endswith(("'s", "’s")) or not (school_before(text, m.start) or town_service_after(text, m.end))
    ]
