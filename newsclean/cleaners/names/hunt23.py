"""Hunt 23 of issue 14 (round 2 of hunt set 20): runs of Google News pages of 2007-08 that read on
into a place or a date, a title and a name that are a town's, a politician's rare surname in a
story without politics (English only).

The kinds come from the hand judgements of round 2 of hunt set 20
(``bench/data/names_hunt_judged20.json``, ``"round": 2``: the last 72 pages with predictions of
page-signal's tune half); each test reads the words of the run and the characters around it,
never one string:

- :func:`trailing_place`: a run of three words or more whose last word is a place's name no
  name list has, with a news agency's dateline mark after it ("Tributes paid to Edmund Hillary
  Dehradun (PTI): ...") or "and" and a second such place ("Dale Scarrow Ontario and Quebec should
  get nothing", a comment's author run into its first words): the run ends before the place.
- :func:`month_closes_pair`: a two-word run whose second word is a month's name or abbreviation
  with a day's number after it ("the beta release of Moka5 for Mac Jan. 15, 2008"): a word and a
  date, no one's name.
- :func:`headline_words_before`: a run of a title-case headline whose words before the last are
  English words no name list has, a capitalised preposition after it ("Late Birdies Propel Choi
  To Sony Lead", beside "K.J. Choi"), and whose last word the article writes again: a headline's
  verb and noun before a surname, no one's name.
- :func:`teaser_question`: a two-word run whose first word is an English word and no given name,
  a question mark right after it and an imperative of the page's offers after that ("Love
  Sudoku? Play our brand new interactive game"): a page's teaser, no one's name.
- :func:`finance_firm_after`: a finance house's words right after the run ("whose Terra Nova
  private equity house bought the label", "X hedge fund", "X buyout firm"): a firm, every run of
  its words; a possessive run is the owner ("Guy Hands's private equity firm").
- :func:`titled_town`: a title and a name the resolver made a person of ("Prince George") that
  the text also writes as a town's name ("the City of Prince George says"), and that is a
  place's name: a town, every mention of it.
- :func:`politics_silent`: a bare common surname (many people bear it: "Rice", not "Putin") that
  the gazetteer alone gave to a holder of public office (no title, no full name, no given name,
  no office of theirs written here) in an article long enough to tell its subject
  (:data:`SUBJECT_WORDS`) that writes no word of politics but the police's ("In August, Rice filed
  a lawsuit against Lohan" is no Secretary of State): someone else, unlinked. A sentence or two
  ("Brown said the British budget was balanced") is too short to say it is no politics.

:func:`drop_hunt23` applies the first five to the detector's runs; :func:`drop_titled_towns`
reads the mentions the resolver made and :func:`unlink_politics_silent` re-reads its bare
surnames.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, lexicon, plausible
from newsclean.cleaners.names.gazetteer import english_given_names
from newsclean.cleaners.names.hunt20 import MONTHS, run_words, without_firms
from newsclean.cleaners.names.round21 import english_word

if TYPE_CHECKING:  # the detector imports the names package
    from newsclean.cleaners.names.detect import Candidate, Token
    from newsclean.cleaners.names.gazetteer import Person
    from newsclean.cleaners.names.resolve import Mention, _Doc, _Resolved

_S = r"[ \t\u00a0]+"
# a news agency's mark after a dateline's place ("Dehradun (PTI):", "Lahore (AFP) -")
_AGENCY_AFTER = re.compile(
    r"[ \t\u00a0]*\((?:PTI|IANS|UNI|ANI|AP|AFP|Reuters|Xinhua|CP|AAP|dpa|DPA|Bloomberg|KUNA|WAM|APP)\)"
)
# "and" and a second capitalised word, then a lowercase word or a stop ("Ontario and Quebec should")
_AND_PLACE_AFTER = re.compile(_S + r"and" + _S + r"([A-Z][a-z]+)(?=[ \t\u00a0]*[,.;:!?)]|" + _S + r"[a-z])")
# a day's number after a month ("Jan. 15", "June 5"): not a time or a score ("Jan 1:30", "May 2-1")
_DAY_AFTER = re.compile(r"\.?" + _S + r"\d{1,2}(?!\d)(?![:.\-]\d)")
_YEAR_AFTER = re.compile(r",?" + _S + r"(?:19|20)\d\d(?!\d)")  # the year after the day (", 2008")
# a title-case headline's preposition after a run, then a capitalised word ("... Choi To Sony Lead")
_HEADLINE_PREPOSITION_AFTER = re.compile(
    _S + r"(?:To|For|In|On|At|With|As|After|From|Into|Over|Amid|Against|Despite|Before)" + _S + r"[A-Z0-9]"
)
# a question mark, then an imperative of a page's offers ("? Play our ...", "? Try the ...")
_TEASER_AFTER = re.compile(
    r"\?" + _S + r"(?:Play|Try|Take|Test|Click|Read|Join|Sign|Enter|Get|Find|Watch|Listen|Visit|Subscribe|Download|Share|Tell)(?![\w’'-])"
)
# a finance house's words after a firm's name ("Terra Nova private equity house", "X hedge fund")
_FINANCE_FIRM_AFTER = re.compile(
    _S + r"(?:private" + _S + r"equity|hedge|buyout|venture" + _S + r"capital|investment|asset" + _S + r"management)"
    + _S + r"(?:house|firm|group|fund|company|bank|manager|arm)s?(?![\w’'-])"
)
_NEW = "not_in_gazetteer"  # resolve.py's flag of a name the gazetteer does not know
# a town's head word before "of" and the name ("the City of Prince George", "town of Prince Albert")
_TOWN_OF = r"(?<![\w’'-])(?:[Cc]ity|CITY|[Tt]own|[Vv]illage|[Mm]unicipality|[Tt]ownship)" + _S + r"of" + _S
# the police's words: an article of a crime or a court writes them without being about politics
POLICE_WORDS = frozenset("police officials spokesman spokeswoman spokesperson".split())
# the fewest words of an article whose lack of politics words tells that it is no political story
SUBJECT_WORDS = 120


def _given(key: str) -> bool:
    return key in english_given_names() or evidence.strong_given(key)


def _bare_place(key: str) -> bool:
    """A place's name that no name list has as a surname or a given name ("ontario", "dehradun";
    not "houston", "jackson", "sydney")."""
    return plausible.is_place(key) and key not in evidence.surnames() and not _given(key)


def trailing_place(text: str, c: Candidate) -> bool:
    """The run's last word, the third or later, is a place (:func:`_bare_place`) that a news
    agency's mark follows, or "and" and a second such place; the run opens with a given name."""
    names = c.name_tokens()
    if c.kind == "alias" or len(names) < 3 or c.possessive or names[-1] is not c.tokens[-1]:
        return False
    if not _given(names[0].key) or not _bare_place(names[-1].key):
        return False
    if _AGENCY_AFTER.match(text, c.end):
        return True
    m = _AND_PLACE_AFTER.match(text, c.end)
    return m is not None and _bare_place(m.group(1).lower())


def _cut_last(c: Candidate) -> Candidate:
    head: list[Token] = c.tokens[:-1]
    while head and head[-1].connector:
        head.pop()
    return replace(c, tokens=head)


def month_closes_pair(text: str, c: Candidate) -> bool:
    """A two-word run whose second word is a month or its abbreviation with a day's number after
    it ("Moka5 for Mac Jan. 15, 2008"); when the first word is a given name ("Mac"), a year after
    the day too ("Mary May 5" is left alone)."""
    names = c.name_tokens()
    if c.kind == "alias" or len(names) != 2 or c.possessive or names[1].text not in MONTHS:
        return False
    m = _DAY_AFTER.match(text, names[1].end)
    return m is not None and (not _given(names[0].key) or _YEAR_AFTER.match(text, m.end()) is not None)


def _headline_word(key: str) -> bool:
    """An English word that no name list has as a given name or a surname, and no title."""
    return english_word(key) and key not in evidence.surnames() and not _given(key) and key not in lexicon.TITLE_WORDS


def headline_words_before(text: str, c: Candidate) -> bool:
    """The run's words before its last are English words no name list has
    (:func:`_headline_word`), a headline's capitalised preposition and word follow it ("Late
    Birdies Propel Choi To Sony Lead"), and the article writes the last word again."""
    names = c.name_tokens()
    if c.kind == "alias" or len(names) < 2 or len(names) != len(c.tokens) or c.possessive:
        return False
    if not _HEADLINE_PREPOSITION_AFTER.match(text, c.end) or not all(_headline_word(t.key) for t in names[:-1]):
        return False
    return text.count(names[-1].text) >= 2


def teaser_question(text: str, c: Candidate) -> bool:
    """A two-word run, its first word an English word and no given name, a question mark and an
    imperative of the page's offers right after it ("Love Sudoku? Play our new game")."""
    names = c.name_tokens()
    if c.kind == "alias" or len(names) != 2 or len(c.tokens) != 2 or c.possessive or text[c.end : c.end + 1] != "?":
        return False
    return _TEASER_AFTER.match(text, c.end) is not None and english_word(names[0].key) and not _given(names[0].key)


def finance_firm_after(text: str, c: Candidate) -> bool:
    """A finance house's words right after the run ("Terra Nova private equity house", "X hedge
    fund"); a possessive run owns one ("Guy Hands's private equity firm")."""
    return c.kind != "alias" and not c.possessive and len(c.name_tokens()) >= 2 and _FINANCE_FIRM_AFTER.match(text, c.end) is not None


def drop_hunt23(text: str, found: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` with the runs of :func:`trailing_place` cut before the place, without those of
    :func:`month_closes_pair`, :func:`headline_words_before` and :func:`teaser_question`, and
    without every run of a firm's words (:func:`finance_firm_after`) (English only)."""
    if language not in (None, "en") or not found:
        return found
    out = []
    firms: set[tuple[str, ...]] = set()
    for c in found:
        if month_closes_pair(text, c) or headline_words_before(text, c) or teaser_question(text, c):
            continue
        if finance_firm_after(text, c):
            firms.add(run_words(c))
            continue
        out.append(_cut_last(c) if trailing_place(text, c) else c)
    return without_firms(out, firms)


def _title_of(m: Mention) -> str | None:
    for flag in m.flags:
        if flag.startswith("title:"):
            return flag[6:]
    return None


def titled_town(text: str, m: Mention) -> bool:
    """A one-word mention the gazetteer does not know, with a title the resolver read before it,
    whose title and word are a place's name the text writes after a town's head word ("the City
    of Prince George says")."""
    title = _title_of(m)
    if title is None or _NEW not in m.flags or " " in m.surface:
        return False
    name = f"{title} {m.surface}"
    if name not in text or not plausible.is_place(name.lower()):
        return False
    return re.search(_TOWN_OF + re.escape(title) + _S + re.escape(m.surface) + r"(?![\w’'-])", text) is not None


def drop_titled_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the towns of :func:`titled_town`, every mention of the same canonical
    name (a gazetteer person's mention stays)."""
    if "of" not in text:
        return mentions
    towns = {m.canonical for m in mentions if titled_town(text, m)}
    if not towns:
        return mentions
    return [m for m in mentions if not (m.canonical in towns and _NEW in m.flags)]


def politics_silent(words: Collection[str], politics: Collection[str]) -> bool:
    """The article's words (``words``) hold no word of ``politics`` but the police's
    (:data:`POLICE_WORDS`): a crime's, a court's, a star's story."""
    return not any(w in words for w in politics if w not in POLICE_WORDS)


def unlink_politics_silent(
    doc: _Doc, pending: Sequence[_Resolved], steps: tuple[str, ...], politics: Collection[str], flag: str,
    bearer: Callable[[Person], bool] | None = None,
) -> None:
    """A bare common surname (no title) that a gazetteer step of ``steps`` gave to a holder of
    public office is unlinked, with ``flag`` instead of the step's, when the article writes neither their
    given name nor an office of theirs, they are not the surname's default bearer, and the
    article, of :data:`SUBJECT_WORDS` words or more, is :func:`politics_silent` ("In August, Rice
    filed a lawsuit against Lohan"). ``bearer`` says which bearers may be unlinked (default: a
    common surname's; links 4 adds rare ones out of office on the date)."""
    common = bearer if bearer is not None else doc.common
    words = None
    for r in pending:
        if r.person is None or r.title is not None or not any(f in r.flags for f in steps):
            continue
        person = doc.gaz.persons[r.person]
        if not person.roles or person.default_for_surname or not common(person):
            continue
        if words is None:
            words = doc.words()
            if len(doc.text.split()) < SUBJECT_WORDS or not politics_silent(words, politics):
                return
        if doc.given_named(r.person) or doc.office_named(r.person, None):
            continue
        r.person = r.canonical = None
        r.flags = [f for f in r.flags if f not in steps] + [flag]
