"""Issue 14, recall round 9: weak full names that the sentence puts among people (the misses of
``bench/names_unseen.py --split tune --verbose``), taken by :mod:`newsclean.cleaners.names.recall9`.
Each rule has a positive case and a negative one (firms, teams and things in the same position
it must leave alone). The sentences and the names are written for these tests, not copied from
the corpora.
"""

from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, evidence, find_persons, recall9

DAY = dt.date(2016, 11, 9)


def persons(text: str, language: str = "en") -> list[str]:
    return sorted(find_persons(text, DAY, empty_gazetteer(), language=language)[0])


# ------------------------------------------------ an enumeration of people goes on


def test_a_middle_item_of_an_enumeration_of_people_is_a_person():
    text = "The campaign was backed by Lena Dunham, Katy Perry, Joss Wheldrake, Jay-Z, Beyonce and Amy Schumer among others."
    assert "Joss Wheldrake" in persons(text)
    # the item ends at the sentence's end too
    assert "Joss Wheldrake" in persons("The guests were Lena Dunham, Katy Perry, Joss Wheldrake.")


def test_one_full_name_before_or_a_longer_run_is_no_enumeration():
    # only one full name before the run: a firm may follow a person ("Katy Perry, Wheldrake Holdings")
    assert "Joss Wheldrake" not in persons("It thanked Katy Perry, Joss Wheldrake, Jay-Z and the crew.")
    # the run does not end the item: "Joss Wheldrake Foods" goes on
    assert "Joss Wheldrake" not in persons("Stock went to Lena Dunham, Katy Perry, Joss Wheldrake Foods and others.")


# ------------------------------------------------ "and" and a role phrase before the second name


def test_and_a_role_phrase_before_a_full_name_pairs_two_people():
    text = "He took the wickets of Hashim Ambrala and South Africa captain Graeme Smith before lunch."
    assert "Hashim Ambrala" in persons(text)
    text = "Highlights include Herbie Hanlock and last year's Grammy Best New Artist winner, Esperanza Spalding."
    assert "Herbie Hanlock" in persons(text)


def test_and_a_team_or_a_thing_after_the_role_is_no_pair():
    # the second name is a team's plural: the run stays unproven
    assert "Lebrun Jameso" not in persons("The visitor was Lebrun Jameso and the NBA champion Cleveland Cavaliers.")
    # no role noun heads the phrase between "and" and the name
    assert "Hashim Ambrala" not in persons("He drove past Hashim Ambrala and the old bridge Graeme Smith built.")
    # a clause, not a noun phrase, runs from "and" to the role; a team's plural before "and"
    assert "Kasane Ambrala" not in persons("He is a target of Kasane Ambrala and does not feature much in coach Gavin Hunt's plans.")
    assert "Kasane Wanderers" not in persons("He joined Kasane Wanderers and former coach Gavin Hunt last year.")


# ------------------------------------------------ "one of" a group of people


def test_one_of_a_group_of_people_after_the_run_is_a_person():
    text = "It is an interview with Sramana Mittal, one of the most successful and sought-after startup consultants out there."
    assert "Sramana Mittal" in persons(text)
    assert recall9.one_of_group_after(", one of Britain's best-known novelists, said", 0)
    assert recall9.one_of_group_after(", one of her closest advisers.", 0)


def test_one_of_a_group_of_firms_or_things_is_no_cue():
    assert "Lanco Infratech" not in persons("Shares of Lanco Infratech, one of the largest builders of power plants in India, rose.")
    assert not recall9.one_of_group_after(", one of the largest retailers in Europe", 0)
    assert not recall9.one_of_group_after(", one of the world's biggest banks", 0)
    assert not recall9.one_of_group_after(" is one of the best consultants", 0)  # no apposition


# ------------------------------------------------ an office of a body before, a role after a dash


def test_an_office_of_a_body_and_a_comma_before_the_run_make_a_person():
    text = "Minister of Natural Resources, Mohlomi Mokete, would not confirm the visit."
    assert "Mohlomi Mokete" in persons(text)
    assert "Kwabena Ofori" in persons("The Director of the Ghana Cocoa Board, Kwabena Ofori, said prices would rise.")


def test_no_office_or_no_closing_comma_is_no_apposition():
    # a place's name, not an office, before the comma
    assert "Mohlomi Mokete" not in persons("The Museum of Modern Art, Mohlomi Mokete, and the pier are closed.")
    # the run does not close the apposition: it opens a longer name ("Mohlomi Mokete Holdings")
    assert "Mohlomi Mokete" not in persons("Minister of Natural Resources, Mohlomi Mokete Holdings and others met.")


def test_a_dash_and_a_role_after_the_run_make_a_person():
    assert "Joia Jeffers Nuri" in persons("Joia Jeffers Nuri — Communications specialist for In The Public Eye.")
    assert "Tamsin Oduya" in persons("Tamsin Oduya – senior lecturer at the university.")


def test_a_dash_and_a_firm_or_a_thing_after_the_run_is_no_role():
    assert "Red Octane" not in persons("Red Octane – the company behind the game – was sold.")
    assert "Glacial Plunge" not in persons("Glacial Plunge — a cold dip for guests.")


# ------------------------------------------------ a quoted nickname before a surname taken alone


def test_a_quoted_nickname_before_a_surname_a_rule_took_alone_joins_the_full_name(gaz):
    # "Johnson" is a surname of the gazetteer, which the detector takes alone; the quote cut the run
    text = '(To Isaiah "Triforce" Johnson, I would imagine, since he is always first in line.)'
    assert find_persons(text, DAY, gaz, language="en")[0] == ["Isaiah Johnson"]
    mentions = find_persons("The wrestler Dwayne “The Rock” Johnson said he would run.", DAY, gaz, language="en")[1]
    assert [(m.surface, m.canonical) for m in mentions] == [("Dwayne “The Rock” Johnson", "Dwayne Johnson")]


def test_a_quoted_title_between_two_words_stays_apart(gaz):
    assert find_persons("The Doctor “Who” Series returns on Saturday.", DAY, gaz, language="en")[0] == []
    assert find_persons("He watched Saturday “Night Fever” Live with friends.", DAY, gaz, language="en")[0] == []


# ------------------------------------------------ names glued in a menu


MENU = (
    "Top Stories | Most Read | Last Week: Trending (108) | Popular People: Kylie Barton Jamie Lynn Foster "
    "Miranda Webb Vanessa Anne Porter Zac Hill Wes Gordon Johnny Marsh Music: Charts Videos Movies: Reviews Trailers"
)


def test_a_menu_of_glued_full_names_is_cut_into_its_people():
    # surnames that are words or given names too ("Hill", "Porter"): only the list's cut shows them
    assert persons(MENU) == [
        "Jamie Lynn Foster", "Johnny Marsh", "Kylie Barton", "Miranda Webb", "Vanessa Anne Porter", "Wes Gordon", "Zac Hill",
    ]


def test_a_menu_of_sections_or_places_is_no_list_of_people():
    sections = "Top | Home News Sport Weather Travel Money Business Culture Style | More | Sign In | Register | Help"
    assert persons(sections) == []
    places = "Cities: Austin Dallas Houston Denver Phoenix Boston Miami Seattle Chicago | Weather | Maps | Travel | Deals"
    assert persons(places) == []


# ------------------------------------------------ a tokenised text spaces the comma of an apposition


def test_a_spaced_comma_before_a_role_is_an_apposition():
    text = "Banny Banerjii , director of the Stanford Design Program , is putting it on ."
    assert persons(text) == ["Banny Banerjii"]
    assert evidence.role_after("X , a local villager , told", 1) == "appositive"


def test_a_spaced_comma_before_no_role_is_no_apposition():
    assert persons("Banny Banerjii , Stanford Design Program and others put it on .") == []
    assert evidence.role_after("X , a company that makes chips", 1) is None
    assert evidence.role_after("X  , director of", 1) is None  # two spaces: no comma of this name


# ------------------------------------------------ a word before the name that describes the person


def test_a_former_role_or_a_nationality_noun_before_the_name_is_no_part_of_it():
    assert persons("GIRL POWER Ex-EastEnder Patsy Palmer changes careers as she sets up a campaign group.") == ["Patsy Palmer"]
    # the demonym goes; the name itself needs the article's evidence, no longer "Brit Kartik Bhanot"
    assert "Brit Kartik Bhanot" not in persons("Brit Kartik Bhanot, from Essex, witnessed the horror unfold with his dad.")
    assert persons("Brit Kartik Bhanot said he saw the lorry.") == ["Kartik Bhanot"]


def test_a_name_opened_by_the_word_or_a_thing_stays():
    assert persons("Brit Marling stars in the film.") == ["Brit Marling"]  # two words: a given name and a surname
    assert persons("Brit Awards Show returns to London.") == []
    assert persons("The Ex-Factor Show Tonight aired late.") == []
