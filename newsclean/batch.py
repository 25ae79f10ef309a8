"""Clean: the work of one batch, as plain functions (run in a worker process or on a Dask worker).

No Prefect here: the tasks in :mod:`newsclean.flows.clean_news` call these
through an executor (:mod:`newsclean.executor`), so they run wherever the task
runs. Inputs and outputs are paths and small typed reports
(:class:`BatchReport`); the documents themselves stay in the run's staging folder.
"""
from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsclean.cleaners import boilerplate
from newsclean.cleaners.change import Rejection
from newsclean.cleaners.pipeline import Draft, RunContext, draft_record, finish_record, reject
from newsclean.inputs import ReadFailure, read_path, sha256
from newsclean.inputs import Skipped
from newsclean.store.residue import SourceStats
from newsclean.plan import DateRange, FileItem, folder_date
from newsclean.store import layout, read_pickle, write_pickle_atomic
from newsclean.schemas.models import Article, RawRecord, Reject

# lines longer than this are article prose, never learned boilerplate: not counted
MAX_COUNTED_LINE_CHARS = 300


def record_date(raw: RawRecord, file_ref: str) -> dt.date | None:
    if raw.fetched_at:
        return raw.fetched_at.date()
    return folder_date(file_ref)


@dataclass(frozen=True, slots=True)
class BatchReport:
    """What a batch task hands back to the flow: counts, never documents."""

    batch: int
    files: int  # files read (phase 1), 0 in phase 2
    records: int  # records drafted or rejected (phase 1), rows finished (phase 2)
    pid: int  # the process that did the work (a pool worker, a Dask worker, or the flow's own)


@dataclass(slots=True)
class DraftBatch:
    drafts: list[Draft] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    stats: SourceStats = field(default_factory=dict)
    out_of_range: int = 0
    skipped: Counter = field(default_factory=Counter)  # records deliberately not read (WARC requests, ...), by reason
    files: list[dict] = field(default_factory=list)  # ledger rows of fully read files


def read_failure_reject(fail: ReadFailure, ctx: RunContext) -> Reject:
    raw = RawRecord(
        input_ref=fail.input_ref, kind="text", body=fail.raw or b"", raw_sha256=sha256(fail.raw or b"")
    )
    return reject(raw, ctx, Rejection("read", fail.reason, fail.detail)).model_copy(update={"raw": fail.raw})


def draft_files(items: list[FileItem], input_root: str, ctx: RunContext, window: DateRange) -> DraftBatch:
    """Read and run phase 1 over the files of a batch."""
    out = DraftBatch()
    root = Path(input_root)
    for item in items:
        skipped_any = False
        for rec in read_path(Path(item.path), root):
            if isinstance(rec, ReadFailure):
                out.rejects.append(read_failure_reject(rec, ctx))
                continue
            if isinstance(rec, Skipped):
                out.skipped[rec.reason] += 1
                continue
            if window and not window.contains(record_date(rec, item.file_ref)):
                out.out_of_range += 1
                skipped_any = True
                continue
            res = draft_record(rec, ctx)
            if isinstance(res, Reject):
                out.rejects.append(res)
            else:
                out.drafts.append(res)
        if not skipped_any:
            out.files.append(
                {"file_ref": item.file_ref, "size": item.size, "mtime_ns": item.mtime_ns, "file_sha256": item.sha256}
            )
    for d in out.drafts:
        n, lines = out.stats.get(d.source, (0, Counter()))
        lines.update(k for k in boilerplate.line_keys(d.text) if len(k) <= MAX_COUNTED_LINE_CHARS)
        out.stats[d.source] = (n + 1, lines)
    return out


def finish_drafts(drafts: list[Draft], ctx: RunContext, learned: dict[str, frozenset[str]]) -> list[Article | Reject]:
    return [finish_record(d, ctx, learned.get(d.source, frozenset())) for d in drafts]


# --- the same, by path (what a task ships to a worker) ------------------------------


def draft_to_path(items: list[FileItem], input_root: str, ctx: RunContext, window: DateRange, out_dir: str, n: int) -> BatchReport:
    """Phase 1 of batch ``n``; writes ``draft-n.pkl`` (drafts) and ``meta-n.pkl`` (the rest).

    Deterministic names: a retried task overwrites its own output, harmlessly.
    """
    batch = draft_files(items, input_root, ctx, window)
    n_drafts = len(batch.drafts)
    folder = Path(out_dir)
    write_pickle_atomic(batch.drafts, folder / layout.draft_file(n))
    batch.drafts = []
    write_pickle_atomic(batch, folder / layout.meta_file(n))
    return BatchReport(batch=n, files=len(items), records=n_drafts + len(batch.rejects), pid=os.getpid())


def finish_to_path(ctx: RunContext, learned: dict[str, frozenset[str]], out_dir: str, n: int) -> BatchReport:
    """Phase 2 of batch ``n``: ``draft-n.pkl`` to ``rows-n.pkl`` (articles-to-be and rejects)."""
    folder = Path(out_dir)
    drafts: list[Draft] = read_pickle(folder / layout.draft_file(n))
    rows = finish_drafts(drafts, ctx, learned)
    write_pickle_atomic(rows, folder / layout.rows_file(n))
    return BatchReport(batch=n, files=0, records=len(rows), pid=os.getpid())


__all__ = [
    "BatchReport",
    "DraftBatch",
    "draft_files",
    "draft_to_path",
    "finish_drafts",
    "finish_to_path",
    "read_failure_reject",
    "record_date",
]
