"""Issue 14, hunt 20: the kinds of false predictions found on hunt set 20 (bench/names_hunt.py
predict --set 20: Google News pages of 2007-08, the rest of page-signal's tune half, judged in
bench/data/names_hunt_judged20.json): a group named by a plural demonym, a club named by its town
and a plural noun, half a hyphenated surname broken by a space, a firm named by its web address
or its word of trade, a ship whose prefix was read as a title.

Each rule (newsclean/cleaners/names/hunt20.py) has a positive case and a negative one. The texts
are written for these tests, not copied from the hunted pages.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons
from newsclean.cleaners.names.hunt20 import domain_runs, month_before_day
from newsclean.cleaners.names.resolve import Mention

DAY = dt.date(2008, 1, 10)


def persons(text, gaz=None, day=DAY, language="en", **kw):
    return find_persons(text, day, gaz if gaz is not None else empty_gazetteer(), language=language, **kw)[0]


# ------------------------------------------------------------------ groups and clubs


def test_a_plural_demonym_after_a_word_is_a_group():
    text = "The cleric warned Iraq's Sunni Arabs against joining the councils, said Harold Pike, a spokesman."
    got = persons(text)
    assert "Sunni Arabs" not in got and "Harold Pike" in got


def test_a_surname_ending_in_s_that_is_no_demonym_stays():
    text = "The cleric met Walter Jenkins and Harold Pike on Monday. Jenkins said the talks went well."
    got = persons(text)
    assert "Walter Jenkins" in got and "Harold Pike" in got


def test_a_place_and_a_plural_noun_is_a_club():
    text = (
        "Martz spent six years with their rival St. Louis Rams, said Harold Pike, a spokesman. "
        "The Rams reached two Super Bowls."
    )
    got = persons(text)
    assert "St. Louis Rams" not in got and "Harold Pike" in got


def test_a_person_whose_given_name_is_a_place_stays():
    text = (
        "The award went to Austin Rivers, who said he never expected it. Rivers thanked coach Harold Pike. "
        "Dallas Sparks, his team-mate, agreed."
    )
    got = persons(text)
    assert "Austin Rivers" in got and "Dallas Sparks" in got and "Harold Pike" in got


# ------------------------------------------------------------------ half a name


def test_a_surname_broken_at_its_hyphen_is_left_unresolved():
    text = "In other second-round action, Youzhny outlasted France's Edouard Roger- Vasselin 7-5, 1-6, 6-2 at the Chennai Open."
    got = persons(text)
    assert "Edouard Roger" not in got


def test_a_dash_with_spaces_after_a_name_leaves_it_whole():
    text = "In other second-round action, Youzhny outlasted France's Edouard Roger - Vasselin said later - 7-5, 6-2."
    got = persons(text)
    assert "Edouard Roger" in got


# ------------------------------------------------------------------ firms


def test_a_name_written_with_a_web_address_ending_is_a_firm():
    text = (
        "The decision by Barnaby Crane.com came after talks with the fans. Both Barnaby Crane and the kit maker "
        "offered to remove branding, said Harold Pike, a spokesman."
    )
    got = persons(text)
    assert "Barnaby Crane" not in got and "Harold Pike" in got


def test_a_web_address_glued_to_one_word_is_no_firm_of_the_run():
    assert domain_runs("Read more on Crane.com, said Barnaby Crane.") == set()
    assert ("barnaby", "crane") in domain_runs("The decision by Barnaby Crane.com came late.")


def test_a_run_ending_in_a_word_of_trade_is_a_firm():
    text = (
        "Even upstarts are in on the act. California-based Halloran Automotive announced Monday it will build "
        "a plug-in car, and Meridian Technologies agreed, said Harold Pike, an analyst."
    )
    got = persons(text)
    assert "Halloran Automotive" not in got and "Meridian" not in got and "Harold Pike" in got


def test_a_person_before_a_lowercase_trade_word_stays():
    text = "Harold Pike said automotive technologies would change. Pike, an analyst, spoke on Monday with Laura Finch."
    got = persons(text)
    assert "Harold Pike" in got and "Laura Finch" in got


# ------------------------------------------------------------------ ships


def test_a_ships_prefix_read_as_a_title_makes_the_name_a_ship():
    text = (
        "Seafarers speculated that Cunard's MS Queen Eleanor, which cost 300 million, was cursed. "
        "Yesterday the Queen Eleanor was moored at Lanzarote, said Harold Pike, a spokesman."
    )
    got = persons(text)
    assert "Queen Eleanor" not in got and "Harold Pike" in got


def test_a_woman_titled_ms_stays_a_person():
    text = "Ms Eleanor Vance, a spokeswoman, said the ship was safe. Ms Vance added that Harold Pike agreed."
    got = persons(text)
    assert "Eleanor Vance" in got and "Harold Pike" in got


# ------------------------------------------------------------------ dates


def mentions(text, gaz=None, day=DAY, language="en"):
    return find_persons(text, day, gaz if gaz is not None else empty_gazetteer(), language=language)[1]


def test_a_months_abbreviation_before_a_day_is_no_mention_of_a_person():
    text = "China's Zi Yan won 6-2 6-2. The tournament runs until Jan. 5, and the Open runs from Jan 14-27, said Harold Pike."
    got = mentions(text)
    assert [m.surface for m in got if m.canonical == "Zi Yan"] == ["Zi Yan"]
    assert "Zi Yan" in {m.canonical for m in got}


def test_a_month_word_before_a_year_a_score_or_a_verb_is_no_date():
    text = "Jan 2008 was cold. Jan 3:1 down. Jan said 12 riders left. Jan. 14 was the start."
    def at(i):
        return Mention(surface="Jan", canonical="Jan Ullrich", start=i, end=i + 3)
    starts = [i for i in range(len(text)) if text.startswith("Jan", i)]
    assert [month_before_day(text, at(i)) for i in starts] == [False, False, False, True]
