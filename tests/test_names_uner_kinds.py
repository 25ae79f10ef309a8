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
