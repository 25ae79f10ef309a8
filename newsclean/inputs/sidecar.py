"""Optional ``NAME.meta.json`` next to an ``.html``/``.txt`` file: the record's declared metadata."""
from __future__ import annotations

import json
from pathlib import Path

from newsclean.inputs.base import ReadFailure, meta_fields

SIDECAR_SUFFIX = ".meta.json"


def sidecar_of(path: Path) -> Path:
    """``page.html`` and ``page.html.gz`` -> ``page.meta.json``."""
    base = path.name[:-3] if path.name.endswith(".gz") else path.name
    return path.with_name(base.rsplit(".", 1)[0] + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> tuple[dict, ReadFailure | None]:
    """The metadata declared for ``path`` ({} without a sidecar); a broken sidecar is a failure, not an exception."""
    sidecar = sidecar_of(path)
    if not sidecar.exists():
        return {}, None
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        if not isinstance(meta, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as exc:
        return {}, ReadFailure(sidecar.name, "bad_sidecar", f"{type(exc).__name__}: {exc}", None)
    return meta_fields(meta), None
