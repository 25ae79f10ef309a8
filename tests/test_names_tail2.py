"""Issue 14, tail 2: the kinds of false persons left on the older hunt sets of magazine pages,
blogs and web pages (bench/names_hunt.py score --set N, N in 1-3, 9, 16, 17, 20): a headline's
or a blog's English word glued before a word the article writes alone, two people of a list whose
separators the extraction lost, a list item's place glued before the next person.

Each rule (newsclean/cleaners/names/tail2.py) has a positive case and a negative one. The texts
are written for these tests, not copied from the hunted pages.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons
from newsclean.cleaners.names.tail2 import list_layout

DAY = dt.date(2020, 7, 7)


def persons(text, gaz=None, day=DAY, language="en", **kw):
    return find_persons(text, day, gaz if gaz is not None else empty_gazetteer(), language=language, **kw)[0]


# ------------------------------------------------------------------ an English word glued before a lone word


def test_a_headline_verb_glued_before_a_word_used_alone_is_no_name():
    text = (
        "Browser blocks quiz over adware row Spurned Zorvex pleads innocence\n"
        "The quiz installed the Zorvex toolbar on thousands of machines, the firm said. "
        "Zorvex said its software was spurned unfairly, according to Harold Pike."
    )
    got = persons(text)
    assert not any("Zorvex" in n for n in got) and "Harold Pike" in got


def test_a_gardening_verb_glued_before_a_plant_is_no_name():
    text = (
        "How To Propagate Quillwort\n"
        "Quillwort is easy to grow from cuttings. Gardeners who propagate it in spring, "
        "says Harold Pike, see roots in a month."
    )
    got = persons(text)
    assert "Propagate Quillwort" not in got and "Harold Pike" in got


def test_a_given_name_before_a_surname_used_alone_stays():
    # "Karen" is a given name more than a word: the article's lowercase "karen" in an address is no prose use
    text = (
        "| Stafford | Karen Bradwell | karen.bradwell.mp@parliament.uk |\n"
        "Bradwell said the vote would be close, and karen.bradwell.mp@parliament.uk takes questions."
    )
    assert "Karen Bradwell" in persons(text)


def test_a_title_before_a_name_used_alone_stays():
    text = "The Devil Lord Emperor Yunqi smiled. Yunqi looked up and said he had not answered yet."
    got = persons(text)
    assert any("Yunqi" in n for n in got)


def test_an_english_word_never_used_in_lowercase_stays_a_nickname():
    # "Magic" is never written in lowercase here: no evidence that it is the sentence's word
    text = "Magic Trevanion scored 30 points on Tuesday. Trevanion said the team played well."
    assert "Magic Trevanion" in persons(text)


# ------------------------------------------------------------------ two people of a glued list


SIGNATORIES = (
    "Signed by: Susan Madrak, writer Phoebe Maltz Bovy, writer Torvald Brennick Wystan Marrowby, "
    "Jazz at Lincoln Center Kati Marton, author Debra Mashek, scholar Gerald Early, Washington "
    "University-St. Louis Jeffrey Eugenides, writer Dexter Filkins Federico Finchelstein, The New School "
    "Caitlin Flanagan Greg Pardlo, Rutgers University – Camden Orlando Patterson, Harvard University Steven Pinker"
)


def test_the_text_around_a_glued_list_is_a_list():
    at = SIGNATORIES.index("Torvald")
    assert list_layout(SIGNATORIES, at, at + len("Torvald Brennick Wystan Marrowby"))


def test_prose_is_no_list():
    text = (
        "The committee met on Tuesday and the chair, who had waited for weeks, said that the "
        "proposal Torvald Brennick Wystan Marrowby had sent was not ready for a vote and would "
        "have to wait until the members had read it in full and talked it over with their staff."
    )
    at = text.index("Torvald")
    assert not list_layout(text, at, at + len("Torvald Brennick Wystan Marrowby"))


def test_two_glued_names_of_a_list_are_two_people():
    got = persons(SIGNATORIES)
    # the second name's given name is in no list: the split keeps the first person, and no merged one
    assert "Torvald Brennick" in got and not any("Wystan" in n for n in got if n != "Wystan Marrowby")


def test_a_list_item_with_a_middle_initial_splits_before_it():
    text = SIGNATORIES.replace("Torvald Brennick Wystan Marrowby", "Linnea Greenhalgh Rinna B. Groffley")
    got = persons(text)
    assert "Linnea Greenhalgh" in got and not any("Greenhalgh Rinna" in n for n in got)


def test_a_four_word_name_in_prose_stays_one_person():
    text = (
        "The couple named their daughter Harlowe Wintour Kaysa Maddenby, a spokesman said on "
        "Tuesday, and they have now left the hospital with her."
    )
    got = persons(text)
    assert "Wintour Kaysa" not in got and not any(n.startswith("Kaysa") for n in got)


def test_short_syllables_of_a_list_are_not_split():
    text = (
        "Dramas: Mr. Back (MBC, 2014) - I Love Lee Tae Ri (tvN, 2012) - My Princess (MBC, 2011) - "
        "Queen Seon Duk (MBC, 2009) - Coffee Prince (MBC, 2007) - Full House (KBS, 2004) - Stairway To Heaven (SBS, 2003)"
    )
    assert "Love Lee" not in persons(text)


# ------------------------------------------------------------------ a list item's place glued before a name


def test_a_place_closing_the_item_before_is_no_part_of_the_next_name():
    got = persons(SIGNATORIES)
    assert "Orlando Patterson" in got and "Camden Orlando Patterson" not in got
    assert "Jeffrey Eugenides" in got and "Louis Jeffrey Eugenides" not in got


def test_a_place_word_opening_a_name_in_prose_stays():
    text = "The award went to Austin Leigh Carrow, who thanked his family. Carrow said he was proud."
    assert "Austin Leigh Carrow" in persons(text)


# ------------------------------------------------------------------ ships named for royals


def test_royal_names_with_a_number_are_ships_and_so_is_the_rest_of_their_list():
    text = (
        "Three ocean liners met on Sunday in the harbour. The Queen Adelheid 2, Queen Marthe 2 and "
        "Queen Ottilie passed the lighthouse at dawn, said Harold Pike, the harbour master."
    )
    got = persons(text)
    assert not any(n.startswith("Queen") for n in got) and "Harold Pike" in got


def test_a_royal_with_a_number_and_no_ship_near_stays():
    text = "The lodge has hosted high-profile guests, such as Queen Adelheid 2, who stayed in the lake cabin in 2005."
    assert "Queen Adelheid" in persons(text)


def test_a_royal_with_a_roman_numeral_or_no_number_stays():
    text = "Queen Adelheid ruled for 40 years. Her son, King Ottokar II, said 12 people had died."
    got = persons(text)
    assert "Queen Adelheid" in got


def test_a_person_named_like_a_ship_in_the_same_article_stays():
    text = "Queen Marthe was the king's grandmother. The liner named for her, the Queen Marthe 2, sailed on Monday."
    assert "Queen Marthe" in persons(text)


def test_a_heading_verb_glued_before_a_word_used_alone_is_no_name():
    text = (
        "The Deck That Made Quorrel A Global Craze\n"
        "Picture a deck of cards. Quorrel decks were sold in every city, says Harold Pike, and "
        "Quorrel became a craze."
    )
    got = persons(text)
    assert not any("Quorrel" in n for n in got) and "Harold Pike" in got


def test_a_quoted_title_case_phrase_is_a_heading():
    text = (
        "Some citizens started a “Committee to Boycott Trevanion’s Memoirs” that year. "
        "Richard Trevanion had resigned; Trevanion said the book would sell."
    )
    got = persons(text)
    assert "Boycott Trevanion" not in got and "Richard Trevanion" in got


def test_a_person_named_in_a_heading_and_again_in_the_body_stays():
    text = (
        "Magic Trevanion Scores Thirty In Win\n"
        "Magic Trevanion scored 30 points on Tuesday. Trevanion said the team played well."
    )
    assert "Magic Trevanion" in persons(text)
