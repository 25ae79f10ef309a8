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


def commit(output_dir: Path, run_id: str, files: list[str]) -> None:
    """Move staged files (paths relative to the staging dir) into the dataset, all or nothing.

    The marker makes the commit durable: from then on it is rolled forward.
    """
    bad = [f for f in files if not is_dataset_path(f)]
    if bad:
        raise UnsafeCommitError(f"refusing to commit files outside the dataset layout: {bad[:3]}")
    stage = staging_dir(output_dir, run_id)
    write_json_atomic({"run_id": run_id, "files": files}, stage / COMMIT_MARKER)
    _apply(output_dir, stage, files)


def _apply(output_dir: Path, stage: Path, files: list[str]) -> None:
    for rel in files:
        src, dst = stage / rel, output_dir / rel
        if src.exists():
            dst.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dst)
            fsync_dir(dst.parent)
    shutil.rmtree(stage, ignore_errors=True)


def _marked_files(marker: Path) -> list[str] | None:
    """The file list of a COMMIT marker, or None when the marker is unreadable or names anything unsafe."""
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
        files = data["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(files, list) or not all(is_dataset_path(f) for f in files):
        return None
    return files


def recover(output_dir: Path) -> list[str]:
    """Finish or discard the work of runs that were killed; returns what was done."""
    done: list[str] = []
    root = output_dir / STAGING
    if not root.is_dir():
        return done
    for stage in sorted(p for p in root.iterdir() if p.is_dir() and not p.is_symlink()):
        marker = stage / COMMIT_MARKER
        if marker.exists():
            files = _marked_files(marker)
            if files is None:
                shutil.rmtree(stage, ignore_errors=True)
                done.append(f"discarded {stage.name}: its COMMIT marker is unreadable or names files outside the dataset")
                continue
            _apply(output_dir, stage, files)
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
