"""The background start of Prefect's temporary server: only when a run would start one."""
from __future__ import annotations

import pytest

from newsclean import warmup


@pytest.mark.parametrize(
    "env, expected",
    [
        ({}, True),
        ({"PREFECT_API_URL": "http://127.0.0.1:4200/api"}, False),
        ({"PREFECT_SERVER_ALLOW_EPHEMERAL_MODE": "false"}, False),
        ({"PREFECT_SERVER_ALLOW_EPHEMERAL_MODE": "True"}, True),
        ({"NEWSCLEAN_SERVER_WARMUP": "0"}, False),
        ({"NEWSCLEAN_SERVER_WARMUP": "off"}, False),
        ({"NEWSCLEAN_SERVER_WARMUP": "1"}, True),
        ({"PREFECT_API_URL": ""}, True),
    ],
)
def test_wanted_only_when_a_temporary_server_would_start(env, expected):
    assert warmup.wanted(env) is expected


def test_no_thread_when_a_server_is_configured():
    assert warmup.start_server({"PREFECT_API_URL": "http://127.0.0.1:4200/api"}) is None


def test_a_failed_background_start_is_reported_not_raised(monkeypatch):
    """The flow starts the server itself when the background start failed: wait() says False, nothing raises."""
    import prefect.server.api.server as server

    def boom(self, timeout=None):
        raise RuntimeError("no port")

    monkeypatch.setattr(server.SubprocessASGIServer, "start", boom)
    warm = warmup.start_server({})
    assert warm is not None
    assert warm.wait(timeout=30) is False
    assert isinstance(warm.error, RuntimeError)
    assert warm.ready_after is None
