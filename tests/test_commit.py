"""The commit's named stages (newsclean.commit), each on tiny inputs; no Prefect."""
from __future__ import annotations

import json
from collections import Counter

import pyarrow.parquet as pq
import pytest

from newsclean.batch import DraftBatch
from newsclean.cleaners import names
from newsclean.cleaners.change import Rejection
from newsclean.cleaners.dedup import DedupIndex, deduplicate, doc_from_article
from newsclean.cleaners.pipeline import RunContext, clean_record, reject
from newsclean.commit import (
    BatchRows,
    DedupOutcome,
    RunKeys,
    RunWriters,
    Tally,
    apply_decisions,
    build_manifest,
    collect_keys,
    commit_run,
    decide,
    decide_duplicates,
    drop_already_ingested,
    finish_parts,
    keep_new_versions,
    ledger_rows,
    read_articles,
    read_batch,
    write_batch,
)
from newsclean.inputs import sha256
from newsclean.schemas.arrow import ARTICLE_SCHEMA, to_table
from newsclean.schemas.models import Article, RawRecord
from newsclean.schemas.run import RunManifest
from newsclean.store import layout, staging_dir, write_pickle_atomic
from newsclean.store.dedup_index import load_index
from newsclean.store.layout import is_dataset_path
from newsclean.store.ledger import Ledger, load_ledger

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


def _keys(articles, index=None, previous=None) -> RunKeys:
    keys = RunKeys()
    collect_keys(keys, list(articles), index or DedupIndex.empty(), previous)
    return keys


def _run(out, run_id: str, batches, target_bytes: int = 128 * 2**20) -> RunManifest:
    """Stage ``batches`` (lists of articles and rejects) as a run's batch files and commit them."""
    stage = staging_dir(out, run_id)
    stage.mkdir(parents=True)
    for n, rows in enumerate(batches):
        _stage_batch(stage, n, rows)
    return commit_run(
        out, stage, run_id=run_id, n_batches=len(batches), run_stats={}, base=RunManifest(run_id=run_id, files_planned=1),
        timings={}, started=0.0, target_bytes=target_bytes,
    )


def test_read_batch_sorts_rows_into_articles_and_rejects_and_read_articles_only_takes_articles(tmp_path):
    a, b = _article("a.txt"), _article("b.txt", OTHER)
    late_reject = _reject("c.txt")  # phase 2 rejects arrive among the rows
    _stage_batch(tmp_path, 0, [a], rejects=[_reject("bad.txt")], files=[{"file_ref": "a.txt"}], skipped={"request": 2})
    _stage_batch(tmp_path, 1, [b, late_reject], out_of_range=3, skipped={"request": 1, "not_html": 1})
    first, second = read_batch(tmp_path, 0), read_batch(tmp_path, 1)
    assert [x.input_ref for x in first.articles] == ["a.txt"] and [r.input_ref for r in first.rejects] == ["bad.txt"]
    assert [x.input_ref for x in second.articles] == ["b.txt"] and [r.input_ref for r in second.rejects] == ["c.txt"]
    assert second.out_of_range == 3 and first.skipped + second.skipped == Counter({"request": 3, "not_html": 1})
    assert first.file_rows == [{"file_ref": "a.txt"}] and second.file_rows == []
    assert [x.input_ref for x in read_articles(tmp_path, 1)] == ["b.txt"]  # pass 1 never looks at rejects


def test_drop_already_ingested_removes_only_what_the_ledger_holds():
    a, b, r = _article("a.txt"), _article("b.txt", OTHER), _reject("bad.txt")
    batch = BatchRows(articles=[a, b], rejects=[r])
    ledger = Ledger(records={(a.input_ref, a.provenance.raw_sha256), (r.input_ref, r.provenance.raw_sha256)})
    assert drop_already_ingested(batch, ledger) == 2
    assert batch.articles == [b] and batch.rejects == []
    # the same reference with other bytes is a new record, not a repeat
    changed = _article("b.txt", OTHER + "\n\nUpdated at noon.")
    batch = BatchRows(articles=[changed])
    assert drop_already_ingested(batch, Ledger(records={(b.input_ref, b.provenance.raw_sha256)})) == 0
    assert batch.articles == [changed]


def test_collect_keys_keeps_no_text_and_numbers_articles_in_run_order():
    a, b, c = _article("a.txt"), _article("b.txt", OTHER), _article("c.txt")
    keys = _keys([a, b])
    collect_keys(keys, [c], DedupIndex.empty())  # the next batch continues the order
    assert [(d.article_id, d.order, d.text) for d in keys.docs] == [(a.article_id, 0, ""), (b.article_id, 1, ""), (c.article_id, 2, "")]
    assert all(d.signature is not None and d.signature.any() for d in keys.docs)
    assert keys.docs[0].length == len(a.text) and keys.refs == []  # no earlier versions: no refs kept


def test_decide_duplicates_on_keys_marks_the_copy_and_keeps_distinct_stories():
    original, copy, other = _article("a.txt"), _article("copy.txt"), _article("b.txt", OTHER)
    outcome = decide_duplicates(_keys([original, copy, other]).docs, DedupIndex.empty())
    v = outcome.result.verdicts
    assert list(v) == [copy.article_id] and v[copy.article_id].method == "exact"
    assert v[copy.article_id].duplicate_of == original.article_id  # input order breaks the tie
    assert outcome.not_articles == {copy.article_id}
    assert len(outcome.result.new_entries) == 3  # every judged document enters the index


def test_decide_duplicates_against_the_index_only():
    first = decide_duplicates(_keys([_article("a.txt")]).docs, DedupIndex.empty()).result.new_entries
    later = decide_duplicates(_keys([_article("elsewhere/a.txt")], first).docs, first)
    assert [v.duplicate_of for v in later.result.verdicts.values()] == [first.article_ids[0]]
    again = decide_duplicates(_keys([_article("a.txt")], first).docs, first)  # the very same record: already indexed
    assert again.result.verdicts == {} and again.not_articles == set(first.article_ids)


def test_apply_decisions_writes_articles_and_duplicate_rows_in_run_order():
    original, copy, other = _article("a.txt"), _article("copy.txt"), _article("b.txt", OTHER)
    decisions = decide(_keys([original, copy, other]), DedupIndex.empty(), {})
    articles, duplicates = apply_decisions([original, copy, other], decisions)
    assert [a.input_ref for a in articles] == ["a.txt", "b.txt"]
    assert [(d.input_ref, d.duplicate_of, d.method) for d in duplicates] == [("copy.txt", original.article_id, "exact")]


def test_keep_new_versions_promotes_a_near_copy_of_its_own_earlier_version():
    old = _article("v.txt")
    edited = _article("v.txt", STORY.replace("four million", "five million").replace("June", "July") + "\n\nUpdated at noon.")
    index = decide_duplicates(_keys([old]).docs, DedupIndex.empty()).result.new_entries
    previous = {"v.txt": [old.article_id]}
    keys = _keys([edited], index, previous)
    outcome = decide_duplicates(keys.docs, index)
    assert outcome.result.verdicts[edited.article_id].method == "near"  # without the rule: a duplicate
    versions = keep_new_versions(keys.refs, outcome, previous)
    assert versions.promoted == {"v.txt"} and versions.supersedes == {edited.article_id: old.article_id}
    assert edited.article_id not in outcome.not_articles and outcome.result.verdicts == {}
    # a copy of another input is not a version, whatever it resembles
    other_keys = _keys([_article("w.txt", edited.text)], index, previous)
    assert keep_new_versions(other_keys.refs, decide_duplicates(other_keys.docs, index), previous).promoted == set()


def test_ledger_rows_name_the_table_each_record_landed_in():
    a, copy, r = _article("a.txt"), _article("copy.txt"), _reject("bad.txt")
    _, dup = apply_decisions([a, copy], decide(_keys([a, copy]), DedupIndex.empty(), {}))
    rows = ledger_rows("r1", [a], dup, [r])
    assert [(x["input_ref"], x["table"]) for x in rows] == [("a.txt", "articles"), ("copy.txt", "duplicates"), ("bad.txt", "rejects")]
    assert {x["run_id"] for x in rows} == {"r1"}


def test_write_batch_appends_every_batch_to_one_part_per_table(tmp_path):
    a, b = _article("a.txt"), _article("b.txt", OTHER)
    writers = RunWriters(tmp_path, "r1")
    write_batch(writers, [a], [], [], [{"file_ref": "a.txt"}])
    write_batch(writers, [], [], [], [])
    write_batch(writers, [b], [], [_reject("bad.txt")], [])
    files = writers.close()
    assert sorted(files) == sorted(
        [layout.table_part(layout.ARTICLES, "r1"), layout.table_part(layout.REJECTS, "r1"),
         layout.ledger_part("records", "r1"), layout.ledger_part("files", "r1")]
    )  # one part per run, not per batch; no part for a table without rows
    assert all(is_dataset_path(f) and (tmp_path / f).is_file() for f in files)
    assert pq.read_table(tmp_path / files[0]).column("input_ref").to_pylist() == ["a.txt", "b.txt"]
    assert not [p for p in tmp_path.rglob(".*")]  # no temporary file left


def test_a_part_past_the_target_size_rolls_over_to_numbered_parts(tmp_path):
    texts = [STORY, OTHER, STORY + "\n\nA third paragraph.", OTHER + "\n\nA fourth one."]
    writers = RunWriters(tmp_path, "r1", target_bytes=1)  # every row group closes its part
    for i, text in enumerate(texts):
        write_batch(writers, [_article(f"{i}.txt", text)], [], [], [])
    parts = [f for f in writers.close() if f.startswith(layout.ARTICLES)]
    assert parts == [layout.table_part(layout.ARTICLES, "r1", n) for n in range(4)]
    assert sorted(p.name for p in (tmp_path / layout.ARTICLES).iterdir()) == [p.split("/")[1] for p in parts]
    read = [r for p in parts for r in pq.read_table(tmp_path / p).column("input_ref").to_pylist()]
    assert read == ["0.txt", "1.txt", "2.txt", "3.txt"]


def test_finish_parts_writes_empty_tables_only_where_none_exist(tmp_path):
    a = _article("a.txt")
    outcome = decide_duplicates(_keys([a]).docs, DedupIndex.empty())
    files = finish_parts(tmp_path, "r1", Tally(articles=1), outcome, run_stats={}, tables_present=frozenset())
    assert layout.table_part(layout.ARTICLES, "r1") not in files  # it has rows: written by pass 2
    assert {layout.table_part(t, "r1") for t in (layout.DUPLICATES, layout.REJECTS)} <= set(files)
    assert layout.index_part("r1") in files
    assert finish_parts(tmp_path, "r2", Tally(articles=1), outcome, run_stats={}) == [layout.index_part("r2")]


def test_build_manifest_counts_rows_rules_and_reasons():
    a, copy, r = _article("a.txt"), _article("copy.txt"), _reject("bad.txt")
    decisions = decide(_keys([a, copy]), DedupIndex.empty(), {})
    articles, dups = apply_decisions([a, copy], decisions)
    tally = Tally(already=5, out_of_range=2, skipped=Counter({"request": 4}))
    tally.add(articles, dups, [r])
    m = build_manifest(RunManifest(run_id="r1", files_planned=3), tally, decisions.outcome)
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


# ------------------------------------------------- the streamed commit against the decision functions

PEOPLE = [  # one person outside the gazetteer, three spellings, and a bare surname
    "Evgeny Prigozhin, the head of the harbour board, told the council that the repairs would be paid from reserves.",
    "Yevgeniy Prigozhin said in a statement on Monday that the budget for the new ferry terminal had been approved.",
    "Fishermen cheered when Yevgeniy Prigozhin promised them a new cold store and cheaper mooring fees next spring.",
    "Asked about the delay, Mr. Prigozhin blamed the weather and the late delivery of steel beams from the northern mill.",
    "Tourists in the old town rarely notice the quiet work of the gardeners who plant thousands of tulips every year.",
    "Yevgeny Prigozhin, a retired captain, wrote to the newspaper about the lighthouse that guided ships for a century.",
    "The chess club welcomed Yevgeniy Prigozhin, who won the regional championship with a bold queen sacrifice.",
    "Farmers at the autumn market sold apples, honey and cheese while Mr. Prigozhin handed out prizes for the best stall.",
]
FILLER = [
    "The regional weather office expects a calm week with light winds from the west and mild temperatures everywhere.",
    "Students of the music school will give a free concert in the cathedral on Sunday afternoon at four o'clock.",
    "The bakery on the main square celebrated its hundredth year with a market and games for the children.",
    "Cyclists asked the council for a safer crossing near the bridge after two accidents within a single month.",
    "A small museum of maps opened in the former customs house, showing charts drawn by local sailors long ago.",
    "The swimming pool will close for three weeks in August while engineers replace the old heating system.",
    "Volunteers collected more than two tonnes of plastic from the beaches during the spring cleaning weekend.",
    "The theatre company announced a season of comedies, starting with a new translation of an old French farce.",
]


def _story(i: int) -> str:
    return "\n\n".join([PEOPLE[i], FILLER[i], FILLER[(i + 3) % len(FILLER)]]) + "\n"


def _reference(articles: list[Article], ledger: Ledger, index: DedupIndex, previous: dict[str, list[str]]):
    """What the whole-run decision functions make of ``articles`` (all in memory, texts signed by dedup)."""
    fresh = [a.model_copy(deep=True) for a in articles if (a.input_ref, a.provenance.raw_sha256) not in ledger.records]
    mentions = names.resolve_across_documents(
        [[names.Mention(m.surface, m.canonical, m.start, m.end, list(m.flags)) for m in a.person_mentions] for a in fresh]
    )
    for art, ms in zip(fresh, mentions):
        for row, m in zip(art.person_mentions, ms):
            row.canonical, row.flags = m.canonical, list(m.flags)
        art.persons = names.persons_of(ms)
    result = deduplicate([doc_from_article(a, i) for i, a in enumerate(fresh)], index)
    outcome = DedupOutcome(result, set(result.verdicts) | set(result.already_indexed))
    dup_before = {a.article_id for a in fresh if a.article_id in result.verdicts}
    versions = keep_new_versions([(a.input_ref, a.article_id) for a in fresh], outcome, previous)
    for a in fresh:
        if a.article_id in versions.supersedes:
            a.supersedes = versions.supersedes[a.article_id]
    written = [a for a in fresh if a.article_id not in outcome.not_articles]
    dups = [a.input_ref for a in fresh if a.article_id in dup_before and a.input_ref not in versions.promoted]
    return written, dups, result


def test_a_streamed_commit_decides_what_the_whole_run_decision_functions_decide(tmp_path):
    out = tmp_path / "out"
    first = [_article(f"s{i}.txt", _story(i)) for i in range(4)] + [_article("v.txt", STORY)]
    _run(out, "r1", [first[:2], first[2:]])
    # run 2: an exact copy, a near copy, name variants across batches, a changed input (a new version of v.txt),
    # records already ingested (s0, s1 again), a copy of run 1's story and rejects, in four batches
    near = _story(5).replace("three weeks", "two weeks").replace("the old heating", "the heating")
    edited = STORY.replace("four million", "five million").replace("June", "July") + "\n\nUpdated at noon."
    run2 = [
        [first[0], _article("n5.txt", _story(5)), _article("n6.txt", _story(6))],
        [_article("copy5.txt", _story(5)), _reject("bad.txt"), _article("near5.txt", near)],
        [first[1], _article("v.txt", edited), _article("copy-s2.txt", _story(2))],
        [_article("n7.txt", _story(7)), _article("copy5b.txt", _story(5)), _reject("bad2.txt")],
    ]
    ledger, index = load_ledger(out), load_index(out)
    previous = {"v.txt": [first[4].article_id]}
    expected, expected_dups, result = _reference([r for b in run2 for r in b if isinstance(r, Article)], ledger, index, previous)
    m = _run(out, "r2", run2, target_bytes=1)  # every batch rolls the parts over, too

    def rows(table: str) -> list[dict]:
        parts = sorted((out / table).glob("part-r2*.parquet"))
        return [r for p in parts for r in pq.read_table(p).to_pylist()]

    assert rows(layout.ARTICLES) == to_table(expected, ARTICLE_SCHEMA).to_pylist()
    assert [d["input_ref"] for d in rows(layout.DUPLICATES)] == expected_dups
    assert [r["input_ref"] for r in rows(layout.REJECTS)] == ["bad.txt", "bad2.txt"]
    # what the case is made of: each kind of decision happened
    written = {a["input_ref"]: a for a in rows(layout.ARTICLES)}
    dup_of = {d["input_ref"]: d for d in rows(layout.DUPLICATES)}
    assert {"copy5.txt", "copy5b.txt", "copy-s2.txt"} <= set(dup_of) and dup_of["near5.txt"]["method"] == "near"
    assert written["v.txt"]["supersedes"] == first[4].article_id and m.counts.new_versions == 1
    assert m.counts.already_ingested == 2 and "s0.txt" not in written
    # the run's most common spelling (story 5 and its copies) names the person everywhere, the bare surname too
    assert {p for a in written.values() for p in a["persons"]} == {"Yevgeny Prigozhin"}
    assert [pm["flags"][-1] for ref in ("n6.txt", "n7.txt") for pm in written[ref]["person_mentions"]] == ["cross_document"] * 2
    assert m.counts.read == len(expected) + len(expected_dups) + 2
    index_rows = pq.read_table(out / layout.index_part("r2")).column("article_id").to_pylist()
    assert index_rows == result.new_entries.article_ids


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


def test_name_forms_fed_one_document_at_a_time_resolve_like_the_whole_run():
    texts = [
        "Evgeny Prigozhin spoke. Prigozhin left.",
        "Yevgeniy Prigozhin said so.",
        "Yevgeniy Prigozhin again, then Maria Petrova and Mario Petrov.",
        "Mr. Prigozhin alone.",
    ]
    docs = [names.find_persons(t, None, None)[1] for t in texts]
    forms = names.NameForms()
    for mentions in docs:
        forms.add(mentions)
    resolution = forms.resolution()
    assert [resolution.apply(m) for m in docs] == names.resolve_across_documents(docs)
    assert {m.canonical for m in resolution.apply(docs[3])} == {"Yevgeniy Prigozhin"}  # the bare surname joins
    assert resolution.apply(docs[2])[1].canonical == "Maria Petrova"  # another person is left alone
