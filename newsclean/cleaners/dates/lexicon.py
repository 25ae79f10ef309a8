"""Month, weekday and relative-date words of other languages, from dateparser's language data.

dateparser ships, per language, the names of the months and weekdays (full,
abbreviated, some inflected forms), the words for today / yesterday /
tomorrow, phrases like "last week" and patterns like "3 days ago". The date
patterns of :mod:`mentions` for German, French, Spanish, Portuguese and
Russian are built from those lists; what is ours is grammar the data lacks
(which preposition introduces a month or a year, Russian's prepositional
case "в марте", Spanish and Portuguese counts in words beyond "un"/"um",
verb endings of the future and of Russian's present and past, the Russian
genitive plural after five, "deste ano"), kept in :data:`GRAMMAR` below.

>>> lexicon("de").months["märz"], lexicon("fr").weekdays["mardi"], lexicon("ru").months["марте"]
(3, 1, 3)
>>> lexicon("xx") is None
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# Languages whose date words are read (measured on tests/data/dates, see bench/dates_eval.py).
SUPPORTED = ("de", "fr", "es", "pt", "ru")

_MONTH_KEYS = (
    "january february march april may june july august september october november december".split()
)
_WEEKDAY_KEYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_UNITS = ("day", "week", "month", "year")

# An abbreviated name is at most this long ("janv", "sept", "нояб"): shorter
# than the full names, and read only next to a day number.
MAX_ABBREVIATION_CHARS = 4


@dataclass(frozen=True)
class Grammar:
    """What dateparser's data does not say: the words around a date in one language."""

    month_prepositions: tuple[str, ...]  # introduce a bare month ("im März", "en mars")
    year_prepositions: tuple[str, ...]  # introduce a bare year ("seit 2018", "en 2018")
    day_suffix: str  # after the day number ("3." in German, "1er" in French)
    day_month_link: str  # between day and month ("3 de marzo")
    month_year_link: str  # between month and year ("marzo de 2018")
    year_suffix: str  # after the year ("2018 года")
    month_conjunctions: tuple[str, ...] = ()  # continue a list of months ("juillet et août")
    weekday_parts: tuple[str, ...] = ()  # compounds "Montagabend"
    future_cues: tuple[str, ...] = ()  # words that put a clause in the future
    past_leads: tuple[str, ...] = ()  # words just before a date that put it in the past ("depuis décembre")
    lowercase_names: bool = True  # names are lowercase: a capitalised one mid-sentence is a proper noun
    future_leads: tuple[str, ...] = ()  # words just before a date that put it ahead ("el próximo miércoles")
    future_endings: tuple[str, ...] = ()  # verb endings of the future tense ("definirá", "serão")
    present_endings: tuple[str, ...] = ()  # verb endings of the present, which news uses for a schedule (Russian)
    past_endings: tuple[str, ...] = ()  # verb endings of the past tense ("открыли", "открылась")
    number_words: tuple[tuple[str, int], ...] = ()  # counts dateparser's data lacks ("hace dos años")
    approximators: tuple[str, ...] = ()  # words between "hace" and its count ("hace unos 12 días")
    extra_ago: tuple[tuple[str, str, int], ...] = ()  # "N units ago" forms the data lacks, as in Lexicon.ago ("5 лет назад")
    contractions: tuple[tuple[str, str], ...] = ()  # a preposition fused to "este": "deste ano" reads as "este ano"
    year_links: tuple[str, ...] = ()  # between a month and a relative year ("fevereiro do ano passado")
    generic_day_leads: tuple[str, ...] = ()  # before a weekday, any such day ("cada lunes", "los martes", "un domingo de febrero")
    nowadays: tuple[str, ...] = ()  # "today" meaning nowadays ("hoy en día"): not a date


GRAMMAR: dict[str, Grammar] = {
    "de": Grammar(
        month_prepositions=("im", "seit", "bis", "ab", "Anfang", "Mitte", "Ende", "vom", "zum", "nach", "vor", "Im", "Seit", "Bis", "Ab"),
        year_prepositions=("im Jahr", "im Jahre", "seit", "bis", "ab", "Im Jahr", "Seit", "Bis", "Anfang", "Mitte", "Ende", "vor", "nach", "von"),
        day_suffix=r"\.",
        day_month_link=r"\s*",
        month_year_link=r"\s+",
        year_suffix="",
        month_conjunctions=("und", "oder", "bis"),
        weekday_parts=("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"),
        past_leads=("seit", "vergangenen", "letzten"),
        future_cues=("wird", "werden", "soll", "sollen", "will", "wollen", "kommenden", "kommende", "nächsten", "nächste", "geplant", "plant", "planen"),
        lowercase_names=False,
    ),
    "fr": Grammar(
        month_prepositions=("en", "En", "depuis", "Depuis", "début", "Début", "fin", "Fin", "mi", "jusqu'en", "courant", "dès", "avant", "après", "de", "entre"),
        year_prepositions=("en", "En", "depuis", "Depuis", "dès", "jusqu'en", "avant", "après", "d'ici", "Dès"),
        day_suffix=r"(?:er)?",
        day_month_link=r"\s+",
        month_year_link=r"\s+",
        year_suffix="",
        month_conjunctions=("et", "ou", "à"),
        past_leads=("depuis", "dernier", "dernière"),
        future_cues=("sera", "seront", "va", "vont", "doit", "doivent", "prévu", "prévue", "prochain", "prochaine", "aura", "auront"),
    ),
    "es": Grammar(
        month_prepositions=("en", "En", "desde", "Desde", "hasta", "Hasta", "de", "a principios de", "a finales de", "a mediados de", "entre"),
        year_prepositions=("en", "En", "desde", "Desde", "hasta", "Hasta", "año", "del año", "para"),
        day_suffix=r"(?:º)?",
        day_month_link=r"\s+(?:de\s+)?",  # "3 de marzo"; a byline's "21 Abril 2022"
        month_year_link=r"\s+(?:del?\s+año\s+|de\s+|del\s+)",  # "marzo de 2019", "noviembre del año 2020"
        year_suffix="",
        month_conjunctions=("y", "o", "a"),
        past_leads=("desde", "pasado", "pasada"),
        future_cues=("será", "serán", "prevé", "previsto", "prevista", "habrá"),
        future_leads=("próximo", "próxima"),
        future_endings=("rá", "rán"),
        number_words=(
            ("dos", 2), ("tres", 3), ("cuatro", 4), ("cinco", 5), ("seis", 6), ("siete", 7), ("ocho", 8),
            ("nueve", 9), ("diez", 10), ("once", 11), ("doce", 12), ("quince", 15), ("veinte", 20), ("treinta", 30),
        ),
        approximators=("aproximadamente", "unos", "unas", "casi", "cerca de", "alrededor de", "apenas", "solo", "sólo"),  # not "más de": no point in time
        year_links=("de", "del", "de este"),
        generic_day_leads=("un", "una", "un día", "cada", "los", "todos los"),
        nowadays=("hoy en día", "hoy día"),
    ),
    "pt": Grammar(
        month_prepositions=("em", "Em", "desde", "Desde", "até", "Até", "de", "no início de", "no fim de", "no final de", "em meados de", "entre"),
        year_prepositions=("em", "Em", "desde", "Desde", "até", "Até", "ano de", "de"),
        day_suffix=r"(?:º)?",
        day_month_link=r"\s+(?:de\s+)?",
        month_year_link=r"\s+(?:do\s+ano\s+(?:de\s+)?|de\s+)",  # "março de 2019", "novembro do ano de 2020"
        year_suffix="",
        month_conjunctions=("e", "ou", "a"),
        past_leads=("desde", "passado", "passada", "último", "última"),
        future_cues=("será", "serão", "prevê", "previsto", "prevista", "haverá"),
        future_leads=("próximo", "próxima"),
        future_endings=("rá", "rão"),
        number_words=(
            ("dois", 2), ("duas", 2), ("três", 3), ("quatro", 4), ("cinco", 5), ("seis", 6), ("sete", 7), ("oito", 8),
            ("nove", 9), ("dez", 10), ("onze", 11), ("doze", 12), ("quinze", 15), ("vinte", 20), ("trinta", 30),
        ),
        approximators=("cerca de", "quase", "uns", "umas", "aproximadamente", "apenas", "só"),
        contractions=(("deste", "este"), ("desta", "esta"), ("neste", "este"), ("nesta", "esta")),
        year_links=("de", "do", "deste"),
        generic_day_leads=("um", "uma", "um dia", "cada", "todas as", "todos os"),
        nowadays=("hoje em dia",),
    ),
    "ru": Grammar(
        month_prepositions=("в", "В", "с", "С", "до", "До", "к", "К", "начале", "середине", "конце"),
        year_prepositions=("в", "В", "с", "С", "до", "До", "к", "К"),
        day_suffix="",
        day_month_link=r"\s+",
        month_year_link=r"\s+",
        year_suffix=r"(?:\s*(?:года|году|год|г\.))?",
        month_conjunctions=("и", "или", "по"),
        past_leads=("прошлой", "прошлом", "прошлый", "минувшей", "минувший"),
        future_cues=("будет", "будут", "состоится", "планируется", "следующей", "следующем", "следующий", "предстоящ"),
        present_endings=("ается", "яется", "ется", "ится", "ются", "ятся", "утся", "атся", "ает", "яет", "ует", "ают", "яют", "уют"),
        past_endings=("ал", "ял", "ил", "ел", "ул", "ала", "яла", "ила", "ела", "ула", "али", "яли", "или", "ели", "ули",
                      "ался", "ялся", "ился", "алась", "ялась", "илась", "ались", "ялись", "ились", "алось", "илось"),
        extra_ago=(
            ("(?P<n>NUMBER) дней назад", "day", -1),
            ("(?P<n>NUMBER) недель назад", "week", -1),
            ("(?P<n>NUMBER) месяцев назад", "month", -1),
            ("(?P<n>NUMBER) лет назад", "year", -1),
        ),
    ),
}


@dataclass(frozen=True)
class Lexicon:
    language: str
    grammar: Grammar
    months: dict[str, int]  # lowercased full and inflected names -> 1..12
    month_abbreviations: dict[str, int]  # lowercased short names (only next to a day)
    weekdays: dict[str, int]  # lowercased names -> 0 (Monday) .. 6
    deictic: dict[str, int]  # "gestern" -> -1 (days from the anchor)
    relative: dict[str, tuple[str, int]]  # "letzte woche" -> ("week", -1)
    ago: tuple[tuple[str, str, int], ...]  # (regex with group n, unit, direction -1 past / +1 future)
    numbers: tuple[tuple[str, int], ...]  # (regex, value): "drei" -> 3


def _russian_prepositional(name: str) -> str:
    """январь -> январе, март -> марте, май -> мае: the case after "в" ("в марте")."""
    return name[:-1] + "е" if name.endswith(("ь", "й")) else name + "е"


_NUMBER_SLOT = re.compile(r"\(\\d\+\+\[\.,\]\?\\d\*\+\)")
_RELATIVE_KEY = re.compile(r"^(?:(\d) (day|week|month|year) ago|in (\d) (day|week|month|year))$")


def _is_abbreviation(name: str, names: list[str], language: str) -> bool:
    """A short month name: a prefix of another name, two letters shorter or more ("janv" of
    "janvier") or of three letters ("июн" of "июнь"); or, but in Russian (where "май" and "мая"
    are full names), any name of three letters at most."""
    if name == max(names, key=len):
        return False
    if any(other != name and other.startswith(name) and (len(other) - len(name) >= 2 or len(name) <= 3) for other in names):
        return True
    return len(name) <= 3 and language != "ru"


def _abbreviates_another(phrase: str, phrases: list[str]) -> bool:
    """Whether a word of ``phrase`` is a cut-off form of a word in another phrase of the same entry."""
    words = {w for other in phrases if other != phrase for w in other.split()}
    return any(any(w != x and w.startswith(x) for w in words) for x in phrase.split())


@cache
def lexicon(language: str | None) -> Lexicon | None:
    """The date words of ``language`` (ISO 639-1), or None when it is not supported."""
    if language not in GRAMMAR:
        return None
    from dateparser.languages import default_loader  # loading the language data costs ~10 ms a language

    info = default_loader.get_locale(language).info
    grammar = GRAMMAR[language]
    months: dict[str, int] = {}
    abbreviations: dict[str, int] = {}
    for number, key in enumerate(_MONTH_KEYS, 1):
        names = [n.lower() for n in info.get(key, [])]
        for name in names:
            if _is_abbreviation(name, names, language):
                abbreviations[name] = number
            else:
                months[name] = number
        if language == "ru":
            for name in [n for n in names if n.endswith(("ь", "т", "й")) and n in months]:
                months[_russian_prepositional(name)] = number
    weekdays: dict[str, int] = {}
    for number, key in enumerate(_WEEKDAY_KEYS):
        for name in info.get(key, []):
            if len(name) > MAX_ABBREVIATION_CHARS and name.isalpha() or "-" in name:
                weekdays[name.lower()] = number
    deictic: dict[str, int] = {}
    relative: dict[str, tuple[str, int]] = {}
    for key, phrases in info.get("relative-type", {}).items():
        m = _RELATIVE_KEY.match(key)
        if not m:
            continue
        n, unit = (int(m.group(1)), m.group(2)) if m.group(1) else (int(m.group(3)), m.group(4))
        step = -n if m.group(1) else n
        phrases = [p.lower() for p in phrases]
        for phrase in phrases:
            if _abbreviates_another(phrase, phrases):
                continue  # "sem ant", "на пр нед": short forms of listings, not prose
            if unit == "day":
                deictic[phrase] = step
            elif abs(step) <= 1:
                relative[phrase] = (unit, step)
    ago: list[tuple[str, str, int]] = []
    for key, patterns in info.get("relative-type-regex", {}).items():
        m = re.match(r"^(?:\\1 (day|week|month|year) ago|in \\1 (day|week|month|year))$", key)
        if not m:
            continue
        unit, direction = (m.group(1), -1) if m.group(1) else (m.group(2), 1)
        for pattern in patterns:
            unit_word = pattern.rsplit(" ", 1)[-1] if not pattern.endswith("назад") else pattern.split(" ")[1]
            if len(unit_word) < 3:
                continue  # "vor 3 m", "il y a 2 a": too loose for prose
            ago.append((_NUMBER_SLOT.sub("(?P<n>NUMBER)", pattern), unit, direction))
    numbers: list[tuple[str, int]] = []
    for simplification in info.get("simplifications", []):
        for word, value in simplification.items():
            if value.isdigit() and re.fullmatch(r"[\w()|']+", word):
                numbers.append((word, int(value)))
    numbers += grammar.number_words
    ago += grammar.extra_ago  # the genitive plural after 5 and more ("5 лет назад"), which the data lacks
    for fused, plain in grammar.contractions:  # "deste ano", "nesta semana": "este ano", "esta semana" after a preposition
        for phrase, value in list(relative.items()):
            if phrase.startswith(plain + " "):
                relative[fused + phrase[len(plain) :]] = value
    return Lexicon(
        language=language,
        grammar=grammar,
        months=months,
        month_abbreviations=abbreviations,
        weekdays=weekdays,
        deictic=deictic,
        relative=relative,
        ago=tuple(ago),
        numbers=tuple(numbers),
    )
