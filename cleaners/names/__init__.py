"""Person names: mentions and canonical names (first version: not yet detected).

An empty result is honest: no persons are claimed until the resolver exists.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(slots=True)
class Mention:
    surface: str
    canonical: str | None
    start: int
    end: int
    flags: list[str] = field(default_factory=list)


def find_persons(text: str, published: dt.date | None = None, gazetteer: object | None = None) -> tuple[list[str], list[Mention]]:
    """Return (distinct canonical names, mentions). First version: nothing detected."""
    return [], []
