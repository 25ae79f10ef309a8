"""Things 2 of issue 14: dishes, buildings, products and awards named like people, told by a noun in or right after the run.

English articles only; pure functions over the text and a candidate's offsets, called once from
:func:`cleaners.names.resolve.find_persons` (:func:`drop_things2`). The kinds come from the
judged-false predictions the earlier rounds left on hunt sets 1-19
(``bench/data/names_hunt_judged*.json``, the "Things named like people" section of
``data/GAZETTEER.md``):

- :func:`thing_noun_in_run`: the run's last word, or the capitalised word right after it, is a
  noun of a dish, a building or a packaged product that is no surname ("Kale Lasagna", "Zucchini
  Olive Oil Cake with Lemon Glaze", "Edinburgh Royal Infirmary", "Rice Krispies Treats", "Betty
  Crocker Cake Mix"). A surname of the name statistics that is also such a noun ("Curry",
  "Burger", "Bacon") is never read as one;
- :func:`award_after`: an award, a prize or a competition named after someone follows the run in
  lowercase ("two Cy Young awards", "the Gino Marinuzzi conducting competition");
- :func:`model_and_size_after`: a model number and a size follow the run, as in a product's
  listing ("Scott Scrapper 115, 189 cm").

A cue at one mention drops every mention of the same words, unless a title or an appositive role
stands at some mention ("Dr", ", a chef at"), a person's cue does for a dish's or a building's noun
("Jane Cook Treats her guests ... Jane Cook said"), or the article speaks of a person by the run's last
word alone ("Mr Lasagna", "Young said": :func:`groups.alone_as_person`).
"""
from __future__ import annotations

import re

from newsclean.cleaners.names import evidence, groups, works
from newsclean.cleaners.names.detect import Candidate, title_before
from newsclean.cleaners.names.keys import fold

_SP = r"[ \t\u00a0]"

# Nouns of a dish, a building or a packaged product that end a thing's name ("Kale Lasagna",
# "Royal Infirmary", "Cake Mix"). A word that is also a surname of the name statistics is left
# out when read (:func:`_thing_noun`), so "Curry", "Burger" and "Mule" never count; a surname the
# lists miss is not written here ("Martini", "Fudge", "Mix", "Abbey": Sarah Martini, Tom Mix).
THING_NOUNS = frozenset(
    """
    lasagna lasagne glaze nuggets focaccia icing frosting challah cake cakes cupcakes cheesecake cookies
    muffins brownies pie pies tart tarts pudding risotto pasta stew chili casserole pancakes waffles
    smoothie cocktail sandwich sandwiches tacos quiche scones crumble granola soup salad
    sauce bread pumpkin noodles dumplings omelette gravy marinade salsa sundae biscuits treats cereal
    infirmary parish cathedral basilica chapel mosque synagogue balcony stadium
    connectors lenses
    """.split()
)
_NEXT_WORD = re.compile(rf"^(?:’s|'s)?{_SP}+([A-Z][a-z]+)(?![\w’'-])")
# A person's verb of getting before an award ("Maria Lopez winning awards"): the run is the winner.
_GETTING = r"(?:winning|receiving|collecting|accepting|earning|taking|getting|scooping|picking|presenting|handing|giving)"
# An award, a prize or a competition named after the run's person, in lowercase right after it.
_AWARD_AFTER = re.compile(
    rf"^(?:’s|'s)?{_SP}+(?:(?!{_GETTING})[a-z]+ing{_SP}+)?(?:awards?|trophy|trophies|prizes?|competition){_SP}*(?![\w’'-])"
)
# A model number, then a size in a unit of length or capacity ("Scrapper 115, 189 cm").
_MODEL_SIZE_AFTER = re.compile(rf"^{_SP}+\d{{2,4}},?{_SP}+\d{{2,4}}(?:\.\d+)?{_SP}?(?:cm|mm|in|GB|TB|mAh|ml|mL)(?![\w’'-])")

# A singular noun of a work or a band right before the run, after a possessive, a price or a
# word of a new release ("Mike Leigh's film Vera Drake", "the £3m musical Billy Elliot", "her debut
# album X"). A person in the same place is the work's maker or star: "film director Mike Leigh",
# "film star Tom Hanks" (a role noun comes between); after "the" or "his" the run may open a
# clause ("In the film Tom Hanks plays a lawyer"): no cue.
_WORK_NOUN_BEFORE = re.compile(
    rf"(?:(?:’s|'s)|(?<![\w’'-])(?:new|latest|debut|hit|acclaimed|\d+m|\d+bn|\d))"
    rf"{_SP}+(?:film|movie|novel|musical|play|album|single|song|sitcom|drama|documentary|opera|ballet|videogame|band){_SP}+$"
)
# A work's title after the run: "and the" then a singular noun in title case, "of" and a name
# ("Harry Potter and the Prisoner of Azkaban"). A backing band is a plural noun ("Mavis Staples
# and the Blind Boys of Alabama", "Bob Marley and the Wailers"): no cue.
_AND_THE_X_OF_AFTER = re.compile(rf"^{_SP}+and{_SP}+the{_SP}+(?:[A-Z][\w’'-]*{_SP}+)*?[A-Z][\w’'-]*[^\Ws]{_SP}+of{_SP}+(?:the{_SP}+)?[A-Z]")
# A firm's noun opening the run, capitalised at a sentence's start ("Bookmakers Ladbrokes says"):
# the run is the firm the noun names. A person's role ("Singer", "Chancellor") is a title.
FIRM_FIRST_WORDS = frozenset(
    """
    bookmaker bookmakers broadcaster broadcasters retailer retailers carmaker carmakers automaker automakers
    insurer insurers lender lenders conglomerate brokerage newspaper tabloid label
    """.split()
)

def _thing_noun(word: str) -> bool:
    key = fold(word)
    return key in THING_NOUNS and not evidence.common_surname(key) and key not in evidence.surnames()


def thing_noun_in_run(text: str, c: Candidate) -> bool:
    """The run's last word, or the capitalised word right after it, is a dish, building or
    product noun that is no surname.

    >>> from newsclean.cleaners.names.detect import Token
    >>> t = "Try this Kale Lasagna tonight."
    >>> thing_noun_in_run(t, Candidate([Token("Kale", 9, 13, "kale"), Token("Lasagna", 14, 21, "lasagna")], "name"))
    True
    """
    return _thing_noun(c.name_tokens()[-1].text) or _thing_after(text, c.end)


def _thing_after(text: str, end: int) -> bool:
    m = _NEXT_WORD.match(text[end : end + 20])
    return m is not None and _thing_noun(m.group(1))


def award_after(text: str, c: Candidate) -> bool:
    """An award, a prize or a competition in lowercase right after the run ("Cy Young awards")."""
    return _award_at(text, c.end)


def _award_at(text: str, end: int) -> bool:
    return _AWARD_AFTER.match(text[end : end + 40]) is not None


def model_and_size_after(text: str, c: Candidate) -> bool:
    """A model number and a size right after the run ("Scott Scrapper 115, 189 cm")."""
    return _size_at(text, c.end)


def _size_at(text: str, end: int) -> bool:
    return _MODEL_SIZE_AFTER.match(text[end : end + 24]) is not None


def _cue_anywhere(text: str, words: tuple[str, ...], cs: list[Candidate], pairs: dict[str, list[int]] | None = None) -> bool:
    """A thing's cue at a mention of the run, or after the same words written elsewhere in the
    text (a mention an earlier rule already left out: "two Cy Young awards", "Rice Krispies
    Treats"). ``pairs`` (:func:`_word_pairs`) finds the places of a long text's runs without
    searching the whole text for each."""
    if _thing_noun(words[-1]):
        return True
    ends = {c.end for c in cs}
    phrase = " ".join(words)
    first_two = _TWO_WORDS.match(phrase) if pairs is not None else None
    if pairs is not None and first_two is not None:
        starts = [at for at in pairs.get(first_two.group(0), ()) if text.startswith(phrase, at)]
    else:
        starts = []
        at = text.find(phrase)
        while at >= 0:  # str.find, not a regex per run: this runs for every run of every article
            starts.append(at)
            at = text.find(phrase, at + len(phrase))
    for at in starts:
        end = at + len(phrase)
        if (at == 0 or not (_word_char(text[at - 1]) or text[at - 1] in "’'")) and (end == len(text) or not _word_char(text[end])):
            ends.add(end)
    return any(_thing_after(text, e) or _award_at(text, e) or _size_at(text, e) for e in ends)


_WORD_RUN = re.compile(r"[\w-]+")  # the characters of :func:`_word_char`
_TWO_WORDS = re.compile(r"[\w-]+ [\w-]+")
# Above this many runs times characters, the places of two words are read once for all runs
# (a text of thousands of distinct names searched once per name was quadratic).
_PAIRS_ABOVE = 4_000_000


def _word_pairs(text: str) -> dict[str, list[int]]:
    """Where each two runs of word characters one space apart start: a run's words written as a
    whole word in the text start where their first two words do."""
    runs = [(m.start(), m.end()) for m in _WORD_RUN.finditer(text)]
    out: dict[str, list[int]] = {}
    for (s1, e1), (s2, e2) in zip(runs, runs[1:]):
        if s2 == e1 + 1 and text[e1] == " ":
            out.setdefault(text[s1:e2], []).append(s1)
    return out


def _word_char(ch: str) -> bool:
    """A letter, a digit or a joiner: the run's words go on (a possessive's apostrophe after them
    does not: "Cy Young's award")."""
    return ch.isalnum() or ch in "_-"


def work_noun_before(text: str, c: Candidate) -> bool:
    """A work's or a band's noun right before the run, after a possessive, a determiner or a
    price ("Mike Leigh's film Vera Drake"), or a work's title after it ("Harry Potter and the
    Prisoner of Azkaban"), or a firm's noun opening the run ("Bookmakers Ladbrokes")."""
    if _WORK_NOUN_BEFORE.search(text[max(0, c.start - 40) : c.start]) or _AND_THE_X_OF_AFTER.match(text[c.end : c.end + 80]):
        return True
    return fold(c.name_tokens()[0].text) in FIRM_FIRST_WORDS


# Mentions of a work's run's first word alone that make it a character, a person ("Harry
# raised his wand ... Harry attempted to douse"): one may be a short title ("Potter fans").
_FIRST_ALONE = 2


def _first_word_alone(text: str, words: tuple[str, ...]) -> int:
    """How often the run's first word stands alone (not before the run's next word) in ``text``."""
    pattern = rf"(?<![\w’'-]){re.escape(words[0])}(?![\w’'-])(?!{_SP}+{re.escape(words[1])}(?![\w’'-]))"
    return sum(1 for _ in re.finditer(pattern, text))


def _person_at(text: str, c: Candidate) -> bool:
    """A title before the mention or an appositive role after it."""
    return title_before(text, c.start) is not None or bool(evidence.role_after(text, c.end + (2 if c.possessive else 0)))


def _speaks(text: str, c: Candidate) -> bool:
    """A person's cue before the mention or after it ("said"): a dish or a building never speaks
    (a firm or a band does, so their cues do not ask this)."""
    return bool(evidence.cue_before(text, c.start) or evidence.cue_after(text, c.end + (2 if c.possessive else 0)))


def drop_things2(text: str, found: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` without the runs of two or more words (outside the gazetteer's aliases) that
    some mention shows to be a dish, a building, a product or an award (module docstring)."""
    if language not in (None, "en"):
        return found
    runs: dict[tuple[str, ...], list[Candidate]] = {}
    for c in found:
        names = c.name_tokens()
        if c.kind != "alias" and not c.titled and len(names) >= 2:
            runs.setdefault(tuple(t.text for t in names), []).append(c)
    if not runs:
        return found
    drop: set[int] = set()
    pairs = _word_pairs(text) if len(runs) * len(text) > _PAIRS_ABOVE else None
    for words, cs in runs.items():
        work = False
        if _cue_anywhere(text, words, cs, pairs):
            if any(_speaks(text, c) for c in cs):
                continue
        else:
            if not any(work_noun_before(text, c) for c in cs):
                continue
            work = True
        if any(_person_at(text, c) for c in cs) or groups.alone_as_person(text, words[-1]) or works.played_part(text, words):
            continue
        if work and (groups.alone_as_person(text, words[0]) or _first_word_alone(text, words) >= _FIRST_ALONE):
            continue  # "Harry raised his wand": a character of the work, a person
        drop.update(id(c) for c in cs)
    return [c for c in found if id(c) not in drop] if drop else found
