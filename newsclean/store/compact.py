"""``newsclean compact OUTPUT``: merge a dataset's small part files, atomically, beside a running schedule.

Every incremental run adds a few small files (a part per table, ledger,
residue and index part). Compaction merges the parts of each folder into
files of at most :data:`TARGET_PART_BYTES` (on disk) and swaps them in with
the same staged commit a run uses: new parts move into place, then the parts
they replace are deleted (a crash in between is rolled forward by the next
run or compaction). It holds the dataset lock, so a scheduled run waits for
it and it waits for a running one. Rows are never changed: the merged parts
hold exactly the rows of the parts they replace (residue statistics are summed
per key, which is what every reader of them does).

A reader that lists a folder in the instant between the move and the deletes
can see a row twice; readers that need a fixed view read while no run or
compaction holds the lock.
"""
from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from newsclean.store import dedup_index, layout
from newsclean.store.atomic import write_parquet_atomic
from newsclean.store.lock import dataset_lock
from newsclean.store.staging import commit, recover, staging_dir

# merged parts stop growing at about this size on disk (Parquet readers like 100 MB-1 GB files)
TARGET_PART_BYTES = 128 << 20


@dataclass(frozen=True, slots=True)
class PartGroup:
    """Parts of one folder (same file-name prefix) that merge into one file."""

    folder: str  # relative to OUTPUT
    prefix: str  # "part-", "files-", "records-", "lines-", "sources-"
    parts: tuple[str, ...]  # relative to OUTPUT, in name order


@dataclass(slots=True)
class CompactReport:
    compact_id: str
    merged: dict[str, tuple[int, int]] = field(default_factory=dict)  # folder/prefix -> (parts before, after)
    rows: dict[str, int] = field(default_factory=dict)  # folder/prefix -> rows (unchanged by compaction)

    @property
    def files_removed(self) -> int:
        return sum(before - after for before, after in self.merged.values())


# (folder, file-name prefix): what compaction merges
MERGEABLE: tuple[tuple[str, str], ...] = (
    (layout.ARTICLES, "part-"),
    (layout.DUPLICATES, "part-"),
    (layout.REJECTS, "part-"),
    (layout.LEDGER, "files-"),
    (layout.LEDGER, "records-"),
    (layout.RESIDUE, "lines-"),
    (layout.RESIDUE, "sources-"),
    (layout.DEDUP_INDEX, "part-"),
)


def new_compact_id() -> str:
    return "compact-" + dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


def plan_groups(output_dir: Path, target_bytes: int = TARGET_PART_BYTES) -> list[PartGroup]:
    """Consecutive parts of each folder packed into groups of at most ``target_bytes``; single-part groups are dropped."""
    groups: list[PartGroup] = []
    for folder, prefix in MERGEABLE:
        root = output_dir / folder
        if not root.is_dir():
            continue
        parts = sorted(p for p in root.glob(f"{prefix}*.parquet") if not p.name.startswith((".", "_")))
        current: list[Path] = []
        size = 0
        for p in parts:
            n = p.stat().st_size
            if current and size + n > target_bytes:
                groups.append(PartGroup(folder, prefix, tuple(f"{folder}/{q.name}" for q in current)))
                current, size = [], 0
            current.append(p)
            size += n
        if current:
            groups.append(PartGroup(folder, prefix, tuple(f"{folder}/{q.name}" for q in current)))
    return [g for g in groups if len(g.parts) > 1]


def _sum_residue(table: pa.Table, keys: list[str]) -> pa.Table:
    summed = pl.DataFrame(table).group_by(keys, maintain_order=True).agg(pl.col("docs").sum()).to_arrow()
    return summed.cast(table.schema)


def merge_group(output_dir: Path, group: PartGroup) -> pa.Table:
    """The rows of a group's parts as one table (residue statistics summed per key)."""
    tables = [pq.read_table(output_dir / rel) for rel in group.parts]
    if group.folder == layout.DEDUP_INDEX:
        for t in tables:
            dedup_index.check_format(t)  # refuses a foreign format rather than mixing it in
        return pa.concat_tables([dedup_index.upgrade(t).cast(dedup_index.SCHEMA) for t in tables])
    table = pa.concat_tables(tables, promote_options="default")
    if group.folder == layout.RESIDUE:
        table = _sum_residue(table, ["source", "key"] if group.prefix == "lines-" else ["source"])
    return table


def compact(
    output_dir: Path,
    *,
    target_bytes: int = TARGET_PART_BYTES,
    on_wait: Callable[[], None] | None = None,
) -> CompactReport:
    """Merge the small parts of every folder of the dataset at ``output_dir``; see the module docstring."""
    if not (output_dir / layout.RUNS).is_dir():
        raise FileNotFoundError(f"not a newsclean dataset (no {layout.RUNS}/): {output_dir}")
    compact_id = new_compact_id()
    report = CompactReport(compact_id)
    with dataset_lock(output_dir, on_wait=on_wait):
        recover(output_dir)
        stage = staging_dir(output_dir, compact_id)
        files: list[str] = []
        remove: list[str] = []
        counters: dict[str, int] = {}
        for group in plan_groups(output_dir, target_bytes):
            key = f"{group.folder}/{group.prefix}"
            n = counters.get(key, 0)
            counters[key] = n + 1
            table = merge_group(output_dir, group)
            rel = f"{group.folder}/{group.prefix}{compact_id}-{n:05d}.parquet"
            write_parquet_atomic(table, stage / rel)
            files.append(rel)
            remove.extend(group.parts)
            before, after = report.merged.get(key, (0, 0))
            report.merged[key] = (before + len(group.parts), after + 1)
            report.rows[key] = report.rows.get(key, 0) + table.num_rows
        if files:
            commit(output_dir, compact_id, files, remove)
    return report
