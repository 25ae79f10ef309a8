"""Tail 3 of issue 14: false persons left on the older hunt sets of web pages and BBC articles
(sets 1-9, 16, 17, 20), told by how the article uses the run elsewhere. English articles only;
pure functions over the text and the detector's runs.

- :func:`collective_use`: an occurrence of the run, or of its first word alone, shows an
  organisation (a firm, a party, a club, a label, a band): its possessive owns what only an
  organisation has ("Plaid Cymru's Parliamentary Leader", "Merrill's most important customers",
  "Sprint Nextel's customer service"; :data:`_ORG_POSSESSIONS`); shares of it move ("Pernod
  shares in Paris slipped"); the run takes a plural verb as British English writes of a
  collective ("Le Coq are happy", not after "and" or "of": "Tom Hanks and Meg Ryan are", "the
  parents of John Smith are"); a copula calls it one of a kind of organisation ("Jean Stodden is
  one of the most awarded labels in", not "is a band member"); "which" refers to it ("Tods
  Murray which has a client"); or its possessive stands before someone named in full ("Aston
  Villa's Thomas Hitzlsperger"). Every run of its words goes, unless a title or an appositive
  role stands at one of them or the article speaks of a person by its last word alone ("Mr
  Murray", "Murray said").
- :func:`numbered_series`: two occurrences of the run or more stand between an ordinal and a
  work's noun ("This third Harry Potter film" ... "the first Harry Potter DVD", "Final Harry
  Potter Movie" ... "an eighth Harry Potter book"): the works of a series named for its hero.
  Once is a star's or a maker's as often ("the ninth Jim Carrey film"), and "new", "latest" or
  "next" may number any maker's ("the new Woody Allen film ... the latest Woody Allen movie").
  Every run of its words goes, unless a person's use keeps it as above.
- :func:`closes_of_title`: the run closes a work's title in title case, "The" and nouns and
  "of" before it, inside a sentence or after a colon, and the sentence calls the work fiction
  before it ("collaborated on a number of Halloween sequels, including ... Halloween: The Curse of
  Michael Myers", "a drama project ... for HBO, called The Rise And Fall Of Taylor Kennedy"): a
  character's name in the title, this run. A documentary's title names a real person the same
  way ("Shake Hands With The Devil: The Journey of Romeo Dallaire tells the story of a UN
  mission"): without a word of fiction in the sentence the run stays. Not after a full stop or at
  a line's start (a heading "The Life of Harold Pike" may be a person's story), nor after a
  title, an occupation or a word of kin or office ("The Duke of", "The Family of", "The Estate
  of"). The gazetteer's people stay ("The Best of Bob Dylan").
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from newsclean.cleaners.names import evidence, groups, lexicon
from newsclean.cleaners.names.hunt20 import run_words, without_firms

if TYPE_CHECKING:  # the detector imports the names package
    from newsclean.cleaners.names.detect import Candidate

_S = r"[ \t\u00a0]+"
_END = r"(?![\w’'-])"
_POSSESSIVE = r"['’]s" + _S
# adjectives that may stand between a possessive and what it owns ("Merrill's most important
# customers", "Plaid Cymru's former President"); "campaign", "family" or "vice" may not: a
# person has a campaign chairman, family members and a vice president
_OWNED_ADJECTIVES = (
    r"former|new|current|outgoing|incoming|interim|acting|global|parliamentary|most|more|important|biggest|"
    r"largest|main|top|senior|loyal|existing|many|european|american|british|international"
)
# what only an organisation has, after its possessive and at most two such adjectives
_ORG_POSSESSIONS = re.compile(
    _POSSESSIVE + r"(?:(?:" + _OWNED_ADJECTIVES + r")" + _S + r"){0,2}"
    r"(?:president|chairman|chairwoman|chief" + _S + r"executive|leader|leadership|shareholders|stockholders|headquarters|"
    r"employees|workforce|subscribers|customers?|clients?" + _S + r"base|subsidiary|subsidiaries|stores|branches|factories)" + _END,
    re.IGNORECASE,
)
# shares of a firm moving: "Pernod shares in Paris slipped 1.2%"
_SHARES_MOVE = re.compile(
    _S + r"shares(?:" + _S + r"in" + _S + r"[A-Z][\w-]*)?" + _S
    + r"(?:rose|fell|slid|slipped|dropped|gained|climbed|jumped|tumbled|soared|plunged|sank|eased|advanced|closed|ended)" + _END
)
# a plural verb after the run: British English writes so of a firm, a club or a band
_PLURAL_VERB = re.compile(_S + r"(?:are|were)" + _END)
# before such a use, the start of a sentence or a line, quotes or a bracket between: the run is
# the whole subject ("Kidman and her husband Keith Urban are", "trainer Greg Anderson are" are not)
_SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|[.!?:;|\n])[ \t\u00a0\"“‘'(]*$")
# a copula calling the run one of a kind of organisation; the noun closes the phrase ("is a band
# member" names a person)
_KIND_OF_ORGANISATION = re.compile(
    _S + r"(?:is|was)" + _S + r"(?:a|an|one" + _S + r"of" + _S + r"the)" + _S + r"(?:[a-z][\w-]*" + _S + r"){0,3}?"
    r"(?:labels?|compan(?:y|ies)|firms?|brands?|bands?|clubs?|banks?|chains?|retailers?|manufacturers?|airlines?|"
    r"carriers?|wineries|winery|breweries|brewery|charit(?:y|ies)|agenc(?:y|ies)|parties|party)"
    r"(?=[ \t\u00a0]*[,.;:)]|" + _S + r"(?:in|of|that|which|with|from|based|founded|behind|to|for|and)" + _END + r")"
)
# "which" and a firm's doing, referring to the run: a thing, where a person takes "who". After
# "by", "from", "of" or "to", "which" refers to the thing before ("python-goose by Xavier Grangier
# which is based on", "a bullet from Richard Johnson which was held")
_WHICH_AFTER = re.compile(_S + r"which" + _S + r"(?:has|owns|employs|sells|makes|produces|runs|operates)" + _END)
_SOURCE_BEFORE = re.compile(r"(?<![\w’'-])(?:by|from|of|to)" + _S + r"$", re.IGNORECASE)
# a possessive before someone named in full ("Aston Villa's Thomas Hitzlsperger")
_BEFORE_FULL_NAME = re.compile(_POSSESSIVE + r"$")
# after that full name, what makes it the clause's subject, not a modifier or a work's title
# ("Martin Scorsese's Howard Hughes biopic", "Dan Wakefield's Kurt Vonnegut: Letters"): a verb
_SUBJECT_AFTER = re.compile(_S + r"(?:has|had|is|was|will|would|could|can|also|then)" + _END)

_PHRASE_WINDOW = 80  # characters read before a cue for the words it follows
_PHRASE_WORDS = 6  # words before a cue that may end a run


class _Cues(NamedTuple):
    """What the article's cues say of the phrases right before them (:func:`_cues`)."""

    owned: frozenset[str]  # before an organisation's possessions or its shares moving, a word alone too
    whole: frozenset[str]  # before a copula's kind of organisation, "which has", a plural verb
    numbered: Counter[str]  # between an ordinal and a work's noun


def _phrases_before(text: str, p: int) -> list[tuple[int, str]]:
    """The phrases of one to :data:`_PHRASE_WORDS` words that end right before ``p``, with their
    starts."""
    base = max(0, p - _PHRASE_WINDOW)
    starts = [base + m.start() for m in re.finditer(r"(?:^|(?<=[\s\"“‘(]))[^\s\"“‘(]", text[base:p])]
    return [(s, text[s:p]) for s in starts[-_PHRASE_WORDS:]]


@lru_cache(maxsize=8)
def _cues(text: str) -> _Cues:
    """One pass per cue over the article: the phrases each cue follows, tested from their
    starts where a cue needs it (a sentence opening before a plural verb, no maker or source
    before "which", an ordinal before a work's noun). The runs are then looked up, never
    searched for: the cost grows with the text, not with the text times its runs."""
    owned: set[str] = set()
    whole: set[str] = set()
    numbered: Counter[str] = Counter()
    for pattern in (_ORG_POSSESSIONS, _SHARES_MOVE):
        for m in pattern.finditer(text):
            owned.update(phrase for _, phrase in _phrases_before(text, m.start()))
    for m in _KIND_OF_ORGANISATION.finditer(text):
        whole.update(phrase for _, phrase in _phrases_before(text, m.start()))
    for m in _WHICH_AFTER.finditer(text):
        whole.update(phrase for s, phrase in _phrases_before(text, m.start()) if _SOURCE_BEFORE.search(text[max(0, s - 8) : s]) is None)
    for m in _PLURAL_VERB.finditer(text):
        whole.update(phrase for s, phrase in _phrases_before(text, m.start()) if _SENTENCE_OPENS_BEFORE.search(text[max(0, s - 12) : s]))
    for m in _WORK_NOUN_AFTER.finditer(text):
        numbered.update(phrase for s, phrase in _phrases_before(text, m.start()) if _ORDINAL_BEFORE.search(text[max(0, s - 12) : s]))
    return _Cues(frozenset(owned), frozenset(whole), numbered)


def _subject_after(text: str, end: int) -> bool:
    return _SUBJECT_AFTER.match(text, end) is not None or (
        (m := re.match(_S + r"([a-z]+)", text[end : end + 20])) is not None and m.group(1) in evidence.SPEECH_VERBS
    )


def collective_use(text: str, c: Candidate, full_name_ends: dict[int, int]) -> bool:
    """The module's first item for the run ``c`` (two name words or more); ``full_name_ends``
    maps the starts of the article's runs of two name words or more to their ends."""
    names = c.name_tokens()
    run = text[names[0].start : names[-1].end]
    if c.possessive and (follower := full_name_ends.get(names[-1].end + 3)) is not None:
        if _BEFORE_FULL_NAME.match(text[names[-1].end : names[-1].end + 3]) and _subject_after(text, follower):
            return True
    cues = _cues(text)
    return run in cues.owned or run in cues.whole or names[0].text in cues.owned


# "The", title-case words and "of" right before the run, and the word before "The": a lowercase
# word, a colon, a table cell's bar, a bracket or a quotation mark
_OF_TITLE_BEFORE = re.compile(
    r"(?:(?<![\w’'-])[a-z][\w’'-]*|[:|(\"“‘])[ \t\u00a0]*The((?:" + _S + r"(?:[A-Z][\w’'-]*|[Aa]nd|&))+?)" + _S + r"(?:of|Of)" + _S + r"$"
)
# after the run, the title's end: punctuation, a table cell's bar, a lowercase word or the text's end
_TITLE_END_AFTER = re.compile(r"[ \t\u00a0]*(?:[,.;:!?)|\"”’]|$)|" + _S + r"[a-z]")
# nouns before "of" that make the run a person's own or a peer's style: kin, office, belongings,
# ranks of the peerage ("The Duke of")
_PERSONS_OWN = frozenset(
    """family estate wife widow husband son daughter children mother father brother sister friends office
    government administration cabinet lawyers supporters fans court house home trial life death duke duchess
    earl countess marquess marchioness viscount viscountess baron baroness""".split()
)
_TITLE_WINDOW = 80  # characters read before the run
# words of fiction in the sentence before a title: its characters are no one
_FICTION_BEFORE = re.compile(
    r"(?<![\w’'-])(?:sequels?|prequels?|dramas?|comedy|comedies|sitcoms?|thrillers?|horror|novels?|musicals?|cartoons?|"
    r"fiction|fictional|animated|fairy[ -]tales?)(?![\w’'-])",
    re.IGNORECASE,
)
_SENTENCE_WINDOW = 250  # characters read back for the sentence's words of fiction


def closes_of_title(text: str, c: Candidate) -> bool:
    """The module's third item for the run ``c``."""
    if c.kind == "alias" or c.possessive or "of" not in text[max(0, c.start - 4) : c.start].lower():
        return False  # the cheap test first: "of" right before the run
    m = _OF_TITLE_BEFORE.search(text[max(0, c.start - _TITLE_WINDOW) : c.start])
    if m is None or not _TITLE_END_AFTER.match(text[c.end : c.end + 3]):
        return False
    nouns = [w.lower() for w in m.group(1).split() if w not in ("And", "and", "&")]
    if not nouns or any(w in lexicon.TITLE_WORDS or w in lexicon.ROYAL_TITLES or w in _PERSONS_OWN or evidence.occupation(w) for w in nouns):
        return False
    before = text[max(0, c.start - _SENTENCE_WINDOW) : c.start]
    sentence = re.split(r"[.!?\n](?=[ \t\u00a0\n]|$)", before)[-1]
    return _FICTION_BEFORE.search(sentence) is not None


# an ordinal right before the run and a work's noun right after it
_ORDINAL_BEFORE = re.compile(
    r"(?<![\w’'-])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final)" + _S + r"$", re.IGNORECASE
)
_WORK_NOUN_AFTER = re.compile(
    _S + r"(?:films?|movies?|books?|novels?|dvds?|games?|episodes?|instal?ments?|adaptations?)" + _END, re.IGNORECASE
)
MIN_NUMBERED = 2  # numbered works of the run that make a series


def numbered_series(text: str, run: str) -> bool:
    """The module's second item for the run's words ``run``."""
    return _cues(text).numbered[run] >= MIN_NUMBERED


def person_at(text: str, c: Candidate) -> bool:
    """A title before the run or an appositive role after it: a person's."""
    from newsclean.cleaners.names.detect import title_before

    return title_before(text, c.start) is not None or bool(evidence.role_after(text, c.end + (2 if c.possessive else 0)))


def drop_tail3(text: str, found: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` without the runs :func:`collective_use` shows to be an organisation or
    :func:`numbered_series` a series of works, every run of their words, and without those
    :func:`closes_of_title` reads (English only)."""
    if language not in (None, "en") or not found:
        return found
    found = [c for c in found if not closes_of_title(text, c)]
    runs: dict[tuple[str, ...], list[Candidate]] = {}
    for c in found:
        if c.kind != "alias" and len(c.name_tokens()) >= 2:
            runs.setdefault(run_words(c), []).append(c)
    if not runs:
        return found
    full_name_ends = {c.start: c.end for c in found if len(c.name_tokens()) >= 2 and not c.possessive}
    firms = set()
    for words, cs in runs.items():
        names = cs[0].name_tokens()
        run = text[names[0].start : names[-1].end]
        if not (any(collective_use(text, c, full_name_ends) for c in cs) or numbered_series(text, run)):
            continue
        if any(person_at(text, c) for c in cs) or groups.alone_as_person(text, names[-1].text):
            continue
        firms.add(words)
    return without_firms(found, firms)
