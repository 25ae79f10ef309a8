"""Two-word runs the name lists do not vouch for, taken on their shape and the article's cue
(issue 14, round 18: the kinds of misses read on labelled batch 10, fresh BBC News text).
English articles only; pure functions over folded keys and the text.

- :func:`rare_given_after_occupation`: after a lowercase occupation noun, a first word no
  language uses as a word (a given name the lists lack: "Fearne", "Carwyn") and a surname
  that is an English word of middle frequency ("presenter Fearne Cotton"): a person. The
  occupation noun alone does not make "analyst Jupiter Research" or "DJ Radio Show" one: the
  first word must be no word of any language and the second no frequent word, no plural, no
  organisation's word and no region (a town's name is a surname often enough: "Cotton").
- :func:`foreign_word_given_name`: a first word English never uses that is a word of another
  language only ("Costas" is Spanish for coasts) before a surname no language uses as a word
  ("Kenteris") is shaped like a name; the run stays weak (kept only where the article
  supports it: a plural occupation noun heading it, its surname alone as a person).
"""
from __future__ import annotations

import re
from functools import lru_cache

from newsclean.cleaners.names import evidence, lexicon, plausible

# Zipf in English under which a first word is no English word at all ("fearne" 0, "carwyn"
# 0, "costas" 0); given names the lists lack sit there.
UNUSED_ZIPF = 1.0
# After an occupation noun and such a given name, the surname may be an English word up to
# this frequency ("cotton" 4.35, "stone" 4.8 is a listed surname anyway); "home" 6.2,
# "radio" 5.2 and "research" 5.3 are too common to close a person's name.
CUED_SURNAME_ZIPF = 4.5
# Shortest word either rule takes as a name word.
MIN_WORD = 3


def _capitalised_word(text: str) -> bool:
    return len(text) >= MIN_WORD and text[:1].isupper() and text[1:].islower() and text.isalpha()


def _closed_word(key: str) -> bool:
    """A stop word, a title, an organisation or facility word, a region or a compass word."""
    return (
        key in lexicon.STOPWORDS or key in lexicon.TITLE_WORDS or key in lexicon.ORG_WORDS
        or key in lexicon.FACILITY_WORDS or plausible.is_region(key) or key in plausible.COMPASS
    )


def _plural(key: str) -> bool:
    """The plural of an English word no surname list has ("Records", "Chiefs")."""
    if not key.endswith("s") or key in evidence.surnames():
        return False
    return any(plausible.zipf(stem) >= plausible.VOCABULARY_ZIPF for stem in (key[:-1], key[:-2]))


def _unused_word(key: str) -> bool:
    """No English text uses it and no place is called so: a given name the lists lack."""
    return plausible.zipf(key) < UNUSED_ZIPF and not plausible.is_place(key) and not _closed_word(key)


def rare_given_after_occupation(texts: list[str], keys: list[str]) -> bool:
    """A given name no language uses as a word and a surname that may be an English word of
    middle frequency, once a lowercase occupation noun stands right before them (the caller
    checks the cue).

    >>> rare_given_after_occupation(["Fearne", "Cotton"], ["fearne", "cotton"])
    True
    >>> rare_given_after_occupation(["Xiaomi", "Research"], ["xiaomi", "research"])
    False
    """
    if len(keys) != 2 or not all(_capitalised_word(t) for t in texts):
        return False
    first, last = keys
    if not _unused_word(first) or plausible.is_vocabulary_anywhere(first):
        return False
    return not (_closed_word(last) or _plural(last) or plausible.zipf(last) >= CUED_SURNAME_ZIPF)


def foreign_word_given_name(texts: list[str], keys: list[str], text: str = "", end: int = 0) -> bool:
    """A first word English never uses but another language does ("Costas") before a surname
    no language uses as a word ("Kenteris"): shaped like a name, for the article to confirm.
    Not where the article writes the first word in lowercase or a number follows the run:
    an address ("the showroom in Corso Monforte 15", "corso Monforte").

    >>> foreign_word_given_name(["Costas", "Kenteris"], ["costas", "kenteris"])
    True
    >>> foreign_word_given_name(["Hasta", "Luego"], ["hasta", "luego"])
    False
    >>> s = "the showroom in Corso Monforte 15"
    >>> foreign_word_given_name(["Corso", "Monforte"], ["corso", "monforte"], s, len(s) - 3)
    False
    """
    if len(keys) != 2 or not all(_capitalised_word(t) for t in texts):
        return False
    first, last = keys
    if not (_unused_word(first) and plausible.is_vocabulary_anywhere(first)):
        return False
    if _NUMBER_AFTER.match(text, end) or re.search(r"(?<![\w’'-])" + re.escape(first) + r"(?![\w’'-])", text):
        return False
    return _unused_word(last) and not plausible.is_vocabulary_anywhere(last) and not _plural(last)


_NUMBER_AFTER = re.compile(r",?[ \t\u00a0]+\d")


# Zipf in English of a group's plural name ("beatles" 3.9, "stones" 4.3) for its singular,
# capitalised before a member's full name, to be that member's descriptor ("Beatle George
# Harrison"); "monkees" and made-up plurals are 0.
GROUP_PLURAL_ZIPF = 3.5


def group_member(key: str) -> bool:
    """A word that is no English word and no name of the lists, but whose plural is: one member
    of a group known by the plural, a descriptor before a member's name ("Beatle George
    Harrison", like "Boss Graeme Souness").

    >>> group_member("beatle"), group_member("kwame"), group_member("smith")
    (True, False, False)
    """
    return (
        plausible.zipf(key) < UNUSED_ZIPF and plausible.zipf(key + "s") >= GROUP_PLURAL_ZIPF
        and key not in evidence.given_names() and key not in evidence.surnames()
    )


# Lowercase words a hyphen joins to a name to make a modifier of it ("the Carwyn
# James-inspired Lions", "a Blair-era minister", "Trump-style politics"): besides past
# participles ("-inspired", "-led", "-backed"), these.
_MODIFIER_SUFFIXES = frozenset("era style like esque type born".split())
# How often English writes such a participle (Zipf): "inspired" 4.3, "led" 4.5.
PARTICIPLE_ZIPF = 3.0


def modifier_suffix(token: str) -> int | None:
    """Where a capitalised word ends inside a token that joins a lowercase modifier to it
    with a hyphen ("James-inspired" -> 5), else None. A romanised given name's lowercase
    syllable is no such modifier ("Jong-un", "Jae-in"), nor is a title's "-elect".

    >>> modifier_suffix("James-inspired"), modifier_suffix("Blair-era"), modifier_suffix("Jong-un")
    (5, 5, None)
    >>> modifier_suffix("President-elect"), modifier_suffix("ex-premier")
    (None, None)
    """
    head, sep, tail = token.rpartition("-")
    if not sep or not head[:1].isupper() or not tail.isalpha() or not tail.islower():
        return None
    if head.lower().replace("-", " ") in lexicon.TITLE_WORDS:
        return None
    if tail in _MODIFIER_SUFFIXES or (tail.endswith("ed") and plausible.zipf(tail) >= PARTICIPLE_ZIPF):
        return len(head)
    return None


def phrase_word(key: str) -> bool:
    """An English word the name lists have but English writes as a word ("sun", "times",
    "moon"): after "the", before the surname of a person the article names in full with
    another given name, it ends a title or a phrase ("In Tears of the Sun Willis plays", with
    Bruce Willis named before); it opens no second person's name.

    >>> phrase_word("sun"), phrase_word("adam"), phrase_word("rose")
    (True, False, False)
    """
    return len(key) >= MIN_WORD and key.isalpha() and plausible.is_english_word_not_name(key) and key not in lexicon.STOPWORDS


def held_as_shares(text: str, word: str) -> bool:
    """The article holds shares or a stake in ``word`` alone ("Shares in Wimpey were up 6%"):
    a firm, so a full name ending in it is the firm's name ("housebuilder George Wimpey").

    >>> held_as_shares("Shares in Wimpey were up 6%.", "Wimpey"), held_as_shares("Wimpey said.", "Wimpey")
    (True, False)
    """
    if word not in text:
        return False
    if " " not in word and "\u00a0" not in word:
        return word in _held_words(text)  # one pass over the article for all its words
    return re.search(_HELD_BEFORE + re.escape(word) + r"(?![\w’'-])", text) is not None


_HELD_BEFORE = r"(?<![\w’'-])(?:[Ss]hares|[Ss]takes?|[Hh]oldings)[ \t\u00a0]+(?:in|of)[ \t\u00a0]+"
# _HELD_BEFORE's look-behind after the first letter, so the regex skips to an "s" or an "h" (speed 2)
_HELD_WORD = re.compile(
    r"[SsHh](?<![\w’'-][SsHh])(?:(?<=[Ss])(?:hares|takes?)|(?<=[Hh])oldings)[ \t\u00a0]+(?:in|of)[ \t\u00a0]+" + r"([^\s]+?)(?=[^\w’'-]|$)"
)


@lru_cache(maxsize=4)
def _held_words(text: str) -> frozenset[str]:
    """Every word right after "shares in", "stake of", "holdings in" in ``text``, found once per text."""
    return frozenset(m.group(1) for m in _HELD_WORD.finditer(text))


# A player's action right after a name (or its possessive), with at most two lowercase words
# before its noun: "a Bob Deans try", "a Clem Thomas cross kick", "a Frank Lampard penalty",
# "Bouba Diop's superb 25-yard strike". A brand's or a firm's name before a noun ("a Jenny Craig spokeswoman", "a
# Tom Ford suit") has no such noun after it.
_PLAY_AFTER = re.compile(
    r"[ \t\u00a0]+((?:[a-z0-9][a-z0-9-]*[ \t\u00a0]+){0,2})"
    r"(?:try|tries|kick|goal|tackle|header|shot|pass|penalty|conversion|strike|volley|equaliser|equalizer|hat-trick|brace)"
    r"(?![\w-])"
)


def play_after(text: str, end: int) -> bool:
    """A player's action right after ``text[:end]`` ("a Bob Deans try that was ruled out"):
    the name before it is a player's, even after "a".

    >>> s = "dominated by a Bob Deans try that was ruled out"
    >>> play_after(s, s.index(" try")), play_after("a Jenny Craig spokeswoman", len("a Jenny Craig"))
    (True, False)
    >>> s = "before Bouba Diop's superb 25-yard strike"
    >>> play_after(s, s.index(" superb"))
    True
    >>> s = "serving Fernet Fungo cocktails and shot specials"
    >>> play_after(s, s.index(" cocktails"))
    False
    """
    m = _PLAY_AFTER.match(text, end)
    return m is not None and not any(w in lexicon.STOPWORDS for w in m.group(1).split())  # "Fungo cocktails and shot specials"


def rare_listed_given(key: str, listed: bool) -> bool:
    """A given name of the lists (``listed``) that English seldom writes as a word (Zipf below
    :data:`RARE_GIVEN_ZIPF`: "ard" 3.1): opening a sentence before a given name and a surname
    it is the first of two given names ("Ard Jan Vetham"), no opening word ("Hosting Jan
    Smith", "Bahkan Jokowi": words, not listed).

    >>> rare_listed_given("ard", True), rare_listed_given("hosting", False), rare_listed_given("said", True)
    (True, False, False)
    """
    return listed and plausible.zipf(key) < RARE_GIVEN_ZIPF


# Zipf under which a listed given name is rare enough as an English word ("ard" 3.1; "said" 6.2,
# "will" 6.5 are words first).
RARE_GIVEN_ZIPF = 3.5
