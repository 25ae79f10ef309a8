"""Issue 14, recall round 7: full names the detector read but left undecided (labelled batch 17,
``bench/names_unseen.py --batch 17 --verbose``, and the tuning parts of the other batches),
taken on general evidence by :mod:`newsclean.cleaners.names.recall7`. Each rule has a positive
case and a negative one (places, firms, products and groups in the same position it must leave
alone). The sentences and the names are written for these tests, not copied from the corpus.
"""

from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons, recall7

DAY = dt.date(2008, 1, 5)


def persons(text: str, language: str = "en") -> list[str]:
    return sorted(find_persons(text, DAY, empty_gazetteer(), language=language)[0])


# ------------------------------------------------ rare-word names a person's context vouches for


def test_a_rare_word_name_before_a_verb_in_the_past_is_a_person():
    assert persons("Later that day Zendrik Mavutu tried to calm the crowd.") == ["Zendrik Mavutu"]


def test_a_rare_word_name_a_contest_takes_as_its_object_is_a_person():
    assert persons("He ripped through the draw before beating Zendrik Mavutu in the final.") == ["Zendrik Mavutu"]


def test_a_rare_word_name_after_a_pages_author_label_is_a_person():
    assert persons("| Posted : Mon, 07 Jan 2008 |\n| Author : Zendrik Mavutu |\n| Category : World |") == ["Zendrik Mavutu"]
    assert persons("| Posted : Mon, 07 Jan 2008 |\n| Category : Zendrik Mavutu |") == []


def test_a_rare_word_run_without_a_persons_context_is_left_alone():
    # a place after "to", a listed firm before its ticker: nothing says person
    assert persons("The lorries went on to Zendrik Mavutu, on the outskirts of the city.") == []
    assert persons("Shares of Valtrin Oxcorp (VLT.N) rose 3 percent on Monday.") == []


def test_a_number_or_a_plural_makes_the_run_a_thing():
    assert persons("Add 6 Sundrak Tomatoes blended with oil.") == []


def test_the_rule_is_english_only():
    found: list = []
    assert recall7.more_names("Zendrik Mavutu tried it.", found, [], [], "de") is found


# ------------------------------------------------ names in an enumeration of people


def test_rare_word_names_in_a_list_with_a_persons_full_name_are_people():
    text = "The innings fell apart as Kelvo Ranatunge, Daniel Carter, Sachin Morvekar and Zendrik Mavutu went out."
    assert persons(text) == ["Daniel Carter", "Kelvo Ranatunge", "Sachin Morvekar", "Zendrik Mavutu"]


def test_a_plural_word_in_a_list_of_people_is_a_group():
    assert persons("Acts included Celine Dion, Bucks Fizz and Julio Iglesias.") == ["Celine Dion", "Julio Iglesias"]


def test_ordinary_words_beside_one_full_name_are_no_list_of_people():
    assert persons("Sponsors include Tom Hale, Blue Harbour and Green Mill.") == ["Tom Hale"]


# ------------------------------------------------ an initial and a surname in a roster


def test_an_initial_and_a_surname_beside_roster_entries_of_that_shape_is_a_person():
    text = "The side: K Dunmore (Bath, capt); R Tolley (Sale), J Noon (Leeds), O Barkwell (Bath), P Tressor (Wasps)."
    assert persons(text) == ["J Noon", "K Dunmore", "O Barkwell", "P Tressor", "R Tolley"]


def test_an_initial_and_a_word_outside_a_roster_is_left_alone():
    # no roster: one initial and a word; a place after an initial stays a place
    assert persons("Plan B Noon came and went.") == []
    assert persons("The roster: K Dunmore (Bath), R Tolley (Sale), A Walsall (Leeds).") == ["K Dunmore", "R Tolley"]
    # the run goes on: the initial opens a longer name, not "A Di"
    assert "A Di" not in persons("The roster: K Dunmore (Bath), R Tolley (Sale), A Di Vestro (Leeds).")
