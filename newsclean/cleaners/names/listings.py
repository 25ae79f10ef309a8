"""Hunt 17 of issue 14: listings and furniture of web pages that are no person's name.

The kinds come from the hand judgements of hunt set 17 (``bench/data/names_hunt_judged17.json``:
Google News pages of 2007-08 as :func:`newsclean.api.clean_html` gives them); each test reads
the shape of the listing around a run, never one string:

- :func:`racecard_runner`: a runner in a race card or a result, "7. Hugo Boss (5) Aadesh 49": a
  place number before it, the draw in brackets, the jockey and the weight after. The horse is
  no person; its every mention goes with it ("1. Diego Rivera, 2. Gruezi").
- :func:`schedule_entry`: a programme in a broadcast schedule, between two clock times
  ("05:30a.m.Joyce Meyer 06:00a.m.Religion").
- :func:`listed_work`: a film in a listing ("Halla Bol Director: Rajkumar Santoshi Cast: ...")
  or a title after a menu's label of works ("TV: Hannah Montana"); its every mention goes with it.
- :func:`after_place_prefix`: a run glued to a place's first word ("Port Elizabeth West Indies",
  "San Jose State-Imaku"): the run reads on inside the place's name.
- :func:`initials_only`: initials without a name ("H. R. SHANTIDAS TROPHY").
- :func:`vocabulary_run`: three or more words, each an English word and none a name of the
  name lists ("General Squash Table Tennis Volleyball Equestrian", a site's menu).
- :func:`trim_glued_tail` : a run that goes on past the name with a word no name has: a verb in
  -ed of a headline ("DJ Andy Kershaw Jailed For ..."), a word written with a capitalised prefix
  ("By Patrick Barnard TMCnet Assignment Editor", "former NHLer Keith Magnuson") or a dateline's
  month before the day ("By Don Jeffrey Jan. 7 (Bloomberg)"): the name is the other words.
- :func:`doubled_word`: one word twice, a word the text also writes alone ("Zune Zune players",
  "Logitech Logitech Harmony"): a brand's heading run into its item, no one's name.
- :func:`venue_after_locative`: a run ending in "Field" after a locative ("at Heinz Field"): a
  ground named after a firm or a person, every mention of it ("since Heinz Field opened").
- :func:`bookmaker`: the run after betting odds ("priced at 5/6 with Paddy Power", "9/1 with Stan
  James"): a bookmaker, every mention of it.
- :func:`fixture_side`: a side of a match's score: the run, the score, the other side ("| Aston
  Villa | 0-2 | Man Utd |"), or the run and a won game's score after it ("to hand Twente Enschede
  a 2-0 win"): a team, every mention of it.
- :func:`english_derivative`: a one-word "name" that is an English word made with a
  derivational suffix on an English stem ("Printable version"): vocabulary, no mononym.

:func:`drop_listings` applies the run tests to the detector's runs (English only).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, plausible

if TYPE_CHECKING:  # the detector imports the names package
    from newsclean.cleaners.names.detect import Candidate, Token

_SP = r"[ \t\u00a0]"
# "7. " right before the runner: its place in the result (or its number on the card)
_PLACE_BEFORE = re.compile(rf"(?:^|[\s,;:(•])\d{{1,2}}\.{_SP}+$")
# "(5) Aadesh 49", "(11) C. Rajendra 54.5", "(10) S. N. Chavan 55.5": the draw, the jockey, the weight
_DRAW_JOCKEY_WEIGHT = re.compile(
    rf"^{_SP}*\(\d{{1,2}}\){_SP}+(?:[A-Z]\.{_SP}*)*[A-Z][\w’'\-]*(?:{_SP}+[A-Z][\w’'\-]*)?{_SP}+\d{{2}}(?:\.\d)?(?!\d)"
)
# A race card lists many runners: one entry of that shape is no card.
MIN_RUNNERS = 2
# One entry of a card, whatever the runner's name: "7. Hugo Boss (5) Aadesh 49".
_CARD_ENTRY = re.compile(
    rf"(?<!\d)\d{{1,2}}\.{_SP}+[A-Z][\w’'\-]*(?:{_SP}+[\w’'\-]+){{0,3}}{_SP}*\(\d{{1,2}}\){_SP}+(?:[A-Z]\.{_SP}*)*[A-Z][\w’'\-]*"
    rf"(?:{_SP}+[A-Z][\w’'\-]*)?{_SP}+\d{{2}}(?:\.\d)?(?!\d)"
)
# A clock time right before a programme (glued or one space) and right after it.
_CLOCK_BEFORE = re.compile(rf"\d{{1,2}}[:.]\d{{2}}{_SP}?(?:[ap]\.?m\.?)?{_SP}?$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(rf"^{_SP}*\d{{1,2}}[:.]\d{{2}}(?!\d)")
# A film listing: the credits' labels after the title ("Halla Bol Director: X Cast: Y").
_DIRECTOR_AFTER = re.compile(r"^[\s|]*Director[ \t\u00a0]*:")
_CAST_AFTER = re.compile(r"\bCast[ \t\u00a0]*:")
CAST_WINDOW = 160  # characters after the director's label within which the cast's label stands
# A menu's label of works right before the title ("TV: Hannah Montana", "Movies: ...").
_WORKS_LABEL_BEFORE = re.compile(rf"(?:^|[\s|])(?:TV|Movies|Films|Shows|Series|Albums|Games){_SP}*:{_SP}*$")
# First words of places that a name-shaped word goes on ("Port Elizabeth", "San Jose", "Fort Worth").
# Not "Saint"/"St" (the saint is a person) nor "Santa" (Santa Claus is a character).
PLACE_PREFIXES = frozenset("port fort cape mount lake san puerto porto".split())
_WORD_BEFORE = re.compile(rf"([A-Z][a-z]+){_SP}$")
_INITIAL = re.compile(r"^[^\W\d_]\.?$")
# Vocabulary floor of a menu's words (Zipf): "equestrian" 3.2, "volleyball" 3.9, "squash" 3.6.
MENU_WORD_ZIPF = 3.0
MIN_MENU_WORDS = 3
# A brand written with a capitalised prefix: two capitals or more, then lowercase ("TMCnet").
_PREFIXED_BRAND = re.compile(r"^[A-Z]{2,}[a-z]{2,}$")
# A dateline's month right after a byline's name, before the day ("Jan. 7", "September 3").
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_MONTH_NAMES = frozenset("january february september october november december".split())
_DAY_AFTER = re.compile(rf"{_SP}+\d{{1,2}}(?!\d)")  # used with match(text, pos)
# Grounds named "X Field" after a firm or a person; "Field" is a surname too ("Sally Field").
VENUE_SURNAMES = frozenset({"field"})
_LOCATIVE_BEFORE = re.compile(rf"(?<![\w’'-])(?:at|in|into|inside|outside|from){_SP}+$")
# Betting odds before a bookmaker ("5/6 with Paddy Power", "9/1 at William Hill").
_ODDS_BEFORE = re.compile(rf"(?<![\d/])\d{{1,3}}/\d{{1,3}}{_SP}+(?:with|at|from){_SP}+$")
# A word of betting shortly before the odds: a date ("On 12/5 with ...") has none.
_BETTING_WORDS = re.compile(r"\b(?:odds|odds-on|priced|price|favourite|favorite|bookmakers?|bookies|bets?|betting|lengthened|shortened)\b", re.IGNORECASE)
BETTING_WINDOW = 80  # characters before the odds
# A match's score right after the run (table bars may stand between), then the other side.
_SCORE_THEN_SIDE = re.compile(rf"^[{_SP[1:-1]}|]*\d-\d[{_SP[1:-1]}|]+[A-Z][a-z]")
# A won, lost or drawn game's score right after the run ("hand Twente Enschede a 2-0 win").
_GAME_AFTER = re.compile(rf"^{_SP}+an?{_SP}+\d-\d{_SP}+(?:win|victory|defeat|draw|loss|home win|away win)\b")
# English derivational suffixes that make a word of an English stem ("print" + "able").
DERIVATIONAL_SUFFIXES = ("able", "ible", "ness", "less", "ment", "ful")
STEM_ZIPF = 4.0  # the stem is ordinary vocabulary ("print" 4.6)


def _listed(key: str) -> bool:
    return key in evidence.given_names() or key in evidence.surnames()


def racecard_runner(text: str, c: Candidate) -> bool:
    """The run stands as a runner of a race card: a place number before it, the draw in
    brackets, the jockey and the weight after it ("7. Hugo Boss (5) Aadesh 49")."""
    return bool(
        _PLACE_BEFORE.search(text[max(0, c.start - 8) : c.start]) and _DRAW_JOCKEY_WEIGHT.match(text[c.end : c.end + 48])
    )


def schedule_entry(text: str, c: Candidate) -> bool:
    """The run stands between two clock times, as a programme of a broadcast schedule."""
    return bool(_CLOCK_BEFORE.search(text[max(0, c.start - 12) : c.start]) and _CLOCK_AFTER.match(text[c.end : c.end + 12]))


def listed_work(text: str, c: Candidate) -> bool:
    """The run is a film of a listing (the director's, then the cast's label after it) or a
    title after a menu's label of works ("TV: Hannah Montana")."""
    if _WORKS_LABEL_BEFORE.search(text[max(0, c.start - 12) : c.start]):
        return True
    m = _DIRECTOR_AFTER.match(text[c.end : c.end + 40])
    return bool(m and _CAST_AFTER.search(text[c.end + m.end() : c.end + m.end() + CAST_WINDOW]))


def after_place_prefix(text: str, c: Candidate) -> bool:
    """A run of two words or more written right after a place's first word ("Port Elizabeth
    West Indies", "San Jose State-Imaku"): it reads on inside the place's name."""
    if c.kind == "alias" or c.titled or len(c.name_tokens()) < 2:
        return False
    m = _WORD_BEFORE.search(text[max(0, c.start - 12) : c.start])
    return bool(m and m.group(1).lower() in PLACE_PREFIXES)


def initials_only(c: Candidate) -> bool:
    """Every word of the run is an initial ("H. R.")."""
    return all(_INITIAL.match(t.text) for t in c.name_tokens())


def vocabulary_run(c: Candidate) -> bool:
    """Three words or more, every one an English word (:data:`MENU_WORD_ZIPF`) that no name
    list has: a menu or a heading, not a name."""
    names = c.name_tokens()
    return (
        c.kind != "alias"
        and len(names) >= MIN_MENU_WORDS
        and all(not _listed(t.key) and plausible.zipf(t.key) >= MENU_WORD_ZIPF for t in names)
    )


def _glued_tail(tok: Token, text: str) -> bool:
    if _PREFIXED_BRAND.match(tok.text) and not _listed(tok.key):
        return True
    if tok.key in _MONTH_ABBREVIATIONS and text[tok.end : tok.end + 1] == ".":
        return bool(_DAY_AFTER.match(text, tok.end + 1))
    if tok.key in _MONTH_NAMES:
        return bool(_DAY_AFTER.match(text, tok.end))
    return tok.key.endswith("ed") and not _listed(tok.key) and plausible.zipf(tok.key) >= MENU_WORD_ZIPF


def _names(tokens: list[Token]) -> int:
    return sum(not t.connector for t in tokens)


def trim_glued_tail(c: Candidate, text: str = "") -> Candidate:
    """``c`` cut before its first word past the second that no name has: a verb in -ed
    ("Andy Kershaw Jailed"), a capitalised-prefix word ("Patrick Barnard TMCnet Assignment")
    or a dateline's month before the day ("Don Jeffrey Jan. 7"); without its first word when
    that is a capitalised-prefix word ("NHLer Keith Magnuson"); ``c`` itself otherwise."""
    if c.kind == "alias" or len(c.tokens) < 2:
        return c
    first = c.tokens[0]
    if _PREFIXED_BRAND.match(first.text) and not _listed(first.key) and _names(c.tokens[1:]) >= 2 and not c.tokens[1].connector:
        c = replace(c, tokens=c.tokens[1:])
    for i in range(2, len(c.tokens)):
        t = c.tokens[i]
        if not t.connector and _glued_tail(t, text):
            head = c.tokens[:i]
            while head and head[-1].connector:
                head.pop()
            return replace(c, tokens=head) if _names(head) >= 2 else c
    return c


def doubled_word(text: str, c: Candidate) -> bool:
    """The run is one word written twice ("Zune Zune players", "Logitech Logitech Harmony"),
    a word no name list has that the text also writes once on its own: a brand's heading
    run into its item. Doubled names stay ("Zsa Zsa Gabor", "Karabo Karabo Mohau": three
    words), and so do doubled initials."""
    names = c.name_tokens()
    if c.kind == "alias" or len(names) != 2 or names[0].key != names[1].key or _INITIAL.match(names[0].text):
        return False
    if _listed(names[0].key):
        return False
    word = names[0].text
    return any(
        m.start() not in (names[0].start, names[1].start)
        for m in re.finditer(rf"(?<![\w’'\-]){re.escape(word)}(?![\w’'\-])", text)
    )


def venue_after_locative(text: str, c: Candidate) -> bool:
    """A run ending in a ground's word that is a surname too ("Field"), right after a locative
    preposition and not a possessive: "at Heinz Field" ("starred Sally Field" stays)."""
    names = c.name_tokens()
    return (
        c.kind != "alias" and len(names) >= 2 and names[-1].key in VENUE_SURNAMES and not c.possessive
        and _LOCATIVE_BEFORE.search(text[max(0, c.start - 10) : c.start]) is not None
    )


def bookmaker(text: str, c: Candidate) -> bool:
    """The run right after betting odds and "with"/"at"/"from", a word of betting shortly before
    ("priced at 5/6 with Paddy Power", "have lengthened to 9/1 with Stan James")."""
    m = _ODDS_BEFORE.search(text[max(0, c.start - 16) : c.start])
    if m is None:
        return False
    odds = max(0, c.start - 16) + m.start()
    return bool(_BETTING_WORDS.search(text[max(0, odds - BETTING_WINDOW) : odds]))


def fixture_side(text: str, c: Candidate) -> bool:
    """The run is a side of a match: a one-digit score and the other side right after it
    ("| Aston Villa | 0-2 | Man Utd |"), or "a 2-0 win" right after it. A tennis player's
    score runs on with another set ("Nadal 6-4 6-3"); a scorer comes after the score."""
    after = text[c.end : c.end + 40]
    return bool(_SCORE_THEN_SIDE.match(after) or _GAME_AFTER.match(after))


def english_derivative(word: str) -> bool:
    """An English word made of an English stem and a derivational suffix ("Printable":
    "print" + "able"); no name list has it."""
    key = word.lower()
    if not key.isalpha() or _listed(key):
        return False
    for suffix in DERIVATIONAL_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            stem = key[: -len(suffix)]
            if plausible.zipf(stem) >= STEM_ZIPF or plausible.zipf(stem + "e") >= STEM_ZIPF:
                return True
    return False


def drop_listings(text: str, found: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` without the runs that a listing shows to be no person (module docstring), and
    with glued tails cut. A race card's runner and a listed work take every mention of the
    same words with them, and so do a venue, a bookmaker and a side of a match; a race card
    needs :data:`MIN_RUNNERS` entries of its shape."""
    if language not in (None, "en") or not found:
        return found
    found = [trim_glued_tail(c, text) for c in found]
    runners = [c for c in found if c.kind != "alias" and racecard_runner(text, c)]
    gone_words: set[tuple[str, ...]] = set()
    if runners and len(_CARD_ENTRY.findall(text)) >= MIN_RUNNERS:
        gone_words |= {tuple(t.key for t in c.name_tokens()) for c in runners}
    gone_words |= {
        tuple(t.key for t in c.name_tokens())
        for c in found
        if c.kind != "alias"
        and (listed_work(text, c) or venue_after_locative(text, c) or bookmaker(text, c) or fixture_side(text, c))
    }
    out = []
    for c in found:
        if c.kind != "alias" and tuple(t.key for t in c.name_tokens()) in gone_words:
            continue
        if initials_only(c) or vocabulary_run(c) or doubled_word(text, c) or after_place_prefix(text, c):
            continue
        if c.kind != "alias" and schedule_entry(text, c):
            continue
        out.append(c)
    return out
