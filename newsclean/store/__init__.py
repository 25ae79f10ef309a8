"""Where the dataset lives on disk, and how it is changed safely.

* Every file is written to a temporary name and renamed into place, so a
  reader never sees a partial Parquet file.
* A run stages all its files under ``_staging/<run_id>/`` and then commits:
  it writes a ``COMMIT`` marker listing the files, moves each into place and
  deletes the staging folder. A run killed before the marker leaves nothing
  visible (its staging is deleted by the next run); one killed after it is
  rolled forward by the next run. Either way the dataset converges to what a
  clean run gives.
* One run at a time changes a dataset: ``dataset_lock`` holds an exclusive
  ``flock`` on ``OUTPUT/.lock``.

Folders starting with ``_`` or ``.`` are ignored by pyarrow, polars and DuckDB
dataset readers, so ``articles/``, ``duplicates/`` and ``rejects/`` only ever
show committed parts.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
import pickle
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

TABLE_DIRS = ("articles", "duplicates", "rejects")
STAGING = "_staging"
COMMIT_MARKER = "COMMIT"
LOCK_FILE = ".lock"
PARQUET_COMPRESSION = "zstd"


def _fsync_dir(path: Path) -> None:
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


@contextlib.contextmanager
def dataset_lock(output_dir: Path, *, on_wait=None) -> Iterator[None]:
    """Exclusive lock on a dataset for the whole run; waits for a running one."""
    output_dir.mkdir(parents=True, exist_ok=True)
    fh = open(output_dir / LOCK_FILE, "a+")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait:
                on_wait()
            fcntl.flock(fh, fcntl.LOCK_EX)
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()} {time.time():.0f}\n")
        fh.flush()
        yield
    finally:
        with contextlib.suppress(OSError):
            fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


def staging_dir(output_dir: Path, run_id: str) -> Path:
    return output_dir / STAGING / run_id


def commit(output_dir: Path, run_id: str, files: list[str]) -> None:
    """Move staged files (paths relative to the staging dir) into the dataset, all or nothing.

    The marker makes the commit durable: from then on it is rolled forward.
    """
    stage = staging_dir(output_dir, run_id)
    write_json_atomic({"run_id": run_id, "files": files}, stage / COMMIT_MARKER)
    _apply(output_dir, stage, files)


def _apply(output_dir: Path, stage: Path, files: list[str]) -> None:
    for rel in files:
        src, dst = stage / rel, output_dir / rel
        if src.exists():
            dst.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dst)
            _fsync_dir(dst.parent)
    shutil.rmtree(stage, ignore_errors=True)


def recover(output_dir: Path) -> list[str]:
    """Finish or discard the work of runs that were killed; returns what was done."""
    done = []
    root = output_dir / STAGING
    if not root.is_dir():
        return done
    for stage in sorted(p for p in root.iterdir() if p.is_dir()):
        marker = stage / COMMIT_MARKER
        if marker.exists():
            files = json.loads(marker.read_text())["files"]
            _apply(output_dir, stage, files)
            done.append(f"rolled forward {stage.name}")
        else:
            shutil.rmtree(stage, ignore_errors=True)
            done.append(f"discarded {stage.name}")
    # temp files of killed writers
    for sub in (*TABLE_DIRS, "_runs", "_index", "_ledger", "_residue"):
        folder = output_dir / sub
        if folder.is_dir():
            for tmp in folder.rglob(".*.tmp-*"):
                tmp.unlink(missing_ok=True)
    return done
