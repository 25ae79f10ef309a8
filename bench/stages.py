"""Where the time goes: the pipeline per stage, on real pages and on a generated text corpus (run by hand).

Runs the cleaners in this process under cProfile (one core, no Prefect, no
pool; CPU time of the process) and reports the cumulative time of each named stage, then times the
commit's stages (names across documents, dedup, Arrow conversion, Parquet
write) on the same articles. Stage names are function names, so the table
survives refactoring inside a stage.

    .venv/bin/python bench/stages.py                       # scrapinghub pages (181 HTML)
    .venv/bin/python bench/stages.py --generated 10000     # plus N generated text documents
    .venv/bin/python bench/stages.py --generated 100000 --profile 5000   # issue 13: the 100k-document corpus
    .venv/bin/python bench/stages.py --top 25              # plus the top functions by own time
    .venv/bin/python bench/stages.py --versus 3            # plus newsclean vs trafilatura alone, 3 rounds

With ``--profile M`` only the first M generated documents go through the
cleaners (under the profiler); the commit stages still run on all N articles:
the other N - M are cleaned without the profiler in a pool of ``--workers``
processes with ``--clean-all``, else made without cleaning (each is a cleaned
article's row with the generated body of its own document as text, its own ids
and content hash: the same text lengths and near-duplicate structure, at no
cleaning cost; the text path costs ~19 ms of CPU per document, ~30 CPU-minutes
for 100k).

Reads ../shared/corpora/scrapinghub (benchmarks may read ../shared; tests never do).
"""
from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import pstats
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newsclean.cleaners.dedup import DedupIndex, content_hash  # noqa: E402
from newsclean.cleaners.pipeline import RunContext, clean_record  # noqa: E402
from newsclean.commit import RunKeys, collect_keys, decide, resolve_names  # noqa: E402
from newsclean.inputs import sha256  # noqa: E402
from newsclean.resources import load_default_gazetteer  # noqa: E402
from newsclean.schemas.arrow import ARTICLE_SCHEMA, to_table  # noqa: E402
from newsclean.schemas.models import Article, RawRecord  # noqa: E402
from newsclean.store import write_parquet_atomic  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpora" / "scrapinghub"

# (label, function name as cProfile sees it); cumulative time, so nested stages overlap their parents
STAGES = [
    ("decode (charset, BOM, detection)", "decode_bytes"),
    ("extract: trafilatura passes + combine", "extract_html"),
    ("  trafilatura.bare_extraction", "bare_extraction"),
    ("  htmldate", "find_date"),
    ("repair (ftfy)", "fix_text"),
    ("whitespace", "normalize_whitespace"),
    ("residue rules", "strip_residue"),
    ("prose trim (text path)", "trim_to_prose"),
    ("learned residue", "strip_learned"),
    ("publication date", "publication_date"),
    ("dates mentioned", "find_dates"),
    ("persons", "find_persons"),
    ("language", "detect_language"),
    ("content hash", "content_hash"),
    ("record models (pydantic)", "__init__"),
]


def scrapinghub_records() -> list[RawRecord]:
    out = []
    for p in sorted((CORPUS / "html").glob("*.html.gz")):
        body = gzip.decompress(p.read_bytes())
        out.append(RawRecord(input_ref=p.name, kind="html", body=body, raw_sha256=sha256(body)))
    return out


def _generated(n: int, seed: int = 1) -> list[tuple[str, list[str]]]:
    """``n`` (header, paragraphs): scrapinghub bodies, reshuffled paragraphs, a title line and a byline."""
    truth = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    bodies = [v["articleBody"] for v in truth.values() if len(v.get("articleBody", "")) > 400]
    rng = random.Random(seed)
    out = []
    for i in range(n):
        paras = [p for p in rng.choice(bodies).split("\n") if p.strip()]
        rng.shuffle(paras)
        out.append((f"Story {i}\nBy | May {1 + i % 28}, 2024\n", paras[: rng.randint(3, 12)]))
    return out


def generated_records(n: int, seed: int = 1) -> list[RawRecord]:
    """``n`` text documents: scrapinghub bodies, reshuffled paragraphs, with a byline and a share widget."""
    out = []
    for i, (head, paras) in enumerate(_generated(n, seed)):
        body = (head + "\n\n".join(paras) + "\nPrint Friendly, PDF & Email\n").encode()
        out.append(RawRecord(input_ref=f"gen/{i:06d}.txt", kind="text", body=body, raw_sha256=sha256(body)))
    return out


def _clean_chunk(records: list[RawRecord]) -> list:
    global _CTX
    if _CTX is None:
        _CTX = RunContext(run_id="bench", pipeline_version="bench", gazetteer=load_default_gazetteer())
    return [clean_record(r, _CTX) for r in records]


_CTX: RunContext | None = None


def clean_in_pool(records: list[RawRecord], workers: int) -> list[Article]:
    """The cleaners over ``records`` in ``workers`` spawned processes (no profiler)."""
    import multiprocessing

    chunks = [records[i: i + 500] for i in range(0, len(records), 500)]
    t0 = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        rows = [r for part in pool.imap(_clean_chunk, chunks) for r in part]
    wall = time.perf_counter() - t0
    print(f"cleaned {len(records)} more records in {workers} processes in {wall:.0f} s ({len(records) / wall:.1f} docs/s, no profiler)")
    return [r for r in rows if isinstance(r, Article)]


def synthesized_articles(cleaned: list[Article], start: int, n: int, seed: int = 1) -> list[Article]:
    """Articles ``start .. n-1`` without cleaning: cleaned rows (cycled) with the generated body of their own document."""
    out = []
    gen = _generated(n, seed)
    for i in range(start, n):
        base = cleaned[i % len(cleaned)]
        text = "\n\n".join(p.strip() for p in gen[i][1])
        ref = f"gen/{i:06d}.txt"
        prov = base.provenance.model_copy(update={"input_ref": ref, "raw_sha256": sha256(text.encode())})
        out.append(
            base.model_copy(
                deep=True,
                update={"article_id": f"syn{i:07d}", "input_ref": ref, "text": text, "content_hash": content_hash(text), "provenance": prov},
            )
        )
    return out


def profile_cleaning(records: list[RawRecord], ctx: RunContext, top: int) -> tuple[list[Article], float]:
    # CPU time of this process, not wall time: other processes on a shared machine do not count
    prof = cProfile.Profile(time.process_time)
    t0 = time.process_time()
    prof.enable()
    rows = [clean_record(r, ctx) for r in records]
    prof.disable()
    wall = time.process_time() - t0
    stats = pstats.Stats(prof)
    cum: dict[str, float] = {}
    for (filename, _line, name), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if name == "__init__" and "pydantic" not in filename:
            continue
        cum[name] = cum.get(name, 0.0) + ct
    n = len(records)
    print(f"\n{n} records, cleaning CPU {wall:.1f} s ({n / wall:.1f} docs/s on one core, profiler on)")
    print(f"{'stage':42} {'total s':>8} {'ms/doc':>8} {'share':>6}")
    for label, fn in STAGES:
        t = cum.get(fn, 0.0)
        print(f"{label:42} {t:8.2f} {1000 * t / n:8.2f} {100 * t / wall:5.1f}%")
    if top:
        print(f"\ntop {top} functions by own time:")
        stats.sort_stats("tottime").print_stats(top)
    return [r for r in rows if isinstance(r, Article)], wall


def versus_trafilatura(records: list[RawRecord], ctx: RunContext, rounds: int) -> None:
    """Same run, one core, interleaved: ``trafilatura.extract`` alone vs :func:`clean_record`, per page.

    CPU time of this process (``time.process_time``), so other processes on the
    machine count less than in wall time; each page is timed by both in turn
    (the order alternates), ``rounds`` times. The ratio is newsclean's docs/s
    over trafilatura's (issue 13's target: at least 0.85).
    """
    import trafilatura

    opts: dict = dict(include_comments=False, include_tables=True, deduplicate=False)
    t_traf = t_ours = 0.0
    clock = time.process_time
    for k in range(rounds):
        for i, r in enumerate(records):
            for who in ((0, 1) if (i + k) % 2 else (1, 0)):
                t = clock()
                if who == 0:
                    trafilatura.extract(r.body, **opts)
                else:
                    clean_record(r, ctx)
                dt = clock() - t
                if who == 0:
                    t_traf += dt
                else:
                    t_ours += dt
    n = rounds * len(records)
    print(f"\nversus trafilatura alone: {len(records)} pages x {rounds} rounds, CPU ms/doc, interleaved")
    print(f"{'trafilatura.extract':42} {1000 * t_traf / n:8.1f}")
    print(f"{'newsclean clean_record (both phases)':42} {1000 * t_ours / n:8.1f}")
    print(f"{'ratio (newsclean docs/s / trafilatura)':42} {t_traf / t_ours:8.3f}")


def time_commit(articles: list[Article]) -> None:
    def timed(label: str, fn):
        t, c = time.perf_counter(), time.process_time()
        out = fn()
        dt, cpu = time.perf_counter() - t, time.process_time() - c
        print(f"{label:42} {dt:8.2f} {1000 * dt / max(1, len(articles)):8.3f} {len(articles) / max(dt, 1e-9):10,.0f} {cpu:8.2f}")
        return out

    print(f"\ncommit stages on {len(articles)} articles")
    print(f"{'stage':42} {'total s':>8} {'ms/doc':>8} {'docs/s':>10} {'CPU s':>8}  (wall depends on the machine's load; CPU s does not)")
    keys = RunKeys()
    timed("keys (MinHash signatures, name forms)", lambda: collect_keys(keys, articles, DedupIndex.empty()))
    decisions = timed("decisions (dedup vs empty index, names)", lambda: decide(keys, DedupIndex.empty(), {}))
    timed("names across documents (apply)", lambda: [resolve_names(a, decisions.names) for a in articles])
    table = timed("models -> Arrow table", lambda: to_table(articles, ARTICLE_SCHEMA))
    with tempfile.TemporaryDirectory() as tmp:
        timed("Parquet write (zstd, fsync)", lambda: write_parquet_atomic(table, Path(tmp) / "a.parquet"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--generated", type=int, default=0, help="also N generated text documents (profiled, then the commit stages)")
    ap.add_argument("--profile", type=int, default=0, help="profile only the first M generated documents (0: all)")
    ap.add_argument("--clean-all", action="store_true", help="clean the other N - M documents too (in a pool), instead of synthesizing them")
    ap.add_argument("--workers", type=int, default=2, help="processes for --clean-all")
    ap.add_argument("--top", type=int, default=0, help="print the top N functions by own time")
    ap.add_argument("--versus", type=int, default=0, metavar="ROUNDS", help="also time trafilatura alone vs newsclean")
    ap.add_argument("--only-versus", action="store_true", help="skip the profile and the commit stages")
    args = ap.parse_args()
    ctx = RunContext(run_id="bench", pipeline_version="bench", gazetteer=load_default_gazetteer())
    clean_record(scrapinghub_records()[0], ctx)  # warm: imports, models, word lists
    if args.versus:
        versus_trafilatura(scrapinghub_records(), ctx, args.versus)
    if args.only_versus:
        return
    articles, _ = profile_cleaning(scrapinghub_records(), ctx, args.top)
    time_commit(articles)
    if args.generated:
        m = min(args.profile or args.generated, args.generated)
        records = generated_records(args.generated)
        articles, _ = profile_cleaning(records[:m], ctx, args.top)
        if m < args.generated:
            t0 = time.perf_counter()
            if args.clean_all:
                articles += clean_in_pool(records[m:], args.workers)
            else:
                articles += synthesized_articles(articles, m, args.generated)
                print(f"synthesized {args.generated - m} more articles from cleaned rows in {time.perf_counter() - t0:.0f} s (not cleaned; see the docstring)")
        del records
        time_commit(articles)
    print(f"\npeak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
