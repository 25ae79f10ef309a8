"""Kinds of extraction loss read on the tune half of bench/dragnet.py, each as a general case.

Sentences and pages here are written for these tests (the dragnet data is AGPLv3 and
is never copied into tests/). Each kind has a positive case (the loss the rule fixes)
and a negative one (input the rule must leave alone).
"""
from __future__ import annotations

from newsclean.cleaners.boilerplate import extract
from newsclean.cleaners.boilerplate.extract import combine_passes

LEAD = ("OSLO—Northwind Corp. on Monday unveiled a cheap phone for a regional carrier, "
        "widening the maker's small footing in a market it had long ignored.")
SECOND = ("The phone, which supports the newest data networks, costs far less than the cheapest "
          "model of its rivals, which sell for three times as much on a two-year contract.")
THIRD = ("Getting more support from operators is vital for the company, which lost ground to its "
         "competitors after it misjudged the appetite of buyers for more capable phones.")
FOURTH = ("The company hopes that its new line of phones will be greeted with a warmer reception "
          "from buyers than the last one, which sold poorly in the third quarter.")


# kind "article cut": the precise pass cut link text out of the lead paragraphs, and the
# pieces stood in place of (and ahead of) the paragraphs the default pass kept whole


def test_a_lead_cut_at_its_links_comes_back_whole_and_once():
    default = "\n".join(["By JANE ROE", LEAD, SECOND, THIRD, FOURTH, "Write to Jane Roe at jane@example.com"])
    pieces = ["OSLO—Northwind Corp.", "The phone, which supports the newest data networks, costs far less than the cheapest"]
    precise = "\n".join([*pieces, THIRD, FOURTH])
    text, how = combine_passes(default, precise, lang="en")
    assert text.split("\n") == [LEAD, SECOND, THIRD, FOURTH]
    assert how == "gap_fill"


def test_a_closing_paragraph_cut_at_its_links_comes_back_whole():
    default = "\n".join(["Menu", LEAD, SECOND, THIRD, FOURTH, "Related stories"])
    piece = "The company hopes that its new line of phones will be greeted"
    text, _ = combine_passes(default, "\n".join([LEAD, SECOND, THIRD, piece]), lang="en")
    assert text.split("\n") == [LEAD, SECOND, THIRD, FOURTH]


def test_a_lead_the_precise_pass_rewrote_is_left_alone():
    # the precise lines before the span carry words no default line next to it has: they stand
    own = "A line only the precise pass rendered, about the phone's launch in the north."
    default = "\n".join(["Menu", "Latest headlines", SECOND, THIRD, FOURTH])
    text, _ = combine_passes(default, "\n".join([own, SECOND, THIRD, FOURTH]), lang="en")
    assert text.split("\n")[0] == own
    assert "Latest headlines" not in text and "Menu" not in text


def test_pieces_not_in_the_lines_next_to_the_span_are_left_alone():
    # the default line carrying the piece is two lines away from the span, with furniture between
    default = "\n".join([LEAD, "Advertisement", "Most read today", SECOND, THIRD, FOURTH])
    precise = "\n".join(["OSLO—Northwind Corp. on Monday unveiled", SECOND, THIRD, FOURTH])
    text, _ = combine_passes(default, precise, lang="en")
    assert "Most read today" not in text and "Advertisement" not in text


# kind "residue kept": furniture of 2012-era news sites and blogs that both trafilatura
# passes keep inside the article block


def _residue(text: str) -> tuple[str, list[tuple[str, str]]]:
    from newsclean.cleaners.boilerplate import strip_residue

    r = strip_residue(text)
    return r.text, [(c.rule, c.detail) for c in r.changes]


NOTICE = ("Acme Reprints: This copy is for your personal, non-commercial use only. To order presentation-ready "
          "copies for distribution to your colleagues or clients, use the Order Reprints tool or visit")


def test_a_reprint_notice_goes_with_the_address_it_runs_on_to():
    text, changes = _residue("\n".join([NOTICE, "www.acmereprints.example", THIRD, FOURTH]))
    assert text.split("\n") == [THIRD, FOURTH]
    assert changes == [("copyright", NOTICE), ("copyright", "www.acmereprints.example")]


def test_personal_use_in_a_sentence_and_an_address_after_prose_stay():
    prose = ("The court said the copy was for his personal, non-commercial use only, and the fine was lifted. "
             "Details are at")
    text, changes = _residue("\n".join([prose, "www.court.example", FOURTH]))
    assert changes == []
    # an address after a line no rule removed stays, even when the residue line before it is finished
    text, changes = _residue("\n".join(["Leave a Reply", "www.example.com/contact", FOURTH]))
    assert "www.example.com/contact" in text.split("\n")


def test_a_blog_post_navigation_line_is_a_menu():
    for nav in ("« Older post about the new budget | Main | A newer post on the vote »",
                "« Back to school, again | Main", "Main | The council meets on Monday »"):
        text, changes = _residue("\n".join([THIRD, nav, FOURTH]))
        assert text.split("\n") == [THIRD, FOURTH]
        assert changes == [("nav_menu", nav)]


def test_a_line_with_main_between_bars_but_no_guillemets_stays():
    line = "Results: Group A | Main | Group B were drawn on Monday"
    text, _ = _residue("\n".join([THIRD, line, FOURTH]))
    assert line in text.split("\n")


def test_a_trackback_widget_goes_with_its_address():
    text, changes = _residue("\n".join([
        THIRD, "TrackBack URL for this entry:", "http://blog.example/trackback/6a00e55",
        "Listed below are links to weblogs that reference Why the vote matters:", FOURTH,
    ]))
    assert text.split("\n") == [THIRD, FOURTH]
    assert [c for c, _ in changes] == ["comment_widget"] * 3


def test_an_article_about_trackbacks_stays():
    line = "The TrackBack URL for this entry was copied by spammers, he wrote, and the blog shut its comments."
    text, changes = _residue("\n".join([THIRD, line]))
    assert changes == []


def test_share_and_comment_buttons_on_lines_of_their_own_go():
    for line, code in (("Tweet", "share_widget"), ("Pin It", "share_widget"), ("Add comment", "comment_widget")):
        text, changes = _residue("\n".join([THIRD, line, FOURTH]))
        assert text.split("\n") == [THIRD, FOURTH] and changes == [(code, line)]


def test_a_sentence_about_a_tweet_or_a_comment_stays():
    for line in ("Tweet this, he said, and the whole town will know by noon.", "Add comments to the draft by Friday."):
        text, changes = _residue("\n".join([THIRD, line]))
        assert changes == []


def test_a_print_edition_note_goes():
    note = ("A version of this article appeared July 24, 2012, on page A2 in the U.S. edition of The Daily Example, "
            "with the headline: Phone Maker Widens Its Footing.")
    text, changes = _residue("\n".join([THIRD, FOURTH, note]))
    assert text.split("\n") == [THIRD, FOURTH] and changes == [("copyright", note)]


def test_a_version_of_a_story_in_prose_stays():
    line = "A version of this story appeared in a local paper last year, but the mayor denied every word of it then."
    text, changes = _residue("\n".join([THIRD, line]))
    assert changes == []


def test_follow_a_desk_on_a_network_and_more_stories_from_a_site_go():
    follow = "Follow World News on Example.com on Twitter and Facebook"
    more = "More world stories from Example News:"
    text, changes = _residue("\n".join([THIRD, FOURTH, more, follow]))
    assert text.split("\n") == [THIRD, FOURTH]
    assert changes == [("related_link", more), ("contact_credit", follow)]


def test_more_stories_in_a_sentence_stays():
    line = "More news from the front arrived on Monday, when the general spoke to reporters for an hour."
    text, changes = _residue("\n".join([THIRD, line]))
    assert changes == []


# kind "residue kept" by the gap fill: a photo widget's label under every photo inside the
# article, which the precise pass dropped and the default pass's gap lines brought back

CAPTIONED = [LEAD, SECOND, THIRD, FOURTH]


def _with_labels(paragraphs: list[str], labels: list[str]) -> list[str]:
    out = []
    for n, p in enumerate(paragraphs):
        out.append(p)
        out += [lab.replace("#", str(1000 + n)) for lab in labels]
    return out


def test_a_widget_label_repeated_under_every_photo_stays_out_of_the_gaps():
    labels = ["Mouseover photo to load notes or add comment", "Img ID## Title:"]
    default = "\n".join(["Menu", *_with_labels(CAPTIONED, labels)])
    text, how = combine_passes(default, "\n".join(CAPTIONED), lang="en")
    assert text.split("\n") == CAPTIONED
    assert extract.GAP_REPEAT_MIN == 3


def test_a_line_the_precise_pass_keeps_or_that_recurs_less_often_comes_back():
    # a refrain the precise pass kept once is the article's, every copy comes back
    refrain = "We love you, city, we do"
    default = "\n".join(_with_labels(CAPTIONED, [refrain]))
    precise = "\n".join([LEAD, refrain, SECOND, THIRD, FOURTH])
    # (the copy after the last paragraph lies outside the span, as any short line there)
    assert combine_passes(default, precise, lang="en")[0].split("\n").count(refrain) == 3
    # a subheading printed twice is under GAP_REPEAT_MIN: it comes back
    default = "\n".join([LEAD, "Reaction", SECOND, "Reaction", THIRD, FOURTH])
    text, _ = combine_passes(default, "\n".join(CAPTIONED), lang="en")
    assert text.split("\n").count("Reaction") == 2


def test_comment_form_labels_a_most_popular_header_and_an_author_archive_link_go():
    for line, code in (("Name (required)", "comment_widget"), ("Mail (will not be published) (required)", "comment_widget"),
                       ("MOST POPULAR", "related_link"), ("View all posts by Becky", "related_link")):
        text, changes = _residue("\n".join([THIRD, line, FOURTH]))
        assert text.split("\n") == [THIRD, FOURTH] and changes == [(code, line)]


def test_sentences_with_those_words_stay():
    for line in ("Name (required) fields were left empty on half of the forms, the audit found.",
                 "Most popular among buyers was the cheapest model, which sold out in a day.",
                 "View all posts by the council before the vote, the mayor urged residents."):
        text, changes = _residue("\n".join([THIRD, line]))
        assert changes == []
