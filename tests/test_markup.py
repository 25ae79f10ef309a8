"""HTML handed over as text (cleaners.boilerplate.markup): a page is extracted, a fragment loses its tags, plain text stays."""
from __future__ import annotations

import json
import re

from newsclean.cleaners.boilerplate import markup_kind, markup_to_text, page_or_text, text_or_page
from newsclean.cleaners.pipeline import RunContext, clean_record
from newsclean.inputs import read_path

_PARAS = [
    "The harbour authority voted on Tuesday to rebuild the northern pier after a winter of storms.",
    "Engineers said the work would take two years and cost about 40 million euros, paid by the region.",
    "Fishermen, who have used a temporary jetty since March, welcomed the decision but asked for a timetable.",
]
_WORDS = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORDS.findall(text)


def test_a_fragment_keeps_every_word_and_loses_tags_scripts_and_entities():
    html = (f"<div class='body'><p>{_PARAS[0]}</p><script>track('x')</script><p><a href='/e'>Engineers</a>"
            f"{_PARAS[1][9:]}</p><!-- ad --><style>p{{color:red}}</style><p>{_PARAS[2].replace(',', ' &amp;', 1)}</p></div>")
    assert markup_kind(html) == "fragment"
    text, changes = markup_to_text(html)
    assert text.split("\n\n") == [_PARAS[0], _PARAS[1], _PARAS[2].replace(",", " &", 1)]
    assert "<" not in text and "track" not in text and "color" not in text
    assert [c.rule for c in changes] == ["markup_stripped"]


def test_line_breaks_become_lines():
    text, _ = markup_to_text(f"{_PARAS[0]}<br>{_PARAS[1]}<br/>{_PARAS[2]}<br />")
    assert text.split("\n") == _PARAS


def test_a_whole_page_is_a_document():
    for start in ("<!DOCTYPE html><html>", "  <html lang='en'>", "<?xml version='1.0'?><html>", "<!-- saved --><html>", "<body>"):
        assert markup_kind(f"{start}<p>{_PARAS[0]}</p>") == "document", start
    text, is_page, changes = text_or_page(f"<html><body><p>{_PARAS[0]}</p></body></html>")
    assert is_page and [c.rule for c in changes] == ["text_is_html"]


def test_text_that_mentions_or_resembles_tags_is_left_alone():
    plain = [
        "To centre it, wrap the block in a <div> and close it with </div>. " + _PARAS[0],
        "The model predicts x < 3 and y > 2 for most regions. " + " ".join(_PARAS),
        # three real tags, but in a long article: a stray paste, not markup (one tag per 400 characters at least)
        " ".join(_PARAS * 6) + " <b>Note:</b> figures are provisional.<br> " + " ".join(_PARAS * 6),
        "<Reuters> reported that <the council> met. " + _PARAS[1],  # angle brackets around words that are no tags
        "<p> <p> <p> opened three times, never closed, in a text about markup. " + _PARAS[2],
        # a tutorial quoting a page: the code block's lines have tags, the article's prose lines do not
        "\n".join(_PARAS) + "\nAdd the runner to your page:\n<div id=\"mocha\"></div>\n<script src=\"mocha.js\"></script>\n"
        + "\n".join(_PARAS) + "\nThat is all the setup it needs.",
    ]
    for text in plain:
        assert markup_kind(text) is None, text[:60]
        assert text_or_page(text) == (text, False, [])


def test_control_characters_in_a_fragment_do_not_stop_it():
    # lxml refuses NUL and form feed in a node: they are no text, the words around them stay
    for control in ("\x00", "\x0c", "\x1b"):
        text, changes = markup_to_text(f"<p>{_PARAS[0]}</p><p>One{control}two.</p><br>")
        assert text.split("\n\n") == [_PARAS[0], "One two."] and [c.rule for c in changes] == ["markup_stripped"]


def _clean_line(tmp_path, record: dict):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(record) + "\n")
    (raw,) = list(read_path(path, tmp_path))
    return clean_record(raw, RunContext("t", "0"))


def test_a_page_in_a_feed_text_field_becomes_its_article(tmp_path):
    page = ("<html><head><title>Pier to be rebuilt</title></head><body><nav>Home | News | Sport | Weather</nav>"
            "<article>" + "".join(f"<p>{p}</p>" for p in _PARAS) + "</article><footer>Copyright 2024 Example</footer>"
            "</body></html>")
    art = _clean_line(tmp_path, {"text": page, "url": "https://example.org/pier"})
    assert "<" not in art.text and "Weather" not in art.text and "Copyright" not in art.text
    assert _words(art.text) == _words(" ".join(_PARAS))
    assert any(c.rule == "text_is_html" for c in art.provenance.changes)


def test_a_fragment_in_a_feed_text_field_keeps_all_its_words(tmp_path):
    frag = "".join(f"<p>{p}</p>" for p in _PARAS)
    art = _clean_line(tmp_path, {"text": frag, "title": "Pier to be rebuilt"})
    assert art.text.split("\n\n") == _PARAS
    assert any(c.rule == "markup_stripped" for c in art.provenance.changes)


def test_plain_text_in_a_feed_is_not_touched_by_the_markup_rules(tmp_path):
    art = _clean_line(tmp_path, {"text": "\n\n".join(_PARAS), "title": "Pier to be rebuilt"})
    assert art.text.split("\n\n") == _PARAS
    assert not any(c.rule in ("text_is_html", "markup_stripped") for c in art.provenance.changes)


def test_plain_text_in_a_feed_html_field_is_read_as_text_not_lost(tmp_path):
    # before: the extractor found no article in text without tags and the record was a no_main_text reject
    art = _clean_line(tmp_path, {"html": "Pier to be rebuilt\n\n" + "\n\n".join(_PARAS), "url": "https://example.org/pier"})
    assert art.text.split("\n\n") == _PARAS and art.title == "Pier to be rebuilt"
    assert [c.rule for c in art.provenance.changes if c.step == "extract"] == ["html_is_text"]
    # any markup at all keeps it a page: a fragment, a comment, a doctype
    for html in ("".join(f"<p>{p}</p>" for p in _PARAS), "<!-- x -->" + "\n\n".join(_PARAS)):
        page = _clean_line(tmp_path, {"html": html})
        assert not any(c.rule == "html_is_text" for c in page.provenance.changes)
    # a "<" in prose is no markup: "x < 5" and "<3" stay text
    assert page_or_text("Prices rose 3% while inflation stayed < 5 percent. We <3 it.")[0] is False
