"""Whitespace normalization: line breaks, runs of spaces, blank lines.

Owns what ftfy is told to leave alone (``fix_line_breaks=False``): every
line-break form becomes ``\\n``; runs of horizontal space (tabs, no-break and
typographic spaces) become one space; lines are trimmed; paragraphs are
separated by at most one blank line.
"""
from __future__ import annotations

import re

from newsclean.cleaners.change import Change, Explained, ExplainedText

STEP = "whitespace"

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# tab, no-break space, Ogham space, en/em/thin/hair spaces, narrow no-break,
# medium mathematical space, ideographic space
_INLINE_RUN = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
MAX_BLANK_LINES = 1  # paragraphs are separated by one blank line, never more
_BLANK_RUN = re.compile(r"\n{%d,}" % (MAX_BLANK_LINES + 2))  # noqa: UP031 (a regex quantifier: braces would need escaping)


def normalize_whitespace(text: str) -> ExplainedText:
    """Unify line breaks, collapse inline runs, trim lines, cap blank lines.

    >>> text, changes = normalize_whitespace("a\\u00a0 b\\r\\n\\r\\n\\r\\nc ")
    >>> text, [c.rule for c in changes]
    ('a b\\n\\nc', ['line_breaks', 'inline_space', 'blank_lines'])
    """
    changes: list[Change] = []
    out = _LINE_BREAKS.sub("\n", text)
    if out != text:
        changes.append(Change(STEP, "line_breaks", "CR/CRLF/LS/PS/VT/FF/NEL to LF"))
    lines = [_INLINE_RUN.sub(" ", line).strip(" ") for line in out.split("\n")]
    collapsed = "\n".join(lines)
    if collapsed != out:
        changes.append(Change(STEP, "inline_space", "collapsed runs of spaces, trimmed lines"))
    capped = _BLANK_RUN.sub("\n" * (MAX_BLANK_LINES + 1), collapsed)
    if capped != collapsed:
        changes.append(Change(STEP, "blank_lines", f"at most {MAX_BLANK_LINES} blank line between paragraphs"))
    final = capped.strip("\n")
    if final != capped:
        changes.append(Change(STEP, "edge_lines", "removed leading/trailing empty lines"))
    return Explained(final, changes)
