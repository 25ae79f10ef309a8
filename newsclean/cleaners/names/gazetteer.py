"""The person gazetteer: parsed from CSV text, with aliases generated once per gazetteer.

The flow reads ``data/gazetteer.csv`` (format in ``data/GAZETTEER.md``) and passes
the text to :func:`load_gazetteer`; this module never touches files. Generated
aliases (transliteration schemas, nicknames, folded accents, middle initials,
Russian name + patronymic) are computed here, once, and cached with the object.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import iuliia
from nicknames import NickNamer

from newsclean.cleaners.names import evidence, lexicon
from newsclean.cleaners.names.keys import fold, is_cyrillic, key_of, variant_key

COLUMNS = ("id", "canonical", "native", "surname", "aliases", "roles", "default_for_surname", "seats")
LIST_SEP = "|"
ROLE_SEP = ";"

# iuliia schemas used to spell Cyrillic native names in Latin script: every
# schema the package ships for Russian (BGN/PCGN, ISO 9, GOST, ICAO, Wikipedia,
# Telegram, Mosmetro, French MVD, ...). Uzbek is another language.
_SCHEMA_NAMES = tuple(n for n in dir(iuliia) if n.isupper() and n != "UZ" and hasattr(getattr(iuliia, n), "translate"))

_ROLE = re.compile(
    r"^\s*(?P<title>.+?)\s*(?:\((?P<country>[A-Z]{2,3})\))?\s+(?P<start>\d{4}-\d{2}-\d{2})?\.\.(?P<end>\d{4}-\d{2}-\d{2})?\s*$"
)
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|ич|оглы|кызы)$", re.IGNORECASE)
_PARENS = re.compile(r"\s*\([^)]*\)\s*$")


class GazetteerError(ValueError):
    """A gazetteer row that cannot be read; the message names the row."""


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    key: str | None
    country: str | None
    start: dt.date | None
    end: dt.date | None

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    canonical: str
    native: str
    given: tuple[str, ...]  # folded given-name tokens of the canonical name
    surnames: tuple[str, ...]  # folded keys a bare reference may use
    roles: tuple[Role, ...]
    default_for_surname: bool
    given_variants: frozenset[str]  # variant keys of the given name, nicknames and transliterations
    # seats in a body of many members (a senate, a house, a governorship): they decide a titled
    # mention ("Sen. Clinton", "Rep. Cheney") but, unlike roles, never support a bare surname
    seats: tuple[Role, ...] = ()

    def roles_on(self, day: dt.date) -> list[Role]:
        return [r for r in self.roles if r.held_on(day)]


@dataclass(frozen=True)
class Gazetteer:
    """Indexes over the people. Built by :func:`load_gazetteer`; treat as read-only."""

    persons: dict[str, Person]
    aliases: dict[str, dict[str, str]]  # alias key -> {person id: alias kind}
    surnames: dict[str, frozenset[str]]  # surname key -> person ids
    given_owners: dict[str, frozenset[str]]  # given-name variant key -> person ids
    given_names: frozenset[str]  # folded given names known to be first names (detection lexicon)
    known_tokens: frozenset[str]  # every folded token of every alias and surname
    max_alias_tokens: int = 1
    surname_variants: dict[str, frozenset[str]] = field(default_factory=dict)  # variant key -> ids

    def __hash__(self) -> int:  # identity: one compiled gazetteer object per CSV text
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other


def _date(text: str | None, where: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise GazetteerError(f"{where}: bad date {text!r}") from exc


def parse_roles(text: str, where: str = "roles") -> tuple[Role, ...]:
    """``"Secretary of State (US) 2018-04-26..2021-01-20; President (US) 2025-01-20.."``."""
    roles = []
    for part in filter(None, (p.strip() for p in (text or "").split(ROLE_SEP))):
        m = _ROLE.match(part)
        if not m:
            raise GazetteerError(f"{where}: role {part!r} is not 'Title (CC) YYYY-MM-DD..YYYY-MM-DD'")
        start, end = _date(m["start"], where), _date(m["end"], where)
        if start and end and end < start:
            raise GazetteerError(f"{where}: role {part!r} ends before it starts")
        roles.append(Role(m["title"], lexicon.role_key(m["title"]), m["country"], start, end))
    return tuple(roles)


@lru_cache(maxsize=1)
def _nicknamer() -> NickNamer:
    return NickNamer()


@lru_cache(maxsize=1)
def english_given_names() -> frozenset[str]:
    """Every name in the ``nicknames`` package (canonical names and their nicknames), built
    once per process."""
    nn = _nicknamer()
    names: set[str] = set()
    for table in (getattr(nn, "_nickname_lookup", {}), getattr(nn, "_canonical_lookup", {})):
        for k, vs in table.items():
            names.add(k)
            names.update(vs)
    return frozenset(n for n in names if n.isalpha())


def nickname_forms(given: str) -> set[str]:
    """``mike`` -> {mike, michael, mick, ...}: the name, its canonical forms and their nicknames
    that begin with the same letter.

    The ``nicknames`` tables relate names both ways and across families ("bill" is listed
    under "robert" as well as "william"), so following them freely makes "Robert Gates" an
    alias of Bill Gates (issue 14). Forms that change the first letter (Bill/William,
    Bob/Robert, Peggy/Margaret) are left to the gazetteer's explicit ``aliases``.

    >>> sorted(f for f in nickname_forms("bill") if f in {"robert", "william", "billy"})
    ['billy']
    """
    nn = _nicknamer()
    g = given.lower()
    out = {g} | nn.nicknames_of(g) | nn.canonicals_of(g)
    for c in nn.canonicals_of(g):
        if c[:1] == g[:1]:
            # another nickname of the same full name only when it grows from the same stem
            # ("jim"/"jimmy"): "Jay" and "Jake" both shorten Jacob, yet name different people
            # (links audit 5: "Jay Sullivan" of Mozilla is no Jake Sullivan)
            out |= {n for n in nn.nicknames_of(c) if n[:SIBLING_STEM] == g[:SIBLING_STEM]}
    gender = evidence.given_gender(g)
    return {f for f in out if f[:1] == g[:1] and not (gender and evidence.given_gender(f) not in (None, gender))}


# Letters two nicknames of one full name share when they are one name's forms ("jim"/"jimmy").
SIBLING_STEM = 3


# English-press spellings no schema produces: Dmitri (for -ий), Alexander (for Aleksandr).
_PRESS_SPELLINGS = ((re.compile(r"(?:ii|iy|ij|yi)$"), "i"), (re.compile(r"ks"), "x"), (re.compile(r"andr$"), "ander"))


def _translit(native_token: str) -> set[str]:
    out = {fold(native_token)}
    for name in _SCHEMA_NAMES:
        out.add(fold(getattr(iuliia, name).translate(native_token)))
    for pattern, repl in _PRESS_SPELLINGS:
        out |= {pattern.sub(repl, o) for o in out}
    return {o for o in out if o}


def name_suffix(canonical: str) -> str:
    """The generational suffix of a name ("Jr.", "III"), or ""."""
    tokens = _PARENS.sub("", canonical).split()
    return tokens[-1] if len(tokens) > 1 and fold(tokens[-1]) in lexicon.NAME_SUFFIXES else ""


def _split_name(canonical: str, surname_field: str) -> tuple[list[str], list[str]]:
    """(given tokens, surname keys) of a canonical name, using the surname column when given."""
    name = _PARENS.sub("", canonical)
    tokens = name.split()
    if name_suffix(canonical):
        tokens = tokens[:-1]
    if surname_field:
        surnames = [s.strip() for s in surname_field.split(LIST_SEP) if s.strip()]
        first = surnames[0].split()
        n = len(first)
        if [fold(t) for t in tokens[:n]] == [fold(t) for t in first]:  # surname first (Xi Jinping)
            # a given name the press splits in syllables is one name ("Kim Il Sung": "Il Sung",
            # never a given name "Il" that any "il" of the text would support)
            given = [" ".join(tokens[n:])] if len(tokens) > n + 1 else tokens[n:]
        elif [fold(t) for t in tokens[-n:]] == [fold(t) for t in first]:
            given = tokens[:-n]
        else:
            given = tokens[:1]
        return given, surnames
    return tokens[:-1], tokens[-1:]


def _native_parts(native: str) -> tuple[str | None, str | None, str | None]:
    """(given, patronymic, surname) of an East Slavic native name written given-first."""
    toks = native.split()
    if not toks or not is_cyrillic(native):
        return None, None, None
    if len(toks) == 3 and _PATRONYMIC.search(toks[1]):
        return toks[0], toks[1], toks[2]
    if len(toks) == 2:
        return toks[0], None, toks[1]
    return None, None, None


def _build_person(row: dict[str, str], lineno: int) -> tuple[Person, list[tuple[str, str]]]:
    where = f"gazetteer line {lineno} ({row.get('id') or '?'})"
    pid, canonical = (row.get("id") or "").strip(), (row.get("canonical") or "").strip()
    if not pid or not canonical:
        raise GazetteerError(f"{where}: id and canonical are required")
    native = (row.get("native") or "").strip()
    given, surnames = _split_name(canonical, (row.get("surname") or "").strip())
    roles = parse_roles(row.get("roles") or "", where)
    seats = parse_roles(row.get("seats") or "", f"{where} seats")
    default = (row.get("default_for_surname") or "").strip().lower() in {"yes", "y", "true", "1"}

    aliases: list[tuple[str, str]] = [(canonical, "canonical"), (_PARENS.sub("", canonical), "canonical")]
    aliases += [(a.strip(), "explicit") for a in (row.get("aliases") or "").split(LIST_SEP) if a.strip()]
    surname_keys = {fold(s) for s in surnames}
    given_keys = [fold(g) for g in given]
    given_variants: set[str] = set()
    suffix = fold(name_suffix(canonical))
    if suffix:  # "Donald Trump Jr.": generated full names keep the suffix, or they would name the father
        surnames_full = [f"{s} {suffix}" for s in surnames]
    else:
        surnames_full = surnames
    if given_keys:
        first = given_keys[0]
        forms = nickname_forms(first) if first.isalpha() else {first}
        given_variants |= {variant_key(f) for f in forms}
        rest = " ".join(given_keys[1:])
        for form in forms - {first}:
            for s in surnames_full:
                aliases.append((" ".join(filter(None, (form, rest, s))), "nickname"))
                aliases.append((f"{form} {s}", "nickname"))
        for s in surnames_full:
            aliases.append((f"{first} {s}", "given_surname"))  # drops middle names: "Rex Wayne Tillerson" -> "Rex Tillerson"
    if native:
        aliases.append((native, "native"))
        g, p, ns = _native_parts(native)
        if g and ns:
            gv, sv = _translit(g), _translit(ns)
            pv = _translit(p) if p else set()
            surname_keys |= sv
            given_variants |= {variant_key(x) for x in gv}
            for gx in gv:
                for sx in sv:
                    aliases.append((f"{gx} {sx}", "transliteration"))
                for px in pv:
                    aliases.append((f"{gx} {px}", "patronymic"))
                    for sx in sv:
                        aliases.append((f"{gx} {px} {sx}", "transliteration"))
            for sx in sv:  # canonical given name with any spelling of the surname
                for gk in given_keys[:1]:
                    aliases.append((f"{gk} {sx}", "transliteration"))
    person = Person(
        id=pid,
        canonical=canonical,
        native=native,
        given=tuple(given_keys),
        surnames=tuple(sorted(surname_keys)),
        roles=roles,
        default_for_surname=default,
        given_variants=frozenset(given_variants),
        seats=seats,
    )
    return person, aliases


_ALIAS_RANK = {"canonical": 0, "explicit": 1, "native": 2, "transliteration": 3, "given_surname": 4, "patronymic": 5, "nickname": 6}


@lru_cache(maxsize=4)
def load_gazetteer(csv_text: str) -> Gazetteer:
    """Parse the gazetteer CSV text and build every index (cached per text).

    Raises :class:`GazetteerError` naming the line of a malformed row.
    """
    reader = csv.DictReader(io.StringIO(csv_text))
    missing = [c for c in ("id", "canonical") if c not in (reader.fieldnames or [])]
    if missing:
        raise GazetteerError(f"gazetteer header lacks {missing}; expected columns {COLUMNS}")
    persons: dict[str, Person] = {}
    aliases: dict[str, dict[str, str]] = defaultdict(dict)
    surnames: dict[str, set[str]] = defaultdict(set)
    given_owners: dict[str, set[str]] = defaultdict(set)
    given_names: set[str] = set()
    for lineno, row in enumerate(reader, start=2):
        if not any((v or "").strip() for v in row.values()) or (row.get("id") or "").startswith("#"):
            continue
        person, person_aliases = _build_person(row, lineno)
        if person.id in persons:
            raise GazetteerError(f"gazetteer line {lineno}: duplicate id {person.id!r}")
        persons[person.id] = person
        for surface, kind in person_aliases:
            for key in _alias_keys(surface):
                known = aliases[key].get(person.id)
                if known is None or _ALIAS_RANK[kind] < _ALIAS_RANK[known]:
                    aliases[key][person.id] = kind
        for s in person.surnames:
            surnames[s].add(person.id)
        for v in person.given_variants:
            given_owners[v].add(person.id)
        given_names.update(g for g in person.given[:1] if g.isalpha())
    defaults: dict[str, list[str]] = defaultdict(list)
    for p in persons.values():
        if p.default_for_surname:
            for s in p.surnames:
                defaults[s].append(p.id)
    clash = {s: ids for s, ids in defaults.items() if len(ids) > 1}
    if clash:
        raise GazetteerError(f"default_for_surname set for several people sharing a surname: {clash}")
    surname_variants: dict[str, set[str]] = defaultdict(set)
    for s, ids in surnames.items():
        surname_variants[variant_key(s)] |= ids
    known_tokens = {t for key in list(aliases) + list(surnames) for t in key.split()}
    return Gazetteer(
        persons=persons,
        aliases={k: dict(v) for k, v in aliases.items()},
        surnames={k: frozenset(v) for k, v in surnames.items()},
        given_owners={k: frozenset(v) for k, v in given_owners.items()},
        given_names=frozenset(given_names),
        known_tokens=frozenset(known_tokens),
        max_alias_tokens=max((len(k.split()) for k in aliases), default=1),
        surname_variants={k: frozenset(v) for k, v in surname_variants.items()},
    )


_INITIAL = re.compile(r"^[a-z]$")


def _alias_keys(surface: str) -> set[str]:
    """The folded key of an alias, plus the key without middle initials ("michael r pompeo" -> "michael pompeo")."""
    key = key_of(surface.split())
    if not key:
        return set()
    toks = key.split()
    keys = {key}
    bare = [t for i, t in enumerate(toks) if not (_INITIAL.match(t) and 0 < i < len(toks) - 1)]
    if len(bare) >= 2:
        keys.add(" ".join(bare))
    return keys


EMPTY_CSV = ",".join(COLUMNS) + "\n"


def empty_gazetteer() -> Gazetteer:
    """A gazetteer with nobody in it: detection still works, resolution stays inside the document."""
    return load_gazetteer(EMPTY_CSV)
