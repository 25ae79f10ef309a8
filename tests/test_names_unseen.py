"""Person names on real news the rules were not written for (issue 14): floors on F1 and no wrong person.

``tests/data/names/unseen.json`` holds 111 real articles (test pages of adbar/trafilatura
and adbar/htmldate, Apache-2.0, LICENSE files beside it) with hand labels: 79 English
(443 persons) and 32 German, French, Spanish and Russian (134 persons), each in a
tuning part or a held-out part (split by a hash of the id, per language and labelling
batch; see the README there). The rules were tuned looking at the tuning part only.

``.venv/bin/python bench/names_unseen.py`` prints the full table (``--batch 1|2`` for
one labelling batch). Measured on the branch that added batch 2 (P / R / F1,
wrong-person links; both batches):

* English, tuning: 0.986 / 0.946 / 0.966, 0;  held-out: 0.930 / 0.913 / 0.922, 0
* other languages, tuning: 0.978 / 0.978 / 0.978, 0;  held-out: 0.914 / 0.831 / 0.871, 0
  (held-out de 0.868, fr 0.933, es 0.909, ru 0.750)
* capitalised-word baseline, English held-out: P 0.224 / R 0.677 / F1 0.336 (batch 1)

The floors below are these minus a small margin, so a regression fails; wrong-person
links (a mention given to a gazetteer person it is not) must stay at zero.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from newsclean.cleaners.names import find_persons
from newsclean.cleaners.names.evaluate import capitalised_baseline, published, score_article, summarise

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from fetched import FetchedDataMissing, fetched_path, with_texts  # noqa: E402

DATA = json.loads((REPO / "tests" / "data" / "names" / "unseen.json").read_text(encoding="utf-8"))
# a rebuilt machine misses three tuning texts trafilatura no longer extracts byte for byte (README there)
MAX_MISSING_TUNE = 3
MISSING: list[str] = []
try:  # the article texts are third-party data kept out of git (bench/fetched.py)
    DATA["articles"] = with_texts(DATA["articles"], fetched_path("names", "unseen_texts.json"), MISSING)
except FetchedDataMissing as exc:
    pytest.skip(f"fetched evaluation texts not on this machine: {exc}", allow_module_level=True)
_split = {a["id"]: a["split"] for a in json.loads((REPO / "tests" / "data" / "names" / "unseen.json").read_text(encoding="utf-8"))["articles"]}
if len(MISSING) > MAX_MISSING_TUNE or any(_split[m] != "tune" for m in MISSING):
    pytest.skip(f"fetched evaluation texts incomplete: {', '.join(MISSING)}", allow_module_level=True)

# (split, language group) -> (precision, recall, F1) floors
FLOORS = {
    ("tune", "en"): (0.98, 0.94, 0.96),
    ("heldout", "en"): (0.92, 0.90, 0.91),
    ("tune", "other"): (0.97, 0.97, 0.97),
    ("heldout", "other"): (0.90, 0.82, 0.86),
}

pytestmark = pytest.mark.eval


def _resolver(gaz):
    def resolve(label):
        _, ms = find_persons(label, None, gaz)
        full = [m for m in ms if m.start == 0 and m.end == len(label)]
        return full[0].canonical if full and "not_in_gazetteer" not in full[0].flags else None

    return resolve


@pytest.fixture(scope="module")
def scores(gaz):
    resolve = _resolver(gaz)
    out = []
    for a in DATA["articles"]:
        persons, _ = find_persons(a["text"], published(a), gaz, title=a.get("title"), language=a["language"])
        out.append(score_article(a, persons, gaz, resolve))
    return out


def test_labelled_set_is_large_enough_and_split():
    arts = DATA["articles"]
    en = [a for a in arts if a["language"] == "en"]
    assert len(en) >= 40 and sum(len(a["persons"]) for a in en) >= 300
    assert {a["language"] for a in arts} >= {"en", "de", "fr", "es", "ru"}
    for lang in {a["language"] for a in arts}:
        assert {a["split"] for a in arts if a["language"] == lang} == {"tune", "heldout"}, lang
    for a in arts:
        assert a["text"] and a["split"] in ("tune", "heldout") and a["source"].startswith("adbar/")
        assert not set(a["persons"]) & set(a.get("not_person", [])), a["id"]
    assert sum(len(a.get("not_person", [])) for a in arts) >= 100, "the negative side must stay labelled"


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_floors(scores, part):
    t = summarise(scores)[part]
    p, r, f = FLOORS[part]
    print(f"\n{part}: P {t.precision:.3f} R {t.recall:.3f} F1 {t.f1:.3f} wrong-person {t.wrong_person}")
    assert t.precision >= p and t.recall >= r and t.f1 >= f


def test_no_wrong_person_links(scores):
    wrong = [(s.id, n) for s in scores for n in s.wrong_person]
    assert wrong == []


def test_beats_the_capitalised_word_baseline(scores, gaz):
    base = summarise([score_article(a, capitalised_baseline(a["text"]), gaz, None) for a in DATA["articles"]])
    ours = summarise(scores)
    for part in FLOORS:
        assert ours[part].f1 > base[part].f1 + 0.3, part


def test_scorer_counts_both_ways():
    # the scorer itself: a hit, a false name, a duplicate form and a miss
    art = {"id": "x", "language": "en", "split": "tune", "persons": ["Michael R. Bloomberg", "Ada Limon"], "partial": {"Mini Mike": "Michael Bloomberg"}}
    s = score_article(art, ["Michael Bloomberg", "Blue Moon"], None, None)
    assert (s.hits, s.predicted, s.false, s.missed) == (1, 2, ["Blue Moon"], ["Ada Limon"])
    s = score_article({**art, "partial": {}}, ["Michael Bloomberg", "Michael R. Bloomberg"], None, None)
    assert s.hits == 1 and s.false == ["Michael R. Bloomberg"]  # one person, two forms: the second is wrong
