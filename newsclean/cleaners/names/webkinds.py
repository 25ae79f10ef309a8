"""Round 22 of issue 14 (web 14): kinds of false persons that web pages give, by the page's own words.

The kinds come from labelled batch 14 (``tests/data/names/unseen_batch14.json``: news and blog
pages of 2012 as phase 1 of the pipeline extracts them) and each test is written for the kind,
never for one string. English articles only; pure functions over the text and the mentions
:func:`cleaners.names.resolve.find_persons` has made (:func:`drop_page_kinds`, called last):

- :func:`table_cell`: a bare surname alone in a cell of a table ("| Austin | $105 |", a city
  in a column of cities) is linked to no gazetteer person: a table gives no prose to tell a
  surname from a place, a team or a product.
- :func:`lowercase_phrase`: a new name whose words the text also writes in lowercase as one
  phrase inside a sentence ("Cole Slaw" above a recipe that says "this cole slaw is ..."): a
  common phrase set as a heading (a page's lowercase tag list, "- brad pitt", is no sentence).
- :func:`animal_named`: a name right after a lowercase animal noun ("our puppy Lexi", "the
  gorilla Harambe") is an animal's; a run right before an animal noun and a capitalised word
  ("Rhodesian Ridgeback puppy Lexi", "Jack Russell terrier Eddie") is a breed.
- :func:`institution_apposition`: an apposition that calls the run a place or a body ("Newton
  Wellesley (a Partners hospital)", "Barnaby's, a Soho restaurant,") names no person.
- :func:`worn_maker`: a whole item of a credits list after the noun of a thing worn ("Shoes:
  ... // Brides Earrings: Kate Spade & ...") is the thing's maker, a label named after a person.
- :func:`shared_surname_denied`: a given name that took the surname of the full name after
  "and" ("Oscar and Eden Hazard") is left alone where the text itself sets it beside that bare
  surname as another person ("Oscar and Hazard"): two people, no "Oscar Hazard".

A name one of these tests rejects loses every mention (the same run is one thing all through
the article), except a table cell, which loses that mention only.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from newsclean.cleaners.names.resolve import Mention

# Flags of resolve.py (kept as strings: resolve.py imports this module)
_NEW, _SURNAME, _DEFAULT, _SHARED = "not_in_gazetteer", "gazetteer_surname", "default_surname", "shared_surname"

_S = r"[ \t\u00a0]+"
_CELL_BEFORE = re.compile(r"(?:^|\n)[ \t]*\|(?:[^|\n]*\|)*[ \t]*$")
_CELL_AFTER = re.compile(r"[ \t]*\|")

# Animals and pets as English news writes them before an animal's name (lowercase, singular
# and plural): pets, farm and zoo animals, the usual dog breeds' common nouns.
_ANIMALS = (
    "dog|puppy|pup|hound|terrier|spaniel|retriever|poodle|collie|beagle|greyhound|bulldog|mutt|canine"
    "|cat|kitten|kitty|feline|horse|racehorse|colt|filly|mare|stallion|gelding|pony|foal|donkey|mule"
    "|cow|calf|pig|piglet|goat|sheep|lamb|hamster|rabbit|bunny|guinea[ \\t]+pig|parrot|budgie|tortoise|turtle"
    "|gorilla|chimp|chimpanzee|orangutan|monkey|elephant|giraffe|lioness|tiger|tigress|panda|cub"
    "|whale|orca|dolphin|penguin|owl|falcon|snake|python|crocodile|alligator|pet"
)
_ANIMAL_BEFORE = re.compile(r"(?<![\w’'\-])(?:" + _ANIMALS + r")(?:e?s)?" + _S + r"$")
_ANIMAL_AFTER = re.compile(_S + r"(?:" + _ANIMALS + r")" + _S + r"[A-Z]")

# Nouns of places and bodies that an apposition gives a run ("(a Partners hospital)", ", a Soho
# restaurant,"), ending the apposition.
_PLACES_BODIES = (
    "hospital|clinic|hospice|hotel|motel|inn|school|college|university|academy|company|firm|corporation|bank"
    "|charity|brand|label|chain|store|shop|boutique|restaurant|bistro|bar|pub|cafe|café|winery|brewery|distillery"
    "|band|agency|network|newspaper|magazine|website|blog|station|church|cathedral|mosque|temple|museum|gallery"
    "|theatre|theater|venue|studio|foundation|institute|centre|center|fund|club|town|village|city|suburb"
    "|county|neighborhood|neighbourhood|district|region|province|resort|park|farm|vineyard|estate|mall|market"
)
# Words that end a noun phrase or open another: the apposition's noun must head its first one
# ("a doctor at a hospital" calls a person a doctor).
_NOT_IN_NP = r"(?:at|in|of|for|with|from|on|by|to|and|or|who|whose|which|that|a|an|the)(?![\w’'\-])"
_APPOSITION_AFTER = re.compile(
    r"[ \t\u00a0]*[(,][ \t\u00a0]*(?:a|an)" + _S + r"(?:(?!" + _NOT_IN_NP + r")[\w’'\-]+" + _S + r"){0,3}?(?:" + _PLACES_BODIES + r")"
    r"(?=[ \t\u00a0]*[),.;:])"
)


def table_cell(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the whole content of a cell of a table as text extraction writes
    it (a line of cells between ``|``).

    >>> t = "| Philadelphia | $139 |\\n| Austin | $105 |"
    >>> table_cell(t, t.index("Austin"), t.index("Austin") + 6)
    True
    >>> t = "Austin said the | sign"
    >>> table_cell(t, 0, 6)
    False
    """
    return bool(_CELL_BEFORE.search(text[max(0, start - 300) : start])) and bool(_CELL_AFTER.match(text, end))


def lowercase_phrase(text: str, words: list[str], index: LowercaseIndex | None = None) -> bool:
    """The text writes the run's words (two or more) in lowercase as one phrase inside a
    sentence, a plural ending allowed ("Cole Slaw" and "this cole slaw", "cole slaws");
    ``index`` (:class:`LowercaseIndex`) is built from ``text`` when not given.

    >>> lowercase_phrase("Cole Slaw\\nCole slaw tends to be wet; mayonnaise-based cole slaws are", ["Cole", "Slaw"])
    True
    >>> lowercase_phrase("Will Power won. He has will and power.", ["Will", "Power"])
    False
    >>> lowercase_phrase("Brad Pitt spoke.\\nFiled under:\\n- brad pitt\\nTags: ben affleck, brad pitt", ["Brad", "Pitt"])
    False
    >>> lowercase_phrase("Ann Lee came over.\\nphoto by ann lee\\nwe ate with ann lee at noon", ["Ann", "Lee"])
    False
    """
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    index = index if index is not None else LowercaseIndex(text)
    return index.has(w.lower() for w in words)


# Words that credit a person before a name a page may write in lowercase ("photo by emily ...")
_CREDIT_WORDS = frozenset({"by", "via", "credit:", "photo:", "photos:", "courtesy"})
# A word before the phrase, as the end of the token before it ("(this cole slaw")
_WORD_END = re.compile(r"[A-Za-z][\w’'\-]*$")
_WORD_END_REVERSED = re.compile(r"[\w’'\-]*?[A-Za-z]")


def _word_or_plural(token: str, word: str) -> bool:
    """``token`` opens with ``word``, optionally in the plural ("-s", "-es"), and no word
    character follows (closing punctuation may).

    >>> _word_or_plural("slaws.", "slaw"), _word_or_plural("boxes", "box"), _word_or_plural("slaw", "slaw")
    (True, True, True)
    >>> _word_or_plural("slawful", "slaw"), _word_or_plural("slaw-maker", "slaw"), _word_or_plural("sla", "slaw")
    (False, False, False)
    """
    if not token.startswith(word):
        return False
    rest = token[len(word) :]
    for ending in ("es", "s", ""):
        if rest.startswith(ending):
            after = rest[len(ending) :]
            if not after or not (after[0].isalnum() or after[0] in "_’'-"):
                return True
    return False


_SCANNED_WORDS = 16  # words a LowercaseIndex scans the tokens for before it lists every word's places


class LowercaseIndex:
    """The lowercase words of a text that a word stands right before on the same line, where
    each stands in the text's tokens: built once per article, so that asking for many names
    costs each one only the places where its first word is written in lowercase."""

    __slots__ = ("tokens", "starts", "_lines", "_upper", "_before", "_where")

    def __init__(self, text: str) -> None:
        # the tokens of r"[^ \t\u00a0\n]+|\n" over the text, read line by line with str.split; a
        # word's places are looked up when a name asks for it (speed 2: not for every word)
        self.tokens: list[str] = []
        self.starts: dict[str, list[int]] = {}  # a lowercase word -> where it stands after a word
        self._lines: list[int] = []  # the index of each line's first token
        self._upper: list[bool] = []  # each line has a capital
        self._before: dict[str, bool] = {}  # a token -> a lowercase word after it counts
        self._where: dict[str, list[int]] | None = None  # every lowercase token's places, past _SCANNED_WORDS words asked
        toks = self.tokens
        for n, line in enumerate(text.split("\n")):
            if n:
                toks.append("\n")
            self._lines.append(len(toks))
            # a line written all in lowercase is styled (a credit, a caption, a tag): no prose
            self._upper.append(line != line.lower())
            toks.extend(w for w in line.replace("\t", " ").replace("\u00a0", " ").split(" ") if w)

    def _starts(self, word: str) -> list[int]:
        found = self.starts.get(word)
        if found is None:
            found = self.starts[word] = []
            toks = self.tokens
            for j in self._places(word) if word[:1].islower() else ():
                if j == 0 or toks[j - 1] == "\n" or not self._upper[bisect_right(self._lines, j) - 1]:
                    continue
                prev = toks[j - 1]
                ok = self._before.get(prev)
                if ok is None:
                    # _WORD_END.search(prev), read backwards: an ASCII letter in the word characters that end it
                    ok = self._before[prev] = bool(_WORD_END_REVERSED.match(prev[::-1])) and prev.lower() not in _CREDIT_WORDS
                if ok:
                    found.append(j)
        return found

    def _places(self, word: str) -> Iterator[int] | list[int]:
        """Where ``word`` stands among the tokens: the first words asked are scanned for, past
        :data:`_SCANNED_WORDS` every lowercase token's places are listed once (linear in the text)."""
        if self._where is None and len(self.starts) > _SCANNED_WORDS:
            self._where = {}
            for j, tok in enumerate(self.tokens):
                if tok[:1].islower():
                    self._where.setdefault(tok, []).append(j)
        if self._where is not None:
            return self._where.get(word, [])
        return self._scan(word)

    def _scan(self, word: str) -> Iterator[int]:
        toks, j = self.tokens, -1
        while True:
            try:
                j = toks.index(word, j + 1)
            except ValueError:
                return
            yield j

    def has(self, phrase_words) -> bool:
        """The words (lowercase), one token each, the last one allowing a plural ending and
        closing punctuation, after a word on the same line (inside a sentence, not a tag list's
        item: "Filed under:\\n- gwyneth paltrow", "tags: gwyneth paltrow, brad pitt")."""
        words = list(phrase_words)
        toks = self.tokens
        for j in self._starts(words[0]):
            end = j + len(words) - 1
            if end < len(toks) and all(toks[j + k] == w for k, w in enumerate(words[1:-1], 1)) and _word_or_plural(toks[end], words[-1]):
                return True
        return False


def animal_named(text: str, start: int, end: int) -> bool:
    """A lowercase animal noun right before the run ("our puppy Lexi"), or right after it with
    a capitalised word next ("Rhodesian Ridgeback puppy Lexi": a breed, then the animal's name).

    >>> t = "our Rhodesian Ridgeback puppy Lexi. Lexi is"
    >>> animal_named(t, t.index("Lexi"), t.index("Lexi") + 4), animal_named(t, 4, 23)
    (True, True)
    >>> t = "the Michael Vick dog fighting case; Dr. Ann Lee"
    >>> animal_named(t, 4, 16), animal_named(t, t.index("Ann"), t.index("Ann") + 7)
    (False, False)
    """
    return bool(_ANIMAL_BEFORE.search(text[max(0, start - 30) : start])) or bool(_ANIMAL_AFTER.match(text, end))


def institution_apposition(text: str, end: int) -> bool:
    """An apposition right after the run calls it a place or a body: "(a" or ", a", at most three
    words, and a noun of a place or a body closing it ("Newton Wellesley (a Partners hospital)").

    >>> institution_apposition("at Newton Wellesley (a Partners hospital), she", 19)
    True
    >>> institution_apposition("Ann Lee, a hospital porter, said", 7), institution_apposition("Ann Lee, a nurse, said", 7)
    (False, False)
    >>> institution_apposition("Ann Lee, a doctor at a hospital, said", 7)
    False
    """
    return bool(_APPOSITION_AFTER.match(text, end))


# Things worn or carried that a styled shoot's or a look's credits list name a maker for
# ("Shoes: ...", "Bridesmaid Jewelry: ...", "Gown: ..."), singular and plural.
_WORN = (
    "shoes?|boots?|heels|sandals|earrings?|jewelry|jewellery|necklaces?|bracelets?|rings?|brooch|tiara|crown|veil"
    "|gowns?|dress(?:es)?|suits?|tuxedos?|tux|ties?|bow[ \t]+ties?|cufflinks|watch(?:es)?|bags?|handbags?|clutch"
    "|sunglasses|eyewear|hats?|coats?|jackets?|shirts?|blouses?|skirts?|trousers|pants|jeans|lingerie|swimwear|knitwear"
)
# The credits item before the run: a line, "//", "|", ";" or "•" opening it, at most two words
# before the thing's noun ("Brides Earrings"), a colon, and at most one maker already named
# ("Kate Spade & ").
_WORN_LABEL_BEFORE = re.compile(
    r"(?:^|[\n|;•]|//)[ \t\u00a0]*(?:[A-Za-z’']+" + _S + r"){0,2}(?i:" + _WORN + r")[ \t\u00a0]*:[ \t\u00a0]*"
    r"(?:[^:/|;\n]{1,60}?[ \t\u00a0](?:&|and)[ \t\u00a0]+)?$"
)
_ITEM_END = re.compile(r"[ \t\u00a0]*(?:$|[\n|;,•]|//|&|and\b)")


def worn_maker(text: str, start: int, end: int) -> bool:
    """The run is a whole item of a credits list after the noun of a thing worn ("Shoes:
    Valentino // Earrings: Kate Spade & Rosa Lind // Gown: ..."): the maker of the thing, a
    label or a brand, whatever person it was named after.

    >>> t = "Photography: Ann Lee Studio // Brides Earrings: Kate Spade & Rosa Lind // Harp: Ann Lee"
    >>> [worn_maker(t, t.index(n), t.index(n) + len(n)) for n in ("Kate Spade", "Rosa Lind")]
    [True, True]
    >>> t = "Hair: Jane Doe // Harp: Ann Lee. Shoes: she wore flats by Mary Ross."
    >>> [worn_maker(t, t.index(n), t.index(n) + len(n)) for n in ("Jane Doe", "Ann Lee", "Mary Ross")]
    [False, False, False]
    """
    return bool(_WORN_LABEL_BEFORE.search(text[max(0, start - 120) : start])) and bool(_ITEM_END.match(text, end))


def shared_surname_denied(text: str, given: str, surname: str) -> bool:
    """The text sets ``given`` beside the bare ``surname`` as two people: "Oscar and Hazard",
    "Hazard and Oscar" (the surname with no capitalised word before or after it).

    >>> shared_surname_denied("alongside Oscar and Eden Hazard ... teammates Oscar and Hazard, he said", "Oscar", "Hazard")
    True
    >>> shared_surname_denied("Bill and Hillary Clinton met. Bill and Chelsea left.", "Bill", "Clinton")
    False
    """
    g, s = re.escape(given), re.escape(surname)
    alone = rf"(?![\w’'\-])(?!{_S}[A-Z])"
    if re.search(rf"(?<![\w’'\-]){g}{_S}and{_S}{s}{alone}", text):
        return True
    for m in re.finditer(rf"(?<![\w’'\-]){s}{_S}and{_S}{g}{alone}", text):
        if not re.search(r"[A-Z][\w’'\-]*[ \t\u00a0]+$", text[max(0, m.start() - 40) : m.start()]):
            return True
    return False


def drop_page_kinds(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` without those the kinds of the module's list reject (English articles only)."""
    if language not in (None, "en") or not mentions:
        return mentions
    rejected: set[str] = set()
    cells: set[int] = set()
    by_name: dict[str, list[Mention]] = {}
    for i, m in enumerate(mentions):
        if m.canonical is None:
            continue
        by_name.setdefault(m.canonical, []).append(m)
        if " " not in m.surface and (_SURNAME in m.flags or _DEFAULT in m.flags) and table_cell(text, m.start, m.end):
            cells.add(i)
    index: LowercaseIndex | None = None
    denied: dict[tuple[str, str], bool] = {}
    for name, ms in by_name.items():
        if not any(_NEW in m.flags for m in ms):
            continue
        longest = max(ms, key=lambda m: len(m.surface.split()))
        if len(longest.surface.split()) >= 2 and index is None:
            index = LowercaseIndex(text)
        if lowercase_phrase(text, longest.surface.split(), index) or any(
            animal_named(text, m.start, m.end) or institution_apposition(text, m.end) or worn_maker(text, m.start, m.end)
            for m in ms
        ):
            rejected.add(name)
            continue
        for m in ms:
            if _SHARED in m.flags and " " in name:
                key = (m.surface, name.rsplit(" ", 1)[1])
                if key not in denied:
                    denied[key] = shared_surname_denied(text, *key)
                if denied[key]:
                    rejected.add(name)
                    break
    if not rejected and not cells:
        return mentions
    return [m for i, m in enumerate(mentions) if i not in cells and m.canonical not in rejected]
