"""The publication date, from the most trusted source that has one.

Order of trust: the input's declared metadata (JSONL, sidecar, WARC headers),
htmldate on the raw HTML (:func:`html_publication_date`: markup, JSON-LD,
visible date patterns; the original publication, not the last update), the
page metadata trafilatura read, the date of a byline dropped from the text,
the URL (``/2019/05/20/``). Each value may be ISO or free text ("February
14, 2022", "Updated: 3 hours ago", "14. Februar 2022"). The source is
recorded; a date later than the fetch is flagged ``after_fetch``; sources
that disagree are flagged ``sources_disagree``; a date outside
MIN_PUBLICATION_YEAR..MAX_PUBLICATION_YEAR is not read (``out_of_range_*``).
A page's copyright-footer year (January 1 of the year in "© 2016") is not a
publication day: it is taken only when no other source has a date, and
flagged ``copyright_year``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from newsclean.cleaners.change import Change
from newsclean.cleaners.dates.mentions import find_dates

STEP = "dates"

# A page may be dated in its own time zone, up to UTC+14 (Line Islands): its
# local date can be one day ahead of the fetch's UTC date without being wrong.
MAX_UTC_OFFSET = dt.timedelta(hours=14)

# Sources within this many days of each other agree (time zones, midnight
# publication, a URL minted the evening before).
AGREEMENT_SLACK_DAYS = 1

# A publication date outside these years is a parse error or a placeholder
# ("0001-01-01", "9999-12-31"), not a date (tests/test_dates.py checks both ends).
MIN_PUBLICATION_YEAR, MAX_PUBLICATION_YEAR = 1800, 2200

# A copyright notice in a page footer ("© 2016 Example Media", "Copyright 2009-2016"):
# htmldate falls back to January 1 of its (last) year when it finds nothing better.
_COPYRIGHT = re.compile(r"(?:©|&copy;|&#169;|Copyright|\(c\))\D{0,99}?(?:\b\d{4}\s*[-–]\s*)?\b(\d{4})\b", re.IGNORECASE)

_YEAR_ONLY = "-01-01"

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=/|$|[-_.?#])")
_LABEL = re.compile(r"^\s*(?:(?:last\s+)?updated|published|posted|date[d]?|on)\s*:?\s*", re.IGNORECASE)
_DIGIT = re.compile(r"\d")

SOURCES = ("metadata", "htmldate", "page", "byline", "url")
_RECORD_SOURCE = {"htmldate": "page"}


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
    htmldate: str | None = None,
    copyright_year: int | None = None,
) -> PublicationDate:
    """Pick the publication date by order of trust: metadata, htmldate, page, byline, URL.

    ``copyright_year`` is the year of the page's copyright notice (see
    :func:`html_publication_date`): January 1 of it from a page source is
    taken last, and flagged.

    >>> publication_date(byline="February 14, 2022", url="https://x.org/2022/02/13/a").date
    datetime.date(2022, 2, 14)
    >>> p = publication_date(htmldate="2016-01-01", url="https://x.org/2019/05/20/a", copyright_year=2016)
    >>> (p.date.isoformat(), p.source, [c.rule for c in p.changes])
    ('2019-05-20', 'url', ['copyright_year_skipped', 'published_from_url'])
    """
    changes: list[Change] = []
    # --- range check (reliability): a fetch time outside the publication years is ignored, noted ---
    if fetched_at is not None and not _in_range(fetched_at):
        changes.append(Change(STEP, "fetched_at_out_of_range", fetched_at.isoformat()[:40]))
        fetched_at = None
    fetch_date = _utc_date(fetched_at) if fetched_at else None
    found: list[tuple[str, dt.date, list[str]]] = []
    footer: list[tuple[str, dt.date, list[str]]] = []
    for source, value in zip(SOURCES, (metadata, htmldate, page, byline, url)):
        if not value or not value.strip():
            continue
        if source == "url":
            date, flags = _url_date(value)
        elif source == "metadata" and (numeric := _numeric_date(value)) is not None:
            date, flags = numeric
            changes.append(Change(STEP, "numeric_metadata_date", f"{value.strip()[:40]} read as {date.isoformat()}"))
        elif source in ("metadata", "byline") and fetched_at and (recent := _hours_ago(value, fetched_at)) is not None:
            date, flags = recent, ["relative_to_fetch"]  # "3 hours ago": the fetch time less three hours
        else:
            date, flags = parse_date_text(value, fetch_date)
        if date is None:
            if source != "url":  # most URLs carry no date: nothing to report
                changes.append(Change(STEP, f"unparsed_{source}_date", value[:200]))
            continue
        if not MIN_PUBLICATION_YEAR <= date.year <= MAX_PUBLICATION_YEAR:
            changes.append(Change(STEP, f"out_of_range_{source}_date", value[:200]))
            continue
        if source in ("htmldate", "page") and copyright_year and date == dt.date(copyright_year, 1, 1):
            footer.append((source, date, [*flags, "copyright_year"]))
            continue
        found.append((source, date, flags))
    if footer and found:
        changes.append(Change(STEP, "copyright_year_skipped", f"{footer[0][0]}={footer[0][1].isoformat()}"))
    elif footer:
        found = footer[:1]
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
    # htmldate and trafilatura both read the page: the record's source column says "page",
    # the change log says which of the two
    return PublicationDate(date, _RECORD_SOURCE.get(source, source), flags, changes)


def html_publication_date(
    html: str, url: str | None = None, latest: dt.date | None = None
) -> tuple[str | None, int | None]:
    """htmldate on the raw HTML, and the year of the page's copyright notice.

    Returns (ISO date or None, copyright year or None). htmldate looks for
    the original publication date (``original_date=True``: not the "updated"
    one) in the markup, JSON-LD, the URL and the visible text. ``latest`` is
    the latest acceptable date (the fetch day); without it the end of
    MAX_PUBLICATION_YEAR, never the machine's clock. Text that is not HTML
    (htmldate would download a string that looks like a URL) gives nothing.

    >>> html_publication_date('<html><head><meta property="article:published_time" '
    ...     'content="2019-05-20T08:00:00Z"></head><body><p>Text</p><p>© 2020 X</p></body></html>')
    ('2019-05-20', 2020)
    >>> html_publication_date("https://example.org/2019/05/20/a")
    (None, None)
    """
    if not isinstance(html, str) or "<" not in html:
        return None, None
    from htmldate import find_date  # imported on first use, like dateparser

    max_date = (latest or dt.date(MAX_PUBLICATION_YEAR, 12, 31)).isoformat()
    try:
        found = find_date(html, original_date=True, url=url, max_date=max_date)
        if found and found.endswith(_YEAR_ONLY):
            # January 1 is htmldate's year-only fallback (a copyright line, a bare year):
            # a full day from its default mode (the latest date on the page) is better evidence
            day = find_date(html, url=url, max_date=max_date)
            found = day if day and not day.endswith(_YEAR_ONLY) else found
    except Exception:  # htmldate raises assorted errors on broken markup
        found = None
    years = [int(y) for y in _COPYRIGHT.findall(html[-200_000:]) if MIN_PUBLICATION_YEAR <= int(y) <= MAX_PUBLICATION_YEAR]
    return found, (max(years) if years else None)


def _in_range(day: dt.date) -> bool:
    """Years MIN_PUBLICATION_YEAR..MAX_PUBLICATION_YEAR; outside, arithmetic on a date may overflow.

    >>> _in_range(dt.date(1, 1, 1)), _in_range(dt.date(2024, 5, 1)), _in_range(dt.date(9999, 12, 31))
    (False, True, False)
    """
    return MIN_PUBLICATION_YEAR <= day.year <= MAX_PUBLICATION_YEAR


def _utc_date(moment: dt.datetime) -> dt.date:
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.date()


def _url_date(url: str) -> tuple[dt.date | None, list[str]]:
    m = _URL_DATE.search(url)
    if not m:
        return None, []
    try:
        return dt.date(*map(int, m.groups())), []
    except ValueError:
        return None, []


# ISO 8601 basic, the date alone or with a time (``20240501T100000Z``, ``20240501T1000+0200``):
# the date as written, like an extended ISO date with an offset
_BASIC_ISO = re.compile(
    r"^\s*((?:1[89]|2[0-2])\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])"
    r"(?:T(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d(?:[.,]\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?)?\s*$"
)
_UNIX_TIME = re.compile(r"^\s*(\d{9,10}|\d{12,13})(?:\.\d+)?\s*$")


def _numeric_date(value: str) -> tuple[dt.date, list[str]] | None:
    """A declared date written as digits only: ISO 8601 basic (``20240501``, with or without a
    time: ``20240501T100000Z``), or Unix time in
    seconds (9-10 digits: 1973-2286) or milliseconds (12-13 digits), as feeds export it.

    >>> _numeric_date("20240501"), _numeric_date("1700000000"), _numeric_date("1700000000123")
    ((datetime.date(2024, 5, 1), []), (datetime.date(2023, 11, 14), []), (datetime.date(2023, 11, 14), []))
    >>> _numeric_date("20240501T100000Z"), _numeric_date("20240501T2359+0200")
    ((datetime.date(2024, 5, 1), []), (datetime.date(2024, 5, 1), []))
    >>> _numeric_date("20241301"), _numeric_date("12345"), _numeric_date("2024"), _numeric_date("20240501T2500Z")
    (None, None, None, None)
    """
    if m := _BASIC_ISO.match(value):
        try:
            return dt.date(*map(int, m.groups())), []
        except ValueError:  # 20240230
            return None
    if m := _UNIX_TIME.match(value):
        seconds = int(m.group(1))
        if len(m.group(1)) >= 12:
            seconds //= 1000
        return dt.datetime.fromtimestamp(seconds, dt.UTC).date(), []
    return None


# "3 hours ago", "45 mins ago", "just now" as a feed or a byline writes a recent time; days and
# longer are read by parse_date_text (dates.mentions), which needs only the fetch day
_HOURS_AGO = re.compile(
    r"^\s*(?:(?:posted|published|updated)\s*:?\s*)?(?:(?P<n>\d{1,3}|an?|one)\s*(?P<unit>minutes?|mins?|m|hours?|hrs?|h)\s+ago|(?P<now>just now|moments ago))\s*\.?\s*$",
    re.IGNORECASE,
)
MAX_HOURS_AGO = 48


def _hours_ago(value: str, fetched_at: dt.datetime) -> dt.date | None:
    """The UTC day of "N hours/minutes ago" (or "just now") counted back from the fetch time.

    >>> at = dt.datetime(2024, 5, 2, 1, 30, tzinfo=dt.UTC)
    >>> _hours_ago("3 hours ago", at), _hours_ago("Posted 45 mins ago", at), _hours_ago("just now", at)
    (datetime.date(2024, 5, 1), datetime.date(2024, 5, 2), datetime.date(2024, 5, 2))
    >>> _hours_ago("300 hours ago", at), _hours_ago("3 days ago", at), _hours_ago("an hour ago, he said", at)
    (None, None, None)
    """
    m = _HOURS_AGO.match(value)
    if m is None:
        return None
    if m.group("now"):
        return _utc_date(fetched_at)
    n = 1 if not m.group("n")[0].isdigit() else int(m.group("n"))
    hours = n if m.group("unit").lower().startswith("h") else n / 60
    if hours > MAX_HOURS_AGO:
        return None
    return _utc_date(fetched_at - dt.timedelta(hours=hours))


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
