"""Publication date and dates mentioned in the text (first version)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from cleaners.change import Change

STEP = "dates"

_URL_DATE = re.compile(r"/(19\d\d|20\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)")


@dataclass(slots=True)
class PublicationDate:
    date: dt.date | None
    source: str  # metadata / page / byline / url / none
    flags: list[str] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)


@dataclass(slots=True)
class DateSpan:
    text: str
    date: dt.date | None
    start: int
    end: int
    granularity: str  # day / month / year / week
    flags: list[str] = field(default_factory=list)


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def publication_date(
    *,
    metadata: str | None = None,
    page: str | None = None,
    byline: str | None = None,
    url: str | None = None,
    fetched_at: dt.datetime | None = None,
) -> PublicationDate:
    """Pick the publication date by order of trust: metadata, page, byline, URL."""
    for source, value in (("metadata", metadata), ("page", page), ("byline", byline)):
        parsed = _parse_iso(value)
        if parsed:
            return _checked(PublicationDate(parsed, source), fetched_at)
    if url and (m := _URL_DATE.search(url)):
        try:
            return _checked(PublicationDate(dt.date(*map(int, m.groups())), "url"), fetched_at)
        except ValueError:
            pass
    return PublicationDate(None, "none")


def _checked(pub: PublicationDate, fetched_at: dt.datetime | None) -> PublicationDate:
    if fetched_at and pub.date and pub.date > fetched_at.date():
        pub.flags.append("after_fetch")
    pub.changes.append(Change(STEP, f"published_from_{pub.source}", pub.date.isoformat() if pub.date else ""))
    return pub


def find_dates(text: str, anchor: dt.date | None, *, anchor_is_fetch: bool = False) -> list[DateSpan]:
    """Dates mentioned in ``text`` resolved against ``anchor``. First version: none found yet."""
    return []
