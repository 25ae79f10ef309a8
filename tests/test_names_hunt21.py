"""Issue 14, hunt 21: the kinds of false predictions found on round 3 of hunt set 18
(bench/names_hunt.py score --set 18: 2012 web pages of dragnet_data's tune half, pages 231-330,
judged in bench/data/names_hunt_judged18.json with "round": 3): a firm someone founded or an
apposition calls a firm, a firm by what only a firm owns or by its plural word of trade, an item
of a list of firms or of titles, a county in a coordination of counties, the people of a place, one person
under a clipped given name, a bare surname of two bearers.

Each rule (newsclean/cleaners/names/hunt21.py) has a positive case and a negative one. The texts
are written for these tests, not copied from the hunted pages.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons
from newsclean.cleaners.names.hunt21 import form_renames

DAY = dt.date(2012, 11, 7)


def persons(text, gaz=None, day=DAY, language="en", **kw):
    return find_persons(text, day, gaz if gaz is not None else empty_gazetteer(), language=language, **kw)[0]


# ------------------------------------------------------------------ firms


def test_what_someone_founded_is_a_firm():
    text = (
        "The new controller comes with big names, including chief executive Harold Pike, who was one of "
        "the co-founders of Red Octavia before it was sold. Red Octavia made guitar games."
    )
    got = persons(text)
    assert "Red Octavia" not in got and "Harold Pike" in got


def test_an_apposition_calling_the_run_a_company_makes_it_a_firm():
    text = "Harold Pike once ran Red Octavia – the company that brought us the guitar games – before he retired."
    got = persons(text)
    assert "Red Octavia" not in got and "Harold Pike" in got


def test_a_founder_who_is_named_stays_a_person():
    text = (
        "The foundation was the work of Walter Jenkins, the founder of the charity, said Harold Pike. "
        "Walter Jenkins, a company spokesman, disagreed."
    )
    got = persons(text)
    assert "Walter Jenkins" in got and "Harold Pike" in got


def test_what_only_a_firm_owns_makes_the_possessive_a_firm():
    text = (
        "Casey Harper, Jack Nelson’s director of corporate communications, said the publisher would "
        "pull the book. Jack Nelson printed it in April."
    )
    got = persons(text)
    assert "Jack Nelson" not in got and "Casey Harper" in got


def test_a_persons_director_of_communications_stays():
    text = "Casey Harper, Walter Jenkins’s director of communications, said the senator would vote no."
    got = persons(text)
    assert "Walter Jenkins" in got and "Casey Harper" in got


def test_a_plural_word_of_trade_ending_the_name_makes_a_firm():
    text = (
        "Green Falcon Games has revealed its new controller, said Harold Pike, an analyst. "
        "Green Falcon says the device ships in May."
    )
    got = persons(text)
    assert "Green Falcon" not in got and "Harold Pike" in got


def test_a_plural_word_of_trade_inside_a_longer_title_leaves_the_name():
    text = "Walter Jenkins Games Village opened, said Harold Pike. Walter Jenkins, the mayor, cut the ribbon."
    got = persons(text)
    assert "Walter Jenkins" in got and "Harold Pike" in got


def test_an_item_of_a_retailer_list_with_web_addresses_is_a_brand():
    text = (
        "Over 25 retailers, including 1-800-gifts.com, OfficeHub®, Inc., Tommy Harwick, Express and Wayfair, "
        "use the tool, said Harold Pike."
    )
    got = persons(text)
    assert "Tommy Harwick" not in got and "Harold Pike" in got


def test_an_item_of_a_magazine_list_is_a_title():
    text = "We read mom and dad’s magazines, like LIFE, Ted Gale, and SI, said Harold Pike."
    got = persons(text)
    assert "Ted Gale" not in got and "Harold Pike" in got


def test_people_listed_after_a_plural_of_people_stay():
    text = "Over 25 speakers, including Tommy Harwick, Walter Jenkins and Harold Pike, came to the fair."
    got = persons(text)
    assert {"Tommy Harwick", "Walter Jenkins", "Harold Pike"} <= set(got)


# ------------------------------------------------------------------ places


def test_an_item_of_a_coordination_of_counties_is_a_county():
    text = (
        "Suburban voters will decide the state, Mr. Pike said. Harold Pike, a professor, added that "
        "Prince Edward, Loudoun, and Henrico Counties may prove decisive."
    )
    got = persons(text)
    assert "Prince Edward" not in got and "Harold Pike" in got


def test_a_person_before_a_coordination_of_people_stays():
    text = "Prince Edward, Walter Jenkins and Harold Pike visited the counties of the north on Monday."
    got = persons(text)
    assert "Prince Edward" in got and "Walter Jenkins" in got


# ------------------------------------------------------------------ one person, two forms


def test_a_clipped_given_name_no_list_has_is_the_full_forms_person():
    text = (
        "Marquinho was recalled by coach Lubomir Petkov for the friendly. "
        '"A few days ago Lubo Petkov called me," the midfielder said.'
    )
    got = persons(text)
    assert "Lubomir Petkov" in got and "Lubo Petkov" not in got


def test_two_listed_given_names_one_opening_the_other_stay_two_people():
    assert form_renames(["Chris Brown", "Christine Brown"], set()) == {}
    assert form_renames(["Dan Smith", "Danielle Smith"], set()) == {}


def test_a_clipped_form_the_gazetteer_knows_is_kept_and_two_full_forms_are_left_alone():
    assert form_renames(["Lubo Penev", "Luboslav Penev"], {"Lubo Penev"}) == {}
    assert form_renames(["Lubo Penev", "Luboslav Penev", "Lubomir Penev"], set()) == {}


# ------------------------------------------------------------------ a bare surname of two bearers


def _links(text, gaz, day=DAY):
    _, ms = find_persons(text, day, gaz, language="en")
    return [(m.surface, m.canonical) for m in ms]


def test_a_bare_surname_goes_to_the_bearer_just_named_in_the_same_sentence(gaz):
    text = (
        "The strategist worked for Bill Clinton's first campaign in 1992 and was an adviser to Clinton in the "
        "White House. Later she became a senior aide to Hillary Clinton at the State Department."
    )
    got = _links(text, gaz)
    assert ("Clinton", "Bill Clinton") in got and ("Clinton", "Hillary Clinton") not in got


def test_a_bare_surname_after_the_sentence_ends_is_left_to_the_date(gaz):
    text = (
        "The strategist worked for Bill Clinton's first campaign in 1992. Later she became a senior aide to "
        "Hillary Clinton at the State Department. Clinton praised her work in a statement on Tuesday."
    )
    got = _links(text, gaz)
    assert ("Clinton", "Bill Clinton") not in got


def test_a_sentence_that_ends_just_before_the_bare_surname_keeps_the_bearer_apart(gaz):
    # the sentence's end right before the mention counts: the father named in the sentence before
    # is not the "Kim" of the next one, which the date gives to the son (gaz 3)
    text = "Kim Jong Un met Trump in Singapore. His father Kim Jong Il never left Asia by air. Kim flew on a Chinese plane."
    got = _links(text, gaz, dt.date(2019, 3, 1))
    assert ("Kim", "Kim Jong Un") in got and ("Kim", "Kim Jong Il") not in got
    # within one sentence the bearer just named still wins over the date
    text = "Kim Jong Un met Trump in Singapore. His father Kim Jong Il, whom Kim never mentions, never flew."
    assert ("Kim", "Kim Jong Il") in _links(text, gaz, dt.date(2019, 3, 1))


# ------------------------------------------------------------------ the people of a place


def test_a_places_name_with_ers_is_its_people():
    text = "Hong Kongers don’t really trick or treat, but they love Halloween, said Harold Pike."
    got = persons(text)
    assert "Hong Kongers" not in got and "Harold Pike" in got


def test_surnames_in_ers_stay():
    text = "Kate Rogers, Tom Myers and Paris Sanders joined the parade, said Harold Pike."
    got = persons(text)
    assert {"Kate Rogers", "Tom Myers", "Paris Sanders", "Harold Pike"} <= set(got)


# ------------------------------------------------------------------ ships named for queens


def test_queens_with_a_ships_number_and_their_coordination_are_ships(gaz):
    text = (
        "For the first time three ocean liners met in the harbor. The Queen Elizabeth 2, Queen Mary 2 "
        "and Queen Victoria passed the Statue of Liberty, said Harold Pike."
    )
    got = persons(text, gaz)
    assert not {"Queen Elizabeth", "Queen Mary", "Queen Victoria"} & set(got) and "Harold Pike" in got


def test_a_queen_before_a_count_or_an_age_stays(gaz):
    got = persons("Queen Rania 2 weeks ago visited the school, said Harold Pike.", gaz)
    assert "Queen Rania" in got
    got = persons("The crowd cheered Queen Rania, 2 hours after King Abdullah arrived, said Harold Pike.", gaz)
    assert "Queen Rania" in got and "King Abdullah" in got
    got = persons("The lodge had guests such as Queen Rania 2, who stayed in the cabin in 2005, said Harold Pike.", gaz)
    assert "Queen Rania" in got
