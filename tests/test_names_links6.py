"""Issue 14, links 6: the items of a list a plural noun of things opens are no persons.

"clubs like Everton and Bolton" named two football clubs; the resolver took "Bolton" for John
Bolton's surname (held-out batch 9's wrong-person link, read after the batch was retired to
tuning). The noun before "like", "such as" or "including" says what every item is. These tests
read the real gazetteer; the sentences are written for them.
"""
from __future__ import annotations

import datetime as dt

import pytest

from newsclean.cleaners.names import find_persons

DAY = dt.date(2005, 6, 1)


def persons(text, gaz):
    return find_persons(text, DAY, gaz, language="en")[0]


@pytest.mark.parametrize(
    "text",
    [
        "But maybe we have to start looking at clubs like Everton and Bolton to see how they have done it.",
        "Towns such as Wigan, Burnley and Bolton voted against the plan.",
        "Clubs, including Bolton and Everton, asked for more money.",
        "Teams like Bolton & Everton rely on set pieces.",
    ],
)
def test_a_gazetteer_surname_listed_among_things_is_no_one(text, gaz):
    assert "John Bolton" not in persons(text, gaz)


def test_two_word_items_of_a_list_of_firms_are_no_persons(gaz):
    text = "Banks such as Goldman Sachs, Morgan Stanley and Merrill Lynch cut jobs this week."
    assert persons(text, gaz) == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a list of people: "players", "stars"
        ("The manager wants players like Steven Gerrard and Frank Lampard in his side.", "Frank Lampard"),
        # a possessive item: the list's names own things
        ("Clubs like Roman Abramovich's Chelsea can spend what they want.", "Roman Abramovich"),
        # the person named after the list's sentence
        ("He named clubs like Everton. John Bolton, the US envoy, said nothing.", "John Bolton"),
        # the surname with no list: the resolver's other rules decide
        ("The US envoy to the UN spoke first. Bolton said the council must act.", "John Bolton"),
    ],
)
def test_people_and_owners_beside_such_lists_stay(text, who, gaz):
    assert who in persons(text, gaz)


def test_an_editors_bracket_gives_its_surname_to_the_name_before_it_only(gaz):
    bracket = "It also happened when Geoff and Andrew [Kreisberg] and I were creating Flash."
    assert persons(bracket, gaz) == ["Andrew Kreisberg"]
    plain = "It also happened when Geoff and Andrew Kreisberg were creating Flash."
    assert persons(plain, gaz) == ["Andrew Kreisberg", "Geoff Kreisberg"]  # siblings share the surname


def test_a_colour_in_brackets_after_a_noun_is_no_surname(gaz):
    assert persons("Messenger Bag with Handle and Carrying shoulder Strap (Gray) for $19.99", gaz) == []
    # a given name before the bracket keeps the colour-word surname
    assert persons("we have gone for Olly (Brown) because of the kicking", gaz) == ["Olly Brown"]
    assert persons("a quarterback named Juice (Williams) started", gaz) == ["Juice Williams"]


def test_a_bare_surname_that_names_a_town_needs_support(gaz):
    # no list noun here: "Bolton" beside a club in a transfer story, nothing of John Bolton's offices
    text = "Maybe we have to look at Everton and Bolton to see how they deal in the transfer market."
    assert "John Bolton" not in persons(text, gaz)
    # his office's words support him
    assert "John Bolton" in persons("The US envoy to the UN spoke first. Bolton said the council must act.", gaz)
    # a town's name that is the surname's default bearer keeps its link
    assert find_persons("Obama told reporters the bill would pass.", dt.date(2010, 3, 1), gaz, language="en")[0] == ["Barack Obama"]
