"""The run manifest (``OUTPUT/_runs/<run_id>.json``): what a run saw, wrote and measured.

The flow returns it, the CLI summary and the report read its attributes, and
its JSON form is the file analysts and scripts read (keys may be added, never
renamed).
"""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class RunCounts(BaseModel):
    model_config = ConfigDict(extra="allow")

    read: int = Field(0, description="input records that landed in a table this run")
    articles: int = 0
    duplicates: int = 0
    rejects: int = 0
    already_ingested: int = Field(0, description="records already in the dataset (not written again)")
    out_of_range: int = Field(0, description="records outside the --since/--until window")
    skipped_records: int = Field(
        0, description="records or files deliberately not read (WARC requests, non-HTML responses, FIFOs and devices)"
    )
    new_versions: int = Field(0, description="articles written as a new version of a changed input (see articles.supersedes)")


class RunManifest(BaseModel):
    """One run. Settings first, then counts, then per-rule and per-reason tallies and timings."""

    model_config = ConfigDict(extra="allow")

    run_id: str
    input_dir: str = ""
    output_dir: str = ""
    since: str | None = None
    until: str | None = None
    force: bool = False
    workers: int = 1
    batches: int = 0
    files_planned: int = 0
    files_skipped_already_processed: int = 0
    files_skipped_out_of_range: int = 0
    files_ignored_unsupported: dict[str, int] = Field(
        default_factory=dict, description="files under --input of a type no reader reads (.csv, .pdf ...), by suffix: never read"
    )
    learned_residue_sources: int = 0
    versions: dict[str, str] = Field(default_factory=dict)
    encoding_repair_config: dict = Field(default_factory=dict)
    dedup_index_format: str = ""
    limits: dict[str, int] = Field(default_factory=dict, description="the run's limits (newsclean.limits): max_file_bytes, ...")
    counts: RunCounts = Field(default_factory=lambda: RunCounts())
    skipped_records_by_reason: dict[str, int] = Field(default_factory=dict)
    duplicates_by_method: dict[str, int] = Field(default_factory=dict)
    reject_reasons: dict[str, int] = Field(default_factory=dict, description="stage:reason -> rows")
    rules: dict[str, int] = Field(default_factory=dict, description="step:rule -> changes made")
    timings_s: dict[str, float] = Field(default_factory=dict)
    finished_at: str | None = None
    duration_s: float = 0.0
    top_n: int = 10
