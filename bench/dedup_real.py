"""Near-duplicate decisions on real news pairs judged by hand (``bench/data/dedup_real_pairs.json``).

Each judged pair (two texts of fhamborg/Giveme5W1H's datasets, read from the local
snapshot ``/work/.mirror/fhamborg+Giveme5W1H``) is cleaned by the pipeline
(:func:`cleaners.pipeline.clean_record`, as a text record) and deduplicated on its own;
the pair counts as called a duplicate when the second text becomes a duplicate of the
first (or the other way round). Prints, for the tune and held-out pairs, pairwise
precision and recall of the "same story" calls, and lists the wrong calls; ``--jaccard-only``
scores the rule before containment was weighed (estimated Jaccard >= NEAR_THRESHOLD alone).

    .venv/bin/python bench/dedup_real.py [--jaccard-only]
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newsclean.cleaners import dedup  # noqa: E402
from newsclean.cleaners.dedup import DedupIndex, deduplicate, doc_from_article  # noqa: E402
from newsclean.cleaners.pipeline import RunContext, clean_record  # noqa: E402
from newsclean.schemas.models import Article, RawRecord  # noqa: E402

PAIRS = REPO / "bench" / "data" / "dedup_real_pairs.json"
MIRROR = Path("/work/.mirror")


def _text(repo: str, path: str) -> str:
    gitdir = MIRROR / repo.replace("/", "+") / "repo"
    raw = subprocess.run(["git", f"--git-dir={gitdir}", "show", f"HEAD:{path}"], check=True, capture_output=True).stdout
    if path.endswith(".json"):
        doc = json.loads(raw)
        title = doc.get("title") or ""
        return (title + "\n\n" if title and title != "None" else "") + (doc.get("text") or "")
    return raw.decode("utf-8", errors="replace")


def _article(repo: str, path: str, ctx: RunContext) -> Article:
    body = _text(repo, path).encode("utf-8")
    art = clean_record(RawRecord(input_ref=path, kind="text", body=body, raw_sha256=path), ctx)
    if not isinstance(art, Article):
        raise SystemExit(f"{path}: rejected by the pipeline ({art})")
    return art


def judge(pairs: list[dict], repo: str) -> list[tuple[dict, bool, float]]:
    ctx = RunContext("bench", "0")
    cache: dict[str, Article] = {}
    out = []
    for p in pairs:
        a, b = (cache.setdefault(x, _article(repo, x, ctx)) for x in (p["a"], p["b"]))
        result = deduplicate([doc_from_article(a, 0), doc_from_article(b, 1)], DedupIndex.empty())
        verdict = next(iter(result.verdicts.values()), None)
        out.append((p, verdict is not None, verdict.similarity if verdict else 0.0))
    return out


def report(name: str, judged: list[tuple[dict, bool, float]]) -> None:
    scored = [(p, called, sim) for p, called, sim in judged if p["verdict"] != "unsure"]
    tp = sum(1 for p, called, _ in scored if called and p["verdict"] == "same")
    fp = sum(1 for p, called, _ in scored if called and p["verdict"] == "different")
    fn = sum(1 for p, called, _ in scored if not called and p["verdict"] == "same")
    same = tp + fn
    print(f"{name}: {len(scored)} pairs judged ({same} same, {len(scored) - same} different; {len(judged) - len(scored)} unsure left out)")
    print(f"  called duplicates: {tp + fp}, of them different articles: {fp}; same-story pairs missed: {fn}")
    print(f"  precision {tp / (tp + fp) if tp + fp else 1.0:.3f}  recall {tp / same if same else 1.0:.3f}")
    for p, called, sim in scored:
        if called != (p["verdict"] == "same"):
            print(f"    {'WRONG CALL' if called else 'MISSED    '} {sim:.3f} {p['a']}  ~  {p['b']}")


def main() -> int:
    data = json.loads(PAIRS.read_text(encoding="utf-8"))
    gitdir = MIRROR / data["repo"].replace("/", "+") / "repo"
    if not gitdir.exists():
        print(f"no snapshot of {data['repo']} at {gitdir}: fetch it first", file=sys.stderr)
        return 2
    if "--jaccard-only" in sys.argv:
        dedup.MIN_CONTAINMENT = 0.0  # every pair over NEAR_THRESHOLD, as before containment was weighed
    print(f"NEAR_THRESHOLD {dedup.NEAR_THRESHOLD}, SURE_JACCARD {dedup.SURE_JACCARD}, MIN_CONTAINMENT {dedup.MIN_CONTAINMENT}")
    for split in ("tune", "heldout"):
        report(split, judge(data[split], data["repo"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
