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
gaps inside the article come back, the furniture outside it stays out), grown
over adjacent paragraphs of running text the precise pass dropped (a lead, a
closing paragraph; never a heading); it falls back to the default pass when the
precise one kept too little to be the article, or picked another block of the
page (``passes_disagree``). Measured on two corpora (``bench/extraction.py``,
``bench/extraction_eval.py``): the default pass is trafilatura alone, so every
fallback to it is safe, and the precise pass's trimming is what wins.

When the precise pass finds no text at all, the page's metadata is read from
the page itself (``metadata_fallback``).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import lxml.html
import trafilatura
from trafilatura.utils import load_html

from newsclean.cleaners.boilerplate.prose import PROSE_MIN_CHARS, line_class, stopwords
from newsclean.cleaners.boilerplate.tame import FormatShield, flatten_nesting, too_deep, trim_attributes
from newsclean.cleaners.change import Change, Rejection
from newsclean.cleaners.dates.publication import html_publication_date

STEP = "extract"

# A combined text shorter than this (characters) is not taken when the default
# pass has at least this much: an article is rarely that short, a caption or a
# byline the precise pass kept alone often is (a photo post cut to its caption).
MIN_ARTICLE_CHARS = 200

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
# A precise line that aligns with no default line but whose words all stand, in
# order, in one longer default line is a fragment of it (the precise pass cut the
# link text around it), when it has at least this many words.
FRAGMENT_MIN_WORDS = 3
# ... and the pieces together carry at least this share of the default line's
# words (link text is a minority of a paragraph's words).
FRAGMENT_MIN_COVER = 0.5
# When less than this share of the precise text (in characters) aligns with the
# default text, the two passes picked different parts of the page (the precise
# pass a comment, a calendar or a sidebar): the default pass is trafilatura's
# own choice and is kept.
AGREE_MIN_SHARE = 0.5
# The span grows over adjacent default lines of running text at least this long
# (prose.PROSE_MIN_CHARS, jusText's length_low): a dropped lead paragraph.
EXTEND_MIN_CHARS = PROSE_MIN_CHARS
# The growth crosses at most this many other lines (a subheading between two
# paragraphs) to reach the next line of running text; a heading directly above
# the article with no running text above it (a dek under the headline) stays out.
EXTEND_MAX_CROSS = 1
# A default line the precise pass dropped, inside the span, whose words (figures blanked)
# recur at least this many times in the default text and never in the precise text, is a
# widget's label under every photo or post ("Mouseover photo to load notes or add comment"),
# not article text: the gap fill leaves it out.
GAP_REPEAT_MIN = 3
_DIGITS = re.compile(r"\d+")
_CJK_SENTENCE_END = re.compile(r"[。！？][」』”’）)]*$")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"”’')\]」』]*$")
_HAS_SENTENCE = re.compile(r"[.!?…。！？][\"”’')\]」』]*(?:\s|$)")  # a sentence ends in the line
_LIST_ITEM = re.compile(r"^(?:[-*•·–]\s|\d+[.)]\s|\|)")
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

# function words, or a function giving them when first needed (a language detection saved)
Stopwords = frozenset[str] | Callable[[], frozenset[str]]

# typed as trafilatura's keyword arguments (a dict[str, bool] matches none of them)
_OPTIONS: dict[str, Any] = dict(
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
    joined = join_split_tree(tree)
    if not joined:
        return html, []
    return lxml.html.tostring(tree, encoding="unicode"), joined


def join_split_tree(tree) -> list[str]:
    """:func:`join_split_body` on a parsed page, in place; return the joined groups (none: tree untouched)."""
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
    return joined


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


def _is_prose(line: str, stop: Stopwords) -> bool:
    """A long line of running text (see :data:`EXTEND_MIN_CHARS`): a paragraph, not furniture.

    ``stop``: the language's function words, or a function giving them (called
    only for a line the cheaper tests leave undecided).
    """
    s = line.strip()
    if len(s) < EXTEND_MIN_CHARS or s.count("|") >= 2 or _LIST_ITEM.match(s) or not _HAS_SENTENCE.search(s):
        return False  # short, a table row or list item (teaser lists), or no sentence in it
    if s.endswith(("...", "…")):
        return False  # a teaser cut short ("War Volkswagen anfangs vom ..."), not a paragraph
    if _CJK_SENTENCE_END.search(s):
        return True  # scripts without spaces: no stopword test, a sentence end tells
    words = stop() if callable(stop) else stop
    return bool(words) and line_class(s, words) == "prose"


def _extend_over_prose(
    lines: list[str], first: int, last: int, stop: Stopwords, headings: frozenset[tuple[str, ...]] = frozenset()
) -> tuple[int, int]:
    """Grow [first, last] over the default lines of running text right before and after it.

    The precise pass drops a lead or a closing paragraph now and then (the
    standfirst above the first paragraph, the author's note below the last);
    the default pass keeps it. Page furniture next to the article (menus,
    related headlines, share and newsletter lines) is short or poor in function
    words and stops the growth.
    """
    def ok(i: int) -> bool:
        return _is_prose(lines[i], stop) and _words(lines[i]) not in headings

    def crossing(i: int, step: int) -> int | None:
        """The prose line past at most EXTEND_MAX_CROSS other lines (a subheading) from i, if any."""
        for j in range(i, i + step * (EXTEND_MAX_CROSS + 1), step):
            if 0 <= j < len(lines) and ok(j):
                return j
        return None

    while first > 0 and (j := crossing(first - 1, -1)) is not None:
        first = j
    while last + 1 < len(lines) and (j := crossing(last + 1, 1)) is not None:
        last = j
    return first, last


def heading_words(html) -> frozenset[tuple[str, ...]]:
    """The words of each h1-h6 of a page (the key :func:`combine_passes` compares lines by).

    ``html``: the page, as a string or as a tree parsed by ``load_html`` (read, not changed).
    """
    tree = load_html(html)
    if tree is None:
        return frozenset()
    return frozenset(
        w for el in tree.iter("h1", "h2", "h3", "h4", "h5", "h6") if (w := _words(el.text_content()))
    )


def _whole_paragraphs(group: list[str]) -> bool:
    """Whether precise lines are whole paragraphs, not pieces of one sentence cut at links.

    A piece cut out of a sentence ends without a sentence end and the next one
    goes on in lowercase ("... reported that" / "for his role in the fight.").
    """
    for a, b in zip(group, group[1:]):
        a, b = a.strip(), b.strip()
        if not _SENTENCE_END.search(a) and b[:1].islower():
            return False
    return True


def _fragments_cover(parts: list[tuple[str, ...]], whole: tuple[str, ...]) -> bool:
    """Whether precise lines mapped to one default line carry all its words (a re-segmentation)."""
    words = tuple(w for part in parts for w in part)
    return len(words) >= len(whole) and _covered(whole, words) == 1.0


def combine_passes(
    default: str, precise: str, lang: str | None = None, headings: frozenset[tuple[str, ...]] = frozenset()
) -> tuple[str, str]:
    """Combine the default and the precise trafilatura text; return (text, rule code).

    Each precise line is aligned with the default line carrying it: the same
    words; or (``ALIGN_MIN_COVER``) the same words plus a few the precise pass
    cut out (link text inside a sentence); or, for several consecutive precise
    lines cut out of one long default line, all their words in order in it.
    The default lines from the first to the last aligned one are the article,
    grown over adjacent lines of running text the precise pass dropped
    (:func:`_extend_over_prose`), with these exceptions:

    * a default line the precise pass split into several lines that carry all
      its words (the passes segmented the page differently) comes out as the
      precise lines; when the pieces lack words (link text cut out), the
      default's full line wins;
    * precise lines no default line carries stand where the precise pass put
      them, in place of the default lines between their aligned neighbours
      (the passes rendered that stretch differently: a table, a list), unless
      those default lines carry all their words in order and more (the precise
      pass cut words out of them: a quotation after "1925-40:"): then the
      default lines stand;
    * when less than ``AGREE_MIN_SHARE`` of the precise text aligns, the passes
      chose different blocks of the page, and the default pass (trafilatura's
      own choice) is the text (``passes_disagree``);
    * a result under ``MIN_ARTICLE_CHARS`` gives way to a default text that is
      not (``default_fallback``).

    ``lang`` (ISO 639-1) picks the function words that tell running text;
    detected from the precise text when omitted. ``headings``: the words of the
    page's headings (:func:`heading_words`), never grown over.

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
    text, how = _combine(default, precise, lang, headings)
    if len(text.strip()) < MIN_ARTICLE_CHARS <= len(default.strip()):
        return default, "default_fallback"  # too short to be the article the default pass found
    return text, how


def _combine(
    default: str, precise: str, lang: str | None, headings: frozenset[tuple[str, ...]]
) -> tuple[str, str]:
    """:func:`combine_passes` once the trivial cases are out of the way."""
    lines = default.split("\n")
    default_words = [_words(line) for line in lines]
    where: dict[tuple[str, ...], list[int]] = {}
    for idx, w in enumerate(default_words):
        where.setdefault(w, []).append(idx)
    kept = [line for line in precise.split("\n") if line.strip() and _words(line)]
    if not kept:
        return precise, "precise"
    # (precise line, default index or None)
    mapped: list[tuple[str, int | None]] = []
    whole: set[int] = set()  # indexes into mapped of lines aligned on their own (exact or fuzzy)
    last = 0
    for line in kept:
        i, _ = _align(default_words, where, line, last)
        if i is not None:
            whole.add(len(mapped))
        else:
            i = _fragment_of(default_words, line, last)
        mapped.append((line, i))
        if i is not None:
            last = i
    _map_runs(default_words, mapped)
    _unmap_thin_fragments(default_words, mapped, whole)
    all_words = tuple(w for ws in default_words for w in ws)
    agreed = sum(len(line) for line, i in mapped if i is not None or _covered(_words(line), all_words) >= ALIGN_MIN_COVER)
    if agreed < AGREE_MIN_SHARE * sum(len(line) for line in kept):
        return default, "passes_disagree"
    if all(i is None for _, i in mapped):
        return precise, "precise"
    hits = [i for _, i in mapped if i is not None]
    if hits != sorted(hits):
        return precise, "precise"  # the passes ordered the page differently: nothing to align
    # the language is detected only if a line next to the span needs the stopword test
    stop = functools.cache(lambda: _stopwords(lang, precise))
    first, end = _extend_over_prose(lines, min(hits), max(hits), stop, headings)
    # pieces of the default lines just before the first / after the last aligned line (a lead
    # or a closing paragraph the precise pass cut at its links): those default lines stand
    lead = _edge_window(default_words, mapped, min(hits), -1, first)
    if lead is not None:
        first = min(first, lead)
        mapped = mapped[next(k for k, (_, i) in enumerate(mapped) if i is not None) :]
    tail = _edge_window(default_words, mapped, max(hits), 1, end)
    if tail is not None:
        end = max(end, tail)
        cut = len(mapped) - next(k for k, (_, i) in enumerate(reversed(mapped)) if i is not None)
        mapped = mapped[:cut]
    out: list[str] = lines[first : min(hits)]
    prev: int | None = None  # the last default line emitted
    repeated = _repeated_keys(lines, kept)
    k = 0
    while k < len(mapped):
        line, i = mapped[k]
        if i is None:
            # precise lines no default line carries: they stand for the default lines
            # between their aligned neighbours (that stretch was rendered differently),
            # unless those default lines carry all their words and more: then the precise
            # pass only cut words out of them (a quotation after "1925-40:")
            run: list[str] = []
            while k < len(mapped) and mapped[k][1] is None:
                run.append(mapped[k][0])
                k += 1
            nxt = mapped[k][1] if k < len(mapped) else None  # always aligned: the loop stopped there
            gap = lines[(prev if prev is not None else -1) + 1 : nxt] if nxt is not None and prev is not None else []
            gap_words = tuple(w for g in gap for w in _words(g))
            run_words = tuple(w for r in run for w in _words(r))
            if gap and len(gap_words) > len(run_words) and _covered(run_words, gap_words) == 1.0:
                out += gap
            else:
                out += run
            if nxt is not None:
                prev = max(prev if prev is not None else -1, nxt - 1)
            continue
        group = [line]
        while k + 1 < len(mapped) and mapped[k + 1][1] == i:
            k += 1
            group.append(mapped[k][0])
        if prev is not None and prev + 1 < i:
            out += _gap_lines(lines[prev + 1 : i], repeated)  # a gap inside the article: the default's lines come back
        if len(group) > 1 and (
            _fragments_cover([_words(g) for g in group], default_words[i]) or _whole_paragraphs(group)
        ):
            # one default line re-segmented by the precise pass, or a default line running
            # several blocks together (a table layout) of which the precise pass kept the paragraphs
            out += group
        else:
            out.append(lines[i])
        prev = i
        k += 1
    out += lines[max(hits) + 1 : end + 1]
    text = "\n".join(out)
    return text, ("gap_fill" if text != "\n".join(kept) else "precise")


def _line_key(line: str) -> tuple[str, ...]:
    """A line's words with its figures blanked ("Img ID#159375 Title:" and "Img ID#159376 Title:" are one key)."""
    return tuple(_DIGITS.sub("0", w.casefold()) for w in _words(line))


def _repeated_keys(lines: list[str], kept: list[str]) -> frozenset[tuple[str, ...]]:
    """Keys of default lines that occur ``GAP_REPEAT_MIN`` times or more and in no precise line."""
    counts: dict[tuple[str, ...], int] = {}
    for line in lines:
        if key := _line_key(line):
            counts[key] = counts.get(key, 0) + 1
    precise = {_line_key(line) for line in kept}
    return frozenset(k for k, n in counts.items() if n >= GAP_REPEAT_MIN and k not in precise)


def _gap_lines(gap: list[str], repeated: frozenset[tuple[str, ...]]) -> list[str]:
    """The default lines of a gap inside the span, without a widget's label repeated down the page
    ("Mouseover photo to load notes or add comment" under every photo) that the precise pass dropped."""
    if not repeated:
        return gap
    return [line for line in gap if _line_key(line) not in repeated]


def _edge_window(
    default_words: list[tuple[str, ...]], mapped: list[tuple[str, int | None]], hit: int, step: int, emitted: int
) -> int | None:
    """The far end of the default lines that carry the precise lines left unaligned at one edge of the span.

    ``step`` -1: the run of unaligned precise lines before the first aligned one
    (``hit``), matched against the default lines just before ``hit``; 1: the run
    after the last aligned one, against the lines just after it. Each piece of
    the run, in order, must lie whole (all its words in order) in one of a
    contiguous window of default lines next to ``hit``, every line of the window
    holding a piece, and the window must carry more words than the run: the
    precise pass cut link text out of a lead ("STOCKHOLM—Nokia Corp." out of
    "STOCKHOLM—Nokia Corp. Monday unveiled ..."), and the default lines are the
    paragraphs. A single window line the pieces carry under ``FRAGMENT_MIN_COVER``
    of is another block that shares a sentence, unless the span was already grown
    over it (``emitted``: the first / last default line the span covers at that
    edge): the pieces then only repeat it. None when there is no run or no window.
    """
    edge = mapped if step < 0 else mapped[::-1]
    run: list[str] = []
    for line, i in edge:
        if i is not None:
            break
        run.append(line)
    run.reverse()  # nearest to the span first
    run_words = [w for r in run for w in _words(r)]
    if len(run_words) < FRAGMENT_MIN_WORDS:
        return None
    at = hit + step
    for piece in run:
        words = _words(piece)
        if 0 <= at < len(default_words) and _covered(words, default_words[at]) == 1.0:
            continue
        at += step
        if not (0 <= at < len(default_words) and _covered(words, default_words[at]) == 1.0):
            return None
    window = default_words[at:hit] if step < 0 else default_words[hit + 1 : at + 1]
    window_words = [w for ws in window for w in ws]
    if len(window_words) <= len(run_words):
        return None
    if (at - emitted) * step <= 0 or len(window) > 1 or len(run_words) >= FRAGMENT_MIN_COVER * len(window_words):
        return at
    return None


def _fragment_of(default_words: list[tuple[str, ...]], line: str, after: int) -> int | None:
    """The default line holding all of a precise fragment's words in order (link text cut out around it).

    Only for fragments of at least ``FRAGMENT_MIN_WORDS`` words: a short piece
    ("Read", "More") is found in many lines.
    """
    words = _words(line)
    if len(words) < FRAGMENT_MIN_WORDS:
        return None
    for i in list(range(after, len(default_words))) + list(range(0, after)):
        w = default_words[i]
        if len(w) > len(words) and _covered(words, w) == 1.0:
            return i
    return None


def _unmap_thin_fragments(
    default_words: list[tuple[str, ...]], mapped: list[tuple[str, int | None]], whole: set[int]
) -> None:
    """Undo fragment mappings whose pieces carry less than ``FRAGMENT_MIN_COVER`` of their default line.

    Link text cut out of a paragraph is a minority of its words; a default
    line that is mostly something else (the whole page run into one line)
    is not the paragraph the pieces came from.
    """
    groups: dict[int, list[int]] = {}
    for k, (_, i) in enumerate(mapped):
        if i is not None and k not in whole:
            groups.setdefault(i, []).append(k)
    for i, ks in groups.items():
        n = sum(len(_words(mapped[k][0])) for k in ks)
        if n < FRAGMENT_MIN_COVER * len(default_words[i]):
            for k in ks:
                mapped[k] = (mapped[k][0], None)


def _map_runs(default_words: list[tuple[str, ...]], mapped: list[tuple[str, int | None]]) -> None:
    """Map runs of consecutive unaligned precise lines that together lie in one default line.

    The precise pass sometimes breaks one paragraph into several short lines
    (at a link or an inline element); each piece alone is too short to align.
    """
    k = 0
    while k < len(mapped):
        if mapped[k][1] is not None:
            k += 1
            continue
        j = k
        while j < len(mapped) and mapped[j][1] is None:
            j += 1
        if j - k >= 2:
            words = tuple(w for line, _ in mapped[k:j] for w in _words(line))
            after = next((i for _, i in reversed(mapped[:k]) if i is not None), 0)
            for i in list(range(after, len(default_words))) + list(range(0, after)):
                w = default_words[i]
                if len(w) >= len(words) and _covered(words, w) == 1.0:
                    mapped[k:j] = [(line, i) for line, _ in mapped[k:j]]
                    break
        k = j


def _stopwords(lang: str | None, text: str) -> frozenset[str]:
    from newsclean.cleaners.language import detect_language

    return stopwords(lang or detect_language(text[:2000])[0])


def _drop_title_line(text: str, title: str | None) -> tuple[str, list[Change]]:
    """Pages repeat their headline above the body; the title is metadata already."""
    if not title:
        return text, []
    head, sep, rest = text.partition("\n")
    if sep and rest.strip() and " ".join(head.split()).casefold() == " ".join(title.split()).casefold():
        return rest.lstrip("\n"), [Change("boilerplate", "title_repeat", head.strip())]
    return text, []


def _page_metadata(doc, precise: str, html: str, url: str | None):
    """The page's metadata: the precise pass's, or the page's own when that pass found no text.

    trafilatura returns no document (or one without text) when its precise pass
    finds no main text; the article then comes from the default pass, and the
    title, date, authors, description and site name are read from the page
    itself (rule ``metadata_fallback``).
    """
    if doc is not None and precise.strip():
        return doc, []
    try:
        meta = trafilatura.extract_metadata(html, default_url=url)
    except Exception:  # metadata is a bonus: a page trafilatura cannot read for it keeps its text
        return doc, []
    if meta is None:
        return doc, []
    return meta, [Change(STEP, "metadata_fallback", "the precise pass found no text: metadata read from the page")]


# An XHTML page's XML declaration ("<?xml version="1.0" encoding="ISO-8859-1"?>"), before
# its first tag. lxml refuses a decoded string that declares an encoding, and trafilatura
# and htmldate then find no page at all.
_XML_DECLARATION = re.compile(r"\A[\ufeff\s]*(<\?xml\b[^>]{0,300}\?>)")


def _drop_xml_declaration(html: str) -> tuple[str, str | None]:
    """The page without its XML declaration (the text is decoded already), and the declaration."""
    m = _XML_DECLARATION.match(html) if isinstance(html, str) else None  # anything else fails below, as extract_error
    if m is None:
        return html, None
    return html[m.end() :], m.group(1)


def extract_html(html: str, url: str | None = None, *, latest_date: dt.date | None = None) -> Extraction:
    """Extract the article body and metadata; raise :class:`Rejection` when there is none.

    ``latest_date`` (the fetch day) bounds the publication date htmldate may
    read from the raw HTML.
    """
    html, declared = _drop_xml_declaration(html)
    n_chars = len(html) if isinstance(html, str) else 0
    tamed: list[Change] = []
    try:
        # a tag of thousands of attributes would stall every parse below; nesting past the
        # parser's limit would lose the rest of the page (newsclean.cleaners.boilerplate.tame)
        html, tamed = trim_attributes(html)
        # ZWNJ, ZWJ and direction marks survive trafilatura as printable stand-ins (it drops them)
        shield = FormatShield(html)
        html = shield.html
        # parsed once: the split-body join, both passes (each works on its own copy) and the
        # headings read the same tree, as each would have parsed it from the string
        tree = load_html(html)
        if tree is not None and too_deep(tree):
            html, flat = flatten_nesting(html)
            tamed += flat
            tree = load_html(html)
    except Exception as exc:  # lxml raises assorted errors on broken markup
        raise Rejection(STEP, "extract_error", f"{type(exc).__name__}: {exc}") from exc
    html_date, copyright_year = html_publication_date(html, url, latest_date)
    try:
        joined = join_split_tree(tree) if tree is not None else []
        if joined:
            # the passes see the joined page as it serializes (what they were measured on)
            html = lxml.html.tostring(tree, encoding="unicode")
            tree = load_html(html)
        page = tree if tree is not None else html  # trafilatura copies a tree before changing it
        doc = trafilatura.bare_extraction(page, url=url, with_metadata=True, favor_precision=True, **_OPTIONS)
        default = trafilatura.extract(page, url=url, with_metadata=False, **_OPTIONS) or ""
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        raise Rejection(STEP, "extract_error", f"{type(exc).__name__}: {exc}") from exc
    precise = (getattr(doc, "text", None) if doc is not None else "") or ""
    meta, meta_changes = _page_metadata(doc, precise, html, url)
    text, how = combine_passes(default, precise, headings=heading_words(page))
    if not text.strip():
        raise Rejection(STEP, "no_main_text", "the page has no extractable article text")
    doc = meta
    title = (doc.title if doc is not None else None) or None
    changes = [Change(STEP, "xml_declaration_dropped", declared)] if declared else []
    changes += tamed
    changes += [Change(STEP, "split_body_joined", group) for group in joined] + meta_changes
    changes.append(Change(STEP, f"trafilatura_{how}", f"{n_chars} chars of HTML to {len(text)} chars of text"))
    text, ch = _drop_title_line(text, title)
    changes += ch
    back = shield.restore
    return Extraction(
        text=back(text) or "",
        title=back(title),
        authors=[back(a) or "" for a in _authors(doc.author if doc is not None else None)],
        date=(doc.date if doc is not None else None) or None,
        sitename=back(doc.sitename if doc is not None else None) or None,
        url=(doc.url if doc is not None else None) or url,
        description=back(doc.description if doc is not None else None) or None,
        changes=[dataclasses.replace(c, detail=back(c.detail) or "") if c.detail else c for c in changes],
        html_date=html_date,
        copyright_year=copyright_year,
    )
