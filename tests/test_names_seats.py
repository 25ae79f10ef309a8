"""Links audit 4: seats in bodies of many members (``seats`` column of the gazetteer,
``resolve._unheld_seat``), and bare surnames in a game's report (``_Doc.sports_report``).

"Rep. Cheney" in 2022 is not Dick Cheney, whose House seat ended in 1989; "Senator Clinton"
in 2005 is Hillary Clinton, who held a Senate seat then. A seat decides a titled mention; it
never supports a bare surname (435 people hold a House seat at a time). The sentences are
written for these tests.
"""
from __future__ import annotations

import datetime as dt

import pytest

from newsclean.cleaners.names import find_persons, load_gazetteer
from newsclean.cleaners.names.gazetteer import GazetteerError, parse_roles

CSV = """id,canonical,native,surname,aliases,roles,default_for_surname,seats
dick-cheney,Dick Cheney,,,,Vice President (US) 2001-01-20..2009-01-20,,Representative (US) 1979-01-03..1989-03-17
bill-clinton,Bill Clinton,,,,President (US) 1993-01-20..2001-01-20,yes,Governor of Arkansas (US) 1983-01-11..1992-12-12
hillary-clinton,Hillary Clinton,,,,Secretary of State (US) 2009-01-21..2013-02-01,,Senator (US) 2001-01-03..2009-01-21
mike-johnson,Mike Johnson,,,,Speaker of the House (US) 2023-10-25..,,Representative (US) 2017-01-03..
mitch-mcconnell,Mitch McConnell,,,,Senate Majority Leader (US) 2015-01-03..2021-01-20,,
tommy-tuberville,Tommy Tuberville,,,,,,
"""
GAZ = load_gazetteer(CSV)


def links(text, day):
    _, ms = find_persons(text, dt.date.fromisoformat(day), GAZ)
    return {m.surface: m.canonical for m in ms}


def test_a_seat_title_on_a_date_outside_the_seat_is_someone_else():
    assert links("Rep. Cheney voted against the measure on Tuesday.", "2022-03-01") == {"Cheney": None}
    assert links("Rep. Cheney voted against the measure on Tuesday.", "1985-03-01") == {"Cheney": "Dick Cheney"}


def test_former_seat_title_keeps_a_past_holder():
    assert links("Former Rep. Cheney spoke at the library on Tuesday.", "2022-03-01") == {"Cheney": "Dick Cheney"}


def test_the_seat_decides_between_two_bearers_of_a_surname():
    # Bill Clinton is the surname's default; the Senate seat on the date is Hillary's
    assert links("Senator Clinton said on Tuesday she would vote for the bill.", "2005-03-01") == {"Clinton": "Hillary Clinton"}
    assert links("Sen. Clinton said on Tuesday she would vote for the bill.", "2005-03-01") == {"Clinton": "Hillary Clinton"}
    assert links("Gov. Clinton signed the bill on Tuesday.", "1990-03-01") == {"Clinton": "Bill Clinton"}


def test_a_titled_mention_of_another_body_is_not_the_bearer():
    # a House seat is no Senate seat: "Sen. Johnson" in 2019 is not Mike Johnson
    assert links("Sen. Johnson said the vote would be close.", "2019-03-01") == {"Johnson": None}


def test_a_leader_of_a_chamber_sits_in_it():
    # "Senate Majority Leader" is a Senate seat; it needs no seats entry
    assert links("Sen. McConnell said the vote would be close.", "2017-03-01") == {"McConnell": "Mitch McConnell"}


def test_a_person_with_no_roles_nor_seats_is_not_contradicted():
    assert links("Sen. Tuberville said the vote would be close.", "2022-03-01") == {"Tuberville": "Tommy Tuberville"}


def test_other_titles_are_left_to_the_roles():
    # a non-seat title is judged as before: "President Clinton" in 1995 is Bill Clinton
    assert links("President Clinton said the vote would be close.", "1995-03-01") == {"Clinton": "Bill Clinton"}


def test_a_seat_never_supports_a_bare_surname():
    # Mike Johnson holds a House seat in 2019, but a bare "Johnson" in a US story is not him
    text = "Johnson said the U.S. economy was growing, and Congress should act."
    assert links(text, "2019-03-01").get("Johnson") is None


def test_a_gazetteer_without_the_seats_column_still_loads():
    old = "id,canonical,native,surname,aliases,roles,default_for_surname\ndick-cheney,Dick Cheney,,,,,\n"
    assert load_gazetteer(old).persons["dick-cheney"].seats == ()


def test_a_malformed_seat_names_its_row():
    bad = CSV.splitlines()[0] + "\nx,X Y,,,,,,Senator 2001\n"
    with pytest.raises(GazetteerError, match="seats"):
        load_gazetteer(bad)
    assert parse_roles("Senator (US) 2001-01-03..2009-01-21")[0].country == "US"


def test_a_white_house_post_is_no_house_seat():
    gaz = load_gazetteer(CSV + "reince-priebus,Reince Priebus,,,,White House Chief of Staff (US) 2017-01-20..2017-07-31,,\n")
    _, ms = find_persons("Rep. Priebus said the vote would be close.", dt.date(2017, 3, 1), gaz)
    assert [m.canonical for m in ms] == [None]


# ------------------------------------------------- a bare surname in a game's report needs support

SPORTS_GAZ = load_gazetteer(
    "id,canonical,native,surname,aliases,roles,default_for_surname,seats\n"
    "bill-gates,Bill Gates,,,,,,\n"
    "vladimir-putin,Vladimir Putin,,,,President (RU) 2012-05-07..,,\n"
)


def sport_links(text):
    _, ms = find_persons(text, dt.date(2020, 3, 1), SPORTS_GAZ)
    return {m.surface: m.canonical for m in ms}


def test_a_bare_rare_surname_in_a_match_report_is_left_unresolved():
    text = ("Gates was injured in the first half and did not return. The striker had scored twice this "
            "season, and the coach said the team would miss him in the cup final.")
    assert sport_links(text) == {"Gates": None}


def test_outside_a_match_report_the_rare_surname_still_links():
    assert sport_links("Gates was injured in a fall at his home, a spokesman for the foundation said.") == {"Gates": "Bill Gates"}


def test_in_a_match_report_a_supported_bearer_or_a_full_name_still_links():
    text = ("Putin watched the final from his box. The Russian president said the team had won a great "
            "victory in the cup, and the coach thanked the squad.")
    assert sport_links(text) == {"Putin": "Vladimir Putin"}
    text = "Bill Gates watched the match. Gates said the team had played a great season in the league and the cup."
    assert set(sport_links(text).values()) == {"Bill Gates"}
