"""``newsclean explain OUTPUT INPUT_REF|ARTICLE_ID``: one record's story, from the dataset and its inputs.

For every row the key names (an article, its earlier or later versions, a
duplicate, a reject): the lines boilerplate removal took out, shown in context;
the dedup decision (its copies, or what it is a copy of, how and how similar);
the publication-date decision; and each person name's resolution. Every code
comes with its one line from the data dictionary.

Context needs the text before residue removal: it is rebuilt from the input
(the run manifest names the input folder; the record is used only when its
bytes still hash to ``raw_sha256``) or, for a reject, from the stored raw
bytes. When the input has moved or changed, the removed lines are listed
without context, and the output says why.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import polars as pl

from newsclean.analyst.dataset import Dataset
from newsclean.schemas.vocabulary import describe

CONTEXT_LINES = 2  # kept lines shown before and after each removed block
LINE_CHARS = 160  # kept lines are shortened to this many characters
REMOVED_STEP = "boilerplate"
PARTIAL_RULES = ("teaser_marker",)  # a marker cut from a line's end: the line itself stays


def article_id_of(input_ref: str, raw_sha256: str) -> str:
    """The id ``input_ref`` with these bytes has (or would have had, for a duplicate): see ``pipeline.article_id``."""
    from newsclean.cleaners.pipeline import article_id
    from newsclean.schemas.models import RawRecord

    return article_id(RawRecord(input_ref=input_ref, kind="text", body=b"", raw_sha256=raw_sha256))


# --- finding the rows ----------------------------------------------------------------


def _rows(frame: pl.DataFrame, mask: pl.Expr) -> list[dict]:
    return frame.filter(mask).to_dicts()


def find(ds: Dataset, key: str) -> list[tuple[str, dict]]:
    """(table, row) for every row ``key`` names: by input_ref in all tables, by article_id in articles (or a duplicate's would-be id)."""
    out: list[tuple[str, dict]] = []
    arts = ds.articles
    for r in _rows(arts, (pl.col("input_ref") == key) | (pl.col("article_id") == key)):
        out.append(("articles", r))
    for r in ds.duplicates.to_dicts():
        if r["input_ref"] == key or article_id_of(r["input_ref"], r["provenance"]["raw_sha256"]) == key:
            out.append(("duplicates", r))
    for r in _rows(ds.rejects, pl.col("input_ref") == key):
        out.append(("rejects", r))
    return out


# --- context of removed lines ------------------------------------------------------------


def _raw_from_input(ds: Dataset, row: dict):
    """The input record of ``row`` re-read from the run's input folder, if its bytes are unchanged."""
    import json

    from newsclean.inputs import read_path
    from newsclean.schemas.models import RawRecord

    prov = row["provenance"]
    manifest = ds.root / "_runs" / f"{prov['run_id']}.json"
    try:
        root = Path(json.loads(manifest.read_text(encoding="utf-8"))["input_dir"])
    except (OSError, ValueError, KeyError):
        return None, "the run manifest does not name the input folder"
    ref = row["input_ref"]
    path = root / ref
    if not path.is_file() and "#" in ref:
        path = root / ref.rsplit("#", 1)[0]
    if not path.is_file():
        return None, f"the input {path} is no longer there"
    try:
        for rec in read_path(path, root):
            if isinstance(rec, RawRecord) and rec.input_ref == ref:
                if rec.raw_sha256 != prov["raw_sha256"]:
                    return None, f"the input {path} has changed since this row was written"
                return rec, f"re-read from {path}"
    except Exception as exc:  # noqa: BLE001 - a broken input only costs the context
        return None, f"the input {path} could not be read again ({type(exc).__name__})"
    return None, f"the input {path} no longer holds {ref}"


def text_before_residue(raw) -> str:
    """Decode, extract (HTML), repair and normalize whitespace: the text the residue rules saw."""
    from newsclean.cleaners import boilerplate, encoding, urls, whitespace

    text, _ = encoding.decode_bytes(raw.body, raw.charset)
    text, is_page, _ = boilerplate.read_body(text, raw.kind)
    if is_page:
        text = boilerplate.extract_html(text, urls.canonical_url(raw.url)[0]).text
    text, _ = encoding.fix_text(text)
    text, _ = whitespace.normalize_whitespace(text)
    return text


def in_context(before: str, removed: list[tuple[str, str]], context: int = CONTEXT_LINES) -> list[dict]:
    """The lines of ``before`` with the removed ones marked, elided to ``context`` kept lines around each.

    >>> rows = in_context("Title\\nShare this\\nBody one.\\nBody two.\\nBody three.\\nBody four.", [("share_widget", "Share this")], 1)
    >>> [(r["kind"], r.get("rule")) for r in rows]
    [('kept', None), ('removed', 'share_widget'), ('kept', None), ('gap', None)]
    """
    todo = Counter(line for _, line in removed)
    rule_of = {line: rule for rule, line in removed}
    lines = before.split("\n")
    kinds: list[tuple[str, str | None]] = []
    for line in lines:
        s = line.strip()
        if s and todo[s] > 0:
            todo[s] -= 1
            kinds.append(("removed", rule_of[s]))
        else:
            kinds.append(("kept", None))
    near: set[int] = set()
    for i, (kind, _) in enumerate(kinds):
        if kind == "removed":
            near.update(range(max(0, i - context), min(len(lines), i + context + 1)))
    out: list[dict] = []
    for i, (line, (kind, rule)) in enumerate(zip(lines, kinds)):
        if i in near:
            text = line.strip()
            if kind == "kept" and len(text) > LINE_CHARS:
                text = text[: LINE_CHARS - 1] + "…"
            out.append({"kind": kind, "line": text, **({"rule": rule} if rule else {})})
        elif not out or out[-1]["kind"] != "gap":
            out.append({"kind": "gap", "line": "…"})
    if out and out[0]["kind"] == "gap":
        out.pop(0)
    # lines that matched nothing in the rebuilt text (learned lines of a later phase, a teaser marker)
    for line, n in todo.items():
        for _ in range(n):
            out.append({"kind": "removed", "line": line, "rule": rule_of[line], "unplaced": True})
    return out


def removed_lines(ds: Dataset, row: dict, table: str) -> dict:
    removed = [
        (c["rule"], c["detail"].strip())
        for c in row["provenance"]["changes"]
        if c["step"] == REMOVED_STEP and c["detail"].strip() and c["rule"] not in PARTIAL_RULES
    ]
    markers = [c["detail"] for c in row["provenance"]["changes"] if c["step"] == REMOVED_STEP and c["rule"] in PARTIAL_RULES]
    if table == "rejects":
        raw, how = None, "a reject: its raw bytes are kept in rejects.raw"
    else:
        raw, how = _raw_from_input(ds, row)
    result: dict = {"count": len(removed), "markers_cut_from_line_ends": markers}
    if raw is not None and removed:
        result["context_from"] = how
        result["lines"] = in_context(text_before_residue(raw), removed)
    else:
        result["context_from"] = None if removed else how
        result["note"] = how if removed else "no lines were removed"
        result["lines"] = [{"kind": "removed", "line": line, "rule": rule} for rule, line in removed]
    for r in result["lines"]:
        if "rule" in r:
            r["meaning"] = describe("change_rules", f"{REMOVED_STEP}:{r['rule']}")
    return result


# --- decisions ---------------------------------------------------------------------------------


def dedup_decision(ds: Dataset, table: str, row: dict) -> dict:
    if table == "articles":
        copies = ds.duplicates.filter(pl.col("duplicate_of") == row["article_id"]).select(
            "input_ref", "method", "similarity", "source"
        ).to_dicts()
        later = ds.articles.filter(pl.col("supersedes") == row["article_id"]).get_column("article_id").to_list()
        return {
            "decision": "article" if not copies else f"article: the representative of {len(copies)} cop{'y' if len(copies) == 1 else 'ies'}",
            "copies": copies,
            "supersedes": row.get("supersedes"),
            "superseded_by": later[0] if later else None,
        }
    if table == "duplicates":
        rep = ds.articles.filter(pl.col("article_id") == row["duplicate_of"]).select("input_ref", "title", "source").to_dicts()
        return {
            "decision": f"{row['method']} duplicate of {row['duplicate_of']} (similarity {row['similarity']})",
            "method": row["method"],
            "meaning": describe("duplicate_method", row["method"]),
            "similarity": row["similarity"],
            "duplicate_of": row["duplicate_of"],
            "representative": rep[0] if rep else None,
        }
    return {
        "decision": f"rejected at {row['stage']}: {row['reason']}",
        "meaning": describe("reject_reasons", f"{row['stage']}:{row['reason']}"),
        "detail": row["detail"],
        "raw_bytes": len(row["raw"]) if row.get("raw") is not None else None,
    }


def date_decision(row: dict) -> dict | None:
    if "published_date_source" not in row:
        return None
    src = row["published_date_source"]
    return {
        "published_date": row["published_date"].isoformat() if row["published_date"] else None,
        "source": src,
        "meaning": describe("published_date_source", src),
        "flags": [{"flag": f, "meaning": describe("published_date_flags", f)} for f in row["published_date_flags"]],
        "fetched_at": row["provenance"]["fetched_at"].isoformat() if row["provenance"]["fetched_at"] else None,
        "changes": [
            {"rule": c["rule"], "detail": c["detail"], "meaning": describe("change_rules", f"dates:{c['rule']}")}
            for c in row["provenance"]["changes"]
            if c["step"] == "dates"
        ],
        "dates_mentioned": [
            {
                "text": d["text"],
                "date": d["date"].isoformat() if d["date"] else None,
                "granularity": d["granularity"],
                "flags": d["flags"],
            }
            for d in row["dates_mentioned"]
        ],
    }


def name_decisions(row: dict) -> list[dict]:
    """One entry per distinct (surface, canonical, flags), in order of first mention, with its count and offsets."""
    out: dict[tuple, dict] = {}
    for m in row.get("person_mentions") or []:
        key = (m["surface"], m["canonical"], tuple(m["flags"]))
        if key not in out:
            out[key] = {
                "surface": m["surface"],
                "canonical": m["canonical"],
                "mentions": 0,
                "starts": [],
                "flags": [{"flag": f, "meaning": describe("person_flags", f)} for f in m["flags"]],
            }
        out[key]["mentions"] += 1
        out[key]["starts"].append(m["start"])
    return list(out.values())


def explain(dataset: Dataset | str | Path, key: str) -> dict:
    """Everything the dataset knows about ``key`` (an input_ref or an article_id), JSON-ready."""
    ds = dataset if isinstance(dataset, Dataset) else Dataset.open(dataset)
    records = []
    for table, row in find(ds, key):
        prov = row["provenance"]
        rec = {
            "table": table,
            "input_ref": row["input_ref"],
            "article_id": row.get("article_id") or article_id_of(row["input_ref"], prov["raw_sha256"]),
            "title": row.get("title"),
            "source": row.get("source"),
            "url": row.get("url"),
            "run_id": prov["run_id"],
            "raw_sha256": prov["raw_sha256"],
            "dedup": dedup_decision(ds, table, row),
            "removed": removed_lines(ds, row, table),
            "date": date_decision(row),
            "names": name_decisions(row),
            "changes": [
                {**c, "meaning": describe("change_rules", f"{c['step']}:{c['rule']}")} for c in prov["changes"]
            ],
        }
        records.append(rec)
    return {"query": key, "dataset": str(ds.root.resolve()), "found": len(records), "records": records}


# --- terminal -------------------------------------------------------------------------------------

# Longest value the terminal view prints whole; ``--json`` gives every value in full.
DISPLAY_CHARS = 400


def clip(value: str, limit: int = DISPLAY_CHARS) -> str:
    """``value`` cut to ``limit`` characters, saying how much was left out.

    >>> clip("T" * 1000, 10)
    'TTTTTTTTTT… (+990 characters; --json shows all)'
    >>> clip("short")
    'short'
    """
    value = str(value)
    return value if len(value) <= limit else f"{value[:limit]}… (+{len(value) - limit} characters; --json shows all)"


def print_explanation(result: dict, console) -> None:
    from rich.markup import escape as rich_escape

    def escape(value: str) -> str:  # clipped: one record's 200,000-letter title must not stall the terminal
        return rich_escape(clip(value))

    if not result["records"]:
        console.print(f"[yellow]nothing in {escape(result['dataset'])} is named {escape(result['query'])!s}[/yellow] "
                      "(give an input_ref as in the tables, e.g. feed.jsonl#3, or an article_id)")
        return
    for rec in result["records"]:
        console.rule(f"[bold]{rec['table']}[/bold]  {escape(rec['input_ref'])}  ({rec['article_id']})")
        if rec["title"]:
            console.print(f"title: {escape(rec['title'])}   source: {escape(str(rec['source']))}   run: {rec['run_id']}")
        d = rec["dedup"]
        console.print(f"[bold]dedup:[/bold] {escape(d['decision'])}" + (f" — {escape(d['meaning'])}" if d.get("meaning") else ""))
        if d.get("detail"):
            console.print(f"  detail: {escape(d['detail'])}")
        for c in d.get("copies") or []:
            console.print(f"  copy: {escape(c['input_ref'])} ({c['method']}, similarity {c['similarity']}, {escape(c['source'])})")
        if d.get("representative"):
            r = d["representative"]
            console.print(f"  representative: {escape(r['input_ref'])} — {escape(str(r['title']))} ({escape(r['source'])})")
        for k in ("supersedes", "superseded_by"):
            if d.get(k):
                console.print(f"  {k.replace('_', ' ')}: {d[k]}")
        rm = rec["removed"]
        console.print(f"[bold]removed lines:[/bold] {rm['count']}" + (f" (context {escape(rm['context_from'])})" if rm.get("context_from") else ""))
        if rm.get("note") and rm["count"]:
            console.print(f"  [dim]no context: {escape(rm['note'])}[/dim]")
        for line in rm["lines"]:
            if line["kind"] == "removed":
                console.print(f"  [red]- {escape(line['line'])}[/red]  [dim]{line['rule']}{' (position unknown: removed before the rebuilt text)' if line.get('unplaced') else ''}[/dim]")
            elif line["kind"] == "gap":
                console.print("    [dim]…[/dim]")
            else:
                console.print(f"    {escape(line['line'])}")
        for m in rm["markers_cut_from_line_ends"]:
            console.print(f"  [red]- {escape(m)}[/red]  [dim]teaser_marker (cut from a line end)[/dim]")
        if rec["date"]:
            dd = rec["date"]
            console.print(f"[bold]publication date:[/bold] {dd['published_date']} from {dd['source']} — {escape(str(dd['meaning']))}")
            for f in dd["flags"]:
                console.print(f"  flag {f['flag']}: {escape(str(f['meaning']))}")
            for c in dd["changes"]:
                console.print(f"  {c['rule']}: {escape(c['detail'])}")
            if dd["dates_mentioned"]:
                console.print("  dates in the text: " + "; ".join(
                    escape(f"{m['text']} -> {m['date']} ({m['granularity']}{', ' + ','.join(m['flags']) if m['flags'] else ''})")
                    for m in dd["dates_mentioned"]))
        if rec["names"]:
            console.print("[bold]names:[/bold]")
            for n in rec["names"]:
                flags = ", ".join(f["flag"] for f in n["flags"])
                times = f" ×{n['mentions']}" if n["mentions"] > 1 else ""
                console.print(f"  {escape(n['surface'])} -> {escape(str(n['canonical']))}{times}" + (f"  [dim]{escape(flags)}[/dim]" if flags else ""))
