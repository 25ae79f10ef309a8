"""Author names as a page declares them, cleaned of what is not a person's name.

trafilatura reads authors from bylines and metadata and hands them over raw.
Each entry is judged on its own text (and against the other entries of the
same page); nothing is rewritten, an entry is either kept as it is or dropped,
and every drop is a :class:`~newsclean.cleaners.change.Change` of step
``authors`` with one of these rule codes:

=====================  ========================================================
``author_duplicate``   the same name again, in another case or spacing
                       ("JEFFREY GETTLEMAN" after "Jeffrey Gettleman"); the
                       mixed-case spelling is kept wherever it stands
``author_role``        a site, desk or role, not a person: "Redaktion", "Admin",
                       "Staff Writer", "Facebook Com", "example.com", the page's
                       own site name
``author_fragment``    a piece of a name: an initial ("F", "J.") or a single
                       word that is part of another author's name on the page
``author_date``        a month or date taken for a name ("Apr", "March 3, 2021")
=====================  ========================================================

Pure: no I/O. ``clean_authors(clean_authors(x)[0]) == clean_authors(x)``.
"""
from __future__ import annotations

import re

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
    """A role, desk or site name: only role words, a social network, a domain, or the site itself.

    >>> _is_role("Redaktion", None), _is_role("Facebook Com", None), _is_role("Anna Admin", None)
    (True, True, False)
    """
    s = name.strip()
    if site and _key(s) == _key(site):
        return True
    if _SITES.fullmatch(s) or _DOMAIN.fullmatch(s):
        return True
    words = [w.casefold() for w in _WORD.findall(s)]
    return bool(words) and all(w in _ROLE_WORDS or w in _JOINERS for w in words) and any(w in _ROLE_WORDS for w in words)


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


def clean_authors(authors: list[str], site: str | None = None) -> tuple[list[str], list[Change]]:
    """Drop entries that are not a person's name; return (kept, changes).

    ``site``: the page's site name (an author equal to it is the site, not a person).

    >>> clean_authors(["JEFFREY GETTLEMAN", "Jeffrey Gettleman", "Redaktion", "Apr"])[0]
    ['Jeffrey Gettleman']
    >>> clean_authors(["Jane Doe", "John Smith"])
    (['Jane Doe', 'John Smith'], [])
    """
    changes: list[Change] = []
    kept: list[str] = []
    for raw in authors:
        name = raw.strip()
        if not name:
            continue
        if _is_date(name):
            changes.append(Change(STEP, "author_date", name))
        elif _is_role(name, site):
            changes.append(Change(STEP, "author_role", name))
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
    return out, changes
