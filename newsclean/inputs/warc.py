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
  (``bad_warc``: the records before it are still yielded; the read resumes at
  the next record start it can find, a ``WARC/1.x`` line for a ``.warc`` or a
  gzip member that inflates to one for a ``.warc.gz``, and the damaged bytes
  in between are the failure's raw; with no later record start, the rest of the
  file is the raw) or one record is damaged (``bad_record``: unknown
  WARC-Type, undecodable body, a header that fails; ``truncated``: the file
  ends inside the record; ``too_large``: the body inflates past
  ``--max-record-bytes``). A record's failure keeps the record as stored
  (its gzip member for ``.warc.gz``) as raw; the later records are still read.
  An out-of-range ``WARC-Date`` is ignored with a note;
- :class:`Skipped` for records that are not input records (requests,
  metadata, warcinfo, revisits, non-HTML responses, redirects and errors).
  The flow counts them per ``reason`` for the run manifest; they are not
  rejects (nothing went wrong) and never reach the cleaners.
"""
from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

import brotli
from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BufferedReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecordLoader

from newsclean.inputs.base import ReadFailure, Skipped, parse_datetime_noted, sha256
from newsclean.limits import DEFAULT_LIMITS, Limits
from newsclean.schemas.models import RawRecord

# Most output one compressed block of a ``Content-Encoding: br`` body may inflate to (the
# read sets it to its --max-record-bytes cap): brotli packs 200 MB of zeros into 329 bytes,
# so a bomb stops there and the read rejects the record too_large.
BROTLI_MAX_BLOCK_OUTPUT = 64 << 20


class BrotliBlocks:
    """warcio's decompressor interface (``decompress``, ``unused_data``, ``flush``) over the
    ``brotli`` package. warcio's own hook sets an attribute the C ``Decompressor`` of brotli
    1.x refuses, so a WARC response stored with ``Content-Encoding: br`` (what browser-based
    crawlers record) was a ``bad_record`` reject; this one also bounds what a block inflates to.
    """

    unused_data = None
    limit = BROTLI_MAX_BLOCK_OUTPUT  # set by the read to its record cap

    def __init__(self) -> None:
        self._d = brotli.Decompressor()
        self._full = False

    def decompress(self, data: bytes) -> bytes:
        if self._full:
            return b""  # the body is already longer than any record may be: the read reports too_large
        out = [self._d.process(data, output_buffer_limit=1 << 20)]
        size = len(out[0])
        while not self._d.can_accept_more_data() and not self._d.is_finished():
            if size > self.limit:
                self._full = True
                break
            out.append(self._d.process(b"", output_buffer_limit=1 << 20))
            size += len(out[-1])
        return b"".join(out)

    def flush(self) -> bytes:
        return b""


BufferedReader.DECOMPRESSORS["br"] = BrotliBlocks

_load_http_headers = ArcWarcRecordLoader.load_http_headers


def _load_http_headers_without_uri(self, rec_type, uri, stream, length):
    """warcio decides whether a record holds HTTP headers from its URI's scheme and raised
    AttributeError for a record without ``WARC-Target-URI``, which stopped the file there
    (``bad_warc``): such a record is read like any other, its ``url`` None."""
    return _load_http_headers(self, rec_type, "http://" if uri is None else uri, stream, length)


ArcWarcRecordLoader.load_http_headers = _load_http_headers_without_uri

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Content-Types a writer puts on a resource record it knows nothing of (warcio's default).
UNTYPED = frozenset({"application/octet-stream", "binary/octet-stream", "application/warc-record"})
# Bodies of responses without a Content-Type are sniffed for HTML in this
# many leading bytes (after whitespace), like a browser's MIME sniffing.
SNIFF_BYTES = 512
# Record types of the WARC 1.1 standard; anything else is a damaged header.
WARC_TYPES = frozenset(
    {"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion", "continuation"}
)
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<!--")


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    """``text/html; charset=windows-1251`` -> ("text/html", "windows-1251").

    A type that is no ``type/subtype`` (``;;;``, ``html``) is no type: None, and the body is
    sniffed as without a Content-Type (the email parser made it ``text/plain``, skipped ``not_html``).

    >>> _content_type("text/html; charset=windows-1251"), _content_type(";;;==="), _content_type("TEXT/HTML")
    (('text/html', 'windows-1251'), (None, None), ('text/html', None))
    """
    if not value:
        return None, None
    msg = Message()
    msg["content-type"] = value
    charset = msg.get_param("charset")
    charset = (str(charset).strip() or None) if charset else None
    if "/" not in value.split(";", 1)[0]:
        return None, charset
    return msg.get_content_type(), charset


def _sniff_html(body: bytes) -> bool:
    return body[:SNIFF_BYTES].lstrip().lower().startswith(_HTML_STARTS)


def read_warc(path: Path, input_ref: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> Iterator[RawRecord | ReadFailure | Skipped]:
    """Records of one WARC file; see the module docstring for what is yielded."""
    n = 0
    base = 0  # where the bytes being parsed start in *data* (moves on after a damaged stretch)
    while True:
        lost_at, detail = None, ""
        segment = data[base:] if base else data  # copied once per stretch the read resumes at
        records = ArchiveIterator(io.BytesIO(segment), ensure_http_headers=False)
        it = iter(records)
        while True:
            start = base + records.offset  # where record n + 1 starts (the previous one was read to its end)
            try:
                record = next(it)
            except StopIteration:
                break
            except Exception as exc:  # noqa: BLE001 - warcio fails on damaged input with many types (even AttributeError)
                lost_at, detail = start, f"{type(exc).__name__}: {str(exc)[:200]}"  # record n + 1 cannot be parsed
                break
            n += 1
            ref = f"{input_ref}#{n}"
            try:
                item = _one(record, ref, limits)
            except ArchiveLoadFailed as exc:
                n -= 1
                lost_at, detail = start, f"{type(exc).__name__}: {exc}"
                break
            except Exception as exc:  # noqa: BLE001 - a damaged header loses this record only
                item = ReadFailure(ref, "bad_record", f"{type(exc).__name__}: {str(exc)[:200]}", None)
            if isinstance(item, ReadFailure) and item.raw is None:
                item.raw = _record_bytes(records, segment, start - base)
            yield item
            try:
                records.read_to_end()
            except Exception as exc:  # noqa: BLE001
                lost_at, detail = start, f"{type(exc).__name__}: {str(exc)[:200]}"
                break
        if lost_at is None:
            break
        n += 1
        resume = next_record_start(data, lost_at + 1)
        if resume is None:  # nothing later looks like a record: the rest of the file is the raw
            yield ReadFailure(f"{input_ref}#{n}", "bad_warc", detail, data[lost_at:] or None)
            return
        detail += f"; bytes {lost_at}-{resume} skipped, the read resumes at the next record"
        yield ReadFailure(f"{input_ref}#{n}", "bad_warc", detail, data[lost_at:resume])
        base = resume
    # warcio stops quietly at a truncated gzip member: say what was not read
    tail = data[base + records.offset :]
    if tail.strip():
        detail = f"the file ends inside record {n + 1}: its {len(tail)} bytes could not be read"
        yield ReadFailure(f"{input_ref}#{n + 1}", "truncated", detail, tail)


_GZIP_MAGIC = b"\x1f\x8b\x08"
# a version line followed by a header line: where a record starts, even right after damaged bytes
WARC_RECORD_START = re.compile(rb"WARC/1\.[01]\r?\n[A-Za-z][A-Za-z0-9-]*:")


def next_record_start(data: bytes, after: int) -> int | None:
    """Offset of the first record start in *data* at or after *after*: for a gzipped WARC the
    next gzip member whose first bytes inflate to a ``WARC/1.x`` line, else the next ``WARC/1.0``
    or ``WARC/1.1`` version line followed by a header line. None when there is none."""
    if data[:2] == _GZIP_MAGIC[:2]:
        at = data.find(_GZIP_MAGIC, after)
        while at != -1:
            try:
                head = zlib.decompressobj(31).decompress(data[at : at + 4096], 16)
            except zlib.error:
                head = b""
            if head.startswith(b"WARC/1."):
                return at
            at = data.find(_GZIP_MAGIC, at + 1)
        return None
    m = WARC_RECORD_START.search(data, after)
    return m.start() if m else None


def _record_bytes(records: ArchiveIterator, data: bytes, start: int) -> bytes | None:
    """The record as it is on disk (its gzip member for a .warc.gz): the raw kept with a failure."""
    try:
        records.read_to_end()
        offset, length = records.get_record_offset(), records.get_record_length()
    except Exception:  # noqa: BLE001 - the rest of the file from the record's start, then
        return data[start:] or None
    return data[offset : offset + length] or None


def _drain(stream) -> None:
    while stream.read(1 << 16):
        pass


def _one(record, ref: str, limits: Limits) -> RawRecord | ReadFailure | Skipped:
    if not record.format.startswith("warc"):
        # warcio falls back to the old ARC format for anything it cannot parse as WARC
        raise ArchiveLoadFailed(f"not a WARC record (read as {record.format})")
    kind = record.rec_type
    if kind not in WARC_TYPES:
        return ReadFailure(ref, "bad_record", f"unknown WARC-Type {kind!r}", None)
    url = record.rec_headers.get_header("WARC-Target-URI")
    if kind == "resource":
        # a page stored without an HTTP exchange (warcit's files, a browser's saved page): its
        # type is the record's own Content-Type; any other resource is skipped as before
        mime, charset = _content_type(record.rec_headers.get_header("Content-Type"))
        if mime in UNTYPED:
            mime = None  # a writer's default type says nothing: the body is sniffed
        if mime is not None and mime not in HTML_TYPES:
            return Skipped(ref, "resource", url or "")
    elif kind != "response":
        return Skipped(ref, kind or "unknown", url or "")
    else:
        http = record.http_headers
        if http is None or not http.get_statuscode():
            return Skipped(ref, "not_html", "response without HTTP headers (not an HTTP capture)")
        status = http.get_statuscode()
        if not status.startswith("2"):
            return Skipped(ref, "http_status", f"{status} {url or ''}".strip())
        mime, charset = _content_type(http.get_header("Content-Type"))
        if mime is not None and mime not in HTML_TYPES:
            return Skipped(ref, "not_html", mime)
    cap = limits.max_record_bytes
    BrotliBlocks.limit = cap + 1  # a br body stops inflating past the cap (a bomb in one block)
    try:
        # at most cap + 1 bytes after transfer and content decoding: a compressed bomb stops here
        body = record.content_stream().read(cap + 1)
    except Exception as exc:  # noqa: BLE001 - warcio raises zlib/brotli/chunking errors of many types
        return ReadFailure(ref, "bad_record", f"body could not be decoded: {type(exc).__name__}: {exc}", None)
    if len(body) > cap:
        return ReadFailure(ref, "too_large", f"body inflates to more than {cap} bytes (--max-record-bytes); raw is the record as stored", None)
    _drain(record.raw_stream)
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        # the file ends inside this record: what was read is kept as raw, nothing is passed on as an article
        return ReadFailure(ref, "truncated", f"record cut short: {missing} of its {record.length} bytes are missing", None)
    if mime is None and not _sniff_html(body):
        if kind == "resource":
            return Skipped(ref, "resource", url or "")
        return Skipped(ref, "not_html", "no Content-Type and the body does not look like HTML")
    warc_date = record.rec_headers.get_header("WARC-Date")
    fetched_at, note = parse_datetime_noted(warc_date)
    notes = [("warc_date_out_of_range", note)] if note else []
    if fetched_at is None and not note and warc_date and warc_date.strip():
        notes.append(("warc_date_unparsed", f"{warc_date.strip()[:80]!r} is not an ISO 8601 date-time"))
    return RawRecord(
        input_ref=ref,
        kind="html",
        body=body,
        raw_sha256=sha256(body),
        url=url,
        fetched_at=fetched_at,
        charset=charset,
        read_notes=notes,
    )
