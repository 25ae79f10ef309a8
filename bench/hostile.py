"""Peak memory on hostile inputs: a gzip bomb and a 200 MB text must stay far below 1 GB.

Builds (in a temporary folder, streaming, so the bench itself stays small):

- ``bomb.html.gz``: 1 GiB of zeros gzipped (about 1 MB on disk);
- ``huge.txt.gz``: 200 MB of text gzipped (about 0.9 MB on disk; the issue's case);
- ``bomb.warc.gz``: one WARC response whose HTTP body is a gzip Content-Encoding bomb (1 GiB);
- ``page.html``: an ordinary page, the baseline.

and cleans each in a fresh process, twice: with ``newsclean clean FILE`` and
with the batch functions a backfill worker runs (read, phase 1, phase 2).
Reports each child's peak RSS (``ru_maxrss`` from ``wait4``) and the reject
reason. Default limits (newsclean.limits). Run:

    .venv/bin/python bench/hostile.py
"""
from __future__ import annotations

import gzip
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PY = sys.executable
CHUNK = 8 << 20

_BATCH = """
import sys, json
from pathlib import Path
from newsclean.batch import draft_files, finish_drafts
from newsclean.cleaners.pipeline import RunContext
from newsclean.plan import DateRange, plan_files
from newsclean.resources import load_default_gazetteer
path = Path(sys.argv[1])
plan = plan_files(path, Path(sys.argv[2]), DateRange(), True)
ctx = RunContext("bench", "bench", load_default_gazetteer())
out = draft_files(plan.files, str(path.parent), ctx, DateRange())
rows = out.rejects + finish_drafts(out.drafts, ctx, {})
print(json.dumps([[type(r).__name__, getattr(r, "reason", None), len(getattr(r, "raw", b"") or b"")] for r in rows]))
"""


def _gzip_stream(path: Path, chunks, level: int = 6) -> None:
    with gzip.open(path, "wb", compresslevel=level) as gz:
        for chunk in chunks:
            gz.write(chunk)


def build(folder: Path) -> dict[str, Path]:
    zeros = b"\0" * CHUNK
    _gzip_stream(folder / "bomb.html.gz", (zeros for _ in range((1 << 30) // CHUNK)), 9)
    words = (b"The council met again on Thursday and the harbour stayed closed. " * (CHUNK // 66 + 1))[:CHUNK]
    _gzip_stream(folder / "huge.txt.gz", (words for _ in range(200_000_000 // CHUNK)), 9)
    # a WARC record whose HTTP body is gzip-encoded: 1 GiB once decoded
    body = io.BytesIO()
    _gzip_stream_to(body, (zeros for _ in range((1 << 30) // CHUNK)))
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(folder / "bomb.warc.gz", "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], protocol="HTTP/1.1")
        body.seek(0)
        w.write_record(w.create_warc_record("https://e.org/bomb", "response", payload=body, http_headers=http))
    page = "".join(f"<p>The harbour authority met on day {i} and agreed to repair the northern pier before summer.</p>" for i in range(40))
    (folder / "page.html").write_text(f"<html><head><title>Harbour</title></head><body><article>{page}</article></body></html>")
    return {p.name: p for p in sorted(folder.iterdir())}


def _gzip_stream_to(fh, chunks) -> None:
    with gzip.GzipFile(fileobj=fh, mode="wb", compresslevel=9) as gz:
        for chunk in chunks:
            gz.write(chunk)


def measure(cmd: list[str]) -> tuple[float, float, str]:
    """(peak RSS in MB, seconds, stdout tail) of one child process."""
    t = time.time()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=REPO)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024, time.time() - t, out.decode(errors="replace")


def _summary(mode: str, out: str) -> str:
    import json

    try:
        data = json.loads(out)
    except ValueError:
        return out.strip()[-120:]
    if mode == "clean":
        rows = data if isinstance(data, list) else [data]
        return "; ".join(f"{r.get('kind')} {r.get('reason') or ''} raw={r.get('raw_bytes', 0)}".strip() for r in rows)
    return "; ".join(f"{kind} {reason or ''} raw={n}" for kind, reason, n in data)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        files = build(folder)
        print(f"{'input':<14} {'on disk':>10} {'mode':<6} {'peak RSS':>10} {'time':>7}  result")
        for name, path in files.items():
            for mode in ("clean", "batch"):
                if mode == "clean":
                    cmd = [str(REPO / ".venv/bin/newsclean"), "clean", str(path)]
                else:
                    cmd = [PY, "-c", _BATCH, str(path), str(Path(tmp) / f"out-{name}")]
                rss, secs, out = measure(cmd)
                print(f"{name:<14} {path.stat().st_size / 1e6:>8.2f}MB {mode:<6} {rss:>8.0f}MB {secs:>6.1f}s  {_summary(mode, out)}")


if __name__ == "__main__":
    main()
