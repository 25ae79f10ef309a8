"""The ingest ledger beside the dataset: which inputs were already processed.

``_ledger/files-<run_id>.parquet``: file_ref, size, mtime_ns, file_sha256, run_id.
A file whose (file_ref, file_sha256) is there was fully processed; size and
mtime let a scheduled run skip unchanged files without reading them.
``_ledger/records-<run_id>.parquet``: input_ref, raw_sha256, table, run_id, one
row per input record that landed in a table: the commit drops records already
there, so overlapping or repeated runs never write a record twice.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from newsclean.store.atomic import read_parts
from newsclean.store.layout import LEDGER

FILES_SCHEMA = pa.schema(
    [
        ("file_ref", pa.string()),
        ("size", pa.int64()),
        ("mtime_ns", pa.int64()),
        ("file_sha256", pa.string()),
        ("run_id", pa.string()),
    ]
)
RECORDS_SCHEMA = pa.schema(
    [("input_ref", pa.string()), ("raw_sha256", pa.string()), ("table", pa.string()), ("run_id", pa.string())]
)


@dataclass(slots=True)
class Ledger:
    # file_ref -> {(size, mtime_ns, sha256)}
    files: dict[str, set[tuple[int, int, str]]] = field(default_factory=dict)
    records: set[tuple[str, str]] = field(default_factory=set)

    def file_done(self, file_ref: str, size: int, mtime_ns: int) -> bool:
        return any(s == size and m == mtime_ns for s, m, _ in self.files.get(file_ref, ()))

    def file_sha_done(self, file_ref: str, sha: str) -> bool:
        return any(h == sha for _, _, h in self.files.get(file_ref, ()))


def load_ledger(output_dir: Path) -> Ledger:
    led = Ledger()
    files = read_parts(output_dir / LEDGER, "files-")
    if files is not None:
        for r in files.to_pylist():
            led.files.setdefault(r["file_ref"], set()).add((r["size"], r["mtime_ns"], r["file_sha256"]))
    records = read_parts(output_dir / LEDGER, "records-", columns=["input_ref", "raw_sha256"])
    if records is not None:
        led.records = set(zip(records.column("input_ref").to_pylist(), records.column("raw_sha256").to_pylist()))
    return led


def files_table(rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=FILES_SCHEMA)


def records_table(rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=RECORDS_SCHEMA)
