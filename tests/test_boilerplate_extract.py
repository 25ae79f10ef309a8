"""HTML path: trafilatura passes combined, metadata kept, title repeat and residue handled."""
from __future__ import annotations

import doctest

import pytest

from newsclean.cleaners.boilerplate import extract, extract_html
from newsclean.cleaners.boilerplate.extract import PRECISE_MIN_SHARE, combine_passes
from newsclean.cleaners.change import Rejection

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


# --- alignment of the two passes: link text the precise pass cut out --------------------------

def test_combine_aligns_a_line_whose_link_text_the_precise_pass_cut():
    full = "The NFL Insider has reported that the league will fine the quarterback for his role in the fight."
    cut = "The NFL Insider has reported that for his role in the fight."  # link text removed
    default = "\n".join(["Menu", PARAS[0], full, PARAS[1], "Related headline"])
    text, how = combine_passes(default, "\n".join([PARAS[0], cut, PARAS[1]]))
    assert how == "gap_fill"
    assert text == "\n".join([PARAS[0], full, PARAS[1]])  # the default's full sentence, menu and related left out


def test_combine_alignment_needs_most_words_of_the_line():
    # a precise line sharing only some words with a default line is not the same paragraph
    default = "\n".join([PARAS[0], "Investors worried about trade talks between the two largest economies on Monday.", PARAS[1]])
    precise = "\n".join([PARAS[0], "Investors don't seem to know what to make of the trade war", PARAS[1]])
    assert combine_passes(default, precise) == (precise, "precise")


def test_combine_alignment_refuses_a_much_longer_default_line():
    # the default pass ran the whole page into one line: its line is not the precise paragraph
    default = " ".join(PARAS) + " " + " ".join(f"Teaser headline number {i} for another story." for i in range(20))
    precise = "\n".join(PARAS)
    assert extract.ALIGN_MAX_GROWTH * len(extract._words(PARAS[0])) < len(extract._words(default))
    assert combine_passes(default, precise) == (precise, "precise")


def test_combine_matches_lines_differing_only_in_spacing_and_punctuation():
    default = "\n".join(["Menu", "A  one,  first.", "A two.", "A three.", "Footer"])
    assert combine_passes(default, "A one first.\nA three.") == ("A  one,  first.\nA two.\nA three.", "gap_fill")


def test_combine_span_follows_repeated_lines_in_order():
    # a line repeating in the page ("Portion: 1 cup") extends the span to its later occurrence
    default = "\n".join(["Intro line.", "Portion: 1 cup", "Middle line.", "Portion: 1 cup", "Related headline"])
    precise = "\n".join(["Intro line.", "Portion: 1 cup", "Middle line.", "Portion: 1 cup"])
    assert combine_passes(default, precise)[0] == precise


def test_align_min_cover_setting():
    assert 0.8 <= extract.ALIGN_MIN_COVER < 1.0
    words = extract._words("one two three four five six seven eight nine ten")
    assert extract._covered(words, words + ("eleven",)) == 1.0
    assert extract._covered(words, words[:8]) == 0.8  # two words missing: below the cover


# --- split article bodies --------------------------------------------------------------------

LONG = [p + " " + p for p in PARAS]  # paragraphs of ~200 characters
SPLIT_PAGE = f"""<html><head><title>Split story</title></head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Split story</h1><div class="chunks">
<div class="grid body"><div class="article__body">{''.join(f'<p>{p}</p>' for p in LONG[:2])}</div></div>
<div class="ad-slot"><p>Advertisement</p></div>
<div class="grid body"><div class="article__body">{''.join(f'<p>{p}</p>' for p in LONG[2:])}</div></div>
</div></article>
<footer>Footer</footer></body></html>"""


def test_join_split_body_joins_sibling_chunks_in_order():
    html, joined = extract.join_split_body(SPLIT_PAGE)
    assert joined and all("grid body" in g or "article__body" in g for g in joined)
    positions = [html.index(p) for p in LONG]
    assert positions == sorted(positions)
    assert html.index("Advertisement") < html.index(LONG[2])  # what lay between stays between


def test_extract_html_keeps_the_whole_split_article():
    ex = extract_html(SPLIT_PAGE, "https://example.com/split")
    for p in LONG:
        assert p in ex.text
    assert any(c.rule == "split_body_joined" for c in ex.changes)


def test_join_split_body_leaves_teaser_lists_alone():
    teasers = "".join(
        f'<div class="card"><p>Teaser {i}: a one-line blurb about another story.</p><a href="/s{i}">Read</a></div>'
        for i in range(6)
    )
    page = f"<html><body><article>{''.join(f'<p>{p}</p>' for p in PARAS)}</article><section>{teasers}</section></body></html>"
    assert extract.join_split_body(page) == (page, [])


def test_join_split_body_leaves_link_lists_alone():
    link_par = " ".join(f'<a href="/r{i}">Related story number {i} with a long headline</a>' for i in range(4))
    cards = "".join(f'<div class="related"><p>{link_par}</p><p>{link_par}</p></div>' for _ in range(3))
    page = f"<html><body><article>{''.join(f'<p>{p}</p>' for p in PARAS)}</article><aside>{cards}</aside></body></html>"
    assert extract.join_split_body(page) == (page, [])


def test_join_split_body_settings():
    assert extract.CHUNK_MIN_PARAGRAPHS == 2
    assert extract.PARAGRAPH_MIN_CHARS == 100
    assert 0 < extract.CHUNK_MAX_LINK_SHARE < 0.5
    one_paragraph = '<div class="b"><p>' + "x " * 80 + "</p></div>"
    page = f"<html><body><div>{one_paragraph * 3}</div></body></html>"
    assert extract.join_split_body(page)[1] == []  # one paragraph per block is not a chunk of prose
