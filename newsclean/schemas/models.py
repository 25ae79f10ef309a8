"""Record models: the contract of DESIGN.md (columns may be added, never renamed).

These models are the single source of truth; :mod:`schemas.arrow` derives the
Parquet/Arrow schema from them, so a column exists in exactly one place.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

PublishedDateSource = Literal["metadata", "page", "byline", "url", "text", "none"]

RejectReason = Literal[
    # stage "read" (newsclean.inputs): the file or record could not be read
    "unsupported",
    "unreadable",
    "gzip_error",
    "bad_json",
    "bad_record",
    "bad_warc",
    "bad_sidecar",
    "outside_input",
    "bad_filename",
    "too_large",
    "bad_unicode",
    "truncated",
    # any stage (read, draft, finish, clean): an unexpected exception on one record
    "internal_error",
    # stage "decode" (cleaners.encoding.decode_bytes)
    "empty",
    "binary",
    "undecodable",
    # stage "extract" (cleaners.boilerplate.extract_html)
    "extract_error",
    "no_main_text",
    # stage "boilerplate" (cleaners.pipeline)
    "empty_after_cleaning",
]
"""Why a record is in rejects/: one doc line each in :data:`newsclean.cleaners.rules.REJECT_REASONS`
(tests/test_rules.py keeps the two in step with the code)."""


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class RawRecord(_Row):
    """One input record as a reader hands it to the cleaners (not written out)."""

    input_ref: str = Field(description="path relative to --input, plus #N for multi-record files")
    kind: Literal["html", "text"]
    body: bytes = Field(description="the record's body exactly as read (undecoded)")
    raw_sha256: str
    url: str | None = None
    fetched_at: dt.datetime | None = None
    published_at: str | None = Field(None, description="publication date declared by the input metadata")
    source: str | None = None
    title: str | None = None
    charset: str | None = Field(None, description="charset declared outside the body (HTTP header)")
    read_notes: list[tuple[str, str]] = Field(
        default_factory=list, description="(rule, detail) of what the reader noticed, e.g. a broken sidecar"
    )


class ChangeRow(_Row):
    step: str
    rule: str
    detail: str


class Provenance(_Row):
    input_ref: str
    raw_sha256: str
    fetched_at: dt.datetime | None
    run_id: str
    pipeline_version: str
    changes: list[ChangeRow]


class PersonMention(_Row):
    surface: str
    canonical: str | None
    start: int
    end: int
    flags: list[str]


class DateMention(_Row):
    text: str
    date: dt.date | None
    start: int
    end: int
    granularity: str
    flags: list[str]


class Article(_Row):
    article_id: str
    input_ref: str
    url: str | None
    source: str
    title: str | None
    authors: list[str]
    text: str = Field(min_length=1)
    language: str
    language_confidence: float | None
    published_date: dt.date | None
    published_date_source: PublishedDateSource
    published_date_flags: list[str]
    description: str | None
    publication: str | None
    persons: list[str]
    person_mentions: list[PersonMention]
    dates_mentioned: list[DateMention]
    content_hash: str = Field(description="hash of the normalized text (exact-dedup key)")
    provenance: Provenance


class Duplicate(_Row):
    input_ref: str
    duplicate_of: str = Field(description="article_id of the representative in articles/")
    similarity: float
    method: Literal["exact", "near"]
    url: str | None
    source: str
    title: str | None
    content_hash: str
    provenance: Provenance


class Reject(_Row):
    input_ref: str
    stage: str
    reason: RejectReason = Field(description="stable reason code (newsclean.cleaners.rules.REJECT_REASONS)")
    detail: str
    raw: bytes | None = Field(description="the raw bytes of the record, so nothing is lost")
    provenance: Provenance
