"""Links 4 of issue 14: gazetteer links the tune data still made to the wrong person or to no
person (``bench/names_links_web.py score --source all``, ``bench/names_hunt.py links --set 18
--score``), each stopped by a kind of evidence the article holds (English articles):

- :func:`out_of_office`: a politician's RARE surname (hunt 23's :func:`hunt23.politics_silent`
  took the common ones) in an article without politics, whose bearer holds no office on the
  article's date ("Fees / Sessions must be paid for in full" on a therapist's page of 2006: no
  Attorney General of 2017). A bearer in office on the date is news enough to be meant
  anywhere ("Kind of like when Bush asks us all to suspend our disbelief" in 2007).
- :func:`thing_aliases`: a word written as another name of a thing ("the test server,
  Singularity (aka “Sisi”)"): the article's bare uses of that word are the thing ("the Sisi
  server"), never a gazetteer bearer of it as a surname.
- :func:`elliptic_possessive`: a possessive with no noun after it, alone in a quotation or
  after a preposition of place ("“Kellogg’s?” I interrupt", "breakfast at Kellogg’s."): a
  shop, a firm or a brand, the way "McDonald’s" is one; a person's possessive owns a noun
  ("Kellogg’s plan"), or is a predicate ("the plan was Kellogg’s").

And false persons of the hunt leftovers, read from the detector's runs:

- :func:`festival_day`: a run after "On" and before a comma whose sentence goes on to call it a
  festival, a feast or a holiday ("On Makar Sankranti, celebrities talk about the relevance of
  the festival in their lives"): a day, every run of its words (English only).
- :func:`authors_series`: a run between an author's possessive and a plural noun of books
  ("Rowling's seven Harry Potter novels", J.K. Rowling named in the article): the series'
  name, a work's cue of :func:`works.work_cue` (whose drop spares a run some mention shows to
  be a person). Books have no performers: "Spielberg's two Tom Hanks films" is no cue.
- :func:`genitive_before_noun`: a German run of three words or more whose last word is a common
  noun no name list has, after a word in -s whose stem closes a full name the article writes
  as a run of its own ("Nicht nur Patricia Evangelistas Recherchen zeigen" beside "Patricia
  Evangelista"): the genitive of that name and the noun it owns; the run ends before the noun
  (the resolver reads "Evangelistas" as the genitive of the name met before).
- :func:`royal_word_inside`: a run of two names or more that goes on with a ruler's title no
  name list has as a surname and a given name ("Kardinal Robert Prevost Papst Leo XIV. wurde"):
  two people, the cardinal and the pope he became; the run ends before the title, whose words
  are read again as lone words (the regnal pass makes "Leo XIV." of them). "Martin Luther
  King" and "Roman Herzog" stay: those titles are surnames too.

:mod:`cleaners.names.resolve` calls :func:`cut_genitive_nouns` (German),
:func:`split_at_royal_words` and :func:`drop_festival_days` on the detector's runs
(:mod:`cleaners.names.works` reads :func:`authors_series` among its cues),
:func:`elliptic_possessive` where it tests a bare word for no person, and, after its bare
surnames, :func:`politics_silent_bearer` (through hunt 23's pass) and
:func:`unlink_thing_aliases`.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, german, lexicon
from newsclean.cleaners.names.detect import Candidate
from newsclean.cleaners.names.gazetteer import english_given_names
from newsclean.cleaners.names.hunt18 import _cut_last
from newsclean.cleaners.names.hunt20 import run_words, without_firms
from newsclean.cleaners.names.keys import fold
from newsclean.cleaners.names.regnal import ROYAL_WORDS
from newsclean.cleaners.names.round21 import english_word

if TYPE_CHECKING:  # the detector imports the names package
    from newsclean.cleaners.names.gazetteer import Person
    from newsclean.cleaners.names.resolve import _Doc, _Resolved

_S = r"[ \t\u00a0]+"
_OPEN = "\"“‘"  # an opening quotation mark
_CLOSE = "\"”’"  # a closing one
# what introduces another name of the same thing: "(aka “Sisi”)", ", a.k.a. Sisi", "also known as"
_AKA = r"(?:aka|a\.k\.a\.?|AKA|also" + _S + r"known" + _S + r"as|nicknamed|dubbed)"
# a capitalised word, then "(aka" or ", aka", then the other name, one word, maybe quoted
_THING_ALIAS = re.compile(
    r"(?<![\w’'.-])([A-Z][a-z]{2,})(?:" + _S + r"\(|[ \t\u00a0]*,[ \t\u00a0]*)" + _AKA + _S
    + "[" + _OPEN + r"]?([A-Z][\w’'-]+?)[" + _CLOSE + r"]?(?=[)\],;.!?]|" + _S + r")"
)
_THE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he" + _S + r"$")
# before an elliptic possessive: an opening quotation mark or a preposition of place
_POSSESSIVE_BEFORE = re.compile(r"(?:(?:^|\s)[" + _OPEN + r"]|(?<![\w’'-])(?:at|to|from)" + _S + r")$")
# after its "’s": a sentence mark or a closing quotation mark, no word
_POSSESSIVE_AFTER = re.compile(r"^(?:[?!.…]|[,;:]?[" + _CLOSE + r"])")


def out_of_office(day: dt.date | None, person: Person) -> bool:
    """The article's date (``day``) is known and the bearer holds none of their offices
    (roles) on it: a seat alone (a senator's) or an office years away is no fame of the day."""
    return day is not None and bool(person.roles) and not person.roles_on(day)


def politics_silent_bearer(doc: _Doc) -> Callable[[Person], bool]:
    """Which gazetteer bearers of a bare surname an article without politics unlinks
    (:func:`hunt23.unlink_politics_silent`): a common surname's (hunt 23), or a rare
    surname's whose bearer is :func:`out_of_office` on the date (links 4)."""
    return lambda person: doc.common(person) or out_of_office(doc.day, person)


def _thing_name(text: str, start: int, word: str) -> bool:
    """``word`` (at ``start``) names a thing, not a person: an English word no name list has
    as a given name or a surname, no title, and no epithet after "the" ("the Boss")."""
    key = fold(word)
    if not english_word(key) or key in evidence.surnames() or key in evidence.given_names() or key in lexicon.TITLE_WORDS:
        return False
    return _THE_BEFORE.search(text[max(0, start - 8) : start]) is None


def thing_aliases(text: str) -> frozenset[str]:
    """The words the text writes as another name of a thing (:func:`_thing_name`):
    "Singularity (aka “Sisi”)" gives "Sisi"; "el-Sisi (aka Sisi)" and "the Boss (aka
    Springsteen)" give nothing."""
    if "aka" not in text and "a.k.a" not in text and "AKA" not in text and "known as" not in text and "dubbed" not in text and "nicknamed" not in text:
        return frozenset()
    return frozenset(m.group(2) for m in _THING_ALIAS.finditer(text) if _thing_name(text, m.start(1), m.group(1)))


def unlink_thing_aliases(doc: _Doc, pending: Sequence[_Resolved], steps: tuple[str, ...], flag: str) -> None:
    """Bare one-word mentions that a gazetteer step of ``steps`` gave to a bearer of the word
    as a surname are unlinked, with ``flag`` instead of the step's, when the article writes
    the word as another name of a thing (:func:`thing_aliases`): every use of it is the
    thing ("the Sisi server")."""
    linked = [r for r in pending if r.person is not None and r.title is None and len(r.cand.name_tokens()) == 1 and any(f in r.flags for f in steps)]
    if not linked:
        return
    things = thing_aliases(doc.text)
    for r in linked:
        if r.cand.name_tokens()[0].text in things:
            r.person = r.canonical = None
            r.flags = [f for f in r.flags if f not in steps] + [flag]


def elliptic_possessive(text: str, start: int, end: int) -> bool:
    """The possessive word ``text[start:end]`` (its "’s" right after ``end``) owns no noun: a
    sentence mark or a closing quotation mark follows the "’s", and an opening quotation mark
    or "at", "to", "from" comes before the word ("“Kellogg’s?”", "at Kellogg’s."): a shop, a
    firm or a brand named after its founder ("a friend of Kellogg’s", "the plan was
    Kellogg’s." and "Kellogg’s plan" stay)."""
    return _POSSESSIVE_AFTER.match(text[end + 2 : end + 4]) is not None and _POSSESSIVE_BEFORE.search(text[max(0, start - 8) : start]) is not None


def genitive_before_noun(c: Candidate, full_names: Collection[tuple[str, ...]]) -> bool:
    """The run (three words or more) ends in a German common noun no name list has, after a
    word in -s whose stem, with the words before it, is a run of ``full_names`` (the keys of
    the article's runs of two words or more): "Patricia Evangelistas Recherchen" beside
    "Patricia Evangelista"; "Thomas Müllers Tor" beside "Thomas Müller" too, but not "Hans
    Peters Haus" alone, nor "Klaus Fischer" (no noun after a genitive)."""
    names = c.name_tokens()
    if c.kind == "alias" or len(names) < 3 or names[-1] is not c.tokens[-1] or c.possessive:
        return False
    owner, noun = names[-2].key, names[-1]
    if len(owner) < 3 or not owner.endswith("s") or (*run_words(c)[:-2], owner[:-1]) not in full_names:
        return False
    key = noun.key
    return german.common_noun(noun.text) and key not in evidence.surnames() and key not in evidence.given_names() and key not in english_given_names()


def cut_genitive_nouns(found: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` with the runs of :func:`genitive_before_noun` cut before the noun (German only)."""
    if language != "de" or not found:
        return found
    full_names = {run_words(c) for c in found if c.kind != "alias" and len(c.name_tokens()) >= 2}
    out = []
    for c in found:
        cut = _cut_last(c) if genitive_before_noun(c, full_names) else None
        out.append(cut if cut is not None else c)
    return out


def royal_word_inside(c: Candidate) -> int | None:
    """The index in ``c.tokens`` of a ruler's title (:data:`regnal.ROYAL_WORDS`, no surname of
    the name lists: "Papst", not "King" nor "Herzog") after two names or more and before a
    given name ("Robert Prevost Papst Leo"); None when there is none."""
    if c.kind == "alias" or len(c.tokens) < 4:
        return None
    names = 0
    for i, t in enumerate(c.tokens[:-1]):
        if names >= 2 and t.key in ROYAL_WORDS and t.key not in evidence.surnames():
            after = c.tokens[i + 1]
            return i if after.key in english_given_names() or after.key in evidence.given_names() else None
        names += not t.connector
    return None


def split_at_royal_words(found: list[Candidate], orphans: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """``found`` with each run of :func:`royal_word_inside` cut before the title, and
    ``orphans`` with the title and each word after it as a lone word ("Papst", "Leo")."""
    out: list[Candidate] = []
    loose: list[Candidate] = []
    for c in found:
        i = royal_word_inside(c)
        if i is None:
            out.append(c)
            continue
        head = c.tokens[:i]
        while head and head[-1].connector:
            head.pop()
        out.append(replace(c, tokens=head))
        loose += [Candidate([t], "single") for t in c.tokens[i:] if not t.connector and len(t.text) > 1]
    if not loose:
        return found, orphans
    return out, sorted([*orphans, *loose], key=lambda o: o.start)


# "On" right before a run (a sentence's first word, or "on"), a comma right after it
_ON_BEFORE = re.compile(r"(?<![\w’'-])[Oo]n" + _S + r"$")
# the sentence after the run calls it a day of celebration ("the festival", "this feast")
_FESTIVAL_LATER = re.compile(r"(?<![\w’'-])(?:the|this|that|its)" + _S + r"(?:festival|feast|holiday|festivities|celebrations?)(?![\w’'-])")
_WORD_AFTER = re.compile(r"(?:['’]s|" + _S + r"([A-Za-z]+))")
# how far after the run the sentence is read for the festival's noun
FESTIVAL_WINDOW = 200


def festival_day(text: str, c: Candidate) -> bool:
    """"On" before the run, a comma after it, and the rest of its sentence calls it "the
    festival", "the feast", "the holiday" ("On Makar Sankranti, celebrities talk about the
    relevance of the festival"); "On Monday, John Smith said the festival" and "On Smith, the
    festival's head said" (a person's topic, no day) stay."""
    if c.kind == "alias" or c.possessive or text[c.end : c.end + 1] != "," or not _ON_BEFORE.search(text[max(0, c.start - 4) : c.start]):
        return False
    rest = text[c.end : c.end + FESTIVAL_WINDOW]
    stop = re.search(r"[.!?\n]", rest)
    m = _FESTIVAL_LATER.search(rest[: stop.start()] if stop else rest)
    if m is None:
        return False
    # the noun heads its phrase: a stop word or a mark after it ("the festival in their lives"),
    # no noun it modifies nor a possessive ("the festival director", "the festival's head")
    after = _WORD_AFTER.match(rest, m.end())
    return after is None or after.group(1) in lexicon.STOPWORDS


def drop_festival_days(text: str, found: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` without the runs of :func:`festival_day` and every run of their words (English only)."""
    if language not in (None, "en") or "," not in text:
        return found
    days = {run_words(c) for c in found if festival_day(text, c)}
    return without_firms(found, days)


# an author's possessive, then at most two lowercase words or numbers, before the run ("Rowling's seven ")
_AUTHOR_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z][\w-]*)['’]s" + _S + r"(?:(?:[a-z]+|\d+)" + _S + r"){0,2}$")
# a plural noun of books right after the run ("Harry Potter novels"); no films: stars play in them
_BOOKS_AFTER = re.compile(_S + r"(?:novels|books|stories|tales|poems)(?![\w’'-])")


def authors_series(text: str, c: Candidate) -> bool:
    """An author's possessive before the run and a plural noun of books after it ("Rowling's
    seven Harry Potter novels"), the author a person the article names with a word before the
    surname ("J.K. Rowling"): the run is the series' name. "Penguin's Agatha Christie novels"
    (a firm's possessive) and "Spielberg's Tom Hanks films" (no books) are no cue."""
    if c.possessive or _BOOKS_AFTER.match(text, c.end) is None:
        return False
    m = _AUTHOR_BEFORE.search(text[max(0, c.start - 60) : c.start])
    if m is None:
        return False
    return re.search(r"[A-Z][\w.]*" + _S + re.escape(m.group(1)) + r"(?![\w-])", text) is not None
