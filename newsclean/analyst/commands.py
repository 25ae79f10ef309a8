"""The analyst's subcommands of ``newsclean``: ``stats``, ``report``, ``explain`` (registered by :mod:`newsclean.cli`).

Each reads a finished dataset and never starts Prefect. Exit codes: 0 done,
2 when OUTPUT is not a dataset (or, for ``explain``, nothing has that name).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub) -> None:
    """Add the subcommands to ``newsclean``'s subparsers; each sets ``handler``."""
    st = sub.add_parser("stats", help="the dataset's quality numbers in the terminal (or --json)")
    st.add_argument("output", type=Path, help="dataset folder (the --output of backfill)")
    st.add_argument("--json", action="store_true", help="print the numbers as JSON")
    st.set_defaults(handler=cmd_stats)

    rp = sub.add_parser("report", help="write a self-contained HTML quality report of a dataset")
    rp.add_argument("output", type=Path, help="dataset folder (the --output of backfill)")
    rp.add_argument("-o", "--out", type=Path, default=None, help="report file (default OUTPUT/_reports/quality.html)")
    rp.set_defaults(handler=cmd_report)

    ex = sub.add_parser("explain", help="why a record looks the way it does: removed lines, dedup, date and name decisions")
    ex.add_argument("output", type=Path, help="dataset folder (the --output of backfill)")
    ex.add_argument("key", help="an input_ref (as in the tables, e.g. feed.jsonl#3) or an article_id")
    ex.add_argument("--json", action="store_true", help="print the explanation as JSON")
    ex.set_defaults(handler=cmd_explain)


def _open(args, name: str):
    from newsclean.analyst.dataset import Dataset, NotADatasetError

    try:
        return Dataset.open(args.output)
    except NotADatasetError as exc:
        print(f"newsclean {name}: {exc}", file=sys.stderr)
        return None


def cmd_stats(args: argparse.Namespace) -> int:
    from rich.console import Console

    from newsclean.analyst.stats import compute, print_stats

    ds = _open(args, "stats")
    if ds is None:
        return 2
    stats = compute(ds)
    if args.json:
        json.dump(stats, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        print_stats(stats, Console())
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from newsclean.analyst.report_html import write_report

    ds = _open(args, "report")
    if ds is None:
        return 2
    path = write_report(ds.root, args.out)
    print(f"{path}  ({path.stat().st_size / 1e6:.1f} MB, self-contained: open it in any browser, offline)")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from rich.console import Console

    from newsclean.analyst.explain import explain, print_explanation

    ds = _open(args, "explain")
    if ds is None:
        return 2
    result = explain(ds, args.key)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        print_explanation(result, Console(highlight=False))
    return 0 if result["records"] else 2
