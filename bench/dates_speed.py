"""Speed of the dates stage on the scrapinghub article bodies (docs/s).

The stage as the pipeline runs it once the publication date is known:
``find_dates(text, anchor, language=...)`` over each body (the language is
detected beforehand, outside the timing). Best of ``--repeat`` runs.

    .venv/bin/python bench/dates_speed.py [--repo DIR]   # DIR: another checkout to time (before/after)
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
BODIES = HERE / "tests" / "data" / "scrapinghub" / "ground-truth.json"
ANCHOR = dt.date(2019, 11, 20)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repo", type=Path, default=HERE)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    sys.path.insert(0, str(args.repo))
    from newsclean.cleaners import dates, language

    bodies = [v["articleBody"] for v in json.loads(BODIES.read_text(encoding="utf-8")).values()]
    langs = [language.detect_language(b)[0] for b in bodies]
    try:
        dates.find_dates("On May 3, 2019.", ANCHOR, language="de")
        run = lambda b, lang: dates.find_dates(b, ANCHOR, language=lang)  # noqa: E731
    except TypeError:  # before issue 15: no language parameter
        run = lambda b, lang: dates.find_dates(b, ANCHOR)  # noqa: E731
    for b, lang in zip(bodies, langs):  # warm caches (compiled patterns, language data)
        run(b, lang)
    best = float("inf")
    spans = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        spans = sum(len(run(b, lang)) for b, lang in zip(bodies, langs))
        best = min(best, time.perf_counter() - t0)
    chars = sum(map(len, bodies))
    print(f"{args.repo}: {len(bodies)} bodies, {chars / 1e6:.2f} M chars, {spans} spans; "
          f"{len(bodies) / best:.0f} docs/s ({best * 1e3 / len(bodies):.2f} ms/doc)")


if __name__ == "__main__":
    main()
