"""Issue 14, recall round 13: people written with initials in capitals or by one word, where the
article shows them to be people (the misses of ``bench/names_unseen.py --split tune --verbose``),
taken by :mod:`newsclean.cleaners.names.recall13`. Each case has its negative: acronyms,
countries, titles, shouted words, common nouns and places, a given name sharing the surname after
"and". The sentences and the names are written for these tests, not copied from the corpora.
"""

from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons

DAY = dt.date(2008, 1, 10)


def persons(text: str, language: str = "en") -> list[str]:
    return sorted(find_persons(text, DAY, empty_gazetteer(), language=language)[0])


# initials in capitals before a surname the article also uses alone


def test_initials_before_a_surname_used_alone_elsewhere_are_a_person():
    text = "A fine knock from KVR Tendrakar held the innings together. Tendrakar's 84 came off 120 balls."
    assert "KVR Tendrakar" in persons(text)
    names, mentions = find_persons(text, DAY, empty_gazetteer(), language="en")
    assert [m.canonical for m in mentions if m.surface == "Tendrakar"] == ["KVR Tendrakar"]


def test_two_initials_before_a_surname_used_alone_elsewhere():
    assert "JW Strodtmann" in persons("The side was led by JW Strodtmann on the tour. After the tour Strodtmann went home.")


def test_initials_need_the_surname_alone_elsewhere():
    assert persons("The side was led by JW Strodtmann on the tour of the north.") == []


def test_an_acronym_used_on_its_own_is_no_initials():
    text = "The bank said IBX Holtzmer would grow. Holtzmer was launched in May. IBX shares rose."
    assert "IBX Holtzmer" not in persons(text)


def test_countries_titles_and_words_in_capitals_are_no_initials():
    assert persons("Officials backed the US Kerlandt plan. Kerlandt was a town of the north.") == []
    assert "PM Modi" not in persons("Reports said PM Modi met the chiefs. Modi spoke later.")  # PM is a title
    assert persons("Officials backed the UK Kerlandt plan. Kerlandt was a town of the north.") == []
    assert persons("A BRIEF NOTE on the vote. Note that the vote was close.") == []


def test_a_common_word_or_a_place_after_the_capitals_is_no_surname():
    assert persons("Crews opened the JRK Bridge today. Bridge traffic was light.") == []
    assert persons("Fans of the XKV Lisbon side cheered. Lisbon was happy.") == []


def test_a_capitalised_word_before_the_capitals_makes_a_longer_phrase():
    assert "JW Strodtmann" not in persons("The Royal JW Strodtmann cup was held. Strodtmann won it.")


def test_initials_in_other_languages_are_left_alone():
    assert persons("Das Team führte JW Strodtmann an. Strodtmann ging heim.", language="de") == []


# a one-word name listed beside a person the resolver named


def test_a_one_word_name_after_a_person_and_and_is_a_person():
    assert "Beyoncé" in persons("She spoke about her friends Jay Z and Beyoncé, saying they were kind.")


def test_a_one_word_name_before_and_and_a_stage_name_is_a_person():
    found = persons("Fans cheered as Rihanna and Jay Z sang onstage at the concert.")
    assert "Rihanna" in found and "Jay Z" in found
    assert "Rihanna Z" not in found  # a letter ends a stage name: no surname to share


def test_a_given_name_before_and_and_a_full_name_shares_the_surname():
    found = persons("Noah and Brooke Porter came to the party.")
    assert "Noah Porter" in found and "Noah" not in found


def test_a_common_word_or_a_place_beside_a_person_is_no_one_word_name():
    assert persons("She thanked Jay Z and Grace for the evening.") == ["Jay Z"]
    assert persons("She flew with Jay Z and Florence on the tour.") == ["Jay Z"]
    assert persons("She flew with Jay Z to Paris and Florence in May.") == ["Jay Z"]


def test_a_one_word_item_in_a_line_up_of_unnamed_words_is_no_person():
    # the other items are no people the resolver named: a line-up of surnames or places
    assert "Tamsin" not in persons("The squad: Jay Z, Tamsin, Ferrow, Dunkley and Brack.")


def test_a_role_in_capitals_or_a_thing_used_with_the_is_no_initials():
    assert "MVP Korvander" not in persons("The league named MVP Korvander, who starred all year. Korvander said he was proud.")
    # the lone uses of the word take a determiner or a preposition: a car, a base
    assert persons("I test drove a VX Phaetrom last week. The Phaetrom was fast. Buyers of the Phaetrom agreed.") == []
    assert persons("Police stopped coaches near RXF Fayrford. They were going to Fayrford when stopped.") == []


def test_a_one_word_item_that_opens_a_thing_or_sits_beside_no_person_is_no_name():
    assert "Sandro" not in persons("She wore a skirt by Jay Z, Sandro shoes and a bag.")
    assert "Tor" not in persons("The deal was spearheaded by Beth Meacham, Tor and the family agreed.")
    assert "Nadir" not in persons("The letter came from Kevin Hellard, Nadir's trustee in bankruptcy.")


# a one-word name that speaks


def test_a_one_word_name_with_a_speech_verb_is_a_person():
    assert persons("The stars reacted overnight. Cher said the world would never be the same.") == ["Cher"]
    assert "Kesha" in persons("'Let's all move away,' wrote Kesha alongside a selfie.")


def test_a_speaking_word_used_beside_capitalised_words_elsewhere_is_a_firm():
    assert "Meta" not in persons("Meta says attackers hid malware in ads. A Meta spokesperson declined to comment.")


def test_a_speaking_surname_of_someone_named_in_full_stays_theirs():
    names = persons('The goal came from Chris Drury. "I saw it go in," Drury said.')
    assert names == ["Chris Drury"]


def test_a_speaking_word_that_is_an_english_word_or_a_surname_with_its_particle_is_no_name():
    assert persons("The pitch was wet. Grace said nothing about it.") == []
    assert persons("The launch was late. Al-Rawahi said the team would try again.") == []


def test_a_speaking_word_the_lists_give_both_sexes_or_none_is_no_name():
    assert persons('The blogger wrote "Anon declares war on the church" last week.') == []


def test_a_speaking_word_after_a_preposition_is_a_firm_or_a_place():
    assert persons("Simon Rubinsohn, chief economist at Gerrard, said the figures were strong.") == ["Simon Rubinsohn"]
    # an apposition's article is no speech verb (French "a déclaré" is)
    assert persons("Lucy was replaced by her half-sister, Sadie, a black Labrador cross, in 2003.") == []


def test_a_speaking_given_name_after_an_occupation_noun_is_left_to_the_entertainer_test():
    assert persons("The nurse Sandrine said she was tired.") == []
    assert persons("In an interview, singer Sandrine said she was tired.") == ["Sandrine"]


def test_a_firm_noun_before_a_speaking_word_makes_it_the_firm():
    # found on hunt set 13 after the merge: the firm speaks through its manager
    assert persons("Christian Harris, partnership manager of mobile content firm Zed, said the system was essential.") == ["Christian Harris"]
    assert "Cher" in persons("Cher said the world will never be the same.")
