"""Deduplication: exact and near-duplicate copies of one story, within a run and against the index.

Staged like datatrove's dedup (signature -> buckets -> verified pairs -> clusters),
over an explicit :class:`DedupIndex` that the flow loads from and appends to
``OUTPUT/_index/dedup/`` (:mod:`newsclean.store.dedup_index`); nothing here touches disk.

1. **Exact**: :func:`content_hash` of the normalized text (lowercase, punctuation,
   digits and whitespace folded). Copies differing only by quote style, spacing or
   numbers fall together before any MinHash work.
2. **Near**: MinHash (rensa) over word 5-shingles of the normalized text, LSH bands
   as candidate generator, and every candidate pair is *verified* before it may join
   two documents, so a loose band never chains unrelated stories: estimated Jaccard
   >= :data:`SURE_JACCARD`, or >= :data:`NEAR_THRESHOLD` with the shorter text
   contained in the longer (:data:`MIN_CONTAINMENT`, from the shingle counts), so two
   articles of one event sharing background paragraphs stay apart.
3. **Clusters**: verified edges, strongest first, join components (union-find); a
   component never takes in two different articles that are already published.
4. **Representative** (:func:`representative_key`): an article already in the index
   wins (a later copy points to its ``article_id``); otherwise the earliest
   ``published_date``, then the richest metadata, then the longest text, then input
   order.

In code, :func:`deduplicate` is a row of named stages, each a pure function:
:func:`select_live` (drop what the index holds, set aside repeated ids) ->
:func:`exact_groups` (step 1) -> :func:`index_exact_rows` -> :func:`group_signatures`
(MinHash only for groups the index does not know) -> :func:`candidate_pairs` ->
:func:`verify_pairs` (step 2) -> :func:`cluster_groups` (step 3) ->
:func:`choose_representatives` (step 4) -> :func:`verdicts_of` -> :func:`index_entries`.

Residue: lines shorter than one shingle (share widgets, "Advertisement", site
names, tag lists) contribute no shingles, so residue neither pulls copies apart
nor makes two articles of one site look alike (see :func:`shingle_hashes`).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Literal

import numpy as np
import rensa

_NON_WORD = re.compile(r"[\W\d_]+", re.UNICODE)

# --- parameters (changing any of them changes INDEX_FORMAT: old indexes are refused) ---

SHINGLE_WORDS = 5
"""Words per shingle. 5-grams: on generated syndication sets (make_set.py seeds 1-6)
the hardest negative pair (two stories quoting the same press release) had true
Jaccard 0.15 and all but mojibake-ruined copies were connected at >= 0.3; 3- and
4-grams raised the negatives (0.13 -> 0.165) for no recall gain."""

MIN_LINE_WORDS = SHINGLE_WORDS
"""Lines with fewer words hold no full shingle and are left out of the signature.
They are mostly residue (site name, "Share this article", tags, nav bars); article
paragraphs are sentences."""

LONG_LINE_SHARE = 0.5
"""...but only when the long lines hold at least this share of the document's words.
Where short lines are most of the text (lists, cheat sheets, verse, tables) they are
the content: every line is kept, a line shorter than a shingle being one shingle.
Otherwise two different lists from one site would be signed by their shared long
residue lines alone and look like copies."""

ROWS_PER_BAND = 3
NUM_BANDS = 42
NUM_PERM = ROWS_PER_BAND * NUM_BANDS
"""126 permutations in 42 bands of 3 rows: a pair becomes a candidate with
probability 1-(1-J^3)^42: 0.68 at J=0.3, 0.94 at J=0.4, 0.995 at J=0.5, while
unrelated text (J~0.01) gives ~4e-5 per pair. datatrove's 14x8 missed about a
third of edited copies (their J sits at 0.4-0.7 once truncated and re-headed);
21x6 reaches 0.5 only at J=0.6. Candidates are cheap because they are verified."""

NEAR_THRESHOLD = 0.3
"""Estimated Jaccard (share of equal signature values) a candidate pair needs to be
called a near duplicate. Measured on generated syndication sets: different stories
peak at 0.15 (shared quotes/press-release paragraphs), same-story copies (dropped
paragraph, 80% teaser, other residue, edited words) sit mostly at 0.45-0.9; 0.3 is
~4.5 standard errors of a 126-value estimate above 0.15. Seeds 000/001 (one story
told twice in other words) score ~0.0."""

SURE_JACCARD = 0.5
"""At or above this estimated Jaccard a verified pair is a near duplicate outright."""

MIN_CONTAINMENT = 0.8
"""Below :data:`SURE_JACCARD`, a pair is a near duplicate only when the shorter text lies
this much inside the longer one: estimated containment ``J (a + b) / ((1 + J) min(a, b))``
from the estimate J and the shingle counts a, b. A truncated, teaser or extended copy is
contained (Kilroy's launch story in the BBC's longer version: J 0.34, containment 0.94); two
articles of one event that share background paragraphs are not (the BBC's "Blair hails
Turkey-EU talks deal" and "Turkey deal 'to help world peace'": J 0.30, containment 0.47).
On 58 hand-judged pairs of real news (``bench/dedup_real.py``) the different articles
above NEAR_THRESHOLD reach 0.68 at most and the copies below SURE_JACCARD 0.88 at least.
A pair whose shingle counts are unknown (an index part written before the counts were
kept) is judged by NEAR_THRESHOLD alone."""

MINHASH_SEED = 20250101
"""Seed of rensa's permutations: part of the index format (signatures must be comparable)."""

SIGNATURE_BITS = 16
"""b-bit MinHash: only the low 16 bits of each value are kept (in the index and in
memory). Two different minima collide with probability 2^-16, which biases an
estimate by ~1.5e-5 and halves the index size (252 bytes a document)."""

MAX_BUCKET_NEIGHBOURS = 64
"""In one LSH bucket each document is paired with at most this many others (its
neighbours in bucket order). Buckets this large are mass copies or shared residue;
capping keeps the pair count linear, and a true copy still meets its story through
the other 41 bands or through the copies it is linked to."""

INDEX_FORMAT = (
    f"minhash-rensa{rensa.RMinHash.ALGORITHM_VERSION}-w{SHINGLE_WORDS}-l{MIN_LINE_WORDS}-{LONG_LINE_SHARE}"
    f"-p{NUM_PERM}-s{MINHASH_SEED}-b{SIGNATURE_BITS}-v2"
)
"""Written beside the index; an index built with other settings cannot be mixed in."""

_SIG_DTYPE = np.uint16
_SIZE_DTYPE = np.uint32
_U64 = np.uint64
# odd multipliers that place each word of a shingle (a position-dependent combination)
_SHINGLE_MULT = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD,
     0xC4CEB9FE1A85EC53, 0x2545F4914F6CDD1D, 0x94D049BB133111EB][:SHINGLE_WORDS],
    dtype=_U64,
)

Method = Literal["exact", "near"]


def normalize_for_hash(text: str) -> str:
    """Lowercase, fold punctuation, digits and whitespace: copies differing only there match.

    >>> normalize_for_hash("“Hello,” she said — 3 times.")
    'hello she said times'
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub(" ", folded).strip()


def content_hash(text: str) -> str:
    """The exact-duplicate key (sha256 hex of :func:`normalize_for_hash`)."""
    return hashlib.sha256(normalize_for_hash(text).encode("utf-8")).hexdigest()


WORDLESS_HASH = content_hash("")
"""The key of every text without a word ("2024 — 12", a lone table of figures): it
says nothing about sameness, so such documents are never exact-matched."""


# --------------------------------------------------------------------------- records


@dataclass(slots=True)
class DedupDoc:
    """What dedup needs of an article-to-be."""

    article_id: str
    content_hash: str
    text: str
    published_date: dt.date | None
    richness: int  # count of non-empty metadata fields
    length: int  # len(text)
    order: int  # position in the run: the last, deterministic tie-break
    # its MinHash signature when the caller already has it (then ``text`` is not read): a
    # streamed commit keeps only these keys, never the texts of a run (:func:`doc_keys`)
    signature: np.ndarray | None = None
    shingles: int = 0  # with ``signature``: its text's shingle count (0: unknown)


@dataclass(frozen=True, slots=True)
class Verdict:
    duplicate_of: str  # article_id of the representative
    similarity: float  # 1.0 for exact; estimated Jaccard to the representative for near
    method: Method


@dataclass(eq=False)  # numpy fields: compare the lists and arrays, not the objects
class DedupIndex:
    """Every document already judged: its id, the article it belongs to, its keys.

    ``representatives[i] == article_ids[i]`` for articles; for a duplicate it is the
    article it was folded into, so a later copy that resembles a duplicate more than
    the article still lands on the article. Rows are appended, never rewritten.
    """

    article_ids: list[str]
    representatives: list[str]
    content_hashes: list[str]
    signatures: np.ndarray  # (n, NUM_PERM) uint16
    sizes: np.ndarray | None = None  # (n,) uint32 shingle counts, 0 where unknown (None: all unknown)

    @classmethod
    def empty(cls) -> DedupIndex:
        return cls([], [], [], np.zeros((0, NUM_PERM), dtype=_SIG_DTYPE))

    @classmethod
    def concat(cls, parts: list[DedupIndex]) -> DedupIndex:
        parts = [p for p in parts if len(p)]
        if not parts:
            return cls.empty()
        if len(parts) == 1:
            return parts[0]
        return cls(
            [a for p in parts for a in p.article_ids],
            [r for p in parts for r in p.representatives],
            [h for p in parts for h in p.content_hashes],
            np.concatenate([p.signatures for p in parts]),
            np.concatenate([p.counts for p in parts]),
        )

    def __len__(self) -> int:
        return len(self.article_ids)

    def __post_init__(self) -> None:
        n = len(self.article_ids)
        if not (len(self.representatives) == len(self.content_hashes) == n and self.signatures.shape == (n, NUM_PERM)):
            raise ValueError(f"inconsistent DedupIndex: {n} ids, signatures {self.signatures.shape}")
        self.signatures = np.ascontiguousarray(self.signatures, dtype=_SIG_DTYPE)
        self.sizes = np.zeros(n, dtype=_SIZE_DTYPE) if self.sizes is None else np.asarray(self.sizes, dtype=_SIZE_DTYPE)
        if self.sizes.shape != (n,):
            raise ValueError(f"inconsistent DedupIndex: {n} ids, sizes {self.sizes.shape}")

    @property
    def counts(self) -> np.ndarray:
        """:attr:`sizes`, always an array once built (unknown counts are 0)."""
        assert self.sizes is not None  # __post_init__ fills it
        return self.sizes

    @cached_property
    def position(self) -> dict[str, int]:
        """article_id -> row (the first row if an id were ever appended twice)."""
        pos: dict[str, int] = {}
        for i, a in enumerate(self.article_ids):
            pos.setdefault(a, i)
        return pos

    @cached_property
    def by_content_hash(self) -> dict[str, int]:
        pos: dict[str, int] = {}
        for i, h in enumerate(self.content_hashes):
            pos.setdefault(h, i)
        return pos

    @cached_property
    def sorted_bands(self) -> tuple[np.ndarray, np.ndarray]:
        """Per band, the keys sorted and the rows in that order: (NUM_BANDS, n) each."""
        keys = band_keys(self.signatures).T  # (bands, n)
        order = np.argsort(keys, axis=1, kind="stable")  # stable: ties in row order on every CPU
        return np.take_along_axis(keys, order, axis=1), order


@dataclass(eq=False)
class DedupResult:
    """What :func:`deduplicate` decided.

    verdicts:        article_id -> Verdict for every doc that is a duplicate; a doc not
                     here (nor in ``already_indexed``) becomes an article.
    new_entries:     the rows to append to the index: every doc judged in this call,
                     articles *and* duplicates (with their representative), so a later
                     copy that resembles a duplicate more than its article still finds
                     the article, and a re-run recognises every input.
    already_indexed: article_ids of docs the index already holds (an earlier run took
                     them in): skipped, no verdict, no new row.
    by_order:        the verdicts keyed by ``DedupDoc.order``; the only place for a doc
                     that repeats the article_id of an earlier doc of the same batch.
    """

    verdicts: dict[str, Verdict]
    new_entries: DedupIndex
    already_indexed: set[str] = field(default_factory=set)
    by_order: dict[int, Verdict] = field(default_factory=dict)


RICHNESS_FIELDS = ("url", "title", "authors", "published_date", "description", "publication")
"""Metadata an analyst gets with the representative: the richer copy wins a date tie."""


def doc_from_article(article, order: int) -> DedupDoc:
    """A :class:`DedupDoc` for an :class:`schemas.models.Article` (``order``: its position in the run)."""
    return DedupDoc(
        article_id=article.article_id,
        content_hash=article.content_hash,
        text=article.text,
        published_date=article.published_date,
        richness=sum(1 for f in RICHNESS_FIELDS if getattr(article, f, None)),
        length=len(article.text),
        order=order,
    )


def doc_keys(article, order: int, signature: np.ndarray, shingles: int = 0) -> DedupDoc:
    """The :class:`DedupDoc` of an article without its text: ``signature`` and ``shingles``
    (one row of :func:`sign` of its text) stand for it. :func:`deduplicate` decides the same
    on these keys as on :func:`doc_from_article`, in ~0.5 kB a document instead of the text.
    """
    doc = doc_from_article(article, order)
    doc.text = ""
    doc.signature = signature
    doc.shingles = int(shingles)
    return doc


# --------------------------------------------------------------------------- signatures


def _mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finalizer: spreads a linear combination of word hashes over all bits."""
    x = x ^ (x >> _U64(30))
    x = x * _U64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> _U64(27))
    x = x * _U64(0x94D049BB133111EB)
    return x ^ (x >> _U64(31))


_BMP = 0x10000
_LETTER, _BREAK, _NFKC = 1, 2, 4  # character classes (bits) of _char_tables


@lru_cache(maxsize=1)
def _char_tables() -> tuple[np.ndarray, np.ndarray]:
    """For the Basic Multilingual Plane: each code point's class bits and its lowercase.

    _LETTER: part of a word (a letter or a combining mark; as for :func:`normalize_for_hash`
    digits, punctuation, symbols and spaces separate words). _BREAK: a line break.
    _NFKC: NFKC may change this letter (ligatures, full-width forms, combining
    sequences): a text holding one is normalized first; others skip that cost.
    (Symbols NFKC would spell out, like "™", stay word breaks.)
    """
    cls = np.zeros(_BMP, dtype=np.uint8)
    lower = np.arange(_BMP, dtype=np.uint32)
    for c in range(_BMP):
        ch = chr(c)
        cat = unicodedata.category(ch)
        if cat[0] in "LM":
            cls[c] |= _LETTER
            low = ch.lower()
            if len(low) == 1:
                lower[c] = ord(low)
            # marks and Hangul jamo may compose; ligatures, full-width and other
            # compatibility letters decompose
            if cat[0] == "M" or 0x1100 <= c < 0x1200 or unicodedata.normalize("NFKC", ch) != ch:
                cls[c] |= _NFKC
    for c in (0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029):
        cls[c] |= _BREAK
    return cls, lower


def _astral_letter(cp: np.ndarray) -> np.ndarray:
    """Outside the BMP: historic scripts (below U+1F000) and CJK extensions
    (U+20000-U+3FFFF) are letters; emoji and other symbols separate words."""
    return (cp < 0x1F000) | ((cp >= 0x20000) & (cp < 0x40000))


_CHUNK_CHARS = 1_000_000
"""Code points tokenized at once: the temporary arrays take ~40 bytes a code point,
so a chunk stays around 50 MB whatever the batch size (memory grows with the batch
only through the shingle hashes and signatures)."""

_THREADS = 2
"""Chunks tokenized in parallel (numpy releases the GIL); the issue's target machine has 2 cores."""

_HASH_BASE = 0x9E3779B97F4A7C15  # odd: invertible modulo 2**64
_HASH_BASE_INV = pow(_HASH_BASE, -1, 1 << 64)


@lru_cache(maxsize=4)
def _powers(size: int) -> tuple[np.ndarray, np.ndarray]:
    """B**i and B**-i modulo 2**64 for i < size (uint64 arithmetic wraps)."""
    pw = np.full(size, _HASH_BASE, dtype=_U64)
    inv = np.full(size, _HASH_BASE_INV, dtype=_U64)
    pw[0] = inv[0] = 1
    np.multiply.accumulate(pw, out=pw)
    np.multiply.accumulate(inv, out=inv)
    return pw, inv


def _chunk_shingles(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Shingle hashes of a few texts: (hashes in document order, count per document).

    Texts that NFKC would change in their letters are normalized and hashed apart,
    then spliced back in place (the rest of the chunk is not redone).
    """
    hashes, hash_docs, fix = _chunk_core(texts)
    if fix:
        sub_hashes, sub_docs, _ = _chunk_core([unicodedata.normalize("NFKC", texts[i]) for i in fix])
        keep = ~np.isin(hash_docs, fix)
        hashes = np.concatenate([hashes[keep], sub_hashes])
        hash_docs = np.concatenate([hash_docs[keep], np.asarray(fix, dtype=np.int64)[sub_docs]])
        order = np.argsort(hash_docs, kind="stable")
        hashes, hash_docs = hashes[order], hash_docs[order]
    return hashes, np.bincount(hash_docs, minlength=len(texts))


def _chunk_core(texts: list[str]) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """(shingle hashes, their document, documents to redo after NFKC).

    A word's hash is the polynomial sum of its lowercased letters (prefix sums over
    the whole chunk, rebased by the inverse power at the word's start), finished by
    splitmix64 with the word's length; ASCII is classified by arithmetic, the other
    code points through :func:`_char_tables`.
    """
    n = len(texts)
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n)
    doc_starts = np.zeros(n, dtype=np.int64)
    np.cumsum(lengths[:-1] + 1, out=doc_starts[1:])  # texts are joined by one newline
    cp = np.frombuffer("\n".join(texts).encode("utf-32-le"), dtype=np.uint32)
    size = len(cp)
    low = cp | np.uint32(0x20)  # ASCII lowercase (only letters are kept below)
    is_letter = (low - np.uint32(ord("a"))) < np.uint32(26)
    # control characters (line breaks among them) and non-ASCII go through the tables
    other = np.flatnonzero((cp - np.uint32(0x20)) >= np.uint32(0x60))
    fix: list[int] = []
    breaks = np.zeros(0, dtype=np.int64)
    if len(other):
        class_table, lower_table = _char_tables()
        ocp = cp[other]
        ocls = class_table[np.minimum(ocp, _BMP - 1)]
        astral = ocp >= _BMP
        ocls[astral] = np.where(_astral_letter(ocp[astral]), _LETTER, 0)
        sensitive = other[(ocls & _NFKC) != 0]
        if len(sensitive):
            docs = np.unique(np.searchsorted(doc_starts, sensitive, side="right") - 1)
            fix = [i for i in docs.tolist() if not unicodedata.is_normalized("NFKC", texts[i])]
        is_letter[other] = (ocls & _LETTER) != 0
        low[other] = np.where(astral, ocp, lower_table[np.minimum(ocp, _BMP - 1)])
        breaks = other[(ocls & _BREAK) != 0]

    # words: maximal runs of letters
    edges = np.flatnonzero(np.diff(is_letter, prepend=False, append=False))
    starts, ends = edges[0::2], edges[1::2]
    if len(starts) == 0:
        return np.zeros(0, dtype=_U64), np.zeros(0, dtype=np.int64), fix
    pw, inv = _powers(max(1 << 20, 1 << int(size).bit_length()))
    prefix = np.zeros(size + 1, dtype=_U64)
    np.multiply(low * is_letter, pw[:size], out=prefix[1:])  # non-letters weigh 0
    np.cumsum(prefix, out=prefix)
    del low, is_letter
    raw = (prefix[ends] - prefix[starts]) * inv[starts]
    del prefix
    word_hash = _mix64(raw ^ ((ends - starts).astype(_U64) << _U64(56)))
    word_at = starts

    # a word's line (breaks before it) and document, from where each line and document starts
    n_words = len(word_at)
    line = np.repeat(
        np.arange(len(breaks) + 1, dtype=np.int64),
        np.diff(np.searchsorted(word_at, breaks), prepend=0, append=n_words),
    )
    doc = np.repeat(np.arange(n, dtype=np.int64), np.diff(np.searchsorted(word_at, doc_starts), append=n_words))
    new_line = np.ones(len(line), dtype=bool)
    new_line[1:] = line[1:] != line[:-1]
    line_run = np.cumsum(new_line) - 1
    words_in_line = np.bincount(line_run)[line_run]
    long_line = words_in_line >= MIN_LINE_WORDS
    # short lines are left out only where long lines carry most of the words
    filtered = np.bincount(doc[long_line], minlength=n) >= LONG_LINE_SHARE * np.bincount(doc, minlength=n)
    keep = long_line | ~filtered[doc]
    segment = line[keep]
    wh, wdoc = word_hash[keep], doc[keep]

    k = SHINGLE_WORDS
    m = len(wh) - k + 1
    if m > 0:
        starts = np.flatnonzero(segment[:m] == segment[k - 1 :])
        acc = np.zeros(len(starts), dtype=_U64)
        for j in range(k):
            acc += wh[starts + j] * _SHINGLE_MULT[j]
        hashes, hash_docs = _mix64(acc), wdoc[starts]
    else:
        hashes, hash_docs = np.zeros(0, dtype=_U64), np.zeros(0, dtype=np.int64)

    # a line shorter than one shingle (kept in a list-like document) is one shingle
    new_seg = np.ones(len(segment), dtype=bool)
    new_seg[1:] = segment[1:] != segment[:-1]
    seg_first = np.flatnonzero(new_seg)
    seg_len = np.diff(np.append(seg_first, len(segment)))
    short = seg_first[seg_len < k]
    if len(short):
        lens = seg_len[seg_len < k]
        idx = np.repeat(short, lens) + (np.arange(lens.sum()) - np.repeat(np.cumsum(lens) - lens, lens))
        weighted = wh[idx] * _SHINGLE_MULT[idx - np.repeat(short, lens)]
        hashes = np.concatenate([hashes, _mix64(np.add.reduceat(weighted, np.cumsum(lens) - lens))])
        hash_docs = np.concatenate([hash_docs, wdoc[short]])
        order = np.argsort(hash_docs, kind="stable")
        hashes, hash_docs = hashes[order], hash_docs[order]
    return hashes, hash_docs, fix


def shingle_hashes(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Word-shingle hashes of every text: (flat uint64 hashes, row offsets of len(texts)+1).

    Text is NFKC-normalized and lowercased; anything but letters breaks words (as in
    :func:`normalize_for_hash`). Shingles never cross a line, and lines under
    :data:`MIN_LINE_WORDS` words are skipped unless they hold most of the text
    (:data:`LONG_LINE_SHARE`); a kept line shorter than a shingle is one shingle
    (no words: an empty set).

    Vectorized over code points (numpy): word and shingle hashes are fixed
    polynomial-style combinations finished by splitmix64, so they are the same in
    every process and version (the index keeps signatures across runs).
    """
    chunks: list[list[str]] = [[]]
    size = 0
    for text in texts:
        if chunks[-1] and size + len(text) > _CHUNK_CHARS:
            chunks.append([])
            size = 0
        chunks[-1].append(text)
        size += len(text) + 1
    if len(chunks) > 1:
        with ThreadPoolExecutor(_THREADS) as pool:
            results = list(pool.map(_chunk_shingles, chunks))
    else:
        results = [_chunk_shingles(chunks[0])] if texts else []
    hashes = [h for h, _ in results]
    counts = [c for _, c in results]
    offsets = np.zeros(len(texts) + 1, dtype=_U64)
    if texts:
        np.cumsum(np.concatenate(counts), out=offsets[1:])
    flat = np.concatenate(hashes) if hashes else np.zeros(0, dtype=_U64)
    return np.ascontiguousarray(flat, dtype=_U64), offsets


_SIGNATURE_BLOCK = 4096
"""Documents signed per rensa call: shingle hashes (~5 KB a document) live for one
block only, so memory grows with the batch by the signatures alone (252 bytes each)."""


def signatures(texts: list[str]) -> np.ndarray:
    """MinHash signatures, (len(texts), NUM_PERM) uint16 (see :data:`SIGNATURE_BITS`).

    A text with no word at all gets an all-zero signature; callers treat it as
    incomparable (:func:`deduplicate` never near-matches such documents).
    """
    return sign(texts)[0]


def sign(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """:func:`signatures` and each text's shingle count, (len(texts),) uint32: what
    :data:`MIN_CONTAINMENT` weighs (a repeated shingle counts twice; prose repeats few)."""
    sig = np.zeros((len(texts), NUM_PERM), dtype=_SIG_DTYPE)
    sizes = np.zeros(len(texts), dtype=_SIZE_DTYPE)
    mask = np.uint32((1 << SIGNATURE_BITS) - 1)
    for start in range(0, len(texts), _SIGNATURE_BLOCK):
        block = texts[start : start + _SIGNATURE_BLOCK]
        flat, offsets = shingle_hashes(block)
        matrix = rensa.RMinHash.digest_matrix_from_flat_token_hashes(flat, offsets, NUM_PERM, MINHASH_SEED)
        del flat
        values = np.array(matrix.to_rows(), dtype=np.uint32).reshape(len(block), NUM_PERM)
        values &= mask
        values[offsets[1:] == offsets[:-1]] = 0
        sig[start : start + len(block)] = values
        sizes[start : start + len(block)] = np.diff(offsets)
    return sig, sizes


def band_keys(sig: np.ndarray) -> np.ndarray:
    """(n, NUM_BANDS) uint64: a band's rows packed with the band number, so keys of
    different bands never collide and equal keys mean equal rows (no hashing)."""
    keys = np.zeros((sig.shape[0], NUM_BANDS), dtype=_U64)
    for r in range(ROWS_PER_BAND):  # row r of every band: columns r, r + ROWS_PER_BAND, ...
        keys |= sig[:, r::ROWS_PER_BAND].astype(_U64) << _U64(SIGNATURE_BITS * r)
    keys |= np.arange(NUM_BANDS, dtype=_U64) << _U64(SIGNATURE_BITS * ROWS_PER_BAND)
    return keys


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Share of equal signature values, row by row (a, b: (m, NUM_PERM))."""
    return (a == b).mean(axis=1)


# --------------------------------------------------------------------------- candidates


def _pairs_in_sorted_runs(keys_sorted: np.ndarray, ids_sorted: np.ndarray) -> np.ndarray:
    """Pairs (as rows [i, j]) of ids sharing a key, each with up to MAX_BUCKET_NEIGHBOURS followers."""
    same = keys_sorted[1:] == keys_sorted[:-1]
    in_run = np.zeros(len(keys_sorted), dtype=bool)
    in_run[1:] |= same
    in_run[:-1] |= same
    keys_sorted, ids_sorted = keys_sorted[in_run], ids_sorted[in_run]  # only shared keys matter
    out = []
    for d in range(1, MAX_BUCKET_NEIGHBOURS + 1):
        if d >= len(keys_sorted):
            break
        same = np.flatnonzero(keys_sorted[:-d] == keys_sorted[d:])
        if len(same) == 0:
            break
        out.append(np.stack([ids_sorted[same], ids_sorted[same + d]], axis=1))
    return np.concatenate(out) if out else np.zeros((0, 2), dtype=np.int64)


def _batch_candidates(keys: np.ndarray) -> np.ndarray:
    """Candidate pairs inside the batch (i < j), band by band (memory stays per band)."""
    out = []
    ids = np.arange(keys.shape[0], dtype=np.int64)
    for b in range(keys.shape[1]):
        order = np.argsort(keys[:, b], kind="stable")
        out.append(_pairs_in_sorted_runs(keys[order, b], ids[order]))
    pairs = np.concatenate(out) if out else np.zeros((0, 2), dtype=np.int64)
    pairs.sort(axis=1)
    return _unique_pairs(pairs)


def _index_candidates(keys: np.ndarray, index: DedupIndex) -> np.ndarray:
    """Candidate pairs [batch row, index row] sharing a band key."""
    if len(index) == 0 or keys.shape[0] == 0:
        return np.zeros((0, 2), dtype=np.int64)
    sorted_keys, order = index.sorted_bands
    out = []
    for b in range(NUM_BANDS):
        lo = np.searchsorted(sorted_keys[b], keys[:, b], side="left")
        hi = np.searchsorted(sorted_keys[b], keys[:, b], side="right")
        cnt = np.minimum(hi - lo, MAX_BUCKET_NEIGHBOURS)
        hit = np.flatnonzero(cnt)
        if len(hit) == 0:
            continue
        rows = np.repeat(hit, cnt[hit])
        first = np.repeat(lo[hit], cnt[hit])
        step = np.arange(len(rows)) - np.repeat(np.cumsum(cnt[hit]) - cnt[hit], cnt[hit])
        out.append(np.stack([rows, order[b][first + step]], axis=1))
    return np.concatenate(out) if out else np.zeros((0, 2), dtype=np.int64)


def _unique_pairs(pairs: np.ndarray) -> np.ndarray:
    if len(pairs) == 0:
        return pairs.reshape(0, 2)
    code = pairs[:, 0].astype(np.int64) << 32 | pairs[:, 1].astype(np.int64)
    code.sort()
    code = code[np.concatenate(([True], code[1:] != code[:-1]))]
    return np.stack([code >> 32, code & 0xFFFFFFFF], axis=1)


def estimated_containment(jaccard: np.ndarray, size_a: np.ndarray, size_b: np.ndarray) -> np.ndarray:
    """Share of the smaller shingle set inside the larger, from the Jaccard estimate and the
    two counts; NaN where a count is unknown (0)."""
    a, b = size_a.astype(np.float64), size_b.astype(np.float64)
    small = np.minimum(a, b)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = jaccard * (a + b) / ((1.0 + jaccard) * small)
    return np.where(small > 0, np.minimum(out, 1.0), np.nan)


def _verified(
    pairs: np.ndarray, sig_a: np.ndarray, sig_b: np.ndarray, sizes_a: np.ndarray, sizes_b: np.ndarray, chunk: int = 32_768
) -> tuple[np.ndarray, np.ndarray]:
    """Keep the pairs that are near duplicates: (pairs, estimated Jaccard).

    Estimated Jaccard at least :data:`SURE_JACCARD`, or at least :data:`NEAR_THRESHOLD`
    with the shorter text contained in the longer (:data:`MIN_CONTAINMENT`; unknown
    counts do not block)."""
    sims = np.empty(len(pairs), dtype=np.float64)
    for s in range(0, len(pairs), chunk):
        p = pairs[s : s + chunk]
        sims[s : s + chunk] = estimated_jaccard(sig_a[p[:, 0]], sig_b[p[:, 1]])
    contained = estimated_containment(sims, sizes_a[pairs[:, 0]], sizes_b[pairs[:, 1]]) if len(pairs) else np.zeros(0)
    keep = (sims >= SURE_JACCARD) | ((sims >= NEAR_THRESHOLD) & ~(contained < MIN_CONTAINMENT))
    return pairs[keep], sims[keep]


# --------------------------------------------------------------------------- clustering


def representative_key(doc: DedupDoc) -> tuple:
    """Sort key of the representative among batch copies (smallest wins): earliest
    publication (undated last), then richest metadata, then longest text, then order."""
    return (doc.published_date is None, doc.published_date or dt.date.min, -doc.richness, -doc.length, doc.order)


class _Components:
    """Union-find over batch groups [0, g) and index rows [g, g + n); a component
    holds at most one published article (index representative)."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.article: dict[int, str] = {}  # root -> representative article_id from the index

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        art_a, art_b = self.article.get(ra), self.article.get(rb)
        if art_a is not None and art_b is not None and art_a != art_b:
            return False  # two published articles never merge
        self.parent[rb] = ra
        if art_a is None and art_b is not None:
            self.article[ra] = art_b
        self.article.pop(rb, None)
        return True


# --------------------------------------------------------------------------- stages
#
# deduplicate() is these stages in a row; each is a pure function of its inputs
# (nothing is mutated that a caller passed in) and is tested on its own
# (tests/test_dedup_stages.py). Positions: ``i`` indexes ``Selection.live``, ``g``
# indexes ``ExactGroups.groups``, ``row`` indexes the ``DedupIndex``.


@dataclass(slots=True)
class Selection:
    """The docs to judge, in input order, and the ones that are not judged again.

    live:     docs judged in this call (first occurrence of each ``article_id``), by ``order``
    repeats:  (doc, position in ``live`` of the earlier doc with its ``article_id``)
    already:  article_ids the index already holds (judged by an earlier run)
    """

    live: list[DedupDoc]
    repeats: list[tuple[DedupDoc, int]]
    already: set[str]


def select_live(docs: list[DedupDoc], index: DedupIndex) -> Selection:
    """Stage 1: drop docs the index already holds; set aside repeats of an ``article_id``.

    >>> d = lambda a, o: DedupDoc(a, "h", "t", None, 0, 1, o)
    >>> s = select_live([d("b", 1), d("a", 0), d("a", 2)], DedupIndex.empty())
    >>> [x.article_id for x in s.live], [(x.order, i) for x, i in s.repeats], s.already
    (['a', 'b'], [(2, 0)], set())
    """
    already = {d.article_id for d in docs if d.article_id in index.position}
    live: list[DedupDoc] = []
    seen_ids: dict[str, int] = {}
    repeats: list[tuple[DedupDoc, int]] = []
    for d in sorted((d for d in docs if d.article_id not in already), key=lambda d: d.order):
        if d.article_id in seen_ids:
            repeats.append((d, seen_ids[d.article_id]))
            continue
        seen_ids[d.article_id] = len(live)
        live.append(d)
    return Selection(live, repeats, already)


@dataclass(slots=True)
class ExactGroups:
    """Live docs grouped by content hash (a wordless doc is a group of its own).

    groups:    per group, the positions of its members in ``live`` (ascending)
    group_of:  per position in ``live``, its group
    exemplar:  per group, the member that would represent it (:func:`representative_key`)
    """

    groups: list[list[int]]
    group_of: list[int]
    exemplar: list[int]


def exact_groups(live: list[DedupDoc]) -> ExactGroups:
    """Stage 2: one group per content hash, in order of first appearance.

    >>> d = lambda a, h, o: DedupDoc(a, h, "t", None, 0, 1, o)
    >>> e = exact_groups([d("a", "x", 0), d("b", "y", 1), d("c", "x", 2)])
    >>> e.groups, e.group_of, e.exemplar
    ([[0, 2], [1]], [0, 1, 0], [0, 1])
    """
    key_group: dict[str, int] = {}
    groups: list[list[int]] = []
    group_of: list[int] = []
    for i, d in enumerate(live):
        key = d.content_hash if d.content_hash != WORDLESS_HASH else f"wordless:{i}"
        g = key_group.setdefault(key, len(groups))
        if g == len(groups):
            groups.append([])
        groups[g].append(i)
        group_of.append(g)
    exemplar = [min(members, key=lambda i: representative_key(live[i])) for members in groups]
    return ExactGroups(groups, group_of, exemplar)


def index_exact_rows(live: list[DedupDoc], exemplar: list[int], index: DedupIndex) -> list[int | None]:
    """Stage 3: per group, the index row with the same content hash (None: unknown to the index).

    A wordless text matches nothing (:data:`WORDLESS_HASH`).
    """
    return [
        index.by_content_hash.get(live[e].content_hash) if live[e].content_hash != WORDLESS_HASH else None
        for e in exemplar
    ]


@dataclass(slots=True)
class Signed:
    """Per group: its signature (groups, NUM_PERM) uint16 and shingle count (groups,) uint32."""

    sig: np.ndarray
    sizes: np.ndarray


def group_signatures(
    live: list[DedupDoc], exemplar: list[int], exact_rows: list[int | None], index: DedupIndex
) -> Signed:
    """Stage 4: one signature and shingle count per group.

    A group the index knows exactly takes that row's; the others take their exemplar's
    own ``signature`` and ``shingles`` when it has them (:func:`doc_keys`), else are
    signed from its text (:func:`sign`), the only MinHash work of a call.
    """
    todo = [g for g, row in enumerate(exact_rows) if row is None]
    sig = np.zeros((len(exemplar), NUM_PERM), dtype=_SIG_DTYPE)
    sizes = np.zeros(len(exemplar), dtype=_SIZE_DTYPE)
    unsigned = [g for g in todo if live[exemplar[g]].signature is None]
    sig[unsigned], sizes[unsigned] = sign([live[exemplar[g]].text for g in unsigned])
    for g in todo:
        doc = live[exemplar[g]]
        if doc.signature is not None:
            sig[g], sizes[g] = doc.signature, doc.shingles
    for g, row in enumerate(exact_rows):
        if row is not None:
            sig[g], sizes[g] = index.signatures[row], index.counts[row]
    return Signed(sig, sizes)


@dataclass(slots=True)
class Candidates:
    """Pairs sharing an LSH band key, not yet verified.

    batch: [g, g'] with g < g', both groups of this call
    index: [g, row], a group of this call and an index row
    """

    batch: np.ndarray
    index: np.ndarray


def candidate_pairs(sig: np.ndarray, exact_rows: list[int | None], index: DedupIndex) -> Candidates:
    """Stage 5: LSH candidates among the groups the index does not know exactly.

    Groups with an all-zero signature (no word at all) are never candidates; a pair
    appears once however many bands it shares.
    """
    todo = np.asarray([g for g, row in enumerate(exact_rows) if row is None], dtype=np.int64)
    comparable = todo[sig[todo].any(axis=1)] if len(todo) else todo
    keys = band_keys(sig[comparable])
    batch = _unique_pairs(comparable[_batch_candidates(keys)])
    against = _index_candidates(keys, index)
    against[:, 0] = comparable[against[:, 0]]
    return Candidates(batch, _unique_pairs(against))


@dataclass(slots=True)
class Edges:
    """Verified near-duplicate pairs and their estimated Jaccard (see :class:`Candidates`)."""

    batch: np.ndarray
    batch_sim: np.ndarray
    index: np.ndarray
    index_sim: np.ndarray


def verify_pairs(candidates: Candidates, signed: Signed, index: DedupIndex) -> Edges:
    """Stage 6: keep the candidate pairs that are near duplicates (:func:`_verified`)."""
    sig, sizes = signed.sig, signed.sizes
    batch, batch_sim = _verified(candidates.batch, sig, sig, sizes, sizes)
    against, against_sim = _verified(candidates.index, sig, index.signatures, sizes, index.counts)
    return Edges(batch, batch_sim, against, against_sim)


@dataclass(slots=True)
class Cluster:
    """Groups that are one story; ``published``: the article_id it already has in the index."""

    groups: list[int]
    published: str | None


def cluster_groups(n_groups: int, exact_rows: list[int | None], edges: Edges, index: DedupIndex) -> list[Cluster]:
    """Stage 7: join groups into clusters (union-find), never two published articles.

    Exact index matches join first, then verified edges, strongest first (ties by
    node, for determinism). Every group lands in exactly one cluster; clusters come
    in order of their first group.
    """
    comps = _Components(n_groups + len(index))
    for row in set(edges.index[:, 1].tolist()) | {r for r in exact_rows if r is not None}:
        comps.article[n_groups + row] = index.representatives[row]
    for g, row in enumerate(exact_rows):
        if row is not None:
            comps.union(n_groups + row, g)
    ea = np.concatenate([edges.batch[:, 0], edges.index[:, 0]])
    eb = np.concatenate([edges.batch[:, 1], n_groups + edges.index[:, 1]])
    es = np.concatenate([edges.batch_sim, edges.index_sim])
    order = np.lexsort((eb, ea, -es))  # strongest first; ties by node, for determinism
    union = comps.union
    for a, b in zip(ea[order].tolist(), eb[order].tolist()):
        union(a, b)
    members_of: dict[int, list[int]] = {}
    for g in range(n_groups):
        members_of.setdefault(comps.find(g), []).append(g)
    return [Cluster(groups, comps.article.get(root)) for root, groups in members_of.items()]


@dataclass(slots=True)
class Representation:
    """Who represents whom.

    rep_of:      per position in ``live``, the article_id of its representative (itself for an article)
    duplicates:  positions in ``live`` of the duplicates, with their representative's
                 content hash (None if unknown) and signature, in the same order
    """

    rep_of: list[str]
    duplicates: list[int]
    rep_hash: list[str | None]
    rep_sig: list[np.ndarray]


def choose_representatives(
    live: list[DedupDoc], exact: ExactGroups, clusters: list[Cluster], sig: np.ndarray, index: DedupIndex
) -> Representation:
    """Stage 8: per cluster, the representative; every other member is a duplicate of it.

    A published article (already in the index) represents its cluster; otherwise the
    member with the smallest :func:`representative_key`. A doc alone in its cluster is
    an article.
    """
    groups = exact.groups
    out = Representation([""] * len(live), [], [], [])
    no_sig = np.zeros(NUM_PERM, dtype=_SIG_DTYPE)
    for cluster in clusters:
        comp_groups, published = cluster.groups, cluster.published
        if published is None and len(comp_groups) == 1 and len(groups[comp_groups[0]]) == 1:
            i = groups[comp_groups[0]][0]  # alone: an article
            out.rep_of[i] = live[i].article_id
            continue
        if published is not None:
            row = index.position.get(published)
            rep_id = published
            rep_hash = index.content_hashes[row] if row is not None else None
            rep_sig = index.signatures[row] if row is not None else no_sig
            rep = -1
        else:
            everyone = [i for g in comp_groups for i in groups[g]]
            rep = min(everyone, key=lambda i: representative_key(live[i]))
            rep_id, rep_hash, rep_sig = live[rep].article_id, live[rep].content_hash, sig[exact.group_of[rep]]
        for g in comp_groups:
            for i in groups[g]:
                out.rep_of[i] = rep_id
                if i != rep:
                    out.duplicates.append(i)
                    out.rep_hash.append(rep_hash)
                    out.rep_sig.append(rep_sig)
    return out


def verdicts_of(live: list[DedupDoc], reps: Representation, sig: np.ndarray, group_of: list[int]) -> dict[int, Verdict]:
    """Stage 9: a :class:`Verdict` per duplicate (keyed by position in ``live``).

    ``exact`` (similarity 1.0) when its content hash is the representative's, else
    ``near`` with the estimated Jaccard to the representative, rounded to 4 places.
    """
    sims = (
        estimated_jaccard(
            sig[np.asarray([group_of[i] for i in reps.duplicates], dtype=np.int64)], np.stack(reps.rep_sig)
        )
        if reps.duplicates
        else np.zeros(0)
    )
    verdict_of: dict[int, Verdict] = {}
    for i, rep_hash, sim in zip(reps.duplicates, reps.rep_hash, sims.tolist()):
        if live[i].content_hash == rep_hash:
            verdict_of[i] = Verdict(reps.rep_of[i], 1.0, "exact")
        else:
            verdict_of[i] = Verdict(reps.rep_of[i], round(sim, 4), "near")
    return verdict_of


def index_entries(live: list[DedupDoc], rep_of: list[str], signed: Signed, group_of: list[int]) -> DedupIndex:
    """Stage 10: the index rows of this call, one per live doc (articles and duplicates)."""
    return DedupIndex(
        [d.article_id for d in live],
        rep_of,
        [d.content_hash for d in live],
        signed.sig[group_of] if live else np.zeros((0, NUM_PERM), dtype=_SIG_DTYPE),
        signed.sizes[group_of] if live else np.zeros(0, dtype=_SIZE_DTYPE),
    )


def deduplicate(docs: list[DedupDoc], index: DedupIndex) -> DedupResult:
    """Judge ``docs`` against each other and against ``index``; see the module docstring.

    Docs whose ``article_id`` the index already holds go to ``already_indexed`` and
    are otherwise ignored (a re-run adds nothing). A doc repeating the ``article_id``
    of an earlier doc of the batch (the same input twice) is an exact duplicate of
    that doc's outcome and appears only in ``by_order``.

    The stages, each a pure function tested on its own: :func:`select_live` ->
    :func:`exact_groups` -> :func:`index_exact_rows` -> :func:`group_signatures` ->
    :func:`candidate_pairs` -> :func:`verify_pairs` -> :func:`cluster_groups` ->
    :func:`choose_representatives` -> :func:`verdicts_of` -> :func:`index_entries`.
    """
    selection = select_live(docs, index)
    live = selection.live
    exact = exact_groups(live)
    exact_rows = index_exact_rows(live, exact.exemplar, index)
    signed = group_signatures(live, exact.exemplar, exact_rows, index)
    sig = signed.sig
    edges = verify_pairs(candidate_pairs(sig, exact_rows, index), signed, index)
    clusters = cluster_groups(len(exact.groups), exact_rows, edges, index)
    reps = choose_representatives(live, exact, clusters, sig, index)
    verdict_of = verdicts_of(live, reps, sig, exact.group_of)

    by_order = {live[i].order: v for i, v in verdict_of.items()}
    for d, first in selection.repeats:
        by_order[d.order] = Verdict(reps.rep_of[first], 1.0, "exact")
    return DedupResult(
        verdicts={live[i].article_id: v for i, v in verdict_of.items()},
        new_entries=index_entries(live, reps.rep_of, signed, exact.group_of),
        already_indexed=selection.already,
        by_order=by_order,
    )
