"""Dedup on generated syndication sets (tests/data/syndication/make_set.py), after the
pipeline's own cleaning, scored like score.py (pairwise precision/recall over duplicate pairs)."""
from __future__ import annotations

import json
import random
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import pytest

from newsclean.cleaners.dedup import DedupIndex, deduplicate, doc_from_article
from newsclean.cleaners.pipeline import RunContext, clean_record
from newsclean.inputs import read_path
from newsclean.schemas.models import Article

DATA = Path(__file__).resolve().parent / "data"
MAKE_SET = DATA / "syndication" / "make_set.py"  # the brief's syndication generator, copied here
SEEDS_DIR = Path(__file__).resolve().parents[1] / "data" / "samples"  # the five seeds
SET_SEEDS = (7, 13)  # chosen once, never tuned on (tuning used seeds 1-6)
MIN_PRECISION, MIN_RECALL = 0.98, 0.95  # issue 7 targets

pytestmark = pytest.mark.eval


def clean_dir(inputs: Path) -> list[Article]:
    ctx = RunContext("t", "0")
    out = []
    for path in sorted(inputs.glob("*.txt")):
        for raw in read_path(path, inputs):
            art = clean_record(raw, ctx)
            assert isinstance(art, Article), f"{raw.input_ref} rejected: {art}"
            out.append(art)
    return out


@pytest.fixture(scope="module", params=SET_SEEDS)
def syndication(request, tmp_path_factory):
    out = tmp_path_factory.mktemp(f"syn{request.param}")
    subprocess.run([sys.executable, str(MAKE_SET), str(out), "--seed", str(request.param)], check=True, capture_output=True)
    labels = json.loads((out / "labels.json").read_text())
    articles = clean_dir(out / "inputs")
    return articles, labels


def clusters(articles: list[Article], result) -> dict[str, str]:
    """input_ref -> the article_id it ends up under (itself when it became an article)."""
    return {a.input_ref: result.verdicts[a.article_id].duplicate_of if a.article_id in result.verdicts else a.article_id for a in articles}


def pairwise(cluster: dict[str, str], labels: dict[str, str]) -> tuple[float, float]:
    refs = sorted(set(labels) & set(cluster))
    assert len(refs) == len(labels)
    truth = {frozenset(p) for p in combinations(refs, 2) if labels[p[0]] == labels[p[1]]}
    pred = {frozenset(p) for p in combinations(refs, 2) if cluster[p[0]] == cluster[p[1]]}
    tp = len(truth & pred)
    return (tp / len(pred) if pred else 1.0), (tp / len(truth) if truth else 1.0)


def partition(cluster: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for ref, rep in cluster.items():
        groups.setdefault(rep, set()).add(ref)
    return {frozenset(g) for g in groups.values()}


def test_precision_and_recall_on_generated_set(syndication):
    articles, labels = syndication
    docs = [doc_from_article(a, i) for i, a in enumerate(articles)]
    result = deduplicate(docs, DedupIndex.empty())
    precision, recall = pairwise(clusters(articles, result), labels)
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL, (precision, recall)
    # every verdict points at an article of this run and explains itself
    articles_ids = {d.article_id for d in docs} - set(result.verdicts)
    for v in result.verdicts.values():
        assert v.duplicate_of in articles_ids and v.method in ("exact", "near") and 0 < v.similarity <= 1


def test_two_halves_against_the_index_give_the_same_clusters_as_one_pass(syndication):
    articles, _ = syndication
    order = list(range(len(articles)))
    random.Random(0).shuffle(order)
    first, second = sorted(order[: len(order) // 2]), sorted(order[len(order) // 2 :])
    one_pass = deduplicate([doc_from_article(a, i) for i, a in enumerate(articles)], DedupIndex.empty())
    r1 = deduplicate([doc_from_article(articles[i], i) for i in first], DedupIndex.empty())
    r2 = deduplicate([doc_from_article(articles[i], i) for i in second], r1.new_entries)
    merged = {**r1.verdicts, **r2.verdicts}

    class Both:
        verdicts = merged

    assert partition(clusters(articles, Both)) == partition(clusters(articles, one_pass))
    # the second half never overrides the first: its copies point at first-half articles
    first_articles = {articles[i].article_id for i in first} - set(r1.verdicts)
    for i in second:
        v = r2.verdicts.get(articles[i].article_id)
        if v and any(same_cluster(articles[i], articles[j], one_pass) for j in first):
            assert v.duplicate_of in first_articles

    # a re-run of everything against the full index adds nothing
    full = DedupIndex.concat([r1.new_entries, r2.new_entries])
    again = deduplicate([doc_from_article(a, i) for i, a in enumerate(articles)], full)
    assert again.already_indexed == {a.article_id for a in articles}
    assert again.verdicts == {} and len(again.new_entries) == 0


def same_cluster(a: Article, b: Article, result) -> bool:
    rep = lambda x: result.verdicts[x.article_id].duplicate_of if x.article_id in result.verdicts else x.article_id  # noqa: E731
    return rep(a) == rep(b)


def test_seed_articles_stay_apart():
    # 000 and 001 tell the same story (Lavrov's standing) in other words: not duplicates;
    # none of the five seeds is a copy of another.
    articles = clean_dir(SEEDS_DIR)
    assert len(articles) == 5
    result = deduplicate([doc_from_article(a, i) for i, a in enumerate(articles)], DedupIndex.empty())
    assert result.verdicts == {}
