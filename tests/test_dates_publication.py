"""Publication date on a sample of htmldate's labelled evaluation pages: at least htmldate alone.

the fetched-data folder (bench/fetched.py) holds 120 of the 1,000 pages (a fixed random
sample; Apache-2.0). The pipeline's HTML path without sidecar or URL
(extraction, byline, publication_date over htmldate on the raw HTML and
trafilatura's metadata) is scored beside htmldate alone on the same pages in
the same run. ``bench/publication.py --corpus <htmldate>/tests`` runs all
1,000 pages.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import publication  # noqa: E402

if not publication.SAMPLE.is_dir():  # htmldate's pages are third-party data kept out of git (bench/fetched.py)
    pytest.skip(f"fetched htmldate pages not on this machine: {publication.SAMPLE}", allow_module_level=True)

pytestmark = pytest.mark.eval

# Exact-day share reached on the sample (htmldate alone reaches the same).
MIN_EXACT_DAY = 0.90


def test_publication_date_at_least_htmldate_alone():
    pages = publication.load_pages(publication.SAMPLE)
    assert len(pages) == 120
    systems = {"newsclean": publication.newsclean_date, "htmldate": publication.htmldate_original}
    results = publication.run(pages, systems)
    ours, theirs = results["newsclean"]["all"], results["htmldate"]["all"]
    print(f"\nnewsclean {ours[0]}/{ours[1]}, htmldate(original_date=True) {theirs[0]}/{theirs[1]}")
    assert ours[0] >= theirs[0]
    assert ours[0] / ours[1] >= MIN_EXACT_DAY
