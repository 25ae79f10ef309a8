"""Shared fixtures. Flow tests share one Prefect test server per session (it costs 10-30 s)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "samples"


@pytest.fixture(scope="session")
def gaz():
    """The bundled person gazetteer, loaded once for every names test."""
    from newsclean.cleaners.names import load_gazetteer

    return load_gazetteer((REPO / "newsclean" / "data" / "gazetteer.csv").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def prefect_server():
    """A temporary Prefect API for the few flow tests; yields its URL."""
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield PREFECT_API_URL.value()


def write_bad_inputs(folder: Path) -> dict[str, str]:
    """Inputs a scraper really produces that cannot become articles; returns {input_ref: reason}."""
    import gzip

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.html").write_bytes(bytes(range(256)) * 8)
    (folder / "broken.html.gz").write_bytes(b"\x1f\x8b\x08\x00 not really gzip")
    lines = [
        b'{"url": "https://example.org/a", "text": "A perfectly ordinary article about the harbour reopening after the storm, with quotes from the mayor.", "fetched_at": "2024-05-01T10:00:00Z"}',
        b"this line is not JSON",
        b'["a list", "not an object"]',
        b'{"url": "https://example.org/b", "fetched_at": "2024-05-01T10:00:00Z"}',
    ]
    (folder / "feed.jsonl.gz").write_bytes(gzip.compress(b"\n".join(lines) + b"\n"))
    unreadable = folder / "locked.txt"
    unreadable.write_text("secret")
    unreadable.chmod(0)
    expected = {
        "empty.txt": "empty",
        "binary.html": "binary",
        "broken.html.gz": "gzip_error",
        "feed.jsonl.gz#2": "bad_json",
        "feed.jsonl.gz#3": "bad_record",
        "feed.jsonl.gz#4": "bad_record",
    }
    if os.geteuid() != 0:  # root reads a mode-000 file anyway
        expected["locked.txt"] = "unreadable"
    else:
        unreadable.chmod(0o644)
        unreadable.unlink()
    return expected
