"""Open a finished dataset read-only: its three tables (as polars frames) and its run manifests."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import polars as pl
import pyarrow as pa

from newsclean.schemas.arrow import TABLE_SCHEMAS
from newsclean.store import layout
from newsclean.store.atomic import read_parts


class NotADatasetError(ValueError):
    """The folder holds no newsclean dataset (no table and no run manifest)."""


@dataclass
class Dataset:
    root: Path

    @classmethod
    def open(cls, root: str | Path) -> Dataset:
        path = Path(root)
        if not path.is_dir():
            raise NotADatasetError(f"no such folder: {root}")
        if not any((path / d).is_dir() for d in (*layout.TABLE_DIRS, layout.RUNS)):
            raise NotADatasetError(f"{root} is not a newsclean dataset (no articles/, duplicates/, rejects/ or _runs/)")
        return cls(path)

    def table(self, name: str, columns: list[str] | None = None) -> pl.DataFrame:
        """All committed parts of a table (parts of older schema versions are widened with nulls)."""
        schema = TABLE_SCHEMAS[name]
        cols = columns or schema.names
        try:  # only the columns asked for (rejects.raw can be large)
            arrow = read_parts(self.root / name, columns=cols)
        except (pa.ArrowInvalid, KeyError):  # a part of an older schema lacks one: read it all, widen below
            arrow = read_parts(self.root / name)
        if arrow is None:
            return pl.DataFrame(schema.empty_table()).select(cols)
        frame = pl.DataFrame(arrow)
        missing = [c for c in cols if c not in frame.columns]
        if missing:
            empty = pl.DataFrame(schema.empty_table()).schema
            frame = frame.with_columns(pl.lit(None, dtype=empty[c]).alias(c) for c in missing)
        return frame.select(cols)

    @cached_property
    def articles(self) -> pl.DataFrame:
        return self.table(layout.ARTICLES)

    @cached_property
    def duplicates(self) -> pl.DataFrame:
        return self.table(layout.DUPLICATES)

    @cached_property
    def rejects(self) -> pl.DataFrame:
        return self.table(layout.REJECTS)

    @cached_property
    def runs(self) -> list[dict]:
        """Run manifests, oldest first (run ids start with their UTC start time)."""
        folder = self.root / layout.RUNS
        out = []
        for p in sorted(folder.glob("*.json")) if folder.is_dir() else []:
            try:
                out.append(json.loads(p.read_text(encoding="utf-8")))
            except (OSError, ValueError):
                continue
        return out

    def schema_version(self) -> str | None:
        p = self.root / layout.SCHEMA_FILE
        try:
            return json.loads(p.read_text(encoding="utf-8")).get("schema_version")
        except (OSError, ValueError, AttributeError):
            return None
