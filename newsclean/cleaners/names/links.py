"""Never the wrong person: usage tests that keep a mention from a gazetteer link (issue 14).

Found by the wrong-person-link audit of hunt set 11 (``bench/data/names_links11.json``):
each test reads how the article uses the words around a mention that the gazetteer would
otherwise give to one of its people, and says when the text means someone or something
else. Pure functions over the text; :mod:`cleaners.names.resolve` calls them.

* :func:`given_name_use` -- a bearer's given name that only opens other people's full names
  is no support for a bare surname ("Paul Scholes and Ryan" does not make "Ryan" Paul Ryan;
  "John Prescott" does not make a bare "Kelly" John F. Kelly);
* :func:`organisation_after` -- a full name right before an organisation word names the
  organisation ("the Bill Gates Foundation");
* :func:`work_title` -- a bare word right after a work's noun is the work's title ("her
  comeback song Bout featuring Rah Digga");
* :func:`list_items` -- the spans of the other items of the enumeration a mention stands
  in: two items of one list are two people ("Presidents George W Bush, Bill Clinton,
  George Bush, and Ronald Reagan");
* :func:`player_action` -- a bare surname that does what only a player does in a match is a
  sports person ("Gates scored twice"), from the second audit (hunt set 15,
  ``bench/data/names_links15.json``);
* :func:`designators_after` -- a bare plural noun before a list of numbers or letters names
  things, not a person ("Alaska (Gates 10 & 11)"), from the third audit (GUM's other
  genres, ``bench/names_gum.py score --genre all``).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from newsclean.cleaners.names.groups import _TITLE_END_AFTER
from newsclean.cleaners.names.keys import fold

# The word right after a given name, in the same sentence: a capitalised one opens the rest
# of a full name ("Paul Scholes"); an initial between counts as part of it ("Paul D. Ryan").
_NEXT_CAPITAL = re.compile(r"^[ \t\u00a0]+(?:[A-Z]\.?[ \t\u00a0]+)?([A-Z][\w’'\-]+)")


# How a bearer's given name is written in the article (:func:`given_name_use`).
ALONE, OTHER_HERE, OTHER_ELSEWHERE = "alone", "other_here", "other_elsewhere"


def given_name_use(text: str, given: str, own: Iterable[str], sentence: tuple[int, int]) -> str | None:
    """How ``given`` (a folded given name) is written in ``text``: :data:`ALONE` when a use
    stands alone or before a word of the bearer's own names (``own``, folded: "Paul D.
    Ryan"); else every use opens someone else's full name (the next word is a capitalised
    one the bearer's names lack): :data:`OTHER_HERE` when one of those stands in the
    mention's sentence (``sentence``, offsets into ``text``: "Paul Scholes and Ryan"),
    :data:`OTHER_ELSEWHERE` when all stand in other sentences; None when no use is written
    in plain letters (an accented or transliterated form).

    >>> given_name_use("He picked Paul Scholes and Ryan.", "paul", {"paul", "ryan"}, (0, 32))
    'other_here'
    >>> given_name_use("Paul Scholes left. Then Ryan came.", "paul", {"paul", "ryan"}, (19, 34))
    'other_elsewhere'
    >>> given_name_use("Paul said Ryan would run.", "paul", {"paul", "ryan"}, (0, 25))
    'alone'
    """
    return use_in_sentence(given_name_uses(text, given, own), sentence)


def given_name_uses(text: str, given: str, own: Iterable[str]) -> tuple[bool, list[int]] | None:
    """The uses of ``given`` in ``text`` once for all mentions: ``(alone, starts)``, where
    ``alone`` says one use stands alone or before a word of the bearer's own names and
    ``starts`` are the offsets of the uses that open someone else's full name (sorted);
    None when no use is written in plain letters (see :func:`given_name_use`)."""
    if not given.isascii():
        return None
    own = set(own)
    starts: list[int] = []
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(given)}(?![\w’'-])", text, re.IGNORECASE):
        nxt = _NEXT_CAPITAL.match(text[m.end() : m.end() + 40])
        if nxt is None or _possessive_stripped(fold(nxt.group(1))) in own:
            return True, []
        starts.append(m.start())
    return False, starts


def use_in_sentence(uses: tuple[bool, list[int]] | None, sentence: tuple[int, int]) -> str | None:
    """:func:`given_name_use` for one mention's sentence, from :func:`given_name_uses`."""
    if uses is None:
        return None
    alone, starts = uses
    if alone:
        return ALONE
    if not starts:
        return None
    i = bisect.bisect_left(starts, sentence[0])
    return OTHER_HERE if i < len(starts) and starts[i] < sentence[1] else OTHER_ELSEWHERE


# a sentence is looked for this far around a mention (a text without sentence marks is one long line)
SENTENCE_WINDOW = 2000


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence (or line) holding ``text[start:end]``, at most
    :data:`SENTENCE_WINDOW` characters either side.

    >>> text = "One. Paul Scholes and Ryan started! Two."
    >>> text[slice(*sentence_of(text, 22, 26))]
    ' Paul Scholes and Ryan started'
    """
    lo = max(0, start - SENTENCE_WINDOW)
    hi = min(len(text), end + SENTENCE_WINDOW)
    left = max(max(text.rfind(x, lo, start) for x in ".!?\n") + 1, lo)
    right = min((i for i in (text.find(x, end, hi) for x in ".!?\n") if i != -1), default=hi)
    return left, right


def _possessive_stripped(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word


# Words of places and institutions that are often named after a person, capitalised right after
# a full name: "the Bill Gates Foundation", "the Tony Blair Institute", "the John Smith
# Memorial Prize". Not the words of groups a person leads or stands for ("Party", "Group",
# "Administration", "Plan", "News"): a title-cased line may go on with them after the person.
NAMED_AFTER_WORDS = frozenset(
    """
    foundation foundations institute institution trust fund centre center library museum
    school college university academy hospital clinic memorial prize award awards medal
    trophy stadium arena airport hall theatre theater building bridge street avenue road
    boulevard square park tower
    """.split()
)
_ORG_AFTER = re.compile(r"^[ \t\u00a0]+([A-Z][a-z]+)(?![\w’'-])")


def organisation_after(text: str, end: int) -> bool:
    """The word right after the name (ending at ``end``) is a place's or an institution's
    (:data:`NAMED_AFTER_WORDS`): the name is part of the name of what it names.

    >>> organisation_after("the Bill Gates Foundation and Norway", 14)
    True
    >>> organisation_after("said Bill Gates. Foundation staff", 15)
    False
    """
    m = _ORG_AFTER.match(text[end : end + 30])
    return m is not None and fold(m.group(1)) in NAMED_AFTER_WORDS


# A noun of a work with a determiner, a possessive or an adjective before it (at most one more
# word between): "her comeback song", "the film", "a new novel". Without one the noun may be a
# verb ("will play Trump.", "to track Putin.").
_WORK_NOUN = re.compile(
    r"(?<![\w’'-])(?i:the|a|an|his|her|their|its|my|our|your|this|that|new|latest|debut|hit)[ \t\u00a0]+"
    r"(?:[a-z][\w-]*[ \t\u00a0]+)?(?:song|single|album|track|film|movie|novel|book|play|musical|show|opera|"
    r"documentary|series|programme|poem|sitcom|drama|comedy|biopic)[ \t\u00a0]+$"
)
# Right after a work's title: a sentence mark, a bracket or a dash (cleaners.names.groups),
# or a word that goes on describing the work ("song Bout featuring Rah Digga", "the film
# Nixon by Oliver Stone"). A verb there makes the word a clause's subject ("in the film
# Hanks plays a lawyer").
_WORK_GOES_ON = re.compile(r"^[ \t\u00a0]+(?:featuring|feat\.|ft\.|by|from|which|that)(?![\w’'-])")


def work_title(text: str, start: int, end: int) -> bool:
    """A noun of a work right before the word (``text[start:end]``), a determiner or an
    adjective before the noun, and the title closed or described right after the word: the
    word is the work's title, no person.

    >>> work_title("Her comeback song Bout featuring Rah Digga", 18, 22)
    True
    >>> work_title("In the film Hanks plays a lawyer", 12, 17)
    False
    >>> work_title("Baldwin will play Trump.", 18, 23)
    False
    """
    if _WORK_NOUN.search(text[max(0, start - 40) : start]) is None:
        return False
    after = text[end : end + 16]
    return _TITLE_END_AFTER.match(after) is not None or _WORK_GOES_ON.match(after) is not None


# Between two items of one enumeration: a comma (and "and"), or "and" alone.
_ITEM_GLUE = re.compile(r"^(?:[ \t\u00a0]*,[ \t\u00a0]*(?:and[ \t\u00a0]+)?|[ \t\u00a0]+and[ \t\u00a0]+)$")
# One item: capitalised words and initials only ("Bill Clinton", "George W Bush").
_ITEM = re.compile(r"^(?:[A-Z][\w’'.\-]*)(?:[ \t\u00a0]+[A-Z][\w’'.\-]*)*$")


def list_items(text: str, start: int, end: int, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans (from ``spans``, the full names resolved in the text) that stand in the same
    enumeration as ``text[start:end]``: between the two, only other capitalised items and
    list glue (commas, "and").

    >>> text = "under Presidents George W Bush, Bill Clinton, George Bush, and Ronald Reagan."
    >>> list_items(text, 46, 57, [(17, 30), (32, 44), (63, 76), (0, 5)])
    [(17, 30), (32, 44), (63, 76)]
    """
    out = []
    for s, e in spans:
        if s == start:
            continue
        gap = text[e:start] if e <= start else text[end:s] if s >= end else None
        if gap is not None and _items_between(gap):
            out.append((s, e))
    return out


def _items_between(gap: str) -> bool:
    """``gap`` is list glue, or glue, items and glue ("," / ", Bill Clinton, ")."""
    if _ITEM_GLUE.match(gap):
        return True
    parts = re.split(r"(,[ \t\u00a0]*(?:and[ \t\u00a0]+)?|[ \t\u00a0]+and[ \t\u00a0]+)", gap)
    # glue, item, glue, item, ..., glue: re.split puts the glue at odd indexes
    if len(parts) < 5 or parts[0] or parts[-1]:
        return False
    return all(_ITEM.match(p) for p in parts[2:-1:2])


# What only a player does in a match, right after a bare surname (an adverb may come between):
# "Gates scored twice", "Abbas scored the winner", "Rice was sin-binned", "Sharif bowled
# Trescothick", "Castro was sent off". Words a politician or a businessman is also written with
# stay out: "scored a victory", "netted $1bn", "headed home", "was booked on a flight", "was
# stumped by the question", "bowled over"; the object of "scored" must be a goal, a try or a number.
_PLAYER_ACTION = re.compile(
    r"^[ \t\u00a0]+(?:[a-z]+ly[ \t\u00a0]+)?(?:"
    r"scored[ \t\u00a0]+(?:twice|three[ \t\u00a0]+times|\d+[ \t\u00a0]+(?:goals|tries|runs|points)|"
    r"(?:a|an|the|his|her|their)[ \t\u00a0]+(?:[a-z-]+[ \t\u00a0]+)?(?:goals?|try|tries|winner|equaliser|equalizer|hat-trick|brace|header)(?![\w’'-]))"
    r"|equalised|equalized|volleyed|bowled(?![ \t\u00a0]+over)|"
    r"headed[ \t\u00a0]+(?:wide|the[ \t\u00a0]+ball)|"
    r"hit[ \t\u00a0]+the[ \t\u00a0]+(?:post|crossbar|woodwork|upright)|"
    r"(?:missed|converted|saved)[ \t\u00a0]+(?:a|the|his|her)[ \t\u00a0]+(?:[a-z-]+[ \t\u00a0]+)?(?:penalty|spot-kick|conversion)|"
    r"took[ \t\u00a0]+\d+[ \t\u00a0]+wickets|"
    r"was[ \t\u00a0]+(?:sent[ \t\u00a0]+off|sin-binned|substituted|run[ \t\u00a0]+out|caught[ \t\u00a0]+behind)"
    r")(?![\w-])"
)


def player_action(text: str, end: int) -> bool:
    """A player's action in a match right after the bare surname ending at ``end``: a sports
    person, never a politician or a businessman the gazetteer knows by that surname.

    >>> player_action("Gates scored twice in the first half.", 5)
    True
    >>> player_action("Putin scored a diplomatic victory.", 5)
    False
    >>> player_action("Rice was sin-binned as England won.", 4)
    True
    """
    return _PLAYER_ACTION.match(text[end : end + 80]) is not None


# Two or more labels of things joined by "&", "and" or a comma, right after a word: numbers
# ("10 & 11", "3, 4 and 5") or single capital letters ("C & D"). No dash: "Federer 6-4" is a score.
_LABEL = r"(?:\d+[A-Za-z]?|[A-Z])"
_DESIGNATORS_AFTER = re.compile(
    rf"^[ \t\u00a0]+{_LABEL}(?:[ \t\u00a0]*(?:&|,[ \t\u00a0]*(?:and[ \t\u00a0]+)?|[ \t\u00a0]and)[ \t\u00a0]*{_LABEL})+(?![\w’'.-])"
)


def designators_after(text: str, end: int) -> bool:
    """A list of labels (numbers or capital letters) right after the word ending at ``end``:
    the word is a plural noun naming numbered things ("Gates 10 & 11", "Gates C & D",
    "Rooms 4, 5 and 6"), never a person.

    >>> designators_after("Alaska (Gates 10 & 11), Great Lakes (Gates C & D)", 13)
    True
    >>> designators_after("Federer 6-4, 6-3 over Nadal", 7)
    False
    >>> designators_after("Gates and Allen founded it", 5)
    False
    """
    return _DESIGNATORS_AFTER.match(text[end : end + 40]) is not None
