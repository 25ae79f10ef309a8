"""Tail 7 of issue 14: a firm named after its founder, listed among things with no list noun.
English articles only; a pure function over the text and the detector's runs, asked only of the
full-name runs a cheap test selects.

- :func:`listed_among_firms`: a full-name run (two words or more) is an item of an enumeration
  joined by commas, "and", "or" or "&" (one of these words at least) of three items or more
  whose other items are all things, one of them an organisation's at least: "Movies from Sony
  Pictures, Walt Disney, Touchstone, Miramax, Columbia and Buena Vista will be" (English tune,
  ``bbc-tech-280``). An item is an organisation's when it has two words or more, the last before
  a linking word is an organisation's word and none is a given name ("Sony Pictures", "Virgin
  Group", "Bank of America"; not "Jude Law"); an item is a thing when no other run of the article
  bears one of its words and it is an organisation's, an acronym ("WMG"), or words no name list
  has (no given name of the lexicon, no gazetteer name's word: "Touchstone", "Buena Vista"). The list's noun is missing here, so links 6's
  :func:`links6.listed_after_things` does not read it; its item and glue patterns are reused.

Left alone: a list with a person the detector found ("Bill Gates, Warren Buffett and Berkshire
Hathaway"), an item with a title's word (an apposition: "Augusto Reyes, Director of the Caribbean
Air and Marine Branch"), a list of places or of bare words with no organisation's item ("visited Paris, Rome
and John Smith"; "Labour, UKIP and Nigel Farage": a party's list names its leader), a possessive
run ("Sony Pictures, Virgin Group and Walt Disney's"), a two-item list ("created by Walt Disney
and WMG": a person and a firm have the same shape there), and a list joined by commas alone (a
clause's commas: "At Sony Pictures, Walt Disney, Touchstone").
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from newsclean.cleaners.names import lexicon, links6, works
from newsclean.cleaners.names.hunt20 import run_words
from newsclean.cleaners.names.keys import fold

if TYPE_CHECKING:  # the detector imports the names package
    from newsclean.cleaners.names.detect import Candidate, Lexicon

_S = r"[ \t\u00a0]+"
_ITEMS_BEFORE = re.compile(rf"(?<![\w’'-])((?:{works.ITEM}{links6.JOIN})*)$")
_ITEM_AT = re.compile(rf"{links6.JOIN}?({works.ITEM})")
_JOIN_AFTER = re.compile(links6.JOIN)
_JOIN_BEFORE = re.compile(rf"{links6.JOIN}$")
_CONJUNCTION = re.compile(rf"(?<![\w’'-])(?:and|or)(?![\w’'-])|{_S}&{_S}")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")
_LINKING = frozenset(("of", "the", "in", "on", "a", "an", "to", "for"))
_WINDOW = 160  # characters read either side of the run for the list's other items
_MIN_ITEMS = 3


def _items(glued: str) -> list[str]:
    """The items of a stretch of ``items`` joined by the list's glue."""
    return [m.group(1) for m in _ITEM_AT.finditer(glued)]


def _organisations(item: str, lex: Lexicon) -> bool:
    """Two words or more, the last before a linking word an organisation's ("Sony Pictures", "Bank
    of America"; not "Kristen Welker of NBC News"), no given name among them ("Jude Law")."""
    words = item.split()
    head = next((i for i, w in enumerate(words) if w in _LINKING), len(words))
    return (
        len(words) > 1 and fold(words[head - 1]) in lexicon.ORG_WORDS and not any(lex.is_given(fold(w)) for w in words[:head])
    )


def _thing(item: str, lex: Lexicon, borne: Callable[[str], bool]) -> bool:
    """An organisation's item, an acronym, or words no name list has; never an item with a word
    another run of the article bears ("Kristen Welker of NBC News") or a title's word (a person's
    apposition: "Augusto Reyes, Director of the Caribbean Air and Marine Branch")."""
    keys = [fold(w) for w in item.split() if w not in _LINKING]
    if any(k in lexicon.TITLE_WORDS or borne(k) for k in keys):
        return False
    if _organisations(item, lex) or _ACRONYM.fullmatch(item):
        return True
    return all(not lex.is_given(k) and k not in lex.gaz.known_tokens for k in keys)


def listed_among_firms(text: str, c: Candidate, lex: Lexicon, borne: Callable[[str], bool]) -> bool:
    """The module's item for the run ``c``; ``borne(key)``: another run of the article has the word."""
    if c.possessive or len(c.name_tokens()) < 2:
        return False
    before = _ITEMS_BEFORE.search(text, max(0, c.start - _WINDOW), c.start)
    after = links6.ITEMS_AFTER.match(text, c.end, min(len(text), c.end + _WINDOW))
    glued_before = before.group(1) if before else ""
    glued_after = after.group(0) if after else ""
    if links6.POSSESSIVE_END.search(glued_after):
        return False  # "Walt Disney and Sony's": the list's names are owners
    others = _items(glued_before) + _items(glued_after)
    if len(others) + 1 < _MIN_ITEMS or not _CONJUNCTION.search(glued_before + " " + glued_after):
        return False
    return any(_organisations(o, lex) for o in others) and all(_thing(o, lex, borne) for o in others)


def _borne(bearers: Counter[str], own: set[str], key: str) -> bool:
    """Another run than the one whose words are ``own`` has the word ``key`` (``bearers``: how many runs have each)."""
    return bearers[key] > (key in own)


def drop_tail7(text: str, found: list[Candidate], lex: Lexicon, language: str | None) -> list[Candidate]:
    """``found`` without the runs :func:`listed_among_firms` reads (English only)."""
    if language not in (None, "en") or not found:
        return found
    # the cheap test first: the list's glue right after the run or right before it
    asked = [
        c for c in found
        if len(c.name_tokens()) > 1
        and (_JOIN_AFTER.match(text, c.end) or _JOIN_BEFORE.search(text, max(0, c.start - 8), c.start))
    ]
    if not asked:
        return found
    bearers = Counter(k for o in found for k in set(run_words(o)))  # how many runs bear each word
    dropped = set()
    for c in asked:
        own = set(run_words(c))
        # asked of the list's few words only: a set of every word borne by another run, made for
        # each run, was quadratic on a long list of names
        if listed_among_firms(text, c, lex, partial(_borne, bearers, own)):
            dropped.add(id(c))
    return [c for c in found if id(c) not in dropped] if dropped else found
