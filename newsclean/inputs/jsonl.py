"""``*.jsonl``: one record a line, ``{"url", "html" | "text", "fetched_at", "published_at"?, "source"?, "title"?}``."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from newsclean.inputs.base import (
    BODY_ALIASES,
    HTML_ALIASES,
    MAX_SURROGATE_SHARE,
    JsonText,
    ReadFailure,
    ReadItem,
    loads_json,
    meta_fields,
    replace_surrogates,
    sha256,
)
from newsclean.limits import DEFAULT_LIMITS, Limits
from newsclean.schemas.models import RawRecord


def read_jsonl(path: Path, input_ref: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> Iterator[ReadItem]:
    """Records of a JSONL feed; ``input_ref#N`` is the Nth line (blank lines keep their number).

    A line longer than ``limits.max_record_bytes`` is rejected ``too_large``
    unparsed; a line nested too deep for the parser (``[[[[...``) is
    ``bad_json``; see :func:`record_from_object` for what a parsed line becomes. A feed
    that is not UTF-8 is read as :class:`~newsclean.inputs.base.JsonText` says.
    """
    feed = JsonText(data)
    if len(feed.data) <= limits.max_record_bytes and _one_document(feed.data):
        # an indented array or object saved as .jsonl (parsed whole, so no bigger than a record): read
        # as the .json file it is
        from newsclean.inputs.json_file import read_json

        note = ("json_document", "a .jsonl file holding one JSON document over many lines, read as a .json file")
        for item in read_json(path, input_ref, data, limits):
            if isinstance(item, RawRecord):
                item.read_notes.append(note)
            yield item
        return
    yield from read_lines(path, input_ref, feed, limits)


def read_lines(path: Path, input_ref: str, feed: JsonText, limits: Limits, note: tuple[str, str] | None = None) -> Iterator[ReadItem]:
    """The records of a feed read one a line (``note``: one more note for each record)."""
    for n, line in enumerate(feed.data.splitlines(), start=1):
        ref = f"{input_ref}#{n}"
        if not line.strip():
            continue
        raw = feed.as_read(n, line)
        if len(line) > limits.max_record_bytes:
            yield ReadFailure(ref, "too_large", f"{len(line)} bytes, more than {limits.max_record_bytes} (--max-record-bytes)", raw)
            continue
        notes = [feed.note(n), note]
        if b"\0" in line:
            # NUL bytes around a record: the padding a writer that crashed (or preallocated) leaves
            stripped = line.strip(b"\0 \t\r")
            if not stripped:
                yield ReadFailure(ref, "bad_json", "only NUL bytes (padding a writer that crashed leaves): no record", raw)
                continue
            if stripped != line.strip():
                notes.append(("nul_stripped", f"{len(line.strip()) - len(stripped)} NUL bytes around the record removed"))
            line = stripped
        try:
            rec = loads_json(line)
        except RecursionError:
            yield ReadFailure(ref, "bad_json", "nested too deeply to parse", raw)
            continue
        except ValueError as exc:
            yield ReadFailure(ref, "bad_json", str(exc)[:200], raw)
            continue
        yield record_from_object(rec, ref, raw, path, notes)


def _one_document(data: bytes) -> bool:
    """Whether a feed is one JSON document written over several lines (``json.dumps(..., indent=2)``),
    not a record a line: its first line is no JSON value on its own, and the whole of it is one."""
    text = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    first = text.split(b"\n", 1)[0].strip()
    if not first.startswith((b"[", b"{")) or b"\n" not in text.strip():
        return False
    try:
        loads_json(first)
        return False
    except (ValueError, RecursionError):
        pass
    try:
        loads_json(text)
    except (ValueError, RecursionError):
        return False
    return True


def _paragraphs(value: object) -> bool:
    """A body given as a list of paragraphs: a non-empty list of strings, one at least with words."""
    return isinstance(value, list) and bool(value) and all(isinstance(x, str) for x in value) and any(x.strip() for x in value)


def record_from_object(rec: object, ref: str, raw: bytes, path: Path, file_notes: Sequence[tuple[str, str] | None] = ()) -> RawRecord | ReadFailure:
    """One parsed JSON record (a JSONL line, a ``.json`` file or an element of its array).

    The body is ``html`` or else ``text``; without either, the first non-blank string of
    :data:`~newsclean.inputs.base.BODY_ALIASES` (news-please's ``maintext``,
    ``content``, ``body``, ...) is read as text, else of
    :data:`~newsclean.inputs.base.HTML_ALIASES` as HTML, noted ``field_alias``. A lone
    surrogate (``"\\ud800"``, not storable as UTF-8) is replaced by U+FFFD and
    noted; a body of which lone surrogates are more than 1 % is ``bad_unicode``.
    """
    notes: list[tuple[str, str]] = [n for n in file_notes if n]  # what the file's reader noted (charset, wrapper)
    if isinstance(rec, str) and rec.strip().startswith("{") and rec.strip().endswith("}"):
        # JSON encoded twice (a pipeline that called json.dumps on a JSON string): the record is inside
        try:
            inner = loads_json(rec)
        except (ValueError, RecursionError):
            inner = None
        if isinstance(inner, dict):
            rec = inner
            notes.append(("json_in_string", "the record was a JSON string holding the JSON object (encoded twice)"))
    if not isinstance(rec, dict):
        return ReadFailure(ref, "bad_record", f"a JSON record must be an object, not a JSON {type(rec).__name__}", raw)
    body, kind = (rec.get("html"), "html") if rec.get("html") is not None else (rec.get("text"), "text")
    if body is None:
        aliases = [(a, "text") for a in BODY_ALIASES] + [(a, "html") for a in HTML_ALIASES]
        strings = [(a, k) for a, k in aliases if isinstance(rec.get(a), str)]
        # the first alias that holds words (news-please leaves maintext "" when its extractor failed)
        alias = next(((a, k) for a, k in strings if rec[a].strip()), strings[0] if strings else None)
        if alias is not None:
            body, kind = rec[alias[0]], alias[1]
            notes.append(("field_alias", f"{alias[0]} read as {kind}"))
    if not isinstance(body, str):
        # a scraper's list of paragraphs (Scrapy's getall()) under a body key, when no key holds a string
        key, parts = next(((k, rec[k]) for k in ("html", "text", *BODY_ALIASES, *HTML_ALIASES) if _paragraphs(rec.get(k))), (None, None))
        if key is not None and parts is not None:
            kind = "html" if key == "html" or key in HTML_ALIASES else "text"
            body = ("\n" if kind == "html" else "\n\n").join(p.strip() for p in parts if p.strip())
            notes.append(("body_joined", f"{key}: a list of {len(parts)} strings joined as paragraphs"))
    if not isinstance(body, str):
        shaped = next(((k, rec[k]) for k in ("html", "text", *BODY_ALIASES, *HTML_ALIASES) if rec.get(k) is not None), None)
        if shaped is not None:  # {"text": {"p": ...}}, {"text": 12}, {"text": [1, 2]}: say what the body is
            what = type(shaped[1]).__name__ if not isinstance(shaped[1], list) else "list without text" if shaped[1] == [] or all(
                isinstance(x, str) for x in shaped[1]) else "list of non-strings"
            return ReadFailure(ref, "bad_record", f"the body field {shaped[0]!r} is a JSON {what}, not a string", raw)
        fields = "', '".join(("html", "text", *BODY_ALIASES, *HTML_ALIASES))
        return ReadFailure(ref, "bad_record", f"no string field '{fields}'", raw)
    try:
        body = replace_surrogates(body, kind, notes, MAX_SURROGATE_SHARE)
        meta = meta_fields(rec, notes)
    except ValueError as exc:
        return ReadFailure(ref, "bad_unicode", f"{exc}: not storable as UTF-8", raw)
    meta.setdefault("source", path.name.split(".")[0])
    return RawRecord(input_ref=ref, kind=kind, body=body.encode("utf-8"), raw_sha256=sha256(raw), read_notes=notes, **meta)
