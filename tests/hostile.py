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
