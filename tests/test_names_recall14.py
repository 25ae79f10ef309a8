"""Issue 14, recall round 14: a middle initial written without its full stop ("Judge Robert W
Sweet ruled", "Allan S Gordon and Elan V McAllister"), taken by
:mod:`newsclean.cleaners.names.recall14`. Each case has its negative: things named with a letter,
a sentence's "A" after a name, a regnal numeral, a longer phrase, a common word after the letter.
The sentences and the names are written for these tests, not copied from the corpora.
"""

from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons

DAY = dt.date(2008, 1, 10)


def persons(text: str) -> list[str]:
    return sorted(find_persons(text, DAY, empty_gazetteer(), language="en")[0])


def surfaces(text: str) -> list[str]:
    return sorted(m.surface for m in find_persons(text, DAY, empty_gazetteer(), language="en")[1])


# a name that ends with the bare letter takes the surname after it


def test_a_name_ending_with_a_bare_initial_takes_the_surname_after_it():
    text = "A federal judge, Judge Martin K Sweet ruled the deal void on Monday."
    assert "Martin K Sweet" in surfaces(text)
    assert not any(s.endswith(" K") for s in surfaces(text))


def test_the_surname_keeps_its_possessive_outside():
    assert "Martin K Holloway" in surfaces("Judge Martin K Holloway's ruling was read out.")


def test_a_longer_phrase_after_the_surname_is_left_alone():
    text = "They met at the Judge Martin K Sweet Memorial Hall on Monday."
    assert "Martin K Sweet" not in surfaces(text)


def test_a_month_after_the_letter_is_no_surname():
    assert "Martin K May" not in surfaces("Judge Martin K May ruled the deal void.")


# two lone words around the letter


def test_two_lone_words_around_a_bare_letter_are_one_name():
    text = "The show is produced by Tomas Ferrando and Elzar V McTavish, who announced it today."
    assert "Elzar V McTavish" in surfaces(text)


def test_a_common_word_after_the_letter_needs_a_lone_use():
    assert persons("The report was written by Elzar K Sweet on Monday.") == []
    assert "Elzar K Sweet" in surfaces("The report was written by Elzar K Sweet on Monday. It was late, said Sweet.")


def test_things_named_with_a_letter_are_no_names():
    for text in (
        "Grade A Students won the cup.",
        "Take Vitamin C Tablets daily.",
        "The crew of Studio B Jenkins filmed it.",
        "Shoppers at Wii U Deluxe Set stands queued.",
        "She read Plan B Ostrander to the board.",
    ):
        assert persons(text) == [], text


def test_a_sentence_a_after_a_name_is_no_initial():
    assert "Mark Ostrander" in persons("The speech was given by Mark Ostrander A spokesman said later it went well.")
    assert not any(" A " in s for s in surfaces("The speech was given by Mark Ostrander A spokesman said later it went well."))


def test_a_regnal_numeral_is_no_initial():
    assert not any("V Hotel" in s or "V Avenue" in s for s in surfaces("They stayed at the King George V Hotel on King George V Avenue."))
    assert "Charles X Sweet" not in surfaces("They unveiled a statue of Charles X Sweet to mark the day.")


def test_v_or_x_before_a_rare_surname_is_an_initial():
    assert "Elzar V McTavish" in surfaces("The show is produced by Elzar V McTavish, who announced it today.")


def test_a_capitalised_word_before_the_given_name_makes_a_longer_phrase():
    assert persons("The Royal Elzar V McTavish cup was held.") == []
