"""The dataset's layout on disk: every folder and file name, in one place.

```
OUTPUT/
  articles/ duplicates/ rejects/        the tables (Parquet parts)
  _runs/<run_id>.json                   run manifests
  _schema.json                          the contract: columns, descriptions, vocabularies
  _reports/quality.html                 the quality report (newsclean report), rewritten by runs that wrote rows
  _ledger/files-*.parquet records-*     what was already processed
  _index/dedup/part-*.parquet           the dedup index
  _residue/lines-*.parquet sources-*    per-source line statistics
  _staging/<run_id>/                    a run's files before its commit
  .lock                                 held by the run changing the dataset
```
Folders starting with ``_`` or ``.`` are ignored by pyarrow, polars and DuckDB
dataset readers, so the tables only ever show committed parts.
"""
from __future__ import annotations

from pathlib import PurePosixPath

ARTICLES, DUPLICATES, REJECTS = "articles", "duplicates", "rejects"
TABLE_DIRS = (ARTICLES, DUPLICATES, REJECTS)
RUNS = "_runs"
LEDGER = "_ledger"
INDEX = "_index"
DEDUP_INDEX = f"{INDEX}/dedup"
RESIDUE = "_residue"
STAGING = "_staging"
SCHEMA_FILE = "_schema.json"
REPORTS = "_reports"
REPORT_FILE = f"{REPORTS}/quality.html"
LOCK_FILE = ".lock"
COMMIT_MARKER = "COMMIT"
# every folder a commit may write into (recovery refuses anything else)
DATASET_DIRS = (*TABLE_DIRS, RUNS, LEDGER, INDEX, RESIDUE)


def table_part(table: str, run_id: str, n: int | None = None) -> str:
    """``articles/part-<run_id>-00003.parquet`` (or without ``-n`` for one part per run)."""
    return f"{table}/part-{run_id}" + (f"-{n:05d}" if n is not None else "") + ".parquet"


def manifest_file(run_id: str) -> str:
    return f"{RUNS}/{run_id}.json"


def ledger_part(kind: str, run_id: str, n: int | None = None) -> str:
    """``kind`` is ``files`` or ``records`` (``-n``: a run's ledger rolled over to more than one part)."""
    return f"{LEDGER}/{kind}-{run_id}" + (f"-{n:05d}" if n is not None else "") + ".parquet"


def residue_part(kind: str, run_id: str) -> str:
    """``kind`` is ``lines`` or ``sources``."""
    return f"{RESIDUE}/{kind}-{run_id}.parquet"


def index_part(run_id: str) -> str:
    return f"{DEDUP_INDEX}/part-{run_id}.parquet"


# a run's intermediate files inside its staging folder, one set per batch n
def draft_file(n: int) -> str:
    return f"draft-{n:05d}.pkl"


def meta_file(n: int) -> str:
    return f"meta-{n:05d}.pkl"


def rows_file(n: int) -> str:
    return f"rows-{n:05d}.pkl"


def is_dataset_path(rel: str) -> bool:
    """True for a relative path inside one of the dataset's own folders (what a commit may move).

    >>> is_dataset_path("articles/part-r1.parquet"), is_dataset_path("_runs/r1.json")
    (True, True)
    >>> is_dataset_path("../../etc/x"), is_dataset_path("/tmp/x"), is_dataset_path("elsewhere/x.parquet")
    (False, False, False)
    >>> is_dataset_path("articles/../../x")
    False
    """
    if not isinstance(rel, str) or not rel or "\\" in rel or "\x00" in rel:
        return False
    p = PurePosixPath(rel)
    if p.is_absolute() or any(part in ("", ".", "..") for part in p.parts) or len(p.parts) < 2:
        return False
    return p.parts[0] in DATASET_DIRS
