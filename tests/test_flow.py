"""The clean_news flow end to end on the samples plus bad inputs (one Prefect test server)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import polars as pl
import pytest
from conftest import REPO, SAMPLES, write_bad_inputs

pytestmark = pytest.mark.slow


def _table(out, name) -> pl.DataFrame:
    files = sorted((out / name).glob("*.parquet"))
    return pl.concat([pl.read_parquet(f) for f in files], how="diagonal_relaxed") if files else pl.DataFrame()


def _refs(out, name) -> list[str]:
    df = _table(out, name)
    return df["input_ref"].to_list() if len(df) else []


@pytest.fixture(scope="module")
def inbox(tmp_path_factory):
    root = tmp_path_factory.mktemp("inbox")
    shutil.copytree(SAMPLES, root, dirs_exist_ok=True)
    # the same story under another name: an exact duplicate
    shutil.copy(SAMPLES / "004_d8922b5850a6cfb1.txt", root / "copy_of_004.txt")
    bad = write_bad_inputs(root / "bad")
    return root, {f"bad/{k}": v for k, v in bad.items()}


@pytest.fixture(scope="module")
def first_run(prefect_server, inbox, tmp_path_factory):
    import newsclean.flows.clean_news as cn

    root, _ = inbox
    out = tmp_path_factory.mktemp("out")
    import newsclean.executor as ex

    saved = ex.POOL_MIN_FILES
    ex.POOL_MIN_FILES = 1  # exercise the process pool even on this small input
    try:
        summary = cn.clean_news(input_dir=str(root), output_dir=str(out), workers=2)
    finally:
        ex.POOL_MIN_FILES = saved
    return out, summary


def test_every_input_record_lands_in_exactly_one_table(inbox, first_run):
    root, bad = inbox
    out, summary = first_run
    articles, dups, rejects = _refs(out, "articles"), _refs(out, "duplicates"), _refs(out, "rejects")
    all_refs = articles + dups + rejects
    assert len(all_refs) == len(set(all_refs)), "a record landed twice"
    expected = {p.name for p in SAMPLES.glob("*.txt")} | {"copy_of_004.txt", "bad/feed.jsonl.gz#1"} | set(bad)
    assert set(all_refs) == expected
    assert set(rejects) == set(bad)
    assert summary.counts.read == len(expected)
    assert summary.counts.articles == len(articles) == 6
    assert summary.counts.rejects == len(bad)


def test_rejects_have_stable_reasons_and_keep_the_bytes(inbox, first_run):
    _, bad = inbox
    out, _ = first_run
    rej = _table(out, "rejects")
    got = dict(zip(rej["input_ref"].to_list(), rej["reason"].to_list()))
    assert got == bad
    raw = dict(zip(rej["input_ref"].to_list(), rej["raw"].to_list()))
    assert raw["bad/feed.jsonl.gz#2"] == b"this line is not JSON"


def test_copy_is_an_exact_duplicate_of_the_original(first_run):
    out, _ = first_run
    dups = _table(out, "duplicates")
    arts = _table(out, "articles")
    assert dups["method"].to_list() == ["exact"]
    original = arts.filter(pl.col("article_id") == dups["duplicate_of"][0])
    assert {original["input_ref"][0], dups["input_ref"][0]} == {"004_d8922b5850a6cfb1.txt", "copy_of_004.txt"}


def test_articles_carry_provenance_and_manifest(first_run):
    out, summary = first_run
    arts = _table(out, "articles")
    prov = arts["provenance"].struct.unnest()
    assert set(prov["run_id"].to_list()) == {summary.run_id}
    assert all(len(h) == 64 for h in prov["raw_sha256"].to_list())
    manifest = json.loads((out / "_runs" / f"{summary.run_id}.json").read_text())
    assert manifest["counts"] == summary.counts.model_dump()
    assert manifest["rules"]  # per-rule counts
    assert "trafilatura" in manifest["versions"]
    assert not (out / "_staging").exists() or not any((out / "_staging").iterdir())


def test_second_run_adds_nothing(first_run, inbox):
    from newsclean.flows.clean_news import clean_news

    root, _ = inbox
    out, _ = first_run
    before = {n: sorted(_refs(out, n)) for n in ("articles", "duplicates", "rejects")}
    again = clean_news(input_dir=str(root), output_dir=str(out), workers=1)
    assert again.counts.read == 0
    forced = clean_news(input_dir=str(root), output_dir=str(out), workers=1, force=True)
    assert forced.counts.articles == forced.counts.duplicates == forced.counts.rejects == 0
    after = {n: sorted(_refs(out, n)) for n in ("articles", "duplicates", "rejects")}
    assert after == before


def test_cli_backfill_and_clean(prefect_server, tmp_path):
    env = {**os.environ, "PREFECT_API_URL": prefect_server, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    exe = [sys.executable, "-m", "newsclean.cli"]
    res = subprocess.run(
        [*exe, "backfill", "--input", str(SAMPLES), "--output", str(tmp_path / "out")],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=600,
    )
    assert res.returncode == 0, res.stderr
    assert "read=5 articles=5 duplicates=0 rejects=0" in res.stdout
    assert "Task run" not in res.stdout + res.stderr  # Prefect's logs stay quiet without -v

    res = subprocess.run(
        [*exe, "clean", str(SAMPLES / "002_82da6a8c2d66460c.txt")], cwd=REPO, env=env, capture_output=True, text=True, timeout=300
    )
    assert res.returncode == 0, res.stderr
    rec = json.loads(res.stdout)
    assert rec["kind"] == "article"
    dropped = {c["detail"] for c in rec["provenance"]["changes"] if c["step"] == "boilerplate"}
    assert "Print Friendly, PDF & Email" in dropped

    res = subprocess.run([*exe, "clean", str(tmp_path / "nope.txt")], cwd=REPO, env=env, capture_output=True, text=True)
    assert res.returncode == 2 and "no such file" in res.stderr
    res = subprocess.run([*exe, "backfill", "--input", str(tmp_path / "missing")], cwd=REPO, env=env, capture_output=True, text=True)
    assert res.returncode == 2 and "does not exist" in res.stderr


def test_readme_example(first_run, capsys):
    """The analyst example in the README runs against a real dataset."""
    import re

    out, _ = first_run
    readme = (REPO / "README.md").read_text()
    block = re.search(r"### Reading it\s+```python\n(.*?)```", readme, re.S).group(1)
    assert 'out = "data/clean"' in block
    exec(compile(block.replace('out = "data/clean"', f'out = "{out}"'), "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "BREAKING: Lavrov meets Tillerson" in printed  # the story with a copy
    assert "boilerplate" in printed


def test_batching_and_pool_thresholds():
    from newsclean.executor import POOL_MIN_FILES, InlineExecutor, ProcessExecutor, executor_for, worth_a_pool
    from newsclean.plan import FileItem
    from newsclean.plan import batches as split

    def worth(fs, n_batches):
        return worth_a_pool(len(fs), sum(f.size for f in fs), n_batches)

    files = [FileItem(f"/x/{i}", f"{i}.txt", 1000, 0, "h") for i in range(100)]
    batches = split(files, workers=2, batch_size=None)
    assert sum(map(len, batches)) == 100 and len(batches) >= 8  # enough batches to balance 2 workers
    assert [len(b) for b in split(files, 2, 30)] == [30, 30, 30, 10]
    assert split([], 2, None) == []
    assert worth(files, len(batches))
    assert not worth(files[: POOL_MIN_FILES - 1], 4)  # small runs stay in-process
    assert not worth(files, 1)
    big = [FileItem("/x/big", "big.jsonl", 64 << 20, 0, "h"), FileItem("/x/b2", "b2.jsonl", 1, 0, "h")]
    assert worth(big, 2)  # a few huge feeds still use the pool
    # the executor is chosen by the same rule, and one worker never starts a pool
    assert isinstance(executor_for(1, 100, 1 << 30, 8), InlineExecutor)
    assert isinstance(executor_for(2, 5, 5000, 2), InlineExecutor)
    pool = executor_for(2, 100, 100_000, 8)
    try:
        assert isinstance(pool, ProcessExecutor) and pool.run(divmod, 7, 2) == (3, 1)
    finally:
        pool.close()


def test_flow_refuses_a_url_output_before_any_work(prefect_server, tmp_path, monkeypatch):
    from newsclean.flows.clean_news import clean_news
    from newsclean.store.location import NotALocalPathError

    monkeypatch.chdir(tmp_path)
    with pytest.raises(NotALocalPathError, match="s3://"):
        clean_news(input_dir=str(SAMPLES), output_dir="s3://bucket/clean", workers=1)
    assert list(tmp_path.iterdir()) == []  # no folder named "s3:"
