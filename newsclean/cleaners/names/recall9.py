"""Recall round 9 of issue 14: weak full names (name-shaped runs no list supports, "Joss Whedon",
"Hashim Amla", "Sramana Mitra") that the sentence puts among people (English only; pure
functions over the text and the detector's candidates).

The kinds come from the misses of ``bench/names_unseen.py --split tune --verbose``; each test
reads the words around the run, never the run's own string:

- :func:`enumeration_continues`: the run goes on an enumeration of people after two full names,
  each joined to the next by a comma ("Lena Dunham, Miley Cyrus, Katy Perry, Joss Whedon,
  Jay-Z, Beyonce and Amy Schumer"), and the item ends at a comma, "and" or the sentence's end.
  The first and the last item of such a list are :func:`resolve._listed_with`'s; the middle ones
  whose next item is no full name ("Jay-Z") were left weak.
- :func:`paired_across_role`: "and" joins the run to a full name that a role phrase opens ("the
  wickets of Hashim Amla and South Africa captain Graeme Smith", "Herbie Hancock and last year's
  Grammy Best New Artist winner, Esperanza Spalding"): two people, as "X and Y" is for
  :func:`resolve._paired` where nothing stands between "and" and the second name. The phrase is
  a noun phrase (no preposition or negation of a clause: "a target of Mamelodi Sundowns and does
  not really feature prominently in coach Gavin Hunt's plans"); a team's plural is no name on
  either side ("LeBron James and the NBA champion Cleveland Cavaliers").
- :func:`one_of_group_after`: an apposition "one of" a group of people follows the run ("Sramana
  Mitra, one of the most successful and sought-after startup consultants out there"): the
  plural's singular is a person's role (:func:`evidence.role_noun`); "one of the largest
  retailers in Europe" is a firm's (no person's role), "one of the world's biggest banks" too.
- :func:`office_of_before`: an office of a body and a comma open an apposition that the run
  fills, a comma closing it ("Minister of Natural Resources, Mohlomi Moleko, would not confirm");
  the office's word is a role's head (:data:`lexicon.ROLE_HEADS`), the body's last word capitalised.
  "the Museum of Modern Art, Glacial Plunge" has no office before it.
- :func:`dash_role_after`: a dash and a person's role follow the run ("Joia Jefferson Nuri —
  Communications specialist for In The Public Eye"); the role's first word may be capitalised
  (a caption's or a credit's style), its head is a person's role noun, a preposition or
  punctuation after it. "Red Octane – the company behind" has no person's role there.

:func:`glued_names` cuts a long run of capitalised words that is a list of people whose
separators the extraction lost (a menu or a sidebar: "Popular Celebrity: Miley Cyrus Jamie Lynn
Spears Miranda Cosgrove Vanessa Anne Hudgens Zac Efron Wes Anderson Johnny Depp Corbin Bleu
Music: ..."): six words or more that fall wholly into names of two or three words, each a given
name the lists know (tail 2's test), perhaps a second one, and a surname (a word the
surname lists have or no English word; no place or region), in a list's layout
(:func:`tail2.list_layout`). :func:`tail2.list_pair` cuts four or five words in two; a menu of
sections ("Home News Sport Weather Travel Money") or places falls into no such names.

:func:`leading_descriptor` takes off the first word of a run that describes the person named
after it: a former role or member written with "Ex-" ("Ex-EastEnder Patsy Palmer changes careers
as she ...", "Ex-Beatle Ringo Starr") before a given name the lists know, or a nationality noun
(``detect.DEMONYM_NOUNS``) before a given name no list has and a surname, both no English word
("Brit Kartik Bhanot, from Essex"): ``detect._leading_demonym`` asks the lists for the given name,
and "Brit Marling" (two words) stays a name.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, lexicon, plausible, tail2

if TYPE_CHECKING:  # the detector imports the names package
    from newsclean.cleaners.names.detect import Candidate, Token

_S = r"[ \t\u00a0]+"
# between two items of an enumeration: a comma (an "and" before the run is _listed_with's)
_COMMA = re.compile(r"^,[ \t\u00a0]*$")
# what ends a middle item: a comma, "and", "&", or the sentence's end
_ITEM_END = re.compile(r"^(?:['’]s?)?(?:[ \t\u00a0]*[,;.!?]|" + _S + r"(?:and|&)" + _S + r")")
# "and", then a role phrase of at most six words before the second name: lowercase words, a
# possessive, capitalised words of a country, a team or an award, ending at the role's noun
# ("and South Africa captain", "and last year’s Grammy Best New Artist winner,")
_AND_ROLE = re.compile(r"^" + _S + r"and" + _S + r"((?:[\w’'.\-]+" + _S + r"){0,6}?)([a-z][a-z\-]+),?" + _S + r"$")
_DETERMINERS = frozenset("the a an his her their its our".split())
# words of a clause, not of a noun phrase before a role
_CLAUSE_WORDS = frozenset("in on at of for with to from by not no is was are were has had does did will would".split())
# nouns of people by what they won or are known for, heads of a role phrase like the role nouns
_ACHIEVERS = frozenset("winner winners champion champions medallist medalist finalist runner-up legend".split())
# ", one of the ... <plural noun>" ("one of the most successful ... consultants", "one of her
# closest advisers", "one of Britain's best-known novelists"): at most eight words before the noun
_ONE_OF = re.compile(
    r"^,[ \t\u00a0]+one" + _S + r"of" + _S + r"(?:the|his|her|their|our|[A-Z][\w]*['’]s?)" + _S
    + r"((?:[a-z][\w’'\-]*" + _S + r"){0,8}?)([a-z][a-z\-]+s)\b"
)


def _full(c: Candidate) -> bool:
    return len(c.name_tokens()) >= 2


def enumeration_continues(text: str, c: Candidate, names: list[Candidate]) -> bool:
    """The weak run ``c`` follows two full names of ``names`` (the accepted runs, in text
    order), each joined to the next by a comma, and ends at a comma, "and" or the sentence's end
    (module docstring)."""
    if not _full(c) or not _ITEM_END.match(text[c.end : c.end + 8]) or _team_plural(c.name_tokens()[-1].key):
        return False
    at = bisect.bisect_right(names, c.start, key=lambda n: n.end)  # the names before it (linear on long texts)
    if at < 2:
        return False
    first, before = names[at - 2], names[at - 1]
    if not _full(before) or not _COMMA.match(text[before.end + (2 if before.possessive else 0) : c.start]):
        return False
    return _full(first) and _COMMA.match(text[first.end + (2 if first.possessive else 0) : before.start]) is not None


def paired_across_role(text: str, c: Candidate, names: list[Candidate]) -> bool:
    """"and" joins the weak run ``c`` to the next full name of ``names``, a role phrase between
    (module docstring)."""
    if not _full(c) or c.possessive or _team_plural(c.name_tokens()[-1].key):
        return False  # "a target of Mamelodi Sundowns and ...": a team
    at = bisect.bisect_left(names, c.end, key=lambda n: n.start)  # the next name (linear on long texts)
    after = names[at] if at < len(names) else None
    if after is None or not _full(after) or after.start - c.end > 80 or _team_plural(after.name_tokens()[-1].key):
        return False  # "LeBron James and the NBA champion Cleveland Cavaliers": a team, no one's name
    m = _AND_ROLE.match(text[c.end : after.start])
    if m is None:
        return False
    head = m.group(2)
    if not (evidence.role_noun(head) or head in _ACHIEVERS):
        return False
    # the words before the head modify it, a noun phrase: capitalised words (a country, a team, an
    # award) and at most two lowercase ones after a determiner ("last year’s"), no preposition or
    # negation of a clause ("and does not really feature prominently in coach Gavin Hunt's plans");
    # no other person's possessive ("and Jo Vale's captain" names a third person)
    words = m.group(1).split()
    lower = [w for w in words if w[:1].islower()]
    if lower and lower[0] in _DETERMINERS:
        lower = lower[1:]
    if len(lower) > 2 or any(w in _CLAUSE_WORDS for w in lower):
        return False
    return not any(w.endswith(("'s", "’s")) and w[:1].isupper() for w in words)


def _team_plural(key: str) -> bool:
    """A last word in the plural that no surname list has ("cavaliers", "knicks"; not "williams")."""
    return key.endswith("s") and key not in evidence.surnames()


def one_of_group_after(text: str, end: int) -> bool:
    """An apposition "one of" a group of people right after ``text[:end]`` (module docstring)."""
    m = _ONE_OF.match(text[end : end + 120])
    if m is None:
        return False
    plural = m.group(2)
    stems = (plural[:-3] + "y", plural[:-2], plural[:-1]) if plural.endswith("ies") else (plural[:-2], plural[:-1])
    return any(evidence.role_noun(s) or s in _ACHIEVERS for s in stems)


# "<Office> of <Body>, " right before the run: "Minister of Natural Resources, ", "Director of the FBI, "
_OFFICE_OF_BEFORE = re.compile(
    r"(?<![\w’'-])([A-Z][a-z]+(?:-[A-Za-z]+)?)" + _S + r"(?:of|for)" + _S + r"(?:the" + _S + r")?"
    r"((?:[A-Z][\w&’'.-]*|and|of|the|for)(?:" + _S + r"(?:[A-Z][\w&’'.-]*|and|of|the|for)){0,6}),[ \t\u00a0]+$"
)


def office_of_before(text: str, c: Candidate) -> bool:
    """An office of a body and a comma before the run, a comma after it (module docstring)."""
    if text[c.end + (2 if c.possessive else 0) : c.end + (3 if c.possessive else 1)] != ",":
        return False
    m = _OFFICE_OF_BEFORE.search(text[max(0, c.start - 90) : c.start])
    return m is not None and m.group(1).lower() in lexicon.ROLE_HEADS and m.group(2).split()[-1][:1].isupper()


# a dash, then a role of at most four words: "— Communications specialist for", "– senior lecturer at"
_DASH_ROLE = re.compile(
    r"^[ \t\u00a0]*[–—][ \t\u00a0]*((?:[A-Za-z][\w’'-]*" + _S + r"){0,3}?)([A-Za-z][a-z-]+)"
    r"(?=" + _S + r"(?:for|at|of|with|in|on)\b|[ \t\u00a0]*(?:[,.;:–—]|$))"
)


def dash_role_after(text: str, end: int) -> bool:
    """A dash and a person's role right after ``text[:end]`` (module docstring)."""
    m = _DASH_ROLE.match(text[end : end + 60])
    return m is not None and evidence.role_noun(m.group(2).lower())


# a glued list: at least this many words, cut into at least three names
GLUED_MIN_WORDS = 6


def _glued_surname(t: Token) -> bool:
    return len(t.key) > 1 and (t.key in evidence.surnames() or not plausible.is_vocabulary(t.key)) and not (
        plausible.is_region(t.key) or plausible.is_major_city(t.key) or t.key in lexicon.ORG_WORDS
    )


def glued_names(words: list[int], toks: list[Token], text: str) -> list[int] | None:
    """The positions in ``words`` (indexes of ``toks``, no connectors) where each name of a glued
    list of people starts (module docstring), the first one 0, or None. One word that is no
    name's may lead or close the run ("Music" before the next label's colon): it is a piece of
    its own."""
    if len(words) < GLUED_MIN_WORDS or any(toks[k].connector or toks[k].possessive or len(toks[k].key) < 2 for k in words[:-1]):
        return None
    ts = [toks[k] for k in words]
    if not any(tail2._given(t.key) for t in ts[:2]):
        return None  # the cheap test first: a given name opens the list
    given = [tail2._given(t.key) for t in ts]
    for lead in (0, 1):
        for tail in (0, 1):
            cuts = _partition(ts[lead : len(ts) - tail], given[lead : len(ts) - tail])
            if cuts is not None and len(cuts) >= 3 and tail2.list_layout(text, ts[0].start, ts[-1].end):
                return ([0] if lead else []) + [lead + c for c in cuts] + ([len(ts) - tail] if tail else [])
    return None


def _partition(ts: list[Token], given: list[bool]) -> list[int] | None:
    """Starts of names of two or three words covering ``ts`` wholly (a given name, perhaps a
    second one, a surname), or None. Where words are both given names and surnames ("Anne",
    "Porter"), the cut that least often ends a name on a given name or opens one on a surname
    wins ("Vanessa Anne Porter Zac Hill": "Vanessa Anne Porter", "Zac Hill"), then the one with
    fewer names of three words."""
    surnames = evidence.surnames()
    best: dict[int, tuple[int, int, list[int]] | None] = {len(ts): (0, 0, [])}
    for i in range(len(ts) - 2, -1, -1):
        best[i] = None
        if not given[i]:
            continue
        for n in (2, 3):
            rest = best.get(i + n)
            if rest is None or (n == 3 and not given[i + 1]):
                continue
            last = ts[i + n - 1]
            if not _glued_surname(last) or (given[i + n - 1] and last.key not in surnames):
                continue
            cost = rest[0] + given[i + n - 1] + (ts[i].key in surnames)
            option = (cost, rest[1] + (n == 3), [i, *rest[2]])
            current = best[i]
            if current is None or option[:2] < current[:2]:
                best[i] = option
    found = best.get(0)
    return found[2] if found is not None else None


_EX = ("Ex-", "ex-")


def leading_descriptor(idx: list[int], toks: list[Token], demonyms: frozenset[str]) -> int:
    """1 when the run's first word describes the person named by the words after it (module
    docstring), else 0. ``demonyms`` are the detector's nationality nouns."""
    if len(idx) < 3 or any(toks[k].connector or toks[k].possessive for k in idx[:2]):
        return 0
    first, nxt, last = toks[idx[0]], toks[idx[1]], toks[idx[-1]]
    if first.text.startswith(_EX) and len(first.text) > 4 and first.text[3:4].isupper():
        return 1 if tail2._given(nxt.key) or nxt.key in evidence.given_names() else 0
    if first.key in demonyms and len(idx) == 3 and nxt.text[1:].islower() and last.text[1:].islower():
        named = all(
            not plausible.is_vocabulary(t.key) and not plausible.is_vocabulary_anywhere(t.key) and not plausible.is_place(t.key)
            and not plausible.is_region(t.key) and len(t.key) > 2
            for t in (nxt, last)
        )
        return 1 if named else 0
    return 0
