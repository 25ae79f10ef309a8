"""cleaners.titles: the headline without the site's name after it."""
from __future__ import annotations

import doctest

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.cleaners import titles
from newsclean.cleaners.titles import clean_title


def test_doctests():
    assert doctest.testmod(titles).failed == 0


@pytest.mark.parametrize(
    ("title", "host", "sitename", "headline", "cut"),
    [
        ("Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung", "boersen-zeitung.de", None, "Steigende US-Zinsen setzen Dax zu", "Börsen-Zeitung"),
        ("Ziele, Chancen, Risiken der Offensive | DW | 28.04.2023", "dw.com", None, "Ziele, Chancen, Risiken der Offensive", "DW | 28.04.2023"),
        ("Samsung soll Smartphones zerstören - Golem.de", "golem.de", None, "Samsung soll Smartphones zerstören", "Golem.de"),
        ("Talks could resume next week | CBC News", "www.cbc.ca", None, "Talks could resume next week", "CBC News"),
        ("Rodina se zbavením práv neuspěla - Seznam Zprávy", "seznamzpravy.cz", None, "Rodina se zbavením práv neuspěla", "Seznam Zprávy"),
        ("Minister rejects the report - Example Times - Your daily paper", "exampletimes.org", None,
         "Minister rejects the report", "Example Times - Your daily paper"),
        ("Council approves the budget :: The Gazette", "news.example.com", "The Gazette", "Council approves the budget", "The Gazette"),
    ],
)
def test_site_name_after_the_headline_cut(title, host, sitename, headline, cut):
    kept, changes = clean_title(title, host, sitename)
    assert kept == headline
    assert [(c.rule, c.detail) for c in changes] == [("title_site_suffix", cut)]
    assert clean_title(kept, host, sitename) == (kept, [])  # idempotent


@pytest.mark.parametrize(
    ("title", "host"),
    [
        ("Biden - Trump debate draws record audience", "example.com"),  # a dash inside the headline
        ("Storm hits coast | Live updates", "example.com"),  # a segment that is no site
        ("CBC - the story", "cbc.ca"),  # too little headline would be left
        ("Apple unveils a new phone - AP", "apnews.com"),  # "AP" is not apnews (short keys only count when equal)
        ("Why the rules changed - Politics and the press in 2023", "politico.com"),  # a sentence, not a site
        ("No separator in this headline at all", "example.com"),
    ],
)
def test_headlines_without_a_site_suffix_left_alone(title, host):
    assert clean_title(title, host) == (title, [])


def test_nothing_to_compare_with_leaves_the_title():
    assert clean_title("A headline | Somewhere", None, None) == ("A headline | Somewhere", [])
    assert clean_title(None, "example.com") == (None, [])


@given(st.lists(st.sampled_from(["Talks", "resume", "|", "-", "CBC", "News", "28.04.2023", "–", "the", "Example"]), max_size=10).map(" ".join))
def test_cuts_only_from_the_end_and_idempotent(title):
    kept, changes = clean_title(title, "cbc.ca")
    assert title.startswith(kept)
    assert clean_title(kept, "cbc.ca") == (kept, [])


def test_a_site_repeated_before_a_tagline_goes_in_one_cut():
    # "| CBC | CBC | Talks": the cut stopped after the last site, and a second pass cut again
    kept, changes = clean_title("Talks Talks Talks | CBC | CBC | Talks", "cbc.ca")
    assert kept == "Talks Talks Talks" and [c.detail for c in changes] == ["CBC | CBC | Talks"]
    assert clean_title(kept, "cbc.ca") == (kept, [])
    # a tagline is only allowed right after a site: a headline word between stays
    assert clean_title("Budget passes after long night | Talks | CBC", "cbc.ca")[0] == "Budget passes after long night | Talks"
