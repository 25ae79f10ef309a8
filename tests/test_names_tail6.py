"""Issue 14, tail 6: false persons left on the older hunt sets (bench/names_hunt.py score --set N, N in
1-10, 12-14, 16) and English tune, told by a noun after the run ("the Matthew Harding stand", "Mad
Men star January Jones"), a list's noun before it ("three airports -- LaGuardia, John F. Kennedy")
or a noun of a nation's people in it ("Dane Kenneth Carlsen", "Roma Czechs were"), and a ship named
in apposition ("the Lighthouse Winmore, a Hong Kong-flagged ship,").

Each rule (newsclean/cleaners/names/tail6.py) has a positive case and a negative one. The texts
are written for these tests, not copied from the hunted pages.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons, load_gazetteer

DAY = dt.date(2020, 7, 7)
# a gazetteer whose one person makes "Kenneth" a given name the lists trust, as the full gazetteer does
KENNETH = load_gazetteer("id,canonical,native,surname,aliases,roles,default_for_surname,seats\nkenneth-orton,Kenneth Orton,,,,,,\n")


def persons(text, gaz=None, day=DAY, language="en", **kw):
    return find_persons(text, day, gaz if gaz is not None else empty_gazetteer(), language=language, **kw)[0]


# ------------------------------------------------------------------ a noun of a thing after the run


def test_a_stand_named_for_a_man_is_no_person():
    text = "Police battled with fans in the Harold Pikeman stand on Saturday, Mabel Orton said."
    got = persons(text)
    assert "Harold Pikeman" not in got and "Mabel Orton" in got


def test_a_rover_after_a_possessive_and_an_adjective_is_no_person():
    text = "The craft landed with its small Jade Rabbit rover, Mabel Orton said on Monday."
    got = persons(text)
    assert "Jade Rabbit" not in got and "Mabel Orton" in got


def test_the_man_a_stand_is_named_for_stays_where_the_article_names_him():
    text = (
        "Police battled with fans in the Harold Pikeman stand on Saturday. "
        "Harold Pikeman, the club's late director, gave the stand its name."
    )
    assert "Harold Pikeman" in persons(text)


def test_a_noun_a_person_also_owns_is_not_read():
    text = "Mabel Orton joined the Harold Pikeman campaign as a volunteer."
    assert "Harold Pikeman" in persons(text)


def test_a_thing_noun_without_a_determiner_before_the_run_is_not_read():
    text = "On Monday the mayor told Harold Pikeman plant workers would keep their jobs."
    assert "Harold Pikeman" in persons(text)


def test_a_possessive_run_before_a_thing_noun_stays():
    text = "Fans filled the Harold Pikeman's stand to honour him, Mabel Orton said."
    assert "Harold Pikeman" in persons(text)


# ------------------------------------------------------------------ a nation's noun opening the run


def test_a_nation_noun_is_cut_before_a_given_name_and_a_surname():
    text = (
        "Agassi struggled against left-handed Dane Kenneth Carlsby before winning. "
        "He wore down the 31-year-old Dane, ranked 88th in the world."
    )
    got = persons(text, KENNETH)
    assert "Kenneth Carlsby" in got and "Dane Kenneth Carlsby" not in got


def test_a_given_name_that_is_a_nation_noun_stays_where_no_such_nation_is_named():
    text = "Agassi struggled against left-handed Dane Kenneth Carlsby before winning in San Jose."
    got = persons(text, KENNETH)
    assert "Dane Kenneth Carlsby" in got


def test_a_nation_noun_is_cut_where_the_article_names_the_country():
    text = "Agassi struggled against Dane Kenneth Carlsby before winning. Denmark lost the final."
    got = persons(text, KENNETH)
    assert "Kenneth Carlsby" in got and "Dane Kenneth Carlsby" not in got


def test_a_nation_noun_before_one_word_stays():
    text = (
        "Scot Gemmill, the Scotland midfielder, signed for Everton on Monday. "
        "Gemmill played more than 200 games for Nottingham Forest."
    )
    assert "Scot Gemmill" in persons(text)


def test_a_lowercase_noun_is_no_nations_noun():
    text = (
        "Agassi struggled against Dane Kenneth Carlsby before winning. "
        "He walked the great dane of a neighbour on Monday."
    )
    assert "Dane Kenneth Carlsby" in persons(text, KENNETH)


# ------------------------------------------------------------------ a plural of a nation's noun


def test_a_group_ending_in_a_plural_nation_noun_is_no_person():
    text = "Figures suggested Roma Czechs were 400 times more likely to be stopped, Mabel Orton said."
    got = persons(text)
    assert "Roma Czechs" not in got and "Mabel Orton" in got


def test_a_plural_nation_noun_after_a_quantifier_is_no_person():
    text = "Lawyers took up the case of six unnamed Roma Czechs refused entry, Mabel Orton said."
    assert "Roma Czechs" not in persons(text)


def test_a_surname_that_is_a_plural_nation_noun_stays_without_a_plural_cue():
    text = "Actress Claire Danes said on Monday she would return to the stage next year."
    assert "Claire Danes" in persons(text)


# ------------------------------------------------------------------ an item of a list of buildings


def test_an_airport_in_a_list_of_airports_is_no_person():
    text = (
        "Heavy winds at all three airports -- Laguardo, Harold F. Pikeman and Newark -- caused delays, "
        "Mabel Orton said."
    )
    got = persons(text)
    assert "Harold Pikeman" not in got and "Mabel Orton" in got


def test_a_person_after_a_plural_noun_of_buildings_with_no_list_stays():
    text = "The airports were closed on Monday, and Harold Pikeman said the delays would last."
    assert "Harold Pikeman" in persons(text)


# ------------------------------------------------------------------ a work's star after the run


def test_a_show_before_its_star_is_no_person():
    text = "Hours after the count ended in a landslide for the mayor Mad Men star Mabel Orton posted this picture."
    got = persons(text)
    assert "Mad Men" not in got and "Mabel Orton" in got


def test_a_co_star_is_a_persons():
    text = "Harold Pikeman co-star Mabel Orton posted a picture of him on Monday."
    got = persons(text)
    assert "Harold Pikeman" in got and "Mabel Orton" in got


def test_a_person_starring_in_a_film_stays():
    text = "Harold Pikeman and Mabel Orton star in the film, which opens on Friday."
    assert "Harold Pikeman" in persons(text)


# ------------------------------------------------------------------ a ship or a building in apposition


def test_a_ship_named_in_apposition_is_no_person_at_any_mention():
    text = (
        "In this file photo, the Harold Winmore, a Hong Kong-flagged ship, is seen off Yeosu. "
        "Authorities said the Harold Winmore was seized in November, Mabel Orton said."
    )
    got = persons(text)
    assert "Harold Winmore" not in got and "Mabel Orton" in got


def test_a_ships_captain_in_apposition_is_a_person():
    text = "Harold Winmore, a ship's captain, said on Monday that the crew had been paid."
    assert "Harold Winmore" in persons(text)


def test_a_hotels_owner_in_apposition_is_a_person():
    text = "Harold Winmore, the hotel's owner, said on Monday that the rooms were full."
    assert "Harold Winmore" in persons(text)


# ------------------------------------------------------------------ a run inside a work's title (not read)


def test_a_person_named_in_a_books_title_stays():
    text = "Gerard Orton, The Tragedy of Harold Jennings Pikeman: Law and Backlash (Yale University Press, 2011)."
    assert "Harold Jennings Pikeman" in persons(text)
