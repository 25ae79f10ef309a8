"""Atomic file writes: a temporary name, fsync, then a rename, so no reader sees a partial file."""
from __future__ import annotations

import contextlib
import json
import os
import pickle
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

PARQUET_COMPRESSION = "zstd"
# temporary files of a writer: ``.<name>.tmp-<pid>`` (recovery deletes those a killed writer left)
TMP_GLOB = ".*.tmp-*"


def fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _tmp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp-{os.getpid()}")


def write_bytes_atomic(data: bytes, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_name(path)
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_json_atomic(obj: Any, path: Path) -> None:
    write_bytes_atomic((json.dumps(obj, indent=2, default=str, ensure_ascii=False) + "\n").encode(), path)


def write_parquet_atomic(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_name(path)
    pq.write_table(table, tmp, compression=PARQUET_COMPRESSION)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_pickle_atomic(obj: Any, path: Path) -> None:
    write_bytes_atomic(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL), path)


def read_pickle(path: Path) -> Any:
    with open(path, "rb") as fh:
        return pickle.load(fh)


def read_parts(folder: Path, prefix: str = "", columns: list[str] | None = None) -> pa.Table | None:
    """All committed ``<prefix>*.parquet`` parts of a folder as one table (None when there are none)."""
    if not folder.is_dir():
        return None
    parts = sorted(p for p in folder.glob(f"{prefix}*.parquet") if not p.name.startswith((".", "_")))
    if not parts:
        return None
    tables = [pq.read_table(p, columns=columns) for p in parts]
    return pa.concat_tables(tables, promote_options="default")
