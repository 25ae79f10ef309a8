"""Bench the dedup stage (run by hand): docs/s and peak memory at 10k and 100k documents,
and the incremental cost of a 2k batch against a 100k index.

Documents are generated from the scrapinghub bodies: each synthetic story is a
body passed through its own letter substitution (so stories are distinct but keep
real lengths, line structure and punctuation), and 40% of stories are republished
1-3 times through make_set.py's ``variant`` (residue, dropped paragraph, teaser
cut, word edits, quote styles, mojibake). Generation is not timed.

Each size runs in a fresh subprocess; peak memory is the growth of the process's
resident set high-water mark (VmHWM, reset before the stage) during the stage.

    .venv/bin/python bench/dedup.py [--sizes 10000 100000] [--batch 2000]

Target (issue 7): >= 5,000 docs/s on 2 cores, memory growing at most linearly.
Wall time depends on what else the machine runs (the load average is printed);
docs per CPU-second (both threads summed) is the figure that does not.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsclean.cleaners import dedup  # noqa: E402
from newsclean.cleaners.dedup import DedupDoc, DedupIndex, content_hash, deduplicate  # noqa: E402
from newsclean.store.dedup_index import index_table, load_index, write_part  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
TARGET_DOCS_PER_S = 5000
COPY_SHARE = 0.4  # share of stories republished elsewhere (make_set.py: 4 in 6 have copies... 1-3)


def _make_set_module():
    spec = importlib.util.spec_from_file_location("make_set", SHARED / "syndication" / "make_set.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def generate(n: int, seed: int) -> list[str]:
    """``n`` texts: distinct ciphered stories, 40% of them with 1-3 syndicated copies."""
    ms = _make_set_module()
    gt = json.loads((SHARED / "scrapinghub" / "ground-truth.json").read_text())
    bodies = [ms.paragraphs(v["articleBody"]) for _, v in sorted(gt.items())]
    bodies = [b for b in bodies if sum(len(p.split()) for p in b) >= 80]
    rng = random.Random(seed)
    letters = string.ascii_lowercase
    out: list[str] = []
    while len(out) < n:
        shuffled = list(letters)
        rng.shuffle(shuffled)
        cipher = str.maketrans(letters + letters.upper(), "".join(shuffled) + "".join(shuffled).upper())
        paras = [p.translate(cipher) for p in rng.choice(bodies)]
        out.append("\n\n".join(paras) + "\n")
        if rng.random() < COPY_SHARE:
            for _ in range(rng.randint(1, 3)):
                out.append(ms.variant(rng, paras, paras[0][:80], rng.choice(ms.SITES)))
    return out[:n]


def docs_of(texts: list[str], start: int = 0) -> list[DedupDoc]:
    return [DedupDoc(f"doc{start + i}", content_hash(t), t, None, 0, len(t), start + i) for i, t in enumerate(texts)]


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS
    except OSError:
        pass


def _status_kb(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def run_size(n: int, batch: int, seed: int) -> dict:
    texts = generate(n, seed)
    docs = docs_of(texts)  # content_hash is computed by the pipeline, not by this stage
    t0 = time.perf_counter()
    dedup._char_tables()  # built once per process (lru_cache), not per batch
    tables_s = time.perf_counter() - t0
    _reset_peak()
    rss0 = _status_kb("VmRSS")
    t0, c0 = time.perf_counter(), time.process_time()
    result = deduplicate(docs, DedupIndex.empty())
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak_mb = (_status_kb("VmHWM") - rss0) / 1024
    report = {
        "docs": n,
        "seconds": round(elapsed, 2),
        "cpu_seconds": round(cpu, 2),
        "tables_s": round(tables_s, 2),
        "load_avg": round(os.getloadavg()[0], 2),
        "docs_per_s": round(n / elapsed),
        "docs_per_cpu_s": round(n / cpu),
        "peak_mb": round(peak_mb, 1),
        "duplicates": len(result.verdicts),
        "text_mb": round(sum(len(t) for t in texts) / 1e6, 1),
    }
    if batch:
        with tempfile.TemporaryDirectory() as out:
            write_part(Path(out), "bench", index_table(result))
            size_mb = sum(p.stat().st_size for p in (Path(out) / "_index" / "dedup").iterdir()) / 1e6
            t0 = time.perf_counter()
            index = load_index(Path(out))
            load_s = time.perf_counter() - t0
        more = generate(batch, seed + 1)
        # a batch that also republishes stories already in the index
        rng = random.Random(seed)
        ms = _make_set_module()
        for k in range(0, batch, 4):
            src = ms.paragraphs(texts[rng.randrange(n)])
            more[k] = ms.variant(rng, src, src[0][:80], rng.choice(ms.SITES))
        bdocs = docs_of(more, start=n)
        _reset_peak()
        rss0 = _status_kb("VmRSS")
        t0 = time.perf_counter()
        inc = deduplicate(bdocs, index)
        inc_s = time.perf_counter() - t0
        again = docs_of(more, start=2 * n)
        t0 = time.perf_counter()
        deduplicate(again, index)  # band index already sorted
        warm_s = time.perf_counter() - t0
        report.update(
            index_rows=len(index),
            index_file_mb=round(size_mb, 1),
            index_load_s=round(load_s, 3),
            batch=batch,
            batch_first_s=round(inc_s, 3),
            batch_warm_s=round(warm_s, 3),
            batch_peak_mb=round((_status_kb("VmHWM") - rss0) / 1024, 1),
            batch_duplicates=len(inc.verdicts),
            batch_dups_of_index=sum(1 for v in inc.verdicts.values() if int(v.duplicate_of[3:]) < n),
        )
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--batch", type=int, default=2000, help="incremental batch against the largest size (0: skip)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: run one size in this process
    ap.add_argument("--one-batch", type=int, default=0, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(run_size(a.one, a.one_batch, a.seed)))
        return
    print(f"cpus: {os.cpu_count()}, python {sys.version.split()[0]}")
    for n in a.sizes:
        batch = a.batch if n == max(a.sizes) else 0
        proc = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--one-batch", str(batch), "--seed", str(a.seed)],
            check=True, capture_output=True, text=True,
        )
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        ok = "ok" if r["docs_per_s"] >= TARGET_DOCS_PER_S else "BELOW TARGET"
        print(
            f"{r['docs']:>7} docs ({r['text_mb']} MB text): {r['seconds']} s wall ({r['cpu_seconds']} s CPU), "
            f"{r['docs_per_s']} docs/s wall [{ok}], {r['docs_per_cpu_s']} docs per CPU-second, peak +{r['peak_mb']} MB, {r['duplicates']} duplicates "
            f"(character tables built once in {r['tables_s']} s; load average {r['load_avg']})"
        )
        if "batch" in r:
            print(
                f"        index of {r['index_rows']} rows: {r['index_file_mb']} MB on disk, loads in {r['index_load_s']} s; "
                f"{r['batch']}-doc batch against it: {r['batch_first_s']} s first (sorts the band index), "
                f"{r['batch_warm_s']} s next, peak +{r['batch_peak_mb']} MB, "
                f"{r['batch_duplicates']} duplicates ({r['batch_dups_of_index']} of indexed articles)"
            )


if __name__ == "__main__":
    main()
