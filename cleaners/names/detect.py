"""Candidate person mentions: capitalised name runs, titles before them, possessives.

Detection knows the gazetteer's aliases and surnames plus a given-name lexicon;
it proposes spans, :mod:`cleaners.names.resolve` decides who they are.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache

from cleaners.names import lexicon
from cleaners.names.gazetteer import Gazetteer, english_given_names
from cleaners.names.keys import cyrillic_nominatives, fold, is_cyrillic

# Longest title phrase looked at before a name, in characters ("the Russian
# Foreign Ministry spokeswoman" is 37): bounds the backward scan per mention.
TITLE_WINDOW = 80
# Longest name of a person outside the gazetteer, in tokens ("Luiz Inácio Lula
# da Silva" is 6 with particles); longer capitalised runs are titles of works or organisations.
MAX_UNKNOWN_TOKENS = 5


@lru_cache(maxsize=1)
def _upper_class() -> str:
    """A regex character class of every uppercase / titlecase letter in the BMP."""
    chars = [c for c in map(chr, range(sys.maxunicode if sys.maxunicode < 0x10000 else 0x10000)) if c.isupper() or c.istitle()]
    ranges, start, prev = [], None, None
    for c in chars:
        o = ord(c)
        if prev is not None and o == prev + 1:
            prev = o
            continue
        if start is not None:
            ranges.append((start, prev))
        start = prev = o
    ranges.append((start, prev))
    return "[" + "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]"


@dataclass(frozen=True)
class _Patterns:
    run: re.Pattern
    token: re.Pattern
    title_word: re.Pattern


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    up = _upper_class()
    abbr = "|".join(lexicon.ABBREVIATIONS)
    prefix = r"(?:(?:al|el|ad|as|ash|at|az|ben|bin|abu|abd|ibn|d|o)['’\-])?"
    word = rf"{prefix}{up}[\w’'\-]*(?<![’'\-])"
    token = rf"(?:{up}\.){{2,}}|(?:{abbr})\.|{up}\.(?=[ \t\u00a0])|{word}"
    conn = "|".join(sorted(lexicon.CONNECTORS, key=len, reverse=True))
    sep = rf"[ \t\u00a0]+(?:(?:{conn})[ \t\u00a0]+)*"
    run = rf"(?<![\w’'\-])(?:{token})(?:{sep}(?:{token}))*"
    return _Patterns(
        run=re.compile(run),
        token=re.compile(rf"{token}|\b(?:{conn})\b"),
        title_word=re.compile(r"[\w][\w.’'\-]*|,"),
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
        self.given = (english_given_names() | lexicon.EXTRA_GIVEN_NAMES | gaz.given_names) - lexicon.STOPWORDS
        self.gaz = gaz

    def token_key(self, text: str) -> str:
        """Folded key; an inflected Cyrillic token maps to the known nominative when there is one."""
        key = fold(text)
        if is_cyrillic(text) and key not in self.gaz.known_tokens and key not in self.given:
            for form in cyrillic_nominatives(text)[1:]:
                k = fold(form)
                if k in self.gaz.known_tokens or k in self.given:
                    return k
        return key


@lru_cache(maxsize=4)
def lexicon_for(gaz: Gazetteer) -> Lexicon:
    return Lexicon(gaz)


def _tokens(run: str, offset: int, lex: Lexicon) -> list[Token]:
    out: list[Token] = []
    gaz = lex.gaz
    for m in patterns().token.finditer(run):
        raw = m.group(0)
        if raw in lexicon.CONNECTORS:
            out.append(Token(raw, offset + m.start(), offset + m.end(), raw, connector=True))
            continue
        text, poss = _strip_possessive(raw)
        start = offset + m.start()
        key = lex.token_key(text)
        if "-" in text and key not in gaz.aliases and key not in gaz.surnames:
            parts = text.split("-")
            if any(lex.token_key(p) in gaz.surnames or lex.token_key(p) in gaz.aliases for p in parts):
                pos = start
                for p in parts:  # "Trump-Putin summit": two people, never one name
                    out.append(Token(p, pos, pos + len(p), lex.token_key(p), boundary_after=True))
                    pos += len(p) + 1
                out[-1].possessive = poss
                continue
        out.append(Token(text, start, start + len(text), key, possessive=poss, boundary_after=poss))
    return out


def _is_title(tok: Token) -> bool:
    return tok.key.replace(".", "") in lexicon.TITLE_WORDS


def _is_head(tok: Token) -> bool:
    k = tok.key.replace(".", "")
    return k in lexicon.HONORIFICS or k in lexicon.ROLE_HEADS


def _honorific(title: str) -> bool:
    """Mr./Mrs./Dr. make a lone unknown word a surname; a role alone does not ("Foreign Minister Out?")."""
    last = title.split()[-1].lower().rstrip(".")
    return last in lexicon.HONORIFICS


def _separator(tok: Token, prev: Token | None) -> bool:
    """A token that cannot be part of a person's name here."""
    k = tok.key
    if tok.connector:
        return False
    if len(tok.text) > 1 and tok.text.isupper() and "." not in tok.text and not is_cyrillic(tok.text):
        return True  # acronyms and shouted headline words
    if k in lexicon.STOPWORDS or _is_title(tok):
        # "Mrs. May", "President Will": a stop word right after a title is a name
        return not (prev is not None and _is_head(prev) and k not in lexicon.TITLE_WORDS)
    return False


def candidates(text: str, gaz: Gazetteer) -> tuple[list[Candidate], list[Candidate]]:
    """(candidates, orphans): spans that may name a person; orphans are lone capitalised
    words that only a same-document full name can make a person ("Bondarev")."""
    lex = lexicon_for(gaz)
    found: list[Candidate] = []
    orphans: list[Candidate] = []
    for m in patterns().run.finditer(text):
        toks = _tokens(m.group(0), m.start(), lex)
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
                if ids is None:
                    bare = [k for k in keys[1:-1] if len(k) == 1]
                    if bare:
                        ids = gaz.aliases.get(" ".join([keys[0]] + [k for k in keys[1:-1] if len(k) > 1] + [keys[-1]]))
                if ids and not toks[j].connector:
                    hit = (j + 1, ids)
                if toks[j].boundary_after:
                    break
                j += 1
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
            if taken[k] or _separator(toks[k], toks[k - 1] if k else None):
                _judge(stretch, toks, lex, found, orphans, text, following=None if taken[k] else toks[k])
                stretch = []
                continue
            stretch.append(k)
            if toks[k].boundary_after:
                _judge(stretch, toks, lex, found, orphans, text)
                stretch = []
        _judge(stretch, toks, lex, found, orphans, text)
    found.sort(key=lambda c: c.start)
    return found, orphans


def _judge(idx: list[int], toks: list[Token], lex: Lexicon, found: list, orphans: list, text: str, following: Token | None = None) -> None:
    while idx and toks[idx[-1]].connector:
        idx = idx[:-1]
    while idx and toks[idx[0]].connector:
        idx = idx[1:]
    if not idx:
        return
    seg = toks[idx[0] : idx[-1] + 1]
    names = [t for t in seg if not t.connector]
    if names[-1].key in lexicon.ORG_WORDS or (following is not None and following.key in lexicon.ORG_WORDS):
        return  # "Trump Tower", "Moscow Times"
    gaz = lex.gaz
    title = title_before(text, seg[0].start)
    titled = title is not None
    if len(names) == 1:
        tok = names[0]
        if tok.key in gaz.surnames or (titled and _honorific(title)):
            found.append(Candidate(seg, "single", titled=titled))
        elif len(tok.text) > 1 and tok.text[0].isupper():
            orphans.append(Candidate(seg, "single"))
        return
    first = names[0].key
    patronymic = is_cyrillic(names[-1].text) and names[-1].text.lower().endswith(("вич", "вна", "ична"))
    if (first in lex.given or titled or patronymic) and len(names) <= MAX_UNKNOWN_TOKENS:
        found.append(Candidate(seg, "name", titled=titled))
    elif names[-1].key in gaz.surnames and names[0].key not in gaz.surnames and len(names) == 2:
        # an unknown first word before a known surname is a given name the lexicon lacks ("Jeb Bush")
        found.append(Candidate(seg, "name", titled=titled))
    else:
        # headline case ("Lavrov Rebuff Pompeo") or a place ("Khan Sheikhoun"): each word
        # is a person only if this document names someone in full with that surname
        orphans.extend(Candidate([t], "single") for t in names if len(t.text) > 1)


_ABBR = frozenset(a.lower() for a in lexicon.ABBREVIATIONS)
_DOTTED = re.compile(r"^(?:\w\.){2,}$")


def title_before(text: str, start: int) -> str | None:
    """The title phrase right before ``start`` ("former U.S. President", "Mr."), or None.

    A comma is allowed once, right after the phrase ("his defense minister, Sergei Shoigu").
    """
    window = text[max(0, start - TITLE_WINDOW) : start]
    words = list(patterns().title_word.finditer(window))
    first = last = None
    comma_ok = True
    for w in reversed(words):
        tail = window[w.end() : (last.start() if last else len(window))]
        if "\n" in tail or any(c in tail for c in "\"“”:;()!?"):
            break
        word = w.group(0)
        if word == ",":
            if last is None and comma_ok:
                comma_ok = False
                continue
            break
        low, _ = _strip_possessive(word.lower())
        if low.endswith(".") and low[:-1] not in _ABBR and not _DOTTED.match(low):
            break  # a full stop that ends the previous sentence
        low = low.replace(".", "")
        if low not in lexicon.TITLE_WORDS:
            break
        if last is None:
            last = w
        first = w
    if first is None:
        return None
    phrase_words = [w for w in words if first.start() <= w.start() <= last.start()]
    while phrase_words and _strip_possessive(phrase_words[0].group(0).lower())[0] in lexicon.TITLE_LEADING_NOISE:
        phrase_words = phrase_words[1:]
    heads = [w for w in phrase_words if _strip_possessive(w.group(0).lower().replace(".", ""))[0] in lexicon.HONORIFICS | lexicon.ROLE_HEADS]
    if not heads:
        return None
    return window[phrase_words[0].start() : phrase_words[-1].end()]
