"""Tail 5 of issue 14: a word glued to a name at the start of a sentence, left on the older hunt
sets (sets 1-10, 12-14, 16). English articles only; pure functions over the text and the
detector's runs, each asked only of the runs that open a sentence.

A sentence's first word is capitalised whatever it is, so a role or an epithet opening a sentence
("Boss Steve Bruce had said", "Olympian Tomlinson tried to") reads like a given name. The word is
no part of the name when:

- :func:`opener_word`: it is an English word that no trusted list takes for a given name ("Boss";
  not "Joy", "Will", "Jason"), more an English word than a name or written in lowercase elsewhere
  in the article, no title, no place, no gazetteer person's word, and the run opens a sentence (a
  full stop after a lowercase word: not the text's start, "Marat Safin admitted", a list's line,
  "73. Pepper Keenan", nor an abbreviation, "Dr. Sanjay Gupta");
- :func:`opener_before_name`: it opens a run of three words or more whose second word is a given
  name ("Boss Steve Bruce" -> "Steve Bruce"): the run is cut after it;
- :func:`opener_before_lone`: it opens a two-word run whose second word the article also writes
  alone ("Olympian Tomlinson" beside "said Tomlinson" and "the Olympian"): the run is dropped, the lone word's other
  uses tell who it is, as tail 2's :func:`tail2.glued_word_before_lone` reads a word the article
  also writes in lowercase. An occupation stays for the detector's lead words.

Left alone: a given name opening a sentence ("Will Smith said", "Rose Byrne starred"), a run in
mid-sentence ("at Boss Steve Bruce's"), a nationality that is a given name too ("Dane Kenneth
Carlsen").
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, lexicon, plausible
from newsclean.cleaners.names.round21 import english_word
from newsclean.cleaners.names.tail2 import _alone_elsewhere, _given, _lowercase_words

if TYPE_CHECKING:  # the detector imports the names package
    from newsclean.cleaners.names.detect import Candidate, Lexicon

# what ends the text before a sentence's first word: a full stop, a question or an exclamation mark
# after a lowercase word (a closing quote or bracket after it). Not the text's start (a body opens
# with its subject's full name: "Marat Safin admitted"), a line's (a list's items: "73. Pepper
# Keenan"), an abbreviation ("Dr. Sanjay Gupta") nor a number
_SENTENCE_START_BEFORE = re.compile(r"[a-z]{2}[.!?][\"”’')]?[ \t\u00a0]+$")


def opener_word(text: str, c: Candidate, lex: Lexicon) -> bool:
    """The module's first item for the run ``c``."""
    toks = c.name_tokens()
    if c.kind == "alias" or len(toks) < 2 or any(t.connector for t in c.tokens[:2]):
        return False
    first = toks[0]
    w, k = first.text, first.key
    if len(w) < 3 or not w[0].isupper() or not w[1:].islower() or first.possessive:
        return False
    if _SENTENCE_START_BEFORE.search(text[max(0, c.start - 8) : c.start]) is None:
        return False  # the cheap test first
    if k in lexicon.TITLE_WORDS or k in lexicon.ROYAL_TITLES or k in lex.gaz.known_tokens or plausible.is_place(k):
        return False
    if _given(k) or lex.is_given(k):
        return False  # "Will Smith", "Joy Baker"
    if k in evidence.given_names() and not plausible.is_english_word_not_name(k):
        return False  # "Jason Gardener": a given name some list knows, more than an English word
    # an English word more than a name ("Boss"), or one the article also writes in lowercase
    # ("Olympian" beside "the Olympian"); the broad word list alone takes "Arsene", "Marat"
    return english_word(k) and (plausible.is_english_word_not_name(k) or k in _lowercase_words(text))


def opener_before_name(text: str, c: Candidate, lex: Lexicon) -> bool:
    """The module's second item for the run ``c``."""
    toks = c.name_tokens()
    if len(toks) < 3 or not opener_word(text, c, lex):
        return False
    second = toks[1].key
    return _given(second) or lex.is_given(second)


def opener_before_lone(text: str, c: Candidate, lex: Lexicon) -> bool:
    """The module's third item for the run ``c``."""
    toks = c.name_tokens()
    if len(toks) != 2 or len(c.tokens) != 2 or not opener_word(text, c, lex) or evidence.occupation(toks[0].key):
        return False
    return _alone_elsewhere(text, toks[1].text, toks[0].text)


def drop_tail5(text: str, found: list[Candidate], lex: Lexicon, language: str | None) -> list[Candidate]:
    """``found`` with the runs :func:`opener_before_name` reads cut after their first word and
    without those :func:`opener_before_lone` reads (English only)."""
    if language not in (None, "en") or not found:
        return found
    out = []
    for c in found:
        if opener_before_lone(text, c, lex):
            continue
        out.append(replace(c, tokens=c.tokens[1:]) if opener_before_name(text, c, lex) else c)
    return out
