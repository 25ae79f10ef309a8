"""Issue 14, hunt 22: the kinds of false predictions found on round 4 of hunt set 18
(bench/names_hunt.py score --set 18: 2012 web pages of dragnet_data's tune half, pages 331-418,
judged in bench/data/names_hunt_judged18.json with "round": 4): a work or a firm an apposition
names, a phrasal verb, a product ending in a Greek letter, a word glued to "and", a place or a
body named for a person, a heading's word glued to a name, a programme, a place's region, two
spellings of one given name, a lone given name the headline names in full, a surname shared
after "and" by someone named in full.

Each rule (newsclean/cleaners/names/hunt22.py, and the hunt-21 and resolver rules it extends)
has a positive case and a negative one. The texts are written for these tests, not copied from
the hunted pages.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons
from newsclean.cleaners.names.hunt21 import form_renames
from newsclean.cleaners.names.hunt22 import headline_given_names

DAY = dt.date(2012, 11, 7)


def persons(text, gaz=None, day=DAY, language="en", **kw):
    return find_persons(text, day, gaz if gaz is not None else empty_gazetteer(), language=language, **kw)[0]


# ------------------------------------------------------------------ appositions of works and firms


def test_a_possessive_films_apposition_is_the_film_every_time():
    text = (
        "Walter Jenkins has had an odd career. His latest film, Copper Lantern Road, opens next week. "
        "If Copper Lantern Road wins an award, few will be surprised."
    )
    got = persons(text)
    assert "Copper Lantern Road" not in got and "Walter Jenkins" in got


def test_a_business_ventures_apposition_is_a_firm():
    text = "Harold Pike started over. Her latest business venture, Blue Mariner, makes sequencing machines."
    got = persons(text)
    assert "Blue Mariner" not in got and "Harold Pike" in got


def test_a_person_after_in_his_new_film_stays():
    text = "In his new film, Walter Jenkins, who is 52, plays a retired boxer, said Harold Pike."
    got = persons(text)
    assert "Walter Jenkins" in got and "Harold Pike" in got


def test_a_person_after_the_companys_comma_without_a_possessive_stays():
    text = "Harold Pike left the company, Walter Jenkins, its chairman, said on Monday."
    got = persons(text)
    assert "Walter Jenkins" in got


def test_an_apposition_calling_the_run_a_shop_makes_it_a_firm():
    text = "Kyle Brennan recently opened a store with Alina Tooley, a retail shop on the corner of Main Street."
    got = persons(text)
    assert "Alina Tooley" not in got and "Kyle Brennan" in got


def test_a_shop_steward_stays_a_person():
    text = "The strike was called by Alina Tooley, a shop steward at the plant, said Kyle Brennan."
    got = persons(text)
    assert "Alina Tooley" in got and "Kyle Brennan" in got


# ------------------------------------------------------------------ words of headings and products


def test_a_phrasal_verb_of_a_heading_is_no_name():
    text = (
        "Networking is easy, says Deborah Crane.\nLink Up\nIdentify who you want to know.\nLink Out\n"
        "Network and Link Up, Link In, and Link Out and watch what happens!"
    )
    got = persons(text)
    assert "Link Up" not in got and "Link Out" not in got and "Deborah Crane" in got


def test_a_given_name_before_a_particle_like_word_stays():
    text = "The tournament was won by Mike Downey, said Deborah Crane."
    got = persons(text)
    assert "Mike Downey" in got


def test_a_run_ending_in_a_greek_letter_is_a_product():
    text = "Combine the headset with Siri, Google Glass, Wolfgang Alpha, etc., says Deborah Crane."
    got = persons(text)
    assert "Wolfgang Alpha" not in got and "Deborah Crane" in got


def test_a_surname_next_to_a_greek_letter_stays():
    text = "Deborah Crane, a member of the Alpha Kappa sorority, spoke to Wolfgang Alberts."
    got = persons(text)
    assert "Deborah Crane" in got and "Wolfgang Alberts" in got


def test_an_english_word_glued_to_and_is_no_surname():
    text = "Deborah Crane is a speaker. She hosts her Toolbox Blogand a popular weekly radio show."
    got = persons(text)
    assert not any("Blogand" in n for n in got) and "Deborah Crane" in got


def test_a_surname_ending_in_or_or_and_after_an_english_stem_stays():
    text = "I joined supporters like Tim Reilly, and Mitch Kapor, among others, said Deborah Crane."
    got = persons(text)
    assert "Mitch Kapor" in got
    text = "The list of singers:\n56. Andrew Wood\n57. Scott Weiland\n58. Tom Araya\n59. Rod Stewart"
    got = persons(text)
    assert "Scott Weiland" in got


def test_a_place_named_for_a_person_is_no_person():
    text = "Supplies sat idle at New York’s Floyd Bennett Field for days, said Harold Pike."
    got = persons(text)
    assert "Floyd Bennett Field" not in got and "Harold Pike" in got


def test_a_body_named_for_a_person_is_no_person():
    text = "Susan B. Anthony List president Mary Dannen said the Walter J. Jenkins Fellowship would end."
    got = persons(text)
    assert not any(n.endswith(("List", "Fellowship")) for n in got)


def test_a_two_word_name_ending_in_such_a_head_stays():
    text = "The award went to Sally Field, who thanked Harold Pike."
    got = persons(text)
    assert "Sally Field" in got


def test_a_headings_verb_glued_to_a_surname_is_dropped():
    text = (
        "Here are five catches by Mike Trout this season:\n5. Trout Robs a Prince\n"
        "Here Trout not only robs Prince Fielder of a home run, he grins."
    )
    got = persons(text)
    assert "Trout Robs" not in got


def test_a_captions_role_word_glued_to_a_full_name_is_dropped():
    text = (
        "Dr Craig Ventura said the machine is stunning.\nEnd Quote Dr Craig Ventura Genetic entrepreneur\n"
        "The genetic tests take two hours, said Craig Ventura."
    )
    names, mentions = find_persons(text, DAY, empty_gazetteer(), language="en")
    assert "Craig Ventura Genetic" not in names and "Craig Ventura" in names
    assert len([m for m in mentions if m.canonical == "Craig Ventura"]) == 3  # the caption's mention is kept, cut


def test_a_surname_that_is_an_english_word_in_a_heading_stays():
    text = "Police thanked Erin White.\nErin White Wins a Medal\nErin was proud; the white house was quiet."
    got = persons(text)
    assert "Erin White" in got


# ------------------------------------------------------------------ programmes and places


def test_a_programme_named_by_capitalised_words_is_no_person():
    text = "The best known is the Loan Repayment program of the health corps, said Harold Pike."
    got = persons(text)
    assert "Loan Repayment" not in got and "Harold Pike" in got


def test_a_persons_name_before_program_stays():
    text = "Critics attacked the Harold Pike program on Monday, and Harold Pike answered them."
    got = persons(text)
    assert "Harold Pike" in got


def test_a_region_after_a_town_and_a_comma_is_a_place():
    text = "The first was Heather Chambers, a student at a medical school in Halifax, Nova Scotia.\nThe diagnosis came later."
    got = persons(text)
    assert "Nova Scotia" not in got and "Heather Chambers" in got


def test_a_person_after_a_town_and_a_comma_stays():
    text = "The award was given in Halifax, Heather Chambers.\nShe thanked the jury."
    got = persons(text)
    assert "Heather Chambers" in got


# ------------------------------------------------------------------ one person under one name


def test_two_spellings_one_letter_apart_of_an_unlisted_given_name_are_one_person():
    text = (
        "Tsegaye Kebede has won the marathon in a course record. Later, Tsegaye Kebede thanked the crowd.\n"
        "At 30km, Tsegay Kebede, he of the epic duel of 2010, went to the front."
    )
    got = persons(text)
    assert "Tsegay Kebede" not in got and "Tsegaye Kebede" in got


def test_two_listed_given_names_one_letter_apart_stay_two_persons():
    assert form_renames(["Daniel Ortiz", "Daniela Ortiz"], set()) == {}
    text = "Daniel Ortiz and his sister Daniela Ortiz ran the bakery together."
    got = persons(text)
    assert "Daniel Ortiz" in got and "Daniela Ortiz" in got


def test_a_lone_given_name_is_the_headlines_full_name():
    text = (
        "Her mother was cruel, she said. She once had to stop slapping Dominic [Nigella’s brother]. "
        "The young Nigella was told to read by her father."
    )
    got = persons(text, title="Nigella Lawson reveals her childhood")
    assert "Nigella" not in got and "Nigella Lawson" in got
    got = persons(text, title="Cooking with Dominic Lawson")
    assert "Nigella" in got


def test_a_lone_given_name_of_two_headline_names_stays_alone():
    assert headline_given_names(["Nigella"], ["Nigella Lawson", "Nigella Smith"]) == {}
    assert headline_given_names(["Nigella"], ["Nigella Lawson"]) == {"Nigella": "Nigella Lawson"}


def test_a_surname_of_someone_named_in_full_shares_no_surname_after_and():
    text = (
        "The film had a tough performance from Christian Bale as the brother. "
        "It won Oscars for Bale and Melissa Leo, and Bale thanked the director."
    )
    got = persons(text)
    assert "Bale Leo" not in got and "Christian Bale" in got and "Melissa Leo" in got


def test_a_given_name_before_and_still_shares_the_surname():
    text = "The couple, Bill and Hillary Clinton, were greeted by Walter Jenkins."
    got = persons(text)
    assert "Bill Clinton" in got and "Hillary Clinton" in got


def test_a_body_opening_with_a_nationality_is_no_person():
    text = "All proceeds go to the American Red Cross, said Harold Pike, who works for the Canadian Red Cross."
    got = persons(text)
    assert "Red Cross" not in got and "Harold Pike" in got


def test_a_person_after_the_and_a_nationality_stays():
    text = "The downhill was won by the American Lindsey Vaughn, ahead of Harold Pike."
    got = persons(text)
    assert "Lindsey Vaughn" in got
