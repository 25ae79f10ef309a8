"""Throughput of decode_bytes + fix_text (run by hand: .venv/bin/python bench/encoding.py).

Inputs: the five seeds (UTF-8), the same text as undeclared cp1252 bytes
(detection path), and the seeds with injected mojibake (repair path).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsclean.cleaners.encoding import decode_bytes, fix_text  # noqa: E402

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
ROUNDS = 20


def bench(name: str, docs: list[bytes]) -> None:
    start = time.perf_counter()
    size = 0
    for _ in range(ROUNDS):
        for data in docs:
            text, _ = decode_bytes(data, None)
            fix_text(text)
            size += len(data)
    secs = time.perf_counter() - start
    n = ROUNDS * len(docs)
    print(f"{name:28s} {n / secs:8.1f} docs/s  {size / secs / 1e6:6.2f} MB/s")


def main() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    bench("utf-8 seeds", [t.encode() for t in texts])
    latin = [t.replace("’", "'").replace("“", '"').replace("”", '"') + " café" for t in texts]
    bench("undeclared cp1252", [t.encode("cp1252", errors="ignore") for t in latin])
    bench("mojibake (utf-8 read as cp1252)", [t.encode().decode("cp1252", errors="ignore").encode() for t in texts])


if __name__ == "__main__":
    main()
