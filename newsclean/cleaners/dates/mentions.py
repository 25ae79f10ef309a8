"""Dates mentioned in a text: precise span patterns, then resolution against an anchor.

Spans are found by our own patterns, never by dateparser's ``search_dates``
(which reads the modal "may", "a march on Moscow", "now", "a second" and the
name "Jan" as dates). Month and weekday names must be capitalised; an
abbreviated month, and "May", count only next to a day or a year; a bare
month needs a preposition ("in March") or a determiner before a noun ("the
November election").

A day before a colon is a date ("October 20: ACCIDENT", a blotter's
heading), not before a digit ("May 3:30"); a month opening a list of months
("August, September and October") is a month; "today's" is the day before a
noun of the day ("today's updates") and nowadays before a name or a nowadays
noun ("today's Russia", "today's world").

Years in every role (granularity ``year``): after a preposition ("in 1492"),
as a modifier ("the 2016 election", "IPL 2020"), in ranges ("between 2000 and
2013", "1872-1892"), alone ("as recently as 2015"), abbreviated ("'91"). A
four-digit number is not a year when a quantity or code word leads it, or a
plural noun, a unit or a quantity word follows it ("about 2000 people",
"1400 GMT", "2000 more"), or it opens a street address (:func:`_bare_year_ok`).

Other languages (German, French, Spanish, Portuguese, Russian, by the
article's detected language) use month, weekday and relative words from
dateparser's language data (:mod:`lexicon`) in patterns of the same kinds,
plus what that data lacks (:class:`lexicon.Grammar`): counts in words and
approximations ("hace unos dos años", "há cerca de cinco anos", "5 лет
назад"), a month or day with a relative year ("fevereiro do ano passado"),
a weekday with its day of the month ("sábado (23)", "el domingo 24 con"),
ranges ("del 21 al 24 de abril": the first day), the future tense by its
verb endings ("definirá este jueves") or a lead ("el próximo lunes"), and
Russian's present tense for a schedule ("открывается в понедельник"). Not
dates: a capitalised date word mid-sentence (a title), a year closing a
proper name ("la presa Constitución de 1917"), "hoy en día" (nowadays),
any weekday ("cada lunes", "un domingo de febrero"). In every language a
year in a copyright notice or alone in quotes (the film “1917”) is not a
mention.

Resolution (against the publication date, or the fetch time, flagged):

- a day and month without a year take the year the clause's tense points to,
  or, without a cue, the past one unless the next is much closer
  (PAST_LEANING); a range's first date takes its second's year ("from March to
  May 2019"); right after a written date of the past, the year nearest that
  date (the narrative anchor: "December 16, 2010 ... December 27");
- a yearless date takes the year that sets its sentence's scene ("In 2005,
  ... on July 10", "Last summer, ... on July 13", "the 2022 Games ... on
  July 27"); a bare weekday after a day named with its weekday ("Dec. 18, a
  Wednesday ... late Tuesday evening") is in that week; "today" in an
  embedded tweet is the tweet's day; a bare month without a cue leans to the
  past (MONTH_PAST_LEANING);
- a day range's first day ("July 15-24 in 2022", "July 23-August 8 next
  year"), a month range's first month ("July-August 2022"), a relative year
  after a date ("March 3 last year");
- a bare weekday is the nearest such day in the direction of the clause's
  tense (past by default: news reports what happened; "is forecast", "set
  to", "ahead of", "will" point ahead; a weekday after a future one in the same
  sentence is ahead too);
- a weekday written with a date is checked against it (``weekday_mismatch``);
- "last week", "next month", "this year", "N days ago", "yesterday", "last
  night" move from the anchor; the granularity is kept (day / week / month /
  year) and the date is the first day of the period (weeks start on Monday,
  ISO 8601). Past the calendar's ends (9999-12-31 + a day) there is no date
  and the flag ``out_of_range``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from newsclean.cleaners.dates.lexicon import Lexicon, lexicon
from newsclean.cleaners.dates.tense import clause_tense

MONTHS = {
    name: i
    for i, name in enumerate(
        "January February March April May June July August September October November December".split(), 1
    )
}
MONTH_ABBREVIATIONS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
WEEKDAYS = {name: i for i, name in enumerate("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())}
WEEKDAY_ABBREVIATIONS = {
    "Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thu": 3, "Thur": 3, "Thurs": 3,
    "Fri": 4, "Sat": 5, "Sun": 6,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

# Years read as years after a preposition ("in 1492"): a four-digit number
# outside this range is a count. _ANY_YEAR below encodes exactly this range
# (tests/test_dates.py checks both ends).
MIN_YEAR, MAX_YEAR = 1000, 2099
# Years written in a date ("May 3, 1999"), or standing alone ("the 2016
# election", "between 2000 and 2013"): a number below this is a count
# ("May 3, 1500 people marched").
MIN_DATE_YEAR = 1800
# Years before MIN_DATE_YEAR count only after these prepositions, followed by
# punctuation or a function word ("in 1492, Columbus"; not "by 1500 votes").
_OLD_YEAR_PREPOSITIONS = frozenset("in In since Since from From of until Until".split())

# "N days ago" with N above this is a count of something else, not a date.
MAX_AGO = 400

# A date without a year is moved to the year its clause's tense points to
# only when the nearest one lies further than this on the other side of the
# anchor: closer than a quarter-year, a stale anchor (the fetch time, days
# after publication) or a tense cue from a neighbouring clause is likelier
# than a date a year away.
TENSE_OVERRIDE_MIN_DAYS = 90

# Without a tense cue, a date without a year is taken in the past unless the
# next such date is more than this many times closer ("around March 16" in a
# September article is last March; "talks on January 3" on December 20 are
# two weeks ahead).
PAST_LEANING = 1.5
# A bare month without a tense cue leans to the past the same way: a month ahead counts this many times as far
# ("since Stellantis idled the plant ... in March", read in November: the March gone).
MONTH_PAST_LEANING = 2.0

# A yearless date right after (within this many characters) a date with its
# year more than TENSE_OVERRIDE_MIN_DAYS before the anchor is read against
# that date ("December 16, 2010 ... on December 27"): the story is told of the past.
NARRATIVE_MAX_CHARS = 300

# A weekday "on Friday" is at most this many days from the anchor (one week).
DAYS_PER_WEEK = 7

# Words after a bare year that keep it a year ("in 2018 the ..."); any other
# lowercase word makes it a count ("in 2000 cases").
_YEAR_FOLLOWERS = frozenset(
    """and or to the a an when as but after before until while with that which
    it he she they we i you was were is are has had have for in on at by of from
    through amid during there this its his her their also so because following
    alone only again than elections election""".split()
)
# Words that make a weekday the name of a day of its own ("Good Friday",
# "Black Friday", "Super Tuesday", "Man Friday"): not a day to resolve.
_NAMED_DAY_WORDS = frozenset(
    """Good Black Super Man Girl Ash Easter Palm Cyber Bloody Holy Maundy Shrove
    Giving Fat Blue Low Whit Trinity Mothering Remembrance Orthodox Great Spy""".split()
)


def _alternation(names) -> str:
    return "|".join(sorted(names, key=len, reverse=True))


_MONTH_ALT = _alternation(list(MONTHS) + list(MONTH_ABBREVIATIONS))
_MONTH_FULL_ALT = _alternation(MONTHS)
_WEEKDAY_ALT = _alternation(list(WEEKDAYS) + list(WEEKDAY_ABBREVIATIONS))
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w%]|[.,:]\d)"  # "May 3:30" is a time; "October 20: ACCIDENT" a heading
_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d%]|[.,]\d)"
_ANY_YEAR = r"(?:1\d\d\d|20\d\d)(?![\d%]|[.,]\d)"
_WD_PREFIX = rf"(?:(?P<wd>{_WEEKDAY_ALT})\b\.?,?\s+(?:the\s+)?)?"

_PATTERNS: dict[str, str] = {
    # [Friday,] November 7[, 2025] ; March 8, 15 and 22, 2018
    "month_day": rf"\b{_WD_PREFIX}(?P<month>{_MONTH_ALT})\b\.?\s+(?P<day>{_DAY})"
    rf"(?P<range>\s*[-–]\s*(?:(?:{_MONTH_FULL_ALT})\s+)?{_DAY})?"  # July 15-24 ; July 23-August 8: the first day
    rf"(?P<more>(?:\s*(?:,|and|&)\s*(?:and\s+)?{_DAY})*)(?:,?\s+(?P<year>{_YEAR}))?",
    # [Friday,] [the] 7[th] [of] November[,] [2025]
    "day_month": rf"\b{_WD_PREFIX}(?<![\w.,:/-])(?P<day>{_DAY})(?:\s+of)?\s+(?P<month>{_MONTH_ALT})\b\.?(?:,?\s+(?P<year>{_YEAR}))?",
    # November 2025
    "month_year": rf"(?P<month>{_MONTH_ALT})\b\.?,?\s+(?:of\s+)?(?P<year>{_YEAR})",
    # in March ; since May ; early June ; mid-July ; last March
    "month": rf"\b(?P<pre>in|In|since|Since|until|Until|till|by|By|during|During|through|from|From|before|Before|"
    rf"after|After|of|early|Early|late|Late|mid|Mid|last|Last|next|Next|this\s+past|This\s+past|this|This|"
    rf"between|Between|and|or|for|For|to)(?:\s+|-)(?P<month>{_MONTH_FULL_ALT})\b(?!\s*\d)(?!-)(?!,?\s+of\s+\d)",
    # August, September and October ; June or July: a month that opens a list of months
    "month_list": rf"\b(?P<pre>)(?P<month>{_MONTH_FULL_ALT})(?=(?:,\s*|\s+(?:and|or|to|through)\s+)(?:{_MONTH_FULL_ALT})\b(?!\s*\d))",
    # the November election ; the March primary ("May" is also a name: "the May government")
    "month_modifier": rf"\b(?=[TtAaIiHhOo])(?P<pre>the|The|a|A|an|An|its|Its|his|His|her|Her|their|Their|our|Our)\s+(?P<month>{_alternation(m for m in MONTHS if m != 'May')})(?:['’]s)?(?=\s+[a-z])",
    # in 2018 ; since 1991 ; by 2030
    "year": rf"\b(?P<pre>in|In|since|Since|until|Until|by|By|during|During|through|from|From|before|Before|"
    rf"after|After|of|early|Early|late|Late|mid|Mid)(?:\s+|-)(?P<year>{_ANY_YEAR})\b(?!-)",
    # the 2016 election ; IPL 2020 ; between 2000 and 2013 ; as recently as 2015 (see _bare_year_ok)
    "bare_year": rf"(?<![\w$£€#@&.,/:'’])(?P<year>{_YEAR})\b(?![-/–]\d{{1,2}}\b)",
    # '91 ; the class of '08
    "short_year": r"\b(?:in|of|since|from|to|until|and|by|the|In|Of|Since|From)\s+['’](?P<yy>\d\d)(?![\w'’]|[.,]\d)",
    # 2019-05-20
    "iso": r"(?<![\w-])(?P<year>1[89]\d\d|20\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\d-])",
    # 20.05.2019 (day first, the European order)
    "dotted": r"(?<![\w.])(?P<day>0?[1-9]|[12]\d|3[01])\.(?P<month>0?[1-9]|1[0-2])\.(?P<year>1[89]\d\d|20\d\d)(?![\d.]|\.\d)",
    # 12/31/21 ; 22/11/2020 (month first in English, day first elsewhere, unless a part is above 12)
    "slashed": r"(?<![\w/.,-])(?P<a>[01]?\d|[23]\d)/(?P<b>[01]?\d|[23]\d)/(?P<y>(?:1[89]|20)\d\d|\d\d)(?![\w/]|[.,]\d)",
    # last week ; next month ; this year
    "relative": r"\b(?P<rel>last|Last|next|Next|this|This|coming|Coming)\s+(?P<unit>week|month|year)\b",
    # three days ago ; 2 weeks ago ; a year ago
    "ago": r"\b(?P<n>\d{1,3}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
    r"[Ee]leven|[Tt]welve)\s+(?P<unit>day|week|month|year)s?\s+ago\b",
    # yesterday ; today ("today's updates"; not "today's world", which is nowadays: see _accept) ; tomorrow ; tonight
    "deictic": r"\b(?P<deictic>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Ll]ast\s+night)\b",
    # on Friday ; last Tuesday ; Friday's meeting ; Tues. ; on Thursday last
    "weekday": rf"\b(?:(?P<mod>last|Last|next|Next|this|This|coming|Coming)\s+)?(?P<wd>{_alternation(WEEKDAYS)}|"
    rf"(?:{_alternation(WEEKDAY_ABBREVIATIONS)})(?=\.))\b(?P<post>\s+last\b(?!\s+(?:week|month|year|night|time|season|summer|winter)))?",
}

_GRANULARITY_DAYS = {"day": 1, "week": 7}

# Text a pattern cannot match without (checked before scanning: most articles lack most of them).
_GATES: dict[str, tuple[str, ...]] = {
    "ago": ("ago",),
    "short_year": ("'", "’"),
    "iso": ("-",),
    "dotted": (".",),
    "slashed": ("/",),
    "relative": ("week", "month", "year"),
    "deictic": ("esterday", "oday", "omorrow", "onight", "night"),
}


@dataclass(slots=True)
class DateSpan:
    text: str
    date: dt.date | None
    start: int
    end: int
    granularity: str  # day / week / month / year
    flags: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _compiled() -> dict[str, re.Pattern[str]]:
    return {kind: re.compile(p) for kind, p in _PATTERNS.items()}


# How many characters either side of a date in another language a future cue word is looked for.
FOREIGN_CUE_WINDOW_CHARS = 80
# How many characters before it a past lead ("depuis début décembre") is looked for.
FOREIGN_LEAD_CHARS = 20

_DAY_NUMBER = r"(?:3[01]|[12]\d|0?[1-9])"
# Words between the days of a range ("del 21 al 24 de abril", "du 3 au 5 mai", "vom 3. bis 5. Mai"): the first day is the date.
_RANGE_WORDS = "al|a|au|bis|até|ao|по"
_LETTER = r"[^\W\d_]"


def _words_alternation(words) -> str:
    """Words as a regex alternation, longest first; an apostrophe matches either form."""
    return "|".join(re.escape(w).replace("'", "['’]") for w in sorted(set(words), key=len, reverse=True))


@cache
def _compiled_foreign(language: str) -> dict[str, re.Pattern[str]]:
    """The date patterns of a language in :data:`lexicon.SUPPORTED`, built from its lexicon."""
    lex = lexicon(language)
    assert lex is not None  # called with the language of a lexicon
    g = lex.grammar
    month = _words_alternation(lex.months)
    month_any = _words_alternation([*lex.months, *lex.month_abbreviations])
    parts = _words_alternation(g.weekday_parts) if g.weekday_parts else None
    weekday = _words_alternation(lex.weekdays)
    weekday_word = rf"(?:{weekday})(?:{parts})?" if parts else rf"(?:{weekday})"
    year = rf"(?P<year>{_YEAR}){g.year_suffix}"
    year_link = rf"(?:{g.month_year_link}|,?\s+)"
    after = rf"(?!{_LETTER})"
    number_words = _words_alternation([w for w, _ in lex.numbers if "(" not in w]) or "(?!)"
    number_stems = "|".join(w for w, _ in lex.numbers if "(" in w) or "(?!)"
    number = rf"\d{{1,3}}|{number_stems}|{number_words}"
    # "hace unos 12 días", "há cerca de cinco anos"
    approximately = rf"(?:(?:{_words_alternation(g.approximators)})\s+)?" if g.approximators else ""
    patterns = {
        # [Montag,] 3. März [2019] ; 1er mars 2019 ; 3 de marzo de 2019 ; 3 марта 2019 года ; 21 al 24 de abril
        "day_month": rf"(?:(?P<wd>{weekday}),?\s+(?:(?:le|el|den|am|o|a)\s+)?)?(?<![\w.,:/-])"
        rf"(?:(?P<day0>{_DAY_NUMBER}){g.day_suffix}\s+(?:{_RANGE_WORDS})\s+)?(?P<day>{_DAY_NUMBER}){g.day_suffix}"
        rf"{g.day_month_link}(?P<month>{month_any})(?:\.|{after})(?:{year_link}{year})?{after}",
        # März 2019 ; marzo de 2019 ; марте 2019 года
        "month_year": rf"(?<!{_LETTER})(?P<month>{month}){year_link}{year}{after}",
        # im März ; en mars ; desde marzo ; в марте
        "month": rf"(?<!{_LETTER})(?P<pre>{_words_alternation(g.month_prepositions + g.month_conjunctions)})(?:\s+|-)(?P<month>{month}){after}(?!\s*\d)(?!{g.month_year_link}\d)",
        # seit 2018 ; en 2018 ; в 2018 году
        "year": rf"(?<!{_LETTER})(?P<pre>{_words_alternation(g.year_prepositions)})\s+{year}(?![\d%]|[.,]\d|\s*[-–]\s*\d)",
        "iso": _PATTERNS["iso"],
        "dotted": _PATTERNS["dotted"],
        "slashed": _PATTERNS["slashed"],
        "relative": rf"(?<!{_LETTER})(?P<rel>{_words_alternation(lex.relative)}){after}",
        "deictic": rf"(?<!{_LETTER})(?P<deictic>{_words_alternation(lex.deictic)}){after}",
        "weekday": rf"(?<!{_LETTER})(?P<wd>{weekday_word}){after}",
    }
    if language != "ru":  # Russian years come with their noun ("2018 года") or a preposition
        patterns["bare_year"] = _PATTERNS["bare_year"]
    if language == "ru":  # "2018 года", "2018 г.": the year noun makes a bare number a year
        patterns["year_noun"] = rf"(?<![\d.,])(?P<year>{_YEAR})\s*(?:года|году|г\.)"
    for i, (pattern, unit, direction) in enumerate(lex.ago):
        body = re.escape(pattern).replace(re.escape("(?P<n>NUMBER)"), f"{approximately}(?P<n>{number})").replace("\\ ", "\\s+")
        patterns[f"ago:{unit}:{direction}:{i}"] = rf"(?<!{_LETTER}){body}{after}"
    return {kind: re.compile(p, re.IGNORECASE) for kind, p in patterns.items()}


@cache
def _ago_gate(language: str, kind: str) -> str:
    """The longest fixed word of a foreign "N units ago" pattern ("назад", "hace"), lowercased: absent, no match."""
    lex = lexicon(language)
    assert lex is not None  # called with the language of a lexicon
    pattern = lex.ago[int(kind.rsplit(":", 1)[1])][0]
    return max(pattern.replace("(?P<n>NUMBER)", " ").lower().split(), key=len)


def _sentence_start(text: str, start: int) -> bool:
    return re.search(r"(?:^|[.!?:»«\"“”\n]\s*|\n)$", text[max(0, start - 4) : start]) is not None


def _accept_foreign(kind: str, m: re.Match[str], text: str, lex: Lexicon) -> tuple[int, int] | None:
    """The (start, end) of a match in another language, or None when it is a look-alike."""
    start, end = m.span()
    g = lex.grammar
    name = m.groupdict().get("month") or m.groupdict().get("wd")
    if name and kind != "day_month" and g.lowercase_names and name[0].isupper() and not _sentence_start(text, m.start()):
        return None  # "Mars" the planet, "Plácido Domingo": a capitalised name mid-sentence is a proper noun
    if kind == "weekday":
        assert name is not None  # the weekday pattern's "wd" group always takes part
        if _fold(name) not in lex.weekdays and not any(_fold(name).startswith(w) for w in lex.weekdays):
            return None
        if "-" not in name and any(w.startswith(_fold(name) + "-") for w in lex.weekdays):
            # "segunda" alone is also "second": a weekday only after "na", "nesta", "próxima", "última", "desde a"
            prev = re.search(r"(\w+)\s+$", text[max(0, start - 20) : start])
            if not prev or prev.group(1).lower() not in ("na", "nesta", "desta", "próxima", "última", "até"):
                return None
    if kind in ("deictic", "relative") and g.lowercase_names and m.group(0)[0].isupper() and not _sentence_start(text, start):
        return None  # "playlists como Hoy es viernes": a capitalised date word mid-sentence is a title
    if kind == "bare_year" and lex.language in ("es", "pt") and _names_year(text, m):
        return None  # "la presa Constitución de 1917": a year closing a proper name
    if kind == "deictic" and any(text[start : start + len(p)].lower() == p for p in g.nowadays):
        return None  # "hoy en día": nowadays
    if kind == "weekday" and g.generic_day_leads and re.search(
        rf"(?<!{_LETTER})(?:{_words_alternation(g.generic_day_leads)})\s+$", text[max(0, start - 12) : start], re.IGNORECASE
    ):
        return None  # "cada lunes", "un domingo de febrero": no particular day
    if kind == "deictic":
        word = m.group("deictic")
        if lex.language == "de" and word[0].isupper() and word.lower() == "morgen":
            return None  # "Morgen" the morning; "morgen" tomorrow
        prev = re.search(r"(\w+)\s+$", text[max(0, start - 12) : start])
        if lex.language == "es" and word.lower() == "mañana" and prev and prev.group(1).lower() in ("la", "esta", "cada", "una", "media", "misma"):
            return None  # "por la mañana": the morning
    if kind == "bare_year" and not _bare_year_ok(m, text, lex):
        return None
    if kind == "month" and m.group("pre").lower() in g.month_conjunctions:
        before = text[max(0, start - 30) : start]
        if not re.search(rf"(?:{_words_alternation(lex.months)})(?:\s+\d{{4}})?\s*,?\s*$", before, re.IGNORECASE):
            return None  # "et août" continues a list of months, nothing else
    if kind in ("year", "year_noun", "month_year", "day_month") and m.groupdict().get("year"):
        if not MIN_YEAR <= int(m.group("year")) <= MAX_YEAR:
            return None
    if kind == "day_month" and m.group("wd") and g.lowercase_names and m.group("wd")[0].isupper() and not _sentence_start(text, start):
        return None
    return start, end


def _names_year(text: str, m: re.Match[str]) -> bool:
    """Whether a bare year ends a proper name in Spanish or Portuguese: "<Capitalised> de 1917",
    the capitalised word mid-sentence, the year not the start of a range ("España de 2013 a 2015")."""
    before = re.search(rf"(?<!{_LETTER})([A-ZÁÉÍÓÚÑÂÊÔÃÕÇ]{_LETTER}+)\s+(?:de|del|do|da)\s+$", text[max(0, m.start() - 40) : m.start()])
    if not before or _sentence_start(text, m.start() - len(before.group(0))):
        return False
    return not re.match(r"\s*(?:[-–]|a|al|y|e|hasta|até)\s*\d", text[m.end() :])


def find_dates(
    text: str, anchor: dt.date | None, *, anchor_is_fetch: bool = False, language: str | None = None
) -> list[DateSpan]:
    """Every date expression in ``text``, resolved against ``anchor``.

    ``anchor_is_fetch`` says the anchor is the fetch time (no publication
    date was found): spans resolved against it carry the flag ``anchor_is_fetch``.
    ``language`` (ISO 639-1, the article's detected language) selects the
    month and weekday words: German, French, Spanish, Portuguese and Russian
    from dateparser's language data (:mod:`lexicon`); English for any other
    or none.

    >>> [(s.text, s.date.isoformat()) for s in find_dates("Talks on May 3 may resume.", dt.date(2019, 5, 20))]
    [('May 3', '2019-05-03')]
    >>> [(s.text, s.date.isoformat()) for s in find_dates("Am 3. März 2019 und gestern.", dt.date(2019, 5, 20), language="de")]
    [('3. März 2019', '2019-03-03'), ('gestern', '2019-05-19')]
    """
    if not text:
        return []
    lex = lexicon(language)
    candidates: list[tuple[int, int, str, re.Match[str]]] = []
    folded = text.lower() if lex else text
    for kind, pattern in (_compiled_foreign(lex.language) if lex else _compiled()).items():
        gate = _GATES.get(kind) if lex is None or kind in ("iso", "dotted", "slashed") else None
        if gate and not any(g in text for g in gate):
            continue  # the pattern's fixed text is absent: skip the scan
        if lex and kind.startswith("ago:") and _ago_gate(lex.language, kind) not in folded:
            continue  # "hace", "назад": the count's fixed word is absent
        for m in pattern.finditer(text):
            span = _accept_foreign(kind, m, text, lex) if lex else _accept(kind, m, text)
            if span:
                candidates.append((span[0], span[1], kind, m))
    candidates.sort(key=lambda c: (c[0], c[0] - c[1]))
    spans: list[DateSpan] = []
    kinds: list[tuple[str, re.Match[str]]] = []
    last_end = -1
    for start, end, kind, m in candidates:
        if start < last_end:
            continue
        resolved = _resolve(kind, m, text, start, end, anchor, anchor_is_fetch, lex)
        spans += resolved
        kinds += [(kind, m)] * len(resolved)
        last_end = max([end, *(s.end for s in resolved)])  # a span may have taken in what follows ("fevereiro do ano passado")
    if anchor is not None:
        _context_passes(text, spans, kinds, anchor, lex)
        if lex is None and "(@" in text:
            _tweet_days(text, spans, kinds, anchor)
    return spans


# An embedded tweet's signature line after its text: "— Name (@handle) January 7, 2020".
_TWEET_SIGNATURE = re.compile(
    rf"[^\n]{{0,400}}\n[—–-][ \t][^\n]{{1,80}}?\(@\w+\)[ \t]+(?P<month>{_MONTH_FULL_ALT})[ \t]+(?P<day>{_DAY}),?[ \t]+(?P<year>{_YEAR})"
)


def _tweet_days(text: str, spans: list[DateSpan], kinds: list, anchor: dt.date) -> None:
    """'today', 'yesterday' inside an embedded tweet move from the tweet's date, in place.

    "Honored to offer the benediction today ... — Seth (@Rabbi_360) January 7,
    2020": the tweet's day, not the article's.
    """
    for span, (kind, _) in zip(spans, kinds):
        if kind != "deictic" or span.date is None or not (sig := _TWEET_SIGNATURE.match(text, span.end)):
            continue
        day = re.match(r"\d+", sig.group("day"))
        posted = _safe_date(int(sig.group("year")), MONTHS[sig.group("month")], int(day.group(0))) if day else None
        if posted and posted != anchor:
            span.date = posted + (span.date - anchor)
            span.flags = [f for f in span.flags if f != "anchor_is_fetch"] + ["narrative_anchor"]  # read against the tweet's date in the text


_YEARLESS = ("month_day", "day_month", "month", "month_modifier", "month_list")
_WRITTEN_YEAR = ("month_day", "day_month", "month_year", "iso", "dotted", "slashed")
_APPOSITION = re.compile(r"^\s*,?\s*(?:a|which was a|that was a|un|une|ein|einem|um|uma)\s+$", re.IGNORECASE)
_RANGE_LINK = re.compile(
    r"^\s*(?:-|–|—|to|and|through|until|till|bis|und|et|à|au|y|a|al|e|и|по|до)\s*(?:the\s+|le\s+|el\s+|o\s+|den\s+)?$",
    re.IGNORECASE,
)


# Between the two ends of a range (not a list: "and", "y" may join dates in any order).
_RANGE_ONLY_LINK = re.compile(
    r"^\s*(?:-|–|—|to|through|until|till|bis|à|au|a|al|hasta|até|по|до)\s*(?:the\s+|le\s+|el\s+|o\s+|den\s+)?$",
    re.IGNORECASE,
)


# A year after these sets the scene for the yearless dates after it in the sentence ("In 2005, ... on July 10").
_SCENE_PREPOSITIONS = frozenset("in In of during During".split())
# How far after such a year a yearless date may be, and what ends its sentence (a line break, or . ! ? ; before a space).
SCENE_YEAR_MAX_CHARS = 200
_SCENE_BREAK = re.compile(r"[.!?;]\s|\n")


# "last summer" earlier in the sentence: the season that sets the scene, and the month it starts in.
_HAS_YEAR = re.compile(r"\d{4}")
_LAST_SEASON = re.compile(r"\b(?:[Ll]ast|[Tt]his\s+past)\s+(spring|summer|fall|autumn|winter)\b")
_SEASON_START_MONTH = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


def _last_season_year(text: str, start: int, anchor: dt.date) -> int | None:
    """The year of a "last summer" earlier in the sentence before ``start`` (the latest such season begun
    before the anchor's month; a winter is the year it starts in), or None."""
    lo = max(0, start - SCENE_YEAR_MAX_CHARS)
    if "ast" not in text[lo:start]:
        return None
    breaks = list(_SCENE_BREAK.finditer(text, lo, start))
    m = None
    for m in _LAST_SEASON.finditer(text, breaks[-1].end() if breaks else lo, start):
        pass
    if m is None:
        return None
    month = _SEASON_START_MONTH[m.group(1)]
    return anchor.year if month < anchor.month else anchor.year - 1


def _written_year(kind: str, m: re.Match[str]) -> bool:
    return kind in _WRITTEN_YEAR and bool(m.groupdict().get("year") or m.groupdict().get("y"))


def _context_passes(text: str, spans: list[DateSpan], kinds: list, anchor: dt.date, lex: Lexicon | None) -> None:
    """Dates read against their neighbours, in place.

    - a range's first date takes the year of its second ("from March to May
      2019", "entre le 21 juin et le 15 novembre 2019"); a range's yearless
      end is not before its start ("8 de agosto a 7 de octubre");
    - a yearless date right after a date with its year, far from the anchor,
      is read against that date (the narrative anchor: "December 16, 2010 ...
      on December 27");
    - a yearless date in the same sentence after a year that sets the scene
      ("In 2005, Hurricane Dennis made landfall ... on July 10", "the summer
      of 2004 ... in mid-August", "The 2022 Commonwealth Games are scheduled
      ... on July 27-August 7") is in that year, unless its tense points the
      other way (a past year and a future clause);
    - a weekday without a tense cue of its own follows a weekday before it in
      the same sentence that points to the future ("should peak Wednesday
      before temperatures climb back up on Thursday"), and an earlier mention
      of the same weekday read as ahead ("se congregarán este jueves ... el
      jueves tenemos que demostrar").
    """
    last_written: DateSpan | None = None
    story_day: DateSpan | None = None  # the last day named by its date
    scene_year: DateSpan | None = None  # the last year that sets a sentence's scene ("In 2005,", "the 2022 Games")
    previous: DateSpan | None = None
    weekdays_ahead: dict[int, dt.date] = {}  # weekday -> the date ahead an earlier mention of it was read as
    for i, (span, (kind, m)) in enumerate(zip(spans, kinds)):
        yearless = kind in _YEARLESS and not m.groupdict().get("year") and span.date is not None
        scene_free = yearless and not _HAS_YEAR.search(span.text)  # "July 15-24 in 2022" has taken in its year
        modified = kind in ("month", "month_modifier") and m.group("pre").lower() in ("last", "next", "this", "this past", "past")
        if yearless and not modified and i + 1 < len(spans):
            nxt, (nkind, nm) = spans[i + 1], kinds[i + 1]
            first, last = span.date, nxt.date
            assert first is not None  # yearless implies a date
            if last and nkind in _YEARLESS and not nm.groupdict().get("year") and last < first and _RANGE_ONLY_LINK.match(text[span.end : nxt.start]):
                # "8 de agosto a 7 de octubre": a range's end is not before its start
                wraps = (last.month, last.day) < (first.month, first.day)  # "December 20 to January 5"
                nxt.date = _safe_date(first.year + wraps, last.month, last.day) or last
            if _written_year(nkind, nm) and nxt.date and _RANGE_LINK.match(text[span.end : nxt.start]):
                assert span.date is not None  # yearless implies a date
                moved = _safe_date(nxt.date.year, span.date.month, span.date.day)
                if moved and moved > nxt.date:
                    moved = _safe_date(nxt.date.year - 1, span.date.month, span.date.day)
                if moved:
                    span.date = moved
                    if "anchor_is_fetch" in span.flags:
                        span.flags.remove("anchor_is_fetch")
                    yearless = False
        if (
            yearless
            and not modified
            and last_written
            and span.start - last_written.end <= NARRATIVE_MAX_CHARS
            and _tense(text, span.start, span.end, lex) != "future"  # "la Constitución del 15 de noviembre del 2019 ... el próximo 17 de mayo"
        ):
            story = last_written.date
            assert story is not None and span.date is not None  # last_written has a date; so has a yearless span
            if (anchor - story).days > TENSE_OVERRIDE_MIN_DAYS:  # a story told of the past, not a plan
                options = [d for y in (story.year - 1, story.year, story.year + 1) if (d := _safe_date(y, span.date.month, span.date.day))]
                span.date = min(options, key=lambda d: (abs((d - story).days), d < story), default=span.date)
                span.flags = [f for f in span.flags if f != "anchor_is_fetch"] + ["narrative_anchor"]
        if scene_free and not modified and lex is None and span.date and (season := _last_season_year(text, span.start, anchor)):
            # "Last summer, Hurricane Barry hit Louisiana on July 13": the season's year
            if season != span.date.year and (moved := _safe_date(season, span.date.month, span.date.day)):
                span.date = moved
                span.flags = [f for f in span.flags if f != "anchor_is_fetch"] + ["narrative_anchor"]
        elif (
            scene_free
            and not modified
            and scene_year
            and scene_year.date
            and span.date
            and span.date.year != scene_year.date.year
            and span.start - scene_year.end <= SCENE_YEAR_MAX_CHARS
            and not _SCENE_BREAK.search(text, scene_year.end, span.start)
            and _tense(text, span.start, span.end, lex) != ("future" if scene_year.date.year < anchor.year else "past")
        ):
            moved = _safe_date(scene_year.date.year, span.date.month, span.date.day)
            if moved:
                span.date = moved
                span.flags = [f for f in span.flags if f != "anchor_is_fetch"] + ["narrative_anchor"]
        if kind == "weekday" and previous and previous.date and previous.granularity == "day" and _APPOSITION.match(
            text[previous.end : span.start]
        ):
            # "Dec. 18, a Wednesday": the weekday names the date before it
            wanted = _weekday_number(m.group("wd"), lex)
            span.date = previous.date
            span.flags = [f for f in span.flags if f != "anchor_is_fetch"] + (
                ["weekday_mismatch"] if previous.date.weekday() != wanted else []
            )
        elif kind == "weekday" and not m.groupdict().get("mod") and not m.groupdict().get("post") and span.date and span.date <= anchor:
            if previous and previous.date and previous.date > anchor and previous.granularity == "day" and kinds[i - 1][0] == "weekday":
                same_sentence = not re.search(r"[.!?;\n]", text[previous.end : span.start])
                if same_sentence and _tense(text, span.start, span.end, lex) is None:
                    span.date = _shift(span.date, "day", DAYS_PER_WEEK) if span.date < anchor else span.date
            ahead = weekdays_ahead.get(span.date.weekday()) if span.date else None
            if ahead and span.date and span.date < anchor and not any(c.isdigit() for c in span.text) and _tense(text, span.start, span.end, lex) is None:
                span.date = ahead  # "se congregarán este jueves ... el jueves tenemos que": the same Thursday
        if (
            lex is None
            and kind == "weekday"
            and not m.group("mod")
            and not m.group("post")
            and span.date
            and story_day
            and story_day.date
            and (anchor - story_day.date).days > DAYS_PER_WEEK
            and story_day.date < span.date <= anchor
            and span.start - story_day.end <= NARRATIVE_MAX_CHARS
            and _tense(text, span.start, span.end, lex) != "future"
        ):
            # "on Dec. 18, a Wednesday ... 'The first I heard of it was late Tuesday evening'": the story's week,
            # when the story named a day with its weekday (a bare "April 7" leaves "reported Monday" to the anchor)
            wanted, told = _weekday_number(m.group("wd"), lex), story_day.date
            near = [told + dt.timedelta(days=k) for k in range(-6, 7) if (told.weekday() + k) % DAYS_PER_WEEK == wanted]
            span.date = min(near, key=lambda d: (abs((d - told).days), d > told))
            span.flags = [f for f in span.flags if f != "anchor_is_fetch"] + ["narrative_anchor"]
        if kind in ("month_day", "day_month") and m.groupdict().get("wd") or kind == "weekday" and previous is not None and span.date == previous.date:
            story_day = span  # the last day the story names by its date and weekday ("Dec. 18, a Wednesday", "Tuesday, Dec. 17")
        if kind == "weekday" and span.date and span.date > anchor:
            weekdays_ahead[span.date.weekday()] = span.date
        if span.date and _written_year(kind, m) and span.granularity in ("day", "month"):
            last_written = span
        if span.date and span.date.year != anchor.year and (
            kind == "bare_year"
            or kind == "year" and m.group("pre") in _SCENE_PREPOSITIONS
            or lex is None and kind == "relative" and m.group("unit") == "year"  # "Last year in Livermore, ... in May"
        ):
            scene_year = span
        previous = span


def _accept(kind: str, m: re.Match[str], text: str) -> tuple[int, int] | None:
    """The (start, end) a match stands for, or None when it is a look-alike."""
    start, end = m.span()
    prev = _previous_word(text, start)
    if kind == "year":
        following = re.match(r"\s+([A-Za-z]+)", text[end:])
        if following and following.group(1).islower() and following.group(1) not in _YEAR_FOLLOWERS:
            return None
        if int(m.group("year")) < MIN_DATE_YEAR and (
            m.group("pre") not in _OLD_YEAR_PREPOSITIONS or re.match(r"\s+[A-Za-z]", text[end:]) and not following
        ):
            return None  # "by 1500", "in 1200 Main Street": counts and numbers
    if kind == "bare_year" and not _bare_year_ok(m, text, None):
        return None
    if kind == "short_year":
        return m.start("yy") - 1, end
    if kind == "month" and m.group("pre") in ("and", "or") and not re.search(
        rf"(?:{_MONTH_FULL_ALT})(?:\s+{_YEAR})?\s*,?\s*$", text[max(0, start - 30) : start]
    ):
        return None  # "and June" continues a list of months ("May and June"), nothing else
    if kind == "month" and m.group("pre") in ("for", "For", "to") and m.group("month") == "May":
        return None  # "support for May", "a letter to May": the politician
    if kind == "month" and m.group("pre") == "to" and re.match(r"\s+[A-Z]", text[end:]):
        return None  # "to August Wilson": a name
    if kind == "relative" and re.search(r"\b[Tt]he\s+$", text[max(0, start - 5) : start]):
        return None  # "the next year", "the last week of June": relative to the story, not the anchor
    if kind == "deictic" and m.group("deictic") == "Today" and not _sentence_start(text, start):
        return None  # "NBC's Today", "the Today show": a programme's name
    if kind == "deictic" and m.group("deictic") in ("today", "Today") and text[end : end + 2] in ("'s", "’s") and _nowadays(text, end + 2):
        return None  # "today's world", "in today's Russia", "today's larger codebases": nowadays
    if kind == "weekday":
        if not m.group("mod"):
            if prev in _NAMED_DAY_WORDS:
                return None  # Good Friday, Black Friday, Super Tuesday
            if prev in ("the", "The") and re.match(r"\s+[A-Z]", text[end:]):
                return None  # the Sunday Times
            if prev in ("the", "The") and m.group("wd") == "Sun":
                return None  # The Sun.
            if (
                prev in _GENERIC_DAY_WORDS
                or prev in ("a", "A") and re.match(r"\s+(?:night|morning|afternoon|evening)\b", text[end:])
                or re.match(r"[’']?s?\s+(?:nights|mornings|afternoons|evenings)\b", text[end:])
            ):
                return None  # "every Sunday", "a Friday night", "Friday nights are for fun": no particular day
        if m.group("wd") in WEEKDAY_ABBREVIATIONS:
            end = end + 1 if text[end : end + 1] == "." and not m.group("post") else end  # "Tues." keeps its dot
    return start, end


# Nouns after "today's" that make it "nowadays" ("today's world", "today's young people"), not the day.
_NOWADAYS_NOUNS = frozenset(
    """world society societies generation generations youth young kids children teens teenagers adults parents
    families students workers workforce workplace consumers standards culture climate economy environment
    market markets marketplace age era times technology technologies digital modern political politics media
    landscape internet online web industry industries businesses companies fans audiences music film films
    games cars homes life lives reality realities larger bigger smaller younger older newer faster""".split()
)


def _nowadays(text: str, after: int) -> bool:
    """Whether the words after "today's" (from ``after``) make it nowadays: a name ("today's Russia"), or a
    word of :data:`_NOWADAYS_NOUNS` ("today's young people", "today's larger codebases") among the next two."""
    words = re.match(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?", text[after : after + 40])
    if words is None:
        return True
    first, second = words.group(1), words.group(2) or ""
    if first[0].isupper():
        return True
    return first.lower() in _NOWADAYS_NOUNS or second.lower() in _NOWADAYS_NOUNS


# Words before a weekday that make it any such day, not one date ("every Sunday").
_GENERIC_DAY_WORDS = frozenset("every Every each Each any Any most Most".split())

# Before a bare four-digit number: it is an amount, a code or an address, not a year.
_NUMBER_LEADS = frozenset(
    """about around approximately roughly nearly almost over under some than least most estimated
    total No no No. Nos number numbers page pages pp p room suite flight route highway Highway bus
    line tel log code model PIN pin vs v x times plus minus to-""".split()
)
# After a bare four-digit number: a unit or an hour ("1400 GMT", "2000 km"), not a year.
_NUMBER_UNITS = frozenset(
    """GMT UTC BST CET EST EDT PST PDT IST JST hrs hr h km kg mph kph mm cm m ft lb lbs MW GW kW mAh
    Hz MHz GHz MB GB TB""".split()
)
# Plurals without an -s: "2000 people" is a count.
_IRREGULAR_PLURALS = frozenset("people men women children police staff feet teeth mice geese cattle personnel".split())
# Words after a bare number that make it a quantity ("2000 more", "1900 other").
_QUANTITY_WORDS = frozenset("more less fewer other others extra additional new each per of".split())
_STREET = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Highway|Parkway)\b")


# A determiner and a year joined to the year after it: the two modify one noun ("the 1998 and 2017 acquisitions").
_YEAR_PAIR_LEAD = re.compile(rf"\b(?:the|The|its|their|his|her|our)\s+{_YEAR}\s*(?:,|and|or|&)\s*$")


# After a word in -s: the start of an object (a number, a determiner, a name), so the word is a verb, not a plural noun.
_VERB_OBJECT = re.compile(r" (?:\d|(?:the|its|his|her|their|our)\s|[A-Z][a-z])")  # not "a": "2000 steps a day"


def _previous_word(text: str, start: int) -> str | None:
    prev = re.search(r"([^\W\d_]+\.?)\s+$", text[max(0, start - 30) : start])
    return prev.group(1).rstrip(".") if prev and not prev.group(1).endswith(".") else (prev.group(1) if prev else None)


def _bare_year_ok(m: re.Match[str], text: str, lex: Lexicon | None) -> bool:
    """Whether a four-digit number standing alone is a year ("the 2016 election") rather than a count.

    A year unless: a quantity word or a code word leads it ("about 2000",
    "No. 1999"); a plural noun, a unit or a quantity word follows it ("2000
    people", "1400 GMT", "2000 more"); it opens a street address ("1405
    Washington Avenue"). German capitalises nouns: there a capitalised word
    after it ("2000 Menschen") makes it a count, a lowercase one ("1996
    wurde") a year. Russian years need their noun or preposition (patterns).
    """
    start, end = m.span()
    if text[start - 1 : start] in ("-", "–") and not re.search(rf"(?<![\d-]){_YEAR}[-–]$", text[max(0, start - 6) : start]):
        return False  # "RL-2019-0402": a code; "1872-1892": a range of years
    if re.search(r"(?:©|\([cC]\)|[Cc]opyright)[^.\n]{0,30}$", text[max(0, start - 40) : start]):
        return False  # "© Thomson Reuters 2020", "Copyright 2020 The Associated Press": a notice, not a mention
    if text[start - 1 : start] in ("“", '"', "‘", "«") and re.match(r",?[”\"’»]", text[end:]):
        return False  # the film “1917”: a title
    prev = re.search(r"(\S+)\s+$", text[max(0, start - 30) : start])
    prev_word = prev.group(1) if prev else ""
    if prev_word.rstrip(".,:;") in _NUMBER_LEADS or prev_word.rstrip(":") in _NUMBER_LEADS or re.search(r"\d[\d,.]*$", prev_word):
        return False
    nxt = re.match(r"\s*([^\W\d_][\w’'*-]*)", text[end:])
    if nxt is None:
        return True  # punctuation, a line's end, a bracket: "(2016)", "in 1970s, 1980s and 2009."
    if not text[end : end + 1].isspace():
        return not re.match(r"[’']?s\b", text[end:])  # "2010s", "2020's": a decade or a possessive count
    word = nxt.group(1)
    if word in _NUMBER_UNITS or word.lower() in _QUANTITY_WORDS:
        return False
    if _YEAR_PAIR_LEAD.search(text, max(0, start - 20), start):
        return True  # "the 1998 and 2017 acquisitions": the noun after the second year is shared by both
    language = lex.language if lex else "en"
    if language == "de":
        return word[0].islower() or word in ("St",)
    if word[0].isupper():
        return not _STREET.match(text[end:])
    low = word.lower()
    if low in _IRREGULAR_PLURALS:
        return False
    if language == "en" and low in _YEAR_FOLLOWERS:
        return True
    plural = low.endswith(("s", "x")) and not low.endswith(("ss", "us", "is")) and len(low) > 3
    if plural and language == "en" and _VERB_OBJECT.match(text, end + nxt.end()):
        return True  # "forecast for 2020 includes 14 storms", "the 2020 reunites Asheville": a verb and its object
    return not plural


def _flags(anchor_used: bool, anchor_is_fetch: bool) -> list[str]:
    return ["anchor_is_fetch"] if anchor_used and anchor_is_fetch else []


def _resolve(
    kind: str,
    m: re.Match[str],
    text: str,
    start: int,
    end: int,
    anchor: dt.date | None,
    anchor_is_fetch: bool,
    lex: Lexicon | None = None,
) -> list[DateSpan]:
    if kind in ("month_day", "day_month"):
        return _resolve_day_month(kind, m, text, start, anchor, anchor_is_fetch, lex)
    if kind == "slashed":
        a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
        year = int(y) if len(y) == 4 else _century(int(y), anchor)
        month, day = (b, a) if lex or a > 12 else (a, b)
        if month > 12:
            month, day = day, month
        date = _safe_date(year, month, day)
        return [DateSpan(m.group(0), date, start, end, "day")] if date else []
    if kind in ("iso", "dotted"):
        date = _safe_date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
        # digits that make no calendar date (31.02.2019) are some other number
        return [DateSpan(m.group(0), date, start, end, "day")] if date else []
    if kind == "month_year":
        month = _month_number(m.group("month"), lex)
        if not lex and (range_start := _MONTH_RANGE_START.search(text, max(0, start - 12), start)):
            start, month = range_start.start(), MONTHS[range_start.group(1)]  # "July-August 2022": the range's first month
        return [DateSpan(text[start:end], dt.date(int(m.group("year")), month, 1), start, end, "month")]
    if kind == "short_year":
        year = _century(int(m.group("yy")), anchor)
        return [DateSpan(text[start:end], dt.date(year, 1, 1), start, end, "year")]
    if kind in ("year", "year_noun", "bare_year"):
        s = m.start("year")
        return [DateSpan(m.group("year"), dt.date(int(m.group("year")), 1, 1), s, m.end("year"), "year")]
    if kind in ("month", "month_modifier", "month_list"):
        return [_resolve_month(m, text, anchor, anchor_is_fetch, lex)]
    # everything below moves from the anchor
    surface = text[start:end]
    if anchor is None:
        return [DateSpan(surface, None, start, end, _relative_granularity(kind, m, lex), ["unresolved"])]
    flags = _flags(True, anchor_is_fetch)
    if kind == "relative":
        if lex:
            unit, step = lex.relative[_fold(m.group("rel"))]
        else:
            unit, step = m.group("unit"), {"last": -1, "next": 1, "coming": 1, "this": 0}[m.group("rel").lower()]
        return _shifted(surface, anchor, unit, step, start, end, flags)
    if kind.startswith("ago"):
        n = m.group("n")
        count = int(n) if n.isdigit() else _number_word(n, lex)
        if count is None or count > MAX_AGO:
            return []
        if lex:
            _, unit, direction, _ = kind.split(":")
            return _shifted(surface, anchor, unit, count * int(direction), start, end, flags)
        return _shifted(surface, anchor, m.group("unit"), -count, start, end, flags)
    if kind == "deictic":
        word = " ".join(_fold(m.group("deictic")).split())
        offset = lex.deictic[word] if lex else _DEICTIC[word]
        return _shifted(surface, anchor, "day", offset, start, end, flags)
    # weekday
    date = _resolve_weekday(m, text, start, end, anchor, lex)
    if date and (numbered := _weekday_day_number(text, end, lex)):
        # "sábado (23)", "el domingo 24 con": the day of the month decides, the weekday checks it
        day, end = numbered
        surface = text[start:end]
        wanted = _weekday_number(m.group("wd"), lex)
        months = [month_start for k in (-1, 0, 1) if (month_start := _shift(anchor, "month", k))]
        options = [d for month_start in months if (d := _safe_date(month_start.year, month_start.month, day))]
        # within a week of the weekday's own reading: "(23)" moves "sábado" a week back; a number
        # that names another weekday ("quarta-feira (5)" on a Thursday the 5th) leaves it, flagged
        own = date
        matching = [d for d in options if d.weekday() == wanted and abs((d - own).days) <= DAYS_PER_WEEK]
        if matching:
            date = min(matching, key=lambda d: (abs((d - own).days), d > anchor))
        else:
            flags = [*flags, "weekday_mismatch"]
    return [DateSpan(surface, date, start, end, "day", flags if date else [*flags, "out_of_range"])]


# After a weekday, its day of the month: "(23)", "(1º)" in any language; a bare number in another
# language when punctuation or a function word follows ("el domingo 24 con el evento").
_WEEKDAY_NUMBER_PAREN = re.compile(r"[ \t]*\((3[01]|[12]\d|0?[1-9])[ºª]?\)")
_WEEKDAY_NUMBER_BARE = re.compile(
    r"[ \t]+(3[01]|[12]\d|0?[1-9])[ºª]?(?=[ \t]*[,;)]|\.(?!\d)|\s+(?:con|com|y|e|en|em|a|al|ao|por|para|cuando|quando|que|se|el|la|los|las|o|os|no|na|et|le|la|à|und|am|um)\b)"
)


def _weekday_day_number(text: str, end: int, lex: Lexicon | None) -> tuple[int, int] | None:
    """(day of the month, end) written right after a weekday, or None."""
    m = _WEEKDAY_NUMBER_PAREN.match(text, end) or (_WEEKDAY_NUMBER_BARE.match(text, end) if lex else None)
    return (int(m.group(1)), m.end()) if m else None


# A month and a dash right before a "Month YYYY" ("July-August 2022").
_MONTH_RANGE_START = re.compile(rf"\b({_MONTH_FULL_ALT})\s*[-–]\s*$")

_DEICTIC = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1}

# A two-digit year ('91) is in the century that puts it at most this many years after the anchor's year.
SHORT_YEAR_AHEAD = 10


def _century(yy: int, anchor: dt.date | None) -> int:
    """'91 -> 1991, '08 -> 2008: the latest such year at most SHORT_YEAR_AHEAD years after the anchor (2000 without one)."""
    base = anchor.year if anchor else 2000
    year = (base + SHORT_YEAR_AHEAD) // 100 * 100 + yy
    return year if year <= base + SHORT_YEAR_AHEAD else year - 100


def _shifted(
    surface: str, anchor: dt.date, unit: str, n: int, start: int, end: int, flags: list[str]
) -> list[DateSpan]:
    """A span ``n`` units from the anchor; past the ends of the calendar, no date and the flag ``out_of_range``."""
    date = _shift(anchor, unit, n)
    return [DateSpan(surface, date, start, end, unit, flags if date else [*flags, "out_of_range"])]


def _fold(word: str) -> str:
    """The lexicon key of a matched word: lowercase, typographic apostrophes straightened."""
    return word.lower().replace("’", "'")


def _number_word(word: str, lex: Lexicon | None) -> int | None:
    if not lex:
        return NUMBER_WORDS.get(word.lower())
    for pattern, value in lex.numbers:
        if re.fullmatch(pattern, word.lower()):
            return value
    return None


def _relative_granularity(kind: str, m: re.Match[str], lex: Lexicon | None = None) -> str:
    if kind == "relative":
        return lex.relative[_fold(m.group("rel"))][0] if lex else m.group("unit")
    if kind.startswith("ago"):
        return kind.split(":")[1] if lex else m.group("unit")
    return "day"


def _month_number(name: str, lex: Lexicon | None = None) -> int:
    if lex:
        key = _fold(name).rstrip(".")
        return lex.months.get(key) or lex.month_abbreviations[key]
    return MONTHS.get(name) or MONTH_ABBREVIATIONS[name]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _shift(anchor: dt.date, unit: str, n: int) -> dt.date | None:
    """First day of the ``unit`` (day/week/month/year) ``n`` units from the anchor's; None past the calendar's ends."""
    try:
        if unit in _GRANULARITY_DAYS:
            moved = anchor + dt.timedelta(days=n * _GRANULARITY_DAYS[unit])
            return moved - dt.timedelta(days=moved.weekday()) if unit == "week" else moved
        if unit == "month":
            index = anchor.year * 12 + anchor.month - 1 + n
            return dt.date(index // 12, index % 12 + 1, 1)
        return dt.date(anchor.year + n, 1, 1)
    except (OverflowError, ValueError):  # 9999-12-31 + one day, year 0
        return None


def _resolve_day_month(
    kind: str,
    m: re.Match[str],
    text: str,
    start: int,
    anchor: dt.date | None,
    anchor_is_fetch: bool,
    lex: Lexicon | None = None,
) -> list[DateSpan]:
    month = _month_number(m.group("month"), lex)
    year_text = m.group("year")
    days = [m.groupdict().get("day0") or m.group("day")]  # a range's first day ("21 al 24 de abril")
    more = m.groupdict().get("more") or ""
    # A list of days ("March 8, 15, 2018") needs its year or an "and" to be a
    # list; "May 3, 14 people were hurt" is a date and a count.
    if more and (year_text or re.search(r"and|&", more)):
        days += re.findall(r"\d+", more)
    else:
        more = ""
    if more:
        end = m.end("day")  # the first day; the others become spans of their own
    elif kind == "month_day" and year_text is None:
        end = m.end("range") if m.group("range") else m.end("day")  # the match may have run on into a dropped list
        if m.group("range") and (in_year := re.match(rf"\s+in\s+(?P<year>{_YEAR})", text[end:])):
            year_text, end = in_year.group("year"), end + in_year.end()  # "July 15-24 in 2022"
    else:
        end = m.end()
    tense = _tense(text, start, end, lex) if year_text is None and anchor is not None else None
    spans = []
    for i, day_text in enumerate(days):
        digits = re.match(r"\d+", day_text)
        assert digits is not None  # the day groups start with a digit
        day = int(digits.group())
        flags: list[str] = []
        relative_year = _relative_year_after(text, end, lex) if not year_text and not more and anchor is not None else None
        if year_text:
            date = _safe_date(int(year_text), month, day)
        elif anchor is None:
            date, flags = None, ["unresolved"]
        elif relative_year:  # "14 de febrero de este año"
            end = relative_year[0]
            date = _safe_date(anchor.year + relative_year[1], month, day)
            flags = _flags(True, anchor_is_fetch)
        else:
            date = _nearest_year(month, day, anchor, tense)
            flags = _flags(True, anchor_is_fetch)
        if date is None and "unresolved" not in flags:
            flags.append("invalid_date")
        if m.group("wd") and date and date.weekday() != _weekday_number(m.group("wd"), lex):
            flags.append("weekday_mismatch")
        if i == 0:
            spans.append(DateSpan(text[start:end], date, start, end, "day", flags))
        else:
            s = m.start("more") + _nth_number_offset(more, i - 1)
            spans.append(DateSpan(day_text, date, s, s + len(day_text), "day", flags))
    return spans


def _tense(text: str, start: int, end: int, lex: Lexicon | None) -> str | None:
    """The clause's tense: English cues, or a future cue word of the article's language (None otherwise)."""
    if lex is None:
        return clause_tense(text, start, end)
    lo, hi = max(0, start - FOREIGN_CUE_WINDOW_CHARS), min(len(text), end + FOREIGN_CUE_WINDOW_CHARS)
    before, after = text[lo:start], text[end:hi]
    g = lex.grammar
    lead = {w.lower() for w in re.findall(r"\w+", text[max(0, start - FOREIGN_LEAD_CHARS) : start])}
    if lead & set(g.past_leads):
        return "past"
    if lead & set(g.future_leads):
        return "future"
    before = re.split(r"[.!?;\n]\s", before)[-1]
    after = re.split(r"[.!?;\n]\s", after)[0]
    if lex.language in ("es", "pt"):  # "dijo este martes que será...": a "que" clause speaks of another time
        before, after = re.split(r"(?<!\w)que(?!\w)", before)[-1], re.split(r"(?<!\w)que(?!\w)", after)[0]
    words = {w.lower() for w in re.findall(r"\w+", before + " " + after)}
    if any(w.startswith(cue) for w in words for cue in g.future_cues):
        return "future"
    if g.future_endings and any(w.islower() and len(w) >= 4 and w.endswith(g.future_endings) for w in re.findall(r"\w+", before + " " + after)):
        return "future"  # "definirá este jueves", "o encontro será na sexta"
    if g.present_endings or g.past_endings:
        # Russian news tells a schedule in the present ("открывается в понедельник"): the nearest verb decides
        left = re.findall(r"\w+", before)[::-1]
        right = re.findall(r"\w+", after)
        for i in range(max(len(left), len(right))):
            for side in (left, right):
                w = side[i].lower() if i < len(side) else ""
                if len(w) >= 5 and w.endswith(g.past_endings):
                    return "past"
                if len(w) >= 5 and w.endswith(g.present_endings):
                    return "future"
    return None


def _nth_number_offset(more: str, n: int) -> int:
    return [x.start() for x in re.finditer(r"\d+(?:st|nd|rd|th)?", more)][n]


def _weekday_number(name: str, lex: Lexicon | None = None) -> int:
    if lex:
        return _foreign_weekday(name, lex)
    name = name.rstrip(".")
    return WEEKDAYS.get(name, WEEKDAY_ABBREVIATIONS.get(name, -1))


def _foreign_weekday(name: str, lex: Lexicon) -> int:
    """A weekday of ``lex``'s language, also the first part of a compound ("Dienstagabend")."""
    key = _fold(name)
    if key in lex.weekdays:
        return lex.weekdays[key]
    return next((n for w, n in lex.weekdays.items() if key.startswith(w)), -1)


def _nearest_year(month: int, day: int, anchor: dt.date, tense: str | None) -> dt.date | None:
    """The (month, day) in the year that puts it nearest the anchor, unless the clause's tense points far the other way."""
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))]
    if not options:
        return None
    nearest = min(options, key=lambda d: (abs((d - anchor).days), d > anchor))
    past = max((d for d in options if d <= anchor), default=None)
    if tense is None and past and nearest > anchor and (anchor - past).days <= PAST_LEANING * (nearest - anchor).days:
        return past  # news reports the past: without a cue, the past date unless the next one is much closer
    if abs((nearest - anchor).days) <= TENSE_OVERRIDE_MIN_DAYS:
        return nearest
    if tense == "future" and nearest < anchor:
        return min((d for d in options if d >= anchor), default=nearest)
    if tense == "past" and nearest > anchor:
        return max((d for d in options if d <= anchor), default=nearest)
    return nearest


def _resolve_month(
    m: re.Match[str], text: str, anchor: dt.date | None, anchor_is_fetch: bool, lex: Lexicon | None = None
) -> DateSpan:
    pre = m.group("pre").lower()
    month = _month_number(m.group("month"), lex)
    pre = "past" if pre.endswith("past") else pre  # "this past January"
    keep_modifier = pre in ("last", "next", "this", "early", "late", "mid", "past")
    start = m.start() if keep_modifier else m.start("month")
    surface = text[start : m.end()]
    if anchor is None:
        return DateSpan(surface, None, start, m.end(), "month", ["unresolved"])
    this_year = _safe_date(anchor.year, month, 1)
    assert this_year is not None  # the anchor's year and a month number (1-12): a valid date
    anchor_month = dt.date(anchor.year, anchor.month, 1)
    date: dt.date | None
    if pre == "this":
        date = this_year
    elif pre in ("last", "past"):
        date = this_year if this_year < anchor_month else _safe_date(anchor.year - 1, month, 1)
    elif pre == "next":
        date = this_year if this_year > anchor_month else _safe_date(anchor.year + 1, month, 1)
    else:
        date = _nearest_month(month, anchor, _tense(text, m.start("month"), m.end(), lex))
    end = m.end()
    if relative_year := _relative_year_after(text, end, lex):  # "fevereiro do ano passado"
        end, step = relative_year
        date = _safe_date(anchor.year + step, month, 1)
        surface = text[start:end]
    flags = _flags(True, anchor_is_fetch) + ([] if date else ["out_of_range"])
    return DateSpan(surface, date, start, end, "month", flags)


_ENGLISH_RELATIVE_YEAR = re.compile(r"\s+(?:of\s+)?(?P<rel>last|next|this)\s+year\b")


@cache
def _relative_year_pattern(language: str | None) -> re.Pattern[str] | None:
    """A relative year after a month in ``language`` ("del año pasado", "deste ano"; English "next year"), or None."""
    if language is None:
        return _ENGLISH_RELATIVE_YEAR
    lex = lexicon(language)
    if lex is None or not lex.grammar.year_links:
        return None
    phrases = [re.sub(r"^(?:el|la|los|las|o|a|os|as)\s+", "", p) for p, (unit, _) in lex.relative.items() if unit == "year"]
    links = _words_alternation(lex.grammar.year_links)
    return re.compile(rf"\s+(?:(?:{links})\s+)?(?P<rel>{_words_alternation(phrases)})(?!{_LETTER})", re.IGNORECASE)


def _relative_year_after(text: str, end: int, lex: Lexicon | None) -> tuple[int, int] | None:
    """(end, years from the anchor) of a relative year right after a month ("fevereiro do ano passado"), or None."""
    pattern = _relative_year_pattern(lex.language if lex else None)
    m = pattern.match(text, end) if pattern else None
    if m is None:
        return None
    if lex is None:
        return m.end(), {"last": -1, "next": 1, "this": 0}[m.group("rel")]
    phrase = _fold(m.group("rel"))
    step = next(v[1] for p, v in lex.relative.items() if v[0] == "year" and (p == phrase or p.endswith(" " + phrase)))
    return m.end(), step


def _nearest_month(month: int, anchor: dt.date, tense: str | None) -> dt.date | None:
    """The month nearest the anchor (the anchor's own month when it is that one), in the clause's direction."""
    anchor_month = dt.date(anchor.year, anchor.month, 1)
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, 1))]
    if anchor_month in options:
        return anchor_month
    if tense == "past":
        return max((d for d in options if d < anchor_month), default=None)
    if tense == "future":
        return min((d for d in options if d > anchor_month), default=None)

    def distance(d: dt.date) -> int:
        following = _shift(d, "month", 1)
        last_day = following - dt.timedelta(days=1) if following else dt.date.max
        # news reports what happened: a month ahead counts MONTH_PAST_LEANING times as far
        return round((d - anchor).days * MONTH_PAST_LEANING) if d > anchor else (anchor - last_day).days

    return min(options, key=lambda d: (distance(d), d > anchor), default=None)


def _resolve_weekday(
    m: re.Match[str], text: str, start: int, end: int, anchor: dt.date, lex: Lexicon | None = None
) -> dt.date | None:
    """The nearest such weekday in the direction of the clause (past by default, anchor day included)."""
    target = _weekday_number(m.group("wd"), lex)
    mod = (m.groupdict().get("mod") or "").lower() or ("last" if m.groupdict().get("post") else "")
    back = (anchor.weekday() - target) % DAYS_PER_WEEK  # 0..6 days back to it
    ahead = (target - anchor.weekday()) % DAYS_PER_WEEK  # 0..6 days ahead to it
    if mod == "last":
        return _shift(anchor, "day", -(back or DAYS_PER_WEEK))
    if mod in ("next", "coming"):
        return _shift(anchor, "day", ahead or DAYS_PER_WEEK)
    tense = _tense(text, start, end, lex)
    if tense == "future":
        return _shift(anchor, "day", ahead)
    return _shift(anchor, "day", -back)
