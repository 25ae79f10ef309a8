"""Derived word lists and models, built once per machine instead of once per process.

Some cleaners build large read-only tables the first time they need them
(every faker locale's names, folded; every geonames place; py3langid's
model, decompressed; the gazetteer's alias tables). That costs seconds in
each new process: ``newsclean clean FILE``, every worker of a backfill, the
Python API. :func:`memoized` lets a cleaner name such a table and the code
that builds it; the table is then stored by a *store* registered from outside
the cleaners (:func:`use_store`; :mod:`newsclean.resources` registers an
on-disk one). Without a store, or when the store fails, the table is simply
built, so the cleaners stay pure and never depend on the cache being there.

A stored table is keyed by its name, a caller-given ``key`` (what else it is
built from: a data file's hash, a threshold), the installed version of every
library newsclean requires, and the source text of the modules that build it,
so a change to any of them builds a new table and a stale one is never read.
"""
from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Store(Protocol):
    """Where built tables are kept: ``get`` returns None on a miss (or anything unreadable)."""

    def get(self, name: str, digest: str) -> Any | None: ...

    def put(self, name: str, digest: str, value: Any) -> None: ...


_store: Store | None = None


def use_store(store: Store | None) -> Store | None:
    """Register the store for built tables (None: build every time); returns the previous one."""
    global _store
    previous, _store = _store, store
    return previous


@lru_cache(maxsize=1)
def installed() -> tuple[str, ...]:
    """``name==version`` of every library newsclean requires (empty when newsclean is not installed)."""
    from importlib.metadata import PackageNotFoundError, requires, version

    try:
        wanted = requires("newsclean") or []
    except PackageNotFoundError:
        return ()
    out = set()
    for req in wanted:
        if "extra ==" in req:
            continue
        dist = re.split(r"[\s\[<>=!~;(]", req, maxsplit=1)[0]
        try:
            out.add(f"{dist}=={version(dist)}")
        except PackageNotFoundError:
            continue
    return tuple(sorted(out))


def digest(name: str, key: Iterable[str], sources: Iterable[str | Path]) -> str:
    """A hash of what a table is built from: its name, ``key``, the installed libraries and the text of ``sources``.

    >>> a = digest("t", ["faker 1.0"], [])
    >>> a == digest("t", ["faker 1.0"], []), a == digest("t", ["faker 2.0"], [])
    (True, False)
    """
    h = hashlib.sha256()
    for part in (name, sys.version.split()[0], *installed(), *key):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    for src in sources:
        h.update(Path(src).read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:32]


def package_sources(module_file: str | Path) -> list[Path]:
    """Every module beside ``module_file`` (the usual ``sources`` for a table built by a package)."""
    return sorted(Path(module_file).parent.glob("*.py"))


def memoized(name: str, build: Callable[[], T], *, key: Iterable[str] = (), sources: Iterable[str | Path] = ()) -> T:
    """The table ``name``: from the registered store when it holds this version, else built (and stored).

    ``sources`` are the files whose code builds the table (usually the caller's
    ``__file__``); ``key`` names everything else it depends on. Callers keep
    their own ``lru_cache`` so this runs once per process.
    """
    store = _store
    if store is None:
        return build()
    try:
        d = digest(name, key, sources)
        hit = store.get(name, d)
    except Exception:  # a store that cannot answer is a miss
        return build()
    if hit is not None:
        return hit
    value = build()
    try:
        store.put(name, d, value)
    except Exception:  # a full disk or a read-only home: the value is still right
        pass
    return value
