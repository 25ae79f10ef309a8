"""The pure pipeline on the seeds and on inputs that must be rejected."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import SAMPLES

from newsclean.cleaners.change import Rejection
from newsclean.cleaners.pipeline import RunContext, article_id, clean_record
from newsclean.cleaners.urls import canonical_url, domain
from newsclean.inputs import list_inputs, read_path, sha256
from newsclean.schemas.models import Article, RawRecord, Reject

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
    body = b"A quiet harbour town reopened its port on Monday after the storm.\n\nThe mayor said repairs would take weeks."
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


# --- issue 16: interstitials rejected, authors cleaned, text-path repairs -----------------------


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (b"<html><head><title>App</title></head><body><noscript>You need to enable JavaScript to run this app."
         b"</noscript><div id='root'><p>You need to enable JavaScript to run this app.</p></div></body></html>", "html"),
        (b"Request unsuccessful. Incapsula incident ID: 1234000120045678-98765432", "text"),
    ],
)
def test_interstitial_is_rejected_not_an_article(body, kind):
    row = clean_record(_raw(body, kind=kind, input_ref="x." + ("html" if kind == "html" else "txt")), CTX)
    assert isinstance(row, Reject)
    assert (row.stage, row.reason) == ("boilerplate", "not_an_article")
    assert row.raw == body


def _page(author: str) -> bytes:
    paras = "".join(
        f"<p>Paragraph {i}: the council met on Monday to discuss the budget for the coming year, officials said.</p>"
        for i in range(5)
    )
    return (
        f'<html><head><title>Budget talks</title><meta name="author" content="{author}">'
        f'<meta property="og:site_name" content="Example News"></head><body><article><h1>Budget talks</h1>{paras}'
        "</article></body></html>"
    ).encode()


def test_authors_cleaned_with_changes():
    row = clean_record(_raw(_page("Jane Doe, Redaktion"), kind="html", input_ref="a.html"), CTX)
    assert isinstance(row, Article)
    assert row.authors == ["Jane Doe"]
    assert ("authors", "author_role", "Redaktion") in [(c.step, c.rule, c.detail) for c in row.provenance.changes]


def test_real_authors_untouched():
    row = clean_record(_raw(_page("Jane Doe, John Smith"), kind="html", input_ref="a.html"), CTX)
    assert row.authors == ["Jane Doe", "John Smith"]
    assert not [c for c in row.provenance.changes if c.step == "authors"]


def test_text_path_teaser_line_and_lossy_quote():
    body = (
        # UTF-8 text that went through cp1252 once and lost the last byte of the closing quote
        "The minister said â€œthe talks went wellâ€\ufffd on Monday, according to officials.\n\n"
        "[Continue reading…]\n\nMore talks are planned for next month in the capital."
    ).encode("utf-8")
    row = clean_record(_raw(body), CTX)
    assert isinstance(row, Article)
    assert "“the talks went well”" in row.text
    assert "Continue reading" not in row.text
    rules = [c.rule for c in row.provenance.changes]
    assert "lossy_quote" in rules and "teaser_marker" in rules


def _text_record(body: str) -> RawRecord:
    return RawRecord(input_ref="t.txt", kind="text", body=body.encode(), raw_sha256="0" * 64)


def test_a_headline_printed_twice_at_the_top_goes_twice():
    body = ("North Korea Fires Another Missile Over Japan\n\nNorth Korea Fires Another Missile Over Japan\n\n"
            "Japanese and South Korean officials confirmed another missile test by North Korea on Friday morning.")
    art = clean_record(_text_record(body), RunContext("t", "0"))
    assert art.title == "North Korea Fires Another Missile Over Japan"
    assert art.text.startswith("Japanese and South Korean officials")
    assert [c.rule for c in art.provenance.changes].count("title_line") == 2


def test_a_headline_copy_cut_short_with_an_ellipsis_goes_too():
    body = ("Rihanna mourns cousin's death, calls an end to gun violence\n\nRihanna mourns cousin's death, calls an end to gun...\n\n"
            "NEW YORK (AP) - Rihanna is mourning the death of her cousin and calling for an end to gun violence.")
    art = clean_record(_text_record(body), RunContext("t", "0"))
    assert art.text.startswith("NEW YORK (AP)")


def test_a_first_paragraph_that_merely_starts_like_the_headline_stays():
    body = "Storm hits coast\n\nStorm hits coast again as residents flee, officials said on Monday in a statement."
    art = clean_record(_text_record(body), RunContext("t", "0"))
    assert art.text == "Storm hits coast again as residents flee, officials said on Monday in a statement."
    only = clean_record(_text_record("Storm hits coast\n\nStorm hits coast"), RunContext("t", "0"))
    assert only.text == "Storm hits coast"  # never cleaned down to nothing
