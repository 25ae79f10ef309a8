"""Head-to-head pipeline benchmark (issue 13): trafilatura alone, datatrove's pipeline and
``newsclean backfill``, on the same generated HTML corpus at 1x and 10x, in one run.

    make bench-pipeline                                   # installs the bench group, runs this
    .venv/bin/python bench/pipeline.py                    # 1x = 905 pages, 10x = 9,050
    .venv/bin/python bench/pipeline.py --quick            # 1x = 181, 3x: a smoke run (minutes)
    .venv/bin/python bench/pipeline.py --base 500 --factors 1 10 --keep /tmp/pb

The corpus is generated (seeded, deterministic) from the 181 scrapinghub pages
(``../shared/corpora/scrapinghub``; benchmarks may read ``../shared``, tests never
do): page ``i`` is page ``i mod 181`` with the text of each of its article
paragraphs replaced by a paragraph drawn from the corpus' article bodies in the
page's language, and a new title (so each is a distinct story in that page's own layout and
boilerplate); ``SYNDICATED_SHARE`` of the pages are instead a syndicated copy of
an earlier generated page (another title, a paragraph dropped, a number
changed). Pages whose layout has no replaceable paragraph stay near-copies of
their original, as a wire story reposted verbatim would. The first ``N`` pages
of a larger corpus are the pages of the smaller one.

Each tool runs in its own process tree, one after the other, on 2 workers (the
machine has 2 cores), and its peak RSS is the peak of the summed resident set of
its whole tree (psutil, polled every 0.1 s; pool workers share pages, so the sum
overstates a little, the same way for every tool). CPU seconds are summed over
the tree's processes (a noise-proof figure on a shared machine; wall times depend
on what else runs). ``newsclean`` is run as a user runs it (no PREFECT_API_URL:
it starts a temporary Prefect server, in its own PREFECT_HOME, warmed by one
3-page run first); its steady-state rate is documents over the run manifest's
``duration_s`` (the flow body: plan, extract, learn, enrich, commit), and
start-up is the rest of the wall time (interpreter, Prefect server and client,
the quality report, shutdown).

Extraction quality (F1, the scrapinghub metric of ``score.py``, as in
``bench/extraction.py``) is each tool's whole-pipeline output over the 181
scrapinghub pages (``ID.html`` plus a ``ID.meta.json`` URL sidecar, which only
newsclean reads): what trafilatura wrote, the text of datatrove's Parquet rows,
``articles.text`` of newsclean (a page it judged a duplicate scores the text of
its original).

Targets (printed as PASS/FAIL; the process does not fail on them): see
``TARGETS`` below.
"""
from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "bench"
sys.path.insert(0, str(BENCH))

from extraction import load_scorer  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpora" / "scrapinghub"
PY = REPO / ".venv" / "bin" / "python"
NEWSCLEAN = REPO / ".venv" / "bin" / "newsclean"
TOOLS = BENCH / "pipeline_tools.py"
WORKERS = 2
SEED = 13
SYNDICATED_SHARE = 0.2
SYNDICATED_FROM = 20  # pages before this one are all new stories (a copy needs an original)

TARGETS = """\
newsclean >= 0.85x trafilatura alone (docs/s, HTML path, same cores, same run)
newsclean >= 2x datatrove's whole pipeline, at equal or better F1
newsclean peak RSS at the largest scale <= 1.5x its peak RSS at 1x
dedup >= 5,000 docs/s (newsclean's dedup stage alone, on the largest corpus' extracted texts)
`newsclean clean FILE` < 2 s for one page (median of 3)"""

# ---------------------------------------------------------------- the corpus

_P = re.compile(r"(<p(?:\s[^>]*)?>)(.*?)(</p\s*>)", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"<(?:p|div|table|ul|ol|script|style|section|article|h\d)\b", re.I)
_TITLE = re.compile(r"(<title[^>]*>)(.*?)(</title\s*>)", re.S | re.I)
_NUMBER = re.compile(r"(?<=[\s(])\d{1,4}(?=[\s,.)%])")
MIN_PARA_CHARS = 60


def _pages() -> list[tuple[str, str]]:
    return [(p.name.split(".")[0], gzip.decompress(p.read_bytes()).decode("utf-8")) for p in sorted((CORPUS / "html").glob("*.html.gz"))]


def _pools() -> tuple[dict[str, str], dict[str, list[str]]]:
    """The language of each page's article body, and the article paragraphs of each language."""
    import py3langid

    truth = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    lang: dict[str, str] = {}
    pools: dict[str, list[str]] = {}
    for item_id, v in sorted(truth.items()):
        body = v.get("articleBody") or ""
        lang[item_id] = py3langid.classify(body)[0]
        pools.setdefault(lang[item_id], []).extend(p.strip() for p in body.split("\n") if len(p.strip()) >= MIN_PARA_CHARS)
    return lang, pools


def _article_paragraph(inner: str) -> bool:
    return len(_TAG.sub("", inner).strip()) >= MIN_PARA_CHARS and not _BLOCK.search(inner)


def remix(page: str, pool: list[str], rng: random.Random) -> str:
    """A new story in ``page``'s layout: every article paragraph's content replaced, a new title."""
    first: list[str] = []

    def sub(m: re.Match) -> str:
        if not _article_paragraph(m.group(2)):
            return m.group(0)
        para = rng.choice(pool)
        first.append(para)
        return m.group(1) + html.escape(para, quote=False) + m.group(3)

    page = _P.sub(sub, page)
    if first:
        words = first[0].split()[: rng.randint(5, 10)]
        page = _TITLE.sub(lambda m: m.group(1) + html.escape(" ".join(words), quote=False) + m.group(3), page, count=1)
    return page


def syndicate(page: str, rng: random.Random) -> str:
    """A syndicated copy: another title, one article paragraph dropped, one number changed."""
    paras = [m for m in _P.finditer(page) if _article_paragraph(m.group(2))]
    if len(paras) > 3:
        drop = rng.choice(paras[1:])
        page = page[: drop.start()] + page[drop.end():]
    page = _TITLE.sub(lambda m: m.group(1) + m.group(2).strip() + f" | {rng.choice(SITES)}" + m.group(3), page, count=1)
    nums = [m for m in _NUMBER.finditer(page) if _article_paragraph(page[max(0, m.start() - 80): m.end() + 80])]
    if nums:
        m = rng.choice(nums)
        page = page[: m.start()] + str(int(m.group(0)) + rng.randint(1, 9)) + page[m.end():]
    return page


SITES = ["Wire Desk", "The Daily Ledger", "Metro Courier", "Valley Tribune", "Harbor Post", "Evening Star"]


def generate_corpus(dst: Path, n: int, seed: int = SEED) -> dict:
    """``n`` pages as ``dst/NNNNNN.html`` (deterministic for a seed; a prefix of any larger ``n``)."""
    dst.mkdir(parents=True, exist_ok=True)
    pages = _pages()
    lang, pools = _pools()
    rng = random.Random(seed)
    synd = 0
    total = 0
    for i in range(n):
        if i >= SYNDICATED_FROM and rng.random() < SYNDICATED_SHARE:
            body = syndicate((dst / f"{rng.randrange(i):06d}.html").read_text(encoding="utf-8"), rng)
            synd += 1
        else:
            item_id, page = pages[i % len(pages)]
            body = remix(page, pools[lang[item_id]], rng)
        data = body.encode("utf-8")
        total += len(data)
        (dst / f"{i:06d}.html").write_bytes(data)
    return {"pages": n, "syndicated": synd, "mb": round(total / 1e6, 1)}


def scrapinghub_dir(dst: Path) -> Path:
    """The 181 real pages as ``ID.html`` with a URL sidecar (as bench/extraction.py's backfill path)."""
    truth = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    dst.mkdir(parents=True, exist_ok=True)
    for item_id, body in _pages():
        (dst / f"{item_id}.html").write_text(body, encoding="utf-8")
        url = truth.get(item_id, {}).get("url")
        if url:
            (dst / f"{item_id}.meta.json").write_text(json.dumps({"url": url}), encoding="utf-8")
    return dst


# ---------------------------------------------------------------- measuring a process tree


def run_measured(cmd: list[str], log: Path, env: dict | None = None) -> dict:
    """Run ``cmd``; wall seconds, peak summed RSS of its process tree (MiB), CPU seconds of the tree."""
    import psutil

    cpu: dict[tuple[int, float], float] = {}  # (pid, create_time) -> last seen user+system seconds
    peak = 0
    t0 = time.perf_counter()
    with log.open("ab") as out:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=out, env=env)
        root = psutil.Process(proc.pid)
        stdout: list[bytes] = []
        import threading

        reader = threading.Thread(target=lambda: stdout.append(proc.stdout.read()), daemon=True)  # type: ignore[union-attr]
        reader.start()
        while proc.poll() is None:
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                procs = []
            rss = 0
            for p in procs:
                try:
                    with p.oneshot():
                        rss += p.memory_info().rss
                        t = p.cpu_times()
                        cpu[(p.pid, p.create_time())] = t.user + t.system
                except psutil.Error:
                    pass
            peak = max(peak, rss)
            time.sleep(0.1)
        reader.join()
    wall = time.perf_counter() - t0
    text = b"".join(stdout).decode("utf-8", "replace")
    out_log = log.with_suffix(".stdout")
    with out_log.open("a", encoding="utf-8") as f:
        f.write(text)
    if proc.returncode:
        raise RuntimeError(f"{cmd[:3]} exited {proc.returncode}: see {log}")
    return {"wall_s": wall, "peak_rss_mb": peak / 2**20, "cpu_s": sum(cpu.values()), "stdout": text}


def _last_json(text: str) -> dict:
    for line in reversed(text.strip().splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise ValueError("no JSON line in the output")


def run_trafilatura(inp: Path, work: Path, log: Path) -> dict:
    out = work / "trafilatura.jsonl"
    m = run_measured([str(PY), str(TOOLS), "trafilatura", "--input", str(inp), "--output", str(out), "--workers", str(WORKERS)], log)
    res = _last_json(m.pop("stdout"))
    m.update(docs=res["docs"], kept=res["kept"], steady_s=res["elapsed_s"], output=out)
    return m


def run_datatrove(inp: Path, work: Path, log: Path) -> dict:
    dt = work / "datatrove"
    shutil.rmtree(dt, ignore_errors=True)
    m = run_measured([str(PY), str(TOOLS), "datatrove", "--input", str(inp), "--work", str(dt), "--workers", str(WORKERS)], log)
    res = _last_json(m.pop("stdout"))
    m.update(docs=res["docs"], kept=res["kept"], steady_s=res["elapsed_s"], stages=res["stages_s"], timeouts=res["timeouts"], output=dt / "output")
    return m


def newsclean_env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    return env


def run_newsclean(inp: Path, work: Path, log: Path, env: dict) -> dict:
    out = work / "newsclean"
    shutil.rmtree(out, ignore_errors=True)
    m = run_measured([str(NEWSCLEAN), "backfill", "--input", str(inp), "--output", str(out), "--workers", str(WORKERS)], log, env)
    m.pop("stdout")
    manifest = json.loads(next((out / "_runs").glob("*.json")).read_text(encoding="utf-8"))
    c = manifest["counts"]
    m.update(
        docs=c["read"], kept=c["articles"], duplicates=c["duplicates"], rejects=c["rejects"],
        steady_s=manifest["duration_s"], timings=manifest["timings_s"], output=out,
    )
    return m


# ---------------------------------------------------------------- F1 on the scrapinghub pages


def f1_scores(sh: Path, runs: dict[str, dict]) -> dict[str, float]:
    import polars as pl

    score = load_scorer(CORPUS)
    truth = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    preds: dict[str, dict[str, str]] = {}
    got: dict[str, str] = {}
    for line in runs["trafilatura"]["output"].read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        got[r["id"].split(".")[0]] = r["text"]
    preds["trafilatura"] = got
    dt = pl.read_parquet(runs["datatrove"]["output"] / "*.parquet", columns=["id", "text"])
    preds["datatrove"] = {Path(i).name.split(".")[0]: t for i, t in dt.iter_rows()}
    out = runs["newsclean"]["output"]
    arts = pl.read_parquet(out / "articles" / "**" / "*.parquet", columns=["article_id", "input_ref", "text"])
    nc = {Path(r).name.split(".")[0]: t for _, r, t in arts.iter_rows()}
    by_id = {a: t for a, _, t in arts.iter_rows()}
    dups = list((out / "duplicates").rglob("*.parquet"))
    if dups:
        for ref, of in pl.read_parquet(dups, columns=["input_ref", "duplicate_of"]).iter_rows():
            nc.setdefault(Path(ref).name.split(".")[0], by_id.get(of, ""))
    preds["newsclean"] = nc
    f1 = {}
    for tool, p in preds.items():
        res, _ = score.evaluate(truth, {i: {"articleBody": p.get(i) or ""} for i in ids}, 0, 0)
        f1[tool] = res["f1"]
    return f1


# ---------------------------------------------------------------- dedup alone


def dedup_rate(texts: list[str]) -> dict:
    """newsclean's dedup stage alone (exact + near, against an empty index) over ``texts``, in this process.

    Documents are built as ``bench/dedup.py`` builds them (content hashes not timed); a
    50-document call first builds the stage's one-off tables.
    """
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_dedup", BENCH / "dedup.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    docs = mod.docs_of(texts)
    mod.deduplicate(docs[:50], mod.DedupIndex.empty())
    t0, c0 = time.perf_counter(), time.process_time()
    res = mod.deduplicate(docs, mod.DedupIndex.empty())
    return {"docs": len(docs), "wall_s": time.perf_counter() - t0, "cpu_s": time.process_time() - c0, "duplicates": len(res.verdicts)}


def extracted_texts(jsonl: Path) -> list[str]:
    return [t for line in jsonl.read_text(encoding="utf-8").splitlines() if (t := json.loads(line)["text"])]


# ---------------------------------------------------------------- the run


def clean_one_page(sh: Path, env: dict, runs: int = 3) -> tuple[float, list[float]]:
    """``newsclean clean FILE`` on the median-sized scrapinghub page: median wall of ``runs`` runs."""
    files = sorted(sh.glob("*.html"), key=lambda p: p.stat().st_size)
    page = files[len(files) // 2]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([str(NEWSCLEAN), "clean", str(page)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - t)
    return statistics.median(times), times


def _fmt_row(label: str, r: dict) -> str:
    rate_wall = r["docs"] / r["wall_s"]
    rate_steady = r["docs"] / r["steady_s"] if r.get("steady_s") else float("nan")
    return (
        f"  {label:<12} {r['docs']:>6} {r['kept']:>6} {r['wall_s']:>8.1f} {r['steady_s']:>8.1f} {r['wall_s'] - r['steady_s']:>7.1f} "
        f"{rate_wall:>8.2f} {rate_steady:>8.2f} {r['cpu_s']:>8.1f} {r['docs'] / max(r['cpu_s'], 1e-9):>8.2f} {r['peak_rss_mb']:>8.0f}"
    )


HEADER = (
    f"  {'tool':<12} {'docs':>6} {'kept':>6} {'wall s':>8} {'steady s':>8} {'start s':>7} "
    f"{'docs/s':>8} {'steady/s':>8} {'CPU s':>8} {'doc/CPUs':>8} {'RSS MiB':>8}"
)


def detail(tool: str, r: dict) -> str:
    if tool == "datatrove":
        return f"    datatrove stages (s): {r['stages']}; extractor time-outs: {r['timeouts']}"
    if tool == "newsclean":
        return f"    newsclean manifest timings (s): {r['timings']}; duplicates {r['duplicates']}, rejects {r['rejects']}"
    return ""


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=int, default=5 * 181, help="pages at 1x (default 905)")
    ap.add_argument("--factors", type=int, nargs="+", default=[1, 10], help="scales to run (default 1 10)")
    ap.add_argument("--quick", action="store_true", help="1x = 181 pages, factors 1 3")
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary folder, removed)")
    ap.add_argument("--no-f1", action="store_true", help="skip the scrapinghub F1 runs")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--prefect-home", type=Path, help="newsclean's PREFECT_HOME (default: a fresh one in the work folder)")
    a = ap.parse_args()
    if a.quick:
        a.base, a.factors = 181, [1, 3]
    work = a.keep or Path(tempfile.mkdtemp(prefix="newsclean-bench-pipeline-"))
    work.mkdir(parents=True, exist_ok=True)
    log = work / "tools.log"
    print(f"cpus {os.cpu_count()}, workers {WORKERS}, load average {os.getloadavg()[0]:.1f}; work folder {work}; logs {log}")
    print(f"versions: {_versions()}")
    try:
        _run(a, work, log)
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)


def _versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for name in ("newsclean", "trafilatura", "datatrove", "prefect"):
        try:
            out.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            out.append(f"{name} (not installed: make bench-pipeline installs the bench group)")
    return ", ".join(out)


def _run(a: argparse.Namespace, work: Path, log: Path) -> None:
    home = a.prefect_home or work / "prefect-home"
    fresh = not home.exists()
    env = newsclean_env(home)
    sh = scrapinghub_dir(work / "scrapinghub")
    # warm Prefect's home (database migrations) with a 3-page run; its wall is the fixed cost of a tiny run
    tiny = work / "tiny"
    tiny.mkdir(exist_ok=True)
    for p in sorted(sh.glob("*.html"))[:3]:
        shutil.copy(p, tiny / p.name)
    if fresh:
        run_newsclean(tiny, work / "tiny-out", log, env)  # creates the database
    warm = run_newsclean(tiny, work / "tiny-out", log, env)
    print(f"newsclean backfill on 3 pages (Prefect home warm): wall {warm['wall_s']:.1f} s, flow body {warm['steady_s']:.1f} s, "
          f"start-up and shutdown {warm['wall_s'] - warm['steady_s']:.1f} s")

    results: dict[str, dict[str, dict]] = {}
    scales: list[tuple[str, Path]] = []
    if not a.no_f1:
        scales.append(("scrapinghub", sh))
    for f in a.factors:
        t = time.perf_counter()
        d = work / f"corpus-{f}x"
        info = generate_corpus(d, a.base * f, a.seed)
        print(f"corpus {f}x: {info['pages']} pages ({info['syndicated']} syndicated copies), {info['mb']} MB, generated in {time.perf_counter() - t:.0f} s")
        scales.append((f"{f}x", d))
    for label, d in scales:
        sw = work / f"out-{label}"
        sw.mkdir(exist_ok=True)
        r = {}
        r["trafilatura"] = run_trafilatura(d, sw, log)
        r["datatrove"] = run_datatrove(d, sw, log)
        r["newsclean"] = run_newsclean(d, sw, log, env)
        results[label] = r
        print(f"\n{label} (load average {os.getloadavg()[0]:.1f})")
        print(HEADER)
        for tool, res in r.items():
            print(_fmt_row(tool, res))
        for tool, res in r.items():
            if detail(tool, res):
                print(detail(tool, res))
        _ratios(r)

    clean_median, clean_times = clean_one_page(sh, env)
    print(f"\n`newsclean clean PAGE` (median-sized scrapinghub page): median {clean_median:.2f} s of {', '.join(f'{t:.2f}' for t in clean_times)}")

    f1 = f1_scores(sh, results["scrapinghub"]) if "scrapinghub" in results else {}
    if f1:
        print("F1 on the 181 scrapinghub pages (whole-pipeline output): " + ", ".join(f"{k} {v:.4f}" for k, v in f1.items()))
    scaled = [k for k in results if k != "scrapinghub"]
    dd = dedup_rate(extracted_texts(results[scaled[-1]]["trafilatura"]["output"]))
    print(
        f"dedup alone on the {scaled[-1]} corpus' extracted texts: {dd['docs']} docs in {dd['wall_s']:.2f} s "
        f"({dd['docs'] / dd['wall_s']:,.0f} docs/s; {dd['docs'] / max(dd['cpu_s'], 1e-9):,.0f} per CPU-second), {dd['duplicates']} duplicates"
    )
    _targets(a, results, f1, clean_median, dd)


def _ratios(r: dict[str, dict]) -> None:
    nc, tr, dt = r["newsclean"], r["trafilatura"], r["datatrove"]

    def rate(x: dict, key: str) -> float:
        return x["docs"] / x[key]

    print(
        "  ratios newsclean/trafilatura: wall {:.2f}x, steady {:.2f}x, per CPU-s {:.2f}x; newsclean/datatrove: wall {:.2f}x, steady {:.2f}x, per CPU-s {:.2f}x".format(
            rate(nc, "wall_s") / rate(tr, "wall_s"), rate(nc, "steady_s") / rate(tr, "steady_s"), rate(nc, "cpu_s") / rate(tr, "cpu_s"),
            rate(nc, "wall_s") / rate(dt, "wall_s"), rate(nc, "steady_s") / rate(dt, "steady_s"), rate(nc, "cpu_s") / rate(dt, "cpu_s"),
        )
    )


def _targets(a: argparse.Namespace, results: dict[str, dict[str, dict]], f1: dict[str, float], clean_s: float, dd: dict) -> None:
    scaled = [k for k in results if k != "scrapinghub"]
    big, small = scaled[-1], scaled[0]
    r = results[big]
    nc, tr, dt = r["newsclean"], r["trafilatura"], r["datatrove"]
    print(f"\ntargets (judged at {big}; steady = excluding start-up, wall = including it)")
    for key, name in (("steady_s", "steady"), ("wall_s", "wall")):
        ratio = (nc["docs"] / nc[key]) / (tr["docs"] / tr[key])
        print(f"  {verdict(ratio >= 0.85)}  newsclean {ratio:.2f}x trafilatura alone ({name}; target >= 0.85x)")
    for key, name in (("steady_s", "steady"), ("wall_s", "wall")):
        ratio = (nc["docs"] / nc[key]) / (dt["docs"] / dt[key])
        f1_ok = bool(f1) and f1["newsclean"] >= f1["datatrove"]
        f1_txt = f"F1 {f1['newsclean']:.4f} vs {f1['datatrove']:.4f}" if f1 else "F1 not measured (--no-f1)"
        print(f"  {verdict(ratio >= 2 and f1_ok)}  newsclean {ratio:.2f}x datatrove ({name}; target >= 2x), {f1_txt}")
    rss_ratio = nc["peak_rss_mb"] / results[small]["newsclean"]["peak_rss_mb"]
    print(f"  {verdict(rss_ratio <= 1.5)}  newsclean peak RSS {big} / {small}: {nc['peak_rss_mb']:.0f} / "
          f"{results[small]['newsclean']['peak_rss_mb']:.0f} MiB = {rss_ratio:.2f}x (target <= 1.5x)")
    rate = dd["docs"] / dd["wall_s"]
    print(f"  {verdict(rate >= 5000)}  dedup {rate:,.0f} docs/s (the stage alone, {dd['docs']} docs of this run's {big} corpus; target >= 5,000)")
    dedup_s = nc["timings"].get("dedup", 0.0)
    if dedup_s:
        print(f"        (for reference, the backfill's whole commit-dedup step, timings_s.dedup: reading the staged batches, "
              f"names across documents, dedup, versions: {nc['docs'] / dedup_s:,.0f} docs/s)")
    print(f"  {verdict(clean_s < 2)}  `newsclean clean PAGE` {clean_s:.2f} s (target < 2 s)")


if __name__ == "__main__":
    main()
