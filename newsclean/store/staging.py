"""Staged commits: a run's files appear in the dataset all together or not at all.

A run stages all its files under ``_staging/<run_id>/`` and then commits: it
writes a ``COMMIT`` marker listing the files, moves each into place and
deletes the staging folder. A run killed before the marker leaves nothing
visible (its staging is deleted by the next run); one killed after it is
rolled forward by the next run. Either way the dataset converges to what a
clean run gives. Recovery only ever moves files named inside the dataset's
own folders (:func:`newsclean.store.layout.is_dataset_path`): a planted or
damaged marker cannot move anything elsewhere.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from newsclean.store.atomic import TMP_GLOB, fsync_dir, write_json_atomic
from newsclean.store.layout import COMMIT_MARKER, DATASET_DIRS, STAGING, is_dataset_path


class UnsafeCommitError(RuntimeError):
    """A commit marker names a file outside the dataset's own folders."""


def staging_dir(output_dir: Path, run_id: str) -> Path:
    return output_dir / STAGING / run_id


def commit(output_dir: Path, run_id: str, files: list[str], remove: list[str] | None = None) -> None:
    """Move staged files (paths relative to the staging dir) into the dataset, all or nothing.

    ``remove`` names dataset files the commit replaces (compaction): they are
    deleted once the new files are in place. The marker makes the commit
    durable: from then on it is rolled forward.
    """
    remove = list(remove or [])
    bad = [f for f in (*files, *remove) if not is_dataset_path(f)]
    if bad:
        raise UnsafeCommitError(f"refusing to commit files outside the dataset layout: {bad[:3]}")
    stage = staging_dir(output_dir, run_id)
    write_json_atomic({"run_id": run_id, "files": files, "remove": remove}, stage / COMMIT_MARKER)
    _apply(output_dir, stage, files, remove)


def _apply(output_dir: Path, stage: Path, files: list[str], remove: list[str] | None = None) -> None:
    for rel in files:
        src, dst = stage / rel, output_dir / rel
        if src.exists():
            dst.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dst)
            fsync_dir(dst.parent)
    for rel in remove or ():
        (output_dir / rel).unlink(missing_ok=True)
    shutil.rmtree(stage, ignore_errors=True)


def _marked_files(marker: Path) -> tuple[list[str], list[str]] | None:
    """The (files, remove) lists of a COMMIT marker, or None when it is unreadable or names anything unsafe."""
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
        files, remove = data["files"], data.get("remove", [])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if not isinstance(files, list) or not isinstance(remove, list):
        return None
    if not all(is_dataset_path(f) for f in (*files, *remove)):
        return None
    return files, remove


def recover(output_dir: Path) -> list[str]:
    """Finish or discard the work of runs that were killed; returns what was done."""
    done: list[str] = []
    root = output_dir / STAGING
    if not root.is_dir():
        return done
    for stage in sorted(p for p in root.iterdir() if p.is_dir() and not p.is_symlink()):
        marker = stage / COMMIT_MARKER
        if marker.exists():
            marked = _marked_files(marker)
            if marked is None:
                shutil.rmtree(stage, ignore_errors=True)
                done.append(f"discarded {stage.name}: its COMMIT marker is unreadable or names files outside the dataset")
                continue
            _apply(output_dir, stage, *marked)
            done.append(f"rolled forward {stage.name}")
        else:
            shutil.rmtree(stage, ignore_errors=True)
            done.append(f"discarded {stage.name}")
    # temp files of killed writers
    for sub in DATASET_DIRS:
        folder = output_dir / sub
        if folder.is_dir():
            for tmp in folder.rglob(TMP_GLOB):
                tmp.unlink(missing_ok=True)
    return done
