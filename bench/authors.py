"""Author bylines on real pages: postlight/parser's expected authors against trafilatura and newsclean.

The labels (``tests/data/authors/postlight.json``) are the ``author`` values that
postlight/parser's per-site tests (MIT, ``LICENSE-postlight-parser``) expect for
their fixture pages. The pages themselves are third-party HTML and are not
committed: they are read from a snapshot of that repository (``--mirror``, a bare
git directory) into the git-ignored cache ``.fetched/authors/`` and checked
against the ``html_sha256`` of their label (``bench/fetched.py``'s rule).

For each page this runs the HTML path of the pipeline
(``boilerplate.extract_html``, then ``authors.clean_authors`` with the page's site
name) and prints, per split (tune / held-out), exact-page accuracy and per-name
precision, recall and F1 for trafilatura's raw author string (split on ";") and
for newsclean's ``authors``.

Scoring (``score``): a name is casefolded, its spacing collapsed and a leading
"By" removed; the expected string is split into names on ", ", " and ", " & ".
A page is exact when the two sets of names are equal. Pages whose ``scoring`` is
``no_person`` expect no person (exact when nothing is kept; every kept name is a
false positive); names listed in ``not_person`` are left out of a page's expected
set; pages marked ``left_out`` are not scored (the reason is in the data file).

Usage::

    .venv/bin/python bench/authors.py [--split tune|heldout|all] [--verbose] [--fresh]
    .venv/bin/python bench/authors.py --build [--mirror DIR]   # (re)write the labels from the snapshot

``--verbose`` lists every page that is not exact (use it on the tune split only).
Extraction results are cached in ``.fetched/authors/extracted.json`` (keyed by the
page's hash and the extractor's source); ``--fresh`` ignores the cache.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.fetched import FetchedDataMissing, fetched_path  # noqa: E402

DATA = REPO / "tests" / "data" / "authors" / "postlight.json"
MIRROR = Path("/work/.mirror/postlight+parser/repo")
CACHE = fetched_path("authors")

_SPLIT = re.compile(r",\s+|\s+and\s+|\s+&\s+")
_BY = re.compile(r"^by\s+", re.IGNORECASE)


# --------------------------------------------------------------------------- scoring


def norm(name: str) -> str:
    """Casefold, collapse spacing, drop a leading "By"."""
    return _BY.sub("", " ".join(name.split())).casefold()


def expected_names(label: dict) -> set[str]:
    if label["scoring"] == "no_person":
        return set()
    skip = {norm(n) for n in label.get("not_person", [])}
    return {n for n in (norm(p) for p in _SPLIT.split(label["expected"])) if n and n not in skip}


def got_names(authors: list[str]) -> set[str]:
    return {n for n in (norm(a) for a in authors) if n}


def score(pairs: list[tuple[set[str], set[str]]]) -> dict[str, float]:
    """Exact-page accuracy and micro name P/R/F1 over (expected, got) pairs."""
    tp = sum(len(e & g) for e, g in pairs)
    fp = sum(len(g - e) for e, g in pairs)
    fn = sum(len(e - g) for e, g in pairs)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {
        "pages": len(pairs),
        "exact": sum(e == g for e, g in pairs),
        "P": p,
        "R": r,
        "F1": 2 * p * r / (p + r) if p + r else 0.0,
    }


# --------------------------------------------------------------------------- labels


def _git(mirror: Path, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={mirror}", *args], capture_output=True, check=True).stdout


_JS_STR = r"""(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`)"""
_ESC = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)", re.DOTALL)


def _js(match: re.Match[str]) -> str:
    """The value of a JavaScript string literal (its escapes decoded)."""
    body = next(g for g in match.groups()[-3:] if g is not None)
    simple = {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}

    def one(m: re.Match[str]) -> str:
        e = m.group(1)
        if e[0] in "xu" and len(e) > 1:
            return chr(int(e[1:], 16))
        return simple.get(e, e)

    return _ESC.sub(one, body)


def split_of(fixture: str) -> str:
    """50/50 by the SHA-1 of the fixture path."""
    return "tune" if int(hashlib.sha1(fixture.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def build(mirror: Path) -> None:
    """(Re)write the labels from the snapshot; a page's hand-written ``scoring``/``reason``/``not_person`` are kept."""
    old = {x["fixture"]: x for x in json.loads(DATA.read_text())["pages"]} if DATA.exists() else {}
    commit = _git(mirror, "rev-parse", "HEAD").decode().strip()
    tests = [p for p in _git(mirror, "ls-tree", "-r", "HEAD", "--name-only").decode().splitlines()
             if p.startswith("src/extractors/custom/") and p.endswith("index.test.js")]
    pages = []
    for t in sorted(tests):
        js = _git(mirror, "show", f"HEAD:{t}").decode()
        url = re.search(r"\burl\s*=\s*" + _JS_STR, js)
        fx = re.search(r"readFileSync\(\s*['\"`]\./(fixtures/[^'\"`]+)['\"`]", js)
        author = re.search(r"assert\.equal\(\s*author\s*,\s*" + _JS_STR + r"\s*\)", js)
        if not (url and fx and author):
            continue  # no expected author (null or none asserted)
        try:
            html = _git(mirror, "show", f"HEAD:{fx.group(1)}")
        except subprocess.CalledProcessError:
            continue
        page = {
            "fixture": fx.group(1),
            "test": t,
            "url": _js(url),
            "expected": _js(author),
            "split": split_of(fx.group(1)),
            "html_sha256": hashlib.sha256(html).hexdigest(),
            "scoring": "names",
        }
        for k in ("scoring", "reason", "not_person"):
            if k in old.get(page["fixture"], {}):
                page[k] = old[page["fixture"]][k]
        pages.append(page)
    doc = json.loads(DATA.read_text()) if DATA.exists() else {}
    doc.update({"source": f"github:postlight/parser@{commit}", "pages": pages})
    DATA.parent.mkdir(parents=True, exist_ok=True)
    DATA.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    print(f"{len(pages)} pages with an expected author -> {DATA}")


def load_html(label: dict, mirror: Path) -> str:
    """The page's HTML from the cache, else from the snapshot (then cached); checked against its hash."""
    path = CACHE / label["fixture"]
    if path.is_file():
        raw = path.read_bytes()
    elif mirror.is_dir():
        raw = _git(mirror, "show", f"HEAD:{label['fixture']}")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
    else:
        raise FetchedDataMissing(f"{label['fixture']}: not in {CACHE} and no snapshot at {mirror} (--mirror)")
    if hashlib.sha256(raw).hexdigest() != label["html_sha256"]:
        raise FetchedDataMissing(f"{path}: does not match the label's html_sha256")
    return raw.decode("utf-8", errors="replace")


# --------------------------------------------------------------------------- run


def _extractor_key() -> str:
    import trafilatura

    src = (REPO / "newsclean" / "cleaners" / "boilerplate" / "extract.py").read_bytes()
    return hashlib.sha1(src + trafilatura.__version__.encode()).hexdigest()[:12]


def extract_all(labels: list[dict], mirror: Path, fresh: bool) -> dict[str, dict]:
    """fixture -> {"raw": trafilatura's author entries, "site": its site name}, cached."""
    from newsclean.cleaners import boilerplate
    from newsclean.cleaners.change import Rejection
    from newsclean.cleaners.urls import canonical_url

    cache_file = CACHE / "extracted.json"
    key = _extractor_key()
    cache = {} if fresh or not cache_file.is_file() else json.loads(cache_file.read_text())
    out = {}
    for label in labels:
        ck = f"{label['html_sha256']}:{key}"
        if ck not in cache:
            url = canonical_url(label["url"])[0]
            try:
                ex = boilerplate.extract_html(load_html(label, mirror), url)
                cache[ck] = {"raw": ex.authors, "site": ex.sitename}
            except Rejection as rej:
                cache[ck] = {"raw": [], "site": None, "rejected": rej.reason}
        out[label["fixture"]] = cache[ck]
    CACHE.mkdir(parents=True, exist_ok=True)
    cache_file.write_text(json.dumps(cache, ensure_ascii=False))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("tune", "heldout", "all"), default="all")
    ap.add_argument("--verbose", action="store_true", help="list the pages that are not exact")
    ap.add_argument("--fresh", action="store_true", help="extract again, ignoring the cache")
    ap.add_argument("--build", action="store_true", help="(re)write the labels from the snapshot")
    ap.add_argument("--mirror", type=Path, default=MIRROR, help="bare git directory of postlight/parser")
    args = ap.parse_args()
    if args.build:
        build(args.mirror)
        return
    from newsclean.cleaners.authors import clean_authors

    labels = json.loads(DATA.read_text())["pages"]
    scored = [x for x in labels if x["scoring"] != "left_out"]
    try:
        ext = extract_all(scored, args.mirror, args.fresh)
    except FetchedDataMissing as exc:
        sys.exit(f"bench/authors.py: {exc}")
    splits = ("tune", "heldout") if args.split == "all" else (args.split,)
    print(f"labels: {len(labels)} pages, {len(labels) - len(scored)} left out (see 'reason' in {DATA.relative_to(REPO)})")
    print(f"{'split':8} {'system':11} {'pages':>5} {'exact':>5} {'acc':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for split in splits:
        part = [x for x in scored if x["split"] == split]
        runs: dict[str, list[tuple[set[str], set[str]]]] = {"trafilatura": [], "newsclean": []}
        misses = []
        for x in part:
            e = ext[x["fixture"]]
            kept, _ = clean_authors(e["raw"], e["site"])
            exp = expected_names(x)
            runs["trafilatura"].append((exp, got_names(e["raw"])))
            runs["newsclean"].append((exp, got_names(kept)))
            if exp != got_names(kept):
                misses.append((x["fixture"], x["expected"] if x["scoring"] == "names" else "(no person)", e["raw"], kept))
        for system, pairs in runs.items():
            s = score(pairs)
            print(f"{split:8} {system:11} {s['pages']:5d} {s['exact']:5d} {s['exact'] / max(s['pages'], 1):6.3f} "
                  f"{s['P']:6.3f} {s['R']:6.3f} {s['F1']:6.3f}")
        if args.verbose:
            for fx, exp, raw, kept in misses:
                print(f"  {fx}: expected {exp!r}; raw {raw}; kept {kept}")


if __name__ == "__main__":
    main()
