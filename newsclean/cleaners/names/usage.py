"""How the article uses a run, round 12: evidence that a name-shaped run is a thing, a firm or a place.

Issue 14, round 12 (the long tail of false persons on unseen news). Each test reads one
general use of the run that a person's name does not get, and is called by
:func:`cleaners.names.groups.drop_groups` beside the earlier usage tests (a person's cue at
any mention, or the article using the run's last word alone as a person's, still keeps it):

* a non-restrictive relative "which" right after it: "planning for Con Edison, which
  maintains ..." (:func:`relative_which`); a person takes "who";
* a possessive standing for a shop or a brand, no noun after it: "I loved Jack Daniel's,",
  "Foster's, John Smith's, Strongbow" (:func:`bare_possessive`);
* an item of a list of places, written as a place is ("X in <city>"): "Belle Vue in
  Manchester, Perry Barr and Hall Green in Birmingham, Oxford and Portsmouth"
  (:func:`listed_among_places`);
* where someone works: "an agent at William Morris" (:func:`employer_after_job`);
* a band named with English words, in a list beside an act no person is or before its album:
  "U2, Green Day, Alicia Keys and Kanye West" (:func:`band_of_words`);
* a work's credits or a best-work award after it: "Vera Drake, directed by Mike Leigh",
  "Million Dollar Baby won best film" (:func:`credited_work`);
* a lowercase noun of a country's parts and "of" before it or its list: "the Brazilian states
  of Mato Grosso and Parana" (:func:`place_plural_before`);
* a firm's officer and "of"/"for" before it: "Chief Marketing Officer for Jenny Craig"
  (:func:`firm_officer_before`);
* a place's team on the other side of "vs": "Leeds vs Aston Villa" (:func:`fixture_with_place`);
* a doctrine's, a discipline's or a track version's word last: "Roman Catholicism", "Marine
  Ornithology", "Frank Walker Remix" (:func:`thing_tail`);
* "the", the run, a lowercase word and an institution's noun: "the Ruben Di Pietro theatre
  academy" (:func:`institution_after`);
* an item of a list about firms holding firms' acronyms: "include Nat West, Vodafone, O2,
  First Direct, NTL" (:func:`among_firms`);
* "the", the run and a product's noun: "the Nina Ricci perfume" (:func:`brand_product`).

Pure functions over the text and a candidate; English only (the caller checks).
"""
from __future__ import annotations

import re

from newsclean.cleaners.names import evidence, plausible
from newsclean.cleaners.names.detect import Candidate
from newsclean.cleaners.names.keys import fold

_SP = r"[ \t\u00a0]"

# ", which" right after the run: a non-restrictive relative clause about a thing ("Con Edison,
# which maintains 90,000 miles of cable"). A person takes "who".
_WHICH_AFTER = re.compile(r"^" + _SP + r"*," + _SP + r"+which" + _SP)
# Words right before the run after which "which" may be about the noun before them ("a speech
# by Tony Blair, which", "an interview with John Smith, which", "a film starring X, which") or
# about the whole clause ("she married John Smith, which upset ..."): then it says nothing of
# the run. Verbs are many; a run after a lowercase word other than a determiner or an
# adjective-like word is left alone unless that word is a preposition of place or of purpose.
_WHICH_AFTER_OK = frozenset("for in at on into inside the a an its their our giant".split())
_WORD_BEFORE = re.compile(r"(?:^|[^\w’'-])([\w’'-]+)" + _SP + r"+$")


def relative_which(text: str, c: Candidate) -> bool:
    """A comma and "which" right after the run, and before it a sentence's start, a determiner or
    a preposition of place or purpose (:data:`_WHICH_AFTER_OK`): "planning for Con Edison, which
    maintains", "the giant Tane Mahuta, which may be 2,000 years old". After "by", "with",
    "of", "starring" or a verb the clause may be about the noun or the clause before ("a speech by
    Tony Blair, which", "she married John Smith, which upset him"): those stay."""
    if c.possessive or _WHICH_AFTER.match(text[c.end : c.end + 12]) is None:
        return False
    before = text[max(0, c.start - 30) : c.start]
    m = _WORD_BEFORE.search(before)
    if m is None:
        return not before.strip() or before.rstrip()[-1:] in ".!?\n"
    word = m.group(1)
    return word in _WHICH_AFTER_OK


# After a possessive: nothing but a sentence mark or a closing quote or bracket: the possessive
# names a shop or a brand ("I loved Jack Daniel's,", "Foster's, John Smith's, Strongbow").
_BARE_POSSESSIVE_AFTER = re.compile(r"^(?:['’]s)(?:" + _SP + r"*[,;:!?)\]”\"]|\.(?:\s|$))")
# A possessive after these is a person's (a predicate "the idea was Tony Blair's.", the double
# genitive "a friend of John Smith's,", a home "at John Smith's.").
_PERSON_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w’'-])(?:is|was|are|were|be|been|being|become|became|remain|remains|of|at|to|from|like|than|"
    r"mine|yours|his|hers|theirs)" + _SP + r"+$",
    re.IGNORECASE,
)


def bare_possessive(text: str, c: Candidate) -> bool:
    """A possessive of the whole run with no noun after it, only a sentence mark, and no
    predicate or preposition before it (:data:`_PERSON_POSSESSIVE_BEFORE`): a shop or a brand
    ("I loved Jack Daniel's,", "brands include Foster's, John Smith's, Strongbow"). "The idea
    was Tony Blair's.", "a friend of John Smith's," and "we met at John Smith's." stay people."""
    if not c.possessive or _BARE_POSSESSIVE_AFTER.match(text[c.end : c.end + 6]) is None:
        return False
    return _PERSON_POSSESSIVE_BEFORE.search(text[max(0, c.start - 12) : c.start]) is None


# One place of a list: capitalised words, optionally "in <place>" ("Belle Vue in Manchester").
_CAPS = r"[A-Z][\w’'-]*+(?:" + _SP + r"+[A-Z][\w’'-]*+){0,3}"
_ITEM = re.compile(r"^(" + _CAPS + r")(?:" + _SP + r"+in" + _SP + r"+(" + _CAPS + r"))?$")
# the capitalised tail of the list's first item (words are atomic: no backtracking inside one)
_FIRST_ITEM = re.compile(r"(?:^|" + _SP + r")((?:[A-Z][\w’'-]*+" + _SP + r"*+)++(?:in" + _SP + r"+" + _CAPS + r")?)$")
_BY_BEFORE = re.compile(r"(?<![\w’'-])by" + _SP + r"*$")
_LIST_SPLIT = re.compile(r"," + _SP + r"*(?:(?:and|or)" + _SP + r"+)?|" + _SP + r"+(?:and|or)" + _SP + r"+")
_CLAUSE_END = re.compile(r"[.;:!?()\n\"“”]")
# Bare places (no "in ...") the list must hold besides the run, itself written as a place is
# ("Belle Vue in Manchester", or "Perry Barr and Hall Green in Birmingham"): "..., Oxford and
# Portsmouth". A bare run among bare places is left alone: a list of clubs named after their
# towns holds their players too.
MIN_PLACES_BESIDE = 1


_ITEM_AFTER = re.compile(r"^(?:" + _SP + r"*,|" + _SP + r"+(?:and|or|in)" + _SP + r")")
_ITEM_BEFORE = re.compile(r"(?:,|(?<![\w’'-])(?:and|or))" + _SP + r"+$")


def _list_item(text: str, c: Candidate) -> bool:
    """A comma or "and"/"or" (or "in", a place's own) right around the run: the cheap test before
    a list is read."""
    return _ITEM_AFTER.match(text[c.end : c.end + 6]) is not None or _ITEM_BEFORE.search(text[max(0, c.start - 6) : c.start]) is not None


def _place(words: str) -> bool:
    return plausible.is_place(fold(words))


def listed_among_places(text: str, c: Candidate) -> bool:
    """The run is an item of a list (commas, "and") whose other items are places, the way a
    place is listed: "greyhound tracks at Wimbledon in London, Belle Vue in Manchester, Perry Barr
    and Hall Green in Birmingham, Oxford and Portsmouth". The run followed by "in <place>" (or
    joined by "and" to an item so followed) needs one bare known place among the other items,
    a bare run two. Every other item must be capitalised words only (with its "in <place>"):
    "leaders met in London, Paris and Berlin with John Smith" is no list of places, and "Tony
    Blair in London, Jacques Chirac in Paris" has no bare place."""
    if c.possessive or not _list_item(text, c) or " in " not in text[c.end : c.end + 80]:
        return False  # the run, or the item "and" joins to it, is written "X in <place>"
    starts = [m.end() for m in _CLAUSE_END.finditer(text, max(0, c.start - 300), c.start)]
    lo = starts[-1] if starts else max(0, c.start - 300)
    m_end = _CLAUSE_END.search(text, c.end, c.end + 300)
    hi = m_end.start() if m_end else min(len(text), c.end + 300)
    clause = text[lo:hi]
    rel_start = c.start - lo
    bare, placed, run_item, lowercase_items = 0, False, None, 0
    pos = 0
    parts = []
    for sep in _LIST_SPLIT.finditer(clause):
        parts.append((pos, sep.start()))
        pos = sep.end()
    parts.append((pos, len(clause)))
    if len(parts) < 3:
        return False
    after_placed = False  # the item before was "X in <place>"
    for k, (a, b) in enumerate(parts):
        item = clause[a:b].strip()
        if k == 0:  # the list's first item may follow the clause's words ("tracks at Wimbledon ...")
            m0 = _FIRST_ITEM.search(item)
            if m0 and _BY_BEFORE.search(item[: m0.start(1)]):
                return False  # a credit: "reporting by Jane Doe in Paris, ..." lists people
            item = m0.group(1).strip() if m0 else item
        m = _ITEM.match(item)
        qualifier = after_placed and m is not None and m.group(2) is None and plausible.is_region(fold(m.group(1)))
        after_placed = m is not None and m.group(2) is not None
        if qualifier:
            continue  # "Jane Doe in West Palm Beach, Florida": the state of the place before
        if a <= rel_start < b + 1:
            if m is None or m.group(1) != text[c.start : c.end]:
                return False
            run_item = k
            placed = m.group(2) is not None and _place(m.group(2))
            continue
        if m is None:
            lowercase_items += 1
            continue
        if m.group(2) is None and _place(m.group(1)):
            bare += 1
        elif m.group(2) is not None and not _place(m.group(2)):
            lowercase_items += 1
    if run_item is None or lowercase_items:
        return False
    if not placed and run_item + 1 < len(parts):
        # "Perry Barr and Hall Green in Birmingham": the next item, joined by "and", is placed
        a, b = parts[run_item + 1]
        nxt = _ITEM.match(clause[a:b].strip())
        joined = re.match(_SP + r"+and" + _SP, clause[parts[run_item][1] : a]) is not None
        placed = joined and nxt is not None and nxt.group(2) is not None and _place(nxt.group(2))
    return placed and bare >= MIN_PLACES_BESIDE


# Jobs done at a firm, besides the occupation nouns of :mod:`evidence` ("an agent at William
# Morris", "analyst at Merrill Lynch"): a person is never worked at.
_FIRM_JOBS = frozenset(
    """
    agent agents partner partners analyst analysts economist economists strategist strategists employee
    employees staffer staffers worker workers executive executives manager managers intern interns
    trader traders banker bankers associate associates
    """.split()
)
_JOB_AT_BEFORE = re.compile(r"(?<![\w’'-])([a-z][a-z-]+)" + _SP + r"+at" + _SP + r"+$")


def employer_after_job(text: str, c: Candidate) -> bool:
    """A job noun and "at" right before the run, and the run no possessive: where the job is done,
    a firm ("helped her land an agent at William Morris", "an economist at Smith Barney"). "Looked
    at John Smith", "at John Smith's house" stay people."""
    if c.possessive or not text[max(0, c.start - 4) : c.start].rstrip().endswith("at"):
        return False
    m = _JOB_AT_BEFORE.search(text[max(0, c.start - 30) : c.start])
    if m is None:
        return False
    word = m.group(1)
    return word in _FIRM_JOBS or word in evidence.OCCUPATION_NOUNS


# Items of a list that name an act, a firm or a thing, never a person: letters with digits
# ("U2", "O2"), a slash or an ampersand ("AC/DC"), or "The" and a plural ("The Libertines").
_ACT_ITEM = re.compile(r"^(?:[A-Za-z]+\d[\w]*|[A-Z][\w]*/[A-Z][\w]*|[Tt]he" + _SP + r"+[A-Z][\w’'-]*s)$")
# A clause about music: a list of acts is read only there (a sports or a business list holds
# letters with digits too: "F1", "O2").
_MUSIC_CLAUSE = re.compile(
    r"(?<![\w’'-])(?:perform\w*|bands?|albums?|concerts?|gigs?|festivals?|line-?ups?|acts|singles?|charts?|songs?|"
    r"tours?|headlin\w*|musici\w*|music|singers?|rock|pop)(?![\w’'-])",
    re.IGNORECASE,
)
# Music nouns after a possessive ("Green Day's new album", "... frontman").
_MUSIC_AFTER = re.compile(
    r"^['’]s" + _SP + r"+(?:[a-z-]+" + _SP + r"+)?(?:album|albums|single|singles|tour|frontman|frontwoman|"
    r"drummer|guitarist|bassist|lead" + _SP + r"+singer|line-up|lineup|members|gig|gigs|concert|concerts)(?![\w’'-])"
)


def band_of_words(text: str, c: Candidate) -> bool:
    """A run whose every word is an English word more than a name (:func:`plausible.is_english_word_not_name`:
    "Green Day", "Snow Patrol"), in a list about music beside an act no person is ("performances
    from U2, Green Day, Alicia Keys and Kanye West") or before a band's album or member ("Green
    Day's new album"): the band.
    "Will Smith", "Kid Rock" end with a surname or a word the lists have as a name and stay."""
    names = c.name_tokens()
    if len(names) < 2 or not all(plausible.is_english_word_not_name(t.key) for t in names):
        return False
    if c.possessive:
        return _MUSIC_AFTER.match(text[c.end : c.end + 40]) is not None
    if not _list_item(text, c):
        return False
    clause, items = _run_clause(text, c)
    if len(items) < 3 or _MUSIC_CLAUSE.search(clause) is None:
        return False
    return any(_ACT_ITEM.match(x) or (x.split() and _ACT_ITEM.match(x.split()[-1])) for x in items if "\x00" not in x)


# How far around the run its clause is read (characters each side).
CLAUSE_REACH = 120


def _run_clause(text: str, c: Candidate) -> tuple[str, list[str]]:
    """The run's clause (sentence marks end it) with the run as "\x00", and its list items
    (split at commas and "and"/"or")."""
    before = text[max(0, c.start - CLAUSE_REACH) : c.start]
    after = text[c.end : c.end + CLAUSE_REACH]
    cut_before = max(before.rfind(ch) for ch in ".;:!?\n") + 1
    ends = [i for i in (after.find(ch) for ch in ".;:!?\n") if i >= 0]
    clause = before[cut_before:] + "\x00" + after[: min(ends) if ends else len(after)]
    # commas and " and "/" or " split it (string methods: this runs for every list item)
    parts = clause.replace(" and ", ",").replace(" or ", ",").split(",")
    return clause, [x for x in (p.strip() for p in parts) if x]


# A firm's short name: an acronym ("NTL", "BT") or letters with digits ("O2"); and a clause
# about firms ("brands include", "clients including", "sponsors").
_FIRM_ITEM = re.compile(r"^(?:[A-Z]{2,5}|[A-Za-z]+\d\w*)$")
_FIRM_CLAUSE = re.compile(
    r"(?<![\w’'-])(?:include|includes|included|including|companies|company|firms|firm|brands|banks|sponsors|clients|"
    r"advertisers|retailers|operators|networks|carriers|suppliers|partners|rivals|competitors|customers)(?![\w’'-])"
)
# Acronyms a list of firms must hold besides the run ("Nat West, Vodafone, O2, First Direct, NTL").
MIN_FIRM_ITEMS = 2


def among_firms(text: str, c: Candidate) -> bool:
    """The run is an item of a list about firms (:data:`_FIRM_CLAUSE`) that holds two or more
    firms' acronyms or letters with digits besides it: "firms that support it include Nat West,
    Vodafone, O2, First Direct, NTL, and Renault". A country's or a body's acronym is no firm's
    for this ("the UN, the EU and Kofi Annan" has "the" before them), and a list with one
    acronym ("BT and John Smith") says nothing."""
    if c.possessive or not _list_item(text, c):
        return False
    clause, items = _run_clause(text, c)
    listed = any(x == "\x00" or x.endswith(" \x00") for x in items)  # an item, or the first one after the clause's words
    if len(items) < 3 or not listed:
        return False
    firms = sum(1 for x in items if _FIRM_ITEM.match(x) and not plausible.is_region(fold(x)))
    return firms >= MIN_FIRM_ITEMS and _FIRM_CLAUSE.search(clause) is not None


# Credits after a work's title ("Finding Neverland, starring Johnny Depp", "Million Dollar Baby,
# directed by Clint Eastwood"), and a best-work award it won ("Million Dollar Baby won best film").
_CREDIT_AFTER = re.compile(
    r"^" + _SP + r"*[,(]?" + _SP + r"*(?:starring|co-starring|directed" + _SP + r"+by)" + _SP + r"+[A-Z]"
)
_BEST_WORK_AFTER = re.compile(
    r"^" + _SP + r"+(?:won|wins|took|takes|scooped|(?:was|is|has" + _SP + r"+been)" + _SP + r"+(?:named|nominated" + _SP + r"+for|shortlisted" + _SP + r"+for|up" + _SP + r"+for))"
    + _SP + r"+(?:the" + _SP + r"+)?"
    r"best" + _SP + r"+(?:film|picture|movie|drama|comedy|musical|album|single|song|documentary|play|novel|book|show|programme)(?![\w’'-])"
)
# Before the run, words after which a credit may be about the noun before ("a biopic of Ray
# Charles, starring Jamie Foxx", "a film by Ken Loach, directed by ...").
_CREDIT_NOT_AFTER = frozenset("of about by with from to and or for on like as".split())


def credited_work(text: str, c: Candidate) -> bool:
    """A film's or a show's credits right after the run ("Finding Neverland, starring Johnny
    Depp", "Vera Drake, directed by Mike Leigh"), not after "of", "by", "about" ... (the credit may
    be the noun's before: "a biopic of Ray Charles, starring Jamie Foxx"), or a best-work award
    it won ("Million Dollar Baby won best film"; a person wins "best actor"): a work's title."""
    if c.possessive:
        return False
    window = text[c.end : c.end + 60]
    if _BEST_WORK_AFTER.match(window):
        return True
    if _CREDIT_AFTER.match(window) is None:
        return False
    m = _WORD_BEFORE.search(text[max(0, c.start - 30) : c.start])
    return m is None or m.group(1).lower() not in _CREDIT_NOT_AFTER


# Plural place nouns and "of", then a list holding the run ("the Brazilian states of Mato Grosso
# and Parana"); singular in lowercase right before it ("the state of Mato Grosso"). Lowercase
# only: "Secretary of State John Kerry", "Head of State of Nigeria, Olusegun Obasanjo" are titles.
_PLACES_OF_BEFORE = re.compile(
    r"(?<![\w’'-])(?:states|regions|provinces|islands|territories|prefectures|governorates|emirates|cantons|"
    r"departments|state|region|island|territory|prefecture|governorate|emirate|canton)" + _SP + r"+of" + _SP + r"+"
    r"(?:[A-Z][\w’'-]*+(?:" + _SP + r"+[A-Z][\w’'-]*+){0,3},?" + _SP + r"+(?:and" + _SP + r"+)?){0,4}$"
)


def place_plural_before(text: str, c: Candidate) -> bool:
    """A lowercase noun of a country's parts and "of" before the run or the list holding it:
    "the Brazilian states of Mato Grosso and Parana", "the island of Nova Zembla". Not a
    possessive ("the state of John Smith's health")."""
    if c.possessive:
        return False
    before = text[max(0, c.start - 120) : c.start]
    return "of" in before and _PLACES_OF_BEFORE.search(before) is not None


# Officers and owners of a firm, then "of" or "for": "Chief Marketing Officer for Jenny Craig", "the
# chief executive of Harriet Moss". A person has no officers; a spokesman, an agent, a manager or
# staff work for people too and stay out.
_FIRM_OFFICERS_BEFORE = re.compile(
    r"(?<![\w’'-])(?:officer|officers|executive|executives|chairman|chairwoman|chairperson|ceo|cfo|coo|"
    r"founder|co-founder|shareholders?|employees?)" + _SP + r"+(?:of|for|at)" + _SP + r"+$",
    re.IGNORECASE,
)


def firm_officer_before(text: str, c: Candidate) -> bool:
    """An officer's, an owner's or an employee's noun and "of"/"for"/"at" right before the run:
    the run is the firm ("the former Chief Marketing Officer for Jenny Craig", "the chief executive
    of Harriet Moss"). "a spokesman for John Smith", "the agent of John Smith" stay people."""
    if c.possessive or not text[max(0, c.start - 5) : c.start].rstrip().endswith(("of", "for", "at")):
        return False
    return _FIRM_OFFICERS_BEFORE.search(text[max(0, c.start - 24) : c.start]) is not None


# A fixture: a place's team on the other side of "v"/"vs" ("Leeds vs Aston Villa"); "Federer vs
# Nadal" has people on both sides.
_VS = r"(?:v|vs|v\.|vs\.)"
_VS_WORDS = frozenset("v vs v. vs.".split())
_PLACE_VS_BEFORE = re.compile(r"(?:^|[^\w’'-])([A-Z][\w’'-]*+(?:" + _SP + r"+[A-Z][\w’'-]*+)?)" + _SP + r"+" + _VS + _SP + r"+$")
_VS_PLACE_AFTER = re.compile(r"^" + _SP + r"+" + _VS + _SP + r"+([A-Z][\w’'-]*+(?:" + _SP + r"+[A-Z][\w’'-]*+)?)")


def fixture_with_place(text: str, c: Candidate) -> bool:
    """The run on one side of "v"/"vs" and a known place, or a team opened by one, on the other:
    a team ("Leeds vs Aston Villa", "Aston Villa v Leeds"). "Federer vs Nadal" and "Roe v Wade"
    have no place, and a given name that is also a town opens a person's name ("Madison Keys vs
    Sofia Kenin")."""
    if c.possessive:
        return False
    near_before, near_after = text[max(0, c.start - 6) : c.start].split(), text[c.end : c.end + 6].split()
    if not ((near_before and near_before[-1] in _VS_WORDS) or (near_after and near_after[0] in _VS_WORDS)):
        return False  # the cheap test first: "v" or "vs" right beside the run
    m = _PLACE_VS_BEFORE.search(text[max(0, c.start - 40) : c.start])
    if m is not None and _team_side(m.group(1)):
        return True
    m = _VS_PLACE_AFTER.match(text[c.end : c.end + 40])
    return m is not None and _team_side(m.group(1))


def _team_side(words: str) -> bool:
    """A known place ("Leeds"), or words opened by one that no name list has as a given name
    ("Manchester United"; not "Sofia Kenin", "Madison Keys")."""
    first = fold(words.split()[0])
    return _place(words) or (_place(first) and first not in evidence.given_names())


# Last words that name a doctrine, a discipline or a track's version, never anyone's surname
# ("Roman Catholicism", "Marine Ornithology", "Frank Walker Remix").
_THING_TAIL = re.compile(r"(?:isms?|ologys?|ologies|ography|ographies)$")
_VERSION_WORDS = frozenset("remix remixes rework reprise megamix".split())


def thing_tail(c: Candidate) -> bool:
    """The run's last word names a doctrine or a discipline (-ism, -ology, -ography) or a
    track's version ("Remix"), and no surname list has it: "Roman Catholicism", "Marine
    Ornithology", "(Frank Walker Remix)". A name ending in such letters that the lists know
    stays ("Tom Baptism" would, if a list had it)."""
    last = c.name_tokens()[-1].key
    if last in evidence.surnames():
        return False
    return last in _VERSION_WORDS or (len(last) > 5 and _THING_TAIL.search(last) is not None)


# An institution named after someone: "the" before the run, then one lowercase word and the
# institution's noun ("the Ruben Di Pietro theatre academy", "the Harriet Moss memorial fund").
# "of" after the noun makes it a manner ("the Jose Mourinho school of management").
_INSTITUTION_AFTER = re.compile(
    r"^" + _SP + r"+[a-z][a-z-]+" + _SP + r"+(?:academy|academies|school|schools|college|institute|foundation|centre|center|"
    r"theatre|theater|gallery|museum|library|hospital|clinic|stadium|arena|festival|fund|trust|scholarship|"
    r"trophy|cup|medal|belt|belts)(?![\w’'-])(?!" + _SP + r"+of(?![\w’'-]))"
)
_THE_BEFORE = re.compile(r"(?<![\w’'-])the" + _SP + r"+$")


def institution_after(text: str, c: Candidate) -> bool:
    """"the", the run, one lowercase word and an institution's noun: an institution named after
    someone ("at the Ruben Di Pietro theatre academy", "the Van Allen radiation belts"); "the
    Jose Mourinho school of management" is a manner, "Harriet Moss's drama school" hers."""
    return not c.possessive and bool(
        _THE_BEFORE.search(text[max(0, c.start - 6) : c.start]) and _INSTITUTION_AFTER.match(text[c.end : c.end + 40])
    )


# Brands' products after "the" and the run: "the heir to the Nina Ricci perfume and fashion
# fortune". A person's own product is a possessive ("Harriet Moss's perfume").
_PRODUCT_AFTER = re.compile(
    r"^" + _SP + r"+(?:perfume|perfumes|fragrance|fragrances|handbag|handbags|champagne|vodka|whisky|whiskey|beer|"
    r"lager|cereal|cosmetics|jeans|doughnuts|fashion" + _SP + r"+house)(?![\w’'-])"
)


def brand_product(text: str, c: Candidate) -> bool:
    """"the", the run and a product's noun: a brand ("the Nina Ricci perfume", "the Jack Daniel
    whiskey"); "Harriet Moss's perfume" is hers."""
    return not c.possessive and bool(
        _THE_BEFORE.search(text[max(0, c.start - 6) : c.start]) and _PRODUCT_AFTER.match(text[c.end : c.end + 20])
    )


def round12_thing(text: str, c: Candidate) -> bool:
    """Any of the uses above: the run names a thing, a firm, a place or a work, not a person."""
    return (
        relative_which(text, c) or bare_possessive(text, c) or listed_among_places(text, c) or employer_after_job(text, c)
        or band_of_words(text, c) or credited_work(text, c) or place_plural_before(text, c)
        or firm_officer_before(text, c) or fixture_with_place(text, c) or thing_tail(c) or institution_after(text, c)
        or among_firms(text, c) or brand_product(text, c)
    )
