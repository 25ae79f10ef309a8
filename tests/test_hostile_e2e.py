"""Issue 12 end to end through the real CLI: hostile inputs exit 0, a failed run is one line, kill -9 leaves no survivor."""
from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import REPO
from hostile import prose, unlock, write_hostile_inputs
from test_hostile import LIMITS, _gone, _landed

pytestmark = pytest.mark.slow

NEWSCLEAN = str(REPO / ".venv/bin/newsclean")
LIMIT_ARGS = ["--max-file-bytes", str(LIMITS["max_file_bytes"]), "--max-record-bytes", str(LIMITS["max_record_bytes"]),
              "--max-text-chars", str(LIMITS["max_text_chars"])]


def _env(url: str | None) -> dict:
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    if url:
        env["PREFECT_API_URL"] = url
    return env


def test_cli_backfill_of_hostile_inputs_exits_0_and_places_every_record(prefect_server, tmp_path):
    inp, out = tmp_path / "in", tmp_path / "out"
    expected = write_hostile_inputs(inp, tmp_path / "outside")
    try:
        proc = subprocess.run(
            [NEWSCLEAN, "backfill", "--input", str(inp), "--output", str(out), "--workers", "2", "--batch-size", "3", *LIMIT_ARGS],
            capture_output=True, text=True, timeout=900, env=_env(prefect_server), cwd=tmp_path,
        )
    finally:
        unlock(inp)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    assert _landed(out) == {ref: v for ref, v in expected.items() if v[0] != "skipped"}


def test_a_failed_run_prints_one_line_and_exits_1(prefect_server, tmp_path):
    inp, out = tmp_path / "in", tmp_path / "out"
    inp.mkdir()
    (inp / "a.txt").write_text("Headline\n\n" + prose(5))
    (out / "_ledger").mkdir(parents=True)
    (out / "_ledger" / "files-broken.parquet").write_bytes(b"not parquet")  # the ledger cannot be read: the run fails
    proc = subprocess.run(
        [NEWSCLEAN, "backfill", "--input", str(inp), "--output", str(out)],
        capture_output=True, text=True, timeout=600, env=_env(prefect_server),
    )
    assert proc.returncode == 1
    # besides the line saying where it starts: one line, no traceback, no Prefect error log
    lines = proc.stderr.strip().splitlines()
    assert len(lines) <= 2 and "; using the Prefect server at http" in lines[0], proc.stderr[-3000:]  # PREFECT_API_URL is set
    assert lines[-1].startswith("newsclean backfill: run failed: ArrowInvalid"), proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr and "ERROR" not in proc.stderr


def test_kill9_of_the_cli_leaves_no_worker_or_prefect_server_behind(tmp_path):
    from newsclean.lifeline import _descendants

    inp = tmp_path / "in"
    inp.mkdir()
    for i in range(200):
        (inp / f"{i:03d}.txt").write_text(f"Headline {i}\n\n" + prose(10_000 + i))
    # no PREFECT_API_URL: the CLI starts a temporary Prefect server of its own
    cli = subprocess.Popen(
        [NEWSCLEAN, "backfill", "--input", str(inp), "--output", str(tmp_path / "out"), "--workers", "2", "--batch-size", "20"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env(None), start_new_session=True,
    )
    seen: dict[int, int] = {}

    def cmdline(pid: int) -> str:
        try:
            return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            return ""

    try:
        deadline = time.time() + 600
        while time.time() < deadline and cli.poll() is None:
            seen.update(_descendants({cli.pid}, os.getpid()))
            lines = [cmdline(p) for p in seen]
            server = any("uvicorn" in c for c in lines)
            workers = sum("multiprocessing" in c and "spawn_main" in c for c in lines)
            if server and workers >= 2:
                break
            time.sleep(0.2)
        assert cli.poll() is None, "the run finished before its workers could be seen"
        assert any("uvicorn" in cmdline(p) for p in seen), "no temporary Prefect server seen"
        seen.update(_descendants({cli.pid}, os.getpid()))
        os.kill(cli.pid, signal.SIGKILL)
        cli.wait()
        survivors = [p for p in seen if not _gone(p, 20)]
        assert not survivors, [(p, cmdline(p)) for p in survivors]
    finally:
        if cli.poll() is None:
            os.kill(cli.pid, signal.SIGKILL)
            cli.wait()
        for pid in seen:  # only what this test started
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
