"""Score find_dates on the hand-labelled real-text sets, beside dateparser.search_dates alone.

The sets (tests/data/dates/mentions_en.json, mentions_other.json) are article
texts from htmldate's evaluation pages with every date mention labelled by
hand; ``split`` marks the held-out cases never used for tuning; ``batch`` (default 1)
tells the first labelled set from articles labelled later (batch 2), whose
held-out part is also scored on its own; batch 3 (English) is all ``tune``.

Figures, per set, split and language:

- precision: predictions that overlap a labelled mention / all predictions
  (predictions overlapping only an ``ignore`` span are not counted);
- recall: labelled mentions overlapped by a prediction / all labelled mentions;
- exact: found mentions whose date and granularity are right / found mentions
  (for dateparser, which has no granularity, the date alone).

    .venv/bin/python bench/dates_eval.py [--mistakes tune] [--no-baseline] [--repo=DIR]
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

_REPO = next((Path(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--repo=")), Path(__file__).resolve().parents[1])
sys.path.insert(0, str(_REPO))

from newsclean.cleaners.dates import find_dates  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "dates"
SETS = {"en": DATA / "mentions_en.json", "other": DATA / "mentions_other.json"}


@dataclass
class Score:
    predicted: int = 0
    matched_predictions: int = 0
    labels: int = 0
    found: int = 0
    exact: int = 0
    mistakes: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.predicted += other.predicted
        self.matched_predictions += other.matched_predictions
        self.labels += other.labels
        self.found += other.found
        self.exact += other.exact
        self.mistakes += other.mistakes

    @property
    def precision(self) -> float:
        return self.matched_predictions / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.labels if self.labels else 1.0

    @property
    def exact_share(self) -> float:
        return self.exact / self.found if self.found else 1.0

    def line(self) -> str:
        return (
            f"precision {self.precision:.3f} ({self.matched_predictions}/{self.predicted})  "
            f"recall {self.recall:.3f} ({self.found}/{self.labels})  "
            f"exact {self.exact_share:.3f} ({self.exact}/{self.found})"
        )


def load(name: str) -> list[dict]:
    """The labelled cases of set ``name`` with their texts (fetched data, see bench/fetched.py)."""
    from fetched import fetched_path, with_texts

    cases = json.loads(SETS[name].read_text(encoding="utf-8"))["cases"]
    return with_texts(cases, fetched_path("dates", SETS[name].name.replace(".json", "_texts.json")))


def ours(case: dict) -> list[tuple[int, int, str | None, str | None]]:
    anchor = dt.date.fromisoformat(case["anchor"])
    try:
        spans = find_dates(case["text"], anchor, language=case["language"])
    except TypeError:  # a checkout from before issue 15 (--repo): no language parameter
        spans = find_dates(case["text"], anchor)
    return [(s.start, s.end, s.date.isoformat() if s.date else None, s.granularity) for s in spans]


def dateparser_alone(case: dict) -> list[tuple[int, int, str | None, str | None]]:
    """dateparser.search_dates in the article's language, relative to the anchor; no granularity."""
    from dateparser.search import search_dates

    anchor = dt.datetime.combine(dt.date.fromisoformat(case["anchor"]), dt.time())
    settings = {"RELATIVE_BASE": anchor, "PREFER_DAY_OF_MONTH": "first", "PREFER_MONTH_OF_YEAR": "first"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = search_dates(case["text"], languages=[case["language"]], settings=settings) or []
        except Exception:  # noqa: BLE001 - a baseline must not stop the run
            found = []
    out, cursor = [], 0
    for surface, when in found:
        start = case["text"].find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        out.append((start, cursor, when.date().isoformat(), None))
    return out


def score_case(case: dict, predictions) -> Score:
    labels = case["expect"]
    ignore = case.get("ignore", [])
    sc = Score(labels=len(labels))
    matched: set[int] = set()
    for start, end, date, granularity in predictions:
        hit = next((i for i, lab in enumerate(labels) if i not in matched and start < lab["end"] and lab["start"] < end), None)
        if hit is None:
            if any(start < ig["end"] and ig["start"] < end for ig in ignore):
                continue
            if any(start < lab["end"] and lab["start"] < end for lab in labels):
                continue  # a second prediction inside an already matched mention ("March 8, 15"): not a false date
            sc.predicted += 1
            sc.mistakes.append(f"{case['id']}: false {case['text'][start:end]!r} -> {date}")
            continue
        matched.add(hit)
        sc.predicted += 1
        sc.matched_predictions += 1
        sc.found += 1
        lab = labels[hit]
        right = date == lab["date"] and (granularity is None or granularity == lab["granularity"])
        sc.exact += right
        if not right:
            sc.mistakes.append(
                f"{case['id']}: {case['text'][start:end]!r} -> {date}/{granularity}, expected {lab['date']}/{lab['granularity']}"
            )
    for i, lab in enumerate(labels):
        if i not in matched:
            context = case["text"][max(0, lab["start"] - 40) : lab["end"] + 20].replace("\n", " / ")
            sc.mistakes.append(f"{case['id']}: missed {lab['text']!r} ({lab['date']}/{lab['granularity']}) in «{context}»")
    return sc


def evaluate(cases: list[dict], system) -> dict[tuple[str, str], Score]:
    """Scores keyed by (language or 'all', split or 'all').

    The held-out split is also scored per labelling batch ("heldout-b1": the
    first set, "heldout-b2": the articles labelled later), so that a later
    batch measures rules it was never seen by.
    """
    out: dict[tuple[str, str], Score] = collections.defaultdict(Score)
    for case in cases:
        sc = score_case(case, system(case))
        splits = [case["split"], "all"]
        if case["split"] == "heldout":
            splits.append(f"heldout-b{case.get('batch', 1)}")
        for lang in (case["language"], "all"):
            for split in splits:
                out[(lang, split)].add(sc)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mistakes", choices=["tune", "heldout", "all"], help="print the mistakes of this split")
    ap.add_argument("--no-baseline", action="store_true", help="skip dateparser.search_dates (slow)")
    ap.add_argument("--repo", help="=DIR: score another checkout's find_dates (before/after)")
    args = ap.parse_args()
    systems = {"newsclean": ours} if args.no_baseline else {"newsclean": ours, "dateparser.search_dates": dateparser_alone}
    for set_name in SETS:
        cases = load(set_name)
        for sys_name, system in systems.items():
            t0 = time.perf_counter()
            scores = evaluate(cases, system)
            took = time.perf_counter() - t0
            print(f"\n[{set_name}] {sys_name} ({len(cases)} articles, {took:.1f} s)")
            for (lang, split), sc in sorted(scores.items(), key=lambda kv: (kv[0][0] != "all", kv[0])):
                print(f"  {lang:4} {split:11} {sc.line()}")
            if args.mistakes and sys_name == "newsclean":
                for m in scores[("all", args.mistakes)].mistakes:
                    print("    ", m)


if __name__ == "__main__":
    main()
