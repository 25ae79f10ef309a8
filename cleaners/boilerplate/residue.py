"""The residue pass over extracted text (first version: title split only)."""
from __future__ import annotations

from dataclasses import dataclass, field

from cleaners.change import Change

STEP = "boilerplate"

TITLE_MAX_CHARS = 250  # a first line longer than this is a paragraph, not a headline


@dataclass(slots=True)
class Residue:
    text: str
    changes: list[Change] = field(default_factory=list)
    byline_date: str | None = None  # date text of a dropped byline, for the dates stage
    publication: str | None = None  # publication header moved to metadata


def split_title(text: str) -> tuple[str | None, str]:
    """Split a headline off already-extracted text.

    The first line is a headline when it is short, does not end like a
    sentence (headlines end in a word, ``?`` or ``!``, not ``.``) and text follows.
    """
    head, sep, rest = text.partition("\n")
    head = head.strip()
    if sep and rest.strip() and head and len(head) <= TITLE_MAX_CHARS and not head.endswith((".", ":", ",", ";")):
        return head, rest.lstrip("\n")
    return None, text


def strip_residue(text: str, *, learned: frozenset[str] = frozenset()) -> Residue:
    """Remove residue lines; every removed line is a Change. First version: none yet."""
    return Residue(text=text)
