"""``*.jsonl``: one record a line, ``{"url", "html" | "text", "fetched_at", "published_at"?, "source"?, "title"?}``."""
from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsclean.inputs.base import (
    BODY_ALIASES,
    HTML_ALIASES,
    MAX_SURROGATE_SHARE,
    JsonText,
    ReadFailure,
    ReadItem,
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
    for n, line in enumerate(feed.data.splitlines(), start=1):
        ref = f"{input_ref}#{n}"
        if not line.strip():
            continue
        raw = feed.as_read(n, line)
        if len(line) > limits.max_record_bytes:
            yield ReadFailure(ref, "too_large", f"{len(line)} bytes, more than {limits.max_record_bytes} (--max-record-bytes)", raw)
            continue
        try:
            rec = json.loads(line)
        except RecursionError:
            yield ReadFailure(ref, "bad_json", "nested too deeply to parse", raw)
            continue
        except ValueError as exc:
            yield ReadFailure(ref, "bad_json", str(exc)[:200], raw)
            continue
        yield record_from_object(rec, ref, raw, path, [feed.note(n)])


def record_from_object(rec: object, ref: str, raw: bytes, path: Path, file_notes: Sequence[tuple[str, str] | None] = ()) -> RawRecord | ReadFailure:
    """One parsed JSON record (a JSONL line, a ``.json`` file or an element of its array).

    The body is ``html`` or else ``text``; without either, the first non-blank string of
    :data:`~newsclean.inputs.base.BODY_ALIASES` (news-please's ``maintext``,
    ``content``, ``body``, ...) is read as text, else of
    :data:`~newsclean.inputs.base.HTML_ALIASES` as HTML, noted ``field_alias``. A lone
    surrogate (``"\\ud800"``, not storable as UTF-8) is replaced by U+FFFD and
    noted; a body of which lone surrogates are more than 1 % is ``bad_unicode``.
    """
    if not isinstance(rec, dict):
        return ReadFailure(ref, "bad_record", "a JSON record must be an object", raw)
    notes: list[tuple[str, str]] = [n for n in file_notes if n]  # what the file's reader noted (charset, wrapper)
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
        fields = "', '".join(("html", "text", *BODY_ALIASES, *HTML_ALIASES))
        return ReadFailure(ref, "bad_record", f"no string field '{fields}'", raw)
    try:
        body = replace_surrogates(body, kind, notes, MAX_SURROGATE_SHARE)
        meta = meta_fields(rec, notes)
    except ValueError as exc:
        return ReadFailure(ref, "bad_unicode", f"{exc}: not storable as UTF-8", raw)
    meta.setdefault("source", path.name.split(".")[0])
    return RawRecord(input_ref=ref, kind=kind, body=body.encode("utf-8"), raw_sha256=sha256(raw), read_notes=notes, **meta)
