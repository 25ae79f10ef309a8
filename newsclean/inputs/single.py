"""``*.html``, ``*.htm`` (kind ``html``) and ``*.txt`` (kind ``text``): one record per file, plus its sidecar."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsclean.inputs.base import BODY_ALIASES, HTML_ALIASES, Reader, ReadItem, loads_json, sha256
from newsclean.inputs.sidecar import read_sidecar
from newsclean.limits import DEFAULT_LIMITS, Limits
from newsclean.schemas.models import RawRecord

BODY_KEYS = ("html", "text", *BODY_ALIASES, *HTML_ALIASES)


def single_record(kind: str) -> Reader:
    """A reader for files that hold one record of ``kind``."""

    def read(path: Path, input_ref: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> Iterator[ReadItem]:
        if _holds_json_records(data):
            # an API response or a scraper's record saved as .html/.txt: its body, not its JSON syntax
            from newsclean.inputs.json_file import read_json

            note = ("json_in_file", f"a {kind} file holding JSON records, read as a .json file")
            for item in read_json(path, input_ref, data, limits):
                if isinstance(item, RawRecord):
                    item.read_notes.append(note)
                yield item
            return
        notes: list[tuple[str, str]] = []
        meta, failure = read_sidecar(path, notes)
        # a broken sidecar does not lose the page: it is read without metadata, and that is recorded
        if failure:
            notes.append((failure.reason, f"{failure.input_ref} ignored: {failure.detail}"))
        yield RawRecord(input_ref=input_ref, kind=kind, body=data, raw_sha256=sha256(data), read_notes=notes, **meta)

    read.__name__ = f"read_{kind}"
    return read


def _holds_json_records(data: bytes) -> bool:
    """Whether a page or text file is a JSON record (or an array, or an API response wrapping
    them) with a body field: ``{"text": "..."}`` saved as ``.txt``. Text that merely starts
    with a brace, or JSON without a body field, is read as it is.

    >>> _holds_json_records(b'{"title": "T", "text": "Body."}'), _holds_json_records(b'{"a": 1}'), _holds_json_records(b"{braces} in text")
    (True, False, False)
    """
    text = data.strip().lstrip(b"\xef\xbb\xbf")
    if not (text[:1] in (b"{", b"[") and text[-1:] in (b"}", b"]")):
        return False
    from newsclean.inputs.json_file import _wrapped_records

    try:
        doc = loads_json(text)
    except (ValueError, RecursionError):
        return False
    if isinstance(doc, dict) and _wrapped_records(doc) is not None:
        doc = doc[_wrapped_records(doc)]
    records = doc if isinstance(doc, list) else [doc]
    return bool(records) and all(isinstance(r, dict) and any(isinstance(r.get(k), str) for k in BODY_KEYS) for r in records)


read_html = single_record("html")
read_text = single_record("text")
