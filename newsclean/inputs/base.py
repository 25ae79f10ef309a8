"""What every input reader shares: the items it yields and how it reads metadata.

A reader is a function ``(path, input_ref, data) -> Iterator[RawRecord | ReadFailure | Skipped]``.
"""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from newsclean.limits import Limits
from newsclean.schemas.models import RawRecord, RejectReason

# keys a sidecar or a JSONL record may declare beside the body
META_KEYS = ("url", "fetched_at", "published_at", "source", "title", "charset")


@dataclass(slots=True)
class ReadFailure:
    """A record (or a whole file) that could not be read: becomes a rejects row."""

    input_ref: str
    reason: RejectReason  # stable code, documented in newsclean.cleaners.rules.REJECT_REASONS
    detail: str
    raw: bytes | None


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record deliberately not read (a WARC request, a non-HTML response): counted, not rejected.

    reason: stable code. The WARC record type for non-response records
    (``request``, ``metadata``, ``warcinfo``, ``revisit``, ``resource``,
    ``conversion``, ``continuation``), else ``not_html`` or ``http_status``.
    """

    input_ref: str
    reason: str
    detail: str = ""


ReadItem = RawRecord | ReadFailure | Skipped


class Reader(Protocol):
    """``(path, input_ref, data, limits=...) -> Iterator[ReadItem]``: ``data`` is the file's bytes (inflated unless the
    format reads its own compression); ``limits`` bound what one record may expand to."""

    def __call__(self, path: Path, input_ref: str, data: bytes, limits: Limits = ...) -> Iterator[ReadItem]: ...


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# A declared date-time (fetched_at, WARC-Date) outside these years is a
# damaged or hostile header, not a fetch: it is ignored (with a note). The
# bounds keep every later date arithmetic (an anchor plus or minus days,
# time-zone offsets) far from datetime's year 1 and year 9999 limits.
MIN_DATETIME_YEAR = 1800
MAX_DATETIME_YEAR = 2200


def parse_datetime(value: object) -> dt.datetime | None:
    """ISO 8601 (``Z`` allowed) or a bare date, as an aware UTC datetime; else None (also when out of range).

    >>> parse_datetime("2024-05-01T10:00:00Z").isoformat()
    '2024-05-01T10:00:00+00:00'
    >>> parse_datetime("yesterday") is None, parse_datetime("9999-12-31T23:59:59-01:00") is None
    (True, True)
    """
    return parse_datetime_noted(value)[0]


def parse_datetime_noted(value: object) -> tuple[dt.datetime | None, str | None]:
    """:func:`parse_datetime` plus a note when a parseable value was ignored as out of range.

    >>> parse_datetime_noted("0001-01-01T00:00:00Z")
    (None, '0001-01-01T00:00:00Z is outside 1800..2200')
    """
    if not isinstance(value, str) or not value.strip():
        return None, None
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=dt.UTC)
        parsed = parsed.astimezone(dt.UTC)
    except ValueError:
        return None, None
    except OverflowError:  # 9999-12-31T23:59:59-01:00 is in year 10000 in UTC
        parsed = None
    if parsed is None or not MIN_DATETIME_YEAR <= parsed.year <= MAX_DATETIME_YEAR:
        return None, f"{value.strip()[:80]} is outside {MIN_DATETIME_YEAR}..{MAX_DATETIME_YEAR}"
    return parsed, None


# Unix time as feeds export it: seconds (9-10 digits, 1973-2286) or milliseconds (12-13 digits)
_UNIX_TIME = re.compile(r"^\s*(\d{9,10}|\d{12,13})(?:\.\d+)?\s*$")


def fetched_at_noted(value: object) -> tuple[dt.datetime | None, tuple[str, str] | None]:
    """A declared ``fetched_at`` and the note (rule, detail) it needs: ISO 8601 as :func:`parse_datetime`
    reads it, or Unix time in seconds or milliseconds (a number or digits, noted ``fetched_at_unix_time``);
    a value that is neither is noted ``fetched_at_unparsed`` (it was dropped without a word).

    >>> fetched_at_noted(1714557600000)
    (datetime.datetime(2024, 5, 1, 10, 0, tzinfo=datetime.timezone.utc), ('fetched_at_unix_time', '1714557600000 read as 2024-05-01T10:00:00+00:00'))
    >>> fetched_at_noted("0000-00-00T00:00:00")[1]
    ('fetched_at_unparsed', "'0000-00-00T00:00:00' is not an ISO 8601 date-time or Unix time")
    >>> fetched_at_noted(None), fetched_at_noted("2024-05-01")[1]
    ((None, None), None)
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        value = repr(value) if isinstance(value, float) else str(value)
        m = _UNIX_TIME.match(value)
        if m is None:
            return None, ("fetched_at_unparsed", f"{value[:80]} is not an ISO 8601 date-time or Unix time")
    elif isinstance(value, str) and (m := _UNIX_TIME.match(value)) is not None:
        pass
    else:
        parsed, note = parse_datetime_noted(value)
        if note:
            return None, ("fetched_at_out_of_range", note)
        if parsed is None and isinstance(value, str) and value.strip():
            return None, ("fetched_at_unparsed", f"{value.strip()[:80]!r} is not an ISO 8601 date-time or Unix time")
        return parsed, None
    seconds = int(m.group(1)) // (1000 if len(m.group(1)) >= 12 else 1)
    moment = dt.datetime.fromtimestamp(seconds, dt.UTC)
    return moment, ("fetched_at_unix_time", f"{value.strip()[:40]} read as {moment.isoformat()}")


def has_surrogates(value: str) -> bool:
    """A lone surrogate (JSON ``"\\ud800"``) cannot be written as UTF-8.

    >>> has_surrogates("ok"), has_surrogates(chr(0xD800))
    (False, True)
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# A JSON string whose lone surrogates are more than this share of its characters is
# not text with a damaged character (an emoji cut in half where a JavaScript writer
# truncated a string) but garbage: the record is rejected ``bad_unicode``.
MAX_SURROGATE_SHARE = 0.01
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(value: str, key: str, notes: list[tuple[str, str]] | None, max_share: float = 1.0) -> str:
    """``value`` with each lone surrogate (JSON ``"\\ud800"``, not storable as UTF-8) replaced by U+FFFD.

    Each replacement is noted (rule ``lone_surrogate``) when ``notes`` is given. Raises
    ``ValueError`` when lone surrogates are more than ``max_share`` of the string (the body is
    read with :data:`MAX_SURROGATE_SHARE`; a short title keeps its one damaged character).

    >>> replace_surrogates("caf\\u00e9 \\ud83d", "text", None)
    'café \ufffd'
    """
    if not has_surrogates(value):
        return value
    count = len(_LONE_SURROGATE.findall(value))
    if count > max_share * len(value):
        raise ValueError(f"{count} lone surrogates in {key!r} ({len(value)} characters)")
    if notes is not None:
        notes.append(("lone_surrogate", f"{key}: {count} lone surrogate{'s' if count > 1 else ''} replaced by U+FFFD"))
    return _LONE_SURROGATE.sub("\ufffd", value)


# Keys of well-known scrapers' and feed formats' records read when the contract's own key
# is absent, in this order: news-please (``maintext``, ``date_publish``, ``date_download``,
# ``source_domain``), NewsAPI (``content``, ``publishedAt``, ``source: {"id", "name"}``),
# JSON Feed 1.1 (``content_text``, ``content_html``, ``date_published``), schema.org
# NewsArticle (``articleBody``, ``headline``, ``datePublished``), newspaper3k
# (``article_text``, ``publish_date``), feedparser/RSS (``link``, ``published``, ``pubDate``),
# trafilatura's JSON (``raw_text``, ``hostname``, ``sitename``) and common crawler exports.
# A key that only some of them give another meaning is left out (``date``, ``description``,
# ``summary``). The substitution is noted (``field_alias``).
BODY_ALIASES = ("maintext", "content", "body", "content_text", "articleBody", "article_text", "full_text", "raw_text")
HTML_ALIASES = ("raw_html", "content_html", "html_content")
META_ALIASES: dict[str, tuple[str, ...]] = {
    "url": ("link", "canonical_url", "article_url"),
    "published_at": ("date_publish", "publishedAt", "date_published", "datePublished", "publish_date", "published",
                     "pubDate", "published_date", "publication_date"),
    "fetched_at": ("date_download", "scraped_at", "crawled_at", "crawl_date", "date_crawled", "retrieved_at"),
    "source": ("source_domain", "hostname", "sitename", "site_name", "domain"),
    "title": ("headline",),
}


def _big_int(digits: str) -> int | float:
    """A JSON integer; past Python's limit on converting digits (4,300), the float it rounds to (inf)."""
    try:
        return int(digits)
    except ValueError:
        return float(digits)


def loads_json(data: bytes | str) -> object:
    """``json.loads``, except that an integer of thousands of digits (``"fetched_at": 99999...``) is
    read as a float (infinite) instead of failing the whole record: Python refuses to convert
    more than 4,300 digits, and the record was lost as ``bad_json`` for one junk number.

    >>> loads_json('{"a": ' + "9" * 5000 + ', "b": 1}')
    {'a': inf, 'b': 1}
    """
    try:
        return json.loads(data)
    except ValueError as exc:
        if "integer string conversion" not in str(exc):
            raise
    return json.loads(data, parse_int=_big_int)


def _unusable(value: object) -> str | None:
    """Why a declared value is not text, a URL or a date: a JSON structure or boolean, or a
    number that is not finite (JSON's non-standard ``NaN``/``Infinity``, a huge integer)."""
    if isinstance(value, (dict, list, bool)):
        return f"a JSON {type(value).__name__} is ignored"
    if isinstance(value, float) and not math.isfinite(value):
        return f"a number that is not finite ({value}) is ignored"
    return None


def meta_fields(meta: dict, notes: list[tuple[str, str]] | None = None) -> dict:
    """The declared metadata of a sidecar or JSONL record, typed for :class:`RawRecord`.

    A value that is unusable as declared is left out and, when ``notes`` is
    given, noted there as ``(rule, detail)``. A key of :data:`META_ALIASES` stands
    in for an absent contract key (noted ``field_alias``). A lone surrogate is
    replaced by U+FFFD (see :func:`replace_surrogates`).
    """
    out: dict[str, object] = {}
    for key in META_KEYS:
        value = meta.get(key)
        if value is None:
            alias = next((a for a in META_ALIASES.get(key, ()) if meta.get(a) is not None), None)
            if alias is not None:
                value = meta[alias]
                if notes is not None:
                    notes.append(("field_alias", f"{alias} read as {key}"))
        if key == "source" and isinstance(value, dict) and isinstance(value.get("name"), str) and value["name"].strip():
            value = value["name"]  # NewsAPI: {"id": "bbc-news", "name": "BBC News"}
            if notes is not None:
                notes.append(("field_alias", "source.name read as source"))
        if isinstance(value, dict) and set(value) == {"$date"}:
            # MongoDB Extended JSON (mongoexport): {"$date": "2024-05-01T10:00:00Z"}, {"$date": {"$numberLong": "1714557600000"}}
            inner = value["$date"]
            value = inner["$numberLong"] if isinstance(inner, dict) and set(inner) == {"$numberLong"} else inner
            if notes is not None:
                notes.append(("field_alias", f"{key}.$date (MongoDB Extended JSON) read as {key}"))
        if _unusable(value):
            # {"title": {"a": 1}}, {"title": NaN}: a structure is no title, URL or date; never its repr
            if notes is not None:
                notes.append(("metadata_not_text", f"{key}: {_unusable(value)}"))
        elif key == "fetched_at":
            out[key], note = fetched_at_noted(value)
            if note and notes is not None:
                notes.append(note)
        elif value is not None:
            out[key] = replace_surrogates(str(value), key, notes)
    return out


def _is_utf8(data: bytes, chunk: int = 1 << 20) -> bool:
    """Whether ``data`` is valid UTF-8, checked a megabyte at a time (no copy of a big feed)."""
    if data.isascii():
        return True
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for i in range(0, len(data), chunk):
            decoder.decode(data[i : i + chunk])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


_WIDE_JSON = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})


class JsonText:
    """A JSON or JSONL file's bytes as UTF-8, whatever the writer used.

    JSON is UTF-8 (RFC 8259), but feeds arrive in UTF-16 (PowerShell's ``>``) or with lines
    in a legacy charset (a Windows scraper's cp1252, an old CMS export's cp1251). UTF-16/32
    (by BOM or by the NUL pattern of the first bytes, as ``json`` detects it) is transcoded
    as a whole, so lines split where the writer put them; a file that is otherwise not UTF-8
    is decoded as a record body is (:func:`~newsclean.cleaners.encoding.decode_bytes`: the
    legacy charset detected, or UTF-8 and legacy lines told apart). Each line that changed
    gets a note (rule ``feed_decoded``); a UTF-8 file is read as it is.
    """

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._detail = ""
        self._changed: set[int] | None = set()  # 1-based lines that changed; None: all of them
        self._as_read: list[bytes] = []  # the lines as read, when decoding kept the line count
        wide = json.detect_encoding(data[:4]) if len(data) >= 4 else "utf-8"
        if wide in _WIDE_JSON:
            try:
                self.data = data.decode(wide).encode("utf-8", "surrogatepass")
            except UnicodeDecodeError:
                return  # not what the first bytes said: each line's parser says what is wrong
            self._detail, self._changed = f"{wide} file transcoded to UTF-8", None
            return
        if _is_utf8(data):
            return
        from newsclean.cleaners.change import Rejection
        from newsclean.cleaners.encoding import decode_bytes

        try:
            text, changes = decode_bytes(data)
        except Rejection:
            return  # binary or empty: the parser rejects it line by line
        self.data = text.encode("utf-8", "surrogatepass")
        self._detail = "file not UTF-8: " + "; ".join(f"{c.rule} {c.detail}" for c in changes)
        old, new = data.splitlines(), self.data.splitlines()
        if len(old) == len(new):
            self._changed = {n for n, (a, b) in enumerate(zip(old, new), start=1) if a != b}
            self._as_read = old
        else:
            self._changed = None

    def as_read(self, line_no: int, line: bytes) -> bytes:
        """Line ``line_no`` (1-based) of :attr:`data` as the file had it (for a reject's raw bytes)."""
        return self._as_read[line_no - 1] if self._as_read else line

    def note(self, line_no: int | None = None) -> tuple[str, str] | None:
        """The ``feed_decoded`` note of line ``line_no`` (1-based; None: the whole file), if it changed."""
        if self._changed is None or (self._changed and (line_no is None or line_no in self._changed)):
            return ("feed_decoded", self._detail)
        return None
