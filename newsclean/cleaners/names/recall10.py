"""Recall round 10 of issue 14: people the sports pages, the bylines and the lists of web pages
name in ways the detector left undecided (English only; pure functions over the text and the
detector's candidates).

The kinds come from the misses of ``bench/names_unseen.py --split tune --verbose`` (batch 21,
page-signal's tune pages, and the tune parts before it); each test reads the words around the
run, never the run's own string:

- :func:`stat_line_names`: a name right before a bracket that opens with a number and a
  player's statistic ("Atari Bigby (86 tackles, 9 PD)", "Donald Driver (82 receptions, 1048
  yards, 2 TD)", "Lofa Tatupu (109 tackles, 4 INT, 1 sack)"): a player's line in a preview or a
  box score. The two or three capitalised words before the bracket are taken as the player's
  name, even where the surname is an English word ("Driver", "Hawk"), when the first is a given
  name of the name lists, an initial or no English word; a team ("Green Bay (13 wins)") or a
  place opens with neither, and a bracket with no statistic's noun ("Portland (18-12)", an age
  "(34)") is no cue.
- :func:`position_before`: a player's position right before a weak full name ("said running
  back Rashard Mendenhall", "strong safety Atari Bigby", "17th seed Shahar Peer"): the nouns of
  a sports position that the occupation nouns lack, two-word ones whole ("running back", "tight
  end"; "back" or "end" alone is no position: "came back Sunday"), and a seed with its rank.
- :func:`caps_byline`: a name in capitals that a byline frames ("By MATTHEW LEE, Associated Press
  Writer", "KEVIN SCHOFIELD\\nand GERRY BRAIDEN\\n" on the text's first lines): "By" before it
  at a line's start (or "By", the first writer in capitals and "and"), or the whole line (after "and") among the first lines of the text, the
  next word in lowercase or the line's end after it. :mod:`cleaners.names.caps` still asks the
  run's shape (a given name, surname-like words). A heading in capitals ("SPORTING CHANCES")
  has no given name; "BY ROYAL APPOINTMENT" none either.
- :func:`list_item_before`: a lone given name right before "and <Given> <Surname>" shares that
  surname when a list's comma closes the item before it ("books about Princess Diana, David and
  Victoria "Posh Spice" Beckham"), as it does after a lowercase word (``resolve._shared_surnames``);
  :func:`people_plural_before`: a plural of people right before it ("sibling media moguls Harvey
  and Bob Weinstein", "brothers Ethan and Joel Coen") makes a given name that is also a town's
  ("Harvey") a given name there.
- :func:`glued_initials`: initials glued to the surname by their full stop ("K.Pankajakshan",
  "T.J.Chandrachoodan", "T.Clayson"), as Indian and local papers print them, are a person when the
  word is a surname of the name lists or no English word, no place or organisation's word, and no
  capitalised word follows: "P.O.Box", "J.Crew", "D.Live", "U.S.Army" are words after letters,
  "Image: F.J.West Films" a firm. The name is written with a
  space after the initials ("K. Pankajakshan").
- :func:`work_of_person_after`: "the <Given> <Surname> <work>" ("an adaptation of the Federico
  Fellini classic") is a person's name used as a modifier, not a group's or a work's name
  after "of the" (``edges.after_of_the``): a noun of a work or an era follows it in lowercase.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, lexicon, plausible, tail2
from newsclean.cleaners.names.keys import fold

if TYPE_CHECKING:  # the detector imports the names package
    from newsclean.cleaners.names.detect import Candidate

_S = r"[ \t\u00a0]+"

# Nouns of a player's statistics in a bracket after the name: "(86 tackles", "(3966 passing yards",
# "(24 points, 11 rebounds)", "(2 goals", "(45 runs": at most one lowercase word between the number
# and the noun ("passing", "rushing"), or an abbreviation of the box score ("TD", "INT").
_STAT_NOUNS = (
    "tackles|tackle|sacks|sack|receptions|reception|catches|yards|carries|touchdowns|interceptions|"
    "points|rebounds|assists|steals|blocks|goals|saves|wickets|innings|hits|strikeouts|appearances|"
    "caps|tries|laps|aces|runs|TD|TDs|INT|INTs|RBI|RBIs|PD"
)
# the bracket: "(86 tackles", "(3966 passing yards", "(24 points, 11 rebounds)"
_STAT_OPEN = re.compile(r"\([ \t\u00a0]*\d[\d,.]*(?:" + _S + r"[a-z]+)?" + _S + r"(?:" + _STAT_NOUNS + r")\b")
# two or three capitalised words (the first may be initials, "A.J.") right before such a bracket
_STAT_NAME = re.compile(
    r"(?<![\w’'.\-])((?:[A-Z]\.){1,2}[A-Z]?|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"((?:" + _S + r"(?:[A-Z]\.|[A-Z][a-z]+(?:-[A-Z][a-z]+)?))?)"
    r"" + _S + r"((?:Mc|Mac|O['’]|De|La|Le)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t\u00a0]*$"
)
# characters read before a bracket for the name
_STAT_WINDOW = 60


def _stat_given(word: str) -> bool:
    """Initials or a given name of the name lists."""
    key = fold(word)
    return (word[:1].isupper() and "." in word) or (key not in lexicon.STOPWORDS and (tail2._given(key) or key in evidence.given_names()))


def _stat_first(word: str) -> bool:
    """A player's name opens with initials ("A.J."), a given name of the name lists, or a word
    no English text uses ("Lofa", "Atari")."""
    key = fold(word)
    if key in lexicon.STOPWORDS or key in lexicon.ORG_WORDS or plausible.is_region(key) or evidence.demonym(word):
        return False
    return _stat_given(word) or (plausible.zipf(key) == 0.0 and not plausible.is_vocabulary(key))


def _stat_word(word: str) -> bool:
    key = fold(word)
    return key not in lexicon.ORG_WORDS and key not in lexicon.STOPWORDS and not plausible.is_region(key) and not plausible.is_major_city(key)


def stat_line_names(text: str, found: list[Candidate], weak: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` with the names a player's statistics follow (module docstring) as names
    (evidence ``cue:stats``): a weak candidate of those words is taken, else one is built
    where no candidate of ``found`` overlaps them."""
    if language not in (None, "en") or "(" not in text:
        return found
    from newsclean.cleaners.names.detect import Candidate, Token

    out = list(found)
    spans = [(c.start, c.end) for c in found]
    for bracket in _STAT_OPEN.finditer(text):  # the rare bracket first, then the words before it
        at = max(0, bracket.start() - _STAT_WINDOW)
        m = _STAT_NAME.search(text, at, bracket.start())
        if m is None:
            continue
        words = [(m.group(1), m.start(1))]
        if m.group(2):
            middle = m.group(2).lstrip(" \t\u00a0")
            words.append((middle, m.end(2) - len(middle)))
        words.append((m.group(3), m.start(3)))
        if len(words) == 3 and not _stat_given(words[0][0]):
            words = words[1:]  # "Linemen Ryan Pickett (39 tackles", "Pro Bowler Lofa Tatupu (109 tackles": a position, then the name
        start, end = words[0][1], m.end(3)
        if any(s < end and start < e for s, e in spans):
            continue  # a name (or a firm) the detector took already
        if not _stat_first(words[0][0]) or not all(_stat_word(w) for w, _ in words[1:]):
            continue
        same = next((c for c in weak if c.kind == "weak" and c.start == start and c.end == end), None)
        if same is not None:
            same.kind, same.evidence = "name", "cue:stats"
            out.append(same)
        else:
            out.append(Candidate([Token(w, at, at + len(w), fold(w)) for w, at in words], "name", evidence="cue:stats"))
        spans.append((start, end))
    return sorted(out, key=lambda c: c.start) if len(out) > len(found) else found


# A player's position right before the name: two-word positions whole, one-word ones that are no
# common word otherwise, and a seed with its rank ("17th seed", "top seed", "No. 3 seed").
_POSITION_BEFORE = re.compile(
    r"(?<![\w’'\-])(?:"
    r"(?:running|wide|tight|strong|free|defensive|offensive|nose|middle|outside|inside|point|shooting|power|small|centre|center)"
    + _S + r"(?:back|end|receiver|safety|tackle|guard|forward|linebacker)"
    r"|[Cc]ornerback|[Ss]afety|[Rr]eceiver|[Kk]icker|[Pp]unter|[Rr]eturner|[Ll]ineman|[Ll]inemen|[Tt]ailback|[Ff]ullback|[Hh]alfback"
    r"|(?:\d{1,2}(?:st|nd|rd|th)|top|[Nn]o\.?[ \t\u00a0]*\d{1,2}|first|second|third|fourth|fifth|sixth|seventh|eighth)" + _S + r"seed"
    r")" + _S + r"$"
)


def position_before(text: str, start: int) -> bool:
    """A player's position right before ``text[start:]`` (module docstring); a capitalised one
    only where it opens its sentence ("Cornerback Al Harris provided")."""
    m = _POSITION_BEFORE.search(text[max(0, start - 30) : start])
    if m is None:
        return False
    word = m.group(0)
    return word[:1].islower() or word[:1].isdigit() or evidence.sentence_start(text[max(0, start - 30) : start], m.start())


# "By" before a name in capitals, at a line's or a cell's start: "By MATTHEW LEE, Associated Press"
_BY_BEFORE = re.compile(r"(?:^|[\n|])[ \t\u00a0]*(?:By|BY)[ \t\u00a0]+$")
# a second writer: "By JANE DOE and JOHN ROE, Associated Press Writers"
_BY_FIRST_BEFORE = re.compile(r"(?:^|[\n|])[ \t\u00a0]*(?:By|BY)[ \t\u00a0]+[A-Z][A-Z.’'\- \t\u00a0]{2,40}?[ \t\u00a0]+(?:and|AND)[ \t\u00a0]+$")
# what closes a byline's name: a comma, "and", a line's or a cell's end
_BYLINE_END = re.compile(r"^(?:[ \t\u00a0]*(?:,|\||$|\n)|" + _S + r"(?:and|AND)" + _S + r")")
# the whole line, "and" perhaps before the name (a second writer)
_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t\u00a0]*(?:and[ \t\u00a0]+)?$")
_LINE_AFTER = re.compile(r"^[ \t\u00a0]*(?:\n|$)")
# a byline block of writers' lines is among the text's first lines
BYLINE_HEAD = 120


def caps_byline(text: str, start: int, end: int) -> bool:
    """A byline frames the name in capitals at ``text[start:end]`` (module docstring)."""
    before = text[max(0, start - 12) : start]
    if _BY_BEFORE.search(before) or ("and" in before.lower() and _BY_FIRST_BEFORE.search(text[max(0, start - 60) : start])):
        return _BYLINE_END.match(text[end : end + 6]) is not None
    return start < BYLINE_HEAD and _LINE_BEFORE.search(before) is not None and _LINE_AFTER.match(text[end : end + 4]) is not None


def list_item_before(word: str) -> bool:
    """The word before a lone given name closes a list's item with a comma ("Diana," of
    "Princess Diana, David and Victoria Beckham"); "KL Rahul" (no comma) is one name."""
    return len(word) > 1 and word.endswith(",")


# "sibling media moguls", "brothers", "twins": the plural noun of people right before the names
_PLURAL_BEFORE = re.compile(r"(?<![\w’'\-])([a-z]+s)[ \t\u00a0]+$")
_KIN_PLURALS = frozenset("brothers sisters siblings twins cousins sons daughters couple parents partners".split())


def people_plural_before(text: str, start: int) -> bool:
    """A lowercase plural of people's roles or kin right before ``text[start:]``."""
    m = _PLURAL_BEFORE.search(text[max(0, start - 20) : start])
    if m is None:
        return False
    plural = m.group(1)
    return plural in _KIN_PLURALS or evidence.role_noun(plural[:-1])


# nouns of a work, a body of work or an era a person's name modifies: "the Federico Fellini
# classic", "the Martin Scorsese film", "the Ronald Reagan era"
_WORK_NOUNS = frozenset(
    """
    classic classics film films movie movies novel novels book books song songs album albums play
    plays painting paintings biopic documentary musical opera comedy drama thriller western
    era years administration presidency government
    """.split()
)
_NEXT_LOWER = re.compile(r"^[ \t\u00a0]+([a-z]+)\b")


def work_of_person_after(text: str, c: Candidate) -> bool:
    """The run, a given name of the name lists and a surname, modifies a noun of a work or an era
    that follows it (module docstring)."""
    names = c.name_tokens()
    if c.possessive or len(names) < 2 or not (tail2._given(names[0].key) or names[0].key in evidence.given_names()):
        return False
    m = _NEXT_LOWER.match(text[c.end : c.end + 20])
    return m is not None and m.group(1) in _WORK_NOUNS


# initials glued to a capitalised word by their full stop: "K.Pankajakshan", "T.J.Chandrachoodan"
_GLUED_INITIALS = re.compile(r"(?<![\w.’'&/@-])((?:[A-Z]\.){1,3})([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w’'@-]|\.[a-z])(?![ \t\u00a0]+[A-Z])")


_GLUED_CHEAP = re.compile(r"[A-Z]\.[A-Z][a-z]")


def _glued_surname(word: str) -> bool:
    key = fold(word)
    return (
        (key in evidence.surnames() or not plausible.is_vocabulary(key))
        and key not in lexicon.ORG_WORDS and key not in lexicon.STOPWORDS and key not in lexicon.TITLE_WORDS
        and not plausible.is_place(key) and not plausible.is_region(key) and not evidence.demonym(word)
    )


def glued_initials(text: str, found: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` with the names written with initials glued to the surname (module docstring) as
    names (evidence ``cue:initials``), where no candidate of ``found`` overlaps them."""
    if language not in (None, "en") or _GLUED_CHEAP.search(text) is None:
        return found  # the cheap test first: a capital, a full stop and a capitalised word glued
    from newsclean.cleaners.names.detect import Candidate, Token

    out = list(found)
    spans = [(c.start, c.end) for c in found]
    for m in _GLUED_INITIALS.finditer(text):
        start, end = m.start(), m.end()
        if not _glued_surname(m.group(2)):
            continue
        # "Judge Mr T.Clayson": the detector took the title's initial alone; the glued name replaces it
        initial = [c for c in out if c.kind == "single" and start <= c.start and c.end <= m.end(1)]
        if any(s < end and start < e for s, e in spans if (s, e) not in {(c.start, c.end) for c in initial}):
            continue
        out = [c for c in out if c not in initial]
        initials, word = m.group(1), m.group(2)
        toks = [Token(initials, start, m.end(1), fold(initials)), Token(word, m.start(2), end, fold(word))]
        out.append(Candidate(toks, "name", evidence="cue:initials"))
        spans.append((start, end))
    return sorted(out, key=lambda c: c.start) if out != found else found
