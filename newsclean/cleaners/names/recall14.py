"""Recall round 14 of issue 14: a middle initial written without its full stop (English only;
a pure function over the text and the detector's candidates).

The kind comes from the misses of ``bench/names_unseen.py --split tune --verbose`` ("US
District Court Judge Robert W Sweet ruled": ``Robert W`` taken, the surname lost; "producers
Adam Epstein, Allan S Gordon and Elan V McAllister": the single capital splits the run and
leaves two lone words). :func:`middle_letter_names` reads a given name, one capital letter that
is no word ("A", "I", "O": :func:`phrases.bare_initial`) and a surname as one name:

- a name the detector took that ends with the bare letter ("Robert W") takes the capitalised
  word right after it as its surname: a name never ends with a middle initial;
- two lone words around the letter ("Elan", "McAllister") are one name when the first is a
  given name of the lists, or a word English text hardly uses, and the second a surname: no
  English word of the lists and a word English text uses rarely, or a word the article also
  uses alone.

Either way the surname has a surname's shape, is no stop word, title, month, place or
organisation's word, and no capitalised word or number follows it (a longer phrase: "John F
Kennedy Airport"); a capitalised word right before the given name (no title) makes a longer
phrase too ("Wii U Deluxe Set"). Things with a letter ("Grade A Students", "Vitamin C Tablets",
"Studio B Jones", "Channel 4") have no given name before the letter; "V" and "X" before a word
English text uses ("King George V Hotel") are a ruler's numeral, no initial.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, lexicon, phrases, plausible, recall8, recall13
from newsclean.cleaners.names.keys import fold

if TYPE_CHECKING:  # the detector imports the names package
    from newsclean.cleaners.names.detect import Candidate, Lexicon, Token

# the letter and the surname right after a given name (read from the given name's end)
_LETTER_SURNAME = re.compile(r"[ \t\u00a0]+([A-Z])[ \t\u00a0]+(" + recall13._SURNAME.pattern + r")")
# the surname right after a name ending with the letter
_SURNAME_AFTER = re.compile(r"[ \t\u00a0]+(" + recall13._SURNAME.pattern + r")")
# letters that are also regnal numerals ("George V", "Charles X"): an initial only before a rare surname
_NUMERAL_LETTERS = frozenset("VX")


def _surname_word(word: str) -> bool:
    """A capitalised word that may end a name after a middle initial: no stop word, title,
    month or weekday, place, region, people or organisation's word."""
    key = fold(word)
    return not (
        key in lexicon.STOPWORDS or key in lexicon.TITLE_WORDS or key in lexicon.ORG_WORDS or key in recall8._MONTHS_DAYS
        or plausible.is_place(key) or plausible.is_region(key) or evidence.demonym(word)
    )


def _rare_word(key: str) -> bool:
    """No English word of the lists, and one English text uses rarely (a surname's test)."""
    return not plausible.is_vocabulary(key) and plausible.zipf(key) < recall8.LONE_WORD_ZIPF


def _given_word(key: str, lex: Lexicon) -> bool:
    """A given name of the lists, or a word English text hardly uses (no place)."""
    if lex.is_given(key) or lex.is_listed_given(key):
        return True
    return not plausible.is_vocabulary(key) and plausible.zipf(key) < recall8.UNLISTED_WORD_ZIPF and not plausible.is_place(key)


def _phrase_before(text: str, start: int) -> bool:
    """A capitalised word that is no title right before ``start``: a longer phrase."""
    m = recall13._CAPITALISED_BEFORE.search(text[max(0, start - 30) : start])
    if m is None:
        return False
    word = re.sub(r"[^\w’'\-]", "", m.group(0).strip()).strip()
    return fold(word) not in lexicon.TITLE_WORDS


def _surname_token(text: str, start: int, word: str) -> Token:
    """The surname's token; a possessive ending stays outside it ("George W Bush's")."""
    from newsclean.cleaners.names.detect import Token

    possessive = text[start + len(word) : start + len(word) + 2] in ("'s", "’s")
    return Token(word, start, start + len(word), fold(word), possessive=possessive, boundary_after=possessive)


def middle_letter_names(text: str, found: list[Candidate], orphans: list[Candidate], lex: Lexicon, language: str | None) -> list[Candidate]:
    """``found`` with the names written with a middle initial without its full stop (module
    docstring): a name ending with the letter takes its surname; two lone words around the
    letter become one name (evidence ``cue:initials``)."""
    if language not in (None, "en"):
        return found
    from newsclean.cleaners.names.detect import Candidate, Token

    out = list(found)
    changed = False
    covered = bytearray(len(text) + 1)  # the characters of found's runs (linear on long texts)
    for x in found:
        covered[x.start : x.end] = b"\x01" * (x.end - x.start)
    for n, c in enumerate(found):  # "Robert W" + "Sweet"
        last = c.tokens[-1]
        if c.kind == "alias" or len(c.tokens) < 2 or last.possessive or not phrases.bare_initial(last.text):
            continue
        first = c.tokens[0]
        if not (lex.is_given(first.key) or lex.is_listed_given(first.key)):
            continue
        m = _SURNAME_AFTER.match(text, c.end)
        if m is None or not recall13._SURNAME_END.match(text, m.end(1)) or not _surname_word(m.group(1)):
            continue
        if last.text in _NUMERAL_LETTERS and not _rare_word(fold(m.group(1))):
            continue  # "King George V Hotel": a ruler's numeral
        if 1 in covered[m.start(1) : m.end(1)]:
            continue  # another run holds the word (the surname stands after this run's end)
        out[n] = Candidate([*c.tokens, _surname_token(text, m.start(1), m.group(1))], c.kind, c.alias_ids, c.titled, c.evidence)
        changed = True
    singles = [o for o in orphans if len(o.tokens) == 1 and o.kind == "single"]
    if singles:
        alone: dict[str, list[int]] = {}  # a lone word's key -> the starts of its lone uses
        for o in singles:
            alone.setdefault(o.tokens[0].key, []).append(o.start)
        covered = bytearray(len(text) + 1)
        for x in out:
            covered[x.start : x.end] = b"\x01" * (x.end - x.start)
        for o in singles:  # "Elan" + "V" + "McAllister"
            m = _LETTER_SURNAME.match(text, o.end)
            if m is None or not phrases.bare_initial(m.group(1)):
                continue
            given, word = o.tokens[0], m.group(2)
            if not recall13._SURNAME_END.match(text, m.end(2)) or not _given_word(given.key, lex) or not _surname_word(word):
                continue
            if not (_rare_word(fold(word)) or any(s != m.start(2) for s in alone.get(fold(word), ()))):
                continue  # "Robert V Sweet": a common word after the letter, used nowhere alone
            if m.group(1) in _NUMERAL_LETTERS and not _rare_word(fold(word)):
                continue  # "Charles X Street": a ruler's numeral
            if _phrase_before(text, o.start) or 1 in covered[o.start : m.end(2)]:
                continue
            toks = [given, Token(m.group(1), m.start(1), m.end(1), fold(m.group(1))), _surname_token(text, m.start(2), word)]
            out.append(Candidate(toks, "name", evidence="cue:initials"))
            covered[o.start : m.end(2)] = b"\x01" * (m.end(2) - o.start)
            changed = True
    return sorted(out, key=lambda c: c.start) if changed else found
