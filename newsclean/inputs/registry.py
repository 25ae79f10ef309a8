"""Which reader reads which file: one line per format.

Adding a format is one module with a reader function and one line here.
``.gz`` is handled once, for every format, except for those that read their
own compression (``OWN_GZIP``: a ``.warc.gz`` is gzipped per record, and
warcio reads it record by record).
"""
from __future__ import annotations

from pathlib import Path

from newsclean.inputs.base import Reader
from newsclean.inputs.json_file import read_json
from newsclean.inputs.jsonl import read_jsonl
from newsclean.inputs.sidecar import SIDECAR_SUFFIX
from newsclean.inputs.single import read_html, read_text
from newsclean.inputs.warc import read_warc

READERS: dict[str, Reader] = {
    ".html": read_html,
    ".htm": read_html,
    ".txt": read_text,
    ".jsonl": read_jsonl,
    ".json": read_json,
    ".warc": read_warc,
}
OWN_GZIP: set[str] = {".warc"}


def register(suffix: str, reader: Reader, *, own_gzip: bool = False) -> None:
    READERS[suffix] = reader
    if own_gzip:
        OWN_GZIP.add(suffix)


def format_of(path: Path) -> str | None:
    """The registered suffix that reads ``path`` (``.gz`` stripped), or None.

    >>> format_of(Path("a/feed.jsonl.gz")), format_of(Path("page.meta.json")), format_of(Path("x.pdf"))
    ('.jsonl', None, None)
    """
    name = path.name.lower()
    if name.endswith(SIDECAR_SUFFIX):
        return None
    if name.endswith(".gz"):
        name = name[:-3]
    for suffix in READERS:
        if name.endswith(suffix):
            return suffix
    return None
