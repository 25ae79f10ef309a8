"""HTML path: trafilatura passes combined, metadata kept, title repeat and residue handled."""
from __future__ import annotations

import doctest

import lxml.html
import pytest
from trafilatura.utils import load_html

from newsclean.cleaners.boilerplate import extract, extract_html
from newsclean.cleaners.boilerplate.extract import PRECISE_MIN_SHARE, combine_passes
from newsclean.cleaners.boilerplate.prose import stopwords
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


def test_join_split_tree_is_join_split_body_in_place():
    html, joined = extract.join_split_body(SPLIT_PAGE)
    tree = load_html(SPLIT_PAGE)
    assert extract.join_split_tree(tree) == joined
    assert lxml.html.tostring(tree, encoding="unicode") == html


def test_join_split_tree_leaves_an_unsplit_page_untouched():
    page = f"<html><body><article>{''.join(f'<p>{p}</p>' for p in PARAS)}</article></body></html>"
    tree = load_html(page)
    before = lxml.html.tostring(tree, encoding="unicode")
    assert extract.join_split_tree(tree) == []
    assert lxml.html.tostring(tree, encoding="unicode") == before


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


# --- issue 16: never lose to trafilatura alone -------------------------------------------------

OTHER = [
    "Great article, thanks for writing it up, I have been waiting for this for a long time now.",
    "I disagree with most of it, but the part about the budget is right and well argued here.",
]


def test_combine_passes_disagree_keeps_the_default_pass():
    # the precise pass picked another block of the page (a comment): trafilatura's own choice stays
    default = "\n".join(PARAS)
    text, how = combine_passes(default, "\n".join(OTHER))
    assert (text, how) == (default, "passes_disagree")


def test_combine_precise_subset_is_no_disagreement():
    default = "\n".join(["Menu", *PARAS, "Footer"])
    text, how = combine_passes(default, "\n".join(PARAS[1:3]))
    assert how != "passes_disagree"
    assert "Menu" not in text.split("\n") and "Footer" not in text.split("\n")


def test_fragments_cut_at_links_lose_to_the_full_default_line():
    full = "The NFL Insider has reported that the league will fine the quarterback for his role in the fight."
    pieces = ["The NFL Insider has reported that", "for his role in the fight."]  # link text cut, line broken
    default = "\n".join(["Menu", PARAS[0], full, PARAS[1], "Related headline"])
    text, how = combine_passes(default, "\n".join([PARAS[0], *pieces, PARAS[1]]))
    assert text == "\n".join([PARAS[0], full, PARAS[1]])
    assert how == "gap_fill"


def test_a_short_piece_of_a_long_line_is_not_that_line():
    # under FRAGMENT_MIN_COVER of the line's words: another block that shares a sentence
    # (run together with others, so the span does not grow over it either)
    long_line = " | ".join([PARAS[2], "Markets: stocks rose in Asia and Europe after a week of heavy losses", "Letters to the editor"])
    default = "\n".join([PARAS[0], PARAS[1], long_line])
    precise = "\n".join([PARAS[0], PARAS[1], PARAS[2]])
    assert extract.FRAGMENT_MIN_COVER == 0.5
    assert combine_passes(default, precise, lang="en")[0] == precise


def test_a_piece_of_a_paragraph_the_span_grew_over_is_not_kept_twice():
    # the span grows over the long paragraph (running text); the precise piece of it only repeats it
    long_line = PARAS[2] + " " + PARAS[3] + " " + PARAS[0]
    default = "\n".join([PARAS[1], long_line])
    precise = "\n".join([PARAS[1], PARAS[2]])
    assert combine_passes(default, precise, lang="en")[0] == default


def test_single_fragment_of_a_long_line_takes_the_full_line():
    full = PARAS[2] + " He declined to say more."  # the piece holds most of the line (FRAGMENT_MIN_COVER)
    piece = PARAS[2]  # the precise pass kept only the first sentence of the paragraph
    default = "\n".join(["Menu", PARAS[0], full, PARAS[1], "Footer"])
    text, _ = combine_passes(default, "\n".join([PARAS[0], piece, PARAS[1]]))
    assert text.split("\n") == [PARAS[0], full, PARAS[1]]


def test_whole_paragraphs_in_a_run_together_default_line_stay_paragraphs():
    # a table layout: the default pass ran two paragraphs and page furniture into one line
    blob = "| Home | " + PARAS[0] + " " + PARAS[1] + " | Sidebar"
    default = "\n".join([blob, PARAS[2], PARAS[3]])
    precise = "\n".join(PARAS)
    assert combine_passes(default, precise)[0] == precise


def test_span_grows_over_a_dropped_lead_paragraph():
    lead = "Rain, storms and snow are expected today in the central and southern regions. Snow in the hills"
    default = "\n".join(["Home", lead, *PARAS, "Share this"])
    text, _ = combine_passes(default, "\n".join(PARAS), lang="en")
    assert text.split("\n") == [lead, *PARAS]


def test_span_does_not_grow_over_furniture_lists_or_headings():
    dek = "There are more devices, platforms and services to choose from than ever before, and here is how."
    teaser = "- Pochettino fired by Tottenham: the manager took the club to the final in June of this year."
    cut = "The letters GTI have long stood for a sporty ride. At first the company was not sure of the ..."
    default = "\n".join(["Headline of the story", dek, *PARAS, teaser, "Share this"])
    assert not extract._is_prose(cut, stopwords("en"))
    headings = frozenset({extract._words("Headline of the story"), extract._words(dek)})
    text, _ = combine_passes(default, "\n".join(PARAS), lang="en", headings=headings)
    assert text.split("\n") == PARAS
    # without the heading markup, the dek is running text and comes back
    assert combine_passes(default, "\n".join(PARAS), lang="en")[0].split("\n")[0] == dek


def test_span_crosses_one_subheading_to_running_text():
    sub = "What happens next"
    default = "\n".join(["Home", *PARAS[:2], sub, *PARAS[2:], "Footer"])
    text, _ = combine_passes(default, "\n".join(PARAS[:2]), lang="en", headings=frozenset({extract._words(sub)}))
    assert text.split("\n") == [*PARAS[:2], sub, *PARAS[2:]]
    assert extract.EXTEND_MAX_CROSS == 1
    # two short lines in a row stop it
    default = "\n".join([*PARAS[:2], "Advertisement", "Read more", *PARAS[2:]])
    assert combine_passes(default, "\n".join(PARAS[:2]), lang="en")[0].split("\n") == PARAS[:2]


def test_cjk_sentence_counts_as_running_text():
    zh = "在抗击新冠肺炎疫情的日子里，封在武汉的父母们总要万般无奈而又小心翼翼回应着孩子天真的追问。"
    assert extract._is_prose(zh * 2, frozenset())
    assert not extract._is_prose("首页 新闻 体育 财经", frozenset())


def test_heading_words():
    html = "<html><body><h1>Big  title</h1><h2>The dek, here.</h2><p>Body text.</p></body></html>"
    assert extract.heading_words(html) == {("Big", "title"), ("The", "dek", "here")}
    tree = load_html(html)
    assert extract.heading_words(tree) == extract.heading_words(html)  # a parsed page: the same, and unchanged
    assert lxml.html.tostring(tree, encoding="unicode") == lxml.html.tostring(load_html(html), encoding="unicode")


def test_metadata_kept_when_the_precise_pass_finds_nothing():
    html = PAGE
    meta, changes = extract._page_metadata(None, "", html, "https://example.com/a")
    assert meta.title == "Lavrov meets Tillerson" and meta.sitename == "Example News"
    assert meta.author == "Jane Doe" and meta.date == "2017-05-10"
    assert [c.rule for c in changes] == ["metadata_fallback"]


def test_metadata_of_the_precise_pass_used_when_it_found_text():
    class Doc:
        title = "From the pass"

    doc = Doc()
    assert extract._page_metadata(doc, "Some text.", PAGE, None) == (doc, [])


def test_too_short_a_result_gives_way_to_the_default_pass():
    caption = "Film: Fuji X-TRA 400. Camera of Shuji: Nikon F3, camera of Walter: Pentax Z-1, both with a 50 mm lens."
    default = "Posted 11 April 2018 by Walter. " + caption + " " + " ".join(PARAS[:2])
    assert len(caption) < extract.MIN_ARTICLE_CHARS <= len(default)
    assert len(caption) >= PRECISE_MIN_SHARE * len(default)  # not the share fallback
    assert combine_passes(default, caption) == (default, "default_fallback")
    # a genuinely short page stays short
    assert combine_passes("Menu\nA short note.", "A short note.") == ("A short note.", "precise")


def test_combine_detects_the_language_only_when_a_neighbour_line_needs_it(monkeypatch):
    calls = []

    def counting(lang, text):
        calls.append(text)
        return stopwords("en")

    monkeypatch.setattr(extract, "_stopwords", counting)
    # the lines around the span are short (menu, footer): no stopword test, no detection
    default = "\n".join(["Menu", *PARAS[:3], "Footer"])
    assert combine_passes(default, "\n".join([PARAS[0], PARAS[2]]))[0].split("\n") == PARAS[:3]
    assert calls == []
    # a long line of running text right before the span: detected once, and the lead comes back
    lead = "It was the first time that the two of them had met since the start of the year, and it went on for hours."
    default = "\n".join(["Menu", lead, *PARAS[1:4], "Footer"])
    assert combine_passes(default, "\n".join(PARAS[1:4]))[0].split("\n") == [lead, *PARAS[1:4]]
    assert len(calls) == 1


def test_precise_line_cut_short_gives_back_the_default_line():
    # the precise pass dropped the quotation after "1925-40:"; the default line between the aligned neighbours carries it
    default = "\n".join([
        "Menu",
        "Oct. 6, 1923: First football game at the stadium, the home team won the day.",
        "1925-40: “Howard Jones, head coach from 1925 to 1940, and his code of fair play.” Plaque displayed 1955.",
        "Sept. 29, 1946: The first professional game at the stadium drew a large crowd.",
        "Footer",
    ])
    precise = "\n".join([
        "Oct. 6, 1923: First football game at the stadium, the home team won the day.",
        "1925-40:",
        "Sept. 29, 1946: The first professional game at the stadium drew a large crowd.",
    ])
    text, how = combine_passes(default, precise)
    assert "Howard Jones, head coach" in text
    assert "Menu" not in text and "Footer" not in text
    assert how == "gap_fill"


def test_precise_lines_rendered_differently_still_stand_for_the_gap():
    # a table the passes rendered differently: the precise lines carry words the default gap lacks
    default = "\n".join([
        "The council met on Monday to vote on the new budget for the coming year.",
        "Item | Amount",
        "The vote passed with a large majority after a long debate in the chamber.",
    ])
    precise = "\n".join([
        "The council met on Monday to vote on the new budget for the coming year.",
        "Roads: 4 million",
        "Schools: 6 million",
        "The vote passed with a large majority after a long debate in the chamber.",
    ])
    text, _ = combine_passes(default, precise)
    assert "Roads: 4 million\nSchools: 6 million" in text
    assert "Item | Amount" not in text


@pytest.mark.parametrize("declaration", [
    '<?xml version="1.0" encoding="ISO-8859-1"?>',
    '\ufeff<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n',
    "  <?xml version='1.0'?>",
])
def test_an_xhtml_page_with_an_xml_declaration_is_extracted_like_the_page(declaration):
    # lxml refuses a decoded string that declares an encoding: without the fix the page had no text
    xhtml = declaration + PAGE.replace("<html>", '<html xmlns="http://www.w3.org/1999/xhtml">')
    ex, plain = extract_html(xhtml), extract_html(PAGE)
    assert ex.text == plain.text and ex.title == plain.title and ex.date == plain.date
    assert [c.rule for c in ex.changes if c.rule == "xml_declaration_dropped"] == ["xml_declaration_dropped"]
    assert "encoding" not in ex.text


def test_an_xml_declaration_inside_the_page_is_left_alone():
    code = "<pre>&lt;?xml version=\"1.0\"?&gt;</pre>"
    ex = extract_html(PAGE.replace("<article>", f"<article>{code}"))
    assert not any(c.rule == "xml_declaration_dropped" for c in ex.changes)
    assert extract._drop_xml_declaration("<p>x</p><?xml version='1.0'?>") == ("<p>x</p><?xml version='1.0'?>", None)
