"""Issue 14, tail 7: a firm named after its founder, listed among things with no list noun
("Movies from Sony Pictures, Walt Disney, Touchstone, Miramax and Buena Vista": English tune).

The rule (newsclean/cleaners/names/tail7.py) has positive cases and negative ones: the same shape
with a person listed, with no organisation's item, with an apposition, two items or commas alone.
The texts are written for these tests, not copied from the tuning articles.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons

DAY = dt.date(2020, 7, 7)


def persons(text, language="en"):
    return find_persons(text, DAY, empty_gazetteer(), language=language)[0]


def test_a_founders_firm_listed_among_studios_is_no_person():
    text = "Films from Harold Pikeman, Orbix Pictures, Quillstone and Vantaro will be on offer, Mabel Orton said."
    got = persons(text)
    assert "Harold Pikeman" not in got and "Mabel Orton" in got


def test_a_founders_firm_listed_last_after_an_ampersand_is_no_person():
    text = "Deals were signed with Orbix Records, Quillstone & Harold Pikeman on Monday, Mabel Orton said."
    got = persons(text)
    assert "Harold Pikeman" not in got and "Mabel Orton" in got


def test_a_person_listed_with_people_and_one_firm_stays():
    text = "The fund is backed by Harold Pikeman, Mabel Orton and Quillstone Holdings, the filing says."
    got = persons(text)
    assert "Harold Pikeman" in got and "Mabel Orton" in got


def test_a_person_listed_with_places_and_no_firm_stays():
    text = "The tour took in Quillstone, Vantaro and Harold Pikeman on its way north, Mabel Orton said."
    assert "Harold Pikeman" in persons(text)


def test_a_person_with_an_apposition_of_an_organisation_stays():
    text = "\u201cWe are ready,\u201d Harold Pikeman, Director of the Vantaro Air and Quillstone Branch."
    assert "Harold Pikeman" in persons(text)


def test_a_person_beside_a_given_named_organisation_item_stays():
    text = "Critics named Quillstone, starring Harold Pikeman and Mabel Law, and Vantaro Pictures as favourites."
    got = persons(text)
    assert "Harold Pikeman" in got


def test_two_items_or_commas_alone_leave_the_person():
    assert "Harold Pikeman" in persons("The formats were created by Harold Pikeman and Orbix Records, respectively.")
    assert "Harold Pikeman" in persons("At Orbix Pictures, Harold Pikeman, Quillstone, the work went on.")


def test_a_possessive_run_stays():
    text = "Films from Orbix Pictures, Quillstone and Harold Pikeman's will be on offer, Mabel Orton said."
    assert "Harold Pikeman" in persons(text)


def test_other_languages_are_left_alone():
    text = "Films from Harold Pikeman, Orbix Pictures, Quillstone and Vantaro will be on offer, Mabel Orton said."
    assert "Harold Pikeman" in persons(text, language="de")
