"""Round 21 of issue 14: false persons and wrong links read on fresh BBC text (labelled batch 12)
and the BBC pages of the link sets. English articles only; pure functions over the text and
the detector's tokens.

- A capitalised English word glued before a full name is the sentence's noun, not the name's
  first word: a role ("Agent Simon Beresford said", "Flanker Colin Charvis"), a nationality
  ("Briton Clive Owen", "Kenyans Evans Rutto and Margaret Okayo") or a plural noun ("Goal-kickers
  Charlie Hodgson and Olly Barkley"). The word is English (wordfreq's large list knows it:
  :data:`ENGLISH_WORD_ZIPF`) and ends like a noun of a role, a trade or a nationality, no name
  list has it as a given name or a surname, and a given name follows it with a surname after
  that. A word some list gives as a given name ("Agent") counts only at a sentence's start when
  the article also writes it in lowercase ("her agent said. Agent Simon Beresford said"; with no
  such use "Boss Graeme Dunmore felt" stays, as round 11 wants), or when the article puts it
  before a lowercase noun elsewhere ("Tory Liam Fox" beside "a Tory seat"). A given name that is
  also a word ("Will Young", "Mark Lewis-Francis") stays a name.
- "the" + a whole run + a singular verb, a modal or a preposition is a thing ("the Berlin Wall
  would"); the run in the plural after "the" elsewhere names a group ("the Lib Dems").
- An initial and a surname with its club in brackets in a list is a person ("M Cueto (Sale
  Sharks), J Lewsey (Wasps);").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, lexicon, plausible
from newsclean.cleaners.names.gazetteer import english_given_names

if TYPE_CHECKING:  # the detector imports this module
    from newsclean.cleaners.names.detect import Candidate, Lexicon, Token

# A word this frequent in wordfreq's large English list is English text's ("flanker" 2.7,
# "goalscorer" 2.9, "briton" 2.8); rare foreign given names sit below ("mahinda" 2.4,
# "jomo" 2.3, "yoweri" 2.0).
ENGLISH_WORD_ZIPF = 2.5


@lru_cache(maxsize=16384)
def _large_zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en", wordlist="large"))


def english_word(key: str) -> bool:
    """``key`` (folded) is an English word: known to wordfreq's large list, or a hyphenated
    compound of such words ("goal-kickers")."""
    if _large_zipf(key) >= ENGLISH_WORD_ZIPF:
        return True
    parts = [p for p in key.split("-") if p]
    return len(parts) > 1 and all(_large_zipf(p) >= ENGLISH_WORD_ZIPF for p in parts)


def _name_word(key: str, lex: Lexicon) -> bool:
    """A word that opens or ends names: a given name of the English or faker lists, a faker
    surname, a word of a gazetteer name."""
    return key in english_given_names() or evidence.strong_given(key) or key in evidence.surnames() or key in lex.gaz.known_tokens


# Endings of nouns of a role, a trade or a nationality ("flanker", "goalscorer", "councilor",
# "Slovakian", "Briton", "Kenyans"), singular or plural.
_ROLE_ENDINGS = ("er", "or", "ist", "ian", "an", "on", "ese", "ish")


def glued_common_word(idx: list[int], toks: list[Token], text: str, lex: Lexicon) -> bool:
    """The run's first word is an English noun glued before a full name (see the module's
    first item): "Agent Simon Beresford", "Briton Clive Owen", "Goal-kickers Charlie Hodgson"."""
    words = [k for k in idx if not toks[k].connector]
    if len(words) < 3 or words[0] != idx[0]:
        return False
    first, second = toks[words[0]], toks[words[1]]
    w = first.text
    if len(w) < 3 or not w[0].isupper() or not w[1:].replace("-", "").islower() or first.possessive:
        return False
    k = first.key
    k2 = second.key
    if len(second.text) < 2 or not (k2 in english_given_names() or k2 in evidence.given_names()):
        return False
    if k in lexicon.TITLE_WORDS or k in lexicon.CONNECTORS or k in plausible.places():
        return False
    if _name_word(k, lex):
        # "Tory Liam Fox" beside "Tory leader Michael Howard", "a Tory seat": a word the article
        # puts before a lowercase noun is a party's or a group's, even if some list has it as a name
        # ("the largely Black Little Burgundy": "Little" is a word, no given name after the group's word)
        return (
            k not in lex.gaz.known_tokens and not plausible.is_english_word_not_name(k2) and _before_role_noun(text, w, first.start)
        )
    if k in evidence.given_names():
        # "Agent", "Boss": words some list gives as a given name; "Jose Antonio Reyes",
        # "uncle of Red Fawn Fallis" are names
        return plausible.is_vocabulary(k) and evidence.sentence_start(text, first.start) and _lower_case_use(text, k)
    singular = k[:-1] if k.endswith("s") else k
    return singular.endswith(_ROLE_ENDINGS) and (english_word(k) or english_word(singular))


def _before_role_noun(text: str, word: str, at: int) -> bool:
    """Somewhere else in the article ``word`` stands right before a lowercase noun it modifies
    ("Tory leader", "Tory seat", "Tory attempts"): a group's word, no person's given name (a
    name goes on with a surname or a verb: "Tony said")."""
    return any(start != at for start in _words_before_nouns(text).get(word, ()))


_WORD_THEN_LOWER = re.compile(r"(?<![\w’'-])([A-Z][a-z][\w’'-]*)[ \t\u00a0]+([a-z][a-z-]+)")


@lru_cache(maxsize=8)
def _words_before_nouns(text: str) -> dict[str, tuple[int, ...]]:
    """Capitalised words of ``text`` right before a lowercase noun (a role's or a common one),
    with where they stand (one pass per article)."""
    from newsclean.cleaners.names.resolve import _common_noun  # the resolver imports the detector, which imports this module

    out: dict[str, list[int]] = {}
    for m in _WORD_THEN_LOWER.finditer(text):
        if evidence.role_noun(m.group(2)) or _common_noun(m.group(2)):
            out.setdefault(m.group(1), []).append(m.start())
    return {k: tuple(v) for k, v in out.items()}


def _lower_case_use(text: str, key: str) -> bool:
    return re.search(rf"(?<![\w’'-]){re.escape(key)}(?![\w’'-])", text) is not None


# After "the" + a whole run, a singular verb, a modal or a preposition: the run heads its noun
# phrase as a thing does ("the Magic Roundabout does not", "the Berlin Wall would", "the Magna
# Carta for", "the River Lagan in 1968"). Not "of" ("the Tom Brady of music" compares someone to
# a person), not "and"/"or" ("the Ed Sullivan or Johnny Carson of podcasting"), not a noun ("the
# Tom Hanks film" is a modifier); a plural verb or a sentence mark are groups.the_run_alone's.
_THE_BEFORE = re.compile(r"(?<![\w’'-])the[ \t\u00a0]+$")
_HEAD_AFTER = re.compile(
    r"^[ \t\u00a0]+(?:is|was|does|did|has|had|will|would|could|can|should|may|might|must|"
    r"for|in|on|at|from|with|into|by|over|under|as)(?![\w’'-])"
)


def the_run_head(text: str, c: Candidate) -> bool:
    """The whole run right after a lowercase "the" and right before a singular verb, a modal or
    a preposition (:data:`_HEAD_AFTER`): a thing's or a place's name, no person's."""
    if c.possessive or _THE_BEFORE.search(text[max(0, c.start - 6) : c.start]) is None:
        return False
    return _HEAD_AFTER.match(text[c.end : c.end + 12]) is not None


def plural_after_the(text: str, words: tuple[str, ...]) -> bool:
    """The article writes the run with its last word in the plural right after "the": "the Lib
    Dems" beside "Lib Dem": a party's, a team's or a family's name, whose members the plural
    counts; a person's full name takes no plural ("the Lib Dems are soft on crime")."""
    return (*words[:-1], words[-1] + "s") in _runs_after_the(text)


_RUN_AFTER_THE = re.compile(r"(?<![\w’'-])[Tt]he[ \t\u00a0]+([A-Z][\w’'-]*(?:[ \t\u00a0]+[A-Z][\w’'-]*)*)")
# _RUN_AFTER_THE with its look-behind after the "T" or "t" (and taking it in), so the regex skips
# to one (speed 2)
_THE_RUN = re.compile(r"[Tt](?<![\w’'-][Tt])he[ \t\u00a0]+([A-Z][\w’'-]*(?:[ \t\u00a0]+[A-Z][\w’'-]*)*)")


@lru_cache(maxsize=8)
def _runs_after_the(text: str) -> frozenset[tuple[str, ...]]:
    """Every run of capitalised words right after "the" in ``text``, and each run's first words
    (one pass per article: the test above is asked once per name)."""
    out: set[tuple[str, ...]] = set()
    for m in _THE_RUN.finditer(text):
        ws = m.group(1).split()
        out.update(tuple(ws[:n]) for n in range(1, min(len(ws), 5) + 1))
    return frozenset(out)


# A team sheet or a results list: an initial and a surname, then its club in brackets, then a
# comma, a semicolon or a line's end before the next item ("J Robinson (Sale Sharks, capt); M
# Cueto (Sale Sharks), J Noon (Newcastle)", "D Chin (Belgrave Harriers), J Gardener (Wessex and
# Bath).").
_CLUB_AFTER = re.compile(r"^[ \t\u00a0]*\([A-Z][^()\n]{0,50}\)[ \t\u00a0]*(?:(?P<sep>[,;.])[ \t\u00a0]*)?(?:$|\n|[A-Z]{1,2}[ \t\u00a0]+[A-Z])")
_CLUB_BEFORE = re.compile(r"(?:^|[\n,;.][ \t\u00a0]*)[A-Z]{1,2}[ \t\u00a0]+[A-Z][\w’'-]+[ \t\u00a0]*\([A-Z][^()\n]{0,50}\)[ \t\u00a0]*[,;.]?[ \t\u00a0]*$")


def club_roster(text: str, start: int, end: int) -> bool:
    """The run (an initial and a surname) is an item of a team sheet or a results list that
    gives each person's club in brackets (:data:`_CLUB_AFTER`), the item before it being one too
    or a comma, a semicolon or a line's end coming after the club."""
    after = _CLUB_AFTER.match(text[end : end + 80])
    if after is None:
        return False
    return after.group("sep") in (",", ";") or _CLUB_BEFORE.search(text[max(0, start - 90) : start]) is not None
