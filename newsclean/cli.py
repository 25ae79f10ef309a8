"""The ``newsclean`` command line: backfill, clean, serve."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsclean.schemas.run import RunManifest

DEFAULT_OUTPUT = "data/clean"


def _quiet_prefect(verbose: bool) -> None:
    """Prefect's own logging stays out of the way unless asked for (must run before importing prefect)."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    if not verbose:
        # quiet console, full server: only the console handler is raised to WARNING. (Raising
        # PREFECT_LOGGING_LEVEL instead would also drop the flow's INFO lines before they reach
        # the API handler, leaving the UI's Logs tab empty.)
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING")
        os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "true")


def _ignored_note(ignored: dict[str, int]) -> str:
    """``; 3 files of unsupported types not read (.csv 2, .pdf 1)`` for the run summary ("" when none).

    >>> _ignored_note({".csv": 2, ".pdf": 1}), _ignored_note({})
    ('; 3 files of unsupported types not read (.csv 2, .pdf 1)', '')
    """
    from newsclean.report import ignored_kinds

    n = sum(ignored.values())
    if not n:
        return ""
    return f"; {n} file{'s' if n > 1 else ''} of unsupported types not read ({ignored_kinds(ignored)})"


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {n}")
    return n


def check_input(value: str | Path) -> str | None:
    """Why ``value`` cannot be ``--input`` (None when it can): a folder or a regular file (a FIFO,
    socket or device is never opened: a run over it would read nothing).

    >>> check_input("/no/such/folder")
    'input folder does not exist: /no/such/folder'
    """
    p = Path(value)
    if not p.exists():
        if p.is_symlink():
            return f"input is a symlink that leads nowhere (dangling, or a loop): {value}"
        return f"input folder does not exist: {value}"
    if not p.is_dir() and not p.is_file():
        return f"input is neither a folder nor a regular file (a FIFO, socket or device): {value}"
    return None


def _existing_dir(value: str) -> Path:
    """``--input`` for argparse (:func:`check_input`)."""
    problem = check_input(value)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return Path(value)


def _size(value: str) -> int:
    from newsclean.limits import parse_size

    try:
        n = parse_size(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return n


def size_text(n: int) -> str:
    """A limit as the CLI takes it back: ``256M`` for a whole number of binary units, else the plain count.

    >>> size_text(256 << 20), size_text(16 << 20), size_text(4_000_000)
    ('256M', '16M', '4000000')
    """
    for unit, shift in (("G", 30), ("M", 20), ("K", 10)):
        if n and n % (1 << shift) == 0:
            return f"{n >> shift}{unit}"
    return str(n)


def check_output_dir(value: str | Path) -> str | None:
    """Why ``value`` cannot be the dataset folder (None when it can): checked before Prefect starts.

    >>> check_output_dir("s3://bucket/x").split(":")[0]
    '--output s3'
    """
    from newsclean.store.location import url_problem

    text = str(value)
    problem = url_problem(text)
    if problem:
        return problem
    p = Path(text)
    if p.exists() and not p.is_dir():
        return f"--output exists and is not a folder: {text}"
    probe = p
    while not probe.exists():
        if probe.parent == probe:
            break
        probe = probe.parent
    if not probe.is_dir():
        return f"--output cannot be created: {probe} is not a folder"
    if not os.access(probe, os.W_OK | os.X_OK):
        return f"--output is not writable: {probe}"
    return None


def _local_dir(value: str) -> Path:
    """A folder path; a URL (s3://, gs://, ...) is refused up front (:mod:`newsclean.store.location`)."""
    from newsclean.store.location import url_problem

    problem = url_problem(value)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return Path(value)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="newsclean", description="Turn scraped news into a clean, explained Parquet dataset.")
    ap.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")
    ap.add_argument("--version", action="version", version=f"newsclean {_version()}")
    sub = ap.add_subparsers(dest="command", required=True)
    from newsclean import limits

    bf = sub.add_parser("backfill", help="process every supported file under a folder")
    bf.add_argument("--input", required=True, type=_existing_dir, help="folder (or one file) of inputs, read recursively")
    bf.add_argument("--output", default=DEFAULT_OUTPUT, type=_local_dir, help=f"dataset folder (default {DEFAULT_OUTPUT})")
    bf.add_argument("--since", type=_date, help="only inputs fetched on or after this date (YYYY-MM-DD)")
    bf.add_argument("--until", type=_date, help="only inputs fetched on or before this date (YYYY-MM-DD)")
    bf.add_argument("--force", action="store_true", help="re-read files the ledger marks as processed")
    bf.add_argument("--workers", type=_positive_int, default=None, help="local worker processes (default: all cores)")
    bf.add_argument("--batch-size", type=_positive_int, default=None, help="files per batch task (default: automatic)")
    bf.add_argument("--dask-address", default=os.environ.get("NEWSCLEAN_DASK_ADDRESS"), help="run batch tasks on this Dask scheduler (tcp://host:8786)")
    bf.add_argument("--max-file-bytes", type=_size, default=None, metavar="SIZE",
                    help=f"largest file read, after gunzip (default {size_text(limits.MAX_FILE_BYTES)}; K/M/G suffixes); bigger: reject too_large")
    bf.add_argument("--max-record-bytes", type=_size, default=None, metavar="SIZE",
                    help=f"largest record body after decompression (default {size_text(limits.MAX_RECORD_BYTES)}); bigger: reject too_large")
    bf.add_argument("--max-text-chars", type=_size, default=None, metavar="N",
                    help=f"largest decoded text of a record, in characters (default {size_text(limits.MAX_TEXT_CHARS)}); longer: reject too_large")
    bf.add_argument("--names-model", action="store_true",
                    help="also judge Russian articles' names with the NER model (better recall, slower; NEWSCLEAN_NAMES_MODEL=ru)")
    bf.add_argument("--json", action="store_true", help="print the run summary as JSON")
    bf.add_argument("-v", "--verbose", action="store_true", dest="verbose_sub", help="show Prefect's logs")

    cl = sub.add_parser("clean", help="print the cleaned record(s) of one file as JSON, with the change log")
    cl.add_argument("file", type=Path)
    cl.add_argument("--names-model", action="store_true", help="also judge Russian names with the NER model (NEWSCLEAN_NAMES_MODEL=ru)")
    cl.add_argument("-v", "--verbose", action="store_true", dest="verbose_sub")

    cp = sub.add_parser("compact", help="merge a dataset's small part files (takes the dataset lock)")
    cp.add_argument("output", type=Path, help="the dataset folder")
    cp.add_argument("--target-mb", type=_positive_int, default=128, help="merged parts stop growing at about this size (default 128)")
    cp.add_argument("--json", action="store_true", help="print what was merged as JSON")

    sv = sub.add_parser("serve", help="serve clean_news as a scheduled Prefect deployment")
    sv.add_argument("--input", required=True, type=Path)
    sv.add_argument("--output", default=DEFAULT_OUTPUT, type=_local_dir)
    sv.add_argument("--cron", default="*/15 * * * *", help='cron schedule (default "*/15 * * * *")')
    sv.add_argument("--name", default="newsclean-scheduled", help="deployment name")
    sv.add_argument("--dask-address", default=os.environ.get("NEWSCLEAN_DASK_ADDRESS"))
    sv.add_argument("-v", "--verbose", action="store_true", dest="verbose_sub")

    from newsclean.analyst.commands import register as register_analyst_commands

    register_analyst_commands(sub)  # stats, report, explain
    return ap


def _version() -> str:
    from newsclean.version import PIPELINE_VERSION

    return PIPELINE_VERSION


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    verbose = args.verbose or getattr(args, "verbose_sub", False)
    _quiet_prefect(verbose)
    if getattr(args, "names_model", False):
        from newsclean.limits import NAMES_MODEL_ENV

        os.environ[NAMES_MODEL_ENV] = "ru"  # read by every RunContext, worker processes included
    if getattr(args, "handler", None):  # subcommands registered with a handler (stats, report, explain)
        return args.handler(args)
    if args.command == "clean":
        return cmd_clean(args)
    if args.command == "backfill":
        return cmd_backfill(args)
    if args.command == "compact":
        return cmd_compact(args)
    if args.command == "serve":
        problem = check_output_dir(args.output)
        if problem:
            print(f"newsclean serve: {problem}", file=sys.stderr)
            return 2
        from newsclean.flows.serve import serve

        return serve(args)
    return 2


# --- clean -----------------------------------------------------------------------


def record_json(row) -> dict:
    """An article or reject as JSON-ready dict (raw bytes summarized, not dumped)."""
    data = row.model_dump(mode="json", exclude={"raw"})
    if getattr(row, "raw", None) is not None:
        data["raw_bytes"] = len(row.raw)
    data["kind"] = type(row).__name__.lower()
    return data


def cmd_clean(args) -> int:
    """Clean one file in this process (no Prefect) and print its record(s) as JSON."""
    import stat

    from newsclean.batch import internal_reject, read_failure_reject
    from newsclean.cleaners.pipeline import RunContext, clean_record
    from newsclean.inputs import ReadFailure, Skipped, format_of, read_path
    from newsclean.resources import load_default_gazetteer
    from newsclean.schemas.models import Article, Reject
    from newsclean.version import PIPELINE_VERSION

    path: Path = args.file
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        print(f"newsclean clean: no such file: {path}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"newsclean clean: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if not stat.S_ISREG(mode):
        print(f"newsclean clean: not a regular file (never opened): {path}", file=sys.stderr)
        return 2
    if format_of(path) is None:
        print(f"newsclean clean: unsupported file type: {path.name}", file=sys.stderr)
        return 2
    ctx = RunContext(run_id="clean", pipeline_version=PIPELINE_VERSION, gazetteer=load_default_gazetteer())
    out = []
    for rec in read_path(path, path, ctx.limits):  # the file named, even through a symlink
        if isinstance(rec, Skipped):
            out.append({"kind": "skipped", "input_ref": rec.input_ref, "reason": rec.reason, "detail": rec.detail})
            continue
        row: Article | Reject
        if isinstance(rec, ReadFailure):
            row = read_failure_reject(rec, ctx)
        else:
            try:
                row = clean_record(rec, ctx)
            except Exception as exc:  # noqa: BLE001 - one record's bug is its reject, as in a run
                row = internal_reject(rec, ctx, "clean", exc)
        out.append(record_json(row))
    json.dump(out if len(out) != 1 else out[0], sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


# --- compact ---------------------------------------------------------------------


def cmd_compact(args) -> int:
    """Merge small part files; no Prefect (a plain, locked file operation)."""
    from rich.console import Console

    from newsclean.store.compact import compact

    console = Console(stderr=True)
    try:
        report = compact(
            args.output,
            target_bytes=args.target_mb << 20,
            on_wait=lambda: console.print(f"another run holds {args.output}; waiting for it"),
        )
    except FileNotFoundError as exc:
        console.print(f"newsclean compact: {exc}")
        return 2
    if args.json:
        print(json.dumps({"compact_id": report.compact_id, "merged": report.merged, "rows": report.rows}, indent=2))
    elif not report.merged:
        console.print("nothing to compact: every folder has at most one part per size target")
    else:
        for key, (before, after) in report.merged.items():
            console.print(f"{key:<24} {before:>5} parts -> {after}  ({report.rows[key]} rows)")
        console.print(f"{report.files_removed} files fewer")
    return 0


# --- backfill --------------------------------------------------------------------


def cmd_backfill(args) -> int:
    from rich.console import Console

    from newsclean import progress

    console = Console(stderr=True)
    if args.since and args.until and args.since > args.until:
        print("newsclean backfill: --since is after --until", file=sys.stderr)
        return 2
    problem = check_output_dir(args.output)
    if problem:
        print(f"newsclean backfill: {problem}", file=sys.stderr)
        return 2
    # the first visible output, before the seconds of imports and server start-up
    api = os.environ.get("PREFECT_API_URL")
    where = f"using the Prefect server at {api}" if api else "starting a temporary local Prefect server (10-30 s)"
    console.print(f"newsclean backfill: {args.input} -> {args.output}; {where}", highlight=False, soft_wrap=True)
    from newsclean import warmup

    # the temporary server starts while the pipeline's modules are imported (see newsclean.warmup)
    warm = warmup.start_server()
    from newsclean.flows.serve import flow_for

    verbose = args.verbose or args.verbose_sub
    if not verbose:
        _one_line_prefect_errors()
    flow_fn = flow_for(args.dask_address)
    if warm is not None and warm.wait() and warm.ready_after is not None:
        console.print(f"newsclean backfill: Prefect server ready after {warm.ready_after:.1f} s", highlight=False)
    summary = None
    with _progress_bar(console) as bar:
        progress.set_callback(bar)
        try:
            summary = flow_fn(
                input_dir=str(args.input),
                output_dir=str(args.output),
                since=args.since,
                until=args.until,
                force=args.force,
                workers=1 if args.dask_address else args.workers,
                batch_size=args.batch_size,
                max_file_bytes=args.max_file_bytes,
                max_record_bytes=args.max_record_bytes,
                max_text_chars=args.max_text_chars,
            )
        except Exception as exc:  # the run itself failed: non-zero exit, one line (the traceback with -v)
            if verbose:
                console.print_exception()
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            print(f"newsclean backfill: run failed: {type(exc).__name__}: {first}", file=sys.stderr)
            return 1
        finally:
            progress.set_callback(None)
    if args.json:
        print(summary.model_dump_json(indent=2))
    else:
        print_summary(summary, Path(args.output), console)
    return 0


class _NoTracebacks:
    """A logging filter for Prefect's console: drop its ERROR records (the CLI prints one line) and tracebacks."""

    def filter(self, record) -> bool:
        if record.name.startswith("prefect") and record.levelno >= 40:
            return False
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


def _one_line_prefect_errors() -> None:
    """Without ``-v`` a failed run is one line: Prefect's own error logs and tracebacks are not printed."""
    import logging

    import prefect.logging.configuration  # noqa: F401 - Prefect's handlers exist once it is imported

    loggers = [logging.getLogger()] + [
        logging.getLogger(name) for name in list(logging.Logger.manager.loggerDict) if name.startswith("prefect")
    ]
    for handler in {h for lg in loggers for h in getattr(lg, "handlers", [])}:
        if isinstance(handler, logging.StreamHandler) and not any(isinstance(f, _NoTracebacks) for f in handler.filters):
            handler.addFilter(_NoTracebacks())


class _progress_bar:
    """A rich progress bar per phase, fed by :mod:`flows.progress`; silent when not a terminal."""

    def __init__(self, console) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(
            TextColumn("{task.description:>8}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[unit]}"),
            TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
            console=console, transient=False, disable=not console.is_terminal,
        )
        self.tasks: dict[str, Any] = {}

    def __enter__(self):
        self.progress.start()
        return self

    def __exit__(self, *exc):
        self.progress.stop()

    def __call__(self, phase: str, done: int, total: int, unit: str = "files") -> None:
        if phase not in self.tasks:
            self.tasks[phase] = self.progress.add_task(phase, total=total, unit=unit, rate="")
        task_id = self.tasks[phase]
        elapsed = self.progress.tasks[task_id].elapsed or 0.0
        rate = f"{done / elapsed:.1f} {unit}/s" if done and elapsed > 0 else ""
        self.progress.update(task_id, completed=done, total=total, rate=rate)


def print_summary(summary: RunManifest, output: Path, console) -> None:
    from rich.table import Table

    c = summary.counts
    t = Table(title=f"newsclean run {summary.run_id}", show_header=True)
    t.add_column("")
    t.add_column("rows", justify="right")
    for key in ("read", "articles", "duplicates", "rejects"):
        t.add_row(key, str(getattr(c, key)))
    console.print(t)
    from newsclean.store import layout

    manifest = layout.manifest_file(summary.run_id)
    where = (
        f"dataset: {output.resolve()}  (articles/, duplicates/, rejects/, {manifest})"
        if (output / manifest).exists()
        else f"dataset: {output.resolve()}  unchanged: this run found nothing new and wrote nothing"
    )
    console.print(
        where + "\n"
        f"files: {summary.files_planned} read, {summary.files_skipped_already_processed} already processed"
        + (f", {summary.files_skipped_out_of_range} outside the date window" if summary.files_skipped_out_of_range else "")
        + _ignored_note(summary.files_ignored_unsupported)
        + (f"; {c.out_of_range} records outside the date window" if c.out_of_range else "")
        + f"; {summary.duration_s} s"
    )
    if c.out_of_range:
        console.print(
            f"{c.out_of_range} records were outside the --since/--until window: not written; "
            "their files stay pending, so a later run picks them up"
        )
    if summary.reject_reasons:
        console.print("rejects: " + ", ".join(f"{k} ×{v}" for k, v in summary.reject_reasons.items()))
    # machine-readable last line for scripts
    print(
        f"read={c.read} articles={c.articles} duplicates={c.duplicates} rejects={c.rejects}"
        + (f" out_of_range={c.out_of_range}" if c.out_of_range else "")
    )


def run_main() -> None:
    """Console-script entry: a closed stdout (``newsclean clean F | head``) is not an error.

    ``backfill`` and ``serve`` start a guardian first (:mod:`newsclean.lifeline`):
    if this process is killed, the worker processes and the temporary Prefect
    server it started are killed too.
    """
    if len(sys.argv) > 1 and {"backfill", "serve"} & set(sys.argv[1:]):
        from newsclean.lifeline import start_guardian

        start_guardian()
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # stdout's reader went away: stop quietly, and keep Python from complaining at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 0
    except KeyboardInterrupt:
        print("newsclean: interrupted", file=sys.stderr)
        code = 130
    except Exception as exc:  # noqa: BLE001 - one line, the traceback only with -v
        if {"-v", "--verbose"} & set(sys.argv[1:]):
            import traceback

            traceback.print_exc()
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        print(f"newsclean: {type(exc).__name__}: {first}", file=sys.stderr)
        code = 1
    sys.exit(code)


if __name__ == "__main__":
    run_main()
