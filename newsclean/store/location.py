"""Where a dataset or an inbox may live: a local (or mounted) folder, never a URL.

The store relies on POSIX renames and fsync (:mod:`newsclean.store.atomic`,
:mod:`newsclean.store.staging`); an object store has neither, and a string
like ``s3://bucket/x`` would otherwise be taken as a relative folder named
``s3:``. So a URL is refused before any work is done, with what to do instead.
"""
from __future__ import annotations

import re
from pathlib import Path

_URL = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://")


def url_problem(value: str | Path, what: str = "--output") -> str | None:
    """Why ``value`` cannot be a dataset or input folder (None when it is a plain path).

    >>> url_problem("data/clean") is None, url_problem("/mnt/bucket/clean") is None
    (True, True)
    >>> print(url_problem("s3://bucket/clean"))
    --output s3://bucket/clean is an s3:// URL: newsclean reads and writes local or mounted folders only (atomic renames). Mount the bucket (s3fs, gcsfuse, rclone mount) or write locally and sync (aws s3 sync).
    """
    m = _URL.match(str(value))
    if not m:
        return None
    return (
        f"{what} {value} is an {m.group('scheme')}:// URL: newsclean reads and writes local or mounted folders only "
        "(atomic renames). Mount the bucket (s3fs, gcsfuse, rclone mount) or write locally and sync (aws s3 sync)."
    )


class NotALocalPathError(ValueError):
    """An input or output given as a URL (s3://, gs://, ...)."""


def require_local(value: str | Path, what: str = "--output") -> Path:
    """``value`` as a Path, or :class:`NotALocalPathError` with the reason."""
    problem = url_problem(value, what)
    if problem:
        raise NotALocalPathError(problem)
    return Path(value)
