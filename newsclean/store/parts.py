"""One table's rows of a run, appended batch by batch to a Parquet part in the run's staging folder.

A commit streams its batches: each batch's rows are appended to the table's
open part with :class:`pyarrow.parquet.ParquetWriter` (one row group per
batch), so a run's rows are never all in memory, and a run still writes one
part per table (``articles/part-<run_id>.parquet``) rather than one per batch.
Past :data:`TARGET_PART_BYTES` the part is closed and the next one begun; the
parts of a run that rolled over are numbered (``part-<run_id>-00000.parquet``,
``-00001`` ...), so they sort in the order they were written.

A part is written under a temporary name and renamed when closed (fsynced),
like :func:`newsclean.store.atomic.write_parquet_atomic`; the staging folder
and its ``COMMIT`` marker (:mod:`newsclean.store.staging`) make the run's parts
appear together or not at all.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from newsclean.store.atomic import PARQUET_COMPRESSION, _tmp_name

TARGET_PART_BYTES = 128 * 2**20
"""A part is closed once its file reaches this size (checked after each batch's row group)."""


class PartWriter:
    """Appends tables with one ``schema`` to the parts ``rel_of(None)``, or ``rel_of(0)``, ``rel_of(1)``... under ``stage``.

    ``rel_of(n)``: the part's path relative to ``stage`` (``n`` is None while the run has one part).
    Nothing is written for a table that never gets a row; :meth:`close` returns the parts written.

    >>> import tempfile
    >>> from newsclean.store.layout import table_part
    >>> stage = Path(tempfile.mkdtemp())
    >>> w = PartWriter(stage, lambda n: table_part("t", "r1", n), pa.schema([("x", pa.int64())]))
    >>> for start in (0, 2):
    ...     w.write(pa.table({"x": [start, start + 1]}))
    >>> w.close(), pq.read_table(stage / "t/part-r1.parquet").column("x").to_pylist()
    (['t/part-r1.parquet'], [0, 1, 2, 3])
    """

    def __init__(
        self, stage: Path, rel_of: Callable[[int | None], str], schema: pa.Schema, target_bytes: int = TARGET_PART_BYTES
    ) -> None:
        self.stage, self.rel_of, self.schema, self.target_bytes = Path(stage), rel_of, schema, target_bytes
        self.parts: list[str] = []  # closed parts, in order
        self.rows = 0
        self._writer: pq.ParquetWriter | None = None
        self._tmp: Path | None = None

    def write(self, table: pa.Table) -> None:
        """Append ``table``'s rows (cast to the schema: the same columns, in any order); an empty table writes nothing."""
        if not table.num_rows:
            return
        if self._writer is None:
            self._open()
        assert self._writer is not None and self._tmp is not None
        self._writer.write_table(table.select(self.schema.names).cast(self.schema))
        self.rows += table.num_rows
        if self._tmp.stat().st_size >= self.target_bytes:
            self._finish()

    def close(self) -> list[str]:
        """Close the open part; returns every part written (relative to the stage)."""
        if self._writer is not None:
            self._finish()
        return list(self.parts)

    def abort(self) -> None:
        """Drop the open part (an exception while writing): nothing half-written is left under a final name."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        if self._tmp is not None:
            self._tmp.unlink(missing_ok=True)
            self._tmp = None

    def _final(self, n: int) -> Path:
        return self.stage / self.rel_of(None if n == 0 else n)

    def _open(self) -> None:
        final = self._final(len(self.parts))
        final.parent.mkdir(parents=True, exist_ok=True)
        self._tmp = _tmp_name(final)
        self._writer = pq.ParquetWriter(self._tmp, self.schema, compression=PARQUET_COMPRESSION)

    def _finish(self) -> None:
        assert self._writer is not None and self._tmp is not None
        self._writer.close()
        with open(self._tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        n = len(self.parts)
        if n == 1:  # the run rolls over: its first part is numbered too
            os.replace(self.stage / self.parts[0], self.stage / self.rel_of(0))
            self.parts[0] = self.rel_of(0)
        os.replace(self._tmp, self._final(n))
        self.parts.append(self.rel_of(None if n == 0 else n))
        self._writer, self._tmp = None, None
