"""The author cleaner: each rule drops what it must and keeps what it must not touch."""
from __future__ import annotations

import ast
import doctest
import hashlib
import importlib.util
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.cleaners import authors
from newsclean.cleaners.authors import FRAGMENT_MAX_LETTERS, clean_authors
from newsclean.cleaners.change import Change


def _rules(changes):
    return [(c.step, c.rule, c.detail) for c in changes]


def test_case_duplicate_keeps_the_mixed_case_spelling():
    kept, changes = clean_authors(["JEFFREY GETTLEMAN", "Jeffrey Gettleman"])
    assert kept == ["Jeffrey Gettleman"]
    assert _rules(changes) == [("authors", "author_duplicate", "JEFFREY GETTLEMAN")]


def test_spacing_duplicate_dropped_first_spelling_kept():
    kept, changes = clean_authors(["Jane  Doe", "jane doe"])
    assert kept == ["Jane  Doe"]
    assert [c.rule for c in changes] == ["author_duplicate"]


def test_distinct_names_and_a_lone_all_caps_name_kept():
    assert clean_authors(["Jane Doe", "John Doe"]) == (["Jane Doe", "John Doe"], [])
    assert clean_authors(["JEFFREY GETTLEMAN"]) == (["JEFFREY GETTLEMAN"], [])  # never rewritten


@pytest.mark.parametrize(
    "name",
    ["Redaktion", "Admin", "admin", "Facebook Com", "facebook.com", "Editorial Staff", "The Editors",
     "Staff Writer", "Rédaction", "Newsroom", "example.com", "Twitter"],
)
def test_role_and_site_names_dropped(name):
    kept, changes = clean_authors([name, "Anna Schmidt"])
    assert kept == ["Anna Schmidt"]
    assert _rules(changes) == [("authors", "author_role", name)]


@pytest.mark.parametrize("name", ["Anne Editor", "Reuters", "Associated Press", "Max Redakteur-Müller", "Deb Staff"])
def test_people_and_agencies_that_share_a_role_word_kept(name):
    assert clean_authors([name]) == ([name], [])


def test_site_name_of_the_page_is_no_author():
    kept, changes = clean_authors(["The Duran", "Alex Christoforou"], site="The Duran")
    assert kept == ["Alex Christoforou"]
    assert [c.rule for c in changes] == ["author_role"]
    # a site's name is no author only on that site: a name-shaped site stays elsewhere
    assert clean_authors(["Duran Media Group"], site="Another Site") == (["Duran Media Group"], [])


@pytest.mark.parametrize("others,name", [([], "F"), ([], "J."), (["Kim Jong Un"], "Jong"), (["Erika Kinetz"], "Kinetz")])
def test_fragments_dropped(others, name):
    kept, changes = clean_authors([*others, name])
    assert kept == others
    assert _rules(changes) == [("authors", "author_fragment", name)]


@pytest.mark.parametrize("names", [["Li"], ["Madonna"], ["Kim Jong Un", "Moon Jae-in"], ["王小明"], ["Ng"]])
def test_short_and_single_word_names_kept(names):
    assert FRAGMENT_MAX_LETTERS < 2  # two-letter surnames (Li, Ng) are names
    assert clean_authors(names) == (names, [])


@pytest.mark.parametrize("name", ["Apr", "Apr.", "April 2019", "March 3, 2021", "3 mai 2019", "12.03.2021"])
def test_month_and_date_dropped(name):
    kept, changes = clean_authors(["Jane Doe", name])
    assert kept == ["Jane Doe"]
    assert _rules(changes) == [("authors", "author_date", name)]


@pytest.mark.parametrize("name", ["April Ryan", "June Carter", "Theresa May", "Augusto Pinochet"])
def test_names_with_a_month_in_them_kept(name):
    assert clean_authors([name]) == ([name], [])


def test_empty_entries_skipped_without_a_change():
    assert clean_authors(["", "  ", "Jane Doe"]) == (["Jane Doe"], [])


def test_doctests():
    assert doctest.testmod(authors).failed == 0


@settings(deadline=None)  # a shared CI box: timing varies, the property does not
@given(st.lists(st.text(max_size=30), max_size=6), st.one_of(st.none(), st.text(max_size=20)))
def test_never_raises_and_idempotent(names, site):
    kept, _ = clean_authors(names, site)
    assert clean_authors(kept, site) == (kept, [])


# --------------------------------------------------------------------------- trimming: words glued to a name


@pytest.mark.parametrize(
    "raw,site,kept,removed",
    [
        # a date, or "Updated", after the name
        ("Laura E Adkins December", None, "Laura E Adkins", "December"),
        ("PATRICK REEVELL December", None, "PATRICK REEVELL", "December"),
        ("Nathan Willis March", None, "Nathan Willis", "March"),
        ("Jane Doe March 3, 2021", None, "Jane Doe", "March 3, 2021"),
        ("Malcolm Owen Monday", None, "Malcolm Owen", "Monday"),
        ("Emily Kirkpatrick Updated", None, "Emily Kirkpatrick", "Updated"),
        ("Jane Doe Last Updated January 7, 2020", None, "Jane Doe", "Last Updated January 7, 2020"),
        # a job title
        ("Howard Blume Staff Writer", None, "Howard Blume", "Staff Writer"),
        ("Sam Stein Senior Politics Editor", None, "Sam Stein", "Senior Politics Editor"),
        ("Gina Trapani CEO", None, "Gina Trapani", "CEO"),
        ("Ben Silverman Games Editor", None, "Ben Silverman", "Games Editor"),
        ("April Ryan Washington Bureau Chief", None, "April Ryan", "Washington Bureau Chief"),
        ("Julia Carrie Wong Staff Writer", None, "Julia Carrie Wong", "Staff Writer"),
        ("Ikran Dahir BuzzFeed UK News Fellow", "buzzfeed.com", "Ikran Dahir", "BuzzFeed UK News Fellow"),
        # a news organisation or the page's site
        ("Joe Davidson Washington Post", None, "Joe Davidson", "Washington Post"),
        ("Meg Wagner NEW YORK DAILY NEWS", None, "Meg Wagner", "NEW YORK DAILY NEWS"),
        ("Jane Doe New York Times", None, "Jane Doe", "New York Times"),
        ("ERIC TUCKER Associated Press", None, "ERIC TUCKER", "Associated Press"),
        ("Pete Evans · CBC News", None, "Pete Evans", "CBC News"),
        ("Jane Doe | Reuters", None, "Jane Doe", "Reuters"),
        ("Jane Doe, Staff Writer", None, "Jane Doe", "Staff Writer"),
        ("Daniel Hentschel ebrosia", "Ebrosia", "Daniel Hentschel", "ebrosia"),
        # UI text, a sentence, a handle or an address after the name
        ("Steven Shepard Link Copied", None, "Steven Shepard", "Link Copied"),
        ("Oli Coleman View author archive Get author RSS feed", None, "Oli Coleman", "View author archive Get author RSS feed"),
        ("Phil Helsel is a reporter", None, "Phil Helsel", "is a reporter"),
        ("Rob Ewaschuk Edited by Betsy Beyer", None, "Rob Ewaschuk", "Edited by Betsy Beyer"),
        ("Aleš Vávra před", None, "Aleš Vávra", "před"),
        ("Иван Петров корреспондент", None, "Иван Петров", "корреспондент"),
        ("Jane Doe (@janedoe)", None, "Jane Doe", "(@janedoe)"),
        ("Mike Cason mcason@al.com", None, "Mike Cason", "mcason@al.com"),
        # a byline word before it
        ("By Josh Haskell", None, "Josh Haskell", "By"),
        ("von Anna Schmidt", None, "Anna Schmidt", "von"),
    ],
)
def test_words_glued_to_a_name_trimmed(raw, site, kept, removed):
    out, changes = clean_authors([raw], site)
    assert out == [kept]
    assert kept in raw  # cut, never rewritten
    trims = [c for c in changes if c.rule == "author_trimmed"]
    assert trims and all(c.step == "authors" for c in trims)
    assert any(repr(removed) in c.detail for c in trims)  # the detail says what went
    assert all(repr(raw) in c.detail or c.detail.endswith("'") for c in trims)


@pytest.mark.parametrize(
    "name",
    [
        # ordinary words, months, titles and papers that are part of a name
        "Will Power", "April Ryan", "Theresa May", "Fredric March", "Mary Ann June", "Jon Monday",
        "Frances Solá-Santiago", "Emily Post", "Anne Editor", "Deb Staff", "Jane Austin",
        # particles, lowercase and one-word names, handles
        "Lisa de Moraes", "Omar ibn al-Khattab", "Jean d'Alembert", "Maria do Carmo Silva", "Ludwig van Beethoven",
        "Cindy mangomini", "bell hooks", "doumae", "u/benyacobi", "Paul", "EvilSpark", "Arentik d o o",
        # agencies, other scripts, names the trimmer cannot tell apart
        "The Associated Press", "Reuters", "Bloomberg News", "中村 真子", "Иван Петров", "松村太郎",
        "Eric Freeman 著、嶋田 健志 監訳、木下 哲也 訳", "NeoL／ネオエル", "Kim Jong Un",
    ],
)
def test_names_with_ordinary_words_left_alone(name):
    assert clean_authors([name]) == ([name], [])


def test_a_bare_month_needs_a_full_name_before_it():
    assert clean_authors(["Theresa May"]) == (["Theresa May"], [])  # one word before: a surname
    assert clean_authors(["Laura Adkins May"])[0] == ["Laura Adkins"]
    assert clean_authors(["Editor December"]) == ([], [
        Change("authors", "author_trimmed", "'December' from 'Editor December'"),
        Change("authors", "author_role", "Editor"),
    ])


# --------------------------------------------------------------------------- repeated names, entries with no name


@pytest.mark.parametrize(
    "raw,kept",
    [("Confreaks Confreaks", "Confreaks"), ("Ellyn Shook Ellyn Shook", "Ellyn Shook"),
     ("Ellyn Shook Ellyn Shook Creating the most truly human company", "Ellyn Shook")],
)
def test_repeated_name_kept_once(raw, kept):
    out, changes = clean_authors([raw])
    assert out == [kept]
    assert ("authors", "author_repeated", kept) in _rules(changes)


@pytest.mark.parametrize("name", ["Jane Jane Doe", "Ali Ali Hassan", "Doe Jane"])
def test_a_given_name_twice_is_no_repeat(name):
    assert "author_repeated" not in [c.rule for c in clean_authors([name])[1]]


@pytest.mark.parametrize("name", ["See full bio", "Lesedauer", "xxx", "Xxx", "n/a", "Last Updated January 7", "Updated", "Link Copied"])
def test_entry_with_no_name_dropped(name):
    kept, changes = clean_authors(["Jane Doe", name])
    assert kept == ["Jane Doe"]
    assert _rules(changes) == [("authors", "author_not_a_name", name)]


@pytest.mark.parametrize("name", ["doumae", "u/benyacobi", "Xavier", "Paul", "Followill Smith"])
def test_short_or_lowercase_names_are_names(name):
    assert clean_authors([name]) == ([name], [])


# --------------------------------------------------------------------------- organisations and staff


@pytest.mark.parametrize(
    "name,site",
    [("The Huffington Post", None), ("CBC News", None), ("CNN", "cnn.com"), ("AOL Staff", "aol.com"),
     ("TMZ STAFF", "tmz.com"), ("ZDNet Japan Staff", "japan.zdnet.com"), ("BWW News Desk", None),
     ("Business Insider", "Business Insider Deutschland"), ("Ap Sports Writer", None), ("Our Foreign Staff", None),
     ("AP National Political Writer", None)],
)
def test_publication_and_its_staff_are_roles(name, site):
    kept, changes = clean_authors(["Jane Doe", name], site)
    assert kept == ["Jane Doe"]
    assert _rules(changes) == [("authors", "author_role", name)]


@pytest.mark.parametrize("name,site", [("Emily Post", None), ("Deb Staff", None), ("The Associated Press", None),
                                       ("AFP", "lemonde.fr"), ("Jane Doe", "janedoe.example.org"),
                                       ("Anna Mary Jane Doe", "janedoe.com")])
def test_people_and_agencies_next_to_a_publication_kept(name, site):
    assert clean_authors([name], site) == ([name], [])


# --------------------------------------------------------------------------- idempotence on byline-shaped text

_BYLINE_WORDS = [
    "Jane", "Doe", "JANE", "DOE", "By", "by", "de", "la", "May", "December", "Monday", "Updated", "Last", "3,", "2021",
    "Staff", "Writer", "Senior", "Editor", "CEO", "Washington", "Post", "NEWS", "Times", "The", "View", "author",
    "archive", "Link", "Copied", "·", "|", ",", "and", "is", "a", "reporter", "@jd", "xxx", "See", "full", "bio",
    "Reuters", "中村", "Иван", "корреспондент", "O'Neil", "Smith-Jones", "E", "J.",
]


@settings(deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_BYLINE_WORDS), min_size=1, max_size=8).map(" ".join), max_size=4),
    st.sampled_from([None, "washingtonpost.com", "The Times", "Jane Doe"]),
)
def test_byline_shaped_entries_idempotent_and_only_cut(entries, site):
    kept, changes = clean_authors(entries, site)
    assert clean_authors(kept, site) == (kept, [])
    # words cut, never changed; only a "Surname", "Given" pair is joined (and reordered)
    joined = {ast.literal_eval(c.detail.split(" -> ")[1]) for c in changes if c.rule == "author_inverted"}
    assert all(any(_subsequence(k.split(), e.split()) for e in entries) or k in joined for k in kept)


def _subsequence(words, of):
    it = iter(of)
    return all(any(w == o or o.startswith(w) for o in it) for w in words)


# --------------------------------------------------------------------------- the eval set (tests/data/authors/postlight.json)

_ROOT = Path(__file__).resolve().parents[1]
_LABELS = _ROOT / "tests" / "data" / "authors" / "postlight.json"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_authors", _ROOT / "bench" / "authors.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_labels_are_split_by_fixture_hash_and_explain_what_is_not_scored():
    doc = json.loads(_LABELS.read_text(encoding="utf-8"))
    pages = doc["pages"]
    assert (_LABELS.parent / "LICENSE-postlight-parser").is_file()
    assert len({p["fixture"] for p in pages}) == len(pages)
    for p in pages:
        assert p["split"] == ("tune" if int(hashlib.sha1(p["fixture"].encode()).hexdigest(), 16) % 2 == 0 else "heldout")
        assert p["scoring"] in ("names", "no_person", "left_out")
        assert p["scoring"] == "names" and "not_person" not in p or p.get("reason"), p["fixture"]
        assert len(p["html_sha256"]) == 64 and "html" not in p  # the page itself is never committed


def test_scoring_normalises_by_case_spacing_and_splits_the_expected_names():
    b = _bench()
    label = {"expected": "JOSH HASKELL, DAVID CAPLAN and PATRICK\u00a0REEVELL", "scoring": "names"}
    assert b.expected_names(label) == {"josh haskell", "david caplan", "patrick reevell"}
    assert b.got_names(["By Josh Haskell", "David  Caplan"]) == {"josh haskell", "david caplan"}
    assert b.expected_names({"expected": "https://example.org/author/x", "scoring": "no_person"}) == set()
    assert b.expected_names({"expected": "John Patrick Pullen, TIME", "scoring": "names", "not_person": ["TIME"]}) == {"john patrick pullen"}
    s = b.score([({"a b"}, {"a b"}), ({"c d", "e f"}, {"c d", "x"}), (set(), set())])
    assert (s["pages"], s["exact"]) == (3, 2)
    assert s["P"] == pytest.approx(2 / 3) and s["R"] == pytest.approx(2 / 3)


def test_site_rule_needs_the_site():
    assert clean_authors(["Duran Media Group"], site="Duran Media Group")[0] == []


@pytest.mark.parametrize(
    ("entry", "parts"),
    [
        ("Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
        ("Trine Juncher Jørgensen og Tôrtia Reimer-Johansen", ["Trine Juncher Jørgensen", "Tôrtia Reimer-Johansen"]),
        ("Anna Schmidt und Peter Weber", ["Anna Schmidt", "Peter Weber"]),
        ("Jane Doe, John Smith and Ann Lee", ["Jane Doe", "John Smith", "Ann Lee"]),
        ("Jane Doe, John Smith", ["Jane Doe", "John Smith"]),
    ],
)
def test_two_names_in_one_entry_split(entry, parts):
    kept, changes = clean_authors([entry])
    assert kept == parts
    assert [c.rule for c in changes] == ["author_split"]


@pytest.mark.parametrize(
    "entry",
    # one side a single word (two people sharing a surname, a Spanish or Catalan double surname, a firm)
    ["Jochen und Tina Müller", "José Ortega y Gasset", "Miquel Roca i Junyent", "Simon & Schuster", "Procter and Gamble"],
)
def test_names_joined_by_a_conjunction_word_stay_whole(entry):
    assert clean_authors([entry]) == ([entry], [])


def test_a_title_after_a_comma_is_trimmed_not_split():
    kept, changes = clean_authors(["Jane Doe, Staff Writer"])
    assert kept == ["Jane Doe"]
    assert [c.rule for c in changes] == ["author_trimmed"]


def test_surname_given_pairs_split_by_metadata_joined_back():
    kept, changes = clean_authors(["Lenharo", "Mariana", "Tollefson", "Jeff"])
    assert kept == ["Mariana Lenharo", "Jeff Tollefson"]
    assert [c.rule for c in changes] == ["author_inverted", "author_inverted"]
    assert clean_authors(["Brazil", "Rachel"])[0] == ["Rachel Brazil"]


@pytest.mark.parametrize(
    "entries",
    [["Jane", "Doe"], ["Madonna", "Cher"], ["Reuters", "Jeff"], ["Doe", "Jane", "Smith"], ["Jane Doe", "John Smith"]],
)
def test_single_words_not_in_surname_given_order_left_alone(entries):
    kept, changes = clean_authors(entries)
    assert "author_inverted" not in [c.rule for c in changes]


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        ("Autor Monika Bolliger", "Monika Bolliger"),
        ("Senior Writer Jane Doe", "Jane Doe"),
        ("Capital Von Jemima Kelly", "Jemima Kelly"),
        ("Photos by Jane Doe", "Jane Doe"),
    ],
)
def test_job_title_or_publication_before_the_name_trimmed(entry, name):
    kept, changes = clean_authors([entry])
    assert kept == [name]
    assert [c.rule for c in changes] == ["author_trimmed"]


@pytest.mark.parametrize("entry", ["Ursula Von Der Leyen", "Hans von Trotha", "Von Miller", "Editor Smith", "Chief Keef"])
def test_particles_and_short_names_after_a_title_word_kept(entry):
    assert clean_authors([entry]) == ([entry], [])


@pytest.mark.parametrize("entry", ["Frankfurter Allgemeine Zeitung GmbH", "Axel Springer SE", "Example Media Inc.", "Smith & Co", "Germany", "The Washington"])
def test_companies_countries_and_article_opened_names_are_no_authors(entry):
    kept, changes = clean_authors([entry, "Ralf Euler"])
    assert kept == ["Ralf Euler"]
    assert [c.rule for c in changes] == ["author_role"]


@pytest.mark.parametrize("entry", ["Paul Co", "Anna Se", "Jordan", "The Rev. Jane Doe", "Washington"])
def test_names_that_look_like_a_company_or_place_kept(entry):
    assert clean_authors([entry])[0] == [entry]


def test_an_entry_longer_than_any_byline_is_no_name():
    para = "Jane Doe reported this story from the capital, where officials said " * 12
    kept, changes = clean_authors([para, "John Smith"])
    assert kept == ["John Smith"]
    assert [c.rule for c in changes] == ["author_not_a_name"]
    twenty = ", ".join(f"Jane Doe{chr(97 + i)} Smith" for i in range(20))  # twenty co-authors still fit
    assert len(clean_authors([twenty])[0]) == 20
