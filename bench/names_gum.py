"""Person names against labels this project did not write: GUM's Wikinews news and interviews.

An external yardstick for issue 14. GUM, the Georgetown University Multilayer corpus
(amir-zeldes/gum, snapshot 72ce5ac14978a324c2fd18d49484e65292cbe316), annotates every
entity mention of its documents (etype, coreference id, Wikipedia identity) in the MISC
``Entity=`` brackets of ``dep/GUM_*.conllu``. Its Wikinews documents are news: the 24
``GUM_news_*`` articles and the 19 ``GUM_interview_*`` interviews (texts CC-BY 2.5,
annotations CC-BY 4.0; ``LICENSE.txt`` of the snapshot). The Wikipedia biographies
(``GUM_bio_*``, CC-BY-SA 3.0) are extra TUNE-only material (``--bio``), never held out, and so
are GUM's other genres (``--genre G``, round 17: ``academic``, ``fiction``, ``voyage``, ``whow``,
``textbook``, ``speech``, ``vlog``, ``conversation``, ``court``, ``essay``, ``letter``,
``podcast``; their sources' licences are in the snapshot's ``LICENSE.txt``). ``reddit`` is never
read: its licence forbids it.

Usage::

    .venv/bin/python bench/names_gum.py extract              # once: texts + labels -> .fetched/gum/
    .venv/bin/python bench/names_gum.py score [--split tune|heldout] [--bio] [--verbose]
    .venv/bin/python bench/names_gum.py score --genre all --split tune [--verbose]   # every genre, tune only

``--verbose`` lists every false prediction, miss and wrong link: tuning half only (the
held-out half is for measuring, never for reading; the script refuses).

**Nothing third-party is committed.** ``extract`` reads the snapshot
(``/work/.mirror/amir-zeldes+gum/repo``, or ``$GUM_REPO``) and caches the rebuilt texts
and the derived labels in the git-ignored ``.fetched/gum/docs.json``. Only the split
(``bench/data/names_gum_split.json``: doc ids and side) is committed. It was made once:
a doc is ``tune`` when ``int(sha1(doc_id).hexdigest(), 16)`` is even, else ``heldout``.

The text of a doc
-----------------
``# meta::title`` is the first line; then the paragraphs (``# newpar``), separated by a
blank line; the sentences of a paragraph are joined by a space, the tokens by
``SpaceAfter`` (a multi-word token such as ``Warhol's`` is written once, from its range
line). When the first paragraph is the headline itself (it always is in these docs), it
is that first line. ``# meta::dateCreated`` is the publication date. Speaker names of the
interviews are metadata (``# speaker``), not text, and are not written.

The labels (conventions; both halves are derived by the same code)
------------------------------------------------------------------
Labels follow the format and conventions of ``tests/data/names/README.md`` (``persons``
in the fullest named form the text gives, ``partial`` for references that need not be
found), derived from GUM's annotation, never from any system's output:

1. A **person entity** is a coreference chain (entity id) with a mention of etype
   ``person``. Its **named mentions** are its person mentions whose syntactic head (the
   one token of the span whose head lies outside it) is a singular proper noun (UPOS
   ``PROPN``, XPOS ``NNP``): plural groups and demonyms (``Americans``, ``the Rohingya``:
   ``NNPS``), pronouns and common nouns are not names. GUM heads a mention of a role noun
   and a name on the role noun and hangs the name on it as ``flat`` or ``appos``
   (``campaigner Caitlin Boswell``, ``singer-songwriter Carly Simon``, ``Swedish captain
   Andreas Granqvist``): such a proper noun is the name's head (1a). When several tokens
   of a span are governed from outside it (``interior and overseas minister Gérald
   Darmanin``), each is tried. A mention whose head lies inside
   a nested mention of another entity (``Jonathan M. Stan and John-Christian G.
   Rauschenberg``, a group; ``Devocht, who had told Montalvo ...``; ``the State
   Department Spokesperson``, a role of an organisation) is that other mention's
   business, not a name of this entity.
2. The **name** of a named mention is the contiguous run of tokens around the head, inside
   the mention, made of proper nouns, name particles between them (``de``, ``van``,
   ``al`` ...), tokens glued to them without a space (``Kim Jong-un``, ``d'Ettorre``)
   and an editor's square brackets (``[George H. W.] Bush``: the brackets are dropped);
   a quoted nickname inside the name is passed over and dropped (``Austin Shepherd "Shep"
   Padalecki`` -> ``Austin Shepherd Padalecki``, the README's ``Lee "Faker" Sang-hyeok``).
   Leading tokens are cut while they are a title or role word (``TITLES``: ``President``,
   ``Professor``, ``Mr.``, ``Prime Minister``, ...) or lie in a nested mention of a
   non-person entity (``U.S.`` in ``U.S. President Donald Trump``, ``NASA`` in ``NASA
   Administrator Charles Bolden``), unless the entity's Wikipedia identity keeps the word
   (``Emperor Norton``, ``Lord Byron``). A mention whose head is itself such a word
   (``the President``, ``the Sheriff's``, ``Man of the Match``), or whose name is all
   such words, has no name; neither has a one-word name after an article (``the
   Taliban``, ``The Fawn``: a group or an epithet). The name tokens are proper nouns by
   UPOS or XPOS (``Gross`` of ``Terry Gross`` is ADJ/NNP).
3. The **full form** of a person is its longest name (in tokens; ties: the first in the
   text); other names of two tokens or more that fold differently are kept as variants
   (``Kristen Wilkins|Kristin Wilkins``, ``Lawrence Lessig|Larry Lessig``).
4. A person whose names are all ONE token is
   - ``partial`` to the person of this doc whose full form has that token
     (``Devocht`` -> ``Tom Devocht`` when GUM gives them two entity ids);
   - a ``persons`` entry when its Wikipedia identity is one word (a mononym or a
     deity's or character's one name: ``Halston``, ``Zeus``, ``Batman``);
   - a ``persons`` entry written as the identity (``Barack Obama|President Obama``) when
     a mention says ``President``/``Vice President`` before it (the README's president
     convention);
   - else ``partial``: to the identity's name when there is one (``Gorbachev`` ->
     ``Mikhail Gorbachev``), else to null (``Rebecca``, ``Memon``).
   The other one-token names of a person with a full form are ``partial`` to it
   (``Warhol`` -> ``Andy Warhol``).
5. A name that is part of the proper name of a non-person entity (a ``compound`` or
   ``conj`` inside a mention whose head is a proper noun outside the name, with no
   possessive: ``the Chiang Kai Shek Memorial Hall``, ``the Steven F. Udvar-Hazy Center``,
   ``the Mary & Leigh Block Museum``) is ``partial`` (to the identity's name, else to
   itself) when the person is named nowhere else: the README's "a person's name inside a
   place or thing named after him". ``the Andy Warhol exhibit`` (head a common noun) and
   ``Joseph Conrad's novels`` (a possessor) stay names.
6. An entity whose identity's disambiguator names a group (``Anonymous_(group)``:
   ``GROUP_DISAMBIGUATORS``) is not a person; a one-word name joined by ``&``/``and`` to a
   longer one inside a mention of the pair takes its last word (``Mary & Leigh Block`` ->
   ``Mary Block``, the README's shared-surname convention). A pronunciation in IPA
   (``ˈantoɲiːn ˈlɛopolt ˈdvor̝aːk``) is no name; a footnote number after a name is cut;
   two persons whose names are the same words in another order are one (``Higuchi
   Natsu``, ``Natsu Higuchi``).
7. Each person keeps its Wikipedia identity (``identity``: title with spaces, ``None``
   when GUM gives none), and ``mentions`` (character spans of every mention of the
   entity, named or not) for the wrong-link check.

Scoring
-------
Exactly as ``bench/names_unseen.py``: ``find_persons(text, published, gazetteer,
title=, language="en")``, scored by ``newsclean.cleaners.names.evaluate.score_article``
with the same label resolver (``names_unseen.run``). On top, **identity links**: each
predicted mention linked to a gazetteer person is compared with the GUM person entity
whose mention it overlaps; it is a wrong link when that entity's identity (Wikipedia
title, ``%XX`` decoded, underscores as spaces, a trailing ``(disambiguation)`` dropped,
folded) is not the canonical name; ``unknown`` when the overlapped entity has no
identity, or no person mention overlaps.

First held-out measure, the honest external estimate (before any rule or converter
change was made from this yardstick; detector of main 2524479, run once)::

    .venv/bin/python bench/names_gum.py score --split heldout
    GUM heldout  docs  25 persons  143 pred  132 P 0.811 R 0.748 F1 0.778
                 wrong-person (scorer) 2  identity links: right 16 wrong 1 unknown 2

(tune half then: 18 docs, 96 persons, P 0.814 R 0.823 F1 0.819, identity links right 7,
wrong 0, unknown 0.) Conventions 1a, 5, 6 and the several-heads case of 1 were added
after it, from reading the tune half's errors (below); they change the labels of both
halves alike.

Final measure (round 16: converter conventions 1a, 5, 6, those the tune-only bios showed
later (an ADJ heading a role noun and a name, a quoted nickname, IPA, footnote numbers,
word order) and the rules of ``GAZETTEER.md`` round 16; run once at the end)::

    .venv/bin/python bench/names_gum.py score --split heldout
    GUM heldout  docs  25 persons  163 pred  132 P 0.939 R 0.761 F1 0.841
                 wrong-person (scorer) 1  identity links: right 18 wrong 1 unknown 0

The persons count moved from 143 to 163 with the converter's conventions (both halves
alike), so the two held-out numbers are not on the same labels. Tune half at the end: P 1.000
R 0.955 F1 0.977 (111 persons, identity links right 7, wrong 0); with the bios P 0.951 R 0.890.

The tune half's errors, read once (round 16)
--------------------------------------------
Of the 35 errors of the first tune run (18 false, 17 missed), plus one the converter fixes
then exposed, sorted:

(a) conversion / convention mismatches, fixed in the converter (21): a role noun heading
the mention (17 false: ``Caitlin Boswell``, ``Colin Yeo``, ``Gérald Darmanin``, ``Julie
Couillard``, ``Julie Hahn``, ``Sujata Raisinghani``, ``Andreas Granqvist``, ``Kyle
Walker``, ``Carly Simon``, ``Elaine Gustafon``, ``Jann Wenner``, ``Nat Finkelstein``,
``Nick Rhodes``, ``Steve Rubell``, ``Truman Capote``, ``Mu Li``, ``Hau Lung-bin``: GUM
persons the first converter had dropped); a name inside a place's name (3 missed:
``Chiang Kai Shek``, ``Steven F. Udvar-Hazy``, ``Leigh Block`` of the museum); a group
(1 missed: ``Anonymous``); one of them (``Darmanin``) needed the several-heads case too.

(b) real detector errors (15 on the converted labels: 14 of the first run, and ``Enver
Solomon``): missed shapes 13 (initials as a given name: ``R Saravanan``, ``AS Heagle``; Korean ``Surname Given-Given`` whose surname is
an English word or unknown: ``Park Joo-Ho``, ``Hwang Hee-Chan``; a surname that is a common
word in a list of players: ``John Stones``; unknown given names with only a sports verb or a
plural occupation noun as cue: ``Ferjani Sassi``, ``Vitas Gerulaitis``; a name as the
modifier of a noun: ``an Edward Steichen and Andy Warhol exhibit``; mononyms, the Greek gods
``Zeus``, ``Hera``, ``Poseidon``, ``Aphrodite``, ``Athena``), a wrong span 1 (``CEO of the
Refugee Council Enver Solomon``: the given name, a Turkish word, was cut as the last word of
the office's organisation) and an organisation/work taken for a person 1 (``Iodine
Nutrition`` of ``the Australian National Iodine Nutrition Study``). No wrong-person link.

Fixed by general rules (``GAZETTEER.md`` round 16, ``tests/test_names_round16.py``): 10 of
the 15 (``Park Joo-Ho``, ``Hwang Hee-Chan``, ``John Stones``, ``Iodine Nutrition``, ``Enver
Solomon``, the five gods). Left: ``R Saravanan``, ``AS Heagle``, ``Ferjani Sassi``, ``Vitas
Gerulaitis``, ``Edward Steichen``.

The other genres (round 17, tune only)
--------------------------------------
Same converter and conventions; every doc is ``tune``. ``score --genre all --split tune`` at the
start of round 17 (detector of main 13c79f9) and after its rules (``GAZETTEER.md`` round 17)::

    genre         docs persons | start P     R     | end P     R
    news (tune)     18     111 |     1.000 0.955   |   1.000 0.991
    bio             20     215 |     0.925 0.856   |   0.925 0.860
    academic        18      35 |     0.810 0.486   |   0.826 0.543
    fiction         19      21 |     0.706 0.571   |   0.667 0.571
    voyage          18      27 |     0.484 0.556   |   0.515 0.630
    whow            19       4 |     0.333 0.250   |   0.500 0.500
    textbook        15      45 |     0.972 0.778   |   0.972 0.778
    speech          15      42 |     0.861 0.738   |   0.875 0.833
    vlog            15       8 |     0.455 0.625   |   0.455 0.625
    conversation    15      20 |     0.778 0.700   |   0.778 0.700
    court            9      30 |     0.833 0.833   |   0.839 0.867
    essay            9      45 |     0.895 0.756   |   0.905 0.844
    letter          12      40 |     0.806 0.625   |   0.806 0.625
    podcast         10      26 |     0.815 0.846   |   0.821 0.885
    all (tune)     212     669 |     0.871 0.786   |   0.874 0.816

The 143 misses of the start, read by kind: a run no list vouches for, with a phrase that
names a person (``a man named``, ``My name is``, a byline line, a plural occupation noun over
a list); initials without full stops (``R Saravanan``, ``AS Heagle``, ``JK Rowling``, ``N S
Andres``); names in capitals inside a sentence (``ALEX PADILLA``); a title before a given name
and a surname that are words (``Congresswoman Karen Bass``); a Chinese name in pinyin (``Deng
Xiaoping``); a scoring verb after a name (``Ferjani Sassi scored``): fixed by the round-17 rules. Left:
mononyms of antiquity and deities (``Aristotle``, ``Solon``, ``God``, ``Jesus``: GUM labels
``God`` a person, a convention our README does not write down), demonyms and groups GUM heads
on a singular proper noun (``African American``, ``Mexican Army``, ``Aztec``: convention
differences, left), surname-only citations of academic prose (``Domínguez Caparrós, 2000``),
full names with no cue at all (``Burroughs Mitchell had reading my script``), characters and
works (``Santa Claus``, ``Shrek``), roles the gazetteer lacks (``Vice President Ford``). Fiction's
one new false person is ``JOHN CROWLEY`` (``a new version by JOHN CROWLEY``), a person GUM marks
``abstract`` (identity ``John_Crowley_(author)``): an annotation slip, not fitted.

Held-out news at the end of round 17 (run once, commit 3183ca1)::

    .venv/bin/python bench/names_gum.py score --split heldout
    GUM heldout  docs  25 persons  163 pred  132 P 0.939 R 0.761 F1 0.841
                 wrong-person (scorer) 1  identity links: right 18 wrong 1 unknown 0

Unchanged from round 16, prediction for prediction: none of the round-17 kinds (naming
phrases, bylines, plural occupation heads, bare initials, names in capitals, titled word
names, pinyin names, scoring verbs) changed a prediction on the 25 held-out docs. The
held-out recall gap is of other kinds than the other genres show.
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
from pathlib import Path
from urllib.parse import unquote

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

GUM_REPO = Path(os.environ.get("GUM_REPO") or "/work/.mirror/amir-zeldes+gum/repo")
GUM_COMMIT = "72ce5ac14978a324c2fd18d49484e65292cbe316"
SPLIT_FILE = REPO / "bench" / "data" / "names_gum_split.json"
NEWS_PREFIXES = ("GUM_news_", "GUM_interview_")
BIO_PREFIX = "GUM_bio_"
# GUM's other genres, TUNE-only material (``--genre G``; round 17). Never ``reddit``: its
# licence forbids reuse. The news genres above are the only ones split tune/held-out.
OTHER_GENRES = ("bio", "academic", "fiction", "voyage", "whow", "textbook", "speech", "vlog",
                "conversation", "court", "essay", "letter", "podcast")

# Title and role words cut from the front of a name (convention 2); lower case, no dot.
TITLES = frozenset("""
mr mrs ms miss mx dr doctor prof professor emeritus assistant associate president vice
prime minister secretary senator sen rep representative congressman congresswoman governor
gov mayor judge justice attorney general gen colonel col captain capt major sergeant sgt
lieutenant lt commander admiral officer detective inspector constable sheriff chief
chairman chairwoman chair director administrator ambassador chancellor premier councillor
councilman councilwoman commissioner spokesperson spokesman spokeswoman speaker shadow
home foreign interior defence defense finance education environment health justice
undersecretary deputy executive manager team coach reverend rev father sister brother bishop
archbishop cardinal pope saint st sir dame lord lady king queen prince princess emperor
empress duke duchess count countess baron baroness sheikh imam rabbi mp mep qc sc
scientologist biologist fashion designer poet critic man woman student fan refugee pilot
jet republican democrat libertarian
""".split())
# Title words before a surname that make the README write the person in full (convention 4).
PRESIDENT_TITLES = frozenset({"president"})
# Lower-case particles inside a name.
PARTICLES = frozenset("de da di do dos das du del della der den van von ter ten le la el al bin ibn y zu".split())

# --- reading a CoNLL-U document ---------------------------------------------------------

@dataclass
class Token:
    form: str
    upos: str
    xpos: str
    head: int  # index of the head token in Doc.tokens, -1 for the root
    deprel: str = ""
    start: int = 0
    end: int = 0
    space_before: bool = True


@dataclass
class MentionSpan:
    eid: str
    etype: str
    identity: str | None
    first: int  # token indices, end exclusive
    last: int


@dataclass
class Doc:
    id: str
    title: str
    published: str | None
    text: str
    tokens: list[Token]
    mentions: list[MentionSpan]


def _misc(field_: str) -> dict[str, str]:
    out = {}
    for part in field_.split("|"):
        k, _, v = part.partition("=")
        out[k] = v
    return out


def _entity_items(value: str):
    """('open', spec, closes_at_once) and ('close', eid) items of an ``Entity=`` value."""
    i = 0
    while i < len(value):
        if value[i] == "(":
            j = i + 1
            while j < len(value) and value[j] not in "()":
                j += 1
            single = j < len(value) and value[j] == ")"
            yield ("open", value[i + 1 : j], single)
            i = j + 1 if single else j
        else:
            m = re.match(r"(\d+)\)", value[i:])
            if not m:
                raise ValueError(f"bad Entity value {value!r}")
            yield ("close", m.group(1), False)
            i += m.end()


def parse_conllu(doc_id: str, raw: str) -> Doc:
    """Tokens, text (title line, paragraphs) and entity mentions of one GUM document."""
    meta: dict[str, str] = {}
    paragraphs: list[list[list[tuple[str, bool, list[list[str]]]]]] = []  # par -> sent -> units
    newpar = False
    sent: list | None = None
    mwt_end = 0
    for line in raw.split("\n"):
        if line.startswith("# meta::"):
            k, _, v = line[8:].partition(" = ")
            meta[k] = v
        elif line.strip() == "# newpar":
            newpar = True
        elif line.startswith("# sent_id"):
            sent = []
            if newpar or not paragraphs:
                paragraphs.append([])
            paragraphs[-1].append(sent)
            newpar = False
            mwt_end = 0
        elif line and not line.startswith("#"):
            assert sent is not None
            cols = line.split("\t")
            if "." in cols[0]:
                continue  # empty nodes
            if "-" in cols[0]:
                a, b = map(int, cols[0].split("-"))
                sent.append((cols[1], _misc(cols[9]).get("SpaceAfter") != "No", []))
                mwt_end = b
            elif mwt_end and int(cols[0]) <= mwt_end:
                sent[-1][2].append(cols)
            else:
                sent.append((cols[1], _misc(cols[9]).get("SpaceAfter") != "No", [cols]))
    title = meta.get("title", "").strip()
    tokens: list[Token] = []
    words: list[list[str]] = []
    sent_base: list[int] = []
    pieces: list[str] = []
    pos = 0

    def emit(par: list) -> None:
        nonlocal pos
        space = False
        for s in par:
            base = len(tokens)
            for form, space_after, cols_list in s:
                if space:
                    pieces.append(" ")
                    pos += 1
                start = pos
                pieces.append(form)
                pos += len(form)
                subs = [c[1] for c in cols_list]
                offs = []
                if "".join(subs) == form:
                    o = start
                    for sub in subs:
                        offs.append((o, o + len(sub)))
                        o += len(sub)
                else:
                    offs = [(start, start + len(form))] * len(cols_list)
                for k, cols in enumerate(cols_list):
                    head = int(cols[6])
                    tokens.append(Token(cols[1], cols[3], cols[4], base + head - 1 if head else -1, cols[7], offs[k][0], offs[k][1], space if k == 0 else False))
                    words.append(cols)
                space = space_after
            sent_base.append(base)
            space = True if s else space

    first = paragraphs[0] if paragraphs else []
    first_text = " ".join(" ".join(u[0] for u in s) for s in first)
    same = re.sub(r"\s+", "", first_text) == re.sub(r"\s+", "", title)
    if not same:
        pieces.append(title)
        pos += len(title)
    for i, par in enumerate(paragraphs):
        if pieces:
            pieces.append("\n" if i == 0 and not same else "\n\n")
            pos += len(pieces[-1])
        emit(par)
    text = "".join(pieces)
    if same:
        title = text.split("\n", 1)[0]
    # entity mentions
    mentions: list[MentionSpan] = []
    stack: list[tuple[str, str, str | None, int]] = []
    for idx, cols in enumerate(words):
        value = _misc(cols[9]).get("Entity", "")
        for kind, spec, single in _entity_items(value):
            if kind == "open":
                parts = spec.split("-", 7)
                eid, etype = parts[0], parts[1]
                ident = parts[7] if len(parts) > 7 and parts[7] else None
                if single:
                    mentions.append(MentionSpan(eid, etype, ident, idx, idx + 1))
                else:
                    stack.append((eid, etype, ident, idx))
            else:
                for k in range(len(stack) - 1, -1, -1):
                    if stack[k][0] == spec:
                        eid, etype, ident, first_tok = stack.pop(k)
                        mentions.append(MentionSpan(eid, etype, ident, first_tok, idx + 1))
                        break
                else:
                    raise ValueError(f"{doc_id}: closing unopened entity {spec}")
    if stack:
        raise ValueError(f"{doc_id}: unclosed entities {stack}")
    return Doc(doc_id, title, meta.get("dateCreated"), text, tokens, mentions)


# --- deriving the labels ------------------------------------------------------------------

def identity_name(identity: str | None) -> str | None:
    """A Wikipedia title as a name: ``%XX`` decoded, spaces, no trailing ``(...)``."""
    if not identity:
        return None
    name = unquote(identity).replace("_", " ")
    return re.sub(r"\s*\([^()]*\)$", "", name).strip() or None


def fold_name(name: str) -> str:
    s = unicodedata.normalize("NFKD", name.replace("’", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return re.sub(r"[\s.\-‐]+", " ", s).strip()


def _head(doc: Doc, m: MentionSpan) -> int:
    for i in range(m.first, m.last):
        h = doc.tokens[i].head
        if not (m.first <= h < m.last):
            return i
    return m.first


def _word(form: str) -> str:
    return form.lower().rstrip(".")


def _is_name_token(t: Token) -> bool:
    return t.upos == "PROPN" or t.xpos in ("NNP", "NNPS")  # ``Gross`` of Terry Gross: ADJ/NNP


def _name_head(doc: Doc, m: MentionSpan) -> int | None:
    """The token the mention's name is built around: its head when a singular proper noun,
    else a proper noun the head (a role noun) governs as ``flat`` or ``appos`` inside the
    mention (``campaigner Caitlin Boswell``, ``Swedish captain Andreas Granqvist``)."""
    toks = doc.tokens
    h = _head(doc, m)
    if toks[h].xpos == "NNP" and _word(toks[h].form) not in TITLES:
        return h
    # a span can have several tokens governed from outside (``interior and overseas
    # minister Gérald Darmanin``: ``overseas`` and ``minister``): try each
    outer = [i for i in range(m.first, m.last) if not (m.first <= toks[i].head < m.last)]
    for o in outer:
        if toks[o].upos in ("NOUN", "PROPN", "ADJ") and toks[o].xpos != "NNPS":  # ``the German-Russian Colonel Rudolf Strasburgh``: an ADJ heads it
            for i in range(m.first, m.last):
                if toks[i].head == o and toks[i].deprel.split(":")[0] in ("flat", "appos") and toks[i].xpos == "NNP" and _word(toks[i].form) not in TITLES:
                    return i
    return h if toks[h].xpos == "NNP" else None


def _name_run(doc: Doc, m: MentionSpan, nested_other: list[MentionSpan], keep: set[str], h: int) -> tuple[int, int] | None:
    """Token range (start, end) of the name around token ``h`` of the mention, or None."""
    toks = doc.tokens
    if not _is_name_token(toks[h]):
        return None

    def inside(i: int) -> bool:
        t = toks[i]
        if _is_name_token(t) or t.form in "[]":
            return True
        return False

    def glued(i: int, j: int) -> bool:  # no space between tokens i < j (adjacent)
        return not toks[j].space_before

    lo = h
    while lo - 1 >= m.first:
        i = lo - 1
        if inside(i) or (glued(i, lo) and toks[i].upos not in ("PUNCT",) and toks[i].form not in ",;:"):
            lo = i
        elif toks[i].form.lower() in PARTICLES and i - 1 >= m.first and _is_name_token(toks[i - 1]):
            lo = i
        elif toks[i].form in "-‐" and glued(i, lo) and i - 1 >= m.first and glued(i - 1, i):
            lo = i
        else:
            break
    hi = h + 1
    while hi < m.last:
        i = hi
        if inside(i) or (glued(hi - 1, i) and toks[i].form not in ",;:'’" and toks[i].upos != "PART") :
            hi = i + 1
        elif toks[i].form.lower() in PARTICLES and i + 1 < m.last and _is_name_token(toks[i + 1]):
            hi = i + 1
        elif (q := _quoted_nickname(toks, i, m.last)) is not None:
            hi = q  # Austin Shepherd "Shep" Padalecki: the surname after the quoted nickname
        else:
            break
    # trim editor's brackets and glue at the edges
    while lo < hi and not _is_name_token(toks[lo]) and toks[lo].form != "[":
        lo += 1
    while hi > lo and ((not _is_name_token(toks[hi - 1]) and toks[hi - 1].form != "]" and not toks[hi - 1].form[:1].isalpha()) or toks[hi - 1].form.isdigit()):
        hi -= 1
    # leading tokens of nested non-person mentions (``U.S.``, ``NASA``), then everything up
    # to the last title word that a name token follows (``U.S. President Donald Trump``)
    while lo < hi and any(o.first <= lo < o.last for o in nested_other) and toks[lo].form not in "[]":
        lo += 1
    words = [_word(toks[i].form) for i in range(lo, hi)]
    if not words or _word(toks[h].form) in TITLES - keep or all(w in TITLES or not w[:1].isalnum() for w in words):
        return None
    for k in range(len(words) - 1, -1, -1):
        if words[k] in TITLES and words[k] not in keep and k + 1 < len(words) and words[k + 1] not in TITLES:
            lo = lo + k + 1
            break
    while lo < hi and toks[lo].form in "-‐":
        lo += 1
    if lo >= hi:
        return None
    # one word after an article is a group or an epithet: ``the Taliban``, ``The Fawn``
    if hi - lo == 1 and lo > m.first and toks[lo - 1].upos == "DET" and _word(toks[lo - 1].form) in ("the", "a", "an"):
        return None
    return lo, hi


_QUOTES = frozenset('"“”\'‘’')


def _quoted_nickname(toks: list[Token], i: int, end: int) -> int | None:
    """When a quoted nickname opens at token ``i`` and a name word follows its closing quote
    inside the mention (before ``end``), the index after that name word."""
    if toks[i].form not in _QUOTES:
        return None
    for j in range(i + 1, min(end, i + 5)):
        if toks[j].form in _QUOTES:
            return j + 2 if j + 1 < end and _is_name_token(toks[j + 1]) else None
    return None


# Letters of the International Phonetic Alphabet no spelling of a name uses.
_IPA = re.compile("[\u0250-\u02af\u02b0-\u02ff]")


def _surface(doc: Doc, lo: int, hi: int) -> str:
    """The name as written, without editor's brackets and without a quoted nickname."""
    s = doc.text[doc.tokens[lo].start : doc.tokens[hi - 1].end]
    s = re.sub(r'\s["“‘\'][^"“”‘’\']{1,40}["”’\']\s', " ", s)
    s = s.replace("[", " ").replace("]", " ")
    return re.sub(r"\s+", " ", s).strip()


def _n_tokens(name: str) -> int:
    return len([w for w in re.split(r"[\s]+", name) if w])


def _shares_end(a: str, b: str) -> bool:
    """Whether two names share their first or their last word (folded)."""
    fa, fb = fold_name(a).split(), fold_name(b).split()
    return bool(fa and fb) and (fa[0] == fb[0] or fa[-1] == fb[-1])


def _embedded(doc: Doc, m: MentionSpan) -> bool:
    """Whether the mention is part of the proper name of a non-person entity
    (``the Chiang Kai Shek Memorial Hall``, ``the Andy Warhol Foundation``; not ``the Andy
    Warhol exhibit``, whose head is a common noun)."""
    toks = doc.tokens
    if toks[_head(doc, m)].deprel not in ("compound", "conj") or any(toks[i].xpos == "POS" for i in range(m.first, min(m.last + 1, len(toks)))):
        return False  # ``Joseph Conrad's novels``: a possessor, not a name inside a name
    for o in doc.mentions:
        if o.etype == "person" or not (o.first <= m.first and m.last <= o.last) or (o.first, o.last) == (m.first, m.last):
            continue
        h = _head(doc, o)
        if not (m.first <= h < m.last) and doc.tokens[h].xpos in ("NNP", "NNPS"):
            return True
    return False


# Wikipedia disambiguators of groups, not people (``Anonymous (group)``).
GROUP_DISAMBIGUATORS = frozenset("group band organization organisation company collective duo trio team".split())


def _group_identity(identity: str | None) -> bool:
    m = re.search(r"\(([^()]*)\)$", unquote(identity or "").replace("_", " "))
    return bool(m) and m.group(1).strip().lower() in GROUP_DISAMBIGUATORS


def _shared_surname(doc: Doc, m: MentionSpan, lo: int, hi: int) -> str | None:
    """``Mary`` of ``Mary & Leigh Block`` as ``Mary Block``: a one-word name joined by
    ``&``/``and`` to a longer name inside one mention of a group of people takes its last word."""
    toks = doc.tokens
    if hi - lo != 1 or hi + 2 >= len(toks) or _word(toks[hi].form) not in ("&", "and"):
        return None
    group = [o for o in doc.mentions if o.etype == "person" and o.first <= lo and hi + 2 < o.last and o.eid != m.eid]
    if not group:
        return None
    j = hi + 1
    while j < group[0].last and _is_name_token(toks[j]):
        j += 1
    if j - (hi + 1) < 2:
        return None
    return f"{toks[lo].form} {toks[j - 1].form}"


@dataclass
class GumPerson:
    eid: str
    identity: str | None
    names: list[str] = field(default_factory=list)  # in text order
    presidential: bool = False
    embedded: list[str] = field(default_factory=list)  # names inside another entity's proper name
    spans: list[tuple[int, int]] = field(default_factory=list)


def derive_labels(doc: Doc) -> dict:
    """``persons``, ``partial``, identities and mention spans of one doc (module docstring)."""
    toks = doc.tokens
    people: dict[str, GumPerson] = {}
    partial: dict[str, str | None] = {}
    for m in doc.mentions:
        if m.etype != "person":
            continue
        p = people.setdefault(m.eid, GumPerson(m.eid, m.identity))
        if m.identity and not p.identity:
            p.identity = m.identity
        p.spans.append((toks[m.first].start, toks[m.last - 1].end))
    for m in doc.mentions:
        if m.etype != "person":
            continue
        p = people[m.eid]
        nh = _name_head(doc, m)
        if nh is None:
            continue
        h = nh
        inner = [o for o in doc.mentions if o is not m and m.first <= o.first and o.last <= m.last and (o.first, o.last) != (m.first, m.last)]
        if any(o.eid != m.eid and o.first <= h < o.last for o in inner):
            continue  # a group or a wrapper around another person's mention, a role of an organisation
        ident = identity_name(p.identity) or ""
        keep = {_word(w) for w in ident.split()}
        others = [o for o in inner if o.etype != "person" and not (o.first <= h < o.last)]
        run = _name_run(doc, m, others, keep, h)
        if run is None:
            continue
        lo, hi = run
        name = _surface(doc, lo, hi)
        if not name or _IPA.search(name):
            continue  # a pronunciation in IPA (``ˈantoɲiːn``) is no name
        before = [_word(toks[i].form) for i in range(max(m.first, lo - 2), lo)]
        if any(w in PRESIDENT_TITLES for w in before):
            p.presidential = True
        if _embedded(doc, m):
            p.embedded.append(name)
            continue
        name = _shared_surname(doc, m, lo, hi) or name
        p.names.append(name)
    for p in people.values():
        ident = identity_name(p.identity)
        if p.embedded and not p.names:  # named only inside a place's or a thing's name
            best = max(p.embedded, key=_n_tokens)
            for n in p.embedded:
                partial.setdefault(n, ident or best)
    named = [p for p in people.values() if p.names and not _group_identity(p.identity)]
    full: dict[str, str] = {}
    for p in named:
        best = max(p.names, key=lambda n: (_n_tokens(n), -p.names.index(n)))
        if _n_tokens(best) >= 2:
            full[p.eid] = best
    persons: list[dict] = []
    for p in named:
        ident = identity_name(p.identity)
        if p.eid in full:
            best = full[p.eid]
            forms = [best]
            apart = []  # two people under one entity id (``Devin Thurlow`` / ``Drew Cass``)
            for n in p.names:
                if _n_tokens(n) >= 2 and fold_name(n) not in {fold_name(f) for f in forms + apart}:
                    (forms if _shares_end(n, best) else apart).append(n)
            persons.append({"name": "|".join(forms), "identity": ident, "eid": p.eid, "spans": p.spans})
            persons += [{"name": n, "identity": None, "eid": p.eid, "spans": p.spans} for n in apart]
            for n in p.names:
                if _n_tokens(n) == 1 and n not in partial:
                    partial[n] = best
            continue
        token = p.names[0]
        owner = next((full[q.eid] for q in named if q.eid in full and q is not p
                      and fold_name(token) in fold_name(full[q.eid]).split()), None)
        if owner:
            for n in p.names:
                partial.setdefault(n, owner)
            persons_extra = {"name": None, "identity": ident, "eid": p.eid, "spans": p.spans, "partial_of": owner}
            persons.append(persons_extra)
        elif ident and _n_tokens(ident) == 1:
            persons.append({"name": token, "identity": ident, "eid": p.eid, "spans": p.spans})
        elif ident and p.presidential:
            persons.append({"name": f"{ident}|President {token}", "identity": ident, "eid": p.eid, "spans": p.spans})
        else:
            for n in p.names:
                partial.setdefault(n, ident)
            persons.append({"name": None, "identity": ident, "eid": p.eid, "spans": p.spans})
    # one person named under two entity ids: keep the first, the second's names as variants
    seen: dict[str, dict] = {}
    merged = []
    for e in persons:
        if e["name"] is None:
            merged.append(e)
            continue
        key = e["identity"] and fold_name(e["identity"])
        # the same words in another order are the same person (``Higuchi Natsu``, ``Natsu Higuchi``)
        order_free = " ".join(sorted(fold_name(e["name"].split("|")[0]).split()))
        key = key or seen.get("~" + order_free, {}).get("identity") and fold_name(seen["~" + order_free]["identity"]) or None
        if key is None and "~" + order_free in seen:
            key = "~" + order_free
        if key and key in seen:
            first = seen[key]
            forms = first["name"].split("|")
            for f in e["name"].split("|"):
                if fold_name(f) not in {fold_name(x) for x in forms}:
                    forms.append(f)
            first["name"] = "|".join(forms)
            first["spans"] = first["spans"] + e["spans"]
            continue
        if key:
            seen[key] = e
        for f in e["name"].split("|"):
            seen.setdefault("~" + " ".join(sorted(fold_name(f).split())), e)
        merged.append(e)
    label_persons = [e["name"] for e in merged if e["name"]]
    return {
        "persons": label_persons,
        "partial": {k: v for k, v in partial.items() if not any(fold_name(k) == fold_name(f) for n in label_persons for f in n.split("|"))},
        "entities": [{k: e[k] for k in ("name", "identity", "eid", "spans")} for e in merged],
    }


# --- extract ------------------------------------------------------------------------------

def _git(*args: str) -> str:
    return subprocess.run(["git", "--git-dir", str(GUM_REPO), *args], check=True, capture_output=True, text=True).stdout


def doc_ids(prefixes: tuple[str, ...]) -> list[str]:
    names = _git("ls-tree", "--name-only", GUM_COMMIT, "dep/").split()
    return sorted(Path(n).stem for n in names if Path(n).name.startswith(prefixes) and n.endswith(".conllu"))


def split_of(doc_id: str) -> str:
    return "tune" if int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def cache_path() -> Path:
    from fetched import fetched_path

    return fetched_path("gum", "docs.json")


def genre_of(doc_id: str) -> str:
    """``news`` for the Wikinews docs (news and interviews), else GUM's genre (``bio``, ...)."""
    return "news" if doc_id.startswith(NEWS_PREFIXES) else doc_id.split("_")[1]


def extract() -> int:
    out = []
    news = doc_ids(NEWS_PREFIXES)
    bios = doc_ids((BIO_PREFIX,))
    others = doc_ids(tuple(f"GUM_{g}_" for g in OTHER_GENRES if g != "bio"))
    assert not any(genre_of(d) == "reddit" for d in others)
    for doc_id in news + bios + others:
        doc = parse_conllu(doc_id, _git("show", f"{GUM_COMMIT}:dep/{doc_id}.conllu"))
        labels = derive_labels(doc)
        genre = genre_of(doc_id)
        split = split_of(doc_id) if genre == "news" else "tune"
        out.append({"id": doc_id, "language": "en", "title": doc.title, "published": doc.published, "text": doc.text,
                    "split": split, "bio": genre == "bio", "genre": genre, **labels})
    path = cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    split = {"about": "Split of GUM's Wikinews docs (bench/names_gum.py): tune when int(sha1(doc id), 16) is even, else heldout; GUM_bio_* are tune-only extra material. Snapshot " + GUM_COMMIT,
             "commit": GUM_COMMIT, "docs": {d: split_of(d) for d in news}, "tune_only": bios}
    if SPLIT_FILE.exists():
        old = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))
        if old["docs"] != split["docs"]:
            raise SystemExit(f"{SPLIT_FILE} differs from the split rule: it is made once")
    else:
        SPLIT_FILE.write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    n = {s: sum(1 for d in out if d["split"] == s and d["genre"] == "news") for s in ("tune", "heldout")}
    np_ = {s: sum(len(d["persons"]) for d in out if d["split"] == s and d["genre"] == "news") for s in ("tune", "heldout")}
    print(f"{len(out)} docs cached in {path}: news+interviews tune {n['tune']} docs / {np_['tune']} persons, "
          f"heldout {n['heldout']} / {np_['heldout']}; bios {len(bios)} / {sum(len(d['persons']) for d in out if d['bio'])} persons (tune only)")
    for g in OTHER_GENRES:
        part = [d for d in out if d["genre"] == g]
        print(f"  {g:12} {len(part):3} docs {sum(len(d['persons']) for d in part):4} persons (tune only)")
    return 0


# --- score --------------------------------------------------------------------------------

def load_docs() -> list[dict]:
    from fetched import cached_split_docs

    docs, split = cached_split_docs(cache_path(), SPLIT_FILE, "bench/names_gum.py")
    for d in docs:
        d.setdefault("genre", "bio" if d["bio"] else "news")
        if d["genre"] == "news" and split[d["id"]] != d["split"]:
            raise SystemExit(f"{d['id']}: cached split differs from {SPLIT_FILE}")
    return docs


def identity_links(doc: dict, mentions, gaz) -> tuple[list[str], list[str], int]:
    """(wrong, unknown, right) gazetteer links of the predicted mentions, by GUM identity."""
    wrong, unknown, right = [], [], 0
    ents = doc["entities"]
    for mt in mentions:
        if mt.canonical is None or "not_in_gazetteer" in mt.flags:
            continue
        hit = [e for e in ents if any(s < mt.end and mt.start < t for s, t in e["spans"])]
        if not hit:
            unknown.append(f"{mt.surface} -> {mt.canonical} (no GUM person here)")
            continue
        idents = {fold_name(e["identity"]) for e in hit if e["identity"]}
        if fold_name(mt.canonical) in idents:
            right += 1
        elif not idents:
            unknown.append(f"{mt.surface} -> {mt.canonical} (GUM gives no identity)")
        else:
            wrong.append(f"{mt.surface} -> {mt.canonical} (GUM: {', '.join(sorted(e['identity'] for e in hit if e['identity']))})")
    return wrong, unknown, right


def score(args) -> int:
    from fetched import refuse_heldout_reading
    from names_unseen import GAZETTEER, print_errors, run

    from newsclean.cleaners.names import find_persons, load_gazetteer
    from newsclean.cleaners.names.evaluate import published, summarise

    refuse_heldout_reading(args.verbose, args.split)
    genres = {"news"} if not args.genre else set(args.genre)
    if "all" in genres:
        genres = {"news", *OTHER_GENRES}
    if args.bio:
        genres.add("bio")
    if args.split == "heldout" and genres != {"news"}:
        raise SystemExit("the other genres are tune-only material: --split heldout is news only")
    if genres != {"news"} and args.split is None:
        args.split = "tune"  # never a held-out number on the way to a tune-only one
    docs = [d for d in load_docs() if d["genre"] in genres and (args.split is None or d["split"] == args.split)]
    gaz = load_gazetteer(GAZETTEER.read_text(encoding="utf-8"))
    found: dict[str, tuple] = {}

    def names(a):
        persons, mentions = find_persons(a["text"], published(a), gaz, title=a.get("title"), language=a["language"])
        found[a["id"]] = mentions
        return persons

    scores = run(docs, gaz, names)
    groups = [(split, "news", split) for split in ("tune", "heldout")]
    groups += [(g, g, "tune") for g in OTHER_GENRES if g in genres]
    if len(genres) > 1:
        groups.append(("all-tune", None, "tune"))
    for label, genre, split in groups:
        part = [(d, s) for d, s in zip(docs, scores) if d["split"] == split and (genre is None or d["genre"] == genre)]
        if not part:
            continue
        t = summarise(s for _, s in part)[(split, "en")]
        wrong = unknown = 0
        right = 0
        for d, _ in part:
            w, u, r = identity_links(d, found[d["id"]], gaz)
            wrong, unknown, right = wrong + len(w), unknown + len(u), right + r
        print(f"GUM {label:12} docs {t.articles:3} persons {t.labelled:4} pred {t.predicted:4} "
              f"P {t.precision:.3f} R {t.recall:.3f} F1 {t.f1:.3f}  wrong-person (scorer) {t.wrong_person}  "
              f"identity links: right {right} wrong {wrong} unknown {unknown}")
    if args.verbose:
        for d, s in zip(docs, scores):
            w, u, _ = identity_links(d, found[d["id"]], gaz)
            if s.false or s.missed or w or u:
                print(f"\n  [{d['genre']} {s.split}] {s.id}")
                for n in w:
                    print(f"    WRONG LINK {n}")
                for n in u:
                    print(f"    unknown link {n}")
                print_errors(s, "WRONG PERSON (scorer)")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("extract")
    sc = sub.add_parser("score")
    sc.add_argument("--split", choices=("tune", "heldout"))
    sc.add_argument("--bio", action="store_true", help="also the Wikipedia biographies (tune only); same as --genre news --genre bio")
    sc.add_argument("--genre", action="append", choices=("news", "all", *OTHER_GENRES),
                    help="genres to score (repeatable; default news; all = news and every other genre, tune only)")
    sc.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    return extract() if args.cmd == "extract" else score(args)


if __name__ == "__main__":
    raise SystemExit(main())
