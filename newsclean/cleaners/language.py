"""Language identification (ISO 639-1) with py3langid, which ships its model."""
from __future__ import annotations

from functools import lru_cache

from newsclean.cleaners import memo

UNKNOWN = "und"
MIN_CHARS = 20  # letters; below this, identification is noise
SAMPLE_CHARS = 5000  # the opening of an article decides; more only costs time

# py3langid's model also has ISO 639-3 labels. Varieties whose macrolanguage
# has an ISO 639-1 code map to it; "zxx" is "no linguistic content". Labels
# with no ISO 639-1 code (Venetian, Kabyle, Nigerian Pidgin, ...) give way to
# the best-ranked label that has one.
_TO_ISO639_1 = {
    "ary": "ar", "arz": "ar",  # Moroccan, Egyptian Arabic
    "wuu": "zh", "yue": "zh",  # Wu, Cantonese
    "uzs": "uz", "gug": "gn", "hbo": "he", "sdh": "ku", "ltg": "lv", "fuv": "ff", "kik": "ki",
}
_NO_LANGUAGE = "zxx"


def _load_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's model; decompressing it takes about a second, so the loaded model is memoized."""
    return memo.memoized("langid", _load_identifier, sources=[__file__])


def _iso639_1(label: str) -> str | None:
    return label if len(label) == 2 else _TO_ISO639_1.get(label)


def _has_letters(text: str, n: int) -> bool:
    """Whether ``text`` holds at least ``n`` letters (stops counting at ``n``: an article gets there at once).

    >>> _has_letters("12 34 ab", 2), _has_letters("12 34 a", 2)
    (True, False)
    """
    if n <= 0:
        return True
    for ch in text:
        if ch.isalpha():
            n -= 1
            if not n:
                return True
    return False


def detect_language(text: str) -> tuple[str, float]:
    """Return (ISO 639-1 code, probability); ``("und", 0.0)`` when too little text.

    >>> detect_language("Министр иностранных дел России заявил в четверг")[0]
    'ru'
    """
    sample = text[:SAMPLE_CHARS]
    if not _has_letters(sample, MIN_CHARS):
        return UNKNOWN, 0.0
    ranked = _identifier().rank(sample)
    if ranked[0][0] == _NO_LANGUAGE:
        return UNKNOWN, 0.0
    for label, prob in ranked:
        code = _iso639_1(label)
        if code:
            return code, float(prob)
    return UNKNOWN, 0.0
