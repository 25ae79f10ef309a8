"""Package data the cleaners need (I/O lives here, not in cleaners).

The gazetteer ships inside the wheel (``newsclean/data/gazetteer.csv``);
``$NEWSCLEAN_GAZETTEER`` points at another file. A missing or unreadable
gazetteer is an error (:class:`MissingResourceError`), never a silent run
with degraded names.
"""
from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

GAZETTEER_ENV = "NEWSCLEAN_GAZETTEER"
GAZETTEER_FILE = "gazetteer.csv"


class MissingResourceError(RuntimeError):
    """A data file the pipeline needs is not there (a broken install or a wrong ``$NEWSCLEAN_GAZETTEER``)."""


def gazetteer_path() -> Path:
    """``$NEWSCLEAN_GAZETTEER`` when set, else the gazetteer bundled in the package."""
    override = os.environ.get(GAZETTEER_ENV)
    if override:
        return Path(override)
    return Path(str(resources.files("newsclean") / "data" / GAZETTEER_FILE))


@lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int):
    from newsclean.cleaners.names import load_gazetteer

    return load_gazetteer(Path(path).read_text(encoding="utf-8"))


def load_default_gazetteer():
    """The gazetteer object for :mod:`newsclean.cleaners.names`.

    Raises :class:`MissingResourceError` when the file is missing: names found
    without the gazetteer would be worse in ways no count shows.
    """
    path = gazetteer_path()
    if not path.is_file():
        hint = f" (${GAZETTEER_ENV} is set)" if os.environ.get(GAZETTEER_ENV) else " (is the package installed completely?)"
        raise MissingResourceError(f"person gazetteer not found: {path}{hint}")
    return _load(str(path), path.stat().st_mtime_ns)
