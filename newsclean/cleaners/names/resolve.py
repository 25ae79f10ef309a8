"""Who each mention is: the resolution order of issue 5, inside one document.

1. exact alias (canonical, explicit, transliterated, nickname, name + patronymic);
2. a bare surname or "Mr. X": the same document's full name;
3. a surname unique in the gazetteer;
4. the role held on the publication date (title in the text first, then any role),
   then the gazetteer's ``default_for_surname``;
5. people outside the gazetteer keep their in-document full name (the flow's
   cross-document step, :mod:`cleaners.names.cluster`, unifies spellings);
6. otherwise unresolved.

Conflicts are flagged, never guessed: a given name from one person and a surname
from another ("Rex Rubio") is resolved only when a title and the publication date
single out the surname's bearer, else left unresolved with ``conflict``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from newsclean.cleaners.names import lexicon
from newsclean.cleaners.names.detect import Candidate, candidates, title_before
from newsclean.cleaners.names.gazetteer import Gazetteer, empty_gazetteer
from newsclean.cleaners.names.keys import is_cyrillic, variant_key

_FORMER = re.compile(r"\b(?:former|ex|late|then)\b", re.IGNORECASE)

# Flags (stable codes, documented in data/GAZETTEER.md).
ALIAS, DOCUMENT, SURNAME, ROLE, DEFAULT = "alias", "document", "gazetteer_surname", "role_on_date", "default_surname"
NEW, CONFLICT, AMBIGUOUS, UNRESOLVED = "not_in_gazetteer", "conflict", "ambiguous", "unresolved"
POSSESSIVE, CYRILLIC, VARIANT = "possessive", "cyrillic", "spelling_variant"


@dataclass(slots=True)
class Mention:
    surface: str
    canonical: str | None
    start: int
    end: int
    flags: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Resolved:
    cand: Candidate
    title: str | None
    canonical: str | None = None
    person: str | None = None
    flags: list[str] = field(default_factory=list)


class _Doc:
    def __init__(self, text: str, day: dt.date | None, gaz: Gazetteer) -> None:
        self.text, self.day, self.gaz = text, day, gaz
        self.persons: set[str] = set()  # gazetteer ids named in full in this document
        self.surnames: dict[str, set[tuple[str, str | None]]] = {}  # surname variant key -> {(canonical, id)}
        self.unknown: dict[tuple[str, str], str] = {}  # (given, surname) variant keys -> in-document canonical

    def note(self, r: _Resolved) -> None:
        if r.canonical is None or CONFLICT in r.flags:
            return
        if r.person:
            self.persons.add(r.person)
            keys = self.gaz.persons[r.person].surnames
        else:
            keys = (r.canonical.split()[-1],)
        for s in keys:
            self.surnames.setdefault(variant_key(s), set()).add((r.canonical, r.person))

    # narrowing steps over gazetteer ids
    def by_document(self, ids: set[str]) -> set[str]:
        return ids & self.persons

    def by_title_role(self, ids: set[str], title: str | None) -> set[str]:
        if not (self.day and title) or _FORMER.search(title):
            return set()
        key, country = lexicon.role_key(title), lexicon.title_country(title)
        if key is None:
            return set()
        return {
            p for p in ids
            if any(r.key == key and (country is None or r.country in (None, country)) for r in self.gaz.persons[p].roles_on(self.day))
        }

    def names_role(self, title: str | None) -> bool:
        return bool(title) and not _FORMER.search(title) and lexicon.role_key(title) is not None

    def by_any_role(self, ids: set[str]) -> set[str]:
        if not self.day:
            return set()
        return {p for p in ids if self.gaz.persons[p].roles_on(self.day)}

    def by_default(self, ids: set[str]) -> set[str]:
        return {p for p in ids if self.gaz.persons[p].default_for_surname}


def _choose(doc: _Doc, r: _Resolved, ids: set[str], steps: tuple[str, ...]) -> bool:
    """Narrow ``ids`` step by step; resolve ``r`` and return True when one person is left."""
    if len(ids) == 1:
        _assign(doc, r, next(iter(ids)))
        return True
    for step in steps:
        narrowed = {
            DOCUMENT: lambda: doc.by_document(ids),
            # a title naming a role decides alone: "Speaker Johnson" in 2020 is nobody we know
            ROLE: lambda: doc.by_title_role(ids, r.title) if doc.names_role(r.title) else doc.by_any_role(ids),
            DEFAULT: lambda: doc.by_default(ids),
        }[step]()
        if len(narrowed) == 1:
            _assign(doc, r, next(iter(narrowed)), step)
            return True
        if narrowed:
            ids = narrowed
    return False


def _assign(doc: _Doc, r: _Resolved, pid: str, how: str | None = None) -> None:
    r.person, r.canonical = pid, doc.gaz.persons[pid].canonical
    if how:
        r.flags.append(how)


def _display(c: Candidate) -> str:
    return " ".join(t.text for t in c.tokens)


def _surname_ids(doc: _Doc, c: Candidate) -> set[str]:
    names = c.name_tokens()
    gaz = doc.gaz
    # compound surnames first ("von der Leyen", "López Obrador"), then the last token
    for n in range(min(3, len(c.tokens) - 1), 0, -1):
        key = " ".join(t.key for t in c.tokens[-n:])
        if key in gaz.surnames and c.tokens[-n] is not names[0]:
            return set(gaz.surnames[key])
    return set(gaz.surname_variants.get(variant_key(names[-1].key), ()))


def _resolve_alias(doc: _Doc, r: _Resolved) -> bool:
    ids = r.cand.alias_ids
    r.flags.append(ALIAS)
    kinds = set(ids.values())
    if "patronymic" in kinds:
        r.flags.append("patronymic")
    if not _choose(doc, r, set(ids), (DOCUMENT, ROLE)):
        r.flags.append(AMBIGUOUS)
        return False
    return True


def _resolve_name(doc: _Doc, r: _Resolved) -> None:
    """A multi-token name the gazetteer does not list as such."""
    c = r.cand
    names = c.name_tokens()
    given = variant_key(names[0].key)
    gaz = doc.gaz
    bearers = _surname_ids(doc, c)
    if bearers:
        compatible = {
            p for p in bearers
            if given in gaz.persons[p].given_variants
            or (len(names[0].key) == 1 and gaz.persons[p].given and gaz.persons[p].given[0][:1] == names[0].key)
        }
        if compatible:
            r.flags.append(VARIANT)
            if not _choose(doc, r, compatible, (DOCUMENT, ROLE)):
                r.flags.append(AMBIGUOUS)
            return
        others = set(gaz.given_owners.get(given, ())) - bearers
        if others:
            # the given name belongs to someone else: never that someone else
            r.flags.append(CONFLICT)
            hit = doc.by_title_role(bearers, r.title)
            if len(hit) == 1:
                _assign(doc, r, next(iter(hit)), ROLE)
            else:
                r.flags.append(UNRESOLVED)
            return
    _new_person(doc, r)


def _new_person(doc: _Doc, r: _Resolved) -> None:
    names = r.cand.name_tokens()
    key = (variant_key(names[0].key), variant_key(names[-1].key))
    r.canonical = doc.unknown.setdefault(key, _display(r.cand))
    r.flags.append(NEW)


def _resolve_single(doc: _Doc, r: _Resolved) -> None:
    tok = r.cand.name_tokens()[-1]
    vk = variant_key(tok.key)
    same = doc.surnames.get(vk, set())
    if len(same) == 1:
        canonical, pid = next(iter(same))
        r.canonical, r.person = canonical, pid
        r.flags.append(DOCUMENT)
        if pid is None:
            r.flags.append(NEW)
        return
    ids = set(doc.gaz.surnames.get(tok.key, ())) or set(doc.gaz.surname_variants.get(vk, ()))
    if same:
        named = {pid for _, pid in same if pid}
        if len(named) != len(same):  # someone outside the gazetteer shares the surname
            r.flags.append(AMBIGUOUS)
            return
        # several bearers named here ("Ivanka Trump", "Donald Trump Jr."): the bare
        # surname may still be the bearer the gazetteer marks as its default
        ids |= named
    if not ids:
        r.flags.append(UNRESOLVED)
        return
    if len(ids) == 1:
        _assign(doc, r, next(iter(ids)), SURNAME)
        return
    if not _choose(doc, r, ids, (ROLE, DEFAULT)):
        r.flags.append(AMBIGUOUS)


def find_persons(
    text: str,
    published: dt.date | None = None,
    gazetteer: Gazetteer | None = None,
    *,
    title: str | None = None,
    language: str | None = None,
) -> tuple[list[str], list[Mention]]:
    """Person mentions in ``text`` and the sorted distinct canonical names among them.

    ``published`` anchors role look-ups ("the Secretary of State on that day");
    ``gazetteer`` comes from :func:`load_gazetteer`; with None, names are still
    found and bare surnames resolved against full names in the same document.
    """
    gaz = gazetteer if gazetteer is not None else empty_gazetteer()
    doc = _Doc(text, published, gaz)
    found, orphans = candidates(text, gaz)
    resolved = [_Resolved(c, title_before(text, c.start)) for c in found]
    pending: list[_Resolved] = []
    # pass 1: full names (unique aliases first, so ambiguous ones can lean on them)
    for r in sorted(resolved, key=lambda r: (r.cand.kind != "alias" or len(r.cand.alias_ids) > 1, r.cand.start)):
        if r.cand.kind == "alias":
            _resolve_alias(doc, r)
        elif r.cand.kind == "name":
            _resolve_name(doc, r)
        else:
            pending.append(r)
            continue
        doc.note(r)
    # pass 2: bare surnames, "Mr. X"
    for r in pending:
        _resolve_single(doc, r)
    # pass 3: lone capitalised words that are the surname of someone named in full here
    for c in orphans:
        if variant_key(c.tokens[-1].key) in doc.surnames:
            r = _Resolved(c, title_before(text, c.start))
            _resolve_single(doc, r)
            resolved.append(r)
    mentions = [_mention(text, r) for r in sorted(resolved, key=lambda r: r.cand.start)]
    return persons_of(mentions), mentions


def _mention(text: str, r: _Resolved) -> Mention:
    c = r.cand
    flags = []
    if r.title:
        flags.append(f"title:{r.title}")
    if c.possessive:
        flags.append(POSSESSIVE)
    if is_cyrillic(text[c.start : c.end]):
        flags.append(CYRILLIC)
    flags += r.flags
    if r.canonical is None and UNRESOLVED not in flags:
        flags.append(UNRESOLVED)
    return Mention(text[c.start : c.end], r.canonical, c.start, c.end, flags)


def persons_of(mentions: list[Mention]) -> list[str]:
    """The sorted distinct canonical names of resolved mentions."""
    return sorted({m.canonical for m in mentions if m.canonical})
