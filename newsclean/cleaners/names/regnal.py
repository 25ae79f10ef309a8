"""A monarch's or a pope's name with its regnal number and no title: "Edward IV", "Mojmír I.", "Ричарда III".

Round 19 (issue 14, ``bench/names_uner.py``): Wikipedia and news prose name rulers by a
given name and a Roman numeral without "King" or "Pope" before them ("including Edward IV
and Richard III", "Thutmosis III", "Моймир I"). A titled one ("Pope Benedict XVI") is the
resolver's royal path; this module reads the untitled word before a numeral. The name is
the word and the numeral ("Edward IV"); a Russian name word goes in the nominative when
the dictionary knows it ("Ричарда III" -> "Ричард III").

A ruler's word must stand near it (``RULER_WINDOW``): "king", "pharaoh", "reign", "ruled",
"dynasty", "König", "regierte", "фараон", "правил" ...; a game or a film of that shape has
none ("Star Wars: Battlefront II", "Rocky II"). The word must be a name: a given name of the name statistics (any locale) or of the Russian
dictionary, or a capitalised word no language, place list or Russian dictionary has as an
ordinary word ("Mojmír", "Thutmose"). The word before it must not run on into it: a
capitalised word before ("World War II", "Super Bowl LII", "Jaguar Mark II") makes a
title of a war, a game or a model, and an article before ("the Mark II", "ein Teil II")
a thing, unless that word is a royal title ("des Pharaos Thutmosis III") or a place, possessive
or not ("Egypt's Thutmose III", "король Македонии Аминта I"; not "NASA's Saturn V"); one such use
makes every use of the name in the article a thing ("the Tallon IV outpost" ... "on Tallon
IV": a planet). In English, the
numeral "I" may be the pronoun ("when Mary I said"): it counts only before punctuation, a
bracket or "of"/"and".

>>> regnal_after("kings Edward IV and Richard III.", 12, "en"), regnal_after("when Mary I said", 9, "en")
(' IV', None)
>>> regnal_name("including Edward IV and Richard III, the kings", 10, 16, "en")
'Edward IV'
>>> regnal_name("during World War II the city", 13, 16, "en") is None
True
>>> regnal_name("loot boxes in Battlefront II anger fans", 14, 25, "en") is None
True
"""
from __future__ import annotations

import re

from newsclean.cleaners.names import evidence, plausible, russian
from newsclean.cleaners.names.keys import fold, is_cyrillic

# I to XXXIX, and the German ordinal's full stop ("Mojmír I.", "Paul VI.").
_NUMERAL = re.compile(r"[ \t\u00a0]+(X{0,3}(?:IX|IV|V?I{1,3}|V|X))(\.?)(?![\w’'\-])")
# After an English "I": punctuation, a bracket, the end, or "of"/"and" (not a verb: "Mary I said").
_AFTER_I = re.compile(r"^(?:[ \t\u00a0]*(?:[,;:()\[\]—–.!?\"”]|$)|[ \t\u00a0]+(?:of|and)\b)")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w’'\-]*)[ \t\u00a0]+$")
# Articles and determiners after which "Name NUM" is a thing ("the Mark II", "ein Teil II").
ARTICLES = frozenset("the a an this that der die das den dem des ein eine einen einem einer eines".split())
# Royal titles before the name (any case): the run may go on from them.
ROYAL_WORDS = frozenset(
    """
    king queen prince princess emperor empress pope tsar czar pharaoh pharaohs kaiser kaiserin könig königin
    prinz prinzessin papst papstes zar zaren pharao pharaos herzog fürst
    король короля королю королем королём королева королевы император императора императору императором
    папа папы папе папой царь царя царю царем царём фараон фараона фараону фараоном князь князя
    """.split()
)
# Words of rulers and reigns, as word starts (English, German, Russian): a ruler's name and
# number stands near one ("the Egyptian pharaoh Thutmose III", "ruled 830-846", "фараона
# Тутмоса III"); a game or a film ("Star Wars: Battlefront II", "Rocky II") does not.
_RULER_CONTEXT = re.compile(
    r"(?<![^\W\d_])(?:king|queen|emperor|empress|pharaoh|pope|papal|tsar|czar|sultan|caliph|prince|princess|duke|"
    r"reign|ruled|ruler|throne|crown|dynast|monarch|royal|kingdom|succeed|"
    r"könig|kaiser|pharao|papst|zar|fürst|herzog|regier|herrsch|thron|krön|dynastie|"
    r"корол|царь|царя|царю|царём|царем|царств|фараон|император|импер|султан|княз|правил|правлен|правител|трон|династ|монарх|корон|папа|папы|папе|папой)",
    re.IGNORECASE,
)
# How far around the name (characters) a ruler's word is looked for.
RULER_WINDOW = 200
# Shortest name word read before a numeral ("Ra II" is too short to tell).
MIN_NAME_LETTERS = 3


def regnal_after(text: str, end: int, language: str | None) -> str | None:
    """" IV" when a regnal numeral follows the word ending at ``end``, else None."""
    m = _NUMERAL.match(text, end)
    if not m:
        return None
    if m.group(1) == "I" and language in (None, "en") and not m.group(2) and not _AFTER_I.match(text[m.end() : m.end() + 8]):
        return None  # "when Mary I said": the pronoun
    return f" {m.group(1)}{m.group(2) if language == 'de' else ''}"


def _name_word(word: str) -> bool:
    if len(word) < MIN_NAME_LETTERS or not word[:1].isupper() or word.isupper() or not word.replace("-", "").isalpha():
        return False
    if is_cyrillic(word):
        return russian.given_name(word) or not russian.common_word(word)
    k = fold(word)
    if k in evidence.given_names():
        return True
    return not (plausible.is_vocabulary(k) or plausible.is_vocabulary_anywhere(k) or plausible.is_place(k))


def _thing_before(text: str, start: int) -> bool:
    """The word before ``start`` runs on into the name: a capitalised word that is no royal
    title ("World War II") or an article ("the Mark II")."""
    before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    if before is None or text[start - 1] not in " \t\u00a0":
        return False
    prev = before.group(1)
    if prev.lower() in ROYAL_WORDS or _place(re.sub(r"['’]s$", "", prev)):
        return False  # "des Pharaos Thutmosis III", "Egypt's Thutmose III", "король Македонии Аминта I"
    return prev[:1].isupper() or prev.lower() in ARTICLES


def _place(word: str) -> bool:
    """A place's name: the Russian dictionary's ``Geox`` or a place of the place lists."""
    if is_cyrillic(word):
        return any("Geox" in r.tags for r in russian.analyse(word).readings if r.score >= russian.MIN_SCORE)
    return plausible.is_place(fold(word)) or plausible.is_region(fold(word))


def regnal_name(text: str, start: int, end: int, language: str | None, things: dict[str, bool] | None = None) -> str | None:
    """The name "Word NUM" of the word at ``text[start:end]`` read as a ruler's name with
    its regnal number, or None (module docstring). ``things`` keeps, per name, whether some use
    of it in ``text`` makes it a thing (one scan of the text per distinct name)."""
    numeral = regnal_after(text, end, language)
    word = text[start:end]
    if numeral is None or not _name_word(word):
        return None
    # any use of the same name after an article or inside a capitalised run: "the Tallon IV
    # outpost" makes every "Tallon IV" of the article a thing (a planet)
    key = f"{word}{numeral}"
    if things is None or key not in things:
        thing = any(
            _thing_before(text, m.start())
            for m in re.finditer(rf"(?<![\w’'\-]){re.escape(word)}(?={re.escape(numeral)}(?![\w’'\-]))", text)
        )
        if things is None:
            things = {}
        things[key] = thing
    if things[key]:
        return None
    if not _RULER_CONTEXT.search(text[max(0, start - RULER_WINDOW) : end + RULER_WINDOW]):
        return None  # "Battlefront II": no king, reign or dynasty anywhere near: a game, a film
    if is_cyrillic(word):
        word = russian.nominative(word) or word
    return f"{word}{numeral}"
