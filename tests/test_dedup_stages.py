"""cleaners.dedup, stage by stage: each stage of ``deduplicate`` on tiny inputs.

The whole (``deduplicate``) is tested in test_dedup.py, test_dedup_store.py and
test_dedup_syndication.py; here every stage is called directly, most of them on
hand-made signatures, so a failure names the stage that broke.
"""
from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest

from newsclean.cleaners import dedup
from newsclean.cleaners.dedup import (
    NUM_PERM,
    WORDLESS_HASH,
    Candidates,
    Cluster,
    DedupDoc,
    DedupIndex,
    Edges,
    Signed,
    Verdict,
    candidate_pairs,
    choose_representatives,
    cluster_groups,
    content_hash,
    deduplicate,
    exact_groups,
    group_signatures,
    index_entries,
    index_exact_rows,
    select_live,
    signatures,
    verdicts_of,
    verify_pairs,
)

_RNG = random.Random(11)
_VOCAB = ["".join(_RNG.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(_RNG.randint(3, 9))) for _ in range(2000)]


def story(seed: int, paragraphs: int = 6, words: int = 40) -> str:
    rng = random.Random(seed)
    return "\n\n".join(" ".join(rng.choice(_VOCAB) for _ in range(words)).capitalize() + "." for _ in range(paragraphs))


def doc(aid: str, text: str, order: int = 0, date: dt.date | None = None, richness: int = 0) -> DedupDoc:
    return DedupDoc(aid, content_hash(text), text, date, richness, len(text), order)


def sig_rows(*rows: list[int]) -> np.ndarray:
    """Signatures from short patterns, repeated to NUM_PERM values."""
    out = np.zeros((len(rows), NUM_PERM), dtype=np.uint16)
    for i, r in enumerate(rows):
        out[i] = np.resize(np.asarray(r, dtype=np.uint16), NUM_PERM)
    return out


def index_of(docs: list[DedupDoc], reps: list[str] | None = None) -> DedupIndex:
    return DedupIndex(
        [d.article_id for d in docs],
        reps or [d.article_id for d in docs],
        [d.content_hash for d in docs],
        signatures([d.text for d in docs]),
    )


def no_edges() -> Edges:
    empty = np.zeros((0, 2), dtype=np.int64)
    return Edges(empty, np.zeros(0), empty, np.zeros(0))


# ---------------------------------------------------------------- 1. select_live


def test_select_live_orders_by_order_and_skips_what_the_index_holds():
    a, b, c = doc("a", "x", order=2), doc("b", "y", order=0), doc("c", "z", order=1)
    index = index_of([doc("c", story(1))])
    s = select_live([a, b, c], index)
    assert [d.article_id for d in s.live] == ["b", "a"]
    assert s.already == {"c"} and s.repeats == []


def test_select_live_sets_repeats_aside_with_the_position_of_the_first():
    first, again = doc("a", "x", order=0), doc("a", "x", order=5)
    s = select_live([again, doc("b", "y", order=1), first], DedupIndex.empty())
    assert [d.order for d in s.live] == [0, 1]
    assert s.repeats == [(again, 0)]


# ---------------------------------------------------------------- 2. exact_groups


def test_exact_groups_join_equal_hashes_and_pick_the_earliest_as_exemplar():
    text = story(2)
    live = [doc("a", text, 0, dt.date(2024, 5, 2)), doc("b", story(3), 1), doc("c", text.upper(), 2, dt.date(2024, 5, 1))]
    e = exact_groups(live)
    assert e.groups == [[0, 2], [1]]
    assert e.group_of == [0, 1, 0]
    assert e.exemplar == [2, 1]  # "c" is dated earlier


def test_wordless_docs_are_groups_of_their_own():
    live = [doc("a", "2024 — 12", 0), doc("b", "17:45", 1)]
    assert live[0].content_hash == live[1].content_hash == WORDLESS_HASH
    assert exact_groups(live).groups == [[0], [1]]


def test_no_docs_no_groups():
    e = exact_groups([])
    assert (e.groups, e.group_of, e.exemplar) == ([], [], [])


# ---------------------------------------------------------------- 3. index_exact_rows


def test_index_exact_rows_find_the_first_row_with_the_hash_and_never_a_wordless_one():
    text = story(4)
    index = DedupIndex(
        ["x", "y", "w"], ["x", "x", "w"], [content_hash(text), content_hash(text), WORDLESS_HASH], sig_rows([1], [1], [0])
    )
    live = [doc("a", text.lower()), doc("b", story(5)), doc("c", "2024")]
    assert index_exact_rows(live, [0, 1, 2], index) == [0, None, None]


# ---------------------------------------------------------------- 4. group_signatures


def test_group_signatures_sign_unknown_groups_and_copy_known_ones(monkeypatch):
    known, unknown = story(6), story(7)
    index = DedupIndex(["x"], ["x"], [content_hash(known)], sig_rows([9, 8, 7]))
    live = [doc("a", known), doc("b", unknown)]
    signed: list[list[str]] = []
    real = dedup.sign
    monkeypatch.setattr(dedup, "sign", lambda texts: signed.append(texts) or real(texts))
    groups = group_signatures(live, [0, 1], [0, None], index)
    sig = groups.sig
    assert signed == [[unknown]]  # the index's group is not signed again
    assert np.array_equal(sig[0], index.signatures[0])
    assert np.array_equal(sig[1], real([unknown])[0][0])
    assert sig.dtype == np.uint16 and sig.shape == (2, NUM_PERM)
    # the shingle counts come along: the index's (unknown here: 0), the text's own
    assert groups.sizes.tolist() == [0, int(real([unknown])[1][0])] and groups.sizes[1] > 0


def test_group_signatures_take_a_keyed_docs_signature_and_count():
    text = story(8)
    sig, sizes = dedup.sign([text])
    keyed = doc("k", text)
    keyed.text, keyed.signature, keyed.shingles = "", sig[0], int(sizes[0])
    groups = group_signatures([keyed], [0], [None], DedupIndex.empty())
    assert np.array_equal(groups.sig[0], sig[0]) and groups.sizes.tolist() == sizes.tolist()


# ---------------------------------------------------------------- 5. candidate_pairs


def test_candidate_pairs_pair_equal_bands_once_and_skip_wordless_and_known_groups():
    sig = sig_rows([1, 2, 3], [1, 2, 3], [4, 5, 6], [0], [1, 2, 3])
    c = candidate_pairs(sig, [None, None, None, None, 0], DedupIndex.empty())
    assert c.batch.tolist() == [[0, 1]]  # group 3 has no words, group 4 is known to the index
    assert c.index.shape == (0, 2)


def test_candidate_pairs_against_the_index_name_group_and_row():
    index = DedupIndex(["x", "y"], ["x", "y"], ["hx", "hy"], sig_rows([7, 7, 7], [1, 2, 3]))
    sig = sig_rows([4, 5, 6], [1, 2, 3])
    c = candidate_pairs(sig, [None, None], index)
    assert c.batch.shape == (0, 2)
    assert c.index.tolist() == [[1, 1]]


# ---------------------------------------------------------------- 6. verify_pairs


def test_verify_pairs_keep_pairs_at_or_above_the_threshold():
    base = np.arange(1, NUM_PERM + 1, dtype=np.uint16)
    near, far = base.copy(), base.copy()
    near[: int(NUM_PERM * 0.6)] += 1000  # 40% equal
    far[: int(NUM_PERM * 0.8)] += 2000  # 20% equal to base, 0% to near
    sig = np.stack([base, near, far])
    index = DedupIndex(["x"], ["x"], ["hx"], sig[[1]])
    c = Candidates(np.array([[0, 1], [0, 2]]), np.array([[0, 0], [2, 0]]))
    e = verify_pairs(c, Signed(sig, np.zeros(3, dtype=np.uint32)), index)  # counts unknown: J alone
    assert e.batch.tolist() == [[0, 1]] and e.batch_sim.round(2).tolist() == [0.4]
    assert e.index.tolist() == [[0, 0]] and e.index_sim.round(2).tolist() == [0.4]
    assert dedup.NEAR_THRESHOLD <= 0.4 < dedup.SURE_JACCARD


def test_verify_pairs_below_sure_jaccard_need_the_shorter_text_contained():
    base = np.arange(1, NUM_PERM + 1, dtype=np.uint16)
    other = base.copy()
    other[: int(NUM_PERM * 0.6)] += 1000  # J 0.4
    sig = np.stack([base, other])
    c = Candidates(np.array([[0, 1]]), np.zeros((0, 2), dtype=np.int64))
    # two equal-sized texts sharing 40% (J 0.4): containment 0.57, two articles sharing paragraphs
    assert verify_pairs(c, Signed(sig, np.array([300, 300], dtype=np.uint32)), DedupIndex.empty()).batch.shape == (0, 2)
    # a 100-shingle teaser of a 250-shingle story at J 0.4: containment 0.98, a copy
    assert verify_pairs(c, Signed(sig, np.array([250, 100], dtype=np.uint32)), DedupIndex.empty()).batch.tolist() == [[0, 1]]
    # against an index row whose count is unknown (an old part): J alone decides
    index = DedupIndex(["x"], ["x"], ["hx"], sig[[1]])
    ci = Candidates(np.zeros((0, 2), dtype=np.int64), np.array([[0, 0]]))
    assert verify_pairs(ci, Signed(sig[[0]], np.array([300], dtype=np.uint32)), index).index.tolist() == [[0, 0]]


def test_estimated_containment_from_jaccard_and_counts():
    j = np.array([0.3, 0.3, 0.5])
    out = dedup.estimated_containment(j, np.array([300, 942, 100]), np.array([300, 2462, 0]))
    assert out[0] == pytest.approx(0.3 * 600 / (1.3 * 300))  # equal sizes: 2J / (1 + J)
    assert out[1] == pytest.approx(0.3 * 3404 / (1.3 * 942))
    assert np.isnan(out[2])  # unknown count


# ---------------------------------------------------------------- 7. cluster_groups


def test_cluster_groups_follow_edges_and_exact_rows():
    index = DedupIndex(["x"], ["x"], ["hx"], sig_rows([1]))
    edges = Edges(np.array([[0, 1]]), np.array([0.5]), np.zeros((0, 2), dtype=np.int64), np.zeros(0))
    clusters = cluster_groups(4, [None, None, 0, None], edges, index)
    assert clusters == [Cluster([0, 1], None), Cluster([2], "x"), Cluster([3], None)]


def test_a_cluster_never_holds_two_published_articles():
    # group 0 resembles both indexed articles; it joins the stronger edge only
    index = DedupIndex(["x", "y"], ["x", "y"], ["hx", "hy"], sig_rows([1], [2]))
    empty = np.zeros((0, 2), dtype=np.int64)
    edges = Edges(empty, np.zeros(0), np.array([[0, 0], [0, 1]]), np.array([0.4, 0.6]))
    assert cluster_groups(1, [None], edges, index) == [Cluster([0], "y")]


def test_an_index_duplicate_points_the_cluster_to_its_article():
    index = DedupIndex(["x", "d"], ["x", "x"], ["hx", "hd"], sig_rows([1], [2]))
    empty = np.zeros((0, 2), dtype=np.int64)
    edges = Edges(empty, np.zeros(0), np.array([[0, 1]]), np.array([0.9]))
    assert cluster_groups(1, [None], edges, index) == [Cluster([0], "x")]


# ---------------------------------------------------------------- 8. choose_representatives


def test_choose_representatives_earliest_wins_and_lone_docs_are_articles():
    text, other = story(8), story(9)
    live = [doc("a", text, 0, dt.date(2024, 5, 3)), doc("b", text + "\n\nMore words here for the copy.", 1, dt.date(2024, 5, 1)), doc("c", other, 2)]
    exact = exact_groups(live)
    sig = sig_rows([1], [2], [3])
    reps = choose_representatives(live, exact, [Cluster([0, 1], None), Cluster([2], None)], sig, DedupIndex.empty())
    assert reps.rep_of == ["b", "b", "c"]
    assert reps.duplicates == [0] and reps.rep_hash == [live[1].content_hash]
    assert np.array_equal(reps.rep_sig[0], sig[1])


def test_a_published_article_represents_its_cluster():
    index = DedupIndex(["x"], ["x"], ["hx"], sig_rows([5]))
    live = [doc("a", story(10), 0, dt.date(2000, 1, 1))]
    reps = choose_representatives(live, exact_groups(live), [Cluster([0], "x")], sig_rows([4]), index)
    assert reps.rep_of == ["x"] and reps.duplicates == [0] and reps.rep_hash == ["hx"]
    assert np.array_equal(reps.rep_sig[0], index.signatures[0])


# ---------------------------------------------------------------- 9. verdicts_of


def test_verdicts_are_exact_for_equal_hashes_and_near_with_the_rounded_estimate():
    text = story(12)
    live = [doc("a", text, 0, dt.date(2024, 1, 1)), doc("b", text.upper(), 1), doc("c", story(13), 2)]
    exact = exact_groups(live)
    base = np.arange(NUM_PERM, dtype=np.uint16)
    other = base.copy()
    other[:42] += 500  # 84 of 126 equal
    sig = np.stack([base, other])
    reps = choose_representatives(live, exact, [Cluster([0, 1], None)], sig, DedupIndex.empty())
    assert verdicts_of(live, reps, sig, exact.group_of) == {
        1: Verdict("a", 1.0, "exact"),
        2: Verdict("a", round(84 / 126, 4), "near"),
    }


def test_no_duplicates_no_verdicts():
    live = [doc("a", story(14))]
    reps = choose_representatives(live, exact_groups(live), [Cluster([0], None)], sig_rows([1]), DedupIndex.empty())
    assert verdicts_of(live, reps, sig_rows([1]), [0]) == {}


# ---------------------------------------------------------------- 10. index_entries


def test_index_entries_hold_every_live_doc_with_its_group_signature():
    text = story(15)
    live = [doc("a", text, 0), doc("b", text.upper(), 1), doc("c", story(16), 2)]
    exact = exact_groups(live)
    sig = sig_rows([1], [2])
    rows = index_entries(live, ["a", "a", "c"], Signed(sig, np.array([40, 70], dtype=np.uint32)), exact.group_of)
    assert rows.article_ids == ["a", "b", "c"] and rows.representatives == ["a", "a", "c"]
    assert rows.content_hashes == [d.content_hash for d in live]
    assert rows.signatures.tolist() == sig[[0, 0, 1]].tolist()
    assert rows.sizes.tolist() == [40, 40, 70]
    assert len(index_entries([], [], Signed(np.zeros((0, NUM_PERM), dtype=np.uint16), np.zeros(0, dtype=np.uint32)), [])) == 0


# ---------------------------------------------------------------- the stages together


def test_the_stages_compose_to_deduplicate():
    a = story(17)
    docs = [doc("a", a, 0), doc("b", a.replace("\n\n", "\n\nShare this\n\n", 1), 1), doc("c", story(18), 2), doc("a", a, 3)]
    result = deduplicate(docs, DedupIndex.empty())
    # the residue line adds no shingle: a near copy with the same signature; the longer text represents
    assert result.verdicts == {"a": Verdict("b", 1.0, "near")}
    assert result.by_order == {0: Verdict("b", 1.0, "near"), 3: Verdict("b", 1.0, "exact")}
    assert result.new_entries.article_ids == ["a", "b", "c"]
