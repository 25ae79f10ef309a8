"""Tail 2 of issue 14: false persons left on the older hunt sets of magazine pages, blogs and
web pages (sets 1-3, 9, 16, 17, 20). English articles only; pure functions over the text and
the detector's tokens, each asked only of the few runs a cheap test selects.

- :func:`glued_word_before_lone`: a two-word run whose first word is an English word (a verb, an
  interjection, an adjective of a headline: "Spurned Zango pleads", "Go Kylie, Love and light",
  "How To Propagate Bougainvillea") and whose second word the article also writes alone. The
  first word is no given name, surname-only word of a gazetteer person or title, and the article
  uses it in lowercase too, or it has a verb's ending ("-ed", "-ing"). The run is dropped: the
  lone word's other uses tell who or what it is. "Magic Johnson" and "Tiger Woods" are gazetteer
  aliases, never asked.
- :func:`list_pair`: in a list of people whose separators the extraction lost (a page's lines
  or cells glued: "Greil Marcus Wynton Marsalis, Jazz at Lincoln Center Kati Marton, author"),
  a run of four words, or of five with the fourth an initial ("Linda Greenhouse Rinne B.
  Groff"), is two names of two words when the text around it is almost all capitalised words (a
  list, no prose: :func:`list_layout`), even when no list knows the second given name.
- :func:`place_before_list_name`: in such a list, a three-word run whose first word closes the
  previous item's place ("Rutgers University – Camden Orlando Patterson", "Washington
  University-St. Louis Jeffrey Eugenides") starts its name at the second word, a given name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, lexicon, plausible
from newsclean.cleaners.names.gazetteer import english_given_names
from newsclean.cleaners.names.round21 import english_word

if TYPE_CHECKING:  # the detector imports this module
    from newsclean.cleaners.names.detect import Candidate, Lexicon, Token

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# the share of capitalised words around a run above which the text is a list, not prose
LIST_CAPITALISED_SHARE = 0.75
# characters read on each side of a run to judge the layout
_LAYOUT_WINDOW = 150
# at least this many words around the run before the layout is judged
_LAYOUT_MIN_WORDS = 12


def list_layout(text: str, start: int, end: int) -> bool:
    """The text around ``start:end`` is a list of capitalised items (names, places, affiliations)
    with few lowercase words: a page's lines or cells glued by the extraction."""
    words = _WORD.findall(text[max(0, start - _LAYOUT_WINDOW) : start]) + _WORD.findall(text[end : end + _LAYOUT_WINDOW])
    if len(words) < _LAYOUT_MIN_WORDS:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= LIST_CAPITALISED_SHARE * len(words)


def _given(key: str) -> bool:
    return key in english_given_names() or evidence.strong_given(key)


def _initial(tok: Token) -> bool:
    return len(tok.key) == 1


def list_pair(words: list[int], toks: list[Token], lex: Lexicon, text: str) -> int | None:
    """Position in ``words`` where the second of two glued two-word names starts (see the
    module's second item), or None."""
    if len(words) not in (4, 5) or any(toks[k].connector or toks[k].possessive for k in words):
        return None
    ts = [toks[k] for k in words]
    if len(ts[0].text) < 4 or len(ts[2].text) < 4 or any(len(t.text) < 3 and not _initial(t) for t in ts):
        return None  # "Love Lee Tae Ri", "Nam Nghi Phu Quoc": syllables of East Asian names and places
    if len(words) == 5 and not (_initial(ts[3]) and ts[3].text.endswith(".")):
        return None  # "Letty Cottin Pogrebin Katha Pollitt": three and two, or two and three
    if any(_initial(t) for t in (ts[0], ts[1], ts[2], ts[-1])) or any(t.key in lexicon.TITLE_WORDS for t in ts):
        return None
    if not list_layout(text, ts[0].start, ts[-1].end):
        return None
    return 2


def place_before_list_name(idx: list[int], toks: list[Token], lex: Lexicon, text: str) -> int:
    """1 when the run's first word closes the place of the list item before it and a given name
    and a surname follow (the module's third item), else 0."""
    words = [k for k in idx if not toks[k].connector]
    if len(words) != 3 or words[0] != idx[0]:
        return 0
    first, second = toks[words[0]], toks[words[1]]
    if not _given(second.key) or _initial(toks[words[2]]) or first.possessive:
        return 0
    before = text[max(0, first.start - 40) : first.start]
    prev = re.search(r"([A-Z][\w’'.]*)[ \t\u00a0]*$", before)
    place = plausible.is_place(first.key) or (prev is not None and plausible.is_place(f"{prev.group(1).rstrip('.').lower()} {first.key}"))
    dash = re.search(r"[–—-][ \t\u00a0]*$", before) is not None
    if not place or not (dash or (prev is not None and prev.group(1).endswith("."))):
        return 0
    return 1 if list_layout(text, first.start, toks[words[-1]].end) else 0


_VERB_ENDINGS = ("ed", "ing")


# a lowercase word of prose: not a piece of an e-mail address, a web address or a file name
_PROSE_LOWER = re.compile(r"(?<![\w.@/’'-])([a-z][a-z’'-]*)(?![\w@/-]|\.\w)")


@lru_cache(maxsize=8)
def _lowercase_words(text: str) -> frozenset[str]:
    """The lowercase words of ``text``'s prose (one pass per article)."""
    return frozenset(_PROSE_LOWER.findall(text))


def _alone_elsewhere(text: str, word: str, first: str, at: int) -> bool:
    """``text`` writes ``word`` somewhere else than at ``at`` without ``first`` right before it."""
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])", text):
        if m.start() == at:
            continue
        if re.search(rf"(?<![\w’'-]){re.escape(first)}[ \t\u00a0]+$", text[max(0, m.start() - len(first) - 3) : m.start()]) is None:
            return True
    return False


def glued_word_before_lone(text: str, c: Candidate, lex: Lexicon) -> bool:
    """The two-word run is an English word glued before a word the article also writes alone
    (the module's first item)."""
    toks = c.name_tokens()
    if len(toks) != 2 or len(c.tokens) != 2 or c.kind == "alias":
        return False
    first, second = toks
    w, k = first.text, first.key
    if len(w) < 2 or not w[0].isupper() or not w[1:].islower() or first.possessive or not second.text[:1].isupper():
        return False
    if k in lexicon.TITLE_WORDS or k in lexicon.ROYAL_TITLES or evidence.occupation(k) or _given(k) or lex.is_given(k):
        return False  # "Emperor Yun", "Will Young"
    if k in lex.gaz.known_tokens or plausible.is_place(k):
        return False
    if k in evidence.given_names() and not plausible.is_english_word_not_name(k):
        return False  # "Karen Bradley", "Robin Walker": a given name some list knows, more than an English word
    if not (k in _lowercase_words(text) or (k.endswith(_VERB_ENDINGS) and len(k) > 4)):
        return False
    if not (english_word(k) or (k.endswith(_VERB_ENDINGS) and english_word(k[:-2]))):
        return False
    return _alone_elsewhere(text, second.text, w, second.start)


def drop_tail2(text: str, found: list[Candidate], lex: Lexicon, language: str | None) -> list[Candidate]:
    """``found`` without the runs :func:`glued_word_before_lone` reads (English only)."""
    if language not in (None, "en"):
        return found
    return [c for c in found if not glued_word_before_lone(text, c, lex)]
