"""Bundled resources the cleaners need, read from ``data/`` (I/O lives here, not in cleaners)."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
GAZETTEER_ENV = "NEWSCLEAN_GAZETTEER"


def gazetteer_path() -> Path:
    """``$NEWSCLEAN_GAZETTEER`` when set, else ``data/gazetteer.csv``."""
    return Path(os.environ.get(GAZETTEER_ENV) or DATA_DIR / "gazetteer.csv")


@lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int):
    from cleaners import names

    loader = getattr(names, "load_gazetteer", None)
    if loader is None:
        return None
    return loader(Path(path).read_text(encoding="utf-8"))


def load_default_gazetteer():
    """The gazetteer object for ``cleaners.names`` (None when no gazetteer file exists)."""
    path = gazetteer_path()
    if not path.is_file():
        return None
    return _load(str(path), path.stat().st_mtime_ns)
