"""Issue 14, recall round 8: people the detector read but left alone (the misses of
``bench/names_unseen.py --split tune --verbose`` and ``bench/names_n3.py score --split tune
--verbose``), taken on general evidence by :mod:`newsclean.cleaners.names.recall8`. Each rule
has a positive case and a negative one (places, firms, works and things in the same position it
must leave alone). The sentences and the names are written for these tests, not copied from
the corpora.
"""

from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons, recall8

DAY = dt.date(1987, 3, 1)


def persons(text: str, language: str = "en") -> list[str]:
    return sorted(find_persons(text, DAY, empty_gazetteer(), language=language)[0])


def unresolved(text: str, language: str = "en") -> list[str]:
    """The mentions kept as a person whose full name the text does not give."""
    return [m.surface for m in find_persons(text, DAY, empty_gazetteer(), language=language)[1] if m.canonical is None]


# ------------------------------------------------ a lone word a person's cue marks


def test_an_office_title_makes_a_lone_surname_a_person_mention():
    assert unresolved("The budget director said President Marvolo will veto the bill.") == ["Marvolo"]
    assert unresolved("West German Chancellor Dremmler said the talks would go on.") == ["Dremmler"]
    assert unresolved("He clean-bowled the visiting captain Hartley in a charity match.") == ["Hartley"]


def test_a_title_before_a_thing_or_a_place_is_no_cue():
    # an adjective in lowercase, a thing's name after "the", a royal's title opening a film's name,
    # an office that runs on into a place, a title after a comma (a firm in apposition)
    assert unresolved("It keeps compatibility within major Python versions.") == []
    assert unresolved("The deck holds the Major Arcana and the Fool.") == []
    assert unresolved("Princess Vardelle is streaming on Netflix now.") == []
    assert unresolved("The governor of South Dakota said the state is on it.") == []
    assert unresolved('"It is a risk," said a principal research analyst, Gartner.') == []


def test_kin_after_a_possessive_makes_a_lone_word_a_person_mention():
    assert unresolved("Outside the court, Brennick's attorney said his client was sorry.") == ["Brennick"]
    assert unresolved("Hiers and Trovalt 's daughter divorced a year later.") == ["Trovalt"]


def test_a_firm_with_lawyers_or_a_quoted_word_before_a_noun_is_no_kin_cue():
    assert unresolved("Apple's lawyers argued the case.") == []
    assert unresolved("'Bubbly' daughter found dead at home") == []


def test_a_relative_who_or_an_apposition_makes_a_lone_word_a_person_mention():
    assert unresolved("It is safer in a plane, says Quarrin, who lives in Indianapolis.") == ["Quarrin"]
    assert unresolved("The money came from Fellari, owner of a towing firm.") == []  # a preposition before: a firm may stand there
    assert unresolved("In the end Fellari, owner of a towing firm, paid the fine.") == ["Fellari"]


def test_groups_firms_and_lists_before_who_or_a_comma_are_left_alone():
    assert unresolved("The plane maker's investors included Daimler, who were paid first.") == []
    assert unresolved("The store uses a format other than Napster, Musicmatch, RealPlayer and others.") == []
    assert unresolved("A trust fund paid the Oatleys, who founded the estate.") == []


def test_a_speech_verb_makes_a_listed_name_a_person_mention_when_he_or_she_follows():
    assert unresolved("\u201cWe are looking for clarity,\u201d Jenkins said, adding that she would wait.") == ["Jenkins"]
    # a firm named like a person speaks too: "it" follows
    assert unresolved("In January, Marsh said it has already introduced new leadership.") == []
    # a word no name list knows: a firm or a news agency
    assert unresolved("\u201cThe growth drivers remain solid,\u201d Vextrona said, and he smiled.") == []


def test_a_place_after_a_preposition_is_no_speaker():
    assert unresolved("The head of the hotel federation in Florence said Saturday that he was worried.") == []


def test_a_word_used_elsewhere_in_a_longer_name_is_left_alone():
    assert unresolved("Skoda said he was pleased. Sales of Skoda Auto rose.") == []


def test_the_lone_word_rule_is_english_only_and_adds_no_name():
    assert recall8.cued_lone_words("President Marvolo said.", [], [], "de") == []
    assert persons("The budget director said President Marvolo will veto the bill.") == []



# ------------------------------------------------ a weak full name whose surname the article uses alone


def test_a_full_name_whose_surname_stands_alone_later_before_she_is_a_person():
    text = "Donna Kelmer has praised Morgan Swift's new album. Asked if she had advice for Swift about growing older, Donna said she did not."
    assert persons(text) == ["Donna Kelmer", "Morgan Swift"]
    text = "The visitors lost early wickets. Hadrik Pujaro and the captain batted on. Bowlers shook Pujaro with a bouncer that hit his helmet."
    assert "Hadrik Pujaro" in persons(text)


def test_a_surname_alone_later_before_it_or_written_in_lowercase_is_no_persons():
    # a product line that ships: "it"; the word in lowercase elsewhere: an English word
    assert persons("Donna Kelmer praised Morgan Swift's new line. Buyers waited for Swift and it shipped in May.") == ["Donna Kelmer"]
    text = "Donna Kelmer has praised Morgan Swift's new album. Asked about Swift, she gave a swift reply."
    assert persons(text) == ["Donna Kelmer"]


def test_a_quoted_title_or_a_word_of_a_hyphenated_name_gives_no_surname_alone():
    # the positive case above, with the run always in quotes (a title: a film, a song) ...
    text = "Donna Kelmer has praised \u201cMorgan Swift\u201d, the new album. Asked if she had advice for Swift about growing older, Donna said she did not."
    assert persons(text) == ["Donna Kelmer"]
    # ... or with its last word used only inside a hyphenated name, which is no use of the word alone
    text = "Donna Kelmer has praised Morgan Swift's new album. Asked if she had advice for Swift-Ann about growing older, Donna said she did not."
    assert "Morgan Swift" not in persons(text)


def test_a_place_at_the_end_of_a_longer_name_is_no_surname():
    text = "Students of Vorel Stus Doneshk National University met. In Doneshk he was born."
    assert "Stus Doneshk" not in persons(text)


def test_the_surname_rule_is_english_only():
    found: list = []
    assert recall8.surname_alone_later("Morgan Swift sang. Swift said he would.", found, [], "de") is found


def test_a_role_noun_or_an_employer_before_a_surname_is_no_full_name():
    text = "Goalscorer Tourani was also at fault. Wenger said they must help Tourani as he is low."
    assert "Goalscorer Tourani" not in persons(text)
    text = "Alstare Suzaki's Fonsi Nieto posted a lap. Nieto (Suzaki) was fast as he rode well."
    assert "Alstare Suzaki" not in persons(text)
