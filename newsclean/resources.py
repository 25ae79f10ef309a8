"""Package data the cleaners need (I/O lives here, not in cleaners).

The gazetteer ships inside the wheel (``newsclean/data/gazetteer.csv``);
``$NEWSCLEAN_GAZETTEER`` points at another file. A missing or unreadable
gazetteer is an error (:class:`MissingResourceError`), never a silent run
with degraded names.

The tables cleaners build once per process (name lists, places, the language
model, the gazetteer's aliases; see :mod:`newsclean.cleaners.memo`) are kept
on disk by :class:`DiskStore` in ``$NEWSCLEAN_CACHE_DIR`` (default
``$XDG_CACHE_HOME/newsclean`` or ``~/.cache/newsclean``; ``off`` disables it),
so a new process reads them in milliseconds instead of building them in
seconds. The folder is private to the user (mode 0700) and holds pickles this
package wrote; delete it at any time.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path

from newsclean.cleaners import memo

GAZETTEER_ENV = "NEWSCLEAN_GAZETTEER"
GAZETTEER_FILE = "gazetteer.csv"
CACHE_ENV = "NEWSCLEAN_CACHE_DIR"


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
    from newsclean.cleaners import names
    from newsclean.cleaners.names import load_gazetteer

    text = Path(path).read_text(encoding="utf-8")
    return memo.memoized(
        "gazetteer",
        lambda: load_gazetteer(text),
        key=[hashlib.sha256(text.encode("utf-8")).hexdigest()],
        sources=memo.package_sources(names.__file__),
    )


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


class DiskStore:
    """Built tables as pickles in one private folder: ``<name>-<digest>.pickle``, written atomically.

    A newer version of a table replaces the older files of the same name. Any
    error reading a file is a miss (the table is built again); errors writing
    are ignored by :func:`newsclean.cleaners.memo.memoized`.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, name: str, digest: str) -> Path:
        return self.folder / f"{name}-{digest}.pickle"

    def get(self, name: str, digest: str):
        path = self._path(name, digest)
        try:
            if path.stat().st_uid != os.getuid():  # only pickles this user wrote
                return None
            with path.open("rb") as fh:
                return pickle.load(fh)
        except Exception:  # missing, truncated or from another Python: a miss
            return None

    def put(self, name: str, digest: str, value) -> None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self._path(name, digest))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        for old in self.folder.glob(f"{name}-*.pickle"):
            if old.name != self._path(name, digest).name:
                old.unlink(missing_ok=True)


def cache_dir(environ=None) -> Path | None:
    """The folder of built tables (None when ``$NEWSCLEAN_CACHE_DIR`` is ``off``)."""
    env = os.environ if environ is None else environ
    value = env.get(CACHE_ENV, "").strip()
    if value.lower() in {"off", "0", "false", "none"}:
        return None
    if value:
        return Path(value)
    base = env.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsclean"


def enable_cache(environ=None) -> None:
    """Register the on-disk store of built tables (or none, per :func:`cache_dir`)."""
    folder = cache_dir(environ)
    memo.use_store(DiskStore(folder) if folder is not None else None)
