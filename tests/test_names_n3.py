"""Issue 14, the N3 yardstick: kinds of wrong link and false person found on the tune half of
AKSW's N3 collection (``bench/names_n3.py score --split tune --verbose``).

Each rule has a positive case and a negative one (text it must leave alone). The sentences
are written for these tests, not copied from the evaluation documents.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import find_persons
from newsclean.cleaners.names.vessels_firms import firm_tail_after, shown_words, vessel_prefix_before

DAY = dt.date(2012, 6, 1)


def mentions(text, gaz, language="en", day=DAY):
    return [(m.surface, m.canonical) for m in find_persons(text, day, gaz, language=language)[1]]


# ------------------------------------------- a famous given name opening another person's name


def test_famous_given_name_before_a_surname_no_one_bears_bare_is_another_persons_full_name(gaz):
    # "Hillary" is an alias of Hillary Clinton; "Cohen" a gazetteer surname (Michael Cohen)
    # the gazetteer never resolves bare: together, the full name of someone else
    text = "The plant will reopen next week, said Hillary Cohen, a spokeswoman for the board."
    assert mentions(text, gaz) == [("Hillary Cohen", "Hillary Cohen")]
    # negative: the alias alone is still the famous person, and before a surname the
    # gazetteer does use bare ("Obama") the two words stay two people's
    assert mentions("Hillary said on Tuesday she would campaign in Ohio.", gaz) == [("Hillary", "Hillary Clinton")]
    assert ("Hillary", "Hillary Clinton") in mentions("The debate pitted Hillary Obama supporters against each other.", gaz)


# ---------------------------------------------------------- a firm's legal or partners' tail


def test_run_before_a_firms_legal_tail_is_a_firm_in_every_mention(gaz):
    text = "The notes were priced by Morgan Stanley and Co Inc on Monday. Morgan Stanley said demand was strong."
    assert mentions(text, gaz) == []
    assert mentions("Shares of Hoechst Celanese Corp rose. Hoechst Celanese said the plant would close.", gaz) == []
    # names joined by commas before "and Co Inc" and "and Sons" are the partners' names
    assert mentions("The deal was led by Dillard, Pruett and Co Inc. Dillard said pricing went well.", gaz) == []
    assert mentions("The contract went to Martin Brown and Sons. Brown said work starts in May.", gaz) == []
    # negative: "and Co" alone is a writer's band of players, and a person named next to
    # the firm he founded keeps the bare surname that refers to him
    assert ("Wayne Rooney", "Wayne Rooney") in mentions("Rooney and Co were beaten at home. Wayne Rooney said the team would recover.", gaz)
    assert mentions("Gordon Cain founded Cain Chemical last year. Cain said the firm would grow.", gaz) == [
        ("Gordon Cain", "Gordon Cain"),
        ("Cain", "Gordon Cain"),
    ]


def test_firm_tail_after_reads_legal_forms_partners_and_industry_nouns():
    assert firm_tail_after("Acme Widgets Corp said", len("Acme Widgets"))
    assert firm_tail_after("Pruett, Dillard and Co Inc said", len("Pruett"))
    assert firm_tail_after("Houston-based Tate Chemical, created", len("Houston-based Tate"))
    # negative: an office, a lowercase word or "and Co" without a legal form
    assert not firm_tail_after("John Tate Jr said", len("John Tate"))
    assert not firm_tail_after("John Tate co-managed", len("John Tate"))
    assert not firm_tail_after("Messi and Co were held", len("Messi"))


# ------------------------------------------------------------- a ship's prefix, a quoted work


def test_run_after_a_ships_prefix_or_a_quoted_works_noun_is_no_person(gaz):
    assert mentions("Der Frachter «MS Victoria» ist frei. Die Victoria gehört einem Hamburger Reeder.", gaz, "de") == []
    assert mentions("The sailors of USS Kearsarge were honoured on Monday.", gaz) == []
    assert mentions("Der Film «Harry Potter und die Heiligtümer des Todes» war ein Erfolg.", gaz, "de") == []
    # negative: the same given names as persons, with no prefix or quote before them
    assert ("Victoria Swarovski", "Victoria Swarovski") in mentions("Die Sängerin Victoria Swarovski moderiert die Show.", gaz, "de")
    assert ("Nat Kearsarge", "Nat Kearsarge") in mentions("Nat Kearsarge sang on Monday. Kearsarge was a pianist.", gaz)


def test_vessel_prefix_before_is_case_sensitive_and_german_quotes_need_the_noun():
    assert vessel_prefix_before("the crew of HMS Albion", len("the crew of HMS "), "en")
    assert vessel_prefix_before("der Tanker «Nordlicht»", len("der Tanker «"), "de")
    # negative: "Ms" is an honorific, and a quote after another noun is a quotation
    assert not vessel_prefix_before("said Ms Albion", len("said Ms "), "en")
    assert not vessel_prefix_before("sagte Kanzler «Nordlicht»", len("sagte Kanzler «"), "de")
    assert shown_words("Shares in Tate Chemical rose.", "en") == {"tate"}
    assert shown_words("Martin Tate said on Monday.", "en") == set()


# ------------------------------------------------------------- a school, a town's service


def test_run_after_a_study_at_a_school_is_the_school(gaz):
    assert mentions("Officials confirmed that Dana Wells graduated from Henry Carver with a degree in law.", gaz) == [
        ("Dana Wells", "Dana Wells")
    ]
    assert ("Dana Wells", "Dana Wells") in mentions("Dana Wells, a professor at Johns Hopkins, led the study.", gaz)
    assert all(s != "Johns Hopkins" for s, _ in mentions("Dana Wells, a professor at Johns Hopkins, led the study.", gaz))
    # negative: the person who founded the school, named after the study
    assert ("Henry Carver", "Henry Carver") in mentions("Dana Wells graduated from the school Henry Carver founded.", gaz)


def test_run_before_a_towns_service_acting_is_the_town(gaz):
    text = "Ashford police Chief Dale Moreno said the officer was suspended."
    assert mentions(text, gaz) == [("Dale Moreno", "Dale Moreno")]
    assert mentions("Bexley firefighters responded within minutes.", gaz) == []
    # a county named after someone, with the possessive or without
    assert [s for s, _ in mentions("He grew up in the Prince Edmund's County area near Baltimore.", gaz)] == []
    assert [s for s, _ in mentions("He grew up in the Prince Edmund 's County area near Baltimore.", gaz)] == []
    # negative: a person's name as an attribute of a plan stays a person
    assert [s for s, _ in mentions("The Obama police reform plan was announced on Monday.", gaz)] == ["Obama"]
    # negative: the person the county shares a name with, named elsewhere, stays
    assert mentions("Officers met Mary Tate on Monday. Tate County deputies arrived later.", gaz) == [("Mary Tate", "Mary Tate")]
