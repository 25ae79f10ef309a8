"""Fresh pages: newsclean against trafilatura on flairNLP/fundus's parser test pages (MIT).

fundus keeps, for each publisher it supports, test pages (2023–2026, 40 countries)
and the output its hand-written publisher parsers must give: body paragraphs,
title, authors and publication date. That output is the gold here. Nothing in
newsclean was written for these pages (the author rules of this round were
written after reading this bench's author differences: its author figures are a
tuning set, ``bench/authors.py``'s held-out half is the measure).

Needs the local snapshot ``/work/.mirror/flairNLP+fundus/repo`` (a bare git
dir; ``--mirror`` to point elsewhere). The pages are read from it and never copied.

Usage::

    .venv/bin/python bench/fresh_pages.py [--mirror DIR] [--authors]

Prints, for trafilatura (``extract(output_format="json", with_metadata=True)``) and
newsclean (``clean_record``, one page at a time): body bag-of-words P/R/F1 against the
gold paragraphs, publication dates equal to the gold's (UTC day), exact titles and
authors (exact lists, and name P/R). Gold authors include publications ("BBC News"),
which newsclean drops by design (``authors:author_role``). ``--authors`` lists every
page whose authors differ from the gold.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import gzip
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

MIRROR = Path("/work/.mirror/flairNLP+fundus/repo")
BASE = "tests/resources/parser/test_data/"


def _git(mirror: Path, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={mirror}", *args], capture_output=True, check=True).stdout


def _tokens(s: str | None) -> list[str]:
    return re.findall(r"\w+", (s or "").lower())


def bag_f1(pred: str, gold: str) -> tuple[float, float, float]:
    p, g = collections.Counter(_tokens(pred)), collections.Counter(_tokens(gold))
    tp = sum((p & g).values())
    if not tp:
        return 0.0, 0.0, 0.0
    precision, recall = tp / sum(p.values()), tp / sum(g.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def _body(version: dict) -> str:
    body = version.get("body") or {}
    out = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        out += (section.get("headline") or []) + (section.get("paragraphs") or [])
    return "\n".join(out)


def pages(mirror: Path) -> list[dict]:
    files = _git(mirror, "ls-tree", "-r", "HEAD", "--name-only", BASE).decode().split()
    gold_files: dict[str, dict] = {}
    metas: dict[str, dict] = {}
    out = []
    for f in files:
        if not f.endswith(".html.gz"):
            continue
        folder, name = f[len(BASE) :].split("/")
        gold_path = f"{BASE}{folder}/{name.split('_')[0]}.json"
        if gold_path not in gold_files:
            try:
                gold_files[gold_path] = json.loads(_git(mirror, "show", f"HEAD:{gold_path}"))
            except subprocess.CalledProcessError:
                gold_files[gold_path] = {}
        if folder not in metas:
            try:
                metas[folder] = json.loads(_git(mirror, "show", f"HEAD:{BASE}{folder}/meta.info"))
            except subprocess.CalledProcessError:
                metas[folder] = {}
        if gold_files[gold_path]:
            meta = metas[folder].get(name, {})
            out.append({"path": f, "html": gzip.decompress(_git(mirror, "show", f"HEAD:{f}")), "gold": gold_files[gold_path],
                        "url": meta.get("url"), "crawled": meta.get("crawl_date")})
    return out


def run(mirror: Path) -> list[dict]:
    import trafilatura

    from newsclean.cleaners.names import load_gazetteer
    from newsclean.cleaners.pipeline import RunContext, clean_record
    from newsclean.schemas.models import RawRecord

    ctx = RunContext(run_id="fresh", pipeline_version="bench",
                     gazetteer=load_gazetteer((REPO / "newsclean" / "data" / "gazetteer.csv").read_text(encoding="utf-8")))
    rows = []
    for page in pages(mirror):
        out = trafilatura.extract(page["html"], output_format="json", with_metadata=True, url=page["url"])
        traf = json.loads(out) if out else {}
        # the parser version whose body is this page's (a publisher's file holds one per layout)
        gold = max(page["gold"].values(), key=lambda v: (bool(_body(v)), bag_f1(traf.get("text", ""), _body(v))[2]))
        fetched = dt.datetime.fromisoformat(page["crawled"]).replace(tzinfo=dt.UTC) if page["crawled"] else None
        raw = RawRecord(input_ref=page["path"], kind="html", body=page["html"], raw_sha256=hashlib.sha256(page["html"]).hexdigest(),
                        url=page["url"], fetched_at=fetched)
        art = clean_record(raw, ctx)
        ok = hasattr(art, "text")
        rows.append({
            "path": page["path"], "gold_body": _body(gold), "gold_date": (gold.get("publishing_date") or "")[:10],
            "gold_title": gold.get("title"), "gold_authors": gold.get("authors") or [],
            "t_text": traf.get("text", ""), "t_date": (traf.get("date") or "")[:10], "t_title": traf.get("title"),
            "t_authors": [a.strip() for a in (traf.get("author") or "").split(";") if a.strip()],
            "n_text": art.text if ok else "", "n_date": str(art.published_date or "") if ok else "", "n_title": art.title if ok else None,
            "n_authors": art.authors if ok else [], "n_reject": None if ok else art.reason,
        })
    return rows


def report(rows: list[dict], list_authors: bool = False) -> None:
    def norm(s: str | None) -> str:
        return " ".join(_tokens(s))

    rows = [r for r in rows if r["gold_body"]]
    print(f"{len(rows)} pages with a gold body; newsclean rejects: {sum(1 for r in rows if r['n_reject'])}")
    print(f"  {'system':11} {'body P':>7} {'R':>6} {'F1':>6} {'dates':>9} {'titles':>9} {'authors':>9} {'auth P':>7} {'auth R':>7}")
    dated = [r for r in rows if r["gold_date"]]
    titled = [r for r in rows if r["gold_title"]]
    authored = [r for r in rows if r["gold_authors"]]
    for key, label in (("t", "trafilatura"), ("n", "newsclean")):
        scores = [bag_f1(r[f"{key}_text"], r["gold_body"]) for r in rows]
        body = [sum(s[i] for s in scores) / len(scores) for i in range(3)]
        dates = sum(r[f"{key}_date"] == r["gold_date"] for r in dated)
        titles = sum(norm(r[f"{key}_title"]) == norm(r["gold_title"]) for r in titled)
        tp = fp = fn = exact = 0
        for r in authored:
            pred, gold = {norm(a) for a in r[f"{key}_authors"]} - {""}, {norm(a) for a in r["gold_authors"]} - {""}
            tp, fp, fn, exact = tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred), exact + (pred == gold)
        print(f"  {label:11} {body[0]:7.3f} {body[1]:6.3f} {body[2]:6.3f} {dates:4}/{len(dated):<4} {titles:4}/{len(titled):<4}"
              f" {exact:4}/{len(authored):<4} {tp / max(1, tp + fp):7.3f} {tp / max(1, tp + fn):7.3f}")
    if list_authors:
        for r in authored:
            if {norm(a) for a in r["n_authors"]} != {norm(a) for a in r["gold_authors"]}:
                print(f"  {r['path'][len(BASE):]}: gold {r['gold_authors']} trafilatura {r['t_authors']} newsclean {r['n_authors']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirror", type=Path, default=MIRROR)
    ap.add_argument("--authors", action="store_true", help="list the pages whose authors differ from the gold")
    args = ap.parse_args()
    if not args.mirror.exists():
        print(f"no fundus snapshot at {args.mirror} (a bare git dir of github.com/flairNLP/fundus)", file=sys.stderr)
        return 2
    report(run(args.mirror), args.authors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
