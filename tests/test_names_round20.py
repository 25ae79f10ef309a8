"""Issue 14, twentieth round: stage names after a performer's noun, and firms, bands and brands
named like people that the article's own words show to be firms (tuning material: batch 10,
``bench/names_unseen.py --batch 10 --verbose``, and the hunt sets' judged-false lists). Each
rule has a positive case and a negative one (text it must leave alone). The sentences are
written for these tests, not copied from the corpus.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons, firms, stage

DAY = dt.date(2005, 2, 4)


def persons(text, language="en"):
    return find_persons(text, DAY, empty_gazetteer(), language=language)[0]


# ------------------------------------------------ stage names after a performer's noun


def test_a_number_and_a_word_after_a_rappers_noun_is_a_stage_name():
    assert persons("Critics picked US rapper 21 Savage as the year's best newcomer.") == ["21 Savage"]


def test_the_or_dr_and_a_word_after_a_performers_noun_is_a_stage_name():
    got = persons("Canadian singer The Weeknd toured with hip-hop legend Dr Octagon's old crew.")
    assert sorted(got) == ["Dr Octagon", "The Weeknd"]


def test_one_word_after_a_rapper_is_a_stage_name_at_every_use():
    text = "The grime rapper Zenzo headlined. Zenzo, who is 19, told fans he would return."
    assert persons(text) == ["Zenzo"]
    # a DJ's or an MC's letters may be initials or part of the name ("DJ Crowe", "MC Hammer")
    assert stage.performer_stage_names("East junior DJ Crowe made 29 tackles, and MC Hammer sang.") == []


def test_a_performers_noun_before_a_full_name_a_day_or_a_word_makes_no_stage_name():
    # a full name goes on after the word; a day; a word the article writes in lowercase
    assert stage.performer_stage_names("The rapper Kanye West spoke.") == []
    assert stage.performer_stage_names("The DJ Friday was late.") == []
    assert stage.performer_stage_names("The rapper Gold said the gold disc came late.") == []
    # a band's noun is no performer's: "band The Libertines" is no person
    assert persons("The band The Libertines played.") == []


def test_a_surname_of_someone_named_in_full_after_a_rappers_noun_is_that_person():
    got = persons("Marcus Obuya released an album. The rapper Obuya said it took two years.")
    assert got == ["Marcus Obuya"]


# ------------------------------------------------------- firms named like people


def test_an_office_between_a_run_and_a_full_name_makes_the_run_a_firm_everywhere():
    text = (
        "Hollis Granger said that it would pay a fine. "
        "Hollis Granger chief executive Maria Olsen apologised to staff."
    )
    assert persons(text) == ["Maria Olsen"]
    assert persons("Velvet Harbour frontman Tomas Reyes has called for lower ticket prices.") == ["Tomas Reyes"]


def test_a_persons_aide_between_two_names_leaves_both_people():
    # a spokesman or an aide serves a person as well as a firm: not read
    text = "Hillary Clinton spokesman Brian Fallon said the claim was wrong."
    assert not firms.firm_named(text, 0, len("Hillary Clinton"))
    assert "Brian Fallon" in persons(text)


def test_its_own_after_a_run_or_an_index_or_an_employer_makes_it_a_firm():
    assert persons("The rival Kessler Brandt put forward its own bid on Monday.") == []
    assert persons("Stocks rose, with the Harlow Jennings index gaining 40 points.") == []
    got = persons('"It was a shock," Simon Wheatley, from Marlow Keats, told reporters.')
    assert got == ["Simon Wheatley"]


def test_said_its_and_a_place_after_from_leave_a_person():
    assert persons("Peter Hallam said its value fell. Peter Hallam then left.") == ["Peter Hallam"]
    assert persons("Jane Doerty, from Manchester, said she was pleased.") == ["Jane Doerty"]


def test_items_of_an_enumeration_of_brands_are_no_people():
    assert persons("The group owns brands including Maison Rive champagne and Lucien Varel. It grew.") == []
    assert persons("Labels such as Deutzerhof and Jean Stodden now sell out within days.") == []


def test_an_enumeration_of_people_or_a_brand_list_with_a_clause_keeps_the_people():
    assert sorted(persons("Stars such as Tom Hanks and Julia Roberts came.")) == ["Julia Roberts", "Tom Hanks"]
    assert not firms.in_firm_list("Brands like Nike sued after they hired Tom Hanks", len("Brands like Nike sued after they hired "))


def test_a_model_code_after_a_run_names_the_maker():
    assert persons("It depreciates slower than the Hollis Benz C180 SE.") == []
    assert persons("Peter Hallam scored 18 in the first half.") == ["Peter Hallam"]


def test_the_and_a_product_noun_after_a_run_name_a_brand_for_that_mention_only():
    assert persons("She was the heir to the Lina Marcel perfume fortune.") == []
    # another mention naming the founder keeps her
    text = "Designer Lina Marcel said the house was ready. The Lina Marcel collection opened."
    assert persons(text) == ["Lina Marcel"]


def test_the_and_an_event_noun_around_a_run_name_a_thing():
    assert persons("The under-14 boys won at the World Junior Tennis event in August.") == []
    assert persons("She won the Hal Porter award last year.") == []
    # the same name before a verb is someone
    assert persons("Hal Porter won the event in August.") == ["Hal Porter"]


# ------------------------------------------------ a player's world ranking before a name


def test_a_world_ranking_before_a_name_with_a_place_surname_is_a_cue():
    assert persons("And world number one Peter Norfolk won the award after his third title.") == ["Peter Norfolk"]
    # a place after the ranking stays a place; the same run without a cue stays undecided
    assert persons("The world number two Lincoln Park was closed.") == []
    assert persons("Peter Norfolk won the award.") == []
