"""The run report (markdown), published as a Prefect artifact and shown by the CLI."""
from __future__ import annotations


def _top(d: dict, n: int) -> list[tuple[str, int]]:
    return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def markdown_report(summary: dict) -> str:
    c = summary.get("counts", {})
    n = summary.get("top_n", 10)
    lines = [
        f"# newsclean run `{summary.get('run_id')}`",
        "",
        "| table | rows |",
        "|---|---:|",
        *(f"| {k} | {v} |" for k, v in c.items()),
        "",
        f"Files planned: {summary.get('files_planned', 0)}, skipped as already processed: "
        f"{summary.get('files_skipped_already_processed', 0)}, out of the date window: "
        f"{summary.get('files_skipped_out_of_range', 0)}. Duration: {summary.get('duration_s', 0)} s.",
        "",
        "## Top reject reasons",
        "",
        "| reason | rows |",
        "|---|---:|",
        *(f"| {k} | {v} |" for k, v in _top(summary.get("reject_reasons", {}), n)),
        "",
        "## Top residue rules",
        "",
        "| rule | changes |",
        "|---|---:|",
        *(f"| {k} | {v} |" for k, v in _top({k: v for k, v in summary.get("rules", {}).items() if k.startswith("boilerplate:")}, n)),
        "",
        "## Timings (s)",
        "",
        *(f"- {k}: {v}" for k, v in summary.get("timings_s", {}).items()),
    ]
    return "\n".join(lines) + "\n"
