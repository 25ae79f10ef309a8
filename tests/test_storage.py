"""Atomic writes, staged commits, recovery of killed runs, the dataset lock."""
from __future__ import annotations

import json
import multiprocessing
import time

import pyarrow as pa

from newsclean.store import (
    COMMIT_MARKER,
    commit,
    dataset_lock,
    read_parts,
    recover,
    staging_dir,
    write_parquet_atomic,
)


def _table(n: int) -> pa.Table:
    return pa.table({"x": list(range(n))})


def test_atomic_write_leaves_no_temp(tmp_path):
    write_parquet_atomic(_table(3), tmp_path / "articles" / "part-1.parquet")
    assert [p.name for p in (tmp_path / "articles").iterdir()] == ["part-1.parquet"]
    assert read_parts(tmp_path / "articles").num_rows == 3
    assert read_parts(tmp_path / "missing") is None


def test_commit_moves_everything_and_cleans_staging(tmp_path):
    stage = staging_dir(tmp_path, "r1")
    write_parquet_atomic(_table(2), stage / "articles" / "part-r1.parquet")
    write_parquet_atomic(_table(1), stage / "rejects" / "part-r1.parquet")
    commit(tmp_path, "r1", ["articles/part-r1.parquet", "rejects/part-r1.parquet"])
    assert read_parts(tmp_path / "articles").num_rows == 2
    assert read_parts(tmp_path / "rejects").num_rows == 1
    assert not stage.exists()


def test_recover_discards_uncommitted_and_rolls_committed_forward(tmp_path):
    killed_early = staging_dir(tmp_path, "early")
    write_parquet_atomic(_table(5), killed_early / "articles" / "part-early.parquet")
    killed_late = staging_dir(tmp_path, "late")
    write_parquet_atomic(_table(4), killed_late / "articles" / "part-late.parquet")
    write_parquet_atomic(_table(1), killed_late / "rejects" / "part-late.parquet")
    (killed_late / COMMIT_MARKER).write_text(
        json.dumps({"run_id": "late", "files": ["articles/part-late.parquet", "rejects/part-late.parquet"]})
    )
    # the late run had already moved its rejects when it was killed
    (tmp_path / "rejects").mkdir()
    (killed_late / "rejects" / "part-late.parquet").rename(tmp_path / "rejects" / "part-late.parquet")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / ".part-x.parquet.tmp-999").write_bytes(b"partial")

    done = recover(tmp_path)
    assert done == ["discarded early", "rolled forward late"]
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == ["part-late.parquet"]
    assert read_parts(tmp_path / "rejects").num_rows == 1
    assert recover(tmp_path) == []  # idempotent


def _hold(path, seconds, ready):
    from pathlib import Path

    with dataset_lock(Path(path)):
        ready.set()
        time.sleep(seconds)


def test_lock_makes_a_second_run_wait(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Event()
    holder = ctx.Process(target=_hold, args=(str(tmp_path), 1.5, ready))
    holder.start()
    assert ready.wait(30)
    waited = []
    t = time.monotonic()
    with dataset_lock(tmp_path, on_wait=lambda: waited.append(True)):
        elapsed = time.monotonic() - t
    holder.join(10)
    assert waited == [True]
    assert elapsed > 0.5
