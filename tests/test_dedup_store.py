"""flows.dedup_store: the index on disk round-trips, stays compact, refuses foreign formats."""
from __future__ import annotations

import random

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsclean.cleaners import dedup
from newsclean.cleaners.dedup import DedupDoc, DedupIndex, content_hash, deduplicate
from newsclean.store.dedup_index import (
    FORMAT_KEY,
    IndexFormatError,
    index_dir,
    index_table,
    load_index,
    write_part,
)


def _docs(seed: int, n: int, start: int = 0) -> list[DedupDoc]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text = "\n\n".join(" ".join(rng.choice("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()) + str(rng.random())[2:5] for _ in range(30)) for _ in range(3))
        out.append(DedupDoc(f"id{start + i}", content_hash(text), text, None, 0, len(text), start + i))
    return out


def test_missing_folder_is_an_empty_index(tmp_path):
    idx = load_index(tmp_path)
    assert len(idx) == 0 and idx.signatures.shape == (0, dedup.NUM_PERM)


def test_round_trip_over_several_parts(tmp_path):
    r1 = deduplicate(_docs(1, 30), DedupIndex.empty())
    write_part(tmp_path, "run-1", index_table(r1))
    r2 = deduplicate(_docs(2, 20, start=30), load_index(tmp_path))
    write_part(tmp_path, "run-2", index_table(r2))
    idx = load_index(tmp_path)
    expected = DedupIndex.concat([r1.new_entries, r2.new_entries])
    assert idx.article_ids == expected.article_ids
    assert idx.representatives == expected.representatives
    assert idx.content_hashes == expected.content_hashes
    assert (idx.signatures == expected.signatures).all()
    assert idx.sizes.tolist() == expected.sizes.tolist() and (idx.sizes > 0).all()
    assert sorted(p.name for p in index_dir(tmp_path).iterdir()) == ["part-run-1.parquet", "part-run-2.parquet"]


def test_a_part_written_before_shingle_counts_were_kept_still_loads(tmp_path):
    result = deduplicate(_docs(5, 6), DedupIndex.empty())
    old = index_table(result).drop_columns(["shingles"])  # the earlier layout, same format key
    write_part(tmp_path, "1-old", old)
    write_part(tmp_path, "2-new", index_table(deduplicate(_docs(6, 4, start=6), DedupIndex.empty())))
    idx = load_index(tmp_path)
    assert len(idx) == 10
    assert idx.sizes[:6].tolist() == [0] * 6 and (idx.sizes[6:] > 0).all()  # 0: unknown, J alone decides
    assert (idx.signatures[:6] == result.new_entries.signatures).all()


def test_columns_are_compact_fixed_width(tmp_path):
    table = index_table(deduplicate(_docs(3, 5), DedupIndex.empty()))
    assert table.schema.field("signature").type == pa.binary(2 * dedup.NUM_PERM)
    assert table.schema.field("content_hash").type == pa.binary(32)
    assert table.num_rows == 5


def test_a_part_with_other_settings_is_refused(tmp_path):
    table = index_table(deduplicate(_docs(4, 3), DedupIndex.empty()))
    foreign = table.replace_schema_metadata({FORMAT_KEY: b"minhash-other-settings"})
    index_dir(tmp_path).mkdir(parents=True)
    pq.write_table(foreign, index_dir(tmp_path) / "part-old.parquet")
    with pytest.raises(IndexFormatError):
        load_index(tmp_path)


def test_temp_files_of_an_unfinished_write_are_ignored(tmp_path):
    write_part(tmp_path, "r", index_table(deduplicate(_docs(5, 4), DedupIndex.empty())))
    (index_dir(tmp_path) / ".part-crashed.parquet.tmp").write_bytes(b"garbage")
    assert len(load_index(tmp_path)) == 4


def test_empty_run_writes_a_readable_empty_part(tmp_path):
    write_part(tmp_path, "empty", index_table(deduplicate([], DedupIndex.empty())))
    assert len(load_index(tmp_path)) == 0


def test_loaded_signatures_are_contiguous_uint16(tmp_path):
    write_part(tmp_path, "r", index_table(deduplicate(_docs(6, 3), DedupIndex.empty())))
    sig = load_index(tmp_path).signatures
    assert sig.dtype == np.uint16 and sig.flags["C_CONTIGUOUS"]


def test_an_old_part_is_upgraded_for_compaction_with_unknown_counts():
    from newsclean.store.dedup_index import SCHEMA, upgrade

    table = index_table(deduplicate(_docs(7, 3), DedupIndex.empty()))
    old = table.drop_columns(["shingles"])
    merged = pa.concat_tables([upgrade(old).cast(SCHEMA), upgrade(table).cast(SCHEMA)])
    assert merged.column("shingles").to_pylist()[:3] == [0, 0, 0]
    assert merged.column("shingles").to_pylist()[3:] == table.column("shingles").to_pylist()
