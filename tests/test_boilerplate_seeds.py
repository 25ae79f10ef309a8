"""The five seed articles (their spec is SEEDS.md of the product brief): residue gone, every article line kept."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.cleaners import whitespace
from newsclean.cleaners.boilerplate import split_title, strip_residue

# the five founding seeds, copied byte for byte into data/samples (tests read only the repository)
SEEDS = Path(__file__).resolve().parents[1] / "data" / "samples"

# seed -> (title, {start of each residue line: rule code}); a teaser marker is removed from its line.
EXPECTED = {
    "000": ("Is Russia’s Foreign Minister Out?", {}),
    "001": ("Lavrov's Absence from Kremlin Meeting Sparks Speculation on His Standing with Putin", {}),
    "002": (
        "On stage at the Kremlin: Putin and Lavrov’s de-escalation dance",
        {"By | February 14, 2022": "byline_empty", "Print Friendly, PDF & Email": "share_widget"},
    ),
    "003": (
        "Putin and Lavrov Rebuff Pompeo’s Overtures in Sochi",
        {
            "Placeholder canvas": "image_caption",
            "Publication: Eurasia Daily Monitor Volume: 16 Issue: 72": "publication_header",
            "US Secretary of State Michael Pompeo (left)": "image_caption",
        },
    ),
    "004": (
        "BREAKING: Lavrov meets Tillerson, meeting Trump",
        {
            "in ,": "tag_widget",
            "Help us grow. Support The Duran on Patreon!": "appeal",
            "The statements, views and opinions expressed in this column": "disclaimer",
            "What do you think?": "comment_widget",
            "Notify of": "comment_widget",
            "Inline Feedbacks": "comment_widget",
            "View all comments": "comment_widget",
            "Emmanuel Macron’s victory is": "related_block",
            "This petition against Dove soap": "related_block",
        },
    ),
}


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    text, _ = whitespace.normalize_whitespace(path.read_text(encoding="utf-8"))
    return text


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_residue_gone_article_kept(seed):
    title, residue = EXPECTED[seed]
    original = _seed(seed)
    out = strip_residue(original)
    got_title, body = split_title(out.text)
    assert got_title == title

    dropped = {c.detail: c.rule for c in out.changes if c.rule != "teaser_marker"}
    for start, rule in residue.items():
        matches = [d for d in dropped if d.startswith(start)]
        assert len(matches) == 1, (start, list(dropped))
        assert dropped[matches[0]] == rule
    assert len(dropped) == len(residue)

    # every other line of the seed is still there, in order (the teaser marker aside)
    kept = [line for line in _lines(original) if line not in dropped and line != title]
    kept = [line.replace(" [Continue reading…]", "") for line in kept]
    assert _lines(body) == kept


@pytest.mark.parametrize("seed", ["000", "001"])
def test_clean_seeds_unchanged(seed):
    original = _seed(seed)
    out = strip_residue(original)
    assert out.changes == []
    assert out.text == original
    title, body = split_title(out.text)
    assert f"{title}\n{body}" == original or f"{title}\n\n{body}" == original


def test_seed_002_metadata():
    out = strip_residue(_seed("002"))
    assert out.byline_date == "February 14, 2022"
    assert "Politico reports:" in _lines(out.text)
    assert out.text.rstrip().endswith("had already drawn to a close.")
    assert [c.detail for c in out.changes if c.rule == "teaser_marker"] == ["[Continue reading…]"]


def test_seed_003_publication_and_citations():
    out = strip_residue(_seed("003"))
    assert out.publication == "Eurasia Daily Monitor"
    assert "(Interfax, May 3)" in out.text


def test_seed_004_keeps_duran_paragraph():
    out = strip_residue(_seed("004"))
    assert any(line.startswith("Recently I wrote for The Duran") for line in _lines(out.text))
