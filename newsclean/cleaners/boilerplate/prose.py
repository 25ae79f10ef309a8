"""The text path's page trim: keep the main prose block of a page's visible text.

Already-extracted text (``.txt`` files, JSONL ``text``) is sometimes the whole
visible text of a page: menus, link lists and footers before and after the
article. No HTML is left to tell them apart, so each line is judged by its own
text, as jusText (Pomikálek 2011) judges paragraphs:

* ``prose``: long enough (``PROSE_MIN_CHARS``) and dense in the language's
  function words (``PROSE_STOPWORD_DENSITY``; the ``STOPWORDS_TOP_N`` most
  frequent words of the language in :mod:`wordfreq` stand in for a stoplist);
* ``short``: under ``PROSE_MIN_CHARS`` (a menu item, a subheading or a short
  quote: only its neighbours can tell);
* ``other``: long but with few function words (link lists, tickers, tag clouds),
  or cut by ``|`` separators.

A long line that ends like a sentence but is poor in function words (a market
report full of tickers) is a ``sentence``: it counts ``SENTENCE_WEIGHT`` of its
words for the block.

The main block is then the run of consecutive lines with the highest score
(prose words count for it, the words of the other lines against it, short
lines cost ``SHORT_LINE_COST`` each: a maximum-sum segment, as in Finn et al.'s
Body Text Extraction). Lines before and after it are dropped, each recorded as
a :class:`~cleaners.change.Change` with rule ``nav_block``. The block grows
back over a lead-in line ending in ``:`` just before it ("Politico reports:").

Already-clean text is left alone: only a text that opens like a page (at least
``PAGE_HEAD_MIN_LINES`` non-prose lines before its first prose line) with at
least ``MIN_PROSE_LINES`` prose lines is trimmed, and a run is trimmed only when
it holds at least ``MIN_TRIM_LINES`` lines. Text in a language wordfreq has no
list for is left alone.

Measured (``bench/extraction.py --no-html --text-residue-only``): on the
scrapinghub pages' visible text the text path goes from F1 0.717 (residue rules
alone) to 0.83; over the 181 ground-truth article bodies it keeps 99.8 % of the
words. Not done: interior runs (a teaser list inside the block stays), comment
threads written in prose after the article stay when no menu separates them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from newsclean.cleaners.change import Change

STEP = "boilerplate"
RULE = "nav_block"

# wordfreq's most frequent words of a language are its function words ("the",
# "of", "и", "der"); past ~100 content words ("people", "world") creep in.
STOPWORDS_TOP_N = 100
# jusText's length_low (70 characters): below this a line cannot be judged alone.
PROSE_MIN_CHARS = 70
# Share of function words in a prose line (jusText's stopwords_low). On the
# scrapinghub pages, article lines ending like a sentence have a median of 41 %
# of wordfreq's top 100 (5 % quantile 24 %); other long lines a median of 25 %.
PROSE_STOPWORD_DENSITY = 0.30
# A short line (menu item, subheading) costs this many words against the block,
# so a run of menu items adds up while one subheading between paragraphs does not.
SHORT_LINE_COST = 2
# A long line that ends like a sentence but has few function words (market
# reports full of tickers and figures, lists of names) counts this share of its
# words for the block: neither evidence of the article nor of a menu.
SENTENCE_WEIGHT = 0.5
# A page's visible text opens with its menus: at least this many non-prose
# lines before the first prose line. An article (even with a headline, byline
# and standfirst left in) opens with its prose sooner and is left alone.
PAGE_HEAD_MIN_LINES = 3
# Fewer prose lines than this: already-clean text or a brief, never a page.
MIN_PROSE_LINES = 2
# A leading or trailing run of fewer lines is left alone (a dateline, a sign-off).
MIN_TRIM_LINES = 3

_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")  # a line that ends like a sentence
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_LANG_SAMPLE_CHARS = 600  # the longest lines decide the language; more only costs time


@lru_cache(maxsize=64)
def stopwords(lang: str) -> frozenset[str]:
    """The language's most frequent words (empty when wordfreq does not know it)."""
    import wordfreq

    if lang not in _wordfreq_languages():
        return frozenset()  # wordfreq would fall back to another language's list
    words = wordfreq.top_n_list(lang, STOPWORDS_TOP_N)
    return frozenset(w for w in words if not w.isdigit())


@lru_cache(maxsize=1)
def _wordfreq_languages() -> frozenset[str]:
    import wordfreq

    return frozenset(wordfreq.available_languages())


def _language(lines: list[str]) -> str:
    from newsclean.cleaners.language import detect_language

    sample, size = [], 0
    for line in sorted(lines, key=len, reverse=True):
        sample.append(line)
        size += len(line)
        if size >= _LANG_SAMPLE_CHARS:
            break
    return detect_language("\n".join(sample))[0]


def line_class(line: str, stop: frozenset[str]) -> str:
    """``"prose"``, ``"short"`` or ``"other"`` (see the module docstring).

    >>> en = stopwords("en")
    >>> line_class("The company said on Monday that it had been contacted by the office of the attorney general.", en)
    'prose'
    >>> line_class("Home | World | Business | Tech | Science | Health | Sports | Arts | Style | Opinion | Video", en)
    'other'
    >>> line_class("Politico reports:", en)
    'short'
    """
    s = line.strip()
    if len(s) < PROSE_MIN_CHARS:
        return "short"
    if s.count("|") >= 2:
        return "other"
    words = _WORD.findall(s.lower())
    if not words:
        return "other"
    density = sum(w in stop for w in words) / len(words)
    if density >= PROSE_STOPWORD_DENSITY:
        return "prose"
    return "sentence" if _SENTENCE_END.search(s) else "other"


def _score(line: str, cls: str) -> int:
    n = len(_WORD.findall(line))
    if cls == "prose":
        return n
    if cls == "short":
        return -SHORT_LINE_COST
    if cls == "sentence":
        return round(n * SENTENCE_WEIGHT)
    return -n


def _main_block(scores: list[int]) -> tuple[int, int]:
    """[start, end) of the maximum-sum run of scores."""
    best, best_span = None, (0, len(scores))
    run, start = 0, 0
    for i, s in enumerate(scores):
        if run <= 0:
            run, start = 0, i
        run += s
        if best is None or run > best:
            best, best_span = run, (start, i + 1)
    return best_span


def _head_lines(first_prose: str, kept: int, before_residue: str | None) -> int:
    """Non-blank lines before the first prose line: *kept* in the text as it is, or, when the
    text before its residue was removed is given and holds that line, the lines there.

    >>> _head_lines("The minister said ...", 2, "Date\\nTitle\\nTweet\\nThe minister said ...")
    3
    """
    if before_residue is None:
        return kept
    at = before_residue.find(first_prose)
    if at < 0:
        return kept
    return max(kept, sum(1 for line in before_residue[:at].split("\n") if line.strip()))


def trim_to_prose(text: str, lang: str | None = None, before_residue: str | None = None) -> tuple[str, list[Change]]:
    """Drop the leading and trailing non-prose runs around the main prose block.

    ``lang`` (ISO 639-1) picks the stopwords; detected from the text when omitted.
    ``before_residue`` is the text before its residue lines were removed: the lines a page
    opened with count towards ``PAGE_HEAD_MIN_LINES`` even when they were residue ("Tweet",
    "Share"), so a page whose head was mostly share buttons is still trimmed as a page.

    >>> page = "\\n".join(["Home", "World", "Business", "Sports", ""] + [
    ...     "The minister said on Monday that the talks would go on for as long as it takes to reach a deal."] * 3
    ...     + ["", "About us", "Contact", "Privacy policy"])
    >>> text, changes = trim_to_prose(page, "en")
    >>> text.split("\\n")[0][:12], [c.detail for c in changes][:2], len(changes)
    ('The minister', ['Home', 'World'], 7)
    """
    lines = text.split("\n")
    idx = [i for i, line in enumerate(lines) if line.strip()]
    if len(idx) < MIN_PROSE_LINES + MIN_TRIM_LINES:
        return text, []
    stop = stopwords(lang or _language([lines[i] for i in idx]))
    if not stop:
        return text, []
    classes = [line_class(lines[i], stop) for i in idx]
    if sum(c == "prose" for c in classes) < MIN_PROSE_LINES:
        return text, []
    if _head_lines(lines[idx[classes.index("prose")]], classes.index("prose"), before_residue) < PAGE_HEAD_MIN_LINES:
        return text, []  # starts with its prose: an article, not a page
    start, end = _main_block([_score(lines[i], c) for i, c in zip(idx, classes)])
    if start > 0 and lines[idx[start - 1]].rstrip().endswith(":"):
        start -= 1  # a lead-in introduces the block ("Politico reports:")
    if start < MIN_TRIM_LINES:
        start = 0
    if len(idx) - end < MIN_TRIM_LINES:
        end = len(idx)
    if start == 0 and end == len(idx):
        return text, []
    first, last = idx[start], idx[end - 1]
    changes = [Change(STEP, RULE, lines[i].strip()) for i in idx[:start] + idx[end:]]
    return "\n".join(lines[first : last + 1]), changes
