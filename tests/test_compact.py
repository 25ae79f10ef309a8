"""newsclean compact: fewer files, exactly the same rows and state, crash-safe, refuses what is not a dataset."""
from __future__ import annotations

import json
import random
import subprocess
import sys
from collections import Counter

import pyarrow.dataset as pads
import pytest

from newsclean.batch import DraftBatch
from newsclean.cleaners.change import Rejection
from newsclean.cleaners.pipeline import RunContext, clean_record, reject
from newsclean.commit import commit_run
from newsclean.inputs import sha256
from newsclean.schemas.models import Article, RawRecord
from newsclean.schemas.run import RunManifest
from newsclean.store import layout, staging_dir, write_pickle_atomic
from newsclean.store import staging as staging_mod
from newsclean.store.compact import compact, plan_groups
from newsclean.store.dedup_index import load_index
from newsclean.store.ledger import load_ledger
from newsclean.store.residue import load_stats

CTX = RunContext(run_id="r", pipeline_version="0")
TOPICS = ["harbour", "library", "bridge", "museum", "stadium", "tramway"]


WORDS = (
    "council budget harbour museum library bridge stadium tramway river school hospital station market garden "
    "mayor minister residents workers farmers teachers doctors drivers builders engineers officials critics "
    "approved rejected delayed funded opened closed repaired expanded moved studied questioned welcomed"
).split()


def _article(ref: str, topic: str, n: int) -> Article:
    """A distinct story per (topic, n): random sentences, so no two are near duplicates by accident."""
    rng = random.Random(f"{topic}-{n}")
    sentences = [" ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + "." for _ in range(8)]
    text = f"The {topic} story number {n}. " + " ".join(sentences[:4]) + "\n\n" + " ".join(sentences[4:])
    body = text.encode()
    art = clean_record(RawRecord(input_ref=ref, kind="text", body=body, raw_sha256=sha256(body)), CTX)
    assert isinstance(art, Article)
    return art


def _run(out, run_id: str, articles, rejects=(), stats=None) -> RunManifest:
    stage = staging_dir(out, run_id)
    stage.mkdir(parents=True)
    files = [{"file_ref": a.input_ref, "size": 1, "mtime_ns": 1, "file_sha256": "h" + a.input_ref} for a in articles]
    write_pickle_atomic(DraftBatch(rejects=list(rejects), files=files), stage / layout.meta_file(0))
    write_pickle_atomic(list(articles), stage / layout.rows_file(0))
    base = RunManifest(run_id=run_id, files_planned=len(files) or 1)
    return commit_run(out, stage, run_id=run_id, n_batches=1, run_stats=stats or {}, base=base, timings={}, started=0.0)


@pytest.fixture()
def dataset(tmp_path):
    out = tmp_path / "out"
    for r in range(4):
        arts = [_article(f"r{r}/{t}.txt", t, r) for t in TOPICS[r : r + 2]]
        copy = _article(f"r{r}/copy.txt", TOPICS[r], r)  # an exact copy: a duplicates row
        bad = reject(RawRecord(input_ref=f"r{r}/bad.txt", kind="text", body=b"", raw_sha256=sha256(b"")), CTX, Rejection("decode", "empty"))
        stats = {"example.org": (2, Counter({"Share this": 2, f"line {r}": 1}))}
        _run(out, f"2024010{r}T000000Z-run", [*arts, copy], [bad], stats)
    return out


def _state(out):
    rows = {t: sorted(pads.dataset(out / t, format="parquet").to_table().column("input_ref").to_pylist()) for t in layout.TABLE_DIRS}
    led = load_ledger(out)
    idx = load_index(out)
    stats = {s: (n, dict(c)) for s, (n, c) in load_stats(out).items()}
    return rows, (led.files, led.records), sorted(zip(idx.article_ids, idx.representatives, idx.content_hashes)), stats


def _files(out):
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*.parquet"))


def test_compact_merges_parts_and_keeps_every_row_and_all_state(dataset):
    before, files_before = _state(dataset), _files(dataset)
    assert len(plan_groups(dataset)) == 8  # every mergeable folder has 4 parts
    report = compact(dataset)
    assert report.files_removed == len(files_before) - len(_files(dataset)) > 0
    assert all(after == 1 for _, after in report.merged.values())
    assert _state(dataset) == before  # same rows, ledger, index and residue statistics
    assert not (dataset / layout.STAGING).exists() or not any((dataset / layout.STAGING).iterdir())
    # nothing left to merge: a second compaction changes nothing
    files_after = _files(dataset)
    assert compact(dataset).merged == {} and _files(dataset) == files_after


def test_compact_respects_the_size_target(dataset):
    report = compact(dataset, target_bytes=1)  # every part is over the target: nothing is merged
    assert report.merged == {}


def test_a_compaction_killed_after_its_marker_is_rolled_forward(dataset, monkeypatch):
    before = _state(dataset)

    def die_half_way(output_dir, stage, files, remove=None):
        for rel in files[: len(files) // 2]:
            (output_dir / rel).parent.mkdir(parents=True, exist_ok=True)
            (stage / rel).replace(output_dir / rel)
        raise KeyboardInterrupt("killed")

    monkeypatch.setattr(staging_mod, "_apply", die_half_way)
    with pytest.raises(KeyboardInterrupt):
        compact(dataset)
    monkeypatch.undo()
    assert staging_mod.recover(dataset)[0].startswith("rolled forward compact-")
    assert _state(dataset) == before


def test_compact_refuses_a_folder_that_is_not_a_dataset(tmp_path):
    with pytest.raises(FileNotFoundError, match="not a newsclean dataset"):
        compact(tmp_path)
    done = subprocess.run([sys.executable, "-m", "newsclean.cli", "compact", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "not a newsclean dataset" in done.stderr


def test_compact_cli_reports_what_it_merged(dataset):
    done = subprocess.run([sys.executable, "-m", "newsclean.cli", "compact", str(dataset), "--json"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    merged = json.loads(done.stdout)["merged"]
    assert merged["articles/part-"] == [4, 1] and merged["_ledger/records-"] == [4, 1]
