"""Score person detection against hand labels: precision, recall, F1 and wrong-person links.

Pure functions over already-loaded labels (``tests/data/names/unseen.json``, format in
its README); ``bench/names_unseen.py`` prints the report and ``tests/test_names_unseen.py``
holds floors on it.

A labelled article lists the people it names (``persons``: the fullest form the text
gives, ``|`` between spellings of one person), references that need not be found
(``partial``: a bare surname or first name -> the person it means, or null when the
text does not say) and runs that are not people (``not_person``, documentation only).

The predictions of an article are its distinct canonical names. A prediction is

* a hit when it matches an unmatched labelled person (same folded form, same
  first and last name up to transliteration, or the label itself resolves to that
  gazetteer person);
* neutral when it matches a ``partial`` reference whose person it is;
* otherwise false; a false prediction that is a gazetteer person (or a hit on the
  wrong bearer of a labelled surname) is also a **wrong-person link**.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from newsclean.cleaners.names.gazetteer import Gazetteer
from newsclean.cleaners.names.keys import cyrillic_nominatives, fold, is_cyrillic, variant_key

_DROP = frozenset("jr sr ii iii iv mr mrs ms dr".split())


def _tokens(name: str) -> list[str]:
    toks = [t for t in re.split(r"[\s]+", name.replace("’", "'")) if t]
    out = []
    for t in toks:
        f = fold(t)
        if not f or f in _DROP or (len(f.replace(" ", "")) == 1 and t.rstrip(".").isalpha()):
            continue  # suffixes, honorifics, initials
        out.append(t)
    return out


def _token_keys(token: str) -> frozenset[str]:
    if is_cyrillic(token):
        return frozenset(variant_key(f) for f in cyrillic_nominatives(token))
    return frozenset({variant_key(token)})


@dataclass(frozen=True)
class _Name:
    full: str
    first: frozenset[str]
    last: frozenset[str]


def _name(text: str) -> _Name | None:
    toks = _tokens(text)
    if not toks:
        return None
    return _Name(" ".join(fold(t) for t in toks), _token_keys(toks[0]), _token_keys(toks[-1]))


def _same(a: _Name, b: _Name) -> bool:
    if a.full == b.full:
        return True
    return bool(a.first & b.first) and bool(a.last & b.last)


@dataclass
class ArticleScore:
    id: str
    language: str
    split: str
    labelled: int
    predicted: int
    hits: int
    false: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    wrong_person: list[str] = field(default_factory=list)


@dataclass
class Totals:
    articles: int = 0
    labelled: int = 0
    predicted: int = 0
    hits: int = 0
    wrong_person: int = 0

    @property
    def precision(self) -> float:
        return self.hits / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.labelled if self.labelled else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, s: ArticleScore) -> None:
        self.articles += 1
        self.labelled += s.labelled
        self.predicted += s.predicted
        self.hits += s.hits
        self.wrong_person += len(s.wrong_person)


def score_article(article: dict, predicted: Iterable[str], gazetteer: Gazetteer | None = None,
                  resolve: Callable[[str], str | None] | None = None) -> ArticleScore:
    """Score one article's predicted canonical names against its labels.

    ``resolve(label)`` names the gazetteer person a labelled full name is, if any
    (the names stage run on the label alone); gazetteer canonicals are wrong-person
    links when they match nobody.
    """
    canon_names = {p.canonical for p in gazetteer.persons.values()} if gazetteer else set()
    labels = []
    for label in article["persons"]:
        forms = [f for f in label.split("|") if f.strip()]
        names = [n for n in (_name(f) for f in forms) if n]
        gaz = {resolve(f) for f in forms} - {None} if resolve else set()
        labels.append((forms[0], names, gaz))
    partial = [(_name(k), v) for k, v in article.get("partial", {}).items()]
    matched: set[int] = set()
    hits = 0
    false, wrong = [], []
    preds = sorted(set(predicted))
    for p in preds:
        pn = _name(p)
        if pn is None:
            false.append(p)
            continue
        hit = None
        for i, (_, names, gaz) in enumerate(labels):
            if i in matched:
                continue
            if p in gaz or any(_same(pn, n) for n in names):
                hit = i
                break
        if hit is not None:
            matched.add(hit)
            hits += 1
            continue
        neutral = False
        for key, who in partial:
            if who and (p == who or ((wn := _name(who)) is not None and _same(pn, wn))):
                neutral = True
                break
        if neutral:
            continue
        false.append(p)
        if p in canon_names:
            wrong.append(p)
    missed = [labels[i][0] for i in range(len(labels)) if i not in matched]
    return ArticleScore(article["id"], article["language"], article["split"], len(labels), hits + len(false), hits, false, missed, wrong)


def summarise(scores: Iterable[ArticleScore]) -> dict[tuple[str, str], Totals]:
    """Totals per (split, language group): ``en`` and ``other`` plus each language."""
    out: dict[tuple[str, str], Totals] = {}
    for s in scores:
        keys = [(s.split, s.language)] + ([(s.split, "other")] if s.language != "en" else [])
        for key in keys:
            out.setdefault(key, Totals()).add(s)
    return out


# A capitalised word and runs of them: the baseline every detector must beat.
_CAP_RUN = re.compile(r"\b[^\W\d_a-zа-я][^\W\d_]+(?:[ \t]+[^\W\d_a-zа-я][^\W\d_]+)+")


def capitalised_baseline(text: str) -> set[str]:
    """Every run of two or more capitalised words, taken for a person."""
    return {m.group(0) for m in _CAP_RUN.finditer(text) if all(w[0].isupper() for w in m.group(0).split())}


def published(article: dict) -> dt.date | None:
    try:
        return dt.date.fromisoformat((article.get("published") or "")[:10])
    except ValueError:
        return None
