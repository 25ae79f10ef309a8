"""Bytes to correct Unicode: decode, then repair mojibake (first version).

Decision order for decoding: BOM, declared charset, UTF-8, detection.
Repair uses ftfy with a written-down config; see ``FTFY_CONFIG``.
"""
from __future__ import annotations

import codecs

import ftfy

from cleaners.change import Change, Rejection

STEP = "encoding"

FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,  # curly quotes are content, not damage
    fix_line_breaks=False,  # cleaners/whitespace.py owns line breaks
    explain=True,
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, list[Change]]:
    """Decode ``data``; raise :class:`Rejection` when it cannot be text."""
    if not data.strip():
        raise Rejection("decode", "empty", f"{len(data)} bytes, no content")
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name), [Change(STEP, "bom", name)]
    if b"\x00" in data[:4096]:
        raise Rejection("decode", "binary", "NUL bytes in a text record")
    if declared:
        try:
            return data.decode(declared), [Change(STEP, "declared_charset", declared)]
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    raise Rejection("decode", "undecodable", "not UTF-8 and no usable declared charset")


def fix_text(text: str) -> tuple[str, list[Change]]:
    """Repair mojibake and entities with ftfy; record each fix that applied."""
    fixed, plan = ftfy.fix_and_explain(text, config=FTFY_CONFIG)
    return fixed, [Change(STEP, f"ftfy_{action}", str(param)) for action, param in (plan or [])]
