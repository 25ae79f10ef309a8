"""Run the pipeline on a folder without Prefect (the flow's steps, in this process): fast dataset fixtures."""
from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from newsclean.batch import draft_to_path, finish_to_path
from newsclean.cleaners.pipeline import RunContext
from newsclean.commit import commit_run
from newsclean.plan import DateRange, batches, plan_files
from newsclean.resources import load_default_gazetteer
from newsclean.schemas.run import RunManifest
from newsclean.store import staging_dir
from newsclean.version import PIPELINE_VERSION

_runs = 0


def run_local(input_dir: Path, output_dir: Path, since: dt.date | None = None, until: dt.date | None = None,
              force: bool = False) -> RunManifest:
    """What ``clean_news`` does, minus Prefect, the process pool and the lock."""
    from newsclean.flows.clean_news import learn_residue  # a task; .fn is the plain function

    global _runs
    _runs += 1
    run_id = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + f"-t{_runs:05d}"
    window = DateRange(since, until)
    plan = plan_files(Path(input_dir), Path(output_dir), window, force)
    ctx = RunContext(run_id=run_id, pipeline_version=PIPELINE_VERSION, gazetteer=load_default_gazetteer())
    parts = batches(plan.files, 1, None)
    stage = staging_dir(Path(output_dir), run_id)
    stage.mkdir(parents=True, exist_ok=True)
    root = str(Path(input_dir).resolve())
    for n, b in enumerate(parts):
        draft_to_path(b, root, ctx, window, str(stage), n)
    learned, run_stats = learn_residue.fn(str(output_dir), str(stage), len(parts)) if parts else ({}, {})
    for n in range(len(parts)):
        finish_to_path(ctx, learned, str(stage), n)
    base = RunManifest(
        run_id=run_id,
        input_dir=root,
        output_dir=str(Path(output_dir).resolve()),
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
        batches=len(parts),
        files_planned=len(plan.files),
        files_skipped_already_processed=plan.skipped_done,
        files_skipped_out_of_range=plan.skipped_range,
    )
    return commit_run(
        Path(output_dir), stage, run_id=run_id, n_batches=len(parts), run_stats=run_stats, base=base, timings={}, started=time.time()
    )
