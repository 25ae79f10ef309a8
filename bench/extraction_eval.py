"""Extraction benchmark on trafilatura's own evaluation corpus (run by hand).

Corpus: ``bench/data/trafilatura-eval/`` (see its README; the data files come
from ``bench/trafilatura_eval_data.sh``): 990 multilingual
pages (news, blogs, magazines, government and company pages) with, for each,
up to six text segments that must be in the main text (``with``) and up to six
that must not (``without``). Apache-2.0, from the trafilatura repository.

Metric (the corpus' own, as its ``tests/eval_common.py`` scores it): a segment
counts as found when its whitespace-normalized form is a substring of the
whitespace-normalized output; ``with`` found = true positive, missed = false
negative; ``without`` found = false positive, missed = true negative. Precision,
recall and F1 over the summed counts. Per page, F1 = 2tp / (2tp + fp + fn).

Both runs in one process, on the same bytes:

* ``newsclean``: phase 1 of :mod:`newsclean.cleaners.pipeline` (decode,
  trafilatura passes, ftfy, whitespace, residue rules) plus the learned-residue
  pass per source, as ``bench/extraction.py`` runs it; a rejected page predicts
  nothing;
* ``trafilatura``: ``trafilatura.extract`` on the bytes with the corpus'
  canonical options (no comments, tables, no formatting).

Usage::

    .venv/bin/python bench/extraction_eval.py                 # both runs, summary + losing pages
    .venv/bin/python bench/extraction_eval.py --jobs 2 --out /tmp/ev
    .venv/bin/python bench/extraction_eval.py --only URL_SUBSTRING

Per-page TSV (``per_page.tsv``) and predictions go to ``--out``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tarfile
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

# The corpus' data files are not committed (see bench/data/trafilatura-eval/README.md):
# here once bench/trafilatura_eval_data.sh has run, or in the shared folder.
DATA_DIRS = (REPO / "bench" / "data" / "trafilatura-eval", REPO.parent / "shared" / "corpora" / "trafilatura-eval")
DATA = next((d for d in DATA_DIRS if (d / "pages.tar.xz").exists()), DATA_DIRS[0])
# A page may score this much below trafilatura alone before it needs a written reason.
LOSS_TOLERANCE = 0.10
# Article text shorter than this is flagged unless the page is short (trafilatura's text is too).
SHORT_TEXT_CHARS = 200

_WS = re.compile(r"\s+")
TRAFILATURA_OPTS = dict(include_comments=False, include_tables=True, include_formatting=False)


REASONS = REPO / "bench" / "extraction_eval_losses.json"


def load_reasons() -> dict[str, str]:
    """{page file: why newsclean scores more than LOSS_TOLERANCE below trafilatura there} (written by hand)."""
    if not REASONS.exists():
        return {}
    data = json.loads(REASONS.read_text(encoding="utf-8"))
    return {name: data["causes"][cause] for cause, names in data["pages"].items() for name in names}


def norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


def load_pages(data: Path, pages_dir: Path | None) -> dict[str, bytes]:
    """{file name: bytes} from ``pages.tar.xz`` (or a directory holding ``eval/`` and ``cache/``)."""
    out: dict[str, bytes] = {}
    if pages_dir is not None:
        for sub in ("cache", "eval"):
            for p in (pages_dir / sub).glob("*"):
                out.setdefault(p.name, p.read_bytes())
        return out
    with tarfile.open(data / "pages.tar.xz") as tar:
        for member in tar:
            if member.isfile():
                out[Path(member.name).name] = tar.extractfile(member).read()
    return out


def count(item: dict, text: str | None) -> tuple[int, int, int, int]:
    """(tp, fp, fn, tn) of one page."""
    got = norm(text or "")
    tp = sum(norm(w) in got for w in item["with"]) if got else 0
    fp = sum(norm(w) in got for w in item["without"]) if got else 0
    return tp, fp, len(item["with"]) - tp, len(item["without"]) - fp


def scores(tp: int, fp: int, fn: int, tn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    acc = (tp + tn) / (tp + fp + fn + tn) if tp + fp + fn + tn else 0.0
    return {"precision": p, "recall": r, "f1": f, "accuracy": acc}


def page_f1(c: tuple[int, int, int, int]) -> float:
    tp, fp, fn, _ = c
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def _run_one(args: tuple[str, str, bytes]) -> tuple[str, object, str]:
    """Phase 1 of the pipeline and trafilatura alone on one page (in a worker)."""
    import trafilatura

    from newsclean.cleaners.pipeline import RunContext, draft_record
    from newsclean.schemas.models import RawRecord

    url, name, body = args
    raw = RawRecord(
        input_ref=name, kind="html", body=body, raw_sha256=hashlib.sha256(body).hexdigest(), url=url
    )
    draft = draft_record(raw, RunContext(run_id="bench", pipeline_version="bench"))
    ours = (draft.text, draft.source) if hasattr(draft, "text") else (None, draft.reason)
    try:
        theirs = trafilatura.extract(body, url=url, **TRAFILATURA_OPTS) or ""
    except Exception:  # a crash counts as a miss, as the corpus' own scorer does
        theirs = ""
    return url, ours, theirs


def run(evaldata: dict, pages: dict[str, bytes], jobs: int) -> tuple[dict, dict, dict]:
    from newsclean.cleaners import boilerplate

    work = [(url, item["file"], pages[item["file"]]) for url, item in sorted(evaldata.items())]
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            results = list(pool.map(_run_one, work, chunksize=8))
    else:
        results = [_run_one(w) for w in work]
    drafts = {url: ours for url, ours, _ in results}
    theirs = {url: t for url, _, t in results}
    by_source: dict[str, Counter] = defaultdict(Counter)
    n_docs: Counter = Counter()
    for text, source in drafts.values():
        if text is not None:
            by_source[source].update(boilerplate.line_keys(text))
            n_docs[source] += 1
    learned = {s: boilerplate.learn_residue(c, n_docs[s]) for s, c in by_source.items()}
    ours, rejected = {}, {}
    for url, (text, source_or_reason) in drafts.items():
        if text is None:
            ours[url], rejected[url] = "", source_or_reason
        else:
            ours[url] = boilerplate.strip_learned(text, learned[source_or_reason])[0]
    return ours, theirs, rejected


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--pages", type=Path, default=None, help="a directory with eval/ and cache/ instead of pages.tar.xz")
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "newsclean-bench-trafilatura-eval")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default=None, help="only pages whose URL contains this")
    args = ap.parse_args()

    evaldata = json.loads((args.data / "evaldata.json").read_text(encoding="utf-8"))
    if args.only:
        evaldata = {u: v for u, v in evaldata.items() if args.only in u}
    pages = load_pages(args.data, args.pages)
    t0 = time.perf_counter()
    ours, theirs, rejected = run(evaldata, pages, args.jobs)
    seconds = time.perf_counter() - t0

    args.out.mkdir(parents=True, exist_ok=True)
    totals = {"newsclean": [0, 0, 0, 0], "trafilatura": [0, 0, 0, 0]}
    rows = []
    for url, item in sorted(evaldata.items()):
        a, b = count(item, ours[url]), count(item, theirs[url])
        for k, c in (("newsclean", a), ("trafilatura", b)):
            totals[k] = [x + y for x, y in zip(totals[k], c)]
        rows.append((url, item["file"], page_f1(a), page_f1(b), a, b, len(ours[url]), len(theirs[url])))

    print(f"trafilatura-eval: {len(evaldata)} pages, {seconds:.0f} s")
    print(f"{'run':<14} {'F1':<8} {'precision':<10} {'recall':<8} accuracy")
    for k, c in totals.items():
        s = scores(*c)
        print(f"{k:<14} {s['f1']:.4f}   {s['precision']:.4f}     {s['recall']:.4f}   {s['accuracy']:.4f}   tp/fp/fn/tn={c}")
    won = [r for r in rows if r[2] > r[3]]
    lost = [r for r in rows if r[2] < r[3]]
    print(f"pages: newsclean better on {len(won)}, worse on {len(lost)}, equal on {len(rows) - len(won) - len(lost)}")
    big = [r for r in lost if r[3] - r[2] > LOSS_TOLERANCE]
    reasons = load_reasons()
    unexplained = [r for r in big if r[1] not in reasons]
    print(f"pages more than {LOSS_TOLERANCE} below trafilatura: {len(big)}, without a written reason: {len(unexplained)}")
    for url, name, fa, fb, a, b, na, nb in sorted(lost, key=lambda r: r[2] - r[3]):
        why = f" rejected:{rejected[url]}" if url in rejected else ""
        print(f"  LOSS {fa - fb:+.3f} ours {fa:.2f} {a} {na}ch | traf {fb:.2f} {b} {nb}ch  {name} {url}{why}")
        if fb - fa > LOSS_TOLERANCE:
            print(f"       reason: {reasons.get(name, 'NONE WRITTEN')}")
    short = [r for r in rows if r[6] < SHORT_TEXT_CHARS and r[7] >= SHORT_TEXT_CHARS]
    print(f"pages where our text < {SHORT_TEXT_CHARS} chars but trafilatura's is not: {len(short)}")
    for url, name, fa, fb, a, b, na, nb in short:
        why = f" rejected:{rejected[url]}" if url in rejected else ""
        print(f"  SHORT ours {na}ch traf {nb}ch  {name} {url}{why}")

    with open(args.out / "per_page.tsv", "w", encoding="utf-8") as f:
        f.write("url\tfile\tf1_newsclean\tf1_trafilatura\tcounts_newsclean\tcounts_trafilatura\tchars_newsclean\tchars_trafilatura\n")
        for r in rows:
            f.write("\t".join(map(str, r)) + "\n")
    (args.out / "newsclean.json").write_text(json.dumps(ours, ensure_ascii=False, indent=1), encoding="utf-8")
    (args.out / "trafilatura.json").write_text(json.dumps(theirs, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"per-page scores and predictions in {args.out}")


if __name__ == "__main__":
    main()
