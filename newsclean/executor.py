"""Where a batch's CPU work runs: declared, passed to the tasks, never a hidden global.

The flow's tasks run in Prefect's thread pool (or on a Dask worker); each hands
its batch function to an :class:`Executor`:

- :class:`InlineExecutor` runs it in the calling process (small runs, Dask workers);
- :class:`ProcessExecutor` runs it in a pool of spawned worker processes (each
  imports trafilatura, dateparser and the language model once), so the
  two phases of a large local run use every core.

Spawned, not forked: safe beside Prefect's threads. A worker exits on its own
when the process that started it dies (even by ``kill -9`` or the OOM killer):
see :mod:`newsclean.lifeline`.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol, TypeVar

from newsclean import lifeline

T = TypeVar("T")

# below this much input, starting worker processes (seconds of imports each)
# costs more than it saves
POOL_MIN_FILES = 32
POOL_MIN_BYTES = 8 << 20


class Executor(Protocol):
    workers: int

    def run(self, fn: Callable[..., T], *args: Any) -> T: ...

    def close(self) -> None: ...


class InlineExecutor:
    """Runs the work in the calling process."""

    workers = 1

    def run(self, fn: Callable[..., T], *args: Any) -> T:
        return fn(*args)

    def close(self) -> None:
        return None

    def __reduce__(self):  # picklable: it may travel to a Dask worker with the task
        return (InlineExecutor, ())


class ProcessExecutor:
    """Runs the work in ``workers`` spawned processes; call :meth:`close` (or use ``with``) when done."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"), initializer=lifeline.watch_parent, initargs=(os.getpid(),)
        )

    def run(self, fn: Callable[..., T], *args: Any) -> T:
        return self._pool.submit(fn, *args).result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ProcessExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __reduce__(self):
        raise TypeError("a ProcessExecutor stays in the process that made it (use InlineExecutor on remote workers)")


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def worth_a_pool(n_files: int, n_bytes: int, n_batches: int) -> bool:
    """Whether worker processes pay for their start-up on this much input."""
    return n_batches > 1 and (n_files >= POOL_MIN_FILES or n_bytes >= POOL_MIN_BYTES)


def executor_for(workers: int, n_files: int, n_bytes: int, n_batches: int) -> Executor:
    """A process pool of ``workers`` when the input is worth it, else inline."""
    if workers > 1 and worth_a_pool(n_files, n_bytes, n_batches):
        return ProcessExecutor(workers)
    return InlineExecutor()
