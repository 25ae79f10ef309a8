"""Per-source line statistics for learned residue, kept beside the dataset.

``_residue/lines-<run_id>.parquet`` (source, key, docs) and
``_residue/sources-<run_id>.parquet`` (source, docs): each run adds the counts
of the documents it committed, so the statistics improve across runs.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import polars as pl
import pyarrow as pa

from newsclean.store.atomic import read_parts
from newsclean.store.layout import RESIDUE

LINES_SCHEMA = pa.schema([("source", pa.string()), ("key", pa.string()), ("docs", pa.int64())])
SOURCES_SCHEMA = pa.schema([("source", pa.string()), ("docs", pa.int64())])

# per source: (number of documents, Counter of line key -> documents containing it)
SourceStats = dict[str, tuple[int, Counter]]


def merge(into: SourceStats, other: SourceStats) -> SourceStats:
    for source, (n, lines) in other.items():
        n0, c0 = into.get(source, (0, Counter()))
        c0.update(lines)
        into[source] = (n0 + n, c0)
    return into


def load_stats(output_dir: Path) -> SourceStats:
    folder = output_dir / RESIDUE
    sources = read_parts(folder, "sources-")
    lines = read_parts(folder, "lines-")
    stats: SourceStats = {}
    if sources is None:
        return stats
    for row in pl.DataFrame(sources).group_by("source").agg(pl.col("docs").sum()).iter_rows():
        stats[row[0]] = (int(row[1]), Counter())
    if lines is not None:
        agg = pl.DataFrame(lines).group_by("source", "key").agg(pl.col("docs").sum())
        for source, key, docs in agg.iter_rows():
            if source in stats:
                stats[source][1][key] = int(docs)
    return stats


def stats_tables(stats: SourceStats) -> tuple[pa.Table, pa.Table]:
    sources = [{"source": s, "docs": n} for s, (n, _) in sorted(stats.items())]
    lines = [{"source": s, "key": k, "docs": c} for s, (_, cnt) in sorted(stats.items()) for k, c in cnt.items()]
    return pa.Table.from_pylist(lines, schema=LINES_SCHEMA), pa.Table.from_pylist(sources, schema=SOURCES_SCHEMA)
