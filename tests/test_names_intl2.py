"""Issue 14, non-English names round 2 (bench/names_intl.py, round 2's pages): German common
nouns before a name, told by wordfreq's German statistics rather than a list of roles.

Each rule has a positive case and a negative one (text it must leave alone). The sentences
are written for these tests, not copied from the evaluation pages.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons, german

DAY = dt.date(2024, 5, 1)


def persons(text, gaz=None, day=DAY, **kw):
    return find_persons(text, day, gaz if gaz is not None else empty_gazetteer(), **kw)[0]


def test_common_noun_by_german_statistics():
    # German vocabulary, its feminine form, a glued or hyphenated compound with such a head
    assert german.common_noun("Ukrainer") and german.common_noun("Neuzugang")
    assert german.common_noun("Spezialistin") and german.common_noun("Vermögensverwalter")
    assert german.common_noun("Zahlungsverkehr-Spezialistin") and german.common_noun("Usyk-Promoter")
    # negative: names no wordfreq list has, and words frequent in English as much as in German
    assert not german.common_noun("Usyk") and not german.common_noun("Krassyuk") and not german.common_noun("Agit")
    assert not german.common_noun("People") and not german.common_noun("Pep") and not german.common_noun("Rom")


def test_german_nationality_noun_before_a_surname_is_not_part_of_the_name():
    text = "Am Samstag boxt Dmytro Hlushko gegen Tyrone Welby. Der Ukrainer Hlushko gilt als Favorit."
    assert persons(text, language="de") == ["Dmytro Hlushko", "Tyrone Welby"]
    # negative: a given name no list knows stays before a surname ("Agit Kabayel" shape)
    assert persons("Es wird ein Spektakel, sagte Varol Kabasch am Montag. Kabasch boxt im Vorprogramm.", language="de") == ["Varol Kabasch"]


def test_german_role_compound_the_list_lacks_before_a_surname(gaz):
    text = "Das sagt Christiane Wöllmer, Beraterin bei Capco. Das kostet Geld, sagt Zahlungsverkehr-Spezialistin Wöllmer."
    assert persons(text, language="de") == ["Christiane Wöllmer"]
    text = "Das sagte Boris Krassenko am Montag. Später sagte Tyson-Promoter Krassenko dem Portal, es werde hart."
    assert persons(text, language="de") == ["Boris Krassenko"]
    # a firm after such a noun is no person either
    assert persons("Konstantin Veit vom Vermögensverwalter Pimco betont das.", language="de") == ["Konstantin Veit"]
    # negative: a hyphenated given name or a hyphenated surname is no compound noun
    assert persons("Das sagte Karl-Heinz Wöllmer am Montag.", gaz, language="de") == ["Karl-Heinz Wöllmer"]
    assert persons("Das sagte Bundesrätin Elsbeth Baume-Schneider am Montag.", language="de") == ["Elsbeth Baume-Schneider"]


def test_after_a_role_noun_the_name_starts():
    # "Pep" is German vocabulary of sorts, but after "Trainer" it opens the name
    assert persons("Das sagte Trainer Pep Guardiola nach dem Spiel.", language="de") == ["Pep Guardiola"]
    assert persons("Pep Guardiola sagte am Montag, es sei gut.", language="de") == ["Pep Guardiola"]


def test_genitive_and_noun_before_a_listed_given_name():
    text = "Das sagte Usyks Promoter Alexander Krassyuk am Montag."
    assert persons(text, language="de") == ["Alexander Krassyuk"]
    # negative: a given name ending in -s before a surname and a second full name stays whole
    assert "Thomas Müller" in persons("Das Tor schoss Thomas Müller, Manuel Neuer hielt.", language="de")


def test_unlisted_given_name_before_a_gazetteer_surname_is_a_relative(gaz):
    # a word shaped like no noun before the surname of someone named in full: his mother
    text = "Tiger Woods hat sich entschuldigt. Kultida Woods gab dem Golf-Star volle Rückendeckung."
    ms = find_persons(text, dt.date(2010, 2, 20), gaz, language="de")[1]
    assert [(m.surface, m.canonical) for m in ms if "Kultida" in m.surface] == [("Kultida Woods", "Kultida Woods")]
    # negative: a noun shaped word before the surname stays a descriptor ("Topstar Woods")
    text = "Tiger Woods spielt. Topstar Woods kassierte eine Niederlage."
    assert persons(text, gaz, day=dt.date(2010, 2, 20), language="de") == ["Tiger Woods"]
    assert german.noun_like("Topstar") and german.noun_like("Golfstar") and not german.noun_like("Kultida")


def test_bare_surname_goes_to_the_gazetteer_person_when_a_relative_is_named_once(gaz):
    day = dt.date(2010, 2, 20)
    text = "Tiger Woods hat sich entschuldigt. Seine Frau Elin Woods schwieg. Woods will bald zurückkehren."
    ms = find_persons(text, day, gaz, language="de")[1]
    assert [m.canonical for m in ms if m.surface == "Woods"] == ["Tiger Woods"]
    # negative: a relative named in full twice makes the bare surname ambiguous again
    text = "Tiger Woods hat sich entschuldigt. Elin Woods schwieg. Elin Woods ging. Woods will bald zurückkehren."
    ms = find_persons(text, day, gaz, language="de")[1]
    assert [m.canonical for m in ms if m.surface == "Woods"] == [None]
    # negative: in English the rule does not apply
    text = "Tiger Woods apologised. His wife Elin Woods kept silent. Woods will return soon."
    ms = find_persons(text, day, gaz, language="en")[1]
    assert [m.canonical for m in ms if m.surface == "Woods"] != ["Tiger Woods"]
