"""Write: where the dataset lives on disk, and how it is changed safely.

- :mod:`~newsclean.store.layout`: every folder and file name of the dataset (one place);
- :mod:`~newsclean.store.atomic`: writes that never leave a partial file;
- :mod:`~newsclean.store.lock`: one run at a time per dataset;
- :mod:`~newsclean.store.staging`: all-or-nothing commits and crash recovery;
- :mod:`~newsclean.store.ledger`, :mod:`~newsclean.store.dedup_index`,
  :mod:`~newsclean.store.residue`: the state kept beside the tables.
"""
from newsclean.store.atomic import (
    PARQUET_COMPRESSION,
    read_parts,
    read_pickle,
    write_bytes_atomic,
    write_json_atomic,
    write_parquet_atomic,
    write_pickle_atomic,
)
from newsclean.store.layout import COMMIT_MARKER, LOCK_FILE, STAGING, TABLE_DIRS
from newsclean.store.lock import dataset_lock
from newsclean.store.staging import UnsafeCommitError, commit, recover, staging_dir

__all__ = [
    "COMMIT_MARKER",
    "LOCK_FILE",
    "PARQUET_COMPRESSION",
    "STAGING",
    "TABLE_DIRS",
    "UnsafeCommitError",
    "commit",
    "dataset_lock",
    "read_parts",
    "read_pickle",
    "recover",
    "staging_dir",
    "write_bytes_atomic",
    "write_json_atomic",
    "write_parquet_atomic",
    "write_pickle_atomic",
]
