"""Resource limits of a run: how much one input may expand to before it is rejected ``too_large``.

Every limit has a name, a default and a CLI option (``newsclean backfill
--max-file-bytes/--max-record-bytes/--max-text-chars``); docs/OPERATIONS.md
lists them. They bound the memory one worker needs whatever the input: a
gzip bomb or a 200 MB text is read in a streaming way and stops at the cap,
and the reject keeps the bytes as they are on disk (compressed), never the
expanded ones.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

# Decompressed bytes one file may yield (a .gz is inflated in a streaming
# way and stops here). Also the largest file read into memory as it is on
# disk (a .warc.gz is read whole, then record by record). 256 MiB: a large
# WARC shard; files above it should be split.
MAX_FILE_BYTES = 256 << 20
# Bytes of one record's body after every decompression (gzip, HTTP
# Content-Encoding). 16 MiB: the largest news pages are 2-5 MB of HTML.
MAX_RECORD_BYTES = 16 << 20
# Characters of one record's decoded text (before extraction). 4 million
# characters: more than any article, far less than the memory it costs the
# cleaners (several copies per step).
MAX_TEXT_CHARS = 4_000_000

STRICT_ENV = "NEWSCLEAN_STRICT"


@dataclass(frozen=True, slots=True)
class Limits:
    max_file_bytes: int = MAX_FILE_BYTES
    max_record_bytes: int = MAX_RECORD_BYTES
    max_text_chars: int = MAX_TEXT_CHARS

    @classmethod
    def of(cls, max_file_bytes: int | None = None, max_record_bytes: int | None = None, max_text_chars: int | None = None) -> Limits:
        """Defaults for every limit not given."""
        return cls(
            max_file_bytes or MAX_FILE_BYTES,
            max_record_bytes or MAX_RECORD_BYTES,
            max_text_chars or MAX_TEXT_CHARS,
        )


DEFAULT_LIMITS = Limits()

_SIZE = re.compile(r"^\s*(\d+)\s*([kmgt]?)(i?b)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}


def parse_size(value: str) -> int:
    """A byte or character count: ``1000``, ``64K``, ``16M``, ``1G`` (binary units).

    >>> parse_size("16M"), parse_size("1000"), parse_size("2gib")
    (16777216, 1000, 2147483648)
    """
    m = _SIZE.match(value)
    if not m:
        raise ValueError(f"not a size (e.g. 1000, 64K, 16M, 1G): {value!r}")
    return int(m.group(1)) * _UNITS[m.group(2).lower()]


def strict_default() -> bool:
    """``NEWSCLEAN_STRICT=1``: an unexpected exception in one record fails the run (for tests)."""
    return os.environ.get(STRICT_ENV, "") not in ("", "0")


NAMES_MODEL_ENV = "NEWSCLEAN_NAMES_MODEL"


def names_model_default() -> bool:
    """``NEWSCLEAN_NAMES_MODEL=ru`` (or ``--names-model``): Russian articles' names also go through the NER model
    (``cleaners.names.model_ru``): better recall, about 20 µs of CPU per character of a Russian article."""
    return os.environ.get(NAMES_MODEL_ENV, "").strip().lower() in ("ru", "1", "true", "yes")
