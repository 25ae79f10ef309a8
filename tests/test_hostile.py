"""Issue 12: no input can fail a run, hang it, or exhaust memory; nothing is lost or written outside the dataset.

Every hostile kind (tests/hostile.py) runs through the whole pipeline in this
process (plan, both phases, commit; no Prefect): the run completes, every
input record is in exactly one table (or a counted skip) with a precise
reason, and rejects keep their raw bytes. The slow test at the end runs the
real CLI on the same folder and asserts exit 0.
"""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest
from conftest import REPO
from hostile import html_page, prose, run_inline, unlock, write_hostile_inputs

# small limits, so the expansion cases stay quick to build
LIMITS = {"max_file_bytes": 4 << 20, "max_record_bytes": 1 << 20, "max_text_chars": 200_000}


def _table(out: Path, name: str) -> pl.DataFrame:
    files = sorted((out / name).glob("*.parquet"))
    return pl.concat([pl.read_parquet(f) for f in files], how="diagonal_relaxed") if files else pl.DataFrame()


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    inp, out = base / "in", base / "out"
    expected = write_hostile_inputs(inp, base / "outside")
    try:
        manifest = run_inline(inp, out, **LIMITS)
    finally:
        unlock(inp)
    return inp, out, expected, manifest


def _landed(out: Path) -> dict[str, tuple[str, str | None]]:
    landed: dict[str, tuple[str, str | None]] = {}
    for table in ("articles", "duplicates", "rejects"):
        df = _table(out, table)
        for row in df.iter_rows(named=True):
            ref = row["input_ref"]
            assert ref not in landed, f"{ref} landed twice ({landed[ref][0]} and {table})"
            reason = row.get("reason") if table == "rejects" else row.get("method") if table == "duplicates" else None
            landed[ref] = (table, reason)
    return landed


def test_every_hostile_record_lands_in_exactly_one_table_with_a_precise_reason(hostile_run):
    _, out, expected, manifest = hostile_run
    landed = _landed(out)
    want = {ref: v for ref, v in expected.items() if v[0] != "skipped"}
    assert landed == want


def test_counted_skips_are_in_the_manifest(hostile_run):
    _, _, expected, manifest = hostile_run
    skips: dict[str, int] = {}
    for table, reason in expected.values():
        if table == "skipped":
            skips[reason] = skips.get(reason, 0) + 1
    assert manifest.skipped_records_by_reason == skips
    assert manifest.counts.skipped_records == sum(skips.values())
    assert manifest.counts.rejects == sum(1 for t, _ in expected.values() if t == "rejects")
    assert manifest.limits == LIMITS


def test_rejects_keep_their_raw_bytes_never_the_expanded_ones(hostile_run):
    inp, out, expected, _ = hostile_run
    rejects = {r["input_ref"]: r for r in _table(out, "rejects").iter_rows(named=True)}
    # nothing to keep: a link never followed, a file or folder that cannot be read
    no_raw = {"fs/leak.txt", "fs/leakdir", "fs/dangling.txt", "fs/locked.txt", "fs/closed", "round2/fs/self.txt",
              "round2/json/empty.json"}  # (an empty file: its raw is its zero bytes)
    for ref, row in rejects.items():
        assert row["detail"], ref
        if ref not in no_raw:
            assert row["raw"], f"{ref} ({row['reason']}) lost its bytes"
    bomb = rejects["big/bomb.html.gz"]
    assert bomb["raw"] == (inp / "big/bomb.html.gz").read_bytes()  # compressed, as on disk
    assert len(rejects["big/huge.txt.gz"]["raw"]) < 100_000
    assert rejects["big/bomb.warc.gz#1"]["raw"].startswith(b"\x1f\x8b")  # the record's gzip member
    assert len(rejects["big/bomb.warc.gz#1"]["raw"]) < 100_000
    name = b"caf\xe9.txt".decode("utf-8", "surrogateescape")
    assert rejects["fs/caf\\xe9.txt"]["raw"] == (inp / "fs" / name).read_bytes()
    assert rejects["json/feed.jsonl#2"]["raw"] == (inp / "json/feed.jsonl").read_bytes().splitlines()[1]
    assert b"this is not a WARC" in rejects["warc/junk.warc#2"]["raw"]
    truncated = rejects["warc/cut.warc#3"]
    assert truncated["raw"].startswith(b"WARC/1") and "missing" in truncated["detail"]


def test_calendar_edge_dates_are_ignored_with_a_note_and_nothing_overflows(hostile_run):
    _, out, _, _ = hostile_run
    arts = _table(out, "articles")
    edges = arts.filter(pl.col("input_ref").str.starts_with("dates/"))
    assert len(edges) == 9 + 2 + 4
    for row in edges.iter_rows(named=True):
        pd = row["published_date"]
        assert pd is None or 1800 <= pd.year <= 2200
        fetched = row["provenance"]["fetched_at"]
        assert fetched is None or 1800 <= fetched.year <= 2200
        for m in row["dates_mentioned"]:
            assert m["date"] is None or 1800 <= m["date"].year <= 2200
    rules = {c["rule"] for row in edges.iter_rows(named=True) for c in row["provenance"]["changes"]}
    assert {"fetched_at_out_of_range", "out_of_range_metadata_date", "warc_date_out_of_range"} <= rules


def test_non_text_charsets_are_ignored_with_a_note(hostile_run):
    _, out, _, _ = hostile_run
    arts = _table(out, "articles").filter(pl.col("input_ref").str.starts_with("charset/"))
    assert len(arts) == 9
    for row in arts.iter_rows(named=True):
        rules = [c["rule"] for c in row["provenance"]["changes"] if c["step"] == "decode"]
        assert any(r.endswith("_unknown") for r in rules), (row["input_ref"], rules)


def test_the_alias_is_a_duplicate_of_the_real_file(hostile_run):
    _, out, _, _ = hostile_run
    arts = _table(out, "articles")
    real = arts.filter(pl.col("input_ref") == "fs/real.txt")["article_id"][0]
    dup = _table(out, "duplicates").filter(pl.col("input_ref") == "fs/alias.txt")
    assert dup["duplicate_of"].to_list() == [real]
    assert arts["article_id"].n_unique() == len(arts)


def test_nothing_is_written_outside_the_dataset(hostile_run):
    inp, out, _, _ = hostile_run
    assert sorted(p.name for p in inp.parent.iterdir()) == ["in", "out", "outside"]
    assert sorted(p.name for p in (inp.parent / "outside").iterdir()) == ["secret.txt"]
    assert not (out / "_staging").exists() or not any((out / "_staging").iterdir())


def test_a_second_run_writes_nothing_twice_and_retries_what_could_not_be_read(hostile_run):
    inp, out, expected, _ = hostile_run
    second = run_inline(inp, out, **LIMITS)  # permissions were given back after the first run
    retried = {"fs/locked.txt", "fs/closed/inner.txt"} if "fs/locked.txt" in expected else set()
    assert second.counts.duplicates == second.counts.rejects == 0
    assert set(_table(out, "articles")["input_ref"]) >= retried
    assert second.counts.articles == len(retried)


# --- record isolation --------------------------------------------------------------------


def _one_text(tmp_path: Path) -> Path:
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text("Headline a\n\n" + prose(1))
    (inp / "b.txt").write_text("Headline b\n\n" + prose(2))
    return inp


@pytest.mark.parametrize("where", ["decode", "finish", "reader"])
def test_an_exception_in_one_record_is_its_reject_and_the_run_goes_on(tmp_path, monkeypatch, where):
    from newsclean.cleaners import encoding, language
    from newsclean.inputs import registry

    inp = _one_text(tmp_path)
    real_decode, real_lang, real_reader = encoding.decode_bytes, language.detect_language, registry.READERS[".txt"]

    def boom(*a, **k):
        raise ZeroDivisionError("planted")

    if where == "decode":
        monkeypatch.setattr(encoding, "decode_bytes", lambda data, cs=None: boom() if b"Headline a" in data else real_decode(data, cs))
    elif where == "finish":
        monkeypatch.setattr(language, "detect_language", lambda text: boom() if "Headline" not in text and text.startswith(prose(1)[:30]) else real_lang(text))
    else:
        def reader(path, ref, data, limits=None):
            if path.name == "a.txt":
                boom()
            yield from real_reader(path, ref, data)
        monkeypatch.setitem(registry.READERS, ".txt", reader)
    monkeypatch.delenv("NEWSCLEAN_STRICT", raising=False)
    manifest = run_inline(inp, tmp_path / "out")
    rejects = _table(tmp_path / "out", "rejects")
    assert rejects["input_ref"].to_list() == ["a.txt"]
    row = rejects.row(0, named=True)
    assert row["reason"] == "internal_error"
    assert row["stage"] == {"decode": "draft", "finish": "finish", "reader": "read"}[where]
    assert row["detail"].startswith("ZeroDivisionError: planted")
    assert row["raw"] == (inp / "a.txt").read_bytes()
    assert manifest.counts.articles == 1 and manifest.reject_reasons
    assert _table(tmp_path / "out", "articles")["input_ref"].to_list() == ["b.txt"]


def test_strict_mode_re_raises(tmp_path, monkeypatch):
    from newsclean.cleaners import encoding

    inp = _one_text(tmp_path)
    monkeypatch.setattr(encoding, "decode_bytes", lambda data, cs=None: 1 / 0)
    monkeypatch.setenv("NEWSCLEAN_STRICT", "1")
    with pytest.raises(ZeroDivisionError):
        run_inline(inp, tmp_path / "out")


# --- recovery never moves files outside the dataset ---------------------------------------


@pytest.mark.parametrize("planted", ["../../x", "articles/../../x", "{abs}", "elsewhere/x.parquet", "_staging/other/x"])
def test_recovery_refuses_a_planted_marker(tmp_path, planted):
    from newsclean.store import recover, staging_dir

    out = tmp_path / "deep" / "out"
    stage = staging_dir(out, "evil")
    stage.mkdir(parents=True)
    target = tmp_path / "x"
    name = planted.replace("{abs}", str(target))
    src = stage / name if not os.path.isabs(name) else None
    victim = stage / "payload"
    victim.write_text("moved?")
    if src is not None:
        src.parent.mkdir(parents=True, exist_ok=True)
        src.write_text("moved?")
    (stage / "COMMIT").write_text(json.dumps({"run_id": "evil", "files": [name, "articles/ok.parquet"]}))
    done = recover(out)
    assert not target.exists() and not (tmp_path / "deep" / "x").exists()
    assert not (out / "articles" / "ok.parquet").exists()  # the whole marker is refused, not just the bad name
    assert not stage.exists() and any("discarded evil" in line for line in done)


def test_commit_refuses_files_outside_the_layout(tmp_path):
    from newsclean.store.staging import UnsafeCommitError, commit

    with pytest.raises(UnsafeCommitError):
        commit(tmp_path / "out", "r1", ["../../x"])
    with pytest.raises(UnsafeCommitError):
        commit(tmp_path / "out", "r1", [str(tmp_path / "abs")])


# --- readers in isolation ---------------------------------------------------------------


def test_gzip_is_inflated_in_a_streaming_way_and_stops_at_the_cap():
    from newsclean.inputs.files import inflate_capped

    bomb = gzip.compress(b"\0" * (64 << 20), 9)
    assert inflate_capped(bomb, 1 << 20) is None
    assert inflate_capped(gzip.compress(b"abc"), 3) == b"abc"


def test_clean_command_never_opens_a_fifo(tmp_path):
    from newsclean.cli import main

    fifo = tmp_path / "p.html"
    os.mkfifo(fifo)
    assert main(["clean", str(fifo)]) == 2


def test_clean_command_ignores_a_fifo_sidecar(tmp_path, capsys):
    from newsclean.cli import main

    (tmp_path / "page.html").write_text(html_page(7))
    os.mkfifo(tmp_path / "page.meta.json")
    assert main(["clean", str(tmp_path / "page.html")]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["kind"] == "article"
    assert any(c["rule"] == "bad_sidecar" for c in out["provenance"]["changes"])


def test_parse_datetime_range_checks():
    from newsclean.inputs import parse_datetime

    for value in ("9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00Z", "0001-01-01T00:00:00+14:00", "1799-12-31"):
        assert parse_datetime(value) is None, value
    assert parse_datetime("2024-05-01T00:30:00+01:00").day == 30


def test_publication_dates_at_the_calendar_edge_do_not_overflow():
    import datetime as dt

    from newsclean.cleaners.dates import publication_date

    for meta in ("0001-01-01", "9999-12-31", "Monday", "yesterday", "tomorrow"):
        for fetched in (None, dt.datetime(1, 1, 1, tzinfo=dt.UTC), dt.datetime(9999, 12, 31, 23, tzinfo=dt.UTC)):
            pub = publication_date(metadata=meta, byline=meta, fetched_at=fetched)
            assert pub.date is None or 1800 <= pub.date.year <= 2200


# --- the CLI ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, message",
    [
        (["--output", "s3://bucket/x"], "URL"),
        (["--output", "{file}"], "not a folder"),
        (["--output", "{file}/sub"], "is not a folder"),
        (["--workers", "0"], "at least 1"),
        (["--batch-size", "-1"], "at least 1"),
        (["--max-record-bytes", "lots"], "not a size"),
        (["--max-text-chars", "0"], "at least 1"),
        (["--input", "{fifo}"], "neither a folder nor a regular file"),
        (["--input", "{loop}"], "leads nowhere"),
    ],
)
def test_bad_arguments_exit_2_with_one_line_before_prefect_starts(tmp_path, args, message):
    (tmp_path / "in").mkdir()
    (tmp_path / "f").write_text("x")
    os.mkfifo(tmp_path / "fifo")
    os.symlink("loop", tmp_path / "loop")
    argv = [a.replace("{file}", str(tmp_path / "f")).replace("{fifo}", str(tmp_path / "fifo")).replace("{loop}", str(tmp_path / "loop"))
            for a in args]
    if "--output" not in argv:
        argv += ["--output", str(tmp_path / "out")]
    t = time.time()
    proc = subprocess.run(
        [str(REPO / ".venv/bin/newsclean"), "backfill", "--input", str(tmp_path / "in"), *argv],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].count("\n") == 0
    assert not (tmp_path / "out").exists()
    assert time.time() - t < 60  # no Prefect server was started


@pytest.mark.parametrize(
    "option, default",
    [("--max-file-bytes", "MAX_FILE_BYTES"), ("--max-record-bytes", "MAX_RECORD_BYTES"), ("--max-text-chars", "MAX_TEXT_CHARS")],
)
def test_the_default_a_limit_option_states_is_the_limit_a_run_uses(option, default):
    """``--help`` (and the docs) say "default X": X typed back on the command line is the default itself.

    (--max-text-chars said "4M", which the CLI reads as 4,194,304; the default is 4,000,000.)"""
    import re

    from newsclean import limits
    from newsclean.cli import _size, build_parser

    backfill = build_parser()._subparsers._group_actions[0].choices["backfill"]
    action = next(a for a in backfill._actions if option in a.option_strings)
    stated = re.search(r"\(default ([^;)]+)", action.help).group(1)
    assert _size(stated) == getattr(limits, default) == getattr(limits.DEFAULT_LIMITS, default.lower())


def test_closed_stdout_is_not_an_error(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(html_page(3))
    proc = subprocess.run(
        f"{REPO / '.venv/bin/newsclean'} clean {page} | head -c 10",
        shell=True, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr


def test_worker_exits_when_its_parent_dies(tmp_path):
    """A process that called watch_parent exits once its parent is gone (the parent here is killed with SIGKILL)."""
    code = (
        "import os, sys, time, subprocess\n"
        "child = subprocess.Popen([sys.executable, '-c', "
        "'import os, sys, time; from newsclean.lifeline import watch_parent; watch_parent(os.getppid(), 0.1); "
        "print(os.getpid(), flush=True); time.sleep(60)'])\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    worker = int(parent.stdout.readline())
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    assert _gone(worker, 10)


def _gone(pid: int, timeout: float) -> bool:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()[0]
        except OSError:
            return True
        if state in (b"Z", b"X"):
            return True
        time.sleep(0.1)
    return False


def test_unreadable_file_and_folder_are_rejected_and_retried(tmp_path, monkeypatch):
    """Mode-000 files cannot be tested as root (root reads them): the refusals are simulated where the OS gives them."""
    import newsclean.inputs.files as files
    import newsclean.plan as plan

    inp = tmp_path / "in"
    (inp / "closed").mkdir(parents=True)
    (inp / "locked.txt").write_text("Headline locked\n\n" + prose(31))
    (inp / "closed/inner.txt").write_text("Headline inner\n\n" + prose(32))
    (inp / "ok.txt").write_text("Headline ok\n\n" + prose(33))
    real_open, real_scandir = files.open_regular, os.scandir

    def refuse_open(path):
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path)

    def refuse_scandir(path="."):
        if isinstance(path, (str, os.PathLike)) and Path(path).name == "closed":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(files, "open_regular", refuse_open)
    monkeypatch.setattr(plan, "open_regular", refuse_open)
    monkeypatch.setattr(os, "scandir", refuse_scandir)
    first = run_inline(inp, tmp_path / "out")
    assert _landed(tmp_path / "out") == {
        "ok.txt": ("articles", None), "locked.txt": ("rejects", "unreadable"), "closed": ("rejects", "unreadable"),
    }
    assert first.counts.rejects == 2
    monkeypatch.undo()  # permissions fixed: the next run reads them, and writes no reject twice
    second = run_inline(inp, tmp_path / "out")
    assert (second.counts.articles, second.counts.rejects, second.counts.duplicates) == (2, 0, 0)


def test_feeds_not_in_utf8_keep_their_letters_and_say_how_they_were_read(hostile_run):
    _, out, _, _ = hostile_run
    arts = {r["input_ref"]: r for r in _table(out, "articles").iter_rows(named=True)}
    for ref, word, title in (("json/ps.jsonl#2", "café", "Café 1"), ("json/win.jsonl#1", "niño", "Señal 0")):
        row = arts[ref]
        assert word in row["text"] and row["title"] == title
        assert "feed_decoded" in {c["rule"] for c in row["provenance"]["changes"] if c["step"] == "read"}
    api = arts["json/api.json#1"]
    assert api["source"] == "E News" and str(api["published_date"]) == "2024-05-01"
    assert "xml_declaration_dropped" in {c["rule"] for c in arts["json/xhtml.html"]["provenance"]["changes"]}
    assert arts["json/shout.jsonl#1"]["persons"] == []  # a word in capitals is no name


# --- round 2: kinds round 1 did not cover (tests/hostile.py write_round2) ----------------


def _rules(row: dict) -> set[str]:
    return {f"{c['step']}:{c['rule']}" for c in row["provenance"]["changes"]}


def test_round2_pages_the_parser_could_not_take_whole_keep_every_word(hostile_run):
    inp, out, _, _ = hostile_run
    arts = {r["input_ref"]: r for r in _table(out, "articles").iter_rows(named=True)}
    deep = arts["round2/html/deep.html"]
    assert "extract:nesting_flattened" in _rules(deep) and "Officer number" in deep["text"]
    fonts = arts["round2/html/fonts.html"]  # the last paragraph was lost past libxml2's 255 levels
    last = (inp / "round2/html/fonts.html").read_text().rsplit('<font face="Arial">', 1)[1].split(":")[0]  # "Paragraph N"
    assert f"{last}:" in fonts["text"] and "extract:nesting_flattened" in _rules(fonts)
    assert "extract:attributes_trimmed" in _rules(arts["round2/html/attrs.html"])
    assert "Officer number" in arts["round2/html/jsonld.html"]["text"]


def test_round2_format_characters_are_spelling_and_stay(hostile_run):
    _, out, _, _ = hostile_run
    arts = {r["input_ref"]: r for r in _table(out, "articles").iter_rows(named=True)}
    assert "می\u200cخواهم" in arts["round2/html/persian.html"]["text"]  # ZWNJ: trafilatura dropped it, unrecorded
    rtl = arts["round2/html/rtl.html"]["text"]
    assert "\u200f" in rtl and "\u202b" in rtl
    assert "東京都" in arts["round2/html/sjis.html"]["text"]
    lying = arts["round2/html/lying-meta.html"]
    assert lying["title"] == "Новости Москвы" and "Мэрия Москвы" in lying["text"] and "decode:meta_charset_failed" in _rules(lying)


def test_round2_json_records_are_read_as_what_they_are(hostile_run):
    _, out, _, _ = hostile_run
    arts = {r["input_ref"]: r for r in _table(out, "articles").iter_rows(named=True)}
    nan = arts["round2/json/numbers.jsonl#1"]
    assert nan["title"] is None and "read:metadata_not_text" in _rules(nan)  # never the title "nan"
    assert arts["round2/json/numbers.jsonl#3"]["url"] is None
    assert "read:metadata_not_text" in _rules(arts["round2/json/numbers.jsonl#2"])  # 5,000 digits: the record is kept
    joined = arts["round2/json/shapes.jsonl#1"]
    assert "read:body_joined" in _rules(joined) and joined["text"].count("Officer number") == 3
    assert all("read:json_document" in _rules(arts[f"round2/json/pretty.jsonl#{n}"]) for n in (1, 2))
    assert all("read:json_lines" in _rules(arts[f"round2/json/lines.json#{n}"]) for n in (1, 2))
    assert all("read:compressed_inside" in _rules(arts[f"round2/json/packed.jsonl#{n}"]) for n in (1, 2))
    assert "read:nul_stripped" in _rules(arts["round2/json/nul.jsonl#3"])
    meta = [arts[f"round2/json/meta.jsonl#{n}"] for n in range(1, 7)]
    assert meta[0]["url"] is meta[1]["url"] is None and "url:not_a_page_url" in _rules(meta[0])
    assert meta[2]["url"] == "https://e.org/a b"
    assert str(meta[3]["provenance"]["fetched_at"])[:10] == "2024-05-01" and str(meta[3]["published_date"]) == "2024-05-01"
    assert meta[4]["provenance"]["fetched_at"] is None and "read:fetched_at_unparsed" in _rules(meta[4])
    assert meta[5]["provenance"]["fetched_at"] is None and meta[5]["published_date"] is None
    mongo = arts["round2/json/mongo.jsonl#1"]
    assert str(mongo["published_date"]) == "2024-05-01" and str(mongo["provenance"]["fetched_at"])[:10] == "2024-05-01"
    saved = arts["round2/html/record.html"]
    assert saved["title"] == "Saved as .html" and not saved["text"].startswith("{") and "read:json_in_file" in _rules(saved)
    assert "read:json_in_file" not in _rules(arts["round2/fs/braces.txt"]) and arts["round2/fs/braces.txt"]["text"].startswith("{Editor")
    rejects = {r["input_ref"]: r for r in _table(out, "rejects").iter_rows(named=True)}
    assert rejects["round2/json/shapes.jsonl#2"]["detail"] == "the body field 'text' is a JSON dict, not a string"
    assert rejects["round2/json/zipped.jsonl"]["detail"].startswith("zip data inside")
    assert rejects["round2/json/empty.json"]["detail"] == "the file is empty"


def test_round2_a_warc_record_without_its_uri_is_read_and_so_is_the_rest(hostile_run):
    _, out, _, _ = hostile_run
    arts = {r["input_ref"]: r for r in _table(out, "articles").iter_rows(named=True)}
    assert arts["round2/warc/nouri.warc#1"]["url"] is None
    assert arts["round2/warc/nouri.warc#2"]["url"] == "https://e.org/after"
    assert "Officer number" in arts["round2/warc/mixed.warc.gz#8"]["text"]  # the chunked body, de-chunked
