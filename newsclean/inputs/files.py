"""Files on disk to records: listing an input folder, naming records, reading one file."""
from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

from newsclean.inputs.base import ReadFailure, ReadItem
from newsclean.inputs.registry import OWN_GZIP, READERS, format_of


def list_inputs(input_dir: Path) -> list[Path]:
    """Every supported file under ``input_dir``, recursively, in a stable order."""
    if input_dir.is_file():
        return [input_dir] if format_of(input_dir) else []
    return sorted(p for p in input_dir.rglob("*") if p.is_file() and format_of(p) and not p.name.startswith("."))


def input_ref_of(path: Path, input_dir: Path) -> str:
    """The file part of an ``input_ref``: the path relative to ``--input`` (the name when the input is one file)."""
    if input_dir.is_file():
        return path.name
    return path.relative_to(input_dir).as_posix()


def read_path(path: Path, input_dir: Path) -> Iterator[ReadItem]:
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
