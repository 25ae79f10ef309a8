"""``*.html``, ``*.htm`` (kind ``html``) and ``*.txt`` (kind ``text``): one record per file, plus its sidecar."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsclean.inputs.base import Reader, ReadItem, sha256
from newsclean.inputs.sidecar import read_sidecar
from newsclean.limits import DEFAULT_LIMITS, Limits
from newsclean.schemas.models import RawRecord


def single_record(kind: str) -> Reader:
    """A reader for files that hold one record of ``kind``."""

    def read(path: Path, input_ref: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> Iterator[ReadItem]:
        notes: list[tuple[str, str]] = []
        meta, failure = read_sidecar(path, notes)
        # a broken sidecar does not lose the page: it is read without metadata, and that is recorded
        if failure:
            notes.append((failure.reason, f"{failure.input_ref} ignored: {failure.detail}"))
        yield RawRecord(input_ref=input_ref, kind=kind, body=data, raw_sha256=sha256(data), read_notes=notes, **meta)

    read.__name__ = f"read_{kind}"
    return read


read_html = single_record("html")
read_text = single_record("text")
