"""Author names as a page declares them, cleaned of what is not a person's name.

trafilatura reads authors from bylines and metadata and hands them over raw,
often with the words that stood next to the name on the page glued on ("Howard
Blume Staff Writer", "Laura E Adkins December", "Oli Coleman View author
archive"). Entries holding two names are first split, and a "Surname, Given" byline
that metadata split at its comma is joined back. Each entry is then *trimmed* to its name: words are only ever cut
from its start or end (or a repeat of the name removed), never changed, so a
kept entry is what trafilatura read with some words left out. Then each entry is judged
on its own text (and against the other entries of the same page) and either kept
or dropped. Every cut and every drop is a
:class:`~newsclean.cleaners.change.Change` of step ``authors`` with one of these
rule codes:

=====================  ========================================================
``author_trimmed``     words around the name that are not part of it, cut (the
                       detail says which): a leading "By" or job title ("Autor
                       Monika Bolliger"), a publication before "By"/"Von"
                       ("Capital Von Jemima Kelly"), a date or "Updated",
                       a job title ("Staff Writer", "Senior Politics Editor",
                       "CEO"), a news organisation or the page's site ("Washington
                       Post", "NEW YORK DAILY NEWS", "· CBC News"), UI text
                       ("Link Copied", "View author archive ...") or a sentence
                       after the name
``author_repeated``    the name said twice in one entry ("Confreaks Confreaks"):
                       kept once
``author_split``       two names joined by a conjunction or a comma in one
                       entry ("Trine Juncher Jørgensen og Tôrtia
                       Reimer-Johansen", "Jane Doe and John Smith"): two entries
``author_inverted``    a "Surname, Given" byline that metadata split at its
                       comma into two entries ("Brazil", "Rachel"): joined
                       back, given name first ("Rachel Brazil")
``author_not_a_name``  an entry with no name at all: UI text ("See full bio",
                       "Lesedauer"), a placeholder ("xxx", "n/a"), or text longer
                       than any byline (:data:`MAX_ENTRY_CHARS`)
``author_duplicate``   the same name again, in another case or spacing
                       ("JEFFREY GETTLEMAN" after "Jeffrey Gettleman"); the
                       mixed-case spelling is kept wherever it stands
``author_role``        a site, desk, role or publication, not a person:
                       "Redaktion", "Admin", "Staff Writer", "Facebook Com",
                       "example.com", the page's own site name, "The Huffington
                       Post", a company ("Example Verlag GmbH"), a country or
                       city alone ("Germany"); news agencies ("Reuters", "The
                       Associated Press") stay
``author_fragment``    a piece of a name: an initial ("F", "J.") or a single
                       word that is part of another author's name on the page
``author_date``        a month or date taken for a name ("Apr", "March 3, 2021")
=====================  ========================================================

A trim needs a name left standing: at least :data:`MIN_NAME_WORDS` name-like
words (capitalised or all-caps words, initials, particles) before a title, an
organisation or a bare month, so "Anne Editor", "Theresa May", "Emily Post" and
"Will Power" stay whole. Entries without letter case (Japanese, Chinese) are
never trimmed.

Pure: no I/O. ``clean_authors(clean_authors(x)[0]) == clean_authors(x)``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from newsclean.cleaners.change import Change

STEP = "authors"

# An entry with at most this many letters is an initial or a split-off piece,
# never a whole name ("F", "J.", "Li" stays: see FRAGMENT_MAX_LETTERS' test).
FRAGMENT_MAX_LETTERS = 1

# Words (casefolded) that name a role, a desk or a site rather than a person.
# An entry made only of these words (and "the", "&", "and", "of") is dropped.
# News agencies ("Reuters", "AP") are bylines, not roles: they stay.
_ROLE_WORDS = frozenset(
    """
    admin administrator administrators editor editors editorial staff writer writers reporter reporters
    correspondent correspondents newsroom desk team redaktion redakteur redaktör redacción redaccion
    rédaction redaction redazione redactie redakcja redakce redakcia toimitus redaksi guest author authors
    anonymous unknown contributor contributors webmaster webredaktion onlineredaktion online-redaktion
    office web site website blog blogger moderator user member
    """.split()
)
_JOINERS = frozenset({"the", "&", "and", "of", "und", "et", "y", "e", "de", "der", "die", "la", "le", "el"})
# Social networks and sites that metadata names as an author ("Facebook Com", "twitter.com/x").
_SITES = re.compile(
    r"(?:https?://)?(?:www\.)?(?:facebook|twitter|instagram|linkedin|youtube|tiktok|pinterest|x)"
    r"(?:[\s.]+com)?(?:/\S*)?",
    re.IGNORECASE,
)
# "example.com", "Example Com", "news.example.co.uk": a domain, dotted or with its dot turned into a space
_DOMAIN = re.compile(
    r"(?:https?://)?(?:[\w-]+[.\s])+(?:com|net|org|de|fr|it|es|ru|uk|co\.uk|info|io|ch|at|nl|pl|cz|in|au|ca)",
    re.IGNORECASE,
)

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "januar|februar|märz|mai|juni|juli|oktober|dezember|"
    "janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
)
# a month on its own or with a day and/or year: "Apr", "Apr.", "March 3, 2021", "3 mai 2019"
_DATE = re.compile(rf"(?:\d{{1,2}}\.?\s*)?(?:{_MONTHS})\.?(?:\s*\d{{1,4}}(?:st|nd|rd|th)?,?)*(?:\s*\d{{4}})?", re.IGNORECASE)
_NUMERIC = re.compile(r"[\d\s./:,-]+")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def _is_role(name: str, site: str | None) -> bool:
    """A role, desk or site name: only role words, a social network, a domain, the site itself (unless it
    is a person's name: a blog named after its author), a publication or its staff.

    >>> _is_role("Redaktion", None), _is_role("Facebook Com", None), _is_role("Anna Admin", None)
    (True, True, False)
    """
    s = name.strip()
    if site and (_key(s) == _key(site) or _letters_key(s.split()) in _site_keys(site)) and not _personal(s):
        return True
    if _is_org(s) or _is_staff(s, site) or _is_title(s):
        return True
    if _SITES.fullmatch(s) or _DOMAIN.fullmatch(s):
        return True
    if _CORPORATE.search(s) or _lone_place(s) or _article_opened(s):
        return True
    words = [w.casefold() for w in _WORD.findall(s)]
    return bool(words) and all(w in _ROLE_WORDS or w in _JOINERS for w in words) and any(w in _ROLE_WORDS for w in words)


# The legal form that ends a company's name: "Frankfurter Allgemeine Zeitung GmbH", "Example Media Inc."
_CORPORATE = re.compile(
    r"(?<=\S)\s+(?:(?i:gmbh|inc|llc|ltd|plc|corp|corporation|verlag)\.?|AG|KG|SE|SA|S\.A\.|SL|SAS|SRL|S\.p\.A\.|BV|B\.V\.|NV|N\.V\.|&\s*Co\.?|Co\.)$"
)


def _lone_place(name: str) -> bool:
    """A country or city alone, which no list knows as a given name or surname ("Germany"; not "Jordan").

    >>> _lone_place("Germany"), _lone_place("Jordan"), _lone_place("Jane Doe")
    (True, False, False)
    """
    from newsclean.cleaners.names import evidence, plausible

    words = _WORD.findall(name)
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    key = words[0].casefold()
    return plausible.is_place(key) and not _given(key) and key not in evidence.given_names() and key not in evidence.surnames()


def _article_opened(name: str) -> bool:
    """A name opening with a definite article and no given name in it: a publication ("The Washington",
    "Der Spiegel"), never a person.

    >>> _article_opened("The Washington"), _article_opened("The Rev. Jane Doe"), _article_opened("The Associated Press")
    (True, False, False)
    """
    words = name.split()
    if len(words) < 2 or words[0] not in ("The", "THE", "Der", "Die", "Das") or _AGENCY.search(name):
        return False
    return not any(_given(w) and _is_name_word(n) for w, n in zip(words[1:], words[2:], strict=False))


def _is_date(name: str) -> bool:
    """A month or a date, not a name.

    >>> _is_date("Apr"), _is_date("March 3, 2021"), _is_date("April Ryan"), _is_date("May Lee")
    (True, True, False, False)
    """
    s = name.strip()
    return bool(_DATE.fullmatch(s) or _NUMERIC.fullmatch(s))


def _is_fragment(name: str, others: list[str]) -> bool:
    """An initial, or a single word of another author's name on the page.

    >>> _is_fragment("F", []), _is_fragment("Jong", ["Kim Jong Un"]), _is_fragment("Madonna", ["Kim Jong Un"])
    (True, True, False)
    """
    letters = _LETTER.findall(name)
    if len(letters) <= FRAGMENT_MAX_LETTERS:
        return True
    words = _WORD.findall(name)
    if len(words) != 1:
        return False
    word = words[0].casefold()
    return any(word in (w.casefold() for w in _WORD.findall(o)) and len(_WORD.findall(o)) > 1 for o in others)


def _better(a: str, b: str) -> bool:
    """Whether spelling ``a`` of one name is better than ``b``: mixed case beats all caps or all lower."""
    def mixed(s: str) -> bool:
        return s != s.upper() and s != s.lower()

    return mixed(a) and not mixed(b)


# An entry longer than this is a paragraph or a page, no byline (a list of twenty
# co-authors' full names is about 400 characters).
MAX_ENTRY_CHARS = 600

# --------------------------------------------------------------------------- trimming

# A trim must leave at least this many name-like words: "Anne Editor", "Theresa May" and
# "Emily Post" are names, "Gina Trapani CEO" is a name and a title.
MIN_NAME_WORDS = 2
# A capitalised word right before the first lowercase word opens the phrase ("Oli Coleman
# View author archive") when it is this common as an English word (wordfreq's Zipf scale;
# "View" 5.2, "Creating" 4.7) and is no given name; rarer words ("Shook" 4.05) are surnames.
PHRASE_OPENER_ZIPF = 4.5

# Head words of a job title, and the words that may stand before them in one ("Senior
# Politics Editor", "Staff Writer", "BuzzFeed UK News Fellow").
_TITLE_HEADS = frozenset(
    """
    editor editors writer writers reporter reporters correspondent correspondents columnist columnists
    contributor contributors fellow ceo cto cfo coo founder co-founder cofounder president producer
    analyst critic host anchor photographer intern director manager strategist researcher journalist
    journalists blogger staff editor-in-chief chief executive officer illustrator photojournalist commentator
    designer redakteur redakteurin korrespondent korrespondentin
    autor autorin rédacteur rédactrice journaliste correspondant redactor redactora periodista
    """.split()
)
_TITLE_MODIFIERS = frozenset(
    """
    senior junior chief staff deputy associate assistant executive managing contributing special national
    international foreign political politics business sports sport science health technology tech
    entertainment news features feature opinion culture arts music film food travel fashion style digital
    investigative white house economics economy finance financial markets global world local metro city
    breaking content video photo social media lead head principal co vice regional bureau wire legal
    education climate environment data weekend web online general copy night desk and of the & at for our your
    freelance guest market markets editorial games gaming books movies tv television auto autos motoring
    property lifestyle beauty home parenting religion weather crime courts police transportation transport
    energy enterprise security mobile apps gadgets reviews commerce shopping deals audience engagement
    standards graphics design art photography multimedia podcasts podcast space medical wellness fitness
    nutrition investing personal money careers consumer small congressional capitol technology
    """.split()
)
# Last words of a news organisation's name ("Washington Post", "CBC News").
_ORG_HEADS = frozenset(
    """
    news post times tribune herald journal gazette telegraph chronicle magazine daily media network
    radio tv television online press insider observer examiner inquirer courier dispatch bulletin
    zeitung nachrichten
    """.split()
)
# Words that name a publication's people as a group ("AOL Staff", "BWW News Desk").
_COLLECTIVE = frozenset("staff desk team editors newsroom writers reporters redaktion rédaction".split())
# Words that open a multi-word place or paper name before the word next to the head ("New
# York Times", "Los Angeles Times", "The Huffington Post").
_ORG_OPENERS = frozenset("the new los las san santa st saint fort le la el die der".split())
# News agencies are bylines in their own right: never dropped as an organisation.
_AGENCY = re.compile(
    r"\b(?:reuters|associated press|ap|afp|agence france[- ]presse|dpa|upi|ansa|efe|xinhua|tass|kyodo|"
    r"anadolu|press association|pa media|bloomberg)\b",
    re.IGNORECASE,
)
# Words that say when, glued after a byline ("Emily Kirkpatrick Updated").
_WHEN_WORDS = frozenset("updated published posted aktualisiert veröffentlicht actualizado publicado".split())
# "Last Updated", "Zuletzt aktualisiert": the word before a when-word that belongs to it
_WHEN_OPENERS = frozenset("last first zuletzt".split())
_WEEKDAYS = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\.?,?",
    re.IGNORECASE,
)
# UI text around a byline (casefolded word sequences); an entry that is only this is no name.
_UI_PHRASES = tuple(
    tuple(p.split())
    for p in """
    link copied|copy link|view author archive|author archive|get author rss feed|rss feed|see full bio|
    full bio|read bio|view bio|view profile|view full profile|view all posts|all posts by|more by|
    more from|more articles|more stories|follow|follow on twitter|email|e-mail|contact|share|
    lesedauer|lesezeit|min read|minute read|minutes read|read more|show more|profile|twitter|facebook|
    instagram|linkedin|bio|alle artikel|mehr vom autor|temps de lecture
    """.replace("\n", "").split("|")
    if p.strip()
)
# Lowercase words that belong to a name ("Lisa de Moraes", "Jochen und Tina ..." joins two).
_PARTICLES = frozenset(
    "de da di do dos das du del della delle degli dei dalla der den van von vom zum zur ter ten zu bin ibn al el "
    "la le lo y e i und et and af av d l".split()
)
# A placeholder where a byline should be: "xxx", "n/a", "null".
_PLACEHOLDER = re.compile(r"(?i)([a-z])\1+|n/?a|null|none|nobody|tbd|lorem ipsum|-+|\?+")
_SEPARATORS = re.compile(r"\s+[·|•–—/-]\s+|,\s+|\s*\|\s*|\s+·|·\s+")
# "By Josh Haskell", "von Anna Schmidt": the byline word before a name (lowercase only where it may be a particle)
_LEADING_BY = re.compile(r"(?i:by)\s+|(?:von|par|por|door)\s+")
_TOKEN = re.compile(r"\S+")
_CUT_EDGE = " ,;·|•–—-/"
# "Rob Ewaschuk Edited by Betsy Beyer": a word before these opens a phrase of its own
_BY_WORDS = frozenset("by von par por door".split())
_NUMBERISH = re.compile(r"[\d:./,-]*\d[\d:./,-]*(?:st|nd|rd|th|am|pm)?,?", re.IGNORECASE)
_EDGE_PUNCT = "\"'“”‘’«»()[]{}.,;:!?*·|•–—-"


def _core(token: str) -> str:
    return token.strip(_EDGE_PUNCT)


def _particle(word: str) -> bool:
    """A lowercase piece of a name: "de", "van", "al-Khattab", "d'Alembert"."""
    return re.split(r"[-'’]", _core(word).casefold(), maxsplit=1)[0] in _PARTICLES


def _cased(word: str) -> bool:
    """Whether the word's script has letter case (Latin, Cyrillic, Greek...)."""
    return any(c.isupper() or c.islower() for c in word)


def _is_name_word(word: str) -> bool:
    """Capitalised or all-caps word, an initial ("E", "J.", "T.C."), a particle, or a word of a script without case."""
    w = _core(word)
    if not w:
        return False
    if not _cased(w):
        return bool(_LETTER.search(w))
    if _particle(w):
        return True
    first = next((c for c in w if c.isalpha()), "")
    return first.isupper()


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from newsclean.cleaners.names.gazetteer import english_given_names

    return english_given_names()


def _given(word: str) -> bool:
    """A known given name (the ``nicknames`` package's list, as the names cleaner reads it)."""
    return _core(word).casefold() in _given_names()


def _common_word(word: str) -> bool:
    from newsclean.cleaners.names.plausible import zipf

    return zipf(_core(word).casefold()) >= PHRASE_OPENER_ZIPF and not _given(word)


def _site_keys(site: str | None) -> frozenset[str]:
    """Letters-only keys of the page's site: its whole name, and a domain's labels ("buzzfeed.com" -> "buzzfeed")."""
    if not site:
        return frozenset()
    s = site.casefold().strip()
    keys = {re.sub(r"\W|_", "", s)}
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", s)
    if "." in host and " " not in host:
        # every label but the last ("japan.zdnet.com" -> "japan", "zdnet"): a site's own words
        keys.update(re.sub(r"\W|_", "", label) for label in host.split(".")[:-1] if len(label) >= 3)
    return frozenset(k for k in keys if len(k) >= 2)


def _letters_key(words: list[str]) -> str:
    return re.sub(r"\W|_", "", "".join(words).casefold())


def _ui_at(words: list[str], i: int) -> int:
    """Length of the UI phrase starting at word ``i`` (0 when none)."""
    folded = [_core(w).casefold() for w in words]
    best = 0
    for phrase in _UI_PHRASES:
        if tuple(folded[i : i + len(phrase)]) == phrase:
            best = max(best, len(phrase))
    return best


def _names_before(words: list[str], end: int) -> bool:
    """``words[:end]`` is a name standing on its own: name-like words, MIN_NAME_WORDS of them not particles,
    the last no particle ("Arentik d o o" has no name before "o")."""
    head = words[:end]
    return (
        all(_is_name_word(w) for w in head)
        and sum(not _particle(w) for w in head) >= MIN_NAME_WORDS
        and not _particle(head[-1])
    )


def _date_tail(words: list[str], site: frozenset[str]) -> int:
    """How many words at the end say when: "Updated", a month (with day/year), a year or a time.

    A bare month after a name may be its surname ("Theresa May", "Mary Ann June"): it goes only after a
    full name (``MIN_NAME_WORDS``), unless both it and the word before it are given names, or after a role
    ("Editor December"). "Laura E Adkins December", "Nathan Willis March" lose the month.
    """
    n = i = len(words)
    while i > 0 and _NUMBERISH.fullmatch(words[i - 1]):
        i -= 1
    numbers = n - i
    j = i
    month = j > 0 and bool(_DATE.fullmatch(_core(words[j - 1]))) and _core(words[j - 1])[:1].isalpha()
    if month:
        j -= 1
    if j > 0 and _WEEKDAYS.fullmatch(words[j - 1]):
        j -= 1  # "Monday, February 3"; a bare weekday counts as a bare month ("Joe Wee Monday")
        month = True
    if j > 0 and _core(words[j - 1]).casefold() in _WHEN_WORDS:
        j -= 1
        if j > 0 and _core(words[j - 1]).casefold() in _WHEN_OPENERS:
            j -= 1
        return n - j
    if month:
        surname = _given(words[j]) and _given(words[j - 1])  # "Mary Ann June": a given-name month after a given name
        if numbers or (_names_before(words, j) and not surname) or (j > 0 and _is_role(" ".join(words[:j]), None)):
            return n - j
        return 0
    return numbers


def _title_tail(words: list[str], site: frozenset[str], min_left: int = MIN_NAME_WORDS) -> int:
    """How many words at the end are a job title: a head word with its modifiers ("Senior Politics Editor",
    "BuzzFeed UK News Fellow", "Washington Bureau Chief"); at least ``min_left`` words stay before it.

    >>> _title_tail("Sam Stein Senior Politics Editor".split(), frozenset()), _title_tail("Anne Editor".split(), frozenset())
    (3, 0)
    """
    if len(words) <= min_left or _core(words[-1]).casefold() not in _TITLE_HEADS:
        return 0

    def modifier(word: str) -> bool:
        w = _core(word)
        k = w.casefold()
        return k in _TITLE_MODIFIERS or k in _TITLE_HEADS or k in _ORG_HEADS or k in site or (w.isupper() and len(w) <= 3)

    j = len(words) - 1
    while j > 0 and modifier(words[j - 1]):
        j -= 1
    if j < min_left:
        return 0  # the title reaches into the name: the entry is a title ("AP National Political Writer")
    while j > min_left and _is_place(_core(words[j - 1]).casefold()):
        j -= 1  # a beat: "Moscow Correspondent", "Washington Bureau Chief"
        while j > min_left and modifier(words[j - 1]):
            j -= 1
    return len(words) - j


def _is_place(key: str) -> bool:
    from newsclean.cleaners.names.plausible import is_place

    return is_place(key)


def _org_tail(words: list[str], site: frozenset[str], min_left: int = MIN_NAME_WORDS) -> int:
    """How many words at the end name a news organisation: the site, or capitalised words ending in "News", "Post"...

    All-caps words after a mixed-case name belong to it ("Meg Wagner NEW YORK DAILY NEWS"); otherwise the
    head takes one word before it, plus an opener ("Washington Post", "New York Times").
    """
    n = len(words)
    for k in range(1, n + 1):  # the site's own name, however many words (a blog's author's name is no site)
        if _letters_key(words[n - k :]) in site and n - k >= min_left and not _personal(" ".join(words[n - k :])):
            return k
    if not words or _core(words[-1]).casefold() not in _ORG_HEADS or not _is_name_word(words[-1]):
        return 0
    j = n - 1
    mixed_name = any(_core(w) != _core(w).upper() for w in words[:j])
    if mixed_name:
        while j > 0 and _core(words[j - 1]).isupper() and _cased(words[j - 1]) and len(_core(words[j - 1])) > 1:
            j -= 1
    if j == n - 1 and j > 0 and _is_name_word(words[j - 1]):
        j -= 1  # the word before the head ("Washington Post")
    while j > 0 and _core(words[j - 1]).casefold() in _ORG_OPENERS:
        j -= 1
    if j == n - 1 or j < min_left:
        return 0
    return n - j


def _personal(name: str) -> bool:
    """A given name and a surname: a blog named after its author ("Jane Doe" on janedoe.example.org) keeps it."""
    words = name.split()
    return len(words) >= MIN_NAME_WORDS and _given(words[0]) and all(_is_name_word(w) for w in words)


def _is_title(name: str) -> bool:
    """A job title alone, maybe with its agency: "Our Foreign Staff", "AP National Political Writer".

    >>> _is_title("Senior Politics Editor"), _is_title("Ap Sports Writer"), _is_title("Anne Editor")
    (True, True, False)
    """
    words = name.split()
    if words and _AGENCY.fullmatch(_core(words[0])):
        words = words[1:]
    return bool(words) and _title_tail(words, frozenset(), min_left=0) == len(words)


def _is_staff(name: str, site: str | None) -> bool:
    """The staff or desk of a publication: "AOL Staff" on aol.com, "BWW News Desk", "JERUSALEM POST STAFF".

    >>> _is_staff("TMZ STAFF", "tmz.com"), _is_staff("BWW News Desk", None), _is_staff("Deb Staff", None)
    (True, True, False)
    """
    words = name.split()
    if len(words) < 2 or _core(words[-1]).casefold() not in _COLLECTIVE:
        return False
    rest = words[:-1]
    while len(rest) > 1 and _core(rest[-1]).casefold() in _COLLECTIVE | {"editorial"}:
        rest = rest[:-1]
    keys = _site_keys(site)
    return (
        _letters_key(rest) in keys
        or all(_letters_key([w]) in keys for w in rest)
        or _org_tail(rest, frozenset(), min_left=0) == len(rest)
        or _core(rest[-1]).casefold() in _ORG_HEADS
    )


def _is_org(name: str) -> bool:
    """A whole entry that names a news organisation ("The Huffington Post", "CBC News"), not an agency.

    >>> _is_org("The Huffington Post"), _is_org("Emily Post"), _is_org("The Associated Press")
    (True, False, False)
    """
    words = name.split()
    if len(words) < 2 or _AGENCY.search(name) or not all(_is_name_word(w) for w in words):
        return False
    if _core(words[0]).casefold() not in _ORG_OPENERS and _given(words[0]):
        return False
    return _org_tail(words, frozenset(), min_left=0) == len(words)


def _lowercase_cut(words: list[str]) -> int | None:
    """Where the sentence or UI text after a name starts: at its first lowercase word (or the common
    capitalised word that opens it). ``None`` when the entry does not start with a name."""
    for k, w in enumerate(words):
        c = _core(w)
        if not c or not _cased(c) or _particle(c):
            continue
        if c[0].islower() or w.lstrip("(")[:1] == "@":  # a sentence, a URL, an e-mail, a handle
            opener = _common_word(words[k - 1]) or c.casefold() in _BY_WORDS if k else False
            if k - 1 >= MIN_NAME_WORDS and opener and _names_before(words, k - 1):
                return k - 1
            if _names_before(words, k):
                return k
            return None
    return None


def _not_a_name(name: str) -> bool:
    """UI text or a placeholder where a byline should be.

    >>> _not_a_name("See full bio"), _not_a_name("xxx"), _not_a_name("Last Updated May 3"), _not_a_name("doumae")
    (True, True, True, False)
    """
    words = name.split()
    if _PLACEHOLDER.fullmatch(name.strip()) or (words and _date_tail(words, frozenset()) == len(words)):
        return True  # a placeholder, or only a "Last Updated January 7"
    i = 0
    while i < len(words):
        n = _ui_at(words, i)
        if not n:
            return False
        i += n
    return bool(words)


def _repeat(words: list[str]) -> int:
    """Length of a name said twice at the start of the entry.

    >>> _repeat("Confreaks Confreaks".split()), _repeat("Ellyn Shook Ellyn Shook".split()), _repeat("Jane Jane Doe".split())
    (1, 2, 0)
    """
    folded = [_core(w).casefold() for w in words]
    for n in range(len(words) // 2, 0, -1):
        if folded[:n] == folded[n : 2 * n] and all(_is_name_word(w) for w in words[:n]):
            # one word twice may be a name of its own ("Ali Ali") or a stutter before a surname
            # ("Jane Jane Doe"): a given name is left alone
            if n > 1 or not _given(words[0]):
                return n
    return 0


# Words that join two people's names in one byline ("Jane Doe and John Smith", "… og …", "… und …").
_CONJUNCTIONS = frozenset("and & und og och et y e en i és ve и".split())


def _full_name(words: list[str]) -> bool:
    """Name-like words, at least MIN_NAME_WORDS of them no particle, opening and closing with no particle."""
    return bool(words) and _names_before(words, len(words)) and not _particle(words[0])


def _split(name: str, site: str | None) -> list[str]:
    """The names in one entry joined by a conjunction or a comma, when each side is a full name of its own.

    A side of one word stays joined ("Jochen und Tina Müller", "José Ortega y Gasset", "Miquel Roca i
    Junyent"), and so does a side that is a title, an organisation or a date ("Jane Doe, Staff Writer").

    >>> _split("Jane Doe and John Smith", None), _split("José Ortega y Gasset", None)
    (['Jane Doe', 'John Smith'], ['José Ortega y Gasset'])
    """
    tokens = list(_TOKEN.finditer(name))
    words = [t.group() for t in tokens]
    keys = _site_keys(site)
    for k, w in enumerate(words):
        comma = w.endswith(",") and k + 1 < len(words)
        if not (comma or (0 < k < len(words) - 1 and w.casefold() in _CONJUNCTIONS)):
            continue
        left = words[: k + 1] if comma else words[:k]
        right = words[k + 1 :]
        left = [*left[:-1], left[-1].rstrip(",")]
        if not (_full_name(left) and _full_name(right)):
            continue
        if any(_junk(side, keys) or _is_role(" ".join(side), site) for side in (left, right)):
            continue
        head = name[: tokens[k].end()].rstrip(",").strip() if comma else name[: tokens[k - 1].end()]
        return [head, *_split(name[tokens[k + 1].start() :], site)]
    return [name]


def _any_given(word: str) -> bool:
    from newsclean.cleaners.names import evidence

    return _given(word) or _core(word).casefold() in evidence.given_names()


def _join_inverted(entries: list[str]) -> tuple[list[str], list[Change]]:
    """Rejoin a "Surname, Given" byline that metadata split at its commas ("Brazil", "Rachel").

    Every entry one capitalised word, an even number of them, and in the pairs (first, second) the second
    word a given name where the first is none more than twice as often as the other way round.

    >>> _join_inverted(["Brazil", "Rachel"])[0], _join_inverted(["Jane", "Doe"])[0]
    (['Rachel Brazil'], ['Jane', 'Doe'])
    """
    items: list[str] = []
    for e in entries:  # the same word again is judged once ("Doe", "Jane", "Jane")
        if e.strip() and _key(e) not in {_key(i) for i in items}:
            items.append(e.strip())
    if len(items) < 2 or len(items) % 2:
        return entries, []
    if not all(_WORD.fullmatch(e) and e[:1].isupper() and not _AGENCY.fullmatch(e) for e in items):
        return entries, []
    pairs = list(zip(items[::2], items[1::2], strict=True))
    second = sum(_any_given(g) and not _any_given(f) for f, g in pairs)
    first = sum(_any_given(f) and not _any_given(g) for f, g in pairs)
    if second <= 2 * first:  # a given name in first place must be rare (Indian "Basu" is both)
        return entries, []
    joined = [f"{g} {f}" for f, g in pairs]
    return joined, [Change(STEP, "author_inverted", f"{f!r}, {g!r} -> {j!r}") for (f, g), j in zip(pairs, joined, strict=True)]


def _title_head(words: list[str]) -> int:
    """How many words at the start are a job title before a full name ("Autor Monika Bolliger",
    "Senior Writer Jane Doe"); 0 when none, or when no full name follows ("Editor Smith")."""
    j = 0
    while j < len(words) and (_core(words[j]).casefold() in _TITLE_MODIFIERS or _core(words[j]).casefold() in _TITLE_HEADS):
        j += 1
    while j > 0 and _core(words[j - 1]).casefold() not in _TITLE_HEADS:
        j -= 1
    return j if j and _full_name(words[j:]) else 0


def _by_inside(words: list[str]) -> int:
    """How many words stand before a "By"/"von" that opens a full name starting with a given name, after
    words with no given name ("Capital Von Jemima Kelly", "Photos by Jane Doe"; not "Ursula Von Der
    Leyen", "Hans von Trotha", "Rob Ewaschuk Edited by Betsy Beyer")."""
    for k in range(1, len(words) - 2):
        if _core(words[k]).casefold() not in _BY_WORDS:
            continue
        after = words[k + 1 :]
        if _given(after[0]) and _full_name(after) and not any(_given(w) or _particle(w) for w in words[:k]):
            return k + 1
    return 0


def _trim(name: str, site: str | None) -> tuple[str, list[Change]]:
    """Cut what is glued to a name: returns the name (a piece of ``name``) and the cuts made."""
    changes: list[Change] = []
    keys = _site_keys(site)
    while True:
        before = name
        m = _LEADING_BY.match(name)
        rest = name[m.end() :].split() if m else []
        if m and rest and _is_name_word(rest[0]) and _cased(rest[0]):
            changes.append(Change(STEP, "author_trimmed", f"{name[: m.end()].strip()!r} from {name!r}"))
            name = name[m.end() :]
        tokens = list(_TOKEN.finditer(name))
        words = [t.group() for t in tokens]
        if not any(_cased(w) for w in words):
            return name, changes  # no letter case to read a name by: left as it is
        lead = _title_head(words) or _by_inside(words)
        if lead:
            changes.append(Change(STEP, "author_trimmed", f"{name[: tokens[lead].start()].strip()!r} from {name!r}"))
            name = name[tokens[lead].start() :]
            continue
        cut = _cut(name, words, keys)
        end = None if cut is None else -cut if cut <= 0 else tokens[cut - 1].end()
        kept = name[:end].rstrip(_CUT_EDGE) if end else ""
        removed = name[len(kept) :].strip(_CUT_EDGE + " ")
        if end and removed and _LETTER.search(kept):
            changes.append(Change(STEP, "author_trimmed", f"{removed!r} from {name!r}"))
            name = kept
        else:
            n = _repeat(words)
            if n:
                changes.append(Change(STEP, "author_repeated", " ".join(words[:n])))
                name = name[: tokens[n - 1].end()] + name[tokens[2 * n - 1].end() :]
        if name == before:
            return name, changes


def _cut(name: str, words: list[str], site: frozenset[str]) -> int | None:
    """How many words of the entry to keep (a separator may also stand inside a word: a character offset
    is then returned as ``-offset``), or ``None`` to keep them all."""
    # a separator with non-name text after it: "Pete Evans · CBC News", "Jane Doe, Staff Writer"
    for m in _SEPARATORS.finditer(name):
        head, tail = name[: m.start()].split(), name[m.end() :].split()
        if head and tail and all(_is_name_word(w) for w in head) and _junk(tail, site):
            return -m.start()
    # UI text after the name: "Steven Shepard Link Copied", "Oli Coleman View author archive ..."
    for i in range(1, len(words)):
        if _ui_at(words, i) and _names_before(words, i):
            return i
    k = _lowercase_cut(words)
    if k is not None and k < len(words):
        return k
    if _repeat(words):
        return None
    n = _date_tail(words, site)  # a date after a role too ("Editor December")
    if n and n < len(words):
        return len(words) - n
    n = _title_tail(words, site) or _org_tail(words, site)
    if n and _names_before(words, len(words) - n):
        return len(words) - n
    return None


def _junk(words: list[str], site: frozenset[str]) -> bool:
    """Whether the words are only non-name text: a date, a title, an organisation, the site, UI text."""
    words = list(words)
    while words:
        if _not_a_name(" ".join(words)) or _letters_key(words) in site or _AGENCY.fullmatch(" ".join(words)):
            return True  # ... or a news agency's credit after a separator ("Jane Doe | Reuters")
        n = _date_tail(words, site) or _title_tail(words, site, min_left=0) or _org_tail(words, site, min_left=0)
        if not n:
            return False
        words = words[:-n]
    return True


def clean_authors(authors: list[str], site: str | None = None) -> tuple[list[str], list[Change]]:
    """Trim each entry to its name, drop entries that are not a person's name; return (kept, changes).

    ``site``: the page's site name (an author equal to it is the site, not a person).

    >>> clean_authors(["JEFFREY GETTLEMAN", "Jeffrey Gettleman", "Redaktion", "Apr"])[0]
    ['Jeffrey Gettleman']
    >>> clean_authors(["Jane Doe", "John Smith"])
    (['Jane Doe', 'John Smith'], [])
    """
    changes: list[Change] = []
    kept: list[str] = []
    authors, changes = _join_inverted(authors)
    queue = [a.strip() for a in authors]
    while queue:
        name = queue.pop(0)
        if not name:
            continue
        if len(name) > MAX_ENTRY_CHARS:
            changes.append(Change(STEP, "author_not_a_name", f"{name[:80]}… ({len(name)} characters)"))
            continue
        parts = _split(name, site)
        if len(parts) == 1 and not (_is_date(name) or _is_role(name, site)):  # a whole date or role is judged as it stands
            name, ch = _trim(name, site)
            changes += ch
            parts = _split(name, site)  # two names the trim laid bare ("Jane Doe and John Smith 3,")
        if len(parts) > 1:
            changes.append(Change(STEP, "author_split", f"{name!r} -> {parts!r}"))
            queue[:0] = parts
            continue
        if not name.strip():
            continue
        if _is_date(name):
            changes.append(Change(STEP, "author_date", name))
        elif _is_role(name, site):
            changes.append(Change(STEP, "author_role", name))
        elif _not_a_name(name):
            changes.append(Change(STEP, "author_not_a_name", name))
        else:
            kept.append(name)
    # case and spacing duplicates: one entry per key, the best spelling at the first position
    order: list[str] = []
    best: dict[str, str] = {}
    for name in kept:
        k = _key(name)
        if k not in best:
            order.append(k)
            best[k] = name
        elif _better(name, best[k]):
            changes.append(Change(STEP, "author_duplicate", best[k]))
            best[k] = name
        else:
            changes.append(Change(STEP, "author_duplicate", name))
    names = [best[k] for k in order]
    out = []
    for i, name in enumerate(names):
        if _is_fragment(name, names[:i] + names[i + 1 :]):
            changes.append(Change(STEP, "author_fragment", name))
        else:
            out.append(name)
    # a pair the trims laid bare ("Doe", "Jane Updated" -> "Doe", "Jane"): joined now, so a second pass has nothing to do
    out, ch = _join_inverted(out)
    changes += ch
    return out, changes
