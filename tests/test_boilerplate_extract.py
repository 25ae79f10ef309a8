"""HTML path: trafilatura passes combined, metadata kept, title repeat and residue handled."""
from __future__ import annotations

import doctest

import pytest

from cleaners.boilerplate import extract, extract_html
from cleaners.boilerplate.extract import PRECISE_MIN_SHARE, combine_passes
from cleaners.change import Rejection

PARAS = [
    "Russian Foreign Minister Sergey Lavrov met his American counterpart in Washington on Wednesday, officials said.",
    "The two men discussed Syria, Ukraine and the future of arms control treaties for more than two hours.",
    "Neither side announced a breakthrough, but both described the talks as businesslike and useful.",
    "A further round of talks is expected in the summer, according to diplomats familiar with the plans.",
]
PAGE = f"""<html><head><title>Lavrov meets Tillerson</title>
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2017-05-10T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Lavrov meets Tillerson</h1>
{''.join(f'<p>{p}</p>' for p in PARAS)}
<p>Share this article</p>
</article>
<footer>Copyright 2017 Example News. All rights reserved.</footer></body></html>"""


def test_extract_html_text_and_metadata():
    ex = extract_html(PAGE, "https://example.com/a")
    for p in PARAS:
        assert p in ex.text
    assert "Home" not in ex.text.split("\n")
    assert ex.title == "Lavrov meets Tillerson"
    assert not ex.text.startswith("Lavrov meets Tillerson\n")
    assert ex.sitename == "Example News"
    assert ex.authors == ["Jane Doe"]
    assert ex.date == "2017-05-10"
    assert any(c.rule.startswith("trafilatura_") for c in ex.changes)


def test_extract_html_rejects_empty_page():
    with pytest.raises(Rejection) as err:
        extract_html("<html><head><title>T</title></head><body></body></html>", None)
    assert err.value.stage == "extract" and err.value.reason == "no_main_text"


def test_combine_fills_gaps_inside_the_precise_span():
    default = "Menu\nA one.\nA two.\nA three.\nRelated headline"
    assert combine_passes(default, "A one.\nA three.") == ("A one.\nA two.\nA three.", "gap_fill")


def test_combine_falls_back_when_precise_lost_the_article():
    default = "\n".join(PARAS)
    tiny = "x" * int(len(default) * PRECISE_MIN_SHARE - 1)
    assert combine_passes(default, tiny) == (default, "default_fallback")
    assert combine_passes(default, "") == (default, "default_fallback")


def test_combine_trusts_precise_when_segmentation_differs():
    default = "A one. A two.\nA three."
    precise = "A one.\nA two.\nA three."
    assert combine_passes(default, precise) == (precise, "precise")


def test_combine_precise_kept_when_default_empty():
    assert combine_passes("", "A one.") == ("A one.", "precise")


def test_doctests():
    assert doctest.testmod(extract).failed == 0
