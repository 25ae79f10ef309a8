"""WARC input: the tests write their own small WARC files with warcio."""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsclean.cleaners.pipeline import RunContext, clean_record
from newsclean.inputs import ReadFailure, Skipped, format_of, list_inputs, read_path
from newsclean.inputs.warc import read_warc
from newsclean.schemas.models import Article, RawRecord

RU = (
    "Министр иностранных дел России Сергей Лавров заявил в четверг, что Москва внимательно "
    "следит за ситуацией в Каракасе, где тысячи демонстрантов собрались у президентского дворца."
)
EN = (
    "Foreign ministers met on Thursday to discuss the situation in Caracas, where thousands of "
    "protesters gathered outside the presidential palace, officials said after the talks."
)


def page(title: str, paragraph: str) -> str:
    body = "".join(f"<p>{paragraph}</p>" for _ in range(3))
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"


def response(writer, url, body: bytes, content_type="text/html; charset=utf-8", status="200 OK", date=None, extra=()):
    headers = [("Content-Type", content_type)] if content_type else []
    http = StatusAndHeaders(status, headers + list(extra), protocol="HTTP/1.1")
    warc_headers = {"WARC-Date": date} if date else None
    rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict=warc_headers)
    writer.write_record(rec)


def request(writer, url):
    http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.com")], is_http_request=True)
    writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=http))


def make_warc(path: Path, gz: bool) -> Path:
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "tests"}))  # 1
        request(w, "https://news.example.com/lavrov")  # 2
        response(  # 3: undeclared cp1251 page, charset in the HTTP header
            w,
            "https://news.example.com/lavrov?utm_source=x",
            page("Лавров в Сочи", RU).encode("cp1251"),
            content_type="text/html; charset=windows-1251",
            date="2019-05-14T10:00:00Z",
        )
        w.write_record(w.create_warc_record("https://news.example.com/lavrov", "metadata",  # 4
                                            payload=io.BytesIO(b"outlinks: none"), warc_content_type="text/plain"))
        response(w, "https://news.example.com/logo.png", b"\x89PNG....", content_type="image/png")  # 5
        response(w, "https://news.example.com/old", b"", content_type="text/html", status="301 Moved Permanently",
                 extra=[("Location", "https://news.example.com/new")])  # 6
        response(w, "https://news.example.com/en", page("Ministers meet", EN).encode(), content_type=None,
                 date="2024-01-02T03:04:05Z")  # 7: no Content-Type, sniffed as HTML
        response(w, "https://news.example.com/feed.json", b'{"a": 1}', content_type=None)  # 8
    return path


@pytest.fixture(params=[False, True], ids=["warc", "warc.gz"])
def warc_file(tmp_path, request):
    name = "crawl.warc.gz" if request.param else "crawl.warc"
    return make_warc(tmp_path / name, gz=request.param)


def read_all(path: Path):
    return list(read_path(path, path.parent))


def test_registered_for_both_suffixes(tmp_path):
    assert format_of(Path("a/crawl.warc")) == ".warc"
    assert format_of(Path("a/CRAWL.WARC.GZ")) == ".warc"
    make_warc(tmp_path / "x.warc.gz", gz=True)
    (tmp_path / "x.txt").write_text("hello")
    assert [p.name for p in list_inputs(tmp_path)] == ["x.txt", "x.warc.gz"]


def test_responses_become_records_others_are_skipped(warc_file):
    items = read_all(warc_file)
    name = warc_file.name
    assert [type(i).__name__ for i in items] == ["Skipped", "Skipped", "RawRecord", "Skipped", "Skipped", "Skipped", "RawRecord", "Skipped"]
    assert [i.input_ref for i in items] == [f"{name}#{n}" for n in range(1, 9)]
    assert [(i.reason) for i in items if isinstance(i, Skipped)] == [
        "warcinfo", "request", "metadata", "not_html", "http_status", "not_html",
    ]
    skipped = {i.input_ref: i for i in items if isinstance(i, Skipped)}
    assert skipped[f"{name}#5"].detail == "image/png"
    assert skipped[f"{name}#6"].detail.startswith("301")


def test_record_fields(warc_file):
    ru, en = [i for i in read_all(warc_file) if isinstance(i, RawRecord)]
    assert ru.kind == "html"
    assert ru.url == "https://news.example.com/lavrov?utm_source=x"
    assert ru.charset == "windows-1251"
    assert ru.fetched_at == dt.datetime(2019, 5, 14, 10, 0, tzinfo=dt.UTC)
    assert ru.body == page("Лавров в Сочи", RU).encode("cp1251")
    assert ru.raw_sha256 == hashlib.sha256(ru.body).hexdigest()
    assert en.charset is None and en.fetched_at.year == 2024


def test_warc_gz_is_read_per_record_not_decompressed_first(tmp_path, monkeypatch):
    path = make_warc(tmp_path / "c.warc.gz", gz=True)
    calls = []
    monkeypatch.setattr(gzip, "decompress", lambda data: calls.append(1) or data)
    assert len([i for i in read_all(path) if isinstance(i, RawRecord)]) == 2
    assert calls == []


def test_other_gz_formats_still_decompressed(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"Some text"))
    (item,) = read_all(tmp_path / "a.txt.gz")
    assert item.body == b"Some text"


def test_damaged_record_header_is_a_read_failure(tmp_path):
    path = make_warc(tmp_path / "t.warc", gz=False)
    data = path.read_bytes()
    cut = data.index(b"WARC/1.0", data.index(b"https://news.example.com/en") - 400)  # start of record 7
    path.write_bytes(data[:cut] + b"WARC/1.0\r\nWARC-Type: resp")  # damaged header
    items = read_all(path)
    assert sum(isinstance(i, RawRecord) for i in items) == 1  # record 3 is kept
    assert isinstance(items[-1], ReadFailure)
    assert (items[-1].input_ref, items[-1].reason) == ("t.warc#7", "bad_record")


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize("keep", [0.5, 0.98])
def test_truncated_file_keeps_earlier_records_and_reports_the_rest(tmp_path, gz, keep):
    path = make_warc(tmp_path / ("t.warc.gz" if gz else "t.warc"), gz=gz)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    items = read_all(path)
    assert items[0] == Skipped(f"{path.name}#1", "warcinfo", "")
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert len(failures) == 1 and failures[0].reason in ("truncated", "bad_warc")
    assert failures[0].raw  # the bytes read are kept
    assert items[-1] is failures[0]  # nothing after it, nothing silently lost before it
    assert failures[0].input_ref == f"{path.name}#{len(items)}"


def test_complete_file_has_no_failure(warc_file):
    assert not [i for i in read_all(warc_file) if isinstance(i, ReadFailure)]


def test_not_a_warc_is_a_read_failure(tmp_path):
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not a warc file at all\n")
    (item,) = read_all(path)
    assert isinstance(item, ReadFailure) and item.reason == "bad_warc"


def test_gzip_content_encoding_is_decoded(tmp_path):
    path = tmp_path / "enc.warc"
    html = page("Ministers meet", EN).encode()
    with open(path, "wb") as fh:
        response(WARCWriter(fh, gzip=False), "https://e.com/a", gzip.compress(html),
                 extra=[("Content-Encoding", "gzip")])
    (rec,) = read_warc(path, "enc.warc", path.read_bytes())
    assert rec.body == html


def test_warc_record_through_pipeline(warc_file):
    ru = next(i for i in read_all(warc_file) if isinstance(i, RawRecord))
    article = clean_record(ru, RunContext("t", "0"))
    assert isinstance(article, Article)
    assert "Сергей Лавров" in article.text
    assert article.language == "ru"
    assert article.provenance.fetched_at == ru.fetched_at
    assert article.provenance.input_ref == f"{warc_file.name}#3"
    decode = [c for c in article.provenance.changes if c.step == "decode"]
    assert decode[0].rule == "declared_charset"


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400), st.integers(min_value=0, max_value=3000))
def test_reader_never_raises_on_damaged_input(noise, cut):
    good = _GOOD_WARC[:cut] + noise
    items = list(read_warc(Path("x.warc"), "x.warc", good))
    assert all(isinstance(i, (RawRecord, ReadFailure, Skipped)) for i in items)


def _good_warc() -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return make_warc(Path(tmp) / "g.warc.gz", gz=True).read_bytes()


_GOOD_WARC = _good_warc()


def test_a_resource_record_that_is_a_page_is_read_others_stay_skipped(tmp_path):
    # warcit and browser archivers store files and saved pages as resource records: no HTTP
    # exchange, the type in the record's own Content-Type
    path = tmp_path / "files.warc"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=False)
        for url, body, ctype in (
            ("file:///site/news/en.html", page("Ministers meet", EN).encode(), "text/html; charset=utf-8"),  # 1
            ("file:///site/logo.png", b"\x89PNG....", "image/png"),  # 2
            ("urn:text:https://news.example.com/en", EN.encode(), "text/plain"),  # 3: a crawler's extracted text
            ("file:///site/ru.htm", page("Лавров в Сочи", RU).encode("cp1251"), None),  # 4: no type, sniffed
            ("file:///site/notes", b"just some notes, not a page", None),  # 5
        ):
            w.write_record(w.create_warc_record(url, "resource", payload=io.BytesIO(body), warc_content_type=ctype))
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["RawRecord", "Skipped", "Skipped", "RawRecord", "Skipped"]
    en, ru = [i for i in items if isinstance(i, RawRecord)]
    assert (en.url, en.charset, en.kind) == ("file:///site/news/en.html", "utf-8", "html")
    assert ru.body == page("Лавров в Сочи", RU).encode("cp1251") and ru.charset is None
    assert {i.reason for i in items if isinstance(i, Skipped)} == {"resource"}
    ctx = RunContext(run_id="t", pipeline_version="t")
    assert isinstance(clean_record(en, ctx), Article)


def test_a_brotli_encoded_response_is_decoded_and_a_brotli_bomb_stopped(tmp_path):
    # browser-based crawlers record what the browser was sent: Content-Encoding br
    import brotli

    from newsclean.inputs.warc import BROTLI_MAX_BLOCK_OUTPUT

    path = tmp_path / "br.warc.gz"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        response(w, "https://news.example.com/en", brotli.compress(page("Ministers meet", EN).encode()),
                 extra=[("Content-Encoding", "br")])
        response(w, "https://news.example.com/bomb", brotli.compress(b"\0" * (BROTLI_MAX_BLOCK_OUTPUT + (8 << 20))),
                 extra=[("Content-Encoding", "br")])
        response(w, "https://news.example.com/after", page("Ministers meet again", EN).encode())
    en, bomb, after = read_all(path)
    assert isinstance(en, RawRecord) and en.body == page("Ministers meet", EN).encode()
    assert isinstance(bomb, ReadFailure) and bomb.reason == "too_large"
    assert isinstance(after, RawRecord)  # the records after it are still read


def _three_pages(gz: bool) -> list[bytes]:
    """Three one-record WARCs (a .warc.gz concatenates members, a .warc records)."""
    out = []
    for i in range(3):
        buf = io.BytesIO()
        response(WARCWriter(buf, gzip=gz), f"https://news.example.com/{i}", page(f"Story {i}", EN).encode())
        out.append(buf.getvalue())
    return out


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_read_resumes_after_a_damaged_stretch(tmp_path, gz):
    # a stretch no parser can read between two good records: the read resumes at the next record
    first, second, third = _three_pages(gz)
    junk = b"this is not a WARC record header\r\n\r\n" + b"garbage " * 50
    if gz:
        junk = gzip.compress(junk)
    path = tmp_path / ("c.warc.gz" if gz else "c.warc")
    path.write_bytes(first + junk + second + third)
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["RawRecord", "ReadFailure", "RawRecord", "RawRecord"]
    assert [i.input_ref for i in items] == [f"{path.name}#{k}" for k in (1, 2, 3, 4)]
    assert items[1].reason == "bad_warc" and items[1].raw == junk  # exactly the damaged bytes are kept
    assert [i.url for i in (items[0], items[2], items[3])] == [f"https://news.example.com/{k}" for k in range(3)]


def test_resync_ignores_version_text_that_is_not_a_record_start(tmp_path):
    # "WARC/1.0" inside a line, or a gzip header whose member is no WARC record, is not a record start
    from newsclean.inputs.warc import next_record_start

    first, second, _ = _three_pages(False)
    junk = b"garbage mentioning WARC/1.0 mid-line\r\n\r\n"
    data = first + junk + second
    assert next_record_start(data, len(first) + 1) == len(first) + len(junk)
    assert next_record_start(first + junk, len(first) + 1) is None
    g1, g2, _ = _three_pages(True)
    decoy = gzip.compress(b"not a record at all")
    assert next_record_start(g1 + decoy + g2, len(g1) + 1) == len(g1) + len(decoy)
    assert next_record_start(g1 + decoy, 1) is None


def test_damaged_stretch_at_the_end_keeps_the_rest_as_raw(tmp_path):
    first, _, _ = _three_pages(False)
    junk = b"this is not a WARC record header\r\n\r\n" + b"garbage " * 50
    path = tmp_path / "end.warc"
    path.write_bytes(first + junk)
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["RawRecord", "ReadFailure"]
    assert items[1].reason == "bad_warc" and items[1].raw == junk


@pytest.mark.parametrize(("date", "notes"), [("yesterday at noon", ["warc_date_unparsed"]), ("2024-05-01T10:00:00Z", [])])
def test_an_unparsable_warc_date_is_noted_and_the_record_still_read(tmp_path, date, notes):
    path = tmp_path / "d.warc"
    with open(path, "wb") as fh:
        response(WARCWriter(fh, gzip=False), "https://e.com/a", page("Ministers meet", EN).encode(), date=date)
    (rec,) = read_warc(path, "d.warc", path.read_bytes())
    assert isinstance(rec, RawRecord)
    assert [rule for rule, _ in rec.read_notes] == notes
    assert (rec.fetched_at is None) == bool(notes)
