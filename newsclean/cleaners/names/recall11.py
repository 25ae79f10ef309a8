"""Recall round 11 of issue 14: people the detector left undecided although the article pairs them
with a person (English only; pure functions over the text and the detector's candidates).

The kind comes from the misses of ``bench/names_unseen.py --split tune --verbose`` (batches 17 and
21, the tune parts before them); the test reads the words around the run and the run's word lists,
never the run's own string:

- :func:`and_partner_names`: "<Given> <Surname>" joined by "and" to a full name the detector took
  ("defensive backs Marcus Trufant and Jordan Babineaux each scored", "tandem of Chad Clifton and
  Mark Tauscher", "third behind Hayley Yelling and Justyna Bak"): two people side by side. The
  detector made no run of a given name that is also a country ("Jordan", "Chad"), and it kept a
  surname that is an English word ("Yelling") weak; the full name across "and" decides. The run
  opens with a given name of the name lists and ends with a surname of the lists or a word no
  English text uses; an English word as the surname needs a given name of the English lists that
  is no place ("Hayley", not "Georgia" of "Georgia State"). A team, a region, a town or an
  organisation's word as the last word ("Jordan Valley", "Green Bay", "Virginia Tech") is no
  surname, and a capitalised word next to the run makes it part of a longer phrase.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, lexicon, plausible, tail2
from newsclean.cleaners.names.keys import fold

if TYPE_CHECKING:  # the detector imports the names package
    from newsclean.cleaners.names.detect import Candidate

_S = r"[ \t\u00a0]+"
NAME_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# a given name, perhaps a middle initial, a surname
_RUN = r"([A-Z][a-z]+)((?:" + _S + r"[A-Z]\.?)?)" + _S + r"(" + NAME_WORD + r")"
# the run right after "<partner> and": no capitalised word may continue it
_RUN_AFTER = re.compile(r"^" + _S + r"(?:and|&)" + _S + _RUN + r"(?![\w’'\-]|" + _S + r"[A-Z])")
# the run right before " and <partner>": no capitalised word may open it (checked apart)
_RUN_BEFORE = re.compile(r"(?<![\w’'.\-])" + _RUN + _S + r"(?:and|&)" + _S + r"$")
_CAPITALISED_BEFORE = re.compile(r"(?:^|[^\w’'\-])(?:[A-Z][\w’'\-]*|[A-Z]\.)[ \t\u00a0]+$")
# characters read beside a partner for the run
_WINDOW = 60


def _partner(c: Candidate) -> bool:
    """A full name the detector took: a given name of the name lists and a surname."""
    names = c.name_tokens()
    return c.kind in ("name", "alias") and len(names) >= 2 and names[0].key in evidence.given_names()


def run_given(word: str) -> bool:
    key = fold(word)
    return key in evidence.given_names() and key not in lexicon.STOPWORDS and key not in lexicon.TITLE_WORDS and not evidence.demonym(word)


def run_surname(given: str, word: str) -> bool:
    """The last word may be a surname: none of a place's, a region's, a team's or an
    organisation's words; an English word only after a given name of the English lists that
    names no place."""
    key, first = fold(word), fold(given)
    if (
        key in lexicon.STOPWORDS or key in lexicon.ORG_WORDS or key in lexicon.TITLE_WORDS
        or plausible.is_region(key) or plausible.is_major_city(key) or evidence.demonym(word)
    ):
        return False
    if key in evidence.surnames() or not plausible.is_vocabulary(key):
        return True
    return tail2._given(first) and not plausible.is_region(first) and not plausible.is_place(first)


def and_partner_names(text: str, found: list[Candidate], weak: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` with the runs "and" joins to a full name (module docstring) as names (evidence
    ``cue:partner``): a weak candidate of those words is taken, else one is built where no name
    of ``found`` overlaps them (a lone given name the detector kept, "Mark", gives way)."""
    if language not in (None, "en") or " and " not in text and "&" not in text:
        return found
    partners = [c for c in found if _partner(c)]
    if not partners:
        return found
    from newsclean.cleaners.names.detect import Candidate, Token

    out = list(found)
    spans = [(c.start, c.end) for c in found if c.kind in ("name", "alias")]
    for p in partners:
        end = p.end + (2 if p.possessive else 0)
        after = _RUN_AFTER.match(text[end : end + _WINDOW])
        before = _RUN_BEFORE.search(text[max(0, p.start - _WINDOW) : p.start])
        for m, offset in ((after, end), (before, max(0, p.start - _WINDOW))):
            if m is None or not run_given(m.group(1)) or not run_surname(m.group(1), m.group(3)):
                continue
            start, stop = offset + m.start(1), offset + m.end(3)
            if m is before and _CAPITALISED_BEFORE.search(text[max(0, start - 30) : start]):
                continue  # "Green Bay's Chad Clifton and": the run continues a capitalised phrase
            if any(s < stop and start < e for s, e in spans):
                continue
            same = next((c for c in weak if c.start == start and c.end == stop), None)
            out = [c for c in out if not (start <= c.start and c.end <= stop)]
            if same is not None:
                same.kind, same.evidence = "name", "cue:partner"
                out.append(same)
            else:
                words = [(m.group(1), start)]
                if m.group(2).strip():
                    middle = m.group(2).lstrip(" \t\u00a0")
                    words.append((middle, offset + m.end(2) - len(middle)))
                words.append((m.group(3), offset + m.start(3)))
                out.append(Candidate([Token(w, at, at + len(w), fold(w)) for w, at in words], "name", evidence="cue:partner"))
            spans.append((start, stop))
    return sorted(out, key=lambda c: c.start) if out != found else found
