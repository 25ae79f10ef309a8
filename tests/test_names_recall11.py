"""Issue 14, recall round 11: "<Given> <Surname>" joined by "and" to a full name the detector took
(the misses of ``bench/names_unseen.py --split tune --verbose``), taken by
:mod:`newsclean.cleaners.names.recall11`. Each case has its negative: teams, regions, colleges and
places in the same position the rule must leave alone. The sentences and the names are written for
these tests, not copied from the corpora.
"""

from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons

DAY = dt.date(2008, 1, 10)


def persons(text: str, language: str = "en") -> list[str]:
    return sorted(find_persons(text, DAY, empty_gazetteer(), language=language)[0])


def test_a_country_as_given_name_after_and_a_full_name_is_a_person():
    found = persons("The game was over when cornerbacks Marcus Trufort and Jordan Babinot each scored on late interceptions.")
    assert "Jordan Babinot" in found and "Marcus Trufort" in found
    # the run before "and" too
    found = persons("The bookend tackle tandem of Chad Cliftby and Mark Tauschner will be ones to watch.")
    assert "Chad Cliftby" in found and "Mark Tauschner" in found


def test_a_surname_that_is_an_english_word_after_an_english_given_name():
    found = persons("The 31-year-old was third behind Hayley Yelling and Justyna Bakowa in last week's race.")
    assert "Hayley Yelling" in found and "Justyna Bakowa" in found
    assert "Dan Crowd" in persons("Join Jess McDonnel and Dan Crowd on the news show to get today's scoops.")


def test_a_middle_initial_stays_in_the_run():
    names, mentions = find_persons("Defensive backs Marcus Trufort and Jordan T. Babinot each scored late.", DAY, empty_gazetteer(), language="en")
    assert "Jordan Babinot" in names
    assert "Jordan T. Babinot" in {m.surface for m in mentions}


def test_places_teams_and_colleges_beside_a_full_name_are_no_person():
    # an English word after a given name that also names a place or a region: a college
    found = persons("The coach met Paul Smithers and Georgia State officials on Monday.")
    assert "Paul Smithers" in found and not any("Georgia" in p for p in found)
    # a team's or a place's word as the last word
    found = persons("Then Mark Tauschner and Green Bay won the game. Tom Hanksley and Jordan Valley farmers met.")
    assert not any("Green" in p or "Valley" in p for p in found)
    assert not any("Virginia" in p for p in persons("Coach Paul Smithers and Virginia Tech agreed a deal."))


def test_no_full_name_across_and_no_partner():
    # a lone surname or a lone given name across "and" is no partner
    assert not any("Jordan" in p for p in persons("Trufort and Jordan Babinot each scored on late interceptions."))
    # a capitalised word before the run makes it part of a longer phrase
    assert not any("Chad" in p for p in persons("The Lake Chad Cliftby and Mark Tauschner were seen."))
