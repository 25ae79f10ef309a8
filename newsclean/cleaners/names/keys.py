"""Comparison keys for names: accent- and script-folded, and transliteration-blind.

>>> fold("Nicolás  Maduro’s")
"nicolas maduro's"
>>> fold("Лавров")
'lavrov'
>>> variant_key("Yevgeniy") == variant_key("Evgeny") == variant_key("Jewgeni")
True
"""
from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

_SPACES = re.compile(r"[\s\-‐‑–]+")
_DROP = re.compile(r"[.\u02b9\u02bc\u0361]")  # full stops and transliteration marks (ʹ, ʼ, ͡)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# Russian case endings, longest first: a Cyrillic surname or given name in running
# text is often inflected (Лаврова, Путину, Сергеем); the nominative is the stem
# plus "" or "й" ("Сергея" -> "Сергей").
_CYRILLIC_ENDINGS = ("ым", "им", "ом", "ем", "ой", "ою", "а", "у", "е", "я", "ю")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase ASCII form: accents and scripts folded (anyascii), hyphens as spaces, no dots."""
    text = anyascii(_DROP.sub("", text)).lower().replace("’", "'").replace("`", "'")
    return _SPACES.sub(" ", text).strip()


def key_of(tokens: list[str] | tuple[str, ...]) -> str:
    """Key of a token sequence: folded tokens joined by one space."""
    return " ".join(f for f in (fold(t) for t in tokens) if f)


def is_cyrillic(text: str) -> bool:
    return not text.isascii() and bool(_CYRILLIC.search(text))  # speed 2: ASCII text, no search


def cyrillic_nominatives(token: str) -> list[str]:
    """Candidate dictionary forms of an inflected Cyrillic name token (the token itself first)."""
    out = [token]
    low = token.lower()
    for end in _CYRILLIC_ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= 3:
            stem = token[: -len(end)]
            out += [stem, stem + "й", stem + "а" if end != "а" else stem]
    return out


_VARIANT_RULES = (
    (re.compile(r"^(?:ye|je|ie|jo|yo)"), lambda m: "e" if m.group(0)[1] == "e" else "o"),
    (re.compile(r"shch|sch"), "sh"),
    (re.compile(r"tch"), "ch"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"tz"), "ts"),
    (re.compile(r"w"), "v"),
    (re.compile(r"[jy]"), "i"),
    (re.compile(r"'"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
)


@lru_cache(maxsize=65536)
def variant_key(token: str) -> str:
    """A spelling key blind to the usual transliteration choices for Cyrillic names.

    Sergey/Sergei/Sergej, Dmitry/Dmitri/Dmitriy, Yevgeny/Evgeny/Yevgeniy,
    Zelensky/Zelenskyy/Zelenskiy all share a key; vowels and consonant skeletons
    otherwise stay, so Maria and Mario do not.
    """
    s = fold(token).replace(" ", "")
    for pattern, repl in _VARIANT_RULES:
        s = pattern.sub(repl, s)
    return s
