"""The commit step: decide duplicates across the run and the dataset, then write it all at once.

Plain functions (the flow wraps them in a task). Everything is staged and then
moved into place by :func:`flows.storage.commit`.
"""
from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from newsclean.cleaners import names
from newsclean.cleaners.dedup import deduplicate, doc_from_article
from newsclean.store import dedup_index as dedup_store
from newsclean.batch import DraftBatch
from newsclean.store.ledger import LEDGER, files_table, load_ledger, records_table
from newsclean.store.residue import RESIDUE, SourceStats, stats_tables
from newsclean.store import commit, read_pickle, write_json_atomic, write_parquet_atomic
from newsclean.schemas.arrow import ARTICLE_SCHEMA, DUPLICATE_SCHEMA, REJECT_SCHEMA, to_table
from newsclean.schemas.models import Article, Duplicate, Reject

TOP_N = 10  # rows shown in the run report's top lists


def _resolve_names(articles: list[Article]) -> None:
    """Cross-document variant clustering of person names (for people not in the gazetteer)."""
    resolve = getattr(names, "resolve_across_documents", None)
    if resolve is None or not articles:
        return
    docs = [[names.Mention(m.surface, m.canonical, m.start, m.end, list(m.flags)) for m in a.person_mentions] for a in articles]
    for art, mentions in zip(articles, resolve(docs)):
        for row, m in zip(art.person_mentions, mentions):
            row.canonical, row.flags = m.canonical, list(m.flags)
        art.persons = names.persons_of(mentions)


def commit_run(
    out: Path,
    stage: Path,
    *,
    run_id: str,
    n_batches: int,
    run_stats: SourceStats,
    manifest_base: dict,
    timings: dict[str, float],
    started: float,
) -> dict:
    t0 = time.time()
    ledger = load_ledger(out)
    per_batch_articles: list[list[Article]] = []
    rejects: list[Reject] = []
    files_rows: list[dict] = []
    out_of_range = 0
    skipped: Counter = Counter()
    for n in range(n_batches):
        meta: DraftBatch = read_pickle(stage / f"meta-{n:05d}.pkl")
        rejects += meta.rejects
        files_rows += meta.files
        out_of_range += meta.out_of_range
        skipped.update(meta.skipped)
        arts = []
        for row in read_pickle(stage / f"rows-{n:05d}.pkl"):
            (arts if isinstance(row, Article) else rejects).append(row)
        per_batch_articles.append(arts)

    # idempotent commit: a record already in the ledger is never written again
    seen = ledger.records
    already = 0

    def fresh(ref: str, sha: str) -> bool:
        nonlocal already
        if (ref, sha) in seen:
            already += 1
            return False
        return True

    per_batch_articles = [[a for a in arts if fresh(a.input_ref, a.provenance.raw_sha256)] for arts in per_batch_articles]
    rejects = [r for r in rejects if fresh(r.input_ref, r.provenance.raw_sha256)]
    articles = [a for arts in per_batch_articles for a in arts]
    _resolve_names(articles)

    # deduplicate against the dataset's index and within the run
    index = dedup_store.load_index(out)
    docs = [doc_from_article(a, i) for i, a in enumerate(articles)]
    result = deduplicate(docs, index)
    verdicts = result.verdicts
    duplicates: list[Duplicate] = []
    for a in articles:
        v = verdicts.get(a.article_id)
        if v is None:
            continue
        duplicates.append(
            Duplicate(
                input_ref=a.input_ref,
                duplicate_of=v.duplicate_of,
                similarity=v.similarity,
                method=v.method,
                url=a.url,
                source=a.source,
                title=a.title,
                content_hash=a.content_hash,
                provenance=a.provenance,
            )
        )
    skip_ids = set(verdicts) | set(getattr(result, "already_indexed", ()) or ())
    per_batch_articles = [[a for a in arts if a.article_id not in skip_ids] for arts in per_batch_articles]
    timings["dedup"] = time.time() - t0

    # stage every file, then commit them together
    files: list[str] = []

    def put(table, rel: str) -> None:
        if table.num_rows:
            write_parquet_atomic(table, stage / rel)
            files.append(rel)

    for n, arts in enumerate(per_batch_articles):
        put(to_table(arts, ARTICLE_SCHEMA), f"articles/part-{run_id}-{n:05d}.parquet")
    put(to_table(duplicates, DUPLICATE_SCHEMA), f"duplicates/part-{run_id}.parquet")
    put(to_table(rejects, REJECT_SCHEMA), f"rejects/part-{run_id}.parquet")
    put(dedup_store.index_table(result), f"_index/dedup/part-{run_id}.parquet")
    written = [a for arts in per_batch_articles for a in arts]
    ledger_rows = (
        [{"input_ref": a.input_ref, "raw_sha256": a.provenance.raw_sha256, "table": "articles", "run_id": run_id} for a in written]
        + [{"input_ref": d.input_ref, "raw_sha256": d.provenance.raw_sha256, "table": "duplicates", "run_id": run_id} for d in duplicates]
        + [{"input_ref": r.input_ref, "raw_sha256": r.provenance.raw_sha256, "table": "rejects", "run_id": run_id} for r in rejects]
    )
    put(records_table(ledger_rows), f"{LEDGER}/records-{run_id}.parquet")
    put(files_table([{**f, "run_id": run_id} for f in files_rows]), f"{LEDGER}/files-{run_id}.parquet")
    lines_t, sources_t = stats_tables(run_stats)
    put(lines_t, f"{RESIDUE}/lines-{run_id}.parquet")
    put(sources_t, f"{RESIDUE}/sources-{run_id}.parquet")

    rules = Counter(f"{c.step}:{c.rule}" for row in (*written, *duplicates, *rejects) for c in row.provenance.changes)
    reasons = Counter(f"{r.stage}:{r.reason}" for r in rejects)
    timings["commit"] = time.time() - t0 - timings["dedup"]
    summary = {
        **manifest_base,
        "counts": {
            "read": len(written) + len(duplicates) + len(rejects),
            "articles": len(written),
            "duplicates": len(duplicates),
            "rejects": len(rejects),
            "already_ingested": already + len(getattr(result, "already_indexed", ()) or ()),
            "out_of_range": out_of_range,
            "skipped_records": sum(skipped.values()),
        },
        "skipped_records_by_reason": dict(skipped.most_common()),
        "duplicates_by_method": dict(Counter(d.method for d in duplicates)),
        "reject_reasons": dict(reasons.most_common()),
        "rules": dict(rules.most_common()),
        "timings_s": {k: round(v, 3) for k, v in timings.items()},
        "finished_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "duration_s": round(time.time() - started, 3),
        "top_n": TOP_N,
    }
    write_json_atomic(summary, stage / f"_runs/{run_id}.json")
    files.append(f"_runs/{run_id}.json")
    commit(out, run_id, files)
    return summary
