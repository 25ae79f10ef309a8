"""WARC input: ``*.warc`` / ``*.warc.gz`` response records with HTML bodies.

:func:`read_warc` is a reader like the others in :mod:`newsclean.inputs`
(``(path, input_ref, data) -> Iterator``). It is handed the file's bytes as
they are on disk: a ``.warc.gz`` is gzipped per record, and warcio reads it
record by record, so a damaged record late in the file does not lose the
records before it.

It yields three kinds of items:

- :class:`RawRecord` (kind ``"html"``) for every HTTP response with an HTML
  body: ``input_ref`` is ``file.warc.gz#N`` with N the 1-based position of
  the record among all records of the file; ``charset`` comes from the HTTP
  ``Content-Type``; ``fetched_at`` is ``WARC-Date``; ``url`` is
  ``WARC-Target-URI``; ``raw_sha256`` is the hash of the HTTP body (after
  transfer and content decoding, i.e. the bytes the cleaners see);
- :class:`ReadFailure` when the file cannot be parsed from some record on
  (``bad_warc``: the records before it are still yielded) or one record is
  damaged (``bad_record``: unknown WARC-Type, undecodable body);
- :class:`Skipped` for records that are not input records (requests,
  metadata, warcinfo, revisits, non-HTML responses, redirects and errors).
  The flow counts them per ``reason`` for the run manifest; they are not
  rejects (nothing went wrong) and never reach the cleaners.
"""
from __future__ import annotations

import io
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsclean.inputs.base import ReadFailure, Skipped, parse_datetime, sha256
from newsclean.schemas.models import RawRecord

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Bodies of responses without a Content-Type are sniffed for HTML in this
# many leading bytes (after whitespace), like a browser's MIME sniffing.
SNIFF_BYTES = 512
# Record types of the WARC 1.1 standard; anything else is a damaged header.
WARC_TYPES = frozenset(
    {"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion", "continuation"}
)
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<!--")


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    """``text/html; charset=windows-1251`` -> ("text/html", "windows-1251")."""
    if not value:
        return None, None
    msg = Message()
    msg["content-type"] = value
    charset = msg.get_param("charset")
    return msg.get_content_type(), (str(charset).strip() or None) if charset else None


def _sniff_html(body: bytes) -> bool:
    return body[:SNIFF_BYTES].lstrip().lower().startswith(_HTML_STARTS)


def read_warc(path: Path, input_ref: str, data: bytes) -> Iterator[RawRecord | ReadFailure | Skipped]:
    """Records of one WARC file; see the module docstring for what is yielded."""
    n = 0
    records = ArchiveIterator(io.BytesIO(data), ensure_http_headers=False)
    try:
        for record in records:
            n += 1
            yield _one(record, f"{input_ref}#{n}")
    except Exception as exc:  # noqa: BLE001 - warcio fails on damaged input with many types (even AttributeError)
        # the records before this point were read; the rest of the file is lost to parsing
        yield ReadFailure(f"{input_ref}#{n + 1}", "bad_warc", f"{type(exc).__name__}: {exc}", None)
        return
    # warcio stops quietly at a truncated gzip member: say what was not read
    tail = data[records.offset :]
    if tail.strip():
        detail = f"truncated: {len(tail)} bytes after record {n} could not be read"
        yield ReadFailure(f"{input_ref}#{n + 1}", "bad_warc", detail, tail)


def _one(record, ref: str) -> RawRecord | ReadFailure | Skipped:
    if not record.format.startswith("warc"):
        # warcio falls back to the old ARC format for anything it cannot parse as WARC
        raise ArchiveLoadFailed(f"not a WARC record (read as {record.format})")
    kind = record.rec_type
    if kind not in WARC_TYPES:
        return ReadFailure(ref, "bad_record", f"unknown WARC-Type {kind!r}", None)
    if kind != "response":
        return Skipped(ref, kind or "unknown", record.rec_headers.get_header("WARC-Target-URI") or "")
    url = record.rec_headers.get_header("WARC-Target-URI")
    http = record.http_headers
    if http is None or not http.get_statuscode():
        return Skipped(ref, "not_html", "response without HTTP headers (not an HTTP capture)")
    status = http.get_statuscode()
    if not status.startswith("2"):
        return Skipped(ref, "http_status", f"{status} {url or ''}".strip())
    mime, charset = _content_type(http.get_header("Content-Type"))
    if mime is not None and mime not in HTML_TYPES:
        return Skipped(ref, "not_html", mime)
    try:
        body = record.content_stream().read()
    except Exception as exc:  # noqa: BLE001 - warcio raises zlib/brotli/chunking errors of many types
        return ReadFailure(ref, "bad_record", f"body could not be decoded: {type(exc).__name__}: {exc}", None)
    if mime is None and not _sniff_html(body):
        return Skipped(ref, "not_html", "no Content-Type and the body does not look like HTML")
    return RawRecord(
        input_ref=ref,
        kind="html",
        body=body,
        raw_sha256=sha256(body),
        url=url,
        fetched_at=parse_datetime(record.rec_headers.get_header("WARC-Date")),
        charset=charset,
    )
