"""Gazetteer links on fresh WEB pages: links audit 5 of issue 14 (never the wrong person).

The links judged before were mostly on BBC News plain text of 2004-05 without dates. This
yardstick runs the names stage on English web pages no rule was written from, with the text
newsclean extracts from each page, and compares the gazetteer links with hand judgements made
before any rule of the audit (``bench/data/names_links_web_<source>.json``: page ids and
verdicts only; the pages are never committed):

* ``dragnet``: the English pages of the TUNE half of Moz's dragnet_data (``bench/dragnet.py``,
  AGPL, 2012 news and blog pages; its held-out half stays the extraction yardstick's). The
  extraction cache keeps no date, so every page is read as of the judgements' ``date``
  (2012-06-15, the year of the crawl).
* ``pagesignal``: the 621 Google News pages of geodrome/page-signal (2007-08, mirrored with
  hand-cleaned text in ``j-szulc/html-cleaning-dataset-merged``; publishers' copyright, read
  from the snapshot at bench time), cleaned by :func:`newsclean.api.clean_html` (text, title
  and the page's own date) into the git-ignored ``.fetched/pagesignal/pages.json``.
* ``cleaneval``: the 741 pages of the CLEANEVAL 2007 final test set (web pages of every kind,
  blogs, essays, forums, news; same mirror), cleaned the same way into
  ``.fetched/cleaneval/pages.json``.

``extract --source cleanportal`` also cleans the 71 news-portal pages of CleanPortalEval (2013: BBC News,
WSJ's Brussels blog, MSNBC TV news, two Washington Post blogs; same mirror) into
``.fetched/cleanportal/pages.json``: the labelled held-out batches 24 and 25 of ``bench/names_unseen.py``,
never a links audit of this script.

Usage::

    .venv/bin/python bench/dragnet.py score --split tune --verbose  # once, for --source dragnet
    .venv/bin/python bench/names_links_web.py extract            # once, for pagesignal and cleaneval
    .venv/bin/python bench/names_links_web.py score [--source dragnet|pagesignal|all]
    .venv/bin/python bench/names_links_web.py list --source S    # every link now, JSON lines
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DRAGNET_PAGES = REPO / ".fetched" / "dragnet" / "out" / "tune.json"
DRAGNET_TITLES = REPO / ".fetched" / "dragnet" / "cache" / "trafilatura-2.3.1-title.json"
MERGED_REPO = Path("/work/.mirror/j-szulc+html-cleaning-dataset-merged/repo")
MERGED_DIRS = {"pagesignal": "page-signal-master/input", "cleaneval": "cleaneval-final/input", "cleanportal": "CleanPortalEval-master/input"}
SOURCES = ("dragnet", "pagesignal", "cleaneval")
MIN_CHARS = 300  # shorter extracted texts are no article


def judged_path(source: str) -> Path:
    return REPO / "bench" / "data" / f"names_links_web_{source}.json"


def cached(source: str) -> Path:
    return REPO / ".fetched" / source / "pages.json"


def extract(source: str) -> None:
    """Clean every page of a source of the merged mirror as the product does and cache id,
    title, date and text of its English articles."""
    from newsclean.api import clean_html

    git = ["git", "--git-dir", str(MERGED_REPO)]
    names = sorted(subprocess.run([*git, "ls-tree", "-r", "HEAD", "--name-only", MERGED_DIRS[source]], capture_output=True, text=True, check=True).stdout.split())
    out = []
    for i, name in enumerate(names, 1):
        raw = subprocess.run([*git, "show", f"HEAD:{name}"], capture_output=True, check=True).stdout
        article = clean_html(raw, input_ref=name)
        if getattr(article, "language", None) == "en":
            out.append({"id": Path(name).stem, "title": article.title, "date": str(article.published_date) if article.published_date else None,
                        "text": article.text})
        if i % 100 == 0:
            print(f"{source}: {i}/{len(names)} pages", file=sys.stderr)
    cached(source).parent.mkdir(parents=True, exist_ok=True)
    cached(source).write_text(json.dumps(out, ensure_ascii=False))
    print(f"{source}: {len(names)} pages, {len(out)} English articles -> {cached(source)}", file=sys.stderr)


def pages(source: str, day: dt.date | None) -> list[dict]:
    """(id, title, date, text) of the source's English pages."""
    if source == "dragnet":
        from newsclean.cleaners.language import detect_language

        cache = json.loads(DRAGNET_PAGES.read_text())
        titles = json.loads(DRAGNET_TITLES.read_text()) if DRAGNET_TITLES.exists() else {}
        out = []
        for pid in sorted(cache):
            text = cache[pid].get("newsclean") or ""
            if len(text) >= MIN_CHARS and detect_language(text)[0] == "en":
                title = titles.get(pid)
                out.append({"id": pid, "title": title if isinstance(title, str) else None, "date": day, "text": text})
        return out
    return [
        {**p, "date": dt.date.fromisoformat(p["date"]) if p["date"] else None}
        for p in json.loads(cached(source).read_text()) if len(p["text"] or "") >= MIN_CHARS
    ]


def link_rows(source: str, day: dt.date | None) -> list[dict]:
    """Every gazetteer link the names stage makes on the source's pages (``names_hunt.linked``): page,
    canonical, gazetteer id, and each mention's surface, flags and context."""
    from names_hunt import linked

    from newsclean.cleaners.names import find_persons, load_gazetteer

    gaz = load_gazetteer((REPO / "newsclean" / "data" / "gazetteer.csv").read_text())
    ids = {p.canonical: pid for pid, p in gaz.persons.items()}
    rows = []
    for page in pages(source, day):
        text = page["text"]
        names, mentions = find_persons(text, page["date"], gaz, title=page["title"], language="en")
        for n in names:
            if n in ids and linked([m for m in mentions if m.canonical == n]):
                ms = [{"surface": m.surface, "flags": m.flags, "context": text[max(0, m.start - 80) : m.end + 80].replace("\n", " ")}
                      for m in mentions if m.canonical == n]
                rows.append({"page": page["id"], "canonical": n, "id": ids[n], "mentions": ms})
    return rows


def score(source: str) -> None:
    from names_hunt import report_link_verdicts

    judged = json.loads(judged_path(source).read_text())
    rows = link_rows(source, dt.date.fromisoformat(judged["date"]) if judged.get("date") else None)
    verdict = {(j["page"], j["id"]): j["verdict"] for j in judged["links"]}
    now = {(r["page"], r["id"]) for r in rows}
    first = [j for j in judged["links"] if "judged" not in j]  # links judged later (marked "judged") are no starting link
    start = [j["verdict"] for j in first]
    print(f"{source}: judged at {judged['commit']}: {len(start)} links on {len({j['page'] for j in first})} pages, "
          f"{start.count('right')} right, {start.count('wrong')} wrong person, {start.count('not_person')} not a person; "
          f"{len(judged['links']) - len(first)} links judged later")
    report_link_verdicts(verdict, now, "  ", "not judged")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=("extract", "score", "list"))
    ap.add_argument("--source", choices=(*SOURCES, "cleanportal", "all"), default="all")
    args = ap.parse_args()
    if args.source == "cleanportal" and args.command != "extract":
        ap.error("cleanportal pages are labelled batches of bench/names_unseen.py (batches 24, 25), not a links audit: only extract")
    sources = SOURCES if args.source == "all" else (args.source,)
    if args.command == "extract":
        for source in sources:
            if source in MERGED_DIRS:
                extract(source)
        return 0
    for source in sources:
        needed = DRAGNET_PAGES if source == "dragnet" else cached(source)
        how = "bench/dragnet.py score --split tune --verbose" if source == "dragnet" else f"bench/names_links_web.py extract --source {source}"
        if not needed.exists():
            print(f"no pages at {needed}: run `.venv/bin/python {how}` first", file=sys.stderr)
            return 2
    for source in sources:
        if args.command == "list":
            judged = json.loads(judged_path(source).read_text())
            for r in link_rows(source, dt.date.fromisoformat(judged["date"]) if judged.get("date") else None):
                print(json.dumps(r, ensure_ascii=False))
        else:
            score(source)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
