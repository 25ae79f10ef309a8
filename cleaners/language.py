"""Language identification (ISO 639-1) with py3langid, which ships its model."""
from __future__ import annotations

from functools import lru_cache

UNKNOWN = "und"
MIN_CHARS = 20  # below this, identification is noise


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """Return (ISO 639-1 code, probability); ``("und", 0.0)`` when too little text."""
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < MIN_CHARS:
        return UNKNOWN, 0.0
    lang, prob = _identifier().classify(sample)
    return lang, float(prob)
