"""Clean: the work of one batch, as plain functions (run in a worker process or on a Dask worker).

No Prefect here: the tasks in :mod:`newsclean.flows.clean_news` call these
through an executor (:mod:`newsclean.executor`), so they run wherever the task
runs. Inputs and outputs are paths and small typed reports
(:class:`BatchReport`); the documents themselves stay in the run's staging folder.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import traceback
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsclean.cleaners import boilerplate
from newsclean.cleaners.change import Rejection
from newsclean.cleaners.pipeline import Draft, RunContext, draft_record, finish_record, reject
from newsclean.inputs import ReadFailure, ReadItem, Skipped, read_path, sha256
from newsclean.inputs.files import safe_ref
from newsclean.plan import DateRange, FileItem, folder_date
from newsclean.schemas.models import Article, RawRecord, Reject
from newsclean.store import layout, read_pickle, write_pickle_atomic
from newsclean.store.residue import SourceStats

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
    # a detail quoting a file name or a header may hold text that is not UTF-8: made storable
    ref, detail = safe_ref(fail.input_ref), safe_ref(fail.detail)
    raw = RawRecord(input_ref=ref, kind="text", body=fail.raw or b"", raw_sha256=sha256(fail.raw or b""))
    return reject(raw, ctx, Rejection("read", fail.reason, detail)).model_copy(update={"raw": fail.raw})


# --- record isolation: one record's failure is a reject, never a failed run ------------

def exception_digest(exc: BaseException) -> str:
    """The exception in one line, plus where it was raised and a short hash of its stack (to group rejects).

    >>> try:
    ...     {}["k"]
    ... except KeyError as e:
    ...     exception_digest(e).split(" at ")[0]
    "KeyError: 'k'"
    """
    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno} {frames[-1].name}" if frames else "?"
    stack = "|".join(f"{Path(f.filename).name}:{f.name}" for f in frames)
    key = hashlib.sha256(f"{type(exc).__name__}|{stack}".encode()).hexdigest()[:12]
    return safe_ref(f"{type(exc).__name__}: {str(exc)[:300]} at {where} [{key}]")


def internal_reject(raw: RawRecord, ctx: RunContext, stage: str, exc: Exception) -> Reject:
    """An unexpected exception in one record, as that record's reject (raw kept); re-raised when ``ctx.strict``.

    ``stage``: where it happened, ``draft`` (reading metadata, phase 1),
    ``finish`` (phase 2) or ``clean`` (both, ``newsclean clean``).
    """
    if ctx.strict:
        raise exc
    rejection = {
        "draft": lambda d: Rejection("draft", "internal_error", d),
        "finish": lambda d: Rejection("finish", "internal_error", d),
        "clean": lambda d: Rejection("clean", "internal_error", d),
    }[stage](exception_digest(exc))
    return reject(raw, ctx, rejection)


def read_isolated(item: FileItem, root: Path, ctx: RunContext) -> Iterator[ReadItem]:
    """The records of one planned file; a problem found while listing, or a reader that raises, is a failure item."""
    if item.problem is not None:
        yield item.problem
        return
    n = 0
    try:
        for rec in read_path(Path(item.path), root, ctx.limits, ref=item.file_ref):
            n += 1
            yield rec
    except Exception as exc:  # noqa: BLE001 - a reader bug loses the rest of this file, not the run
        if ctx.strict:
            raise
        try:
            raw = Path(item.path).read_bytes() if item.size <= ctx.limits.max_file_bytes else None
        except (OSError, ValueError):  # ValueError: a path the OS refuses (an embedded NUL)
            raw = None
        detail = f"{exception_digest(exc)}; the reader failed after {n} item(s), raw is the whole file"
        yield ReadFailure(item.file_ref, "internal_error", detail, raw)


def draft_files(items: list[FileItem], input_root: str, ctx: RunContext, window: DateRange) -> DraftBatch:
    """Read and run phase 1 over the files of a batch.

    Every record ends as a draft, a reject or a counted skip: an exception
    while reading or cleaning one record becomes its ``internal_error``
    reject (unless ``ctx.strict``). A file is marked processed (ledger) only
    when it was read without a file-level failure that may go away
    (unreadable, listing problems): those are tried again by the next run.
    """
    out = DraftBatch()
    root = Path(input_root)
    counted: list[Draft] = []  # the drafts whose lines count in the residue statistics
    for item in items:
        retry_later = bool(item.problem)
        first_draft = len(out.drafts)
        for rec in read_isolated(item, root, ctx):
            if isinstance(rec, ReadFailure):
                out.rejects.append(read_failure_reject(rec, ctx))
                retry_later |= rec.reason in RETRY_REASONS and rec.input_ref == item.file_ref
                continue
            if isinstance(rec, Skipped):
                out.skipped[rec.reason] += 1
                retry_later |= rec.input_ref == item.file_ref  # a file not read (a FIFO): counted again next run
                continue
            try:
                if window and not window.contains(record_date(rec, item.file_ref)):
                    out.out_of_range += 1
                    retry_later = True
                    continue
                res = draft_record(rec, ctx)
            except Exception as exc:  # noqa: BLE001 - see internal_reject
                res = internal_reject(rec, ctx, "draft", exc)
            if isinstance(res, Reject):
                out.rejects.append(res)
            else:
                out.drafts.append(res)
        if not item.reread:  # a --force re-read of bytes already in the dataset: counted when they first came
            counted += out.drafts[first_draft:]
        if not retry_later:
            out.files.append(
                {"file_ref": item.file_ref, "size": item.size, "mtime_ns": item.mtime_ns, "file_sha256": item.sha256}
            )
    for d in counted:
        n, lines = out.stats.get(d.source, (0, Counter()))
        lines.update(k for k in boilerplate.line_keys(d.text) if len(k) <= MAX_COUNTED_LINE_CHARS)
        out.stats[d.source] = (n + 1, lines)
    return out


# file-level read failures that may go away (permissions fixed): the file is not marked processed
RETRY_REASONS = frozenset({"unreadable"})


def finish_one(d: Draft, ctx: RunContext, learned: frozenset[str]) -> Article | Reject:
    try:
        return finish_record(d, ctx, learned)
    except Exception as exc:  # noqa: BLE001 - see internal_reject
        return internal_reject(d.raw, ctx, "finish", exc)


def finish_drafts(drafts: list[Draft], ctx: RunContext, learned: dict[str, frozenset[str]]) -> list[Article | Reject]:
    return [finish_one(d, ctx, learned.get(d.source, frozenset())) for d in drafts]


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
    "finish_one",
    "internal_reject",
    "read_isolated",
    "finish_to_path",
    "read_failure_reject",
    "record_date",
]
