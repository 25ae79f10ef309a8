"""Fresh extraction yardstick: Moz's dragnet_data (2012 news and blog pages, hand-corrected main text).

Nothing in newsclean was written for these pages before this bench existed. The
data is AGPLv3: evaluation only. It is unpacked into the git-ignored
``.fetched/dragnet/`` and never committed, never copied into ``tests/``.

Data: ``/work/.mirror/seomoz+dragnet_data/repo`` (bare git dir) holds
``dragnet_Corrected.tar.gz`` (the gold); its ``dragnet_HTML.tar.gz`` is over the
snapshot size limit and absent there, so the HTML files are read, byte for byte,
from the mirror of the same 1,381 pages in ``j-szulc/html-cleaning-dataset-merged``
(``dragnet_data/input/ID.html``; its ``GoldStandard/ID.txt`` are identical to
dragnet's ``Corrected/ID.html.corrected.txt``). ``extract`` takes the original
HTML tarball when a snapshot has it.

Gold: the text of ``Corrected/ID.html.corrected.txt`` BEFORE the comments marker
``!@#$%^&*()  COMMENTS`` (typed by hand: a line of at least four of those
symbols, spaces or tabs, then ``COMMENTS``, matches; 416 files carry one). Read
as UTF-8, or cp1252 when it is not UTF-8. Pages whose gold main text is shorter
than ``MIN_GOLD_CHARS`` (100) characters once stripped are left out of both sides
(counted in the output); so are pages with no HTML file.

Split, fixed before any page was looked at: SHA-1 of the page id (the file
root, ``"R610"``, ``"100"``), read as a hex integer; even -> ``tune``, odd ->
``heldout``. Rules are written from the tune half only; the held-out half is run
as a summary, never read page by page (``--verbose`` refuses it).
``bench/data/dragnet_split.json`` records the ids of each half and the SHA-1 of
each HTML file (ids and hashes only).

Metric: the scrapinghub benchmark's (``/work/shared/corpora/scrapinghub/score.py``,
loaded from there): word 4-gram shingles, per-page normalised TP/FP/FN, precision
and recall averaged over pages, F1 of the two means. A page is won / lost by a
system when its per-page F1 is more than ``MARGIN`` (0.05) above / below the other's.

Systems, on the same bytes:

* ``newsclean``: phase 1 of :mod:`newsclean.cleaners.pipeline` (decode,
  trafilatura passes, ftfy, whitespace, residue rules) plus the learned-residue
  pass per source, as ``bench/extraction.py`` runs it; a rejected page predicts nothing;
* ``trafilatura``: ``trafilatura.extract(bytes, include_comments=False)`` (the
  baseline of the project's other benches; the gold is the article without comments);
* ``trafilatura-default``: ``trafilatura.extract(bytes)`` with every default
  (comments included).

Usage::

    .venv/bin/python bench/dragnet.py extract
    .venv/bin/python bench/dragnet.py score --split tune [--verbose] [--jobs 2]
    .venv/bin/python bench/dragnet.py score --split heldout

Measured before any change: ``BEFORE`` below; after this round's rules: ``AFTER``.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import io
import json
import re
import subprocess
import sys
import tarfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DATA = REPO / ".fetched" / "dragnet"
MIRROR = Path("/work/.mirror/seomoz+dragnet_data/repo")
HTML_MIRROR = Path("/work/.mirror/j-szulc+html-cleaning-dataset-merged/repo")
HTML_MIRROR_DIR = "dragnet_data/input/"
SCORER = REPO.parent / "shared" / "corpora" / "scrapinghub" / "score.py"
SPLIT_FILE = REPO / "bench" / "data" / "dragnet_split.json"
MIN_GOLD_CHARS = 100
MARGIN = 0.05
_MARKER = re.compile(r"(?m)^[ \t]*(?=(?:[ \t]*[!@#$%^&*()]){4})[!@#$%^&*() \t]+COMMENTS[ \t]*\r?$")

BEFORE = """
Before any change (commit ed03e7b, trafilatura 2.3.1), `score --split tune` / `--split heldout`:

tune: 683 pages, 15 left out (gold < 100 chars), 668 scored (en 666, sr 1, pt 1)
  newsclean            F1 0.9240  P 0.9360  R 0.9123  exact 0.019
  trafilatura          F1 0.9228  P 0.9250  R 0.9207  exact 0.064   (include_comments=False)
  trafilatura-default  F1 0.8534  P 0.7956  R 0.9203  exact 0.040
  newsclean vs trafilatura: wins 26, losses 9; vs trafilatura-default: wins 196, losses 10
heldout: 698 pages, 10 left out, 688 scored (en 685, sr 2, is 1)
  newsclean            F1 0.9108  P 0.9205  R 0.9012  exact 0.023
  trafilatura          F1 0.9118  P 0.9066  R 0.9170  exact 0.070
  trafilatura-default  F1 0.8438  P 0.7806  R 0.9180  exact 0.044
  newsclean vs trafilatura: wins 23, losses 19; vs trafilatura-default: wins 192, losses 17
(wins / losses: per-page F1 more than 0.05 above / below; the "sr", "is" are py3langid's
guesses on English-looking gold, not checked by hand)
"""

AFTER = """
After the rules written from the tune half (commit 65e793e); the held-out half run once, as a summary:

tune     newsclean            F1 0.9257  P 0.9395  R 0.9123   (before 0.9240)
         trafilatura          F1 0.9228  P 0.9250  R 0.9207
         newsclean+title      F1 0.9294  P 0.9298  R 0.9289
         trafilatura+title    F1 0.9235  P 0.9142  R 0.9330
         newsclean vs trafilatura: wins 28, losses 7 (before 26 / 9); +title: wins 29, losses 5
heldout  newsclean            F1 0.9116  P 0.9226  R 0.9009   (before 0.9108)
         trafilatura          F1 0.9118  P 0.9066  R 0.9170
         newsclean+title      F1 0.9157  P 0.9140  R 0.9174
         trafilatura+title    F1 0.9126  P 0.8979  R 0.9279
         newsclean vs trafilatura: wins 27, losses 19 (before 23 / 19); +title: wins 28, losses 12
The gold opens with the headline (newsclean moves it to ``title``, by contract) and keeps
bylines, datelines, photo credits, "Follow X on Twitter" and "Related:" lines, which
newsclean's residue rules remove by design: recall below trafilatura's is mostly that.
"""


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], capture_output=True, check=True).stdout


def split_of(page_id: str) -> str:
    """``tune`` when the SHA-1 of the id is even, ``heldout`` when odd."""
    return "tune" if int(hashlib.sha1(page_id.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def main_text(gold: str) -> str:
    """The main article: what comes before the comments marker."""
    m = _MARKER.search(gold)
    return gold[: m.start()] if m else gold


def _decode_gold(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def extract(data: Path = DATA) -> None:
    """Unpack the gold and the HTML into ``data`` (``Corrected/``, ``HTML/``), write the split file."""
    data.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(_git(MIRROR, "show", "HEAD:dragnet_Corrected.tar.gz"))) as tar:
        tar.extractall(data, filter="data")
    html_dir = data / "HTML"
    html_dir.mkdir(exist_ok=True)
    try:
        with tarfile.open(fileobj=io.BytesIO(_git(MIRROR, "show", "HEAD:dragnet_HTML.tar.gz"))) as tar:
            tar.extractall(data, filter="data")
        print("HTML from dragnet_data's own tarball")
    except (subprocess.CalledProcessError, tarfile.TarError):
        names = _git(HTML_MIRROR, "ls-tree", "-r", "--name-only", "HEAD", HTML_MIRROR_DIR).decode().split("\n")
        n = 0
        for name in names:
            if name.endswith(".html"):
                (html_dir / Path(name).name).write_bytes(_git(HTML_MIRROR, "show", f"HEAD:{name}"))
                n += 1
        print(f"HTML from {HTML_MIRROR.parent.name} ({n} files): dragnet_data's own tarball is not in its snapshot")
    pages = load(data)
    split = {
        "rule": "SHA-1 of the page id as a hex integer: even -> tune, odd -> heldout",
        "min_gold_chars": MIN_GOLD_CHARS,
        "tune": sorted(k for k, p in pages.items() if p["split"] == "tune" and not p["excluded"]),
        "heldout": sorted(k for k, p in pages.items() if p["split"] == "heldout" and not p["excluded"]),
        "excluded_short_gold": sorted(k for k, p in pages.items() if p["excluded"]),
        "html_sha1": {k: hashlib.sha1(p["html"]).hexdigest() for k, p in sorted(pages.items())},
    }
    # one line per key: ids and hashes only, never page text
    body = ",\n".join(f" {json.dumps(k)}: {json.dumps(v)}" for k, v in split.items())
    SPLIT_FILE.write_text("{\n" + body + "\n}\n", encoding="utf-8")
    print(f"{len(pages)} pages: tune {len(split['tune'])}, heldout {len(split['heldout'])}, "
          f"excluded (gold main text < {MIN_GOLD_CHARS} chars) {len(split['excluded_short_gold'])}")


def load(data: Path = DATA) -> dict[str, dict]:
    """{page id: {html, gold, split, excluded}} for every page with both files."""
    out = {}
    for p in sorted((data / "Corrected").glob("*.html.corrected.txt")):
        page_id = p.name[: -len(".html.corrected.txt")]
        html = data / "HTML" / f"{page_id}.html"
        if not html.exists():
            continue
        gold = main_text(_decode_gold(p.read_bytes())).strip()
        out[page_id] = {"html": html.read_bytes(), "gold": gold, "split": split_of(page_id),
                        "excluded": len(gold) < MIN_GOLD_CHARS}
    return out


def _newsclean_one(args: tuple[str, bytes]) -> tuple[str, str | None, str, str | None]:
    from newsclean.cleaners.pipeline import RunContext, draft_record
    from newsclean.schemas.models import RawRecord

    page_id, body = args
    raw = RawRecord(input_ref=f"{page_id}.html", kind="html", body=body, raw_sha256=hashlib.sha256(body).hexdigest())
    draft = draft_record(raw, RunContext(run_id="bench", pipeline_version="bench"))
    if hasattr(draft, "text"):
        return page_id, draft.text, draft.source, draft.title
    return page_id, None, draft.reason, None


def _trafilatura_one(args: tuple[str, bytes]) -> tuple[str, str, str]:
    import trafilatura

    page_id, body = args
    out = []
    for kw in ({"include_comments": False}, {}):
        try:
            out.append(trafilatura.extract(body, **kw) or "")
        except Exception:  # a crash predicts nothing
            out.append("")
    return page_id, out[0], out[1]


def _trafilatura_title(args: tuple[str, bytes]) -> tuple[str, str]:
    import trafilatura

    page_id, body = args
    try:
        meta = trafilatura.extract_metadata(body)
    except Exception:
        meta = None
    return page_id, (meta.title if meta is not None else None) or ""


def with_headline(title: str | None, text: str) -> str:
    """The article as an analyst reads it: the headline, then the text (the headline once)."""
    title = (title or "").strip()
    words = re.findall(r"\w+", title.casefold())
    first = re.findall(r"\w+", text.lstrip().split("\n", 1)[0].casefold())
    if not words or first == words:
        return text
    return f"{title}\n{text}"


def run_newsclean(pages: dict[str, dict], jobs: int) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    from newsclean.cleaners import boilerplate

    work = [(k, p["html"]) for k, p in pages.items()]
    with ProcessPoolExecutor(jobs) as pool:
        results = list(pool.map(_newsclean_one, work, chunksize=4))
    by_source: dict[str, Counter] = defaultdict(Counter)
    n_docs: Counter = Counter()
    for _, text, source, _ in results:
        if text is not None:
            by_source[source].update(boilerplate.line_keys(text))
            n_docs[source] += 1
    learned = {s: boilerplate.learn_residue(c, n_docs[s]) for s, c in by_source.items()}
    ours, rejected, titles = {}, {}, {}
    for page_id, text, source_or_reason, title in results:
        titles[page_id] = title or ""
        if text is None:
            ours[page_id], rejected[page_id] = "", source_or_reason
        else:
            ours[page_id] = boilerplate.strip_learned(text, learned[source_or_reason])[0]
    return ours, rejected, titles


def run_trafilatura(
    pages: dict[str, dict], jobs: int, data: Path
) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Both trafilatura runs, cached per trafilatura version in ``data/cache/`` (they do not change with newsclean)."""
    import trafilatura

    cache_file = data / "cache" / f"trafilatura-{trafilatura.__version__}.json"
    cache = json.loads(cache_file.read_text(encoding="utf-8")) if cache_file.exists() else {}
    todo = [(k, p["html"]) for k, p in pages.items() if k not in cache]
    if todo:
        with ProcessPoolExecutor(jobs) as pool:
            for page_id, a, b in pool.map(_trafilatura_one, todo, chunksize=4):
                cache[page_id] = [a, b]
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        cache_file.write_text(json.dumps(cache, ensure_ascii=False), encoding="utf-8")
    title_file = data / "cache" / f"trafilatura-{trafilatura.__version__}-title.json"
    titles = json.loads(title_file.read_text(encoding="utf-8")) if title_file.exists() else {}
    todo = [(k, p["html"]) for k, p in pages.items() if k not in titles]
    if todo:
        with ProcessPoolExecutor(jobs) as pool:
            titles.update(pool.map(_trafilatura_title, todo, chunksize=4))
        title_file.write_text(json.dumps(titles, ensure_ascii=False), encoding="utf-8")
    return {k: cache[k][0] for k in pages}, {k: cache[k][1] for k in pages}, {k: titles[k] for k in pages}


def _scorer():
    spec = importlib.util.spec_from_file_location("scrapinghub_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score(split: str, verbose: bool, jobs: int, data: Path, only: list[str] | None = None) -> None:
    from fetched import refuse_heldout_reading

    from newsclean.cleaners.language import detect_language

    refuse_heldout_reading(verbose, split)
    everything = load(data)
    if not everything:
        raise SystemExit(f"no pages in {data}: run `bench/dragnet.py extract` first")
    in_split = {k: p for k, p in everything.items() if split == "all" or p["split"] == split}
    excluded = [k for k, p in in_split.items() if p["excluded"]]
    pages = {k: p for k, p in in_split.items() if not p["excluded"] and (not only or k in only)}
    langs = Counter(detect_language(p["gold"])[0] for p in pages.values())
    print(f"dragnet {split}: {len(in_split)} pages, {len(excluded)} left out (gold main text < {MIN_GOLD_CHARS} chars), "
          f"{len(pages)} scored; languages {dict(langs.most_common())}")

    w0 = time.perf_counter()
    ours, rejected, our_titles = run_newsclean(pages, jobs)
    seconds = time.perf_counter() - w0
    traf, traf_default, traf_titles = run_trafilatura(pages, jobs, data)
    sc = _scorer()
    truth = {k: {"articleBody": p["gold"]} for k, p in pages.items()}
    runs = {
        "newsclean": ours,
        "trafilatura": traf,
        "trafilatura-default": traf_default,
        # the gold opens with the headline, which newsclean moves to `title` by contract
        # (trafilatura's text keeps it when it sits in the article block): each system's
        # own title, then its text
        "newsclean+title": {k: with_headline(our_titles[k], v) for k, v in ours.items()},
        "trafilatura+title": {k: with_headline(traf_titles[k], v) for k, v in traf.items()},
    }
    page_f1: dict[str, dict[str, tuple[float, float, float]]] = {}
    print(f"{'system':<20} {'F1':>6} {'P':>6} {'R':>6}  exact")
    for label, pred in runs.items():
        res, per_doc = sc.evaluate(truth, {k: {"articleBody": v} for k, v in pred.items()}, 0, 0)
        page_f1[label] = {k: (p, r, f) for k, p, r, f, _ in per_doc}
        print(f"{label:<20} {res['f1']:.4f} {res['precision']:.4f} {res['recall']:.4f}  {res['accuracy']:.3f}")
    print(f"newsclean wall time {seconds:.0f} s on {jobs} workers; rejected {len(rejected)} {dict(Counter(rejected.values()))}")
    for one, other in (("newsclean", "trafilatura"), ("newsclean", "trafilatura-default"),
                       ("newsclean+title", "trafilatura+title")):
        a, b = page_f1[one], page_f1[other]
        won = [k for k in a if a[k][2] > b[k][2] + MARGIN]
        lost = [k for k in a if a[k][2] < b[k][2] - MARGIN]
        print(f"{one} vs {other}: wins {len(won)}, losses {len(lost)} (per-page F1 differs by > {MARGIN}), "
              f"ties {len(a) - len(won) - len(lost)}")
    if verbose:
        dump = data / "out" / "tune.json"
        dump.parent.mkdir(exist_ok=True)
        dump.write_text(json.dumps({k: {"gold": pages[k]["gold"], "newsclean": ours[k], "trafilatura": traf[k]} for k in pages},
                                   ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"tune predictions and gold in {dump}")
        a, b = page_f1["newsclean"], page_f1["trafilatura"]
        lost = sorted((k for k in a if a[k][2] < b[k][2] - MARGIN), key=lambda k: a[k][2] - b[k][2])
        low = sorted((k for k in a if a[k][2] < 0.8 and k not in lost), key=lambda k: a[k][2])
        for title, keys in (("LOSSES vs trafilatura", lost), ("LOW (F1 < 0.8, not a loss)", low)):
            print(f"\n{title}: {len(keys)}")
            for k in keys:
                (p1, r1, f1), (p2, r2, f2) = a[k], b[k]
                why = f" rejected:{rejected[k]}" if k in rejected else ""
                print(f"  {k:<6} ours P{p1:.2f} R{r1:.2f} F{f1:.2f} {len(ours[k])}ch | traf P{p2:.2f} R{r2:.2f} F{f2:.2f} "
                      f"{len(traf[k])}ch | gold {len(pages[k]['gold'])}ch{why}")


BATCH14_MIN_CHARS = 300


def _page_draft(page_id: str, body: bytes) -> dict | None:
    """Phase 1 of the pipeline on one page (as ``_newsclean_one``), with the metadata a label keeps."""
    from newsclean.cleaners.pipeline import RunContext, draft_record
    from newsclean.schemas.models import RawRecord

    raw = RawRecord(input_ref=f"{page_id}.html", kind="html", body=body, raw_sha256=hashlib.sha256(body).hexdigest())
    draft = draft_record(raw, RunContext(run_id="bench", pipeline_version="bench"))
    if not hasattr(draft, "text"):
        return None
    return {"text": draft.text, "title": draft.title or "", "url": draft.url or "",
            "published": draft.page_date or draft.html_date or ""}


def dragnet_batch(data: Path = DATA, limit: int | None = None) -> list[dict]:
    """Candidate pages of names batch 14: TUNE-half pages only (``SPLIT_FILE``), in the order of the
    SHA-1 of the page id, each as phase 1 of the pipeline extracts it (``text``, ``title``), kept when
    the text is detected as English, is at least ``BATCH14_MIN_CHARS`` long and holds a run of two
    capitalised words (the capitalised-word baseline, not the names detector). Which candidates are
    articles is decided by reading (``tests/data/names/README.md``, batch 14)."""
    from newsclean.cleaners.language import detect_language
    from newsclean.cleaners.names.evaluate import capitalised_baseline

    tune = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))["tune"]
    out = []
    for page_id in sorted(tune, key=lambda k: hashlib.sha1(k.encode()).hexdigest()):
        assert split_of(page_id) == "tune"
        html = data / "HTML" / f"{page_id}.html"
        if not html.is_file():
            continue
        page = _page_draft(page_id, html.read_bytes())
        if page is None or len(page["text"]) < BATCH14_MIN_CHARS:
            continue
        if detect_language(page["text"])[0] != "en" or not capitalised_baseline(page["text"]):
            continue
        out.append({"id": f"dragnet-{page_id}", "page": page_id, **page})
        if limit and len(out) >= limit:
            break
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    ex = sub.add_parser("extract", help="unpack the gold and the HTML into .fetched/dragnet/")
    ex.add_argument("--data", type=Path, default=DATA)
    sc = sub.add_parser("score", help="score newsclean and trafilatura on one half")
    sc.add_argument("--split", choices=("tune", "heldout"), default="tune")
    sc.add_argument("--verbose", action="store_true", help="list the tune pages newsclean loses or scores low on")
    sc.add_argument("--jobs", type=int, default=2)
    sc.add_argument("--data", type=Path, default=DATA)
    sc.add_argument("--only", nargs="*", help="only these page ids (tune)")
    args = ap.parse_args()
    if args.cmd == "extract":
        extract(args.data)
    else:
        if args.only and args.split != "tune":
            raise SystemExit("--only is for the tune half")
        score(args.split, args.verbose, args.jobs, args.data, args.only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
