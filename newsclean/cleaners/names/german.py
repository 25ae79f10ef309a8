"""German person names: the capitalised role nouns German puts before a name.

German capitalises every noun, so the word before a name is often a role written as
one compound ("Russlandexperte Nico Lange", "Gemeindepräsidentin Romy Biner",
"AfD-Landeschef Höcke", "Schlachter-Chef Holland-Moritz"), sometimes after a capitalised
word that places the role ("Walliser Staatsrat", "Hamburgs Polizeipräsident",
"Liverpools Trainer"). Such a role is never part of the name and vouches for the person
named after it, as a title does. Only articles detected as German use this module.

>>> role_noun("Russlandexperte"), role_noun("AfD-Landeschef"), role_noun("Präsidenten")
(True, True, True)
>>> pronominal_adverb("Wovor"), pronominal_adverb("Wolf")
(True, False)
>>> role_noun("Murat"), role_noun("Konrad"), role_noun("Roman")
(False, False, False)
>>> role_place("Walliser"), role_place("Hamburgs"), role_place("Lange")
(True, True, False)
"""
from __future__ import annotations

import re
from functools import lru_cache

from newsclean.cleaners.names import plausible

# Role and occupation nouns of German news, as written before a name (lowercase; the
# feminine -in and the weak-noun -en forms listed where they occur): each also ends a
# compound ("Landeschef", "Polizeipräsident", "Chefökonom").
ROLE_NOUNS = frozenset(
    """
    chef chefin experte expertin präsident präsidentin präsidenten minister ministerin
    ministers kanzler kanzlerin kanzlers direktor direktorin leiter leiterin sprecher sprecherin
    vorsitzende vorsitzender geschäftsführer geschäftsführerin gründer gründerin
    forscher forscherin wissenschaftler wissenschaftlerin ökonom ökonomin ökonomen
    soziologe soziologin politologe politologin kriminologe kriminologin historiker historikerin
    meteorologe meteorologin analyst analystin analysten
    korrespondent korrespondentin korrespondenten reporter reporterin journalist journalistin
    journalisten redakteur redakteurin kolumnist kolumnistin
    trainer trainerin coach kapitän kapitänin kollege kollegin teamkollege teamkollegin
    schiedsrichter schiedsrichterin referee torhüter torhüterin stürmer stürmerin
    verteidiger verteidigerin spieler spielerin rekordhalter rekordhalterin
    titelverteidiger titelverteidigerin weltmeister weltmeisterin europameister europameisterin
    olympiasieger olympiasiegerin
    anwalt anwältin richter richterin staatsanwalt staatsanwältin kommissar kommissarin
    polizist polizistin ermittler ermittlerin
    oberst oberstleutnant leutnant kommandeur kommandeurin
    offizier offizierin soldat soldatin soldaten
    schlachter schlachterin metzger metzgerin landwirt landwirtin
    arzt ärztin mediziner medizinerin psychologe psychologin
    autor autorin schriftsteller schriftstellerin regisseur regisseurin moderator moderatorin
    sänger sängerin musiker musikerin künstler künstlerin fotograf fotografin stylistin
    kandidat kandidatin kandidaten abgeordnete abgeordneter senator senatorin
    staatssekretär staatssekretärin bürgermeister bürgermeisterin oberbürgermeister
    oberbürgermeisterin landrat landrätin landesrat landesrätin staatsrat staatsrätin stadtrat stadträtin
    gemeinderat gemeinderätin regierungsrat regierungsrätin bundesrat bundesrätin
    nationalrat nationalrätin ständerat ständerätin
    bischof bischöfin pfarrer pfarrerin
    aktivist aktivistin aktivisten unternehmer unternehmerin
    ministerpräsident ministerpräsidentin sieger siegerin gewinner gewinnerin
    astronom astronomin läufer läuferin vorgänger vorgängerin nachfolger nachfolgerin
    mechaniker mechanikerin techniker technikerin politiker politikerin
    """.split()
)

# Heads shorter than this end a compound only as a hyphenated part ("HTS-Chef"), never
# glued ("Murat" ends in "rat", "Konrad" in "rad"): a glued head has five letters or more.
MIN_GLUED_HEAD = 5
# A glued compound keeps at least this many letters before its head ("Landeschef" has
# "landes"; "Leiter" alone is listed, "Gleiter" no role).
MIN_COMPOUND_PREFIX = 3

# "Chef" heads compounds although it is short ("Landeschef", "Parteichef", "Teamchef").
_SHORT_GLUED_HEADS = frozenset({"chef", "chefin"})
_GLUED_HEADS = tuple(sorted((n for n in ROLE_NOUNS if len(n) >= MIN_GLUED_HEAD or n in _SHORT_GLUED_HEADS), key=len, reverse=True))

# Pronominal and interrogative adverbs ("Wovor", "Dafür"): capitalised at a clause's
# start, never part of a name ("Wovor Vintz vor allem warnt").
PRONOMINAL_ADVERBS = frozenset(
    """
    wovor wofür womit worüber wodurch wozu woran worauf wonach woher wohin wobei worin woraus
    wogegen worum davor dafür damit darüber dadurch dazu daran darauf danach daher dahin
    dabei darin daraus dagegen darum deshalb deswegen trotzdem dennoch
    """.split()
)


def pronominal_adverb(word: str) -> bool:
    """A German pronominal or interrogative adverb ("Wovor", "Dabei")."""
    return word.lower() in PRONOMINAL_ADVERBS


@lru_cache(maxsize=16384)
def role_noun(word: str) -> bool:
    """A German role noun, alone or as the head of a compound ("Russlandexperte",
    "Verdi-Sprecher", "AfD-Landeschef")."""
    low = word.lower()
    if low in ROLE_NOUNS:
        return True
    if "-" in low:
        tail = low.rsplit("-", 1)[1]
        if tail in ROLE_NOUNS or role_noun(tail):
            return True
    return any(low.endswith(h) and len(low) - len(h) >= MIN_COMPOUND_PREFIX for h in _GLUED_HEADS)


# Capitalised words that place a role before it: a demonym adjective in -er, which
# German never inflects ("Walliser", "Zermatter", "Lienzer"), or a place's genitive
# ("Hamburgs", "Liverpools").
_PLACE_ENDINGS = ("er", "s")


def role_place(word: str) -> bool:
    """A capitalised word that may place the role after it ("Walliser Staatsrat",
    "Hamburgs Polizeipräsident"); the caller checks that a role noun follows and that the
    word is no given name."""
    return len(word) > 3 and word[:1].isupper() and word.endswith(_PLACE_ENDINGS) and "-" not in word


# An apposition after a name: a comma, an optional article and an optional lowercase
# adjective, then a capitalised role noun ("Tigist Ketema, die Siegerin aus Äthiopien",
# "Franz Huber, Verwalter der Heime", "Anna Roth, neue Leiterin").
_APPOSITION = re.compile(
    r"^,[ \t\u00a0]+(?:(?:der|die|das|dem|den|des|ein|eine|einer|eines)[ \t\u00a0]+)?(?:[a-zäöüß][\w\-]*[ \t\u00a0]+)?([A-ZÄÖÜ][\w\-]*)"
)


def apposition_after(text: str, end: int) -> bool:
    """A role noun in apposition right after ``text[:end]`` ("Tigist Ketema, die Siegerin").

    >>> apposition_after("Tigist Ketema, die Siegerin aus Äthiopien", 13)
    True
    >>> apposition_after("Tigist Ketema, Berlin und Paris", 13)
    False
    """
    m = _APPOSITION.match(text[end : end + 60])
    return m is not None and role_noun(m.group(1))


# Nouns that end the name of a place, a building, an institution or a prize named after
# someone ("Pierre Mauroy Stadion", "Julius Kühn-Institut", "Anne-Frank-Schule"), also
# as the head of a compound ("Volksschule"); surnames that are such words ("Park",
# "Saal", "Ring", "Haus") are left out.
FACILITY_NOUNS = frozenset(
    """
    stadion arena halle schule gymnasium institut straße strasse platz allee preis stiftung
    museum klinik klinikum krankenhaus universität hochschule kaserne brücke bahnhof
    flughafen hotel zentrum kirche kapelle denkmal gedenkstätte bibliothek akademie
    """.split()
)
_FACILITY_HEADS = tuple(n for n in FACILITY_NOUNS if len(n) >= MIN_GLUED_HEAD)


@lru_cache(maxsize=16384)
def facility_noun(word: str) -> bool:
    """A noun that makes the run before it a place or institution, alone or as the head
    of a compound or of a hyphenated name ("Stadion", "Kühn-Institut", "Volksschule").

    >>> facility_noun("Stadion"), facility_noun("Kühn-Institut"), facility_noun("Grundschule"), facility_noun("Park")
    (True, True, True, False)
    """
    low = word.lower().rsplit("-", 1)[-1]
    return low in FACILITY_NOUNS or any(low.endswith(h) and len(low) - len(h) >= MIN_COMPOUND_PREFIX for h in _FACILITY_HEADS)


# Nouns after which German writes the name of a place, a work or a product, not of a
# person: "im Dorf Wadi Rahal", "die Rohölsorte Brent Crude", "der Gesellschaftsroman
# Noli me tangere" (also as a compound's head).
CATEGORY_NOUNS = frozenset(
    """
    dorf stadt gemeinde ortschaft region provinz viertel stadtteil insel kibbuz siedlung
    flüchtlingslager gebirge
    roman film buch album lied song serie titel klassiker theaterstück oper
    sorte marke
    """.split()
)
_CATEGORY_HEADS = tuple(n for n in CATEGORY_NOUNS if len(n) >= 4)


@lru_cache(maxsize=16384)
def category_noun(word: str) -> bool:
    """A noun that announces a place's, a work's or a product's name ("Dorf",
    "Gesellschaftsroman", "Rohölsorte"); the caller checks it is no given name ("Roman").

    >>> category_noun("Dorf"), category_noun("Rohölsorte"), category_noun("Landeschef")
    (True, True, False)
    """
    low = word.lower().rsplit("-", 1)[-1]
    return low in CATEGORY_NOUNS or any(low.endswith(h) and len(low) - len(h) >= MIN_COMPOUND_PREFIX for h in _CATEGORY_HEADS)


# Endings of German derived nouns that names do not have ("Vorgängerin", "Rettung",
# "Gesundheit", "Wissenschaft", "Koalition"), on words of at least this many letters.
_NOUN_SUFFIXES = ("erin", "ung", "heit", "keit", "schaft", "tion", "ität", "ismus", "nis")
MIN_SUFFIX_NOUN = 7


def noun_shaped(word: str) -> bool:
    """A capitalised word with the ending of a German derived noun ("Rettungsaktion",
    "Vorgängerin"); "Menzel", "Llosa" are not.

    >>> noun_shaped("Rettungsaktion"), noun_shaped("Vorgängerin"), noun_shaped("Menzel")
    (True, True, False)
    """
    return len(word) >= MIN_SUFFIX_NOUN and word.lower().endswith(_NOUN_SUFFIXES)


# wordfreq Zipf in German at or above which a lowercase word is German vocabulary
# ("ukrainer" 3.4, "neuzugang" 3.5, "spezialist" 3.7, "verwalter" 3.6); names unknown to
# the lists sit below it ("usyk", "guim", "agit" 0).
GERMAN_NOUN_ZIPF = 3.0
# The same for the head of a hyphenated compound in English: German news borrows English
# nouns ("Usyk-Promoter", "Tesla-Manager"; "promoter" 3.6).
LOAN_NOUN_ZIPF = 3.0
# A glued compound's head has at least this many letters ("verwalter", "roman"), after
# MIN_COMPOUND_PREFIX letters or more ("Vermögensverwalter", "Gesellschaftsroman").
MIN_NOUN_HEAD = 5
# Feminine endings German adds to a noun ("Spezialistin", "Kenianerin", "Expertinnen").
_FEMININE = ("innen", "in")


# How much more frequent in German than in English such a word must be: German news
# quotes English words ("People", "Need") and names frequent in both ("pep" 3.7 / 3.5,
# "rom" 4.7 / 3.8) that are no German nouns ("ukrainer" 3.4 / 0).
GERMAN_OVER_ENGLISH = 1.0


def _vocabulary(low: str) -> bool:
    de = plausible.zipf(low, "de")
    return de >= GERMAN_NOUN_ZIPF and de - plausible.zipf(low, "en") >= GERMAN_OVER_ENGLISH


def _feminine_of_noun(low: str) -> bool:
    """A feminine -in form of a German noun ("spezialistin", "expertinnen"); "martin",
    "karin", "putin" have no noun before the -in."""
    for end in _FEMININE:
        if low.endswith(end) and len(low) - len(end) >= MIN_NOUN_HEAD:
            return _vocabulary(low[: -len(end)])
    return False


@lru_cache(maxsize=16384)
def common_noun(word: str) -> bool:
    """A capitalised word that German statistics show to be a common noun, not a name:
    frequent German vocabulary ("Ukrainer", "Neuzugang"), its feminine form
    ("Spezialistin"), a compound whose head is one ("Vermögensverwalter",
    "Zahlungsverkehr-Spezialistin"), or a hyphenated compound with an English noun for
    head ("Usyk-Promoter"). The caller checks that no list knows the word as a name.

    >>> common_noun("Ukrainer"), common_noun("Spezialistin"), common_noun("Vermögensverwalter"), common_noun("Usyk-Promoter")
    (True, True, True, True)
    >>> common_noun("Usyk"), common_noun("Agit"), common_noun("Karin"), common_noun("Krassyuk")
    (False, False, False, False)
    """
    if role_noun(word) or noun_shaped(word):
        return True
    low = word.lower()
    head = low.rsplit("-", 1)[-1]
    if "-" in low:
        return len(head) > 2 and (common_noun(head) or plausible.zipf(head, "en") >= LOAN_NOUN_ZIPF)
    if _vocabulary(low) or _feminine_of_noun(low):
        return True
    return any(_vocabulary(low[i:]) for i in range(MIN_COMPOUND_PREFIX, len(low) - MIN_NOUN_HEAD + 1))


# A looser compound test for a word before a surname: a head of this many letters or more,
# frequent in German or in English ("Top|star", "Lokal|matador", "Golf|star").
MIN_LOOSE_HEAD = 4


@lru_cache(maxsize=16384)
def noun_like(word: str) -> bool:
    """:func:`common_noun`, or a compound whose head of four letters or more is a frequent
    German or English word ("Topstar", "Golfstar"): a word no given name is shaped like
    ("Kultida", "Marlene" have no such head).

    >>> noun_like("Topstar"), noun_like("Golfstar"), noun_like("Kultida")
    (True, True, False)
    """
    if common_noun(word):
        return True
    low = word.lower().rsplit("-", 1)[-1]
    return any(
        plausible.zipf(low[i:], "de") >= GERMAN_NOUN_ZIPF or plausible.zipf(low[i:], "en") >= GERMAN_NOUN_ZIPF
        for i in range(MIN_COMPOUND_PREFIX, len(low) - MIN_LOOSE_HEAD + 1)
    )
