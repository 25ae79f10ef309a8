"""What every input reader shares: the items it yields and how it reads metadata.

A reader is a function ``(path, input_ref, data) -> Iterator[RawRecord | ReadFailure | Skipped]``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsclean.schemas.models import RawRecord

# keys a sidecar or a JSONL record may declare beside the body
META_KEYS = ("url", "fetched_at", "published_at", "source", "title", "charset")


@dataclass(slots=True)
class ReadFailure:
    """A record (or a whole file) that could not be read: becomes a rejects row."""

    input_ref: str
    reason: str  # stable code: see newsclean.schemas.models.RejectReason
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
Reader = Callable[[Path, str, bytes], Iterator[ReadItem]]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_datetime(value: object) -> dt.datetime | None:
    """ISO 8601 (``Z`` allowed) or a bare date, as an aware UTC datetime; else None.

    >>> parse_datetime("2024-05-01T10:00:00Z").isoformat()
    '2024-05-01T10:00:00+00:00'
    >>> parse_datetime("yesterday") is None
    True
    """
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    return parsed.astimezone(dt.timezone.utc)


def meta_fields(meta: dict) -> dict:
    """The declared metadata of a sidecar or JSONL record, typed for :class:`RawRecord`."""
    out: dict[str, object] = {}
    for key in META_KEYS:
        value = meta.get(key)
        if key == "fetched_at":
            out[key] = parse_datetime(value)
        elif value is not None:
            out[key] = str(value)
    return out
