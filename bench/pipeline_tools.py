"""The two comparison pipelines of ``bench/pipeline.py``, each run in its own process tree.

    python bench/pipeline_tools.py trafilatura --input DIR --output OUT.jsonl --workers 2
    python bench/pipeline_tools.py datatrove --input DIR --work WORKDIR --workers 2

* ``trafilatura``: ``trafilatura.extract`` (defaults) over every ``*.html`` under
  ``--input`` in a pool of ``--workers`` spawned processes; each worker reads its
  file, the parent writes one JSONL line ``{"id", "text"}`` per page.
* ``datatrove``: datatrove's own pipeline with ``--workers`` local workers: read
  the HTML files -> its Trafilatura extractor (its defaults) -> JSONL (gzip) ->
  MinHash signatures (stage 1), buckets (2), clusters (3), then the filter ->
  Parquet writer (4), the layout of its minhash example.

Both print one JSON line on stdout: documents in and out and the seconds of the
work itself (``elapsed_s``, from the first file read to the last row written).
Needs the ``bench`` dependency group for ``datatrove`` (``make bench-pipeline``).
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from pathlib import Path

import trafilatura  # module level: loaded before datatrove forks its extraction sandbox (see run_datatrove)


def _extract_file(path: str) -> tuple[str, str]:
    with open(path, "rb") as f:
        body = f.read()
    return path, trafilatura.extract(body) or ""


def run_trafilatura(inp: Path, out: Path, workers: int) -> dict:
    files = sorted(str(p) for p in inp.rglob("*.html"))
    t0 = time.perf_counter()
    nonempty = 0
    with multiprocessing.get_context("spawn").Pool(workers) as pool, out.open("w", encoding="utf-8") as f:
        for path, text in pool.imap(_extract_file, files, chunksize=4):
            nonempty += bool(text)
            f.write(json.dumps({"id": str(Path(path).relative_to(inp)), "text": text}, ensure_ascii=False) + "\n")
    return {"docs": len(files), "kept": nonempty, "elapsed_s": round(time.perf_counter() - t0, 3)}


try:  # the bench group; the trafilatura tool runs without it
    from datatrove.pipeline.readers.base import BaseDiskReader
except ImportError:  # pragma: no cover
    BaseDiskReader = object


class HtmlFilesReader(BaseDiskReader):  # type: ignore[misc, valid-type]
    """One document per HTML file (datatrove ships readers for JSONL, Parquet, WARC, CSV; not for a folder of pages)."""

    name = "HTML files"

    def read_file(self, filepath: str):
        with self.data_folder.open(filepath, "rb") as f:
            body = f.read()
        doc = self.get_document_from_dict({"text": body.decode("utf-8", "replace"), "id": filepath}, filepath, 0)
        if doc:
            yield doc


# datatrove's extractor runs in a sandbox process with a wall-clock timeout per page (default 1 s) that
# also covers the sandbox's start (its trafilatura import): on this shared 2-core machine that default
# dropped 105 of the 181 scrapinghub pages. This module imports trafilatura before the sandbox forks,
# and the timeout is 5 s, so its output and F1 measure the extraction, not the machine's load.
EXTRACT_TIMEOUT_S = 5.0


def run_datatrove(inp: Path, work: Path, workers: int) -> dict:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup import MinhashDedupCluster, MinhashDedupFilter, MinhashDedupSignature
    from datatrove.pipeline.dedup.minhash import MinhashConfig, MinhashDedupBuckets
    from datatrove.pipeline.extractors import Trafilatura
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter, ParquetWriter

    cfg = MinhashConfig()  # its defaults: 5-grams, 14 buckets x 8 hashes, 64-bit xxhash
    logs = work / "logs"
    stages = {
        "extract+signatures": LocalPipelineExecutor(
            [
                HtmlFilesReader(str(inp), glob_pattern="**/*.html"),
                Trafilatura(timeout=EXTRACT_TIMEOUT_S),
                JsonlWriter(str(work / "extracted")),
                MinhashDedupSignature(output_folder=str(work / "signatures"), config=cfg, language="en"),
            ],
            tasks=workers, workers=workers, logging_dir=str(logs / "s1"),
        ),
        "buckets": LocalPipelineExecutor(
            [MinhashDedupBuckets(input_folder=str(work / "signatures"), output_folder=str(work / "buckets"), config=cfg)],
            tasks=cfg.num_buckets, workers=workers, logging_dir=str(logs / "s2"),
        ),
        "clusters": LocalPipelineExecutor(
            [MinhashDedupCluster(input_folder=str(work / "buckets"), output_folder=str(work / "remove_ids"), config=cfg)],
            tasks=1, workers=1, logging_dir=str(logs / "s3"),
        ),
        "filter+parquet": LocalPipelineExecutor(
            [
                JsonlReader(str(work / "extracted")),
                MinhashDedupFilter(input_folder=str(work / "remove_ids")),
                ParquetWriter(str(work / "output")),
            ],
            tasks=workers, workers=workers, logging_dir=str(logs / "s4"),
        ),
    }
    timings = {}
    t0 = time.perf_counter()
    for name, ex in stages.items():
        t = time.perf_counter()
        ex.run()
        timings[name] = round(time.perf_counter() - t, 3)
    elapsed = time.perf_counter() - t0
    import pyarrow.parquet as pq

    n_docs = sum(1 for _ in inp.rglob("*.html"))
    extracted = sum(_stat(logs / "s1", "Trafilatura", "forwarded"))
    kept = sum(pq.read_metadata(p).num_rows for p in (work / "output").glob("*.parquet"))
    return {
        "docs": n_docs, "extracted": extracted, "kept": kept, "elapsed_s": round(elapsed, 3), "stages_s": timings,
        "timeouts": sum(_stat(logs / "s1", "Trafilatura", "timeout")),
    }


def _stat(logdir: Path, step: str, key: str) -> list[int]:
    """A counter of one step from datatrove's merged stats (0 when absent)."""
    out = []
    stats = json.loads((logdir / "stats.json").read_text(encoding="utf-8"))
    for s in stats:
        if s.get("name", "").endswith(step):
            v = s.get("stats", {}).get(key, 0)
            out.append(v["total"] if isinstance(v, dict) else int(v))
    return out or [0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tool", choices=["trafilatura", "datatrove"])
    ap.add_argument("--input", type=Path, required=True)
    ap.add_argument("--output", type=Path, help="trafilatura: the JSONL file")
    ap.add_argument("--work", type=Path, help="datatrove: its working folder (output/ holds the Parquet)")
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    if a.tool == "trafilatura":
        res = run_trafilatura(a.input.resolve(), a.output, a.workers)
    else:
        res = run_datatrove(a.input.resolve(), a.work.resolve(), a.workers)
    print(json.dumps(res), flush=True)


if __name__ == "__main__":
    # run as the module ``pipeline_tools`` so spawned and forkserver workers can import what they are sent
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import pipeline_tools

    pipeline_tools.main()
