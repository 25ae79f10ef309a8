"""Recall round 13 of issue 14: people named by initials in capitals or by one word, where the
article itself shows them to be people (English only; pure functions over the text and the
detector's candidates).

The kinds come from the misses of ``bench/names_unseen.py --split tune --verbose`` (batches 17
and 21, the tune parts before them); each test reads the words around the run and the run's
word lists, never the run's own string:

- :func:`initials_surnames`: two or three capitals without full stops before a surname ("some
  valiant batting from VVS Laxman ... Laxman's 79 helped"): a person written with initials, when
  the article also uses the surname alone (a lone capitalised word the detector left over) and
  writes the letters nowhere but before that surname. An acronym stands on its own elsewhere or
  is a word ("US Army", "UK Ltd", "PM Modi": a country, a title; "A BRIEF NOTE": shouted words);
  the surname is no English word, place, region, people or organisation's word, and no
  capitalised word may stand right before the letters or right after the surname (a longer
  phrase).
- :func:`paired_with_person`: a one-word name joined by "and", "&" or a comma to a person the
  resolver named, in an enumeration whose every other item is such a person ("her friends Jay Z
  and Beyoncé", "Beyonce and Jay Z kiss onstage", "Gaga and Cher were crying"): the word is a
  given name of the name lists and no surname, English word, place or organisation's word
  (:func:`stage.one_word_given`). Before "and" a full name would share its surname ("Noah and
  Brooke Porter"): the person after it must have one word or end with a single letter. "And" or a
  comma beside a capitalised word that is no person joins the word to something else ("Beth
  Meacham, Tor and the family"); a noun after the word makes it a thing's ("Porter Grey, Sandro
  shoes"): only punctuation, the text's end or a function word may follow; a possessive is an
  apposition ("Kevin Hellard, Nadir's trustee").
- :func:`speaking_given`: the same kind of one-word name with a speech verb right after or right
  before it ("Cher said the world will never be the same", "wrote Kesha alongside a selfie"): a
  person who speaks, when no one named in full here has the word as a given name or a surname
  (the resolver's test), the name lists give it one sex ("Anon declares war", "Tory MPs said":
  a word some list has as a name of both sexes or of none), no occupation noun stands before it
  ("The nurse Cher said": a given name; :func:`stage.entertainer_before` judges those), no
  determiner or preposition stands
  before it ("economist at Gerrard, said": a firm) and the article writes it alone at every use
  ("Meta says" beside "a Meta spokesperson" is a firm).
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING, NamedTuple

from newsclean.cleaners.names import evidence, lexicon, plausible, recall8, recall11, stage, works
from newsclean.cleaners.names.keys import fold

if TYPE_CHECKING:  # the detector imports the names package
    from newsclean.cleaners.names.detect import Candidate

# two or three capitals right before a lone word (read from the word back)
_INITIALS_BEFORE = re.compile(r"(?<![\w’'.\-&/])([A-Z]{2,3})[ \t\u00a0]+$")
# the lone word: a surname's shape; no capitalised word or number may follow it (a longer phrase)
_SURNAME = re.compile(recall11.NAME_WORD)
_SURNAME_END = re.compile(r"(?![\w\-]|['’][A-Za-rt-z]|[ \t\u00a0]+[A-Z0-9])")
# a capitalised word (or an initial) right before the letters: part of a longer phrase
_CAPITALISED_BEFORE = re.compile(r"(?:^|[^\w’'\-])(?:[A-Z][\w’'\-]*|[A-Z]\.)[ \t\u00a0]+$")
# a determiner or a preposition before a lone use: a thing's or a place's name ("the Phaeton", "at Fairford")
_THING_BEFORE = re.compile(r"(?<![\w’'\-])(?:the|a|an|this|that|its|at|in|to|from|of|near|on|by|into)[ \t\u00a0]+$", re.IGNORECASE)
_CAPITALISED_AFTER = re.compile(r"(?:['’]s?)?[ \t\u00a0]+[A-Z]")
# roles and positions written in capitals before a name ("MVP Zobrist", "QB Manning", "GM Cashman")
_ROLE_LETTERS = frozenset("mvp qb rb wr gm vp cfo coo cto cio svp evp md gp mp pr".split()) | lexicon.ROLE_ABBREVIATIONS


def _initials_letters(letters: str) -> bool:
    """Capitals that may be a person's initials: no English word or stop word ("OK", "US"), no
    country, title or organisation's word ("UK", "PM", "Co")."""
    key = fold(letters)
    return not (
        plausible.is_vocabulary(key) or key in lexicon.STOPWORDS or key in lexicon.TITLE_WORDS or key in _ROLE_LETTERS
        or key in lexicon.TITLE_COUNTRY or key in lexicon.ORG_WORDS or plausible.is_region(key)
    )


def _initials_surname_word(word: str) -> bool:
    """A surname after initials: a word English text hardly uses (a listed surname may be a little
    more frequent), no place, region, people or organisation's word."""
    key = fold(word)
    listed = key in evidence.surnames()
    if plausible.is_vocabulary(key) or plausible.zipf(key) >= (recall8.LONE_WORD_ZIPF if listed else recall8.UNLISTED_WORD_ZIPF):
        return False
    return not (
        plausible.is_place(key) or plausible.is_region(key) or evidence.demonym(word)
        or key in lexicon.ORG_WORDS or key in lexicon.STOPWORDS or key in lexicon.TITLE_WORDS
    )


def initials_surnames(text: str, found: list[Candidate], orphans: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` with the runs of capitals and a surname the article shows to be a person (module
    docstring) as names (evidence ``cue:initials``), where no candidate of ``found`` overlaps them."""
    if language not in (None, "en") or not orphans:
        return found
    singles = [o for o in orphans if len(o.tokens) == 1 and o.kind == "single"]
    # the cheap test first: lone words right after two or three capitals
    runs = [
        (o, m) for o in singles
        if o.start >= 3 and text[o.start - 2].isupper() and (m := _INITIALS_BEFORE.search(text, max(0, o.start - 8), o.start))
    ]
    if not runs:
        return found
    alone: dict[str, list[int]] = {}  # a lone word's key -> the starts of its lone uses
    for o in singles:
        if not _CAPITALISED_AFTER.match(text, o.end):
            alone.setdefault(o.tokens[0].key, []).append(o.start)
    from newsclean.cleaners.names.detect import Candidate, Token

    out = list(found)
    covered = bytearray(len(text) + 1)  # the characters of found's runs and of the names taken here
    for c in found:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    letters_used: dict[str, int] = {}
    pair_used: dict[tuple[str, str], int] = {}
    lone_uses: dict[str, list[int]] = {}  # a key -> its first two lone uses that stand as a name's would
    for o, m in runs:
        letters, word = m.group(1), o.tokens[0].text
        if not _SURNAME.fullmatch(word) or not _SURNAME_END.match(text, o.end):
            continue
        # the surname alone elsewhere: a lone use outside this run, no capitalised word beside it,
        # no determiner or preposition before it (read once a key, two uses at most: linear on long texts)
        key = o.tokens[0].key
        if key not in lone_uses:
            lone_uses[key] = list(islice(
                (s for s in alone.get(key, []) if not _CAPITALISED_BEFORE.search(text[max(0, s - 30) : s]) and not _THING_BEFORE.search(text[max(0, s - 8) : s])),
                2,
            ))
        if not any(s != o.start for s in lone_uses[key]):
            continue
        if not _initials_letters(letters) or not _initials_surname_word(word):
            continue
        if _CAPITALISED_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            continue  # "Cricket Australia CEO Smith": part of a longer phrase
        if letters not in letters_used:  # once a spelling: linear on long texts
            letters_used[letters] = len(re.findall(r"(?<![\w’'\-])" + letters + r"(?![\w’'\-])", text))
        if (letters, word) not in pair_used:
            pair_used[letters, word] = len(re.findall(r"(?<![\w’'\-])" + letters + r"[ \t\u00a0]+" + re.escape(word) + r"(?![\w\-])", text))
        if letters_used[letters] != pair_used[letters, word]:
            continue  # the letters stand on their own elsewhere: an acronym ("IBM ... IBM Watson")
        start, stop = m.start(1), o.end
        if 1 in covered[start:stop]:
            continue
        toks = [Token(letters, start, m.end(1), fold(letters)), Token(word, o.start, stop, o.tokens[0].key)]
        out.append(Candidate(toks, "name", evidence="cue:initials"))
        covered[start:stop] = b"\x01" * (stop - start)
    return sorted(out, key=lambda c: c.start) if len(out) != len(found) else found


# what may follow the last item: punctuation, the text's end or a function word ("Gaga and Cher were")
_ITEM_END = re.compile(r"[ \t\u00a0]*(?:[.,;:!?)\"”’]|$)|[ \t\u00a0]+(?:" + "|".join(sorted(lexicon.STOPWORDS, key=len, reverse=True)) + r")(?![\w’'\-])")
# list glue between two items: a comma, "and", "&", with an optional comma before "and"
_GLUE_AFTER = re.compile(r",[ \t\u00a0]*(?:(?:and|&)[ \t\u00a0]+)?|[ \t\u00a0]+(?:and|&)[ \t\u00a0]+")
_GLUE_BEFORE = re.compile(r"(?:,[ \t\u00a0]*(?:(?:and|&)[ \t\u00a0]+)?|[ \t\u00a0]+(?:and|&)[ \t\u00a0]+)$")


def _other_item(glue: str, beside: str, before: bool) -> bool:
    """List glue joins the word to something else: "and" or "&", or a comma beside a capitalised
    word (a comma before a lowercase word ends a clause: "Jay Z and Beyoncé, saying")."""
    if "and" in glue or "&" in glue:
        return True
    return bool(re.search(r"[A-Z][\w’'\-]*$", beside)) if before else beside[:1].isupper()


class Persons(NamedTuple):
    """The spans of the people named so far, by start and by end (built once an article)."""

    by_start: dict[int, tuple[int, int]]
    by_end: dict[int, tuple[int, int]]


def person_spans(spans: set[tuple[int, int]]) -> Persons:
    """The people named so far (their spans) indexed by start and by end."""
    return Persons({s: (s, e) for s, e in spans}, {e: (s, e) for s, e in spans})


def paired_with_person(text: str, start: int, end: int, persons: Persons) -> bool:
    """The one-word name at ``text[start:end]`` is an item of an enumeration beside a person of
    ``persons`` and every other item is such a person (module docstring)."""
    before = _GLUE_BEFORE.search(text[max(0, start - 8) : start])
    after = _GLUE_AFTER.match(text, end)
    by_start, by_end = persons
    left = before is not None and by_end.get(start - (len(text[max(0, start - 8) : start]) - before.start()))
    right = after is not None and by_start.get(after.end())
    if not left and not right:
        return False  # the cheap test first: no person right beside the word
    if (before is not None and not left and _other_item(before.group(0), text[max(0, start - 40) : start - len(before.group(0))], True)) or (
        after is not None and not right and _other_item(after.group(0), text[after.end() : after.end() + 1], False)
    ):
        return False  # "Beth Meacham, Tor and the family": an item beside it is no person
    if text.startswith(("'s", "’s"), end):
        return False  # "Kevin Hellard, Nadir's trustee": an apposition, not an enumeration
    if after is None and not _ITEM_END.match(text, end):
        return False  # "Porter Grey, Sandro shoes": the word opens a thing's phrase
    if right and not left and len(text[right[0] : right[1]].split()) > 1 and len(text[right[0] : right[1]].split()[-1]) > 1:
        return False  # "Noah and Brooke Porter": the given name shares the surname after "and"
    if not stage.one_word_given(text, start, end):
        return False
    items = stage.enumeration(text, start, end, sorted(by_start.values()))
    return all(by_start.get(s) == (s, e) for s, e in items if (s, e) != (start, end))


# the French auxiliary the speech verbs hold ("a déclaré"): an English article after a name
_AUXILIARY_AFTER = re.compile(r",?[ \t\u00a0]+(?:" + "|".join(sorted(evidence.AUXILIARIES)) + r")(?![\w’'\-])")


def speaking_given(text: str, start: int, end: int) -> bool:
    """The one-word name at ``text[start:end]`` speaks (module docstring)."""
    before = evidence.cue_before(text, start)
    after = evidence.cue_after(text, end) == "speech" and not _AUXILIARY_AFTER.match(text, end)
    if not after and before != "speech":
        return False  # the cheap test first; "Sadie, a black Labrador": French's auxiliary is an English article
    if before == "occupation":
        return False  # "The nurse Cher said": someone's given name; the entertainer's test decides ("singer Cher said")
    word = text[start:end]
    if _THING_BEFORE.search(text[max(0, start - 8) : start]) or works.firm_noun_right_before(text, start):
        return False  # "chief economist at Gerrard, said": a firm or a place after a preposition; "content firm Zed, said"
    if "-" in word or evidence.given_gender(fold(word)) is None:
        return False  # "Al-Rawahi said": a surname's particle; "Anon declares", "Tory MPs": a given name of both sexes or none
    return stage.one_word_given(text, start, end)
