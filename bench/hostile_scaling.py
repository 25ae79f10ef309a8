"""Whole-record cleaning on degenerate long inputs: the cost must grow linearly, never quadratically.

A record is cleaned (``clean_record``: decode, extract, boilerplate, dates, names, titles)
with one short unit repeated to N/4 and N characters, placed in the body of a text
record, in the body of an HTML page, and in the title of an ordinary record. The
CPU-time ratio of N to N/4 is printed (4 is linear; a quadratic step shows as about
16). ``bench/names_scaling.py`` does the same for the names stage on name-shaped
prose; this one looks for the inputs no real article has (one 200,000-letter word in
capitals once cost 261 s in a title). Run::

    .venv/bin/python bench/hostile_scaling.py [N]      # default N = 80000
"""
from __future__ import annotations

import hashlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsclean.cleaners.pipeline import RunContext, clean_record  # noqa: E402
from newsclean.resources import load_default_gazetteer  # noqa: E402
from newsclean.schemas.models import RawRecord  # noqa: E402

UNITS = {
    "capital letter": "T",
    "small letter": "a",
    "digit": "7",
    "capitalised words": "Ab ",
    "capitals words": "AB ",
    "initials": "A. ",
    "hyphens in capitals": "A-",
    "apostrophes": "'",
    "quotes": '"',
    "dots": ".",
    "title words": "Mr. ",
    "comma list": "Ab, ",
    "parentheses": "((",
    "dates": "1.1.1 ",
    "pipes": " | ",
    "newlines": "\n",
    "tags as text": "<b>",
    "cyrillic capitals": "Ж",
    "cyrillic words": "Аб ",
    "emoji": "\U0001f600",
    "urls": "http://a.b/ ",
    "unclosed divs": "<div>x",
    "joiners": "a\u200d",
    "direction marks": "\u200fab ",
}
FILLER = (
    "The council met on Tuesday to discuss the harbour. Residents asked for a new bridge and "
    "the mayor promised a report before the summer. "
) * 6


def record(kind: str, body: str, title: str | None = None) -> RawRecord:
    data = body.encode("utf-8")
    return RawRecord(input_ref="bench", kind=kind, body=data, raw_sha256=hashlib.sha256(data).hexdigest(), title=title)


def placements(unit: str, size: int) -> dict[str, RawRecord]:
    run = (unit * (size // len(unit) + 1))[:size]
    return {
        "text": record("text", f"Headline\n\n{FILLER}\n\n{run}\n\n{FILLER}"),
        "html": record("html", f"<html><body><article><h1>Headline</h1><p>{FILLER}</p><p>{run}</p><p>{FILLER}</p></article></body></html>"),
        "title": record("text", f"Headline\n\n{FILLER}", title=run),
    }


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 80_000
    ctx = RunContext(run_id="bench", pipeline_version="bench", gazetteer=load_default_gazetteer())
    clean_record(placements("a", 100)["text"], ctx)  # load the lexicons once, outside the timings
    print(f"{'unit':20} {'in':6} {'N/4 s':>7} {'N s':>7} {'ratio':>6}")
    worst = (0.0, "")
    for name, unit in UNITS.items():
        for where in ("text", "html", "title"):
            times = []
            for size in (n // 4, n):
                rec = placements(unit, size)[where]
                t = time.process_time()
                clean_record(rec, ctx)
                times.append(time.process_time() - t)
            ratio = times[1] / max(times[0], 0.05)  # below 50 ms both are noise
            worst = max(worst, (ratio, f"{name} in {where}"))
            print(f"{name:20} {where:6} {times[0]:7.2f} {times[1]:7.2f} {ratio:6.1f}", flush=True)
    print(f"worst ratio {worst[0]:.1f} ({worst[1]}; 4 = linear, 16 = quadratic)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
