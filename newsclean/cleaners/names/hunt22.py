"""Hunt 22 of issue 14 (round 4 of hunt set 18): runs of 2012 web pages that name a thing an
apposition names, a heading's words, a product, a place or a programme; two forms of one given
name; a lone given name the headline names in full (English only).

The kinds come from the hand judgements of round 4 of hunt set 18
(``bench/data/names_hunt_judged18.json``, ``"round": 4``: pages 331-418 of dragnet_data's tune
half); each test reads the words of the run and the characters around it, never one string:

- :func:`thing_apposition`: the run is the apposition of a possessive noun phrase of a work or a
  firm, closed by a comma ("His latest film, Silver Linings Playbook, opens", "her new business
  venture, Ion Torrent, makes"): that work or firm, every run of its words. Not after a
  preposition ("In his new film, Brad Pitt plays").
- :func:`particle_run`: a two-word run of an English word and an adverb particle ("Link Up",
  "Link Out", "Sign Up"): a phrasal verb of a heading or a slogan; no surname is a particle.
- :func:`greek_letter_run`: the run ends in a Greek letter's name ("Wolfram Alpha", "Windows
  Beta"): a product or a version, no surname.
- :func:`glued_conjunction`: the run's last word is an English word with "and" glued to it ("her
  Toolbox Blogand a popular radio show"): two words a lost space joined, no surname ("or" ends
  surnames after an English stem: "Mitch Kapor"; a rare stem may be a name's: "Scott Weiland").
- :func:`named_for_head`: a run of three names or more whose last word is the head of a place or
  a body named for a person ("Floyd Bennett Field", "the Susan B. Anthony List"): that place or
  body, this mention (a two-word run may be a person: "Sally Field").
- :func:`heading_word_after_name`: a run written once, in a heading or a caption line, whose last
  word is an English word the article also writes in lowercase, no name list's word, while the
  article writes the run's other words without it ("5. Trout Robs a Prince" beside "Trout",
  "End Quote Dr Craig Venter Genetic entrepreneur" beside "Craig Venter"): a heading's verb or
  a caption's role glued to a name; the run loses that word, or is dropped when one word would
  be left (the name's other uses tell who it is).
- :func:`programme_after`: "the" before a run of no given name and a lowercase noun of a
  programme after it ("the Loan Repayment program of the ..."): the programme's name.
- :func:`region_after_place`: a run right after "in <place>, " and closed by a stop ("in
  Halifax, Nova Scotia."): the place's region, no one's name; a given name first keeps it.
- :func:`demonym_body`: "the" and an adjective of nationality right before a run whose first
  word is no given name ("spokeswoman for the American Red Cross"): a body named with its
  nationality; "the American Lindsey Vonn" keeps the skier.
- :func:`headline_given_names`: a one-word name no list links that opens exactly one full name of
  the headline, of two words ("Nigella Lawson reveals ..." over "the teenage Nigella"), is that
  person.

:func:`drop_hunt22` applies the first nine to the detector's runs; :func:`headline_given_names`
renames the resolver's canonical names. Two forms of one given name one letter apart ("Tsegaye
Kebede", "Tsegay Kebede") are :func:`hunt21.form_renames`'s, and a lone surname of someone named in
full shares no surname after "and" ("Christian Bale ... for Bale and Melissa Leo") in the
resolver's ``_shared_surnames``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, lexicon, plausible
from newsclean.cleaners.names.gazetteer import english_given_names
from newsclean.cleaners.names.hunt18 import STEM_ZIPF, _cut_last
from newsclean.cleaners.names.hunt20 import run_words, without_firms
from newsclean.cleaners.names.links import NAMED_AFTER_WORDS
from newsclean.cleaners.names.round21 import english_word
from newsclean.cleaners.names.slips import Named, apply_renames
from newsclean.cleaners.names.tail2 import _lowercase_words, _once_in_heading

if TYPE_CHECKING:  # the detector imports the names package
    from newsclean.cleaners.names.detect import Candidate, Lexicon

_S = r"[ \t\u00a0]+"
# a possessive noun phrase of a work or a firm, then a comma, right before the run ("His latest
# film, ", "her new business venture, "); the phrase opens a clause or a sentence, no preposition
# before it ("In his new film, Brad Pitt plays" names the actor)
_THING_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<det>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)" + _S
    + r"(?:[a-z][\w-]*" + _S + r"){0,3}?"
    r"(?:film|movie|book|novel|album|single|song|show|series|play|musical|documentary|game|app|venture|company|firm"
    r"|startup|start-up|business|brand|label|restaurant|shop|store|magazine|website|blog|product)"
    r"," + _S + r"$"
)
_PREPOSITION_BEFORE = re.compile(r"(?<![\w’'-])(?:[Ii]n|[Oo]n|[Aa]t|[Ff]or|[Ww]ith|[Ff]rom|[Oo]f|[Aa]bout|[Tt]o|[Ii]nto|[Bb]y|[Ff]eaturing)" + _S + r"$")
# the apposition closed right after the run ("Ion Torrent, makes", "Silver Linings Playbook, opens")
_APPOSITION_CLOSED = re.compile(r"[ \t\u00a0]*(?:,|–|—|\))")
# adverb particles that end a phrasal verb and no surname ("Link Up", "Sign Out", "Back Off")
PARTICLES = frozenset("up out off down away".split())
# the names of the Greek letters, which end products and versions, never a surname
GREEK_LETTERS = frozenset(
    "alpha beta gamma delta epsilon zeta theta iota kappa lambda sigma upsilon omega".split()
)
# the conjunction a lost space glues to the word before it ("Blogand"); not "or", which ends
# surnames after an English stem ("Kapor", "Pastor")
_GLUED_CONJUNCTION = "and"
# heads of places and bodies named for a person that may end a surname too ("Sally Field", "Friedrich
# List"), beside the links' heads ("the Bill Gates Foundation")
NAMED_FOR_HEADS = NAMED_AFTER_WORDS | frozenset("field list fellowship scholarship lecture cup highway expressway parkway tunnel".split())
# a lowercase noun of a programme, right after the run, and what may follow it
_PROGRAMME_AFTER = re.compile(_S + r"(?:program|programme|programs|programmes|scheme|initiative|fund)(?![\w’'-])")
_THE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he" + _S + r"$")
# "in Halifax, ": a place's preposition, a capitalised place name and a comma, right before the run
_PLACE_COMMA_BEFORE = re.compile(r"(?<![\w’'-])(?:in|near|at)" + _S + r"((?:[A-Z][a-z]+" + _S + r")?[A-Z][a-z]+)," + _S + r"$")
_STOP_AFTER = re.compile(r"[ \t\u00a0]*(?:[.;:)\n]|$)")
# "the American ": "the" and a capitalised word (an adjective of nationality?) right before the run
_DEMONYM_BEFORE = re.compile(r"(?<![\w’'-])the" + _S + r"([A-Z][a-z]+)" + _S + r"$")


def thing_apposition(text: str, c: Candidate) -> bool:
    """The run is the apposition of a possessive noun phrase of a work or a firm, closed right
    after it ("His latest film, Silver Linings Playbook, opens next week")."""
    if c.possessive or text[max(0, c.start - 2) : c.start].strip() != ",":  # cheap test first
        return False
    if not _APPOSITION_CLOSED.match(text, c.end):
        return False
    m = _THING_BEFORE.search(text, max(0, c.start - 80), c.start)
    if m is None:
        return False
    return _PREPOSITION_BEFORE.search(text, max(0, m.start("det") - 12), m.start("det")) is None


def particle_run(c: Candidate) -> bool:
    """A two-word run of an English word and an adverb particle ("Link Up", "Link Out")."""
    names = c.name_tokens()
    return len(names) == 2 and names[1].key in PARTICLES and english_word(names[0].key)


def greek_letter_run(c: Candidate) -> bool:
    """The run ends in a Greek letter's name ("Wolfram Alpha")."""
    names = c.name_tokens()
    return len(names) >= 2 and names[-1].key in GREEK_LETTERS


def glued_conjunction(c: Candidate) -> bool:
    """The run's last word is an English word with "and" glued to it ("Blogand"): a word no
    name list has, whose stem is a common English word of four letters or more (Zipf
    :data:`hunt18.STEM_ZIPF`; not "Weil" of "Weiland")."""
    key = c.name_tokens()[-1].key
    stem = key[: -len(_GLUED_CONJUNCTION)]
    if not key.endswith(_GLUED_CONJUNCTION) or len(stem) < 4 or not stem.isalpha():  # cheap test first
        return False
    if key in english_given_names() or key in evidence.surnames() or english_word(key):
        return False
    return plausible.zipf(stem) >= STEM_ZIPF


def named_for_head(c: Candidate) -> bool:
    """A run of three names or more ending in the head of a place or a body named for a person
    ("Floyd Bennett Field", "Susan B. Anthony List")."""
    names = c.name_tokens()
    return len(names) >= 3 and names[-1].key in NAMED_FOR_HEADS and names[-1].text[:1].isupper()


def _name_word(key: str, lex: Lexicon) -> bool:
    """A word of a name list or of a gazetteer name, a place's or an occupation's word."""
    return (
        key in english_given_names() or lex.is_given(key) or key in evidence.surnames() or key in lex.gaz.known_tokens
        or key in lexicon.TITLE_WORDS or plausible.is_place(key) or evidence.occupation(key)
    )


def heading_word_after_name(text: str, c: Candidate, lex: Lexicon) -> bool:
    """The run's last word is a heading's or a caption's English word glued after a name the
    article writes without it (the module's sixth item)."""
    names = c.name_tokens()
    if len(names) < 2 or names[-1] is not c.tokens[-1] or c.possessive:
        return False
    last = names[-1]
    if not last.text[1:].islower() or _name_word(last.key, lex) or not english_word(last.key):  # cheap tests first
        return False
    if not _once_in_heading(text, c) or last.key not in _lowercase_words(text):
        return False
    rest = text[c.start : names[-2].end]
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(rest)}(?![\w’'-])", text):
        if m.start() != c.start and not text.startswith(last.text, m.end() + 1):
            return True
    return False


def programme_after(text: str, c: Candidate) -> bool:
    """ "the" before a run of no given name, a lowercase noun of a programme after it ("the Loan
    Repayment program")."""
    names = c.name_tokens()
    if c.possessive or len(names) < 2 or not _PROGRAMME_AFTER.match(text, c.end):
        return False
    if not _THE_BEFORE.search(text, max(0, c.start - 6), c.start):
        return False
    return not any(t.key in english_given_names() or evidence.strong_given(t.key) for t in names)


def region_after_place(text: str, c: Candidate) -> bool:
    """The run follows "in <place>, " and a stop closes it ("in Halifax, Nova Scotia."); its
    first word is no given name of the English list."""
    names = c.name_tokens()
    if c.possessive or names[0].key in english_given_names() or not _STOP_AFTER.match(text, c.end):
        return False
    m = _PLACE_COMMA_BEFORE.search(text, max(0, c.start - 40), c.start)
    return m is not None and plausible.is_place(m.group(1).lower())


def demonym_body(text: str, c: Candidate) -> bool:
    """ "the" and an adjective of nationality right before a run whose first word is no given name
    ("spokeswoman for the American Red Cross"): a body's name that opens with the nationality."""
    names = c.name_tokens()
    if c.possessive or names[0].key in english_given_names() or evidence.strong_given(names[0].key):
        return False
    m = _DEMONYM_BEFORE.search(text, max(0, c.start - 24), c.start)
    return m is not None and evidence.demonym(m.group(1))


def drop_hunt22(text: str, found: list[Candidate], lex: Lexicon, language: str | None) -> list[Candidate]:
    """``found`` without the runs of the module docstring (English only); a work or a firm of
    :func:`thing_apposition` takes every run of its words."""
    if language not in (None, "en") or not found:
        return found
    firms: set[tuple[str, ...]] = set()
    out = []
    for c in found:
        if c.kind == "alias" or len(c.name_tokens()) < 2:
            out.append(c)
            continue
        if thing_apposition(text, c):
            firms.add(run_words(c))
            continue
        if particle_run(c) or greek_letter_run(c) or glued_conjunction(c) or named_for_head(c):
            continue
        if programme_after(text, c) or region_after_place(text, c) or demonym_body(text, c):
            continue
        if heading_word_after_name(text, c, lex):
            cut = _cut_last(c)  # "Craig Venter Genetic" -> "Craig Venter"; "Trout Robs" is dropped
            if cut is not None:
                out.append(cut)
            continue
        out.append(c)
    return without_firms(out, firms)


def headline_given_names(one_word: Sequence[str], headline_full: Sequence[str]) -> dict[str, str]:
    """Renames of one-word names (``one_word``) to the one full name of two words in
    ``headline_full`` (the headline's full names) whose given name each one is.

    >>> headline_given_names(["Nigella"], ["Nigella Lawson", "Saatchi Gallery"])
    {'Nigella': 'Nigella Lawson'}
    >>> headline_given_names(["Nigella"], ["Nigella Lawson", "Nigella Smith"])
    {}
    >>> headline_given_names(["Lawson"], ["Nigella Lawson"])
    {}
    """
    by_given: dict[str, list[str]] = {}
    for n in headline_full:
        words = n.split()
        if len(words) == 2:
            by_given.setdefault(words[0], []).append(n)
    return {w: by_given[w][0] for w in one_word if len(by_given.get(w, ())) == 1}


def merge_headline_given(resolved: Sequence[Named], headline_full: dict[str, str | None], flag: str) -> None:
    """:func:`headline_given_names` over the article's one-word names no gazetteer person has,
    applied to every mention, with ``flag``; ``headline_full`` maps the headline's full names to
    their gazetteer persons."""
    if not headline_full:
        return
    one_word = [r.canonical for r in resolved if r.canonical and " " not in r.canonical and r.person is None]
    renames = headline_given_names(one_word, list(headline_full))
    if renames:
        apply_renames(resolved, renames, {r.canonical: r.person for r in resolved if r.canonical} | headline_full, flag)
