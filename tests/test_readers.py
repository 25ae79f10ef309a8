"""Readers: every supported format, sidecars, input_ref, and failures as values (never raised)."""
from __future__ import annotations

import datetime as dt
import gzip
import json

from conftest import SAMPLES, write_bad_inputs

from newsclean.inputs import ReadFailure, format_of, list_inputs, parse_datetime, read_path
from newsclean.schemas.models import RawRecord


def _read(path, root):
    return list(read_path(path, root))


def test_formats_and_gz(tmp_path):
    (tmp_path / "a.html").write_text("<html><body><p>x</p></body></html>")
    (tmp_path / "b.htm.gz").write_bytes(gzip.compress(b"<html></html>"))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("text")
    (tmp_path / "d.jsonl").write_text("")
    (tmp_path / "a.meta.json").write_text("{}")
    (tmp_path / "notes.md").write_text("ignored")
    (tmp_path / ".hidden.txt").write_text("ignored")
    refs = [p.relative_to(tmp_path).as_posix() for p in list_inputs(tmp_path)]
    assert refs == ["a.html", "b.htm.gz", "d.jsonl", "sub/c.txt"]
    assert format_of(tmp_path / "b.htm.gz") == ".htm"
    assert format_of(tmp_path / "a.meta.json") is None


def test_sidecar_metadata_and_ref(tmp_path):
    (tmp_path / "2024-05-01").mkdir()
    page = tmp_path / "2024-05-01" / "story.html.gz"
    page.write_bytes(gzip.compress(b"<html>hi</html>"))
    (tmp_path / "2024-05-01" / "story.meta.json").write_text(
        json.dumps({"url": "https://example.org/s", "fetched_at": "2024-05-01T08:30:00Z", "source": "example", "extra": 1})
    )
    (rec,) = _read(page, tmp_path)
    assert isinstance(rec, RawRecord)
    assert rec.input_ref == "2024-05-01/story.html.gz"
    assert rec.kind == "html" and rec.body == b"<html>hi</html>"
    assert rec.url == "https://example.org/s" and rec.source == "example"
    assert rec.fetched_at == dt.datetime(2024, 5, 1, 8, 30, tzinfo=dt.UTC)


def test_samples_have_fetch_times():
    recs = [r for p in list_inputs(SAMPLES) for r in read_path(p, SAMPLES)]
    assert len(recs) == 5
    assert all(isinstance(r, RawRecord) and r.fetched_at is not None and r.kind == "text" for r in recs)


def test_jsonl_records_numbered_from_one(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"url": "u1", "html": "<p>a</p>", "fetched_at": "2024-01-02T00:00:00+02:00"})
        + "\n\n"
        + json.dumps({"url": "u2", "text": "b", "published_at": "2024-01-01", "title": "T"})
        + "\n"
    )
    a, b = _read(feed, tmp_path)
    assert (a.input_ref, a.kind, b.input_ref, b.kind) == ("feed.jsonl#1", "html", "feed.jsonl#3", "text")
    assert a.fetched_at == dt.datetime(2024, 1, 1, 22, tzinfo=dt.UTC)
    assert b.published_at == "2024-01-01" and b.title == "T" and b.source == "feed"


def test_bad_inputs_become_failures_not_exceptions(tmp_path):
    expected = write_bad_inputs(tmp_path)
    failures = {}
    for p in list_inputs(tmp_path):
        for rec in read_path(p, tmp_path):
            if isinstance(rec, ReadFailure):
                failures[rec.input_ref] = rec.reason
    read_level = {k: v for k, v in expected.items() if v not in ("empty", "binary")}
    assert failures == read_level
    bad_line = next(r for p in list_inputs(tmp_path) for r in read_path(p, tmp_path) if getattr(r, "reason", "") == "bad_json")
    assert bad_line.raw == b"this line is not JSON"  # nothing lost


def test_parse_datetime():
    assert parse_datetime("2025-11-08T12:00:00Z") == dt.datetime(2025, 11, 8, 12, tzinfo=dt.UTC)
    assert parse_datetime("2025-11-08") == dt.datetime(2025, 11, 8, tzinfo=dt.UTC)
    assert parse_datetime("yesterday") is None
    assert parse_datetime(None) is None


def test_broken_sidecar_is_recorded_not_fatal(tmp_path):
    from newsclean.cleaners.pipeline import RunContext, clean_record

    page = tmp_path / "story.txt"
    page.write_text("Headline\n\nThe council approved the new budget after a long debate on Tuesday evening.\n")
    (tmp_path / "story.meta.json").write_text("{not json")
    (rec,) = _read(page, tmp_path)
    assert isinstance(rec, RawRecord) and rec.fetched_at is None
    assert rec.read_notes and rec.read_notes[0][0] == "bad_sidecar"
    art = clean_record(rec, RunContext("t", "0"))
    assert any(c.step == "read" and c.rule == "bad_sidecar" for c in art.provenance.changes)


def test_jsonl_structured_metadata_is_ignored_with_a_note_not_stored_as_repr(tmp_path):
    line = json.dumps({"text": "A line of text.", "title": {"a": 1}, "url": ["x"], "source": True, "published_at": "2024-05-01"})
    path = tmp_path / "f.jsonl"
    path.write_text(line + "\n")
    (rec,) = list(read_path(path, tmp_path))
    assert rec.title is None and rec.url is None and rec.source == "f"  # the file's name stands in for the source
    assert rec.published_at == "2024-05-01"  # a usable field of the same record is kept
    assert sorted(d for r, d in rec.read_notes if r == "metadata_not_text") == [
        "source: a JSON bool is ignored", "title: a JSON dict is ignored", "url: a JSON list is ignored"]


_BODY = ("The council approved the new budget after a long debate on Tuesday evening. The mayor said the plan "
         "would fund two schools and repair the river bridge before the winter.")


def test_json_file_of_one_news_please_record_is_read_with_its_keys_noted(tmp_path):
    # news-please writes one .json file per article with its own key names
    doc = {"maintext": _BODY, "title": "Budget approved", "url": "https://example.org/budget",
           "date_publish": "2017-11-06 22:18:21", "date_download": "2017-11-07 08:00:00", "source_domain": "example.org",
           "authors": ["A. Writer"], "language": "en"}
    path = tmp_path / "budget.json"
    path.write_text(json.dumps(doc))
    (rec,) = _read(path, tmp_path)
    assert isinstance(rec, RawRecord) and rec.input_ref == "budget.json" and rec.kind == "text"
    assert rec.body.decode() == _BODY and rec.title == "Budget approved"
    assert rec.published_at == "2017-11-06 22:18:21" and rec.source == "example.org"
    assert rec.fetched_at == dt.datetime(2017, 11, 7, 8, tzinfo=dt.UTC)
    assert sorted(d for r, d in rec.read_notes if r == "field_alias") == [
        "date_download read as fetched_at", "date_publish read as published_at", "maintext read as text",
        "source_domain read as source"]


def test_contract_keys_win_over_aliases_and_are_not_noted(tmp_path):
    line = {"text": _BODY, "maintext": "another body", "published_at": "2024-05-01", "date_publish": "2020-01-01",
            "source": "feedname", "source_domain": "example.org"}
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps(line) + "\n")
    (rec,) = _read(path, tmp_path)
    assert rec.body.decode() == _BODY and rec.published_at == "2024-05-01" and rec.source == "feedname"
    assert not rec.read_notes


def test_json_array_file_numbers_its_records_and_rejects_the_bad_ones(tmp_path):
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"text": _BODY, "title": "One"}, ["not", "an object"], {"content": _BODY + " Two."},
                                {"title": "no body at all"}]))
    items = _read(path, tmp_path)
    assert [i.input_ref for i in items] == ["batch.json#1", "batch.json#2", "batch.json#3", "batch.json#4"]
    assert isinstance(items[0], RawRecord) and items[0].title == "One"
    assert isinstance(items[2], RawRecord) and items[2].read_notes == [("field_alias", "content read as text")]
    assert [(i.reason, i.raw is not None) for i in items if isinstance(i, ReadFailure)] == [("bad_record", True), ("bad_record", True)]


def test_json_file_that_is_not_json_is_one_failure_with_its_bytes(tmp_path):
    (tmp_path / "broken.json").write_bytes(b'{"text": "cut sho')
    (tmp_path / "deep.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    items = {i.input_ref: i for p in list_inputs(tmp_path) for i in read_path(p, tmp_path)}
    assert {k: i.reason for k, i in items.items()} == {"broken.json": "bad_json", "deep.json": "bad_json"}
    assert items["broken.json"].raw == b'{"text": "cut sho'
    assert format_of(tmp_path / "page.meta.json") is None and format_of(tmp_path / "x.json.gz") == ".json"


def test_a_lone_surrogate_is_replaced_and_noted_not_the_record_lost(tmp_path):
    # a JavaScript writer that cut a string inside an emoji leaves half of it
    path = tmp_path / "f.jsonl"
    path.write_text("\n".join([
        '{"text": ' + json.dumps(_BODY)[:-1] + ' \\ud83d", "title": "Budget \\udfff"}',
        '{"text": "lone \\ud800 surrogate"}',  # a short body mostly made of damage: garbage, rejected
        '{"text": ' + json.dumps(_BODY)[:-1] + ' \\ud83d\\ude00"}',  # a whole pair is a character: nothing to note
    ]) + "\n")
    kept, rejected, whole = _read(path, tmp_path)
    assert kept.body.decode().endswith("winter. \ufffd") and kept.title == "Budget \ufffd"
    assert sorted(kept.read_notes) == [("lone_surrogate", "text: 1 lone surrogate replaced by U+FFFD"),
                                       ("lone_surrogate", "title: 1 lone surrogate replaced by U+FFFD")]
    assert isinstance(rejected, ReadFailure) and rejected.reason == "bad_unicode"
    assert whole.body.decode().endswith("\U0001F600") and not whole.read_notes


def test_a_json_file_bigger_than_a_record_is_rejected_unparsed(tmp_path):
    from newsclean.limits import Limits

    path = tmp_path / "big.json"
    path.write_text(json.dumps([{"text": _BODY}] * 20))
    small = Limits(max_record_bytes=1000)
    (failure,) = list(read_path(path, tmp_path, small))
    assert failure.reason == "too_large" and failure.raw == path.read_bytes()  # parsed whole, so capped like one record
    assert len(list(read_path(path, tmp_path, Limits(max_record_bytes=len(path.read_bytes()))))) == 20


_ES = {"text": "El niño pidió una señal al alcalde, que dijo «sí» después de la reunión.", "title": "Señal"}
_RU = {"text": "Мэр Москвы сказал, что новый мост откроют летом.", "title": "Мост"}


def _lines(*records) -> str:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"


def test_a_utf16_feed_is_split_into_its_lines_not_broken_at_every_other_byte(tmp_path):
    # PowerShell's `>` writes UTF-16 with a BOM; without one the NUL pattern says it
    for codec, data in (("utf-16", _lines(_ES, _RU).encode("utf-16")), ("utf-16-le", _lines(_ES, _RU).encode("utf-16-le")),
                        ("utf-32", _lines(_ES, _RU).encode("utf-32"))):
        path = tmp_path / f"{codec}.jsonl"
        path.write_bytes(data)
        es, ru = _read(path, tmp_path)
        assert (es.body.decode(), ru.title) == (_ES["text"], _RU["title"])
        assert es.read_notes == [("feed_decoded", f"{codec} file transcoded to UTF-8")]
    one = tmp_path / "one.json"
    one.write_bytes(json.dumps(_ES, ensure_ascii=False).encode("utf-16"))
    (rec,) = _read(one, tmp_path)
    assert rec.body.decode() == _ES["text"] and rec.read_notes[0][0] == "feed_decoded"


def test_a_legacy_charset_feed_is_decoded_and_only_its_changed_lines_noted(tmp_path):
    path = tmp_path / "win.jsonl"
    path.write_bytes(_lines(_ES).encode("utf-8") + _lines(_ES).encode("cp1252") + _lines({"text": "plain ascii"}).encode())
    utf8, legacy, ascii_ = _read(path, tmp_path)
    assert utf8.body.decode() == legacy.body.decode() == _ES["text"] and legacy.title == "Señal"  # ñ, not ń (cp1250)
    assert not utf8.read_notes and not ascii_.read_notes
    assert [n for n, _ in legacy.read_notes] == ["feed_decoded"] and "cp1252" in legacy.read_notes[0][1]
    cyr = tmp_path / "cyr.jsonl"
    cyr.write_bytes(_lines(_RU, _RU).encode("cp1251"))
    assert {r.body.decode() for r in _read(cyr, tmp_path)} == {_RU["text"]}


def test_a_utf8_feed_is_read_as_it_is_and_a_broken_line_keeps_its_bytes(tmp_path):
    path = tmp_path / "ok.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + _lines(_ES, _RU).encode())  # a UTF-8 BOM is no reason to transcode
    assert all(not r.read_notes for r in _read(path, tmp_path))
    bad = tmp_path / "bad.jsonl"
    raw = '{"text": "caf\xe9 cr\xe8me'.encode("cp1252")  # not JSON, whatever its charset
    bad.write_bytes(_lines(_ES).encode("cp1252") + raw + b"\n")
    ok, failure = _read(bad, tmp_path)
    assert ok.title == "Señal" and isinstance(failure, ReadFailure) and failure.reason == "bad_json" and failure.raw == raw


def test_an_api_response_wrapping_its_articles_is_read_as_those_records(tmp_path):
    # NewsAPI's response shape: the records in "articles", the source an object, the date publishedAt
    body = _BODY
    resp = {"status": "ok", "totalResults": 2, "articles": [
        {"source": {"id": "bbc-news", "name": "BBC News"}, "author": "A. Writer", "title": "Budget approved",
         "url": "https://example.org/budget", "publishedAt": "2024-05-01T10:00:00Z", "content": body},
        {"source": {"id": None, "name": None}, "title": "Second", "content": body + " More."},
    ]}
    path = tmp_path / "top.json"
    path.write_text(json.dumps(resp))
    first, second = _read(path, tmp_path)
    assert (first.input_ref, second.input_ref) == ("top.json#1", "top.json#2")
    assert first.source == "BBC News" and first.published_at == "2024-05-01T10:00:00Z" and first.body.decode() == body
    assert ("wrapped_records", "a record of the file's 'articles' array") in first.read_notes
    assert ("field_alias", "source.name read as source") in first.read_notes
    assert second.source == "top"  # a source object without a name is no source: the file name stands in


def test_a_record_with_a_list_or_two_arrays_is_no_wrapper(tmp_path):
    rec = {"text": _BODY, "tags": [{"name": "budget"}]}  # a record that has a body is a record
    (tmp_path / "r.json").write_text(json.dumps(rec))
    (only,) = _read(tmp_path / "r.json", tmp_path)
    assert only.input_ref == "r.json" and only.body.decode() == _BODY
    two = {"articles": [{"text": _BODY}], "related": [{"text": "x"}]}  # which array holds the records is unclear
    (tmp_path / "two.json").write_text(json.dumps(two))
    (failure,) = _read(tmp_path / "two.json", tmp_path)
    assert isinstance(failure, ReadFailure) and failure.reason == "bad_record"


def test_gzip_inside_a_file_is_inflated_and_noted(tmp_path):
    line = (json.dumps({"text": _BODY}) + "\n").encode()
    (tmp_path / "twice.jsonl.gz").write_bytes(gzip.compress(gzip.compress(line)))  # Content-Encoding never decoded
    (tmp_path / "nosuffix.jsonl").write_bytes(gzip.compress(line))
    for name, layers in (("twice.jsonl.gz", "1 more gzip layer inflated"), ("nosuffix.jsonl", "1 more gzip layer inflated")):
        (rec,) = _read(tmp_path / name, tmp_path)
        assert rec.body.decode() == _BODY and ("gzip_inside", layers) in rec.read_notes
    (tmp_path / "plain.jsonl").write_bytes(line)
    (plain,) = _read(tmp_path / "plain.jsonl", tmp_path)
    assert not plain.read_notes
    # magic bytes that are no gzip: the reader judges the bytes as they are
    (tmp_path / "fake.txt").write_bytes(b"\x1f\x8b" + b"not gzip at all")
    (fake,) = _read(tmp_path / "fake.txt", tmp_path)
    assert isinstance(fake, RawRecord) and not fake.read_notes


def test_gzip_inside_is_capped_like_the_file(tmp_path):
    from newsclean.limits import Limits

    (tmp_path / "bomb.jsonl").write_bytes(gzip.compress(b" " * 100_000))
    (failure,) = list(read_path(tmp_path / "bomb.jsonl", tmp_path, Limits(max_file_bytes=10_000)))
    assert isinstance(failure, ReadFailure) and failure.reason == "too_large" and failure.raw == (tmp_path / "bomb.jsonl").read_bytes()


def test_a_json_feed_and_other_scrapers_keys_are_read(tmp_path):
    # JSON Feed 1.1: items beside an authors array, content_html / content_text, date_published
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "E News", "authors": [{"name": "Desk"}],
            "items": [{"id": "1", "url": "https://e.org/1", "title": "One", "content_html": f"<p>{_BODY}</p>",
                       "date_published": "2024-05-01T10:00:00Z"},
                      {"id": "2", "link": "https://e.org/2", "headline": "Two", "content_text": _BODY, "content_html": ""}]}
    (tmp_path / "feed.json").write_text(json.dumps(feed))
    one, two = _read(tmp_path / "feed.json", tmp_path)
    assert (one.kind, one.url, one.published_at) == ("html", "https://e.org/1", "2024-05-01T10:00:00Z")
    assert (two.kind, two.url, two.title, two.body.decode()) == ("text", "https://e.org/2", "Two", _BODY)
    assert ("field_alias", "content_text read as text") in two.read_notes
    # an empty alias gives way to one that holds words (news-please's maintext when its extractor failed)
    (tmp_path / "np.jsonl").write_text(json.dumps({"maintext": "", "articleBody": _BODY, "datePublished": "2024-05-02"}) + "\n")
    (rec,) = _read(tmp_path / "np.jsonl", tmp_path)
    assert rec.body.decode() == _BODY and rec.published_at == "2024-05-02"
    # the contract's own keys always win; an ambiguous key ("date", "summary") is never read
    (tmp_path / "own.jsonl").write_text(json.dumps({"text": _BODY, "raw_html": "<p>x</p>", "url": "https://e.org/a",
                                                    "link": "https://e.org/b", "date": "2001-01-01", "summary": "S"}) + "\n")
    (own,) = _read(tmp_path / "own.jsonl", tmp_path)
    assert (own.kind, own.url, own.published_at) == ("text", "https://e.org/a", None) and not own.read_notes
