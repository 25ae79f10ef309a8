"""Issue 14, sixteenth round: the kinds of detector errors read on the tune half of an
external yardstick, GUM's Wikinews news (``bench/names_gum.py``; labels not written by this
project). Rules in ``cleaners/names/shapes.py`` and two conditions in ``detect.py``.

Each rule has a positive case and a negative one (text it must leave alone). The sentences
are written for these tests, not copied from the corpus.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import detect, empty_gazetteer, find_persons, shapes
from newsclean.resources import load_default_gazetteer
from newsclean.schemas.vocabulary import PERSON_FLAGS

DAY = dt.date(2018, 6, 18)


def found(text, day=DAY, language="en"):
    return find_persons(text, day, empty_gazetteer(), language=language)


def persons(text, **kw):
    return found(text, **kw)[0]


# ------------------------------------- a hyphenated romanised given name after a surname


def test_a_surname_and_a_hyphenated_romanised_given_name_is_a_person_without_a_cue():
    assert persons("Korea replaced Park Joo-Ho in the 28th minute of the game.") == ["Park Joo-Ho"]
    assert persons("In the second half, Hwang Hee-Chan was booked for a late tackle.") == ["Hwang Hee-Chan"]
    _, mentions = found("Later Cheng Chung-tai won the seat by a wide margin.")
    assert [(m.canonical, "name_shape" in m.flags) for m in mentions] == [("Cheng Chung-tai", True)]
    assert "name_shape" in PERSON_FLAGS


def test_a_hyphenated_pair_of_english_words_or_a_long_place_part_is_no_given_name():
    assert persons("The station plays Young Hip-Hop all night and Free Wi-Fi is offered.") == []
    assert persons("The fans of Paris Saint-Germain sang until midnight.") == []
    assert not shapes.hyphenated_given_name("Young", "Hip-Hop")
    assert not shapes.hyphenated_given_name("Paris", "Saint-Germain")
    assert not shapes.hyphenated_given_name("Stafford", "Joo-Ho")  # no surname of one or two syllables
    assert shapes.hyphenated_given_name("Park", "Joo-Ho")


# ----------------------------------------- a surname that is a plural noun, in a list of people


def test_a_plural_noun_surname_in_a_list_of_full_names_is_a_surname():
    text = "Shots came from Jesse Lingard, Harry Maguire, Harry Kane, and John Stones early on."
    assert "John Stones" in persons(text)


def test_a_given_name_before_a_plural_noun_outside_a_list_stays_undecided():
    # "John Stones" alone, with nothing in the article saying it is someone: not taken
    assert persons("The path was paved with John Stones from the old quarry.") == []
    assert persons("The Golden Globes and the Rose Gardens were full that week.") == []


# --------------------------------------------- the office's organisation running into a run


def test_an_organisation_after_director_of_the_national_is_no_office_holder():
    text = "Professor Cres Eastman, Director of the National Iodine Nutrition study, said the results were clear."
    assert persons(text) == ["Cres Eastman"]
    assert shapes.office_object_runs_on("Director of the National", ["Iodine", "Nutrition"])


def test_an_office_holder_named_after_the_office_keeps_the_title():
    assert persons("Secretary of State Mike Pompeo said the talks would go on.") == ["Mike Pompeo"]
    text = "The head of the National Gallery, Gabriele Finaldi, said the loan was agreed."
    assert persons(text) == ["Gabriele Finaldi"]
    assert not shapes.office_object_runs_on("Secretary of State", ["Mike", "Pompeo"])
    assert not shapes.office_object_runs_on("Director of the National", ["Gabriele", "Finaldi"])


# ------------------------------------------------- a Fitz- surname is one word, not glue


def test_a_fitz_surname_with_an_inner_capital_stays_whole():
    assert persons("The closest of them was John FitzGibbon, who was four years younger.") == ["John FitzGibbon"]
    assert persons("Mary FitzGerald said the vote would be close.") == ["Mary FitzGerald"]


def test_camel_case_glue_of_other_heads_is_still_split():
    # two names glued by extraction still come apart; "Fitz" alone is kept with its tail
    assert [w for w, _ in detect._unglue("NoemKristi", 0)] == ["Noem", "Kristi"]
    assert [w for w, _ in detect._unglue("SandersWarren", 0)] == ["Sanders", "Warren"]
    assert [w for w, _ in detect._unglue("FitzGerald", 0)] == ["FitzGerald"]


# ------------------------- a given name that is a word of another language, after an office


def test_a_given_name_that_is_a_foreign_word_after_an_office_starts_the_name():
    text = "After the leak, CEO of the Refugee Council Enver Solomon told Sky News the plan was rushed."
    assert persons(text) == ["Enver Solomon"]
    assert find_persons(text, DAY, load_default_gazetteer(), language="en")[0] == ["Enver Solomon"]
    assert shapes.foreign_word_given_name("enver")


def test_english_words_and_foreign_words_no_list_has_as_given_names_still_end_the_office():
    text = "Ambassador to the European Union Gordon Sondland testified on Tuesday."
    assert find_persons(text, DAY, load_default_gazetteer(), language="en")[0] == ["Gordon Sondland"]
    assert not shapes.foreign_word_given_name("union")  # English vocabulary
    assert not shapes.foreign_word_given_name("grace")  # a given name, but an English word too
    assert not shapes.foreign_word_given_name("bahkan")  # Indonesian, no given name


# ------------------------------------- a country given name, a middle name and a surname


def test_a_country_given_name_with_a_middle_name_in_a_list_of_people_is_a_person():
    text = "In 2005 she starred opposite Elisha Cuthbert, Chad Michael Murray, and Paris Hilton."
    assert "Chad Michael Murray" in persons(text)
    assert shapes.middle_given_name("michael")


def test_a_country_before_ordinary_words_stays_a_place_or_a_team():
    assert persons("The Georgia Tech Yellow Jackets won again on Saturday.") == []
    assert not shapes.middle_given_name("tech") and not shapes.middle_given_name("georgia")


# ------------------------------------------------------- the gods of a myth, enumerated


def test_the_gods_an_enumeration_names_after_such_as_are_characters():
    text = "Today thousands worship the ancient gods, such as Zeus, Hera, Poseidon, and Athena, in public."
    assert persons(text) == ["Athena", "Hera", "Poseidon", "Zeus"]


def test_words_and_places_in_an_enumeration_of_gods_are_no_one():
    assert persons("They worship gods such as Mercury and Mars, and deities including Rain and Sun.") == []
    assert persons("Other gods, like Money and Fame, rule the city now.") == []
