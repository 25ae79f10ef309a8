"""Bench the dates stage on the scrapinghub HTML corpus (run by hand).

For every page: trafilatura extraction (cleaners.boilerplate.extract_html,
the HTML path's main cost) and then the dates stage (publication_date from
the page metadata, byline and URL, plus find_dates over the text), both timed
in the same run. Reports the share of pages with a publication date, its
sources and flags, the dates found in the text, and the time ratio
(target: the dates stage adds at most 10% to extraction).

    .venv/bin/python bench/dates.py [--corpus DIR] [--repeat N]
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsclean.cleaners import boilerplate, dates, language  # noqa: E402
from newsclean.cleaners.change import Rejection  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "scrapinghub"
TARGET_RATIO = 0.10  # the budget: dates add at most 10% to extraction time


def _byline_date(text: str) -> str | None:
    """The byline date the residue pass hands over (another stage; tolerate its work in progress)."""
    try:
        return boilerplate.strip_residue(text).byline_date
    except Exception:  # noqa: BLE001 - a bench must not fail on a neighbour's draft
        return None


def _dates_stage(page_date: str | None, byline: str | None, url: str | None, text: str, htmldate: str | None = None):
    pub = dates.publication_date(metadata=None, page=page_date, byline=byline, url=url, fetched_at=None, htmldate=htmldate)
    spans = dates.find_dates(text, pub.date, anchor_is_fetch=False, language=language.detect_language(text)[0])
    return pub, spans


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=3, help="timing repeats of the dates stage per page (min is kept)")
    args = ap.parse_args()

    truth = json.loads((args.corpus / "ground-truth.json").read_text())
    pages = sorted((args.corpus / "html").glob("*.html.gz"))
    _dates_stage("2020-01-01", "January 1, 2020", None, "On May 3, 2019 it was 14/02/2022.")  # warm caches, imports

    sources: collections.Counter[str] = collections.Counter()
    flags: collections.Counter[str] = collections.Counter()
    granularity: collections.Counter[str] = collections.Counter()
    t_extract: list[float] = []
    t_dates: list[float] = []
    rejected = 0
    spans_total = 0
    without_page = 0  # pages that would still be dated from byline or URL alone
    url_agrees = url_dated = 0
    for path in pages:
        key = path.name.split(".")[0]
        url = truth.get(key, {}).get("url")
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        t0 = time.perf_counter()
        try:
            ex = boilerplate.extract_html(html, url)
        except Rejection:
            rejected += 1
            continue
        t_extract.append(time.perf_counter() - t0)
        byline = _byline_date(ex.text)
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            pub, spans = _dates_stage(ex.date, byline, url or ex.url, ex.text, ex.html_date)
            best = min(best, time.perf_counter() - t0)
        t_dates.append(best)
        sources[pub.source] += 1
        fallback = dates.publication_date(byline=byline, url=url or ex.url)
        without_page += fallback.date is not None
        if fallback.source == "url" and pub.source == "page":
            url_dated += 1
            url_agrees += "sources_disagree" not in pub.flags
        flags.update(pub.flags)
        spans_total += len(spans)
        granularity.update(s.granularity for s in spans)

    n = len(t_extract)
    dated = n - sources["none"]
    ratio = sum(t_dates) / sum(t_extract)
    print(f"corpus: {args.corpus} ({len(pages)} pages, {rejected} rejected by extraction, {n} measured)")
    print(f"publication date found: {dated}/{n} = {dated / n:.1%}")
    for source, count in sources.most_common():
        print(f"  source {source:9} {count:4}  {count / n:.1%}")
    print(f"  flags: {dict(flags) or 'none'}")
    print(f"without page metadata (byline/URL only): {without_page}/{n} = {without_page / n:.1%}")
    print(f"page date vs URL date: {url_agrees}/{url_dated} agree within the slack")
    print(f"dates in text: {spans_total} spans ({spans_total / n:.1f} per article), granularity {dict(granularity)}")
    print(
        f"time per article: extraction mean {statistics.mean(t_extract) * 1e3:.2f} ms "
        f"(median {statistics.median(t_extract) * 1e3:.2f}), dates mean {statistics.mean(t_dates) * 1e3:.3f} ms "
        f"(median {statistics.median(t_dates) * 1e3:.3f}, max {max(t_dates) * 1e3:.2f})"
    )
    print(f"dates / extraction time: {ratio:.2%} (target <= {TARGET_RATIO:.0%}): {'OK' if ratio <= TARGET_RATIO else 'OVER'}")


if __name__ == "__main__":
    main()
