"""The pipeline's version and the versions of the libraries that decide its output (no Prefect import)."""
from __future__ import annotations

import contextlib
import platform
from importlib import metadata

try:
    PIPELINE_VERSION = metadata.version("newsclean")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    PIPELINE_VERSION = "0+unknown"

# libraries whose version can change what a run writes
TRACKED_PACKAGES = ("trafilatura", "htmldate", "ftfy", "prefect", "pyarrow", "rensa", "dateparser", "py3langid")


def versions() -> dict[str, str]:
    out = {"python": platform.python_version(), "newsclean": PIPELINE_VERSION}
    for pkg in TRACKED_PACKAGES:
        with contextlib.suppress(metadata.PackageNotFoundError):
            out[pkg] = metadata.version(pkg)
    return out
