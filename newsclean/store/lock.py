"""One run at a time changes a dataset: an exclusive ``flock`` on ``OUTPUT/.lock``."""
from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from newsclean.store.layout import LOCK_FILE


@contextlib.contextmanager
def dataset_lock(output_dir: Path, *, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Exclusive lock on a dataset for the whole run; waits for a running one (calling ``on_wait`` first)."""
    output_dir.mkdir(parents=True, exist_ok=True)
    fh = open(output_dir / LOCK_FILE, "a+")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait:
                on_wait()
            fcntl.flock(fh, fcntl.LOCK_EX)
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()} {time.time():.0f}\n")
        fh.flush()
        yield
    finally:
        with contextlib.suppress(OSError):
            fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()
