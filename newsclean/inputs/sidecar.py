"""Optional ``NAME.meta.json`` next to an ``.html``/``.txt`` file: the record's declared metadata."""
from __future__ import annotations

from pathlib import Path

from newsclean.inputs.base import JsonText, ReadFailure, loads_json, meta_fields

SIDECAR_SUFFIX = ".meta.json"
# a sidecar holds a few short fields; anything bigger is not one
MAX_SIDECAR_BYTES = 1 << 20


def sidecar_of(path: Path) -> Path:
    """``page.html`` and ``page.html.gz`` -> ``page.meta.json``."""
    base = path.name[:-3] if path.name.endswith(".gz") else path.name
    return path.with_name(base.rsplit(".", 1)[0] + SIDECAR_SUFFIX)


def read_sidecar(path: Path, notes: list[tuple[str, str]] | None = None) -> tuple[dict, ReadFailure | None]:
    """The metadata declared for ``path`` ({} without a sidecar); a broken sidecar is a failure, not an exception.

    Only a regular file is opened (a FIFO named like a sidecar would block
    forever), and at most :data:`MAX_SIDECAR_BYTES` of it. Values unusable as
    declared (an out-of-range ``fetched_at``) are noted in ``notes``.
    """
    from newsclean.inputs.files import read_capped  # files imports the readers

    sidecar = sidecar_of(path)
    if not sidecar.exists() and not sidecar.is_symlink():
        return {}, None
    try:
        data = read_capped(sidecar, MAX_SIDECAR_BYTES)
        if data is None:
            raise ValueError(f"more than {MAX_SIDECAR_BYTES} bytes")
        text = JsonText(data)  # a sidecar PowerShell wrote (UTF-16) or a Windows tool (cp1252), like a feed
        meta = loads_json(text.data)
        if not isinstance(meta, dict):
            raise ValueError("not a JSON object")
        decoded = text.note()
        if decoded and notes is not None:
            notes.append((decoded[0], f"{sidecar.name}: {decoded[1]}"))
        return meta_fields(meta, notes), None
    except (OSError, ValueError, RecursionError) as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return {}, ReadFailure(sidecar.name, "bad_sidecar", f"{type(exc).__name__}: {str(exc)[:200]}", None)
