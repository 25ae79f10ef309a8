"""Person names: gazetteer loading, alias generation, detection, resolution, cross-document clustering.

The evaluation over the hand-labelled set (``tests/names_labels.json``) prints its
accuracy and every miss: run with ``-s`` to see it.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.cleaners.names import (
    GazetteerError,
    Mention,
    empty_gazetteer,
    find_persons,
    load_gazetteer,
    persons_of,
    resolve_across_documents,
)
from newsclean.cleaners.names.detect import MAX_UNKNOWN_TOKENS, TITLE_WINDOW, title_before
from newsclean.cleaners.names.gazetteer import parse_roles
from newsclean.cleaners.names.keys import fold, variant_key
from newsclean.cleaners.names.lexicon import role_key, title_country

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "samples"
LABELS = json.loads((Path(__file__).parent / "names_labels.json").read_text(encoding="utf-8"))
TARGET_ACCURACY = 0.98  # issue 5: at least 98% of labelled mentions right, with 0 conflated people

HEADER = "id,canonical,native,surname,aliases,roles,default_for_surname\n"


def day(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def canon(text, published, gaz):
    return [(m.surface, m.canonical) for m in find_persons(text, day(published) if published else None, gaz)[1]]


# ---------------------------------------------------------------- evaluation set


def _evaluate(gaz):
    cases = []
    for seed in LABELS["seeds"]:
        text = (SAMPLES / seed["file"]).read_text(encoding="utf-8")
        cases.append((seed["file"], text, seed["published"], seed["mentions"], seed["not_persons"]))
    for i, hard in enumerate(LABELS["hard"]):
        cases.append((f"hard#{i}", hard["text"], hard["published"], hard["mentions"], hard["not_persons"]))
    total = correct = 0
    misses, conflated = [], []
    for name, text, published, labelled, negatives in cases:
        _, found = find_persons(text, day(published), gaz)
        by_span = {(m.start, m.end): m for m in found}
        expected_spans = set()
        for start, end, surface, canonical in labelled:
            total += 1
            expected_spans.add((start, end))
            assert text[start:end] == surface, f"label offsets drifted in {name}: {surface!r}"
            m = by_span.get((start, end))
            if m is not None and m.canonical == canonical:
                correct += 1
                continue
            misses.append(f"{name} {start}:{end} {surface!r} want {canonical!r} got {m.canonical if m else 'no mention'!r}")
            if m is not None and m.canonical is not None and m.canonical != canonical:
                conflated.append(misses[-1])
        for m in found:
            if (m.start, m.end) not in expected_spans:
                total += 1  # a spurious mention counts against accuracy
                misses.append(f"{name} {m.start}:{m.end} spurious {m.surface!r} -> {m.canonical!r}")
            if m.surface in negatives or m.canonical in negatives:
                conflated.append(f"{name}: {m.surface!r} -> {m.canonical!r} is a listed false name")
    return total, correct, misses, conflated


def test_mention_accuracy_on_labelled_set(gaz):
    total, correct, misses, conflated = _evaluate(gaz)
    accuracy = correct / total
    print(f"\nnames: mention accuracy {correct}/{total} = {accuracy:.2%}; conflated {len(conflated)}")
    for line in misses:
        print("  miss:", line)
    for line in conflated:
        print("  CONFLATED:", line)
    assert total >= 200, "the labelled set shrank"
    assert accuracy >= TARGET_ACCURACY
    assert conflated == []


SEED_PERSONS = {
    "000_e9a02a1d9b66a2e8.txt": {"Donald Trump", "Vladimir Putin", "Sergey Lavrov", "Marco Rubio", "Dmitry Peskov", "Boris Bondarev", "Benny Avni"},
    "001_245433da21d9187b.txt": {"Sergey Lavrov", "Vladimir Putin", "Dmitry Peskov", "Donald Trump", "Maria Zakharova"},
    "002_82da6a8c2d66460c.txt": {"Vladimir Putin", "Sergey Lavrov", "Olaf Scholz", "Sergei Shoigu"},
    "003_a1da7f800f5964ef.txt": {"Donald Trump", "Vladimir Putin", "Mike Pompeo", "Sergey Lavrov", "Nicolás Maduro", "Yuri Ushakov", "Sergey Naryshkin", "Wang Yi", "Steve Bannon", "Sebastian Gorka", "John Bolton"},
    "004_d8922b5850a6cfb1.txt": {"Sergey Lavrov", "Rex Tillerson", "Donald Trump", "Vladimir Putin"},
}


@pytest.mark.parametrize("name", sorted(SEED_PERSONS))
def test_seed_persons(gaz, name):
    meta = json.loads((SAMPLES / name.replace(".txt", ".meta.json")).read_text())
    text = (SAMPLES / name).read_text(encoding="utf-8")
    persons, mentions = find_persons(text, day(meta["fetched_at"][:10]), gaz)
    assert SEED_PERSONS[name] <= set(persons)
    # extras allowed: Macron, named in 004's trailing related-article headline (residue),
    # and Marco Rubio, whom 001's "U.S. Secretary of State Rex Rubio" means (flagged as a conflict)
    assert set(persons) - SEED_PERSONS[name] <= {"Emmanuel Macron", "Marco Rubio"}
    assert "Nezyger" not in {m.surface for m in mentions}
    if name.startswith("001"):
        rex = [m for m in mentions if m.surface == "Rex Rubio"]
        assert rex and rex[0].canonical == "Marco Rubio" and "conflict" in rex[0].flags
        assert "Rex Tillerson" not in persons


# ---------------------------------------------------------------- gazetteer


def test_gazetteer_loads_every_row(gaz):
    rows = [l for l in (REPO / "newsclean" / "data" / "gazetteer.csv").read_text(encoding="utf-8").splitlines()[1:] if l.strip()]
    assert len(gaz.persons) == len(rows) >= 300
    assert gaz.persons["mike-pompeo"].roles[0].title == "Secretary of State"


def test_roles_parse_with_open_end():
    roles = parse_roles("Secretary of State (US) 2018-04-26..2021-01-20; President (US) 2025-01-20..")
    assert roles[0].country == "US" and roles[0].start == day("2018-04-26") and roles[0].end == day("2021-01-20")
    assert roles[1].end is None and roles[1].held_on(day("2030-01-01"))
    assert not roles[0].held_on(day("2021-01-21"))


@pytest.mark.parametrize(
    "row, message",
    [
        ("x,X Y,,,,President (US) 2020-13-01..,\n", "bad date"),
        ("x,X Y,,,,President (US) 2021-01-01..2020-01-01,\n", "ends before"),
        ("x,X Y,,,,President since 2020,\n", "is not"),
        (",X Y,,,,,\n", "required"),
        ("x,X Y,,,,,\nx,Z Y,,,,,\n", "duplicate id"),
        ("a,Ann Lee,,,,,yes\nb,Bob Lee,,,,,yes\n", "default_for_surname"),
    ],
)
def test_malformed_gazetteer_rows_are_named(row, message):
    with pytest.raises(GazetteerError, match=message):
        load_gazetteer(HEADER + row)


def test_generated_aliases(gaz):
    def who(alias):
        return {gaz.persons[p].canonical for p in gaz.aliases.get(fold(alias).replace("-", " "), {})}

    # transliteration schemas of the Cyrillic native name
    for spelling in ("Sergei Lavrov", "Sergej Lavrov", "Sergey Lavrov", "Сергей Лавров"):
        assert who(spelling) == {"Sergey Lavrov"}, spelling
    assert who("Dmitri Peskov") == who("Dmitriy Peskov") == {"Dmitry Peskov"}
    assert who("Evgeny Prigozhin") == who("Yevgeniy Prigozhin") == {"Yevgeny Prigozhin"}
    # nicknames both ways, middle initials, accents
    assert who("Michael Pompeo") == who("Michael R. Pompeo") == {"Mike Pompeo"}
    assert who("Stephen Bannon") == {"Steve Bannon"}
    assert who("Nicolas Maduro") == {"Nicolás Maduro"}
    # name + patronymic addresses; one is shared, and resolution must choose in context
    assert who("Vladimir Vladimirovich") == {"Vladimir Putin"}
    assert "Sergey Lavrov" in who("Sergey Viktorovich") and len(who("Sergey Viktorovich")) > 1
    # negative: a suffix keeps the son apart from the father
    assert who("Donald Trump") == {"Donald Trump"}
    assert who("Rex Rubio") == set()


def test_load_is_cached_per_text(gaz):
    assert load_gazetteer((REPO / "newsclean" / "data" / "gazetteer.csv").read_text(encoding="utf-8")) is gaz


# ---------------------------------------------------------------- keys and titles


def test_variant_key():
    assert variant_key("Sergey") == variant_key("Sergei") == variant_key("Sergej")
    assert variant_key("Dmitry") == variant_key("Dmitriy") == variant_key("Dmitri")
    assert variant_key("Zelensky") == variant_key("Zelenskyy") == variant_key("Zelenskiy")
    assert variant_key("Maria") != variant_key("Mario")
    assert variant_key("Lavrov") != variant_key("Lavrova")


@pytest.mark.parametrize(
    "before, title",
    [
        ("Russian Foreign Minister ", "Russian Foreign Minister"),
        ("the Kremlin’s spokesman, ", "Kremlin’s spokesman"),
        ("his longtime foreign minister, ", "foreign minister"),
        ("former U.S. President ", "former U.S. President"),
        ("Mr. ", "Mr."),
        # negatives: no head word, a sentence break, a comma with no head before it
        ("They met the president. ", None),
        ("The Financial Times: ", None),
        ("in Moscow, ", None),
        ("talks with ", None),
    ],
)
def test_title_before(before, title):
    assert title_before(before + "Sergey Lavrov", len(before)) == title


def test_title_window_covers_long_titles():
    phrase = "the Russian Foreign Ministry spokeswoman "
    assert len(phrase) < TITLE_WINDOW
    assert title_before(phrase + "Maria Zakharova", len(phrase)) == "Russian Foreign Ministry spokeswoman"


def test_role_key_and_country():
    assert role_key("Kremlin spokesman") == role_key("Press Secretary of the President") == "spokesperson"
    assert role_key("top diplomat") == role_key("Foreign Minister") == "foreign minister"
    assert role_key("Vice President") == "vice president" and role_key("President") == "president"
    assert role_key("Mr.") is None
    assert title_country("U.S. Secretary of State") == "US" and title_country("the Kremlin's spokesman") == "RU"
    assert title_country("Foreign Minister") is None


# ---------------------------------------------------------------- detection and resolution rules


def test_titles_and_possessives_are_recorded_not_part_of_the_surface(gaz):
    _, ms = find_persons("Russian Foreign Minister Sergey Lavrov’s trip.", None, gaz)
    (m,) = ms
    assert (m.surface, m.canonical) == ("Sergey Lavrov", "Sergey Lavrov")
    assert "title:Russian Foreign Minister" in m.flags and "possessive" in m.flags


def test_organisations_and_channels_are_not_persons(gaz):
    text = "Nezyger, a Telegram channel, and The Moscow Times cited Trump Tower staff and Khan Sheikhoun residents."
    assert find_persons(text, day("2025-01-01"), gaz) == ([], [])


def test_long_capitalised_runs_are_not_unknown_people():
    words = ["John"] + ["Xavier"] * MAX_UNKNOWN_TOKENS
    assert find_persons(" ".join(words) + " arrived.", None, None)[1] == []
    assert canon("John Xavier arrived.", None, None) == [("John Xavier", "John Xavier")]


def test_rex_rubio_is_never_tillerson(gaz):
    for published in ("2017-06-01", "2019-01-01", "2025-11-08"):
        for text in ("Rex Rubio called.", "Secretary of State Rex Rubio called.", "Rex Tillerson met Rex Rubio."):
            for m in find_persons(text, day(published), gaz)[1]:
                if m.surface == "Rex Rubio":
                    assert m.canonical in (None, "Marco Rubio") and "conflict" in m.flags


def test_role_on_date_needs_the_date(gaz):
    assert canon("President Bush spoke.", None, gaz) == [("Bush", None)]


def test_without_gazetteer_resolution_stays_in_the_document():
    persons, ms = find_persons("Boris Bondarev, a diplomat, quit. Bondarev said Mr. Smith agreed.", None, None)
    assert persons == ["Boris Bondarev"]
    assert [(m.surface, m.canonical) for m in ms] == [("Boris Bondarev", "Boris Bondarev"), ("Bondarev", "Boris Bondarev"), ("Smith", None)]
    assert "unresolved" in ms[-1].flags
    assert find_persons("Nezyger reports.", None, None) == ([], [])


def test_empty_gazetteer_equals_none():
    text = "Vladimir Putin met Sergey Lavrov. Putin spoke."
    assert find_persons(text, None, empty_gazetteer()) == find_persons(text, None, None)


def test_persons_of():
    ms = [Mention("a", "B", 0, 1), Mention("c", None, 2, 3), Mention("d", "A", 4, 5), Mention("e", "B", 6, 7)]
    assert persons_of(ms) == ["A", "B"]


# ---------------------------------------------------------------- cross-document


def test_cross_document_variants_take_the_most_common_full_form():
    docs = [
        find_persons("Evgeny Prigozhin spoke. Prigozhin left.", None, None)[1],
        find_persons("Yevgeniy Prigozhin said so.", None, None)[1],
        find_persons("Yevgeniy Prigozhin again, then Maria Petrova and Mario Petrov.", None, None)[1],
        find_persons("Prigozhin alone.", None, None)[1],
    ]
    assert docs[3] == [] or all(m.canonical is None for m in docs[3])
    before = [[(m.surface, m.canonical) for m in d] for d in docs]
    out = resolve_across_documents(docs)
    assert [[(m.surface, m.canonical) for m in d] for d in docs] == before  # inputs untouched
    names = {m.surface: m.canonical for d in out for m in d}
    assert names["Evgeny Prigozhin"] == names["Yevgeniy Prigozhin"] == names["Prigozhin"] == "Yevgeniy Prigozhin"
    assert "cross_document" in out[0][0].flags
    assert names["Maria Petrova"] == "Maria Petrova" and names["Mario Petrov"] == "Mario Petrov"


def test_cross_document_leaves_gazetteer_people_and_conflicts_alone(gaz):
    docs = [
        find_persons("Rex Rubio called.", day("2019-01-01"), gaz)[1],
        find_persons("Sergei Lavrov met Sergey Lavrov.", day("2019-01-01"), gaz)[1],
    ]
    out = resolve_across_documents(docs)
    assert [(m.surface, m.canonical) for d in out for m in d] == [("Rex Rubio", None), ("Sergei Lavrov", "Sergey Lavrov"), ("Sergey Lavrov", "Sergey Lavrov")]


# ---------------------------------------------------------------- properties


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("ab AZ.,’'-\nМПЛутин") + ["Mr. ", "Putin", "Lavrov", "Sergey ", "Rex ", "President "]), max_size=40).map("".join))
def test_never_raises_and_offsets_point_at_the_surface(text):
    g = load_gazetteer((REPO / "newsclean" / "data" / "gazetteer.csv").read_text(encoding="utf-8"))
    persons, ms = find_persons(text, day("2020-01-01"), g)
    for m in ms:
        assert text[m.start : m.end] == m.surface
    assert persons == persons_of(ms)
    assert find_persons(text, day("2020-01-01"), g) == (persons, ms)
