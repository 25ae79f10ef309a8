"""Main text and metadata from an HTML page with trafilatura.

Two trafilatura passes, combined line by line (measured on the scrapinghub
benchmark, see ``bench/extraction.py``):

* the *precise* pass (``favor_precision=True``) drops more page furniture, but
  now and then loses a paragraph in the middle of the article, or keeps only a
  reprint notice and loses the whole article;
* the *default* pass keeps those paragraphs, and more furniture around them.

:func:`combine_passes` takes the default pass's lines from the first to the
last line the precise pass kept (the gaps inside the article come back, the
furniture outside it stays out), and falls back to the default pass when the
precise one kept too little to be the article.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import trafilatura

from cleaners.change import Change, Rejection

STEP = "extract"

# When the precise pass keeps less than this share of the default pass's
# characters, it has lost the article (a page where it kept only a reprint
# notice); the default pass is used instead. Pages where the precise pass is
# right to drop most of the default output (a long list of teasers around a
# short article) keep more than this share.
PRECISE_MIN_SHARE = 0.2

_OPTIONS = dict(
    include_comments=False,  # reader comments are not the article
    include_tables=True,  # tables in articles are content (scores, results)
    deduplicate=False,  # dedup is ours, across records, not trafilatura's cache
)


@dataclass(slots=True)
class Extraction:
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None  # page-level publication date (ISO), if the page declares one
    sitename: str | None = None
    url: str | None = None
    description: str | None = None
    changes: list[Change] = field(default_factory=list)


def _authors(raw: str | None) -> list[str]:
    if not raw:
        return []
    return [a.strip() for a in raw.split(";") if a.strip()]


def combine_passes(default: str, precise: str) -> tuple[str, str]:
    """Combine the default and the precise trafilatura text; return (text, rule code).

    >>> combine_passes("Menu\\nPara one.\\nPara two.\\nPara three.\\nFooter", "Para one.\\nPara three.")
    ('Para one.\\nPara two.\\nPara three.', 'gap_fill')
    >>> combine_passes("Para one is long.\\nPara two is longer.", "Print")
    ('Para one is long.\\nPara two is longer.', 'default_fallback')
    """
    if not precise.strip():
        return default, "default_fallback"
    if not default.strip():
        return precise, "precise"
    if len(precise) < PRECISE_MIN_SHARE * len(default):
        return default, "default_fallback"
    lines = default.split("\n")
    kept = [line for line in precise.split("\n") if line.strip()]
    known = set(lines)
    if any(line not in known for line in kept):
        return precise, "precise"  # the passes segmented the page differently: trust the precise one
    wanted = set(kept)
    hits = [i for i, line in enumerate(lines) if line in wanted]
    span = "\n".join(lines[hits[0] : hits[-1] + 1])
    return span, ("gap_fill" if span != "\n".join(kept) else "precise")


def _drop_title_line(text: str, title: str | None) -> tuple[str, list[Change]]:
    """Pages repeat their headline above the body; the title is metadata already."""
    if not title:
        return text, []
    head, sep, rest = text.partition("\n")
    if sep and rest.strip() and " ".join(head.split()).casefold() == " ".join(title.split()).casefold():
        return rest.lstrip("\n"), [Change("boilerplate", "title_repeat", head.strip())]
    return text, []


def extract_html(html: str, url: str | None = None) -> Extraction:
    """Extract the article body and metadata; raise :class:`Rejection` when there is none."""
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_precision=True, **_OPTIONS)
        default = trafilatura.extract(html, url=url, with_metadata=False, **_OPTIONS) or ""
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        raise Rejection(STEP, "extract_error", f"{type(exc).__name__}: {exc}") from exc
    precise = (doc.text if doc is not None else "") or ""
    text, how = combine_passes(default, precise)
    if not text.strip():
        raise Rejection(STEP, "no_main_text", "the page has no extractable article text")
    title = (doc.title if doc is not None else None) or None
    changes = [Change(STEP, f"trafilatura_{how}", f"{len(html)} chars of HTML to {len(text)} chars of text")]
    text, ch = _drop_title_line(text, title)
    changes += ch
    return Extraction(
        text=text,
        title=title,
        authors=_authors(doc.author if doc is not None else None),
        date=(doc.date if doc is not None else None) or None,
        sitename=(doc.sitename if doc is not None else None) or None,
        url=(doc.url if doc is not None else None) or url,
        description=(doc.description if doc is not None else None) or None,
        changes=changes,
    )
