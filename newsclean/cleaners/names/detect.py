"""Candidate person mentions: capitalised name runs, titles before them, possessives.

Detection knows the gazetteer's aliases and surnames plus a given-name lexicon;
it proposes spans, :mod:`cleaners.names.resolve` decides who they are.
"""
from __future__ import annotations

import calendar
import re
import sys
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from newsclean.cleaners import memo
from newsclean.cleaners.names import (
    caps,
    edges,
    evidence,
    german,
    lead_words,
    lexicon,
    phrases,
    plausible,
    recall9,
    round21,
    russian,
    shapes,
    tail2,
    unlisted,
)
from newsclean.cleaners.names.gazetteer import Gazetteer, english_given_names
from newsclean.cleaners.names.keys import cyrillic_nominatives, fold, is_cyrillic
from newsclean.cleaners.names.webpage import (
    clipped_nickname,
    drop_outlets,
    native_reading,
    not_a_name,
    romanised_syllables,
    unlisted_verb_form,
)

# Longest title phrase looked at before a name, in characters ("the Russian
# Foreign Ministry spokeswoman" is 37): bounds the backward scan per mention.
TITLE_WINDOW = 80
# Longest name of a person outside the gazetteer, in tokens ("Luiz Inácio Lula
# da Silva" is 6 with particles); longer capitalised runs are titles of works or organisations.
MAX_UNKNOWN_TOKENS = 5
# CamelCase glue from extraction ("NoemKristi", "Ocasio-CortezSanders"): a lowercase
# letter followed by a capital splits a token when the part before it is at least
# this long; shorter heads are name prefixes ("McDowell", "LaJoie", "DelGiorno", "MacKenzie").
MIN_GLUE_HEAD = 4
# A hyphenated word whose tail is this long an ordinary lowercase word is a compound
# adjective ("Australian-born", "NBA-leading"), not a name; shorter tails are Korean
# given names ("Jong-un", "Jae-in").
MIN_COMPOUND_TAIL = 4
# An unknown first word before a surname the gazetteer knows is an unlisted given
# name only when it is rare (Zipf below this: "jeb" 3.3) -- "Concessions Ban" (3.7)
# is vocabulary before a word that happens to be Ban Ki-moon's surname.
RARE_ZIPF = 3.5
# Capitalised particles inside a name ("Robert De Niro", "Julien De Rosa", "Ursula Von
# der Leyen"): between two name words they join, like their lowercase forms.
CAPITAL_PARTICLES = frozenset("de di da du des del della van von der den le la ter dos das".split())

# Letters a name may contain: word characters of the Latin, Greek and Cyrillic
# blocks (and their extensions), never an underscore. Names in other scripts
# (CJK, Arabic, Devanagari, ...) have no capitals to find them by; a run stops
# where such a script starts ("App Storeにない" is "App Store").
_LETTERS = "0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u052f\u1e00-\u1fff"
_NAME_CHAR = f"[{_LETTERS}]"
_GLUE = re.compile(r"(?<=[a-zà-ÿа-я])(?=[A-ZÀ-ÞА-Я])")


@lru_cache(maxsize=1)
def _upper_class() -> str:
    """A regex character class of every uppercase / titlecase letter in the BMP."""
    chars = [c for c in map(chr, range(sys.maxunicode if sys.maxunicode < 0x10000 else 0x10000)) if c.isupper() or c.istitle()]
    ranges: list[tuple[int, int]] = []
    start: int | None = None
    prev: int | None = None
    for c in chars:
        o = ord(c)
        if prev is not None and o == prev + 1:
            prev = o
            continue
        if start is not None and prev is not None:  # set together
            ranges.append((start, prev))
        start = prev = o
    assert start is not None and prev is not None  # chars is never empty
    ranges.append((start, prev))
    return "[" + "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]"


@dataclass(frozen=True)
class _Patterns:
    run: re.Pattern
    run_en: re.Pattern
    token: re.Pattern
    title_word: re.Pattern
    title_word_reversed: re.Pattern  # title_word's matches in a reversed window, last first (speed 2)


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    up = _upper_class()
    abbr = "|".join(lexicon.ABBREVIATIONS)
    prefix = r"(?:(?:al|el|ad|as|ash|at|az|ben|bin|abu|abd|ibn|d|o)['’\-])?"
    word = rf"{prefix}{up}(?:[{_LETTERS}’']|-(?=[{_LETTERS}]))*(?<![’'\-])"
    token = rf"(?:{up}\.){{2,}}|(?:{abbr})\.|{up}\.(?=[ \t\u00a0])|{word}"
    conn = "|".join(sorted(lexicon.CONNECTORS, key=len, reverse=True))
    sep = rf"[ \t\u00a0]+(?:(?:{conn})[ \t\u00a0]+)*"
    # a run never starts inside a word or right after "&" ("B&H Financing") or an apostrophe
    # ("O'Brien"); in English, after a straight quote opening a quotation it may ('Chris Christie is ...')
    run = rf"(?<!{_NAME_CHAR})(?<![’'\-&])(?:{token})(?:{sep}(?:{token}))*"
    run_en = rf"(?<!{_NAME_CHAR})(?<![’\-&])(?<!{_NAME_CHAR}')(?:{token})(?:{sep}(?:{token}))*"
    return _Patterns(
        run=re.compile(run),
        run_en=re.compile(run_en),
        token=re.compile(rf"{token}|\b(?:{conn})\b"),
        title_word=re.compile(rf"{_NAME_CHAR}[{_LETTERS}.’'\-]*|,"),
        # a word of title_word is a letter and the rest of its stretch of letters, dots, apostrophes and
        # hyphens: read backwards, that stretch up to its last letter
        title_word_reversed=re.compile(rf"[{_LETTERS}.’'\-]*{_NAME_CHAR}|,"),
    )


@dataclass(slots=True)
class Token:
    text: str  # surface without a possessive ending
    start: int
    end: int
    key: str  # folded
    connector: bool = False
    possessive: bool = False
    boundary_after: bool = False  # nothing may join this token to the next (possessive, hyphen split)


@dataclass(slots=True)
class Candidate:
    tokens: list[Token]
    kind: str  # "alias" | "name" | "single"
    alias_ids: dict[str, str] = field(default_factory=dict)
    titled: bool = False
    evidence: str = ""  # why a name outside the gazetteer was taken: lexicon, name_list, title, cue:..., weak

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def possessive(self) -> bool:
        return self.tokens[-1].possessive

    def name_tokens(self) -> list[Token]:
        return [t for t in self.tokens if not t.connector]


def _strip_possessive(text: str) -> tuple[str, bool]:
    if len(text) > 2 and text[-2] in "'’" and text[-1] in "sS":
        return text[:-2], True
    return text, False


class Lexicon:
    """The given-name lexicon for one gazetteer (English nicknames, extras, gazetteer given names)."""

    def __init__(self, gaz: Gazetteer) -> None:
        english = memo.memoized(
            "english-given", _english_given, sources=memo.package_sources(__file__),
        )
        self.given = (english | lexicon.EXTRA_GIVEN_NAMES | gaz.given_names) - lexicon.STOPWORDS
        self.gaz = gaz

    def is_given(self, key: str) -> bool:
        """A given name, also the first part of a hyphenated one ("eva marie")."""
        return key in self.given or key.split(" ", 1)[0] in self.given

    def is_listed_given(self, key: str) -> bool:
        """A given name of the name statistics (any locale) that is not ordinary vocabulary."""
        return evidence.strong_given(key) or evidence.strong_given(key.split(" ", 1)[0])

    def token_key(self, text: str) -> str:
        """Folded key; an inflected Cyrillic token maps to the known nominative when there is one."""
        key = fold(text)
        if is_cyrillic(text) and key not in self.gaz.known_tokens and key not in self.given:
            for form in cyrillic_nominatives(text)[1:]:
                k = fold(form)
                if k in self.gaz.known_tokens or k in self.given:
                    return k
        return key


def _english_given() -> frozenset[str]:
    """English given names (nickname tables) that are not ordinary English words."""
    return frozenset(g for g in english_given_names() if len(g) > 1 and not plausible.is_english_word_not_name(g))


@lru_cache(maxsize=4)
def lexicon_for(gaz: Gazetteer) -> Lexicon:
    return Lexicon(gaz)


# A function word or a reporting verb glued to a name's end by extraction ("Filsaimewith",
# "As Alexis Madrigalreports, Uber ..."); no name ends in these letters after four of its own.
_GLUED_TAIL = re.compile(r"^(.{4,}?)(with|from|that|this|which|reports|writes|wrote|argues|explains|tweeted)$")
_GLUED_TAILS = ("with", "from", "that", "this", "which", "reports", "writes", "wrote", "argues", "explains", "tweeted")
_ACRONYM_TAIL = re.compile(r"[A-Z]{2,}$")


def _unglue(raw: str, start: int) -> list[tuple[str, int]]:
    """Split CamelCase glue left by extraction ("NoemKristi" -> "Noem", "Kristi"); drop a
    function word glued to a name ("Filsaimewith 4 points" -> "Filsaime")."""
    tail = _GLUED_TAIL.match(raw) if raw.endswith(_GLUED_TAILS) else None  # speed 2: the cheap test first
    if tail and not plausible.is_vocabulary(raw.lower()) and not plausible.is_vocabulary(tail.group(1).lower()):
        raw = tail.group(1)
    if raw[1:].lower() == raw[1:]:
        return [(raw, start)]  # speed 2: no capital after the first letter, no glue (a token has no "×")
    pieces, last = [], 0
    for g in _GLUE.finditer(raw):
        head = raw[last : g.start()]
        # brands are CamelCase of ordinary words ("HomeKit", "PlayStation"); glued names are
        # not; an acronym glued on at the end is a credential or an outlet ("BakerCFP")
        if len(head) >= MIN_GLUE_HEAD and fold(head) not in _NAME_HEADS and (not plausible.is_vocabulary(fold(head)) or _ACRONYM_TAIL.match(raw, g.start())):
            # ("FitzGerald", "FitzGibbon": a surname's head is no glue)
            pieces.append((raw[last : g.start()], start + last))
            last = g.start()
    pieces.append((raw[last:], start + last))
    return pieces


def _tokens(run: str, offset: int, lex: Lexicon, language: str | None = None, after: str = "") -> list[Token]:
    out: list[Token] = []
    for m in patterns().token.finditer(run):
        raw = m.group(0)
        if raw in lexicon.CONNECTORS:
            out.append(Token(raw, offset + m.start(), offset + m.end(), raw, connector=True))
            continue
        pieces = _unglue(raw, offset + m.start())
        for piece, start in pieces[:-1]:
            out.append(Token(piece, start, start + len(piece), lex.token_key(piece), boundary_after=True))
        _add_token(out, *pieces[-1], lex)
    if "-" in run:
        out = _split_joined_people(out, lex)
    if language == "de":
        for i, t in enumerate(out):
            if not t.connector and t.key.endswith("s") and _genitive_position(out, i, lex, after):
                _genitive(t, lex, language)
    if language not in (None, "en") and len(out) > 2 and out[0].text.lower() in CAPITAL_PARTICLES and out[0].text[:1].isupper() and out[1].connector and out[1].text.islower():
        # "explica Von der Leyen", "sagte Van der Bellen": a surname's particle capitalised
        # at its start is still a particle, not a given name ("Von Leyen" is no one)
        out[0].connector = True
    for i in range(1, len(out) - 1):
        t = out[i]
        if t.text.lower() in CAPITAL_PARTICLES and t.text[0].isupper() and not out[i - 1].connector and not out[i - 1].boundary_after:
            t.connector = True  # "Robert De Niro": the particle joins the two names
    return out


def _split_joined_people(out: list[Token], lex: Lexicon) -> list[Token]:
    """Split a hyphen that joins two people ("Johnny Depp-Amber Heard"): a given name
    before the hyphenated word, a given name after its hyphen and a surname after it.
    A double-barrelled surname ("Jacob Rees-Mogg", "Chris Heaton-Harris") ends the run
    or has no given name after its hyphen."""
    res: list[Token] = []
    for i, t in enumerate(out):
        parts = t.text.split("-")
        prev = out[i - 1] if i else None
        nxt = out[i + 1] if i + 1 < len(out) else None
        if (
            len(parts) == 2 and all(parts) and prev is not None and nxt is not None
            and not prev.connector and not prev.boundary_after and not t.boundary_after
            and not nxt.connector and nxt.text[:1].isupper()
            and lex.is_given(prev.key) and (lex.is_given(fold(parts[1])) or fold(parts[1]) in evidence.given_names())
            and not lex.is_given(fold(parts[0]))
        ):
            head, tail = parts
            res.append(Token(head, t.start, t.start + len(head), lex.token_key(head), boundary_after=True))
            res.append(Token(tail, t.start + len(head) + 1, t.end, lex.token_key(tail), possessive=t.possessive))
            continue
        res.append(t)
    return res


_ELISION = re.compile(r"^[dDlL]['’](?=[A-ZÀ-Þ])")


def _add_token(out: list[Token], raw: str, start: int, lex: Lexicon) -> None:
    """Append the token ``raw`` (possessive stripped; split when it joins two known people)."""
    gaz = lex.gaz
    elided = _ELISION.match(raw)
    if elided and not out:
        rest = raw[elided.end() :]
        key = lex.token_key(rest)
        if lex.is_given(key) or key in evidence.given_names() or key in gaz.known_tokens:
            # French elision before a name: "d’Emmanuel Macron", "l’Emmanuel"
            raw, start = rest, start + elided.end()
    text, poss = _strip_possessive(raw)
    if "-" in text and not poss and (cut := unlisted.modifier_suffix(text)) is not None:
        # "the Carwyn James-inspired Lions": the name ends at the hyphen (round 18)
        out.append(Token(text[:cut], start, start + cut, lex.token_key(text[:cut]), boundary_after=True))
        return
    key = lex.token_key(text)
    if "-" in text and key not in gaz.aliases and key not in gaz.surnames:
        parts = text.split("-")
        # every part a known person ("Trump-Putin summit"); "Simon Cameron-Moore" is one name
        if all(lex.token_key(p) in gaz.surnames or lex.token_key(p) in gaz.aliases for p in parts):
            pos = start
            for p in parts:  # "Trump-Putin summit": two people, never one name
                out.append(Token(p, pos, pos + len(p), lex.token_key(p), boundary_after=True))
                pos += len(p) + 1
            out[-1].possessive = poss
            return
    out.append(Token(text, start, start + len(text), key, possessive=poss, boundary_after=poss))


# Words inside a hyphenated title besides title words: "Editor-in-Chief", "President-elect".
_COMPOUND_TITLE_GLUE = frozenset("in of at elect designate".split())


def _title_key(key: str) -> str:
    """A hyphenated title ("editor-in-chief", "commander-in-chief", "president-elect",
    "ex-premier") as its head word ("editor"); every other key unchanged. Each part is a title word or glue, and
    the first is a title word: "Anglo-French" and "Ocasio-Cortez" stay."""
    if ("-" not in key and " " not in key) or key in lexicon.TITLE_WORDS:
        return key
    parts = key.replace(" ", "-").split("-")  # a token's folded key has spaces for hyphens
    if len(parts) > 1 and parts[0] == "ex":
        parts = parts[1:]  # "ex-premier", "ex-president": a former holder's title
        if len(parts) == 1 and parts[0] in lexicon.TITLE_WORDS:
            return parts[0]
    if parts[0] in lexicon.TITLE_WORDS and all(p in lexicon.TITLE_WORDS or p in _COMPOUND_TITLE_GLUE for p in parts[1:]) and parts[0] not in _COMPOUND_TITLE_GLUE:
        return parts[0]
    return key


_HEADS = lexicon.HONORIFICS | lexicon.ROLE_HEADS


def _is_title(tok: Token) -> bool:
    k = tok.key.replace(".", "")
    return k in lexicon.TITLE_WORDS or ((" " in k or "-" in k) and _title_key(k) in lexicon.TITLE_WORDS) or _abbreviated_role(tok.text)


def _is_head(tok: Token) -> bool:
    k = tok.key.replace(".", "")
    return k in lexicon.HONORIFICS or k in lexicon.ROLE_HEADS or _abbreviated_role(tok.text)


def _abbreviated_role(word: str) -> bool:
    """"DJ", "MEP", "MK" in capitals without full stops (lexicon.ROLE_ABBREVIATIONS; round 18)."""
    return word.isalpha() and word.isupper() and word.lower() in lexicon.ROLE_ABBREVIATIONS


def _honorific(title: str) -> bool:
    """Mr./Mrs./Dr. make a lone unknown word a surname; a role alone does not ("Foreign Minister Out?")."""
    last = title.split()[-1].lower().rstrip(".")
    return last in lexicon.HONORIFICS


def _separator(tok: Token, prev: Token | None, nxt: Token | None = None, lex: Lexicon | None = None, language: str | None = None) -> bool:
    """A token that cannot be part of a person's name here."""
    k = tok.key
    if tok.connector:
        # German articles join names only after "von"/"van" ("von der Leyen"); elsewhere
        # they start a noun phrase ("in Abu Dhabi den Formel-1-Grand-Prix")
        return language == "de" and k in _GERMAN_ARTICLES and not (prev is not None and prev.key in ("von", "van", "vom"))
    if language not in (None, "en") and not _is_title(tok) and k in lexicon.STOPWORDS and k in evidence.given_names():
        # an English function word that is also a given name is a name in another
        # language's article ("Will Smith" in a German one), unless it is a word there too
        return evidence.function_word(tok.text.lower(), language)
    if (
        lex is not None and prev is not None and not prev.connector and not prev.boundary_after
        and k in lexicon.TITLE_WORDS and k not in lexicon.STOPWORDS and k in evidence.surnames()
        and (nxt is None or prev.boundary_after or tok.boundary_after or nxt.key.replace(".", "") in lexicon.NAME_SUFFIXES)
        and (lex.is_given(prev.key) or lex.is_listed_given(prev.key))
    ):
        return False  # a title word ending a name after a given name is a surname: "Stephen King", "Gayle King"
    if _stopword_surname(tok, prev, nxt, lex):
        return False  # "Timothy Weeks", "Thomas More": a stop word that is a listed surname, ending a name
    if len(tok.text) == 2 and language in (None, "en") and _caps_initials(tok) and (prev is None or _is_title(prev)) and nxt is not None and (
        (nxt.text[:1].isupper() and not nxt.text.isupper() and lex is not None and not lex.is_given(nxt.key) and nxt.key not in lexicon.NAME_SUFFIXES)
        or (nxt.connector and nxt.key in CAPITAL_PARTICLES)
    ):
        return False  # "MS Dhoni", "AB de Villiers": initials without full stops opening a name (judged with a cue)
    if len(tok.text) > 1 and tok.text.isupper() and "." not in tok.text and not is_cyrillic(tok.text):
        return True  # acronyms and shouted headline words
    if _DIGIT.search(tok.text):
        return True  # "LCOc1", "F-35": codes, never a name word
    if _brand_camel(tok.text):
        return True  # "WeWork", "YouTube": a word glued to a word is a brand; "LeBron", "McLuhan" are names
    if "-" in tok.text:
        parts = tok.text.split("-")
        if all(len(p) <= 2 for p in parts) and not is_cyrillic(tok.text):
            return True  # "Wi-Fi", "Hi-Fi": a product word, not a double-barrelled name
        if len(parts[-1]) >= MIN_COMPOUND_TAIL and parts[-1].islower() and plausible.is_vocabulary(parts[-1]):
            return True  # "Australian-born", "NBA-leading"
        if any(len(p) > 1 and p.isupper() for p in parts) and not is_cyrillic(tok.text):
            return True  # an acronym compound: "DICOM-Format", "COVID-Pandemie"
    if _middle_initial(tok, prev, nxt, lex):
        return False  # "Sonya A. Zoghlin": the initial A., not the word "a"
    if k in lexicon.STOPWORDS or _is_title(tok):
        # "Mrs. May", "President Will": a stop word right after a title is a name
        return not (prev is not None and _is_head(prev) and k not in lexicon.TITLE_WORDS)
    return False


# Shortest stop word taken as a surname after a given name ("Weeks", "More", "Read");
# shorter ones are function words ("As", "By", "He", "No").
MIN_STOPWORD_SURNAME = 4


def _stopword_surname(tok: Token, prev: Token | None, nxt: Token | None, lex: Lexicon | None) -> bool:
    """A stop word the name statistics list as a surname, ending the run right after a
    given name ("Australian Timothy Weeks", "Sir Thomas More"); never a speech verb
    ("Rand Said" in a headline) and never inside a longer run ("Tom More Reasons")."""
    return (
        lex is not None and prev is not None and nxt is None
        and not prev.connector and not prev.boundary_after and not prev.possessive
        and tok.key in lexicon.STOPWORDS and len(tok.key) >= MIN_STOPWORD_SURNAME and tok.key in evidence.surnames()
        and tok.key not in evidence.SPEECH_VERBS and tok.text[:1].isupper() and not tok.text.isupper()
        and (lex.is_given(prev.key) or lex.is_listed_given(prev.key))
    )


# Words a verb "will" follows: "it Will Cook", "that Will Change".
_SUBJECTS = frozenset("i you he she it we they who which that this there what".split())
# Shortest English function word taken as a given name ("Will"); "One", "See" are words.
MIN_STOPWORD_GIVEN = 4
_MONTHS = frozenset(m.lower() for m in calendar.month_name if m)  # "in May Johnson said": a date


@lru_cache(maxsize=1)
def _stopword_given_names() -> frozenset[str]:
    """English function words that the English given-name tables list ("will"), months aside."""
    return frozenset(k for k in lexicon.STOPWORDS & english_given_names() if len(k) >= MIN_STOPWORD_GIVEN and k not in _MONTHS)


_MID_SENTENCE_BEFORE = re.compile(r"(?:[a-z,]|[a-z][ \t\u00a0]+(?:and|or|&))[ \t\u00a0]+$")


def _stopword_given(text: str, toks: list[Token], k: int, lex: Lexicon, language: str | None) -> bool:
    """An English function word that is a listed given name opens a name where a
    sentence cannot start, before a surname-like word ("alumni such as Lisa Kudrow and
    Will Ferrell", "starring Will Smith"); at a sentence start or inside a capitalised
    run it stays a word ("Will Smith return?", "We Will Rock You", "it Will Launch")."""
    tok = toks[k]
    if language not in (None, "en") or k != 0 or k + 1 >= len(toks) or tok.boundary_after or tok.possessive:
        return False
    month = tok.key in _MONTHS and tok.key in evidence.given_names() and evidence.cue_before(text, tok.start) == "occupation"
    if (tok.key not in _stopword_given_names() and not month) or tok.text.isupper():
        return False  # a month opens a name only after an occupation noun ("Mad Men star January Jones")
    nxt = toks[k + 1]
    if nxt.connector or nxt.key in lexicon.STOPWORDS or _is_title(nxt) or not nxt.text[:1].isupper() or nxt.text.isupper():
        return False
    before = text[max(0, tok.start - 40) : tok.start]
    if not _MID_SENTENCE_BEFORE.search(before):
        return False
    prev = _previous_word(before)
    if prev and prev.lower() in _SUBJECTS:
        return False  # "it Will Cook the meal": the verb after its subject
    return _surname_like(nxt, lex, STRICT_SURNAME_ZIPF)


def _caps_initials(tok: Token) -> bool:
    """Two capitals without full stops ("MS", "AB", "KL"): initials or an acronym; a name
    only where a person's cue stands around the run (:func:`_judge`)."""
    return (
        len(tok.text) == 2 and tok.text.isalpha() and tok.text.isupper() and not is_cyrillic(tok.text) and not tok.possessive
        and tok.key not in lexicon.TITLE_COUNTRY  # "UK Biobank", "EU Commission"
        and (tok.key not in lexicon.TITLE_WORDS or tok.key in lexicon.HONORIFICS)  # "PM Boris Johnson"; "MS" may be initials
        and not _abbreviated_role(tok.text)  # "DJ Trevor Nelson" (round 18)
    )


# A full name and "and" right before a run: "Steve Smith and MS Dhoni"
_AND_PREVIOUS = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)[ \t\u00a0]+[A-Z][\w’'-]+,?[ \t\u00a0]+(?:and|&)[ \t\u00a0]+$")


def _initials_cue(seg: list[Token], text: str, language: str | None) -> bool:
    """Round 17 (:mod:`phrases`): the maker of a work ("a paper by AS Heagle", "written by JK
    Rowling") or a partner written with bare initials too ("N S Andres and R T Ponce")."""
    return language in (None, "en") and (
        phrases.authored_by_before(text, seg[0].start) or phrases.initials_partner(text, seg[0].start, seg[-1].end)
    )


def _bare_initials_name(idx: list[int], toks: list[Token], j: _Judge) -> Candidate | None:
    """One to three bare capital letters, or two capitals (:func:`_caps_initials`), and one
    surname ("R Saravanan", "N S Andres", "AS Heagle"), with a person's cue around the run, is
    a person written with initials; without a cue bare letters are list or position markers
    and go (:func:`_strip_leading`: "S Damarious Randall"), two capitals an acronym."""
    if len(idx) < 2 or len(idx) > 4 or any(toks[k].connector for k in idx):
        return None
    *letters, last = (toks[k] for k in idx)
    if not (all(phrases.bare_initial(t.text) for t in letters) or (len(letters) == 1 and _caps_initials(letters[0]))):
        return None
    if any(t.boundary_after or t.possessive for t in letters):
        return None
    if len(last.text) < 2 or last.text.isupper() or plausible.is_region(last.key) or not _surname_like(last, j.lex, limit=SURNAME_ZIPF):
        return None
    if _org_word(last.key):
        return None  # "GW Pharma", "AB Foods": initials before an organisation's word are a firm's (hunt 16)
    seg = toks[idx[0] : idx[-1] + 1]
    end = last.end + (2 if last.possessive else 0)
    listed = _in_name_list(j.text, seg[0].start, end, j.lex) or phrases.initials_partner(j.text, seg[0].start, end)
    if not listed and j.language in (None, "en") and last.key not in j.lex.gaz.surnames:
        listed = round21.club_roster(j.text, seg[0].start, end)  # "M Cueto (Sale Sharks)," (round 21); a gazetteer surname would link by its initial
    if len(letters[0].text) == 1 and last.key in j.lex.gaz.surnames and not listed:
        return None  # "Y Cooper said": a gazetteer surname and its bearer's initial, linked as the surname
    if listed or _cue(seg, j.text, j.language) or phrases.authored_by_before(j.text, seg[0].start):
        return Candidate(seg, "name", evidence="cue:initials")
    return None


def _given_and_before(text: str, start: int, lex: Lexicon) -> bool:
    m = _AND_PREVIOUS.search(text[max(0, start - 50) : start])
    return m is not None and lex.is_given(fold(m.group(1)))


def _middle_initial(tok: Token, prev: Token | None, nxt: Token | None, lex: Lexicon | None) -> bool:
    """One capital and a full stop between a given name and another capitalised word
    ("Sonya A. Zoghlin", "Elizabeth A. Burton"): a middle initial, even where the letter
    is also a word ("A.", "I.")."""
    return (
        lex is not None and prev is not None and nxt is not None
        and len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."
        and not prev.connector and not prev.boundary_after and not nxt.connector and nxt.text[:1].isupper()
        and nxt.key not in lexicon.STOPWORDS and (lex.is_given(prev.key) or lex.is_listed_given(prev.key))
    )


_CAMEL = re.compile(r"^([A-Z][a-z]+)([A-Z][a-z]+)$")
_DIGIT = re.compile(r"\d")
# Heads of CamelCase surnames and given names ("McLuhan", "MacKenzie", "LeBron", "DeAndre").
_NAME_HEADS = frozenset("mc mac de di da du la le del van von st fitz san".split())


@lru_cache(maxsize=65536)
def _brand_camel(text: str) -> bool:
    m = _CAMEL.match(text)
    if not m:
        return False
    head = m.group(1).lower()
    return head not in _NAME_HEADS and (head in lexicon.STOPWORDS or plausible.is_vocabulary(head))


def candidates(text: str, gaz: Gazetteer, language: str | None = None, article: str | None = None) -> tuple[list[Candidate], list[Candidate]]:
    """(candidates, orphans): spans that may name a person; orphans are lone capitalised
    words that only a same-document full name can make a person ("Bondarev").

    ``language`` (ISO 639-1, the article's) lets the very common words of that language
    ("Les", "Von", "Los") never open a name. ``article`` is the article's body when
    ``text`` is its headline (evidence the whole article gives: "the storm" in lowercase). Candidates of kind ``weak`` are name-shaped
    runs without a given name the lists know; the resolver keeps them only when the
    article supports them (:mod:`cleaners.names.evidence`).
    """
    lex = lexicon_for(gaz)
    found: list[Candidate] = []
    orphans: list[Candidate] = []
    judge = _Judge(lex, found, orphans, text, language, article)
    for m in (patterns().run_en if language == "en" else patterns().run).finditer(text):
        toks = _tokens(m.group(0), m.start(), lex, language, text[m.end() : m.end() + 2] if language == "de" else "")
        n = len(toks)
        taken = [False] * n
        # 1. longest gazetteer alias at each position, left to right
        i = 0
        while i < n:
            if toks[i].connector:
                i += 1
                continue
            hit = None
            j = i
            keys: list[str] = []
            while j < n and len(keys) < gaz.max_alias_tokens + 2:
                keys.append(toks[j].key)
                key = " ".join(keys)
                ids = gaz.aliases.get(key)
                if ids is None and len(keys) > 2:  # (two keys have no middle one)
                    bare = [k for k in keys[1:-1] if len(k) == 1]
                    if bare:
                        ids = gaz.aliases.get(" ".join([keys[0]] + [k for k in keys[1:-1] if len(k) > 1] + [keys[-1]]))
                if ids and not toks[j].connector:
                    hit = (j + 1, ids)
                if toks[j].boundary_after:
                    break
                j += 1
            if hit and _other_surname(toks, i, hit[0]):
                hit = None  # "Дмитрий Сергеевич Грибов" is not the Дмитрий Сергеевич the gazetteer knows
            if hit and _given_alias_before_name(toks, i, hit[0], gaz, lex, language):
                hit = None  # "Hillary Lindsey": a famous given name opening another person's name
            if hit and _given_alias_after_given(toks, i, hit[0], gaz, lex):
                hit = None  # "Sir Edmund Hillary": a famous given name closing another person's name
            if hit:
                end, ids = hit
                found.append(Candidate(toks[i:end], "alias", alias_ids=ids))
                for k in range(i, end):
                    taken[k] = True
                i = end
            else:
                i += 1
        # 2. the rest: split at separators, then judge each stretch of name-like tokens
        stretch: list[int] = []
        for k in range(n):
            if taken[k] or (
                _separator(toks[k], toks[k - 1] if k else None, toks[k + 1] if k + 1 < n else None, lex, language)
                and not _stopword_given(text, toks, k, lex, language)
            ):
                judge(stretch, toks, following=None if taken[k] else toks[k])
                stretch = []
                continue
            stretch.append(k)
            if toks[k].boundary_after:
                judge(stretch, toks)
                stretch = []
        judge(stretch, toks)
    if language == "en":
        found = _drop_firms(text, found)
        found = _word_before_namesake(text, found, orphans)
    if language in evidence.ROMANCE_LANGUAGES:
        found = [c for c in found if not _romance_word_pair(c, text, language)]
    if language == "en":
        found += caps.caps_names(text, lex, found)  # "BARBRA STREISAND Streisand suggested": a name in capitals
    nicknamed = _quoted_nicknames(text, lex, found)
    if nicknamed:
        spans = {(c.start, c.tokens[-2].end) for c in nicknamed}  # the given name(s) before the quote
        alone = {c.tokens[-1].start for c in nicknamed}  # the surname a rule took alone (recall 9)
        found = [c for c in found if (c.start, c.end) not in spans and not (c.kind == "single" and c.start in alone)] + nicknamed
    if language in (None, "en"):  # round 14 (webpage.py): titles' words, readings, outlets
        found = drop_outlets(text, [c for c in found if not not_a_name(text, c.start, c.end, c.kind)])
        if "(" in text:
            orphans = [c for c in orphans if not native_reading(text, c.start)]
    found.sort(key=lambda c: c.start)
    return found, orphans


# A nickname in quotes between a given name and a surname: Mildred “Babe” Zaharias,
# Lee 'Faker' Sang-hyeok; the quotes split the capitalised run in two.
_QUOTED_NICKNAME = re.compile(
    r"(?<![\w’'\-])(?:([A-Z][a-z]+)[ \t\u00a0]+)?([A-Z][a-z]+)[ \t\u00a0]+[“\"‘']([A-Z][^\n“”\"‘’']{0,24}?)[”\"’'][ \t\u00a0]+([A-Z][\w’'\-]*[a-z])(?![\w\-])"
)


# Articles that open a nickname rather than stand for a given name ("El ‘Tata’ Martino").
_NICKNAME_ARTICLES = frozenset("el la le les los las lo il der die das the al".split())
# where a quoted nickname may open: spaces after a lowercase letter, a quote, a capital (the
# look-behind after the first space, so the regex skips from space to space: speed 2)
_NICK_OPEN = re.compile(r"[ \t\u00a0](?<=[a-z][ \t\u00a0])[ \t\u00a0]*[“\"‘'](?=[A-Z])")


def _quoted_nicknames(text: str, lex: Lexicon, found: list[Candidate]) -> list[Candidate]:
    """Given name + quoted nickname + surname as one person (the nickname is not part of
    the name's key): a given name the lists know and a surname-like word, none of it
    already a candidate. A quoted work between two words stays ("Hamlet “Live” Tonight")."""
    opens = [q.start() for q in _NICK_OPEN.finditer(text)]
    if not opens:
        return []
    # a lone word a rule took alone ("Lee" as a surname) gives way; a longer candidate does not
    out = []
    matches = (_QUOTED_NICKNAME.search(text, max(0, q - 30), q + 80) for q in opens)
    seen: set[int] = set()
    for m in matches:
        if m is None or m.start() in seen:
            continue
        seen.add(m.start())
        first, g = m.group(1), m.group(2)
        sur, possessive = _strip_possessive(m.group(4))  # "Lee “Faker” Sang-hyeok’s title"
        sur_end = m.start(4) + len(sur)
        gkey, skey = lex.token_key(g), lex.token_key(sur)
        # a second given name before it belongs to the name ("Juan Antonio “Tony” Hernández")
        fkey = lex.token_key(first) if first else None
        two = fkey is not None and fkey not in _NICKNAME_ARTICLES and (lex.is_given(fkey) or evidence.strong_given(fkey))
        start = m.start(1) if two else m.start(2)
        # the given names before the quote, taken alone ("Juan Antonio"), give way
        before = (start, m.end(2))
        # the surname a rule took alone gives way too ("To Isaiah "Triforce" Johnson": "Johnson" alone)
        blocked = {c.start for c in found if c.kind != "single" and (c.start, c.end) != before} | {
            c.end for c in found if (c.start, c.end) != before and not (c.kind == "single" and c.start == m.start(4))
        }
        if start in blocked or sur_end in blocked:
            continue
        if gkey in _NICKNAME_ARTICLES or not (
            lex.is_given(gkey) or evidence.strong_given(gkey) or clipped_nickname(g, m.group(3))
        ):
            continue  # "El ‘Tata’ Martino", "El ‘Chapo’ Guzmán": an article opens the nickname, no given name
        if skey in lexicon.STOPWORDS or _org_word(skey) or plausible.is_region(skey) or not (
            skey in evidence.surnames() or not plausible.is_vocabulary(skey)
        ):
            continue
        toks = [Token(g, m.start(2), m.end(2), gkey), Token(sur, m.start(4), sur_end, skey, possessive=possessive)]
        if two and first is not None and fkey is not None:
            toks.insert(0, Token(first, m.start(1), m.end(1), fkey))
        out.append(Candidate(toks, "name", evidence="lexicon" if lex.is_given(gkey) else "name_list"))
    return out


# What puts a name where English puts a firm, right before it: an employee noun and
# "at"/"with" ("economists at Goldman Sachs", "a lawyer with Michael Best"), a
# holding and "in"/"of" ("holdings in Eli Lilly"): people are not worked at or held; or
# an organisation noun (lexicon.ORGANISATION_NOUNS) or a brand's ambassador.
_FIRM_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(sorted(lexicon.EMPLOYEE_NOUNS)) + r")[ \t\u00a0]+(?:at|with)"
    r"|\b(?:shares|stake|stakes|stock|stocks|holdings|options|bonds|investments?|invested)[ \t\u00a0]+(?:in|of)"
    # a lowercase organisation noun ("newspaper Dagens Nyheter", "group Susan B. Anthony
    # List") or a brand's ambassador ("an ambassador for Louis Vuitton")
    r"|(?<![\w’'-])(?:" + "|".join(sorted(lexicon.ORGANISATION_NOUNS)) + r"|(?:brand[ \t\u00a0]+)?ambassadors?[ \t\u00a0]+for))[ \t\u00a0]+$"
)
# A lowercase compass word right before a run makes it a place ("southwestern Nova Scotia",
# "eastern Oklahoma", "central Gaza Strip"): English puts no direction before a person.
_DIRECTIONS = tuple(sorted(w for w in plausible.COMPASS if w.startswith(("north", "south", "east", "west", "central"))))
# A firm after a possessive: "Jane Doe's cosmetics company", "Jane Doe's fashion label".
_OWNED_FIRM = re.compile(r"[ \t\u00a0]+(?:[a-z][\w-]*[ \t\u00a0]+){0,2}(?:company|firm|brand|label|business|empire|startup|venture)\b")
_PLACE_BEFORE = re.compile(r"(?<![\w’'-])(?:" + "|".join(_DIRECTIONS) + r")[ \t\u00a0]+$")
# The indefinite article right before a name makes that mention a brand or a modifier
# ("a Jenny Craig spokeswoman", "a Roland Mouret, size 6"); only that mention: "a Vivek
# Ramaswamy supporter" does not undo the person named elsewhere.
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(?:a|an)[ \t\u00a0]+$")


def _word_before_namesake(text: str, found: list[Candidate], orphans: list[Candidate]) -> list[Candidate]:
    """Drop a two-word run after "the" whose first word English writes as a word
    (:func:`unlisted.phrase_word`), when the article names a person in full with its surname
    and another given name: the word ends a title or a phrase before that person's surname
    ("In Tears of the Sun Willis plays" after "Bruce Willis"); the surname stays for the
    person (an orphan; round 18)."""
    namesakes = {(c.name_tokens()[-1].key, c.name_tokens()[0].key) for c in found if c.kind in ("name", "alias") and len(c.name_tokens()) >= 2}
    if len(namesakes) < 2:
        return found
    out = []
    for c in found:
        names = c.name_tokens()
        if (
            c.kind in ("name", "weak") and not c.titled and len(c.tokens) == len(names) == 2
            and unlisted.phrase_word(names[0].key) and not _is_title(names[0])
            and _DETERMINER_BEFORE.search(text[max(0, c.start - 8) : c.start])
            and any(last == names[1].key and first != names[0].key for last, first in namesakes)
        ):
            orphans.append(Candidate(names[1:], "single"))
            continue
        out.append(c)
    return out


def _drop_firms(text: str, found: list[Candidate]) -> list[Candidate]:
    """Drop every mention of a name outside the gazetteer that one of its mentions shows
    to be a firm (:data:`_FIRM_BEFORE`: "a lawyer with Michael Best" ... "Michael Best's
    ranks include" are one law firm) or a place (:data:`_PLACE_BEFORE`: "southwestern Nova
    Scotia"), and a mention right after "a"/"an"."""
    firms: set[tuple[str, ...]] = set()
    brands: set[int] = set()
    for c in found:
        if c.kind not in ("name", "weak") or c.titled or len(c.name_tokens()) < 2:
            continue
        before = text[max(0, c.start - 40) : c.start]
        if c.possessive and _OWNED_FIRM.match(text[c.end + 2 : c.end + 60]):
            continue  # "a stake in Jane Doe's cosmetics company": the person who owns the firm
        if _FIRM_BEFORE.search(before) or _PLACE_BEFORE.search(before) or unlisted.held_as_shares(text, c.name_tokens()[-1].text):
            firms.add(tuple(t.key for t in c.name_tokens()))  # round 18: "Shares in Wimpey" names George Wimpey a firm
        elif _ARTICLE_BEFORE.search(before) and not unlisted.play_after(text, c.end):  # "a Clem Thomas cross kick": a player's (round 18)
            brands.add(id(c))
    if not firms and not brands:
        return found
    return [
        c for c in found
        if c.kind not in ("name", "weak") or (id(c) not in brands and tuple(t.key for t in c.name_tokens()) not in firms)
    ]


def _other_surname(toks: list[Token], start: int, end: int) -> bool:
    """A Russian given name + patronymic alias (``toks[start:end]``) written with a surname
    right before or after it in the same run: the full name of someone else."""
    last = toks[end - 1]
    if not is_cyrillic(last.text) or end - start != 2 or not russian.patronymic(last.text):
        return False
    after = toks[end] if end < len(toks) and not last.boundary_after else None
    if after is not None and not after.connector and len(after.key) > 1 and russian.is_cyrillic_word(after.text):
        return True  # a capitalised word right after a patronymic is the surname
    before = toks[start - 1] if start > 0 and not toks[start - 1].boundary_after else None
    # before it, a sentence's first word is capitalised too: only a surname's shape counts
    return before is not None and not before.connector and russian.surname_shaped(before.text)


def _given_alias_before_name(toks: list[Token], i: int, end: int, gaz: Gazetteer, lex: Lexicon, language: str | None) -> bool:
    """A one-word alias that is a given name (no listed person's surname: "Hillary") right
    before another capitalised name word of the same run opens someone else's full name
    ("Hillary Lindsey", a songwriter), never the famous person alone."""
    if end != i + 1 or end >= len(toks) or toks[i].boundary_after or toks[i].possessive:
        return False
    key, nxt = toks[i].key, toks[end]
    if key in gaz.surnames or not (lex.is_given(key) or key in evidence.given_names()):
        return False
    if nxt.connector or not nxt.text[:1].isupper() or "." in nxt.text or len(nxt.key) < 2:
        return False
    if nxt.key in gaz.aliases or nxt.key in lexicon.NAME_SUFFIXES:
        return False  # "Hillary Clinton" is an alias
    if any(gaz.persons[p].default_for_surname for p in gaz.surnames.get(nxt.key, ())):
        return False  # "Hillary Obama" stays two words the gazetteer knows; "Hillary Cohen" (N3): no Cohen is called so bare
    return not _separator(nxt, toks[i], toks[end + 1] if end + 1 < len(toks) else None, lex, language)


def _given_alias_after_given(toks: list[Token], i: int, end: int, gaz: Gazetteer, lex: Lexicon) -> bool:
    """A one-word alias that is a given name and no listed person's surname ("Hillary")
    right after a listed given name of the same run ("Edmund Hillary", "Sir Edmund
    Hillary"): the surname of someone else, never the famous person alone."""
    if end != i + 1 or i == 0 or toks[i - 1].boundary_after or taken_before(toks, i):
        return False
    key, prev = toks[i].key, toks[i - 1]
    if key in gaz.surnames or not (lex.is_given(key) or key in evidence.given_names()):
        return False
    if prev.connector or "." in prev.text or len(prev.key) < 2 or prev.possessive:
        return False
    return lex.is_listed_given(prev.key) and prev.key not in gaz.aliases


def taken_before(toks: list[Token], i: int) -> bool:
    """The word before position ``i`` is an honorific or a title rather than a name word."""
    return toks[i - 1].key in lexicon.HONORIFICS or toks[i - 1].key in lexicon.ROYAL_TITLES


@dataclass(slots=True)
class _Judge:
    lex: Lexicon
    found: list
    orphans: list
    text: str
    language: str | None = None
    article: str | None = None  # the article body when ``text`` is its headline
    _words: frozenset[str] | None = None

    def __call__(self, idx: list[int], toks: list[Token], following: Token | None = None) -> None:
        _judge(idx, toks, self, following)

    def texts(self) -> tuple[str, str]:
        return (self.text, self.article or "")

    def long(self) -> bool:
        """Long enough that reading its words once costs less than searching it for each (:data:`WORDS_ABOVE`)."""
        return len(self.text) + len(self.article or "") > WORDS_ABOVE

    def words(self) -> frozenset[str]:
        """The runs of word characters of the text and the article, read once (on the first ask)."""
        if self._words is None:
            self._words = frozenset(_WORD_RUN.findall(self.text)) | frozenset(_WORD_RUN.findall(self.article or ""))
        return self._words


_WORD_RUN = re.compile(r"\w+")
# Characters of text and article above which the lowercase-word test reads the words once
# (:meth:`_Judge.words`) rather than searching the text for each word.
WORDS_ABOVE = 20_000


# Languages whose runs of four name words may be two people with the comma lost; a
# Spanish or Portuguese name has four words of its own ("José Graña Miró Quesada").
_PEOPLE_LIST_LANGUAGES = frozenset({"en", "de"})
# Words that end an institution's or a post's name ("Institute", "Chair").
_ORG_OR_POST = lexicon.ORG_WORDS | lexicon.NAMED_POSTS
# Cited authors in the Vancouver style right before a run: "Uppal M, Rai R, " (surname,
# initials, comma), at least two of them.
_AUTHOR_LIST_BEFORE = re.compile(r"(?:[A-Z][\w’'\-]+[ \t]+[A-Z]{1,3},[ \t]*){2,}$")


def _judge(idx: list[int], toks: list[Token], j: _Judge, following: Token | None = None) -> None:
    lex, found, orphans, text = j.lex, j.found, j.orphans, j.text
    while idx and toks[idx[-1]].connector:
        idx = idx[:-1]
    if len(idx) > 3 and toks[idx[0]].connector and toks[idx[0]].key == "of" and idx[0] > 0 and j.language in (None, "en"):
        at = _office_place([idx[0] - 1], idx[1:], toks, lex)
        if at is not None:
            # "Mayor of Chicago Rahm Emanuel", "Mayor of London Sadiq Khan": the office's
            # place, then the office holder's name; the place is no part of the name
            _judge(idx[1 : 1 + at], toks, j, following=toks[idx[1 + at]])
            found.append(Candidate(toks[idx[1 + at] : idx[-1] + 1], "name", titled=True, evidence="title"))
            return
    while idx and toks[idx[0]].connector:
        idx = idx[1:]
    if not idx:
        return
    if lead_words.cut_by_reference(idx, toks, text):  # "Pascal Pap&#233;": the cut word goes (hunt 16)
        _judge(idx[:-1], toks, j, following=toks[idx[-1]])
        return
    fix = edges.edge(idx, toks, text, lex) if j.language == "en" else None
    if fix is not None:
        what, at = fix
        if what == "split":
            # "Caption Trump arrives", "Washington View Photos Trump": page furniture splits the run
            _judge(idx[:at], toks, j, following=toks[idx[at]])
            _judge(idx[at + 1 :], toks, j, following=following)
            return
        if what == "split_last":
            # "Denis McDonough Trump aide Dan Scavino": the last word employs the aide
            _judge(idx[:-1], toks, j, following=toks[idx[-1]])
            _judge(idx[-1:], toks, j, following=following)
            return
        idx = idx[1:]  # "President Elect Trump": the title's word; "'Impeach Trump'": the quote's first word
    cut = next((n for n, k in enumerate(idx) if toks[k].connector and toks[k].key == "of"), None)
    if cut is not None:
        # "of" joins a title to its office, never a name to a name: "Michael Venus of
        # New Zealand" is Michael Venus and a place, "Fistful of Rice" no one
        _judge(idx[:cut], toks, j, following=toks[idx[cut]])
        _judge(idx[cut + 1 :], toks, j, following=following)
        return
    von = _preposition_von(idx, toks, lex) if j.language == "de" else _two_people(idx, toks, lex)
    if von is None and j.language == "es":
        von = _two_surnames(idx, toks, (text, j.article or ""))
    if von is not None:
        # "Elektroautos von Tesla", "Leandra-Lou von Verena Stegemann", "Schmidt von der
        # Initiative": German "von" as a preposition, not the particle of "Ursula von der Leyen"
        _judge(idx[:von], toks, j, following=toks[idx[von]])
        _judge(idx[von + 1 :], toks, j, following=following)
        return
    words = [k for k in idx if not toks[k].connector]
    if len(words) > 2 and toks[words[-1]].key in _ORG_OR_POST and _two_full_names(words, toks, lex) is None:
        return  # "Mortimer B. Zuckerman Mind Brain Behavior Institute": an institution named after someone
    inner = next((n for n in range(len(words) - 3, 0, -1) if toks[words[n]].key in _ORG_OR_POST), None)
    if inner is not None and j.language == "en":
        # "Rajiv Gandhi Khel Ratna Award Boxer Vijender Singh": the organisation word ends
        # the institution's name; the words after it are judged on their own
        _judge(idx[idx.index(words[inner]) + 1 :], toks, j, following=following)
        return
    split = next((n for n, k in enumerate(words[1:-2], 1) if _initial(toks[k]) and toks[k].text.endswith(".")
                  and sum(1 for w in words[n + 1 :] if toks[w].key not in lexicon.NAME_SUFFIXES and not _initial(toks[w])) >= 2
                  and not _double_surname(words, n, toks, lex)), None)
    if split is None and len(words) > 2 and _AUTHOR_LIST_BEFORE.search(text[max(0, toks[idx[0]].start - 60) : toks[idx[0]].start]):
        # in a list of cited authors ("Torres M, Mayorga C, Blanca M. Nonimmediate
        # reactions"), an author's initial with a full stop ends the author: a title follows
        split = next((n for n, k in enumerate(words[1:-1], 1) if _initial(toks[k]) and toks[k].text.endswith(".")), None)
    if split is not None:
        # an initial with a full stop before two more words ends a sentence ("Moss L. Sci
        # Transl Med"); a name has one surname after its middle initials
        cut_at = idx.index(words[split]) + 1
        _judge(idx[:cut_at], toks, j, following=toks[idx[cut_at]])
        _judge(idx[cut_at:], toks, j, following=following)
        return
    if j.language == "en" and _leading_descriptor(idx, toks, lex, text) and not _quoted_start(text, toks[idx[0]].start):
        # "Vendor Glenn Jones", "Cartoonist Matt Bors": a word describing the person named after it
        _judge(idx[1:], toks, j, following=following)
        return
    if j.language == "en" and _leading_role_word(idx, toks, lex, (text, j.article or "")) and not _quoted_start(text, toks[idx[0]].start):
        # "Boss Graeme Souness felt ..." ... "Souness said"; "the late Beatle George Harrison"
        # ... "Former Beatle Sir Paul McCartney": the article names the person without the word
        _judge(idx[1:], toks, j, following=following)
        return
    agent = (_leading_agent_noun(idx, toks, lex) or _leading_demonym(idx, toks, lex) or lead_words.leading_word(idx, toks, lex, text)
             or (len(idx) == 3 and tail2.place_before_list_name(idx, toks, lex, text))  # "– Camden Orlando Patterson" (tail 2)
             or recall9.leading_descriptor(idx, toks, DEMONYM_NOUNS)) if j.language == "en" else 0  # "Ex-EastEnder Patsy Palmer", "Brit Kartik Bhanot" (recall 9)
    if agent:
        # "Wall Streeter Charlotte Beyer", "Londoner Sadiq Khan": where the person is from
        _judge(idx[agent:], toks, j, following=following)
        return
    if j.language == "en" and len(words) >= recall9.GLUED_MIN_WORDS and len(words) == len(idx):
        cuts = recall9.glued_names(words, toks, text)  # "Miley Cyrus Jamie Lynn Spears Miranda Cosgrove ...": a menu's names (recall 9)
        if cuts is not None:
            for a, b in zip(cuts, [*cuts[1:], len(idx)]):
                _judge(idx[a:b], toks, j, following=toks[idx[b]] if b < len(idx) else following)
            return
    pair = _two_full_names(words, toks, lex) if j.language in _PEOPLE_LIST_LANGUAGES else None
    if pair is None and j.language == "en" and 3 < len(words) < 6:
        pair = tail2.list_pair(words, toks, lex, text)  # "Greil Marcus Wynton Marsalis, Jazz at ...": a list's two names (tail 2)
    if pair is not None:
        # "Anne-Marie Slaughter Andrew Solomon", "Jessica Zafra Niko Fröba", "Trainer Pep
        # Guardiola Erling Haaland": a list of people with its commas lost
        cut_at = idx.index(words[pair])
        _judge(idx[:cut_at], toks, j, following=toks[idx[cut_at]])
        _judge(idx[cut_at:], toks, j, following=following)
        return
    if len(idx) > 1 and (
        plausible.is_place(" ".join(toks[k].key for k in idx))
        or (idx[0] > 0 and plausible.is_place(" ".join(toks[k].key for k in range(idx[0] - 1, idx[-1] + 1))))
    ):
        return  # "Santa Cruz", "(United) Arab Emirates": a place, before any word is dropped from it
    if j.language == "de" and len(words) > 1 and german.facility_noun(toks[words[-1]].text):
        return  # "im Pierre Mauroy Stadion", "dem Julius Kühn-Institut": a place named after someone
    if (toks[idx[0]].key in lexicon.WEATHER_SYSTEMS or (len(idx) > 1 and toks[idx[1]].key in lexicon.WEATHER_SYSTEMS)) and _named_storm(idx, toks, (text, j.article or "")):
        return  # "Storm Ciarán", "Hurricane Ian": a weather system's name, no one's
    if j.language in (None, "en"):
        bare = _bare_initials_name(idx, toks, j)
        if bare is not None:
            found.append(bare)  # "interviewee R Saravanan", "N S Andres and R T Ponce" (round 17)
            return
    idx = _strip_leading(idx, toks, lex, text)
    cued = stripped = False
    while len(idx) > 1 and (
        (_leading_noise(toks[idx[0]], lex, j.language) and not _romance_given_pair(idx, toks, lex, j.language, text))
        or (not cued and _german_descriptor(toks[idx[0]], toks[idx[1]], lex, j.language))  # after a role the name starts
        or _german_role(idx, toks, lex, j.language)
        or (not cued and j.language == "de" and german_noun_lead(toks[idx[0]], lex))  # "der Ukrainer Usyk"; "Trainer Pep Guardiola": the name starts after a role
    ):
        # "Les Suisses", "Von der Zeremonie": a function word of the article's language;
        # "Jockey Manny Franco", "Klimaaktivistin Luisa Neubauer", "Berg Myohyang",
        # "Santé Olivier Véran": an occupation or an ordinary noun, capitalised
        cued = cued or evidence.occupation(toks[idx[0]].key) or (j.language == "de" and german.role_noun(toks[idx[0]].text))
        if _german_category(toks[idx[0]], toks[idx[-1]], lex, j.language) and not cued and not any(german.role_noun(toks[k].text) for k in idx[1:]):
            return  # "im Dorf Wadi Rahal", "die Rohölsorte Brent Crude": a place's or a product's name follows
        stripped = True
        idx = idx[1:]
        while idx and toks[idx[0]].connector:
            idx = idx[1:]
    if cued and j.language in (None, "en") and not toks[idx[0]].connector and _title_tail_word([k for k in idx if not toks[k].connector], toks, lex):
        idx = idx[1:]  # "Mother Superior Marie Clare Millea": the second word of a title
    if stripped and j.language not in (None, "en") and j.language in _PEOPLE_LIST_LANGUAGES:
        words = [k for k in idx if not toks[k].connector]
        pair = _two_full_names(words, toks, lex)
        if pair is not None:
            # "Mädchen Jessica Zafra Niko Fröba": two people after a capitalised noun
            cut_at = idx.index(words[pair])
            _judge(idx[:cut_at], toks, j, following=toks[idx[cut_at]])
            _judge(idx[cut_at:], toks, j, following=following)
            return
    if j.language in (None, "en") and not cued and len(idx) == 2:
        seg = toks[idx[0] : idx[-1] + 1]
        cue = _word_surname_cue(seg, seg, text, lex)
        if cue is not None and title_before(text, seg[0].start) is None:
            # "singer John Legend", "resident Val Lay", "Daniella Pick, an Israeli singer": a
            # listed given name and a surname that is a word, with a person's cue at the name itself
            found.append(Candidate(seg, "name", evidence=f"cue:{cue}"))
            return
    if j.language in (None, "en") and not cued and len(idx) in (2, 3):
        seg = toks[idx[0] : idx[-1] + 1]
        if _korean_shaped(seg) and _cue(seg, text, j.language):
            # "Kim Dong-yup, professor at", "Han Tae Song, said": a Korean surname and a
            # romanised two-syllable given name, with a person's cue
            found.append(Candidate(seg, "name", evidence="cue:korean"))
            return
        if len(seg) == 2 and not lex.is_given(seg[0].key) and _korean_shaped(seg) and shapes.hyphenated_given_name(seg[0].text, seg[1].text):
            found.append(Candidate(seg, "name", evidence=shapes.SHAPE))  # "Park Joo-Ho": the hyphenated given name says it
            return
        if len(seg) == 2 and shapes.pinyin_full_name(seg[0].text, seg[1].text):
            found.append(Candidate(seg, "name", evidence=shapes.SHAPE))  # "Deng Xiaoping": a pinyin given name (round 17)
            return
    if j.language in ("de", "fr", "es") and not cued and len(idx) == 2 and shapes.pinyin_full_name(toks[idx[0]].text, toks[idx[1]].text):
        found.append(Candidate(toks[idx[0] : idx[1] + 1], "name", evidence=shapes.SHAPE))  # pinyin in German text: "Wang Anshi" (round 19)
        return
    whole = idx
    cut = _headline_tail(idx, toks, lex, j.language)
    if cut is not None:
        idx = idx[:cut]  # "Natalie Massenet Leaves Net-a-Porter": a title-cased headline goes on after the name
    while len(idx) > 1 and (_glued_noun(idx, toks, lex, j.language) or _trailing_word(idx, toks, lex, j.language) or _caption_credit(idx, toks, text)):
        idx = idx[:-1]  # "Sheree Fotos", "Kims Abwesenheit": a capitalised noun after the name
        while idx and toks[idx[-1]].connector:
            idx = idx[:-1]
    if not idx:
        return
    if idx is not whole and j.language == "en" and not _initial(toks[idx[-1]]) and _in_prose(text, toks[whole[0]].start, toks[whole[-1]].end):
        # "the Royal Astronomical Society.", "the Dow Jones Industrial Average fell", "a VW
        # Atlas Cross Sport SUV.": inside a lowercase sentence a capitalised word after the
        # name is no headline or page furniture: the whole run is one proper name, no one's
        # (after a middle initial the word is the surname: "Maurice A. Person" is left to the rules)
        return
    seg = toks[idx[0] : idx[-1] + 1]
    names = [t for t in seg if not t.connector]
    gaz = lex.gaz
    title = title_before(text, seg[0].start)
    if title is not None and j.language in (None, "en") and shapes.office_object_runs_on(title, [t.text for t in names]):
        title = None  # "Director of the National Iodine Nutrition study": the office's organisation goes on
    titled = title is not None or cued
    if not titled and j.language in (None, "en"):
        credited = _credited_name(seg, names, text, lex)
        if credited is not None:
            # "Matt York/AP", "REUTERS/Ammar Awad", "London Philip Toscano/PA": a photographer's credit
            found.append(Candidate(credited, "name", evidence="cue:credit"))
            return
    if (
        len(names) == 2 and names[0].key in lexicon.ARTICLE_WORDS and names[0].text[:1].isupper() and not titled
        and names[1].key not in gaz.surnames and _name_shaped(names[1:], lex)
        and not (_caps_initials(names[0]) and _initials_cue(seg, text, j.language))  # "a paper by AS Heagle": initials
    ):
        # "Al Pacino" or "Al Jazeera": an Arabic article or a given name; the article decides
        found.append(Candidate(seg, "weak", evidence="weak"))
        return
    cyrillic = is_cyrillic(names[-1].text)
    if cyrillic and len(names) > 1 and russian.not_a_name([t.text for t in names]) and not any(t.key in gaz.known_tokens for t in names):
        return  # "Министерство Обороны", "Эра Глонасс": words the Russian dictionary knows, none as a name
    if cyrillic and russian.place_before(text, seg[0].start):
        return  # "ул. Льва Толстого", "завод имени Лихачёва": a place named after a person
    verdict = _plausible(seg, names, following, text, lex, titled, j.language)
    if not verdict:
        return
    if verdict is WEAK:
        found.append(Candidate(seg, "weak", evidence=WEAK_NOUN))
        return
    if verdict is WEAK_WORDS:
        found.append(Candidate(seg, "weak", evidence="weak"))
        return
    if len(names) == 1:
        tok = names[0]
        if tok.key in lexicon.NAME_SUFFIXES and j.language == "en":
            return  # "Martin Luther King, Jr.": the suffix of the name before the comma, no one alone
        if stripped and not title and not cued:
            orphans.append(Candidate(seg, "single"))  # what is left of "Santa X": only a full name here makes it a person
            return
        if tok.key in gaz.surnames or (titled and (title is None or _honorific(title) or royal_name(title, tok, lex, text[: seg[0].start]))):
            found.append(Candidate(seg, "single", titled=titled))
        elif len(tok.text) > 1 and tok.text[0].isupper():
            orphans.append(Candidate(seg, "single"))
        return
    first = names[0].key
    patronymic = cyrillic and names[-1].text.lower().endswith(("вич", "вна", "ична"))
    if len(names) <= MAX_UNKNOWN_TOKENS and (lex.is_given(first) or titled or patronymic):
        found.append(Candidate(seg, "name", titled=titled, evidence="title" if titled else "lexicon"))
        return
    if cyrillic and (russian.person_run([t.text for t in names]) or russian.foreign_name_run([t.text for t in names])):
        # the Russian dictionary reads it as given name + surname / patronymic ("Марат
        # Хуснуллин", "Ержаном Абишевичем"), or a given name it knows before a surname it
        # does not ("Саймон Кратшмер", round 19): names the given-name lists lack
        found.append(Candidate(seg, "name", evidence="morphology"))
        return
    if names[-1].key in gaz.surnames and names[0].key not in gaz.surnames and len(names) == 2 and not plausible.is_vocabulary(first) and (
        plausible.zipf(first) < RARE_ZIPF or lex.is_listed_given(first)
    ):
        # an unknown first word before a known surname is a given name the lexicon lacks
        # ("Jeb Bush"), unless it is an ordinary word ("our Blue Moon lander", "Concessions Ban")
        found.append(Candidate(seg, "name", titled=titled, evidence="lexicon"))
        return
    if _caps_initials(names[0]) and 2 <= len(names) <= MAX_CUED_TOKENS:
        # initials without full stops and a surname: a person with a person's cue or among
        # people ("rival captains Steve Smith and MS Dhoni", "AB de Villiers said"); an
        # acronym before a name stays apart ("UK Biobank", "LG Electronics said")
        rest = names[1:]
        if all(_surname_like(t, lex, limit=SURNAME_ZIPF) and not t.text.isupper() and not plausible.is_region(t.key) for t in rest) and (
            _cue(seg, text, j.language) or _in_name_list(text, seg[0].start, seg[-1].end + (2 if seg[-1].possessive else 0), lex)
            or _given_and_before(text, seg[0].start, lex) or _initials_cue(seg, text, j.language)
        ):
            found.append(Candidate(seg, "name", evidence="cue:initials"))
            return
        orphans.extend(Candidate([t], "single") for t in rest if len(t.text) > 1)
        return
    # middle initials right before the surname say nothing either way ("Karen E. Laine");
    # words after an initial are a new sentence ("Moss L. Sci Transl Med")
    rest = names[1:] if not _initials_before_last(names) else [t for t in names[1:-1] if not _initial(t)] + names[-1:]
    if len(names) <= MAX_UNKNOWN_TOKENS and not evidence.function_word(names[0].text.lower(), j.language) and not _initial(names[-1]) and not (
        j.language in (None, "en") and _lowercase_in_article(rest, j, lex)
    ) and not _place_before_unlisted(first, rest, lex) and (
        (lex.is_listed_given(first) and all(_surname_like(t, lex, limit=LISTED_SURNAME_ZIPF) for t in rest))
        or (first in evidence.given_names()
            and all(_surname_like(t, lex, limit=STRICT_SURNAME_ZIPF if plausible.is_vocabulary(first) else SURNAME_ZIPF) for t in rest))
        or (_initials(names[0]) and all(_surname_like(t, lex, limit=SURNAME_ZIPF) for t in rest))
    ):
        # a given name of the name statistics (any locale): "Anders Tegnell", "Jayson
        # Tatum"; one that is also a word when a surname-like word follows ("Grace
        # Schulman", "Marine Pennetier"); initials before a surname ("D.H. Lawrence")
        found.append(Candidate(seg, "name", evidence="name_list"))
        return
    if len(names) == 2 and first in evidence.given_names() and _surname_after_occupation(names[1], lex) and evidence.cue_before(text, seg[0].start) == "occupation":
        # "defenseman Brandon Montour", "winger Jason Zucker": a lowercase occupation noun
        # before a listed given name vouches for a surname that is a place or a word abroad
        found.append(Candidate(seg, "name", evidence="cue:occupation"))
        return
    if (
        j.language in (None, "en") and len(names) == 2 and first in evidence.given_names() and not _initial(names[1])
        and _foreign_word_surname(names[1], lex) and not _lowercase_in_article(rest, j, lex)
    ):
        # "Adam Schiff": a surname that is a word of another language only ("Schiff" is
        # German for ship) after a given name in an English article: a person where the
        # article uses the surname alone as one ("Chairman Schiff", "Schiff said")
        found.append(Candidate(seg, "weak", evidence="weak"))
        return
    if (
        j.language in (None, "en") and len(names) >= 3 and len(seg) == len(names) and names[-1].key not in _ORG_OR_POST
        and not _quoted_start(text, seg[0].start) and not _MODEL_NUMBER_AFTER.match(text[seg[-1].end : seg[-1].end + 20])
    ):
        at = _given_name_tail(names, lex)
        if at == 0:
            # "R. Nicholas Burns": an initial before a given name no other rule vouches for
            found.append(Candidate(seg, "name", evidence="name_list"))
            return
        if at is not None:
            # "Principal Investigator Sarah Wallace", "Insider Ian Rapoport", "VP Michele
            # Anthony": capitalised role words before a given name and a surname
            _judge(idx[idx.index(toks.index(names[at])) :], toks, j, following=following)
            return
    shaped = 2 <= len(names) <= MAX_UNKNOWN_TOKENS - 1 and _name_shaped(names, lex)
    if not shaped and j.language in (None, "en") and 2 <= len(names) <= MAX_CUED_TOKENS and (
        evidence.role_after(text, seg[-1].end + (2 if seg[-1].possessive else 0))
        or (len(names) == 2 and evidence.cue_before(text, seg[0].start) == "occupation")
        or (len(names) == 2 and _place_surname_cue(seg, names, text, lex))
    ) and _cue_shaped(names, lex):
        # a word some list or language also has as a place or a word ("Sachin", "Ndali"),
        # in a run a role describes: "Sachin Kumar, a local villager,", "Saphina Ndali is a mother of two"
        found.append(Candidate(seg, "name", evidence="cue:appositive"))
        return
    if not shaped and j.language in (None, "en") and len(seg) == len(names) == 2:
        texts, keys = [t.text for t in names], [t.key for t in names]
        if evidence.cue_before(text, seg[0].start) == "occupation" and unlisted.rare_given_after_occupation(texts, keys):
            found.append(Candidate(seg, "name", evidence="cue:occupation"))  # "presenter Fearne Cotton" (round 18)
            return
        if unlisted.foreign_word_given_name(texts, keys, text, seg[-1].end):
            found.append(Candidate(seg, "weak", evidence="weak"))  # "sprinters Costas Kenteris" (round 18)
            return
    if shaped:
        # no list knows the given name: keep it when the context says person ("tattoo
        # artist Zashay Tastas", "Earyel Bowleg said"), else let the article decide
        cue = _cue(seg, text, j.language)
        if not cue and evidence.who_after(text, seg[-1].end + (2 if seg[-1].possessive else 0)) and not any(
            plausible.zipf(t.key) >= DESCRIPTOR_ZIPF and t.key not in evidence.surnames() and t.key not in evidence.given_names() for t in names
        ):
            cue = "who"  # "Zashay Tastas, who ..."; not "political Tunisian Islamists, who": a group's words
        if not cue and j.language == "de" and german.apposition_after(text, seg[-1].end):
            cue = "apposition"  # "Tigist Ketema, die Siegerin aus Äthiopien"
        if not cue and evidence.apposition_after(text, seg[-1].end, j.language):
            cue = "apposition"  # "Zaher al Waheidi, director de la unidad", "Marylise Léon, la secrétaire générale"
        if not cue and j.language in _ROMANCE_LANGUAGES and _romance_occupation_before(text, seg[0].start):
            cue = "occupation"  # "la doctora Alaa Al-Najjar"
        if not cue and seg[-1].possessive and evidence.possession_after(text, seg[-1].end + 2):
            cue = "possessive"  # "in Zinedine Zidane’s team", "Earyel Bowleg’s wife"
        if not cue and j.language in (None, "en") and len(names) >= 2 and not plausible.is_vocabulary(names[0].key) and not (
            following is not None and following.key in _ORG_OR_POST
        ) and _place_possessive_before(text, seg[0].start) and not any(
            t.key in lexicon.FACILITY_WORDS or t.key in _ORG_OR_POST or t.key in _STREET_WORDS or plausible.is_english_word_not_name(t.key) for t in names
        ):
            cue = "place"  # "a home run to Cleveland’s Rajai Davis", "Japan’s Itsunori Onodera"
        if cue:
            found.append(Candidate(seg, "name", evidence=f"cue:{cue}"))
            return
        if j.language in (None, "en") and _plural_noun(names[-1], lex):
            # "Goo Goo Dolls", "Arctic Monkeys": no given name and a plural noun at the end
            # name a group (a band, a team), not one person; a list of people around it says nothing
            return
        found.append(Candidate(seg, "weak", evidence="weak"))
    elif j.language in (None, "en") and _place_surname_shaped(names, lex):
        # "Koichi Nakano": a surname that is also a town (Japanese surnames often are),
        # after a given name that is no word and no place; kept only where the article
        # uses the surname alone as a person ("Nakano said")
        found.append(Candidate(seg, "weak", evidence="weak"))
    # headline case ("Lavrov Rebuff Pompeo") or a place ("Khan Sheikhoun"): each word
    # is a person only if this document names someone in full with that surname
    orphans.extend(Candidate([t], "single") for t in names if len(t.text) > 1)


def _place_before_unlisted(first: str, rest: list[Token], lex: Lexicon) -> bool:
    """The first word is a city of a million people that English does not use as a given
    name ("London", "Paris", "Dallas": places, though some locale lists them as given names)
    and some word after it is no listed surname ("London Heathrow", "Paris Orly"): an
    airport or a district, unless a cue or the article vouches for a person ("London
    Breed said"); "Paris Hilton" keeps her listed surname."""
    return (
        plausible.is_major_city(first) and not lex.is_given(first) and evidence.given_gender(first) is None
        and not all(t.key in evidence.surnames() for t in rest)
    )


# Longest run a role cue alone makes a person ("Sachin Kumar", "Delcy Eloína Rodríguez").
MAX_CUED_TOKENS = 3


def _cue_shaped(names: list[Token], lex: Lexicon) -> bool:
    """Every word may be a name word once a role describes the run: capitalised, no initial,
    no stop word or organisation word, no region, and no English vocabulary (Zipf
    :data:`SURNAME_ZIPF`) unless a name list has it ("Kumar", "Noor"); places and words of
    other languages may be ("Sachin" is a town, "Ndali" a word elsewhere)."""
    for t in names:
        k = t.key
        if len(k) < 2 or not t.text[:1].isupper() or t.text.isupper() or "." in t.text:
            return False
        if k in lexicon.STOPWORDS or _org_word(k) or plausible.is_region(k) or _is_title(t):
            return False
        if plausible.zipf(k) >= SURNAME_ZIPF and k not in evidence.surnames() and k not in evidence.given_names():
            return False
    return True


def _cued_full_name(seg: list[Token], names: list[Token], text: str, language: str | None = None) -> bool:
    """A listed given name and surname-like words with a person's cue around them
    ("Murray Jones explained", "Chad Hawk, vice president of PMG"): a person even where
    every word is also vocabulary or a country ("Rose Garden" has no cue)."""
    return (
        2 <= len(names) <= MAX_CUED_TOKENS and names[0].key in evidence.given_names()
        and all(t.key in evidence.surnames() or not plausible.is_vocabulary(t.key) for t in names[1:])
        and not any(t.key in lexicon.STOPWORDS or _org_word(t.key) for t in names)
        and _cue(seg, text, language) is not None
    )


# A product's model number right after a run ("Dell Alienware AW3418DW"): capitals and digits.
_MODEL_NUMBER_AFTER = re.compile(r"^[ \t\u00a0]+[A-Z0-9-]*\d[A-Z0-9-]*(?![\w])")


def _office_place(head: list[int], rest: list[int], toks: list[Token], lex: Lexicon) -> int | None:
    """After "<title> of", the position in ``rest`` where the office holder's name starts
    when a place (one to three words) comes first and two or three name words follow
    ("Mayor of Chicago Rahm Emanuel", "Governor of New York Andrew Cuomo"); else None."""
    if not head or not _is_head(toks[head[-1]]) or any(toks[k].connector for k in rest):
        return None
    for at in range(min(3, len(rest) - 2), 0, -1):
        place, names = [toks[k] for k in rest[:at]], [toks[k] for k in rest[at:]]
        if not plausible.is_place(" ".join(t.key for t in place)) or len(names) > MAX_CUED_TOKENS:
            continue
        first = names[0].key
        if not (lex.is_given(first) or first in evidence.given_names() or _name_shaped(names, lex)) or not _cue_shaped(names, lex):
            return None
        if plausible.is_place(" ".join(t.key for t in place + names[:1])):
            return None  # "Mayor of New York City": the place goes on
        return at
    return None


_PLACE_POSSESSIVE_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[’']s[ \t\u00a0]+$")


def _place_possessive_before(text: str, start: int) -> bool:
    """A city's or a country's possessive right before ``text[start:]`` ("Cleveland’s",
    "South Korea’s"): before a name-shaped run it says whose the person is."""
    m = _PLACE_POSSESSIVE_BEFORE.search(text[max(0, start - 30) : start])
    return m is not None and plausible.is_place(fold(m.group(1)))


_SYLLABLE = re.compile(r"^[A-Z][a-z]{1,4}$")
_HYPHENED_SYLLABLES = re.compile(r"^[A-Z][a-z]{1,4}-[A-Za-z][a-z]{1,4}$")


def _korean_shaped(seg: list[Token]) -> bool:
    """A romanised Korean name: a short surname of the name lists, then a given name of
    two syllables, hyphenated ("Kim Dong-yup") or as two words ("Han Tae Song")."""
    if any(t.connector or t.possessive for t in seg[:-1]) or seg[0].key not in evidence.surnames() or not _SYLLABLE.match(seg[0].text):
        return False
    if not all(romanised_syllables(t.text) for t in seg[1:]):
        return False  # "Las Vegas Sands": no syllables of a Korean or Chinese given name
    if len(seg) == 2:
        return bool(_HYPHENED_SYLLABLES.match(seg[1].text))
    return all(_SYLLABLE.match(t.text) and t.key not in lexicon.STOPWORDS for t in seg[1:])


def _given_name_tail(names: list[Token], lex: Lexicon) -> int | None:
    """Where a person's name starts in a run of capitalised words no rule took whole: 0
    when initials with full stops open it before a given name ("R. Nicholas Burns"); the
    position of a given name no word doubts that one or two surname-like words close,
    when every word before it is English vocabulary or an acronym ("Principal
    Investigator Sarah Wallace", "VP Michele Anthony"); else None."""
    for at in range(1, len(names) - 1):
        t = names[at]
        if not lex.is_given(t.key):
            continue  # an English given name that is no word ("Sarah", "Ian"); "Grand Ole Opry" has none
        rest = names[at + 1 :]
        if len(rest) > 2 or not all(t.text[:1].isupper() and not t.text.isupper() and _surname_like(t, lex, limit=SURNAME_ZIPF) for t in rest):
            return None
        head = names[:at]
        if all(_initial(h) and h.text.endswith(".") for h in head):
            return 0
        if all(h.text.isupper() or unlisted.group_member(h.key) or (
            plausible.zipf(h.key) >= DESCRIPTOR_ZIPF and h.key not in lexicon.STOPWORDS and not lex.is_given(h.key) and h.key not in evidence.given_names()
        ) for h in head):  # "Beatle George Harrison": a member of a group known by its plural (round 18)
            return at
        return None
    return None


def _credit_word(t: Token, lex: Lexicon) -> bool:
    """A word a photographer's name may have: capitalised, not in capitals only, no
    stop word, organisation word, title or agency ("Getty")."""
    k = t.key
    if len(k) < 2 or not t.text[:1].isupper() or t.text.isupper() or t.connector:
        return False
    # an organisation word the surname lists have is a surname here ("Matt York/AP")
    return not (k in lexicon.STOPWORDS or (_org_word(k) and k not in evidence.surnames()) or _is_title(t) or evidence.agency_word(t.text))


def _credited_name(seg: list[Token], names: list[Token], text: str, lex: Lexicon) -> list[Token] | None:
    """The tokens of a photographer's name in a photo credit ("Matt York/AP", "REUTERS/Ammar
    Awad", "Jae C. Hong/AP"), or None. A place that opens the run is the caption's last
    word, glued to the credit after it ("Whitley Bay, Northumberland Owen Humphreys/PA")."""
    end = seg[-1].end + (2 if seg[-1].possessive else 0)
    if not 2 <= len(names) <= MAX_CUED_TOKENS + 1 or ("/" not in text[end : end + 3] and "/" not in text[max(0, seg[0].start - 3) : seg[0].start] and "by" not in text[max(0, seg[0].start - 4) : seg[0].start]):
        return None  # no slash beside the run, no "by" before it: no credit
    if not evidence.photo_credit(text, seg[0].start, end) and not (
        # "Editing by Lincoln Feast": a credit line, then a listed given name
        evidence.credit_line_before(text, seg[0].start) and names[0].key in evidence.given_names() and len(names) <= MAX_CUED_TOKENS
    ):
        return None
    lead = names[0].key
    second = names[1].key
    if len(names) > 2 and plausible.is_place(lead) and second in evidence.given_names() and (lead not in evidence.given_names() or not plausible.is_place(second)):
        names = names[1:]
        seg = seg[seg.index(names[0]) :]
    if not 2 <= len(names) <= MAX_CUED_TOKENS:
        return None
    middle_initials = all(_initial(t) for t in names[1:-1])
    if not (_credit_word(names[0], lex) and _credit_word(names[-1], lex) and (middle_initials or all(_credit_word(t, lex) for t in names[1:-1]))):
        return None
    street = names[-1].key in _STREET_WORDS or names[-1].text.rstrip(".") in _STREET_ABBREVIATIONS
    if plausible.is_place(" ".join(t.key for t in names)) or (street and names[0].key not in evidence.given_names()):
        return None  # "Downing Street/AP", "Oxford Street/AFP": a place in the caption ("Carl Court/Getty" is a photographer)
    return seg


def _word_surname_cue(seg: list[Token], names: list[Token], text: str, lex: Lexicon) -> str | None:
    """The cue that makes a listed given name and a surname that is an English word one
    person ("singer John Legend", "resident Val Lay", "Adam Mount, a senior fellow at"):
    an occupation noun right before the run, a role appositive or an age right after it.
    None when there is no such cue or the run is not that shape (a speech verb alone says
    nothing: "said Grace Church")."""
    if len(names) != 2 or len(seg) != 2:
        return None
    first, last = names
    if first.key not in evidence.given_names() or first.key in lexicon.STOPWORDS or first.text.isupper() or _initial(first):
        return None
    k = last.key
    if len(k) < 3 or not last.text[:1].isupper() or last.text.isupper() or not plausible.is_vocabulary(k):
        return None  # a surname that is no word is for the other rules
    if k in lexicon.STOPWORDS or _org_word(k) or k in _ORG_OR_POST or plausible.is_region(k) or k in plausible.COMPASS or _is_title(last):
        return None
    end = last.end + (2 if last.possessive else 0)
    if evidence.cue_before(text, seg[0].start) == "occupation":
        return "occupation"
    if evidence.role_after(text, end):
        return "appositive"
    if evidence.cue_after(text, end) == "age":
        return "age"
    return None


def _place_surname_cue(seg: list[Token], names: list[Token], text: str, lex: Lexicon) -> bool:
    """An age, a relative clause or a speech verb at a two-word run whose surname is also a
    place ("said Jason Nye, 22,", "Ryosuke Kinoshita, who supports"): the run is a person
    when its first word is a given name or no word at all, and it is not all places."""
    first = names[0].key
    if first in lexicon.STOPWORDS or not (first in evidence.given_names() or not (plausible.is_place(first) or plausible.is_vocabulary(first))):
        return False
    if not plausible.is_place(names[-1].key) or plausible.is_region(names[-1].key):
        return False
    end = seg[-1].end + (2 if seg[-1].possessive else 0)
    return bool(evidence.cue_after(text, end) or evidence.who_after(text, end) or evidence.cue_before(text, seg[0].start))


def _place_surname_shaped(names: list[Token], lex: Lexicon) -> bool:
    """Two words: a given name no list has that is no word and no place ("Koichi"), and a
    surname the place lists have but no word or region ("Nakano", "Kinoshita")."""
    if len(names) != 2:
        return False
    first, last = names
    for t in names:
        if len(t.key) < 3 or not t.text[:1].isupper() or t.text.isupper() or "." in t.text or t.key in lexicon.STOPWORDS or _org_word(t.key):
            return False
    if plausible.is_vocabulary(first.key) or plausible.is_vocabulary_anywhere(first.key) or plausible.is_place(first.key) or plausible.is_region(first.key):
        return False
    if plausible.zipf(first.key) >= SURNAME_ZIPF:
        return False
    return plausible.is_place(last.key) and not plausible.is_region(last.key) and not plausible.is_vocabulary(last.key)


def _surname_after_occupation(tok: Token, lex: Lexicon) -> bool:
    """A word that may be a surname once an occupation noun and a given name come before
    it: listed or known, or at least no English vocabulary ("Montour" is a town,
    "Zucker" a German word; "Square", "Weekly" stay things)."""
    k = tok.key
    if len(k) < 2 or k in lexicon.STOPWORDS or k in lexicon.ORG_WORDS or not tok.text[:1].isupper():
        return False
    return k in evidence.surnames() or k in lex.gaz.known_tokens or not plausible.is_vocabulary(k)


def _verb_form(tok: Token) -> bool:
    """An English -ing or -ed word that no name list knows: a verb opening a heading."""
    k = tok.key
    if len(k) < 5 or not k.endswith(("ing", "ed")) or k in evidence.surnames() or k in evidence.given_names():
        return False
    return plausible.zipf(k) >= VERB_FORM_ZIPF or unlisted_verb_form(k)  # "Sabotaging Assange's exit"


# How common (Zipf) an -ing/-ed word must be to count as a verb form: "potted" 2.4,
# "downloading" 3.2, "evaluated" 3.6; such surnames are listed ("Manning", "Fielding").
VERB_FORM_ZIPF = 2.0


def royal_name(title: str, tok: Token, lex: Lexicon, before: str = "") -> bool:
    """A royal title right before a lone given name: "Prince Harry", "Prince Archie"; or,
    mid-sentence (``before`` is the text before the name), right before a word no
    language, place list or surname list has: a given name no list has yet ("and
    Princess Lilibet's nanny"). "King Cobra" and "Queen Street" are words or places; a
    sentence may open with a work's title ("Princess Cyd is his most accomplished
    film"); "Zimmer, King, Zipperman" is a list of surnames."""
    if title.split()[-1].lower() not in lexicon.ROYAL_TITLES:
        return False
    k = tok.key
    if lex.is_given(k) or k in evidence.given_names():
        return True
    stripped = before.rstrip()
    if not stripped.endswith(title) or not _MID_SENTENCE_BEFORE.search(stripped[: len(stripped) - len(title)]):
        return False  # a comma between title and name, or the run opens a sentence or a list item
    return (
        len(k) > 2 and tok.text[:1].isupper() and not tok.text.isupper() and k.isalpha()
        and plausible.zipf(k) < RARE_ZIPF and not plausible.is_vocabulary_anywhere(k)
        and not plausible.is_place(k) and k not in evidence.surnames() and k not in lexicon.STOPWORDS
    )


def _preposition_von(idx: list[int], toks: list[Token], lex: Lexicon) -> int | None:
    """Position in ``idx`` of a German "von"/"vom" that is a preposition: the word before
    it is no given name (a noble name is "Konstantin von Notz"), or a given name follows it
    ("Buch von Verena Stegemann")."""
    for n in range(1, len(idx) - 1):
        t = toks[idx[n]]
        if not (t.connector and t.key in ("von", "vom")):
            continue
        before = toks[idx[n - 1]]
        after = next((toks[k] for k in idx[n + 1 :] if not toks[k].connector), None)
        if before.connector or after is None:
            continue
        given_before = lex.is_given(before.key) or before.key in evidence.given_names() or before.key in lex.gaz.known_tokens
        if not given_before or lex.is_given(after.key) or evidence.strong_given(after.key):
            return n
    return None


def _two_people(idx: list[int], toks: list[Token], lex: Lexicon) -> int | None:
    """Position in ``idx`` of a "y" that joins two people ("Milton Hinojoza y Luis Loyola",
    "Loreto Aravena y Pancha Merino"): two name words follow it. With one word after it,
    it joins a double surname ("José Ortega y Gasset")."""
    for n in range(1, len(idx) - 2):
        t = toks[idx[n]]
        if not (t.connector and t.key == "y") or toks[idx[n - 1]].connector:
            continue
        nxt, after = toks[idx[n + 1]], toks[idx[n + 2]]
        if (nxt.connector and nxt.key in ("el", "la")) or (not nxt.connector and not after.connector):
            return n
    return None


def _two_surnames(idx: list[int], toks: list[Token], texts: tuple[str, str]) -> int | None:
    """Position in ``idx`` of a Spanish "y" between two single words that are each the
    surname of someone the article names in full ("Verstappen y Russell" after "Max
    Verstappen" and "George Russell"); a double surname's second part is not written
    after a given name of its own ("José Ortega y Gasset")."""
    if len(idx) != 3 or not toks[idx[1]].connector or toks[idx[1]].key != "y":
        return None
    a, b = toks[idx[0]], toks[idx[2]]
    if a.connector or b.connector or a.possessive:
        return None
    if all(_named_in_full(t.text, texts) for t in (a, b)):
        return 1
    return None


def _named_in_full(surname: str, texts: tuple[str, str]) -> bool:
    """``surname`` closes a full name somewhere in the article: a capitalised word right
    before it, no connector between ("Max Verstappen")."""
    pattern = re.compile(r"(?<![\w’'-])[A-ZÀ-ÖØ-Þ][\w’'-]+[ \t\u00a0]+" + re.escape(surname) + r"(?![\w’'-])")
    return any(pattern.search(t) for t in texts if t)


def _double_surname(words: list[int], n: int, toks: list[Token], lex: Lexicon) -> bool:
    """After the middle initial ``words[n]``, two name-shaped words end the run and a given
    name precedes it ("Walter A. Clyburn Reed"): a double surname, not a new sentence."""
    after = [toks[w] for w in words[n + 1 :] if toks[w].key not in lexicon.NAME_SUFFIXES]
    return len(after) == 2 and _any_given(toks[words[n - 1]].key, lex) and _name_shaped(after, lex)


def _titled_role_after(text: str, end: int) -> bool:
    """A title and a capitalised name right after a possessive ("’s Captain James T. Kirk",
    "’s Dr. Watson"): a character someone plays or a post someone holds for them."""
    m = _TITLED_AFTER.match(text[end : end + 40])
    return m is not None and fold(m.group(1).rstrip(".")) in lexicon.TITLE_WORDS


_DETERMINER_BEFORE = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Oo]ur|[Ii]ts)[ \t\u00a0]+$")
_TITLED_AFTER = re.compile(r"[ \t\u00a0]+([A-Z][a-z]+\.?)[ \t\u00a0]+[A-Z][a-z]")


def _foreign_word_surname(tok: Token, lex: Lexicon) -> bool:
    """A capitalised word rarer in English than :data:`SURNAME_ZIPF`, no English word, no
    place, that only another language has as a word ("Schiff", "Brot")."""
    k = tok.key
    return (
        k.isalpha() and len(k) >= 4 and tok.text[:1].isupper() and not tok.text.isupper()
        and plausible.zipf(k) < SURNAME_ZIPF and not plausible.is_vocabulary(k)
        and not plausible.is_place(k) and plausible.is_vocabulary_anywhere(k) and not lex.is_given(k)
    )


def _mailed(text: str, end: int, names: list[Token]) -> bool:
    """An e-mail address right after the run ("at", "via", a bracket between) whose local
    part has the run's last word as one of its parts ("allen.root@", "j_doe@"): a byline's
    or a contact's person, never a firm's inbox ("info@", "press@")."""
    m = _MAIL_AFTER.match(text[end : end + 60])
    if m is None:
        return False
    parts = re.split(r"[._+-]", m.group(1).lower())
    return len(parts) > 1 and fold(names[-1].text) in parts


_MAIL_AFTER = re.compile(r"[ \t\u00a0]*(?:at|via|on|:)?[ \t\u00a0]*[(<\[]?([\w.+-]+)@[\w-]+\.[a-z]")


def _any_given(key: str, lex: Lexicon) -> bool:
    return lex.is_given(key) or lex.is_listed_given(key)


def _two_full_names(words: list[int], toks: list[Token], lex: Lexicon) -> int | None:
    """Position in ``words`` where a second full name starts in a run of four or more
    words ("David Bromwich David Brooks", "Dexter Filkins Federico Finchelstein"): a
    given name the lists know after a word they do not know as one, with a given name
    opening the run and a surname after the second given name. A given name only the
    name statistics know ("Dexter") opens a two-word first name only ("Rajiv Gandhi Khel
    Ratna Award" is no list of people)."""
    if len(words) < 4:
        return None
    first = toks[words[0]].key
    if not (_any_given(first, lex) or _initials(toks[words[0]])):
        return None  # a given name, or initials standing for one ("J.K. Rowling Salman Rushdie")
    for n in range(2, len(words) - 1 if lex.is_given(first) else 3):
        t, prev = toks[words[n]], toks[words[n - 1]]
        if _initial(t) or _initial(prev) or not _any_given(t.key, lex) or _any_given(prev.key, lex):
            continue
        if any(not _initial(toks[w]) and toks[w].key not in lexicon.NAME_SUFFIXES for w in words[n + 1 :]):
            return n
    return None


# Courtesy titles of Spanish, French, Italian and German articles, as written before a
# name (English "Sr." after a name is a suffix; these are checked outside English only).
_FOREIGN_HONORIFICS = frozenset("Sr. Sra. Srta. Sres. Dña. Mme Mme. Mlle Mlle. Sig. Sig.ra Herr Frau".split())


def _leading_noise(tok: Token, lex: Lexicon, language: str | None) -> bool:
    """A capitalised word before a name that is not part of it."""
    k = tok.key
    if evidence.function_word(tok.text.lower(), language):
        return True
    if language not in (None, "en") and tok.text in _FOREIGN_HONORIFICS:
        return True  # "Sr. Horrach", "Mme Hidalgo": a courtesy title, never part of the name
    if language == "de" and german.pronominal_adverb(tok.text):
        return True  # "Wovor Vintz vor allem warnt": an adverb opening the clause
    if lex.is_given(k) or k in lex.gaz.known_tokens:
        return False
    if evidence.occupation(k):
        return True
    if language == "en" and _verb_form(tok):
        return True  # "Downloading Python", "Evaluated Coinbase", "Potted Bougainvillea"
    if not language or language == "en":
        return False
    if is_cyrillic(tok.text) and russian.given_name(tok.text):
        return False  # "Марии", "Ивана": an inflected given name is as common as a noun
    if is_cyrillic(tok.text) and russian.common_word(tok.text):
        return True  # "премьер-министром Малайзии Анваром Ибрагимом": a place or noun the dictionary knows, no name
    # a noun of a language that capitalises nouns or names its ministries ("Santé", "Berg",
    # "Compañía"); a word some locale also lists as a given name must be very common
    freq = plausible.zipf(tok.text.lower(), language)
    return freq >= (LISTED_NOUN_ZIPF if k in evidence.given_names() else plausible.VOCABULARY_ZIPF)


# Zipf in the article's language above which a capitalised word that some locale lists
# as a given name is still a noun there ("tod" 5.2 in German); "olivier" 4.5 in French
# and "pastor" 4.3 in Spanish stay names. Given names
# the lexicon trusts ("jean", "maria", "juan") are never dropped.
LISTED_NOUN_ZIPF = 5.0


def _german_descriptor(tok: Token, nxt: Token, lex: Lexicon, language: str | None) -> bool:
    """German capitalises the noun before a name ("Staatsgründer Kim Il Sung", "Vater
    Kim Jong Il"): a word no list knows as a given name, before one that is, or a word
    shaped like a noun before a gazetteer's name token."""
    if language != "de" or nxt.connector or tok.key in evidence.given_names() or lex.is_given(tok.key) or tok.key in lex.gaz.known_tokens:
        return False
    if lex.is_given(nxt.key) or nxt.key in evidence.given_names():
        return True
    # intl2: before a surname alone the word must look like a noun ("Topstar Woods"); a word
    # shaped like no noun is a given name the lists lack ("Kultida Woods": his mother)
    return nxt.key in lex.gaz.known_tokens and german.noun_like(tok.text)


# Languages that write a word capitalised mid-sentence only as (part of) a proper name:
# there a listed given name that is also a common word ("Domingo": Sunday, "Rosario",
# "Amparo") is a given name when a given name follows it.
_ROMANCE_LANGUAGES = frozenset({"es", "fr", "it", "pt"})
# Articles and contracted articles of those languages: a word after one is a noun.
_ROMANCE_ARTICLES = frozenset("el la los las le les l' l’ del al du des un una une uno il lo gli della dello o a os as do da dos das no na".split())


# A word at least this frequent in a Romance-language article's language (wordfreq Zipf:
# "unido" 4.7, "alemania" 4.8; "sánchez" 3.8, "llosa" 3.5) that no surname list has is
# vocabulary, not the surname closing a name.
ROMANCE_WORD_ZIPF = 4.5


def _romance_word_pair(c: Candidate, text: str, language: str) -> bool:
    """Two capitalised words of a Spanish, French, Italian or Portuguese article whose second is
    an ordinary word of the language and no surname ("Reino Unido", "Francia y Alemania", "los
    Reyes Felipe"): a place, a body or a title, unless a person's cue stands beside it."""
    names = c.name_tokens()
    if c.kind == "alias" or len(names) != 2:
        return False
    last = names[-1].key
    if last in evidence.surnames() or plausible.zipf(last, language) < ROMANCE_WORD_ZIPF:
        return False
    return not (evidence.cue_before(text, c.start) or evidence.cue_after(text, c.end) or evidence.apposition_after(text, c.end, language))


def _romance_occupation_before(text: str, start: int) -> bool:
    """A lowercase occupation noun of a Romance language right before ``start``."""
    m = _previous_word(text[max(0, start - 30) : start])
    return m is not None and m.islower() and m in evidence.ROMANCE_OCCUPATIONS


def _romance_given_pair(idx: list[int], toks: list[Token], lex: Lexicon, language: str | None, text: str) -> bool:
    """In Spanish, French, Italian or Portuguese, the run's first word is a listed given
    name and the next one a given name the lexicon trusts, mid-sentence ("el alcalde,
    Domingo José Ramos Camacho"): two given names, not a common word before a name. A
    function word ("Los", "Les") or a sentence's first word keeps its usual reading."""
    if language not in _ROMANCE_LANGUAGES:
        return False
    tok, nxt = toks[idx[0]], toks[idx[1]]
    prev = _previous_word(text[max(0, tok.start - 12) : tok.start])
    if prev is not None and prev.lower() in _ROMANCE_ARTICLES:
        return False  # "le ministre de la Santé Roman Prymula": after an article the word is a noun
    if nxt.connector or tok.key not in evidence.given_names() or not lex.is_given(nxt.key) or tok.text in _FOREIGN_HONORIFICS:
        return False
    if evidence.function_word(tok.text.lower(), language) or _opens_sentence(text, tok.start):
        return False
    return True


def _german_category(tok: Token, last: Token, lex: Lexicon, language: str | None) -> bool:
    """German: a noun announcing a place, a work or a product opens the run ("Dorf",
    "Gesellschaftsroman"), and the name after it is not in the genitive ("das Buch Michelle
    Obamas" is hers); a given name ("Roman") or a known name token is no such noun."""
    if language != "de" or tok.connector or last.possessive:
        return False
    if lex.is_given(tok.key) or tok.key in evidence.given_names() or tok.key in lex.gaz.known_tokens:
        return False
    return german.category_noun(tok.text)


def _german_role(idx: list[int], toks: list[Token], lex: Lexicon, language: str | None) -> bool:
    """German: the run opens with a role noun ("Russlandexperte Lange", "AfD-Landeschef
    Höcke", "Schlachter-Chef Holland-Moritz") or with a word placing the role right after it ("Walliser
    Staatsrat Mathias Reynard", "Hamburgs Polizeipräsident Falk Schnabel", "Usyks Promoter
    Alexander Krassyuk"). A word the lists know as a given name or a known name token never goes."""
    if language != "de":
        return False
    tok = toks[idx[0]]
    if tok.connector or lex.is_given(tok.key) or tok.key in evidence.given_names() or tok.key in lex.gaz.known_tokens:
        return False
    if german.role_noun(tok.text):
        return True
    nxt = toks[idx[1]]
    if len(idx) <= 2 or nxt.connector or not german.role_place(tok.text) or lex.is_given(nxt.key) or nxt.key in evidence.given_names():
        return False
    if german.role_noun(nxt.text) or german_noun_lead(nxt, lex):
        return True
    # "Usyks Promoter Alexander Krassyuk": a genitive, a noun no list knows as a name, then a listed given name
    after = toks[idx[2]]
    return len(idx) > 3 and tok.key.endswith("s") and not after.connector and (lex.is_given(after.key) or after.key in evidence.given_names()) and nxt.key not in evidence.surnames()


def german_noun_lead(tok: Token, lex: Lexicon) -> bool:
    """intl2: a German common noun by wordfreq's German statistics opens the run ("der
    Ukrainer Usyk", "Zahlungsverkehr-Spezialistin Neumüller", "Usyk-Promoter Krassyuk"):
    German capitalises it, and it is no part of the name. A word any list knows as a name
    (a given name or the head of a hyphenated one, a surname, a gazetteer token) is kept ("Karin",
    "Karl-Heinz", "Stein", "Fury")."""
    k = tok.key
    if tok.connector or k in evidence.surnames() or k in lex.gaz.known_tokens:
        return False
    head = k.replace("-", " ").rsplit(" ", 1)[-1]
    if lex.is_given(k) or k in evidence.given_names() or lex.is_given(head) or head in evidence.given_names():
        return False  # "Karl-Heinz": a hyphenated given name ("heinz" is German vocabulary too); "Tyson-Promoter" is none
    return german.common_noun(tok.text)


def _glued_noun(idx: list[int], toks: list[Token], lex: Lexicon, language: str | None) -> bool:
    """:func:`_trailing_noun` on the run's last word ("Jane Doe Updated"); in English a
    given name and one common noun ("Steve Jobs", "Maria Lodge") are judged whole, and
    the article decides (:func:`_plausible`)."""
    words = [k for k in idx if not toks[k].connector]
    last = toks[idx[-1]]
    if language == "en" and len(words) == 2 and lex.is_given(toks[words[0]].key) and (_english_noun(last, lex) or _plural_noun(last, lex)):
        return False
    return _trailing_noun(last, lex, language)


# A run inside a lowercase sentence: a lowercase word (and at most an acronym) right before
# it, and a lowercase word or a sentence mark (after at most an acronym or a ticker, ".DJI") right after it.
_PROSE_BEFORE = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*[ \t\u00a0]+(?:[A-Z]{2,}[ \t\u00a0]+)?$")
_PROSE_AFTER = re.compile(r"^(?:[ \t\u00a0]+[.(]?[A-Z]{2,}\)?(?![\w’'-]))?(?:[ \t\u00a0]+[a-z]|[.,;:)](?:\s|$))")


def _in_prose(text: str, start: int, end: int) -> bool:
    """The run sits inside a lowercase sentence, not on a title-cased or furniture line."""
    return bool(_PROSE_BEFORE.search(text[max(0, start - 40) : start]) and _PROSE_AFTER.match(text[end : end + 20]))


def _trailing_noun(tok: Token, lex: Lexicon, language: str | None) -> bool:
    """A word after a name that the article's language uses as a noun (German capitalises
    them: "Claudia Brandes Bürgermeisterin"), or in English a very common word no list
    knows as a name ("Lizzy Rosenberg Published", "Jane Doe Updated": page furniture
    glued to a byline)."""
    if len(tok.key) < 4 or tok.key in lex.gaz.known_tokens or tok.key in evidence.surnames():
        return False
    if language == "de" and evidence.occupation(tok.text.lower()) and not lex.is_given(tok.key):
        return True
    if language == "en":
        # an organisation or place word stays: it makes the whole run no person ("Joe Farrington Road")
        return tok.key not in lexicon.ORG_WORDS and not lex.is_given(tok.key) and tok.key not in evidence.given_names() and plausible.zipf(tok.key) >= COMMON_WORD_ZIPF
    if language != "de":
        return False
    return plausible.zipf(tok.text.lower(), language) >= plausible.VOCABULARY_ZIPF


# A photo gallery's counter right after a caption's credit ("... Meghan Markle Rex 5/34").
_GALLERY_COUNTER = re.compile(r"\s+\d{1,3}/\d{1,3}(?![\d/])")


def _caption_credit(idx: list[int], toks: list[Token], text: str) -> bool:
    """The run's last word is a caption's credit, not the name's: an occupation noun that
    labels a credit ("Steve Mollenkopf Photographer: Patrick T. Fallon"), or a word no
    surname list has right before a gallery's counter ("Meghan Markle Rex 5/34": the
    agency). A surname there is the photographer's own ("Petros Elia 11/34")."""
    words = [k for k in idx if not toks[k].connector]
    if len(words) < 3:
        return False
    last = toks[words[-1]]
    after = text[last.end : last.end + 12]
    if after.startswith(":") and evidence.occupation(last.key):
        return True
    return bool(_GALLERY_COUNTER.match(after)) and last.key not in evidence.surnames() and not _initial(last)


def _trailing_word(idx: list[int], toks: list[Token], lex: Lexicon, language: str | None) -> bool:
    """In English, a third word after a given name and a surname that is the plural (or
    third person) of an ordinary word no list knows as a name: a word glued to the name
    ("Gary Osier Presents", "George Floyd Protests"); after an initial it is the surname."""
    words = [k for k in idx if not toks[k].connector]
    if language != "en" or len(words) < 3 or _initial(toks[words[-2]]):
        return False
    tok, first = toks[words[-1]], toks[words[0]]
    k = tok.key
    if len(k) < 4 or k in lex.gaz.known_tokens or k in evidence.surnames() or k in evidence.given_names() or lex.is_given(k):
        return False
    if k in lexicon.ORG_WORDS or not (lex.is_given(first.key) or lex.is_listed_given(first.key)):
        return False  # an organisation word makes the whole run no person; the run must open with a given name
    return _plural_noun(tok, lex)


def _headline_tail(idx: list[int], toks: list[Token], lex: Lexicon, language: str | None) -> int | None:
    """Position in ``idx`` where a title-cased headline goes on after a given name the
    lists know and a surname: the first later word that is English vocabulary no name
    list has, with more of the run after it ("Pete Davidson Romantic Comedy", "Natalie
    Massenet Leaves Net-a-Porter"). A third word a list has stays ("Sarah Jessica Parker",
    "Helena Bonham Carter"), and so does a last one ("Pamela Burch Fort")."""
    if language != "en" or len(idx) < 3:
        return None
    words = [k for k in idx if not toks[k].connector]
    if len(words) < 3 or not _any_given(toks[words[0]].key, lex):
        return None
    second = toks[words[1]]
    if _initial(second) or not (second.key in evidence.surnames() or second.key in lex.gaz.known_tokens or not plausible.is_vocabulary(second.key)):
        return None
    for w in words[2:]:
        t = toks[w]
        k = t.key
        if _initial(t) or k in lexicon.NAME_SUFFIXES or k in lexicon.ORG_WORDS:
            return None  # "Pete Davidson Jr.", "Walt Disney Co": other rules decide
        if k in evidence.surnames() or k in evidence.given_names() or k in lex.gaz.known_tokens or lex.is_given(k):
            continue
        if (plausible.is_vocabulary(k) or _headline_verb(k)) and t.text[1:].islower() and w != words[-1]:
            return idx.index(w)  # the headline goes on after it; a last word may be a surname ("Pamela Burch Fort")
    return None


def _headline_verb(key: str) -> bool:
    """A verb's third person in a title-cased headline ("Accuses", "Slams"): an -s word in
    use whose stem is too (Zipf :data:`HEADLINE_VERB_ZIPF`); callers check no list has it
    as a name."""
    if len(key) < 5 or not key.endswith("s"):
        return False
    stems = [key[:-1]] + ([key[:-2]] if key.endswith("es") else [])
    return plausible.zipf(key) >= HEADLINE_VERB_ZIPF and any(plausible.zipf(s) >= HEADLINE_VERB_ZIPF for s in stems)


# How common an -s form and its stem must be to read as a headline's verb: "accuses" 3.4,
# "slams" 3.6; surnames of that shape are listed ("Roberts", "Williams").
HEADLINE_VERB_ZIPF = 3.0


# An English word this frequent (Zipf) that no name list knows ends no name: "published"
# 5.1, "posted" 5.0, "photo" 5.0; surnames that are words are listed ("Young", "Hall").
COMMON_WORD_ZIPF = 4.5


_SAINT_WORDS = frozenset("saint st san santa santo sainte sao".split())
# A word this much more frequent in English than in other languages (median Zipf gap)
# is an English common noun ("lodge" 0.8, "collector" 3.9), not a surname that travels
# ("pitt" 0.3, "phoenix" 0.5); listed surnames ("Young", "Green", "Cook") always pass.
ENGLISH_NOUN_GAP = 0.8


def _english_noun(tok: Token, lex: Lexicon) -> bool:
    k = tok.key
    if k in evidence.surnames() or k in lex.gaz.known_tokens or plausible.zipf(k) < SURNAME_ZIPF:
        return False
    others = sorted(plausible.zipf(k, lang) for lang in plausible.OTHER_LANGUAGES)
    return plausible.zipf(k) - others[len(others) // 2] >= ENGLISH_NOUN_GAP


def _plural_noun(tok: Token, lex: Lexicon) -> bool:
    """The English plural of an ordinary word ("Globes", "Gardens") that no list knows as a surname."""
    k = tok.key
    if not k.endswith("s") or len(k) < 4 or k in evidence.surnames() or k in lex.gaz.known_tokens:
        return False
    stems = [k[:-1]] + ([k[:-2]] if k.endswith("es") else [])
    return any(plausible.zipf(stem) >= plausible.VOCABULARY_ZIPF for stem in stems)


def _genitive_position(out: list[Token], i: int, lex: Lexicon, after: str = "") -> bool:
    """German: whether a name word may carry the genitive -s. Before a noun of its run or
    a lowercase word it may ("Kims Großvater", "Kim Jong Uns kleine Schwester"), before
    another name word not ("Vargas Llosa"), and so
    after a noun ("Das Erbe Silvio Berlusconis.", "Ein Sprecher Putins."). At the end of
    its run before punctuation, with no noun before the name, or right after a role noun
    with a full name (apposition: "Rekordhalter Amanal Petros (2:04:59)"), it is the
    name's own -s ("von Lisa Paus (Grüne)"). ``after`` is the text right after the run."""
    if i + 1 < len(out):
        if out[i + 1].connector:
            return False
        # before a word that may be a name, a word the lists know as a name in its own
        # right, or a given name's genitive form, is that name ("Andreas Menzel", "Vargas
        # Llosa", "Vasilis Toliopoulos"); before a noun it is the genitive ("Kims Großvater")
        k = out[i].key
        if not _german_name_word(out[i + 1], lex):
            return True
        own = k in evidence.given_names() or k in evidence.surnames()
        if k[:-1] in lex.gaz.known_tokens and not own:
            return True  # a person the gazetteer knows before a rare noun: "Barack Obamas Rettungsaktion"
        return not (own or lex.is_given(k[:-1]) or k[:-1] in evidence.given_names())  # "Vasilis Toliopoulos"
    if after[:1].isspace() and (after[1:2].isalpha() or after[1:2] in "„\"»«"):
        return True  # "Kim Jong Uns kleine Schwester", "Putins „Wegwerf-Agenten“"
    j = i - 1
    while j >= 0 and not out[j].connector and _german_name_word(out[j], lex):
        j -= 1
    if j < 0 or out[j].connector:
        return False
    return j == i - 1 or not german.role_noun(out[j].text)


def _german_name_word(tok: Token, lex: Lexicon) -> bool:
    k = tok.key
    if lex.is_given(k) or k in evidence.given_names() or k in lex.gaz.known_tokens:
        return True
    if german.role_noun(tok.text) or german.noun_shaped(tok.text):
        return False
    return plausible.zipf(tok.text.lower(), "de") < plausible.VOCABULARY_ZIPF


def _genitive(tok: Token, lex: Lexicon, language: str | None) -> None:
    """German genitive -s on a name ("Kim Jong Uns", "Kims Abwesenheit"): the name's key,
    marked possessive; the capitalised noun after it is not part of the name."""
    if language != "de" or not tok.key.endswith("s") or tok.key in lex.gaz.known_tokens:
        return
    stem = tok.key[:-1]
    listed = stem in evidence.surnames() and tok.key not in evidence.surnames() and tok.key not in evidence.given_names()
    if stem in lex.gaz.known_tokens or lex.is_given(stem) or listed:
        # "Silvio Berlusconis": a surname the lists know, in the genitive
        tok.key, tok.possessive, tok.boundary_after = stem, True, True


def _initial(tok: Token) -> bool:
    """One capital letter, with or without a full stop: "Lorenz M", "Henrik P." are not full names."""
    return len(tok.key) == 1


def _initials_before_last(names: list[Token]) -> bool:
    """Every initial among the words sits right before the surname ("George H. W. Bush",
    "Karen E. Laine"), none before more words ("Moss L. Sci Transl Med")."""
    inner = [_initial(t) for t in names[1:-1]]
    if not any(inner):
        return False
    first = inner.index(True)
    return all(inner[first:]) and all(t.text.endswith(".") for t, i in zip(names[1:-1], inner, strict=True) if i)


def _initials(tok: Token) -> bool:
    """"D.H.", "J.D.": two or more initials."""
    return bool(re.fullmatch(r"(?:[^\W\d_]\.){2,}", tok.text))


def _surname_like(tok: Token, lex: Lexicon, limit: float = 0.0) -> bool:
    """A word that may be a surname: listed as one, known, or rarer in English than
    ``limit`` (Zipf) and no place: after a given name no list doubts ("Joaquin"), any
    non-word ("Phoenix" 3.9; not "Garlic" 4.2); after a listed given name that is not
    a word (``SURNAME_ZIPF``: "Pennetier"; not "Collector", "Lodge"); after one that is a
    word (``STRICT_SURNAME_ZIPF``: "Grace Schulman"; "Success Mindset" is a phrase)."""
    k = tok.key
    if k in evidence.surnames() or k in lex.gaz.known_tokens:
        return True
    if plausible.zipf(k) >= (limit or SURNAME_ZIPF):
        return False
    # a given name no list doubts carries a surname that is a word elsewhere ("Kurt Busch")
    return limit >= LISTED_SURNAME_ZIPF or not (plausible.is_vocabulary_anywhere(k) or plausible.is_place(k))


# A word this frequent in English (Zipf) is vocabulary, not a surname, unless a list
# knows it as one: "collector" 3.9, "lodge" 4.1, "telegram" 3.6; surnames sit lower
# ("schulman" 1.9, "ledger" 3.5 is the border).
SURNAME_ZIPF = 3.5
# After a listed given name that is also a word ("Grace", "Harvey") the same limit
# holds ("Weinstein" 3.3, "Hanks" 3.2 pass; "Mindset" 3.9 does not).
STRICT_SURNAME_ZIPF = SURNAME_ZIPF
# After a listed given name that is no word ("Joaquin") a more common word may follow:
# "Phoenix" 4.2; "Lane" 4.6 is a listed surname anyway.
LISTED_SURNAME_ZIPF = 4.3


def _name_shaped(names: list[Token], lex: Lexicon) -> bool:
    """Every word could be part of a name: no ordinary vocabulary of any language (a
    surname the name statistics list may be: "Smith"), no initial-less glue."""
    tail = _initials_before_last(names)
    for i, t in enumerate(names):
        bare = _ARTICLE_PREFIX.sub("", t.text)
        if tail and 0 < i < len(names) - 1 and len(t.key) == 1:
            continue  # a middle initial ("Karen E. Laine")
        if len(t.key) < 2 or not bare[:1].isupper():
            return False  # "el-Beblawi" is name-shaped, "iPhone" is not
        if t.key in evidence.surnames() or lex.is_listed_given(t.key) or t.key in lex.gaz.known_tokens or _syllable_name(t):
            continue
        if plausible.is_vocabulary(t.key) or plausible.is_vocabulary_anywhere(t.key) or plausible.is_place(t.key):
            return False
    return True


# Longest part of a hyphenated romanised given name ("Soon-Yi", "Ji-Woo", "Jong-un").
MAX_SYLLABLE = 4


def _syllable_name(t: Token) -> bool:
    """A capitalised romanised given name of two short syllables joined by a hyphen
    ("Soon-Yi", "Ji-Woo"), at least one of them no English word; "Hip-Hop" is two words."""
    parts = t.text.split("-")
    return (
        len(parts) == 2 and t.text[:1].isupper() and all(p.isalpha() and 2 <= len(p) <= MAX_SYLLABLE for p in parts)
        and not all(plausible.is_vocabulary(p.lower()) for p in parts)
    )


_SENTENCE_END = re.compile(r"""(?:^|[.!?:;\n—–]|[.!?:]['"’”)\]])[\s"“‘'(\[]*$""")
# a quotation opening after a space also opens a sentence ("signs that said 'Impeach Trump'")
_QUOTATION_OPENS = re.compile(r"""(?:^|[\s(\[])['‘"“]$""")
_PREVIOUS_WORD = re.compile(r"([\w.’'-]+)[ \t\u00a0]+$")


def _previous_word(before: str) -> str | None:
    """``_PREVIOUS_WORD.search(before).group(1)`` (or None) read from the end: the regex's
    search tries every position of the window and backtracks through each word (speed 2)."""
    end = len(before) - 1 if before.endswith("\n") else len(before)  # "$" also matches before a final newline
    i = end
    while i and before[i - 1] in " \t\u00a0":
        i -= 1
    if i == end:
        return None
    j = i
    while j and (before[j - 1].isalnum() or before[j - 1] in "_.’'-"):  # \w is isalnum() or "_"
        j -= 1
    return before[j:i] if j < i else None


# An age written as one hyphenated word ("Seventeen-year-old", "17-Year-Old", "Six-month-old").
_AGE_COMPOUND = re.compile(r"^[\w]+-(?:year|month|week|day)s?-old$", re.IGNORECASE)


def _strip_leading(idx: list[int], toks: list[Token], lex: Lexicon, text: str) -> list[int]:
    """Drop the words before the name proper.

    A bare capital letter (a position or list marker: "S Damarious Randall") and an age
    written as one hyphenated word ("Seventeen-year-old Stone") always go. Ordinary vocabulary that is neither a given name nor a known name token goes
    when it only opens the sentence ("Hosting Cook at Dreamforce", "Bahkan Jokowi") or
    ends an office's name ("Ambassador to the European Union Gordon Sondland",
    "Director of Public Prosecution Eva-Marie Persson"), and only before a given name,
    a known name or more such vocabulary. Mid-sentence it may be a nickname ("Lakers
    great Magic Johnson"), and right after a title it is the name ("CEO Masayoshi Son").
    """
    names = [k for k in idx if not toks[k].connector]
    start = toks[idx[0]].start
    before = text[max(0, start - TITLE_WINDOW) : start]
    prev = _previous_word(before)
    prev_word = _strip_possessive(prev.lower().replace(".", ""))[0] if prev else ""
    if prev_word in lexicon.HONORIFICS or prev_word in lexicon.ROLE_HEADS:
        return idx
    office = prev_word in _TITLE_LINKS or prev_word in lexicon.TITLE_MODIFIERS
    opening = _opens_sentence(text, start)
    drop = 0
    while drop < len(names) - 1 and (len(toks[names[drop]].text) == 1 or _AGE_COMPOUND.match(toks[names[drop]].text)):
        drop += 1  # a list marker, or an age ("Seventeen-year-old Stone"): never part of a name
    if office or opening:
        n = drop
        while n < len(names) - 1 and _vocabulary_word(toks[names[n]], lex) and not (
            n == drop and len(names) - n >= 3 and unlisted.rare_listed_given(toks[names[n]].key, lex.is_listed_given(toks[names[n]].key))
        ):  # "Ard Jan Vetham, Capgemini's consultant": a listed given name opens a double one (round 18)
            n += 1
        nxt = toks[names[n]].key
        # after an office, the name starts at a given name; at a sentence start only a
        # name the gazetteer knows is safe (the opening word may be an unlisted given name)
        if n > drop and (nxt in lex.gaz.known_tokens or (office and lex.is_given(nxt))):
            drop = n
        elif office and n == drop and n < len(names) - 2 and _place_word(toks[names[n]], lex) and lex.is_given(toks[names[n + 1]].key):
            # "U.S. Attorney for Massachusetts Joshua Levy": the office's place, then a
            # given name and a surname (a lone word after the place stays: "Texas Austin")
            drop = n + 1
        elif prev_word == "of" and drop < len(names) - 2 and _office_city(toks[names[drop]], toks[names[drop + 1]], lex):
            drop += 1  # "Mayor of London Sadiq Khan": a city some list has as a given name
    if not drop:
        return idx
    keep = idx[idx.index(names[drop]) :]
    return keep


def _title_tail_word(names: list[int], toks: list[Token], lex: Lexicon) -> bool:
    """Right after a title, an English word that no list has as a name, before a given name
    the lists trust and more of the name, ends the title ("Mother Superior Marie Clare
    Millea"); an unlisted word there is the name ("CEO Masayoshi Son")."""
    if len(names) < 3:
        return False
    first, nxt = toks[names[0]], toks[names[1]]
    k = first.key
    if not plausible.is_vocabulary(k) or lex.is_given(k) or k in evidence.given_names() or k in evidence.surnames() or k in lex.gaz.known_tokens:
        return False
    return (lex.is_given(nxt.key) or evidence.strong_given(nxt.key)) and nxt.key not in lex.gaz.surnames


def _office_city(tok: Token, nxt: Token, lex: Lexicon) -> bool:
    """After an office's "of", a city of a million people or a country (though some name
    list has it as a given name: "London", "Jordan"), then a given name the lists trust
    ("Sadiq"): the city ends the office, "Mayor of London Sadiq Khan" is Sadiq Khan."""
    k = tok.key
    if k in lex.gaz.known_tokens or not (plausible.is_major_city(k) or plausible.is_region(k)):
        return False
    return (lex.is_given(nxt.key) or evidence.strong_given(nxt.key)) and nxt.key not in lex.gaz.surnames and nxt.key not in evidence.surnames()


def _region_given(names: list[Token]) -> bool:
    """A country that the name statistics list as a given name, no word, before a surname
    they list that is no country or state: "Chad Smith", "Kenya Barris"; not "Texas Austin", "Georgia Tech".
    A listed given name between them is a middle name ("Chad Michael Murray")."""
    if len(names) == 3 and shapes.middle_given_name(names[1].key):
        names = [names[0], names[2]]
    last = names[-1].key
    return (
        len(names) == 2 and evidence.strong_given(names[0].key) and last in evidence.surnames()
        and not plausible.is_region(last)
    )


def _lowercase_in_article(rest: list[Token], j: _Judge, lex: Lexicon) -> bool:
    """A word after a given name that only the name statistics list is written in lowercase
    elsewhere in the article ("the Tor Browser" ... "the browser", "Meta Verified" ...
    "verified pages"): a common noun of the text, not a surname. Words no list has as a
    surname and English enough to be written so (Zipf :data:`DESCRIPTOR_ZIPF`)."""
    texts = j.texts()
    for t in rest:
        k = t.key
        low = t.text.lower()
        if not t.text[1:].islower() or (low not in j.words() if j.long() and _WORD_RUN.fullmatch(low) else not any(low in x for x in texts)):
            continue  # the cheap test first: the lowercase form nowhere in the text (in a long one, as a word of its own)
        if k in evidence.surnames() or k in lex.gaz.known_tokens or plausible.zipf(k) < DESCRIPTOR_ZIPF:
            continue
        # a word of prose, not part of an address ("tracey.crouch.mp@parliament.uk")
        # (the look-behind after the word, whose letters the regex then searches fast: speed 2)
        lower = re.compile(rf"{re.escape(low)}(?<![\w’'@./-]{re.escape(low)})(?![\w’'@-])(?!\.\w)")
        if any(lower.search(x) for x in texts):
            return True
    return False


def _org_word(key: str) -> bool:
    """An organisation word, also in the plural ("Vail Resorts", "Marriott Hotels") unless a
    surname list has the plural ("Rosa Parks", "Tyra Banks"), or a word that ends in a long
    one (:data:`MIN_ORG_TAIL` letters) after a few letters of its own ("Microsystems",
    "Biotechnologies", "Eurotunnel" does not end in one)."""
    if key in lexicon.ORG_WORDS:
        return True
    if key.isalpha() and len(key) >= MIN_ORG_TAIL + 3 and key not in evidence.surnames() and _org_tail(key):
        return True
    if not key.endswith("s") or key in evidence.surnames():
        return False
    return key[:-1] in lexicon.ORG_WORDS or (key.endswith("es") and key[:-2] in lexicon.ORG_WORDS)


# The shortest organisation word a longer word may end in ("systems" in "Microsystems");
# shorter ones end surnames ("Hightower" in "tower", "Whitepark" in "park").
MIN_ORG_TAIL = 7


@lru_cache(maxsize=4096)
def _org_tail(key: str) -> bool:
    return any(key.endswith(w) for w in _LONG_ORG_WORDS if len(key) - len(w) >= 3)


_LONG_ORG_WORDS = tuple(sorted(w for w in lexicon.ORG_WORDS if len(w) >= MIN_ORG_TAIL and w.isalpha()))


def _opens_sentence(text: str, start: int) -> bool:
    return _sentence_end(text[max(0, start - TITLE_WINDOW) : start]) or bool(_QUOTATION_OPENS.search(text[max(0, start - 2) : start]))


def _sentence_end(window: str) -> bool:
    """``_SENTENCE_END.search(window)`` read from the window's end (speed 2: the search tried
    every position): after the spaces and opening quotes that end it, the window starts, a
    sentence's end stands, or one of those spaces is a line break."""
    p = len(window)
    while p and (window[p - 1].isspace() or window[p - 1] in "\"“‘'(["):  # \s is isspace()
        p -= 1
    if p == 0 or "\n" in window[p:] or window[p - 1] in ".!?:;—–":
        return True
    return p >= 2 and window[p - 1] in "'\"’”)]" and window[p - 2] in ".!?:"


def _leading_descriptor(idx: list[int], toks: list[Token], lex: Lexicon, text: str = "") -> bool:
    """The first of three or more words is an English word (Zipf :data:`DESCRIPTOR_ZIPF`)
    that no list knows as a given name ("Vendor", "Cartoonist"), and a given name the lists
    trust follows it: the first word describes the person named after it. A word no
    list knows may be an unlisted given name ("Yunfan Gerry Zhang") and stays. A word a
    surname list has goes only where a sentence opening (in ``text``) puts a capital on it
    ("Farmer Chad Smith said"; mid-sentence it may be a double surname)."""
    if len(idx) < 3 or any(toks[k].connector for k in idx[:2]):
        return False
    first, second = toks[idx[0]], toks[idx[1]]
    k = first.key
    if _occupation_compound(k) and (lex.is_given(second.key) or second.key in evidence.given_names()) and not second.connector:
        return True  # "Singer-guitarists Tom Johnston and ...": occupation nouns joined by a hyphen
    if len(k) < 4 or not k.isalpha() or _initial(second) or is_cyrillic(first.text) or k in lex.gaz.known_tokens:
        return False
    if k in evidence.surnames() and (plausible.zipf(k) < SURNAME_ZIPF or not _opens_sentence(text, first.start)):
        return False  # "Farmer" (4.2) opening a sentence describes; "Carrillo" does not
    if lex.is_given(k) or k in evidence.given_names() or k in lexicon.ARTICLE_WORDS or plausible.zipf(k) < DESCRIPTOR_ZIPF:
        return False  # any listed given name may open a three-word name ("June Carter Cash")
    return (lex.is_given(second.key) or evidence.strong_given(second.key)) and second.key not in lex.gaz.surnames


# A word that some name list has as a given name opens a name unless it is at least this
# common an English word ("boss" 4.8; "sarah" 4.5 and "billy" 4.3 are the lexicon's given names)
ROLE_WORD_GIVEN_ZIPF = 4.5


def _leading_role_word(idx: list[int], toks: list[Token], lex: Lexicon, texts: tuple[str, str]) -> bool:
    """The first word of a run is a word before the person's name, not part of it, by how
    the article uses the run: an English word (Zipf :data:`DESCRIPTOR_ZIPF`, or one the
    article puts before another capitalised run) that the lexicon has as no given name,
    before a given name and a surname, where the article either writes the surname alone
    elsewhere ("Boss Graeme Souness felt" ... "Souness said", "Referee Graham Poll said"
    ... "said Poll"), or puts the same word before another person's name ("the late Beatle
    George Harrison" ... "Former Beatle Sir Paul McCartney"; the word or its plural English,
    not "Nirmal Baby Varghese" ... "Nirmal Varghese"). The surname alone counts only where a
    sentence opening, not a title's full stop ("Dr. Sanjay"), explains the word's capital;
    two words stay ("Olympian Tomlinson": an unlisted given name and a surname open
    sentences as often). A word a name list
    has as a given name goes only when it is a common English word ("Boss"; "Grace",
    "Hope" also in the lexicon's ordinary vocabulary stay: :data:`ROLE_WORD_GIVEN_ZIPF`)."""
    words = [k for k in idx if not toks[k].connector]
    if len(words) < 2 or toks[idx[1]].connector:
        return False
    first = toks[idx[0]]
    k = first.key
    if len(k) < 4 or not k.isalpha() or not first.text[1:].islower() or is_cyrillic(first.text):
        return False
    if lex.is_given(k) or evidence.strong_given(k) or k in lex.gaz.known_tokens or k in evidence.surnames():
        return False
    listed = k in evidence.given_names()
    zipf = plausible.zipf(k)
    if listed and zipf < ROLE_WORD_GIVEN_ZIPF:
        return False
    second = toks[idx[1]]
    if _initial(second) or not second.text[:1].isupper():
        return False
    last = toks[words[-1]]
    if len(words) < 3:
        return False
    if not (lex.is_given(second.key) or evidence.strong_given(second.key) or second.key in evidence.given_names()):
        return False
    prev = _previous_word(texts[0][max(0, first.start - TITLE_WINDOW) : first.start])
    after_title = prev is not None and prev.rstrip(".").lower() in lexicon.HONORIFICS  # "Dr. Sanjay ..."
    if _opens_sentence(texts[0], first.start) and not after_title and zipf >= DESCRIPTOR_ZIPF and _surname_alone(last, texts, first.start):
        return True
    if zipf < DESCRIPTOR_ZIPF and plausible.zipf(k + "s") < DESCRIPTOR_ZIPF:
        return False  # no English word, nor its plural ("Beatle"): maybe a given name ("Nirmal Baby Varghese")
    # the same word before another capitalised run (its next word another one's, or a title)
    again = re.compile(rf"(?<![\w’'-]){re.escape(first.text)}[ \t\u00a0]+([A-Z][\w’'-]*)")
    return any(m.group(1) != second.text for x in texts for m in again.finditer(x))


def _surname_alone(last: Token, texts: tuple[str, str], start: int) -> bool:
    """The article writes ``last`` alone as a name somewhere besides the run at ``start``:
    no capitalised word right before it but an honorific or a function word, and none right
    after it ("Souness said", "Mr Addink", "But Souness said"; not "is Dhani Harrison")."""
    pat = re.compile(rf"(?<![\w’'-]){re.escape(last.text)}(?![\w-])")
    for n, x in enumerate(texts):
        for m in pat.finditer(x):
            if n == 0 and start <= m.start() <= last.end:
                continue  # the run itself
            before = _previous_word(x[max(0, m.start() - TITLE_WINDOW) : m.start()])
            after = re.match(r"[ \t\u00a0]+([A-Z])", x[m.end() : m.end() + 3])
            word = before.rstrip(".").lower() if before else ""
            if after or (before and before[:1].isupper() and word not in lexicon.HONORIFICS and word not in lexicon.STOPWORDS):
                continue  # "is Dhani Harrison", "Dhani Harrison said": another name's surname; "But Souness said" is alone
            return True
    return False


def _occupation_compound(key: str) -> bool:
    """Occupation nouns joined by hyphens, also in the plural ("singer-guitarists",
    "singer-songwriter"); a hyphenated word with any other part is not one ("Anglo-Saxon")."""
    parts = key.split("-") if "-" in key else key.split(" ")  # the folded key writes the hyphen as a space
    if len(parts) < 2 or not all(p.isalpha() for p in parts):
        return False
    last = parts[-1][:-1] if parts[-1].endswith("s") and not evidence.occupation(parts[-1]) else parts[-1]
    return all(evidence.occupation(p) for p in [*parts[:-1], last])


def _leading_agent_noun(idx: list[int], toks: list[Token], lex: Lexicon) -> int:
    """How many words before the name proper make a noun for someone from a place or a
    trade: a place + "-er" ("Londoner", "New Yorker") or, after another word, an English
    word + "-er" ("Wall Streeter"), no given name itself, before a given name the lists
    trust and at least one more word; else 0. After a given name the word is part of the
    name ("Mary Hollander Smith")."""
    if len(idx) < 3 or any(toks[k].connector for k in idx):
        return 0
    for p in range(min(MAX_AGENT_POSITION + 1, len(idx) - 2)):
        t = toks[idx[p]]
        k = t.key
        if len(k) < MIN_AGENT_NOUN or not k.endswith("er") or lex.is_given(k) or k in evidence.given_names() or k in lex.gaz.known_tokens:
            continue
        stem = k[:-2]
        if not (plausible.is_place(stem) or (p and plausible.is_vocabulary(stem))):
            continue
        if any(lex.is_given(toks[i].key) or toks[i].key in evidence.given_names() for i in idx[:p]):
            return 0
        nxt = toks[idx[p + 1]].key
        if lex.is_given(nxt) or evidence.strong_given(nxt):
            return p + 1
    return 0


# Nouns for someone from a country that sports and tabloid news put before a name ("Brit
# Jay Ajayi", "Aussie Ash Barty"); "Dane", "Finn" are given names first and stay out.
DEMONYM_NOUNS = frozenset(
    """
    brit brits scot scots aussie aussies kiwi kiwis yank yanks swede swedes turk turks
    welshman welshwoman irishman irishwoman englishman englishwoman scotsman scotswoman
    frenchman frenchwoman dutchman dutchwoman spaniard
    """.split()
)


def _leading_demonym(idx: list[int], toks: list[Token], lex: Lexicon) -> int:
    """1 when the run opens with a noun for someone from a country (:data:`DEMONYM_NOUNS`)
    before a given name the lists trust and at least one more word ("Brit Jay Ajayi"); else 0.
    "Brit Marling" (two words) is a given name and a surname."""
    if len(idx) < 3 or any(toks[k].connector for k in idx[:2]) or toks[idx[0]].key not in DEMONYM_NOUNS:
        return 0
    nxt = toks[idx[1]].key
    # a compound in -man/-woman ("Dutchman", "Frenchwoman") is never anyone's name: the words
    # after it are the name whatever the lists know of them ("Dutchman Arnoud Okken")
    return 1 if lex.is_given(nxt) or evidence.strong_given(nxt) or _compound_demonym(toks[idx[0]].key) else 0


def _compound_demonym(key: str) -> bool:
    """A demonym noun made with -man or -woman ("dutchman", "irishwoman"), or "spaniard"."""
    return key == "spaniard" or key.endswith(("man", "woman"))


# the shortest "-er" noun of a place or a trade ("Yorker"): shorter ones are words or names ("Baker")
MIN_AGENT_NOUN = 6
# the furthest word the noun may be from the run's start ("Fellow New Yorker Jane Doe": 2)
MAX_AGENT_POSITION = 2


def _named_storm(idx: list[int], toks: list[Token], texts: tuple[str, str]) -> bool:
    """A run opened by a weather-system word ("Storm", "Hurricane", "Tropical Storm") in an
    article that also writes that word in lowercase ("the storm battered"): a named storm.
    Without the lowercase word the capital may be a given name ("Storm Reid")."""
    words = [toks[k] for k in idx if not toks[k].connector]
    head = next((t for t in words[:2] if t.key in lexicon.WEATHER_SYSTEMS), None)
    if head is None or len(words) < 2 or head is words[-1]:
        return False
    lower = re.compile(rf"(?<![\w’'-]){head.key}s?(?![\w’'-])")
    return any(lower.search(t) for t in texts)


def _quoted_start(text: str, start: int) -> bool:
    """The run opens right after an opening quote (a title of a work: “Broadway Danny Rose”)."""
    return start > 0 and text[start - 1] in _OPEN_QUOTES


# An English word at least this frequent (Zipf) before a given name and a surname
# describes the person ("vendor" 3.8, "agent" 4.8); unlisted given names are rarer
# ("yunfan", "lokesh" below 3).
DESCRIPTOR_ZIPF = 3.0


def _vocabulary_word(tok: Token, lex: Lexicon) -> bool:
    """Ordinary vocabulary in some language that is neither a given name nor a known name token."""
    if lex.is_given(tok.key) or tok.key in lex.gaz.known_tokens:
        return False
    if shapes.foreign_word_given_name(tok.key):
        return False  # "the Refugee Council Enver Solomon": a Turkish word, a given name in English text
    return plausible.is_vocabulary_anywhere(tok.key)


def _place_word(tok: Token, lex: Lexicon) -> bool:
    """A place or region that is neither a given name nor a known name token ("Massachusetts")."""
    if lex.is_given(tok.key) or tok.key in lex.gaz.known_tokens:
        return False
    return plausible.is_region(tok.key) or plausible.is_place(tok.key)


_AMP_PERSON = re.compile(r"[ \t]*&[ \t]*([A-Z][a-z]+)[ \t]+[A-Z][a-z]")
_AFTER_BRAND = re.compile(r"[ \t]*(?:[®™©]|&[ \t]*[A-Z])")
# A citation's year and volume right after a run: the run is the journal ("Sci Transl
# Med. 2010;2(46)", "Intern Med 2013 Jan;52"); a person's name is never followed so.
_AFTER_JOURNAL = re.compile(r"\.?[ \t]+(?:1[89]|20)\d\d(?:[ \t]+[A-Z][a-z]{2}(?:[ \t]+\d{1,2})?)?[;:]")
# An acronym and capitalised words right after a run ("NHS Foundation Trust").
# A book's publisher stands right before the ISBN in a reference; an author never does.
_AFTER_ISBN = re.compile(r"[.,][ \t]+ISBN\b")
# A price list ("... Foil Cutter with Carry Pouch for $16.95 (list price $24.99)"): the
# run and the words up to the price, and back to the previous item, are a product's
# title-case name with only function words in lowercase (no verb, no prose).
_PRICE_AHEAD = re.compile(r"for(?<!\wfor)[ \t\u00a0]+\$\d")  # r"\bfor...", the word's start tested after it (speed 2: a literal is searched fast)
_ITEM_START = re.compile(r"(?:\n|\$\d[\d.,]*\)?)[^\n$]*$")
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")
PRICE_LIST_ITEMS = 3  # "for $N" this often in the text: a list of priced items
_PRICE_ITEM_WORDS = frozenset("x oz qt ml lb lbs in ft".split())


@lru_cache(maxsize=8)
def _price_positions(text: str) -> tuple[int, ...]:
    """Where the text's prices ("for $N") start (once per text, not per run)."""
    return tuple(m.start() for m in _PRICE_AHEAD.finditer(text))


def _priced_item(text: str, start: int, end: int) -> bool:
    """The run sits in the title-case name of a priced item of a price list: a price
    ("for $N") follows within the item, the text has :data:`PRICE_LIST_ITEMS` of them,
    and between the item's start and its price every lowercase word is a function
    word ("with", "and") or a unit ("oz"): "John Smith sold it for $5" has a verb."""
    prices = _price_positions(text)
    if len(prices) < PRICE_LIST_ITEMS:
        return False
    i = bisect_left(prices, end)
    if i == len(prices) or prices[i] - end > 200 or "\n" in text[end : prices[i]]:
        return False
    head = text[max(0, start - 200) : start]
    item = _ITEM_START.search(head)
    before = item.group(0) if item else head
    words = _LOWER_WORD.findall(before + " " + text[end : prices[i]])
    return all(w in lexicon.STOPWORDS or w in _PRICE_ITEM_WORDS for w in words)


# The next or the previous item of an enumeration of people: "<Given> <Surname>".
_LIST_NEXT = re.compile(r"^(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)([A-Z][a-z]+)[ \t]+[A-Z][\w’'-]+")
_LIST_PREVIOUS = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)[ \t]+[A-Z][\w’'-]+,[ \t]*(?:and[ \t]+)?$")


def _in_name_list(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The run is an item of a list of full names: a given name and a surname, joined by
    a comma or "and", right after or right before it."""
    nxt = _LIST_NEXT.match(text[end : end + 50])
    prev = _LIST_PREVIOUS.search(text[max(0, start - 50) : start])
    return any(m is not None and lex.is_given(fold(m.group(1))) for m in (nxt, prev))


_AFTER_ACRONYM = re.compile(r"[ \t]+[A-Z]{2,}\b((?:[ \t]+[A-Z][a-z]+){1,4})")
_AFTER_FACILITY = re.compile(r"[ \t]+([a-z]+)")
# A market job right after a run and a capitalised name after the job: the run is the
# employer ("Piper Jaffray analyst Gene Munster", "Morgan Stanley chief economist Ellen
# Zentner"). Jobs one person holds for another ("Biden adviser", "Trump lawyer") are not here.
_AFTER_FIRM_JOB = re.compile(
    r"[ \t]+(?:(?:senior|chief|lead|equity|market|investment|global|head)[ \t]+)*"
    r"(?:analysts?|economists?|strategists?|traders?|bankers?)[ \t]+[A-Z][a-z]"
)
# A team's position or star right after a run and a capitalised name after it: the run is
# the team ("Memphis Hustle guard Marquis Teague", "Cleveland Cavaliers star LeBron James").
# Jobs one person holds for another ("coach", "agent", "teammate") are not here.
_AFTER_TEAM_JOB = re.compile(
    r"[ \t]+(?:(?:starting|relief|backup|veteran|rookie|reserve|star)[ \t]+)*"
    r"(?:guard|forward|pitcher|catcher|shortstop|outfielder|infielder|quarterback|linebacker|cornerback|"
    r"striker|midfielder|defender|goalkeeper|winger|defenseman|defenceman|star)[ \t]+[A-Z][a-z]"
)
# a state's abbreviation ("Va.", "Okla."; not a degree, "Ph.D.") or a lowercase compass word after a comma
# A month's abbreviation there is a date ("Scott Hassler, Oct. 28–29"), no state.
_AFTER_PLACE = re.compile(
    r",[ \t]+(?:(?:north|south|east|west|central|northern|southern|eastern|western)[ \t]+[A-Z]"
    r"|(?!(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.[ \t]*\d)([A-Z][a-z]{1,3})\.(?![A-Za-z])(?![ \t]*[A-Z][a-z]))"
)
_POST_NOMINALS = frozenset("esq".split())  # "John Doe, Esq." is a person
_OPEN_QUOTES, _CLOSE_QUOTES = "“\"‘«", "”\"’»"


class _Weak:
    """The verdict of :func:`_plausible` for a run that is a person only if the article says so."""

    def __repr__(self) -> str:
        return "WEAK"


WEAK = _Weak()
# the verdict for a given name and a surname that are both words ("Taylor Swift", "Kanye
# West"): kept where the article lists it among people or uses the surname alone as a person's
WEAK_WORDS = _Weak()
# the evidence of a weak candidate whose last word is a common noun ("Steve Jobs"): only a
# title, an initial, a speech verb or an age at a lone use of that word makes it a person
WEAK_NOUN = "weak:noun"


def _cue(seg: list[Token], text: str, language: str | None = None) -> str | None:
    """A person's cue right before or after the run (an occupation noun, a speech verb, an
    age, a handle), or None."""
    end = seg[-1].end + (2 if seg[-1].possessive else 0)
    # a role phrase after the name is read in English only (its determiners and its
    # prepositions are English): ", el abogado de la Infanta" is another construction
    return evidence.cue_before(text, seg[0].start) or evidence.cue_after(text, end) or (
        evidence.role_after(text, end) if language in (None, "en") else None
    )


def _plausible(seg: list[Token], names: list[Token], following: Token | None, text: str, lex: Lexicon, titled: bool, language: str | None = None) -> bool | _Weak:
    """False when the run is an organisation, brand, work, place or plain vocabulary;
    :data:`WEAK` when only the rest of the article can tell (see :func:`resolve._accept_weak`)."""
    if (any(_org_word(t.key) for t in names[1:]) or names[-1].key in _ORG_OR_POST) and not (
        len(names) == 2 and lex.is_given(names[0].key) and names[-1].key in evidence.surnames() and (
            titled or _cue(seg, text, language) is not None
            # in an enumeration of full names the word is a surname ("Catherine Whitaker, David Law and Matt Roberts")
            or (language in (None, "en") and _in_name_list(text, seg[0].start, seg[-1].end + (2 if seg[-1].possessive else 0), lex))
        )
    ):
        # "Trump Tower", "Walt Disney Co", "Jonas Brothers Added"; after a title, or with a
        # person's cue around it, a surname the lists know is a surname ("Judge David Hall",
        # "Ellie Hall tweeted")
        return False
    if following is not None and following.key in _ORG_OR_POST:
        return False  # "Moscow Times", "the Frank Erwin Centennial Chair"
    start, end = seg[0].start, seg[-1].end + (2 if seg[-1].possessive else 0)
    after = text[end : end + 40]
    amp = _AMP_PERSON.match(after)
    if _AFTER_BRAND.match(after) and not (
        # "Ariana Grande & Billie Eilish": two people, when given names open both runs
        amp and len(names) == 2 and _any_given(names[0].key, lex) and _any_given(fold(amp.group(1)), lex)
    ):
        return False  # "Don Victor® Honey", "Eve Door & Window"
    acronym = _AFTER_ACRONYM.match(after)
    if acronym and any(fold(w) in lexicon.ORG_WORDS for w in acronym.group(1).split()):
        return False  # "Royal Marsden NHS Foundation Trust": an institution's name around an acronym
    if _AFTER_JOURNAL.match(after):
        return False  # "Ann Intern Med. 1995;123", "Ann Rheum Dis. 2014: p.": a cited journal's abbreviation
    if not titled and len(names) > 1 and (_AFTER_FIRM_JOB.match(after) or _AFTER_TEAM_JOB.match(after)) and not any(t.key in lex.gaz.known_tokens for t in names[-1:]):
        return False  # "Piper Jaffray analyst Gene Munster", "Memphis Hustle guard Marquis Teague": the employer of the person named next
    if _AFTER_ISBN.match(after):
        return False  # "Wellington: John McIndoe. ISBN 0-86868": a cited book's publisher
    if _priced_item(text, start, end):
        return False  # "Foil Cutter with Carry Pouch for $16.95": a product in a price list
    m = _AFTER_FACILITY.match(after)
    if m and m.group(1) in lexicon.FACILITY_WORDS:
        return False  # "Walter Reed hospital", "Van Buren counties"
    p = _AFTER_PLACE.match(after)
    if p and not titled and not (p.group(1) and fold(p.group(1)) in lexicon.NAME_SUFFIXES | _POST_NOMINALS):
        return False  # "Glen Allen, Va.", "Glen Eden, west Auckland": a town and its state or region
    if len(names) < 2:
        return True
    if (
        language in (None, "en") and len(names) == 2 and seg[-1].possessive and _titled_role_after(text, end)
        and not _DETERMINER_BEFORE.search(text[max(0, start - 8) : start])  # "the Rose Garden’s Captain ...": a place's
        and (_any_given(names[0].key, lex) or (names[0].key in evidence.given_names() and names[-1].key in evidence.surnames()))
    ):
        return True  # "Chris Pine’s Captain James T. Kirk": an actor and the titled character he plays
    if language in (None, "en") and _mailed(text, end, names):
        return True  # "Write to Al Root at allen.root@example.com": the surname is the address's
    if len(names) == 2 and not titled and _initials(names[-1]):
        return False  # "Washington D.C.": a name puts its initials before the surname, a place its abbreviation after it
    if start and (
        (text[start - 1] in _OPEN_QUOTES and (text[end : end + 1] in _CLOSE_QUOTES or (text[end : end + 1] in ",." and text[end + 1 : end + 2] in _CLOSE_QUOTES)))
        or (text[start - 1] == "„" and text[end : end + 1] in "“”")  # German quotes: Klassiker „David Copperfield“
    ):
        # a quoted title of a work, a nickname or a test: “Mary Poppins”, “Green Run”, dubbed “Agent Smith,”
        return False
    if start and text[start - 1] in _OPEN_QUOTES and _QUOTED_TITLE_REST.match(text[end : end + 80]):
        # the quote goes on in capitalised words only, then closes: a work's title
        # (a poem called “Winter Solstice, Camelot Station,”), never a quoted sentence
        return False
    first, last = names[0].key, names[-1].key
    given = lex.is_given(first)
    gaz = lex.gaz
    if (
        any(t.connector and t.key in _PLACE_PARTICLES for t in seg) and not _caps_initials(names[0])
        and plausible.is_vocabulary_anywhere(first) and not lex.is_listed_given(first) and not titled
    ):
        return False  # "Gare du Nord", "Rue de la Paix": a common noun before a particle names a place
    if first in lexicon.ARTICLE_WORDS and not titled and last not in gaz.surnames and not (
        len(names) == 2 and names[0].text[:1].isupper() and last in evidence.surnames() and not plausible.is_vocabulary_anywhere(last)
    ):
        return False  # "Al Qur'an", "El Paso"; the gazetteer knows "Al Gore"; "Al Pacino" is a surname the lists know
    # a given name of the name statistics and a surname of the surname lists that are both
    # words ("Taylor Swift", "Kanye West", "Karl Urban"): a person only where the article says so
    word_name = (
        language in (None, "en") and len(names) == 2 and not titled and first in evidence.given_names()
        and last in evidence.surnames() and first not in plausible.COMPASS and not names[1].text.isupper()
        and not plausible.is_region(last) and not _initials(names[0])
    )
    if first in plausible.COMPASS or (last in plausible.COMPASS and not given):
        return WEAK_WORDS if word_name and not lex.is_given(last) else False  # "West Virginia", "Inner Mongolia", "Kowloon West"
    if not given and (plausible.is_place(" ".join(t.key for t in seg)) or (plausible.is_region(first) and not _region_given(names))) and not (
        len(names) == 2 and plausible.is_region(first) and not plausible.is_region(last) and not plausible.is_place(last)
        and _cued_full_name(seg, names, text, language)
    ):
        # "Little Rock", "San Jose", "Texas Austin" (a state and a city); not "Chad Hawk,
        # vice president of PMG" (a listed given name, no place after it, a person's cue)
        return False
    joined = " ".join(t.key for t in names)
    if not titled and any(joined.endswith(end) and plausible.is_place(joined[: -len(end)]) for end in _DEMONYM_ENDINGS):
        return False  # "Sri Lankan", "New Zealander": the people of a place, no one's name
    if not titled and names[-1].text.rstrip(".") in _STREET_ABBREVIATIONS:
        return False  # "Washington St", "Oakley Ave.": a street
    if not titled and names[-1].key in _STREET_WORDS and _HOUSE_NUMBER_BEFORE.search(text[max(0, start - 12) : start]):
        return False  # "2 Willow Lane": a house number and a street
    if not titled and _THE_BEFORE.search(text[max(0, start - 5) : start]):
        return False  # "The Eliza Jane in New Orleans": a capitalised "The" opens a venue's or a work's name

    if len(names) == 2 and not titled and plausible.is_vocabulary(first) and not lex.is_listed_given(first) and _plural_noun(names[1], lex) and not (
        given and language in (None, "en") and _in_name_list(text, start, end, lex)  # "Harry Kane, and John Stones"
    ):
        # "Golden Globes", "Rose Gardens", "Open Windows": a word before a plural noun; when
        # the word is a given name, the article may still use the noun alone as a person
        # ("Steve Jobs" ... "Jobs said")
        return WEAK if given else False
    if len(names) == 2 and given and not titled and _english_noun(names[1], lex) and not _in_name_list(text, start, end, lex):
        # "Maria Lodge", "Art Collector": a given name before an English common noun is a
        # thing, unless the article uses that noun alone as a person ("Steve Jobs" ...
        # "Jobs said": a weak candidate, kept only on that evidence); in an enumeration of
        # full names it is a surname ("Chris Sale, Rick Porcello, and David Price")
        return WEAK
    if len(names) > 1 and plausible.is_region(last) and last not in evidence.surnames() and not titled:
        return False  # "Lexus Philippines": a brand and a country
    if first in _SAINT_WORDS and not titled:
        return False  # "Saint Mary's College", "San Jose", "St. Louis": places and institutions

    def vocabulary(t: Token) -> bool:
        if len(t.key) < 2 or "." in t.text:
            return False  # an initial
        return plausible.is_vocabulary(t.key) and not lex.is_given(t.key) and t.key not in gaz.known_tokens

    if all(vocabulary(t) for t in names[1:]) and ((not given and vocabulary(names[0])) or (given and len(names) > 2)) and not _cued_full_name(seg, names, text, language) and not (
        titled and language in (None, "en") and phrases.listed_full_name([t.key for t in names])  # "Senator Karen Bass" (round 17)
    ):
        # "Blue Moon", "Human Rights", "Hunter Seat Medal Final"; a given name before
        # one ordinary word stays a name ("Tom Young", "Danny Green"), and so does an
        # unusual first word before one ("CEO Masayoshi Son"), and a listed given name
        # and surname a person's cue follows ("Murray Jones explained")
        return WEAK_WORDS if word_name else False
    return True


# After a run opened by a quote: more capitalised words only (commas, colons between), then the closing quote.
_QUOTED_TITLE_REST = re.compile(r"^(?:[,:;]?[ \t\u00a0]+[A-Z][\w’'-]*)+[,.!?]?[”\"’»]")
_ABBR = frozenset(a.lower() for a in lexicon.ABBREVIATIONS)
_PLACE_PARTICLES = frozenset("du de des del della la le".split())
_GERMAN_ARTICLES = frozenset("der den dem des das die".split())
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|at|az|ul)[\-’']")
# Words that link a title to what follows it rather than to a person.
_TITLE_LINKS = frozenset("of the for to and a an his her their its our".split())
_DEMONYM_ENDINGS = ("n", "an", "er", "ese")
# capitalised abbreviations of street types; a surname is never written so
_STREET_ABBREVIATIONS = frozenset("St Ave Rd Blvd Ln Hwy Pkwy".split())
# Street types after a house number ("2 Willow Lane", "14 Mill Road").
_STREET_WORDS = frozenset("lane road street avenue drive way court close crescent terrace place boulevard".split())
_HOUSE_NUMBER_BEFORE = re.compile(r"(?<![\d,.])\d{1,5}[a-zA-Z]?[ \t]+$")
_THE_BEFORE = re.compile(r"(?<![\w’'-])The[ \t]+$")
_CLOCK_BEFORE = re.compile(r"\d[ \t]*$")
_DOTTED = re.compile(r"^(?:\w\.){2,}$")


_PHRASE_STOPS = frozenset("\n\"“”:;()!?|")  # characters no title phrase runs across


def title_before(text: str, start: int) -> str | None:
    """The title phrase right before ``start`` ("former U.S. President", "Mr."), or None.

    A comma is allowed once, right after the phrase ("his defense minister, Sergei Shoigu"),
    though not after one capitalised word that a comma opens: a list item ("Beyonce, Prince,
    Destiny's Child").
    """
    window = text[max(0, start - TITLE_WINDOW) : start]
    size = len(window)
    first = last = None  # (start, end, word) in the window
    comma_ok = True
    # the window's words from its end, only as far as the phrase goes (speed 2: not all of them)
    for w in patterns().title_word_reversed.finditer(window[::-1]):
        w_start, w_end, word = size - w.end(), size - w.start(), w.group(0)[::-1]
        tail = window[w_end : (last[0] if last else size)]
        if not _PHRASE_STOPS.isdisjoint(tail):  # a line's end, a quote, a colon, brackets; "|": a table cell ends
            break
        if word == ",":
            if last is None and comma_ok:
                comma_ok = False
                continue
            break
        low, _ = _strip_possessive(word.lower())
        if low.endswith(".") and low[:-1] not in _ABBR and not _DOTTED.match(low):
            break  # a full stop that ends the previous sentence
        low = low.replace(".", "")
        if low not in lexicon.TITLE_WORDS and ("-" not in low or _title_key(low) not in lexicon.TITLE_WORDS) and not _abbreviated_role(word):
            break
        first = (w_start, w_end, word)
        if last is None:
            last = first
    if first is None or last is None:  # last is set whenever first is
        return None
    if _CLOCK_BEFORE.search(window[: first[0]]) and first[2].lower().replace(".", "") in ("pm", "am"):
        return None  # "6:30 PM Leaves ...": a time of day, not a prime minister
    if not comma_ok and first is last and first[2][:1].isupper() and window[: first[0]].rstrip().endswith(","):
        return None  # "Beyonce, Prince, Destiny's Child": a list item between commas, not a title
    phrase_words = [w for w in patterns().title_word.finditer(window) if first[0] <= w.start() <= last[0]]
    while phrase_words and _strip_possessive(phrase_words[0].group(0).lower())[0] in lexicon.TITLE_LEADING_NOISE:
        phrase_words = phrase_words[1:]
    heads = [w for w in phrase_words if _title_key(_strip_possessive(w.group(0).lower().replace(".", ""))[0]) in _HEADS or _abbreviated_role(w.group(0))]
    if not heads:
        return None
    if _strip_possessive(phrase_words[-1].group(0).lower())[0] in _TITLE_LINKS:
        return None  # "chairman of the Joint Chiefs", "director of Inner Mongolia": the name is the office's object
    return window[phrase_words[0].start() : phrase_words[-1].end()]


MODEL = "model"  # Candidate.evidence: a Russian run the NER model tags as a person (cleaners.names.model_ru)


def apply_model(
    text: str, found: list[Candidate], orphans: list[Candidate], spans: list[tuple[int, int, str]], gaz: Gazetteer, language: str | None
) -> tuple[list[Candidate], list[Candidate]]:
    """Let the Russian NER model's spans decide what the rules could not.

    * a run of two or more name words the model tags PER, which the rules left alone or
      kept only as weak, is a name (evidence ``model``): "Лукаш Подольски" (a given name
      no list knows);
    * a lone capitalised word the model tags PER is kept as an orphan (a same-article
      full name or the gazetteer must still say who it is);
    * a Cyrillic run the rules took for a name but the model tags a place or an
      organisation, and nowhere a person, is dropped ("Ново-Огарево"); a gazetteer alias stays.
    """
    lex = lexicon_for(gaz)
    per = [(s, e) for s, e, t in spans if t == "PER"]
    other = [(s, e) for s, e, t in spans if t != "PER"]

    def overlaps(c: Candidate, ranges: list[tuple[int, int]]) -> bool:
        return any(s < c.end and c.start < e for s, e in ranges)

    kept = []
    for c in found:
        cyrillic = is_cyrillic(text[c.start : c.end])
        if cyrillic and c.kind != "alias" and overlaps(c, other) and not overlaps(c, per):
            continue
        if cyrillic and c.kind == "weak" and overlaps(c, per) and len(c.name_tokens()) >= 2:
            c.kind, c.evidence = "name", MODEL
        kept.append(c)
    covered = [(c.start, c.end) for c in kept]
    lone = {(o.start, o.end) for o in orphans}
    for s, e in per:
        if any(a < e and s < b for a, b in covered) or not is_cyrillic(text[s:e]):
            continue
        toks = [t for t in _tokens(text[s:e], s, lex, language) if not t.connector]
        if not toks or not all(t.text[:1].isupper() for t in toks):
            continue
        if len(toks) >= 2:
            kept.append(Candidate(toks, "name", evidence=MODEL))
        elif (toks[0].start, toks[0].end) not in lone and len(toks[0].text) > 1:
            orphans.append(Candidate(toks, "single"))
    kept.sort(key=lambda c: c.start)
    return kept, orphans
