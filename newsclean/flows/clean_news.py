"""The ``clean_news`` Prefect flow: orchestration and I/O only, no text logic.

plan (paths) -> draft batches (phase 1) -> learn per-source residue ->
finish batches (phase 2) -> commit (dedup, write, ledger, manifest).
Batches carry paths, never documents; every intermediate file has a
deterministic name inside the run's staging folder, so retries are harmless.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import multiprocessing
import os
import platform
import secrets
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from importlib import metadata
from pathlib import Path

from prefect import flow, get_run_logger, task

from newsclean.cleaners import boilerplate, encoding
from newsclean.cleaners.dedup import INDEX_FORMAT
from newsclean.cleaners.pipeline import RunContext
from newsclean import progress
from newsclean.batch import DateRange, DraftBatch, FileItem, draft_to_path, finish_to_path, folder_date
from newsclean.commit import commit_run as _commit_run
from newsclean.store.ledger import load_ledger
from newsclean.inputs import input_ref_of, list_inputs
from newsclean.store.residue import SourceStats, load_stats, merge
from newsclean.store import COMMIT_MARKER, dataset_lock, read_pickle, recover, staging_dir

try:
    PIPELINE_VERSION = metadata.version("newsclean")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    PIPELINE_VERSION = "0+unknown"

# files per batch: enough batches to keep every core busy, few enough that the
# 7-10 ms cost of a task run stays negligible
MIN_BATCH_FILES = 1
MAX_BATCH_FILES = 200
BATCHES_PER_WORKER = 4
# below this much input, starting worker processes (each imports trafilatura,
# dateparser and loads the language model: seconds) costs more than it saves
POOL_MIN_FILES = 32
POOL_MIN_BYTES = 8 << 20

_POOL: ProcessPoolExecutor | None = None


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


@contextlib.contextmanager
def worker_pool(workers: int):
    """Processes that do the CPU work of the batch tasks (spawned: safe beside Prefect's threads)."""
    global _POOL
    if workers <= 1:
        yield None
        return
    _POOL = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    try:
        yield _POOL
    finally:
        pool, _POOL = _POOL, None
        pool.shutdown(wait=True, cancel_futures=True)


def _run(fn, *args):
    """In the local pool when the flow has one, else inline (e.g. on a Dask worker)."""
    if _POOL is not None:
        return _POOL.submit(fn, *args).result()
    return fn(*args)


def new_run_id() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@task(name="plan-inputs", retries=2, retry_delay_seconds=1, persist_result=False)
def plan_inputs(input_dir: str, output_dir: str, since: dt.date | None, until: dt.date | None, force: bool) -> dict:
    """Which files this run processes: new or changed ones (all with ``force``), in the date window."""
    root, out = Path(input_dir), Path(output_dir)
    ledger = load_ledger(out)
    window = DateRange(since, until)
    todo, skipped_done, skipped_range = [], 0, 0
    for path in list_inputs(root):
        ref = input_ref_of(path, root)
        if window and not window.contains(folder_date(ref)):
            skipped_range += 1
            continue
        st = path.stat()
        if not force and ledger.file_done(ref, st.st_size, st.st_mtime_ns):
            skipped_done += 1
            continue
        sha = _file_sha256(path)
        if not force and ledger.file_sha_done(ref, sha):
            skipped_done += 1
            continue
        todo.append(FileItem(str(path.resolve()), ref, st.st_size, st.st_mtime_ns, sha))
    return {"files": todo, "skipped_done": skipped_done, "skipped_range": skipped_range}


@task(name="draft-batch", retries=1, persist_result=False)
def draft_batch(items: list[FileItem], input_root: str, ctx: RunContext, window: DateRange, stage: str, n: int) -> dict:
    return _run(draft_to_path, items, input_root, ctx, window, stage, n)


@task(name="learn-residue", retries=1, persist_result=False)
def learn_residue(output_dir: str, stage: str, n_batches: int) -> tuple[dict[str, frozenset[str]], SourceStats]:
    """Per-source boilerplate lines from the stored statistics plus this run's drafts."""
    run_stats: SourceStats = {}
    for n in range(n_batches):
        meta: DraftBatch = read_pickle(Path(stage) / f"meta-{n:05d}.pkl")
        merge(run_stats, meta.stats)
    total = merge(load_stats(Path(output_dir)), {s: (c, Counter(l)) for s, (c, l) in run_stats.items()})
    learned = {src: boilerplate.learn_residue(lines, n) for src, (n, lines) in total.items() if src in run_stats}
    return {s: v for s, v in learned.items() if v}, run_stats


def commit_once(out: Path, stage: Path, *, run_id: str, **kwargs) -> dict:
    """The commit, safe to retry: an attempt that got as far as its COMMIT marker is finished, not redone.

    Recomputing after a partly applied commit would see this run's own rows
    (index, ledger) already in place and stage a smaller set of files.
    """
    manifest = out / "_runs" / f"{run_id}.json"
    if (stage / COMMIT_MARKER).exists() or (manifest.exists() and not stage.exists()):
        recover(out)  # rolls this run's marked commit forward (we hold the dataset lock)
        return json.loads(manifest.read_text())
    return _commit_run(out, stage, run_id=run_id, **kwargs)


commit_run = task(commit_once, name="commit", retries=1, retry_delay_seconds=1, persist_result=False)


@task(name="finish-batch", retries=1, persist_result=False)
def finish_batch(ctx: RunContext, learned: dict[str, frozenset[str]], stage: str, n: int) -> dict:
    return _run(finish_to_path, ctx, learned, stage, n)


def _worth_a_pool(files: list[FileItem], n_batches: int) -> bool:
    return n_batches > 1 and (len(files) >= POOL_MIN_FILES or sum(f.size for f in files) >= POOL_MIN_BYTES)


def _batches(files: list[FileItem], workers: int, batch_size: int | None) -> list[list[FileItem]]:
    if not batch_size:
        batch_size = -(-len(files) // (workers * BATCHES_PER_WORKER)) if files else 1
        batch_size = max(MIN_BATCH_FILES, min(MAX_BATCH_FILES, batch_size))
    return [files[i : i + batch_size] for i in range(0, len(files), batch_size)]


def _wait_all(futures, phase: str) -> list:
    """Results in submission order, reporting progress as each is reached."""
    total = len(futures)
    progress.report(phase, 0, total)
    results = []
    for done, fut in enumerate(futures, start=1):
        results.append(fut.result())
        progress.report(phase, done, total)
    return results


def versions() -> dict[str, str]:
    out = {"python": platform.python_version(), "newsclean": PIPELINE_VERSION}
    for pkg in ("trafilatura", "ftfy", "prefect", "pyarrow", "rensa", "dateparser", "py3langid"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            out[pkg] = metadata.version(pkg)
    return out


@flow(name="clean-news", log_prints=False)
def clean_news(
    input_dir: str,
    output_dir: str,
    since: dt.date | None = None,
    until: dt.date | None = None,
    force: bool = False,
    workers: int | None = None,
    batch_size: int | None = None,
    run_id: str | None = None,
) -> dict:
    """Clean every new input under ``input_dir`` into the dataset at ``output_dir``."""
    log = get_run_logger()
    started = time.time()
    run_id = run_id or new_run_id()
    out = Path(output_dir)
    workers = workers or default_workers()
    timings: dict[str, float] = {}
    with dataset_lock(out, on_wait=lambda: log.warning("another run holds %s; waiting", out)):
        for line in recover(out):
            log.warning("recovery: %s", line)
        t = time.time()
        plan = plan_inputs(input_dir, output_dir, since, until, force)
        timings["plan"] = time.time() - t
        ctx = RunContext(run_id=run_id, pipeline_version=PIPELINE_VERSION, gazetteer=_gazetteer())
        batches = _batches(plan["files"], workers, batch_size)
        stage = staging_dir(out, run_id)
        stage.mkdir(parents=True, exist_ok=True)
        learned: dict[str, frozenset[str]] = {}
        run_stats: SourceStats = {}
        with worker_pool(workers if _worth_a_pool(plan["files"], len(batches)) else 1):
            t = time.time()
            futs = [
                draft_batch.submit(b, str(Path(input_dir).resolve()), ctx, DateRange(since, until), str(stage), n)
                for n, b in enumerate(batches)
            ]
            _wait_all(futs, "extract")
            timings["draft"] = time.time() - t
            if batches:
                t = time.time()
                learned, run_stats = learn_residue(output_dir, str(stage), len(batches))
                timings["learn"] = time.time() - t
                t = time.time()
                futs = [finish_batch.submit(ctx, learned, str(stage), n) for n in range(len(batches))]
                _wait_all(futs, "enrich")
                timings["finish"] = time.time() - t
        t = time.time()
        summary = commit_run(
            out,
            stage,
            run_id=run_id,
            n_batches=len(batches),
            run_stats=run_stats,
            manifest_base={
                "run_id": run_id,
                "input_dir": str(Path(input_dir).resolve()),
                "output_dir": str(out.resolve()),
                "since": since.isoformat() if since else None,
                "until": until.isoformat() if until else None,
                "force": force,
                "workers": workers,
                "batches": len(batches),
                "files_planned": len(plan["files"]),
                "files_skipped_already_processed": plan["skipped_done"],
                "files_skipped_out_of_range": plan["skipped_range"],
                "learned_residue_sources": len(learned),
                "versions": versions(),
                "encoding_repair_config": encoding.repair_config(),
                "dedup_index_format": INDEX_FORMAT,
            },
            timings=timings,
            started=started,
        )
    _publish_report(summary)
    return summary


def _gazetteer():
    from newsclean.resources import load_default_gazetteer

    return load_default_gazetteer()


def _publish_report(summary: dict) -> None:
    """The run report as a Prefect markdown artifact (best effort: never fails the run)."""
    from newsclean.report import markdown_report

    with contextlib.suppress(Exception):
        from prefect.artifacts import create_markdown_artifact

        create_markdown_artifact(markdown_report(summary), key="clean-news-report", description="newsclean run report")
