"""newsclean: scraped news in, a clean, deduplicated, explained Parquet dataset out.

Data flow, one package per step::

    newsclean.inputs    read: files (HTML, text, JSONL, WARC, .gz) -> RawRecord
    newsclean.cleaners  clean: decode, repair, extract, residue, dates, names, language (pure)
    newsclean.commit    dedup + write: duplicates across the run and the index, staged tables
    newsclean.store     the dataset on disk: layout, atomic writes, lock, commit, recovery
    newsclean.flows     the Prefect flow and tasks (orchestration only)
    newsclean.cli       the ``newsclean`` command

Python API (importing ``newsclean`` does not import Prefect)::

    import newsclean
    art = newsclean.clean_html(html, url="https://example.org/a")
    manifest = newsclean.run("inbox/", "clean/")
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsclean import resources as _resources
from newsclean.version import PIPELINE_VERSION as __version__

# built word lists and models are kept on disk between processes (newsclean.resources.enable_cache)
_resources.enable_cache()

if TYPE_CHECKING:
    from newsclean.api import clean_html, clean_text, run
    from newsclean.schemas.models import Article, Duplicate, Reject
    from newsclean.schemas.run import RunManifest

__all__ = ["Article", "Duplicate", "Reject", "RunManifest", "__version__", "clean_html", "clean_text", "run"]

_LAZY = {
    "clean_html": "newsclean.api",
    "clean_text": "newsclean.api",
    "run": "newsclean.api",
    "Article": "newsclean.schemas.models",
    "Duplicate": "newsclean.schemas.models",
    "Reject": "newsclean.schemas.models",
    "RunManifest": "newsclean.schemas.run",
}


def __getattr__(name: str) -> Any:
    """The API is imported on first use, so ``import newsclean`` (and ``newsclean --version``) stays fast."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsclean' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
