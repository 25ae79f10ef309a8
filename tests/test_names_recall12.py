"""Issue 14, recall round 12: a given name whose surname an editor put in a bracket right after it
(the misses of ``bench/names_unseen.py --split tune --verbose``), taken by
:mod:`newsclean.cleaners.names.recall12`. Each case has its negative: a results table's rider and
team, a people and its other name, a given name's full form, places, a longer phrase. The sentences
and the names are written for these tests, not copied from the corpora.
"""

from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons

DAY = dt.date(2008, 1, 10)


def persons(text: str, language: str = "en") -> list[str]:
    return sorted(find_persons(text, DAY, empty_gazetteer(), language=language)[0])


def test_a_given_name_with_its_surname_in_a_bracket_is_a_person():
    assert "Sam Stosar" in persons('"We have done well this year, with Sam (Stosar) and Alicia stepping up," she said.')
    assert "Sam Stosar" in persons('"I think Sam [Stosar] played really well," she said.')


def test_an_unlisted_first_word_with_a_listed_surname_mid_sentence():
    found = persons("The team has a quarterback named Juice (Williams) and a safety called Dere (Hicks) this season.")
    assert "Juice Williams" in found and "Dere Hicks" in found


def test_the_name_is_written_without_the_brackets():
    names, mentions = find_persons("They said Sam (Stosar) was ready to play.", DAY, empty_gazetteer(), language="en")
    assert names == ["Sam Stosar"]
    assert [m.surface for m in mentions] != ["Sam (Stosar)"]


def test_a_results_table_line_is_no_bracketed_surname():
    assert persons("Test day 2: 1. Baylis (Ducati) 1'32.2 2. Fabrizio (Ducati) 1'32.6 3. Hago (Yamaha) 1'32.4") == []


def test_a_plural_or_the_full_form_or_a_place_in_the_bracket_is_no_surname():
    assert persons("The rules discriminated against Roma (Gypsies) seeking entry to the country.") == []
    assert persons("He met Sam (Samuel) and Georgia (Tbilisi) and Jordan (Israel) on the trip.") == []
    assert persons("Fans came from Madrid (Spain) and Chelsea (London) for the final.") == []


def test_a_capitalised_word_before_the_pair_or_words_of_no_name_list():
    assert persons("Rebel Mujahideen (Taliban) fighters attacked the post.") == []
    # neither the word before the bracket nor the bracket's word is on the name lists
    assert persons("He read the report of Cooperation (Dirco) on the case.") == []


def test_other_languages_are_left_alone():
    assert persons("Er sagte, Sam (Stosar) spiele gut.", language="de") == []
