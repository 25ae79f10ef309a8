"""Phrases of running text that say the next name is a person's (issue 14, round 17: the
kinds of misses on GUM's other genres, ``bench/names_gum.py --genre``). English articles;
pure functions over the text around a run, for :func:`resolve._accept_weak` (a run no list
vouches for, kept only on the article's evidence).

- :func:`naming_before`: a phrase that introduces a person by name ("a man named
  Rabindranath Tagore", "My name is Amy Sells", "her name was ..."); "a dog named",
  "a company called" introduce no person.
- :func:`plural_role_before`: a plural occupation noun heading a list of names ("athletes
  Vitas Gerulaitis (tennis) and Jack Nicklaus (golf)", "rappers MC Hammer, 2Pac, Messy
  Marv"): every item of the list is a person; "the Rolling Stones, Arctic Monkeys" has no
  such head.
- :func:`byline`: the run is a name of a byline line ("By Arash Javanbakht", "By Miri
  Forbes, Nicholas Eaton, and Robert Krueger"): "By" opens the line and names separated by
  commas or "and" fill it; "By Royal Appointment of the Crown, ..." has words that are no name.
- :func:`authored_by_before`: "by" after a word of authorship ("a paper by AS Heagle",
  "written by JK Rowling", "composed by AR Rahman"): the maker of a work is a person or a
  firm; :mod:`detect` asks it only of initials and a surname (an acronym and a word, "made
  by LG Electronics", is judged apart).
- :func:`initials_partner`: another person written with bare initials joined by "and" or a
  comma ("N S Andres and R T Ponce"): two such names vouch for each other.
- :func:`in_prose`: a run in capitals with lowercase prose on both sides ("her successor,
  ALEX PADILLA, is the first", "by GEMMA DENISE is licensed"): a name set in capitals
  inside a sentence (:mod:`caps`), not a heading or a shouted line.
- :func:`scored_after`: a verb of a player's act on the pitch right after the run ("Ferjani
  Sassi scored from the penalty spot", "... netted twice"); a club scores too, so callers keep
  only runs with no place among their words ("Borussia Dortmund scored", "Slavia Prague").
- :func:`listed_full_name`: after a title, a given name and a surname of the name lists are
  a person's name even when both are English words ("Senator Karen Bass", "Judge Sharon
  Street"); without the title they stay words ("karen" and "bass" are vocabulary).
- :func:`bare_initial`: one capital letter without a full stop that may stand for a given
  name ("R Saravanan"); "A", "I" and "O" are words.
"""
from __future__ import annotations

import re

from newsclean.cleaners.names import evidence

# Nouns of persons before "named"/"called" ("a man named", "a student called"): the
# occupation nouns count too (evidence.OCCUPATION_NOUNS, "a lawyer named").
PERSON_NOUNS = frozenset(
    """
    man woman men women boy girl boys girls person people guy guys lady gentleman someone somebody
    fellow child kid baby individual
    """.split()
)
# "a man named", "a woman called", "a lawyer by the name of": the noun, then the naming verb.
_NOUN_NAMED = re.compile(r"(?<![\w’'-])([a-z][a-z\-]+)[ \t\u00a0]+(?:named|called|by[ \t\u00a0]+the[ \t\u00a0]+name[ \t\u00a0]+of)[ \t\u00a0]+$")
# "My name is", "his name was", "her name's", "Their names are" (lowercase after the first word).
_NAME_IS = re.compile(r"(?<![\w’'-])(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Yy]our)[ \t\u00a0]+names?[ \t\u00a0]+(?:is|was|are|were|’s|'s)[ \t\u00a0]*$")

# How far back a list of names may reach from its head noun (characters).
LIST_WINDOW = 160
# An item of a list of names: capitalised words (or a rapper's "2Pac"), an optional gloss
# in brackets ("(tennis)"); the separators: a comma, "and", "&".
_ITEM = r"[A-Z0-9][\w’'\-.]*(?:[ \t\u00a0]+(?:[A-Z][\w’'\-.]*|de|van|von|da|del|le|la))*(?:[ \t\u00a0]*\([^()\n]{1,30}\))?"
_SEP = r"(?:,[ \t\u00a0]*(?:and[ \t\u00a0]+|&[ \t\u00a0]*)?|[ \t\u00a0]+(?:and|&)[ \t\u00a0]+)"
_PLURAL_HEAD = re.compile(rf"(?<![\w’'-])([a-z][a-z\-]+s)[ \t\u00a0]+(?:{_ITEM}{_SEP}){{0,8}}$")


def naming_before(text: str, start: int) -> bool:
    """Whether a phrase that introduces a person by name ends right before ``start``.

    >>> naming_before("a man named Rabindranath Tagore", 12), naming_before("My name is Amy Sells", 11)
    (True, True)
    >>> naming_before("a dog named Max Power", 12), naming_before("a company called Blue Origin", 17)
    (False, False)
    """
    before = text[max(0, start - 40) : start]
    if _NAME_IS.search(before):
        return True
    m = _NOUN_NAMED.search(before)
    return m is not None and (m.group(1) in PERSON_NOUNS or evidence.occupation(m.group(1)))


def plural_role_before(text: str, start: int) -> bool:
    """Whether ``text[start:]`` is an item of a list of names headed by a plural occupation
    noun ("athletes Vitas Gerulaitis (tennis) and Jack Nicklaus", "rappers MC Hammer, 2Pac,
    Messy Marv").

    >>> s = "and athletes Vitas Gerulaitis (tennis) and Jack Nicklaus (golf)"
    >>> plural_role_before(s, s.index("Vitas")), plural_role_before(s, s.index("Jack"))
    (True, True)
    >>> s = "the bands Arctic Monkeys and Muse"
    >>> plural_role_before(s, s.index("Arctic"))
    False
    """
    before = text[max(0, start - LIST_WINDOW) : start]
    if "\n" in before:
        before = before[before.rindex("\n") + 1 :]
    m = _PLURAL_HEAD.search(before)
    if m is None:
        return False
    word = m.group(1)
    singular = {word[:-1], word[:-2] if word.endswith("es") else word[:-1]}
    return any(evidence.occupation(s) for s in singular)


# Words of authorship before "by": the work or the making of it.
_AUTHORED_BY = re.compile(
    r"(?<![\w’'-])(?:written|edited|composed|directed|produced|painted|photographed|designed|illustrated|translated|"
    r"authored|co-authored|coauthored|compiled|narrated|sung|performed|created|paper|papers|book|books|novel|novels|"
    r"study|studies|article|articles|essay|essays|poem|poems|song|songs|film|films|photo|photos|photograph|image|"
    r"picture|painting|series|letter|speech|music|lyrics|report|review|column|story|stories|play|plays)"
    r"(?:[ \t\u00a0]+(?:published|released|written|made|issued)[ \t\u00a0]+in[ \t\u00a0]+\d{4},?)?[ \t\u00a0]+by[ \t\u00a0]+$"
)


def authored_by_before(text: str, start: int) -> bool:
    """Whether "by" after a word of authorship ends right before ``start``.

    >>> authored_by_before("a paper by AS Heagle", 11), authored_by_before("written by JK Rowling", 11)
    (True, True)
    >>> authored_by_before("stood by JK Rowling", 9), authored_by_before("hit by AS Roma", 7)
    (False, False)
    """
    return _AUTHORED_BY.search(text[max(0, start - 60) : start]) is not None


_LETTERS_AND_NAME = r"(?:[A-Z][ \t\u00a0]){1,3}[A-Z][a-z][\w’'\-]*"
_PARTNER_AFTER = re.compile(rf"^(?:,[ \t\u00a0]*(?:and[ \t\u00a0]+)?|[ \t\u00a0]+(?:and|&)[ \t\u00a0]+){_LETTERS_AND_NAME}(?![\w’'\-])")
_PARTNER_BEFORE = re.compile(rf"(?<![\w’'\-]){_LETTERS_AND_NAME}(?:,[ \t\u00a0]*(?:and[ \t\u00a0]+)?|[ \t\u00a0]+(?:and|&)[ \t\u00a0]+)$")


def initials_partner(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` is joined by "and" or a comma to another name of
    bare initials and a surname.

    >>> s = "N S Andres and R T Ponce"
    >>> initials_partner(s, 0, 10), initials_partner(s, 15, len(s))
    (True, True)
    >>> s = "R T Ponce and Sons"
    >>> initials_partner(s, 0, 9)
    False
    """
    return bool(_PARTNER_AFTER.match(text[end : end + 40]) or _PARTNER_BEFORE.search(text[max(0, start - 40) : start]))


def bare_initial(word: str) -> bool:
    """One capital letter without a full stop that may be an initial.

    >>> bare_initial("R"), bare_initial("A"), bare_initial("R."), bare_initial("Ra")
    (True, False, False, False)
    """
    return len(word) == 1 and "A" <= word <= "Z" and word not in _LETTER_WORDS


# Capital letters that are English words on their own.
_LETTER_WORDS = frozenset("AIO")


# Lowercase prose right before a run (a lowercase word, maybe a comma) and right after it
# (a lowercase word, maybe after a comma).
_PROSE_BEFORE = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*,?[ \t\u00a0]+$")
_PROSE_AFTER = re.compile(r"^(?:,|[’']s)?[ \t\u00a0]+[a-z][a-z’'-]*(?![\w’'-])")


def in_prose(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands between lowercase words of one sentence.

    >>> s = "her successor, ALEX PADILLA, is the first"
    >>> in_prose(s, 15, 27)
    True
    >>> s = "ORAL ARGUMENT OF ELIZABETH PRELOGAR ON BEHALF"
    >>> in_prose(s, 17, 35)
    False
    >>> s = "what a CON MAN he is"
    >>> in_prose(s, 7, 14)
    False
    """
    m = _PROSE_BEFORE.search(text[max(0, start - 30) : start])
    if m is None or m.group(0).split()[0].rstrip(",") in _DETERMINERS:
        return False  # "what a CON MAN he is": a determiner opens a shouted noun phrase
    return bool(_PROSE_AFTER.match(text[end : end + 30]))


# Words that open a noun phrase, never a person's name in capitals.
_DETERMINERS = frozenset("a an the this these those such what no every any some another".split())


_BYLINE_OPEN = re.compile(rf"(?:^|\n)[ \t\u00a0]*By[ \t\u00a0]+(?:{_ITEM}{_SEP})*$")
_BYLINE_REST = re.compile(rf"^(?:{_SEP}{_ITEM})*[ \t\u00a0]*\.?[ \t\u00a0]*(?:\n|$)")


def byline(text: str, start: int, end: int) -> bool:
    r"""Whether ``text[start:end]`` is one of the names of a line "By <name>, <name> and <name>".

    >>> s = "Title\n\nBy Miri Forbes, Nicholas Eaton, and Robert Krueger\n\nText"
    >>> byline(s, s.index("Miri"), s.index("Miri") + 11), byline(s, s.index("Robert"), s.index("Robert") + 14)
    (True, True)
    >>> s = "Stand By Arash Javanbakht\n"
    >>> byline(s, 9, 25)
    False
    >>> s = "By Royal Appointment of the Crown\n"
    >>> byline(s, 3, 20)
    False
    """
    if "By" not in text[max(0, start - LIST_WINDOW) : start]:
        return False  # the cheap test first
    return bool(_BYLINE_OPEN.search(text[max(0, start - LIST_WINDOW) : start]) and _BYLINE_REST.match(text[end : end + LIST_WINDOW]))


def listed_full_name(keys: list[str]) -> bool:
    """Whether the folded words are a given name and a surname of the name lists (two words).

    >>> listed_full_name(["karen", "bass"]), listed_full_name(["sharon", "street"])
    (True, True)
    >>> listed_full_name(["human", "rights"]), listed_full_name(["karen", "bass", "guitar"])
    (False, False)
    """
    return len(keys) == 2 and keys[0] in evidence.given_names() and keys[1] in evidence.surnames()


# What a player, not a club, does in a match report's sentence (a club "scored" too: callers
# drop runs with a place among their words).
SCORING_VERBS = frozenset("scored netted equalised equalized headed volleyed converted struck slotted tapped curled".split())
_NEXT_VERB = re.compile(r"^[ \t\u00a0]+([a-z]+)\b")


def scored_after(text: str, end: int) -> bool:
    """Whether a scoring verb follows ``text[:end]`` right away.

    >>> scored_after("Ferjani Sassi scored from the spot", 13), scored_after("Ferjani Sassi, who scored", 13)
    (True, False)
    """
    m = _NEXT_VERB.match(text[end : end + 20])
    return m is not None and m.group(1) in SCORING_VERBS
