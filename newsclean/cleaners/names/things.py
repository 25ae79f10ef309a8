"""Round 19 of issue 14: runs of German, Russian and English text that name a thing, told by their script or the noun before them.

The kinds come from the false predictions of the tune half of Universal NER's parallel
sentences (``bench/names_uner.py --split tune --verbose``): the same things were taken for
people in two or three languages. Pure functions over the text and a candidate's offsets,
called once from :func:`cleaners.names.resolve.find_persons` (:func:`drop_things`):

- :func:`latin_in_russian`: a run in Latin letters in a Russian article ("исландская группа
  Sigur Rós", "на Villa Pelucca"). Russian news writes a foreign person's name in Cyrillic
  ("Джозеф Гордон-Левитт"); what keeps its Latin letters is a band, a brand, a firm, a work or
  a place. A gazetteer alias (a person the gazetteer knows, written as the text writes it) is
  not touched.
- :func:`german_thing_noun_before`: a noun of a band, a firm, a brand, a school, a club, a work
  or a building right before the run in a German article, in apposition ("die Band Sigur
  Rós", "der Universität Roma Tre", "die Firma Hugo Boss"). A German person after such a noun
  is its owner, written with "von" or a genitive ("die Firma von Hans Meier").
- :func:`place_word_first`: the first word of the run is a noun of a house, a castle or a
  landform of a Romance or Germanic language ("Villa Pelucca", "Castello Sforzesco",
  "Monte Cassino", "Schloss Neuschwanstein"): a place named by its type and its name. No
  person's given name is one of these words.

A title or an honorific before the run keeps it ("Schloss" is no title, "Graf" is).
"""
from __future__ import annotations

import re

from newsclean.cleaners.names.detect import Candidate
from newsclean.cleaners.names.keys import fold, is_cyrillic

# Nouns of a thing that name it in apposition in German ("die Band X", "der Konzern X").
GERMAN_THING_NOUNS = frozenset(
    """
    band rockband popband gruppe popgruppe rockgruppe firma konzern marke modemarke unternehmen hersteller
    universität hochschule schule akademie verein klub club fußballklub partei zeitung zeitschrift magazin
    sender album film roman song single serie hotel villa schiff yacht modell automodell restaurant galerie
    """.split()
)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w’'\-]*)[ \t\u00a0]+$")
# House, castle and landform nouns that open a place's name (folded).
PLACE_FIRST_WORDS = frozenset(
    """
    villa castello palazzo palacio chateau schloss castillo piazza plaza rue avenida calle
    """.split()
)
# Not "isla", "sierra", "monte": given names too ("Isla Murray", "Sierra Boggess").


def latin_in_russian(text: str, c: Candidate, language: str | None) -> bool:
    """A run written in Latin letters only, in a Russian article, outside the gazetteer."""
    if language != "ru" or c.kind == "alias":
        return False
    words = [t.text for t in c.name_tokens()]
    return bool(words) and not any(is_cyrillic(w) for w in words)


def german_thing_noun_before(text: str, c: Candidate, language: str | None) -> bool:
    """A German noun of a band, a firm, a school, a work or a building right before the run."""
    if language != "de" or c.kind == "alias" or c.titled:
        return False
    m = _WORD_BEFORE.search(text[max(0, c.start - 40) : c.start])
    if m is None:
        return False
    return m.group(1)[:1].isupper() and m.group(1).lower() in GERMAN_THING_NOUNS


def place_word_first(c: Candidate) -> bool:
    """The run opens with a house, castle or landform noun and goes on with a name."""
    names = c.name_tokens()
    return c.kind != "alias" and not c.titled and len(names) >= 2 and fold(names[0].text) in PLACE_FIRST_WORDS


def drop_things(text: str, found: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` without the runs some mention shows to be a thing (module docstring); every
    mention of the same words goes with it."""
    things = {
        tuple(t.key for t in c.name_tokens())
        for c in found
        if latin_in_russian(text, c, language) or german_thing_noun_before(text, c, language) or place_word_first(c)
    }
    if not things:
        return found
    return [c for c in found if c.kind == "alias" or tuple(t.key for t in c.name_tokens()) not in things]
