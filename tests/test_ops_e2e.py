"""Operations, end to end: a real Prefect server, served schedule, kill -9, overlapping runs, Dask, incremental runs.

One ``prefect server start`` serves the whole module (it costs 10-30 s): the
in-process flow runs talk to it through Prefect's settings, the subprocesses
(CLI runs, ``newsclean serve``, Dask workers) through ``PREFECT_API_URL``.
Every subprocess runs in its own process group and is killed by its id.
Timings the operations notes quote are printed (``pytest -s``).
"""
from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyarrow.dataset as pads
import pytest

from newsclean.flows.clean_news import clean_news
from newsclean.store import layout
from newsclean.store import staging as storage

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SERVER_START_TIMEOUT_S = 180  # a loaded 2-core CI box needs up to ~60 s; leave room
RUN_TIMEOUT_S = 300  # one CLI backfill of the generated inbox, startup included
BATCH_SIZE = 3  # small batches: many staged files, so a kill lands mid-run
INBOX_FILES = 30  # generated inputs for the crash/Dask comparisons: 10 batches, 3 copies, 3 rejects


# --- helpers ---------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _kill_group(proc: subprocess.Popen, sig=signal.SIGKILL, grace_s: float = 0) -> None:
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, sig)
        proc.wait(timeout=grace_s or 30)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=30)


def _wait_for(predicate, timeout_s: float, what: str, proc: subprocess.Popen | None = None, step: float = 0.05):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"process exited ({proc.returncode}) before {what}")
        time.sleep(step)
    raise AssertionError(f"timed out after {timeout_s} s waiting for {what}")


FIRST = ["Angela", "Joe", "Emmanuel", "Olaf", "Rishi", "Giorgia", "Pedro", "Ursula"]
LAST = ["Merkel", "Biden", "Macron", "Scholz", "Sunak", "Meloni", "Sanchez", "von der Leyen"]
WORDS = "harbour railway budget election storm bridge festival strike tariff council residents officials report".split()
PLACES = ["Berlin", "Paris", "Rome", "Madrid", "Ottawa", "London", "Brussels"]


def generate_inbox(root: Path, n: int, seed: int = 7) -> None:
    """``n`` small inputs in ``YYYY-MM-DD`` folders: .txt and .html, sidecars, exact copies, rejects."""
    rng = random.Random(seed)
    originals: list[Path] = []
    for i in range(n):
        folder = root / f"2024-03-{1 + i % 20:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        kind = i % 10
        if kind == 8 and originals:  # an exact copy of an earlier story: a duplicate
            (folder / f"copy{i:04d}.txt").write_bytes(rng.choice(originals).read_bytes())
            continue
        if kind == 9:  # cannot become an article: a reject
            (folder / f"bad{i:04d}.txt").write_bytes(b"" if i % 20 == 9 else bytes(range(256)) * 4)
            continue
        p = rng.randrange(len(FIRST))
        who, place = f"{FIRST[p]} {LAST[p]}", rng.choice(PLACES)
        title = f"{who} backs the {rng.choice(WORDS)} plan in {place}, story {i}"
        paras = [
            f"{who} said on Tuesday that story {i} in {place} matters, part {k}: "
            + " ".join(rng.choice(WORDS + PLACES) for _ in range(rng.randint(20, 35)))
            + "."
            for k in range(3)
        ]
        if kind % 2 == 0:
            path = folder / f"story{i:04d}.txt"
            path.write_text(title + "\n\n" + "\n\n".join(paras) + "\n\nShare this article\n", encoding="utf-8")
        else:
            body = "".join(f"<p>{x}</p>" for x in paras)
            path = folder / f"page{i:04d}.html"
            path.write_text(
                f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
                f"<article><h1>{title}</h1>{body}</article><footer>(c) 2024 Example News</footer></body></html>",
                encoding="utf-8",
            )
        originals.append(path)
        if i % 3 == 0:
            path.with_name(path.stem + ".meta.json").write_text(
                json.dumps({"fetched_at": f"{folder.name}T08:00:00Z", "source": "example.org"})
            )


def _table(out: Path, name: str, columns: list[str]) -> list[dict]:
    folder = out / name
    if not folder.is_dir():
        return []
    return pads.dataset(folder, format="parquet").to_table(columns=columns).to_pylist()


def snapshot(out: Path) -> dict:
    """What a reader sees, minus run-specific fields (ids, run ids, timings)."""
    arts = _table(out, "articles", ["input_ref", "text", "title", "published_date", "persons"])
    dups = _table(out, "duplicates", ["input_ref"])
    rejs = _table(out, "rejects", ["input_ref"])
    return {
        "articles": sorted((a["input_ref"], a["text"], a["title"], a["published_date"], tuple(a["persons"])) for a in arts),
        "duplicates": sorted(d["input_ref"] for d in dups),
        "rejects": sorted(r["input_ref"] for r in rejs),
    }


def assert_each_record_once(snap: dict) -> None:
    refs = [a[0] for a in snap["articles"]] + snap["duplicates"] + snap["rejects"]
    twice = sorted({r for r in refs if refs.count(r) > 1})
    assert not twice, f"input_refs written more than once: {twice[:10]}"


def assert_nothing_partial_visible(out: Path) -> None:
    """Readers only ever see whole Parquet files; no temp file is left behind."""
    for name in layout.TABLE_DIRS:
        folder = out / name
        if folder.is_dir():
            for f in folder.iterdir():
                assert f.suffix == ".parquet" and not f.name.startswith((".", "_")), f"stray file {f}"
    leftovers = [p for p in out.rglob("*") if ".tmp-" in p.name and storage.STAGING not in p.parts]
    assert not leftovers, leftovers


def run_flow(inbox: Path, out: Path, **kw) -> tuple[dict, float]:
    t = time.monotonic()
    summary = clean_news(input_dir=str(inbox), output_dir=str(out), workers=1, batch_size=BATCH_SIZE, **kw)
    return summary, time.monotonic() - t


# --- fixtures ----------------------------------------------------------------------


@dataclass
class Server:
    url: str
    env: dict  # environment for subprocesses that use this server
    started_at: float  # monotonic time the server process was started
    ready_s: float  # start -> /api/health answered


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from prefect.settings import PREFECT_API_URL, PREFECT_LOGGING_TO_API_ENABLED, temporary_settings

    home = tmp_path_factory.mktemp("prefect-home")
    port = _free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }
    env.pop("PREFECT_API_URL", None)
    log = open(home / "server.log", "wb")
    started = time.monotonic()
    proc = subprocess.Popen(
        [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/api"

    def healthy() -> bool:
        try:
            with urllib.request.urlopen(url + "/health", timeout=2) as r:
                return r.status == 200
        except OSError:
            return False

    try:
        _wait_for(healthy, SERVER_START_TIMEOUT_S, "the Prefect server", proc, step=0.25)
        ready = time.monotonic() - started
        print(f"\n[ops] prefect server start -> healthy: {ready:.1f} s")
        client_env = {**env, "PREFECT_API_URL": url}
        mp = pytest.MonkeyPatch()
        mp.setenv("PREFECT_API_URL", url)  # Dask workers started from this process inherit it
        try:
            # in-process logs stay local: the last batch would be flushed after the server is gone
            with temporary_settings(updates={PREFECT_API_URL: url, PREFECT_LOGGING_TO_API_ENABLED: False}):
                yield Server(url, client_env, started, ready)
        finally:
            mp.undo()
    finally:
        _kill_group(proc, signal.SIGTERM, grace_s=15)
        log.close()


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("inbox")
    generate_inbox(root, INBOX_FILES)
    return root


@pytest.fixture(scope="module")
def clean_snapshot(server, inbox, tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("clean") / "out"
    summary, _ = run_flow(inbox, out)
    snap = snapshot(out)
    # the generated inbox exercises all three tables
    assert snap["articles"] and snap["duplicates"] and snap["rejects"], summary.counts
    assert_each_record_once(snap)
    return snap


def _backfill_cmd(inbox: Path, out: Path, *extra: str) -> list[str]:
    return [str(BIN / "newsclean"), "backfill", "--input", str(inbox), "--output", str(out),
            "--workers", "1", "--batch-size", str(BATCH_SIZE), *extra]


# --- tests -------------------------------------------------------------------------



SERVE_CRON = "*/15 * * * *"


def test_serve_registers_a_cron_deployment_that_schedules_and_runs(server, tmp_path):
    from prefect import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterKey,
        DeploymentFilter,
        DeploymentFilterId,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType

    inbox, out = tmp_path / "in", tmp_path / "out"
    generate_inbox(inbox, 3, seed=2)
    name = f"ops-test-{os.getpid()}"
    serve_started = time.monotonic()
    serve_out = tmp_path / "serve.stdout"
    proc = subprocess.Popen(
        [str(BIN / "newsclean"), "serve", "--input", str(inbox), "--output", str(out), "--cron", SERVE_CRON, "--name", name],
        env=server.env, start_new_session=True, stdout=open(serve_out, "wb"), stderr=subprocess.PIPE,
    )
    try:
        with get_client(sync_client=True) as client:

            def deployment():
                try:
                    return client.read_deployment_by_name(f"clean-news/{name}")
                except Exception:  # not registered yet
                    return None

            dep = _wait_for(deployment, RUN_TIMEOUT_S, "the deployment", proc, step=0.5)
            assert [s.schedule.cron for s in dep.schedules] == [SERVE_CRON]
            assert dep.parameters == {"input_dir": str(inbox.resolve()), "output_dir": str(out.resolve())}

            def scheduled():
                return client.read_flow_runs(
                    deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[dep.id])),
                    flow_run_filter=FlowRunFilter(state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.SCHEDULED]))),
                )

            runs = _wait_for(scheduled, 120, "scheduled flow runs", proc, step=0.5)
            now = time.monotonic()
            first_scheduled, from_serve = now - server.started_at, now - serve_started
            times = sorted(r.expected_start_time for r in runs)
            assert all((b - a).total_seconds() % (15 * 60) == 0 for a, b in zip(times, times[1:]))
            # the first test of the module: the server was started just before it
            print(f"\n[ops] prefect server start -> first scheduled run of the served deployment: {first_scheduled:.1f} s "
                  f"(server healthy after {server.ready_s:.1f} s; newsclean serve start -> first scheduled run {from_serve:.1f} s)")

            # the served process picks up a run and executes the flow
            t = time.monotonic()
            run = client.create_flow_run_from_deployment(dep.id)
            done = _wait_for(lambda: (fr := client.read_flow_run(run.id)).state.is_final() and fr,
                             RUN_TIMEOUT_S, "the triggered flow run", proc, step=1)
            assert done.state.is_completed(), done.state
            print(f"[ops] triggered run of the served deployment completed in {time.monotonic() - t:.1f} s")
            manifests = list((out / "_runs").glob("*.json"))
            assert len(manifests) == 1 and json.loads(manifests[0].read_text())["counts"]["read"] == 3
            report = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["clean-news-report"])))
            assert any(a.flow_run_id == run.id and "| articles |" in (a.data or "") for a in report)
            # the served process says one line per run (and the run wrote the dataset's HTML report)
            run_lines = _wait_for(
                lambda: [l for l in serve_out.read_text().splitlines() if l.startswith("newsclean run ")], 30, "the run line", proc
            )
            assert len(run_lines) == 1 and "read=3 " in run_lines[0] and "docs/s" in run_lines[0], run_lines
            assert (out / "_reports" / "quality.html").is_file()
            assert any("quality.html" in (a.data or "") for a in report if a.flow_run_id == run.id)
    finally:
        _kill_group(proc, signal.SIGTERM, grace_s=15)


def test_cli_run_logs_reach_the_server_while_the_console_stays_quiet(server, tmp_path):
    from prefect import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId

    inbox, out = tmp_path / "in", tmp_path / "out"
    generate_inbox(inbox, 6, seed=5)
    env = {k: v for k, v in server.env.items() if not k.startswith("PREFECT_LOGGING_")}  # the CLI's own defaults
    res = subprocess.run(_backfill_cmd(inbox, out), env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S)
    assert res.returncode == 0, res.stderr[-3000:]
    assert " | INFO " not in res.stderr + res.stdout, res.stderr[-3000:]  # quiet console by default
    manifest = json.loads(next((out / "_runs").glob("*.json")).read_text())
    with get_client(sync_client=True) as client:
        runs = [r for r in client.read_flow_runs(limit=50) if r.parameters.get("output_dir") == str(out)]
        assert len(runs) == 1, runs
        run_id = runs[0].id

        def info_lines():
            logs = client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run_id])))
            msgs = [l.message for l in logs if l.level == 20]
            return msgs if any("docs/s" in m and m.startswith("newsclean run") for m in msgs) else None

        msgs = _wait_for(info_lines, 30, "the run's INFO logs on the server", step=0.5)
    assert any(m.startswith("planned 6 files") for m in msgs), msgs
    assert any(m.startswith("extract batch 0:") and "docs/s" in m for m in msgs), msgs
    assert any(m.startswith("enrich batch") for m in msgs), msgs
    assert any(manifest["run_id"] in m for m in msgs), msgs


# a subprocess that runs the flow and dies by SIGKILL right after the COMMIT
# marker is written, with half of the staged files moved into place
_KILL_AFTER_MARKER = """
import os, signal, sys
from newsclean.store import staging as storage
def _apply(output_dir, stage, files, remove=None):
    for rel in files[: len(files) // 2]:
        (output_dir / rel).parent.mkdir(parents=True, exist_ok=True)
        os.replace(stage / rel, output_dir / rel)
    os.kill(os.getpid(), signal.SIGKILL)
storage._apply = _apply
from newsclean.flows.clean_news import clean_news
clean_news(input_dir=sys.argv[1], output_dir=sys.argv[2], workers=1, batch_size=int(sys.argv[3]))
"""


def test_kill9_mid_run_and_after_commit_marker_then_rerun_equals_clean_run(server, inbox, clean_snapshot, tmp_path):
    out = tmp_path / "out"
    # 1) kill -9 while batches are being drafted
    proc = subprocess.Popen(_backfill_cmd(inbox, out), env=server.env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        drafts = lambda: len(list((out / storage.STAGING).glob("*/draft-*.pkl"))) >= 2  # noqa: E731
        _wait_for(drafts, RUN_TIMEOUT_S, "staged draft files", proc)
    finally:
        _kill_group(proc)
    assert proc.returncode == -signal.SIGKILL
    assert list((out / storage.STAGING).iterdir()), "the killed run left no staging to recover"
    assert snapshot(out) == {"articles": [], "duplicates": [], "rejects": []}  # nothing visible yet
    assert_nothing_partial_visible(out)

    # 2) the next run dies by SIGKILL right after its COMMIT marker, half of its files moved
    _run_until_killed(_KILL_AFTER_MARKER, inbox, out, server.env)
    stages = list((out / storage.STAGING).iterdir())
    assert len(stages) == 1 and (stages[0] / storage.COMMIT_MARKER).exists()  # run 1's staging was discarded
    assert_nothing_partial_visible(out)  # whole files only, though the commit is half applied

    # 3) the rerun rolls the marked commit forward and finds nothing left to do
    summary, _ = run_flow(inbox, out)
    assert summary.files_planned == 0 and summary.counts.read == 0
    assert not any((out / storage.STAGING).iterdir())
    assert_nothing_partial_visible(out)
    assert snapshot(out) == clean_snapshot
    print(f"\n[ops] kill -9 mid-draft + kill -9 after COMMIT marker + rerun == clean run: "
          f"{len(clean_snapshot['articles'])} articles, {len(clean_snapshot['duplicates'])} duplicates, "
          f"{len(clean_snapshot['rejects'])} rejects")


def _run_until_killed(script: str, inbox: Path, out: Path, env: dict) -> None:
    """Run ``script`` (the flow on ``inbox`` into ``out``) in its own session; it must die by SIGKILL."""
    proc = subprocess.Popen([sys.executable, "-c", script, str(inbox), str(out), str(BATCH_SIZE)],
                            env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _, err = proc.communicate(timeout=RUN_TIMEOUT_S)
    finally:
        _kill_group(proc)
    assert proc.returncode == -signal.SIGKILL, err.decode()[-2000:]


# a subprocess that runs the flow and dies by SIGKILL in the commit's second pass, its parts half written
_KILL_MID_COMMIT = """
import os, signal, sys
import newsclean.commit as commit
real, done = commit.write_batch, []
def write_batch(*args, **kwargs):
    real(*args, **kwargs)
    done.append(1)
    if len(done) == 2:
        os.kill(os.getpid(), signal.SIGKILL)
commit.write_batch = write_batch
from newsclean.flows.clean_news import clean_news
clean_news(input_dir=sys.argv[1], output_dir=sys.argv[2], workers=1, batch_size=int(sys.argv[3]))
"""


def test_kill9_while_the_commit_streams_its_parts_then_rerun_equals_clean_run(server, inbox, clean_snapshot, tmp_path):
    out = tmp_path / "out"
    _run_until_killed(_KILL_MID_COMMIT, inbox, out, server.env)
    stages = list((out / storage.STAGING).iterdir())
    assert len(stages) == 1 and not (stages[0] / storage.COMMIT_MARKER).exists()
    assert list(stages[0].rglob(".part-*.tmp-*")), "the kill did not land while parts were open"
    assert snapshot(out) == {"articles": [], "duplicates": [], "rejects": []}  # nothing visible
    assert_nothing_partial_visible(out)
    summary, _ = run_flow(inbox, out)  # discards the killed run's staging and does the work again
    assert summary.counts.read == INBOX_FILES
    assert not any((out / storage.STAGING).iterdir())
    assert_nothing_partial_visible(out)
    assert snapshot(out) == clean_snapshot


def test_io_error_mid_commit_is_retried_to_the_same_dataset(server, inbox, clean_snapshot, tmp_path, monkeypatch):
    """The commit task's Prefect retry finishes a half-applied commit; the run succeeds."""
    real_apply, calls = storage._apply, []

    def flaky_apply(output_dir, stage, files, remove=None):
        calls.append(len(files))
        if len(calls) == 1:
            for rel in files[: len(files) // 2]:
                (output_dir / rel).parent.mkdir(parents=True, exist_ok=True)
                os.replace(stage / rel, output_dir / rel)
            raise OSError("simulated I/O error while moving files into place")
        return real_apply(output_dir, stage, files, remove)

    monkeypatch.setattr(storage, "_apply", flaky_apply)
    out = tmp_path / "out"
    summary, _ = run_flow(inbox, out)
    assert len(calls) == 2  # failed once, then the retry applied the marked commit
    assert summary.counts.read == INBOX_FILES
    assert not (out / storage.STAGING).exists() or not any((out / storage.STAGING).iterdir())
    assert snapshot(out) == clean_snapshot


def test_two_overlapping_runs_never_write_a_record_twice(server, tmp_path):
    inbox, out = tmp_path / "in", tmp_path / "out"
    generate_inbox(inbox, 12, seed=11)
    # started together; one re-reads everything (--force), so whichever commits
    # second has every record already in the ledger and must drop them all
    procs = [
        subprocess.Popen(_backfill_cmd(inbox, out, *extra, "--json"), env=server.env, start_new_session=True,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for extra in ((), ("--force",))
    ]
    try:
        results = [p.communicate(timeout=RUN_TIMEOUT_S) for p in procs]
    finally:
        for p in procs:
            _kill_group(p)
    for p, (_, err) in zip(procs, results):
        assert p.returncode == 0, err.decode()[-2000:]
    snap = snapshot(out)
    assert_each_record_once(snap)
    manifests = [json.loads(p.read_text()) for p in (out / "_runs").glob("*.json")]
    # the --force run always plans every file; the other one planned none (and wrote nothing) if it came second
    assert len(manifests) in (1, 2) and any(m["force"] for m in manifests)
    written = sum(m["counts"]["articles"] + m["counts"]["duplicates"] + m["counts"]["rejects"] for m in manifests)
    assert written == len(snap["articles"]) + len(snap["duplicates"]) + len(snap["rejects"])
    assert len(snap["articles"]) >= 8  # the work was done once, by one of them
    assert_nothing_partial_visible(out)


def test_dask_local_cluster_gives_the_same_dataset(server, inbox, clean_snapshot, tmp_path):
    from distributed import Client, LocalCluster, get_task_stream

    from newsclean.flows.serve import clean_news_dask

    out = tmp_path / "out"
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster, \
            Client(cluster) as client, get_task_stream(client) as stream:
        t = time.monotonic()
        summary = clean_news_dask(input_dir=str(inbox), output_dir=str(out), dask_address=cluster.scheduler_address,
                                  batch_size=BATCH_SIZE)
        elapsed = time.monotonic() - t
    workers = {rec["worker"] for rec in stream.data}  # the stream is collected when its block exits
    assert summary.workers == 1  # no local process pool inside the Dask tasks
    # both batch phases ran on the cluster, on both workers
    assert len(stream.data) >= 2 * summary.batches
    assert len(workers) == 2
    assert snapshot(out) == clean_snapshot
    print(f"\n[ops] Dask LocalCluster(2 workers) run: {elapsed:.1f} s, {summary.batches} batches, same dataset")


def _provenance_sha(out: Path) -> dict[str, list[tuple[str, str]]]:
    found = {}
    for name in layout.TABLE_DIRS:
        rows = _table(out, name, ["input_ref", "provenance"])
        found[name] = sorted((r["input_ref"], r["provenance"]["raw_sha256"]) for r in rows)
    return found


def test_incremental_runs_pick_up_only_new_and_changed_files(server, tmp_path):
    inbox, out = tmp_path / "in", tmp_path / "out"
    generate_inbox(inbox, 12, seed=5)
    n_files = len([p for p in inbox.rglob("*") if p.suffix in (".txt", ".html")])
    first, _ = run_flow(inbox, out)
    assert first.files_planned == n_files
    before = snapshot(out)

    # nothing new: no file read, nothing written; this is the fixed cost of a scheduled run
    overheads = []
    for _ in range(3):
        again, wall = run_flow(inbox, out)
        assert again.files_planned == 0 and again.counts.read == 0
        assert again.files_skipped_already_processed == n_files
        overheads.append(wall)
    assert snapshot(out) == before
    assert len(list((out / "_runs").glob("*.json"))) == 1  # the empty runs left no manifest behind
    print(f"\n[ops] empty incremental run ({n_files} known files), in-process wall time: "
          + ", ".join(f"{w:.2f}" for w in overheads) + " s")

    # one new file: exactly one processed
    new = inbox / "2024-04-01" / "new.txt"
    new.parent.mkdir()
    new.write_text("Harbour reopens in Hamburg\n\nThe harbour in Hamburg reopened on Monday after repairs to the "
                   "storm wall, the port authority said, and the first ships arrived in the afternoon.\n")
    added, _ = run_flow(inbox, out)
    assert added.files_planned == 1 and added.counts.read == 1
    assert added.counts.articles == 1

    # a changed file is processed again; the new version lands in exactly one table
    changed = sorted(inbox.rglob("story*.txt"))[0]
    ref = changed.relative_to(inbox).as_posix()
    changed.write_text(changed.read_text() + "\nThe council will vote on the plan next month.\n")
    redo, _ = run_flow(inbox, out)
    assert redo.files_planned == 1 and redo.counts.read == 1
    located = _provenance_sha(out)
    versions = {sha for rows in located.values() for r, sha in rows if r == ref}
    assert len(versions) == 2  # the old version stays, the new one is recorded beside it
    for sha in versions:
        assert sum((ref, sha) in rows for rows in located.values()) == 1

    # --force re-reads everything and writes nothing twice
    forced, _ = run_flow(inbox, out, force=True)
    assert forced.files_planned == n_files + 1
    assert forced.counts.read == 0 and forced.counts.already_ingested >= n_files
    assert _provenance_sha(out) == located


def test_since_until_backfill_by_folder_date_then_the_rest(server, tmp_path):
    import datetime as dt

    inbox, out = tmp_path / "in", tmp_path / "out"
    generate_inbox(inbox, 12, seed=3)  # folders 2024-03-01 .. 2024-03-12
    n_files = len([p for p in inbox.rglob("*") if p.suffix in (".txt", ".html")])
    summary, _ = run_flow(inbox, out, since=dt.date(2024, 3, 5), until=dt.date(2024, 3, 6))
    snap = snapshot(out)
    refs = [a[0] for a in snap["articles"]] + snap["duplicates"] + snap["rejects"]
    assert sorted(refs) == sorted(
        p.relative_to(inbox).as_posix() for d in ("2024-03-05", "2024-03-06") for p in (inbox / d).glob("*.*")
        if p.suffix in (".txt", ".html")
    )
    assert summary.files_skipped_out_of_range == n_files - summary.files_planned
    # a later run without a window picks up exactly the rest
    rest, _ = run_flow(inbox, out)
    assert rest.files_skipped_already_processed == summary.files_planned
    assert rest.files_planned == n_files - summary.files_planned
    assert_each_record_once(snapshot(out))

