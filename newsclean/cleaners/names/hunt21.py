"""Hunt 21 of issue 14 (round 3 of hunt set 18): runs of 2012 web pages that name a firm or a
county, one person under a clipped given name, a bare surname of two bearers (English only).

The kinds come from the hand judgements of round 3 of hunt set 18
(``bench/data/names_hunt_judged18.json``, ``"round": 3``: pages 231-330 of dragnet_data's tune
half); each test reads the words of the run and the characters around it, never one string:

- :func:`founded_firm`: the run is what someone founded ("one of the co-founders of Red Octane"),
  or an apposition calls it a firm ("Red Octane – the company that ..."): a firm, every run of
  its words.
- :func:`firm_possessions`: the run's possessive owns what only a firm has ("Thomas Nelson’s
  director of corporate communications", "X's headquarters", "X's shareholders"): a firm, every
  run of its words.
- :func:`trade_plural_after`: the run is followed by a plural word of trade that ends a firm's
  name, and the name ends there ("Green Throttle Games has revealed"): a firm, every run of its
  words.
- :func:`in_firm_list`: an item of an enumeration that a plural noun of firms or of titles opens
  ("retailers, including 1-800-flowers.com, OfficeMax®, Inc., Tommy Hilfiger, Express", "mom
  and dad’s magazines, like LIFE, Nat Geo, and SI"), items written as web addresses or with a
  trademark sign included: a brand, this mention.
- :func:`shared_place_head`: the run is an item of a coordination that a plural head of places
  closes ("Prince William, Loudoun, and Henrico Counties"): a place, this mention.
- :func:`place_dwellers`: the run is a place's name with "-ers" on its last word ("Hong
  Kongers don’t really trick or treat"): the people of a place, no one's name.
- :func:`form_renames`: a person named in full under a given name no name list has that opens
  another form's given name, with the same surname ("Lubo Penev" beside "Luboslav Penev"), is
  the person of the fuller form.
- :func:`nearest_bearers`: a bare surname that the role on the date or the gazetteer's default
  gave to one of two bearers the article names in full goes to the other one when the article
  has just named that one in full in the same sentence ("a consultant for Bill Clinton's campaign
  in 1992 and counselor to Clinton in the White House", on a page that names Hillary Clinton later).

:func:`drop_hunt21` applies the first six to the detector's runs; :func:`merge_forms` renames the
resolver's canonical names and :func:`nearest_bearers` re-reads its bare surnames (numbered
ships named for queens and kings, found in this round too, are :func:`tail2.drop_royal_vessels`'s).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from newsclean.cleaners.names import plausible
from newsclean.cleaners.names.gazetteer import english_given_names
from newsclean.cleaners.names.hunt20 import run_words, without_firms
from newsclean.cleaners.names.keys import fold
from newsclean.cleaners.names.slips import apply_renames

if TYPE_CHECKING:  # the detector imports the names package
    from newsclean.cleaners.names.detect import Candidate
    from newsclean.cleaners.names.resolve import _Doc, _Resolved

_S = r"[ \t\u00a0]+"
# "co-founders of", "the founder of", "cofounder of the": what follows was founded, no person
_FOUNDER_BEFORE = re.compile(r"(?<![\w’'-])(?:[Cc]o-?)?(?:[Ff]ounders?|FOUNDERS?)" + _S + r"of" + _S + r"(?:the" + _S + r")?$")
# an apposition that calls the run a firm ("Red Octane – the company the brought us ...")
_FIRM_APPOSITION = re.compile(
    r"[ \t\u00a0]*(?:,|–|—|--?)[ \t\u00a0]*(?:a|an|the)" + _S + r"(?:[a-z][\w-]*" + _S + r"){0,2}?"
    r"(?:company|firm|publisher|studio|label|manufacturer|retailer|startup|start-up|chain|corporation|shop|store|boutique)"
    r"(?=[ \t\u00a0]*[,.;:)]|" + _S + r"(?:that|which|whose|the|behind|founded|based|known|best|responsible|where|in|with|on|at|near|selling)\b)"
)
# what only a firm has, right after a possessive and at most three words ("Thomas Nelson’s director
# of corporate communications", "X's Ohio headquarters", "X's board of directors")
_FIRM_POSSESSIONS = re.compile(
    r"(?:['’]s)?" + _S + r"(?:[\w-]+" + _S + r"){0,3}?"
    r"(?:corporate|headquarters|subsidiary|subsidiaries|shareholders|stockholders|board" + _S + r"of" + _S + r"directors)\b"
)
# plural words of trade that end a firm's name and no person's ("Green Throttle Games")
TRADE_PLURALS = frozenset(
    """
    Games Studios Records Pictures Productions Labs Laboratories Motors Airlines Airways Foods
    Brands Newswires Publications Industries Partners Associates Communications Ventures
    """.split()
)
_TRADE_PLURAL_AFTER = re.compile(_S + r"([A-Z][a-z]+)(?![\w’'-])(?!" + _S + r"[A-Z0-9])")
# plural nouns of firms and of titles opening an enumeration of them
_LIST_HEAD = re.compile(
    r"(?<![\w’'-])(?:[Bb]rands|[Ll]abels|firms|companies|banks|lenders|retailers|stores|chains|carmakers|automakers"
    r"|manufacturers|insurers|magazines|newspapers|publications|publishers|airlines|carriers|broadcasters|outlets)"
    r",?" + _S + r"(?:including|such" + _S + r"as|like)" + _S
)
_LIST_TOKEN = re.compile(r"[\w’'\-.&®™]+|,")
_WEB_ITEM = re.compile(r"[\w\-]+\.(?:com|net|org|co\.uk)", re.IGNORECASE)
# plural heads of places closing a coordination of their names ("Loudoun and Henrico counties")
PLACE_PLURALS = frozenset(
    """
    counties streets avenues roads boulevards rivers lakes islands townships parishes boroughs
    provinces valleys bridges
    """.split()
)
# what may follow an item of a coordination: a comma, "and", "or", "&" or a capitalised word
_ITEM_NEXT = re.compile(r",|" + _S + r"(?:and|or|&|[A-Z])")
_ITEM_TOKEN = re.compile(r"[\w’'\-.]+|,|&")


def founded_firm(text: str, c: Candidate) -> bool:
    """Someone founded the run ("co-founders of Red Octane"), or an apposition right after it
    calls it a firm ("Red Octane – the company the brought us Guitar Hero")."""
    if c.possessive:
        return False
    if "ounder" in text[max(0, c.start - 30) : c.start] and _FOUNDER_BEFORE.search(text, max(0, c.start - 30), c.start):
        return True
    return _FIRM_APPOSITION.match(text, c.end) is not None


def firm_possessions(text: str, c: Candidate) -> bool:
    """The run's possessive owns what only a firm has ("Thomas Nelson’s director of corporate
    communications", "X's headquarters", "X's shareholders")."""
    return c.possessive and _FIRM_POSSESSIONS.match(text, c.end) is not None


def trade_plural_after(text: str, c: Candidate) -> bool:
    """A plural word of trade follows the run and ends the capitalised words ("Green Throttle
    Games has revealed"; not "X Games Village")."""
    if c.possessive:
        return False
    m = _TRADE_PLURAL_AFTER.match(text, c.end)
    return m is not None and m.group(1) in TRADE_PLURALS


def in_firm_list(text: str, start: int) -> bool:
    """An item of an enumeration that a plural noun of firms or of titles opens (:data:`_LIST_HEAD`):
    between the head and the item only capitalised words, web addresses ("1-800-flowers.com"),
    trademark signs, "&", commas, "and" and "or"."""
    window = text[max(0, start - 160) : start]
    if "including" not in window and "such" not in window and "like" not in window:  # cheap test first
        return False
    heads = list(_LIST_HEAD.finditer(window))
    if not heads:
        return False
    for t in _LIST_TOKEN.findall(window[heads[-1].end() :]):
        if t in (",", "&", "and", "or", "®", "™") or t[:1].isupper() or _WEB_ITEM.search(t):
            continue
        return False
    return True


def shared_place_head(text: str, c: Candidate) -> bool:
    """The run is an item of a coordination of capitalised words that a plural head of places
    closes ("Prince William, Loudoun, and Henrico Counties", "Arlington and Fairfax counties")."""
    if c.possessive or not _ITEM_NEXT.match(text, c.end):  # cheap test first
        return False
    for t in _ITEM_TOKEN.findall(text, c.end, min(len(text), c.end + 120)):
        if t.lower() in PLACE_PLURALS:
            return True
        if t in (",", "&", "and", "or"):
            continue
        if not t[:1].isupper() or t.endswith("."):
            return False
    return False


def place_dwellers(c: Candidate) -> bool:
    """The run is a place's name with "-ers" on its last word ("Hong Kongers")."""
    names = c.name_tokens()
    last = names[-1].key
    if len(names) < 2 or not last.endswith("ers") or len(last) < 6:
        return False
    return plausible.is_place(" ".join([*(t.key for t in names[:-1]), last[:-3]]))


def drop_hunt21(text: str, found: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` without the runs of the module docstring (English only); a firm
    (:func:`founded_firm`, :func:`firm_possessions`, :func:`trade_plural_after`) takes every run of
    its words."""
    if language not in (None, "en") or not found:
        return found
    firms: set[tuple[str, ...]] = set()
    out = []
    for c in found:
        if c.kind == "alias":
            out.append(c)
            continue
        if shared_place_head(text, c) or place_dwellers(c) or (len(c.name_tokens()) >= 2 and in_firm_list(text, c.start)):
            continue
        if len(c.name_tokens()) >= 2 and (founded_firm(text, c) or firm_possessions(text, c) or trade_plural_after(text, c)):
            firms.add(run_words(c))
            continue
        out.append(c)
    return without_firms(out, firms)


class _Named(Protocol):
    canonical: str | None
    person: str | None
    flags: list[str]


_N = TypeVar("_N", bound=_Named)


def form_renames(names_in_order: Sequence[str], known: set[str]) -> dict[str, str]:
    """Renames that make one person of two full names the article writes with the same surname
    (and middle words) and a given name no name list has that opens the other's given name, two
    letters shorter at least ("Lubo Penev", "Luboslav Penev"): the fuller form is kept, unless the
    clipped one is the gazetteer's (``known``); a form that opens two others is left alone.

    >>> form_renames(["Lubo Penev", "Luboslav Penev"], set())
    {'Lubo Penev': 'Luboslav Penev'}
    >>> form_renames(["Chris Brown", "Christine Brown"], set())
    {}
    >>> form_renames(["Lubo Penev", "Luboslav Penev", "Lubomir Penev"], set())
    {}
    """
    names = [n for n in names_in_order if " " in n]
    lasts = [n.rsplit(" ", 1)[-1].lower() for n in names]
    if len(set(lasts)) == len(lasts):
        return {}  # no two names share a last word
    by_rest: dict[tuple[str, ...], list[str]] = {}
    for n in names:
        words = n.split()
        by_rest.setdefault(tuple(fold(w) for w in words[1:]), []).append(n)
    given = english_given_names()
    renames: dict[str, str] = {}
    for group in by_rest.values():
        for a in group:
            ga = fold(a.split()[0])
            if len(group) < 2 or a in known or len(ga) < 3 or not ga.isalpha() or ga in given:
                continue
            longer = [b for b in group if b != a and _clipped(ga, fold(b.split()[0]), given)]
            if len(longer) == 1:
                renames[a] = longer[0]
    return renames


def _clipped(ga: str, gb: str, given: frozenset[str] | set[str]) -> bool:
    """``ga`` (no name list's) opens ``gb`` and is two letters shorter at least, or one letter
    shorter when no name list has ``gb`` either ("Tsegay", "Tsegaye": one spelling of one name;
    not "Louis", "Louise") (hunt 22)."""
    if not gb.startswith(ga):
        return False
    return len(gb) >= len(ga) + 2 or (len(gb) == len(ga) + 1 and gb not in given)


def merge_forms(resolved: Sequence[_N], flag: str) -> None:
    """:func:`form_renames` over the article's canonical names (in the order of their first
    mention: ``resolved`` comes in text order), applied to every mention, with ``flag``."""
    order: dict[str, None] = {}
    person: dict[str, str | None] = {}
    for r in resolved:
        if r.canonical:
            order.setdefault(r.canonical, None)
            person[r.canonical] = r.person
    if len(order) < 2:
        return
    known = {n for n, p in person.items() if p is not None}
    renames = form_renames(list(order), known)
    if renames:
        apply_renames(resolved, renames, person, flag)


# the end of a sentence between a full name and a bare surname ("... Bill Clinton. Clinton ...")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+[\"“‘(]?[A-Z]|\n")
# how far back, in characters, the full name may stand
NEAREST_BEARER_SPAN = 300


def bearer_before(text: str, spans: Sequence[tuple[int, str | None]], start: int, bearers: set[str]) -> str | None:
    """The person of ``bearers`` whose full name (``spans``: its end and person, sorted by the
    end) ends last before ``start``, with no sentence's end between them and
    :data:`NEAREST_BEARER_SPAN` characters at most; None when there is none. Only the spans of
    that many characters before ``start`` are read."""
    i = bisect.bisect_right(spans, start, key=lambda s: s[0])
    while i > 0 and spans[i - 1][0] >= start - NEAREST_BEARER_SPAN:
        i -= 1
        end, person = spans[i]
        if person in bearers:
            return None if _SENTENCE_END.search(text, end, start + 1) else person
    return None


def nearest_bearers(doc: _Doc, pending: Sequence[_Resolved], steps: tuple[str, ...], flag: str) -> None:
    """A bare surname (no title) that a gazetteer step of ``steps`` (the role on the date, the
    default) gave to one bearer goes to another bearer of the surname named in full just before it
    in the same sentence (:func:`bearer_before`), with ``flag`` instead of the step's."""
    from newsclean.cleaners.names.resolve import surname_keys  # the resolver imports this module

    spans: list[tuple[int, str | None]] | None = None
    for r in pending:
        if r.person is None or r.title is not None or not any(f in r.flags for f in steps):
            continue
        keys = surname_keys(r.cand.name_tokens()[-1].text)
        bearers = {p for k in keys for _, p in doc.surnames.get(k, ()) if p is not None}
        if len(bearers) < 2:
            continue
        if spans is None:
            spans = sorted(((e, p) for _, e, p in doc.resolved_spans), key=lambda s: s[0])
        near = bearer_before(doc.text, spans, r.cand.start, bearers)
        if near is not None and near != r.person:
            r.person, r.canonical = near, doc.gaz.persons[near].canonical
            r.flags = [f for f in r.flags if f not in steps] + [flag]
