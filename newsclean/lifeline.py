"""Processes a run starts die with it, even when it is killed with ``kill -9`` (what the OOM killer does).

Two mechanisms, because neither covers everything alone:

- :func:`watch_parent`, the initializer of every worker process of
  :class:`~newsclean.executor.ProcessExecutor`: a daemon thread that exits the
  worker as soon as its parent is gone (``getppid()`` changes when a process
  is orphaned). It works wherever the pool runs (``backfill``, ``serve``, the
  Python API). ``prctl(PR_SET_PDEATHSIG)`` is not used: Linux sends that signal
  when the parent *thread* that spawned the worker ends, and the pool is
  started from one of Prefect's task threads, which come and go while the
  parent lives.
- :func:`start_guardian`, called by the CLI before it starts Prefect: a small
  separate process (stdlib only, its own session so Ctrl-C does not reach it)
  that snapshots the CLI's descendants every :data:`WATCH_INTERVAL_S` and,
  once the CLI is gone, kills those still running: the temporary Prefect
  server (a ``uvicorn`` subprocess Prefect starts and cannot be told to
  watch its parent), worker processes, and anything they started. A pid is
  killed only if its start time still matches the snapshot (no pid reuse
  accidents). After a normal exit there is nothing left to kill.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

# how often a worker checks its parent, and the guardian the CLI's process tree
WATCH_INTERVAL_S = 0.5
GUARDIAN_INTERVAL_S = 1.0
EXIT_ORPHANED = 70  # a worker's exit status when its parent vanished


def watch_parent(parent_pid: int, interval: float = WATCH_INTERVAL_S) -> None:
    """Exit this process (at once, no clean-up) when ``parent_pid`` is no longer its parent."""

    def loop() -> None:
        while True:
            if os.getppid() != parent_pid:
                os._exit(EXIT_ORPHANED)
            time.sleep(interval)

    if os.getppid() != parent_pid:  # the parent died before we started
        os._exit(EXIT_ORPHANED)
    threading.Thread(target=loop, name="newsclean-lifeline", daemon=True).start()


def start_guardian() -> subprocess.Popen | None:
    """Start the guardian of this process's descendants (Linux with /proc only; else None)."""
    if not os.path.isdir("/proc/self"):
        return None
    try:
        return subprocess.Popen(
            [sys.executable, "-I", "-S", os.path.abspath(__file__), str(os.getpid())],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        return None


# --- the guardian process (runs this file as a script; stdlib only) ---------------


def _stat(pid: int) -> tuple[int, int] | None:
    """(ppid, start time) of ``pid`` from /proc, or None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            data = fh.read()
    except OSError:
        return None
    fields = data[data.rfind(b")") + 2 :].split()
    # fields[0] is the state (field 3); ppid is field 4, starttime field 22
    if fields[0] in (b"Z", b"X"):
        return None
    return int(fields[1]), int(fields[19])


def _children_map() -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            st = _stat(int(name))
            if st:
                out.setdefault(st[0], []).append(int(name))
    return out


def _descendants(roots: set[int], me: int) -> dict[int, int]:
    children = _children_map()
    found: dict[int, int] = {}
    todo = list(roots)
    while todo:
        for child in children.get(todo.pop(), []):
            if child != me and child not in found:
                st = _stat(child)
                if st:
                    found[child] = st[1]
                    todo.append(child)
    return found


def guard(parent: int, interval: float = GUARDIAN_INTERVAL_S) -> None:
    me = os.getpid()
    seen: dict[int, int] = {}
    while os.getppid() == parent:
        seen.update(_descendants({parent}, me))
        time.sleep(interval)
    # the parent is gone: its orphans (and theirs) still have the pids we saw
    seen.update(_descendants(set(seen), me))
    for pid, start in seen.items():
        st = _stat(pid)
        if st and st[1] == start:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


if __name__ == "__main__":
    guard(int(sys.argv[1]))
