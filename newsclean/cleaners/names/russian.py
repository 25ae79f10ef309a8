"""Russian person names by dictionary: pymorphy3 and its OpenCorpora dictionary.

The given-name lists (faker) barely cover the names of Russian news ("Марат",
"Ержан", "Дмитрий"), and Russian inflects them ("Дмитрием Грибовым"). The
OpenCorpora dictionary that ``pymorphy3-dicts-ru`` ships in its wheel tags
given names (``Name``), surnames (``Surn``) and patronymics (``Patr``) with case
and number, and knows the ordinary words, places (``Geox``) and organisations
(``Orgn``) a capitalised run may also be. Only capitalised Cyrillic tokens are
ever looked up; the analyzer (about 0.15 s CPU) loads on the first one, so text
without Cyrillic never loads it.

>>> person_kinds("Дмитрием") >= {"Name"}, "Surn" in person_kinds("Путина")
(True, True)
>>> nominative_run(["Дмитрием", "Грибовым"]), nominative_run(["Анны", "Ивановой"])
(['Дмитрий', 'Грибов'], ['Анна', 'Иванова'])
>>> common_word("Москвы"), common_word("Министерство"), common_word("Марат")
(True, True, False)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
# A patronymic by its ending, for names the dictionary lacks (Kazakh, Ukrainian, Tatar
# fathers' names): Russian -ович/-евич/-овна/-евна/-ична (any case), Kazakh -улы/-кызы
# Kyrgyz -уулу, Azerbaijani -оглы/-гызы, as a word of their own or the end of one.
_PATRONYMIC = re.compile(r"(?:[ое]вич|[ое]вн|ичн|инич)(?:а|у|ем|е|ом|ы|ой|ою)?$|^(?:улы|уулу|кызы|оглы|гызы)$|.{3}(?:улы|уулу|кызы|оглы)$")
# The lowest share of the analyses a person reading must have to count as one: a
# word the dictionary mostly reads otherwise ("Песков": "песков" of "песок" 0.83,
# the surname 0.17) is still a surname in a name run; 0.05 drops guesses alone.
MIN_SCORE = 0.05
# The usual endings of Russian (and Russified Kazakh, Tatar, Ukrainian) surnames in any
# case: -ов/-ев/-ин/-ын, -ский/-цкий, and their feminine and oblique forms. The dictionary
# often reads a nominative one as a plural noun ("Грибов": of "гриб", "Токаев": of "токай").
_SURNAME_SHAPE = re.compile(r"(?:[оеё]в|[иы]н)(?:а|у|ым|ом|е|ой|ою|ых|ым|ыми)?$|(?:ск|цк)(?:ий|ой|ая|ого|ому|им|ом|ую|ой)$")
_CYRILLIC_WORD = re.compile(r"^[А-ЯЁ][а-яёА-ЯЁ\-]*$")


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@dataclass(frozen=True, slots=True)
class _Reading:
    tags: frozenset[str]
    score: float
    nominative: str | None  # the singular nominative of this reading, lowercase


@dataclass(frozen=True, slots=True)
class Analysis:
    known: bool  # the dictionary has the word (not a guess from its ending)
    readings: tuple[_Reading, ...]


# A place or institution named after a person ("ул. Льва Толстого", "проспект Мира",
# "завод имени Лихачёва"): the word before the name makes the whole a place.
_PLACE_BEFORE = re.compile(
    r"(?:(?<![а-яё])(?:ул|бул|просп|пр-т|пер|наб|пл|им)\.|(?<![а-яё])(?:улиц|проспект|переул|бульвар|набережн|площад|шоссе|имени)[а-яё]*)[ \t\u00a0]+$",
    re.IGNORECASE,
)


def place_before(text: str, start: int) -> bool:
    """The name at ``start`` follows a street word or "имени": it names a place."""
    return bool(_PLACE_BEFORE.search(text[max(0, start - 20) : start]))


def is_cyrillic_word(word: str) -> bool:
    """A capitalised word in Cyrillic letters (a hyphen may join two)."""
    return bool(_CYRILLIC_WORD.match(word))


@lru_cache(maxsize=65536)
def analyse(word: str) -> Analysis:
    """The dictionary's readings of one capitalised Cyrillic word (empty for any other word)."""
    if not is_cyrillic_word(word):
        return Analysis(False, ())
    morph = _analyzer()
    low = word.lower()
    readings = []
    for p in morph.parse(low):
        tags = frozenset(str(g) for g in p.tag.grammemes)
        nom = None
        if tags & PERSON_TAGS:
            gender = "femn" if "femn" in tags else "masc"
            form = p.inflect({"nomn", "sing", gender}) if "plur" not in tags or "Pltm" in tags else None
            if form is None:
                form = p.inflect({"nomn"})
            nom = form.word if form is not None else None
        readings.append(_Reading(tags, float(p.score), nom))
    return Analysis(morph.word_is_known(low), tuple(readings))


def person_kinds(word: str, min_score: float = MIN_SCORE) -> frozenset[str]:
    """The person tags (Name, Surn, Patr) of the word's readings that the dictionary has."""
    a = analyse(word)
    out: set[str] = set()
    for r in a.readings:
        if r.score >= min_score:
            out |= r.tags & PERSON_TAGS
    return frozenset(out)


def common_word(word: str) -> bool:
    """A word the dictionary knows with no person reading at all: a common noun,
    adjective, verb, a place (Geox) or an organisation (Orgn)."""
    a = analyse(word)
    return a.known and bool(a.readings) and not any(r.tags & PERSON_TAGS for r in a.readings)


def given_name(word: str) -> bool:
    """A given name the dictionary has (a guess from the ending is no evidence)."""
    return analyse(word).known and "Name" in person_kinds(word)


def patronymic(word: str) -> bool:
    """A patronymic: tagged Patr, or by its ending (names the dictionary lacks)."""
    return "Patr" in person_kinds(word) or bool(_PATRONYMIC.search(word.lower()))


def person_run(words: list[str]) -> bool:
    """A run of Cyrillic words shaped like a Russian person's name: given name and
    surname ("Дмитрием Грибовым"), given name and patronymic (with a surname), or
    surname first ("Грибов Дмитрий Сергеевич"). Every word must be Cyrillic."""
    if not 2 <= len(words) <= 4 or not all(is_cyrillic_word(w) for w in words):
        return False
    if len(words) >= 3 and patronymic(words[1]) and given_name(words[0]):
        return True  # Name Patr Surn
    if len(words) >= 2 and patronymic(words[-1]) and (given_name(words[-2]) or (len(words) == 2 and not common_word(words[0]))):
        return True  # (Surn) Name Patr, or a given name the dictionary lacks before a patronymic
    if len(words) == 2:
        if given_name(words[0]) and surname_like(words[1]):
            return True
        if "Surn" in person_kinds(words[0]) and given_name(words[1]) and not common_word(words[0]):
            return True  # surname first ("Иванов Иван")
    return False


# Most words a transliterated foreign name may have after its given name ("Джеффри Дин
# Морган": a middle name and a surname).
MAX_FOREIGN_RUN = 3


def foreign_name_run(words: list[str]) -> bool:
    """A given name the dictionary knows (``Name``) followed by a surname it does not: a
    foreign name written in Cyrillic ("Саймон Кратшмер", "Джозефом Брантом", "Джон
    Бергойн"; round 19). Each word after the given name is a surname by the dictionary or
    by its ending, a given name (a middle name), or a word the dictionary does not know at
    all and reads as no place or organisation; the last one is no given name alone
    ("Анна Мария" is two given names) and no word the dictionary knows otherwise ("Бенуа
    Пера": "пера" is a word). Every word is a capitalised Cyrillic word.

    >>> foreign_name_run(["Саймон", "Кратшмер"]), foreign_name_run(["Джона", "Бергойна"])
    (True, True)
    >>> foreign_name_run(["Анна", "Москва"]), foreign_name_run(["Кратшмер", "Саймон"])
    (False, False)
    """
    if not 2 <= len(words) <= MAX_FOREIGN_RUN or not all(is_cyrillic_word(w) for w in words):
        return False
    if not given_name(words[0]):
        return False
    for i, w in enumerate(words[1:], start=1):
        a = analyse(w)
        if any(r.tags & {"Geox", "Orgn"} for r in a.readings if r.score >= MIN_SCORE) and "Surn" not in person_kinds(w):
            return False
        last = i == len(words) - 1
        if surname_like(w):
            continue
        if not last and given_name(w):
            continue
        if a.known:
            return False  # a word the dictionary knows, and not as a surname
    return True


_SPEECH = frozenset(
    """
    сказал сказала заявил заявила отметил отметила написал написала сообщил сообщила пояснил пояснила
    добавил добавила подчеркнул подчеркнула рассказал рассказала ответил ответила говорит говорил говорила
    считает уточнил уточнила признал признала
    """.split()
)
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w\-])([а-яё][а-яё\-]*)[ \t\u00a0]+$")
_AFTER_COMMA = re.compile(r"^[ \t\u00a0]*,[ \t\u00a0]+(?:([а-яё]+)[ \t\u00a0]+)?([а-яё][а-яё\-]*)(?![\w\-])")
_WORD_AFTER = re.compile(r"^[ \t\u00a0]+([а-яё]+)(?![\w\-])")


@lru_cache(maxsize=65536)
def animate_noun(word: str) -> bool:
    """A lower-case noun the dictionary reads first as animate: a person's noun ("режиссером",
    "коллегой-режиссером": the last part of a compound, "помощник"); "группа" and "компания" are not."""
    parses = _analyzer().parse(word.split("-")[-1])
    return bool(parses) and "NOUN" in parses[0].tag and "anim" in parses[0].tag


def person_cue_around(text: str, start: int, end: int) -> bool:
    """A Russian person's cue at the run ``text[start:end]`` (round 19): an animate noun right
    before ("с коллегой-режиссером Гартом Дженнингсом"), a speech verb right before or after
    ("написала Кори Шульман"), or an apposition after a comma whose noun is animate (", специальный
    помощник президента")."""
    before = _LOWER_WORD_BEFORE.search(text[max(0, start - 40) : start])
    if before and (before.group(1) in _SPEECH or animate_noun(before.group(1))):
        return True
    after = _WORD_AFTER.match(text[end : end + 30])
    if after and after.group(1) in _SPEECH:
        return True
    comma = _AFTER_COMMA.match(text[end : end + 60])
    if comma is None:
        return False
    return animate_noun(comma.group(2)) or (comma.group(1) is not None and animate_noun(comma.group(1)))


def cued_person_run(words: list[str]) -> bool:
    """Two capitalised Cyrillic words that may be a foreign name once a person's cue stands by
    (:func:`person_cue_around`): the last no word the dictionary knows otherwise (a surname or
    an unknown word: "Шульман", "Дженнингсом"), no place or organisation among them; the first
    may be a word the dictionary also knows ("Кори": "корь" in the genitive)."""
    if len(words) != 2 or not all(is_cyrillic_word(w) for w in words):
        return False
    if any(r.tags & {"Geox", "Orgn"} for w in words for r in analyse(w).readings if r.score >= MIN_SCORE):
        return False
    if any(_adjective(w) for w in words) or _common_nominative(words[0]):
        return False  # "Священной Римской империи", "Представитель Харлей-Дэвидсон заявила"
    return not common_word(words[1]) and not patronymic(words[0])


def _adjective(word: str) -> bool:
    """A word the dictionary knows and reads first as an adjective or a participle ("Римской")."""
    a = analyse(word)
    return a.known and bool(a.readings) and bool(a.readings[0].tags & {"ADJF", "ADJS", "PRTF", "PRTS"})


def _common_nominative(word: str) -> bool:
    """A word the dictionary knows as a common word in the nominative singular ("Представитель"), not only
    in oblique cases ("Кори": "корь" in the genitive)."""
    a = analyse(word)
    return a.known and any({"nomn", "sing"} <= r.tags and not r.tags & PERSON_TAGS and r.score >= MIN_SCORE for r in a.readings)


def surname_shaped(word: str) -> bool:
    """A capitalised Cyrillic word tagged Surn or with a surname's ending ("Грибов", "Ростов")."""
    return "Surn" in person_kinds(word) or (is_cyrillic_word(word) and bool(_SURNAME_SHAPE.search(word.lower())))


def surname_like(word: str) -> bool:
    """A surname by the dictionary, or by a surname ending in a word the dictionary
    does not read as a place or an organisation ("Тулегенов", "Грибов", but not "Ростов")."""
    if "Surn" in person_kinds(word):
        return True
    if not is_cyrillic_word(word) or not _SURNAME_SHAPE.search(word.lower()):
        return False
    return not any(r.tags & {"Geox", "Orgn"} for r in analyse(word).readings)


def not_a_name(words: list[str]) -> bool:
    """Every word is one the dictionary knows with no person reading ("Министерство
    Обороны", "Эра Глонасс" is not: "Глонасс" is unknown)."""
    return bool(words) and all(common_word(w) for w in words)


def nominative(word: str) -> str | None:
    """The word in the nominative singular of its best singular person reading,
    capitalised as written ("Дмитрием" -> "Дмитрий", "Ивановой" -> "Иванова"); the word
    itself when one such reading is already the nominative; None when the dictionary has
    no singular person reading for it or the nominative is ambiguous."""
    a = analyse(word)
    persons = [r for r in a.readings if r.tags & PERSON_TAGS and r.nominative and r.score >= MIN_SCORE and "sing" in r.tags]
    if not persons:
        return None
    if any("nomn" in r.tags for r in persons):
        return word
    best = max(persons, key=lambda r: r.score)
    if not a.known and best.score < max(r.score for r in a.readings):
        return None  # a guess from the ending that reads the word otherwise first
    # a reading of another gender or lemma with the same score: no safe choice
    if any(r.nominative != best.nominative and abs(r.score - best.score) < 1e-9 for r in persons):
        return None
    nom = best.nominative
    assert nom is not None
    return _recase(nom, word)


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _forms(word: str) -> dict[tuple[str, str], tuple[float, str]]:
    """(case, gender) -> (score, nominative) of the word's singular person readings; a
    surname of common gender ("Цеткин", ``ms-f``) counts for both genders."""
    a = analyse(word)
    out: dict[tuple[str, str], tuple[float, str]] = {}
    for r in a.readings:
        if not (r.tags & PERSON_TAGS) or "sing" not in r.tags or not r.nominative:
            continue
        case = next((c for c in _CASES if c in r.tags), None)
        if case is None:
            continue
        genders = ("masc", "femn") if "ms-f" in r.tags else tuple(g for g in ("masc", "femn") if g in r.tags)
        for g in genders:
            if out.get((case, g), (-1.0, ""))[0] < r.score:
                out[(case, g)] = (r.score, r.nominative)
    return out


def nominative_run(words: list[str]) -> list[str] | None:
    """A Russian name's words in the nominative, read in one case and gender for the
    whole run ("Дмитрием Грибовым" -> "Дмитрий Грибов", "Карла Либкнехта" -> "Карл
    Либкнехт", not the woman's name "Карла"); the words as written when they can all be
    nominative. When no case and gender fits every word, an unambiguously oblique given
    name sets the case and the surname's ending gives its nominative ("Павла Вовка" ->
    "Павел Вовк", "Лотара Маттеуса" -> "Лотар Маттеус"); None when that fails too (a
    half-inflected name is worse than the name as written).

    >>> nominative_run(["Павла", "Вовка"]), nominative_run(["Владимира", "Келеберды"])
    (['Павел', 'Вовк'], ['Владимир', 'Келеберда'])
    >>> nominative_run(["Александра", "Кармазина"]) is None  # "Александра" may be a woman's nominative
    True
    """
    forms = [_forms(w) for w in words]
    if not forms or not forms[0]:
        return None
    shared = set(forms[0]).intersection(*forms[1:]) if all(forms) else set()
    if not shared:
        return _by_given_name_case(words, forms)

    def score(k: tuple[str, str]) -> float:
        return sum(f[k][0] for f in forms)

    top = max(score(k) for k in shared)
    ties = [k for k in shared if top - score(k) < 1e-9]
    if any(case == "nomn" for case, _ in ties):
        return list(words)  # as likely as any other reading: the name as written is its nominative
    if len({tuple(f[k][1] for f in forms) for k in ties}) > 1:
        return None  # two readings fit equally well and give different names
    best = min(ties, key=lambda k: (_CASES.index(k[0]), k[1]))  # the readings agree; pick one the same way every run
    out = [_recase(f[best][1], w) for f, w in zip(forms, words, strict=True)]
    # a surname the dictionary only guesses as indeclinable ("Келеберды") declines
    # like the given name before it: its ending gives the nominative ("Келеберда"),
    # when every reading that fits agrees on it ("Бернарда Тапи" may be a man's or a
    # woman's genitive: the surname stays as written)
    for i in range(1, len(words)):
        if out[i] == words[i] and not analyse(words[i]).known:
            guesses = {_surname_nominative(words[i], *k) or out[i] for k in ties}
            if len(guesses) == 1:
                out[i] = guesses.pop()
    return out


def _oblique_case(form: dict[tuple[str, str], tuple[float, str]]) -> tuple[str, str] | None:
    """The case and gender of a given name that cannot be the nominative ("Павла":
    genitive, masculine), its best reading; None when a nominative reading exists."""
    if not form or any(case == "nomn" for case, _ in form):
        return None
    return max(form, key=lambda k: form[k][0])


def _by_given_name_case(words: list[str], forms: list[dict[tuple[str, str], tuple[float, str]]]) -> list[str] | None:
    """Russian name words the dictionary cannot read in one shared case: when the given
    name is unambiguously oblique ("Павла" is genitive), every later word is in that case
    too, and a word the dictionary does not read in it is put in the nominative by its
    ending ("Павла Вовка" -> "Павел Вовк"). None when the given name may be nominative or
    an ending says nothing safe."""
    key = _oblique_case(forms[0])
    if key is None:
        return None
    out = [_recase(forms[0][key][1], words[0])]
    for w, f in zip(words[1:], forms[1:], strict=True):
        nom = _recase(f[key][1], w) if key in f else _surname_nominative(w, *key)
        if nom is None:
            return None
        out.append(nom)
    return out


# Masculine surname endings per oblique case, and what replaces them in the nominative:
# a consonant stem ("Вовк": Вовка, Вовку, Вовком) or an -а stem ("Келеберда":
# Келеберды, Келеберде, Келеберду, Келебердой). Endings shared by both declensions in
# one case ("-е" of the dative and locative, "-у" of the dative and the accusative of
# -а stems) are left out: no safe choice.
_MASC_ENDINGS = {
    "gent": (("ы", "а"), ("и", "а"), ("а", "")),
    "accs": (("а", ""),),
    "ablt": (("ой", "а"), ("ей", "я"), ("ом", ""), ("ем", "")),
}
# Fewest letters a surname's stem keeps ("Вовк" has four).
MIN_SURNAME_STEM = 3


def _surname_nominative(word: str, case: str, gender: str) -> str | None:
    """The nominative of a masculine surname in ``case`` by its ending, or None."""
    if gender != "masc" or not is_cyrillic_word(word):
        return None
    low = word.lower()
    for end, repl in _MASC_ENDINGS.get(case, ()):
        if low.endswith(end) and len(low) - len(end) >= MIN_SURNAME_STEM:
            return _recase(low[: -len(end)] + repl, word)
    return None


def _recase(low: str, like: str) -> str:
    """``low`` capitalised like ``like`` (first letter and each letter after a hyphen)."""
    if like.isupper() and len(like) > 1:
        return low.upper()
    return "-".join(p[:1].upper() + p[1:] for p in low.split("-"))
