"""Headlines without the site's name: "Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung" -> the headline.

Pages put their site's name (and sometimes a date) after the headline in the
``<title>`` that trafilatura reads: "… | DW | 28.04.2023", "… - Golem.de",
"… | CBC News". The ``title`` column is the headline, so trailing segments after a
separator (``|``, ``-``, ``–``, ``—``, ``·``, ``»``, ``::``) are cut from the end
while they are

* the site: the segment's letters (transliterated, case and punctuation dropped)
  equal a label of the page's host or its site name, or one starts the other
  ("CBC News" on cbc.ca, "Global" on globalnews.ca, "Börsen-Zeitung" on
  boersen-zeitung.de), with at most a short tagline after it ("… - Israel
  Nachrichten - Chadashoth Israel" on israelnachrichten.org);
* a date ("28.04.2023", "2023-04-28") next to the site.

A cut never leaves fewer than :data:`MIN_HEADLINE_WORDS` words, and a segment that
is no site is never cut: "Biden - Trump debate" stays. Each cut is a
:class:`~newsclean.cleaners.change.Change` ``title:title_site_suffix`` whose detail is
the cut text.

Pure: no I/O. ``clean_title(clean_title(t)[0]) == clean_title(t)``.
"""
from __future__ import annotations

import re

from anyascii import anyascii

from newsclean.cleaners.change import Change

STEP = "title"
# A cut leaves at least this many words of headline.
MIN_HEADLINE_WORDS = 3
# A segment this long is a sentence, not a site name or a tagline.
MAX_SITE_WORDS = 5
# Only this many segments at the end are looked at.
MAX_TAIL_SEGMENTS = 6
# A site key shorter than this only counts when equal ("DW" on dw.com), never as a prefix.
MIN_PREFIX_LETTERS = 3

_SEPARATOR_CHARS = " |-–—·»:"
_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|·|»|::)\s+|\s*\|\s*")
_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+\w+\.?\s+\d{4}|\w+\.?\s+\d{1,2},\s+\d{4}")
_GENERIC_LABELS = frozenset("www m amp mobile news co com org net de uk fr es it at ch edition english en".split())


def _key(text: str) -> str:
    """Letters and digits only, transliterated and lowercased: "Börsen-Zeitung" -> "borsenzeitung"."""
    folded = anyascii(text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue"))
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def _site_keys(host: str | None, sitename: str | None) -> frozenset[str]:
    """Keys the site goes by: its host's labels (no TLD, no "www"), the host joined, and its site name."""
    keys: set[str] = set()
    if host:
        labels = [label for label in host.lower().split(".") if label]
        keys.update(k for k in (_key(label) for label in labels[:-1]) if k and k not in _GENERIC_LABELS)
        keys.add(_key("".join(labels)))
    if sitename:
        keys.add(_key(sitename))
    return frozenset(k for k in keys if k)


def _is_site(segment: str, keys: frozenset[str]) -> bool:
    words = segment.split()
    if not words or len(words) > MAX_SITE_WORDS:
        return False
    k = _key(segment)
    if not k:
        return False
    if k in keys:
        return True
    for site in keys:
        short, long = (k, site) if len(k) <= len(site) else (site, k)
        if len(short) >= MIN_PREFIX_LETTERS and long.startswith(short):
            return True
    return False


def _site_or_date(segment: str, keys: frozenset[str]) -> bool:
    segment = segment.strip()
    return not segment or _is_site(segment, keys) or bool(_DATE.fullmatch(segment))


def clean_title(title: str | None, host: str | None = None, sitename: str | None = None) -> tuple[str | None, list[Change]]:
    """The headline without trailing site names and dates; returns (title, changes).

    >>> clean_title("Wero besteht Praxistest im digitalen Handel | Börsen-Zeitung", "boersen-zeitung.de")[0]
    'Wero besteht Praxistest im digitalen Handel'
    >>> clean_title("Biden - Trump debate draws record audience", "example.com")[0]
    'Biden - Trump debate draws record audience'
    """
    if not title or (not host and not sitename):
        return title, []
    keys = _site_keys(host, sitename)
    if not keys:
        return title, []
    # cut until nothing more goes ("Headline | CBC - resume | CBC": the first cut leaves a tail a
    # second would cut), so the result is final: cleaning it again changes nothing
    kept = title
    for _ in range(MAX_TAIL_SEGMENTS):
        cut = _site_tail(kept, keys)
        if cut is None:
            break
        kept = kept[:cut].rstrip(_SEPARATOR_CHARS)  # "Headline | | CBC": the empty segment goes too
    if kept == title:
        return title, []
    return kept, [Change(STEP, "title_site_suffix", title[len(kept) :].strip(_SEPARATOR_CHARS))]


def _site_tail(title: str, keys: frozenset[str]) -> int | None:
    """Where the site tail of ``title`` starts (one pass of :func:`clean_title`), or None."""
    seps = list(_SEPARATOR.finditer(title))[-MAX_TAIL_SEGMENTS:]  # a site tail is short: hostile titles stay linear
    # cut at the leftmost separator whose segments to the end are all site, date or a short tagline after the site
    cut = None
    for n in range(len(seps) - 1, -1, -1):
        start = seps[n].start()
        segments = [title[seps[i].end() : seps[i + 1].start() if i + 1 < len(seps) else len(title)] for i in range(n, len(seps))]
        first = segments[0].strip()
        if not (_is_site(first, keys) or _DATE.fullmatch(first)):
            continue
        ok = all(_site_or_date(s, keys) for s in segments)
        # a short tagline may end the tail right after a site segment ("| CBC | Talks", "| CBC | CBC | Talks")
        body, last = segments[:-1], segments[-1]
        ok = ok or (
            bool(body) and all(_site_or_date(s, keys) for s in body) and _is_site(body[-1].strip(), keys)
            and len(last.split()) <= MAX_SITE_WORDS - 1
        )
        if ok and len(title[:start].strip(_SEPARATOR_CHARS).split()) >= MIN_HEADLINE_WORDS:
            cut = start
    return cut

