"""Main text and metadata from an HTML page with trafilatura.

Before extraction, :func:`join_split_body` joins an article body the page
splits into sibling blocks of one class (trafilatura keeps only the first
block and loses the rest of the article).

Two trafilatura passes, combined line by line (measured on the scrapinghub
benchmark, see ``bench/extraction.py``):

* the *precise* pass (``favor_precision=True``) drops more page furniture, but
  now and then loses a paragraph in the middle of the article, cuts link text
  out of a sentence, or keeps only a reprint notice and loses the whole article;
* the *default* pass keeps those paragraphs, and more furniture around them.

:func:`combine_passes` aligns each precise line with the default line carrying
it (same words, or the same words plus link text the precise pass cut) and
takes the default pass's lines from the first to the last aligned one (the
gaps inside the article come back, the furniture outside it stays out); it
falls back to the default pass when the precise one kept too little to be the
article.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import lxml.html
import trafilatura
from trafilatura.utils import load_html

from newsclean.cleaners.change import Change, Rejection
from newsclean.cleaners.dates.publication import html_publication_date

STEP = "extract"

# When the precise pass keeps less than this share of the default pass's
# characters, it has lost the article (a page where it kept only a reprint
# notice); the default pass is used instead. Pages where the precise pass is
# right to drop most of the default output (a long list of teasers around a
# short article) keep more than this share.
PRECISE_MIN_SHARE = 0.2

# Aligning a precise-pass line with a default-pass line (see :func:`combine_passes`):
# the precise pass sometimes cuts the text of links out of a sentence ("reported
# that [the NFL will fine Rudolph] for his role"); the default line still holds
# at least this share of the precise line's words, in order ...
ALIGN_MIN_COVER = 0.9
# ... and at most this many times as many words: a default line much longer than
# the precise one is a different block (the whole page run together), not the same paragraph.
ALIGN_MAX_GROWTH = 1.5
_WORD = re.compile(r"\w+")

# Split article bodies (see :func:`join_split_body`). A sibling block is a chunk
# of the article when it holds at least CHUNK_MIN_PARAGRAPHS paragraphs of at
# least PARAGRAPH_MIN_CHARS characters (teaser cards and widgets hold one short
# blurb) ...
CHUNK_MIN_PARAGRAPHS = 2
PARAGRAPH_MIN_CHARS = 100
# ... and at most this share of its text is link text (a list of related
# stories is mostly links; an article paragraph links a few words).
CHUNK_MAX_LINK_SHARE = 0.3
_CONTAINERS = frozenset({"div", "section", "article"})

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
    html_date: str | None = None  # htmldate on the raw HTML (original publication date, ISO)
    copyright_year: int | None = None  # the year of the page's copyright notice, if any


def _authors(raw: str | None) -> list[str]:
    if not raw:
        return []
    return [a.strip() for a in raw.split(";") if a.strip()]


def _is_chunk(el) -> bool:
    paragraphs = [len(p.text_content().strip()) for p in el.iter("p")]
    if sum(n >= PARAGRAPH_MIN_CHARS for n in paragraphs) < CHUNK_MIN_PARAGRAPHS:
        return False
    text = len(el.text_content().strip())
    links = sum(len(a.text_content().strip()) for a in el.iter("a"))
    return links <= CHUNK_MAX_LINK_SHARE * text


def _chunk_group(parent) -> tuple[str, list] | None:
    """The children of ``parent`` that are chunks of one body: same tag and class, prose inside."""
    groups: dict[tuple[str, str], list] = {}
    for child in parent:
        if isinstance(child.tag, str) and child.tag in _CONTAINERS:
            cls = " ".join((child.get("class") or "").split())
            if cls:
                groups.setdefault((child.tag, cls), []).append(child)
    best, best_chars = None, 0
    for (tag, cls), members in groups.items():
        if len(members) < 2:
            continue
        chunks = [m for m in members if _is_chunk(m)]
        chars = sum(len(m.text_content()) for m in chunks)
        if len(chunks) >= 2 and chars > best_chars:
            best, best_chars = (f"{tag}.{cls}", chunks), chars
    return best


def join_split_body(html: str) -> tuple[str, list[str]]:
    """Join an article body the page splits into sibling blocks; return (html, joined groups).

    Some sites cut the body into sibling blocks of one class with ads or
    widgets between them (``div.article__body`` twice, ``StoryBodyCompanionColumn``
    five times). trafilatura keeps the first block it recognizes and loses the
    rest of the article (a known limitation). Here the later blocks' children,
    and whatever lies between the blocks, move into the first block, in
    document order, so the extractor sees one body. Pages without such blocks
    come back unchanged (the same string).
    """
    tree = load_html(html)
    if tree is None:
        return html, []
    joined = []
    for parent in list(tree.iter()):
        group = _chunk_group(parent)
        if group is None:
            continue
        name, chunks = group
        first, last = chunks[0], chunks[-1]
        siblings = list(parent)
        members = set(chunks)
        for el in siblings[siblings.index(first) + 1 : siblings.index(last) + 1]:
            if el in members:
                if el.text and el.text.strip():
                    lead = lxml.html.Element("p")
                    lead.text = el.text
                    first.append(lead)
                for child in list(el):
                    first.append(child)  # moves the child (and its tail text)
                parent.remove(el)
            else:
                first.append(el)
        joined.append(f"{len(chunks)} x {name}")
    if not joined:
        return html, []
    return lxml.html.tostring(tree, encoding="unicode"), joined


def _words(line: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(line))


def _covered(part: tuple[str, ...], whole: tuple[str, ...]) -> float:
    """Share of ``part``'s words found in order in ``whole`` (greedy; exact when ``whole`` only adds words)."""
    at = found = 0
    for word in part:
        try:
            at = whole.index(word, at) + 1
        except ValueError:
            continue
        found += 1
    return found / len(part)


def _align(
    default_words: list[tuple[str, ...]], where: dict[tuple[str, ...], list[int]], line: str, after: int
) -> tuple[int | None, bool]:
    """Index of the default-pass line carrying a precise-pass line, and whether the match is fuzzy.

    An exact match (same words) is taken at or after ``after`` when the line
    repeats; otherwise the default line that contains the most of the line's
    words in order, when it holds at least ``ALIGN_MIN_COVER`` of them and at
    most ``ALIGN_MAX_GROWTH`` times as many words.
    """
    words = _words(line)
    if exact := where.get(words):
        return next((i for i in exact if i >= after), exact[0]), False
    best, best_cover = None, 0.0
    for i, w in enumerate(default_words):
        if w and len(w) <= ALIGN_MAX_GROWTH * len(words):
            cover = _covered(words, w)
            if cover > best_cover or (cover == best_cover and best is not None and best < after <= i):
                best, best_cover = i, cover
    return (best, True) if best_cover >= ALIGN_MIN_COVER else (None, False)


def combine_passes(default: str, precise: str) -> tuple[str, str]:
    """Combine the default and the precise trafilatura text; return (text, rule code).

    Each precise line is aligned with the default line carrying it: the same
    words, or (``ALIGN_MIN_COVER``) the same words plus a few the precise pass
    cut out (link text inside a sentence). The default lines from the first to
    the last aligned one are the article.

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
    default_words = [_words(line) for line in lines]
    where: dict[tuple[str, ...], list[int]] = {}
    for i, w in enumerate(default_words):
        where.setdefault(w, []).append(i)
    kept = [line for line in precise.split("\n") if line.strip()]
    hits: list[int] = []
    fuzzy: set[int] = set()
    for line in kept:
        if not _words(line):
            continue  # a rule or a bare symbol: nothing to align
        i, is_fuzzy = _align(default_words, where, line, hits[-1] if hits else 0)
        if i is None or (is_fuzzy and (i in fuzzy or i in hits)) or (not is_fuzzy and i in fuzzy):
            # a line the default pass lacks, or one default line split over several
            # precise lines: the passes segmented the page differently, trust the precise one
            return precise, "precise"
        hits.append(i)
        if is_fuzzy:
            fuzzy.add(i)
    if not hits:
        return precise, "precise"
    span = "\n".join(lines[min(hits) : max(hits) + 1])
    return span, ("gap_fill" if span != "\n".join(kept) else "precise")


def _drop_title_line(text: str, title: str | None) -> tuple[str, list[Change]]:
    """Pages repeat their headline above the body; the title is metadata already."""
    if not title:
        return text, []
    head, sep, rest = text.partition("\n")
    if sep and rest.strip() and " ".join(head.split()).casefold() == " ".join(title.split()).casefold():
        return rest.lstrip("\n"), [Change("boilerplate", "title_repeat", head.strip())]
    return text, []


def extract_html(html: str, url: str | None = None, *, latest_date: dt.date | None = None) -> Extraction:
    """Extract the article body and metadata; raise :class:`Rejection` when there is none.

    ``latest_date`` (the fetch day) bounds the publication date htmldate may
    read from the raw HTML.
    """
    html_date, copyright_year = html_publication_date(html, url, latest_date)
    try:
        n_chars = len(html)
        html, joined = join_split_body(html)
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_precision=True, **_OPTIONS)
        default = trafilatura.extract(html, url=url, with_metadata=False, **_OPTIONS) or ""
        if doc is None and default.strip():
            # the precise pass found no text and dropped the page's metadata with it
            doc = trafilatura.extract_metadata(html, default_url=url)
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        raise Rejection(STEP, "extract_error", f"{type(exc).__name__}: {exc}") from exc
    precise = (getattr(doc, "text", None) if doc is not None else "") or ""
    text, how = combine_passes(default, precise)
    if not text.strip():
        raise Rejection(STEP, "no_main_text", "the page has no extractable article text")
    title = (doc.title if doc is not None else None) or None
    changes = [Change(STEP, "split_body_joined", group) for group in joined]
    changes.append(Change(STEP, f"trafilatura_{how}", f"{n_chars} chars of HTML to {len(text)} chars of text"))
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
        html_date=html_date,
        copyright_year=copyright_year,
    )
