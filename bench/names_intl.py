"""Person names on fresh non-English news (issue 14): German, Spanish, French, Russian.

Extracts the article text (trafilatura, JSON with metadata, default settings) of the
non-English test pages of flairNLP/fundus (``tests/resources/parser/test_data/<country>/
<Publisher>_<date>.html.gz``, MIT, pages of 2023-2026), detects each page's language with
:func:`newsclean.cleaners.language.detect_language` and keeps the pages in German,
Spanish, French, Russian (the few Italian pages are left out). English pages are
never kept (they are reserved for the English rules' own hunts).

The texts are third-party data: they are cached under the git-ignored
``.fetched/intl/pages.json`` and never committed. The judged file
``bench/data/names_intl_judged.json`` carries only page paths, predicted names,
verdicts and kinds, and per page the persons the detector missed (read by hand).

The judged set: every es, fr, ru page and the first 40 German pages
(de/at/ch/lu/... folders, detected German) in the SHA-1 order of the path. Round 2 (its
entries marked ``"round": 2``, scored on a row of their own): the next 30 German pages in
that order, judged from a later commit before any rule written from them. The German pages after those (one per story, minus
copies and a non-article) are labelled held-out batch 26 (``fundus_german_batch26()``, ``tests/data/names/
unseen_batch26.json``), which ``predict --others`` leaves out.

Usage::

    .venv/bin/python bench/names_intl.py extract      # once: build .fetched/intl/pages.json
    .venv/bin/python bench/names_intl.py predict      # every prediction of the judged set, with context
    .venv/bin/python bench/names_intl.py predict --others  # the same on the pages outside it but batch 26's (32 German)
    .venv/bin/python bench/names_intl.py predict --round2  # round 2's pages: the first 30 of those, SHA-1 order
    .venv/bin/python bench/names_intl.py score        # false and missed per language (round 2's pages apart), now and at the start
    .venv/bin/python bench/names_intl.py text PATH    # print one page's text (for reading misses)

A prediction is true when it names one real person (or a fictional character named like
a person) in a sensible canonical form and, when linked, the right gazetteer person;
false when it names no person, merges two people or a title into a name, cuts a name
into a wrong one, or links the wrong person. A miss is a person named in the body or
headline with at least a given name and a surname (or a surname with a title), whose
canonical form (as any prediction of the page, up to case and diacritics) is absent;
bare surnames of persons named in full elsewhere are not misses.
"""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

GITDIR = Path("/work/.mirror/flairNLP+fundus/repo")
ROOT = "tests/resources/parser/test_data/"
# country folders of non-English-speaking countries (English-speaking ones are never read)
COUNTRIES = ("de", "at", "ch", "lu", "li", "be", "es", "fr", "ru", "ua", "it", "pt", "mx", "py")
CACHE = REPO / ".fetched" / "intl" / "pages.json"
JUDGED = REPO / "bench" / "data" / "names_intl_judged.json"
LANGS = ("de", "es", "fr", "ru")
GERMAN_PAGES = 40
ROUND2_PAGES = 30  # round 2: the first German pages outside the judged set, judged from a later commit


def _git(*args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={GITDIR}", *args], check=True, capture_output=True).stdout


def _extract_one(path: str) -> dict | None:
    import gzip

    from names_hunt import page_text

    try:
        html = gzip.decompress(_git("show", f"HEAD:{path}")).decode("utf-8", errors="replace")
    except OSError:
        return None
    page = page_text(html)
    if page is None or page["language"] == "en":
        return None  # too short, or reserved for the English hunts: not even cached
    return {"path": path, **page}


def extract() -> None:
    from multiprocessing import Pool

    items = [p for p in _git("ls-tree", "-r", "HEAD", "--name-only").decode().splitlines() if p.startswith(ROOT) and p.endswith(".html.gz") and p[len(ROOT) :].split("/")[0] in COUNTRIES]
    with Pool(2) as pool:
        pages = [p for p in pool.map(_extract_one, items, chunksize=4) if p]
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_text(json.dumps(pages, ensure_ascii=False))
    by: dict[str, int] = {}
    for p in pages:
        by[p["language"]] = by.get(p["language"], 0) + 1
    print(f"{len(items)} files, {len(pages)} non-English pages with text -> {CACHE}: {dict(sorted(by.items()))}")


def _sha1(path: str) -> str:
    return hashlib.sha1(path.encode()).hexdigest()


def chosen_pages() -> list[dict]:
    """The judged set: every page in es/fr/ru/pt/it, the first GERMAN_PAGES German ones by SHA-1 of the path."""
    pages = sorted(json.loads(CACHE.read_text(encoding="utf-8")), key=lambda p: _sha1(p["path"]))
    seen: set[str] = set()
    out, german = [], 0
    for p in pages:
        if p["language"] not in LANGS:
            continue
        key = " ".join(p["text"][:400].split())
        if key in seen:  # the same story saved twice
            continue
        seen.add(key)
        if p["language"] == "de":
            if german >= GERMAN_PAGES:
                continue
            german += 1
        out.append(p)
    return out


def _german_pages_outside(pages: list[dict]) -> list[dict]:
    """The German pages outside *pages*, SHA-1 order of the path, one per story (the opening 400 characters, those of
    *pages* included)."""
    paths = {p["path"] for p in pages}
    seen = {" ".join(p["text"][:400].split()) for p in pages}
    out = []
    for p in sorted(json.loads(CACHE.read_text(encoding="utf-8")), key=lambda p: _sha1(p["path"])):
        key = " ".join(p["text"][:400].split())
        if p["path"] in paths or p["language"] != "de" or key in seen:
            continue
        seen.add(key)
        out.append(p)
    return out


def round2_pages() -> list[dict]:
    """Round 2's judged pages: the first ROUND2_PAGES German pages outside the judged set, SHA-1 order, one per story."""
    return _german_pages_outside(chosen_pages())[:ROUND2_PAGES]


# pages of the German batch-26 order judged by hand not to be a news article (not labelled): path -> reason
BATCH26_NOT_ARTICLES = {
    "tests/resources/parser/test_data/de/WinFuture_2024_04_29.html.gz":
        "an affiliate deal post: a mobile tariff offer with shopping links and a shop's price list, no news",
}


def fundus_german_batch26() -> list[dict]:
    """Labelled batch 26 (all held-out; tests/data/names/README.md): the German pages neither judged set holds
    (after the first GERMAN_PAGES and round 2's ROUND2_PAGES, one per story as they count them), in the SHA-1 order of
    the path, minus pages whose path or text is in a labelled batch or a judged page (half of the page's word 5-grams in
    one labelled text, judged page or earlier page of the order: ``names_hunt._near_copy``; ``Taz_2023_04_28`` is
    judged ``Taz_2024_10_23``'s text) and the pages of BATCH26_NOT_ARTICLES. Each item
    has the keys of the other batches' articles; ``id`` is the file name without ``.html.gz``. Runs no detector."""
    from fetched import fetched_path
    from names_hunt import _near_copy, _shingles

    judged_pages = chosen_pages() + round2_pages()
    # the other batches' labels and texts (batch 26's own files left out)
    labels = [f for f in (REPO / "tests" / "data" / "names").glob("unseen*.json") if f.name != "unseen_batch26.json"]
    labelled_paths = {a["path"] for f in labels for a in json.loads(f.read_text(encoding="utf-8"))["articles"]}
    texts = [f for f in sorted(fetched_path("names").glob("unseen*_texts.json")) if f.name != "unseen26_texts.json"]
    others = [_shingles(t) for f in texts for t in json.loads(f.read_text(encoding="utf-8")).values()]
    others += [_shingles(p["text"]) for p in judged_pages]  # a story the judged sets hold under another date
    out = []
    for p in _german_pages_outside(judged_pages):
        own = _shingles(p["text"])
        if p["path"] in labelled_paths or p["path"] in BATCH26_NOT_ARTICLES or _near_copy(own, others):
            continue
        others.append(own)
        out.append({
            "id": Path(p["path"]).name.removesuffix(".html.gz"), "source": "flairNLP/fundus", "path": p["path"], "url": p["url"],
            "title": p["title"], "published": p["published"], "language": "de", "category": "", "text": p["text"],
        })
    return out


def predictions(pages: list[dict]) -> list[dict]:
    from newsclean.cleaners.names import find_persons, load_gazetteer
    from newsclean.cleaners.names.evaluate import published

    gaz = load_gazetteer((REPO / "newsclean" / "data" / "gazetteer.csv").read_text(encoding="utf-8"))
    rows = []
    for p in pages:
        names, mentions = find_persons(p["text"], published(p), gaz, title=p["title"], language=p["language"])
        for n in names:
            ms = [m for m in mentions if m.canonical == n]
            m = next((x for x in ms if x.end <= len(p["text"])), None)
            ctx = p["text"][max(0, m.start - 60) : m.end + 60].replace("\n", " ") if m is not None else ""
            rows.append({"path": p["path"], "language": p["language"], "name": n, "surfaces": sorted({x.surface for x in ms}), "flags": sorted({f for x in ms for f in x.flags}), "context": ctx})
    return rows


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ё", "е").replace("Ё", "Е"))
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).lower().split())


def score() -> int:
    judged = json.loads(JUDGED.read_text(encoding="utf-8"))
    pages = {p["path"]: p for p in chosen_pages() + round2_pages()}
    missing = [j["path"] for j in judged["pages"] if j["path"] not in pages]
    if missing:
        print(f"{len(missing)} judged pages absent from {CACHE}: run extract", file=sys.stderr)
        return 2
    # round 2's pages get their own row ("de r2"): its starting numbers are a fresh measurement apart from round 1's
    lang = {j["path"]: pages[j["path"]]["language"] + (f" r{j['round']}" if "round" in j else "") for j in judged["pages"]}
    rows = predictions([pages[j["path"]] for j in judged["pages"]])
    pred = {(r["path"], r["name"]) for r in rows}
    true = {(j["path"], j["name"]) for j in judged["true"]}
    false = {(j["path"], j["name"]) for j in judged["false"]}
    start_true = {(j["path"], j["name"]) for j in judged["true"] if "judged" not in j}
    start_false = {(j["path"], j["name"]) for j in judged["false"] if "judged" not in j}
    missed = {(j["path"], j["name"]) for j in judged["missed"]}
    folded = {(p, _fold(n)) for p, n in pred}
    start_found = {(p, _fold(n)) for p, n in start_true | start_false}
    print(f"{'lang':5} {'pages':>5} | start: {'pred':>4} {'false':>5} {'P':>6} {'missed':>6} | now: {'pred':>4} {'false':>5} {'P':>6} {'missed':>6} {'unjudged':>8}")
    totals = [0] * 9
    for lg in (*LANGS, *sorted({la for la in lang.values() if la not in LANGS})):
        ps = {p for p, la in lang.items() if la == lg}
        if not ps:
            continue
        st = [x for x in start_true | start_false if x[0] in ps]
        sf = [x for x in start_false if x[0] in ps]
        sm = [x for x in missed if x[0] in ps and (x[0], _fold(x[1])) not in start_found]
        nw = [x for x in pred if x[0] in ps]
        nf = [x for x in nw if x in false]
        nu = [x for x in nw if x not in false and x not in true]
        nm = [x for x in missed if x[0] in ps and (x[0], _fold(x[1])) not in folded]
        row = [len(ps), len(st), len(sf), len(sm), len(nw), len(nf), len(nm), len(nu)]
        totals = [a + b for a, b in zip(totals, row + [0], strict=True)]
        print(f"{lg:5} {len(ps):5} | start: {len(st):4} {len(sf):5} {1 - len(sf) / max(1, len(st)):6.3f} {len(sm):6} | now: {len(nw):4} {len(nf):5} {1 - len(nf) / max(1, len(nw)):6.3f} {len(nm):6} {len(nu):8}")
    verbose = "--verbose" in sys.argv
    for x in sorted(pred):
        if x not in true and x not in false:
            print("  unjudged", x)
    if verbose:
        for x in sorted(pred & false):
            print("  false", x)
        for x in sorted(missed):
            if (x[0], _fold(x[1])) not in folded:
                print("  missed", x)
    for x in sorted(true - pred):
        print("  lost true", x)
    return 0


def main() -> int:
    cmd = sys.argv[1] if len(sys.argv) > 1 else "score"
    if cmd == "extract":
        extract()
        return 0
    if not CACHE.exists():
        print(f"no extracted pages at {CACHE}: run `{sys.argv[0]} extract` first (needs the snapshot {GITDIR})", file=sys.stderr)
        return 2
    if cmd == "predict":
        pages = chosen_pages()
        if "--others" in sys.argv:  # the pages outside the judged set (German ones after the first 40): a check on text no rule was written for
            # batch 26's pages are held-out labels: never predicted here
            chosen = {p["path"] for p in pages + fundus_german_batch26()}
            pages = [p for p in json.loads(CACHE.read_text(encoding="utf-8")) if p["path"] not in chosen and p["language"] in LANGS]
        if "--round2" in sys.argv:  # round 2's pages: the first German pages outside the judged set
            pages = round2_pages()
        rows = predictions(pages)
        by: dict[str, int] = {}
        for p in pages:
            by[p["language"]] = by.get(p["language"], 0) + 1
        print(f"{len(pages)} pages {by}, {len(rows)} predictions", file=sys.stderr)
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return 0
    if cmd == "text":
        for p in json.loads(CACHE.read_text(encoding="utf-8")):
            if p["path"] == sys.argv[2]:
                print(p["title"], p["published"], p["language"], sep="\n")
                print(p["text"])
        return 0
    if cmd == "score":
        return score()
    raise SystemExit(f"unknown command {cmd}")


if __name__ == "__main__":
    raise SystemExit(main())
