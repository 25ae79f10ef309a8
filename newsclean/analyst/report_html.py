"""``newsclean report OUTPUT``: one self-contained HTML file with the dataset's quality charts.

Plotly (MIT) draws the charts; its JavaScript is embedded once in the page, so
the report opens offline, from an e-mail attachment or an artifact store,
with no CDN. The numbers are :func:`newsclean.analyst.stats.compute`'s, the
same ``newsclean stats`` prints.
"""
from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from newsclean.analyst.stats import compute
from newsclean.store.layout import REPORT_FILE

CHART_HEIGHT = 360


def _bar(x: list, y: list, title: str, *, horizontal: bool = False, xlabel: str = "", ylabel: str = ""):
    import plotly.graph_objects as go

    if horizontal:  # long labels (sources, persons, reasons) read best on the y axis, biggest on top
        fig = go.Figure(go.Bar(x=y[::-1], y=[str(v) for v in x[::-1]], orientation="h"))
        height = max(CHART_HEIGHT, 22 * len(x) + 120)
    else:
        fig = go.Figure(go.Bar(x=x, y=y))
        height = CHART_HEIGHT
    fig.update_layout(
        title=title, height=height, margin={"l": 10, "r": 10, "t": 50, "b": 10},
        xaxis_title=xlabel, yaxis_title=ylabel, template="plotly_white",
    )
    if horizontal:
        fig.update_yaxes(automargin=True)
    return fig


def _runs_figure(runs: list[dict]):
    import plotly.graph_objects as go

    x = [r["finished_at"] or r["run_id"] for r in runs]
    fig = go.Figure()
    for key in ("articles", "duplicates", "rejects"):
        fig.add_trace(go.Bar(x=x, y=[r[key] for r in runs], name=key))
    fig.update_layout(
        title="Runs over time: rows written per run", barmode="stack", height=CHART_HEIGHT,
        margin={"l": 10, "r": 10, "t": 50, "b": 10}, template="plotly_white", yaxis_title="rows",
    )
    return fig


def figures(stats: dict) -> list[tuple[str, Any, str]]:
    """(section title, plotly figure or None when there is no data, note) in report order."""
    s = stats

    def col(key: str, name: str) -> list:
        return [r[name] for r in s[key]]

    out: list[tuple[str, Any, str]] = []

    def add(title: str, key: str, xname: str, yname: str, note: str = "", **kw) -> None:
        fig = _bar(col(key, xname), col(key, yname), title, **kw) if s[key] else None
        out.append((title, fig, note))

    add("Articles per publication day", "articles_per_day", "day", "articles",
        f"{s['totals']['undated_articles']} articles have no publication date.", ylabel="articles")
    if out[-1][1] is not None and len(s["articles_per_day"]) < 2:
        out[-1][1].update_xaxes(type="category")  # a date axis around a single day shows hours
    add("Articles per source", "articles_per_source", "source", "articles", horizontal=True, xlabel="articles")
    add("Languages", "languages", "language", "articles", "ISO 639-1; und = too little text to tell.", ylabel="articles")
    add("Rejects by reason", "rejects_by_reason", "reason", "rows", "stage:reason; see docs/DATA_DICTIONARY.md.", horizontal=True, xlabel="rows")
    add("Duplicates by method", "duplicates_by_method", "method", "rows", ylabel="rows")
    add("Story clusters by size", "cluster_sizes", "size", "clusters",
        "A cluster is an article and the copies that point to it; size 1 = no copy.", xlabel="articles + copies", ylabel="clusters")
    if out[-1][1] is not None:
        out[-1][1].update_xaxes(type="category")
    add("Publication-date sources", "published_date_sources", "published_date_source", "articles", ylabel="articles")
    add("Top persons", "top_persons", "person", "articles", "Articles naming each person (canonical names).", horizontal=True, xlabel="articles")
    add("Text length", "text_length_histogram", "bin", "articles",
        ", ".join(f"{k} {v}" for k, v in s["text_length"].items()), xlabel="characters", ylabel="articles")
    out.append(("Runs over time", _runs_figure(s["runs"]) if s["runs"] else None, ""))
    return out


def _lines_table(rows: list[dict]) -> str:
    if not rows:
        return "<p class='empty'>No boilerplate lines were removed.</p>"
    body = "".join(
        f"<tr><td>{html.escape(r['source'])}</td><td><code>{html.escape(r['rule'])}</code></td>"
        f"<td class='n'>{r['removed']}</td><td>{html.escape(r['line'])}</td></tr>"
        for r in rows
    )
    return (
        "<table><thead><tr><th>source</th><th>rule</th><th>removed</th><th>line</th></tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def _totals_table(totals: dict) -> str:
    cells = "".join(f"<tr><th>{html.escape(k.replace('_', ' '))}</th><td class='n'>{v}</td></tr>" for k, v in totals.items())
    return f"<table class='totals'>{cells}</table>"


_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}
h1{font-size:1.6rem} h2{font-size:1.2rem;margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
table{border-collapse:collapse;font-size:.9rem;margin:.5rem 0} td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums} .note{color:#555;font-size:.9rem} .empty{color:#888;font-style:italic}
.chart{min-height:80px}
"""


def render(stats: dict) -> str:
    """The report page for ``stats`` (plotly.js inlined once; no external script or style)."""
    import plotly

    parts: list[str] = []
    first = True
    for i, (title, fig, note) in enumerate(figures(stats)):
        parts.append(f"<h2>{html.escape(title)}</h2>")
        if note:
            parts.append(f"<p class='note'>{html.escape(note)}</p>")
        if fig is None:
            parts.append("<p class='empty'>No data.</p>")
            continue
        div = fig.to_html(full_html=False, include_plotlyjs=first, div_id=f"chart-{i}", config={"displaylogo": False})
        first = False
        parts.append(f"<div class='chart'>{div}</div>")
    parts.append("<h2>Top removed boilerplate lines per source</h2>")
    parts.append(_lines_table(stats["top_removed_lines"]))
    title = f"newsclean quality report: {stats['dataset']}"
    # the numbers, machine-readable, in the page itself ("</" escaped so no string can close the script)
    data = json.dumps(stats, ensure_ascii=False, default=str).replace("</", "<\\/")
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"
        f"<h1>{html.escape(title)}</h1>"
        f"<p class='note'>Schema version {html.escape(str(stats['schema_version']))}; plotly {plotly.__version__}, embedded.</p>"
        f"{_totals_table(stats['totals'])}"
        + "".join(parts)
        + f"<script type='application/json' id='newsclean-stats'>{data}</script>"
        "</body></html>"
    )


def write_report(dataset: str | Path, path: str | Path | None = None) -> Path:
    """Write the report of ``dataset`` to ``path`` (default ``OUTPUT/_reports/quality.html``); returns the path."""
    from newsclean.store.atomic import write_bytes_atomic

    stats = compute(dataset)
    target = Path(path) if path else Path(dataset) / REPORT_FILE
    write_bytes_atomic(render(stats).encode("utf-8"), target)
    return target
