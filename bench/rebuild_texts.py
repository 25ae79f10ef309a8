"""Rebuild the fetched texts of the hand-labelled names batches on a fresh machine.

The labels (``tests/data/names/unseen.json``, ``unseen_batch*.json``) are committed; the
article texts they label are third-party data kept in the git-ignored ``.fetched/names/``
(``bench/fetched.py``). A new machine has none of them. This command rebuilds them from
the local snapshots the search tool's ``fetch`` puts in ``/work/.mirror/`` (and, for the
web-page batches, from the caches ``bench/dragnet.py extract`` and
``bench/names_links_web.py extract`` build; the CleanPortalEval one, of batches 24 and 25,
is built here where it is missing), keeps a text only when it matches the
``text_sha256`` its label carries, and says per batch how many it could rebuild and what is
missing. Nothing is downloaded and no label is changed.

Usage::

    .venv/bin/python bench/rebuild_texts.py            # every batch
    .venv/bin/python bench/rebuild_texts.py --batch 3  # one batch (1 and 2 share unseen.json)

Each source is read the way its batch was built (``tests/data/names/README.md``): the HTML
test pages through ``trafilatura.extract`` (default settings, plain or JSON output), the
Giveme5W1H news-please files by their ``text``, the BBC files by the body after the title
line, the dragnet pages by phase 1 of the pipeline, the page-signal pages by the product's
``clean_html``, the CleanPortalEval pages (batches 24, 25) by ``clean_html`` too, through
``names_hunt.cleanportal_batch`` (``names_links_web.extract("cleanportal")`` first when
``.fetched/cleanportal/pages.json`` is missing). A text built by code that has since changed no longer matches its hash:
such articles are reported as "no match" (keep the old fetched file where one exists).
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from fetched import fetched_path  # noqa: E402

MIRROR = Path("/work/.mirror")
NAMES = REPO / "tests" / "data" / "names"


def label_files() -> dict[int, Path]:
    """Batch number -> label file (batches 1 and 2 share ``unseen.json``: key 1)."""
    out = {1: NAMES / "unseen.json"}
    for f in NAMES.glob("unseen_batch*.json"):
        out[int(f.stem.removeprefix("unseen_batch"))] = f
    return dict(sorted(out.items()))


def texts_file(batch: int) -> Path:
    return fetched_path("names", "unseen_texts.json" if batch == 1 else f"unseen{batch}_texts.json")


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def git_show(repo: str, path: str) -> bytes | None:
    """The file at *path* in the snapshot of *repo* (HEAD), or None where the snapshot or file is absent."""
    gitdir = MIRROR / repo.replace("/", "+") / "repo"
    if not gitdir.exists():
        return None
    done = subprocess.run(["git", f"--git-dir={gitdir}", "show", f"HEAD:{path}"], capture_output=True)
    return done.stdout if done.returncode == 0 else None


def html_candidates(raw: bytes) -> Iterator[str]:
    """The texts trafilatura's default settings give for a page: plain and JSON output, from bytes and from text."""
    import trafilatura

    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except OSError:
            return
    for page in (raw, raw.decode("utf-8", errors="replace")):
        plain = trafilatura.extract(page)
        if plain:
            yield plain
        js = trafilatura.extract(page, output_format="json", with_metadata=True)
        if js:
            yield json.loads(js).get("text") or ""


def giveme_candidates(raw: bytes) -> Iterator[str]:
    if raw.lstrip()[:1] == b"{":
        yield json.loads(raw).get("text") or ""
    else:  # BBC: the first line is the title, the rest the text
        yield raw.decode("utf-8", errors="replace").partition("\n")[2].strip()


class WebPages:
    """The web-page batches' texts as the caches of ``bench/dragnet.py extract`` (phase 1) and
    ``bench/names_links_web.py extract`` (page-signal, ``clean_html``) rebuild them; loaded once."""

    def __init__(self) -> None:
        self._pagesignal: dict[str, str] | None = None
        self._cleanportal: dict[str, str] | None = None

    def pagesignal(self, page_id: str) -> Iterator[str]:
        if self._pagesignal is None:
            cache = REPO / ".fetched" / "pagesignal" / "pages.json"
            self._pagesignal = {p["id"]: p["text"] or "" for p in json.loads(cache.read_text())} if cache.is_file() else {}
        if page_id in self._pagesignal:
            yield self._pagesignal[page_id]

    def cleanportal(self, page_id: str) -> Iterator[str]:
        """A CleanPortalEval page's text as ``cleanportal_batch`` gives it (batches 24, 25), cleaning the pages into
        ``.fetched/cleanportal/pages.json`` first (``names_links_web.extract``) when that cache is missing."""
        if self._cleanportal is None:
            import names_hunt
            import names_links_web

            if not names_hunt.CLEANPORTAL_PAGES.is_file() and names_links_web.MERGED_REPO.exists():
                names_links_web.extract("cleanportal")
            every = len(json.loads(names_hunt.CLEANPORTAL_PAGES.read_text())) if names_hunt.CLEANPORTAL_PAGES.is_file() else 0
            self._cleanportal = {p["id"]: p["text"] for p in names_hunt.cleanportal_batch(every)} if every else {}
        if page_id in self._cleanportal:
            yield self._cleanportal[page_id]

    @staticmethod
    def dragnet(path: str) -> Iterator[str]:
        from dragnet import DATA, _page_draft

        html = DATA / path
        if html.is_file():
            page = _page_draft(Path(path).stem, html.read_bytes())
            if page is not None:
                yield page["text"]


def candidates(article: dict, web: WebPages) -> Iterator[str]:
    source, path = article["source"], article["path"]
    if source == "geodrome/page-signal":
        yield from web.pagesignal(path)
    elif path.startswith("CleanPortalEval-master/"):
        yield from web.cleanportal(article["id"])
    elif source == "seomoz/dragnet_data":
        yield from web.dragnet(path)
    elif source == "fhamborg/Giveme5W1H":
        raw = git_show(source, path)
        if raw is not None:
            yield from giveme_candidates(raw)
    else:  # the HTML test pages of extractors' repositories and scrapinghub's benchmark
        raw = git_show(source, path)
        if raw is not None:
            yield from html_candidates(raw)


def rebuild(batch: int, labels: Path, web: WebPages, progress: Callable[[str], None]) -> tuple[int, int, list[str]]:
    """Write the batch's texts file with every text that matches its label; (matched, total, unmatched ids)."""
    articles = json.loads(labels.read_text(encoding="utf-8"))["articles"]
    out_file = texts_file(batch)
    have = json.loads(out_file.read_text(encoding="utf-8")) if out_file.is_file() else {}
    texts: dict[str, str] = {}
    missing = []
    for a in articles:
        if a["id"] in have and sha(have[a["id"]]) == a["text_sha256"]:
            texts[a["id"]] = have[a["id"]]
            continue
        found = next((t for t in candidates(a, web) if sha(t) == a["text_sha256"]), None)
        if found is None:
            missing.append(a["id"])
        else:
            texts[a["id"]] = found
    if texts:
        out_file.parent.mkdir(parents=True, exist_ok=True)
        out_file.write_text(json.dumps(texts, ensure_ascii=False, indent=0), encoding="utf-8")
    progress(f"batch {batch}: {len(texts)}/{len(articles)} texts match their labels -> {out_file}")
    return len(texts), len(articles), missing


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--batch", type=int, help="one batch only (1 = unseen.json, batches 1 and 2)")
    ap.add_argument("--verbose", action="store_true", help="list the ids whose text could not be rebuilt")
    args = ap.parse_args()
    files = label_files()
    if args.batch is not None and args.batch not in files:
        raise SystemExit(f"no label file for batch {args.batch} (have {sorted(files)})")
    web = WebPages()
    short = 0
    for batch, labels in files.items():
        if args.batch is not None and batch != args.batch:
            continue
        got, total, missing = rebuild(batch, labels, web, lambda line: print(line, flush=True))
        short += total - got
        if args.verbose:
            for m in missing:
                print(f"  no match: {m}")
    print("all texts rebuilt" if short == 0 else f"{short} texts not rebuilt (see --verbose)")
    return 0 if short == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
