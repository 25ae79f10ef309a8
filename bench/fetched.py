"""Evaluation texts fetched from third-party repositories, joined to the labels committed here.

The hand labels (offsets, persons, dates, splits) are this project's work and
live in ``tests/data/``; the article texts and pages they label come from the
test pages of adbar/htmldate and adbar/trafilatura (Apache-2.0) and are not
committed. They are looked for in ``$NEWSCLEAN_FETCHED_DATA`` (default:
``.fetched/`` in the repository, git-ignored); every text is checked against
the ``text_sha256`` its label carries, so labels never meet another text.
Without them the benchmarks say so and the eval tests that need them skip.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FETCHED = Path(os.environ.get("NEWSCLEAN_FETCHED_DATA") or REPO / ".fetched")


class FetchedDataMissing(FileNotFoundError):
    """The fetched texts for a labelled set are not on this machine."""


def fetched_path(*parts: str) -> Path:
    return FETCHED.joinpath(*parts)


def with_texts(items: list[dict], texts_file: Path, missing: list[str] | None = None) -> list[dict]:
    """``items`` (each with ``id`` and ``text_sha256``) with their ``text`` filled in from ``texts_file``.

    An item without a matching text raises :class:`FetchedDataMissing`; with a ``missing`` list, it is
    left out and its id appended there instead (``bench/rebuild_texts.py`` cannot rebuild every text)."""
    if not texts_file.is_file():
        raise FetchedDataMissing(f"fetched texts not found: {texts_file} (set $NEWSCLEAN_FETCHED_DATA; see tests/data/README.md)")
    texts = json.loads(texts_file.read_text(encoding="utf-8"))
    out = []
    for item in items:
        text = texts.get(item["id"])
        if text is None or hashlib.sha256(text.encode("utf-8")).hexdigest() != item["text_sha256"]:
            if missing is None:
                raise FetchedDataMissing(f"{texts_file}: no text matching the label of {item['id']!r}")
            missing.append(item["id"])
            continue
        out.append({**item, "text": text})
    return out


def cached_split_docs(path: Path, split_file: Path, script: str) -> tuple[list[dict], dict[str, str]]:
    """The documents a yardstick's ``extract`` cached at *path* and the committed split
    (``{"docs": {id: side}}`` in *split_file*); a missing cache says which command builds it."""
    if not path.is_file():
        raise FetchedDataMissing(f"{path} not found: run `{script} extract` first")
    docs = json.loads(path.read_text(encoding="utf-8"))
    return docs, json.loads(split_file.read_text(encoding="utf-8"))["docs"]


def refuse_heldout_reading(verbose: bool, split: str | None) -> None:
    """A yardstick's ``--verbose`` lists errors one by one: only on its tuning half (the held-out
    half is for measuring, never for reading)."""
    if verbose and split != "tune":
        raise SystemExit("--verbose only with --split tune: the held-out half is for measuring, never for reading")
