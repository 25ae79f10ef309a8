"""Learned residue: lines repeated across many documents of one source (first version)."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from cleaners.change import Change

STEP = "boilerplate"

MIN_DOCS = 3  # a line must be seen in at least this many distinct documents of a source
MIN_SHARE = 0.5  # ... and in at least this share of the source's documents


def line_key(line: str) -> str:
    """Normalized key of a line for counting repeats."""
    return " ".join(line.casefold().split())


def line_keys(text: str) -> set[str]:
    """Distinct line keys of a text (blank lines ignored)."""
    return {k for k in map(line_key, text.split("\n")) if k}


def learn_residue(line_docs: Mapping[str, int], n_docs: int) -> frozenset[str]:
    """Line keys that count as boilerplate for a source with ``n_docs`` documents."""
    if n_docs < MIN_DOCS:
        return frozenset()
    return frozenset(k for k, c in line_docs.items() if c >= MIN_DOCS and c / n_docs >= MIN_SHARE)


def strip_learned(text: str, learned: Iterable[str] | frozenset[str]) -> tuple[str, list[Change]]:
    """Drop lines whose key was learned as boilerplate for this source."""
    learned = learned if isinstance(learned, frozenset) else frozenset(learned)
    if not learned:
        return text, []
    kept, changes = [], []
    for line in text.split("\n"):
        if line.strip() and line_key(line) in learned:
            changes.append(Change(STEP, "learned_repeat", line))
        else:
            kept.append(line)
    if not changes:
        return text, []
    out = "\n".join(kept)
    while "\n\n\n" in out:
        out = out.replace("\n\n\n", "\n\n")
    return out.strip(), changes
