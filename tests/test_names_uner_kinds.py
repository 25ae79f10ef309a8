"""Issue 14, round 19: the kinds of misses read on the tune half of Universal NER's parallel
sentences in English, German and Russian (``bench/names_uner.py --split tune --verbose``;
labels this project did not write). Rules: :func:`cleaners.names.russian.foreign_name_run`
(one call in ``detect``) and :mod:`cleaners.names.regnal`.

Each rule has a positive case and a negative one (text it must leave alone). The sentences
are written for these tests, not copied from the corpus.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons, russian

DAY = dt.date(2023, 11, 1)


def persons(text, language="en"):
    return find_persons(text, DAY, empty_gazetteer(), language=language)[0]


# ------------------------------------------ Russian: a known given name, a foreign surname


def test_a_dictionary_given_name_before_a_surname_the_dictionary_lacks_is_a_person():
    # "Хьюго" and "Джейсон" are given names of the Russian dictionary; the surnames are in no
    # dictionary or list, and end in no Russian surname ending
    assert persons("Премию получил Джейсон Сигел.", language="ru") == ["Джейсон Сигел"]
    assert persons("Индейцы прибыли, ведомые Джозефом Брантом.", language="ru") == ["Джозеф Брант"]
    assert len(persons("Мост построили под руководством Хьюго Блэкторна.", language="ru")) == 1


def test_a_given_name_before_a_place_or_a_known_word_is_left_alone():
    assert persons("Этот мост Хьюго Лондон не строил.", language="ru") == []  # a place
    assert persons("Книгу Хьюго Пера никто не читал.", language="ru") == []  # "пера": a word the dictionary knows
    assert persons("Вчера Хьюго Кремль посетил.", language="ru") == []


def test_foreign_name_run_wants_the_given_name_first():
    assert russian.foreign_name_run(["Джейсоном", "Сигелом"])
    assert not russian.foreign_name_run(["Сигелом", "Джейсоном"])
    assert not russian.foreign_name_run(["Джейсон", "Сигел", "Брант", "Блэкторн"])  # longer than a name
    assert not russian.foreign_name_run(["Jason", "Segel"])  # Cyrillic only


def test_a_foreign_name_the_dictionary_cannot_vouch_for_is_a_person_beside_a_russian_cue():
    # "Кори" is also "корь" in the genitive; a speech verb before and an apposition after say person
    assert persons("– написала Кори Шульман, специальный помощник мэра, в блоге.", language="ru") == ["Кори Шульман"]
    # an animate noun right before (the last part of a compound): a person's noun
    assert persons("Он дружит с коллегой-режиссером Гартом Дженнингсом давно.", language="ru") == ["Гартом Дженнингсом"]


def test_no_russian_cue_or_a_thing_noun_or_adjectives_leave_the_pair_alone():
    assert persons("Вчера компания Кори Шульман выпустила отчёт.", language="ru") == []  # "компания": inanimate
    assert persons("Он получил титул императора Священной Римской империи.", language="ru") == []  # adjectives
    assert persons("Представитель Харлей-Дэвидсон заявила, что сроки не точны.", language="ru") == []  # a role noun first
    assert persons("Он жил в Кори Шульман, говорит он.", language="ru") == []  # no cue at the pair itself


# ------------------------------------------ a ruler's name and regnal number, no title


def test_a_given_name_and_a_regnal_numeral_name_a_ruler_in_each_language():
    assert persons("The crown passed to Edward IV and later to Richard III, his brother.") == ["Edward IV", "Richard III"]
    assert persons("The first ruler was Mojmír I (ruled 830-846).") == ["Mojmír I"]
    assert persons("Der erste Herrscher war Mojmír I. (830-846).", language="de") == ["Mojmír I."]
    assert persons("Im Jahr 1969 schaffte Papst Paul VI. die Strafe ab.", language="de") == ["Paul VI."]
    assert persons("Die Stadt fiel an den Pharao Thutmosis III nach einem Angriff.", language="de") == ["Thutmosis III"]
    assert persons("Первым правителем был Моймир I (830—846).", language="ru") == ["Моймир I"]
    assert persons("Трон перешёл к Ричарду III.", language="ru") == ["Ричард III"]
    # a place or a possessive before the name does not run on into it
    assert persons("Позже король Македонии Аминта I признал власть персов.", language="ru") == ["Аминта I"]
    assert persons("Later the king, Egypt's Thutmose III, took the city.") == ["Thutmose III"]
    # an organisation's possessive runs on into it ("all-time king of the launch circuit" is no ruler)
    assert persons("NASA's Saturn V moon rocket, still all-time king of the launch circuit, flew.") == []


def test_a_numeral_after_a_war_a_model_or_the_pronoun_is_no_ruler():
    assert persons("During World War II the city grew.") == []
    assert persons("He bought the Mark II in 1960.") == []  # an article before: a thing
    assert persons("The Chapter IV of the law was changed.") == []  # a word
    assert persons("When Mary I said no, we left.") == []  # the pronoun "I"
    assert persons("Sie kaufte ein Modell III im Mai.", language="de") == []
    # no ruler's word anywhere near: a game or a film, not a king
    assert persons("Fans hated the loot boxes in Battlefront II last year.") == []
    assert persons("The crowd loved Rocky II when it opened.") == []
    # one use after an article makes a thing of every use, a king's word nearby or not
    assert persons("The old king fled to Tallon IV. Later the Tallon IV outpost fell.") == []


# ------------------------------------------ things named in German, Russian and Romance text


def test_a_latin_script_run_in_a_russian_article_is_no_person():
    assert persons("В июне исландская группа Varnish Lorp выпустила видео.", language="ru") == []
    assert persons("Лошадей держали на Villa Stracci под Миланом.", language="ru") == []
    # negative: the same sentence with the name in Cyrillic keeps it; a mixed run is left to the other rules
    assert persons("Фильм снял режиссёр Джейсон Сигел в июне.", language="ru") == ["Джейсон Сигел"]


def test_a_german_noun_of_a_band_or_a_school_before_a_run_makes_it_a_thing():
    assert persons("Im Juni veröffentlichte die Band Sigrid Lorp ein Video.", language="de") == []
    assert persons("Vier Studenten der Universität Roma Tre bauten einen Helm.", language="de") == []
    # negative: a person named after an ordinary noun, and the owner after "von"
    assert persons("Im Juni veröffentlichte die Sängerin Sigrid Lorp ein Video.", language="de") == ["Sigrid Lorp"]


def test_a_house_or_castle_noun_opening_a_run_names_a_place():
    assert persons("The horses were kept at Villa Pelucca, near the river.") == []
    assert persons("Die Pferde standen in der Villa Pelucca bei Mailand.", language="de") == []
    assert persons("The horses were kept by Marco Pelucca, near the river.") == ["Marco Pelucca"]


def test_a_given_name_that_is_also_a_place_noun_elsewhere_is_left_alone():
    assert persons("The actress Isla Murray said she was thrilled.") == ["Isla Murray"]


# ------------------------------------------ a Chinese name in pinyin in German text


def test_a_pinyin_full_name_is_a_person_in_german_text_too():
    assert persons("Shen Kuo beeindruckte Wang Anshi bald mit seinen Fähigkeiten.", language="de") == ["Wang Anshi"]
    assert persons("Im Mai flogen sie nach Hong Kong und weiter.", language="de") == []  # one syllable each: a place
