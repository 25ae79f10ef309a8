"""Hostile inputs of every kind issue 12 lists, and a Prefect-free runner of the whole pipeline.

:func:`write_hostile_inputs` writes a folder and returns what must become of
each input: ``{input_ref: (table, reason)}`` with table ``articles``,
``duplicates``, ``rejects`` or ``skipped`` (a counted skip, in the manifest).
"""
from __future__ import annotations

import dataclasses
import gzip
import io
import json
import os
import random
import socket
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

_SUBJECTS = ["The harbour authority", "Local farmers", "The city council", "Two rival unions", "The regional court",
             "A group of teachers", "The national railway", "Fishermen in the bay", "The museum director",
             "Hospital staff", "The water company", "Small shop owners", "The university senate", "Bus drivers"]
_VERBS = ["announced a plan to rebuild", "protested against the closure of", "voted to expand", "questioned the cost of",
          "asked for an inquiry into", "celebrated the reopening of", "warned about delays at", "agreed to inspect",
          "published a report on", "raised money to repair"]
_OBJECTS = ["the old northern pier", "the flooded market square", "the village school", "the coastal road",
            "the main library", "the grain warehouse", "the river bridge", "the night ferry service",
            "the public baths", "the hillside vineyard", "the timber mill", "the children's clinic"]
_TAILS = ["after a long winter of storms.", "despite objections from residents.", "before the summer season begins.",
          "according to minutes seen by reporters.", "in a meeting that lasted late into the evening.",
          "while officials promised more details next month.", "citing safety concerns raised last year.",
          "with support from several neighbouring towns."]


def prose(seed: int, sentences: int = 14) -> str:
    """A distinct article-like text per seed (never a near-duplicate of another seed's)."""
    rnd = random.Random(seed)
    lines = []
    for _ in range(3):
        para = " ".join(
            f"{rnd.choice(_SUBJECTS)} {rnd.choice(_VERBS)} {rnd.choice(_OBJECTS)} {rnd.choice(_TAILS)}"
            for _ in range(sentences // 3)
        )
        lines.append(para + f" Officer number {rnd.randint(100, 999999)} said the matter was settled.")
    return "\n\n".join(lines)


def html_page(seed: int, head: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in prose(seed).split("\n\n"))
    return f"<html><head>{head}<title>Story {seed}</title></head><body><article><h1>Story {seed}</h1>{paras}</article></body></html>"


def _warc_response(w: WARCWriter, url: str, body: bytes, content_type="text/html; charset=utf-8", date=None, extra=()):
    http = StatusAndHeaders("200 OK", [("Content-Type", content_type), *extra], protocol="HTTP/1.1")
    rec = w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                               warc_headers_dict={"WARC-Date": date} if date else None)
    w.write_record(rec)


def warc_bytes(records: list[dict], gz: bool) -> bytes:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for r in records:
        _warc_response(w, **r)
    return buf.getvalue()


def write_hostile_inputs(root: Path, outside: Path) -> dict[str, tuple[str, str | None]]:
    """Write one input of each hostile kind under ``root`` (``outside``: a folder beside it); returns the expectations."""
    root.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    exp: dict[str, tuple[str, str | None]] = {}
    seed = iter(range(1000, 2000))

    def text(name: str, body: str | None = None) -> Path:
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(body if body is not None else f"Headline {name}\n\n" + prose(next(seed)), encoding="utf-8")
        return p

    # 1. charsets that are not text codecs: ignored with a note, the page is read
    for cs in ("base64", "rot13", "punycode", "hex", "utf-7", "idna"):
        (root / "charset").mkdir(exist_ok=True)
        (root / f"charset/meta-{cs}.html").write_bytes(html_page(next(seed), f'<meta charset="{cs}">').encode())
        exp[f"charset/meta-{cs}.html"] = ("articles", None)
    text("charset/sidecar-rot13.txt")
    (root / "charset/sidecar-rot13.meta.json").write_text(json.dumps({"charset": "rot13", "url": "https://e.org/r"}))
    exp["charset/sidecar-rot13.txt"] = ("articles", None)
    (root / "charset/http-charset.warc").write_bytes(warc_bytes([
        {"url": "https://e.org/w1", "body": html_page(next(seed)).encode(), "content_type": "text/html; charset=base64"},
        {"url": "https://e.org/w2", "body": html_page(next(seed)).encode(), "content_type": "text/html; charset=punycode"},
    ], gz=False))
    exp["charset/http-charset.warc#1"] = ("articles", None)
    exp["charset/http-charset.warc#2"] = ("articles", None)

    # 2. calendar-edge dates, with relative dates in the text to resolve
    rel = " It happened yesterday, and more is due tomorrow and on Monday; by Friday it was over."
    lines = []
    for fetched in ("9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00Z", "2024-13-45T00:00:00Z"):
        for published in ("0001-01-01", "9999-12-31", None):
            rec = {"url": f"https://e.org/d{len(lines)}", "text": prose(next(seed)) + rel, "fetched_at": fetched}
            if published:
                rec["published_at"] = published
            lines.append(json.dumps(rec))
    (root / "dates").mkdir(exist_ok=True)
    (root / "dates/edges.jsonl").write_text("\n".join(lines) + "\n")
    for i in range(len(lines)):
        exp[f"dates/edges.jsonl#{i + 1}"] = ("articles", None)
    for fetched in ("9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00Z"):
        name = f"dates/sidecar-{fetched[:4]}.txt"
        text(name, f"Headline {name}\n\n" + prose(next(seed)) + rel)
        (root / name.replace(".txt", ".meta.json")).write_text(json.dumps({"fetched_at": fetched, "published_at": "9999-12-31"}))
        exp[name] = ("articles", None)
    (root / "dates/warc-date.warc.gz").write_bytes(warc_bytes([
        {"url": "https://e.org/a", "body": html_page(next(seed)).encode(), "date": "2024-01-01T00:00:00Z"},
        {"url": "https://e.org/b", "body": html_page(next(seed)).encode(), "date": "9999-12-31T23:59:59-01:00"},
        {"url": "https://e.org/c", "body": html_page(next(seed)).encode(), "date": "0001-01-01T00:00:00Z"},
        {"url": "https://e.org/d", "body": html_page(next(seed)).encode(), "date": "2024-01-02T00:00:00Z"},
    ], gz=True))
    for n in range(1, 5):
        exp[f"dates/warc-date.warc.gz#{n}"] = ("articles", None)

    # 3. JSONL that the json module accepts but cannot be stored, or cannot parse at all
    good = json.dumps({"url": "https://e.org/j1", "text": prose(next(seed))})
    (root / "json").mkdir(exist_ok=True)
    (root / "json/feed.jsonl").write_bytes(b"\n".join([
        good.encode(),
        b'{"url": "https://e.org/j2", "text": "lone \\ud800 surrogate in the body"}',
        ('{"url": "https://e.org/j3", "title": "bad \\udfff title", "text": ' + json.dumps(prose(next(seed))) + "}").encode(),
        b"[" * 100_000,
        b'{"text": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
        b'{"url": "https://e.org/j6", "text": 12}',
        json.dumps({"url": "https://e.org/j7", "text": prose(next(seed))}).encode(),
    ]) + b"\n")
    exp.update({
        "json/feed.jsonl#1": ("articles", None), "json/feed.jsonl#2": ("rejects", "bad_unicode"),
        "json/feed.jsonl#3": ("articles", None), "json/feed.jsonl#4": ("rejects", "bad_json"),
        "json/feed.jsonl#5": ("rejects", "bad_json"), "json/feed.jsonl#6": ("rejects", "bad_record"),
        "json/feed.jsonl#7": ("articles", None),
    })
    (root / "json/side.txt").write_text("Headline side\n\n" + prose(next(seed)))
    (root / "json/side.meta.json").write_bytes(b'{"title": "\\ud800", "url": "https://e.org/s"}')
    exp["json/side.txt"] = ("articles", None)  # the sidecar is ignored with a note
    (root / "json/deep.txt").write_text("Headline deep\n\n" + prose(next(seed)))
    (root / "json/deep.meta.json").write_bytes(b"[" * 100_000)
    exp["json/deep.txt"] = ("articles", None)
    # news-please's one record a .json file, an array file, a page inside a text field, an emoji cut in half
    (root / "json/np.json").write_text(json.dumps({"maintext": prose(next(seed)), "title": "A news-please record",
                                                   "date_publish": "2017-11-06 22:18:21", "source_domain": "e.org"}))
    exp["json/np.json"] = ("articles", None)
    (root / "json/array.json").write_text(json.dumps([{"text": prose(next(seed))}, "not an object", {"content": prose(next(seed))}]))
    exp.update({"json/array.json#1": ("articles", None), "json/array.json#2": ("rejects", "bad_record"),
                "json/array.json#3": ("articles", None)})
    (root / "json/broken.json").write_bytes(b'{"text": "cut sho')
    exp["json/broken.json"] = ("rejects", "bad_json")
    (root / "json/pages.jsonl").write_text(json.dumps({"text": html_page(next(seed))}) + "\n"
                                           + json.dumps({"text": prose(next(seed)) + " \ud83d"}) + "\n")
    exp.update({"json/pages.jsonl#1": ("articles", None), "json/pages.jsonl#2": ("articles", None)})
    # a feed PowerShell wrote (UTF-16), a Windows export (cp1252), an API response wrapping its
    # records, an XHTML page with its XML declaration, a 20,000-letter word in capitals as a title
    accented = [{"text": prose(next(seed)) + " Le café a fermé, dit le maire.", "title": f"Café {n}"} for n in range(2)]
    (root / "json/ps.jsonl").write_bytes("\n".join(json.dumps(r, ensure_ascii=False) for r in accented).encode("utf-16"))
    accented = [{"text": prose(next(seed)) + " El niño pidió una señal.", "title": f"Señal {n}"} for n in range(2)]
    (root / "json/win.jsonl").write_bytes("\n".join(json.dumps(r, ensure_ascii=False) for r in accented).encode("cp1252"))
    (root / "json/api.json").write_text(json.dumps({"status": "ok", "totalResults": 2, "articles": [
        {"source": {"id": None, "name": "E News"}, "publishedAt": "2024-05-01T10:00:00Z", "content": prose(next(seed))},
        {"source": {"id": None, "name": "E News"}, "content": prose(next(seed))}]}))
    (root / "json/xhtml.html").write_text('<?xml version="1.0" encoding="utf-8"?>\n' + html_page(next(seed)))
    (root / "json/shout.jsonl").write_text(json.dumps({"text": prose(next(seed)), "title": "T" * 20_000}) + "\n")
    exp.update({f"json/{f}#{n}": ("articles", None) for f in ("ps.jsonl", "win.jsonl", "api.json") for n in (1, 2)})
    exp.update({"json/xhtml.html": ("articles", None), "json/shout.jsonl#1": ("articles", None)})

    # 4. the file system
    fs = root / "fs"
    fs.mkdir(exist_ok=True)
    (fs / b"caf\xe9.txt".decode("utf-8", "surrogateescape")).write_text("Headline cafe\n\n" + prose(next(seed)))
    exp["fs/caf\\xe9.txt"] = ("rejects", "bad_filename")
    (outside / "secret.txt").write_text("Headline secret\n\n" + prose(next(seed)))
    os.symlink(outside / "secret.txt", fs / "leak.txt")
    exp["fs/leak.txt"] = ("rejects", "outside_input")
    os.symlink(outside, fs / "leakdir")
    exp["fs/leakdir"] = ("rejects", "outside_input")
    os.symlink("../fs/real.txt", fs / "alias.txt")  # an alias of a file of the run
    text("fs/real.txt")
    exp["fs/real.txt"] = ("articles", None)
    exp["fs/alias.txt"] = ("duplicates", "exact")
    os.symlink("../charset", fs / "loop")  # a folder link inside --input: not descended
    exp["fs/loop"] = ("skipped", "symlink_dir")
    os.symlink("nowhere.txt", fs / "dangling.txt")
    exp["fs/dangling.txt"] = ("rejects", "unreadable")
    os.mkfifo(fs / "pipe.txt")
    exp["fs/pipe.txt"] = ("skipped", "not_regular_file")
    text("fs/withfifo.html", html_page(next(seed)))
    os.mkfifo(fs / "withfifo.meta.json")  # a FIFO named like a sidecar: never opened
    exp["fs/withfifo.html"] = ("articles", None)
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(fs / "sock.jsonl"))
    sock.close()
    exp["fs/sock.jsonl"] = ("skipped", "not_regular_file")
    if os.geteuid() != 0:  # root reads anything
        locked = text("fs/locked.txt")
        locked.chmod(0)
        exp["fs/locked.txt"] = ("rejects", "unreadable")
        (fs / "closed").mkdir()
        text("fs/closed/inner.txt")
        (fs / "closed").chmod(0)
        exp["fs/closed"] = ("rejects", "unreadable")

    # 5. expansion: caps stop a gzip bomb and an enormous text (the test runs with small limits)
    big = root / "big"
    big.mkdir(exist_ok=True)
    (big / "bomb.html.gz").write_bytes(gzip.compress(b"\0" * (8 << 20), 9))
    exp["big/bomb.html.gz"] = ("rejects", "too_large")
    (big / "huge.txt.gz").write_bytes(gzip.compress(("word " * (2 << 20)).encode(), 9))
    exp["big/huge.txt.gz"] = ("rejects", "too_large")
    (big / "feed.jsonl.gz").write_bytes(gzip.compress(b"\n".join([
        json.dumps({"url": "https://e.org/b1", "text": prose(next(seed))}).encode(),
        json.dumps({"url": "https://e.org/b2", "text": "x " * (1 << 20)}).encode(),
    ])))
    exp["big/feed.jsonl.gz#1"] = ("articles", None)
    exp["big/feed.jsonl.gz#2"] = ("rejects", "too_large")
    (big / "long.txt").write_text("Headline long\n\n" + "many words here " * 40_000)
    exp["big/long.txt"] = ("rejects", "too_large")  # under the byte cap, over the text cap
    (big / "bomb.warc.gz").write_bytes(warc_bytes([
        {"url": "https://e.org/z", "body": gzip.compress(b"<html>" + b" " * (8 << 20)), "extra": [("Content-Encoding", "gzip")]},
        {"url": "https://e.org/z2", "body": html_page(next(seed)).encode()},
    ], gz=True))
    exp["big/bomb.warc.gz#1"] = ("rejects", "too_large")
    exp["big/bomb.warc.gz#2"] = ("articles", None)

    # 6. WARC damage: a truncated record, a broken record between good ones
    warc = root / "warc"
    warc.mkdir(exist_ok=True)
    data = warc_bytes([{"url": f"https://e.org/t{i}", "body": html_page(next(seed)).encode()} for i in range(3)], gz=False)
    (warc / "cut.warc").write_bytes(data[:-400])
    exp.update({"warc/cut.warc#1": ("articles", None), "warc/cut.warc#2": ("articles", None), "warc/cut.warc#3": ("rejects", "truncated")})
    gzdata = warc_bytes([{"url": f"https://e.org/g{i}", "body": html_page(next(seed)).encode()} for i in range(2)], gz=True)
    (warc / "cut.warc.gz").write_bytes(gzdata[:-200])
    exp.update({"warc/cut.warc.gz#1": ("articles", None), "warc/cut.warc.gz#2": ("rejects", "truncated")})
    one = warc_bytes([{"url": "https://e.org/k1", "body": html_page(next(seed)).encode()}], gz=False)
    (warc / "junk.warc").write_bytes(one + b"this is not a WARC record header\r\n\r\n" + b"garbage " * 50)
    exp.update({"warc/junk.warc#1": ("articles", None), "warc/junk.warc#2": ("rejects", "bad_warc")})
    # damaged bytes between good records (a bad disk block, two crawls glued by hand): the read resumes after them
    two = [warc_bytes([{"url": f"https://e.org/m{i}", "body": html_page(next(seed)).encode()}], gz=gz) for gz in (False, True) for i in range(2)]
    (warc / "mid.warc").write_bytes(two[0] + b"\x00\xff damaged block " * 40 + two[1])
    (warc / "mid.warc.gz").write_bytes(two[2] + gzip.compress(b"not a record") + b"\x1f\x8b\x08 stray" + two[3])
    for name in ("mid.warc", "mid.warc.gz"):
        exp.update({f"warc/{name}#1": ("articles", None), f"warc/{name}#2": ("rejects", "bad_warc"), f"warc/{name}#3": ("articles", None)})
    # a saved page as a resource record (warcit, browser archivers), and a resource that is no page
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    for url, body, ctype in (("file:///site/a.html", html_page(next(seed)).encode(), "text/html"), ("file:///site/a.png", b"\x89PNG", "image/png")):
        w.write_record(w.create_warc_record(url, "resource", payload=io.BytesIO(body), warc_content_type=ctype))
    (warc / "files.warc").write_bytes(buf.getvalue())
    exp.update({"warc/files.warc#1": ("articles", None), "warc/files.warc#2": ("skipped", "resource")})
    exp.update(write_round2(root / "round2", seed))
    return exp


def write_round2(root: Path, seed) -> dict[str, tuple[str, str | None]]:
    """Round 2: kinds round 1 did not cover (refs relative to ``root``'s parent)."""
    exp: dict[str, tuple[str, str | None]] = {}
    for sub in ("json", "html", "warc", "fs"):
        (root / sub).mkdir(parents=True, exist_ok=True)

    def rec(**meta) -> bytes:
        return json.dumps({"text": prose(next(seed)), **meta}, ensure_ascii=False).encode()

    def want(name: str, *outcomes: tuple[str, str | None], whole: bool = False) -> None:
        """What becomes of each record of ``name`` (``whole``: of the file as one record)."""
        if whole or (len(outcomes) == 1 and not name.endswith((".jsonl", ".warc", ".warc.gz"))):
            exp[f"round2/{name}"] = outcomes[0]
        else:
            exp.update({f"round2/{name}#{n}": o for n, o in enumerate(outcomes, start=1)})

    art = ("articles", None)
    # JSON: a BOM before a later line, NUL padding a crashed writer left, old-Mac CR line ends
    (root / "json/bom_mid.jsonl").write_bytes(rec() + b"\n\xef\xbb\xbf" + rec() + b"\n")
    want("json/bom_mid.jsonl", art, art)
    (root / "json/nul.jsonl").write_bytes(rec() + b"\n" + b"\0" * 64 + b"\n" + rec() + b"\0\0\0\n")
    want("json/nul.jsonl", art, ("rejects", "bad_json"), art)
    (root / "json/cr.jsonl").write_bytes(b"\r".join(rec() for _ in range(3)) + b"\r")
    want("json/cr.jsonl", art, art, art)
    # numbers JSON cannot hold or Python cannot convert, in metadata
    text = json.dumps(prose(next(seed)))
    (root / "json/numbers.jsonl").write_text("\n".join([
        f'{{"text": {json.dumps(prose(next(seed)))}, "title": NaN, "published_at": 1e400}}',
        f'{{"text": {json.dumps(prose(next(seed)))}, "fetched_at": {"9" * 5000}}}',
        f'{{"text": {text}, "url": Infinity, "source": -Infinity}}',
    ]) + "\n")
    want("json/numbers.jsonl", art, art, art)
    # body shapes: a scraper's list of paragraphs, an object, HTML as a list of fragments
    (root / "json/shapes.jsonl").write_text("\n".join([
        json.dumps({"text": prose(next(seed)).split("\n\n")}),
        json.dumps({"text": {"body": prose(next(seed))}}),
        json.dumps({"html": [f"<p>{p}</p>" for p in prose(next(seed)).split("\n\n")]}),
    ]) + "\n")
    want("json/shapes.jsonl", art, ("rejects", "bad_record"), art)
    # the two JSON layouts swapped: an indented array saved as .jsonl, JSON Lines saved as .json
    (root / "json/pretty.jsonl").write_text(json.dumps([{"text": prose(next(seed))}, {"text": prose(next(seed))}], indent=2))
    want("json/pretty.jsonl", art, art)
    (root / "json/lines.json").write_bytes(rec() + b"\n" + rec() + b"\n")
    want("json/lines.json", art, art)
    (root / "json/empty.json").write_bytes(b"")
    want("json/empty.json", ("rejects", "bad_json"))
    # URLs that name no page, dates as Unix time and MySQL's zero date
    (root / "json/meta.jsonl").write_bytes(b"\n".join([
        rec(url="javascript:void(0)"), rec(url="data:text/html,<b>x</b>"), rec(url="https://e.org/a b"),
        rec(fetched_at=1714557600000, published_at=1714557600), rec(fetched_at="0000-00-00 00:00:00", published_at="0000-00-00"),
        rec(published_at="9999-12-31T99:99", fetched_at=-1),
    ]) + b"\n")
    want("json/meta.jsonl", art, art, art, art, art, art)
    # JSON encoded twice (a string holding the record), and a string that is just a string
    (root / "json/twice.jsonl").write_text(json.dumps(rec().decode()) + "\n" + json.dumps("just a string") + "\n")
    want("json/twice.jsonl", art, ("rejects", "bad_record"))
    # mongoexport's Extended JSON dates
    (root / "json/mongo.jsonl").write_bytes(rec(_id={"$oid": "663210a0"}, published_at={"$date": "2024-05-01T10:00:00Z"},
                                                fetched_at={"$date": {"$numberLong": "1714600000000"}}) + b"\n")
    want("json/mongo.jsonl", art)
    # a feed compressed without a suffix: xz is inflated, a zip archive rejected once (not per line)
    import lzma
    import zipfile

    (root / "json/packed.jsonl").write_bytes(lzma.compress(rec() + b"\n" + rec() + b"\n"))
    want("json/packed.jsonl", art, art)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("feed.jsonl", rec() + b"\n")
    (root / "json/zipped.jsonl").write_bytes(buf.getvalue())
    want("json/zipped.jsonl", ("rejects", "unsupported"), whole=True)

    # HTML the parser cannot take whole: 8,000 nested <div>, <font> opened and never closed in
    # each of 400 paragraphs, one tag of 20,000 attributes (seconds per parse, and a page is parsed six times)
    paras = "".join(f"<p>{p}</p>" for p in prose(next(seed)).split("\n\n"))
    (root / "html/deep.html").write_text("<html><head><title>Deep</title></head><body>" + "<div>" * 8000 + paras + "</div>" * 8000 + "</body></html>")
    want("html/deep.html", art)
    lines = prose(next(seed), 40).replace("\n\n", " ").split(". ")
    (root / "html/fonts.html").write_text("<html><head><title>Fonts</title></head><body>" + "".join(f'<p><font face="Arial">Paragraph {n}: {x}.' for n, x in enumerate(lines * 12)) + "</body></html>")
    want("html/fonts.html", art)
    attrs = " ".join(f"a{i}=1" for i in range(20_000))
    (root / "html/attrs.html").write_text(html_page(next(seed)).replace("<article>", f"<article {attrs}>"))
    want("html/attrs.html", art)
    # not an article: a redirect stub, a frameset; an app shell holding its article as JSON-LD
    (root / "html/redirect.html").write_text('<html><head><title>Redirecting</title><meta http-equiv="refresh" content="0;url=https://e.org/r">'
                                             '</head><body><p>If you are not redirected, <a href="https://e.org/r">click here</a>.</p></body></html>')
    want("html/redirect.html", ("rejects", "not_an_article"))
    (root / "html/frames.html").write_text('<html><head><title>F</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>')
    want("html/frames.html", ("rejects", "no_main_text"))
    ld = json.dumps({"@type": "NewsArticle", "headline": "App story", "datePublished": "2024-03-01T10:00:00Z", "articleBody": prose(next(seed))})
    (root / "html/jsonld.html").write_text(f'<html><head><title>App story</title><script type="application/ld+json">{ld}</script></head>'
                                           '<body><div id="app"></div><script src="/bundle.js"></script></body></html>')
    want("html/jsonld.html", art)
    # scripts and charsets: Persian with ZWNJ, Arabic with direction marks, Shift-JIS, a <meta charset> that lies
    fa = "من می\u200cخواهم به کتاب\u200cخانه بروم. دولت اعلام کرد که پل جدید ساخته می\u200cشود و مردم از این خبر خوشحال\u200cاند. "
    (root / "html/persian.html").write_text('<html><head><meta charset="utf-8"><title>خبر</title></head><body><article>'
                                            + "".join(f"<p>{fa * 4} {n}</p>" for n in range(6)) + "</article></body></html>")
    want("html/persian.html", art)
    ar = "\u202bأعلنت سلطة الميناء خطة لإعادة بناء الرصيف الشمالي القديم بعد شتاء طويل من العواصف.\u202c \u200fوقال المسؤولون إن الأعمال ستبدأ قبل الصيف.\u200f "
    (root / "html/rtl.html").write_text('<html dir="rtl"><head><meta charset="utf-8"><title>الميناء</title></head><body><article>'
                                        + "".join(f"<p>{ar * 3} {n}</p>" for n in range(8)) + "</article></body></html>")
    want("html/rtl.html", art)
    jp = "".join(f"<p>東京都は{n}日、新しい港湾計画を発表した。住民の意見を聞く会も開かれる予定だ。</p>" for n in range(20))
    (root / "html/sjis.html").write_bytes(f'<html><head><meta charset="shift_jis"><title>東京</title></head><body><article>{jp}</article></body></html>'.encode("shift_jis"))
    want("html/sjis.html", art)
    ru = "".join(f"<p>Мэрия Москвы {n} мая объявила о ремонте старого северного причала. Жители просили об этом много лет.</p>" for n in range(12))
    (root / "html/lying-meta.html").write_bytes(f'<html><head><meta charset="utf-8"><title>Новости Москвы</title></head><body><article>{ru}'
                                                "</article></body></html>".encode("cp1251"))
    want("html/lying-meta.html", art)

    # WARC: a response without WARC-Target-URI (warcio raised, and the file was lost from there),
    # a revisit, a 404, a 301, a PDF, requests only, a chunked body
    one = warc_bytes([{"url": "https://e.org/nouri", "body": html_page(next(seed)).encode()}], gz=False)
    (root / "warc/nouri.warc").write_bytes(one.replace(b"WARC-Target-URI: https://e.org/nouri\r\n", b"")
                                           + warc_bytes([{"url": "https://e.org/after", "body": html_page(next(seed)).encode()}], gz=False))
    want("warc/nouri.warc", art, art)
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    _warc_response(w, "https://e.org/r1", html_page(next(seed)).encode())
    w.write_record(w.create_revisit_record("https://e.org/r1", digest="sha1:AAAA", refers_to_uri="https://e.org/r1", refers_to_date="2024-01-01T00:00:00Z"))
    for status, ctype, body in (("404 Not Found", "text/html", html_page(next(seed)).encode()), ("301 Moved Permanently", "text/html", b""),
                                ("200 OK", "application/pdf", b"%PDF-1.4\n" + b"0" * 500)):
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://e.org/x", "response", payload=io.BytesIO(body), http_headers=http))
    for url in ("https://e.org/q1", "https://e.org/q2"):
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "e.org")], is_http_request=True)
        w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=req))
    page = html_page(next(seed)).encode()
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(page[i : i + 700]), page[i : i + 700]) for i in range(0, len(page), 700)) + b"0\r\n\r\n"
    _warc_response(w, "https://e.org/chunked", chunked, extra=[("Transfer-Encoding", "chunked")])
    (root / "warc/mixed.warc.gz").write_bytes(buf.getvalue())
    want("warc/mixed.warc.gz", art, ("skipped", "revisit"), ("skipped", "http_status"), ("skipped", "http_status"),
         ("skipped", "not_html"), ("skipped", "request"), ("skipped", "request"), art)

    # a WARC gzipped whole (`gzip x.warc`) instead of record by record: warcio read the first
    # record and refused the rest; the same cut short
    pages = [{"url": f"https://e.org/w{i}", "body": html_page(next(seed)).encode()} for i in range(3)]
    (root / "warc/whole.warc.gz").write_bytes(gzip.compress(warc_bytes(pages, gz=False)))
    want("warc/whole.warc.gz", art, art, art)
    pages = [{"url": f"https://e.org/v{i}", "body": html_page(next(seed)).encode()} for i in range(3)]
    whole = warc_bytes(pages, gz=False)
    (root / "warc/wholecut.warc.gz").write_bytes(gzip.compress(whole)[: len(gzip.compress(whole[: len(whole) * 2 // 3]))])
    want("warc/wholecut.warc.gz", art, art, ("rejects", "truncated"))

    # headers that lie or say nothing: a Content-Type that is no type (a page, and a PNG), a body
    # stored decoded under Content-Encoding gzip, an HTTP/2 status line without a reason
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    for headers, body, proto in (([("Content-Type", ";;;===")], html_page(next(seed)).encode(), "HTTP/1.1"),
                                 ([("Content-Type", "html")], b"\x89PNG\r\n\x1a\n" + b"\0" * 200, "HTTP/1.1"),
                                 ([("Content-Type", "text/html"), ("Content-Encoding", "gzip")], html_page(next(seed)).encode(), "HTTP/1.1"),
                                 ([("Content-Type", "text/html")], html_page(next(seed)).encode(), "HTTP/2")):
        http = StatusAndHeaders("200" if proto == "HTTP/2" else "200 OK", headers, protocol=proto)
        w.write_record(w.create_warc_record("https://e.org/h", "response", payload=io.BytesIO(body), http_headers=http))
    (root / "warc/headers.warc").write_bytes(buf.getvalue())
    want("warc/headers.warc", art, ("skipped", "not_html"), art, art)
    (root / "json/dupkeys.jsonl").write_text('{"text": "short", "text": ' + json.dumps(prose(next(seed))) + "}\n")
    want("json/dupkeys.jsonl", art)  # the last value wins, as in every JSON parser

    # a record saved under the wrong suffix, and text that only starts with a brace
    (root / "html/record.html").write_bytes(rec(title="Saved as .html"))
    want("html/record.html", art)
    (root / "fs/braces.txt").write_text("{Editor's note} " + prose(next(seed)) + " {end}")
    want("fs/braces.txt", art)

    # file names: a line break and a tab in the name; a symlink to itself
    (root / "fs/new\nline.txt").write_text("Headline nl\n\n" + prose(next(seed)))
    want("fs/new\nline.txt", art)
    (root / "fs/tab\there.TXT").write_text("Headline tab\n\n" + prose(next(seed)))
    want("fs/tab\there.TXT", art)
    os.symlink("self.txt", root / "fs/self.txt")
    want("fs/self.txt", ("rejects", "unreadable"))
    return exp


def unlock(root: Path) -> None:
    """Give back the permissions the inputs took away (so pytest can delete them)."""
    for p in (root / "fs/closed", root / "fs/locked.txt"):
        if p.exists():
            p.chmod(0o755)


def run_inline(input_dir: Path, output_dir: Path, **limits) -> object:
    """The whole pipeline (plan, both phases, learn, commit) in this process, without Prefect: the flow's steps in order."""
    import time

    from newsclean import batch as b
    from newsclean.cleaners import boilerplate
    from newsclean.cleaners.pipeline import RunContext
    from newsclean.commit import commit_run
    from newsclean.limits import Limits
    from newsclean.plan import DateRange, batches, plan_files
    from newsclean.resources import load_default_gazetteer
    from newsclean.schemas.run import RunManifest
    from newsclean.store import layout, read_pickle, recover, staging_dir
    from newsclean.store.residue import load_stats, merge

    started = time.time()
    run_id = f"inline{int(started * 1000)}"
    recover(output_dir)
    plan = plan_files(input_dir, output_dir, DateRange(), False)
    lim = Limits.of(**limits)
    ctx = RunContext(run_id, "test", load_default_gazetteer(), limits=lim)
    parts = batches(plan.files, 1, 4)
    stage = staging_dir(output_dir, run_id)
    stage.mkdir(parents=True)
    root = str(input_dir.resolve())
    for n, items in enumerate(parts):
        b.draft_to_path(items, root, ctx, DateRange(), str(stage), n)
    run_stats: dict = {}
    for n in range(len(parts)):
        merge(run_stats, read_pickle(stage / layout.meta_file(n)).stats)
    total = merge(load_stats(output_dir), dict(run_stats))
    learned = {s: boilerplate.learn_residue(lines, k) for s, (k, lines) in total.items() if s in run_stats}
    for n in range(len(parts)):
        b.finish_to_path(ctx, {s: v for s, v in learned.items() if v}, str(stage), n)
    base = RunManifest(run_id=run_id, files_planned=len(plan.files), limits=dataclasses.asdict(lim))
    return commit_run(output_dir, stage, run_id=run_id, n_batches=len(parts), run_stats=run_stats, base=base, timings={}, started=started)
