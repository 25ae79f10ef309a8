"""Files on disk to records: listing an input folder, naming records, reading one file.

Only regular files are ever opened. Listing (:func:`scan_inputs`) walks the
input folder without following anything out of it and says why an entry is
not read:

- a FIFO, socket or device with a supported name: skipped ``not_regular_file``
  (counted, never opened: opening a FIFO blocks until a writer comes);
- a symlink: read under the path as listed (``input_ref`` is the link's
  path) when its target is a regular file inside ``--input``; a link whose
  target leaves ``--input`` is rejected ``outside_input`` and never followed;
  a link to a folder is not descended (``symlink_dir``: its files are listed
  under their real path, and a cycle is impossible);
- a folder that cannot be listed: rejected ``unreadable``;
- a file name that is not UTF-8: read, then rejected ``bad_filename`` (its
  bytes kept; ``input_ref`` shows the bad bytes as ``\\xNN``).

Reading (:func:`read_path`) opens with ``O_NONBLOCK`` and checks the opened
file is regular (a file swapped for a FIFO after listing cannot hang the run),
and reads at most :class:`~newsclean.limits.Limits` bytes: a ``.gz`` is
inflated in a streaming way and stops at the cap (reject ``too_large`` with the
compressed bytes, never the expanded ones).
"""
from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import stat
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsclean.inputs.base import ReadFailure, ReadItem, Skipped, has_surrogates
from newsclean.inputs.registry import OWN_GZIP, READERS, format_of
from newsclean.inputs.sidecar import SIDECAR_SUFFIX
from newsclean.inputs.warc import WARC_RECORD_START
from newsclean.limits import DEFAULT_LIMITS, Limits
from newsclean.schemas.models import RawRecord


class NotRegularFile(OSError):
    """The path is a FIFO, socket, device or folder: never read."""


@dataclass(frozen=True, slots=True)
class Listed:
    """One entry of an input folder: a file to read, or a problem to report instead (a reject or a counted skip)."""

    path: Path  # as listed (symlinks not resolved)
    ref: str  # the file part of input_ref, valid UTF-8
    problem: ReadFailure | Skipped | None = None
    link: bool = False  # listed through a symlink (an alias of a file that may be listed too)


def safe_ref(ref: str) -> str:
    """A path as valid UTF-8: undecodable file-name bytes shown as ``\\xNN``.

    >>> safe_ref("caf\\udce9.txt")
    'caf\\\\xe9.txt'
    """
    if not has_surrogates(ref):
        return ref
    return ref.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def _classify(path: Path, ref: str, root_real: str | None) -> Listed | None:
    """What to do with one non-folder entry (None: not an input, e.g. an unsupported name)."""
    if not format_of(path):
        return None
    ref = safe_ref(ref)  # a name that is not UTF-8 is read and rejected bad_filename, its bytes kept
    try:
        if path.is_symlink():
            target = os.path.realpath(path)
            if root_real is not None and not _inside(target, root_real):
                return Listed(path, ref, ReadFailure(ref, "outside_input", f"symlink to {safe_ref(os.readlink(path))}: outside --input, not followed", None))
            st = os.stat(target)
        else:
            st = os.lstat(path)
    except OSError as exc:
        return Listed(path, ref, ReadFailure(ref, "unreadable", f"{type(exc).__name__}: {exc}", None))
    if not stat.S_ISREG(st.st_mode):
        return Listed(path, ref, Skipped(ref, "not_regular_file", _kind(st.st_mode)))
    return Listed(path, ref, link=path.is_symlink())


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "fifo"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"), (stat.S_ISDIR, "folder")):
        if test(mode):
            return name
    return "not a regular file"


def _suffix(name: str) -> str:
    """The suffix a file of an unsupported type is counted under (``.csv``; ``.xml.gz``; ``(none)``).

    >>> _suffix("feed.CSV"), _suffix("dump.xml.gz"), _suffix("README")
    ('.csv', '.xml.gz', '(none)')
    """
    parts = name.lower().rsplit(".", 2)
    if len(parts) == 1 or not parts[-1]:
        return "(none)"
    if parts[-1] == "gz" and len(parts) == 3:
        return f".{parts[-2]}.gz"
    return f".{parts[-1]}"


def scan_inputs(input_dir: Path, ignored: Counter[str] | None = None, skip: frozenset[str] = frozenset()) -> list[Listed]:
    """Every supported entry under ``input_dir`` (or ``input_dir`` itself when it is a file), sorted by ref.

    Files of a type no reader reads (not hidden ones, not sidecars) are left out; ``ignored``,
    when given, counts them by suffix, so a run can say what it did not read. Entries whose
    normalised path is in ``skip`` (the dataset's own folders when ``--output`` is inside
    ``--input``) are neither listed nor counted.
    """
    input_dir = Path(input_dir)
    if not input_dir.is_dir():
        found = _classify(input_dir, input_dir.name, None)
        return [found] if found else []
    root_real = os.path.realpath(input_dir)
    out: list[Listed] = []
    stack = [input_dir]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError as exc:
            ref = folder.relative_to(input_dir).as_posix()
            out.append(Listed(folder, safe_ref(ref), ReadFailure(safe_ref(ref), "unreadable", f"folder: {type(exc).__name__}: {exc}", None)))
            continue
        for entry in entries:
            if entry.name.startswith(".") or (skip and os.path.normpath(entry.path) in skip):
                continue
            path = Path(entry.path)
            ref = path.relative_to(input_dir).as_posix()
            try:
                is_link = entry.is_symlink()
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError as exc:
                out.append(Listed(path, safe_ref(ref), ReadFailure(safe_ref(ref), "unreadable", f"{type(exc).__name__}: {exc}", None)))
                continue
            if is_dir:
                stack.append(path)
            elif is_link and os.path.isdir(path):
                target = os.path.realpath(path)
                if not _inside(target, root_real):
                    out.append(Listed(path, safe_ref(ref), ReadFailure(safe_ref(ref), "outside_input", f"symlink to folder {safe_ref(target)}: outside --input, not followed", None)))
                else:
                    out.append(Listed(path, safe_ref(ref), Skipped(safe_ref(ref), "symlink_dir", f"its files are read under {safe_ref(target)}")))
            else:
                found = _classify(path, ref, root_real)
                if found:
                    out.append(found)
                elif ignored is not None and not entry.name.lower().endswith(SIDECAR_SUFFIX):
                    ignored[_suffix(entry.name)] += 1
    return sorted(out, key=lambda e: e.ref)


def list_inputs(input_dir: Path) -> list[Path]:
    """Every readable supported file under ``input_dir``, recursively, in a stable order (see :func:`scan_inputs`)."""
    return [e.path for e in scan_inputs(input_dir) if e.problem is None]


def input_ref_of(path: Path, input_dir: Path) -> str:
    """The file part of an ``input_ref``: the path relative to ``--input`` (the name when the input is one file)."""
    if input_dir.is_file():
        return safe_ref(path.name)
    return safe_ref(Path(os.path.abspath(path)).relative_to(os.path.abspath(input_dir)).as_posix())


def open_regular(path: Path) -> io.BufferedReader:
    """Open ``path`` for reading only if it is a regular file; never blocks on a FIFO."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFile(f"{_kind(st.st_mode)}, not a regular file: {path}")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_capped(path: Path, cap: int) -> bytes | None:
    """The bytes of a regular file, or None when it holds more than ``cap``."""
    with open_regular(path) as fh:
        data = fh.read(cap + 1)
    return None if len(data) > cap else data


GZIP_MAGIC = b"\x1f\x8b"
# gzip inside gzip (or inside a file without the suffix) is inflated this many times at most
MAX_GZIP_LAYERS = 3


def inflate_capped(data: bytes, cap: int) -> bytes | None:
    """Gunzip in a streaming way; None as soon as the output passes ``cap`` bytes (a gzip bomb stops here)."""
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
        out = gz.read(cap + 1)
    return None if len(out) > cap else out


def read_path(path: Path, input_dir: Path, limits: Limits = DEFAULT_LIMITS, *, ref: str | None = None) -> Iterator[ReadItem]:
    """All records of one file; failures are yielded, never raised."""
    ref = ref or input_ref_of(path, input_dir)
    fmt = format_of(path)
    if fmt is None:
        yield ReadFailure(ref, "unsupported", f"no reader for {safe_ref(path.name)}", None)
        return
    if Path(input_dir).is_dir() and path.is_symlink():
        # checked again at read time: the link may have changed since it was listed
        if not _inside(os.path.realpath(path), os.path.realpath(input_dir)):
            yield ReadFailure(ref, "outside_input", "symlink leaving --input, not followed", None)
            return
    try:
        data = read_capped(path, limits.max_file_bytes)
    except NotRegularFile as exc:
        yield Skipped(ref, "not_regular_file", str(exc))
        return
    except OSError as exc:
        yield ReadFailure(ref, "unreadable", f"{type(exc).__name__}: {exc}", None)
        return
    if data is None:
        detail = f"more than {limits.max_file_bytes} bytes on disk (--max-file-bytes); the file is kept in place: {safe_ref(str(path))}"
        yield ReadFailure(ref, "too_large", detail, None)
        return
    listed = os.path.relpath(path, input_dir) if Path(input_dir).is_dir() else path.name
    if has_surrogates(listed):
        yield ReadFailure(safe_ref(ref), "bad_filename", "the file name is not UTF-8", data)
        return
    # a file holding one record: the record cap applies to the whole file
    cap = limits.max_file_bytes if fmt in (".jsonl", ".warc") else min(limits.max_file_bytes, limits.max_record_bytes)
    if path.name.lower().endswith(".gz") and fmt not in OWN_GZIP:
        try:
            inflated = inflate_capped(data, cap)
        except (OSError, EOFError, zlib.error) as exc:
            yield ReadFailure(ref, "gzip_error", f"{type(exc).__name__}: {exc}", data)
            return
        if inflated is None:
            option = "--max-file-bytes" if cap == limits.max_file_bytes else "--max-record-bytes"
            yield ReadFailure(ref, "too_large", f"inflates to more than {cap} bytes ({option}); raw is the compressed file", data)
            return
        data = inflated
    elif len(data) > cap:
        yield ReadFailure(ref, "too_large", f"{len(data)} bytes, more than {cap} (--max-record-bytes)", data)
        return
    layers = 0
    if fmt in OWN_GZIP and data[:2] == GZIP_MAGIC:
        # a WARC gzipped whole (`gzip x.warc`) instead of record by record: warcio reads its first
        # record and refuses the rest ("non-chunked gzip"); one member holding the whole file is inflated
        whole = _one_gzip_member(data, cap)
        if whole is False:
            yield ReadFailure(ref, "too_large", f"a gzip stream that inflates to more than {cap} bytes; raw is the file as stored", data)
            return
        if isinstance(whole, bytes):
            data, layers = whole, 1
    while data[:2] == GZIP_MAGIC and fmt not in OWN_GZIP and layers < MAX_GZIP_LAYERS:
        # gzip inside: a .gz downloaded with Content-Encoding gzip and never decoded, or a feed
        # saved compressed without the suffix; inflated under the same cap, noted on each record
        try:
            inflated = inflate_capped(data, cap)
        except (OSError, EOFError, zlib.error):
            break  # not gzip after all: the reader sees the bytes as they are
        if inflated is None:
            yield ReadFailure(ref, "too_large", f"gzip data inside inflates to more than {cap} bytes; raw is the file as stored", data)
            return
        data, layers = inflated, layers + 1
    notes = [("gzip_inside", f"{layers} more gzip layer{'s' if layers > 1 else ''} inflated")] if layers else []
    inside = _compressed_inside(data) if fmt not in OWN_GZIP else None
    if inside in _INFLATE:
        # a feed saved as .jsonl by `xz`/`bzip2` without the suffix: inflated like gzip inside
        try:
            inflated = _inflate_other(inside, data, cap)
        except (OSError, EOFError, ValueError) as exc:
            yield ReadFailure(ref, "gzip_error", f"{inside} data that does not inflate: {type(exc).__name__}: {exc}", data)
            return
        if inflated is None:
            yield ReadFailure(ref, "too_large", f"{inside} data inside inflates to more than {cap} bytes; raw is the file as stored", data)
            return
        data = inflated
        notes.append(("compressed_inside", f"{inside} data inflated"))
    elif inside is not None:
        # read as text it would be one reject per "line" of noise (thousands for a big feed)
        yield ReadFailure(ref, "unsupported", f"{inside} data inside {safe_ref(path.name)}: no reader unpacks it; unpack it first", data)
        return
    items = READERS[fmt](path, ref, data, limits=limits)
    if not notes:
        yield from items
        return
    for item in items:
        if isinstance(item, RawRecord):
            item.read_notes.extend(notes)
        yield item


def _one_gzip_member(data: bytes, cap: int) -> bytes | bool | None:
    """The inflated bytes of a WARC gzipped whole: ``data`` is one gzip member (complete, or cut
    short by a truncated file) holding more than one record, or gzip again; None for a WARC gzipped
    record by record (warcio reads it member by member) or damaged data; False past ``cap`` bytes."""
    inflater = zlib.decompressobj(31)
    try:
        out = inflater.decompress(data, cap + 1)
    except zlib.error:
        return None
    if len(out) > cap:
        return False
    if inflater.unused_data.strip(b"\0"):
        return None  # more members follow: record by record
    if out[:2] == GZIP_MAGIC or WARC_RECORD_START.search(out, 1):  # a record after the first
        return out
    return None


# compressed or archive formats by their magic bytes: the first two are inflated (the standard
# library reads them), the others rejected once for the file
_MAGIC = (
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"PK\x03\x04", "zip"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
)
_INFLATE = ("bzip2", "xz")


def _compressed_inside(data: bytes) -> str | None:
    """The compression format ``data`` starts with, by its magic bytes (a bzip2 stream also needs its block header).

    >>> _compressed_inside(bz2.compress(b"x")), _compressed_inside(b"BZh is a word"), _compressed_inside(b'{"text": 1}')
    ('bzip2', None, None)
    """
    for magic, name in _MAGIC:
        if data.startswith(magic):
            if name == "bzip2" and not (data[3:4].isdigit() and data[4:10] == b"\x31\x41\x59\x26\x53\x59"):
                return None
            return name
    return None


def _inflate_other(kind: str, data: bytes, cap: int) -> bytes | None:
    """bzip2 or xz data inflated in a streaming way; None past ``cap`` bytes."""
    out = bytearray()
    while True:  # one stream after another (pbzip2 and `xz -T` write several)
        decomp: bz2.BZ2Decompressor | lzma.LZMADecompressor = bz2.BZ2Decompressor() if kind == "bzip2" else lzma.LZMADecompressor()
        out += decomp.decompress(data, max_length=cap + 1 - len(out))
        if len(out) > cap:
            return None
        if not decomp.eof:
            raise EOFError("the compressed stream ends early")
        data = decomp.unused_data
        if not data.strip(b"\0"):
            return bytes(out)
