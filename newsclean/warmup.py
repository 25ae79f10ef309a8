"""Start Prefect's temporary server in the background while the rest of a one-shot run gets ready.

Without ``PREFECT_API_URL``, Prefect starts a temporary local server (a
``uvicorn`` subprocess, 10-30 s) the first time the flow talks to its API, and
nothing else happens meanwhile. :func:`start_server` starts that same server
(Prefect keeps one instance per process) from a daemon thread as soon as the
CLI has checked its arguments, so the server's start-up overlaps the imports
of the pipeline (trafilatura, pyarrow, the flow) and the folder checks. The
flow then finds the server already running and healthy.

Nothing changes when a server is configured (``PREFECT_API_URL``), when
ephemeral mode is off, or with ``NEWSCLEAN_SERVER_WARMUP=0`` (the old
behaviour, for comparison): :func:`start_server` returns None. A start that fails in
the background is not an error here: the flow starts the server again itself
and reports its own error.
"""
from __future__ import annotations

import os
import threading
import time


class ServerWarmup:
    """A background start of the temporary Prefect server; :meth:`wait` joins it."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.ready_after: float | None = None  # seconds from start to healthy
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="newsclean-server-warmup", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            from prefect.server.api.server import SubprocessASGIServer

            SubprocessASGIServer().start()
            self.ready_after = time.monotonic() - self.started
        except BaseException as exc:  # the flow starts it again and reports its own error
            self.error = exc

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the server answers (or the background start failed); True when it is ready."""
        self.thread.join(timeout)
        return not self.thread.is_alive() and self.error is None


_OFF = frozenset({"0", "false", "no", "off"})


def wanted(environ: os._Environ[str] | dict[str, str] | None = None) -> bool:
    """True when a run would start a temporary server: no ``PREFECT_API_URL`` and ephemeral mode allowed."""
    env = os.environ if environ is None else environ
    if env.get("PREFECT_API_URL"):
        return False
    return not any(env.get(name, "1").strip().lower() in _OFF for name in ("NEWSCLEAN_SERVER_WARMUP", "PREFECT_SERVER_ALLOW_EPHEMERAL_MODE"))


def start_server(environ: os._Environ[str] | dict[str, str] | None = None) -> ServerWarmup | None:
    """Start the temporary server in a daemon thread; None when the run will not use one."""
    if not wanted(environ):
        return None
    return ServerWarmup()
