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
