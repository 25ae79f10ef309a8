"""Russian person, place and organisation spans from a trained model (slovnet NER).

The model is slovnet's ``slovnet_ner_news_v1`` (a CNN-CRF tagger trained on Russian
news, Nerus corpus; PER/LOC/ORG) over the ``navec_news_v1`` word embeddings, both by
the Natasha project (MIT). The two files ship inside the ``natasha`` wheel from PyPI
(``natasha/data/``); they are read from the installed package, never downloaded, and
natasha's own code is never imported. Loading takes about a second, once per process;
tagging costs about 15 ms per 1,000 characters on one core.

The rules stay in charge of what a mention resolves to (the gazetteer, nominative
lemmas, in-article coreference): the model only says which capitalised runs of a
Russian article are people and which are places or organisations
(:func:`cleaners.names.detect.apply_model`). Without the package (a trimmed install),
:func:`entities` returns ``None`` and the rules work alone.

Reading package data is the only I/O, as for the word lists of :mod:`cleaners.names.plausible`.
"""
from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

EMBEDDINGS = "emb/navec_news_v1_1B_250K_300d_100q.tar"
NER_MODEL = "model/slovnet_ner_news_v1.tar"
# The model reads at most this many characters of one article (a longer article is tagged in its
# first CHUNK_LIMIT characters; the rules read all of it).
CHUNK_LIMIT = 60_000
# Paragraphs are tagged in batches; one paragraph longer than this is cut at sentence ends.
PARAGRAPH_CHARS = 2_000
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _data_dir() -> Path | None:
    spec = importlib.util.find_spec("natasha")  # the package's location only: natasha is not imported
    if spec is None or not spec.submodule_search_locations:
        return None
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    return data if (data / EMBEDDINGS).exists() and (data / NER_MODEL).exists() else None


@lru_cache(maxsize=1)
def _tagger() -> Any | None:
    data = _data_dir()
    if data is None:
        return None
    try:
        from navec import Navec
        from slovnet import NER
    except ImportError:
        return None
    ner = NER.load(str(data / NER_MODEL))
    ner.navec(Navec.load(str(data / EMBEDDINGS)))
    return ner


def available() -> bool:
    """Whether the model and its embeddings are installed."""
    return _tagger() is not None


def _pieces(text: str) -> list[tuple[int, str]]:
    """(offset, piece): paragraphs, long ones cut after a sentence end, up to CHUNK_LIMIT characters."""
    out: list[tuple[int, str]] = []
    for m in re.finditer(r"[^\n]+", text[:CHUNK_LIMIT]):
        start, para = m.start(), m.group(0)
        while len(para) > PARAGRAPH_CHARS:
            cut = max(para.rfind(". ", 0, PARAGRAPH_CHARS), para.rfind("! ", 0, PARAGRAPH_CHARS), para.rfind("? ", 0, PARAGRAPH_CHARS))
            cut = cut + 2 if cut > 0 else PARAGRAPH_CHARS
            out.append((start, para[:cut]))
            start, para = start + cut, para[cut:]
        if para.strip() and _CYRILLIC.search(para):
            out.append((start, para))
    return out


def entities(text: str, where: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str]] | None:
    """(start, end, type) of every PER, LOC and ORG span the model finds in ``text``; None without the model.

    ``where``: character ranges that matter; only the paragraphs (or pieces) holding one are tagged.

    >>> text = "Как заявил пресс-секретарь Кремля Дмитрий Песков, встреча прошла в Москве."
    >>> [(text[s:e], t) for s, e, t in entities(text)]
    [('Кремля', 'LOC'), ('Дмитрий Песков', 'PER'), ('Москве', 'LOC')]
    """
    ner = _tagger()
    if ner is None:
        return None
    pieces = _pieces(text)
    if where is not None:
        pieces = [(o, p) for o, p in pieces if any(s < o + len(p) and o < e for s, e in where)]
    out: list[tuple[int, int, str]] = []
    for (offset, _), markup in zip(pieces, ner.map([p for _, p in pieces]), strict=True):
        out.extend((offset + s.start, offset + s.stop, s.type) for s in markup.spans)
    return out
