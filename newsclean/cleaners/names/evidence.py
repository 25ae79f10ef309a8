"""Evidence that a capitalised run is a person when no closed list says so.

The names stage finds people outside the gazetteer by shape; a closed list of
given names misses most of the world's people ("Anders Tegnell", "Lotfi Azzouz",
"Jayson Tatum"). Three kinds of evidence replace it, each cheap and explainable:

* **Name statistics** (:func:`given_names`, :func:`surnames`): the given-name and
  surname lists of every locale of the ``faker`` package (MIT, ~30,000 of each,
  Latin and native scripts, shipped in the wheel), folded like every other key.
  A list entry that is also ordinary vocabulary ("Major", "Grace", "Art") is weak
  evidence only (:func:`strong_given`).
* **Context cues** (:func:`cue_after`, :func:`cue_before`): what news prose puts
  around a person: a speech verb ("said", "told", "sagte", "dijo", "заявил"), an
  age (", 52," / "(52)"), a lowercase occupation noun before the name ("poet Ada
  Limon", "tattoo artist Zashay Tastas", "el fiscal Omar Mejillones").
* **In-article consistency**: the run's last word used alone elsewhere in the same
  article as a person ("Tegnell laughed", "Mr. Cueto said"); decided in
  :mod:`cleaners.names.resolve`, which sees the whole article.

Everything here is read-only data built once per process (cached).
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache
from typing import cast

from newsclean.cleaners import memo
from newsclean.cleaners.names import plausible
from newsclean.cleaners.names.keys import cyrillic_nominatives, fold, is_cyrillic
from newsclean.cleaners.names.lexicon import ORGANISATION_NOUNS

# Speech and reporting verbs right after a person's name, per language (lowercase).
SPEECH_VERBS = frozenset(
    """
    said says say told tells added adds explained explains wrote writes noted notes argued argues
    asked asks replied replies recalled recalls insisted insists claimed claims stated states
    declared declares announced announces warned warns tweeted tweets admitted admits
    confirmed confirms testified testifies laughed laughs smiled smiles shouted shouts agreed
    agrees continued continues acknowledged acknowledges countered counters quipped quips
    sagte sagt erklärte erklärt betonte betont schrieb schreibt meinte meint
    dijo dice afirmó afirma aseguró asegura explicó explica señaló señala indicó indica
    agregó agrega añadió añade declaró declara informó informa manifestó
    a déclaré déclare affirme affirmé explique expliqué indique précise ajoute souligne estime
    сказал сказала заявил заявила отметил отметила написал написала сообщил сообщила
    пояснил пояснила добавил добавила подчеркнул подчеркнула рассказал рассказала
    напомнил напомнила уточнил уточнила ответил ответила признал признала заметил заметила
    проинформировал проинформировала считает говорит
    """.split()
)

# Speech "verbs" that are a compound tense's auxiliary ("a déclaré", French). In English the
# same word is the article of an apposition ("Lemony Snicket, a pen name of"), a person's cue
# unless the apposition's noun is an organisation's ("Las Vegas Sands, a company that"): the
# nouns of lexicon.ORGANISATION_NOUNS within its first 40 characters, before a relative or a
# preposition ends its head.
AUXILIARIES = frozenset({"a"})


def organisation_apposition(after: str) -> bool:
    """After an article "a": an apposition whose head is an organisation's noun
    (lexicon.ORGANISATION_NOUNS), no person's.

    >>> organisation_apposition(" company that had previously served")
    True
    >>> organisation_apposition(" Spanish lawyer representing Assange")
    False
    """
    for m in _APPOSITION_WORD.finditer(after[:40]):
        word = m.group(0)
        if word.lower() in ORGANISATION_NOUNS and word.islower():
            return True
        if word.islower() and word in _APPOSITION_STOPS:
            return False
    return False


_APPOSITION_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# Words that end an apposition's head before any organisation noun could follow ("a lawyer who
# founded the firm").
_APPOSITION_STOPS = frozenset("who which that whose and or but of for at with in on to from by".split())


# Lowercase nouns that introduce a person's name in running text ("poet Ada Limon",
# "lawyer Jeremy Robinson", "el fiscal Omar Mejillones", "Boxer Vijender Singh").
# Titles that are capitalised before a name live in lexicon.TITLE_WORDS.
OCCUPATION_NOUNS = frozenset(
    """
    actor actress singer rapper musician poet novelist author writer artist painter sculptor
    photographer filmmaker director producer composer comedian dancer model designer
    chef architect lawyer attorney prosecutor judge detective officer inspector superintendent
    constable corporal sergeant trooper deputy sheriff councilman councilwoman councilmember
    councillor alderman assemblyman assemblywoman supervisor trustee commissioner magistrate
    activist campaigner advocate organizer organiser volunteer resident neighbor neighbour
    student teacher professor lecturer researcher scientist economist analyst historian
    epidemiologist physician doctor nurse surgeon psychologist
    player striker forward midfielder defender goalkeeper keeper winger guard center centre
    quarterback pitcher coach manager jockey trainer boxer wrestler fighter driver racer
    cyclist runner swimmer skier skater golfer diver rider gymnast sprinter rower
    guitarist bassist drummer pianist keyboardist vocalist songwriter mogul
    defenseman defenceman goaltender goalie netminder linebacker shortstop outfielder infielder
    ceo founder cofounder chairman chairwoman entrepreneur billionaire investor banker
    spokesman spokeswoman spokesperson reporter journalist correspondent columnist editor
    businessman businesswoman candidate challenger incumbent lawmaker legislator senator
    mother father son daughter brother sister wife husband widow cousin uncle aunt grandson
    granddaughter grandmother grandfather friend member mum mom dad stylist villager
    meteorologist forecaster anchor host co-host presenter commentator broadcaster pundit
    opener batsman batter bowler spinner paceman captain skipper all-rounder allrounder teammate
    lobbyist consultant strategist adviser advisor aide blogger podcaster
    athlete laureate philosopher mathematician physicist chemist astronomer theologian interviewee
    fiscal abogado abogada ministro ministra presidente presidenta senador senadora diputado
    diputada alcalde alcaldesa entrenador portero delantero defensa periodista investigador
    director directora general coronel comandante juez jueza
    ministre président présidente député députée maire avocat avocate juge professeur
    journaliste chercheur chercheuse écrivain écrivaine acteur actrice chanteur chanteuse
    secrétaire porte-parole républicain républicaine démocrate
    socialiste conservateur conservatrice écologiste centriste
    secretario secretaria republicano republicana demócrata socialista
    minister präsident präsidentin kanzler kanzlerin bürgermeister bürgermeisterin
    trainer teamchef fahrer ersatzfahrer spieler torwart stürmer sänger sängerin
    schauspieler schauspielerin autor autorin klimaaktivistin aktivist aktivistin
    kombinierer olympiasieger sprecher sprecherin abgeordnete abgeordneter
    президент министр премьер вице-премьер губернатор глава мэр депутат спикер
    председатель директор тренер игрок форвард защитник вратарь журналист писатель
    аким заместитель замминистра советник посол сенатор канцлер лидер основатель адвокат
    прокурор судья следователь врач профессор эксперт политолог экономист бизнесмен
    корреспондент полузащитник нападающий футболист хоккеист певец певица актер актриса
    режиссер блогер пресс-секретарь премьер-министр вице-президент
    """.split()
)

# Nouns that head an appositive or a predicate about a person ("Sachin Kumar, a local
# villager,", "Ed Hirs, an energy fellow at", "Mamokete Modiba is a senior researcher"):
# the occupation nouns, the title heads written in lowercase, and nouns only people are.
_ROLE_NOUNS = frozenset(
    """
    fellow partner expert specialist scholar official officer executive manager director
    president vice-president minister premier secretary chairman chairwoman chair head
    chief leader ambassador envoy diplomat governor mayor deputy commissioner negotiator
    villager resident native citizen survivor victim witness mother father grandmother
    farmer fisherman worker vendor trader shopkeeper owner
    deportee migrant refugee immigrant asylum-seeker passenger patient pensioner retiree
    veteran tourist protester demonstrator
    """.split()
)


def role_noun(word: str) -> bool:
    """A noun that names a person by role, occupation or kin ("villager", "minister", "mum")."""
    low = word.lower()
    return low in _ROLE_NOUNS or occupation(low)


# After a name, a comma and a short noun phrase whose last word is a person's role,
# ending at punctuation or a preposition: "Waqar Noor, the region’s interior minister,",
# "Ihtisham Hibatullah, Al Jazeera's manager of", "Chad Hawk, vice president of PMG".
# Or "is/was a ... <role>": "Saphina Ndali is a mother of two". A tokenised text (a corpus's
# sentences, RSS feeds) spaces the comma: "Banny Banerjee , director of the Stanford Design
# Program" (recall 9).
_APPOSITIVE = re.compile(
    r"^(?: ?,[ \t\u00a0]+|[ \t\u00a0]+(?:is|was)[ \t\u00a0]+(?=(?:a|an|the)[ \t\u00a0]))"
    r"((?:[\w’'.\-]+[ \t\u00a0]+){0,5}?)([^\W\d_][\w\-]*)"
    r"(?=[ \t\u00a0]*(?:[,.;:)–—]|$)|[ \t\u00a0]+(?:of|at|for|with|in|on|from|who|and|to|since)[ \t\u00a0])"
)
# words that open an appositive noun phrase ("a", "the", "his"): what follows is its head
_DETERMINERS = frozenset("a an the his her their its our".split())


def role_after(text: str, end: int) -> str | None:
    """"appositive" when a comma and a noun phrase headed by a person's role follow
    ``text[:end]`` ("Sachin Kumar, a local villager, told"), or a copula and one does
    ("Mamokete Modiba is a senior researcher with"); else None. The phrase opens with a
    determiner, a possessive ("Al Jazeera's manager") or its head's own modifiers in
    lowercase ("vice president of PMG"); a capitalised word elsewhere in it is a name
    of its own ("Jo Watson, Lindsay Norman"), not a modifier."""
    m = _APPOSITIVE.match(text[end : end + 90])
    if m is None or not role_noun(m.group(2)):
        return None
    words = m.group(1).split()
    possessive = next((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), None)
    lead = words[possessive + 1 :] if possessive is not None else words[1:] if words and words[0].lower() in _DETERMINERS else words
    if any(not w.islower() and not w[:1].isdigit() and not demonym(w) for w in lead):
        return None
    return "appositive"


# Demonyms that are not a place's name plus an ending ("British" is not "Brit" + "ish").
_IRREGULAR_DEMONYMS = frozenset(
    """british english scottish irish welsh french dutch swiss danish swedish finnish polish spanish turkish greek thai
    american canadian mexican chinese korean german norwegian palestinian iraqi saudi emirati arab african asian
    european""".split()
)


@lru_cache(maxsize=4096)
def demonym(word: str) -> bool:
    """A capitalised adjective of nationality ("Israeli", "American", "Japanese",
    "Palestinian", "British"): in a role appositive it modifies the role ("Daniella Pick,
    an Israeli singer"), it is no name of its own."""
    if not word[:1].isupper() or not word[1:].islower():
        return False
    low = word.lower()
    if low in _IRREGULAR_DEMONYMS:
        return True
    bases = [low[:-1], low[:-2], low[:-3], low[:-3] + "e", low[:-2] + "a", low[:-4] + "a"] if len(low) > 5 else []
    ends = low.endswith(("i", "n", "ese"))
    return ends and any(len(b) > 3 and plausible.is_region(b) for b in bases)


@lru_cache(maxsize=65536)
def occupation(key: str) -> bool:
    """An occupation noun, also as the head of a compound ("klimaaktivistin", "teamchef")
    or inflected in Russian ("министра", "тренером")."""
    if key in OCCUPATION_NOUNS:
        return True
    if is_cyrillic(key):
        return any(form.lower() in OCCUPATION_NOUNS for form in cyrillic_nominatives(key)[1:])
    return len(key) > 8 and any(key.endswith(n) for n in _COMPOUND_HEADS)


_COMPOUND_HEADS = tuple(n for n in OCCUPATION_NOUNS if len(n) >= 5)

# An age right after a name: ", 52," / " (52)" / ", 52." ("Heather Grant, 33, of Christiana").
_AGE = re.compile(r"^(?:,\s*\d{1,3}\s*[,.;)]|\s*\(\d{1,3}\))")
# A social-media handle in brackets right after a name ("Jane Doe (@janedoe)").
_HANDLE = re.compile(r"^\s*\(@\w{1,30}\)")
_WHO = re.compile(r"^,?[ \t\u00a0]+who(?:se)?[ \t\u00a0]")
_NEXT_WORD = re.compile(r"^[\s,]*([^\W\d_][\w\-]*)")
_PREV_WORD = re.compile(r"([^\W\d_][\w\-]*)[\s,]*$")


def _prev_word(before: str) -> tuple[int, int] | None:
    """The span of ``_PREV_WORD.search(before)``'s group, read from the end (speed 2: the search
    tried every position and backtracked through each word): the word characters and hyphens
    before the closing spaces and commas, from the first letter among them."""
    i = len(before)
    while i and (before[i - 1].isspace() or before[i - 1] == ","):  # \s is isspace()
        i -= 1
    r = i
    while r and (before[r - 1].isalnum() or before[r - 1] in "_-"):  # \w is isalnum() or "_"
        r -= 1
    for p in range(r, i):
        if before[p].isalnum() and not before[p].isdecimal():  # [^\W\d_]: \d is isdecimal()
            return p, i
    return None


def cue_after(text: str, end: int) -> str | None:
    """The person cue right after ``text[:end]`` (speech verb or age), or None."""
    after = text[end : end + 40]
    if _AGE.match(after):
        return "age"
    if _HANDLE.match(after):
        return "handle"  # "— Jackzelia Banks (@JackieRue) December 22": an embedded post's author
    m = _NEXT_WORD.match(after)
    if m and not after[: m.start(1)].strip(", ") and m.group(1).lower() in SPEECH_VERBS:
        if m.group(1).lower() not in AUXILIARIES or not organisation_apposition(after[m.end(1) :]):
            return "speech"
    m = _ADVERB_SPEECH.match(after)
    if m and m.group(1).lower() in SPEECH_VERBS:
        return "speech"  # "Kaoru Kuroko, also said", "Jane Roe later told"
    return None


# An adverb news prose puts between a subject and its speech verb ("X also said", "X later told").
_ADVERB_SPEECH = re.compile(
    r"^,?[ \t\u00a0]+(?:also|later|then|previously|earlier|recently|once|further|repeatedly|again|reportedly|publicly)[ \t\u00a0]+([a-z]+)\b"
)

# Photo agencies and newspapers a photo credit names next to the photographer, with a
# slash between ("Matt York/AP", "REUTERS/Ammar Awad", "Taylor Turner/The Washington Post").
_AGENCY = (
    r"(?:AP|AFP|Reuters|REUTERS|Getty(?:[ \t]Images)?|EPA|PA|REX|Rex|Shutterstock|Invision|Bloomberg|Xinhua|"
    r"Associated[ \t]Press|NASA|SWNS|The[ \t](?:[A-Z][a-z]+[ \t]){1,2}(?:Post|Times|News|Journal|Herald|Tribune|Globe))"
)
_CREDIT_AFTER = re.compile(r"^[ \t]?/[ \t]?" + _AGENCY + r"(?![\w])")
_CREDIT_BEFORE = re.compile(r"(?<![\w])" + _AGENCY + r"[ \t]?/[ \t]?$")
_AGENCY_WORD = re.compile(r"^" + _AGENCY + r"$")


def photo_credit(text: str, start: int, end: int) -> bool:
    """A photographer's credit: a photo agency or a newspaper right after ``text[start:end]``
    or right before it, a slash between ("Matt York/AP", "Issei Kato / Reuters",
    "REUTERS/Ammar Awad"). Callers check that the run itself is name-shaped."""
    return bool(_CREDIT_AFTER.match(text[end : end + 40]) or _CREDIT_BEFORE.search(text[max(0, start - 40) : start]))


# The opening of a news agency's credit line right before a name ("Editing by ", "Reporting by ").
_CREDIT_LINE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Pp]hotos?|[Pp]hotographs?|[Ii]llustrations?|[Gg]raphics?)[ \t]+by[ \t]+$"
)


def credit_line_before(text: str, start: int) -> bool:
    """A credit line opens right before ``text[start:]`` ("(Reporting by Jack Kim; Editing
    by Lincoln Feast)", "Photos by ..."): the words after it are a person's name."""
    return _CREDIT_LINE_BEFORE.search(text[max(0, start - 30) : start]) is not None


def agency_word(word: str) -> bool:
    """A word a photo credit names as the agency ("AP", "Reuters", "Getty")."""
    return bool(_AGENCY_WORD.match(word))


# Nouns only a person possesses, right after a possessive ("Zinedine Zidane's team",
# "Earyel Bowleg's wife"): a firm or a place has staff and residents, not these.
PERSONAL_POSSESSIONS = frozenset(
    """
    wife husband ex-wife ex-husband son daughter sons daughters mother father brother sister
    parents children kids family girlfriend boyfriend fiancé fiancée fiance fiancee widow
    lawyer lawyers attorney attorneys agent spokesman spokeswoman spokesperson
    team side squad career death funeral birthday presidency successor predecessor
    """.split()
)


def possession_after(text: str, end: int) -> bool:
    """``text[end:]`` (right after a possessive "’s") opens with a noun only people possess."""
    after = text[end : end + 30]
    m = _NEXT_WORD.match(after)
    return m is not None and not after[: m.start(1)].strip() and m.group(1).lower() in PERSONAL_POSSESSIONS


def who_after(text: str, end: int) -> bool:
    """A relative clause about a person right after ``text[:end]`` ("Zashay Tastas, who
    ..."). Groups take "who" too ("political Islamists, who"): callers check the words."""
    return bool(_WHO.match(text[end : end + 12]))


# Occupation nouns of Spanish, French, Italian and Portuguese news that the shared list
# lacks, as written before a name or in an apposition after it ("la doctora Alaa
# Al-Najjar", "Paulo Rangel, portavoz del partido").
ROMANCE_OCCUPATIONS = frozenset(
    """
    doctora médico médica portavoz consejero consejera concejal concejala jefe jefa líder
    responsable fundador fundadora experto experta profesora ingeniero ingeniera empresario
    empresaria capitán capitana delegado delegada teniente gobernador gobernadora
    vicepresidente vicepresidenta coordinador coordinadora
    directeur directrice porte-parole fondateur fondatrice dirigeant dirigeante patron
    patronne élu élue ministre-président conseiller conseillère docteur médecin
    direttore direttrice portavoce sindaco fondatore fondatrice diretor diretora
    """.split()
)

# An apposition after a name in a Romance language: a comma, an optional article and
# an optional adjective that goes before nouns ("nouveau", "ex"), then an occupation
# noun ("Zaher al Waheidi, director de la unidad", "Patrick Martin, le nouveau président
# du Medef"); not "..., firma líder": the noun after the comma must be the occupation.
_APPOSITION = re.compile(
    r"^,[ \t\u00a0]+(?:(?:el|la|le|l['’]|il|lo|o|a|un|una|une|um|uma)[ \t\u00a0]*)?(?:(nuevo|nueva|nouveau|nouvel|nouvelle|nuovo|nuova|novo|nova|ancien|ancienne|antiguo|antigua|ex|actual|actuel|actuelle|futur|future|futuro|futura|premier|première|primer|primera)[ \t\u00a0]+)?([^\W\d_][\w\-]*)"
)
ROMANCE_LANGUAGES = frozenset({"es", "fr", "it", "pt"})


def romance_occupation(word: str) -> bool:
    """An occupation noun of the shared list or of :data:`ROMANCE_OCCUPATIONS`."""
    return word in ROMANCE_OCCUPATIONS or occupation(word)


def apposition_after(text: str, end: int, language: str | None) -> bool:
    """In Spanish, French, Italian or Portuguese, an occupation in apposition right after
    ``text[:end]`` ("Yahya Sarea, portavoz militar", "Sophie Binet, la secrétaire
    générale"). Lowercase words only: a capitalised one starts another name or a list."""
    if language not in ROMANCE_LANGUAGES:
        return False
    m = _APPOSITION.match(text[end : end + 60])
    if m is None:
        return False
    word = m.group(2)
    return word.islower() and romance_occupation(word)


def cue_before(text: str, start: int) -> str | None:
    """The person cue right before ``text[start:]``: a lowercase occupation noun, or a
    speech verb ("said Jim Dunham"), or None."""
    before = text[max(0, start - 40) : start]
    span = _prev_word(before)
    if not span or "\n" in before[span[1] :]:
        return None
    word = before[span[0] : span[1]]
    low = word.lower()
    if low in SPEECH_VERBS and word.islower():
        return "speech"
    if occupation(low) and (word.islower() or sentence_start(before, span[0])):
        return "occupation"
    if low in LOWERCASE_ROLE_NOUNS and word.islower():
        return "occupation"  # "Cavaliers star LeBron James", "soul star Peabo Bryson"
    if "world" in before and _WORLD_RANK.search(before):
        return "occupation"  # "world number one Peter Norfolk": a player's ranking (round 20)
    return None


# A player's ranking right before a name ("world number one", "world number 12"), lowercase.
_WORLD_RANK = re.compile(r"(?<![\w’'-])world[ \t\u00a0]+(?:number|no\.?)[ \t\u00a0]+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})[ \t\u00a0]+$")


# Nouns that name a person only in lowercase right before the name ("Cavaliers star LeBron
# James", "closer Aroldis Chapman", "the rookie JuJu Smith-Schuster"): capitalised, they open
# a work's or a thing's name ("the Star Wars Saga", "Rookie Blue", "a Closer Look"), so they
# are no occupation noun (:func:`occupation` strips those from a capitalised run).
LOWERCASE_ROLE_NOUNS = frozenset(
    """
    star superstar closer reliever rookie journeyman slugger cornerback receiver catcher lineman
    tailback fullback halfback backup
    """.split()
)


def sentence_start(before: str, pos: int) -> bool:
    """Nothing but quotes or brackets between ``before[pos:]`` and the previous sentence's end (or the text's start)."""
    head = before[:pos].rstrip(" \t\"“‘'(")
    return not head or head[-1] in ".!?:\n—–"


def _faker_lists() -> dict[str, set[str]]:
    """Raw faker person lists: given, family, and given names by gender (male, female)."""
    import faker.providers.person as person

    out: dict[str, set[str]] = {"given": set(), "family": set(), "male": set(), "female": set()}
    locales: dict[str, int] = {}
    for info in pkgutil.iter_modules(person.__path__):
        local: set[str] = set()
        provider = getattr(importlib.import_module(f"{person.__name__}.{info.name}"), "Provider", None)
        if provider is None:
            continue
        for attr in dir(provider):
            if attr.startswith("first_names"):
                targets = [out["given"]]
                if attr.endswith("_male"):
                    targets.append(out["male"])
                elif attr.endswith("_female"):
                    targets.append(out["female"])
            elif attr.startswith("last_names"):
                targets = [out["family"], local]
            else:
                continue
            value = getattr(provider, attr, None)
            if isinstance(value, dict):
                value = value.keys()
            elif not isinstance(value, (list, tuple, set, frozenset)):
                continue
            for target in targets:
                target.update(v for v in value if isinstance(v, str))
        for k in {fold(v) for v in local}:
            locales[k] = locales.get(k, 0) + 1
    out["locales"] = locales  # type: ignore[assignment]
    return out


def _clean(names: set[str]) -> frozenset[str]:
    return frozenset(k for k in (fold(n) for n in names) if len(k) > 1 and " " not in k)


def _build_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], dict[str, int]]:
    raw = _faker_lists()
    return _clean(raw["given"]), _clean(raw["family"]), _clean(raw["male"]), _clean(raw["female"]), cast("dict[str, int]", raw["locales"])


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], dict[str, int]]:
    return memo.memoized("name-lists", _build_lists, sources=memo.package_sources(__file__))


# A surname listed by this many locales of the name statistics is common across the
# world ("Lee", "Li", "Reeves", "Bennett", "Johnson": 3-5), so a bare mention of it needs
# more than a role on the date to be one famous bearer; rarer ones ("Clinton", "Xi",
# "Bush": 1-2) do not.
COMMON_SURNAME_LOCALES = 3


def common_surname(key: str) -> bool:
    """Many people bear this surname (see :data:`COMMON_SURNAME_LOCALES`)."""
    return _lists()[4].get(key, 0) >= COMMON_SURNAME_LOCALES


def given_gender(key: str) -> str | None:
    """"m" or "f" when the name statistics list the given name for one gender only ("rachel" f)."""
    _, _, male, female, _ = _lists()
    m, f = key in male, key in female
    return "m" if m and not f else "f" if f and not m else None


def given_names() -> frozenset[str]:
    """Folded given names of every faker locale ("anders", "jayson", "lotfi")."""
    return _lists()[0]


def surnames() -> frozenset[str]:
    """Folded surnames of every faker locale ("tegnell" is not one; "smith", "king" are)."""
    return _lists()[1]


@lru_cache(maxsize=65536)
def strong_given(key: str) -> bool:
    """A listed given name that is not also ordinary vocabulary ("anders" yes; "major", "art", "grace" no)."""
    return key in given_names() and not plausible.is_vocabulary(key)


@lru_cache(maxsize=65536)
def function_word(key: str, language: str | None) -> bool:
    """A very frequent word of the article's language ("les", "von", "los", "der"):
    never the first word of a name, even when some locale lists it as a given name."""
    if not language or language == "en":
        return False
    return plausible.zipf(key, language) >= FUNCTION_WORD_ZIPF


# Zipf frequency above which a word of the article's language is a function word
# or a very common word: 5.5 is once per ~300 words ("les" 6.6, "von" 6.3, "los" 6.3,
# "der" 7.0); names sit far below ("luisa" 3.2, "olivier" 3.6).
FUNCTION_WORD_ZIPF = 5.5
