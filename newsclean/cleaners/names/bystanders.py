"""People an article names in passing who only share a word with a gazetteer person (links audit 6).

A bare surname goes to a gazetteer bearer only when nothing in the article contradicts it
(``resolve.py``). Two kinds of context say the word is someone else's, whoever the gazetteer
lists under it; both are read from the words right beside the mention, English text only:

- :func:`listed_with_strangers`: the word is one of a run of bare surnames joined by commas,
  ``and`` or ``&`` ("by Conrad, Blair, and Tracy", "experiments by Weir and Leavitt and by
  Pollock and Lee"), and a partner in the run is a surname the gazetteer does not know and no
  one named in full here bears: co-authors of a study, partners of a firm, a team's line-up.
  Beside a known person ("Bush and Blair", "Blair and Prescott" after "John Prescott") the
  run says nothing, and a partner that is no surname ("Netanyahu and Hamas") neither.
- :func:`listed_with_things`: the word is a town's name in such a run beside a word no name list
  has and no one here bears ("look at Everton and Bolton"): clubs or towns, not people; the
  resolver then wants support for the gazetteer bearer (links 6).
- :func:`kin_given_name`: the word follows a noun of kinship ("our kids Ryan, 13, and Chloe",
  "her son Ryan") and is a given name: a child or a sibling called by their first name, not
  the gazetteer person whose surname it also is ("Ryan" is Paul Ryan's).

Pure functions of the text; the resolver links such a mention to no one (flag ``unsupported``).
"""
from __future__ import annotations

import re
from collections.abc import Callable

_S = r"[ \t\u00a0]+"
_WORD = r"[A-Z][\w’'-]*[a-z][\w’'-]*"
# a partner before the word: "Conrad, " / "Weir and " / "Smith & ", itself not the end of a
# longer capitalised run ("Tony Blair and Brown" names Tony Blair in full)
_PARTNER_BEFORE = re.compile(rf"(?:^|(?<=[^\w’'\-]))({_WORD})(?:,{_S}(?:and{_S})?|{_S}(?:and|&){_S})$")
_CAPITALISED_END = re.compile(rf"{_WORD}[ \t\u00a0]*$")
# a partner after the word: ", Tracy" / ", and Tracy" / " and Lee", itself not the start of a
# full name ("and Tony Blair")
_SEP_AFTER = rf"^(?:,{_S}(?:and{_S})?|{_S}(?:and|&){_S})"
_PARTNER_AFTER = re.compile(rf"{_SEP_AFTER}({_WORD})(?![\w’'-])(?!{_S}[A-Z])")
_PARTNER_AFTER_FULL = re.compile(rf"{_SEP_AFTER}{_WORD}{_S}[A-Z]")

_KIN_BEFORE = re.compile(
    r"(?<![\w’'-])(?:son|sons|daughter|daughters|kids|children|child|grandson|grandsons|granddaughter|"
    r"granddaughters|grandchildren|nephew|niece|baby|babies|brother|brothers|sister|sisters|stepson|"
    r"stepdaughter|twins|toddler)(?:,)?[ \t\u00a0]+$"
)


_RUN_LIMIT = 8  # partners read on each side of the word


def _run(text: str, start: int, end: int) -> tuple[list[str], bool]:
    """The bare capitalised words joined to the word at ``start:end`` by commas, ``and`` or
    ``&``, on both sides, and whether the run also holds a full name ("Tony Blair and Brown")."""
    words: list[str] = []
    full = False
    pos = start
    for _ in range(_RUN_LIMIT):
        before = text[max(0, pos - 40) : pos]
        m = _PARTNER_BEFORE.search(before)
        if not m:
            break
        if _CAPITALISED_END.search(before[: m.start(1)]):
            full = True
            break
        words.append(m.group(1))
        pos -= len(before) - m.start(1)
    pos = end
    for _ in range(_RUN_LIMIT):
        m = _PARTNER_AFTER.match(text[pos : pos + 40])
        if not m:
            if _PARTNER_AFTER_FULL.match(text[pos : pos + 40]):
                full = True
            break
        words.append(m.group(1))
        pos += m.end(1)
    return words, full


def listed_with_strangers(text: str, start: int, end: int, stranger: Callable[[str], bool], known: Callable[[str], bool]) -> bool:
    """The bare word at ``start:end`` is in a run of bare words joined by commas, ``and`` or ``&``
    that holds a ``stranger`` (a surname that neither the gazetteer nor a full name here bears)
    and no one ``known`` (a gazetteer surname, a person named here) and no full name.

    >>> strange = lambda w: w in {"Conrad", "Tracy", "Weir", "Pace"}
    >>> known = lambda w: w in {"Bush", "Rumsfeld"}
    >>> t = "a 1999 paper by Conrad, Blair, and Tracy"
    >>> listed_with_strangers(t, t.index("Blair"), t.index("Blair") + 5, strange, known)
    True
    >>> t = "talks between Bush and Blair"
    >>> listed_with_strangers(t, t.index("Blair"), t.index("Blair") + 5, strange, known)
    False
    >>> t = "15 Dec 2006 - Cheney, Pace & Rumsfeld Farewell Ceremony"
    >>> listed_with_strangers(t, t.index("Cheney"), t.index("Cheney") + 6, strange, known)
    False
    """
    bare = _bare_run(text, start, end)
    return bare is not None and any(stranger(w) for w in bare) and not any(known(w) for w in bare)


def listed_with_things(text: str, start: int, end: int, name_word: Callable[[str], bool]) -> bool:
    """The bare word at ``start:end`` is in a run of bare words joined by commas, ``and`` or ``&``
    that holds a word no ``name_word`` (no surname or given name of any list, no one named here)
    and no full name: a list of clubs, towns or firms ("at Everton and Bolton") more than of
    people (links 6).

    >>> names = lambda w: w in {"Bolton", "Bush", "Blair"}
    >>> t = "we have to look at Everton and Bolton to see"
    >>> listed_with_things(t, t.index("Bolton"), t.index("Bolton") + 6, names)
    True
    >>> t = "talks between Bush and Blair"
    >>> listed_with_things(t, t.index("Blair"), t.index("Blair") + 5, names)
    False
    >>> t = "Gates was injured in a fall"
    >>> listed_with_things(t, 0, 5, names)
    False
    """
    bare = _bare_run(text, start, end)
    return bare is not None and any(not name_word(w) for w in bare)


def _bare_run(text: str, start: int, end: int) -> list[str] | None:
    """:func:`_run`'s partners without a possessive's ending, or None when the run holds a full name."""
    words, full = _run(text, start, end)
    return None if full else [w[:-2] if w.endswith(("’s", "'s")) else w for w in words]


def kin_given_name(text: str, start: int, is_given: Callable[[str], bool], word: str) -> bool:
    """``word`` (at ``start``) right after a noun of kinship, and a given name.

    >>> given = lambda w: w == "Ryan"
    >>> t = "my partner and kids Ryan, 13, and Chloe"
    >>> kin_given_name(t, t.index("Ryan"), given, "Ryan")
    True
    >>> t = "the speaker, Ryan, said"
    >>> kin_given_name(t, t.index("Ryan"), given, "Ryan")
    False
    """
    return bool(_KIN_BEFORE.search(text[max(0, start - 30) : start])) and is_given(word)
