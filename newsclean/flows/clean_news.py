"""The ``clean_news`` Prefect flow: sequencing, retries and I/O hand-offs only, no text logic.

plan (paths) -> draft batches (phase 1) -> learn per-source residue ->
finish batches (phase 2) -> commit (dedup, write, ledger, manifest).
Batches carry paths, never documents; every intermediate file has a
deterministic name inside the run's staging folder, so retries are harmless.
Each task hands its batch to the run's declared :mod:`executor <newsclean.executor>`.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import secrets
import time
from collections import Counter
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from newsclean import progress
from newsclean.batch import BatchReport, DraftBatch, draft_to_path, finish_to_path
from newsclean.cleaners import boilerplate, encoding
from newsclean.cleaners.dedup import INDEX_FORMAT
from newsclean.cleaners.pipeline import RunContext
from newsclean.commit import commit_run as _commit_run
from newsclean.executor import Executor, default_workers, executor_for
from newsclean.limits import Limits
from newsclean.plan import DateRange, FileItem, Plan, batches, plan_files
from newsclean.resources import load_default_gazetteer
from newsclean.schemas.run import RunManifest
from newsclean.store import COMMIT_MARKER, dataset_lock, layout, read_pickle, recover, staging_dir
from newsclean.store.location import require_local
from newsclean.store.residue import SourceStats, load_stats, merge
from newsclean.version import PIPELINE_VERSION, versions

__all__ = ["PIPELINE_VERSION", "clean_news"]

# set (to anything) by ``newsclean serve``: each flow run prints one summary line to stdout
RUN_LINE_ENV = "NEWSCLEAN_PRINT_RUN_LINE"

# every task: its arguments (an executor, a run context) are not cache keys,
# and its results live in the run's staging folder, not in Prefect's result store


def new_run_id() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


@task(name="plan-inputs", retries=2, retry_delay_seconds=1, persist_result=False, cache_policy=NO_CACHE)
def plan_inputs(input_dir: str, output_dir: str, since: dt.date | None, until: dt.date | None, force: bool) -> Plan:
    """Which files this run processes: new or changed ones (all with ``force``), in the date window."""
    return plan_files(Path(input_dir), Path(output_dir), DateRange(since, until), force)


@task(name="draft-batch", retries=1, persist_result=False, cache_policy=NO_CACHE)
def draft_batch(
    items: list[FileItem], input_root: str, ctx: RunContext, window: DateRange, stage: str, n: int, executor: Executor
) -> BatchReport:
    t = time.time()
    report = executor.run(draft_to_path, items, input_root, ctx, window, stage, n)
    _log_batch("extract", report, time.time() - t)
    return report


def _log_batch(phase: str, report: BatchReport, seconds: float) -> None:
    """One INFO line per batch task (reaches the Prefect server; the CLI's console shows WARNING and up)."""
    rate = report.records / seconds if seconds > 0 else 0.0
    files = f"{report.files} files, " if report.files else ""
    get_run_logger().info(
        "%s batch %d: %s%d records in %.2f s (%.1f docs/s, pid %d)", phase, report.batch, files, report.records, seconds, rate, report.pid
    )


@task(name="learn-residue", retries=1, persist_result=False, cache_policy=NO_CACHE)
def learn_residue(output_dir: str, stage: str, n_batches: int) -> tuple[dict[str, frozenset[str]], SourceStats]:
    """Per-source boilerplate lines from the stored statistics plus this run's drafts."""
    run_stats: SourceStats = {}
    for n in range(n_batches):
        meta: DraftBatch = read_pickle(Path(stage) / layout.meta_file(n))
        merge(run_stats, meta.stats)
    total = merge(load_stats(Path(output_dir)), {s: (c, Counter(l)) for s, (c, l) in run_stats.items()})
    learned = {src: boilerplate.learn_residue(lines, n) for src, (n, lines) in total.items() if src in run_stats}
    return {s: v for s, v in learned.items() if v}, run_stats


@task(name="finish-batch", retries=1, persist_result=False, cache_policy=NO_CACHE)
def finish_batch(ctx: RunContext, learned: dict[str, frozenset[str]], stage: str, n: int, executor: Executor) -> BatchReport:
    t = time.time()
    report = executor.run(finish_to_path, ctx, learned, stage, n)
    _log_batch("enrich", report, time.time() - t)
    return report


def commit_once(out: Path, stage: Path, *, run_id: str, **kwargs) -> RunManifest:
    """The commit, safe to retry: an attempt that got as far as its COMMIT marker is finished, not redone.

    Recomputing after a partly applied commit would see this run's own rows
    (index, ledger) already in place and stage a smaller set of files.
    """
    manifest = out / layout.manifest_file(run_id)
    if (stage / COMMIT_MARKER).exists() or (manifest.exists() and not stage.exists()):
        recover(out)  # rolls this run's marked commit forward (we hold the dataset lock)
        return RunManifest.model_validate(json.loads(manifest.read_text()))
    return _commit_run(out, stage, run_id=run_id, **kwargs)


commit_run = task(name="commit", retries=1, retry_delay_seconds=1, persist_result=False, cache_policy=NO_CACHE)(commit_once)


def _wait_all(futures, phase: str, sizes: list[int], unit: str) -> list[BatchReport]:
    """Results in submission order, reporting progress in ``unit`` (each batch counts ``sizes[i]``)."""
    total, done = sum(sizes), 0
    progress.report(phase, 0, total, unit)
    results = []
    for fut, size in zip(futures, sizes):
        results.append(fut.result())
        done += size
        progress.report(phase, done, total, unit)
    return results


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
    max_file_bytes: int | None = None,
    max_record_bytes: int | None = None,
    max_text_chars: int | None = None,
    report: bool = True,
) -> RunManifest:
    """Clean every new input under ``input_dir`` into the dataset at ``output_dir``.

    ``max_*``: the limits of :mod:`newsclean.limits` (None: the default).
    """
    log = get_run_logger()
    started = time.time()
    run_id = run_id or new_run_id()
    try:
        out = require_local(output_dir, "output_dir")
        require_local(input_dir, "input_dir")
        limits = Limits.of(max_file_bytes, max_record_bytes, max_text_chars)
        summary = _clean(log, input_dir, output_dir, out, since, until, force, workers, batch_size, run_id, started, limits)
    except BaseException as exc:
        _print_run_line(f"newsclean run {run_id} failed: {type(exc).__name__}: {exc}")
        raise
    _publish_report(summary, out, report)
    rate = summary.counts.read / summary.duration_s if summary.duration_s else 0.0
    c = summary.counts
    line = (
        f"newsclean run {run_id}: {summary.files_planned} files, read={c.read} articles={c.articles} "
        f"duplicates={c.duplicates} rejects={c.rejects}"
        + (f" out_of_range={c.out_of_range}" if c.out_of_range else "")
        + f" in {summary.duration_s:.1f} s ({rate:.1f} docs/s)"
    )
    log.info("%s", line)
    _print_run_line(line)
    return summary


def _print_run_line(line: str) -> None:
    if os.environ.get(RUN_LINE_ENV):
        print(line, flush=True)


def _clean(log, input_dir, output_dir, out, since, until, force, workers, batch_size, run_id, started, limits) -> RunManifest:
    """The body of :func:`clean_news`: plan, two batch phases, commit (under the dataset lock)."""
    workers = workers or default_workers()
    window = DateRange(since, until)
    timings: dict[str, float] = {}
    with dataset_lock(out, on_wait=lambda: log.warning("another run holds %s; waiting", out)):
        for line in recover(out):
            log.warning("recovery: %s", line)
        t = time.time()
        plan: Plan = plan_inputs(input_dir, output_dir, since, until, force)
        timings["plan"] = time.time() - t
        log.info(
            "planned %d files (%.1f MB): %d already processed, %d outside the date window",
            len(plan.files), plan.total_bytes / 1e6, plan.skipped_done, plan.skipped_range,
        )
        ctx = RunContext(run_id=run_id, pipeline_version=PIPELINE_VERSION, gazetteer=load_default_gazetteer(), limits=limits)
        parts = batches(plan.files, workers, batch_size)
        log.info("%d batches over %d workers", len(parts), workers)
        stage = staging_dir(out, run_id)
        stage.mkdir(parents=True, exist_ok=True)
        learned: dict[str, frozenset[str]] = {}
        run_stats: SourceStats = {}
        executor = executor_for(workers, len(plan.files), plan.total_bytes, len(parts))
        try:
            t = time.time()
            root = str(Path(input_dir).resolve())
            futs = [draft_batch.submit(b, root, ctx, window, str(stage), n, executor) for n, b in enumerate(parts)]
            drafted = _wait_all(futs, "extract", [len(b) for b in parts], "files")
            log.info("read %d files: %d records in %.1f s", len(plan.files), sum(r.records for r in drafted), time.time() - t)
            timings["draft"] = time.time() - t
            if parts:
                t = time.time()
                learned, run_stats = learn_residue(output_dir, str(stage), len(parts))
                timings["learn"] = time.time() - t
                t = time.time()
                futs = [finish_batch.submit(ctx, learned, str(stage), n, executor) for n in range(len(parts))]
                _wait_all(futs, "enrich", [r.records for r in drafted], "docs")
                timings["finish"] = time.time() - t
        finally:
            executor.close()
        base = RunManifest(
            run_id=run_id,
            input_dir=str(Path(input_dir).resolve()),
            output_dir=str(out.resolve()),
            since=since.isoformat() if since else None,
            until=until.isoformat() if until else None,
            force=force,
            workers=workers,
            batches=len(parts),
            files_planned=len(plan.files),
            files_skipped_already_processed=plan.skipped_done,
            files_skipped_out_of_range=plan.skipped_range,
            files_ignored_unsupported=plan.ignored,
            learned_residue_sources=len(learned),
            versions=versions(),
            encoding_repair_config=encoding.repair_config(),
            dedup_index_format=INDEX_FORMAT,
            limits=dataclasses.asdict(limits),
        )
        t = time.time()
        summary = commit_run(
            out, stage, run_id=run_id, n_batches=len(parts), run_stats=run_stats, base=base, timings=timings, started=started
        )
    return summary


def _publish_report(summary: RunManifest, out: Path, html: bool = True) -> None:
    """The run report as a Prefect markdown artifact, and the dataset's HTML quality report
    (``OUTPUT/_reports/quality.html``, linked from the artifact). Best effort: never fails the run."""
    import contextlib

    from newsclean.report import markdown_report

    log = get_run_logger()
    html_path: Path | None = out / layout.REPORT_FILE
    # a run that wrote nothing leaves the numbers as they were: keep empty incremental runs cheap
    if html and (summary.counts.read or not out.joinpath(layout.REPORT_FILE).exists()):
        t = time.time()
        try:
            from newsclean.analyst.report_html import write_report

            html_path = write_report(out)
            log.info("quality report %s (%.1f MB) in %.1f s", html_path, html_path.stat().st_size / 1e6, time.time() - t)
        except Exception as exc:  # noqa: BLE001 - the dataset is committed; a report failure is only logged
            log.warning("quality report not written: %s: %s", type(exc).__name__, exc)
    if html_path is not None and not html_path.exists():
        html_path = None
    with contextlib.suppress(Exception):
        from prefect.artifacts import create_markdown_artifact

        create_markdown_artifact(
            markdown_report(summary, html_path), key="clean-news-report", description="newsclean run report"
        )
