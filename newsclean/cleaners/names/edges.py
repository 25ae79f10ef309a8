"""Where a name's run begins and ends when page furniture or another name is glued to it
(issue 14, round 13). English articles only; pure functions over the detector's tokens.

- Words of a photo gallery's or a share bar's furniture (``Caption``, ``View Photos``,
  ``Read or Share``) are no part of a name: the run splits at them ("Caption Trump
  arrives" is Trump; "Washington View Photos Trump" is Trump).
- A capitalised ``Elect`` or ``Designate`` right after a title word belongs to the title
  ("President Elect Trump").
- A single quote opening a quotation right before a run: its first word is the quoted
  sentence's unless it is a given name or a known name ("'Impeach Trump'" is Trump;
  "'Chris Christie is the guy'" is Chris Christie).
- A run of two words or more right after a lowercase "of the" is no person's name ("of
  the Cleveland Cavilers"), unless the article uses its last word alone as a person's ("of
  the David Blunkett visa affair" ... "Mr Blunkett").
- A known surname glued after a full name, right before a lowercase role noun and a
  name, is the employer of that role's holder ("Chief of Staff Denis McDonough Trump aide
  Dan Scavino": Denis McDonough, then Trump).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, groups, lexicon, round21

if TYPE_CHECKING:  # the detector imports this module
    from newsclean.cleaners.names.detect import Candidate, Lexicon, Token

# Words of page furniture around photos, galleries and share bars. None of them is a
# given name or a surname in the name lists; a listed one ("Read", "Close") counts only
# beside another furniture word ("Read or Share this story").
FURNITURE_WORDS = frozenset(
    "caption captions photos photo gallery slideshow video videos view share autoplay fullscreen image images read close".split()
)
# "Read or Share", "View Photos": two furniture words with at most "or"/"and"/"&" between.
_FURNITURE_PAIR = re.compile(r"^[ \t\u00a0]+(?:(?:or|and|&)[ \t\u00a0]+)?([A-Za-z]+)")
_FURNITURE_PAIR_BEFORE = re.compile(r"([A-Za-z]+)[ \t\u00a0]+(?:(?:or|and|&)[ \t\u00a0]+)?$")
# Words that a capitalised title goes on with ("President Elect", "Prime Minister Designate").
TITLE_TAILS = frozenset("elect designate".split())
# Lowercase role nouns a person holds for someone named before them ("Trump aide Dan
# Scavino", "Biden adviser Steve Ricchetti"); the role's holder is named right after.
_ROLE_FOR_SOMEONE = frozenset(
    "aide aides adviser advisers advisor advisors spokesman spokeswoman spokesperson ally allies lawyer lawyers attorney "
    "deputy confidant loyalist surrogate strategist pollster".split()
)
_ROLE_HOLDER_AFTER = re.compile(r"^[ \t\u00a0]+([a-z][a-z\-]+)[ \t\u00a0]+(?:[A-Z][\w’'\-.]*)(?:[ \t\u00a0]+[A-Z][\w’'\-]*)")


def _listed(key: str) -> bool:
    return key in evidence.given_names() or key in evidence.surnames()


def furniture(tok: Token, text: str) -> bool:
    """Page furniture, not a name word: a furniture word no name list has ("Caption",
    "Photos"), or a listed one beside another furniture word ("Read or Share")."""
    k = tok.key
    if k not in FURNITURE_WORDS or not tok.text[:1].isupper():
        return False
    if not _listed(k):
        return True
    after = _FURNITURE_PAIR.match(text[tok.end : tok.end + 16])
    before = _FURNITURE_PAIR_BEFORE.search(text[max(0, tok.start - 16) : tok.start])
    return bool(
        (after and after.group(1).lower() in FURNITURE_WORDS and not _listed(after.group(1).lower()))
        or (before and before.group(1).lower() in FURNITURE_WORDS and not _listed(before.group(1).lower()))
    )


def edge(idx: list[int], toks: list[Token], text: str, lex: Lexicon) -> tuple[str, int] | None:
    """What the run's edges need, in one pass for the detector: ``("split", n)`` at a
    furniture word, ``("drop_first", 0)`` for a title's word or a quotation's first word,
    ``("split_last", 0)`` for a glued employer; None for most runs."""
    n = 0
    for k in idx:  # one pass with set look-ups: most runs need nothing
        t = toks[k]
        if t.key in FURNITURE_WORDS and not t.connector and furniture(t, text):
            return "split", n
        n += 1
    if n < 2:
        return None
    first = toks[idx[0]]
    if (first.key in TITLE_TAILS and title_tail(idx, toks)) or (text[first.start - 1 : first.start] == "'" and quoted_opener(idx, toks, text, lex)):
        return "drop_first", 0
    if n >= 3 and round21.glued_common_word(idx, toks, text, lex):
        return "drop_first", 0  # "Agent Simon Beresford said", "Briton Clive Owen" (round 21)
    if n >= 3 and toks[idx[-1]].key in lex.gaz.surnames and glued_employer(idx, toks, lex, text):
        return "split_last", 0
    return None


def title_tail(idx: list[int], toks: list[Token]) -> bool:
    """The run opens with ``Elect``/``Designate`` right after a title word ("President
    Elect Trump"): that word is the title's, not the name's."""
    if len(idx) < 2 or toks[idx[0]].key not in TITLE_TAILS or not toks[idx[0]].text[:1].isupper():
        return False
    k = idx[0]
    return k > 0 and toks[k - 1].key in lexicon.TITLE_WORDS


def glued_employer(idx: list[int], toks: list[Token], lex: Lexicon, text: str) -> bool:
    """The run's last word is a surname the gazetteer knows, glued after a full name opened
    by a given name, with a lowercase role held for someone and that holder's name right
    after it: "Denis McDonough Trump aide Dan Scavino" (the last word is the employer)."""
    if len(idx) < 3 or toks[idx[-1]].key not in lex.gaz.surnames:
        return False  # the cheap test first
    words = [k for k in idx if not toks[k].connector]
    if len(words) < 3:
        return False
    last = toks[words[-1]]
    if last.key not in lex.gaz.surnames or last.possessive or not lex.is_given(toks[words[0]].key):
        return False
    m = _ROLE_HOLDER_AFTER.match(text[last.end : last.end + 60])
    return bool(m and m.group(1) in _ROLE_FOR_SOMEONE)


# only the straight quote: runs open after "‘" as they always did ("‘Matšosane Tšosane")
_OPENING_QUOTE_BEFORE = re.compile(r"(?:^|[\s(\[])'$")


def quoted_opener(idx: list[int], toks: list[Token], text: str, lex: Lexicon) -> bool:
    """The run opens a quotation in single quotes with a word that is no given name and no
    name the gazetteer knows: the quoted sentence's first word ("signs that said 'Impeach
    Trump'"); a name may open one ("'Chris Christie is the guy'")."""
    if len(idx) < 2:
        return False
    first = toks[idx[0]]
    if text[first.start - 1 : first.start] != "'" or not _OPENING_QUOTE_BEFORE.search(text[max(0, first.start - 2) : first.start]):
        return False
    return not (lex.is_given(first.key) or first.key in evidence.given_names() or first.key in lex.gaz.known_tokens)


_OF_THE_BEFORE = re.compile(r"(?<![\w])of[ \t\u00a0]+the[ \t\u00a0]+$")


def after_of_the(text: str, c: Candidate) -> bool:
    """A run of two words or more right after a lowercase "of the", with no title, is a
    group's, a place's or a work's name ("LeBron James of the Cleveland Cavilers", "a member
    of the Rolling Stones"), not a person's: English puts no article before a person's name."""
    if c.kind not in ("name", "weak") or c.titled or len(c.name_tokens()) < 2:
        return False
    if not _OF_THE_BEFORE.search(text[max(0, c.start - 12) : c.start]):
        return False
    # "of the David Blunkett visa affair" ... "Mr Blunkett": a person's name as a modifier
    return not groups.alone_as_person(text, c.name_tokens()[-1].text)
