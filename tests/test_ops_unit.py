"""Operations, fast part: date windows, incremental planning, the served deployment's shape, prefect.yaml.

No Prefect engine here (task functions are called through ``.fn``); the
end-to-end runs are in tests/test_ops_e2e.py.
"""
from __future__ import annotations

import argparse
import datetime as dt
import inspect
import json
import os
from pathlib import Path

import pytest

from newsclean.batch import draft_files
from newsclean.cleaners.pipeline import RunContext
from newsclean.flows.clean_news import clean_news, plan_inputs
from newsclean.flows.serve import DEFAULT_CRON, _check_cron, build_deployment, deployment_parameters, serve
from newsclean.plan import DateRange, Plan, folder_date
from newsclean.store import write_parquet_atomic
from newsclean.store.ledger import LEDGER, files_table

REPO = Path(__file__).resolve().parents[1]
BODY = "The council approved the new harbour budget on Tuesday after a long debate about the storm damage.\n"


def _txt(path: Path, text: str = BODY, fetched_at: str | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if fetched_at:
        path.with_name(path.stem + ".meta.json").write_text(json.dumps({"fetched_at": fetched_at}))
    return path


def _plan(inp: Path, out: Path, since=None, until=None, force=False) -> Plan:
    return plan_inputs.fn(str(inp), str(out), since, until, force)


def _refs(plan: dict) -> list[str]:
    return sorted(f.file_ref for f in plan.files)


# --- date windows ----------------------------------------------------------------


def test_folder_date_only_from_a_whole_path_segment():
    assert folder_date("2024-03-05/a.txt") == dt.date(2024, 3, 5)
    assert folder_date("feeds/2024-03-05/x/a.txt") == dt.date(2024, 3, 5)
    # look-alikes: a date inside a file name or a longer segment, an impossible date
    assert folder_date("feeds/report-2024-03-05.txt") is None
    assert folder_date("feeds/2024-03-05x/a.txt") is None
    assert folder_date("2024-13-45/a.txt") is None


def test_since_until_select_files_by_date_folder_and_keep_undated(tmp_path):
    inp, out = tmp_path / "in", tmp_path / "out"
    for day in ("2024-03-01", "2024-03-05", "2024-03-09"):
        _txt(inp / day / "a.txt")
    _txt(inp / "undated" / "b.txt")
    plan = _plan(inp, out, since=dt.date(2024, 3, 3), until=dt.date(2024, 3, 5))
    assert _refs(plan) == ["2024-03-05/a.txt", "undated/b.txt"]
    assert plan.skipped_range == 2
    # bounds are inclusive; one-sided windows work
    assert _refs(_plan(inp, out, since=dt.date(2024, 3, 9)))[:1] == ["2024-03-09/a.txt"]
    assert "2024-03-01/a.txt" in _refs(_plan(inp, out, until=dt.date(2024, 3, 1)))
    assert "2024-03-05/a.txt" not in _refs(_plan(inp, out, until=dt.date(2024, 3, 1)))


def test_fetch_date_from_metadata_filters_records_and_leaves_the_file_for_a_later_window(tmp_path):
    inp = tmp_path / "in"
    _txt(inp / "inbox" / "early.txt", fetched_at="2024-02-10T09:00:00Z")
    _txt(inp / "inbox" / "late.txt", BODY.replace("harbour", "railway"), fetched_at="2024-04-10T09:00:00Z")
    plan = _plan(inp, tmp_path / "out", since=dt.date(2024, 4, 1))
    assert len(plan.files) == 2  # no folder date: the record's metadata decides, while reading
    ctx = RunContext(run_id="t", pipeline_version="test")
    batch = draft_files(plan.files, str(inp), ctx, DateRange(since=dt.date(2024, 4, 1)))
    assert [d.raw.input_ref for d in batch.drafts] == ["inbox/late.txt"]
    assert batch.out_of_range == 1
    # the skipped file is not marked processed, so a wider backfill still picks it up
    assert [f["file_ref"] for f in batch.files] == ["inbox/late.txt"]


# --- incremental pick-up ----------------------------------------------------------


def _mark_processed(out: Path, plan: Plan, run_id: str) -> None:
    rows = [
        {"file_ref": f.file_ref, "size": f.size, "mtime_ns": f.mtime_ns, "file_sha256": f.sha256, "run_id": run_id}
        for f in plan.files
    ]
    write_parquet_atomic(files_table(rows), out / LEDGER / f"files-{run_id}.parquet")


def test_ledger_plans_only_new_or_changed_files(tmp_path):
    inp, out = tmp_path / "in", tmp_path / "out"
    a, b = _txt(inp / "a.txt"), _txt(inp / "b.txt", BODY.replace("council", "mayor"))
    first = _plan(inp, out)
    assert _refs(first) == ["a.txt", "b.txt"]
    _mark_processed(out, first, "r1")
    assert _refs(_plan(inp, out)) == []
    # same bytes, new mtime (a copy, a touch): skipped by content hash, not re-read
    os.utime(a, ns=(a.stat().st_atime_ns, a.stat().st_mtime_ns + 10**9))
    assert _refs(_plan(inp, out)) == []
    # a new file and a changed file are planned, nothing else
    _txt(inp / "c.txt", BODY.replace("budget", "bridge"))
    b.write_text(BODY.replace("council", "mayor") + "Updated at noon.\n", encoding="utf-8")
    assert _refs(_plan(inp, out)) == ["b.txt", "c.txt"]
    # --force plans everything
    assert _refs(_plan(inp, out, force=True)) == ["a.txt", "b.txt", "c.txt"]


# --- serve: deployment shape ------------------------------------------------------


def test_deployment_parameters_are_absolute_and_dask_runs_without_a_local_pool(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    p = deployment_parameters("in", "out")
    assert p == {"input_dir": str(tmp_path / "in"), "output_dir": str(tmp_path / "out")}
    assert deployment_parameters("in", "out", "tcp://10.0.0.5:8786")["workers"] == 1
    # every parameter is one the flow accepts
    assert set(deployment_parameters("in", "out", "tcp://x:1")) <= set(inspect.signature(clean_news.fn).parameters)


def test_build_deployment_carries_the_cron_and_parameters(tmp_path):
    dep = build_deployment(tmp_path / "in", tmp_path / "out", cron="*/5 * * * *", name="t")
    assert dep.name == "t"
    assert [s.schedule.cron for s in dep.schedules] == ["*/5 * * * *"]
    assert dep.parameters["input_dir"] == str((tmp_path / "in").resolve())
    dask = build_deployment(tmp_path / "in", tmp_path / "out", dask_address="tcp://127.0.0.1:8786")
    assert dask.parameters["workers"] == 1
    assert [s.schedule.cron for s in dask.schedules] == [DEFAULT_CRON]


def test_cron_is_checked_before_anything_is_registered(tmp_path, capsys):
    assert _check_cron("*/15 * * * *") is None
    assert _check_cron("every quarter hour")
    args = argparse.Namespace(input=tmp_path, output=tmp_path / "o", cron="61 * * * *", name="t", dask_address=None)
    assert serve(args) == 2
    assert "invalid --cron" in capsys.readouterr().err
    args.input, args.cron = tmp_path / "missing", DEFAULT_CRON
    assert serve(args) == 2
    assert not (tmp_path / "o").exists()


# --- prefect.yaml -----------------------------------------------------------------


def test_prefect_yaml_points_at_the_flow_with_valid_parameters_and_schedule():
    import importlib

    import yaml
    from prefect import Flow

    doc = yaml.safe_load((REPO / "prefect.yaml").read_text())
    deps = {d["name"]: d for d in doc["deployments"]}
    assert deps, "prefect.yaml declares no deployment"
    for dep in deps.values():
        path, func = dep["entrypoint"].split(":")
        assert (REPO / path).is_file()
        fl = getattr(importlib.import_module(path.removesuffix(".py").replace("/", ".")), func)
        assert isinstance(fl, Flow)
        assert set(dep.get("parameters", {})) <= set(inspect.signature(fl.fn).parameters)
        assert {"input_dir", "output_dir"} <= set(dep["parameters"])
        for sched in dep.get("schedules", []):
            assert _check_cron(sched["cron"]) is None
        assert dep["work_pool"]["name"]


# --- a retried commit -------------------------------------------------------------


def test_retried_commit_finishes_the_marked_commit_instead_of_redoing_it(tmp_path, monkeypatch):
    import newsclean.flows.clean_news as cn
    from newsclean.store import COMMIT_MARKER, staging_dir, write_json_atomic

    out, run_id = tmp_path / "out", "r1"
    stage = staging_dir(out, run_id)
    files = ["articles/part-r1-00000.parquet", "articles/part-r1-00001.parquet", f"_runs/{run_id}.json"]
    for rel in files[:2]:
        (stage / rel).parent.mkdir(parents=True, exist_ok=True)
        (stage / rel).write_bytes(b"PAR1")
    write_json_atomic({"run_id": run_id, "counts": {"articles": 2, "read": 2}}, stage / files[2])
    write_json_atomic({"run_id": run_id, "files": files}, stage / COMMIT_MARKER)
    # the first attempt moved one file, then failed
    (out / "articles").mkdir(parents=True)
    os.replace(stage / files[0], out / files[0])

    def recompute(*a, **k):
        raise AssertionError("a commit past its marker must not be recomputed")

    monkeypatch.setattr(cn, "_commit_run", recompute)
    summary = cn.commit_once(out, stage, run_id=run_id)
    assert (summary.counts.articles, summary.counts.read, summary.counts.rejects) == (2, 2, 0)
    assert all((out / rel).exists() for rel in files) and not stage.exists()
    # an attempt that failed after everything was applied returns the same manifest
    assert cn.commit_once(out, stage, run_id=run_id) == summary
    # no marker: the commit is computed
    other = staging_dir(out, "r2")
    other.mkdir(parents=True)
    with pytest.raises(AssertionError, match="must not be recomputed"):
        cn.commit_once(out, other, run_id="r2")
