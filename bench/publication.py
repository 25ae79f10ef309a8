"""Publication date on htmldate's labelled evaluation pages: newsclean beside htmldate alone, same run.

The pages (github.com/adbar/htmldate, tests/eval_default.json + eval_mediacloud_2020.json,
Apache-2.0) carry one labelled publication day each. Every page goes through
the HTML path as the pipeline runs it without a sidecar or a URL
(cleaners.boilerplate.extract_html, the residue pass's byline, then
cleaners.dates.publication_date); beside it, on the same HTML in the same run:

- htmldate alone, ``find_date(html, original_date=True)`` (the publication
  date, as trafilatura asks for it) and ``find_date(html)`` (its default:
  the latest date, "updated" included);
- trafilatura's metadata date alone (``extract_metadata``).

A page counts when the day is exactly the labelled one.

    .venv/bin/python bench/publication.py --corpus PATH/TO/htmldate/tests [--limit N]
    .venv/bin/python bench/publication.py              # the 120-page sample in tests/data/dates/htmldate
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import logging
import os
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsclean.cleaners import boilerplate, dates  # noqa: E402
from newsclean.cleaners.change import Rejection  # noqa: E402
from newsclean.cleaners.encoding import decode_bytes  # noqa: E402

# a fixed sample of 120 of htmldate's labelled pages: fetched data, not in git (bench/fetched.py)
SAMPLE = Path(os.environ.get("NEWSCLEAN_FETCHED_DATA") or Path(__file__).resolve().parents[1] / ".fetched") / "dates" / "htmldate"
LABEL_FILES = ("eval_default.json", "eval_mediacloud_2020.json")
PAGE_DIRS = ("test_set", "cache", "eval", "pages")


def load_pages(corpus: Path, limit: int | None = None) -> list[dict]:
    """[{file, set, truth, path}] for every labelled page found under ``corpus``."""
    pages = []
    for name in LABEL_FILES:
        labels = corpus / name
        if not labels.exists():
            continue
        for url, entry in json.loads(labels.read_text(encoding="utf-8")).items():
            for sub in PAGE_DIRS:
                for suffix in ("", ".gz"):
                    path = corpus / sub / (entry["file"] + suffix)
                    if path.exists():
                        pages.append(dict(file=entry["file"], set=name.split(".")[0], truth=entry["date"], path=path, url=url))
                        break
                else:
                    continue
                break
    return pages[:limit] if limit else pages


def read_html(path: Path) -> str:
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    return decode_bytes(raw, None)[0]


def newsclean_date(html: str) -> str | None:
    """The HTML path without sidecar or URL: extraction, byline, publication_date."""
    try:
        ex = boilerplate.extract_html(html, None)
    except Rejection:
        return None
    try:
        byline = boilerplate.strip_residue(ex.text).byline_date
    except Exception:  # noqa: BLE001 - a neighbour's stage must not stop the bench
        byline = None
    pub = dates.publication_date(
        htmldate=ex.html_date, page=ex.date, byline=byline, url=ex.url, copyright_year=ex.copyright_year
    )
    return pub.date.isoformat() if pub.date else None


def htmldate_original(html: str) -> str | None:
    from htmldate import find_date

    try:
        return find_date(html, original_date=True)
    except Exception:  # noqa: BLE001
        return None


def htmldate_default(html: str) -> str | None:
    from htmldate import find_date

    try:
        return find_date(html)
    except Exception:  # noqa: BLE001
        return None


def trafilatura_metadata(html: str) -> str | None:
    import trafilatura

    try:
        doc = trafilatura.extract_metadata(html)
    except Exception:  # noqa: BLE001
        return None
    return doc.date if doc else None


SYSTEMS = {
    "newsclean": newsclean_date,
    "htmldate(original_date=True)": htmldate_original,
    "htmldate(default)": htmldate_default,
    "trafilatura metadata": trafilatura_metadata,
}


def run(pages: list[dict], systems=SYSTEMS) -> dict[str, dict[str, list]]:
    """{system: {set: [right, total, seconds]}} plus the 'all' set."""
    logging.disable(logging.CRITICAL)
    out: dict[str, dict[str, list]] = {name: collections.defaultdict(lambda: [0, 0, 0.0]) for name in systems}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for page in pages:
            html = read_html(page["path"])
            for name, system in systems.items():
                t0 = time.perf_counter()
                got = system(html)
                took = time.perf_counter() - t0
                for key in (page["set"], "all"):
                    cell = out[name][key]
                    cell[0] += got == page["truth"]
                    cell[1] += 1
                    cell[2] += took
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SAMPLE, help="htmldate's tests/ folder (or the sample)")
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    pages = load_pages(args.corpus, args.limit)
    print(f"{len(pages)} labelled pages from {args.corpus}")
    results = run(pages)
    for name, per_set in results.items():
        cells = "  ".join(
            f"{key} {right / total:.3f} ({right}/{total})" for key, (right, total, _) in sorted(per_set.items(), key=lambda kv: kv[0] != "all")
        )
        print(f"  {name:30} {cells}  {per_set['all'][2] / max(1, per_set['all'][1]) * 1e3:.0f} ms/page")


if __name__ == "__main__":
    main()
