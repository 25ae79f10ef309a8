"""Person mentions and gazetteer LINKS against someone else's gold links: AKSW's N3 collection.

An external yardstick for issue 14 (links audit: never the wrong person). The N3 collection
(AKSW/n3-collection, snapshot in ``/work/.mirror/AKSW+n3-collection/repo`` or ``$N3_REPO``;
CC BY-NC-SA 4.0: used for evaluation only, its texts are NEVER committed) annotates news
with gold DBpedia 3.9 links, in NIF (``nif:anchorOf``, begin/end offsets into the document's
``nif:isString``, ``itsrdf:taIdentRef`` a DBpedia URI or ``http://aksw.org/notInWiki/...``):

* ``reuters``: Reuters-128, 128 Reuters-21578 articles of 1987 (English), 880 annotations;
* ``rss``: RSS-500, 500 English sentences of news RSS feeds, 1000 annotations;
* ``news100``: News-100, 100 German news articles linked to German DBpedia, 1655 annotations
  (a ``grep`` of ``anchorOf`` counts one more in each file: the property's own declaration).

Usage::

    .venv/bin/python bench/names_n3.py extract     # once: texts + gold -> .fetched/n3/docs.json
    .venv/bin/python bench/names_n3.py score [--split tune|heldout] [--corpus reuters|rss|news100|all]
                                             [--undated] [--verbose]

``extract`` reads the N-Triples files (``*.nt``: one triple a line, same content as the
Turtle) and caches every document (id, corpus, text, gold annotations) in the git-ignored
``.fetched/n3/docs.json``. The split was fixed once, before any output was read: a document
is ``tune`` when ``int(sha1(uri).hexdigest(), 16)`` is even, else ``heldout``, ``uri`` being
the document's URI without its ``#char=`` fragment (``http://aksw.org/N3/Reuters-128/41``);
only the ids and sides are committed (``bench/data/n3_split.json``).

Dates: Reuters-21578 spans February to October 1987, so every Reuters document is read as
published on 1987-03-01 (role look-ups "on that day"); ``--undated`` reads them with no date.
RSS-500 and News-100 have no date: always undated.

Which gold entities are PERSONS is a hand judgement made once, before the detector was run,
of every distinct gold URI with its anchors (``bench/data/n3_person_uris.json``: URIs and
verdicts only). A gazetteer person's DBpedia title is its canonical name with spaces as
underscores; where the titles differ (a DBpedia 3.9 title, a German title),
``bench/data/n3_title_map.json`` maps the gazetteer id to the titles (hand-checked).

Metrics (per split and corpus):

* persons: a predicted person mention is TRUE when its span overlaps a gold person anchor,
  FALSE when it overlaps only gold non-person anchors, and ``unannotated`` (counted apart:
  the gold is not exhaustive) when it overlaps no gold anchor. Recall: gold person anchors
  overlapped by a prediction.
* links (mentions linked to a gazetteer person): on a gold person anchor, ``right`` (the
  same person) or ``wrong person``; on a gold non-person anchor, ``not a person``; with no
  gold annotation, judged by hand on the tune half (``bench/data/n3_links_judged.json``:
  doc id, gazetteer id, verdict), else counted ``unjudged``.

Numbers (start and end, the kinds fixed): the "N3 yardstick" section of
``newsclean/data/GAZETTEER.md``; the data: ``tests/data/names/README.md``.

``--verbose`` lists the wrong links, the not-person links, the false persons, the
unannotated predictions and the misses: tune half only (the script refuses on held-out).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
import time
import unicodedata
import urllib.parse
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from fetched import cached_split_docs, fetched_path, refuse_heldout_reading  # noqa: E402

N3_REPO = Path(os.environ.get("N3_REPO") or "/work/.mirror/AKSW+n3-collection/repo")
CORPORA = {"reuters": "Reuters-128", "rss": "RSS-500", "news100": "News-100"}
LANGUAGE = {"reuters": "en", "rss": "en", "news100": "de"}
REUTERS_DAY = dt.date(1987, 3, 1)
DOCS = fetched_path("n3", "docs.json")
DATA = REPO / "bench" / "data"
SPLIT_FILE = DATA / "n3_split.json"
PERSON_FILE = DATA / "n3_person_uris.json"
TITLE_MAP_FILE = DATA / "n3_title_map.json"
JUDGED_FILE = DATA / "n3_links_judged.json"
GAZETTEER = REPO / "newsclean" / "data" / "gazetteer.csv"

_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
_TRIPLE = re.compile(r'^<([^>]*)> <([^>]*)> (?:<([^>]*)>|"((?:[^"\\]|\\.)*)"(?:\^\^<[^>]*>|@[\w-]+)?) \.\s*$')


def _literal(raw: str) -> str:
    # N-Triples escapes: \t \n \r \" \\ \uXXXX \UXXXXXXXX
    raw = re.sub(r"\\U([0-9A-Fa-f]{8})", lambda m: chr(int(m.group(1), 16)), raw)
    return json.loads('"' + raw + '"')


def parse_nt(lines) -> list[dict]:
    """Documents of one N3 file: ``{uri, text, annotations: [{start, end, anchor, uri}]}``."""
    props: dict[str, dict[str, str]] = defaultdict(dict)
    for line in lines:
        if not line.strip():
            continue
        m = _TRIPLE.match(line)
        if m is None:
            raise ValueError(f"unparsed N-Triples line: {line[:120]!r}")
        s, p, obj_uri, obj_lit = m.groups()
        if p.startswith(_NIF):
            p = p[len(_NIF) :]
        elif p == "http://www.w3.org/2005/11/its/rdf#taIdentRef":
            p = "ident"
        else:
            continue
        props[s][p] = obj_uri if obj_uri is not None else _literal(obj_lit)
    docs = {}
    for s, pr in props.items():
        if "isString" in pr:
            docs[s] = {"uri": s.split("#", 1)[0], "text": pr["isString"], "annotations": []}
    for s, pr in props.items():
        if "anchorOf" in pr:
            doc = docs[pr["referenceContext"]]
            a = {"start": int(pr["beginIndex"]), "end": int(pr["endIndex"]), "anchor": pr["anchorOf"], "uri": pr.get("ident")}
            if doc["text"][a["start"] : a["end"]] != a["anchor"]:
                raise ValueError(f"{s}: anchor {a['anchor']!r} not at its offsets")
            doc["annotations"].append(a)
    for d in docs.values():
        d["annotations"].sort(key=lambda a: (a["start"], a["end"]))
    return sorted(docs.values(), key=lambda d: d["uri"])


def doc_id(corpus: str, uri: str) -> str:
    return f"{corpus}/{uri.rsplit('/', 1)[1]}"


def side(uri: str) -> str:
    return "tune" if int(hashlib.sha1(uri.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "heldout"


def extract() -> None:
    out = []
    for corpus, name in CORPORA.items():
        raw = subprocess.run(["git", f"--git-dir={N3_REPO}", "show", f"HEAD:{name}.nt"], capture_output=True, text=True, check=True).stdout
        for d in parse_nt(raw.splitlines()):
            out.append({"id": doc_id(corpus, d["uri"]), "corpus": corpus, **d})
    DOCS.parent.mkdir(parents=True, exist_ok=True)
    DOCS.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    if not SPLIT_FILE.exists():
        SPLIT_FILE.write_text(json.dumps({"rule": "tune when int(sha1(document uri).hexdigest(), 16) is even", "docs": {d["id"]: side(d["uri"]) for d in out}}, indent=1) + "\n")
    counts = Counter((d["corpus"], side(d["uri"])) for d in out)
    for corpus in CORPORA:
        n = sum(len(d["annotations"]) for d in out if d["corpus"] == corpus)
        print(f"{corpus}: {counts[corpus, 'tune'] + counts[corpus, 'heldout']} docs ({counts[corpus, 'tune']} tune, {counts[corpus, 'heldout']} heldout), {n} annotations")


def _title(uri: str) -> str:
    """The DBpedia title (or notInWiki name) of a gold URI: percent- and \\u-escapes decoded."""
    t = urllib.parse.unquote(uri.rsplit("/", 1)[1])
    return re.sub(r"\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), t)


def _fold(title: str) -> str:
    return unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower().replace(" ", "_")


def link_titles(gaz) -> dict[str, set[str]]:
    """Gazetteer canonical name -> the folded DBpedia titles of that person."""
    extra = json.loads(TITLE_MAP_FILE.read_text(encoding="utf-8"))["titles"]
    return {p.canonical: {_fold(p.canonical.replace(" ", "_")), *(_fold(t) for t in extra.get(pid, ()))} for pid, p in gaz.persons.items()}


@dataclass
class Tally:
    docs: int = 0
    gold: int = 0  # gold person anchors
    found: int = 0  # of those, overlapped by a predicted person
    true: int = 0
    false: int = 0
    unannotated: int = 0
    links: Counter = field(default_factory=Counter)

    def add(self, o: Tally) -> None:
        for k in ("docs", "gold", "found", "true", "false", "unannotated"):
            setattr(self, k, getattr(self, k) + getattr(o, k))
        self.links.update(o.links)


def score_doc(doc: dict, persons: dict[str, str], gaz, titles, ids, judged, verbose: bool, undated: bool) -> Tally:
    from newsclean.cleaners.names import find_persons

    text = doc["text"]
    day = REUTERS_DAY if doc["corpus"] == "reuters" and not undated else None
    _, mentions = find_persons(text, day, gaz, language=LANGUAGE[doc["corpus"]])
    gold = [(a, persons[a["uri"]] == "person") for a in doc["annotations"] if a["uri"] in persons]
    t = Tally(docs=1, gold=sum(1 for _, p in gold if p))
    lines = []

    def ctx(s: int, e: int) -> str:
        return (text[max(0, s - 60) : s] + "[" + text[s:e] + "]" + text[e : e + 60]).replace("\n", " ")

    hit = set()
    for m in mentions:
        over = [(i, a, p) for i, (a, p) in enumerate(gold) if a["start"] < m.end and m.start < a["end"]]
        is_link = m.canonical in titles
        if any(p for _, _, p in over):
            t.true += 1
            hit.update(i for i, _, p in over if p)
        elif over:
            t.false += 1
            lines.append(f"    false person  {m.surface!r} (gold {', '.join(_title(a['uri']) for _, a, _ in over)}): {ctx(m.start, m.end)}")
        else:
            t.unannotated += 1
            if not is_link:
                lines.append(f"    unannotated   {m.surface!r}: {ctx(m.start, m.end)}")
        if not is_link:
            continue
        if any(p for _, _, p in over):
            golds = [_fold(_title(a["uri"])) for _, a, p in over if p]
            verdict = "right" if titles[m.canonical] & set(golds) else "wrong_person"
        elif over:
            verdict = "not_person"
        else:
            verdict = "unannotated_" + judged.get((doc["id"], ids[m.canonical]), "unjudged")
        t.links[verdict] += 1
        if verdict != "right":
            gold_names = ", ".join(_title(a["uri"]) for _, a, _ in over) or "-"
            lines.append(f"    LINK {verdict:20} {m.surface!r} -> {m.canonical} [{ids[m.canonical]}] (gold {gold_names}) flags={m.flags}: {ctx(m.start, m.end)}")
    t.found = len(hit)
    for i, (a, p) in enumerate(gold):
        if p and i not in hit:
            lines.append(f"    missed        {a['anchor']!r} ({_title(a['uri'])}): {ctx(a['start'], a['end'])}")
    if verbose and lines:
        print(f"\n  [{doc['id']}]")
        print("\n".join(lines))
    return t


def score(args) -> None:
    from newsclean.cleaners.names import load_gazetteer

    docs, split = cached_split_docs(DOCS, SPLIT_FILE, "bench/names_n3.py extract")
    persons = json.loads(PERSON_FILE.read_text(encoding="utf-8"))["uris"]
    judged = {}
    if JUDGED_FILE.exists():
        judged = {(j["doc"], j["id"]): j["verdict"] for j in json.loads(JUDGED_FILE.read_text(encoding="utf-8"))["links"]}
    gaz = load_gazetteer(GAZETTEER.read_text(encoding="utf-8"))
    titles = link_titles(gaz)
    ids = {p.canonical: pid for pid, p in gaz.persons.items()}
    corpora = list(CORPORA) if args.corpus == "all" else [args.corpus]
    sides = [args.split] if args.split else ["tune", "heldout"]
    rows: dict[tuple[str, str], Tally] = {}
    cpu = time.process_time()
    for sd in sides:
        for corpus in corpora:
            tally = Tally()
            for d in docs:
                if d["corpus"] == corpus and split[d["id"]] == sd:
                    tally.add(score_doc(d, persons, gaz, titles, ids, judged, args.verbose, args.undated))
            rows[sd, corpus] = tally
    cpu = time.process_time() - cpu
    dated = "Reuters undated" if args.undated else f"Reuters as of {REUTERS_DAY}"
    print(f"\nN3 yardstick ({dated}; {cpu:.1f} s CPU)")
    print(f"  {'part':8} {'corpus':8} {'docs':>4} {'gold':>5} {'pred':>5} {'true':>5} {'false':>5} {'unann':>5} {'P':>6} {'R':>6}"
          f" | {'links':>5} {'right':>5} {'wrong':>5} {'notP':>5} {'unann(r/w/n/?)':>15}")
    for sd in sides:
        total = Tally()
        for corpus in corpora:
            total.add(rows[sd, corpus])
        for name, t in [*((c, rows[sd, c]) for c in corpora), *((("all", total),) if len(corpora) > 1 else ())]:
            pred = t.true + t.false + t.unannotated
            prec = t.true / (t.true + t.false) if t.true + t.false else 0.0
            rec = t.found / t.gold if t.gold else 0.0
            ln = t.links
            un = "/".join(str(ln["unannotated_" + k]) for k in ("right", "wrong", "not_person", "unjudged"))
            print(f"  {sd:8} {name:8} {t.docs:4} {t.gold:5} {pred:5} {t.true:5} {t.false:5} {t.unannotated:5} {prec:6.3f} {rec:6.3f}"
                  f" | {sum(ln.values()):5} {ln['right']:5} {ln['wrong_person']:5} {ln['not_person']:5} {un:>15}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("extract")
    sub.add_parser("uris", help="every distinct gold URI with its anchors (for the person judgements)")
    sc = sub.add_parser("score")
    sc.add_argument("--split", choices=("tune", "heldout"))
    sc.add_argument("--corpus", choices=(*CORPORA, "all"), default="all")
    sc.add_argument("--undated", action="store_true", help="read the Reuters documents with no date")
    sc.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    if args.cmd == "extract":
        extract()
    elif args.cmd == "uris":
        docs, _ = cached_split_docs(DOCS, SPLIT_FILE, "bench/names_n3.py")
        anchors: dict[str, Counter] = defaultdict(Counter)
        for d in docs:
            for a in d["annotations"]:
                anchors[a["uri"]][a["anchor"]] += 1
        for uri in sorted(anchors):
            print(uri, "|", "; ".join(f"{k}" for k, _ in anchors[uri].most_common(4)))
    else:
        refuse_heldout_reading(args.verbose, args.split)
        score(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
