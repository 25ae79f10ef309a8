"""``*.json``: one record (a JSON object, as news-please writes one file per article) or an array of records.

A record has the keys of a JSONL record (see :mod:`newsclean.inputs.jsonl`);
an array's Nth element is ``input_ref#N`` (1-based), a single object is the
file's ``input_ref`` itself. An API response that wraps the array
(``{"status": "ok", "articles": [...]}``) is read as that array (noted ``wrapped_records``). ``NAME.meta.json`` sidecars are not read here.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from newsclean.inputs.base import BODY_ALIASES, HTML_ALIASES, JsonText, ReadFailure, ReadItem, loads_json
from newsclean.inputs.jsonl import read_lines, record_from_object
from newsclean.limits import DEFAULT_LIMITS, Limits


def read_json(path: Path, input_ref: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> Iterator[ReadItem]:
    """The record(s) of a ``.json`` file; a file that is not JSON is one ``bad_json`` failure.

    A ``.json`` file is parsed whole, so :func:`~newsclean.inputs.files.read_path` caps it at
    ``--max-record-bytes`` like a one-record file (``too_large``); a big feed belongs in JSONL.
    """
    text = JsonText(data)  # data stays the bytes as read: a reject keeps them
    notes = [text.note()]
    try:
        doc = loads_json(text.data)
    except RecursionError:
        yield ReadFailure(input_ref, "bad_json", "nested too deeply to parse", data)
        return
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        if _json_lines(text.data):
            # JSON Lines saved as .json (one record a line): read as the .jsonl file it is
            note = ("json_lines", "a .json file holding one JSON record a line, read as JSONL")
            yield from read_lines(path, input_ref, text, limits, note)
            return
        detail = "the file is empty" if not text.data.strip() else str(exc)[:200]
        yield ReadFailure(input_ref, "bad_json", detail, data)
        return
    wrapper = _wrapped_records(doc)
    if wrapper is not None and isinstance(doc, dict):  # {"status": "ok", "articles": [...]}: an API response holding the records
        key, doc = wrapper, doc[wrapper]
        notes.append(("wrapped_records", f"a record of the file's {key!r} array"))
    if not isinstance(doc, list):
        yield record_from_object(doc, input_ref, data, path, notes)
        return
    for n, rec in enumerate(doc, start=1):
        ref = f"{input_ref}#{n}"
        raw = json.dumps(rec, ensure_ascii=False).encode("utf-8", "surrogatepass")
        if len(raw) > limits.max_record_bytes:
            yield ReadFailure(ref, "too_large", f"{len(raw)} bytes, more than {limits.max_record_bytes} (--max-record-bytes)", raw)
            continue
        yield record_from_object(rec, ref, raw, path, notes)


def _json_lines(data: bytes) -> bool:
    """Whether a file that is not one JSON document holds JSON Lines: its first two records, each
    on a line of its own, are JSON objects.

    >>> _json_lines(b'{"text": "a"}\\n{"text": "b"}\\n'), _json_lines(b'{"text": "a"} x'), _json_lines(b'{"text":\\n"a"')
    (True, False, False)
    """
    lines = [line for line in data.lstrip(b"\xef\xbb\xbf").splitlines()[:50] if line.strip()][:2]
    if len(lines) < 2:
        return False
    try:
        return all(isinstance(loads_json(line), dict) for line in lines)
    except (ValueError, RecursionError):
        return False


def _wrapped_records(doc: object) -> str | None:
    """The key of the one array of records an API response or feed wraps (NewsAPI's
    ``articles``, JSON Feed's ``items``, ``data``, ``results`` ...), or None when ``doc`` is a
    record itself.

    ``doc`` is a wrapper when it has no body of its own (``html``, ``text`` or an alias) and
    exactly one of its values is a non-empty array of objects of which one at least has a
    body (JSON Feed's ``authors`` array beside ``items`` is no array of records).
    """
    bodies = ("html", "text", *BODY_ALIASES, *HTML_ALIASES)
    if not isinstance(doc, dict) or any(isinstance(doc.get(k), str) for k in bodies):
        return None
    arrays = [
        k for k, v in doc.items()
        if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)
        and any(isinstance(x.get(b), str) for x in v for b in bodies)
    ]
    return arrays[0] if len(arrays) == 1 else None
