"""Round 15 of issue 14: a person's name misspelt once in the article, by a slip of letters.

A pure function over the article's resolved canonical names, called once from
:func:`cleaners.names.resolve.find_persons`. The kind comes from hunt set 7's false list
("ex-Yukos boss Mikhail Khordokovsky", the next sentence's "Mr Khodorkovsky"): two full names in
one article with the same given name and surnames made of the same letters in another order
(two letters swapped: a typing slip) are one person under two spellings. The form the gazetteer
knows wins, else the form the article uses more; the slip's mentions keep their offsets and
carry the ``spelling_variant`` flag. Relatives share a surname spelt the same, and two people
whose surnames are anagrams of each other and who share a given name do not meet in one
article: "John Smith" and "John Smyth" (other letters) stay two people, and so do "Anna
Nilsen" and "Anna Nelsin" where the article uses both forms equally and neither is known.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from newsclean.cleaners.names.keys import fold

# The shortest surname whose anagram in the same article is read as a slip: short surnames
# are anagrams of each other by chance ("Lee"/"Eel", "Amos"/"Soma").
MIN_SLIP_SURNAME = 6


class Named(Protocol):
    canonical: str | None
    person: str | None
    flags: list[str]


def slipped(a: str, b: str) -> bool:
    """Two canonical names of one person, the second surname a slip of the first's letters:
    same given name, surnames of the same letters in another order.

    >>> slipped("Mikhail Khordokovsky", "Mikhail Khodorkovsky")
    True
    >>> slipped("John Smith", "John Smyth"), slipped("Mikhail Khordokovsky", "Boris Khodorkovsky")
    (False, False)
    """
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or fold(wa[0]) != fold(wb[0]):
        return False
    sa, sb = fold(wa[-1]), fold(wb[-1])
    return sa != sb and len(sa) >= MIN_SLIP_SURNAME and sorted(sa) == sorted(sb)


def merge_slips(resolved: Sequence[Named], flag: str) -> None:
    """Give every mention of a slipped spelling the canonical name (and the gazetteer person)
    of the right one, adding ``flag``: the form the gazetteer knows, else the one the article
    uses more often; neither when both are the gazetteer's or used as often."""
    uses = Counter(r.canonical for r in resolved if r.canonical)
    if len(uses) < 2:
        return
    by_shape: dict[tuple[str, str], list[str]] = {}  # given name and the surname's letters
    for name in uses:
        words = name.split()
        if len(words) >= 2 and len(words[-1]) >= MIN_SLIP_SURNAME:
            by_shape.setdefault((fold(words[0]), "".join(sorted(fold(words[-1])))), []).append(name)
    pairs = [(a, b) for names in by_shape.values() if len(names) > 1 for i, a in enumerate(sorted(names)) for b in sorted(names)[i + 1 :]]
    if not pairs:
        return
    person = {r.canonical: r.person for r in resolved if r.canonical}
    renames: dict[str, str] = {}
    for a, b in pairs:
        if slipped(a, b):
            known_a, known_b = person[a] is not None, person[b] is not None
            if known_a != known_b:
                renames[b if known_a else a] = a if known_a else b
            elif not known_a and uses[a] != uses[b]:
                renames[b if uses[a] > uses[b] else a] = a if uses[a] > uses[b] else b
    apply_renames(resolved, renames, person, flag)


def apply_renames(resolved: Sequence[Named], renames: dict[str, str], person: dict[str, str | None], flag: str) -> None:
    """Give every mention of a canonical name in ``renames`` the name it maps to, that name's
    gazetteer person (``person``) and ``flag``: one person under one canonical name."""
    for r in resolved:
        if r.canonical in renames:
            r.canonical = renames[r.canonical]
            r.person = person[r.canonical]
            if flag not in r.flags:
                r.flags.append(flag)
