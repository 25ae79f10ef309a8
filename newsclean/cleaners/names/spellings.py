"""Issue 14, hunt 16: a person's name spelt once with one letter more, less or other, beside
the spelling the article uses more.

A pure function over the article's resolved canonical names, called once from
:func:`cleaners.names.resolve.find_persons` beside :func:`cleaners.names.slips.merge_slips` (which
reads two letters swapped). The kind comes from hunt set 16's false list (BBC News 2004-05, a
reader's letters: "opposing Charles Clark's proposals" beside Home Secretary "Charles Clarke",
"Frederic Forsythe's comments" beside "Frederick Forsyth"): two full names in one article whose
surnames differ by one letter (added, dropped or changed) and whose given names are the same or
differ by one letter too are one person under two spellings, when the article uses one form at
least :data:`RESPELT_MAJORITY` times as often as the other (two people a letter apart, "Michael
Johnson beat Michael Johnston", are each named about as often). The form the gazetteer knows
wins, else the form the article uses more; the other's mentions keep their offsets and carry the
``spelling_variant`` flag. Relatives share one spelling of the surname
("Mark Smith" and "Mary Smith" stay two), and surnames shorter than :data:`MIN_RESPELT_SURNAME`
letters are one letter apart by chance ("Dean"/"Dear").
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from newsclean.cleaners.names.keys import fold
from newsclean.cleaners.names.slips import Named, apply_renames

# The shortest surname whose one-letter variant in the same article is read as a misspelling.
MIN_RESPELT_SURNAME = 5
# How many times as often the article uses the spelling it keeps: two people a letter apart are
# each named a few times ("Michael Johnson beat Michael Johnston ... Johnson said"), a slip once
# beside many uses of the right spelling.
RESPELT_MAJORITY = 3


def one_letter_apart(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter added, dropped or changed.

    >>> one_letter_apart("clark", "clarke"), one_letter_apart("forsyth", "forsythe"), one_letter_apart("frederic", "frederick")
    (True, True, True)
    >>> one_letter_apart("smith", "smith"), one_letter_apart("smith", "smyth"), one_letter_apart("smith", "smithers")
    (False, True, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1 :]


def respelt(a: str, b: str) -> bool:
    """Two canonical names of one person, one misspelt: as many words, surnames one letter apart
    (:data:`MIN_RESPELT_SURNAME` letters at least), given names equal or one letter apart with
    the same first letter.

    >>> respelt("Charles Clark", "Charles Clarke"), respelt("Frederic Forsythe", "Frederick Forsyth")
    (True, True)
    >>> respelt("Mark Smith", "Mary Smith"), respelt("John Clark", "Jane Clarke"), respelt("Tom Dean", "Tom Dear")
    (False, False, False)
    """
    wa, wb = [fold(w) for w in a.split()], [fold(w) for w in b.split()]
    if len(wa) != len(wb) or len(wa) < 2 or min(len(wa[-1]), len(wb[-1])) < MIN_RESPELT_SURNAME:
        return False
    if not one_letter_apart(wa[-1], wb[-1]):
        return False
    return all(x == y or (x[:1] == y[:1] and min(len(x), len(y)) >= 4 and one_letter_apart(x, y)) for x, y in zip(wa[:-1], wb[:-1]))


def _candidate_pairs(names: Sequence[str]) -> set[tuple[str, str]]:
    """The pairs of ``names`` that may be one letter apart in the surname: names of as many words
    and the same initial sharing the surname with one letter deleted (or whole), so the pairs are
    found in linear time, not by comparing every two names."""
    buckets: dict[tuple[int, str, str], list[str]] = {}
    for name in names:
        words = name.split()
        last = fold(words[-1])
        for key in {last, *(last[:i] + last[i + 1 :] for i in range(len(last)))}:
            buckets.setdefault((len(words), fold(words[0])[:1], key), []).append(name)
    return {(a, b) for group in buckets.values() for i, a in enumerate(group) for b in group[i + 1 :] if a != b}


def merge_respellings(resolved: Sequence[Named], flag: str) -> None:
    """Give every mention of a misspelt form the canonical name (and the gazetteer person) of the
    other: the form the gazetteer knows, else the one the article uses more, when it is used
    :data:`RESPELT_MAJORITY` times as often; neither when both are the gazetteer's."""
    uses = Counter(r.canonical for r in resolved if r.canonical)
    names = sorted(n for n in uses if " " in n)
    if len(names) < 2:
        return
    person = {r.canonical: r.person for r in resolved if r.canonical}
    renames: dict[str, str] = {}
    for a, b in _candidate_pairs(names):
        if respelt(a, b):
            known_a, known_b = person[a] is not None, person[b] is not None
            if known_a and known_b:
                continue
            if known_a != known_b:
                keep, drop = (a, b) if known_a else (b, a)
            else:
                keep, drop = (a, b) if uses[a] > uses[b] else (b, a)
            if uses[keep] >= RESPELT_MAJORITY * uses[drop]:
                renames[drop] = keep
    apply_renames(resolved, renames, person, flag)
