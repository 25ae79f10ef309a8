"""The pure pipeline on the seeds and on inputs that must be rejected."""
from __future__ import annotations

import datetime as dt

import pytest

from newsclean.cleaners.change import Rejection
from newsclean.cleaners.pipeline import RunContext, article_id, clean_record
from newsclean.cleaners.urls import canonical_url, domain
from newsclean.inputs import list_inputs, read_path, sha256
from newsclean.schemas.models import Article, RawRecord, Reject

from conftest import SAMPLES

CTX = RunContext(run_id="t", pipeline_version="0")


def _raw(body: bytes, kind="text", **kw) -> RawRecord:
    return RawRecord(input_ref=kw.pop("input_ref", "x.txt"), kind=kind, body=body, raw_sha256=sha256(body), **kw)


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    out = {}
    for p in list_inputs(SAMPLES):
        for raw in read_path(p, SAMPLES):
            out[raw.input_ref[:3]] = clean_record(raw, CTX)
    return out


def test_seeds_become_articles_with_provenance(seeds):
    assert set(seeds) == {"000", "001", "002", "003", "004"}
    for art in seeds.values():
        assert isinstance(art, Article)
        p = art.provenance
        assert len(p.raw_sha256) == 64 and p.run_id == "t" and p.pipeline_version == "0"
        assert p.fetched_at is not None
        assert art.language == "en"
        assert len(art.content_hash) == 64


def test_seed_titles_from_first_line(seeds):
    assert seeds["000"].title == "Is Russia’s Foreign Minister Out?"
    assert seeds["003"].title == "Putin and Lavrov Rebuff Pompeo’s Overtures in Sochi"
    # the standfirst stays in the text
    assert seeds["000"].text.startswith("Rumors at Moscow suggest")


def test_seed_changes_are_explained(seeds):
    rules = {(c.step, c.rule) for c in seeds["002"].provenance.changes}
    assert ("boilerplate", "share_widget") in rules
    assert seeds["002"].published_date == dt.date(2022, 2, 14)
    assert seeds["002"].published_date_source == "byline"
    assert "Print Friendly" not in seeds["002"].text


def test_article_id_is_stable_and_distinct():
    a = _raw(b"same bytes", input_ref="a.txt")
    b = _raw(b"same bytes", input_ref="b.txt")
    assert article_id(a) == article_id(a.model_copy())
    assert article_id(a) != article_id(b)


@pytest.mark.parametrize(
    ("body", "kind", "stage", "reason"),
    [
        (b"", "text", "decode", "empty"),
        (b"   \n\t ", "text", "decode", "empty"),
        (bytes(range(256)) * 4, "html", "decode", "binary"),
        (b"<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>", "html", "extract", None),
    ],
)
def test_rejects_carry_reason_and_raw(body, kind, stage, reason):
    row = clean_record(_raw(body, kind=kind), CTX)
    assert isinstance(row, Reject)
    assert row.stage == stage
    if reason:
        assert row.reason == reason
    assert row.raw == body  # nothing lost


def test_clean_text_is_an_article():
    body = "A quiet harbour town reopened its port on Monday after the storm.\n\nThe mayor said repairs would take weeks.".encode()
    row = clean_record(_raw(body), CTX)
    assert isinstance(row, Article)
    assert "The mayor said repairs would take weeks." in row.text
    assert row.persons == []  # nobody is invented


def test_canonical_url_drops_tracking_only():
    url, changes = canonical_url("HTTPS://WWW.Example.org/a/b?id=7&utm_source=x&fbclid=y#frag")
    assert url == "https://www.example.org/a/b?id=7"
    assert changes and changes[0].rule == "canonical_url"
    same, none = canonical_url("https://example.org/a?page=2")
    assert same == "https://example.org/a?page=2" and none == []
    assert canonical_url(None) == (None, [])
    assert domain("https://www.bbc.co.uk/news") == "bbc.co.uk"
    assert domain("not a url") is None


def test_rejection_is_an_exception_with_codes():
    err = Rejection("decode", "binary", "NUL bytes")
    assert (err.stage, err.reason) == ("decode", "binary")
