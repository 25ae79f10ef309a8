"""Words glued to a person's name that are no part of it (issue 14, hunt 16). English
articles only; pure functions over a run's tokens, called from ``detect._judge``.

The kinds come from hunt set 16's false list (BBC sport, 2004-05):

- a noun for someone from a place before the name: a compound in -man/-woman of a place or a
  nationality ("Corkman Mark Carroll", "Frenchman Grosjean") or a nationality noun no name
  list has ("Spaniard Costa", "Croat Ljubicic"). Two words are enough: the second is the
  person's surname, named alone. A compound some list has as a name stays ("Coleman Young",
  "Bowman Smith");
- a team position opening a sentence before a given name and a surname ("Wing Cedric Heymans
  and Ludovic Valbon come in"): mid-sentence the position is lowercase, so only the capital a
  sentence opening gives it glues it on;
- an occupation whose ending no name has ("Cinematographer John Mathieson, who was nominated":
  -grapher, -ologist), a faction's word made of a surname ("Blairite Alan Milburn", "Thatcherite"),
  the party noun "Tory" before a given name and a surname ("but Tory Dominic Grieve branded"; "Tory
  Burch" stays), and the plural of a title ("Lord Justices Clarke and Rix"), unless a name list has the word
  ("Coles");
- a word cut short by a character reference the text left undecoded ("Pascal Pap&#233;
  (Bourgoin)"): the cut word is no surname, and the words before it are judged alone.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from newsclean.cleaners.names import evidence, lexicon, plausible

# nouns for someone from a country that no name list has as a name (a given name such as
# "Dane", "Finn", "Scot" opens names and stays out)
NATIONALITY_NOUNS = frozenset("spaniard briton croat serb swede frenchman frenchwoman dutchman dutchwoman".split())
# stems of a compound in -man/-woman for someone from a nation ("Irishman", "Welshwoman")
_NATION_STEMS = frozenset("french dutch irish english welsh scots scotch cornish manx".split())
# positions of a team game, as English writes them before a player's name
TEAM_POSITIONS = frozenset(
    """
    wing winger prop lock hooker flanker centre fly-half scrum-half full-back fullback stand-off
    striker defender midfielder goalkeeper keeper forward centre-back centre-half
    """.split()
)
# endings of occupation nouns that no name has ("cinematographer", "choreographer", "criminologist")
_OCCUPATION_ENDINGS = ("grapher", "ologist")
# party nouns English puts before a politician's name; "Tory" is a given name too, so only before two more words
PARTY_NOUNS = frozenset("tory tories whig".split())
# an undecoded character reference right after a word ("Pap&#233;", "Jos&eacute;")
_REFERENCE_AFTER = re.compile(r"&(?:#\d{2,5}|#[xX][0-9a-fA-F]{2,4}|[a-zA-Z]{2,8});")
_SENTENCE_END = re.compile(r"""(?:^|[.!?:;\n]['"’”)\]]?)[\s"“‘'(\[]*$""")


class _Token(Protocol):
    text: str
    start: int
    end: int
    key: str
    connector: bool


class _Lexicon(Protocol):
    def is_given(self, key: str) -> bool: ...


def demonym_noun(key: str) -> bool:
    """A noun for someone from a place or a nation that no name list has as a name.

    >>> demonym_noun("corkman"), demonym_noun("spaniard"), demonym_noun("irishwoman")
    (True, True, True)
    >>> demonym_noun("coleman"), demonym_noun("newman"), demonym_noun("dane")
    (False, False, False)
    """
    if key in NATIONALITY_NOUNS:
        return True
    for suffix in ("woman", "man"):
        stem = key[: -len(suffix)]
        if key.endswith(suffix) and len(stem) >= 3 and stem.isalpha():
            if key in evidence.surnames() or key in evidence.given_names():
                return False
            return stem in _NATION_STEMS or plausible.is_place(stem)
    return False


def faction_word(key: str) -> bool:
    """A follower's word made of a surname and "-ite" ("blairite", "thatcherites"); a word a
    name list has stays ("marguerite").

    >>> faction_word("blairite"), faction_word("thatcherites"), faction_word("marguerite")
    (True, True, False)
    """
    stem = key[:-1] if key.endswith("s") else key
    if not stem.endswith("ite") or len(stem) < 7 or key in evidence.given_names() or key in evidence.surnames():
        return False
    return stem[:-3] in evidence.surnames()


def plural_title(key: str) -> bool:
    """The plural of a title word ("justices", "lords", "kings"), no name list's word ("james").

    >>> plural_title("justices"), plural_title("lords"), plural_title("kings"), plural_title("james")
    (True, True, True, False)
    """
    if not key.endswith("s") or key in evidence.surnames() or key in evidence.given_names():
        return False
    return any(k in lexicon.ROLE_HEADS or k in lexicon.HONORIFICS for k in (key[:-1], key[:-2] if key.endswith("es") else ""))


def leading_word(idx: Sequence[int], toks: Sequence[_Token], lex: _Lexicon, text: str) -> int:
    """1 when the run's first word is no part of the name (a demonym noun or a team position
    opening a sentence, see the module's list) and the name proper follows; else 0."""
    if len(idx) < 2 or any(toks[k].connector for k in idx[:2]):
        return 0
    first, second = toks[idx[0]], toks[idx[1]]
    if len(second.text) < 2 or not second.text[:1].isupper() or second.text.rstrip(".").isupper():
        return 0  # an initial or an acronym follows
    if demonym_noun(first.key) or first.key.endswith(_OCCUPATION_ENDINGS) or faction_word(first.key) or plural_title(first.key):
        return 1
    if first.key in PARTY_NOUNS and len(idx) >= 3:
        return 1 if lex.is_given(second.key) or evidence.strong_given(second.key) else 0
    if first.key in TEAM_POSITIONS and len(idx) >= 3 and _SENTENCE_END.search(text[max(0, first.start - 40) : first.start]):
        return 1 if lex.is_given(second.key) or evidence.strong_given(second.key) else 0
    return 0


def cut_by_reference(idx: Sequence[int], toks: Sequence[_Token], text: str) -> bool:
    """The run's last word runs straight on into an undecoded character reference
    ("Pap&#233;"): the word is cut, no surname."""
    return bool(idx) and bool(_REFERENCE_AFTER.match(text, toks[idx[-1]].end))
