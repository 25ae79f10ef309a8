"""The commit's named stages (newsclean.commit), each on tiny inputs; no Prefect."""
from __future__ import annotations

import json
from collections import Counter

import pyarrow.parquet as pq
import pytest

from newsclean.batch import DraftBatch
from newsclean.cleaners.change import Rejection
from newsclean.cleaners.dedup import DedupIndex
from newsclean.cleaners.pipeline import RunContext, clean_record, reject
from newsclean.commit import (
    RunRows,
    build_manifest,
    commit_run,
    decide_duplicates,
    drop_already_ingested,
    gather,
    ledger_rows,
    stage_files,
)
from newsclean.inputs import sha256
from newsclean.schemas.models import Article, RawRecord
from newsclean.schemas.run import RunManifest
from newsclean.store import layout, staging_dir, write_pickle_atomic
from newsclean.store.layout import is_dataset_path
from newsclean.store.ledger import Ledger

CTX = RunContext(run_id="r1", pipeline_version="0")
STORY = (
    "The harbour authority said on Tuesday that the northern pier would reopen in June after repairs to the storm "
    "damage, which cost the city more than four million euros.\n\n"
    "Fishermen who had moved their boats to the southern basin welcomed the news but asked for compensation."
)
OTHER = (
    "A new public library opened in the old railway station on Saturday, with a reading room for children and a "
    "collection of local newspapers going back to 1880.\n\nThe mayor thanked the volunteers who had sorted the books."
)


def _raw(ref: str, text: str) -> RawRecord:
    body = text.encode()
    return RawRecord(input_ref=ref, kind="text", body=body, raw_sha256=sha256(body))


def _article(ref: str, text: str = STORY) -> Article:
    art = clean_record(_raw(ref, text), CTX)
    assert isinstance(art, Article)
    return art


def _reject(ref: str):
    return reject(_raw(ref, "x"), CTX, Rejection("decode", "empty", "no bytes"))


def _stage_batch(stage, n: int, articles, rejects=(), files=(), out_of_range=0, skipped=None):
    meta = DraftBatch(rejects=list(rejects), files=list(files), out_of_range=out_of_range, skipped=Counter(skipped or {}))
    write_pickle_atomic(meta, stage / layout.meta_file(n))
    write_pickle_atomic(list(articles), stage / layout.rows_file(n))


def test_gather_reads_every_batch_and_sorts_rows_into_articles_and_rejects(tmp_path):
    a, b = _article("a.txt"), _article("b.txt", OTHER)
    late_reject = _reject("c.txt")  # phase 2 rejects arrive among the rows
    _stage_batch(tmp_path, 0, [a], rejects=[_reject("bad.txt")], files=[{"file_ref": "a.txt"}], skipped={"request": 2})
    _stage_batch(tmp_path, 1, [b, late_reject], out_of_range=3, skipped={"request": 1, "not_html": 1})
    rows = gather(tmp_path, 2)
    assert [[x.input_ref for x in arts] for arts in rows.articles] == [["a.txt"], ["b.txt"]]
    assert sorted(r.input_ref for r in rows.rejects) == ["bad.txt", "c.txt"]
    assert rows.out_of_range == 3 and rows.skipped == Counter({"request": 3, "not_html": 1})
    assert rows.file_rows == [{"file_ref": "a.txt"}]


def test_drop_already_ingested_removes_only_what_the_ledger_holds():
    a, b, r = _article("a.txt"), _article("b.txt", OTHER), _reject("bad.txt")
    rows = RunRows(articles=[[a], [b]], rejects=[r])
    ledger = Ledger(records={(a.input_ref, a.provenance.raw_sha256), (r.input_ref, r.provenance.raw_sha256)})
    assert drop_already_ingested(rows, ledger) == 2
    assert rows.all_articles() == [b] and rows.rejects == []
    # the same reference with other bytes is a new record, not a repeat
    changed = _article("b.txt", OTHER + "\n\nUpdated at noon.")
    rows = RunRows(articles=[[changed]])
    assert drop_already_ingested(rows, Ledger(records={(b.input_ref, b.provenance.raw_sha256)})) == 0
    assert rows.all_articles() == [changed]


def test_decide_duplicates_marks_the_copy_and_keeps_distinct_stories():
    original, copy, other = _article("a.txt"), _article("copy.txt"), _article("b.txt", OTHER)
    outcome = decide_duplicates([original, copy, other], DedupIndex.empty())
    assert [(d.input_ref, d.method) for d in outcome.duplicates] == [("copy.txt", "exact")]
    assert outcome.duplicates[0].duplicate_of == original.article_id  # input order breaks the tie
    assert outcome.not_articles == {copy.article_id}
    assert len(outcome.result.new_entries) == 3  # every judged document enters the index


def test_decide_duplicates_against_the_index_only():
    first = decide_duplicates([_article("a.txt")], DedupIndex.empty()).result.new_entries
    later = decide_duplicates([_article("elsewhere/a.txt")], first)
    assert [d.duplicate_of for d in later.duplicates] == [first.article_ids[0]]
    again = decide_duplicates([_article("a.txt")], first)  # the very same record: already indexed, not a duplicate
    assert again.duplicates == [] and again.not_articles == set(first.article_ids)


def test_ledger_rows_name_the_table_each_record_landed_in():
    a, r = _article("a.txt"), _reject("bad.txt")
    dup = decide_duplicates([a, _article("copy.txt")], DedupIndex.empty()).duplicates
    rows = ledger_rows("r1", [a], dup, [r])
    assert [(x["input_ref"], x["table"]) for x in rows] == [("a.txt", "articles"), ("copy.txt", "duplicates"), ("bad.txt", "rejects")]
    assert {x["run_id"] for x in rows} == {"r1"}


def test_stage_files_writes_only_non_empty_parts_inside_the_layout(tmp_path):
    a = _article("a.txt")
    b = _article("b.txt", OTHER)
    rows = RunRows(articles=[[a], [], [b]])
    outcome = decide_duplicates([a, b], DedupIndex.empty())
    files = stage_files(tmp_path, "r1", rows, outcome, run_stats={})
    article_parts = [f for f in files if f.startswith(layout.ARTICLES + "/")]
    assert article_parts == [layout.table_part(layout.ARTICLES, "r1")]  # one part per run, not per batch
    assert not any(f.startswith((layout.DUPLICATES, layout.REJECTS)) for f in files)  # empty tables: no part
    assert all(is_dataset_path(f) and (tmp_path / f).is_file() for f in files)
    assert pq.read_table(tmp_path / article_parts[0]).column("input_ref").to_pylist() == ["a.txt", "b.txt"]


def test_build_manifest_counts_rows_rules_and_reasons():
    a, copy, r = _article("a.txt"), _article("copy.txt"), _reject("bad.txt")
    outcome = decide_duplicates([a, copy], DedupIndex.empty())
    rows = RunRows(articles=[[a]], rejects=[r], out_of_range=2, skipped=Counter({"request": 4}))
    m = build_manifest(RunManifest(run_id="r1", files_planned=3), rows, outcome, already=5)
    assert (m.counts.read, m.counts.articles, m.counts.duplicates, m.counts.rejects) == (3, 1, 1, 1)
    assert (m.counts.already_ingested, m.counts.out_of_range, m.counts.skipped_records) == (5, 2, 4)
    assert m.reject_reasons == {"decode:empty": 1} and m.duplicates_by_method == {"exact": 1}
    assert m.files_planned == 3  # the base settings are kept
    expected_rules = Counter(f"{c.step}:{c.rule}" for row in (a, copy, r) for c in row.provenance.changes)
    assert m.rules == dict(expected_rules)


def test_commit_run_end_to_end_on_a_tiny_run(tmp_path):
    out = tmp_path / "out"
    stage = staging_dir(out, "r1")
    stage.mkdir(parents=True)
    a, copy, other = _article("a.txt"), _article("copy.txt"), _article("b.txt", OTHER)
    _stage_batch(stage, 0, [a, copy], rejects=[_reject("bad.txt")])
    _stage_batch(stage, 1, [other])
    timings: dict[str, float] = {}
    m = commit_run(out, stage, run_id="r1", n_batches=2, run_stats={}, base=RunManifest(run_id="r1"), timings=timings, started=0.0)
    assert not stage.exists()
    refs = {t: sorted(pq.read_table(out / t).column("input_ref").to_pylist()) for t in layout.TABLE_DIRS}
    assert refs == {"articles": ["a.txt", "b.txt"], "duplicates": ["copy.txt"], "rejects": ["bad.txt"]}
    on_disk = json.loads((out / layout.manifest_file("r1")).read_text())
    assert RunManifest.model_validate(on_disk) == m and m.counts.read == 4
    assert {"dedup", "commit"} <= set(m.timings_s)


def test_a_run_that_planned_nothing_writes_nothing(tmp_path):
    out = tmp_path / "out"

    def empty_run(run_id: str) -> RunManifest:
        stage = staging_dir(out, run_id)
        stage.mkdir(parents=True)
        m = commit_run(out, stage, run_id=run_id, n_batches=0, run_stats={}, base=RunManifest(run_id=run_id), timings={}, started=0.0)
        assert m.counts.read == 0 and not stage.exists()
        return m

    def files():
        return sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file() and p.name != ".lock")

    empty_run("r0")  # a new dataset: its tables are created, empty, so readers can open them
    assert {f.split("/")[0] for f in files()} >= set(layout.TABLE_DIRS)
    before = files()
    empty_run("r1")  # then a run that finds nothing leaves no trace
    assert files() == before and not any("r1" in f for f in before)


@pytest.mark.parametrize("bad", ["../../x.parquet", "/tmp/x.parquet", "elsewhere/x.parquet", "articles/../../x"])
def test_a_commit_never_moves_files_outside_the_layout(tmp_path, bad):
    from newsclean.store import UnsafeCommitError, commit, recover, write_json_atomic

    out = tmp_path / "out"
    with pytest.raises(UnsafeCommitError):
        commit(out, "r1", [bad])
    # a planted marker is discarded by recovery, nothing is moved
    stage = staging_dir(out, "r2")
    (stage / "x.parquet").parent.mkdir(parents=True, exist_ok=True)
    (stage / "x.parquet").write_bytes(b"PAR1")
    write_json_atomic({"run_id": "r2", "files": [bad]}, stage / layout.COMMIT_MARKER)
    done = recover(out)
    assert done and "discarded" in done[0] and not stage.exists()
    assert not (tmp_path / "x.parquet").exists()
