"""Name shapes the detector's other rules miss or misread (issue 14, round 16: the tune half
of GUM's Wikinews news, ``bench/names_gum.py``). English articles; pure functions over the
detector's tokens and strings.

- :func:`hyphenated_given_name`: a listed surname of one syllable or two, then a
  hyphenated given name of two romanised Korean or Chinese syllables ("Park Joo-Ho",
  "Hwang Hee-Chan", "Cheng Chung-tai") is a person's name by its shape alone, without the
  cue the unhyphenated shape ("Han Tae Song") needs; two parts that are both English words
  ("Hip-Hop", "Lo-Fi", "Wi-Fi") are no given name.
- :func:`office_object_runs_on`: after a title ending in "of the <Capitalised word>"
  ("Director of the National"), a run with no listed given name and no listed surname,
  and an English word among its words ("Iodine Nutrition"), is the rest of the office's organisation ("the
  National Iodine Nutrition study"), no office holder; "Secretary of State Mike Pompeo"
  keeps its title.
- :func:`foreign_word_given_name`: a word of another language that the name lists have
  as a given name and English does not use ("Enver", Turkish for "brighter") is a given
  name in an English article, not the last word of an office's name before the person
  ("CEO of the Refugee Council Enver Solomon").
- :func:`pinyin_full_name` (round 17): a listed surname of one pinyin syllable, then a given
  name written as two pinyin syllables in one word that English never uses ("Deng Xiaoping",
  "Zhao Lijian", "Hua Chunying") is a person's name by its shape alone; one-syllable second
  words ("Hong Kong", "Feng Shui", "Yin Yang") and English words ("Long Longing") are not.
- :func:`middle_given_name`: a listed given name that is no country, state or plain English
  word between a country given name and a surname is a middle name ("Chad Michael Murray" is
  judged like "Chad Murray").
"""
from __future__ import annotations

import re

from newsclean.cleaners.names import evidence, plausible
from newsclean.cleaners.names.keys import fold
from newsclean.cleaners.names.webpage import romanised_syllables

# Candidate.evidence and person flag of a name taken by its shape alone.
SHAPE = "name_shape"
# A short capitalised surname ("Park", "Hwang", "Cheng"; "Park" is no strict romanisation).
_SURNAME_SYLLABLES = re.compile(r"^[A-Z][a-z]{1,5}$")
# A hyphenated given name of two parts of two to five letters ("Joo-Ho", "Hee-Chan", "Ka-ki").
_HYPHENATED_GIVEN = re.compile(r"^[A-Z][a-z]{1,4}-[A-Za-z][a-z]{1,4}$")
# Words that link a title to the organisation it serves.
_OFFICE_LINKS = frozenset({"of", "for"})


def hyphenated_given_name(surname: str, given: str) -> bool:
    """Whether ``surname given`` is a romanised East Asian full name by its shape.

    >>> hyphenated_given_name("Park", "Joo-Ho"), hyphenated_given_name("Hwang", "Hee-Chan")
    (True, True)
    >>> hyphenated_given_name("Young", "Hip-Hop"), hyphenated_given_name("Paris", "Saint-Germain")
    (False, False)
    """
    if not (_SURNAME_SYLLABLES.match(surname) and _HYPHENATED_GIVEN.match(given)):
        return False
    if fold(surname) not in evidence.surnames() or not romanised_syllables(given):
        return False
    parts = given.lower().split("-")
    return not all(plausible.is_vocabulary(p) for p in parts)


def office_object_runs_on(title: str, words: list[str]) -> bool:
    """Whether a run after ``title`` continues the organisation the title names, not a person.

    >>> office_object_runs_on("Director of the National", ["Iodine", "Nutrition"])
    True
    >>> office_object_runs_on("Secretary of State", ["Mike", "Pompeo"])
    False
    >>> office_object_runs_on("Director", ["Iodine", "Nutrition"])
    False
    """
    parts = title.split()
    links = [n for n, w in enumerate(parts) if w.lower() in _OFFICE_LINKS]
    if not links or not words:
        return False
    tail = [w for w in parts[links[-1] + 1 :] if w.lower() != "the"]
    if not tail or not all(w[:1].isupper() for w in tail) or len(parts) - links[-1] - 1 == len(tail):
        return False  # "Secretary of State": no "the" before the office's object, a name may follow
    keys = [fold(w) for w in words]
    return all(k not in evidence.given_names() and k not in evidence.surnames() for k in keys) and any(plausible.is_vocabulary(k) for k in keys)


def foreign_word_given_name(key: str) -> bool:
    """Whether ``key`` is a listed given name that is no English word, whatever it means
    in another language.

    >>> foreign_word_given_name("enver"), foreign_word_given_name("union"), foreign_word_given_name("grace")
    (True, False, False)
    """
    return key in evidence.given_names() and plausible.zipf(key) < ENGLISH_WORD_ZIPF


# An English word at least this frequent (Zipf) is English vocabulary, whatever the name
# lists say ("grace" 4.6, "union" 5.1); "enver" is 0 in English.
ENGLISH_WORD_ZIPF = 3.0


def middle_given_name(key: str) -> bool:
    """Whether ``key`` may be a middle given name: listed, no region, no English word that
    is no name (``plausible.is_english_word_not_name``).

    >>> middle_given_name("michael"), middle_given_name("tech"), middle_given_name("georgia")
    (True, False, False)
    """
    return key in evidence.given_names() and not plausible.is_region(key) and not plausible.is_english_word_not_name(key)


# One syllable of Hanyu Pinyin without tone marks: an optional initial and a final.
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)"
)
_ONE_PINYIN = re.compile(rf"^{_PINYIN_SYLLABLE}$")
_TWO_PINYIN = re.compile(rf"^{_PINYIN_SYLLABLE}{_PINYIN_SYLLABLE}$")
# A given name in pinyin is no English word at all (Zipf below this: "xiaoping" 0, "jiabao" 0;
# "longing" 3.5 and "hanging" 4.5 parse as two syllables too).
PINYIN_GIVEN_ZIPF = 2.0


def pinyin_full_name(surname: str, given: str) -> bool:
    """Whether ``surname given`` is a Chinese full name in pinyin by its shape.

    >>> pinyin_full_name("Deng", "Xiaoping"), pinyin_full_name("Zhao", "Lijian")
    (True, True)
    >>> pinyin_full_name("Hong", "Kong"), pinyin_full_name("Feng", "Shui"), pinyin_full_name("Long", "Longing")
    (False, False, False)
    >>> pinyin_full_name("Le", "Matin")
    False
    """
    if not (surname[:1].isupper() and surname[1:].islower() and given[:1].isupper() and given[1:].islower()):
        return False
    s, g = surname.lower(), given.lower()
    if len(g) < 4 or not _ONE_PINYIN.match(s) or not _TWO_PINYIN.match(g) or _ONE_PINYIN.match(g):
        return False
    return (
        fold(surname) in evidence.surnames() and plausible.zipf(g) < PINYIN_GIVEN_ZIPF
        and not plausible.is_vocabulary_anywhere(g)  # "Le Matin": a French word, a newspaper's name
        and not plausible.is_place(f"{s} {g}")
    )
