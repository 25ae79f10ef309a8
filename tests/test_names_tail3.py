"""Issue 14, tail 3: the kinds of false persons left on the older hunt sets of web pages and BBC
articles (bench/names_hunt.py score --set N, N in 1-9, 16, 17, 20), told by how the article uses
the run elsewhere: an organisation named like a person.

Each rule (newsclean/cleaners/names/tail3.py) has a positive case and a negative one. The texts
are written for these tests, not copied from the hunted pages.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons

DAY = dt.date(2020, 7, 7)


def persons(text, gaz=None, day=DAY, language="en", **kw):
    return find_persons(text, day, gaz if gaz is not None else empty_gazetteer(), language=language, **kw)[0]


# ------------------------------------------------------------------ an organisation named like a person


def test_a_party_whose_possessive_owns_a_leader_is_no_person():
    text = (
        "Gwynant Rhys won two seats. As Gwynant Rhys's Parliamentary Leader, Mr Llwydiarth has argued so "
        "for years, said Harold Pike."
    )
    got = persons(text)
    assert "Gwynant Rhys" not in got and "Harold Pike" in got


def test_a_firm_whose_lone_first_word_owns_customers_is_no_person():
    text = (
        "She worked for Merrill Lynwood for 17 years. "
        "She invested funds for some of Merrill's most important customers, Harold Pike said."
    )
    got = persons(text)
    assert "Merrill Lynwood" not in got and "Harold Pike" in got


def test_a_person_whose_possessive_owns_a_campaign_chairman_or_a_vice_president_stays():
    text = (
        "Harold Pike's campaign chairman resigned on Monday. "
        "Later, Mabel Orton's vice president Joe Brisk said the race was over."
    )
    got = persons(text)
    assert "Harold Pike" in got and "Mabel Orton" in got


def test_a_firm_whose_shares_move_is_no_person():
    text = "The drinks group may be bought by France's Pernaux Ricquet, Harold Pike said. Pernaux shares in Paris slipped 1.2%."
    got = persons(text)
    assert "Pernaux Ricquet" not in got and "Harold Pike" in got


def test_a_person_who_shares_a_view_stays():
    text = "Harold Pike shares the view of his brother. Harold Pike said so on Monday."
    assert "Harold Pike" in persons(text)


def test_a_run_opening_a_sentence_with_a_plural_verb_is_a_collective():
    text = 'The shirts will be plain. "Le Croq are happy to produce a unique kit," said Harold Pike of Le Croq.'
    got = persons(text)
    assert "Le Croq" not in got and "Harold Pike" in got


def test_a_person_after_and_or_a_role_before_a_plural_verb_stays():
    text = (
        "Nicole Kidworth and her husband Keith Urbano are expecting their first child. "
        "The comedian and his writing partner Stephen Merchlin are refining the scripts."
    )
    got = persons(text)
    assert "Keith Urbano" in got and "Stephen Merchlin" in got


def test_a_run_a_copula_calls_one_of_the_labels_is_no_person():
    text = "Wine lovers queue for hours. Jean Stoddert is one of the most awarded labels in the valley, said Harold Pike."
    got = persons(text)
    assert "Jean Stoddert" not in got and "Harold Pike" in got


def test_a_run_a_copula_calls_a_band_member_stays():
    text = "Harold Pike is a band member in Leeds. Pike said the tour would start in May."
    assert "Harold Pike" in persons(text)


def test_a_run_which_has_a_client_is_no_person():
    text = "The politician had been a partner for Todd Murrow which has a client opposing the plan, said Harold Pike."
    got = persons(text)
    assert "Todd Murrow" not in got and "Harold Pike" in got


def test_a_club_whose_possessive_stands_before_a_player_named_in_full_is_no_person():
    text = "Aston Vella's Thomas Hitzler is waiting to learn the future of the manager."
    got = persons(text)
    assert "Aston Vella" not in got and "Thomas Hitzler" in got


def test_a_makers_possessive_before_a_work_named_for_a_person_stays():
    text = "After negative reviews, Martin Scorsello's Howard Hughes biopic came third at the box office."
    assert "Martin Scorsello" in persons(text)


def test_a_title_at_another_use_keeps_a_person_with_an_organisations_word():
    text = "Mr Brisk said: Harold Brisk's customers are loyal. Harold Brisk opened the shop in 1990."
    assert "Harold Brisk" in persons(text)


def test_which_after_a_maker_or_a_source_refers_to_the_thing_and_a_person_stays():
    text = (
        "This library is based on python-goose by Harold Pike which has grown since. "
        "A late bullet from Richard Johnsby which was well held ended it."
    )
    got = persons(text)
    assert "Harold Pike" in got


def test_a_possessive_before_a_works_title_named_for_a_person_stays():
    text = "Today sees the publication of Dan Wakeman's Kurt Vonnegut: Letters, a book I had waited for."
    assert "Dan Wakeman" in persons(text)


# ------------------------------------------------------------------ a character's name closing a work's title


def test_a_name_closing_a_subtitle_after_a_colon_is_a_title():
    text = "Hill starred in the sequels Halloween II and Halloween: The Curse of Harold Pikely. Later she formed a firm with Mabel Orton."
    got = persons(text)
    assert "Harold Pikely" not in got and "Mabel Orton" in got


def test_a_name_closing_a_title_after_called_is_a_title():
    text = "He made a drama for HBO, called The Rise And Fall Of Taylor Kenway. Matthew Perrin has appeared in it."
    got = persons(text)
    assert "Taylor Kenway" not in got and "Matthew Perrin" in got


def test_a_documentarys_title_naming_a_real_person_keeps_the_person():
    text = "Shake Hands With The Devil: The Journey of Romeo Dallmann tells the story of a UN mission to Rwanda."
    assert "Romeo Dallmann" in persons(text)


def test_a_title_or_a_word_of_kin_before_of_keeps_the_person():
    # a word of fiction in the sentence, so only the noun before "of" keeps the person
    assert "Harold Pike" in persons("After the drama she said: The Family of Harold Pike thanks you all.")
    assert "Harold Pike" in persons("After the comedy she met The Duke of Harold Pike, who had come.")


def test_a_heading_opening_a_line_keeps_the_person():
    assert "Harold Pike" in persons("The Curse of Harold Pike\nHe lost his job twice, and Harold Pike said he was unlucky.")


# ------------------------------------------------------------------ a series of works numbered by ordinals


def test_a_run_numbered_twice_before_a_works_noun_is_a_series():
    text = (
        "This third Harry Pottle film brought a change of director. As we did on the first Harry Pottle DVD, "
        "we looked at the extras, said Mabel Orton."
    )
    got = persons(text)
    assert "Harry Pottle" not in got and "Mabel Orton" in got


def test_a_star_numbered_once_or_a_makers_new_and_latest_work_stays():
    assert "Jim Carrow" in persons("It is the ninth Jim Carrow film. Jim Carrow said he liked it.")
    assert "Woody Allender" in persons("It is the new Woody Allender film. The latest Woody Allender movie is long.")
