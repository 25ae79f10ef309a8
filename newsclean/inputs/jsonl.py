"""``*.jsonl``: one record a line, ``{"url", "html" | "text", "fetched_at", "published_at"?, "source"?, "title"?}``."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from newsclean.inputs.base import ReadFailure, ReadItem, has_surrogates, meta_fields, sha256
from newsclean.limits import DEFAULT_LIMITS, Limits
from newsclean.schemas.models import RawRecord


def read_jsonl(path: Path, input_ref: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> Iterator[ReadItem]:
    """Records of a JSONL feed; ``input_ref#N`` is the Nth line (blank lines keep their number).

    A line longer than ``limits.max_record_bytes`` is rejected ``too_large``
    unparsed; a line nested too deep for the parser (``[[[[...``) is
    ``bad_json``; a string with a lone surrogate (``"\\ud800"``), which
    cannot be stored as UTF-8, is ``bad_unicode``.
    """
    for n, line in enumerate(data.splitlines(), start=1):
        ref = f"{input_ref}#{n}"
        if not line.strip():
            continue
        if len(line) > limits.max_record_bytes:
            yield ReadFailure(ref, "too_large", f"{len(line)} bytes, more than {limits.max_record_bytes} (--max-record-bytes)", line)
            continue
        try:
            rec = json.loads(line)
        except RecursionError:
            yield ReadFailure(ref, "bad_json", "nested too deeply to parse", line)
            continue
        except ValueError as exc:
            yield ReadFailure(ref, "bad_json", str(exc)[:200], line)
            continue
        if not isinstance(rec, dict):
            yield ReadFailure(ref, "bad_record", "a JSONL line must be a JSON object", line)
            continue
        body, kind = (rec.get("html"), "html") if rec.get("html") is not None else (rec.get("text"), "text")
        if not isinstance(body, str):
            yield ReadFailure(ref, "bad_record", "no 'html' or 'text' string field", line)
            continue
        notes: list[tuple[str, str]] = []
        try:
            if has_surrogates(body):
                raise ValueError(f"lone surrogate in {kind!r}")
            meta = meta_fields(rec, notes)
        except ValueError as exc:
            yield ReadFailure(ref, "bad_unicode", f"{exc}: not storable as UTF-8", line)
            continue
        meta.setdefault("source", path.name.split(".")[0])
        yield RawRecord(input_ref=ref, kind=kind, body=body.encode("utf-8"), raw_sha256=sha256(line), read_notes=notes, **meta)
