"""Person names on real news the rules were not written for: precision, recall, F1, wrong-person links.

Reads the hand-labelled articles in ``tests/data/names/unseen.json`` (texts from the
test pages of adbar/trafilatura and adbar/htmldate, Apache-2.0; labels and split
described in ``tests/data/names/README.md``) and prints, for the tuning part and the
held-out part, English and each other language: articles, labelled persons,
predictions, precision, recall, F1 and wrong-person links; then the same for a
capitalised-word baseline (every run of two or more capitalised words).

Usage::

    .venv/bin/python bench/names_unseen.py [--verbose] [--split tune|heldout] [--batch 1|2|...|26] [--exclude N ...]

``--batch`` keeps the articles of one labelling batch (1: the first 76 articles,
2: the articles added with issue 14's second round, 3: the articles of
``unseen_batch3.json``, another source, 4: the articles of ``unseen_batch4.json``,
the test pages of goose3, 5: the articles of ``unseen_batch5.json``, the test pages of
codelucas/newspaper, 6: the articles of ``unseen_batch6.json``, the test pages of
flairNLP/fundus, 7: the articles of ``unseen_batch7.json``, fhamborg/Giveme5W1H's news
clusters, 8: the articles of ``unseen_batch8.json``, Giveme5W1H's gold_standard and google_news
datasets, 9 to 13: the articles of ``unseen_batch9.json`` (all held-out),
``unseen_batch10.json`` (all tuning), ``unseen_batch11.json`` (all held-out), ``unseen_batch12.json`` (all tuning) and
``unseen_batch13.json`` (all held-out), BBC News articles of ranks the hunt sets never read, 14: the articles of
``unseen_batch14.json`` (all tuning), web pages of dragnet_data's tune half as phase 1 of the pipeline extracts them,
15 and 16: the articles of ``unseen_batch15.json`` and ``unseen_batch16.json`` (both all held-out), Google News
pages of page-signal, 17: the articles of ``unseen_batch17.json`` (all tuning), the first 30 pages of hunt set 17
(page-signal's tune half), 18 and 19: the articles of ``unseen_batch18.json`` and ``unseen_batch19.json`` (both all
held-out), the page-signal pages after batch 16's and after batch 18's, 20: the articles of ``unseen_batch20.json`` (all
held-out), the page-signal pages after batch 19's, 21: the articles of ``unseen_batch21.json`` (all tuning), pages
31-60 of hunt set 17, 22: the articles of ``unseen_batch22.json`` (all held-out), the first 28 of the last 56 held-out
page-signal pages, 23: the articles of ``unseen_batch23.json`` (all held-out), the last 28 (``BATCH22_IDS``,
``BATCH23_IDS``), 24 and 25: the articles of ``unseen_batch24.json`` and ``unseen_batch25.json`` (both all held-out),
CleanPortalEval's news-portal pages of 2013 (``cleanportal_batch24()``, ``cleanportal_batch25()``: the first and
the next 35 of ``cleanportal_batch``'s order minus the pages judged no article), 26: the articles of
``unseen_batch26.json`` (all held-out), German news pages of flairNLP/fundus neither judged set of
``names_intl.py`` holds (``names_intl.fundus_german_batch26()``); see the README
there); without it every article counts.
Batch 3's articles marked ``seen_by_rules`` (pages of
``tests/names_real_labels.json``, looked at while tuning) are left out unless
``--include-seen``. Batches 3 to 10 keep their texts in their own fetched files
(``unseen3_texts.json`` ... ``unseen11_texts.json``); where those are absent (or a
batch's label file is not there yet), the batch is left out with a note.

``--verbose`` lists every false prediction, miss and wrong-person link (use it on
the tuning part only: the held-out part is for measuring, not for reading).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newsclean.cleaners.names import find_persons, load_gazetteer  # noqa: E402
from newsclean.cleaners.names.evaluate import capitalised_baseline, published, score_article, summarise  # noqa: E402

DATA = REPO / "tests" / "data" / "names" / "unseen.json"
# labelling batches kept in their own file, with their own fetched texts
EXTRA_BATCHES = {
    n: (REPO / "tests" / "data" / "names" / f"unseen_batch{n}.json", f"unseen{n}_texts.json") for n in range(3, 27)
}
GAZETTEER = REPO / "newsclean" / "data" / "gazetteer.csv"


def run(articles, gaz, detector):
    def resolve(label):
        _, ms = find_persons(label, None, gaz)
        full = [m for m in ms if m.start == 0 and m.end == len(label)]
        return full[0].canonical if full and "not_in_gazetteer" not in full[0].flags else None

    return [score_article(a, detector(a), gaz, resolve) for a in articles]


def table(title, scores):
    tot = summarise(scores)
    print(f"\n{title}")
    print(f"  {'part':8} {'lang':5} {'arts':>4} {'persons':>7} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'wrong-person':>12}")
    for split in ("tune", "heldout"):
        for lang in ("en", "other", "de", "fr", "es", "ru"):
            t = tot.get((split, lang))
            if t:
                print(f"  {split:8} {lang:5} {t.articles:4} {t.labelled:7} {t.predicted:5} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f} {t.wrong_person:12}")
    return tot


def print_errors(s, wrong_person: str = "WRONG PERSON") -> None:
    """One article's wrong-person links, false persons and missed persons, a line each."""
    for label, names in ((wrong_person, s.wrong_person), ("false ", s.false), ("missed", s.missed)):
        for n in names:
            print(f"    {label} {n}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--split", choices=("tune", "heldout"))
    ap.add_argument("--batch", type=int, choices=range(1, 27))
    ap.add_argument("--exclude", type=int, action="append", default=[], metavar="N",
                    help="leave batch N out (repeatable): e.g. --exclude 9 gives the held-out of batches 1-8 alone")
    ap.add_argument("--include-seen", action="store_true", help="keep batch-3 articles whose pages the rules were tuned on")
    ap.add_argument("--model", action="store_true", help="Russian articles also through the NER model (cleaners.names.model_ru)")
    args = ap.parse_args()
    from fetched import FetchedDataMissing, fetched_path, with_texts

    missing: list[str] = []
    articles = [] if args.batch in EXTRA_BATCHES else with_texts(json.loads(DATA.read_text(encoding="utf-8"))["articles"], fetched_path("names", "unseen_texts.json"), missing)
    if missing:
        print(f"{len(missing)} articles of unseen.json left out, their texts are not on this machine (bench/rebuild_texts.py): {', '.join(missing)}", file=sys.stderr)
    for number, (data, texts) in EXTRA_BATCHES.items():
        if args.batch not in (None, number) or number in args.exclude:
            continue
        if not data.exists() and args.batch is None:
            continue  # a batch whose labels are not written yet
        try:
            batch = with_texts(json.loads(data.read_text(encoding="utf-8"))["articles"], fetched_path("names", texts))
        except FetchedDataMissing as exc:
            if args.batch == number:
                raise
            print(f"batch {number} left out: {exc}", file=sys.stderr)
            continue
        seen = [a for a in batch if a.get("seen_by_rules")]
        if seen and not args.include_seen:
            print(f"batch {number}: {len(seen)} articles left out, the rules were tuned on their pages (--include-seen keeps them)", file=sys.stderr)
            batch = [a for a in batch if not a.get("seen_by_rules")]
        articles += batch
    if args.split:
        articles = [a for a in articles if a["split"] == args.split]
    if args.batch:
        articles = [a for a in articles if a.get("batch", 1) == args.batch]
    articles = [a for a in articles if a.get("batch", 1) not in args.exclude]
    gaz = load_gazetteer(GAZETTEER.read_text(encoding="utf-8"))

    def names(a):
        persons, _ = find_persons(a["text"], published(a), gaz, title=a.get("title"), language=a["language"], model=args.model)
        return persons

    t = time.perf_counter()
    scores = run(articles, gaz, names)
    elapsed = time.perf_counter() - t
    table(f"newsclean names ({len(articles)} articles, {elapsed:.1f} s incl. scoring)", scores)
    if args.verbose:
        for s in scores:
            if s.false or s.missed:
                print(f"\n  [{s.split} {s.language}] {s.id}")
                print_errors(s)
    table("capitalised-word baseline", run(articles, None, lambda a: capitalised_baseline(a["text"])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
