"""The publication date, from the most trusted source that has one.

Order of trust: the input's declared metadata (JSONL, sidecar, WARC headers),
the page's own metadata (trafilatura/htmldate: JSON-LD, OpenGraph, ``<time>``),
the date of a byline dropped from the text, the URL (``/2019/05/20/``).
Each value may be ISO or free text ("February 14, 2022", "Updated: 3 hours
ago", "14. Februar 2022"). The source is recorded; a date later than the
fetch is flagged ``after_fetch``; sources that disagree are flagged
``sources_disagree``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from newsclean.cleaners.change import Change
from newsclean.cleaners.dates.mentions import MAX_YEAR, MIN_YEAR, find_dates

STEP = "dates"

# A page may be dated in its own time zone, up to UTC+14 (Line Islands): its
# local date can be one day ahead of the fetch's UTC date without being wrong.
MAX_UTC_OFFSET = dt.timedelta(hours=14)

# Sources within this many days of each other agree (time zones, midnight
# publication, a URL minted the evening before).
AGREEMENT_SLACK_DAYS = 1

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=/|$|[-_.?#])")
_LABEL = re.compile(r"^\s*(?:(?:last\s+)?updated|published|posted|date[d]?|on)\s*:?\s*", re.IGNORECASE)
_DIGIT = re.compile(r"\d")

SOURCES = ("metadata", "page", "byline", "url")


@dataclass(slots=True)
class PublicationDate:
    date: dt.date | None
    source: str  # metadata / page / byline / url / none
    flags: list[str] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)


def publication_date(
    *,
    metadata: str | None = None,
    page: str | None = None,
    byline: str | None = None,
    url: str | None = None,
    fetched_at: dt.datetime | None = None,
) -> PublicationDate:
    """Pick the publication date by order of trust: metadata, page, byline, URL.

    >>> publication_date(byline="February 14, 2022", url="https://x.org/2022/02/13/a").date
    datetime.date(2022, 2, 14)
    """
    changes: list[Change] = []
    # --- range check (reliability): a date outside MIN_YEAR..MAX_YEAR is ignored, noted ---
    if fetched_at is not None and not _in_range(fetched_at):
        changes.append(Change(STEP, "fetched_at_out_of_range", fetched_at.isoformat()[:40]))
        fetched_at = None
    fetch_date = _utc_date(fetched_at) if fetched_at else None
    found: list[tuple[str, dt.date, list[str]]] = []
    for source, value in zip(SOURCES, (metadata, page, byline, url)):
        if not value or not value.strip():
            continue
        date, flags = _url_date(value) if source == "url" else parse_date_text(value, fetch_date)
        if date is None:
            if source != "url":  # most URLs carry no date: nothing to report
                changes.append(Change(STEP, f"unparsed_{source}_date", value[:200]))
            continue
        if not _in_range(date):
            changes.append(Change(STEP, f"out_of_range_{source}_date", f"{date.isoformat()} is outside {MIN_YEAR}..{MAX_YEAR}"))
            continue
        found.append((source, date, flags))
    if not found:
        return PublicationDate(None, "none", [], changes)
    source, date, flags = found[0]
    flags = list(flags)
    if fetched_at and date > _utc_date(fetched_at + MAX_UTC_OFFSET):
        flags.append("after_fetch")
    if any(abs((other - date).days) > AGREEMENT_SLACK_DAYS for _, other, _ in found[1:]):
        flags.append("sources_disagree")
        others = ", ".join(f"{s}={d.isoformat()}" for s, d, _ in found[1:])
        changes.append(Change(STEP, "sources_disagree", f"{source}={date.isoformat()} vs {others}"))
    changes.append(Change(STEP, f"published_from_{source}", date.isoformat()))
    return PublicationDate(date, source, flags, changes)


def _in_range(day: dt.date) -> bool:
    """Publication dates are years MIN_YEAR..MAX_YEAR; outside, any arithmetic on them may overflow.

    >>> _in_range(dt.date(1, 1, 1)), _in_range(dt.date(2024, 5, 1)), _in_range(dt.date(9999, 12, 31))
    (False, True, False)
    """
    return MIN_YEAR <= day.year <= MAX_YEAR


def _utc_date(moment: dt.datetime) -> dt.date:
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc)
    return moment.date()


def _url_date(url: str) -> tuple[dt.date | None, list[str]]:
    m = _URL_DATE.search(url)
    if not m:
        return None, []
    try:
        return dt.date(*map(int, m.groups())), []
    except ValueError:
        return None, []


def parse_date_text(value: str, fetch_date: dt.date | None = None) -> tuple[dt.date | None, list[str]]:
    """One date from a metadata or byline value: ISO, a written date, or (fallback) dateparser.

    A written date without a year, or a relative one ("3 days ago"), is read
    against the fetch date and flagged ``relative_to_fetch``.

    >>> parse_date_text("By | February 14, 2022")
    (datetime.date(2022, 2, 14), [])
    >>> parse_date_text("may 2022 be kind")
    (None, [])
    """
    if m := _ISO_DATE.match(value):
        try:
            return dt.date(*map(int, m.groups())), []
        except ValueError:
            return None, []
    for span in find_dates(value, fetch_date, anchor_is_fetch=True):
        if span.granularity == "day" and span.date is not None:
            return span.date, ["relative_to_fetch"] if "anchor_is_fetch" in span.flags else []
    if _DIGIT.search(value):
        return _dateparser_date(_LABEL.sub("", value)), []
    return None, []


def _dateparser_date(value: str) -> dt.date | None:
    """dateparser for the formats our patterns leave alone (14/02/2022, other languages)."""
    import dateparser  # imported on first use: loading its language data is slow

    # Absolute dates only, with day, month and year all written: relative ones
    # ("3 days ago") were ours to read above, and dateparser would fill any
    # gap from the machine's clock, which a pure cleaner must not depend on.
    settings = {
        "PARSERS": ["custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_DAY_OF_MONTH": "first",
    }
    try:
        parsed = dateparser.parse(value, settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    return parsed.date() if parsed else None
