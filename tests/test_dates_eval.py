"""Precision and recall of find_dates on the hand-labelled set (tests/dates_labels.json).

A prediction is right when it overlaps a labelled span and has the same date
(exact day: the first day of its period) and granularity. The figures are
printed (``pytest -s``) and asserted against the issue's targets.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsclean.cleaners import dates

pytestmark = pytest.mark.eval

LABELS = Path(__file__).with_name("dates_labels.json")

# The targets: at least 95% exact-day precision and recall.
MIN_PRECISION = 0.95
MIN_RECALL = 0.95


def _cases() -> list[dict]:
    return json.loads(LABELS.read_text(encoding="utf-8"))["cases"]


def _label_positions(case: dict) -> list[tuple[int, int, dict]]:
    """Each expected span's (start, end): the next occurrence of its text after the previous label."""
    text, out, cursor = case["text"], [], 0
    for label in case["expect"]:
        start = text.find(label["text"], cursor)
        assert start >= 0, f"{case['id']}: label {label['text']!r} not found after offset {cursor}"
        out.append((start, start + len(label["text"]), label))
        cursor = start + len(label["text"])
    return out


def _score(case: dict) -> tuple[int, int, int, list[str]]:
    """(true positives, predictions, labels, mistakes) for one case."""
    spans = dates.find_dates(case["text"], dt.date.fromisoformat(case["anchor"]), anchor_is_fetch=case["anchor_is_fetch"])
    labels = _label_positions(case)
    matched: set[int] = set()
    mistakes = []
    tp = 0
    for span in spans:
        hit = None
        for i, (start, end, label) in enumerate(labels):
            if i not in matched and span.start < end and start < span.end:
                hit = i
                break
        if hit is None:
            mistakes.append(f"{case['id']}: false date {span.text!r} -> {span.date}")
            continue
        matched.add(hit)
        label = labels[hit][2]
        got = (span.date.isoformat() if span.date else None, span.granularity)
        if got == (label["date"], label["granularity"]):
            tp += 1
        else:
            mistakes.append(f"{case['id']}: {span.text!r} -> {got}, expected {(label['date'], label['granularity'])}")
    mistakes += [f"{case['id']}: missed {labels[i][2]['text']!r}" for i in range(len(labels)) if i not in matched]
    return tp, len(spans), len(labels), mistakes


def test_labelled_set_is_well_formed():
    cases = _cases()
    assert len({c["id"] for c in cases}) == len(cases)
    assert sum(len(c["expect"]) for c in cases) >= 70
    assert sum(1 for c in cases if c.get("trap")) >= 8
    for case in cases:
        _label_positions(case)  # every label text is in its case


def test_precision_and_recall_on_labelled_set():
    tp = predicted = labelled = 0
    mistakes: list[str] = []
    for case in _cases():
        a, b, c, m = _score(case)
        tp, predicted, labelled, mistakes = tp + a, predicted + b, labelled + c, mistakes + m
    precision, recall = tp / predicted, tp / labelled
    print(f"\ndates: precision {precision:.1%} ({tp}/{predicted}), recall {recall:.1%} ({tp}/{labelled})")
    for line in mistakes:
        print("  ", line)
    assert precision >= MIN_PRECISION, mistakes
    assert recall >= MIN_RECALL, mistakes


@pytest.mark.parametrize("case", [c for c in _cases() if c.get("trap")], ids=lambda c: c["id"])
def test_trap_words_give_no_dates(case):
    spans = dates.find_dates(case["text"], dt.date.fromisoformat(case["anchor"]), anchor_is_fetch=False)
    assert spans == []


@pytest.mark.parametrize("case", [c for c in _cases() if c["id"].startswith("seed-")], ids=lambda c: c["id"])
def test_every_seed_date_resolved_as_listed(case):
    _, _, _, mistakes = _score(case)
    assert mistakes == []
