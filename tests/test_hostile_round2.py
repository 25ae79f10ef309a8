"""Hostile inputs, round 2: each fix on both sides (the hostile case, and the ordinary input it must leave alone).

The records themselves run inline and through the Prefect flow with the rest of the
hostile suite (tests/hostile.py ``write_round2``; tests/test_hostile.py, tests/test_hostile_e2e.py).
"""
from __future__ import annotations

import bz2
import io
import json
import lzma
import zipfile
from pathlib import Path

import pytest
from hostile import html_page, prose, warc_bytes

from newsclean.cleaners.boilerplate import extract_html
from newsclean.cleaners.boilerplate.tame import MAX_ATTRIBUTES, FormatShield, flatten_nesting, trim_attributes
from newsclean.cleaners.encoding import fix_text
from newsclean.cleaners.urls import canonical_url
from newsclean.inputs import ReadFailure, read_path
from newsclean.inputs.base import fetched_at_noted, loads_json, meta_fields
from newsclean.inputs.json_file import read_json
from newsclean.inputs.jsonl import read_jsonl
from newsclean.inputs.warc import read_warc
from newsclean.schemas.models import RawRecord

PARAS = prose(77).split("\n\n")


def _rules(changes) -> set[str]:
    return {f"{c.step}:{c.rule}" for c in changes}


def _records(items) -> list[RawRecord]:
    return [i for i in items if isinstance(i, RawRecord)]


# --- HTML the parser cannot take whole ----------------------------------------------------


def test_a_tag_of_thousands_of_attributes_is_cut_and_the_page_read():
    page = html_page(3).replace("<article>", "<article " + " ".join(f"a{i}=1" for i in range(5000)) + ">")
    ex = extract_html(page)
    assert "extract:attributes_trimmed" in _rules(ex.changes) and PARAS[0][:40] not in ex.text  # (another seed's prose)
    assert "Officer number" in ex.text


def test_ordinary_attributes_and_long_attribute_values_are_left_alone():
    svg = "<svg " + " ".join(f'data-k{i}="v"' for i in range(MAX_ATTRIBUTES)) + "></svg>"
    inline_image = '<img src="data:image/png;base64,' + "A" * 50_000 + '" alt="a photo">'
    for page in (svg, inline_image, html_page(4)):
        assert trim_attributes(page) == (page, [])


def test_nesting_past_the_parser_limit_keeps_the_end_of_the_article():
    closing = "The final paragraph says the pier reopens in June."
    page = "<html><body>" + "".join(f'<p><font face="Arial">{p}' for p in PARAS * 100) + f"<p>{closing}</p></body></html>"
    ex = extract_html(page)
    assert closing in ex.text and "extract:nesting_flattened" in _rules(ex.changes)


def test_a_page_of_ordinary_depth_is_not_rewritten():
    page = html_page(5).replace("<article>", "<article>" + "<div>" * 60).replace("</article>", "</div>" * 60 + "</article>")
    assert flatten_nesting(page) == (page, [])
    assert "extract:nesting_flattened" not in _rules(extract_html(page).changes)


def test_flattening_keeps_every_word_entity_comment_and_script():
    page = "<html><body>" + "<div>" * 300 + "<p>Fish &amp; chips &#233;</p><!-- c --><script>var a = '<div>';</script>" + "</div>" * 300 + "</body></html>"
    out, _ = flatten_nesting(page)
    assert "Fish &amp; chips &#233;" in out and "<!-- c -->" in out and "var a = '<div>';" in out
    assert out.count("<div>") < 100


# --- invisible characters that are spelling -----------------------------------------------


@pytest.mark.parametrize("word", ["می\u200cخواهم", "\U0001f469\u200d\U0001f4bb", "\u200fשלום\u200f"])
def test_joiners_and_direction_marks_survive_extraction(word):
    page = html_page(6).replace("<p>", f"<p>{word} ", 1)
    assert word in extract_html(page).text


def test_the_shield_leaves_a_page_without_them_as_it_is():
    page = html_page(7)
    shield = FormatShield(page)
    assert shield.html is page and shield.restore("x") == "x"


def test_a_joiner_inside_a_latin_word_is_removed_and_recorded_one_in_persian_is_kept():
    text, changes = fix_text("the coun\u200dcil met; من می\u200cخواهم")
    assert text == "the council met; من می\u200cخواهم" and "encoding:zero_width" in _rules(changes)
    assert fix_text("من می\u200cخواهم") == ("من می\u200cخواهم", [])


# --- JSON numbers and shapes ------------------------------------------------------------


def test_an_integer_of_thousands_of_digits_is_no_reason_to_lose_the_record(tmp_path):
    line = '{"text": "The council met.", "fetched_at": ' + "9" * 5000 + "}\n"
    (rec,) = _records(read_jsonl(tmp_path / "f.jsonl", "f.jsonl", line.encode()))
    assert rec.fetched_at is None and ("metadata_not_text", "fetched_at: a number that is not finite (inf) is ignored") in rec.read_notes
    assert loads_json('{"a": 12, "b": 1.5}') == {"a": 12, "b": 1.5}  # ordinary numbers keep their type


def test_nan_and_infinity_are_not_a_title_or_url_but_a_number_title_is_kept():
    notes: list = []
    meta = meta_fields({"title": float("nan"), "url": float("inf")}, notes)
    assert "title" not in meta and "url" not in meta
    assert [n[0] for n in notes] == ["metadata_not_text", "metadata_not_text"]
    assert meta_fields({"title": 1984})["title"] == "1984"


def test_a_list_of_paragraphs_is_the_body(tmp_path):
    data = json.dumps({"text": PARAS, "tags": ["a", "b"]}).encode() + b"\n"
    (rec,) = _records(read_jsonl(tmp_path / "f.jsonl", "f.jsonl", data))
    assert rec.body.decode() == "\n\n".join(PARAS) and rec.read_notes[0][0] == "body_joined"


@pytest.mark.parametrize("body, what", [({"p": "x"}, "dict"), ([1, 2], "list of non-strings"), ([], "list without text"), (12, "int")])
def test_a_body_of_another_shape_is_rejected_saying_what_it_is(tmp_path, body, what):
    (fail,) = read_jsonl(tmp_path / "f.jsonl", "f.jsonl", json.dumps({"text": body}).encode())
    assert isinstance(fail, ReadFailure) and fail.reason == "bad_record"
    assert fail.detail == f"the body field 'text' is a JSON {what}, not a string"


def test_an_indented_document_saved_as_jsonl_is_read_as_json(tmp_path):
    data = json.dumps([{"text": p} for p in PARAS], indent=2).encode()
    recs = _records(read_jsonl(tmp_path / "f.jsonl", "f.jsonl", data))
    assert [r.input_ref for r in recs] == ["f.jsonl#1", "f.jsonl#2", "f.jsonl#3"]
    assert all(("json_document", "a .jsonl file holding one JSON document over many lines, read as a .json file") in r.read_notes for r in recs)


def test_a_jsonl_feed_with_a_broken_first_line_stays_a_feed(tmp_path):
    data = b'{"text": "cut sh\n' + b"\n".join(json.dumps({"text": p}).encode() for p in PARAS) + b"\n"
    items = list(read_jsonl(tmp_path / "f.jsonl", "f.jsonl", data))
    assert isinstance(items[0], ReadFailure) and items[0].reason == "bad_json"
    assert [r.input_ref for r in _records(items)] == ["f.jsonl#2", "f.jsonl#3", "f.jsonl#4"]
    assert not any(n[0] == "json_document" for r in _records(items) for n in r.read_notes)


def test_json_lines_saved_as_json_are_read_one_a_line(tmp_path):
    data = b"\n".join(json.dumps({"text": p}).encode() for p in PARAS) + b"\n"
    recs = _records(read_json(tmp_path / "f.json", "f.json", data))
    assert [r.input_ref for r in recs] == ["f.json#1", "f.json#2", "f.json#3"]
    assert all(n[0] == "json_lines" for r in recs for n in r.read_notes)
    (broken,) = read_json(tmp_path / "f.json", "f.json", b'{"text": "a"} trailing words')
    assert isinstance(broken, ReadFailure) and broken.reason == "bad_json"  # one record and junk: no JSON Lines


def test_nul_padding_around_a_record_is_stripped_a_nul_in_a_string_is_not(tmp_path):
    data = b'{"text": "A line."}\0\0\n' + b"\0" * 32 + b'\n{"text": "B \\u0000 line."}\n'
    a, pad, b = read_jsonl(tmp_path / "f.jsonl", "f.jsonl", data)
    assert isinstance(a, RawRecord) and a.read_notes == [("nul_stripped", "2 NUL bytes around the record removed")]
    assert isinstance(pad, ReadFailure) and pad.detail.startswith("only NUL bytes")
    assert isinstance(b, RawRecord) and b.read_notes == []


@pytest.mark.parametrize("value, iso", [(1714557600, "2024-05-01T10:00:00+00:00"), ("1714557600000", "2024-05-01T10:00:00+00:00")])
def test_fetched_at_in_unix_time_is_read(value, iso):
    moment, note = fetched_at_noted(value)
    assert moment.isoformat() == iso and note[0] == "fetched_at_unix_time"


@pytest.mark.parametrize("value", ["0000-00-00 00:00:00", "2024-05-01T25:00:00Z", -1, 12345, 1e300])
def test_a_fetched_at_that_is_no_time_is_noted_not_dropped_silently(value):
    assert fetched_at_noted(value)[0] is None and fetched_at_noted(value)[1][0] == "fetched_at_unparsed"


def test_an_iso_fetched_at_is_read_without_a_note():
    moment, note = fetched_at_noted("2024-05-01T10:00:00Z")
    assert moment.isoformat() == "2024-05-01T10:00:00+00:00" and note is None


# --- compressed data inside a file ---------------------------------------------------------


@pytest.mark.parametrize("pack", [lzma.compress, bz2.compress], ids=["xz", "bzip2"])
def test_a_feed_compressed_without_a_suffix_is_inflated(tmp_path, pack):
    (tmp_path / "f.jsonl").write_bytes(pack(b"\n".join(json.dumps({"text": p}).encode() for p in PARAS)))
    recs = _records(read_path(tmp_path / "f.jsonl", tmp_path))
    assert len(recs) == 3 and all(n[0] == "compressed_inside" for r in recs for n in r.read_notes)


def test_compressed_data_over_the_cap_stops_there(tmp_path):
    from newsclean.limits import Limits

    (tmp_path / "f.jsonl").write_bytes(lzma.compress(b"\0" * (8 << 20)))
    (fail,) = read_path(tmp_path / "f.jsonl", tmp_path, Limits.of(max_file_bytes=1 << 20))
    assert fail.reason == "too_large" and len(fail.raw) < 10_000


def test_an_archive_inside_is_one_reject_not_one_per_line_of_noise(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("feed.jsonl", b"\n".join(json.dumps({"text": p + " " * i}).encode() for i, p in enumerate(PARAS * 50)))
    (tmp_path / "f.jsonl").write_bytes(buf.getvalue())
    (fail,) = read_path(tmp_path / "f.jsonl", tmp_path)
    assert fail.reason == "unsupported" and fail.detail.startswith("zip data inside f.jsonl")


def test_text_that_starts_like_a_magic_number_is_text(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"BZh, said the council, is not a word.\n\n" + prose(8).encode())
    (tmp_path / "b.txt").write_bytes(b"PK is the party's initials.\n\n" + prose(9).encode())
    for name in ("a.txt", "b.txt"):
        (rec,) = read_path(tmp_path / name, tmp_path)
        assert isinstance(rec, RawRecord) and rec.read_notes == []


# --- URLs, WARC ------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["javascript:void(0)", "JavaScript:alert(1)", "data:text/html,<b>x</b>", "mailto:a@b.org", "https://e.org/\x00x"])
def test_a_url_that_names_no_page_is_dropped_and_noted(url):
    value, changes = canonical_url(url)
    assert value is None and _rules(changes) == {"url:not_a_page_url"}


@pytest.mark.parametrize("url", ["https://e.org/javascript-tips", "http://e.org/data:x", "file:///site/a.html"])
def test_urls_of_pages_are_kept(url):
    assert canonical_url(url).value is not None


def test_a_warc_record_without_target_uri_is_read_and_the_next_one_too(tmp_path):
    one = warc_bytes([{"url": "https://e.org/a", "body": html_page(11).encode()}], gz=False)
    two = warc_bytes([{"url": "https://e.org/b", "body": html_page(12).encode()}], gz=False)
    data = one.replace(b"WARC-Target-URI: https://e.org/a\r\n", b"") + two
    recs = list(read_warc(Path("a.warc"), "a.warc", data))
    assert [(type(r).__name__, getattr(r, "url", None)) for r in recs] == [("RawRecord", None), ("RawRecord", "https://e.org/b")]
    assert [r.url for r in _records(read_warc(Path("a.warc"), "a.warc", one + two))] == ["https://e.org/a", "https://e.org/b"]


# --- not an article -----------------------------------------------------------------------


def test_a_redirect_stub_is_not_an_article_a_story_about_redirects_is():
    from newsclean.cleaners.boilerplate import interstitial_kind

    assert interstitial_kind("Redirecting... If you are not redirected automatically, follow this link.")[0] == "redirect"
    story = ("Traffic was redirected through the old town while the bridge was closed. " + prose(12)).strip()
    assert interstitial_kind(story) is None


# --- the API ------------------------------------------------------------------------------


def test_the_api_reads_a_deep_page_and_unix_time():
    from newsclean.api import clean_html

    page = "<html><body>" + "<div>" * 3000 + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>" * 3000 + "</body></html>"
    art = clean_html(page, fetched_at="1714557600000")
    assert type(art).__name__ == "Article" and PARAS[-1][:60] in art.text
    assert art.provenance.fetched_at.isoformat() == "2024-05-01T10:00:00+00:00"
    with pytest.raises(ValueError, match="Unix time"):
        clean_html(page, fetched_at="yesterday")


def test_a_content_type_that_is_no_type_is_sniffed_like_a_missing_one():
    from newsclean.inputs.warc import _content_type

    assert _content_type(";;;===") == (None, None) and _content_type("html; charset=utf-8") == (None, "utf-8")
    assert _content_type("application/pdf") == ("application/pdf", None)  # a real type is still a type


@pytest.mark.parametrize("charset", ["utf-16", "cp1252"])
def test_a_sidecar_not_in_utf8_is_decoded_like_a_feed(tmp_path, charset):
    (tmp_path / "p.txt").write_text("Headline\n\n" + prose(13))
    (tmp_path / "p.meta.json").write_bytes(json.dumps({"title": "Le café fermé", "url": "https://e.org/c"}, ensure_ascii=False).encode(charset))
    (rec,) = read_path(tmp_path / "p.txt", tmp_path)
    assert rec.title == "Le café fermé" and [n[0] for n in rec.read_notes] == ["feed_decoded"]
    (tmp_path / "p.meta.json").write_text(json.dumps({"title": "Le café fermé"}, ensure_ascii=False))
    (rec,) = read_path(tmp_path / "p.txt", tmp_path)
    assert rec.title == "Le café fermé" and rec.read_notes == []  # UTF-8: read as it is, no note


def test_the_api_refuses_a_fifo_as_input(tmp_path):
    import os

    from newsclean.api import run

    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(ValueError, match="neither a folder nor a regular file"):
        run(tmp_path / "fifo", tmp_path / "out")


def test_a_warc_gzipped_whole_is_read_to_its_last_record(tmp_path):
    import gzip

    pages = [{"url": f"https://e.org/{i}", "body": html_page(20 + i).encode()} for i in range(3)]
    (tmp_path / "whole.warc.gz").write_bytes(gzip.compress(warc_bytes(pages, gz=False)))
    recs = list(read_path(tmp_path / "whole.warc.gz", tmp_path))
    assert [r.url for r in recs] == ["https://e.org/0", "https://e.org/1", "https://e.org/2"]
    assert all(r.read_notes == [("gzip_inside", "1 more gzip layer inflated")] for r in recs)


def test_a_warc_gzipped_record_by_record_is_read_as_before(tmp_path):
    pages = [{"url": f"https://e.org/{i}", "body": html_page(30 + i).encode()} for i in range(3)]
    for name, data in (("three.warc.gz", warc_bytes(pages, gz=True)), ("one.warc.gz", warc_bytes(pages[:1], gz=True))):
        (tmp_path / name).write_bytes(data)
        recs = list(read_path(tmp_path / name, tmp_path))
        assert all(isinstance(r, RawRecord) and r.read_notes == [] for r in recs) and recs


def test_mongodb_extended_json_dates_are_read_other_objects_are_not():
    notes: list = []
    meta = meta_fields({"published_at": {"$date": "2024-05-01T10:00:00Z"}, "fetched_at": {"$date": {"$numberLong": "1714557600000"}}}, notes)
    assert meta["published_at"] == "2024-05-01T10:00:00Z" and meta["fetched_at"].isoformat() == "2024-05-01T10:00:00+00:00"
    notes = []
    assert "published_at" not in meta_fields({"published_at": {"date": "2024-05-01", "tz": "UTC"}}, notes)
    assert notes == [("metadata_not_text", "published_at: a JSON dict is ignored")]


def test_a_record_encoded_twice_is_decoded_once_more_a_string_stays_a_bad_record(tmp_path):
    data = (json.dumps(json.dumps({"text": "The council met."})) + "\n" + json.dumps("{not json}") + "\n").encode()
    rec, fail = read_jsonl(tmp_path / "f.jsonl", "f.jsonl", data)
    assert isinstance(rec, RawRecord) and rec.body == b"The council met." and rec.read_notes[0][0] == "json_in_string"
    assert isinstance(fail, ReadFailure) and fail.detail == "a JSON record must be an object, not a JSON str"
