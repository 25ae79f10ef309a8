"""Whitespace normalization: line breaks, runs of spaces, blank lines."""
from __future__ import annotations

import re

from cleaners.change import Change

STEP = "whitespace"

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_INLINE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_RUN = re.compile(r"\n{3,}")


def normalize_whitespace(text: str) -> tuple[str, list[Change]]:
    """Unify line breaks, collapse inline runs, strip line ends, cap blank lines at one."""
    changes: list[Change] = []
    out = _LINE_BREAKS.sub("\n", text)
    if out != text:
        changes.append(Change(STEP, "line_breaks", "CR/CRLF/LS/PS to LF"))
    lines = [_INLINE_RUN.sub(" ", line).strip() for line in out.split("\n")]
    collapsed = "\n".join(lines)
    if collapsed != out:
        changes.append(Change(STEP, "inline_space", "collapsed runs of spaces, trimmed lines"))
    final = _BLANK_RUN.sub("\n\n", collapsed).strip()
    if final != collapsed:
        changes.append(Change(STEP, "blank_lines", "collapsed blank lines"))
    return final, changes
