"""Dedup and write: decide duplicates across the run and the dataset, then commit it all at once.

Named stages, each a plain function tested on tiny inputs:

1. :func:`gather`: the batches' staged results (articles-to-be, rejects, ledger rows, counters);
2. :func:`drop_already_ingested`: a record the ledger holds is never written twice;
3. :func:`resolve_names`: cross-document person-name clustering;
4. :func:`decide_duplicates`: exact and near duplicates against the run and the dedup index;
   :func:`keep_new_versions`: a changed input is a new version of its article, never its near duplicate;
5. :func:`stage_files`: every table, ledger, index and residue part (one per run) staged under ``_staging/<run_id>/``
   (and an empty part for a table that has none yet, so every table always exists);
6. :func:`build_manifest`: counts, per-rule and per-reason tallies, timings;
7. :func:`commit_run`: all of the above, then :func:`newsclean.store.commit` moves the files into place
   (a run that planned no file writes nothing at all).
"""
from __future__ import annotations

import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pyarrow as pa

from newsclean.batch import DraftBatch
from newsclean.cleaners import names
from newsclean.cleaners.dedup import DedupIndex, DedupResult, deduplicate, doc_from_article
from newsclean.schemas.arrow import ARTICLE_SCHEMA, DUPLICATE_SCHEMA, REJECT_SCHEMA, TABLE_SCHEMAS, empty_table, to_table
from newsclean.schemas.describe import schema_document
from newsclean.schemas.models import Article, Duplicate, Reject
from newsclean.schemas.run import RunCounts, RunManifest
from newsclean.store import commit, dedup_index, layout, read_parts, read_pickle, write_json_atomic, write_parquet_atomic
from newsclean.store.ledger import Ledger, files_table, load_ledger, records_table
from newsclean.store.residue import SourceStats, stats_tables

TOP_N = 10  # rows shown in the run report's top lists


@dataclass(slots=True)
class RunRows:
    """Everything the batches of a run produced, as the commit sees it."""

    articles: list[list[Article]] = field(default_factory=list)  # per batch (one part file each)
    rejects: list[Reject] = field(default_factory=list)
    file_rows: list[dict] = field(default_factory=list)  # ledger rows of fully read files
    out_of_range: int = 0
    skipped: Counter = field(default_factory=Counter)

    def all_articles(self) -> list[Article]:
        return [a for arts in self.articles for a in arts]


@dataclass(slots=True)
class DedupOutcome:
    duplicates: list[Duplicate]
    result: DedupResult
    # article ids that are not written as articles: duplicates, and ids the index already holds
    not_articles: set[str]


def gather(stage: Path, n_batches: int) -> RunRows:
    """Stage 1: read back what the batch tasks staged (``meta-n`` and ``rows-n`` of every batch)."""
    rows = RunRows()
    for n in range(n_batches):
        meta: DraftBatch = read_pickle(stage / layout.meta_file(n))
        rows.rejects += meta.rejects
        rows.file_rows += meta.files
        rows.out_of_range += meta.out_of_range
        rows.skipped.update(meta.skipped)
        arts: list[Article] = []
        for row in read_pickle(stage / layout.rows_file(n)):
            (arts if isinstance(row, Article) else rows.rejects).append(row)
        rows.articles.append(arts)
    return rows


def drop_already_ingested(rows: RunRows, ledger: Ledger) -> int:
    """Stage 2: remove records the ledger says already landed in a table; returns how many."""
    seen = ledger.records

    def fresh(row: Article | Reject) -> bool:
        return (row.input_ref, row.provenance.raw_sha256) not in seen

    before = sum(map(len, rows.articles)) + len(rows.rejects)
    rows.articles = [[a for a in arts if fresh(a)] for arts in rows.articles]
    rows.rejects = [r for r in rows.rejects if fresh(r)]
    return before - sum(map(len, rows.articles)) - len(rows.rejects)


def resolve_names(articles: list[Article]) -> None:
    """Stage 3: cross-document variant clustering of person names (people not in the gazetteer)."""
    if not articles:
        return
    docs = [[names.Mention(m.surface, m.canonical, m.start, m.end, list(m.flags)) for m in a.person_mentions] for a in articles]
    for art, mentions in zip(articles, names.resolve_across_documents(docs)):
        for row, m in zip(art.person_mentions, mentions):
            row.canonical, row.flags = m.canonical, list(m.flags)
        art.persons = names.persons_of(mentions)


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


def decide_duplicates(articles: list[Article], index: DedupIndex) -> DedupOutcome:
    """Stage 4: exact and near duplicates of each other and of the index (see :mod:`newsclean.cleaners.dedup`)."""
    result = deduplicate([doc_from_article(a, i) for i, a in enumerate(articles)], index)
    duplicates = [
        duplicate_row(a, v.duplicate_of, v.similarity, v.method)
        for a in articles
        if (v := result.verdicts.get(a.article_id)) is not None
    ]
    return DedupOutcome(duplicates, result, set(result.verdicts) | set(result.already_indexed))


def previous_versions(out: Path) -> dict[str, list[str]]:
    """input_ref -> the article_ids already in ``articles/`` for it, oldest first (parts are named by run id, a UTC timestamp)."""
    table = read_parts(Path(out) / layout.ARTICLES, columns=["input_ref", "article_id"])
    versions: dict[str, list[str]] = {}
    if table is not None:
        for ref, aid in zip(table.column("input_ref").to_pylist(), table.column("article_id").to_pylist()):
            versions.setdefault(ref, []).append(aid)
    return versions


def keep_new_versions(articles: list[Article], outcome: DedupOutcome, previous: dict[str, list[str]]) -> int:
    """Stage 4b: a changed input (same ``input_ref``, new bytes) is a new version of its article.

    The rule (README "Article versions"): a record whose ``input_ref`` already has
    an article and whose text is a *near* duplicate of one of those earlier
    versions is written to ``articles`` as a new version, not to ``duplicates``;
    every new article of an ``input_ref`` that already has one gets
    ``supersedes`` = the latest earlier version. An *exact* duplicate of its own
    earlier version (the bytes changed, the normalized text did not) stays a
    duplicate: its text is already in ``articles``. Copies of other inputs are
    judged as before. Returns how many duplicates became versions.
    """
    if not previous:
        return 0
    verdicts = outcome.result.verdicts
    entries = outcome.result.new_entries
    row_of = {aid: i for i, aid in enumerate(entries.article_ids)}
    promoted: set[str] = set()
    for art in articles:
        olds = previous.get(art.input_ref)
        if not olds or art.article_id in olds:
            continue
        v = verdicts.get(art.article_id)
        if v is not None and v.method == "near" and v.duplicate_of in olds:
            del verdicts[art.article_id]
            outcome.not_articles.discard(art.article_id)
            if art.article_id in row_of:  # later copies of the new text land on the new version
                entries.representatives[row_of[art.article_id]] = art.article_id
            promoted.add(art.input_ref)
        if art.article_id not in verdicts:
            art.supersedes = olds[-1]
    if promoted:  # a run reads each input record once: input_ref names one row
        outcome.duplicates[:] = [d for d in outcome.duplicates if d.input_ref not in promoted]
    return len(promoted)


def ledger_rows(run_id: str, articles: list[Article], duplicates: list[Duplicate], rejects: list[Reject]) -> list[dict]:
    """One ``_ledger/records`` row per record that lands in a table."""
    return [
        {"input_ref": r.input_ref, "raw_sha256": r.provenance.raw_sha256, "table": table, "run_id": run_id}
        for table, group in ((layout.ARTICLES, articles), (layout.DUPLICATES, duplicates), (layout.REJECTS, rejects))
        for r in group
    ]


def stage_files(
    stage: Path,
    run_id: str,
    rows: RunRows,
    outcome: DedupOutcome,
    run_stats: SourceStats,
    tables_present: frozenset[str] = frozenset(layout.TABLE_DIRS),
) -> list[str]:
    """Stage 5: write every non-empty table, ledger, index and residue part; returns their relative paths.

    A table in none of ``tables_present`` (the tables that already have a part)
    and with no rows in this run gets an empty part with its schema, so
    ``articles/``, ``duplicates/`` and ``rejects/`` always exist and every reader
    (DuckDB, polars, pandas) can open them.
    """
    files: list[str] = []

    def put(table: pa.Table, rel: str) -> None:
        if table.num_rows:
            write_parquet_atomic(table, stage / rel)
            files.append(rel)

    for name, schema in TABLE_SCHEMAS.items():
        if name in tables_present:
            continue
        written = sum(map(len, rows.articles)) if name == layout.ARTICLES else len(
            outcome.duplicates if name == layout.DUPLICATES else rows.rejects
        )
        if not written:
            rel = layout.table_part(name, run_id)
            write_parquet_atomic(empty_table(schema), stage / rel)
            files.append(rel)

    # one part per table per run (not per batch): fewer, larger files; `newsclean compact` merges runs
    put(to_table(rows.all_articles(), ARTICLE_SCHEMA), layout.table_part(layout.ARTICLES, run_id))
    put(to_table(outcome.duplicates, DUPLICATE_SCHEMA), layout.table_part(layout.DUPLICATES, run_id))
    put(to_table(rows.rejects, REJECT_SCHEMA), layout.table_part(layout.REJECTS, run_id))
    put(dedup_index.index_table(outcome.result), layout.index_part(run_id))
    put(records_table(ledger_rows(run_id, rows.all_articles(), outcome.duplicates, rows.rejects)), layout.ledger_part("records", run_id))
    put(files_table([{**f, "run_id": run_id} for f in rows.file_rows]), layout.ledger_part("files", run_id))
    lines_t, sources_t = stats_tables(run_stats)
    put(lines_t, layout.residue_part("lines", run_id))
    put(sources_t, layout.residue_part("sources", run_id))
    return files


def build_manifest(base: RunManifest, rows: RunRows, outcome: DedupOutcome, already: int) -> RunManifest:
    """Stage 6: the manifest of the run: ``base`` (settings) plus what the commit counted."""
    written = rows.all_articles()
    dups, rejects = outcome.duplicates, rows.rejects
    rows_out: list[Article | Duplicate | Reject] = [*written, *dups, *rejects]
    rules = Counter(f"{c.step}:{c.rule}" for row in rows_out for c in row.provenance.changes)
    reasons = Counter(f"{r.stage}:{r.reason}" for r in rejects)
    return base.model_copy(
        update={
            "counts": RunCounts(
                read=len(written) + len(dups) + len(rejects),
                articles=len(written),
                duplicates=len(dups),
                rejects=len(rejects),
                already_ingested=already + len(outcome.result.already_indexed),
                out_of_range=rows.out_of_range,
                skipped_records=sum(rows.skipped.values()),
            ),
            "skipped_records_by_reason": dict(rows.skipped.most_common()),
            "duplicates_by_method": dict(Counter(d.method for d in dups)),
            "reject_reasons": dict(reasons.most_common()),
            "rules": dict(rules.most_common()),
            "top_n": TOP_N,
        }
    )


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
) -> RunManifest:
    """Stage 7: the whole commit of run ``run_id`` whose ``n_batches`` batches are staged in ``stage``."""
    t0 = time.time()
    rows = gather(stage, n_batches)
    already = drop_already_ingested(rows, load_ledger(out))
    articles = rows.all_articles()
    resolve_names(articles)
    outcome = decide_duplicates(articles, dedup_index.load_index(out))
    versions = keep_new_versions(articles, outcome, previous_versions(out))
    rows.articles = [[a for a in arts if a.article_id not in outcome.not_articles] for arts in rows.articles]
    timings["dedup"] = time.time() - t0
    files = stage_files(stage, run_id, rows, outcome, run_stats, tables_present(out))
    manifest = build_manifest(base, rows, outcome, already)
    manifest.counts.new_versions = versions
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
