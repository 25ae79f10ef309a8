"""The run report (markdown), published as a Prefect artifact and shown by the CLI."""
from __future__ import annotations

from pathlib import Path

from newsclean.schemas.run import RunManifest


def _top(d: dict[str, int], n: int) -> list[tuple[str, int]]:
    return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def ignored_kinds(ignored: dict[str, int]) -> str:
    """The files of unsupported types a run did not read, most frequent suffix first.

    >>> ignored_kinds({".pdf": 1, ".csv": 2})
    '.csv 2, .pdf 1'
    """
    return ", ".join(f"{suffix} {count}" for suffix, count in _top(ignored, len(ignored)))


def markdown_report(m: RunManifest, html_report: Path | None = None) -> str:
    """The run's markdown report; ``html_report``: the dataset's HTML quality report, linked at the top."""
    n = m.top_n
    residue = {k: v for k, v in m.rules.items() if k.startswith("boilerplate:")}
    lines = [
        f"# newsclean run `{m.run_id}`",
        "",
        "| table | rows |",
        "|---|---:|",
        *(f"| {k} | {v} |" for k, v in m.counts.model_dump().items()),
        "",
        f"Files planned: {m.files_planned}, skipped as already processed: "
        f"{m.files_skipped_already_processed}, out of the date window: "
        f"{m.files_skipped_out_of_range}. Duration: {m.duration_s} s."
        + (f" Files of unsupported types not read: {ignored_kinds(m.files_ignored_unsupported)}."
           if m.files_ignored_unsupported else ""),
        *(
            [
                "",
                f"**{m.counts.out_of_range} records were outside the date window** "
                f"(since {m.since or 'any'}, until {m.until or 'any'}) and were not written; "
                "their files stay pending for a later run.",
            ]
            if m.counts.out_of_range
            else []
        ),
        *(
            [
                "",
                f"Quality report of the whole dataset: [{html_report}]({Path(html_report).resolve().as_uri()}) "
                f"(`newsclean report {Path(html_report).parent.parent}`; open it in a browser, it works offline).",
            ]
            if html_report
            else []
        ),
        "",
        "## Top reject reasons",
        "",
        "| reason | rows |",
        "|---|---:|",
        *(f"| {k} | {v} |" for k, v in _top(m.reject_reasons, n)),
        "",
        "## Top residue rules",
        "",
        "| rule | changes |",
        "|---|---:|",
        *(f"| {k} | {v} |" for k, v in _top(residue, n)),
        "",
        "## Timings (s)",
        "",
        *(f"- {k}: {v}" for k, v in m.timings_s.items()),
    ]
    return "\n".join(lines) + "\n"
