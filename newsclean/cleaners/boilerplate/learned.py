"""Learned residue: short lines that repeat across many *stories* of one source.

"Help us grow. Support The Duran on Patreon!" under every Duran article is
boilerplate there, even though no rule knows it. The flow counts, per source,
in how many documents each key of :func:`line_keys` occurs (kept in the output
folder, so the statistics grow across runs), calls :func:`learn_residue` per
source and hands the result to :func:`strip_learned`.

Guarding article text:

* only short lines are candidates (``LEARN_MAX_CHARS``): boilerplate is a line,
  an article paragraph is usually longer;
* a line must recur in several *distinct stories*, not only in several
  documents: syndicated copies of one wire story share every paragraph, so
  :func:`line_keys` also emits a (story, line) key per line, the story being
  identified by the document's longest line. A short quote repeated in six copies
  of one story counts as one story and is never learned;
* and in a large share of the source's documents (``LEARN_MIN_SHARE``).
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping

from newsclean.cleaners.change import Change

STEP = "boilerplate"

# Only lines up to this many characters are learned; longer lines are prose.
LEARN_MAX_CHARS = 200
# A line is boilerplate for a source when it occurs in at least this many
# distinct stories of the source ...
LEARN_MIN_STORIES = 3
# ... and in at least this share of the source's documents. A site-wide
# widget sits under nearly every page; a phrase two articles happen to share
# does not reach a third of them.
LEARN_MIN_SHARE = 0.3
# Below this many documents a source has no reliable statistics.
LEARN_MIN_DOCS = 5

STORY_SEP = "\x1e"  # joins a story id and a line key in a (story, line) key
_DIGITS = re.compile(r"\d")
_BLANK_RUN = re.compile(r"\n{3,}")


def line_key(line: str) -> str:
    """Normalized key of a line: case and spacing folded, digits as ``0``.

    >>> line_key("  © 2019  The Duran ") == line_key("© 2020 the duran")
    True
    """
    return _DIGITS.sub("0", " ".join(line.casefold().split()))


def story_id(text: str) -> str:
    """Identify a document's story by its longest line (equal in syndicated copies)."""
    # digits are kept here: two stories differ in their figures as much as in their words
    longest = max((" ".join(x.casefold().split()) for x in text.split("\n")), key=len, default="")
    return hashlib.blake2b(longest.encode(), digest_size=8).hexdigest()


def line_keys(text: str) -> set[str]:
    """Keys to count per document: each short line's key, and its (story, line) key."""
    keys = {k for k in map(line_key, text.split("\n")) if k and len(k) <= LEARN_MAX_CHARS}
    story = story_id(text)
    return keys | {f"{story}{STORY_SEP}{k}" for k in keys}


def learn_residue(line_docs: Mapping[str, int], n_docs: int) -> frozenset[str]:
    """Line keys that count as boilerplate for a source with ``n_docs`` documents.

    ``line_docs`` maps every key of :func:`line_keys` to the number of the
    source's documents it occurred in.
    """
    if n_docs < LEARN_MIN_DOCS:
        return frozenset()
    stories: Counter[str] = Counter()
    for key in line_docs:
        _, sep, line = key.partition(STORY_SEP)
        if sep:
            stories[line] += 1
    return frozenset(
        k
        for k, count in line_docs.items()
        if STORY_SEP not in k
        and len(k) <= LEARN_MAX_CHARS
        and count / n_docs >= LEARN_MIN_SHARE
        and stories[k] >= LEARN_MIN_STORIES
    )


def strip_learned(text: str, learned: Iterable[str] | frozenset[str]) -> tuple[str, list[Change]]:
    """Drop lines whose key was learned as boilerplate for this source."""
    learned = learned if isinstance(learned, frozenset) else frozenset(learned)
    if not learned:
        return text, []
    kept, changes = [], []
    for line in text.split("\n"):
        if line.strip() and len(line.strip()) <= LEARN_MAX_CHARS and line_key(line) in learned:
            changes.append(Change(STEP, "learned_repeat", line.strip()))
        else:
            kept.append(line)
    if not changes:
        return text, []
    return _BLANK_RUN.sub("\n\n", "\n".join(kept)).strip(), changes
