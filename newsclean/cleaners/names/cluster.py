"""Cross-document step: one canonical name per person outside the gazetteer.

Within a document, a person the gazetteer does not know keeps the full name the
document gives ("Yevgeniy Prigozhin"). Across the articles of a run, spellings
that differ only by transliteration (Evgeny / Yevgeniy / Yevgeny) are one person:
the cluster takes its most common full form (ties: the form seen first). Bare
surnames left unresolved in a document ("Prigozhin" alone) join a cluster when
exactly one cluster has that surname.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from newsclean.cleaners.names.keys import fold, variant_key
from newsclean.cleaners.names.lexicon import NAME_SUFFIXES
from newsclean.cleaners.names.resolve import AMBIGUOUS, CONFLICT, NEW, UNRESOLVED, Mention

CROSS = "cross_document"


def _cluster_key(name: str) -> tuple[str, str] | None:
    toks = name.split()
    if len(toks) < 2:
        return None
    if len(toks) > 2 and fold(toks[-1]) in NAME_SUFFIXES:
        # the suffix is part of the person: "James Kennedy Jr." is never "James Smith Jr.",
        # nor "Patrick Carlineo Jr." his father "Patrick Carlineo"
        return variant_key(toks[0]), f"{variant_key(toks[-2])} {fold(toks[-1])}"
    return variant_key(toks[0]), variant_key(toks[-1])


def resolve_across_documents(docs: list[list[Mention]]) -> list[list[Mention]]:
    """Unify people outside the gazetteer across ``docs``; returns new lists (inputs untouched).

    The same as :class:`NameForms` fed every document, then :meth:`CrossDocumentNames.apply`
    on each (what a streamed commit does, one batch of documents at a time).
    """
    forms = NameForms()
    for mentions in docs:
        forms.add(mentions)
    resolution = forms.resolution()
    return [resolution.apply(mentions) for mentions in docs]


class NameForms:
    """The only state cross-document resolution needs: per cluster key, how often each full form occurs.

    >>> forms = NameForms()
    >>> forms.add([Mention("Yevgeniy Prigozhin", "Yevgeniy Prigozhin", 0, 18, [NEW])])
    >>> forms.add([Mention("Evgeny Prigozhin", "Evgeny Prigozhin", 0, 16, [NEW])] * 2)
    >>> forms.resolution().best
    {('evgeni', 'prigozhin'): 'Evgeny Prigozhin'}
    """

    def __init__(self) -> None:
        self.forms: dict[tuple[str, str], Counter] = {}
        self.order: dict[str, int] = {}  # full form -> when it was first seen (ties go to the first)

    def add(self, mentions: list[Mention]) -> None:
        """Count the full forms of one document's people outside the gazetteer (documents in run order)."""
        for m in mentions:
            if m.canonical and NEW in m.flags and len(m.surface.split()) >= 2:
                key = _cluster_key(m.canonical)
                if key:
                    self.forms.setdefault(key, Counter())[m.canonical] += 1
                    self.order.setdefault(m.canonical, len(self.order))

    def resolution(self) -> CrossDocumentNames:
        """Each cluster's most common full form (ties: the form seen first)."""
        order = self.order
        best = {key: max(c, key=lambda f: (c[f], -order[f])) for key, c in self.forms.items()}
        by_surname: dict[str, set[str]] = {}
        for (_, surname), name in best.items():
            by_surname.setdefault(surname.split(" ")[0], set()).add(name)
        return CrossDocumentNames(best, by_surname)


class CrossDocumentNames:
    """The decision of cross-document resolution, applied to one document at a time."""

    def __init__(self, best: dict[tuple[str, str], str], by_surname: dict[str, set[str]]) -> None:
        self.best = best
        self.by_surname = by_surname

    def apply(self, mentions: list[Mention]) -> list[Mention]:
        """One document's mentions with their cross-document canonical names (a new list; inputs untouched)."""
        best, by_surname = self.best, self.by_surname
        new = []
        for m in mentions:
            if m.canonical and NEW in m.flags:
                key = _cluster_key(m.canonical)
                target = best.get(key) if key else None
                if target and target != m.canonical:
                    m = replace(m, canonical=target, flags=[*m.flags, CROSS])
            elif m.canonical is None and UNRESOLVED in m.flags and CONFLICT not in m.flags and AMBIGUOUS not in m.flags and len(m.surface.split()) == 1:
                names = by_surname.get(variant_key(m.surface), set())
                if len(names) == 1:
                    flags = [f for f in m.flags if f != UNRESOLVED] + [NEW, CROSS]
                    m = replace(m, canonical=next(iter(names)), flags=flags)
            else:
                m = replace(m, flags=list(m.flags))
            new.append(m)
        return new
