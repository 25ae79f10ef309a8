"""Records through every cleaner, in two phases.

1. :func:`draft_record`: decode, repair, extract, normalize, rule-based residue.
2. :func:`finish_record`: learned per-source residue (known only once every
   draft of the run has been seen), dates, names, language, content hash.

Pure: no I/O, no Prefect. Deduplication is decided across records afterwards
(:mod:`cleaners.dedup`), so phase 2 returns articles-to-be.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsclean.cleaners import authors, boilerplate, dates, encoding, language, names, titles, urls, whitespace
from newsclean.cleaners.change import Change, Rejection
from newsclean.cleaners.dates.mentions import MAX_YEAR, MIN_YEAR
from newsclean.cleaners.dedup import content_hash
from newsclean.limits import DEFAULT_LIMITS, Limits, names_model_default, strict_default
from newsclean.schemas.models import (
    Article,
    ChangeRow,
    DateMention,
    PersonMention,
    Provenance,
    RawRecord,
    Reject,
)

if TYPE_CHECKING:
    from newsclean.cleaners.names import Gazetteer

# notes a reader attaches to a record it could read (RawRecord.read_notes),
# recorded as changes of step "read"; a broken sidecar is the other one
READ_NOTES = (
    ("fetched_at_out_of_range", "a declared fetched_at outside 1800..2200 (newsclean.inputs.base), ignored"),
    ("warc_date_out_of_range", "a WARC-Date outside 1800..2200, ignored"),
    ("warc_date_unparsed", "a WARC-Date that is not an ISO 8601 date-time, ignored"),
    ("metadata_not_text", "a declared title, URL, source or date that is a JSON object, array, boolean or a number that is not finite, ignored"),
    ("fetched_at_unix_time", "a declared fetched_at written as Unix time (seconds or milliseconds), read as that time"),
    ("fetched_at_unparsed", "a declared fetched_at that is neither ISO 8601 nor Unix time, ignored"),
    ("body_joined", "a body given as a list of strings (a scraper's paragraphs), joined as paragraphs"),
    ("json_lines", "a .json file holding one JSON record a line, read as JSONL"),
    ("json_document", "a .jsonl file holding one JSON document over many lines, read as a .json file"),
    ("json_in_file", "an .html or .txt file that is a JSON record with a body field, read as a .json file"),
    ("json_in_string", "a JSON record encoded twice (a string holding the JSON object), decoded once more"),
    ("nul_stripped", "NUL bytes around a JSONL record (a crashed writer's padding), removed"),
    ("lone_surrogate", "a lone surrogate in a JSON string, replaced by U+FFFD"),
    ("field_alias", "a well-known scraper's key (maintext, date_publish, ...) read for an absent contract key"),
    ("feed_decoded", "a JSON or JSONL file that is not UTF-8 (UTF-16/32, a legacy charset), decoded before parsing"),
    ("gzip_inside", "gzip data inside a file (a .gz compressed twice, a feed saved compressed without .gz, a WARC gzipped whole), inflated"),
    ("compressed_inside", "bzip2 or xz data inside a file (a feed compressed without a suffix), inflated"),
    ("wrapped_records", "a record of the one array of records an API response wraps ({\"articles\": [...]})"),
)


@dataclass(frozen=True, slots=True)
class RunContext:
    run_id: str
    pipeline_version: str
    gazetteer: Gazetteer | None = None  # cleaners.names gazetteer, loaded by the flow from data/
    limits: Limits = DEFAULT_LIMITS
    # re-raise an unexpected exception in one record instead of rejecting it
    # ``internal_error`` (tests; NEWSCLEAN_STRICT=1)
    strict: bool = field(default_factory=strict_default)
    # Russian names also through the NER model (NEWSCLEAN_NAMES_MODEL=ru, ``--names-model``)
    names_model: bool = field(default_factory=names_model_default)


@dataclass(slots=True)
class Draft:
    """A record after phase 1: text cleaned by rules, metadata gathered."""

    raw: RawRecord
    text: str
    source: str
    url: str | None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    page_date: str | None = None
    html_date: str | None = None  # htmldate on the raw HTML
    copyright_year: int | None = None
    byline_date: str | None = None
    description: str | None = None
    publication: str | None = None
    changes: list[Change] = field(default_factory=list)


def article_id(raw: RawRecord) -> str:
    """Stable id: the same input (reference and bytes) gives the same id in every run.

    Identical bytes under another reference get another id and are then caught
    as exact duplicates, so two records never share an id.
    """
    key = f"{raw.input_ref}|{raw.raw_sha256}"
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def provenance(raw: RawRecord, ctx: RunContext, changes: list[Change]) -> Provenance:
    return Provenance(
        input_ref=raw.input_ref,
        raw_sha256=raw.raw_sha256,
        fetched_at=raw.fetched_at,
        run_id=ctx.run_id,
        pipeline_version=ctx.pipeline_version,
        changes=[ChangeRow(**c.as_dict()) for c in changes],
    )


def reject(raw: RawRecord, ctx: RunContext, rej: Rejection, changes: list[Change] | None = None) -> Reject:
    return Reject(
        input_ref=raw.input_ref,
        stage=rej.stage,
        reason=rej.reason,
        detail=rej.detail,
        raw=raw.body,
        provenance=provenance(raw, ctx, changes or []),
    )


def draft_record(raw: RawRecord, ctx: RunContext) -> Draft | Reject:
    """Phase 1. A :class:`Rejection` anywhere becomes a Reject row."""
    changes: list[Change] = []
    try:
        return _draft(raw, changes, ctx.limits)
    except Rejection as rej:
        return reject(raw, ctx, rej, changes)


def _draft(raw: RawRecord, changes: list[Change], limits: Limits = DEFAULT_LIMITS) -> Draft:
    changes += [Change("read", rule, detail) for rule, detail in raw.read_notes]
    if len(raw.body) > limits.max_record_bytes:
        raise Rejection("read", "too_large", f"{len(raw.body)} bytes, more than {limits.max_record_bytes} (--max-record-bytes)")
    text, ch = encoding.decode_bytes(raw.body, raw.charset)
    changes += ch
    if len(text) > limits.max_text_chars:
        raise Rejection("decode", "too_large", f"{len(text)} characters, more than {limits.max_text_chars} (--max-text-chars)")
    url, ch = urls.canonical_url(raw.url)
    changes += ch
    draft = Draft(raw=raw, text="", source="", url=url, title=raw.title, changes=changes)
    # HTML in a text field or file: a page is extracted, a fragment's tags are stripped;
    # plain text in an html field is read as text
    text, is_page, ch = boilerplate.read_body(text, raw.kind)
    changes += ch
    if is_page:
        # the fetch day (plus a day for time zones ahead of UTC) bounds the page's publication date
        latest = (raw.fetched_at + dt.timedelta(days=1)).date() if raw.fetched_at else None
        ex = boilerplate.extract_html(text, url, latest_date=latest)
        changes += ex.changes
        text = ex.text
        draft.title = draft.title or ex.title
        draft.authors, ch = authors.clean_authors(ex.authors, ex.sitename)
        changes += ch
        draft.page_date, draft.description = ex.date, ex.description
        draft.html_date, draft.copyright_year = ex.html_date, ex.copyright_year
        draft.publication = ex.sitename
        draft.url = url or urls.canonical_url(ex.url)[0]
    text, ch = encoding.fix_text(text)
    changes += ch
    text, ch = whitespace.normalize_whitespace(text)
    changes += ch
    before_residue = text
    residue = boilerplate.strip_residue(text)
    changes += residue.changes
    text = residue.text
    if not is_page:
        text = _take_title_line(draft, text)
        text, ch = boilerplate.trim_to_prose(text, before_residue=before_residue)  # a page's visible text: keep the main prose block
        changes += ch
    boilerplate.check_article(text, draft.title)  # an error page or interstitial is no article
    draft.text = text
    draft.byline_date = residue.byline_date
    draft.publication = residue.publication or draft.publication
    draft.source = raw.source or urls.domain(draft.url) or draft.publication or "unknown"
    draft.title, ch = titles.clean_title(draft.title, urls.domain(draft.url), draft.publication)
    changes += ch
    return draft


def _take_title_line(draft: Draft, text: str) -> str:
    """Already-extracted text often starts with its headline: move it to ``title``."""
    first_line, body = boilerplate.split_title(text)
    if not first_line:
        return text
    if draft.title and draft.title.strip() != first_line:
        return text  # the metadata title is something else: the line is body text
    draft.title = first_line
    draft.changes.append(Change("boilerplate", "title_line", first_line))
    # the headline printed twice (page header and article header): the copy goes too
    while True:
        line, _, rest = body.lstrip("\n").partition("\n")
        if not rest.strip() or not _same_headline(line.strip(), first_line):
            return body
        draft.changes.append(Change("boilerplate", "title_line", line.strip()))
        body = rest.lstrip("\n")


def _same_headline(a: str, b: str) -> bool:
    """Two lines are one headline: equal up to case and punctuation, or one is the other cut
    short with an ellipsis ("Rihanna mourns cousin's death, calls an end to gun...")."""
    fa, fb = (" ".join(re.findall(r"\w+", x.casefold())) for x in (a, b))
    if fa == fb:
        return bool(fa)
    short, full = (a, fb) if len(fa) < len(fb) else (b, fa)
    cut = " ".join(re.findall(r"\w+", short.casefold()))
    return short.rstrip().endswith(("...", "…")) and len(cut) >= 20 and full.startswith(cut)


def finish_record(draft: Draft, ctx: RunContext, learned: frozenset[str] = frozenset()) -> Article | Reject:
    """Phase 2: learned residue, dates, names, language, content hash."""
    raw, changes = draft.raw, list(draft.changes)
    text, ch = boilerplate.strip_learned(draft.text, learned)
    changes += ch
    if not text.strip():
        return reject(raw, ctx, Rejection("boilerplate", "empty_after_cleaning", "nothing left once residue was removed"), changes)

    pub = dates.publication_date(
        metadata=raw.published_at,
        page=draft.page_date,
        byline=draft.byline_date,
        url=draft.url,
        fetched_at=raw.fetched_at,
        htmldate=draft.html_date,
        copyright_year=draft.copyright_year,
    )
    changes += pub.changes
    lang, confidence = language.detect_language(text)
    anchor = pub.date or (raw.fetched_at.date() if raw.fetched_at else None)
    if anchor is not None and not MIN_YEAR <= anchor.year <= MAX_YEAR:
        # relative dates ("yesterday", "Monday") are resolved by adding days to
        # the anchor: at the calendar's edge that overflows, and such an anchor
        # is damaged metadata anyway
        changes.append(Change("dates", "anchor_out_of_range", f"{anchor.isoformat()}: relative dates left unresolved"))
        anchor = None
    spans = dates.find_dates(text, anchor, anchor_is_fetch=pub.date is None, language=lang)
    # the detected language and the headline help the names stage
    persons, mentions = names.find_persons(text, anchor, ctx.gazetteer, title=draft.title, language=lang, model=ctx.names_model)

    return Article(
        article_id=article_id(raw),
        input_ref=raw.input_ref,
        url=draft.url,
        source=draft.source,
        title=draft.title,
        authors=draft.authors,
        text=text,
        language=lang,
        language_confidence=confidence,
        published_date=pub.date,
        published_date_source=pub.source,
        published_date_flags=pub.flags,
        description=draft.description,
        publication=draft.publication,
        persons=persons,
        person_mentions=[
            PersonMention(surface=m.surface, canonical=m.canonical, start=m.start, end=m.end, flags=list(m.flags))
            for m in mentions
        ],
        dates_mentioned=[
            DateMention(text=s.text, date=s.date, start=s.start, end=s.end, granularity=s.granularity, flags=list(s.flags))
            for s in spans
        ],
        content_hash=content_hash(text),
        provenance=provenance(raw, ctx, changes),
    )


def clean_record(raw: RawRecord, ctx: RunContext, learned: frozenset[str] = frozenset()) -> Article | Reject:
    """Both phases for one record (``newsclean clean``, tests)."""
    draft = draft_record(raw, ctx)
    if isinstance(draft, Reject):
        return draft
    return finish_record(draft, ctx, learned)

