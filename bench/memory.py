"""Peak memory of a whole backfill at 1x and 10x the input: does the run's memory grow with its size?

Issue 13's target: **peak RSS at 10x the input <= 1.5x peak RSS at 1x** (the
commit streams batches; only compact keys stay in memory). Each size is a
fresh output folder and a fresh Python process running the ``clean_news`` flow
(a spawned worker pool, a temporary Prefect server); this script samples the
RSS of that process and of its whole process tree (psutil, every 50 ms) and
reads the process's own ``ru_maxrss`` when it ends.

The corpus is generated text (``.txt`` files): stories of 4-8 paragraphs drawn
from the scrapinghub article bodies (``tests/data/scrapinghub/ground-truth.json``),
so names, dates and languages are real; 30% of the stories get 1-3 syndicated
copies (``tests/data/syndication/make_set.py``'s ``variant``: exact and near
duplicates). Two random stories share little, so most documents are articles.

    .venv/bin/python bench/memory.py                 # 2,000 and 20,000 documents
    .venv/bin/python bench/memory.py --docs 500 --factor 4 --keep /tmp/mem

Prints, per size: documents, wall time, docs/s, peak RSS of the flow process,
of the largest worker and of the whole tree, then the 10x/1x ratios.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
COPY_SHARE = 0.3
TARGET_RATIO = 1.5
SAMPLE_S = 0.05


def _make_set_module():
    spec = importlib.util.spec_from_file_location("make_set", DATA / "syndication" / "make_set.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def generate(folder: Path, n: int, seed: int = 13) -> int:
    """``n`` text documents under ``folder`` (one day folder per 500): stories and their syndicated copies."""
    ms = _make_set_module()
    gt = json.loads((DATA / "scrapinghub" / "ground-truth.json").read_text())
    bodies = [ms.paragraphs(v["articleBody"]) for _, v in sorted(gt.items())]
    pool = [p for b in bodies for p in b if len(p.split()) >= 12]
    rng = random.Random(seed)
    written = 0

    def put(text: str) -> None:
        nonlocal written
        day = folder / f"2025-01-{1 + (written // 500) % 28:02d}" / f"b{written // 14000}"
        day.mkdir(parents=True, exist_ok=True)
        (day / f"doc{written:06d}.txt").write_text(text, encoding="utf-8")
        written += 1

    while written < n:
        paras = rng.sample(pool, rng.randint(4, 8))
        put("\n\n".join(paras) + "\n")
        if rng.random() < COPY_SHARE:
            for _ in range(rng.randint(1, 3)):
                if written < n:
                    put(ms.variant(rng, paras, paras[0][:80], rng.choice(ms.SITES)))
    return written


def child(input_dir: str, output_dir: str, workers: int, report: bool) -> None:
    """The measured process: one whole backfill, then its own counters as one JSON line."""
    from newsclean.flows.clean_news import clean_news

    t = time.time()
    m = clean_news(input_dir=input_dir, output_dir=output_dir, workers=workers, report=report)
    wall = time.time() - t
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        "RESULT "
        + json.dumps(
            {
                "read": m.counts.read,
                "articles": m.counts.articles,
                "duplicates": m.counts.duplicates,
                "rejects": m.counts.rejects,
                "batches": m.batches,
                "wall_s": wall,
                "commit_s": m.timings_s.get("dedup", 0) + m.timings_s.get("commit", 0),
                "self_maxrss_mb": own.ru_maxrss / 1024,
                "children_maxrss_mb": kids.ru_maxrss / 1024,
                "cpu_s": own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime,
            }
        ),
        flush=True,
    )


def _tree_rss(proc: psutil.Process) -> tuple[int, int]:
    """(RSS of ``proc``, RSS of ``proc`` and every descendant), bytes."""
    try:
        own = proc.memory_info().rss
        total = own
        for p in proc.children(recursive=True):
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        return own, total
    except psutil.Error:
        return 0, 0


def measure(input_dir: Path, output_dir: Path, workers: int, report: bool) -> dict:
    cmd = [sys.executable, __file__, "--child", str(input_dir), str(output_dir), "--workers", str(workers)]
    if report:
        cmd.append("--report")
    env = {
        **os.environ,
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300",  # a busy machine starts the server slowly
        "PREFECT_HOME": str(output_dir.parent / "prefect-home"),
    }
    env.pop("PREFECT_API_URL", None)
    t = time.time()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    ps = psutil.Process(proc.pid)
    peak_own = peak_tree = 0
    while proc.poll() is None:
        own, tree = _tree_rss(ps)
        peak_own, peak_tree = max(peak_own, own), max(peak_tree, tree)
        time.sleep(SAMPLE_S)
    out = proc.stdout.read() if proc.stdout else ""
    wall = time.time() - t
    lines = [ln for ln in out.splitlines() if ln.startswith("RESULT ")]
    if proc.returncode or not lines:
        raise SystemExit(f"the measured run failed (exit {proc.returncode}):\n{out[-2000:]}")
    res = json.loads(lines[-1][len("RESULT ") :])
    res.update(process_wall_s=wall, sampled_parent_mb=peak_own / 2**20, sampled_tree_mb=peak_tree / 2**20)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000, help="documents at 1x (default 2000)")
    ap.add_argument("--factor", type=int, default=10, help="the larger size, as a multiple of --docs (default 10)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--report", action="store_true", help="also write the HTML quality report (reads the whole dataset)")
    ap.add_argument("--keep", help="work in this folder and keep it (default: a temporary folder, removed)")
    ap.add_argument("--child", nargs=2, metavar=("INPUT", "OUTPUT"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child(a.child[0], a.child[1], a.workers, a.report)
        return
    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="newsclean-mem-"))
    results = {}
    try:
        for factor in (1, a.factor):
            n = a.docs * factor
            inp, out = work / f"in-{n}", work / f"out-{n}"
            if not inp.is_dir():
                generate(inp, n)
            shutil.rmtree(out, ignore_errors=True)
            r = results[factor] = measure(inp, out, a.workers, a.report)
            print(
                f"{factor:>3}x {n:>7} docs: read={r['read']} articles={r['articles']} duplicates={r['duplicates']} "
                f"rejects={r['rejects']} batches={r['batches']} | wall {r['wall_s']:.1f} s "
                f"({r['read'] / r['wall_s']:.1f} docs/s), commit {r['commit_s']:.1f} s, cpu {r['cpu_s']:.1f} s | "
                f"peak RSS: flow process {r['self_maxrss_mb']:.0f} MB (sampled {r['sampled_parent_mb']:.0f}), "
                f"largest child {r['children_maxrss_mb']:.0f} MB, whole tree {r['sampled_tree_mb']:.0f} MB",
                flush=True,
            )
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    one, big = results[1], results[a.factor]
    parent = big["self_maxrss_mb"] / one["self_maxrss_mb"]
    tree = big["sampled_tree_mb"] / one["sampled_tree_mb"]
    print(
        f"ratio {a.factor}x/1x: flow process {parent:.2f}, largest child "
        f"{big['children_maxrss_mb'] / one['children_maxrss_mb']:.2f}, whole tree {tree:.2f} "
        f"(target <= {TARGET_RATIO}: {'met' if max(parent, tree) <= TARGET_RATIO else 'NOT met'})"
    )


if __name__ == "__main__":
    main()
