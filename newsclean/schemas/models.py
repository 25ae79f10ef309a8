"""Record models: the contract of DESIGN.md (columns may be added, never renamed).

These models are the single source of truth; :mod:`schemas.arrow` derives the
Parquet/Arrow schema from them, so a column exists in exactly one place. Every
written column has a ``description``: it goes into the Parquet field metadata,
``OUTPUT/_schema.json`` and ``docs/DATA_DICTIONARY.md``.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "2"
"""Version of the output contract. Bumped when a column or table is added (never
renamed or removed); written into every Parquet file's metadata and ``_schema.json``.
1: the founding tables. 2: field descriptions, ``articles.supersedes`` (article versions)."""

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
    "not_an_article",
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
    """One change a cleaner made to the record."""

    step: str = Field(description="the stage that made the change (decode, encoding, extract, boilerplate, dates, ...)")
    rule: str = Field(description="stable rule code inside the step (see the rule codes in the data dictionary)")
    detail: str = Field(description="what exactly changed: the removed line, the charset chosen, the date found")


class Provenance(_Row):
    """Where a row came from and every change made to it."""

    input_ref: str = Field(description="the input record (path relative to --input, plus #N)")
    raw_sha256: str = Field(description="sha256 of the record's raw bytes, hex")
    fetched_at: dt.datetime | None = Field(description="when the page was fetched (input metadata), UTC")
    run_id: str = Field(description="the run that wrote the row (OUTPUT/_runs/<run_id>.json)")
    pipeline_version: str = Field(description="newsclean version of that run")
    changes: list[ChangeRow] = Field(description="every change made to the record, in order")


class PersonMention(_Row):
    """One mention of a person in ``text``."""

    surface: str = Field(description="the words as written in the text")
    canonical: str | None = Field(description="the person's canonical name, null when unresolved")
    start: int = Field(description="offset of the first character in text")
    end: int = Field(description="offset after the last character in text")
    flags: list[str] = Field(description="how the name was resolved (see the person flags)")


class DateMention(_Row):
    """One date mentioned in ``text``."""

    text: str = Field(description="the words as written in the text")
    date: dt.date | None = Field(description="the resolved date (first day of a week/month/year), null when unresolvable")
    start: int = Field(description="offset of the first character in text")
    end: int = Field(description="offset after the last character in text")
    granularity: str = Field(description="day / week / month / year")
    flags: list[str] = Field(description="caveats of the resolution (see the date-mention flags)")


class Article(_Row):
    """One row per distinct article."""

    article_id: str = Field(description="stable id: the same input (reference and bytes) gives the same id in every run")
    input_ref: str = Field(description="path relative to --input, plus #N for the Nth record of a JSONL/WARC file or JSON array")
    url: str | None = Field(description="canonical URL (tracking parameters removed)")
    source: str = Field(description="feed source, else the URL's domain, else the publication name, else unknown")
    title: str | None = Field(description="headline")
    authors: list[str] = Field(description="author names as given by the page or byline")
    text: str = Field(min_length=1, description="cleaned body: the author's words, never rewritten")
    language: str = Field(description="ISO 639-1 code, und when there is too little text")
    language_confidence: float | None = Field(description="probability of the language, 0..1")
    published_date: dt.date | None = Field(description="publication date")
    published_date_source: PublishedDateSource = Field(description="where published_date came from (see the values below)")
    published_date_flags: list[str] = Field(description="caveats about published_date, e.g. after_fetch")
    description: str | None = Field(description="standfirst / summary declared by the page")
    publication: str | None = Field(description="publication or site name")
    persons: list[str] = Field(description="canonical person names (English Wikipedia title form where one exists)")
    person_mentions: list[PersonMention] = Field(description="every person mention, with offsets into text")
    dates_mentioned: list[DateMention] = Field(description="dates in the text, resolved against the publication date (or the fetch time, flagged)")
    content_hash: str = Field(description="hash of the normalized text (exact-duplicate key)")
    provenance: Provenance = Field(description="where the row came from and every change made to it")
    supersedes: str | None = Field(
        None,
        description="article_id of the previous version of the same input_ref (the input changed); null for a first version",
    )


class Duplicate(_Row):
    """One row per input judged a copy of an article (its text is the article's, near or exact)."""

    input_ref: str = Field(description="the input record judged a duplicate")
    duplicate_of: str = Field(description="article_id of the representative in articles/")
    similarity: float = Field(description="1.0 for exact; estimated Jaccard similarity to the representative for near")
    method: Literal["exact", "near"] = Field(description="exact (same normalized text) or near (MinHash, verified)")
    url: str | None = Field(description="canonical URL of the copy")
    source: str = Field(description="source of the copy")
    title: str | None = Field(description="headline of the copy")
    content_hash: str = Field(description="hash of the copy's normalized text")
    provenance: Provenance = Field(description="where the row came from and every change made to it")


class Reject(_Row):
    """One row per input that could not become an article, with its raw bytes."""

    input_ref: str = Field(description="the input record (or file) that was rejected")
    stage: str = Field(description="the stage that rejected it (read, decode, extract, boilerplate, ...)")
    reason: RejectReason = Field(description="stable reason code (see the reject reasons)")
    detail: str = Field(description="free text for humans")
    raw: bytes | None = Field(description="the raw bytes of the record, so nothing is lost")
    provenance: Provenance = Field(description="where the row came from and every change made to it")
