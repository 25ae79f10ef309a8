"""Person names in English, German and Russian against Universal NER's labels (parallel news and Wikipedia sentences).

A third-party yardstick for issue 14 in three languages at once. Universal NER v1
(``UniversalNER/UNER_English-PUD``, ``UNER_German-PUD``, ``UNER_Russian-PUD``; annotations
CC BY-SA, ``LICENSE.txt`` of each snapshot: CC BY-SA 3.0 text) labels ``PER``/``LOC``/``ORG``
spans (BIO) on the sentences of UD's Parallel UD treebanks: 1,000 sentences, the SAME
sentences in each language, in 397 documents of a few consecutive sentences of one article:
215 news documents (ids ``n…``) and 182 Wikipedia ones (``w…``).

Usage::

    .venv/bin/python bench/names_uner.py extract     # once: texts + labels -> .fetched/uner/
    .venv/bin/python bench/names_uner.py score [--lang en|de|ru] [--split tune|heldout] [--domain news|wiki|all] [--verbose]
    .venv/bin/python bench/names_uner.py score --baseline ...   # the capitalised-word baseline instead

``--verbose`` lists every false prediction, miss, wrong link and unjudged link: tuning half only
(the held-out half is for measuring, never for reading; the script refuses).

**Nothing third-party is committed.** ``extract`` reads the snapshots
(``/work/.mirror/UniversalNER+UNER_<Language>-PUD/repo``, or ``$UNER_MIRROR`` holding those
folders) and caches texts and derived labels in the git-ignored ``.fetched/uner/docs.json``.
Only the split (``bench/data/names_uner_split.json``: doc ids and side) is committed. It was
made once, by document id, identically for the three languages (a parallel document is on
one side in all three): ``tune`` when ``int(sha1(doc_id).hexdigest(), 16)`` is even, else
``heldout``.

The text of a doc
-----------------
The ``# text`` lines (each sentence as written) of the doc's sentences, joined by a space. No
headline, no date (``published`` is None). The tokens of a sentence are found in order in its
``# text`` line, so a span's surface is the text as written (``Mohammed al-Jadaan``, not the
tokens ``al - Jadaan``).

The labels (conventions; both halves and the three languages are derived by the same code)
------------------------------------------------------------------------------------------
Format and conventions of ``tests/data/names/README.md`` (``persons`` in the fullest form the
doc gives, ``partial`` for references that need not be found), derived from UNER's ``B-PER``/
``I-PER`` spans, never from any system's output:

1. **A span's name.** Punctuation tokens at either end of a span are cut (``Джеффри Дина
   Моргана )``); a span is cut in two at a conjunction token (``and``/``und``/``и``/``&``:
   ``Edward IV. und Richard III.``). Leading tokens are cut while they are a lower-case word
   other than a name particle (Russian titles: ``императора Мейдзи``), a number or
   punctuation (``3. Duke von York``) or a title (``TITLES``:
   ``Papst``, ``Reverend``, ``Lord``, ``Мисс``, ...); a span with no word left (``испанских
   евреев`` is cut whole: all lower case) has no name.
2. **Name words** are the words of a name other than particles (``de``, ``von``, ``al``,
   ``фон``, ``де``, ...; Cyrillic ``ван`` only in lower case: ``Ван`` is the Chinese surname Wang),
   a regnal numeral (``III``, ``I.``), ``Jr.``. A name of TWO or more name words, or of one
   name word and a regnal numeral (``Richard III``, ``Papst Paul VI.`` -> ``Paul VI.``), is a
   **full name**; a trailing epithet after ``the``/``der``/``die``/``dem`` is kept, and the
   name before it is added as a variant when it is itself a full name (``Lucas Cranach the
   Elder|Lucas Cranach``). A comma before ``Jr.`` is dropped (``Martin Luther King Jr.``).
   A royal title (``ROYAL``: ``King``, ``Pope``, ``Papst``, ``Kaiser``, ...; capitalised or not:
   ``the Macedonian king Amyntas I``) in or right before the span, before a full name, gives
   the capitalised titled form as a variant (``Amyntas I|King Amyntas I``, ``Paul VI|Pope
   Paul VI``): the README writes royals with their title and the bare
   name as a variant. English and German only (Russian titles are lower-case nouns the
   detector does not write into a name).
3. **Russian** full names are written in the nominative, by ``pymorphy3``: when the first
   word is a given name (``Name`` reading, score >= 0.05) in an oblique case and in no
   nominative reading (``Мартина``: genitive, masculine), each word of the name is read in
   that case (the gender of the given name preferred) and put in the nominative
   (``Мартина Винтеркорна`` -> ``Мартин Винтеркорн``); indeclinable and Latin-script words
   stay. A name whose first word is no such given name stays as written (``Гартом
   Дженнингсом``: the dictionary has ``Гарт`` as a common noun only). The scorer also matches case endings (``keys.cyrillic_nominatives``),
   so a word pymorphy3 cannot put right still matches an inflected prediction's nominative.
4. **One person, several full names** in a doc: two full names are one person when their
   last name words agree and their first ones do too (folded; German ``-s`` genitive and
   Russian nominatives compared), or, both of two name words or more, one's name words are a
   subset of the other's (``Jeffrey Dean Morgan``, ``Jeffrey Morgan``) or the scorer matches
   them (``evaluate``: case endings, transliteration: ``Джон Бергойна``, ``Джон Бергойн``);
   the longest is the label, the others variants (``Richard III`` is not ``Richard
   Plantagenet``: one name word).
5. **A single name word** (``Trump``, ``Obamas``, ``Клинтон``, ``Kesha``, ``Lord Halifax`` ->
   ``Halifax``, ``De Gaulle``) is ``partial`` to the person of the doc whose full name has that
   word as its last or first name word (folded, German genitive ``-s`` dropped, Russian
   compared in the nominative); else it is ``partial`` to null. UNER gives no identity, so a
   bare name cannot be told from a mononym (``Kesha``) nor checked against the person a
   gazetteer links it to: a prediction whose every mention lies inside such null-partial spans
   is **unjudged** (neither hit nor false; counted, and listed with ``--verbose``). This is
   GUM's partial-to-identity convention without the identity.

Scoring
-------
As ``bench/names_gum.py``: ``find_persons(text, None, gazetteer, language=<en|de|ru>)`` scored
by ``newsclean.cleaners.names.evaluate.score_article`` with ``names_unseen.run``'s label
resolver, the unjudged predictions (convention 5) taken out first. On top, **span links**
(GUM's identity links without identities): each predicted mention linked to a gazetteer
person is compared with the UNER person whose span it overlaps: ``right`` when that person's
label (or the person a bare name is ``partial`` of) is the same name as the canonical
(``score_article``'s matching), ``wrong`` when it is another, ``unknown`` when the bare name
is partial to null or no PER span overlaps.

Extract (``extract``, final converter): 397 documents per language, 199 tune (107 news, 92 wiki;
512 sentences) and 198 held-out (108 news, 90 wiki; 488 sentences); full-name persons per
language and half: en tune 63 (news 23) / held-out 63 (news 28); de 67 (22) / 63 (28); ru 66
(22) / 54 (22); the rest of the PER spans are bare names (convention 5: en tune 137, of which
126 partial to null).

First measure, BEFORE any rule or converter change (detector of main ed03e7b, first
converter: conventions 1-5 without the round-19 changes below), every cell, held-out included::

    .venv/bin/python bench/names_uner.py score --domain all
    lang split   domain docs persons pred     P      R     F1  wrong(scorer) span links r/w/u  unjudged
    en   tune    news    107      23   24 0.917  0.957  0.936              1         5/0/3           3
    en   tune    wiki     92      40   37 0.838  0.775  0.805              0         0/0/0           2
    en   tune    all     199      63   61 0.869  0.841  0.855              1         5/0/3           5
    en   heldout news    108      28   30 0.933  1.000  0.966              0         7/0/6           7
    en   heldout wiki     90      35   28 0.964  0.771  0.857              0         1/0/2           4
    en   heldout all     198      63   58 0.948  0.873  0.909              0         8/0/8          11
    de   tune    news    107      22   22 0.955  0.955  0.955              0         4/0/1           1
    de   tune    wiki     92      45   38 0.816  0.689  0.747              0         0/0/0           4
    de   tune    all     199      67   60 0.867  0.776  0.819              0         4/0/1           5
    de   heldout news    108      28   31 0.903  1.000  0.949              0         6/0/4           6
    de   heldout wiki     90      35   30 0.900  0.771  0.831              0         0/0/1           2
    de   heldout all     198      63   61 0.902  0.873  0.887              0         6/0/5           8
    ru   tune    news    107      23   15 0.933  0.609  0.737              0         0/0/0           1
    ru   tune    wiki     92      47   28 0.929  0.553  0.693              0         0/0/0           0
    ru   tune    all     199      70   43 0.930  0.571  0.708              0         0/0/0           1
    ru   heldout news    108      22   19 0.789  0.682  0.732              0         0/0/0           0
    ru   heldout wiki     90      32   14 0.929  0.406  0.565              0         0/0/0           0
    ru   heldout all     198      54   33 0.848  0.519  0.644              0         0/0/0           0

The capitalised-word baseline (``score --baseline --domain all``), same labels: en tune P .201
R .857 F1 .325, held-out .213/.794/.336; de tune .111/.672/.191, held-out .098/.524/.165; ru tune
.386/.914/.542, held-out .331/.852/.477. The one wrong-person link (en tune news) is ``Obama`` in
``Obama special assistant Kori Schulman``, a span UNER's English annotator tagged ``ORG`` (German
and Russian tag it ``PER``): an annotation slip, not fitted. Recall of bare names is not measured
(convention 5); the ``bare found`` column of the script (predicted mentions overlapping a bare
name) shows how few of them the detector marks at all (en tune 18 of 137).

Round 19 (``GAZETTEER.md``): converter changes from reading the tune half (both halves alike):
Cyrillic particles (``Фон Бойст`` is a surname alone), capitalised ``Ван`` is the surname Wang,
a royal title before the name gives the titled variant (``Amyntas I|King Amyntas I``), the comma
before ``Jr.`` is dropped. Tune half at the start of the round on the final labels (detector of
ed03e7b) and at its end::

    lang tune   persons | start P     R     F1    | end P     R     F1
    en   news       23  |     0.917 0.957 0.936   |   0.917 0.957 0.936
    en   wiki       40  |     0.919 0.850 0.883   |   0.950 0.950 0.950
    en   all        63  |     0.918 0.889 0.903   |   0.938 0.952 0.945
    de   news       22  |     0.955 0.955 0.955   |   1.000 0.955 0.977
    de   wiki       45  |     0.842 0.711 0.771   |   0.907 0.867 0.886
    de   all        67  |     0.883 0.791 0.835   |   0.938 0.896 0.916
    ru   news       22  |     0.933 0.636 0.757   |   0.895 0.773 0.829
    ru   wiki       44  |     0.926 0.568 0.704   |   1.000 0.864 0.927
    ru   all        66  |     0.929 0.591 0.722   |   0.965 0.833 0.894

Held-out half at the end of round 19, run once (commit deb60d1; final labels, so not the
same labels as the first measure: the persons counts did not move, 63 / 63 / 54)::

    .venv/bin/python bench/names_uner.py score --domain all --split heldout
    lang split   domain docs persons pred     P      R     F1  wrong(scorer) span links r/w/u  unjudged
    en   heldout news    108      28   30 0.933  1.000  0.966              0         7/0/6           7
    en   heldout wiki     90      35   30 0.967  0.829  0.892              0         1/0/2           4
    en   heldout all     198      63   60 0.950  0.905  0.927              0         8/0/8          11
    de   heldout news    108      28   31 0.903  1.000  0.949              0         6/0/4           6
    de   heldout wiki     90      35   32 0.906  0.829  0.866              0         0/0/1           2
    de   heldout all     198      63   63 0.905  0.905  0.905              0         6/0/5           8
    ru   heldout news    108      22   23 0.739  0.773  0.756              0         0/0/0           0
    ru   heldout wiki     90      32   27 0.889  0.750  0.814              0         0/0/0           0
    ru   heldout all     198      54   50 0.820  0.759  0.788              0         0/0/0           0

Against the first measure: en .948/.873 -> .950/.905, de .902/.873 -> .905/.905, ru .848/.519 ->
.820/.759 (Russian recall up 24 points, precision down 3: 17 more predictions, 13 more hits,
4 more false; the held-out errors are not read). Baseline, held-out, final labels: en
.217/.810, de .101/.540, ru .331/.852. No wrong link by span, no wrong-person link.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

MIRROR = Path(os.environ.get("UNER_MIRROR") or "/work/.mirror")
LANGS = {"en": ("English", "en_pud-ud-test.iob2"), "de": ("German", "de_pud-ud-test.iob2"), "ru": ("Russian", "ru_pud-ud-test.iob2")}
SPLIT_FILE = REPO / "bench" / "data" / "names_uner_split.json"
DOMAINS = {"n": "news", "w": "wiki"}

# titles cut before a name (convention 1); lower-case titles are cut as lower-case words
TITLES = frozenset(
    """
    president pope king queen prince princess emperor empress tsar czar pharaoh pharaoh's reverend rev rev. saint st st.
    sir lord lady mr mr. mrs mrs. ms ms. miss dr dr. duke duchess count countess baron baroness first general
    papst könig königin kaiser kaiserin prinz prinzessin zar pharao pharaos herzog herzogin graf gräfin herr frau
    präsident präsidentin sankt heilige heiliger barón
    папа король королева принц принцесса император императора царь царя барон мисс мистер миссис святой святого
    святым святая святой
    """.split()
)
PARTICLES = frozenset("de da di do dos das du del della der den van von ter ten le la el al bin ibn zu y де да ди дель дер фон ле ла эль аль бин ибн".split())
# royal titles written with the name as a variant (tests/data/names/README.md: "King Charles|Charles")
ROYAL = frozenset("king queen prince princess emperor empress pope tsar czar pharaoh könig königin prinz prinzessin kaiser kaiserin papst zar pharao".split())
_JR_COMMA = re.compile(r",\s*(?=(?:Jr|Sr|jr|sr)\b)")
CONJUNCTIONS = frozenset({"and", "und", "и", "&"})
EPITHET_JOINS = frozenset({"the", "der", "die", "dem", "den"})
_REGNAL = re.compile(r"^(?:[IVXL]+|\d+)\.?$")
_SUFFIX = frozenset({"jr", "jr.", "sr", "sr."})


def split_of(doc_id: str) -> str:
    return "tune" if int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def domain_of(doc_id: str) -> str:
    return DOMAINS[doc_id[0]]


# --- parse --------------------------------------------------------------------------------

@dataclass
class Span:
    sent: int
    first: int
    last: int  # exclusive, token indices


@dataclass
class Sentence:
    text: str
    tokens: list[tuple[str, str]]  # (form, tag)
    offsets: list[tuple[int, int] | None] = field(default_factory=list)  # within the doc text


@dataclass
class UDoc:
    id: str
    sentences: list[Sentence] = field(default_factory=list)
    text: str = ""


def parse_iob2(raw: str) -> list[UDoc]:
    docs: list[UDoc] = []
    sent: Sentence | None = None
    for line in raw.split("\n"):
        if line.startswith("# newdoc id"):
            docs.append(UDoc(line.split("=", 1)[1].strip()))
        elif line.startswith("# sent_id"):
            sent = Sentence("", [])
            docs[-1].sentences.append(sent)
        elif line.startswith("# text"):
            assert sent is not None
            sent.text = line.split("=", 1)[1].strip()
        elif line.strip() and not line.startswith("#"):
            assert sent is not None
            cols = line.split("\t")
            sent.tokens.append((cols[1], cols[2]))
    for d in docs:
        base = 0
        parts = []
        for s in d.sentences:
            pos = 0
            for form, _ in s.tokens:
                i = s.text.find(form, pos)
                if i < 0 or i - pos > 40:
                    s.offsets.append(None)  # a token not written as such (never in these files so far)
                    continue
                s.offsets.append((base + i, base + i + len(form)))
                pos = i + len(form)
            parts.append(s.text)
            base += len(s.text) + 1
        d.text = " ".join(parts)
    return docs


def per_spans(doc: UDoc) -> list[Span]:
    out: list[Span] = []
    for si, s in enumerate(doc.sentences):
        start = None
        for i, (_, tag) in enumerate(s.tokens + [("", "O")]):
            if start is not None and tag != "I-PER":
                out.append(Span(si, start, i))
                start = None
            if tag == "B-PER" or (tag == "I-PER" and start is None):
                start = i
    return out


# --- names ------------------------------------------------------------------------------

def fold(word: str) -> str:
    w = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in w if unicodedata.category(c)[0] in "LN")


def _is_word(form: str) -> bool:
    return any(c.isalnum() for c in form)


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


PERSON_TAGS = ("Name", "Surn", "Patr")
_CASES = ("gent", "datv", "accs", "ablt", "loct")


def _recase(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


@lru_cache(maxsize=65536)
def _given_case(word: str) -> tuple[str, str] | None:
    """(case, gender) of a Russian given name in an oblique case and in no nominative reading."""
    names = [p for p in _morph().parse(word) if "Name" in p.tag and p.score >= 0.05]
    if not names or any("nomn" in p.tag for p in names):
        return None
    best = max(names, key=lambda p: p.score)
    return (best.tag.case, best.tag.gender) if best.tag.case in _CASES else None


def _word_nominative(word: str, case: str, gender: str) -> str:
    parses = [p for p in _morph().parse(word) if p.tag.case == case and p.tag.number != "plur"]
    if not parses:
        return word
    best = max(parses, key=lambda p: (p.tag.gender == gender, p.score))
    if "Fixd" in best.tag:
        return word
    inflected = best.inflect({"nomn"})
    return _recase(inflected.word, word) if inflected else word


def ru_nominative_run(words: tuple[str, ...]) -> tuple[str, ...]:
    """A Russian name run in the nominative (convention 3): the case and gender of its given
    name, read by pymorphy3, put every word of the run back in the nominative; a run whose
    first word is no given name in an oblique case stays as written."""
    if not words or not re.search("[а-яё]", words[0].lower()):
        return words
    cg = _given_case(words[0])
    if cg is None:
        return words
    case, gender = cg
    return tuple(w if not re.search("[а-яё]", w.lower()) else _word_nominative(w, case, gender) for w in words)


@lru_cache(maxsize=65536)
def ru_nominative(word: str) -> str:
    """One Russian name word in the nominative when it is a given name in an oblique case
    (for comparing bare names with the words of full names); else as written."""
    return ru_nominative_run((word,))[0]


def name_key(word: str, lang: str) -> str:
    """A name word compared across cases: folded, Russian nominative, German genitive ``-s`` dropped."""
    if lang == "ru":
        word = ru_nominative(word)
    f = fold(word)
    if lang == "de" and len(f) > 3 and f.endswith("s"):
        f = f[:-1]
    return f


@dataclass
class Name:
    surface: str  # as the label writes it
    words: list[str]  # name words (convention 2)
    full: bool
    start: int
    end: int
    variants: list[str] = field(default_factory=list)


def name_of(doc: UDoc, span: Span, lang: str) -> list[Name]:
    """The names of one PER span (conventions 1-3): none, one, or several at a conjunction."""
    s = doc.sentences[span.sent]
    idx = [i for i in range(span.first, span.last) if s.offsets[i] is not None]
    groups: list[list[int]] = [[]]
    for i in idx:
        if s.tokens[i][0].lower() in CONJUNCTIONS:
            groups.append([])
        else:
            groups[-1].append(i)
    out = []
    for g in groups:
        while g and not _is_word(s.tokens[g[0]][0]):
            g = g[1:]
        while g and not _is_word(s.tokens[g[-1]][0]):
            g = g[:-1]
        before = s.tokens[g[0] - 1][0] if g and g[0] > 0 else ""
        royal = before[:1].upper() + before[1:] if before.lower() in ROYAL else None  # "the Macedonian king Amyntas I"
        while g:
            w = s.tokens[g[0]][0]
            if w.lower() in ROYAL and w[:1].isupper():
                royal = w
            if w.lower() in TITLES or (w[:1].islower() and w.lower() not in PARTICLES) or not _is_word(w) or w[:1].isdigit():
                g = g[1:]  # a title, a lower-case word, punctuation, an ordinal ("3. Duke von York")
            else:
                break
        if not g:
            continue
        forms = [s.tokens[i][0] for i in g]
        # an epithet after "the"/"der": "Lucas Cranach the Elder"
        cut = next((k for k, f in enumerate(forms) if k > 0 and f.lower() in EPITHET_JOINS), None)
        head_forms = forms[:cut] if cut is not None else forms
        words = [f for f in head_forms if _is_word(f) and f.lower() not in PARTICLES and f != "ван" and f.lower() not in _SUFFIX and not _REGNAL.match(f)]
        if not words:
            continue
        regnal = any(_REGNAL.match(f) for f in head_forms)
        start, end = s.offsets[g[0]], s.offsets[g[-1]]
        assert start is not None and end is not None
        surface = _JR_COMMA.sub(" ", doc.text[start[0] : end[1]])
        full = len(words) >= 2 or regnal
        variants = []
        if cut is not None and full:
            last = s.offsets[g[cut - 1]]
            assert last is not None
            variants.append(doc.text[start[0] : last[1]])
        if royal and full and lang != "ru":
            variants.append(f"{royal} {surface}")
        if lang == "ru" and full:
            surface = _ru_surface(doc.text[start[0] : end[1]])
            variants = [_ru_surface(v) for v in variants]
        out.append(Name(surface, words, full, start[0], end[1], variants))
    return out


def _ru_surface(surface: str) -> str:
    words = re.findall(r"[^\W\d_][\w\-]*", surface)
    table = dict(zip(words, ru_nominative_run(tuple(words)), strict=True))
    return re.sub(r"[^\W\d_][\w\-]*", lambda m: table[m.group(0)], surface)


def derive_labels(doc: UDoc, lang: str) -> dict:
    names = [n for sp in per_spans(doc) for n in name_of(doc, sp, lang)]
    people: list[dict] = []  # {"forms": [...], "keys": [set], "spans": [...]}

    def keys(n: Name) -> list[str]:
        return [name_key(w, lang) for w in n.words]

    from newsclean.cleaners.names.evaluate import _name, _same

    def one_person(a: Name, b: Name) -> bool:
        ka, kb = keys(a), keys(b)
        if (ka[0] == kb[0] and ka[-1] == kb[-1]) or (len(ka) > 1 and len(kb) > 1 and (set(ka) <= set(kb) or set(kb) <= set(ka))):
            return True
        na, nb = _name(a.surface), _name(b.surface)
        return len(ka) > 1 and len(kb) > 1 and na is not None and nb is not None and _same(na, nb)

    for n in (n for n in names if n.full):
        k = keys(n)
        same = next((p for p in people if any(one_person(n, m) for m in p["names"])), None)
        if same is None:
            people.append({"forms": [n.surface, *n.variants], "keys": [k], "spans": [(n.start, n.end)], "best": n, "names": [n]})
            continue
        same["keys"].append(k)
        same["names"].append(n)
        same["spans"].append((n.start, n.end))
        if len(n.words) > len(same["best"].words):
            same["best"] = n
            same["forms"].insert(0, n.surface)
            same["forms"] += n.variants
        else:
            same["forms"] += [n.surface, *n.variants]
    persons, entities = [], []
    for p in people:
        forms: list[str] = []
        for f in p["forms"]:
            if fold(f) not in {fold(x) for x in forms}:
                forms.append(f)
        label = "|".join(forms)
        persons.append(label)
        entities.append({"name": label, "spans": p["spans"]})
    partial: dict[str, str | None] = {}
    bare: list[dict] = []
    for n in (n for n in names if not n.full):
        k = name_key(n.words[0], lang)
        owner = next((p for p in people if any(k in (pk[0], pk[-1]) for pk in p["keys"])), None)
        who = owner["best"].surface if owner else None
        if owner:
            owner["spans"].append((n.start, n.end))  # the entity's spans list, for the span links
        if not any(fold(n.surface) == fold(f) for lab in persons for f in lab.split("|")):
            if partial.get(n.surface) is None:
                partial[n.surface] = who
        bare.append({"surface": n.surface, "partial_of": who, "span": (n.start, n.end)})
    return {"persons": persons, "partial": partial, "entities": entities, "bare": bare}


# --- extract ------------------------------------------------------------------------------

def _git(lang: str, *args: str) -> str:
    name, _ = LANGS[lang]
    repo = MIRROR / f"UniversalNER+UNER_{name}-PUD" / "repo"
    return subprocess.run(["git", "--git-dir", str(repo), *args], check=True, capture_output=True, text=True).stdout


def cache_path() -> Path:
    from fetched import fetched_path

    return fetched_path("uner", "docs.json")


def extract() -> int:
    out = []
    commits = {}
    ids: dict[str, list[str]] = {}
    for lang, (_, fname) in LANGS.items():
        commits[lang] = _git(lang, "rev-parse", "HEAD").strip()
        docs = parse_iob2(_git(lang, "show", f"HEAD:{fname}"))
        ids[lang] = [d.id for d in docs]
        for d in docs:
            labels = derive_labels(d, lang)
            out.append({"id": f"{lang}:{d.id}", "doc": d.id, "language": lang, "domain": domain_of(d.id), "title": None,
                        "published": None, "text": d.text, "split": split_of(d.id), "sentences": len(d.sentences),
                        "per_spans": len(per_spans(d)), **labels})
    if not ids["en"] == ids["de"] == ids["ru"]:
        raise SystemExit("the three languages do not hold the same documents")
    path = cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    split = {"about": "Split of Universal NER's PUD documents (bench/names_uner.py), the same for en, de, ru: tune when int(sha1(doc id), 16) is even, else heldout.",
             "commits": commits, "docs": {d: split_of(d) for d in ids["en"]}}
    if SPLIT_FILE.exists():
        old = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))
        if old["docs"] != split["docs"]:
            raise SystemExit(f"{SPLIT_FILE} differs from the split rule: it is made once")
    else:
        SPLIT_FILE.write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    print(f"{len(out)} docs cached in {path}")
    print(f"  {'lang':4} {'split':7} {'domain':6} {'docs':>4} {'sents':>5} {'PER':>4} {'persons':>7} {'bare':>4} {'bare->null':>10}")
    for lang in LANGS:
        for sp in ("tune", "heldout"):
            for dom in ("news", "wiki"):
                part = [d for d in out if d["language"] == lang and d["split"] == sp and d["domain"] == dom]
                print(f"  {lang:4} {sp:7} {dom:6} {len(part):4} {sum(d['sentences'] for d in part):5} {sum(d['per_spans'] for d in part):4} "
                      f"{sum(len(d['persons']) for d in part):7} {sum(len(d['bare']) for d in part):4} "
                      f"{sum(1 for d in part for b in d['bare'] if b['partial_of'] is None):10}")
    return 0


# --- score --------------------------------------------------------------------------------

def load_docs() -> list[dict]:
    from fetched import cached_split_docs

    docs, split = cached_split_docs(cache_path(), SPLIT_FILE, "bench/names_uner.py")
    for d in docs:
        if split[d["doc"]] != d["split"]:
            raise SystemExit(f"{d['id']}: cached split differs from {SPLIT_FILE}")
    return docs


def unjudged(doc: dict, mentions) -> set[str]:
    """Canonicals whose every mention lies inside a bare name that is partial to null (convention 5)."""
    null = [tuple(b["span"]) for b in doc["bare"] if b["partial_of"] is None]
    by: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        if m.canonical:
            by.setdefault(m.canonical, []).append((m.start, m.end))
    return {c for c, spans in by.items() if null and all(any(a < e and s < b for a, b in null) for s, e in spans)}


def span_links(doc: dict, mentions) -> tuple[list[str], list[str], int]:
    """(wrong, unknown, right) gazetteer links of the predicted mentions, by the UNER span they overlap."""
    from newsclean.cleaners.names.evaluate import _name, _same

    wrong, unknown, right = [], [], 0
    for mt in mentions:
        if mt.canonical is None or "not_in_gazetteer" in mt.flags:
            continue
        whos = [e["name"] for e in doc["entities"] if any(s < mt.end and mt.start < t for s, t in e["spans"])]
        whos += [b["partial_of"] for b in doc["bare"] if b["partial_of"] and b["span"][0] < mt.end and mt.start < b["span"][1]]
        nulls = [b for b in doc["bare"] if b["partial_of"] is None and b["span"][0] < mt.end and mt.start < b["span"][1]]
        if not whos:
            unknown.append(f"{mt.surface} -> {mt.canonical} ({'bare name, no full name here' if nulls else 'no UNER person here'})")
            continue
        pn = _name(mt.canonical)
        if pn and any((n := _name(f)) is not None and _same(pn, n) for w in whos for f in w.split("|")):
            right += 1
        else:
            wrong.append(f"{mt.surface} -> {mt.canonical} (UNER: {', '.join(sorted(set(whos)))})")
    return wrong, unknown, right


def score(args) -> int:
    from fetched import refuse_heldout_reading
    from names_unseen import GAZETTEER, print_errors, run

    from newsclean.cleaners.names import find_persons, load_gazetteer
    from newsclean.cleaners.names.evaluate import capitalised_baseline, summarise

    refuse_heldout_reading(args.verbose, args.split)
    langs = [args.lang] if args.lang else list(LANGS)
    domains = ("news", "wiki") if args.domain == "all" else (args.domain,)
    docs = [d for d in load_docs() if d["language"] in langs and d["domain"] in domains and (args.split is None or d["split"] == args.split)]
    gaz = load_gazetteer(GAZETTEER.read_text(encoding="utf-8"))
    found: dict[str, tuple] = {}
    skipped: dict[str, set[str]] = {}

    def names(a):
        if args.baseline:
            found[a["id"]] = []
            return capitalised_baseline(a["text"])
        persons, mentions = find_persons(a["text"], None, gaz, title=None, language=a["language"])
        found[a["id"]] = mentions
        skipped[a["id"]] = unjudged(a, mentions)
        return [p for p in persons if p not in skipped[a["id"]]]

    scores = run(docs, gaz if not args.baseline else None, names)
    what = "capitalised-word baseline" if args.baseline else "newsclean names"
    print(f"UNER {what}  (domain {args.domain})")
    print(f"  {'lang':4} {'split':7} {'domain':6} {'docs':>4} {'persons':>7} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}  wrong(scorer)  "
          f"span links right/wrong/unknown  unjudged  bare found")
    rows = [(dom,) for dom in domains] + ([("news", "wiki")] if len(domains) > 1 else [])
    for lang in langs:
        for split in ("tune", "heldout"):
            for row in rows:
                part = [(d, s) for d, s in zip(docs, scores) if d["split"] == split and d["language"] == lang and d["domain"] in row]
                if not part:
                    continue
                t = summarise(s for _, s in part)[(split, lang)]
                wrong = unknown = right = 0
                bare = found_bare = 0
                for d, _ in part:
                    w, u, r = span_links(d, found[d["id"]])
                    wrong, unknown, right = wrong + len(w), unknown + len(u), right + r
                    for b in d["bare"]:
                        bare += 1
                        found_bare += any(m.start < b["span"][1] and b["span"][0] < m.end for m in found[d["id"]])
                unj = sum(len(skipped.get(d["id"], ())) for d, _ in part)
                dom = "all" if len(row) > 1 else row[0]
                print(f"  {lang:4} {split:7} {dom:6} {t.articles:4} {t.labelled:7} {t.predicted:5} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f}  "
                      f"{t.wrong_person:13}  {right:10}/{wrong}/{unknown:<17} {unj:8}  {found_bare:4}/{bare}")
    if args.verbose:
        for d, s in zip(docs, scores):
            w, u, _ = span_links(d, found[d["id"]])
            if s.false or s.missed or w or skipped.get(d["id"]):
                print(f"\n  [{d['language']} {d['domain']} {s.split}] {s.id}")
                for n in w:
                    print(f"    WRONG LINK {n}")
                for n in sorted(skipped.get(d["id"], ())):
                    print(f"    unjudged {n}")
                print_errors(s, "WRONG PERSON (scorer)")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("extract")
    sc = sub.add_parser("score")
    sc.add_argument("--lang", choices=tuple(LANGS))
    sc.add_argument("--split", choices=("tune", "heldout"))
    sc.add_argument("--domain", choices=("news", "wiki", "all"), default="news")
    sc.add_argument("--baseline", action="store_true", help="score the capitalised-word baseline instead")
    sc.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    return extract() if args.cmd == "extract" else score(args)


if __name__ == "__main__":
    raise SystemExit(main())
