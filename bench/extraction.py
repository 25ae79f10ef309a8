"""Extraction benchmark on the scrapinghub article-extraction corpus (run by hand).

Scores, with the corpus' own ``score.py`` (same metric as the published table):

* ``html``: our HTML path, phase 1 of :mod:`cleaners.pipeline` (decode, trafilatura,
  ftfy, whitespace, residue rules) plus the learned-residue pass, over
  ``html/*.html.gz``;
* ``text``: the text path over ``output/html-text.json`` (the full visible text
  of each page): residue rules, title line, then the prose trim
  (:func:`cleaners.boilerplate.trim_to_prose`), to show what the rules recover
  without HTML (``--text-residue-only`` also scores it without the trim);
* ``backfill`` (``--via-backfill``): ``newsclean backfill`` over the pages written
  as ``ID.html`` files, scoring the ``text`` column of ``OUTPUT/articles``;
* ``trafilatura`` baselines (``--baselines``, on unless ``--no-compare``): default and
  favor_precision; the HTML path is compared with trafilatura alone page by page
  (pages won and lost, losses listed, texts under 200 characters flagged);
* then the second corpus, trafilatura's own evaluation set
  (``bench/extraction_eval.py``), unless ``--no-second-corpus``.

Usage::

    .venv/bin/python bench/extraction.py                  # html + text paths
    .venv/bin/python bench/extraction.py --baselines      # plus trafilatura alone
    .venv/bin/python bench/extraction.py --via-backfill   # plus the CLI path
    .venv/bin/python bench/extraction.py --out /tmp/bench --per-doc

Predictions (``{id: {"articleBody": text}}``) and per-page TSVs go to ``--out``.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from newsclean.cleaners import boilerplate, encoding, whitespace  # noqa: E402
from newsclean.cleaners.pipeline import RunContext, draft_record  # noqa: E402
from newsclean.schemas.models import RawRecord  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpora" / "scrapinghub"


def load_scorer(corpus: Path):
    spec = importlib.util.spec_from_file_location("scrapinghub_score", corpus / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pages(corpus: Path) -> dict[str, bytes]:
    return {p.name.split(".")[0]: gzip.decompress(p.read_bytes()) for p in sorted((corpus / "html").glob("*.html.gz"))}


def html_path(corpus: Path, truth: dict) -> dict[str, dict]:
    """Phase 1 per page, then learned residue per source (as the flow does)."""
    ctx = RunContext(run_id="bench", pipeline_version="bench")
    drafts = {}
    for item_id, body in pages(corpus).items():
        raw = RawRecord(
            input_ref=f"{item_id}.html",
            kind="html",
            body=body,
            raw_sha256=hashlib.sha256(body).hexdigest(),
            url=truth.get(item_id, {}).get("url"),
        )
        drafts[item_id] = draft_record(raw, ctx)
    by_source: dict[str, Counter] = defaultdict(Counter)
    n_docs: Counter = Counter()
    for d in drafts.values():
        if hasattr(d, "text"):
            by_source[d.source].update(boilerplate.line_keys(d.text))
            n_docs[d.source] += 1
    learned = {s: boilerplate.learn_residue(c, n_docs[s]) for s, c in by_source.items()}
    out = {}
    for item_id, d in drafts.items():
        if not hasattr(d, "text"):
            out[item_id] = {"articleBody": ""}
            continue
        text, _ = boilerplate.strip_learned(d.text, learned[d.source])
        out[item_id] = {"articleBody": text}
    return out


def text_path(corpus: Path, trim: bool = True) -> dict[str, dict]:
    """The text path over the full visible text of each page: residue rules, title line, prose trim."""
    data = json.loads((corpus / "output" / "html-text.json").read_text(encoding="utf-8"))
    data = data.get("output", data)
    out = {}
    for item_id, rec in data.items():
        text = (rec or {}).get("articleBody") or ""
        text, _ = encoding.fix_text(text)
        text, _ = whitespace.normalize_whitespace(text)
        before_residue = text
        text = boilerplate.strip_residue(text).text
        if trim:
            # as cleaners.pipeline does for kind "text": the headline line goes to the title
            _, text = boilerplate.split_title(text)
            text, _ = boilerplate.trim_to_prose(text, before_residue=before_residue)
        out[item_id] = {"articleBody": text}
    return out


def backfill_path(corpus: Path, truth: dict) -> dict[str, dict]:
    """``newsclean backfill`` over the pages (``ID.html`` + a sidecar with the URL), scoring ``articles.text``."""
    import polars as pl

    exe = REPO / ".venv" / "bin" / "newsclean"
    work = Path(tempfile.mkdtemp(prefix="bench-backfill-"))
    try:
        src, dst = work / "in", work / "out"
        src.mkdir()
        for item_id, body in pages(corpus).items():
            (src / f"{item_id}.html").write_bytes(body)
            url = truth.get(item_id, {}).get("url")
            if url:
                (src / f"{item_id}.meta.json").write_text(json.dumps({"url": url}), encoding="utf-8")
        subprocess.run([str(exe), "backfill", "--input", str(src), "--output", str(dst)], check=True)
        arts = pl.read_parquet(dst / "articles" / "**" / "*.parquet", columns=["article_id", "input_ref", "text"])
        got = {Path(r).name.split(".")[0]: t for _, r, t in arts.iter_rows()}
        by_id = {a: t for a, _, t in arts.iter_rows()}
        dups = list((dst / "duplicates").rglob("*.parquet")) if (dst / "duplicates").exists() else []
        if dups:
            # a page judged a duplicate is scored with the text of the article it duplicates
            for ref, of in pl.read_parquet(dups, columns=["input_ref", "duplicate_of"]).iter_rows():
                got.setdefault(Path(ref).name.split(".")[0], by_id.get(of, ""))
        # a rejected page predicts nothing
        return {i: {"articleBody": got.get(i, "")} for i in pages(corpus)}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def baselines(corpus: Path) -> dict[str, dict[str, dict]]:
    import trafilatura

    runs = {}
    for label, kw in (("trafilatura", {}), ("trafilatura+favor_precision", {"favor_precision": True})):
        runs[label] = {
            i: {"articleBody": trafilatura.extract(b.decode("utf-8", "replace"), include_comments=False, **kw)}
            for i, b in pages(corpus).items()
        }
    return runs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "newsclean-bench-extraction")
    ap.add_argument("--baselines", action="store_true", help="also score trafilatura alone")
    ap.add_argument("--via-backfill", action="store_true", help="also run `newsclean backfill` and score it")
    ap.add_argument("--no-text", action="store_true", help="skip the html-text (text path) run")
    ap.add_argument("--text-residue-only", action="store_true", help="also score the text path without the prose trim")
    ap.add_argument("--no-html", action="store_true", help="skip the direct HTML path")
    ap.add_argument("--per-doc", action="store_true", help="write per-page TSVs next to the predictions")
    ap.add_argument("--n-bootstrap", type=int, default=200)
    ap.add_argument("--no-compare", action="store_true", help="skip trafilatura alone and the per-page comparison")
    ap.add_argument(
        "--no-second-corpus", action="store_true", help="skip trafilatura's evaluation corpus (bench/extraction_eval.py)"
    )
    args = ap.parse_args()
    if not args.no_compare and not args.no_html:
        args.baselines = True

    score = load_scorer(args.corpus)
    truth = json.loads((args.corpus / "ground-truth.json").read_text(encoding="utf-8"))
    args.out.mkdir(parents=True, exist_ok=True)
    runs: dict[str, dict] = {}
    timings: dict[str, float] = {}

    def timed(label, fn, *a):
        t0 = time.perf_counter()
        runs[label] = fn(*a)
        timings[label] = time.perf_counter() - t0

    if args.baselines:
        t0 = time.perf_counter()
        runs.update(baselines(args.corpus))
        timings["trafilatura"] = time.perf_counter() - t0
    if not args.no_html:
        timed("newsclean-html", html_path, args.corpus, truth)
    if not args.no_text:
        timed("newsclean-text(html-text)", text_path, args.corpus)
        if args.text_residue_only:
            timed("newsclean-text-residue-only", text_path, args.corpus, False)
    if args.via_backfill:
        timed("newsclean-backfill", backfill_path, args.corpus, truth)

    print(f"{'run':<30} {'F1':<14} {'precision':<14} {'recall':<14} accuracy  seconds")
    page_f1: dict[str, dict[str, float]] = {}
    for label, pred in runs.items():
        res, per_doc = score.evaluate(truth, pred, args.n_bootstrap, 0)
        page_f1[label] = {k: f for k, _, _, f, _ in per_doc}
        print(
            f"{label:<30} {res['f1']:.4f}±{res['f1_std']:.3f} {res['precision']:.4f}±{res['precision_std']:.3f} "
            f"{res['recall']:.4f}±{res['recall_std']:.3f} {res['accuracy']:.3f}     {timings.get(label, 0):.1f}"
        )
        safe = label.replace("+", "_").replace("(", "_").replace(")", "")
        (args.out / f"{safe}.json").write_text(json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")
        if args.per_doc:
            with open(args.out / f"{safe}.tsv", "w", encoding="utf-8") as f:
                f.write("id\turl\tprecision\trecall\tf1\texact\n")
                for k, pp, rr, ff, a in sorted(per_doc, key=lambda r: r[3]):
                    f.write(f"{k}\t{truth[k].get('url', '')}\t{pp:.4f}\t{rr:.4f}\t{ff:.4f}\t{int(a)}\n")
    print(f"predictions in {args.out}")
    if "newsclean-html" in page_f1 and "trafilatura" in page_f1:
        compare_pages(page_f1["newsclean-html"], page_f1["trafilatura"], truth, runs)
    if not args.no_second_corpus and not args.no_html:
        import extraction_eval

        if (extraction_eval.DATA / "pages.tar.xz").exists():
            print()
            sys.argv = [sys.argv[0]]
            extraction_eval.main()
        else:
            print(f"second corpus skipped: no {extraction_eval.DATA}/pages.tar.xz (bench/trafilatura_eval_data.sh)")


# A page may score this much below trafilatura alone before it needs a written reason.
LOSS_TOLERANCE = 0.10
# Article text shorter than this is flagged unless trafilatura's is that short too.
SHORT_TEXT_CHARS = 200


def compare_pages(ours: dict[str, float], theirs: dict[str, float], truth: dict, runs: dict) -> None:
    """newsclean's HTML path against trafilatura alone, page by page: wins, losses, short texts."""
    won = [k for k in ours if ours[k] > theirs.get(k, 0.0) + 1e-9]
    lost = sorted((k for k in ours if ours[k] < theirs.get(k, 0.0) - 1e-9), key=lambda k: ours[k] - theirs[k])
    print(f"scrapinghub pages: newsclean better on {len(won)}, worse on {len(lost)}, equal on {len(ours) - len(won) - len(lost)}")
    print(f"pages more than {LOSS_TOLERANCE} below trafilatura: {sum(theirs[k] - ours[k] > LOSS_TOLERANCE for k in lost)}")
    for k in lost:
        print(f"  LOSS {ours[k] - theirs[k]:+.3f} ours {ours[k]:.3f} traf {theirs[k]:.3f}  {k[:12]} {truth[k].get('url', '')}")
    ours_text = runs["newsclean-html"]
    traf_text = runs["trafilatura"]
    short = [
        k for k, v in ours_text.items()
        if len(v["articleBody"] or "") < SHORT_TEXT_CHARS and len(traf_text[k]["articleBody"] or "") >= SHORT_TEXT_CHARS
    ]
    print(f"pages where our text < {SHORT_TEXT_CHARS} chars but trafilatura's is not: {len(short)}")
    for k in short:
        print(f"  SHORT ours {len(ours_text[k]['articleBody'] or '')}ch  {k[:12]} {truth[k].get('url', '')}")


if __name__ == "__main__":
    main()
