"""Issue 14, tail 4: the kinds of false persons left on the older hunt sets of web pages and BBC
articles (bench/names_hunt.py score --set N, N in 1-10, 12-14, 16), told by how the article uses
the run: a plural, a region's body, a royal's name after "the", a production worked on.

Each rule (newsclean/cleaners/names/tail4.py) has a positive case and a negative one. The texts
are written for these tests, not copied from the hunted pages.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons

DAY = dt.date(2020, 7, 7)


def persons(text, gaz=None, day=DAY, language="en", **kw):
    return find_persons(text, day, gaz if gaz is not None else empty_gazetteer(), language=language, **kw)[0]


# ------------------------------------------------------------------ a plural of a run


def test_the_plural_of_a_run_written_elsewhere_is_no_person():
    text = (
        "Previews of the musical Harold Pike were delayed, Mabel Orton said. "
        "The young Harold Pikes will benefit from the extra time."
    )
    got = persons(text)
    assert "Harold Pikes" not in got and "Mabel Orton" in got


def test_a_people_named_for_a_place_is_no_person():
    text = (
        "The storm hit Port Lanka hard, Mabel Orton said. "
        "A quarter of a million Port Lankans are at risk of poverty."
    )
    got = persons(text)
    assert "Port Lankans" not in got and "Mabel Orton" in got


def test_a_surname_ending_in_s_with_no_singular_in_the_article_stays():
    text = "Serena Williams won on Monday. Mabel Orton said Serena Williams had trained for weeks."
    assert "Serena Williams" in persons(text)


def test_a_person_ending_in_s_beside_a_namesake_without_it_stays():
    text = "Mabel Roberts, 34, met Harold Pike on Monday. Mabel Robert, her cousin, said nothing."
    got = persons(text)
    assert "Mabel Roberts" in got


# ------------------------------------------------------------------ a region's body


def test_a_body_named_for_its_region_is_no_person():
    text = (
        "Hundreds turned out to welcome the hunt on Saturday. A man was hurt at the end of "
        "the East Kent Hunt, near Ashford, Harold Pike said."
    )
    got = persons(text)
    assert "Kent Hunt" not in got and "Harold Pike" in got


def test_a_person_after_a_lowercase_adjective_stays():
    text = "Thousands went to hunt on Saturday. The protest was led by the late Jeremy Hunt, Harold Pike said."
    assert "Jeremy Hunt" in persons(text)


def test_a_region_without_the_words_lowercase_use_stays():
    text = "Voters in the North Jeremy Hunt constituency went to the polls, Harold Pike said. Jeremy Hunt won."
    assert "Jeremy Hunt" in persons(text)


# ------------------------------------------------------------------ a royal's name after "the"


def test_a_pub_named_for_a_royal_is_no_person():
    text = "Den died after being confronted by Zoe and Harold Pike in the Queen Vic on Christmas Day."
    got = persons(text)
    assert "Queen Vic" not in got and "Vic" not in got and "Harold Pike" in got


def test_a_royal_named_without_the_stays():
    text = "Queen Victoria opened the bridge in 1894, Harold Pike said."
    assert "Queen Victoria" in persons(text)


def test_the_princess_royal_stays():
    text = "A champagne bottle failed to break for the Princess Royal as she named the ship, Harold Pike said."
    assert "Princess Royal" in persons(text)


# ------------------------------------------------------------------ a production worked on


def test_a_production_worked_on_is_no_person():
    text = "The film is directed by Harold Pike, who has previously worked with Hanks on Forrest Gumby and Castaway."
    got = persons(text)
    assert "Forrest Gumby" not in got and "Harold Pike" in got


def test_a_person_worked_with_stays():
    text = "Mabel Orton has worked with Harold Pike for years. She worked on Monday with Joe Brisk."
    got = persons(text)
    assert "Harold Pike" in got and "Joe Brisk" in got


def test_a_makers_possessive_after_worked_on_stays():
    text = "Mabel Orton, who also worked on Harold Pike's Night Train, is up for art direction."
    got = persons(text)
    assert "Harold Pike" in got and "Mabel Orton" in got


# ------------------------------------------------------------------ a list of works after "such as"


def test_works_listed_after_such_as_are_no_persons():
    text = (
        "EA publishes blockbuster titles such as Fifa and Harold Pike, as well as games of "
        "movies such as Mabel Orton and the Joe Brisk films, Jan Kowal said."
    )
    got = persons(text)
    assert "Harold Pike" not in got and "Mabel Orton" not in got and "Jan Kowal" in got


def test_makers_listed_with_a_possessive_after_including_stay():
    text = "He produced award-winning movies including Harold Pike and Mabel Orton's Good Will Hunting."
    got = persons(text)
    assert "Harold Pike" in got and "Mabel Orton" in got


def test_people_listed_after_such_as_a_noun_of_people_stay():
    text = "The film stars actors such as Harold Pike and Mabel Orton, Jan Kowal said."
    got = persons(text)
    assert "Harold Pike" in got and "Mabel Orton" in got


# ------------------------------------------------------------------ a work's apposition


def test_a_run_whose_apposition_is_a_work_is_no_person():
    text = "Harold Pike - Leigh's 1950s drama about a backstreet abortionist - was named best film, Mabel Orton said."
    got = persons(text)
    assert "Harold Pike" not in got and "Mabel Orton" in got


def test_a_person_whose_apposition_holds_a_films_role_stays():
    text = "Harold Pike, the film's director, said so. Mabel Orton, star of the film about the war, agreed."
    got = persons(text)
    assert "Harold Pike" in got and "Mabel Orton" in got


def test_a_player_whose_apposition_is_a_play_stays():
    text = "He collided with Philadelphia's Harold Pike, a play that the 24-year-old said was suspicious."
    assert "Harold Pike" in persons(text)


# ------------------------------------------------------------------ an organisation's members after the run


def test_a_run_whose_staff_speak_is_no_person():
    text = "Clarewood House staff were at pains to point out that she attended, Harold Pike said."
    got = persons(text)
    assert "Clarewood House" not in got and "Harold Pike" in got


def test_a_persons_staff_after_a_possessive_stay():
    text = "Harold Pike's staff were at pains to point out that he attended, Mabel Orton said."
    got = persons(text)
    assert "Harold Pike" in got and "Mabel Orton" in got


def test_two_people_one_named_with_a_final_s_stay():
    got = persons("Jan Peters met Jan Peter in Oslo.")
    assert "Jan Peters" in got and "Jan Peter" in got
