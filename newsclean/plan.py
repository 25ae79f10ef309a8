"""Plan a run: which files it reads (new or changed ones, inside the date window), in batches.

Plain functions and small records; the flow's ``plan-inputs`` task calls
:func:`plan_files`. Batches carry paths, never documents.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsclean.inputs.base import ReadFailure, Skipped
from newsclean.inputs.files import NotRegularFile, open_regular, scan_inputs
from newsclean.store import layout
from newsclean.store.ledger import load_ledger

# files per batch: enough batches to keep every core busy, few enough that the
# 7-10 ms cost of a task run stays negligible
MIN_BATCH_FILES = 1
MAX_BATCH_FILES = 200
BATCHES_PER_WORKER = 4

_DATE_FOLDER = re.compile(r"(?:^|/)(\d{4}-\d{2}-\d{2})(?:/|$)")


@dataclass(slots=True)
class FileItem:
    """One input file of a run, as planned (what a batch task is handed)."""

    path: str  # absolute, as listed (a symlink stays the link: input_ref is the path as listed)
    file_ref: str  # relative to the input root
    size: int
    mtime_ns: int
    sha256: str
    # found while listing or planning (a FIFO, a symlink leaving --input, an
    # unreadable file): the batch reports it (a reject or a counted skip)
    # instead of reading the file
    problem: ReadFailure | Skipped | None = None
    # re-read by --force although the ledger has these very bytes: every record of it already
    # landed, so its lines must not count again in the per-source residue statistics
    reread: bool = False


@dataclass(slots=True)
class DateRange:
    """The ``--since/--until`` window (both ends included; either may be open)."""

    since: dt.date | None = None
    until: dt.date | None = None

    def __bool__(self) -> bool:
        return self.since is not None or self.until is not None

    def contains(self, day: dt.date | None) -> bool:
        if day is None:
            return True  # undated inputs are never filtered out
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)


@dataclass(slots=True)
class Plan:
    """What a run will read, and what it left out and why."""

    files: list[FileItem] = field(default_factory=list)
    skipped_done: int = 0  # already processed (same path and content), per the ledger
    skipped_range: int = 0  # dated outside the window by their folder
    ignored: dict[str, int] = field(default_factory=dict)  # files of unsupported types, by suffix: never read

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)


def folder_date(file_ref: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` folder in the input path dates its files.

    >>> folder_date("feeds/2024-03-05/a.txt"), folder_date("report-2024-03-05.txt")
    (datetime.date(2024, 3, 5), None)
    """
    m = _DATE_FOLDER.search(file_ref)
    if not m:
        return None
    try:
        return dt.date.fromisoformat(m.group(1))
    except ValueError:
        return None


def file_sha256(path: Path) -> str:
    """SHA-256 of a regular file (raises OSError, or NotRegularFile for a FIFO/device: never blocks)."""
    h = hashlib.sha256()
    with open_regular(path) as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def dataset_paths_inside(input_dir: Path, output_dir: Path) -> frozenset[str]:
    """The dataset's own folders and files, as paths under ``input_dir``, when ``--output`` is inside ``--input``.

    A run must never read its own manifests, schema and report (or a later run would ingest
    them as news): with ``--output`` inside (or equal to) ``--input`` they are left out of
    the scan, spelled as the scan spells its paths.
    """
    inp, out = os.path.realpath(input_dir), os.path.realpath(output_dir)
    if not os.path.isdir(inp) or not (out == inp or out.startswith(inp.rstrip(os.sep) + os.sep)):
        return frozenset()
    rel = os.path.relpath(out, inp)
    names = (*layout.DATASET_DIRS, layout.STAGING, layout.REPORTS, layout.SCHEMA_FILE)
    return frozenset(os.path.normpath(os.path.join(input_dir, rel, name)) for name in names)


def plan_files(input_dir: Path, output_dir: Path, window: DateRange, force: bool) -> Plan:
    """New or changed files under ``input_dir`` (all of them with ``force``), inside ``window``."""
    ledger = load_ledger(output_dir)
    plan = Plan()
    # files reached through a symlink come last: when one is an alias of a
    # file of the run, the real file is the article and the alias its duplicate
    ignored: Counter[str] = Counter()
    listed = scan_inputs(input_dir, ignored, skip=dataset_paths_inside(input_dir, output_dir))
    plan.ignored = dict(sorted(ignored.items()))
    for entry in sorted(listed, key=lambda e: e.link):
        ref = entry.ref
        path = os.path.abspath(entry.path)
        if entry.problem:
            # reported by the batch that gets it (a reject or a counted skip), never read
            plan.files.append(FileItem(str(entry.path), ref, 0, 0, "", entry.problem))
            continue
        if window and not window.contains(folder_date(ref)):
            plan.skipped_range += 1
            continue
        try:
            st = os.stat(entry.path)
            if not force and ledger.file_done(ref, st.st_size, st.st_mtime_ns):
                plan.skipped_done += 1
                continue
            sha = file_sha256(entry.path)
        except NotRegularFile as exc:
            plan.files.append(FileItem(str(entry.path), ref, 0, 0, "", Skipped(ref, "not_regular_file", str(exc))))
            continue
        except OSError as exc:  # unreadable: the batch rejects it (and the next run tries again)
            plan.files.append(FileItem(str(entry.path), ref, 0, 0, "", ReadFailure(ref, "unreadable", f"{type(exc).__name__}: {exc}", None)))
            continue
        done = ledger.file_sha_done(ref, sha)
        if done and not force:
            plan.skipped_done += 1
            continue
        plan.files.append(FileItem(path, ref, st.st_size, st.st_mtime_ns, sha, reread=done))
    return plan


def batches(files: list[FileItem], workers: int, batch_size: int | None) -> list[list[FileItem]]:
    """Split the planned files into batches (automatic size: a few batches per worker)."""
    if not batch_size:
        batch_size = -(-len(files) // (workers * BATCHES_PER_WORKER)) if files else 1
        batch_size = max(MIN_BATCH_FILES, min(MAX_BATCH_FILES, batch_size))
    return [files[i : i + batch_size] for i in range(0, len(files), batch_size)]
