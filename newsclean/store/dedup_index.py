"""The dedup index on disk: ``OUTPUT/_index/dedup/part-<run_id>.parquet``, one part per run.

Every document a run judged (articles and duplicates) is one row:

| column | type | meaning |
|---|---|---|
| article_id | string | the document's own id |
| representative | string | the article it belongs to (itself for an article) |
| content_hash | fixed_size_binary(32) | sha256 of the normalized text (exact key) |
| signature | fixed_size_binary(2 * NUM_PERM) | b-bit MinHash, little-endian uint16 values |
| shingles | uint32 | the text's shingle count (weighs containment); absent in parts written before it was kept, read as 0 = unknown |

Band keys are derived from the signature when the index is loaded, so a row costs
~300 bytes and 100k rows load in well under a second. The schema metadata carries
:data:`cleaners.dedup.INDEX_FORMAT`; parts written with other settings are refused
(their signatures would not be comparable) rather than silently mixed in.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from newsclean.cleaners.dedup import INDEX_FORMAT, NUM_PERM, DedupIndex, DedupResult
from newsclean.store.atomic import write_parquet_atomic
from newsclean.store.layout import DEDUP_INDEX, index_part

INDEX_DIR = Path(DEDUP_INDEX)
FORMAT_KEY = b"newsclean.dedup.format"
_SIG_BYTES = 2 * NUM_PERM

SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("representative", pa.string(), nullable=False),
        pa.field("content_hash", pa.binary(32), nullable=False),
        pa.field("signature", pa.binary(_SIG_BYTES), nullable=False),
        pa.field("shingles", pa.uint32(), nullable=False),
    ],
    metadata={FORMAT_KEY: INDEX_FORMAT.encode()},
)


class IndexFormatError(RuntimeError):
    """An index part written with other dedup settings (or not an index part at all)."""


def index_dir(output_dir: Path) -> Path:
    return Path(output_dir) / INDEX_DIR


def index_table(result: DedupResult | DedupIndex) -> pa.Table:
    """The rows a run appends to the index (``result.new_entries``)."""
    entries = result.new_entries if isinstance(result, DedupResult) else result
    n = len(entries)
    sig = np.ascontiguousarray(entries.signatures, dtype="<u2")
    hashes = b"".join(bytes.fromhex(h) for h in entries.content_hashes)
    columns = [
        pa.array(entries.article_ids, pa.string()),
        pa.array(entries.representatives, pa.string()),
        pa.FixedSizeBinaryArray.from_buffers(pa.binary(32), n, [None, pa.py_buffer(hashes)]),
        pa.FixedSizeBinaryArray.from_buffers(pa.binary(_SIG_BYTES), n, [None, pa.py_buffer(sig.tobytes())]),
        pa.array(entries.counts, pa.uint32()),
    ]
    return pa.Table.from_arrays(columns, schema=SCHEMA)


def check_format(table: pa.Table) -> None:
    """Raise :class:`IndexFormatError` unless ``table`` was written with this build's dedup settings."""
    fmt = (table.schema.metadata or {}).get(FORMAT_KEY)
    if fmt != INDEX_FORMAT.encode():
        raise IndexFormatError(f"dedup index part has format {fmt!r}, this build needs {INDEX_FORMAT!r}")


def upgrade(table: pa.Table) -> pa.Table:
    """A part written before ``shingles`` was kept, with the column added as 0 (unknown)."""
    if "shingles" in table.column_names:
        return table
    return table.append_column(pa.field("shingles", pa.uint32(), nullable=False), pa.array(np.zeros(table.num_rows, dtype=np.uint32)))


def table_to_index(table: pa.Table) -> DedupIndex:
    check_format(table)
    n = table.num_rows
    if n == 0:
        return DedupIndex.empty()
    return DedupIndex(
        table.column("article_id").to_pylist(),
        table.column("representative").to_pylist(),
        _hex_rows(_fixed_binary(table.column("content_hash"), 32, n, np.uint8), 32),
        _fixed_binary(table.column("signature"), _SIG_BYTES, n, np.dtype("<u2")).reshape(n, NUM_PERM),
        table.column("shingles").to_numpy() if "shingles" in table.column_names else None,
    )


def _fixed_binary(column: pa.ChunkedArray, width: int, n: int, dtype) -> np.ndarray:
    """A fixed_size_binary column as one contiguous numpy array (no per-row Python objects)."""
    arr = column.combine_chunks()
    if arr.null_count:
        raise IndexFormatError("nulls in a dedup index column")
    buf = arr.buffers()[1]
    raw = np.frombuffer(buf, dtype=np.uint8, count=n * width, offset=arr.offset * width)
    return raw.view(dtype)


def _hex_rows(raw: np.ndarray, width: int) -> list[str]:
    hx = raw.tobytes().hex()
    step = 2 * width
    return [hx[i : i + step] for i in range(0, len(hx), step)]


def part_paths(output_dir: Path) -> list[Path]:
    folder = index_dir(output_dir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.parquet") if not p.name.startswith("."))


def load_index(output_dir: Path) -> DedupIndex:
    """Everything already judged under ``output_dir`` (a missing folder is an empty index)."""
    parts = [table_to_index(pq.read_table(p)) for p in part_paths(output_dir)]
    return DedupIndex.concat(parts)


def write_part(output_dir: Path, run_id: str, table: pa.Table) -> Path:
    """Write one run's rows atomically as ``_index/dedup/part-<run_id>.parquet``."""
    final = Path(output_dir) / index_part(run_id)
    write_parquet_atomic(table, final)
    return final
