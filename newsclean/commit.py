"""Dedup and write: decide duplicates across the run and the dataset, then commit it all at once.

The commit streams the run's batches twice, so its memory does not grow with
the run: only compact keys of every article are held (ids, hashes, MinHash
signatures, name forms), never the articles themselves.

Pass 1, **keys** (one batch in memory at a time):

1. :func:`read_articles`: one batch's articles-to-be (its ``rows-n`` file);
2. :func:`is_fresh`: a record the ledger holds is never written twice;
3. :func:`collect_keys`: per fresh article its :func:`dedup keys <newsclean.cleaners.dedup.doc_keys>`
   and the full forms of its people outside the gazetteer (:class:`~newsclean.cleaners.names.NameForms`).

Decisions, on the keys only:

4. :func:`decide_duplicates`: exact and near duplicates against the run and the dedup index;
   :func:`keep_new_versions`: a changed input is a new version of its article, never its near duplicate;
   the cross-document name resolution (:meth:`NameForms.resolution <newsclean.cleaners.names.NameForms.resolution>`).

Pass 2, **write** (one batch in memory at a time):

5. :func:`read_batch` and :func:`drop_already_ingested`; :func:`apply_decisions`: the batch's articles
   (names resolved, ``supersedes`` set) and duplicate rows; :func:`write_batch` appends them, its
   rejects and its ledger rows to ONE part per table per run (:class:`~newsclean.store.parts.PartWriter`,
   a new part past 128 MB) staged under ``_staging/<run_id>/``;
6. :func:`finish_parts`: the index and residue parts, and an empty part for a table that has none yet
   (so every table always exists); :func:`build_manifest`: counts, per-rule and per-reason tallies, timings;
7. :func:`commit_run`: all of the above, then :func:`newsclean.store.commit` moves the files into place
   (a run that planned no file writes nothing at all).
"""
from __future__ import annotations

import shutil
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np

from newsclean.batch import DraftBatch
from newsclean.cleaners import names
from newsclean.cleaners.dedup import NUM_PERM, DedupDoc, DedupIndex, DedupResult, deduplicate, doc_keys, sign
from newsclean.schemas.arrow import ARTICLE_SCHEMA, DUPLICATE_SCHEMA, REJECT_SCHEMA, TABLE_SCHEMAS, empty_table, to_table
from newsclean.schemas.describe import schema_document
from newsclean.schemas.models import Article, Duplicate, Reject
from newsclean.schemas.run import RunCounts, RunManifest
from newsclean.store import commit, dedup_index, layout, read_parts, read_pickle, write_json_atomic, write_parquet_atomic
from newsclean.store.ledger import FILES_SCHEMA, RECORDS_SCHEMA, Ledger, files_table, load_ledger, records_table
from newsclean.store.parts import TARGET_PART_BYTES, PartWriter
from newsclean.store.residue import SourceStats, stats_tables

TOP_N = 10  # rows shown in the run report's top lists


# --------------------------------------------------------------------------- reading one batch


@dataclass(slots=True)
class BatchRows:
    """What one batch produced, as the commit sees it (only one batch is ever held)."""

    articles: list[Article] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    file_rows: list[dict] = field(default_factory=list)  # ledger rows of fully read files
    out_of_range: int = 0
    skipped: Counter = field(default_factory=Counter)


def read_articles(stage: Path, n: int) -> list[Article]:
    """Pass 1: the articles-to-be of batch ``n`` (its ``rows-n`` file; the rejects there are left for pass 2)."""
    return [row for row in read_pickle(stage / layout.rows_file(n)) if isinstance(row, Article)]


def read_batch(stage: Path, n: int) -> BatchRows:
    """Pass 2: everything batch ``n`` staged (``meta-n`` and ``rows-n``); rejects of phase 1 first, then of phase 2."""
    meta: DraftBatch = read_pickle(stage / layout.meta_file(n))
    batch = BatchRows(rejects=list(meta.rejects), file_rows=meta.files, out_of_range=meta.out_of_range, skipped=meta.skipped)
    for row in read_pickle(stage / layout.rows_file(n)):
        (batch.articles if isinstance(row, Article) else batch.rejects).append(row)
    return batch


def is_fresh(row: Article | Reject, ledger: Ledger) -> bool:
    """False for a record the ledger says already landed in a table (same ``input_ref``, same bytes)."""
    return (row.input_ref, row.provenance.raw_sha256) not in ledger.records


def drop_already_ingested(batch: BatchRows, ledger: Ledger) -> int:
    """Remove the batch's records that the ledger says already landed in a table; returns how many."""
    before = len(batch.articles) + len(batch.rejects)
    batch.articles = [a for a in batch.articles if is_fresh(a, ledger)]
    batch.rejects = [r for r in batch.rejects if is_fresh(r, ledger)]
    return before - len(batch.articles) - len(batch.rejects)


# --------------------------------------------------------------------------- pass 1: keys


@dataclass(slots=True)
class RunKeys:
    """What the decisions need of the run's fresh articles, in run order; no text, no article object.

    docs:   one :class:`~newsclean.cleaners.dedup.DedupDoc` per fresh article (``text`` empty, ``signature`` set)
    names:  the full forms of people outside the gazetteer, counted over the run
    refs:   (input_ref, article_id) of the articles whose input already has an article (new versions)
    """

    docs: list[DedupDoc] = field(default_factory=list)
    names: names.NameForms = field(default_factory=names.NameForms)
    refs: list[tuple[str, str]] = field(default_factory=list)


def mentions_of(article: Article) -> list[names.Mention]:
    return [names.Mention(m.surface, m.canonical, m.start, m.end, list(m.flags)) for m in article.person_mentions]


def collect_keys(
    keys: RunKeys, articles: list[Article], index: DedupIndex, previous: dict[str, list[str]] | None = None
) -> None:
    """Pass 1, one batch: add the keys of ``articles`` (fresh, in run order) to ``keys``.

    Only articles the index does not hold are signed (MinHash); the others are
    never judged again, their signature is not read.
    """
    todo = [i for i, a in enumerate(articles) if a.article_id not in index.position]
    sig = np.zeros((len(articles), NUM_PERM), dtype=np.uint16)
    sizes = np.zeros(len(articles), dtype=np.uint32)
    if todo:
        sig[todo], sizes[todo] = sign([articles[i].text for i in todo])
    previous = previous or {}
    for i, art in enumerate(articles):
        keys.docs.append(doc_keys(art, len(keys.docs), sig[i], int(sizes[i])))
        keys.names.add(mentions_of(art))
        if art.input_ref in previous:
            keys.refs.append((art.input_ref, art.article_id))


# --------------------------------------------------------------------------- decisions


@dataclass(slots=True)
class DedupOutcome:
    result: DedupResult
    # article ids that are not written as articles: duplicates, and ids the index already holds
    not_articles: set[str]


def decide_duplicates(docs: list[DedupDoc], index: DedupIndex) -> DedupOutcome:
    """Exact and near duplicates of each other and of the index (see :mod:`newsclean.cleaners.dedup`)."""
    result = deduplicate(docs, index)
    return DedupOutcome(result, set(result.verdicts) | set(result.already_indexed))


def previous_versions(out: Path) -> dict[str, list[str]]:
    """input_ref -> the article_ids already in ``articles/`` for it, oldest first (parts are named by run id, a UTC timestamp)."""
    table = read_parts(Path(out) / layout.ARTICLES, columns=["input_ref", "article_id"])
    versions: dict[str, list[str]] = {}
    if table is not None:
        for ref, aid in zip(table.column("input_ref").to_pylist(), table.column("article_id").to_pylist()):
            versions.setdefault(ref, []).append(aid)
    return versions


@dataclass(slots=True)
class Versions:
    """What :func:`keep_new_versions` decided.

    promoted:    input_refs whose near duplicate of an earlier version became a new version
    supersedes:  article_id -> the latest earlier version of its input
    """

    promoted: set[str] = field(default_factory=set)
    supersedes: dict[str, str] = field(default_factory=dict)


def keep_new_versions(refs: Iterable[tuple[str, str]], outcome: DedupOutcome, previous: dict[str, list[str]]) -> Versions:
    """A changed input (same ``input_ref``, new bytes) is a new version of its article.

    The rule (README "Article versions"): a record whose ``input_ref`` already has
    an article and whose text is a *near* duplicate of one of those earlier
    versions is written to ``articles`` as a new version, not to ``duplicates``;
    every new article of an ``input_ref`` that already has one gets
    ``supersedes`` = the latest earlier version. An *exact* duplicate of its own
    earlier version (the bytes changed, the normalized text did not) stays a
    duplicate: its text is already in ``articles``. Copies of other inputs are
    judged as before. ``refs``: (input_ref, article_id) of the run's articles, in
    run order (those without an earlier version may be left out).
    """
    out = Versions()
    if not previous:
        return out
    verdicts = outcome.result.verdicts
    entries = outcome.result.new_entries
    row_of = {aid: i for i, aid in enumerate(entries.article_ids)}
    for ref, aid in refs:
        olds = previous.get(ref)
        if not olds or aid in olds:
            continue
        v = verdicts.get(aid)
        if v is not None and v.method == "near" and v.duplicate_of in olds:
            del verdicts[aid]
            outcome.not_articles.discard(aid)
            if aid in row_of:  # later copies of the new text land on the new version
                entries.representatives[row_of[aid]] = aid
            out.promoted.add(ref)
        if aid not in verdicts:
            out.supersedes[aid] = olds[-1]
    return out


@dataclass(slots=True)
class Decisions:
    """Everything pass 2 applies: names, duplicates, versions."""

    names: names.CrossDocumentNames
    outcome: DedupOutcome
    versions: Versions


def decide(keys: RunKeys, index: DedupIndex, previous: dict[str, list[str]]) -> Decisions:
    """Decisions on the keys only: duplicates, then new versions, and the cross-document names."""
    outcome = decide_duplicates(keys.docs, index)
    versions = keep_new_versions(keys.refs, outcome, previous)
    return Decisions(keys.names.resolution(), outcome, versions)


# --------------------------------------------------------------------------- pass 2: write


def resolve_names(article: Article, resolution: names.CrossDocumentNames) -> None:
    """Cross-document variant clustering of person names (people not in the gazetteer), on one article."""
    if not article.person_mentions:
        return
    mentions = resolution.apply(mentions_of(article))
    for row, m in zip(article.person_mentions, mentions):
        row.canonical, row.flags = m.canonical, list(m.flags)
    article.persons = names.persons_of(mentions)


def duplicate_row(article: Article, duplicate_of: str, similarity: float, method: Literal["exact", "near"]) -> Duplicate:
    return Duplicate(
        input_ref=article.input_ref,
        duplicate_of=duplicate_of,
        similarity=similarity,
        method=method,
        url=article.url,
        source=article.source,
        title=article.title,
        content_hash=article.content_hash,
        provenance=article.provenance,
    )


def apply_decisions(articles: list[Article], decisions: Decisions) -> tuple[list[Article], list[Duplicate]]:
    """Pass 2, one batch: its fresh articles as (articles to write, duplicate rows), in run order."""
    verdicts = decisions.outcome.result.verdicts
    not_articles = decisions.outcome.not_articles
    promoted, supersedes = decisions.versions.promoted, decisions.versions.supersedes
    written: list[Article] = []
    duplicates: list[Duplicate] = []
    for art in articles:
        resolve_names(art, decisions.names)
        aid = art.article_id
        if aid in supersedes:
            art.supersedes = supersedes[aid]
        v = verdicts.get(aid)
        if v is not None and art.input_ref not in promoted:  # a run reads each input record once
            duplicates.append(duplicate_row(art, v.duplicate_of, v.similarity, v.method))
        if aid not in not_articles:
            written.append(art)
    return written, duplicates


def ledger_rows(run_id: str, articles: list[Article], duplicates: list[Duplicate], rejects: list[Reject]) -> list[dict]:
    """One ``_ledger/records`` row per record that lands in a table."""
    return [
        {"input_ref": r.input_ref, "raw_sha256": r.provenance.raw_sha256, "table": table, "run_id": run_id}
        for table, group in ((layout.ARTICLES, articles), (layout.DUPLICATES, duplicates), (layout.REJECTS, rejects))
        for r in group
    ]


@dataclass(slots=True)
class Tally:
    """What the commit counted while writing (the manifest's numbers)."""

    articles: int = 0
    duplicates: int = 0
    rejects: int = 0
    already: int = 0  # records the ledger already held
    out_of_range: int = 0
    skipped: Counter = field(default_factory=Counter)
    methods: Counter = field(default_factory=Counter)
    reasons: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)

    def add(self, articles: list[Article], duplicates: list[Duplicate], rejects: list[Reject]) -> None:
        self.articles += len(articles)
        self.duplicates += len(duplicates)
        self.rejects += len(rejects)
        self.methods.update(d.method for d in duplicates)
        self.reasons.update(f"{r.stage}:{r.reason}" for r in rejects)
        for group in (articles, duplicates, rejects):
            for row in group:
                self.rules.update(f"{c.step}:{c.rule}" for c in row.provenance.changes)


class RunWriters:
    """The run's table and ledger parts, open while pass 2 streams (see :class:`~newsclean.store.parts.PartWriter`)."""

    def __init__(self, stage: Path, run_id: str, target_bytes: int = TARGET_PART_BYTES) -> None:
        def table(name: str) -> PartWriter:
            return PartWriter(stage, lambda n: layout.table_part(name, run_id, n), TABLE_SCHEMAS[name], target_bytes)

        def ledger(kind: str, schema) -> PartWriter:
            return PartWriter(stage, lambda n: layout.ledger_part(kind, run_id, n), schema, target_bytes)

        self.run_id = run_id
        self.tables = {name: table(name) for name in TABLE_SCHEMAS}
        self.records = ledger("records", RECORDS_SCHEMA)
        self.files = ledger("files", FILES_SCHEMA)

    def all(self) -> list[PartWriter]:
        return [*self.tables.values(), self.records, self.files]

    def close(self) -> list[str]:
        return [rel for w in self.all() for rel in w.close()]

    def abort(self) -> None:
        for w in self.all():
            w.abort()


def write_batch(
    writers: RunWriters, articles: list[Article], duplicates: list[Duplicate], rejects: list[Reject], file_rows: list[dict]
) -> None:
    """Pass 2, one batch: append its rows to the run's parts (one row group per batch and table)."""
    writers.tables[layout.ARTICLES].write(to_table(articles, ARTICLE_SCHEMA))
    writers.tables[layout.DUPLICATES].write(to_table(duplicates, DUPLICATE_SCHEMA))
    writers.tables[layout.REJECTS].write(to_table(rejects, REJECT_SCHEMA))
    writers.records.write(records_table(ledger_rows(writers.run_id, articles, duplicates, rejects)))
    writers.files.write(files_table([{**f, "run_id": writers.run_id} for f in file_rows]))


def finish_parts(
    stage: Path,
    run_id: str,
    tally: Tally,
    outcome: DedupOutcome,
    run_stats: SourceStats,
    tables_present: frozenset[str] = frozenset(layout.TABLE_DIRS),
) -> list[str]:
    """After pass 2: the index and residue parts, and empty table parts; returns their relative paths.

    A table in none of ``tables_present`` (the tables that already have a part)
    and with no rows in this run gets an empty part with its schema, so
    ``articles/``, ``duplicates/`` and ``rejects/`` always exist and every reader
    (DuckDB, polars, pandas) can open them.
    """
    files: list[str] = []

    def put(table, rel: str) -> None:
        if table.num_rows:
            write_parquet_atomic(table, stage / rel)
            files.append(rel)

    written = {layout.ARTICLES: tally.articles, layout.DUPLICATES: tally.duplicates, layout.REJECTS: tally.rejects}
    for name, schema in TABLE_SCHEMAS.items():
        if name not in tables_present and not written[name]:
            rel = layout.table_part(name, run_id)
            write_parquet_atomic(empty_table(schema), stage / rel)
            files.append(rel)
    put(dedup_index.index_table(outcome.result), layout.index_part(run_id))
    lines_t, sources_t = stats_tables(run_stats)
    put(lines_t, layout.residue_part("lines", run_id))
    put(sources_t, layout.residue_part("sources", run_id))
    return files


def build_manifest(base: RunManifest, tally: Tally, outcome: DedupOutcome) -> RunManifest:
    """The manifest of the run: ``base`` (settings) plus what the commit counted."""
    return base.model_copy(
        update={
            "counts": RunCounts(
                read=tally.articles + tally.duplicates + tally.rejects,
                articles=tally.articles,
                duplicates=tally.duplicates,
                rejects=tally.rejects,
                already_ingested=tally.already + len(outcome.result.already_indexed),
                out_of_range=tally.out_of_range,
                skipped_records=sum(tally.skipped.values()),
            ),
            "skipped_records_by_reason": dict(tally.skipped.most_common()),
            "duplicates_by_method": dict(tally.methods),
            "reject_reasons": dict(tally.reasons.most_common()),
            "rules": dict(tally.rules.most_common()),
            "top_n": TOP_N,
        }
    )


# --------------------------------------------------------------------------- the whole commit


def stream_keys(stage: Path, n_batches: int, ledger: Ledger, index: DedupIndex, previous: dict[str, list[str]]) -> RunKeys:
    """Pass 1: the keys of every fresh article of the run, one batch read at a time."""
    keys = RunKeys()
    for n in range(n_batches):
        collect_keys(keys, [a for a in read_articles(stage, n) if is_fresh(a, ledger)], index, previous)
    return keys


def stream_rows(
    stage: Path, n_batches: int, run_id: str, ledger: Ledger, decisions: Decisions, target_bytes: int = TARGET_PART_BYTES
) -> tuple[list[str], Tally]:
    """Pass 2: apply the decisions batch by batch and append the rows to the run's parts."""
    tally = Tally()
    writers = RunWriters(stage, run_id, target_bytes)
    try:
        for n in range(n_batches):
            batch = read_batch(stage, n)
            tally.already += drop_already_ingested(batch, ledger)
            tally.out_of_range += batch.out_of_range
            tally.skipped.update(batch.skipped)
            articles, duplicates = apply_decisions(batch.articles, decisions)
            write_batch(writers, articles, duplicates, batch.rejects, batch.file_rows)
            tally.add(articles, duplicates, batch.rejects)
    except BaseException:
        writers.abort()
        raise
    return writers.close(), tally


def commit_run(
    out: Path,
    stage: Path,
    *,
    run_id: str,
    n_batches: int,
    run_stats: SourceStats,
    base: RunManifest,
    timings: dict[str, float],
    started: float,
    target_bytes: int = TARGET_PART_BYTES,
) -> RunManifest:
    """The whole commit of run ``run_id`` whose ``n_batches`` batches are staged in ``stage``."""
    t0 = time.time()
    ledger, index, previous = load_ledger(out), dedup_index.load_index(out), previous_versions(out)
    keys = stream_keys(stage, n_batches, ledger, index, previous)
    decisions = decide(keys, index, previous)
    del keys
    timings["dedup"] = time.time() - t0
    files, tally = stream_rows(stage, n_batches, run_id, ledger, decisions, target_bytes)
    files += finish_parts(stage, run_id, tally, decisions.outcome, run_stats, tables_present(out))
    manifest = build_manifest(base, tally, decisions.outcome)
    manifest.counts.new_versions = len(decisions.versions.promoted)
    timings["commit"] = time.time() - t0 - timings["dedup"]
    manifest = manifest.model_copy(
        update={
            "timings_s": {k: round(v, 3) for k, v in timings.items()},
            "finished_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "duration_s": round(time.time() - started, 3),
        }
    )
    if base.files_planned == 0 and not files:
        # a run that found nothing new leaves no trace in the dataset (a schedule would pile up manifests)
        shutil.rmtree(stage, ignore_errors=True)
        return manifest
    write_json_atomic(manifest.model_dump(mode="json"), stage / layout.manifest_file(run_id))
    files.append(layout.manifest_file(run_id))
    commit(out, run_id, files)
    write_schema_file(out)
    return manifest


def tables_present(out: Path) -> frozenset[str]:
    """The tables that already hold at least one committed part (empty or not)."""
    return frozenset(
        t for t in layout.TABLE_DIRS
        if (Path(out) / t).is_dir() and any(not p.name.startswith((".", "_")) for p in (Path(out) / t).glob("*.parquet"))
    )


def write_schema_file(out: Path) -> None:
    """``OUTPUT/_schema.json``: the contract this build writes (rewritten by every commit; derived, never edited)."""
    write_json_atomic(schema_document(), Path(out) / layout.SCHEMA_FILE)
