"""Recall round 12 of issue 14: a given name whose surname an editor put in brackets right after
it (English only; a pure function over the text and the detector's candidates).

The kind comes from the misses of ``bench/names_unseen.py --split tune --verbose`` (batches 17 and
21, the tune parts before them); the test reads the words around the pair and the pair's word
lists, never the pair's own string:

- :func:`bracketed_surnames`: "<Given> (<Surname>)" or "<Given> [<Surname>]" ("with Sam (Stosur)
  and Alicia stepping up", "a quarterback named Juice (Williams)", "as well a Dere (Hicks)"): a
  quote or a writer names someone by the given name and adds the surname in a bracket. The
  bracket holds one capitalised word and nothing else. The word before it is a given name of the
  name lists (not a stop word, a title or a demonym), or, mid-sentence after a lowercase word, any
  capitalised word that is no stop word, title, organisation's or place's word when the bracket
  holds a surname of the name lists. The bracket's word is a surname as recall 11 reads one (no
  region's, major city's, organisation's word or demonym; a listed surname or a word no English
  text uses), and no plural of an English noun ("Roma (Gypsies)"), no place and no given name of
  the English lists that is no listed surname, nor the given name's full form ("Sam (Samuel)"). A number right after the
  bracket makes it a results table's line ("4. Fabrizio (Ducati) 1'32.6": a rider and his
  team), and a capitalised word right before the pair makes it part of a longer phrase.
  The name is written without the brackets ("Sam Stosur"). A colour in the bracket after a word
  of no name list is a product's ("shoulder Strap (Gray)"; links 6).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, lexicon, plausible, recall8, recall11, tail2
from newsclean.cleaners.names.keys import fold

if TYPE_CHECKING:  # the detector imports the names package
    from newsclean.cleaners.names.detect import Candidate

# the given name, one space at most, the bracketed surname; no number may follow (a results table)
_BRACKETED = re.compile(
    r"(?<![\w’'.\-])([A-Z][a-z]+)[ \t\u00a0]?(?:\((" + recall11.NAME_WORD + r")\)|\[(" + recall11.NAME_WORD + r")\])"
    r"(?![ \t\u00a0]*[\d’'])"
)
# the word right before the pair: a lowercase word (mid-sentence) or a capitalised one (a longer phrase)
_WORD_BEFORE = re.compile(r"(?:^|[^\w’'\-])([\w’'\-]+)[ \t\u00a0]+$")


# colours that are surnames too: in a bracket after a word no name list gives, a product's colour
_COLOURS = frozenset("black white grey gray brown green blue red pink silver gold rose".split())

# an English word's Zipf frequency from which a plural's stem reads as a noun of English text
_PLURAL_STEM_ZIPF = 3.0


def _bracket_surname(first: str, word: str) -> bool:
    """The bracket's word may be the surname of ``first`` (module docstring)."""
    key = fold(word)
    if not recall11.run_surname(first, word) or (recall8.english_plural(key, _PLURAL_STEM_ZIPF) and key not in evidence.surnames()) or plausible.is_place(key) and key not in evidence.surnames():
        return False
    if key.startswith(fold(first)):
        return False  # "Sam (Samuel)", "Chris (Christopher)": the given name's full form
    return not tail2._given(key) or key in evidence.surnames()


def _bracket_given(first: str, before: str) -> bool:
    """The word before the bracket may be a given name: one of the lists, or mid-sentence (after
    ``before``, a lowercase word) a capitalised word of no stop word, title, organisation or place."""
    if recall11.run_given(first):
        return True
    key = fold(first)
    return (
        before.islower() and key not in lexicon.STOPWORDS and key not in lexicon.TITLE_WORDS and key not in lexicon.ORG_WORDS
        and not plausible.is_place(key) and not plausible.is_region(key) and not evidence.demonym(first)
    )


def bracketed_surnames(text: str, found: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` with the given names an editor's bracket gives a surname (module docstring) as
    names (evidence ``cue:bracket``), where no name of ``found`` overlaps them (a lone given
    name the detector kept, "Sam", gives way)."""
    if language not in (None, "en") or ")" not in text and "]" not in text:
        return found
    from newsclean.cleaners.names.detect import Candidate, Token

    out = list(found)
    spans = [(c.start, c.end) for c in found if c.kind in ("name", "alias")]
    for m in _BRACKETED.finditer(text):
        first, word = m.group(1), m.group(2) or m.group(3)
        w = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        before = w.group(1) if w else ""
        if before[:1].isupper() or not _bracket_surname(first, word):
            continue  # "Rebel Mujahideen (Taliban)": a longer phrase
        if fold(word) not in evidence.surnames() and not recall11.run_given(first):
            continue  # neither word of the name lists
        if not _bracket_given(first, before):
            continue
        if fold(word) in _COLOURS and not recall11.run_given(first):
            continue  # "shoulder Strap (Gray)", "Case (Black)": a product's colour after a noun (links 6)
        start, stop = m.start(1), m.end()
        if any(s < stop and start < e for s, e in spans):
            continue
        at = m.start(2) if m.group(2) else m.start(3)
        out = [c for c in out if not (start <= c.start and c.end <= stop)]
        toks = [Token(first, start, m.end(1), fold(first)), Token(word, at, at + len(word), fold(word))]
        out.append(Candidate(toks, "name", evidence="cue:bracket"))
        spans.append((start, stop))
    return sorted(out, key=lambda c: c.start) if out != found else found
