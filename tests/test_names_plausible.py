"""Which capitalised runs are people: the plausibility rules, each with the look-alike it must keep."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsclean.cleaners.names import find_persons, plausible
from newsclean.cleaners.names.detect import MIN_COMPOUND_TAIL, MIN_GLUE_HEAD, lexicon_for, title_before

REPO = Path(__file__).resolve().parents[1]
DAY = dt.date(2019, 11, 1)


def names(text, gaz):
    return [(m.surface, m.canonical) for m in find_persons(text, DAY, gaz)[1]]


def persons(text, gaz):
    return find_persons(text, DAY, gaz)[0]


# ---------------------------------------------------------------- evidence from data packages


def test_vocabulary_thresholds():
    assert plausible.VOCABULARY_ZIPF == 4.0
    assert plausible.is_vocabulary("rights") and plausible.is_vocabulary("hosting")
    assert not plausible.is_vocabulary("jeb") and not plausible.is_vocabulary("sondland")
    # a word of one language, not a name used in all of them
    assert plausible.is_vocabulary_anywhere("bahkan") and plausible.is_vocabulary_anywhere("union")
    assert not plausible.is_vocabulary_anywhere("kurt") and not plausible.is_vocabulary_anywhere("liu")


def test_english_words_listed_as_nicknames_are_not_given_names(gaz):
    assert plausible.ENGLISH_WORD_GAP == 0.85
    for word in ("green", "little", "life", "west"):
        assert plausible.is_english_word_not_name(word), word
    for name in ("john", "michael", "bill", "mark", "kim", "maria"):
        assert not plausible.is_english_word_not_name(name), name
    lex = lexicon_for(gaz)
    assert not lex.is_given("little") and not lex.is_given("green")
    assert lex.is_given("tom") and lex.is_given("eva marie")


def test_places():
    assert plausible.MIN_CITY_POPULATION == 15000
    for place in ("el paso", "little rock", "west virginia", "new zealand"):
        assert plausible.is_place(place), place
    assert plausible.is_region("texas") and not plausible.is_region("adam")  # Adam, Oman is a city only
    assert not plausible.is_place("gordon sondland")


# ---------------------------------------------------------------- organisations, brands, works, places


@pytest.mark.parametrize(
    "text",
    [
        "The Walt Disney Co said so.",
        "Dick Clark Productions said.",
        "Officers at the Bartholomew County Sheriff office.",
        "Life Care Solutions Europe grew.",
        "the Jonas Brothers Added a date",
        "a jar of Don Victor® Honey",  # a registered mark
        "the Eve Door & Window sensor",  # "X & Y" is a firm or a product
        "with the B&H Financing Card today",  # a run never starts after "&"
        "films like “Mary Poppins” and “Bambi.”",  # a quoted title of a work
        "a trip to Walter Reed hospital on Saturday",  # a place named after someone
        "He flew to El Paso and Little Rock, then West Virginia.",
        "the commander of Kowloon West district said",
        "the University of Texas Austin campus",
        "Memahami Al Qur’an dan Hadits. [Al Maa-idah 2]",
        "We are using our Blue Moon lander.",
    ],
)
def test_not_persons(text, gaz):
    assert persons(text, gaz) == []


@pytest.mark.parametrize(
    "text, who",
    [
        ("Walt Disney founded it.", "Walt Disney"),
        ("Walter Reed said it.", "Walter Reed"),
        ("Virginia Giuffre said.", "Virginia Giuffre"),  # a given name that is also a place
        ("Danny Green scored.", "Danny Green"),  # a given name before one ordinary word
        ("Tom Young said.", "Tom Young"),
        ("SoftBank CEO Masayoshi Son said.", "Masayoshi Son"),
        ("Don Victor said.", "Don Victor"),
        ("Al Gore spoke.", "Al Gore"),  # the gazetteer knows him
        ("Lakers coach Jason Kidd said.", "Jason Kidd"),
    ],
)
def test_look_alikes_stay_persons(text, who, gaz):
    assert who in persons(text, gaz)


# ---------------------------------------------------------------- titles and leading words


@pytest.mark.parametrize(
    "before",
    ["the chairman of the ", "the UN High Commissioner for ", "a spokesperson for ", "deputy director of "],
)
def test_a_title_ending_in_a_link_word_introduces_an_office_not_a_person(before):
    assert title_before(before + "Joint Chiefs", len(before)) is None


def test_title_links_leave_real_titles(gaz):
    assert title_before("Secretary of State Marco Rubio", len("Secretary of State ")) == "Secretary of State"
    assert persons("the chairman of the Joint Chiefs of Staff said", gaz) == []
    assert persons("the UN High Commissioner for Human Rights said", gaz) == []


def test_of_never_joins_a_name():
    assert names("Michael Venus of New Zealand won.", None) == [("Michael Venus", "Michael Venus")]
    assert persons("They sang Fistful of Rice.", None) == []


def test_leading_words_before_the_name(gaz):
    # the end of an office's name, then a given name
    assert persons("He, U.S. Ambassador to the European Union Gordon Sondland and others", gaz) == ["Gordon Sondland"]
    assert persons("Director of Public Prosecution Eva-Marie Persson took over.", gaz) == ["Eva-Marie Persson"]
    # a sentence-opening word before a name the gazetteer knows
    assert ("Cook", "Tim Cook") in names("Benioff thanked Tim. Hosting Cook at Dreamforce is our dream, Benioff said.", gaz)
    assert names("Bahkan Jokowi difitnah.", gaz) == [("Jokowi", "Joko Widodo")]
    # a bare capital letter: a position on a roster
    assert persons("S Michael Thomas started.", gaz) == ["Michael Thomas"]
    # negatives: mid-sentence it is a nickname; after a title it is the name
    # ("Magic" is vocabulary before a known surname, so the run is dropped, as "our Blue
    # Moon lander" must be; what matters is that it never becomes Boris Johnson; recall 9 takes
    # it as a name of its own, "and" and a role joining it to "coach Jason Kidd")
    assert persons("Lakers great Magic Johnson and coach Jason Kidd.", gaz) == ["Jason Kidd", "Magic Johnson"]
    assert persons("Instagram head Adam Mosseri said.", gaz) == ["Adam Mosseri"]


def test_vocabulary_runs_even_after_an_honorific(gaz):
    assert persons("I think, Mr. Ranking Member, that would help.", gaz) == []


def test_compound_adjectives_are_not_names(gaz):
    assert MIN_COMPOUND_TAIL == 4
    assert names("Australian-born Assange faces a charge.", gaz) == [("Assange", "Julian Assange")]
    assert persons("for the NBA-leading Lakers", gaz) == []
    assert persons("Die App das DICOM-Format liest.", gaz) == []  # an acronym compound
    # short lowercase tails are Korean given names
    assert persons("Kim Jong-un met Moon Jae-in.", gaz) == ["Kim Jong Un", "Moon Jae-in"]


# ---------------------------------------------------------------- extraction damage


def test_camelcase_glue_is_split(gaz):
    assert MIN_GLUE_HEAD == 4
    got = names("Rep. Kristi NoemKristi Lynn NoemSouth Dakota said.", gaz)
    assert got and {c for _, c in got} == {"Kristi Noem"}
    got = persons("Alexandria Ocasio-CortezAlexandria Ocasio-CortezSanders spoke.", gaz)
    assert got == ["Alexandria Ocasio-Cortez"]
    # name prefixes and brands stay whole
    assert persons("Corey LaJoie and Matt DiBenedetto and Kathleen DelGiorno raced.", gaz) == [
        "Corey LaJoie", "Kathleen DelGiorno", "Matt DiBenedetto"
    ]
    assert persons("Amazon sells the HomeKit Entry Sensor.", gaz) == []


def test_runs_stop_at_scripts_without_capitals_and_underscores(gaz):
    assert persons("App Storeにない非公式アプリを利用することもできる", gaz) == []
    assert names("Art Director_Park Dong Woo, Lighting Design_Sin Ho", gaz)[0] == ("Park Dong Woo", "Park Dong Woo")
