"""Issue 14, tail 5: a word glued to a name at the start of a sentence, left on the older hunt sets
(bench/names_hunt.py score --set N, N in 1-10, 12-14, 16): "Boss Steve Bruce had said", "Olympian
Tomlinson tried to".

Each rule (newsclean/cleaners/names/tail5.py) has a positive case and a negative one. The texts
are written for these tests, not copied from the hunted pages.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons, load_gazetteer

DAY = dt.date(2020, 7, 7)
# a gazetteer whose one person makes "Steve" a given name the lists trust, as the full gazetteer does
STEVE = load_gazetteer("id,canonical,native,surname,aliases,roles,default_for_surname,seats\nsteve-orton,Steve Orton,,,,,,\n")


def persons(text, gaz=None, day=DAY, language="en", **kw):
    return find_persons(text, day, gaz if gaz is not None else empty_gazetteer(), language=language, **kw)[0]


# ------------------------------------------------------------------ a word before a given name and a surname


def test_a_role_word_opening_a_sentence_is_cut_from_the_name():
    text = "The club lost again on Saturday. Boss Steve Pike had said he would be happy to sell."
    got = persons(text, STEVE)
    assert "Steve Pike" in got and "Boss Steve Pike" not in got


def test_a_run_at_the_text_start_is_left_to_the_detector():
    got = persons("Boss Steve Pike had said he would be happy to sell the striker.", STEVE)
    assert "Boss Steve Pike" in got


def test_a_role_word_after_an_abbreviation_is_no_sentence_start():
    text = "The fans sang for Mr. Boss Steve Pike on Monday, a neighbour said."
    assert "Steve Pike" not in persons(text, STEVE)


def test_a_given_name_opening_a_sentence_stays():
    text = "The film opened on Friday. Rose Mabel Orton starred in it with Harold Pike."
    got = persons(text)
    assert "Rose Mabel Orton" in got


def test_the_word_in_mid_sentence_is_left_to_the_detector():
    text = "They met at Boss Steve Pike's house on Monday, a neighbour said."
    assert "Boss Steve Pike" in persons(text, STEVE)


# ------------------------------------------------------------------ a word before a lone surname


def test_an_epithet_before_a_surname_written_alone_elsewhere_is_no_person():
    text = (
        "He jumped 8.10m at his first attempt. Olympian Tomlinson tried to catch up with his six jumps. "
        '"It was hard," said Tomlinson, the only olympian in the field.'
    )
    assert "Olympian Tomlinson" not in persons(text)


def test_an_epithet_in_mid_sentence_is_left_to_the_detector():
    text = "The best jumpers were Olympian Tomlinson and Harold Pike. Tomlinson won."
    assert "Olympian Tomlinson" in persons(text)


def test_an_epithet_before_a_surname_written_once_stays():
    text = "He jumped 8.10m, the best olympian. Olympian Tomlinson tried to catch up with his six jumps."
    assert "Olympian Tomlinson" in persons(text)


def test_a_given_name_before_a_surname_written_alone_elsewhere_stays():
    text = "The court sat on Monday. Harold Tomlinson denied the charge. Tomlinson, 43, was bailed."
    assert "Harold Tomlinson" in persons(text)


def test_a_listed_given_name_that_is_an_english_word_stays():
    text = 'He won in 6.45. Jason Tomlinson fought all the way to the line. "It was close," admitted Tomlinson.'
    assert "Jason Tomlinson" in persons(text)


def test_an_epithet_the_article_never_writes_in_lowercase_stays():
    text = 'He won in 6.45. Olympian Tomlinson fought all the way to the line. "It was close," admitted Tomlinson.'
    assert "Olympian Tomlinson" in persons(text)
