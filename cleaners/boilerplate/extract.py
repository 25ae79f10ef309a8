"""Main text and metadata from an HTML page with trafilatura."""
from __future__ import annotations

from dataclasses import dataclass, field

import trafilatura

from cleaners.change import Change, Rejection

STEP = "extract"


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


def extract_html(html: str, url: str | None = None) -> Extraction:
    """Extract the article body and metadata; raise :class:`Rejection` when there is none."""
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            with_metadata=True,
            include_tables=True,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        raise Rejection(STEP, "extract_error", f"{type(exc).__name__}: {exc}") from exc
    if doc is None or not (doc.text or "").strip():
        raise Rejection(STEP, "no_main_text", "the page has no extractable article text")
    return Extraction(
        text=doc.text,
        title=doc.title or None,
        authors=_authors(doc.author),
        date=doc.date or None,
        sitename=doc.sitename or None,
        url=doc.url or url,
        description=doc.description or None,
        changes=[Change(STEP, "trafilatura", f"{len(html)} chars of HTML to {len(doc.text)} chars of text")],
    )
