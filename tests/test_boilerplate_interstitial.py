"""Error pages and interstitials become rejects with reason not_an_article; articles stay."""
from __future__ import annotations

import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.cleaners.boilerplate import interstitial
from newsclean.cleaners.boilerplate.interstitial import (
    ERROR_TITLE_MAX_CHARS,
    INTERSTITIAL_MAX_CHARS,
    check_article,
    interstitial_kind,
)
from newsclean.cleaners.change import Rejection

ARTICLE = (
    "The city council voted on Tuesday to extend the tram line to the airport, ending a debate that had "
    "lasted for more than a decade. The project is expected to cost 400 million euros. "
)


@pytest.mark.parametrize(
    "text,kind",
    [
        ("You need to enable JavaScript to run this app.", "js_required"),
        ("Please enable JavaScript in your browser to view this page.", "js_required"),
        ("This site requires JavaScript.", "js_required"),
        ("Request unsuccessful. Incapsula incident ID: 1234000120045678-98765432", "bot_check"),
        ("Checking your browser before accessing example.com.\nThis process is automatic.", "bot_check"),
        ("Please verify you are a human\nAccess to this page has been denied.", "bot_check"),
        ("404 Not Found\nnginx", "http_error"),
        ("Page not found", "http_error"),
        ("Sorry, the page you requested could not be found.", "http_error"),
        ("Please enable cookies in your browser to continue.", "consent_wall"),
    ],
)
def test_interstitial_rejected_with_kind(text, kind):
    with pytest.raises(Rejection) as err:
        check_article(text)
    assert (err.value.stage, err.value.reason) == ("boilerplate", "not_an_article")
    assert err.value.detail.startswith(f"{kind}: ")
    assert interstitial_kind(text)[0] == kind


@pytest.mark.parametrize(
    "text",
    [
        ARTICLE,
        "Police said the suspect had been arrested. A spokesman declined to comment further.",
        # an article that mentions the phrases is long enough to be left alone
        ARTICLE * 4 + "Visitors were told: “You need to enable JavaScript to run this app.”",
        ARTICLE * 4 + "The site returned a 404 Not Found error for hours on Monday.",
        "Error 404: the band’s new album, reviewed.\n" + ARTICLE * 5,
    ],
)
def test_articles_kept(text):
    check_article(text)  # no Rejection
    assert interstitial_kind(text) is None


def test_guard_length_setting():
    assert 300 <= INTERSTITIAL_MAX_CHARS <= 1000
    text = "You need to enable JavaScript to run this app. " + "x" * INTERSTITIAL_MAX_CHARS
    assert interstitial_kind(text) is None


def test_error_title_with_a_short_text_is_an_error_page():
    assert interstitial_kind("Go back to the home page.", "404 - Page not found")[0] == "http_error"
    # the same title over a real article is not
    assert interstitial_kind(ARTICLE * 3, "404 - Page not found") is None
    assert interstitial_kind(("Trams run late. " * 30)[: ERROR_TITLE_MAX_CHARS + 1], "Page not found") is None
    # a short text under an ordinary title is not
    assert interstitial_kind("Go back to the home page.", "Council votes on tram line") is None


def test_doctests():
    assert doctest.testmod(interstitial).failed == 0


@settings(deadline=None)  # a shared CI box: timing varies, the property does not
@given(st.text(max_size=900), st.one_of(st.none(), st.text(max_size=50)))
def test_never_raises_anything_but_rejection(text, title):
    try:
        check_article(text, title)
    except Rejection as rej:
        assert rej.reason == "not_an_article"


@pytest.mark.parametrize("text", ["x" * 300_000, "word" * 10_000, "a " * 2_000, "\U0001f600" * 300, "字" * 500, "1.1.1 " * 100])
def test_a_few_characters_repeated_is_no_article_however_long(text):
    with pytest.raises(Rejection) as exc:
        check_article(text)
    assert exc.value.reason == "not_an_article" and exc.value.detail.startswith("no_language:")


@pytest.mark.parametrize("text", [
    "一二三四五六七八九十。" * 30,  # a text without spaces in a script of many characters
    "0 1 2 3 4 5 6 7 8 9\n" * 20,  # a table of digits uses ten
    "The council met. " * 20,  # repeated, but language
    "Ok." * 10,  # short: too little to judge
])
def test_language_with_few_characters_or_repeated_stays(text):
    assert interstitial_kind(text) is None
