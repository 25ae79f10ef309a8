"""A run says which files under --input it did not read because no reader reads their type."""
from __future__ import annotations

import datetime as dt

from newsclean.plan import DateRange, plan_files


def test_unsupported_files_are_counted_by_suffix_never_read(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text("Headline\n\nThe council met on Tuesday.\n")
    (src / "a.meta.json").write_text('{"url": "https://example.org/a"}')  # a sidecar is read with its page
    (src / "feed.csv").write_text("title,text\nA,B\n")
    (src / "sub" / "export.CSV").write_text("title,text\n")
    (src / "sub" / "doc.pdf").write_bytes(b"%PDF-1.4")
    (src / "sub" / "dump.xml.gz").write_bytes(b"")
    (src / "README").write_text("notes")
    (src / ".DS_Store").write_bytes(b"\0")  # hidden files are not inputs at all
    plan = plan_files(src, tmp_path / "out", DateRange(), False)
    assert [f.file_ref for f in plan.files] == ["a.txt"]
    assert plan.ignored == {"(none)": 1, ".csv": 2, ".pdf": 1, ".xml.gz": 1}


def test_nothing_ignored_when_every_file_is_read(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "feed.jsonl").write_text('{"text": "A line."}\n')
    (tmp_path / "in" / "one.json").write_text('{"text": "A line."}')
    plan = plan_files(tmp_path / "in", tmp_path / "out", DateRange(since=dt.date(2000, 1, 1)), False)
    assert plan.ignored == {} and len(plan.files) == 2


def test_the_run_report_names_the_files_not_read():
    from newsclean.report import markdown_report
    from newsclean.schemas.run import RunManifest

    md = markdown_report(RunManifest(run_id="r1", files_ignored_unsupported={".csv": 2, ".pdf": 1}))
    assert "Files of unsupported types not read: .csv 2, .pdf 1." in md
    assert "unsupported" not in markdown_report(RunManifest(run_id="r1"))


def _dataset_files(out):
    # what a committed run leaves in its --output (the names of newsclean.store.layout)
    for rel in ("articles/part-r1.parquet", "_runs/r1.json", "_schema.json", "_reports/quality.html",
                "_residue/lines-r1.parquet", "_staging/r2/rows-0.pkl"):
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text("{}")


def test_an_output_inside_the_input_is_never_read_back_as_news(tmp_path):
    src = tmp_path / "in"
    (src / "feeds").mkdir(parents=True)
    (src / "feeds" / "a.jsonl").write_text('{"text": "A line."}\n')
    _dataset_files(src / "clean")
    (src / "clean" / "notes.txt").write_text("the user's own file beside the dataset is read")
    plan = plan_files(src, src / "clean", DateRange(), False)
    assert sorted(f.file_ref for f in plan.files) == ["clean/notes.txt", "feeds/a.jsonl"]
    assert plan.ignored == {}  # the dataset's parquet parts are not "files of another type"
    # --output equal to --input: the dataset's own names at the root are left out, nothing else
    _dataset_files(src)
    plan = plan_files(src, src, DateRange(), False)
    assert sorted(f.file_ref for f in plan.files) == ["clean/_reports/quality.html", "clean/_runs/r1.json", "clean/_schema.json",
                                                      "clean/notes.txt", "feeds/a.jsonl"]


def test_an_output_beside_the_input_changes_nothing(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    _dataset_files(src)  # a folder that merely looks like a dataset, and is not --output
    plan = plan_files(src, tmp_path / "out", DateRange(), False)
    assert "_schema.json" in {f.file_ref for f in plan.files} and plan.ignored == {".parquet": 2, ".pkl": 1}


def test_a_forced_reread_does_not_count_the_same_lines_twice(tmp_path):
    # --force re-reads files whose bytes are in the dataset already: their lines counted once,
    # or a source's per-document line counts double and a rare line could pass the learning threshold
    from localrun import run_local

    from newsclean.store.residue import load_stats

    src = tmp_path / "in"
    src.mkdir()
    for n in range(3):
        (src / f"a{n}.txt").write_text(f"Headline {n}\n\nThe council met on day {n} to discuss the harbour.\n\nSubscribe to our newsletter\n")
    out = tmp_path / "out"
    run_local(src, out)
    first = load_stats(out)
    run_local(src, out, force=True)
    assert load_stats(out) == first
    (src / "a3.txt").write_text("Headline 3\n\nA new story about the bridge and the river.\n\nSubscribe to our newsletter\n")
    (src / "a0.txt").write_text("Headline 0\n\nThe council met again, and changed its mind.\n\nSubscribe to our newsletter\n")
    run_local(src, out, force=True)  # a new file and a changed one count; the two unchanged ones do not
    (source, (docs, lines)), = load_stats(out).items()
    assert docs == first[source][0] + 2
    plan = plan_files(src, out, DateRange(), True)
    assert sorted(f.file_ref for f in plan.files if f.reread) == ["a0.txt", "a1.txt", "a2.txt", "a3.txt"]
    assert not any(f.reread for f in plan_files(src, tmp_path / "fresh", DateRange(), True).files)
