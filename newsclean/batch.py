"""The work of one batch, as plain functions (run in a process pool or on a Dask worker).

No Prefect here: the tasks in :mod:`flows.clean_news` call these, so they can
run wherever the task runs. Inputs and outputs are paths and small summaries.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsclean.cleaners import boilerplate
from newsclean.cleaners.change import Rejection
from newsclean.cleaners.pipeline import Draft, RunContext, draft_record, finish_record, reject
from newsclean.inputs import ReadFailure, read_path, sha256
from newsclean.inputs.warc import Skipped
from newsclean.store.residue import SourceStats
from newsclean.store import read_pickle, write_pickle_atomic
from newsclean.schemas.models import Article, RawRecord, Reject

# lines longer than this are article prose, never learned boilerplate: not counted
MAX_COUNTED_LINE_CHARS = 300

_DATE_FOLDER = re.compile(r"(?:^|/)(\d{4}-\d{2}-\d{2})(?:/|$)")


@dataclass(slots=True)
class FileItem:
    path: str  # absolute
    file_ref: str  # relative to the input root
    size: int
    mtime_ns: int
    sha256: str


@dataclass(slots=True)
class DateRange:
    since: dt.date | None = None
    until: dt.date | None = None

    def __bool__(self) -> bool:
        return self.since is not None or self.until is not None

    def contains(self, day: dt.date | None) -> bool:
        if day is None:
            return True  # undated inputs are never filtered out
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)


def folder_date(file_ref: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` folder in the input path dates its files."""
    m = _DATE_FOLDER.search(file_ref)
    if not m:
        return None
    try:
        return dt.date.fromisoformat(m.group(1))
    except ValueError:
        return None


def record_date(raw: RawRecord, file_ref: str) -> dt.date | None:
    if raw.fetched_at:
        return raw.fetched_at.date()
    return folder_date(file_ref)


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


def draft_to_path(items: list[FileItem], input_root: str, ctx: RunContext, window: DateRange, out_dir: str, n: int) -> dict:
    """Phase 1 of batch ``n``; writes ``draft-n.pkl`` (drafts) and ``meta-n.pkl`` (the rest).

    Deterministic names: a retried task overwrites its own output, harmlessly.
    """
    batch = draft_files(items, input_root, ctx, window)
    folder = Path(out_dir)
    write_pickle_atomic(batch.drafts, folder / f"draft-{n:05d}.pkl")
    batch.drafts = []
    write_pickle_atomic(batch, folder / f"meta-{n:05d}.pkl")
    return {"batch": n, "pid": os.getpid()}


def finish_to_path(ctx: RunContext, learned: dict[str, frozenset[str]], out_dir: str, n: int) -> dict:
    """Phase 2 of batch ``n``: ``draft-n.pkl`` to ``rows-n.pkl`` (articles-to-be and rejects)."""
    folder = Path(out_dir)
    drafts: list[Draft] = read_pickle(folder / f"draft-{n:05d}.pkl")
    rows = finish_drafts(drafts, ctx, learned)
    write_pickle_atomic(rows, folder / f"rows-{n:05d}.pkl")
    return {"batch": n, "rows": len(rows), "pid": os.getpid()}


__all__ = [
    "DateRange",
    "DraftBatch",
    "FileItem",
    "draft_files",
    "draft_to_path",
    "finish_drafts",
    "finish_to_path",
    "folder_date",
]
