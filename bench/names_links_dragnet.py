"""Gazetteer links on fresh WEB pages: links audit 5 of issue 14 (never the wrong person).

The labelled batches and hunt sets that judged links so far are mostly BBC News plain text of
2004-05. This yardstick runs the names stage on the English pages of the TUNE half of Moz's
dragnet_data (``bench/dragnet.py``: 2012 news and blog pages, AGPL, read from the git-ignored
``.fetched/dragnet/``), the text being what newsclean extracts from each page, and compares the
gazetteer links with ``bench/data/names_links_dragnet.json``: every link the code of its
``commit`` made there, judged by hand before any rule of the audit (page ids and verdicts only).

The cache keeps no article date, so every page is read as of ``date`` of the judgements
(2012-06-15; the pages were crawled in 2012).

Usage::

    .venv/bin/python bench/dragnet.py score --split tune   # once: writes .fetched/dragnet/out/tune.json
    .venv/bin/python bench/names_links_dragnet.py          # right kept / wrong and not-a-person left
    .venv/bin/python bench/names_links_dragnet.py --list   # every link now, as JSON lines (judging new ones)
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

PAGES = REPO / ".fetched" / "dragnet" / "out" / "tune.json"
TITLES = REPO / ".fetched" / "dragnet" / "cache" / "trafilatura-2.3.1-title.json"
JUDGED = REPO / "bench" / "data" / "names_links_dragnet.json"
MIN_CHARS = 300  # shorter extracted texts are no article


def link_rows(day: dt.date) -> list[dict]:
    """Every gazetteer link the names stage makes on the English tune pages: page, canonical,
    gazetteer id, and each mention's surface, flags and context."""
    from newsclean.cleaners.language import detect_language
    from newsclean.cleaners.names import find_persons, load_gazetteer

    gaz = load_gazetteer((REPO / "newsclean" / "data" / "gazetteer.csv").read_text())
    ids = {p.canonical: pid for pid, p in gaz.persons.items()}
    pages = json.loads(PAGES.read_text())
    titles = json.loads(TITLES.read_text()) if TITLES.exists() else {}
    rows = []
    for page in sorted(pages):
        text = pages[page].get("newsclean") or ""
        if len(text) < MIN_CHARS or detect_language(text)[0] != "en":
            continue
        title = titles.get(page) if isinstance(titles.get(page), str) else None
        names, mentions = find_persons(text, day, gaz, title=title, language="en")
        for n in names:
            if n in ids:
                ms = [{"surface": m.surface, "flags": m.flags, "context": text[max(0, m.start - 80) : m.end + 80].replace("\n", " ")}
                      for m in mentions if m.canonical == n]
                rows.append({"page": page, "canonical": n, "id": ids[n], "mentions": ms})
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--list", action="store_true", help="print every link now as JSON lines")
    args = ap.parse_args()
    if not PAGES.exists():
        print(f"no extracted pages at {PAGES}: run `.venv/bin/python bench/dragnet.py score --split tune` first", file=sys.stderr)
        return 2
    judged = json.loads(JUDGED.read_text())
    rows = link_rows(dt.date.fromisoformat(judged["date"]))
    if args.list:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return 0
    verdict = {(j["page"], j["id"]): j["verdict"] for j in judged["links"]}
    now = {(r["page"], r["id"]) for r in rows}
    start = [j["verdict"] for j in judged["links"]]
    print(f"judged at {judged['commit']}: {len(start)} links on {len({j['page'] for j in judged['links']})} pages, "
          f"{start.count('right')} right, {start.count('wrong')} wrong person, {start.count('not_person')} not a person")
    left = {v: sorted(k for k in now if verdict.get(k) == v) for v in ("right", "wrong", "not_person")}
    print(f"now: {len(now)} links, {len(left['right'])} right kept, {len(left['wrong'])} wrong left, "
          f"{len(left['not_person'])} not-a-person left, {len(now - set(verdict))} not judged")
    for k in sorted({k for k, v in verdict.items() if v == "right"} - now):
        print("  right lost", k)
    for v in ("wrong", "not_person"):
        for k in left[v]:
            print(f"  {v} left", k)
    for k in sorted(now - set(verdict)):
        print("  not judged", k)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
