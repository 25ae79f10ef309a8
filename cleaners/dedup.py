"""Deduplication keys (first version: exact match on normalized text)."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_WORD = re.compile(r"[\W\d_]+", re.UNICODE)


def normalize_for_hash(text: str) -> str:
    """Lowercase, fold punctuation, digits and whitespace: copies differing only there match."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub(" ", folded).strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalize_for_hash(text).encode("utf-8")).hexdigest()
