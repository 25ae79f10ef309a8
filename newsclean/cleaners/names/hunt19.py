"""Issue 14, hunt 19: the kinds of false predictions of hunt set 19 (BBC News 2004-05, business and
sport, ranks 420 to the end), English articles only. Pure functions over the text and the
candidates or resolved names, each called once from :func:`cleaners.names.resolve.find_persons`.

Firms named like people, told by the article's words (:func:`firm_around` for every mention of the
name, :func:`firm_mention` for one mention; new names outside the gazetteer only):

- a maker's compound noun of a manufactured product right before the run ("parts maker Robert
  Bosch", "drugmaker X", :data:`FIRM_MAKERS`); a film, a wine, a policy or a peace maker may be a
  person ("film maker Ken Loach", "winemaker Ludwig Kreuzberg");
- a firm's kin or part right before, with "of" ("parent company of Mercedes Benz", "a subsidiary
  of X", "a division of X");
- a firm's office or staff noun right before, with "at" ("a fund manager at Perpetual Trustees",
  "director at X"): no one works at a person;
- "whose" and a market's word after the run ("Deutsche Boerse - whose market capitalisation");
- an item of an enumeration a plural noun of firms opens in apposition, without "including"
  ("state construction companies Adhi Karya and Semen Gresik", "the financial institutions JP
  Morgan Chase, Citigroup, Merrill Lynch and ..."); only that mention;
- "the", the run and a vehicle's noun ("the Ford Freestyle crossover"); only that mention;
- a person's full name and "of" right before the run ("Tim Daly of Michael Foods"): the person's
  employer, a firm or a place; only that mention.

Names:

- :func:`full_forms`, :func:`accept_full_forms`: a full name no list supports ("Ruud van Nistelrooy", "Mefin Davies")
  is kept when the article names the same person by a shorter form the rules took: its particle
  and surname ("Van Nistelrooy") or a team sheet's initial and surname ("M Davies"); the short
  form then joins it.
- :func:`bracketed_given_names`: given names an editor put in brackets before the surname
  ("they can play (Jon Dahl) Tomasson") are the person's full name with that surname.
- :func:`place_before_namesake`: "in", an unknown capitalised word and the surname of a person
  named in full with a given name ("speaking in Thaliand Hingis admitted" beside "Martina
  Hingis"): the word is a place glued across a missing comma; the surname stays for the person.
- :func:`nickname_renames`: one surname with a given name and its nickname ("Dave Collins" ...
  "David Collins") in one article is one person: the fuller given name is kept.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Protocol, TypeVar

from wordfreq import zipf_frequency

from newsclean.cleaners.names.detect import Candidate, Token
from newsclean.cleaners.names.keys import fold
from newsclean.cleaners.names.slips import apply_renames

_S = r"[ \t\u00a0]+"
# products whose maker, written "<product> maker" or "<product>maker", is a firm ("parts maker Robert
# Bosch", "drugmaker X"); a film, a wine, a game, a policy or a peace maker may be a person
# ("winemaker Ludwig Kreuzberg", "film maker Ken Loach", "computer games maker Peter Molyneux")
FIRM_MAKERS = frozenset(
    """
    car auto drug chip phone handset mobile toy steel aircraft plane jet truck lorry parts computer pc software
    camera tyre tire engine vehicle motorcycle bike drinks soft-drinks food chocolate cigarette tobacco
    chemicals chemical pharmaceutical electronics appliance console equipment machine machinery semiconductor memory
    battery cement fertiliser fertilizer glass paper tractor bus train components component
    """.split()
)
_MAKER_BEFORE = re.compile(r"(?<![\w’'-])([a-z]+?)(?:[ \t\u00a0-]|)makers?" + _S + r"$")
_KIN_OF_BEFORE = re.compile(
    r"(?<![\w’'-])(?:parent" + _S + r"(?:company|firm|group)|subsidiary|subsidiaries|division|unit|units|sister" + _S + r"company)"
    + _S + r"of" + _S + r"$"
)
_STAFF_AT_BEFORE = re.compile(
    r"(?<![\w’'-])(?:managers?|directors?|partners?|officials?|officers?|spokesman|spokeswoman|spokesperson|advisers?|advisors?|"
    r"employees?|chairman|chairwoman|boss|bosses|head|heads)" + _S + r"at" + _S + r"$"
)
_WHOSE_MARKET_AFTER = re.compile(
    r"[ \t\u00a0]*[-,–—]?" + _S + r"whose" + _S + r"(?:[a-z]+" + _S + r")?(?:capitalisation|capitalization|shares|share" + _S
    + r"price|stock|market" + _S + r"value|profits|revenues?|turnover)\b"
)
# plural nouns of firms opening an enumeration of them in apposition ("companies X and Y")
_FIRMS_HEAD = re.compile(
    r"(?<![\w’'-])(?:firms|companies|banks|institutions|lenders|insurers|reinsurers|retailers|carmakers|automakers|manufacturers|"
    r"brands|chains|airlines|carriers|exchanges|brokerages|conglomerates|groups|operators)" + _S
)
_LIST_TOKEN = re.compile(r"[\w’'\-.&]+|,")
_VEHICLE_AFTER = re.compile(
    _S + r"(?:crossover|crossovers|sedan|sedans|saloon|saloons|hatchback|hatchbacks|coupe|coupes|coupé|suv|suvs|SUV|SUVs|"
    r"pickup|pick-up|minivan|minivans|roadster|roadsters|convertible|people-carrier)\b"
)
_THE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he" + _S + r"$")
_PERSON_OF_BEFORE = re.compile(r"([A-Z][\w’'\-]*)" + _S + r"of" + _S + r"$")


def firm_around(text: str, start: int, end: int) -> bool:
    """The run at ``text[start:end]`` is a firm by the words around this mention (every mention of
    the name follows): a maker's compound, a firm's kin or staff before it, "whose" shares after it.

    >>> firm_around("supplied by parts maker Robert Bosch.", 24, 36)
    True
    >>> firm_around("directed by film maker Ken Loach.", 23, 32), firm_around("in 2011 winemaker Ludwig Kreuzberg won", 18, 34)
    (False, False)
    """
    before = text[max(0, start - 40) : start]
    m = _MAKER_BEFORE.search(before)
    if m and m.group(1) in FIRM_MAKERS:
        return True
    if _KIN_OF_BEFORE.search(before) or _STAFF_AT_BEFORE.search(before):
        return True
    return bool(_WHOSE_MARKET_AFTER.match(text[end : end + 60]))


def firm_mention(text: str, start: int, end: int, person_ends: frozenset[int]) -> bool:
    """This mention names a firm or its product: an item of an enumeration of firms in
    apposition, "the" + run + a vehicle's noun, or the employer after a person's full name and
    "of" (``person_ends``: where the article's full names of people end).

    >>> firm_mention("shares in state construction companies Adhi Karya and Semen Gresik have jumped", 57, 69, frozenset())
    True
    >>> firm_mention("It includes the Ford Freestyle crossover.", 16, 30, frozenset())
    True
    >>> firm_mention("Tim Daly of Michael Foods and others", 12, 25, frozenset({8}))
    True
    >>> firm_mention("a book about the players David Smith and Tim Daly", 41, 49, frozenset())
    False
    >>> firm_mention("The first lady of high street banks Shriti Vadera, a former adviser", 36, 49, frozenset())
    False
    """
    if _VEHICLE_AFTER.match(text[end : end + 20]) and _THE_BEFORE.search(text[max(0, start - 6) : start]):
        return True
    m = _PERSON_OF_BEFORE.search(text[max(0, start - 40) : start])
    if m and (start - len(m.group(0)) + len(m.group(1))) in person_ends:
        return True
    return _in_firm_apposition(text, start, end)


_NEXT_ITEM = re.compile(r"(?:,|" + _S + r"and)" + _S + r"[A-Z]")


def _in_firm_apposition(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 160) : start]
    heads = list(_FIRMS_HEAD.finditer(window))
    if not heads:
        return False
    tokens = _LIST_TOKEN.findall(window[heads[-1].end() :])
    # the head's first item opens right after it, every token between is a capitalised word, an
    # ampersand, a comma or "and", and the mention is an item of a list of two or more: an item
    # before it or one after it ("banks Shriti Vadera, a former adviser" is no list)
    if not all(t in (",", "&", "and") or t[:1].isupper() for t in tokens) or (tokens and not tokens[0][:1].isupper()):
        return False
    return any(t in (",", "and") for t in tokens) or bool(_NEXT_ITEM.match(text, end))


def _initials_of(tok: Token) -> bool:
    return len(tok.text.rstrip(".")) == 1 and tok.text[:1].isupper()


def full_forms(found: list[Candidate], is_word: Callable[[str], bool]) -> list[Candidate]:
    """The weak runs ("Ruud van Nistelrooy", "Mefin Davies") that a name run of the article ends
    with its particle capitalised ("Van Nistelrooy") or shares the surname with after the initial
    of the given name ("M Davies"); a run opening with an English word is not one (``is_word``:
    "Wing van Gisbergen")."""
    shorts: dict[str, list[Candidate]] = {}  # by the last word's key, so each weak run reads its namesakes only
    for c in found:
        if c.kind in ("name", "alias") and len(c.tokens) >= 2:
            shorts.setdefault(c.tokens[-1].key, []).append(c)
    if not shorts:
        return []
    out = []
    for c in found:
        toks = c.tokens
        if c.kind != "weak" or len(toks) < 2 or toks[0].connector:
            continue
        keys = [t.key for t in toks]
        for s in shorts.get(keys[-1], ()):
            skeys = [t.key for t in s.tokens]
            particle = (
                len(skeys) + 1 == len(keys) and skeys == keys[1:] and toks[1].connector and not s.tokens[0].connector
            )
            initial = (
                len(skeys) == len(keys) and _initials_of(s.tokens[0]) and skeys[1:] == keys[1:]
                and fold(s.tokens[0].text[:1]) == keys[0][:1] and not any(t.connector for t in toks)
            )
            if (particle or initial) and not is_word(toks[0].key):
                out.append(c)
                break
    return out


def accept_full_forms(found: list[Candidate], full: list[Candidate]) -> list[Candidate]:
    """``found`` (after the weak runs were judged) with the runs of :func:`full_forms` kept as
    names: judged after the others, so they are no evidence for the rest of a list ("fellow
    Springboks John Smit, ..." stays weak)."""
    kept = {id(c) for c in found}
    for c in full:
        c.kind, c.evidence = "name", "consistency"
    return sorted([*found, *(c for c in full if id(c) not in kept)], key=lambda c: c.start)


_BRACKET_AFTER = re.compile(r"\)" + _S + r"([A-Z][a-z][\w’'\-]*)(?![\w’'-])(?!" + _S + r"[A-Z])")
# the bracket opens inside prose, after a lowercase word or a comma ("they can play (Jon Dahl)"),
# not after a capitalised run it glosses ("Cairns (Beth Noveck) Capitol Hill Blue", a blogroll)
_PROSE_BEFORE_BRACKET = re.compile(r"(?:^|[a-z,;:]" + _S + r")$")


def bracketed_given_names(text: str, start: int, end: int) -> str | None:
    """The surname after a closing bracket when the run at ``text[start:end]`` is bracketed
    given names ("(Jon Dahl) Tomasson" -> "Tomasson"), else None.

    >>> bracketed_given_names("they can play (Jon Dahl) Tomasson, he said", 15, 23)
    'Tomasson'
    >>> bracketed_given_names("the striker (Jon Dahl) scored", 13, 21) is None
    True
    >>> bracketed_given_names("Cairns (Beth Noveck) Capitol Hill Blue", 8, 19) is None
    True
    """
    if text[start - 1 : start] != "(" or not _PROSE_BEFORE_BRACKET.search(text[max(0, start - 30) : start - 1]):
        return None
    m = _BRACKET_AFTER.match(text, end)
    return m.group(1) if m else None


_IN_BEFORE = re.compile(r"(?<![\w’'-])in" + _S + r"$")


def place_before_namesake(
    text: str, found: list[Candidate], orphans: list[Candidate], is_given: Callable[[str], bool]
) -> list[Candidate]:
    """``found`` without a two-word run after "in" whose first word is no given name
    (``is_given``) and whose surname a person named in full with a given name bears ("speaking
    in Thaliand Hingis admitted" beside "Martina Hingis"); the surname becomes an orphan for
    that person."""
    named = {(c.tokens[-1].key, c.tokens[0].key) for c in found if c.kind in ("name", "alias") and len(c.tokens) >= 2}
    if not named:
        return found
    out = []
    for c in found:
        toks = c.tokens
        if (
            c.kind in ("name", "weak") and not c.titled and len(toks) == 2 and not toks[0].connector
            and not is_given(toks[0].key) and _IN_BEFORE.search(text[max(0, c.start - 6) : c.start])
            and any(last == toks[1].key and first != toks[0].key and is_given(first) for last, first in named)
        ):
            orphans.append(Candidate(toks[1:], "single"))
            continue
        out.append(c)
    return out


@lru_cache(maxsize=1)
def _nicknamer() -> object:
    from nicknames import NickNamer

    return NickNamer()


@lru_cache(maxsize=4096)
def _nicknames_of(key: str) -> frozenset[str]:
    nn = _nicknamer()
    return frozenset(fold(n) for n in nn.nicknames_of(key))  # type: ignore[attr-defined]


def nickname_pair(a: str, b: str) -> bool:
    """One given name is a clipped nickname of the other ("dave"/"david"), by the ``nicknames``
    tables: the two open with the same two letters, so a pet name of another shape ("Nancy" of
    "Ann", sisters in "Ann and Nancy Wilson") is not read.

    >>> nickname_pair("david", "dave"), nickname_pair("dave", "david"), nickname_pair("patrick", "patricia")
    (True, True, False)
    >>> nickname_pair("ann", "nancy")
    False
    """
    return a != b and a[:2] == b[:2] and (b in _nicknames_of(a) or a in _nicknames_of(b))


def nickname_renames(names_in_order: Sequence[str], known: Callable[[str], bool]) -> dict[str, str]:
    """Renames that make one person of two full names of as many words, the same surname (and
    middle words) and given names one the other's nickname ("Dave Collins", "David Collins"): the
    form the gazetteer knows (``known``), else the fuller given name (the form a hand label gives).
    A form that pairs with two others ("Pat Smith" beside "Patrick Smith" and "Patricia Smith") is
    left alone.

    >>> nickname_renames(["Dave Collins", "Max Jones", "David Collins"], lambda n: False)
    {'Dave Collins': 'David Collins'}
    >>> nickname_renames(["Pat Smith", "Patrick Smith", "Patricia Smith"], lambda n: False)
    {}
    >>> nickname_renames(["Mark Smith", "Mary Smith"], lambda n: False)
    {}
    """
    by_rest: dict[tuple[str, ...], list[str]] = {}
    for n in names_in_order:
        words = n.split()
        if len(words) >= 2:
            by_rest.setdefault(tuple(fold(w) for w in words[1:]), []).append(n)
    renames: dict[str, str] = {}
    for group in by_rest.values():
        if len(group) < 2:
            continue
        pairs = [(a, b) for i, a in enumerate(group) for b in group[i + 1 :] if nickname_pair(fold(a.split()[0]), fold(b.split()[0]))]
        paired = [n for p in pairs for n in p]
        for a, b in pairs:  # a is named first
            if paired.count(a) > 1 or paired.count(b) > 1:
                continue
            if known(a) and known(b):
                continue
            if known(a) != known(b):
                keep, drop = (a, b) if known(a) else (b, a)
            else:  # the fuller given name, the form a hand label gives ("the fullest form the text gives")
                keep, drop = (b, a) if len(b.split()[0]) > len(a.split()[0]) else (a, b)
            renames[drop] = keep
    return renames


@lru_cache(maxsize=4096)
def is_english_word(key: str) -> bool:
    """A word English writes often enough to open a weak run as a word, not a given name."""
    return zipf_frequency(key, "en") >= WORD_ZIPF


# "Wing" (4.2), "Spaniard" (3.1) are words; "Ruud" (2.5), "Mefin" (0) are not
WORD_ZIPF = 3.0


class _Named(Protocol):
    cand: Candidate
    title: str | None
    canonical: str | None
    person: str | None
    flags: list[str]


_R = TypeVar("_R", bound=_Named)


def drop_firms(text: str, resolved: list[_R], new_flag: str) -> list[_R]:
    """``resolved`` without the new names of two words or more that :func:`firm_around` shows to
    be a firm (every mention of the name; a one-word mention of it by the words after it only) or
    :func:`firm_mention` (that mention, and the name's one-word mentions when it was the name's
    only full mention: "Tim Daly of Michael Foods" ... "Foods")."""
    person_ends = frozenset(r.cand.end for r in resolved if r.canonical and " " in r.canonical and r.cand.kind in ("name", "alias"))
    firm: set[str] = set()
    one: set[int] = set()
    full: dict[str, list[int]] = {}
    for r in resolved:
        names = r.cand.name_tokens()
        if r.canonical is None or r.person is not None or new_flag not in r.flags or " " not in r.canonical or not names:
            continue
        start, end = names[0].start, names[-1].end
        if len(names) == 1:
            if _WHOSE_MARKET_AFTER.match(text[end : end + 60]):  # "Boerse - whose market capitalisation"
                firm.add(r.canonical)
            continue
        full.setdefault(r.canonical, []).append(id(r))
        if firm_around(text, start, end):
            firm.add(r.canonical)
        elif not r.title and firm_mention(text, start, end, person_ends):
            one.add(id(r))
    firm |= {n for n, ids in full.items() if all(i in one for i in ids)}
    if not firm and not one:
        return resolved
    return [r for r in resolved if id(r) not in one and (r.canonical not in firm or r.person is not None)]


def extend_bracketed(text: str, resolved: Sequence[_Named], new_flag: str) -> None:
    """A new name of bracketed given names ("(Jon Dahl) Tomasson") takes the surname after the
    bracket: its canonical name, and that of its other mentions, becomes the full name."""
    renames: dict[str, str] = {}
    for r in resolved:
        if r.canonical and r.person is None and new_flag in r.flags and not r.cand.possessive:
            surname = bracketed_given_names(text, r.cand.start, r.cand.end)
            # the run alone is the name ("(Ryan) Giggs" beside "Ryan Giggs" is already his)
            if surname is not None and r.canonical == text[r.cand.start : r.cand.end]:
                renames[r.canonical] = f"{r.canonical} {surname}"
    for r in resolved:
        if r.canonical in renames and r.person is None:
            r.canonical = renames[r.canonical]


def merge_nicknames(resolved: Sequence[_Named], flag: str) -> None:
    """:func:`nickname_renames` over the article's canonical names (in the order of their first
    mention), applied to every mention with ``flag``."""
    order: dict[str, None] = {}
    person: dict[str, str | None] = {}
    for r in sorted((r for r in resolved if r.canonical), key=lambda r: r.cand.start):
        order.setdefault(r.canonical or "", None)
        person[r.canonical or ""] = r.person
    if len(order) < 2:
        return
    apply_renames(resolved, nickname_renames(list(order), lambda n: person.get(n) is not None), person, flag)
