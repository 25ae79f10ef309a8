"""``newsclean serve``: clean_news as a scheduled Prefect deployment, served by this process.

The deployment is registered on the server named by ``PREFECT_API_URL`` (start
one with ``prefect server start``) and this process runs its flow runs: each
scheduled run is an incremental run over the inbox (the ingest ledger skips
what earlier runs processed). See docs/OPERATIONS.md.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from prefect import flow

from newsclean.schemas.run import RunManifest

DEFAULT_CRON = "*/15 * * * *"
DEPLOYMENT_TAGS = ["newsclean", "scheduled"]
# one flow run at a time from this server: the dataset lock would serialize
# overlapping runs anyway, so a second concurrent run would only sit waiting
RUN_LIMIT = 1
DASK_ADDRESS_ENV = "NEWSCLEAN_DASK_ADDRESS"


def deployment_parameters(input_dir: Path | str, output_dir: Path | str, dask_address: str | None = None) -> dict:
    """Flow parameters of the scheduled runs (absolute paths: runs start in another process)."""
    params: dict = {"input_dir": str(Path(input_dir).resolve()), "output_dir": str(Path(output_dir).resolve())}
    if dask_address:
        params["workers"] = 1  # the Dask workers do the CPU work; no local pool inside their tasks
    return params


def flow_for(dask_address: str | None):
    """``clean_news``, on the Dask cluster at ``dask_address`` when one is given."""
    from newsclean.flows.clean_news import clean_news

    if not dask_address:
        return clean_news
    from prefect_dask import DaskTaskRunner

    return clean_news.with_options(task_runner=DaskTaskRunner(address=dask_address))  # type: ignore[arg-type]


@flow(name="clean-news-dask")
def clean_news_dask(
    input_dir: str,
    output_dir: str,
    dask_address: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    force: bool = False,
    batch_size: int | None = None,
) -> RunManifest:
    """clean_news with its batch tasks on a Dask cluster (``dask_address`` or ``$NEWSCLEAN_DASK_ADDRESS``).

    The entrypoint for work-pool deployments (prefect.yaml), where a task runner
    cannot be configured: the address comes in as a parameter or from the
    worker's environment. Without either, prefect-dask starts a local cluster.
    """
    from prefect_dask import DaskTaskRunner

    from newsclean.flows.clean_news import clean_news

    address = dask_address or os.environ.get(DASK_ADDRESS_ENV) or None
    return clean_news.with_options(task_runner=DaskTaskRunner(address=address))(  # type: ignore[arg-type]
        input_dir=input_dir, output_dir=output_dir, since=since, until=until, force=force, workers=1, batch_size=batch_size
    )


def build_deployment(
    input_dir: Path | str,
    output_dir: Path | str,
    *,
    cron: str = DEFAULT_CRON,
    name: str = "newsclean-scheduled",
    dask_address: str | None = None,
):
    """A :class:`prefect.deployments.runner.RunnerDeployment` of clean_news on ``cron``."""
    fn = flow_for(dask_address)
    return fn.to_deployment(
        name=name,
        cron=cron,
        parameters=deployment_parameters(input_dir, output_dir, dask_address),
        description=f"Incremental newsclean run: {Path(input_dir).resolve()} -> {Path(output_dir).resolve()}",
        tags=DEPLOYMENT_TAGS,
    )


def _check_cron(cron: str) -> str | None:
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron)
    except ValueError as exc:
        return f"invalid --cron {cron!r}: {exc}"
    return None


def serve(args) -> int:
    """Register the deployment and serve it until SIGINT/SIGTERM (the schedule is paused on shutdown)."""
    from prefect.settings import PREFECT_API_URL

    if not Path(args.input).exists():
        print(f"newsclean serve: input folder does not exist: {args.input}", file=sys.stderr)
        return 2
    problem = _check_cron(args.cron)
    if problem:
        print(f"newsclean serve: {problem}", file=sys.stderr)
        return 2
    if not PREFECT_API_URL.value():
        print(
            "newsclean serve: PREFECT_API_URL is not set; serving against a temporary in-process server "
            "(no UI, forgotten on exit). Start `prefect server start` and set PREFECT_API_URL for real use.",
            file=sys.stderr,
        )
    Path(args.output).mkdir(parents=True, exist_ok=True)
    deployment = build_deployment(
        args.input, args.output, cron=args.cron, name=args.name, dask_address=getattr(args, "dask_address", None)
    )
    from prefect import serve as prefect_serve

    from newsclean.flows.clean_news import RUN_LINE_ENV

    os.environ.setdefault(RUN_LINE_ENV, "1")  # each flow run (a child process) prints its one summary line
    print(
        f"newsclean serve: deployment {args.name!r} on {args.cron!r}: {Path(args.input).resolve()} -> "
        f"{Path(args.output).resolve()}; one line per run follows (logs: the Prefect UI)",
        flush=True,
    )
    prefect_serve(deployment, limit=RUN_LIMIT)
    return 0
