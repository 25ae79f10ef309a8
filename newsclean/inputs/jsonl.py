"""``*.jsonl``: one record a line, ``{"url", "html" | "text", "fetched_at", "published_at"?, "source"?, "title"?}``."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from newsclean.inputs.base import ReadFailure, ReadItem, meta_fields, sha256
from newsclean.schemas.models import RawRecord


def read_jsonl(path: Path, input_ref: str, data: bytes) -> Iterator[ReadItem]:
    """Records of a JSONL feed; ``input_ref#N`` is the Nth line (blank lines keep their number)."""
    for n, line in enumerate(data.splitlines(), start=1):
        ref = f"{input_ref}#{n}"
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as exc:
            yield ReadFailure(ref, "bad_json", str(exc), line)
            continue
        if not isinstance(rec, dict):
            yield ReadFailure(ref, "bad_record", "a JSONL line must be a JSON object", line)
            continue
        body, kind = (rec.get("html"), "html") if rec.get("html") is not None else (rec.get("text"), "text")
        if not isinstance(body, str):
            yield ReadFailure(ref, "bad_record", "no 'html' or 'text' string field", line)
            continue
        meta = meta_fields(rec)
        meta.setdefault("source", path.name.split(".")[0])
        yield RawRecord(input_ref=ref, kind=kind, body=body.encode("utf-8"), raw_sha256=sha256(line), **meta)
