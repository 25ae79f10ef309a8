"""Input readers: files on disk to :class:`RawRecord` (or :class:`ReadFailure`).

A reader is a function ``(path, input_ref, data) -> Iterator[RawRecord | ReadFailure]``
registered for a file-name suffix in ``READERS``; adding a format (WARC) is one
function and one registry line. ``.gz`` is handled once, for every format.
"""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsclean.schemas.models import RawRecord

SIDECAR_SUFFIX = ".meta.json"
META_KEYS = ("url", "fetched_at", "published_at", "source", "title", "charset")


@dataclass(slots=True)
class ReadFailure:
    """A record (or a whole file) that could not be read: becomes a rejects row."""

    input_ref: str
    reason: str  # stable code: unreadable / gzip_error / bad_json / bad_record / bad_sidecar
    detail: str
    raw: bytes | None


Reader = Callable[[Path, str, bytes], Iterator["RawRecord | ReadFailure"]]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_datetime(value: object) -> dt.datetime | None:
    """ISO 8601 (``Z`` allowed) or a bare date, as an aware UTC datetime; else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    return parsed.astimezone(dt.timezone.utc)


def _meta_fields(meta: dict) -> dict:
    out = {}
    for key in META_KEYS:
        value = meta.get(key)
        if key == "fetched_at":
            out[key] = parse_datetime(value)
        elif value is not None:
            out[key] = str(value)
    return out


def _read_sidecar(path: Path) -> tuple[dict, ReadFailure | None]:
    base = path.name[:-3] if path.name.endswith(".gz") else path.name
    sidecar = path.with_name(base.rsplit(".", 1)[0] + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}, None
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        if not isinstance(meta, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as exc:
        return {}, ReadFailure(sidecar.name, "bad_sidecar", f"{type(exc).__name__}: {exc}", None)
    return _meta_fields(meta), None


def _single(kind: str) -> Reader:
    def read(path: Path, input_ref: str, data: bytes) -> Iterator[RawRecord | ReadFailure]:
        meta, failure = _read_sidecar(path)
        # a broken sidecar does not lose the page: it is read without metadata, and that is recorded
        notes = [(failure.reason, f"{failure.input_ref} ignored: {failure.detail}")] if failure else []
        yield RawRecord(input_ref=input_ref, kind=kind, body=data, raw_sha256=sha256(data), read_notes=notes, **meta)

    return read


def read_jsonl(path: Path, input_ref: str, data: bytes) -> Iterator[RawRecord | ReadFailure]:
    """One record a line: ``{"url", "html" | "text", "fetched_at", "published_at"?, "source"?, "title"?}``."""
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
        meta = _meta_fields(rec)
        meta.setdefault("source", path.name.split(".")[0])
        yield RawRecord(input_ref=ref, kind=kind, body=body.encode("utf-8"), raw_sha256=sha256(line), **meta)


READERS: dict[str, Reader] = {
    ".html": _single("html"),
    ".htm": _single("html"),
    ".txt": _single("text"),
    ".jsonl": read_jsonl,
}


def register(suffix: str, reader: Reader) -> None:
    READERS[suffix] = reader


def format_of(path: Path) -> str | None:
    """The registered suffix that reads ``path`` (``.gz`` stripped), or None."""
    name = path.name.lower()
    if name.endswith(SIDECAR_SUFFIX):
        return None
    if name.endswith(".gz"):
        name = name[:-3]
    for suffix in READERS:
        if name.endswith(suffix):
            return suffix
    return None


def list_inputs(input_dir: Path) -> list[Path]:
    """Every supported file under ``input_dir``, recursively, in a stable order."""
    if input_dir.is_file():
        return [input_dir] if format_of(input_dir) else []
    return sorted(p for p in input_dir.rglob("*") if p.is_file() and format_of(p) and not p.name.startswith("."))


def input_ref_of(path: Path, input_dir: Path) -> str:
    if input_dir.is_file():
        return path.name
    return path.relative_to(input_dir).as_posix()


def read_path(path: Path, input_dir: Path) -> Iterator[RawRecord | ReadFailure]:
    """All records of one file; failures are yielded, never raised."""
    ref = input_ref_of(path, input_dir)
    fmt = format_of(path)
    if fmt is None:
        yield ReadFailure(ref, "unsupported", f"no reader for {path.name}", None)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ReadFailure(ref, "unreadable", f"{type(exc).__name__}: {exc}", None)
        return
    if path.name.lower().endswith(".gz") and fmt not in OWN_GZIP:
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            yield ReadFailure(ref, "gzip_error", f"{type(exc).__name__}: {exc}", data)
            return
    yield from READERS[fmt](path, ref, data)


# WARC (flows/warc.py). A .warc.gz is gzipped per record and warcio reads it
# itself, record by record: it gets the file as it is on disk (OWN_GZIP).
# Imported on first use: flows.warc imports this module.
OWN_GZIP: set[str] = {".warc"}


def _read_warc(path: Path, input_ref: str, data: bytes):
    from newsclean.inputs.warc import read_warc

    return read_warc(path, input_ref, data)


register(".warc", _read_warc)
