"""The text path's prose trim: a page's menus and footers go, article text stays."""
from __future__ import annotations

import doctest
import json
import re
from pathlib import Path

import pytest

from newsclean.cleaners import whitespace
from newsclean.cleaners.boilerplate import prose, split_title, strip_residue, trim_to_prose
from newsclean.cleaners.boilerplate.prose import (
    MIN_TRIM_LINES,
    PAGE_HEAD_MIN_LINES,
    PROSE_MIN_CHARS,
    PROSE_STOPWORD_DENSITY,
    SENTENCE_WEIGHT,
    SHORT_LINE_COST,
    STOPWORDS_TOP_N,
    line_class,
    stopwords,
)

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
TRUTH = Path(__file__).resolve().parent / "data" / "scrapinghub" / "ground-truth.json"  # MIT, LICENSE beside it
EN = stopwords("en")

PARA = [
    "The minister said on Monday that the talks would go on for as long as it takes to reach a deal with them.",
    "“We are not in a hurry,” he told reporters in the capital, adding that the next round was set for May.",
    "Officials from both sides have met three times since the start of the year, but no agreement has been reached.",
    "The opposition said it would vote against any deal that was not put to the parliament first.",
]
MENU = ["Home", "World", "Business", "Tech", "Sports", "Opinion"]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "© 2019 Example Media"]


def _page(head=MENU, body=PARA, tail=FOOTER) -> str:
    return "\n".join([*head, "", *"\n\n".join(body).split("\n"), "", *tail])


def test_doctests():
    assert doctest.testmod(prose).failed == 0


def test_thresholds():
    assert STOPWORDS_TOP_N == 100 and PROSE_MIN_CHARS == 70
    assert 0.2 <= PROSE_STOPWORD_DENSITY <= 0.35
    assert 0 <= SENTENCE_WEIGHT < 1 and SHORT_LINE_COST > 0
    assert MIN_TRIM_LINES == 3 and PAGE_HEAD_MIN_LINES == 3
    assert {"the", "of", "and"} <= EN and not any(w.isdigit() for w in EN)
    assert stopwords("xx") == frozenset()  # no list: no trim


def test_line_classes():
    assert line_class(PARA[0], EN) == "prose"
    assert line_class("Politico reports:", EN) == "short"
    assert line_class("Home | World | Business | Tech | Science | Health | Sports | Arts | Style | Opinion", EN) == "other"
    assert line_class("Apple iPhone 7 Plus GSM Unlocked 128GB Renewed Apple iPad Pro 11-inch Wi-Fi 64GB Buy Now", EN) == "other"
    # a market line poor in function words but ending like a sentence is not a menu
    assert line_class("U.S. crude CLc1 fell 3.38% to $55.12 per barrel and Brent LCOc1 was last at $60.73, down 2.74%.", EN) == "sentence"


def test_page_menus_and_footer_dropped():
    text, changes = trim_to_prose(_page(), "en")
    assert text == "\n\n".join(PARA)
    assert [c.detail for c in changes] == MENU + FOOTER
    assert {(c.step, c.rule) for c in changes} == {("boilerplate", "nav_block")}


def test_subheading_and_short_quote_inside_block_kept():
    body = [PARA[0], "What comes next", "“OK,” Putin said.", PARA[1], PARA[2]]
    text, _ = trim_to_prose(_page(body=body), "en")
    assert text == "\n\n".join(body)


def test_lead_in_before_block_kept():
    body = ["Politico reports:", *PARA]
    text, changes = trim_to_prose(_page(body=body), "en")
    assert text.startswith("Politico reports:")
    assert [c.detail for c in changes] == MENU + FOOTER


def test_short_runs_at_the_ends_kept():
    # fewer than MIN_TRIM_LINES lines after the block: a sign-off, not a footer
    tail = ["Jane Doe", "Moscow"]
    text, changes = trim_to_prose(_page(tail=tail), "en")
    assert text.endswith("Jane Doe\nMoscow") and len(changes) == len(MENU)


def test_article_that_opens_with_prose_untouched():
    # headline, byline and standfirst left in, then a list of items at the end: an article, not a page
    article = "\n".join(["Short headline", "By Jane Doe", *PARA, "Tour dates:", "June 9 Miami", "June 10 Tampa", "June 14 Atlanta"])
    assert trim_to_prose(article, "en") == (article, [])


def test_one_paragraph_and_short_texts_untouched():
    assert trim_to_prose(PARA[0], "en") == (PARA[0], [])
    one = "\n".join([*MENU, PARA[0], *FOOTER])  # one prose line: not enough to call it a page
    assert trim_to_prose(one, "en") == (one, [])


def test_unknown_language_untouched():
    page = _page()
    assert trim_to_prose(page, "xx") == (page, [])


def test_language_detected():
    text, changes = trim_to_prose(_page())
    assert text == "\n\n".join(PARA) and len(changes) == len(MENU) + len(FOOTER)


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seeds_unchanged_by_trim(path):
    """The seeds go through the whole text path (residue, title line, trim): the trim drops nothing."""
    text, _ = whitespace.normalize_whitespace(path.read_text(encoding="utf-8"))
    _, body = split_title(strip_residue(text).text)
    assert trim_to_prose(body) == (body, [])


@pytest.mark.eval
def test_ground_truth_article_bodies_kept():
    """Clean article bodies (181 pages, many languages, lists and tables) lose (almost) nothing."""
    word = re.compile(r"\w+")
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    total = kept = touched = 0
    for rec in truth.values():
        body, _ = whitespace.normalize_whitespace(rec["articleBody"] or "")
        out, changes = trim_to_prose(body)
        total += len(word.findall(body))
        kept += len(word.findall(out))
        touched += bool(changes)
    assert kept / total >= 0.99
    assert touched <= 0.05 * len(truth)


# ------------------------------------------- a page head of share buttons still counts as a head

_ARTICLE = [
    "The senator moved a motion on Tuesday for the adjournment of the first plenary session since the recess.",
    "He said the chamber should honour the two former members who died during the recess, and his colleagues agreed.",
    "The session will resume on Wednesday, when the chamber is expected to debate the budget that was sent to it.",
]
_TAIL = ["Recent", "Court dismisses objection", "November 19, 2019", "Popular", "Boy wins prize 10 comments",
         "Like us on Facebook", "Join 513 other subscribers", "Email Address"]


def test_residue_lines_removed_from_a_page_head_still_make_it_a_page():
    # before residue removal the page opened with a date, a headline and a share button; once
    # "Tweet" is gone, only two lines precede the prose, which alone would read as an article
    before = "\n".join(["October 9, 2018 at 4:02 pm", "Headline of the story", "Tweet", *_ARTICLE, *_TAIL])
    after = before.replace("Tweet\n", "")
    assert trim_to_prose(after, "en")[0] == after  # without the head that was removed: left alone
    text, changes = trim_to_prose(after, "en", before_residue=before)
    assert text.rstrip().endswith("sent to it.") and "Recent" not in text
    assert changes


def test_an_article_with_a_short_head_is_left_alone_with_or_without_its_residue():
    # a headline and a byline before the prose, nothing removed: an article, not a page
    text = "\n".join(["Headline of the story", "By A Reporter", *_ARTICLE, "Share this article", *_ARTICLE[:1]])
    assert trim_to_prose(text, "en", before_residue=text) == (text, [])
