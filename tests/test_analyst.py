"""The analyst's side: tables always there, a contract that describes itself, article versions,
``newsclean stats``/``report``/``explain``, URL outputs refused, quiet console with logs for the server.

Datasets are built without Prefect (:mod:`localrun`): the flow's own steps, in this process.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest
from conftest import REPO, SAMPLES, write_bad_inputs
from localrun import run_local

from newsclean.analyst.dataset import Dataset
from newsclean.analyst.explain import explain
from newsclean.analyst.stats import compute
from newsclean.schemas.arrow import DESCRIPTION_KEY, SCHEMA_VERSION_KEY, TABLE_KEY, TABLE_SCHEMAS
from newsclean.schemas.describe import data_dictionary, schema_document
from newsclean.schemas.models import SCHEMA_VERSION
from newsclean.schemas.vocabulary import describe, vocabulary

TABLES = ("articles", "duplicates", "rejects")

STORY = (
    "Harbour reopens after the storm\n\n"
    "The city harbour reopened on Tuesday after a week of repairs to the northern pier, officials said.\n\n"
    "Share this article\n\n"
    "Mayor Anna Keller told reporters that ferries would run a reduced timetable until the end of the month "
    "while engineers finish inspecting the breakwater and the old customs quay.\n\n"
    "Fishermen said the closure had cost them most of the autumn season, and asked the council for compensation "
    "before the winter storms arrive on the coast again this year.\n"
)


def _story(edit: str = "") -> str:
    return STORY.replace("reduced timetable", f"reduced timetable{edit}")


@pytest.fixture(scope="module")
def samples_dataset(tmp_path_factory) -> Path:
    """The five bundled samples: articles only (no duplicate, no reject)."""
    out = tmp_path_factory.mktemp("samples") / "out"
    m = run_local(SAMPLES, out)
    assert (m.counts.articles, m.counts.duplicates, m.counts.rejects) == (5, 0, 0)
    return out


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> tuple[Path, Path]:
    """A story, a near copy, an exact copy, bad inputs (one JSONL line of which is an article): all three tables have rows."""
    inbox = tmp_path_factory.mktemp("mixed-in")
    (inbox / "a.txt").write_text(_story(), encoding="utf-8")
    # a shorter near copy: the longer original stays the representative
    (inbox / "b.txt").write_text(_story().replace("a reduced timetable", "a timetable").replace("Share this article\n\n", ""), encoding="utf-8")
    (inbox / "c.txt").write_text(_story(), encoding="utf-8")
    write_bad_inputs(inbox / "bad")
    out = tmp_path_factory.mktemp("mixed-out") / "out"
    run_local(inbox, out)
    return inbox, out


# --- 1. every table is always there, and describes itself ------------------------------


def _parts(out: Path, table: str) -> list[Path]:
    return sorted((out / table).glob("*.parquet"))


def test_tables_without_rows_exist_as_empty_parquet_readable_by_duckdb_polars_pandas(samples_dataset):
    out = samples_dataset
    for table in TABLES:
        parts = _parts(out, table)
        assert parts, f"{table}/ missing"
        assert pl.read_parquet(f"{out}/{table}/*.parquet").columns == TABLE_SCHEMAS[table].names
        assert list(pd.read_parquet(out / table).columns) == TABLE_SCHEMAS[table].names
        n = duckdb.sql(f"select count(*) from read_parquet('{out}/{table}/*.parquet')").fetchall()[0][0]
        assert n == (5 if table == "articles" else 0)
    # the empty parts carry the schema, not just a file
    assert pq.read_schema(_parts(out, "duplicates")[0]).names == TABLE_SCHEMAS["duplicates"].names


def test_empty_part_written_once_per_dataset_and_not_beside_rows(samples_dataset, mixed, tmp_path):
    # a second run that writes nothing adds no second empty part
    out = tmp_path / "out"
    shutil.copytree(samples_dataset, out)
    before = [len(_parts(out, t)) for t in TABLES]
    assert before[1:] == [1, 1]
    run_local(SAMPLES, out)
    assert [len(_parts(out, t)) for t in TABLES] == before
    # a table with rows gets no empty part next to them
    _, mixed_out = mixed
    for table in TABLES:
        assert all(pq.read_metadata(p).num_rows > 0 for p in _parts(mixed_out, table)), table


def test_readme_example_on_a_dataset_without_duplicates_or_rejects(samples_dataset, capsys):
    readme = (REPO / "README.md").read_text()
    block = re.search(r"### Reading it\s+```python\n(.*?)```", readme, re.S).group(1)
    exec(compile(block.replace('out = "data/clean"', f'out = "{samples_dataset}"'), "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "5 latest articles" in printed
    assert "boilerplate" in printed


def test_parquet_files_carry_schema_version_and_a_description_of_every_field(mixed):
    _, out = mixed
    for table in TABLES:
        schema = pq.read_schema(_parts(out, table)[0])
        assert schema.metadata[SCHEMA_VERSION_KEY] == SCHEMA_VERSION.encode()
        assert schema.metadata[TABLE_KEY] == table.encode()

        def check(fields, prefix="", table=table):
            for f in fields:
                assert (f.metadata or {}).get(DESCRIPTION_KEY), f"{table}.{prefix}{f.name} has no description"
                t = f.type.value_type if hasattr(f.type, "value_type") else f.type
                if hasattr(t, "num_fields") and t.num_fields:
                    check([t.field(i) for i in range(t.num_fields)], f"{prefix}{f.name}.", table)

        check(list(schema))
    # polars and DuckDB readers still see plain columns
    assert "supersedes" in pl.read_parquet(f"{out}/articles/*.parquet").columns


def test_schema_json_is_written_and_matches_the_models(samples_dataset):
    doc = json.loads((samples_dataset / "_schema.json").read_text())
    assert doc == json.loads(json.dumps(schema_document()))
    assert doc["schema_version"] == SCHEMA_VERSION
    cols = {c["name"] for c in doc["tables"]["articles"]["columns"]}
    assert {"article_id", "provenance.changes.rule", "person_mentions.flags", "supersedes"} <= cols
    assert all(c["description"] for t in doc["tables"].values() for c in t["columns"])


def test_data_dictionary_page_is_up_to_date():
    page = (REPO / "docs" / "DATA_DICTIONARY.md").read_text(encoding="utf-8")
    assert page == data_dictionary(), "docs/DATA_DICTIONARY.md is stale: run `make dictionary`"
    for table in schema_document()["tables"].values():
        for c in table["columns"]:
            assert f"| `{c['name']}` |" in page
    for _, codes in vocabulary().values():
        for code in codes:
            assert f"| `{code}` |" in page


def test_vocabulary_describes_every_code_the_cleaners_produce(mixed, samples_dataset):
    from newsclean.cleaners.boilerplate.residue import LINE_RULES

    seen: dict[str, set[str]] = {k: set() for k in ("change_rules", "reject_reasons", "person_flags", "date_mention_flags",
                                                     "published_date_flags", "published_date_source", "duplicate_method")}
    for out in (mixed[1], samples_dataset):
        ds = Dataset.open(out)
        for table in (ds.articles, ds.duplicates, ds.rejects):
            for prov in table.get_column("provenance").to_list():
                seen["change_rules"] |= {f"{c['step']}:{c['rule']}" for c in prov["changes"]}
        seen["reject_reasons"] |= {f"{s}:{r}" for s, r in ds.rejects.select("stage", "reason").iter_rows()}
        for a in ds.articles.to_dicts():
            seen["person_flags"] |= {f for m in a["person_mentions"] for f in m["flags"]}
            seen["date_mention_flags"] |= {f for m in a["dates_mentioned"] for f in m["flags"]}
            seen["published_date_flags"] |= set(a["published_date_flags"])
            seen["published_date_source"].add(a["published_date_source"])
        seen["duplicate_method"] |= set(ds.duplicates.get_column("method").to_list())
    seen["change_rules"] |= {f"boilerplate:{code}" for code, _ in LINE_RULES}
    missing = {k: sorted(c for c in v if describe(k, c) is None) for k, v in seen.items()}
    assert not any(missing.values()), missing
    assert len(seen["change_rules"]) > 15 and seen["reject_reasons"] and seen["person_flags"]
    # and a made-up code is not "described" by accident
    assert describe("reject_reasons", "decode:made_up") is None
    assert describe("person_flags", "made_up") is None


def test_vocabulary_prefers_a_rule_registry_when_one_exists(monkeypatch):
    """The shape of ``newsclean.cleaners.rules`` (RULES of Rule(code, doc, pattern), REJECT_REASONS, SKIP_REASONS)."""
    import types

    rule = types.SimpleNamespace
    fake = types.ModuleType("newsclean.cleaners.rules")
    fake.RULES = {
        "boilerplate:share_widget": rule(code="boilerplate:share_widget", doc="from the registry", pattern=None),
        "boilerplate:brand_new": rule(code="boilerplate:brand_new", doc="a rule the registry adds", pattern=None),
        "encoding:<ftfy fixer>": rule(code="encoding:<ftfy fixer>", doc="an ftfy fixer", pattern="encoding:(?:fix_a|fix_b)"),
    }
    fake.REJECT_REASONS = {"empty": rule(code="decode:empty", stage="decode", reason="empty", doc="registry: no content")}
    fake.SKIP_REASONS = {"not_html": "registry: not html", "{warc_type}": "registry: a non-response record"}
    monkeypatch.setitem(sys.modules, "newsclean.cleaners.rules", fake)
    voc = vocabulary()
    rules = voc["change_rules"][1]
    assert rules["boilerplate:share_widget"] == "from the registry"
    assert rules["boilerplate:brand_new"] == "a rule the registry adds"
    assert "decode:bom" not in rules  # the registry is the source where it exists...
    assert "dates:published_from_<source>" in rules  # ...our family lines stay
    assert describe("change_rules", "encoding:fix_b") == "an ftfy fixer"  # the registry's open family
    assert voc["reject_reasons"][1] == {"decode:empty": "registry: no content"}
    assert voc["skipped_records"][1]["<warc_type>"] == "registry: a non-response record"
    assert "after_fetch" in voc["published_date_flags"][1]  # vocabularies the registry does not hold stay
    assert "registry: no content" in data_dictionary()


# --- article versions ---------------------------------------------------------------------------


def test_an_edited_input_is_a_new_version_not_a_near_duplicate_of_itself(tmp_path):
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    story = inbox / "story.txt"
    story.write_text(_story(), encoding="utf-8")
    first = run_local(inbox, out)
    assert first.counts.articles == 1
    story.write_text(_story(" and extra night buses for shift workers"), encoding="utf-8")
    second = run_local(inbox, out)
    assert (second.counts.articles, second.counts.duplicates, second.counts.new_versions) == (1, 0, 1)
    arts = pl.read_parquet(f"{out}/articles/*.parquet").sort(pl.col("provenance").struct.field("run_id"))
    assert arts.get_column("input_ref").to_list() == ["story.txt", "story.txt"]
    old, new = arts.to_dicts()
    assert old["supersedes"] is None and new["supersedes"] == old["article_id"]
    assert "extra night buses" in new["text"]
    latest = duckdb.sql(f"""
        select text from read_parquet('{out}/articles/*.parquet')
        where article_id not in (select supersedes from read_parquet('{out}/articles/*.parquet') where supersedes is not null)
    """).fetchall()
    assert len(latest) == 1 and "extra night buses" in latest[0][0]
    assert compute(out)["totals"]["latest_articles"] == 1
    # a later copy of the new text under another name lands on the new version
    (inbox / "copy.txt").write_text(story.read_text(encoding="utf-8"), encoding="utf-8")
    run_local(inbox, out)
    dup = pl.read_parquet(f"{out}/duplicates/*.parquet").filter(pl.col("input_ref") == "copy.txt")
    assert dup.get_column("duplicate_of").to_list() == [new["article_id"]]


def test_same_text_new_bytes_stays_an_exact_duplicate_and_other_inputs_stay_near_duplicates(tmp_path):
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    (inbox / "story.txt").write_text(_story(), encoding="utf-8")
    run_local(inbox, out)
    (inbox / "story.txt").write_text(_story() + "\n\n", encoding="utf-8")  # new bytes, same text
    (inbox / "other.txt").write_text(_story(" and extra night buses for shift workers"), encoding="utf-8")
    m = run_local(inbox, out)
    assert (m.counts.articles, m.counts.duplicates, m.counts.new_versions) == (0, 2, 0)
    dups = {d["input_ref"]: d["method"] for d in pl.read_parquet(f"{out}/duplicates/*.parquet").to_dicts()}
    assert dups == {"story.txt": "exact", "other.txt": "near"}
    assert pl.read_parquet(f"{out}/articles/*.parquet").get_column("supersedes").null_count() == 1


# --- stats, report, explain -------------------------------------------------------------------------


def test_stats_numbers(mixed):
    _, out = mixed
    s = compute(out)
    t = s["totals"]
    assert (t["articles"], t["duplicates"]) == (2, 2) and t["rejects"] >= 5  # the story and the JSONL article
    assert t["records"] == t["articles"] + t["duplicates"] + t["rejects"]
    assert {r["method"]: r["rows"] for r in s["duplicates_by_method"]} == {"exact": 1, "near": 1}
    assert s["cluster_sizes"] == [{"size": 1, "clusters": 1}, {"size": 3, "clusters": 1}]
    reasons = {r["reason"] for r in s["rejects_by_reason"]}
    assert {"decode:empty", "decode:binary", "read:gzip_error", "read:bad_json"} <= reasons
    assert sum(r["rows"] for r in s["rejects_by_reason"]) == t["rejects"]
    lines = {(r["rule"], r["line"]) for r in s["top_removed_lines"]}
    assert ("share_widget", "Share this article") in lines
    assert not any(r["rule"] == "title_line" for r in s["top_removed_lines"])  # moved to title, not removed
    assert s["languages"] == [{"language": "en", "articles": 2}]
    assert s["top_persons"] and s["top_persons"][0]["person"] == "Anna Keller"
    assert s["text_length"]["count"] == 2 and sum(b["articles"] for b in s["text_length_histogram"]) == 2
    assert len(s["runs"]) == 1 and s["runs"][0]["read"] == t["records"]


def _cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    """``newsclean ARGS`` in this process (a subprocess costs seconds of imports on a loaded box)."""
    import contextlib
    import io

    from newsclean import cli

    out, err = io.StringIO(), io.StringIO()
    here = Path.cwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(list(args))
            except SystemExit as exc:  # argparse errors
                code = exc.code
    finally:
        os.chdir(here)
    return subprocess.CompletedProcess(["newsclean", *args], code, out.getvalue(), err.getvalue())


def test_console_script_runs_the_analyst_commands(mixed):
    _, out = mixed
    res = subprocess.run([str(Path(sys.executable).parent / "newsclean"), "stats", str(out), "--json"],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["totals"]["duplicates"] == 2


def test_stats_cli_json_and_terminal(mixed):
    _, out = mixed
    res = _cli("stats", str(out), "--json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout) == json.loads(json.dumps(compute(out), default=str))
    res = _cli("stats", str(out))
    assert res.returncode == 0, res.stderr
    for title in ("Rejects by reason", "Duplicates by method", "Top persons", "Runs"):
        assert title in res.stdout
    res = _cli("stats", str(out.parent / "not-there"))
    assert res.returncode == 2 and "no such folder" in res.stderr


def test_report_html_is_self_contained(mixed, tmp_path):
    _, out = mixed
    target = tmp_path / "r.html"
    res = _cli("report", str(out), "-o", str(target))
    assert res.returncode == 0, res.stderr
    page = target.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src\s*=", page, re.I), "a script is loaded from elsewhere"
    assert not re.search(r"<link[^>]+href\s*=\s*['\"]?https?:", page, re.I)
    assert page.count("<script") >= 2 and "Plotly.newPlot" in page
    for title in ("Articles per publication day", "Articles per source", "Languages", "Rejects by reason",
                  "Duplicates by method", "Story clusters by size", "Top removed boilerplate lines per source",
                  "Publication-date sources", "Top persons", "Text length", "Runs over time"):
        assert f"<h2>{title}</h2>" in page
    embedded = json.loads(re.search(r"id='newsclean-stats'>(.*?)</script>", page, re.S).group(1))
    assert embedded["totals"] == compute(out)["totals"]
    # default location: inside the dataset, in a folder readers ignore
    assert _cli("report", str(out)).returncode == 0
    assert (out / "_reports" / "quality.html").is_file()


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


def test_report_renders_its_charts_in_headless_chromium(mixed, tmp_path, request):
    browser = _chromium()
    if browser is None:
        pytest.skip("Chromium is not installed and could not be (`apt-get install -y chromium`; .ci/run installs it)")
    _, out = mixed
    page = tmp_path / "report.html"
    assert _cli("report", str(out), "-o", str(page)).returncode == 0
    artefacts = REPO / ".pytest-artifacts"
    artefacts.mkdir(exist_ok=True)
    shot = artefacts / "quality-report.png"
    shot.unlink(missing_ok=True)
    base = [browser, *CHROMIUM_FLAGS]
    res = subprocess.run(
        [*base, f"--user-data-dir={tmp_path / 'profile1'}", "--window-size=1280,4000", f"--screenshot={shot}", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    assert shot.is_file() and shot.stat().st_size > 20_000, res.stderr[-2000:]
    dom = subprocess.run(
        [*base, f"--user-data-dir={tmp_path / 'profile2'}", "--virtual-time-budget=10000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    ).stdout
    charts = re.findall(r"<div id=\"chart-\d+\"[^>]*class=\"[^\"]*js-plotly-plot", dom)
    drawn = dom.count('<svg class="main-svg"')
    n_figures = len(re.findall(r"Plotly.newPlot", page.read_text(encoding="utf-8")))
    # every figure became a plotly plot with its SVG layers, and bars were drawn
    assert len(charts) == n_figures >= 9, (len(charts), n_figures)
    assert drawn >= 2 * n_figures
    assert dom.count('class="point"') >= 10
    print(f"\n[report] {page.stat().st_size / 1e6:.1f} MB, {n_figures} charts rendered, screenshot {shot}")


def test_explain_an_article_shows_removed_lines_in_context_and_its_copies(mixed):
    _, out = mixed
    r = explain(out, "a.txt")
    assert r["found"] == 1
    rec = r["records"][0]
    assert rec["table"] == "articles"
    lines = rec["removed"]["lines"]
    i = next(i for i, line in enumerate(lines) if line["kind"] == "removed" and line["line"] == "Share this article")
    assert lines[i]["rule"] == "share_widget" and lines[i]["meaning"]
    assert any(line["kind"] == "kept" and "harbour reopened" in line["line"] for line in lines[:i])  # context before
    assert any(line["kind"] == "kept" and "Mayor Anna Keller" in line["line"] for line in lines[i:])  # and after
    assert rec["removed"]["context_from"].startswith("re-read from")
    copies = {c["input_ref"]: c["method"] for c in rec["dedup"]["copies"]}
    assert copies == {"b.txt": "near", "c.txt": "exact"}
    assert rec["date"]["source"] == "none" and rec["date"]["meaning"]
    assert [n["canonical"] for n in rec["names"]] == ["Anna Keller"]
    # by article_id: the same record
    assert explain(out, rec["article_id"])["records"][0]["input_ref"] == "a.txt"


def test_explain_a_duplicate_and_a_reject(mixed):
    _, out = mixed
    dup = explain(out, "b.txt")["records"][0]
    assert dup["table"] == "duplicates" and dup["dedup"]["method"] == "near"
    assert dup["dedup"]["representative"]["input_ref"] == "a.txt"
    assert 0 < dup["dedup"]["similarity"] < 1
    rej = explain(out, "bad/empty.txt")["records"][0]
    assert rej["table"] == "rejects" and rej["dedup"]["decision"] == "rejected at decode: empty"
    assert rej["dedup"]["meaning"]


def test_explain_without_the_input_lists_lines_and_says_why(mixed, tmp_path):
    inbox, out = mixed
    moved = tmp_path / "moved"
    shutil.copytree(out, moved)
    manifest = next((moved / "_runs").glob("*.json"))
    data = json.loads(manifest.read_text())
    data["input_dir"] = str(tmp_path / "gone")
    manifest.write_text(json.dumps(data))
    rec = explain(moved, "a.txt")["records"][0]
    assert rec["removed"]["context_from"] is None and "no longer there" in rec["removed"]["note"]
    assert any(line["line"] == "Share this article" for line in rec["removed"]["lines"])


def test_explain_cli(mixed):
    _, out = mixed
    res = _cli("explain", str(out), "a.txt")
    assert res.returncode == 0, res.stderr
    assert "- Share this article" in res.stdout and "share_widget" in res.stdout
    assert "exact" in res.stdout and "Anna Keller" in res.stdout
    res = _cli("explain", str(out), "b.txt", "--json")
    assert json.loads(res.stdout)["records"][0]["dedup"]["method"] == "near"
    res = _cli("explain", str(out), "no-such-record")
    assert res.returncode == 2 and "nothing" in res.stdout


def test_explain_in_the_terminal_clips_a_huge_value_and_json_keeps_it(mixed):
    from io import StringIO

    from rich.console import Console

    from newsclean.analyst.explain import DISPLAY_CHARS, print_explanation

    _, out = mixed
    result = explain(out, "a.txt")
    huge = "T" * 200_000  # one record's title can be anything a feed wrote; rich's highlighter was quadratic on it
    result["records"][0]["title"] = huge
    buf = StringIO()
    print_explanation(result, Console(file=buf, width=100, highlight=False))
    shown = buf.getvalue()
    assert f"(+{200_000 - DISPLAY_CHARS} characters; --json shows all)" in shown and len(shown) < 20_000
    assert "Anna Keller" in shown  # the rest of the explanation is still there
    assert explain(out, "a.txt")["records"][0]["title"] != huge  # the JSON view is the data, never clipped


# --- operations: URLs refused, the --since wording, logs -----------------------------------------------


def test_url_output_is_refused_before_any_work(tmp_path):
    from newsclean.store.location import NotALocalPathError, require_local, url_problem

    for url in ("s3://bucket/clean", "gs://b/x", "memory://x", "file:///tmp/x"):
        assert url_problem(url)
        with pytest.raises(NotALocalPathError):
            require_local(url)
    for path in ("data/clean", "/mnt/s3/clean", "C:\\data\\clean", "weird:name"):
        assert url_problem(path) is None
    res = _cli("backfill", "--input", str(SAMPLES), "--output", "s3://bucket/clean", cwd=tmp_path)
    assert res.returncode == 2 and "s3:// URL" in res.stderr and "local or mounted" in res.stderr
    assert not (tmp_path / "s3:").exists()


def test_summary_says_how_many_records_were_outside_the_window(capsys, tmp_path):
    from rich.console import Console

    from newsclean.cli import print_summary
    from newsclean.report import markdown_report
    from newsclean.schemas.run import RunCounts, RunManifest

    m = RunManifest(run_id="r1", since="2024-03-01", files_planned=5, counts=RunCounts(out_of_range=5))
    console = Console(record=True, width=200)
    print_summary(m, Path("out"), console)
    text = console.export_text()
    assert "5 records were outside the --since/--until window" in text and "5 read" in text
    assert "read=0 articles=0 duplicates=0 rejects=0 out_of_range=5" in capsys.readouterr().out
    assert "5 records were outside the date window" in markdown_report(m)
    quiet = Console(record=True, width=200)
    print_summary(RunManifest(run_id="r2", files_planned=5, counts=RunCounts(read=5, articles=5)), Path("out"), quiet)
    quiet_text = quiet.export_text()
    assert "outside" not in quiet_text
    # the summary names the run's manifest only when the run wrote one
    assert "unchanged: this run found nothing new" in quiet_text and "_runs/r2.json" not in quiet_text
    (tmp_path / "_runs").mkdir()
    (tmp_path / "_runs" / "r2.json").write_text("{}", encoding="utf-8")
    wrote = Console(record=True, width=200)
    print_summary(RunManifest(run_id="r2", files_planned=5, counts=RunCounts(read=5, articles=5)), tmp_path, wrote)
    wrote_text = wrote.export_text()
    assert "_runs/r2.json" in wrote_text and "unchanged" not in wrote_text
    assert "outside the date window**" not in markdown_report(RunManifest(run_id="r2"))


def test_run_report_links_the_html_report(tmp_path):
    from newsclean.report import markdown_report
    from newsclean.schemas.run import RunManifest

    path = tmp_path / "_reports" / "quality.html"
    md = markdown_report(RunManifest(run_id="r1"), path)
    assert f"({path.as_uri()})" in md
    assert "quality.html" not in markdown_report(RunManifest(run_id="r1"))


def test_cli_quiets_the_console_not_the_server_logs(monkeypatch):
    from newsclean import cli

    for var in ("PREFECT_LOGGING_LEVEL", "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL"):
        monkeypatch.delenv(var, raising=False)
    cli._quiet_prefect(verbose=False)
    assert os.environ["PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL"] == "WARNING"
    assert "PREFECT_LOGGING_LEVEL" not in os.environ  # INFO still reaches the API handler
    monkeypatch.delenv("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL")
    cli._quiet_prefect(verbose=True)
    assert "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL" not in os.environ


def test_dataset_reads_parts_of_an_older_schema_without_the_new_columns(samples_dataset, tmp_path):
    """A dataset started before ``supersedes`` existed: stats and explain still read it (the column is null)."""
    out = tmp_path / "old"
    shutil.copytree(samples_dataset, out)
    part = next(p for p in _parts(out, "articles") if pq.read_metadata(p).num_rows)
    old = pq.read_table(part).drop_columns(["supersedes"])
    pq.write_table(old, part)
    ds = Dataset.open(out)
    assert ds.table("articles", ["article_id", "supersedes"]).get_column("supersedes").null_count() == ds.articles.height
    assert compute(out)["totals"]["articles"] == 5
