"""Speed of the dates stage on the scrapinghub article bodies: CPU time, docs/s.

The stage as the pipeline runs it once the publication date is known:
``find_dates(text, anchor, language=...)`` over each body (the language is
detected beforehand, outside the timing). CPU time (``time.process_time``) of
the process timing the bodies, so other work on the machine does not count;
best of ``--repeat`` passes.

    .venv/bin/python bench/dates_speed.py [--repo DIR]     # DIR: another checkout to time
    .venv/bin/python bench/dates_speed.py --compare DIR    # this checkout and DIR, interleaved

``--compare`` runs one process per checkout in turn, ``--rounds`` times
(A B A B ...), and prints each checkout's median CPU time and the ratio:
interleaving spreads the machine's drift over both.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
BODIES = HERE / "tests" / "data" / "scrapinghub" / "ground-truth.json"
ANCHOR = dt.date(2019, 11, 20)


def measure(repo: Path, repeat: int) -> tuple[float, int, int, int]:
    """(best CPU seconds of a pass over every body, bodies, chars, spans) with the checkout at ``repo``."""
    sys.path.insert(0, str(repo))
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
    for _ in range(repeat):
        t0 = time.process_time()
        spans = sum(len(run(b, lang)) for b, lang in zip(bodies, langs))
        best = min(best, time.process_time() - t0)
    return best, len(bodies), sum(map(len, bodies)), spans


def compare(other: Path, rounds: int, repeat: int) -> None:
    times: dict[Path, list[float]] = {HERE: [], other: []}
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}  # leave the other checkout as it is
    for _ in range(rounds):
        for repo in (HERE, other):
            out = subprocess.run(
                [sys.executable, __file__, "--repo", str(repo), "--repeat", str(repeat), "--json"],
                check=True, capture_output=True, text=True, env=env,
            ).stdout
            times[repo].append(json.loads(out)["cpu_s"])
    mine, theirs = statistics.median(times[HERE]), statistics.median(times[other])
    for repo, t in ((HERE, mine), (other, theirs)):
        print(f"{repo}: median CPU {t * 1e3:.0f} ms per pass over the bodies ({rounds} interleaved runs: "
              + ", ".join(f"{x * 1e3:.0f}" for x in times[repo]) + ")")
    print(f"this checkout / other: {mine / theirs:.3f} CPU time")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repo", type=Path, default=HERE)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--compare", type=Path, help="another checkout, timed interleaved with this one")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.compare:
        compare(args.compare.resolve(), args.rounds, args.repeat)
        return
    cpu, n, chars, spans = measure(args.repo, args.repeat)
    if args.json:
        print(json.dumps({"cpu_s": cpu, "spans": spans}))
        return
    print(f"{args.repo}: {n} bodies, {chars / 1e6:.2f} M chars, {spans} spans; CPU {cpu * 1e3:.0f} ms, "
          f"{n / cpu:.0f} docs/s ({cpu * 1e3 / n:.2f} ms/doc)")


if __name__ == "__main__":
    main()
