"""Issue 14, the third wrong-person-link audit (links audit 3): GUM's non-news genres.

``bench/names_gum.py score --genre all --split tune --verbose`` linked bare words of
conversations, fiction, court hearings, podcasts and travel guides to famous people: "Kim"
(a girl in a conversation, a lawyer in a Hawaii court, a video-game fighter) to Kim Jong Un,
"Blair" in a story's roll call to Tony Blair, the moon of a story's title to Moon Jae-in,
"Gates 10 & 11" of an airport to Bill Gates. The surnames are rare, so no support was asked
for. The sentences below are written for these tests, of the same shapes; each rule has the
right link of the same shape it must keep.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import find_persons
from newsclean.cleaners.names.links import designators_after

DAY = dt.date(2019, 6, 1)


def persons(text, gaz, day=DAY):
    return find_persons(text, day, gaz, language="en")[0]


def mentions(text, surface, gaz, day=DAY):
    return [m for m in find_persons(text, day, gaz, language="en")[1] if m.surface == surface]


# ----------------------- a rare surname that is also a given name needs support like a common one


def test_a_given_name_in_a_conversation_is_not_the_famous_bearer(gaz):
    text = "She thinks I spent the night out. Kim wasn't staying the night, I told you. She went home."
    for day in (None, DAY):
        assert "Kim Jong Un" not in persons(text, gaz, day)
        assert all(m.canonical is None and "unsupported" in m.flags for m in mentions(text, "Kim", gaz, day))


def test_a_country_named_that_is_not_the_bearers_is_no_support(gaz):
    text = "Oral argument before the Hawaii Supreme Court. Mr. Kim, you'll have 30 minutes. The American court sits in Honolulu."
    assert "Kim Jong Un" not in persons(text, gaz, dt.date(2023, 12, 14))


def test_a_name_in_a_storys_roll_call_is_not_the_prime_minister(gaz):
    text = "“Tyler! Flynn! Chalmers! King! Golden! Blair!” At the sound of his name, Chalmers felt himself move."
    assert "Tony Blair" not in persons(text, gaz, dt.date(2009, 1, 24))


def test_a_word_the_text_writes_in_lower_case_is_not_the_bearer(gaz):
    text = "What the Moon Brings\n\nI hate the moon - I am afraid of it - for when it shines on the old garden."
    assert "Moon Jae-in" not in persons(text, gaz, dt.date(2005, 3, 31))


def test_the_same_names_keep_their_link_where_the_article_supports_it(gaz):
    # the bearer named in full earlier: the bare name is the same person
    text = "North Korean leader Kim Jong Un met officials on Monday. Kim said the tests would go on."
    assert [m.canonical for m in mentions(text, "Kim", gaz)] == ["Kim Jong Un"]
    # the bearer's country named, in full or as the opening of its adjective
    assert "Kim Jong Un" in persons("Kim said the missile tests would go on, North Korea's state media reported.", gaz)
    assert "Kim Jong Un" in persons("Kim said the missile tests would go on, the North Korean state media reported.", gaz)
    assert "Moon Jae-in" in persons("Moon said the talks with Pyongyang would resume, South Korea's presidential office said.", gaz)
    # a role of theirs on the date in a country the article names
    day = dt.date(2005, 3, 1)
    assert "Tony Blair" in persons("Blair said Labour would win the election, as Britain goes to the polls in May.", gaz, day)
    assert "George W. Bush" in persons("Bush said the troops would stay in Iraq, US officials said.", gaz, day)


def test_an_undated_politics_story_keeps_the_link(gaz):
    # no date, no country word: the article's talk of an election and a government supports the politician
    text = (
        "Tory leader Michael Howard says his party can save money. He said people will have a clear choice "
        "at this election between Mr Blair, who will tax more, and a Conservative government."
    )
    assert "Tony Blair" in persons(text, gaz, None)
    # the same sentence shape in a story with no politics stays unlinked
    text = "Michael Howard says his dog can swim. He said the children will choose between Mr Blair, who teaches maths, and Miss Lee."
    assert "Tony Blair" not in persons(text, gaz, None)


# ------------------------------------------------ a plural noun before labels names numbered things


def test_designators_after_a_word():
    assert designators_after("Alaska (Gates 10 & 11), Great Lakes (Gates C & D)", 13)
    assert designators_after("Rooms 4, 5 and 6 are closed", 5)
    assert not designators_after("Federer 6-4, 6-3 over Nadal", 7)  # a score
    assert not designators_after("Gates and Allen founded it", 5)
    assert not designators_after("Gates 10 times said so", 5)  # one number, no list


def test_airport_gates_are_not_bill_gates(gaz):
    text = "Terminal 2: Alaska (Gates 10 & 11), Great Lakes (Gates C & D), Spirit, United."
    assert "Bill Gates" not in persons(text, gaz, dt.date(2003, 11, 7))
    # the bearer named in a sentence of the same place keeps the link
    assert "Bill Gates" in persons("Microsoft founder Bill Gates flew in to Terminal 2 on Monday.", gaz, dt.date(2003, 11, 7))
