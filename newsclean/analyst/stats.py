"""The dataset's quality numbers: ``newsclean stats OUTPUT`` (rich tables, or ``--json``) and the HTML report's data.

:func:`compute` is the one place the numbers come from; the terminal view and
the report only render its dict, so they always agree. Every list is sorted
by count (then key) so two runs over the same dataset give the same output.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import polars as pl

from newsclean.analyst.dataset import Dataset

TOP_SOURCES = 30  # sources shown in "articles per source" (the rest are summed as "(other)")
TOP_PERSONS = 25
TOP_LINES_PER_SOURCE = 5  # removed boilerplate lines shown per source
TOP_LINE_SOURCES = 10  # sources shown in the removed-lines table (most removals first)
LENGTH_BINS = 20  # bins of the text-length histogram, over 0..the 99th percentile
BOILERPLATE_STEPS = ("boilerplate",)
MOVED_NOT_REMOVED = ("title_line", "title_repeat")  # the headline line goes to ``title``: not residue


def _counts(series: pl.Series, key: str, value: str = "rows") -> list[dict]:
    c = Counter(x if x is not None else "(none)" for x in series.to_list())
    return [{key: k, value: n} for k, n in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))]


def _changes(frame: pl.DataFrame) -> pl.DataFrame:
    """One row per change: source, step, rule, detail."""
    if frame.is_empty():
        return pl.DataFrame(schema={"source": pl.String, "step": pl.String, "rule": pl.String, "detail": pl.String})
    return (
        frame.select("source", pl.col("provenance").struct.field("changes"))
        .explode("changes")
        .drop_nulls("changes")
        .unnest("changes")
    )


def _length_histogram(lengths: list[int]) -> list[dict]:
    if not lengths:
        return []
    ordered = sorted(lengths)
    top = max(ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], 1)
    width = max(1, -(-top // LENGTH_BINS))
    bins = Counter(min(n // width, LENGTH_BINS) for n in ordered)
    out = []
    for b in range(LENGTH_BINS + 1):
        lo = b * width
        label_hi = f"{lo + width - 1}" if b < LENGTH_BINS else "+"
        out.append({"chars_from": lo, "chars_to": (lo + width - 1) if b < LENGTH_BINS else None, "bin": f"{lo}-{label_hi}" if b < LENGTH_BINS else f"{lo}+", "articles": bins.get(b, 0)})
    return out if out[-1]["articles"] else out[:-1]


def _quantiles(lengths: list[int]) -> dict:
    """Count, min, quartiles, p90, max and mean (nearest-rank quantiles).

    >>> _quantiles([10, 20, 30, 40])
    {'count': 4, 'min': 10, 'p25': 20, 'median': 30, 'p75': 40, 'p90': 40, 'max': 40, 'mean': 25.0}
    """
    if not lengths:
        return {"count": 0}
    s = sorted(lengths)

    def q(p: float) -> int:
        return s[min(len(s) - 1, round(p * (len(s) - 1) + 0.5) if p < 1 else len(s) - 1)]

    return {
        "count": len(s), "min": s[0], "p25": q(0.25), "median": q(0.5), "p75": q(0.75), "p90": q(0.9),
        "max": s[-1], "mean": round(sum(s) / len(s), 1),
    }


def compute(dataset: Dataset | str | Path) -> dict:
    """Every number of the quality report, as a JSON-ready dict."""
    ds = dataset if isinstance(dataset, Dataset) else Dataset.open(dataset)
    arts = ds.table("articles", ["article_id", "source", "language", "published_date", "published_date_source",
                                 "persons", "text", "supersedes", "provenance"])
    dups, rejs = ds.table("duplicates", ["duplicate_of", "method", "source", "provenance"]), ds.table("rejects", ["stage", "reason"])
    superseded = set(arts.get_column("supersedes").drop_nulls().to_list())

    per_source = _counts(arts.get_column("source"), "source", "articles")
    if len(per_source) > TOP_SOURCES:
        rest = sum(r["articles"] for r in per_source[TOP_SOURCES:])
        per_source = per_source[:TOP_SOURCES] + [{"source": "(other)", "articles": rest}]

    days = Counter(d.isoformat() if d else None for d in arts.get_column("published_date").to_list())
    undated = days.pop(None, 0)

    # clusters: an article and the duplicates that point to it
    dup_count = Counter(dups.get_column("duplicate_of").to_list())
    sizes = Counter(1 + dup_count.get(a, 0) for a in arts.get_column("article_id").to_list())
    for rep, n in dup_count.items():  # a representative written before this dataset's articles (should not happen)
        if rep not in set(arts.get_column("article_id").to_list()):
            sizes[1 + n] += 1

    ch = _changes(pl.concat([arts.select("source", "provenance"), dups.select("source", "provenance")]))
    removed = ch.filter(
        pl.col("step").is_in(BOILERPLATE_STEPS) & ~pl.col("rule").is_in(MOVED_NOT_REMOVED) & (pl.col("detail") != "")
    )
    by_source = Counter(removed.get_column("source").to_list())
    lines = []
    for source, total in sorted(by_source.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_LINE_SOURCES]:
        sub = removed.filter(pl.col("source") == source)
        c = Counter(zip(sub.get_column("detail").to_list(), sub.get_column("rule").to_list()))
        for (line, rule), n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_LINES_PER_SOURCE]:
            lines.append({"source": source, "line": line, "rule": rule, "removed": n, "source_total": total})

    persons = Counter(p for ps in arts.get_column("persons").to_list() for p in set(ps or ()))
    lengths = arts.get_column("text").str.len_chars().to_list()
    rule_counts = Counter(f"{s}:{r}" for s, r in zip(ch.get_column("step").to_list(), ch.get_column("rule").to_list()))

    runs = [
        {
            "run_id": m.get("run_id"),
            "finished_at": m.get("finished_at"),
            "duration_s": m.get("duration_s"),
            "files_planned": m.get("files_planned"),
            **{k: (m.get("counts") or {}).get(k, 0) for k in ("read", "articles", "duplicates", "rejects", "out_of_range", "new_versions")},
        }
        for m in ds.runs
    ]
    return {
        "dataset": str(ds.root.resolve()),
        "schema_version": ds.schema_version(),
        "totals": {
            "articles": arts.height,
            "latest_articles": arts.height - len(superseded),
            "duplicates": dups.height,
            "rejects": rejs.height,
            "records": arts.height + dups.height + rejs.height,
            "sources": arts.get_column("source").n_unique(),
            "runs": len(runs),
            "undated_articles": undated,
        },
        "articles_per_day": [{"day": d, "articles": n} for d, n in sorted(days.items())],
        "articles_per_source": per_source,
        "languages": _counts(arts.get_column("language"), "language", "articles"),
        "rejects_by_reason": [
            {"reason": f"{s}:{r}", "rows": n}
            for (s, r), n in sorted(
                Counter(zip(rejs.get_column("stage").to_list(), rejs.get_column("reason").to_list())).items(),
                key=lambda kv: (-kv[1], kv[0]),
            )
        ],
        "duplicates_by_method": _counts(dups.get_column("method"), "method"),
        "cluster_sizes": [{"size": k, "clusters": n} for k, n in sorted(sizes.items())],
        "top_removed_lines": lines,
        "published_date_sources": _counts(arts.get_column("published_date_source"), "published_date_source", "articles"),
        "top_persons": [{"person": p, "articles": n} for p, n in sorted(persons.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_PERSONS]],
        "text_length": _quantiles(lengths),
        "text_length_histogram": _length_histogram(lengths),
        "rules": dict(sorted(rule_counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        "runs": runs,
    }


# --- terminal ------------------------------------------------------------------------

SECTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # (key, title, columns): the list-valued sections, in report order
    ("articles_per_day", "Articles per publication day", ("day", "articles")),
    ("articles_per_source", "Articles per source", ("source", "articles")),
    ("languages", "Languages", ("language", "articles")),
    ("rejects_by_reason", "Rejects by reason", ("reason", "rows")),
    ("duplicates_by_method", "Duplicates by method", ("method", "rows")),
    ("cluster_sizes", "Story clusters by size (article + its copies)", ("size", "clusters")),
    ("top_removed_lines", "Top removed boilerplate lines per source", ("source", "rule", "removed", "line")),
    ("published_date_sources", "Publication-date sources", ("published_date_source", "articles")),
    ("top_persons", "Top persons", ("person", "articles")),
    ("text_length_histogram", "Text length (characters)", ("bin", "articles")),
    ("runs", "Runs", ("run_id", "finished_at", "read", "articles", "duplicates", "rejects", "out_of_range", "duration_s")),
)


def print_stats(stats: dict, console) -> None:
    """The numbers as rich tables (what ``newsclean stats`` prints)."""
    from rich.table import Table

    console.print(f"[bold]newsclean dataset[/bold] {stats['dataset']} (schema {stats['schema_version'] or '?'})")
    t = Table(show_header=False)
    t.add_column("")
    t.add_column("", justify="right")
    for k, v in stats["totals"].items():
        t.add_row(k.replace("_", " "), str(v))
    console.print(t)
    q = stats["text_length"]
    if q.get("count"):
        console.print("text length (chars): " + ", ".join(f"{k} {v}" for k, v in q.items() if k != "count"))
    for key, title, cols in SECTIONS:
        rows = stats[key]
        if not rows:
            console.print(f"\n[bold]{title}[/bold]: [dim]none[/dim]")
            continue
        console.print(f"\n[bold]{title}[/bold]")
        t = Table()
        for c in cols:
            t.add_column(c, justify="right" if isinstance(rows[0].get(c), (int, float)) else "left", overflow="fold")
        for r in rows:
            t.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in cols))
        console.print(t)
