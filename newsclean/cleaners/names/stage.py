"""Stage names and mononyms the article itself shows to be people (issue 14, round 13).
English articles only; pure functions over the text, used by the resolver's last pass.

- A title word and one word no name list or dictionary has, but that English text uses a
  lot (a famous one-word name: Zipf :data:`FAMOUS_ZIPF` or more), with a person's cue at
  a use without the title (a speech verb after it, "who" after it, an occupation noun
  before it): a stage name written with its title ("Lady Gaga ... Gaga tweeted"). "Lord
  Sugar" (a word), "Lord Woolf said" (no use without the title) and "Lady Starmer" (a
  surname few write) stay a title and a surname.
- One capitalised word standing in an enumeration of people named in full ("backed by
  Madonna, Lena Dunham, Miley Cyrus, Beyonce and Amy Schumer"): a person named by one
  word, when it is a given name of the name lists and no surname of them (a surname alone
  in a line-up, "Perugini, Pozzebon", or a band, "Kasabian", is not), no English word, no
  place, never written in lowercase.
- Each item of an enumeration that a plural noun for people or characters opens with
  "like", "such as" or "including" ("a Star Wars character like Chewbacca, Yoda, Darth
  Maul, or Emperor Palpatine"), unless it is English words only, a place or an
  organisation's name.
- A given name of the name lists alone right after an entertainer's noun ("singer Cher
  said", "Singer Cher has"): the performer's whole name, when the article names no one in
  full with that word.
- A stage name given whole after a performer's noun (round 20: :func:`performer_stage_names`):
  "US rapper 50 Cent", "rapper The Game", "hip-hop great Dr Dre", "UK rapper Kano".
"""
from __future__ import annotations

import re

from newsclean.cleaners.names import evidence, lexicon, plausible
from newsclean.cleaners.names.keys import fold

# How often (Zipf) English text uses a word that no dictionary and no name list has, for
# it to be a famous one-word name: "Gaga" 3.6; a peer's surname ("Woolf" 3.15, "Dubs" 3.0,
# "Starmer" below 1) is no stage name.
FAMOUS_ZIPF = 3.3
# Title words a stage name may open with ("Lady Gaga", "Queen Latifah", "Prince Royce").
STAGE_TITLES = frozenset("lady lord dame king queen prince princess emperor empress duke count baron".split())
# Nouns for entertainers, right before a one-word name ("singer Cher", "rapper Drake").
ENTERTAINERS = frozenset(
    "singer rapper musician actress actor comedian comedienne star superstar popstar diva songwriter entertainer performer dj".split()
)
_WORD = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]*)?$|^[A-Z][a-z]+-[A-Z]$")
# the same with accented lowercase letters ("Beyoncé", "Zoë")
_ACCENTED_WORD = re.compile(r"^[A-Z][a-zà-öø-ÿ]+(?:-[A-Z][a-zà-öø-ÿ]*)?$|^[A-Z][a-zà-öø-ÿ]+-[A-Z]$")
# an item of an enumeration no one resolved: one to three capitalised words
_ITEM_AFTER = re.compile(r"[A-Z][\w’'\-.]*(?:[ \t\u00a0][A-Z][\w’'\-.]*){0,2}(?![\w\-])")
_ITEM_BEFORE = re.compile(r"(?<![\w\-])[A-Z][\w’'\-.]*(?:[ \t\u00a0][A-Z][\w’'\-.]*){0,2}$")
_TITLE_BEFORE = re.compile(r"(?<![\w])([A-Z][a-z]+)[ \t\u00a0]+$")
_WHO_AFTER = re.compile(r"^(?:,|[ \t\u00a0]+[-–—])?[ \t\u00a0]+who[ \t\u00a0]")
_PREV = re.compile(r"([A-Za-z]+)[ \t\u00a0]+$")
_PREV_CAPITAL = re.compile(r"[A-Z][\w’'\-]*\s+$")
_GLUE_AFTER = re.compile(r",|[ \t\u00a0]+(?:and|or|&)[ \t\u00a0]")
_GLUE_BEFORE = re.compile(r"(?:,|[ \t\u00a0](?:and|or|&))[ \t\u00a0]*$")
# what joins items of an enumeration: a comma, "and", "&", "or", with an optional comma before
_GLUE = re.compile(r"^(?:,[ \t\u00a0]*(?:(?:and|or|&)[ \t\u00a0]+)?|[ \t\u00a0]+(?:and|or|&)[ \t\u00a0]+)$")


def _lowercase_use(text: str, key: str) -> bool:
    """``key`` written in lowercase somewhere in the text (a word, not a name)."""
    return key in text and re.search(r"(?<![\w@#])" + re.escape(key) + r"(?![\w])", text) is not None


def _uses(text: str, word: str) -> list[re.Match[str]]:
    return list(re.finditer(r"(?<![\w’'\-@#])" + re.escape(word) + r"(?![\w\-])", text))


def _no_word(key: str) -> bool:
    """No English (or other) word, no place, no name list's name."""
    return (
        not plausible.is_vocabulary_anywhere(key) and not plausible.is_vocabulary(key) and not plausible.is_place(key)
        and not plausible.is_region(key) and key not in evidence.given_names() and key not in evidence.surnames()
        and key not in lexicon.STOPWORDS and key not in lexicon.ORG_WORDS
    )


def _person_cue_at(text: str, start: int, end: int) -> bool:
    """A speech verb or "who" after, or an occupation noun before."""
    return evidence.cue_after(text, end) == "speech" or bool(_WHO_AFTER.match(text[end : end + 8])) or evidence.cue_before(text, start) == "occupation"


def titled_stage_name(title: str, word: str, text: str) -> bool:
    """"Lady Gaga": a stage title and a famous word no list has, a person by a cue at one
    use of the word (with or without its title)."""
    if title.split()[-1].lower() not in STAGE_TITLES or not _WORD.match(word):
        return False
    key = word.lower()
    if plausible.zipf(key) < FAMOUS_ZIPF or not _no_word(key) or _lowercase_use(text, key):
        return False
    # a cue where the word stands without its title: a peer is "Lord Woolf said", a stage name "Gaga said"
    return any(_person_cue_at(text, m.start(), m.end()) and not _titled_at(text, m.start()) for m in _uses(text, word))  # "Gaga tweeted", "Gaga - who is"


def _titled_at(text: str, start: int) -> bool:
    """A stage title right before the word ("Lady Gaga")."""
    m = _TITLE_BEFORE.search(text[max(0, start - 12) : start])
    return m is not None and m.group(1).lower() in STAGE_TITLES


def listed_among_people(text: str, start: int, end: int, full_names: list[tuple[int, int]]) -> bool:
    """The word at ``text[start:end]`` is an item of an enumeration holding at least two
    people named in full, one of them right before or right after it."""
    if not (_GLUE_AFTER.match(text, end) or _GLUE_BEFORE.search(text[max(0, start - 8) : start])):
        return False  # the cheap test first: no list glue beside the word
    if not one_word_given(text, start, end):
        return False
    # walk the enumeration both ways over items (full names or single capitalised words)
    spans = sorted(full_names)
    items = enumeration(text, start, end, spans)
    full = sum(1 for s in items if s in set(spans))
    single = sum(1 for s, e in items if not re.search(r"\s", text[s:e]))
    # a roster lists surnames alone ("Carroll, Gary Neville, Brown, Ferdinand, Heinze"): more
    # one-word items than full names is a line-up, not people each named by one word
    return full >= 2 and single <= full


def one_word_given(text: str, start: int, end: int) -> bool:
    """The word at ``text[start:end]`` may be a person's one-word name: a given name of the name
    lists (or a hyphenated one opening with one: "Jay-Z") and no surname of them (a surname alone
    in a line-up, "Perugini, Pozzebon", or a band, "Kasabian", is not), no part of a longer name,
    no English word, place, region, organisation's word or stop word, never written in lowercase."""
    word = text[start:end]
    if not _ACCENTED_WORD.match(word):
        return False
    key = word.lower() if "-" in word else fold(word)  # "Beyoncé": the lists' keys are folded ("Jay-Z" keeps its hyphen)
    if key in evidence.surnames() or not (key in evidence.given_names() or (key.count("-") == 1 and key.split("-")[0] in evidence.given_names())):
        return False  # a surname alone in a line-up ("Perugini, Pozzebon") or a band ("Kasabian") is no one-word name
    if _PREV_CAPITAL.search(text[max(0, start - 30) : start]) or re.match(r"^\s+[A-Z]", text[end : end + 8]):
        return False  # part of a longer name ("Joss Whedon")
    # a hyphenated stage name is judged by its parts ("Jay-Z" is frequent, "jay" and "z" are no words)
    if any(plausible.is_vocabulary(p) for p in (key.split("-") if "-" in key else [key]) if len(p) > 1 and not ("-" in key and p in evidence.given_names())):
        return False
    if plausible.is_place(key) or plausible.is_region(key) or key in lexicon.ORG_WORDS or key in lexicon.STOPWORDS:
        return False
    return not _lowercase_use(text, key)  # written in lowercase somewhere: a word


def enumeration(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items joined to ``text[start:end]`` by list glue, each a full name of ``spans``
    or one capitalised word."""
    by_start = {s: (s, e) for s, e in spans}
    by_end = {e: (s, e) for s, e in spans}
    items = [(start, end)]
    pos = end  # forwards
    while True:
        m = re.match(r"(?:,[ \t\u00a0]*(?:(?:and|or|&)[ \t\u00a0]+)?|[ \t\u00a0]+(?:and|or|&)[ \t\u00a0]+)", text[pos : pos + 8])
        if not m:
            break
        nxt = pos + m.end()
        if nxt in by_start:
            items.append(by_start[nxt])
            pos = by_start[nxt][1]
            continue
        w = _ITEM_AFTER.match(text[nxt : nxt + 60])
        if not w:
            break
        items.append((nxt, nxt + w.end()))
        pos = nxt + w.end()
    pos = start  # backwards
    while True:
        m = re.search(r"(?:,[ \t\u00a0]*(?:(?:and|or|&)[ \t\u00a0]+)?|[ \t\u00a0]+(?:and|or|&)[ \t\u00a0]+)$", text[max(0, pos - 8) : pos])
        if not m:
            break
        prev = pos - (len(text[max(0, pos - 8) : pos]) - m.start())
        if prev in by_end:
            items.append(by_end[prev])
            pos = by_end[prev][0]
            continue
        w = _ITEM_BEFORE.search(text[max(0, prev - 60) : prev])
        if not w:
            break
        items.append((prev - len(w.group(0)), prev))
        pos = prev - len(w.group(0))
    return items


def entertainer_before(text: str, start: int, end: int) -> bool:
    """An entertainer's noun right before the word ("singer Cher said", "Singer Cher has"),
    and no capitalised word right after it."""
    m = _PREV.search(text[max(0, start - 24) : start])
    if not m or m.group(1).lower() not in ENTERTAINERS:
        return False
    if m.group(1)[:1].isupper() and not _sentence_or_line_start(text, start - (len(text[max(0, start - 24) : start]) - m.start(1))):
        return False
    return not re.match(r"^[ \t\u00a0]+[A-Z]", text[end : end + 3])


def _sentence_or_line_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \t\u00a0")
    return not before or before[-1:] in ".!?\n:" or before.isupper()


def mononym_given(key: str, text: str) -> bool:
    """A one-word name of the given-name lists that is no English word, no place and never
    written in lowercase here ("Cher", "Madonna")."""
    return (
        key in evidence.given_names() and not plausible.is_vocabulary(key) and not plausible.is_place(key)
        and not _lowercase_use(text, key)
    )


# A plural noun for people (or characters) and "like"/"such as"/"including" before an
# enumeration: every item is someone ("a Star Wars character like Chewbacca, Yoda, Darth
# Maul, or Emperor Palpatine", "celebrities such as Cher and Madonna"); the gods of a myth
# are its characters ("the ancient gods, such as Zeus, Hera and Athena": round 16).
_PEOPLE_NOUNS = (
    "characters?|heroes|villains|celebrities|celebs|stars|superstars|singers|rappers|actors|actresses|comedians|musicians"
    "|gods|goddesses|deities"
)
_PEOPLE_LIKE = re.compile(r"(?:like|such[ \t\u00a0]+as|including)[ \t\u00a0]+")
_PEOPLE_NOUN_BEFORE = re.compile(rf"\b(?:{_PEOPLE_NOUNS}),?[ \t\u00a0]+$")
_ENUM_ITEM = re.compile(r"[A-Z][\w’'\-]*(?:[ \t\u00a0][A-Z][\w’'\-]*){0,2}(?![\w\-])")
_ENUM_GLUE = re.compile(r"(?:,[ \t\u00a0]*(?:(?:and|or)[ \t\u00a0]+)?|[ \t\u00a0]+(?:and|or)[ \t\u00a0]+)")
_ITEM_END = re.compile(r"[ \t\u00a0]*(?:[.;:!?)\n]|$)")
# Most items one such enumeration gives.
MAX_ENUM_ITEMS = 8


def people_enumerations(text: str) -> list[tuple[int, int]]:
    """Spans of the items of every enumeration a plural noun for people opens with
    "like", "such as" or "including" (see :data:`_PEOPLE_LIKE`). An item is one to three
    capitalised words; the enumeration ends at anything else. Items that are English
    words only, places or organisation words are left out (the caller judges the rest)."""
    out: list[tuple[int, int]] = []
    if " like " not in text and " such as " not in text and " including " not in text:
        return out  # the cheap test first
    for m in _PEOPLE_LIKE.finditer(text):
        if not _PEOPLE_NOUN_BEFORE.search(text[max(0, m.start() - 14) : m.start()]):
            continue
        pos = m.end()
        last = False  # after "and"/"or": the enumeration's last item
        for _ in range(MAX_ENUM_ITEMS):
            item = _ENUM_ITEM.match(text, pos)
            if not item:
                break
            glue = _ENUM_GLUE.match(text, item.end())
            if not (glue or last or _ITEM_END.match(text, item.end())):
                break  # "celebrities including Cubs mega-fans Bill Murray": the item goes on in lowercase
            words = item.group(0).split()
            keys = [w.lower().rstrip("’'") for w in words]
            if not (
                all(plausible.is_vocabulary(k) for k in keys) or plausible.is_place(" ".join(keys))
                or any(k in lexicon.ORG_WORDS or k in lexicon.STOPWORDS for k in keys)
            ):
                out.append((item.start(), item.end()))
            if not glue:
                break
            last = bool(re.search(r"\b(?:and|or)\b", glue.group(0)))
            pos = glue.end()
    return out


# Round 20: a stage name given whole after a performer's noun ("US rapper 50 Cent", "rapper
# The Game", "hip-hop great Dr Dre", "UK rapper Kano"). The noun, then a number and a
# capitalised word, "The" or "Dr" and one capitalised word, or (after "rapper" only) one
# capitalised word ("DJ Crowe" may be initials, "MC Hammer" is one name); no capitalised word may follow (a full name goes on:
# "rapper Kanye West", "DJ Trevor Nelson" are judged as names).
_PERFORMER = r"(?<![\w’'-])(?:rapper|singer|MC|DJ|rap[ \t\u00a0]+star|hip-hop[ \t\u00a0]+(?:great|star|legend|producer|mogul|artist))"
_STAGE_RUN = re.compile(
    _PERFORMER + r"[ \t\u00a0]+((?:\d{1,3}|The|Dr\.?)[ \t\u00a0]+[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?![\w\-])(?![ \t\u00a0]+[A-Z])"
)
_STAGE_WORD = re.compile(
    r"(?<![\w’'-])rapper[ \t\u00a0]+([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?![\w\-])(?![ \t\u00a0]+[A-Z0-9])"
)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split()
)


def performer_stage_names(text: str) -> list[tuple[int, int]]:
    """Spans of the stage names written right after a performer's noun (see :data:`_STAGE_RUN`):
    a number or "The"/"Dr" and a word, or a single word no one writes in lowercase here
    (:data:`_STAGE_WORD`; a day, a month, a stopword or an organisation's word is none)."""
    if not any(w in text for w in ("rapper", "singer", "MC ", "DJ ", "rap star", "hip-hop")):
        return []  # the cheap test first
    out = [(m.start(1), m.end(1)) for m in _STAGE_RUN.finditer(text)]
    for m in _STAGE_WORD.finditer(text):
        key = m.group(1).lower()
        if key in _CALENDAR or key in lexicon.STOPWORDS or key in lexicon.ORG_WORDS or _lowercase_use(text, key):
            continue
        out.append((m.start(1), m.end(1)))
    return out
