"""Markup that libxml2 (lxml, trafilatura, htmldate) cannot parse whole, made parseable first.

Two shapes of page defeat the HTML parser every extractor here uses:

* **a tag with thousands of attributes**: libxml2 checks each attribute of an
  element against all the ones before it, so one tag with 50,000 attributes
  took 136 s of CPU to parse (the cost grows with the square of the count).
  :func:`trim_attributes` keeps the first :data:`MAX_ATTRIBUTES` of such a tag
  (rule ``attributes_trimmed``); no real element has more than a few dozen.
* **elements nested deeper than libxml2's limit** (255 levels): the parser
  stops building the tree there and everything after it is lost, the rest of
  the article included. Real pages get there without any malice: an old CMS
  that opens ``<font>`` (or ``<div>``, ``<b>``) in every paragraph and never
  closes it. :func:`flatten_nesting` rewrites such a page (rule
  ``nesting_flattened``): below :data:`MAX_DEPTH` levels, container tags are
  dropped with their end tags; a dropped paragraph, heading or list item
  becomes a ``<br>``, so the text keeps its line breaks. Every word stays.
"""
from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

import lxml.etree

from newsclean.cleaners.change import Change

STEP = "extract"

# Attributes kept on one element. Real elements carry a few dozen at most (an
# SVG path, a React component with data-* props); libxml2's duplicate check makes
# parsing an element cost the square of its attribute count.
MAX_ATTRIBUTES = 100
# A tag shorter than this cannot hold MAX_ATTRIBUTES attributes (" a=1" is 4
# characters, and names must differ): shorter tags are never looked at.
_MIN_CHARS = MAX_ATTRIBUTES * 3
_LONG_TAG = re.compile(r"<([A-Za-z][^\s/<>]*)([^<>]{" + str(_MIN_CHARS) + r",}?)(/?)>")
_ATTRIBUTE = re.compile(r"""\s*[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")

# libxml2's HTML parser builds at most this many levels of elements (without
# XML_PARSE_HUGE); what is nested deeper is lost, with everything after it.
LIBXML_MAX_DEPTH = 255
# Levels a flattened page keeps: far below the parser's limit, far above any
# real layout (news pages nest 20 to 40 levels).
MAX_DEPTH = 100

_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# elements whose start marks a new line of text: below MAX_DEPTH they become <br>
_LINE_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li dd dt blockquote pre tr div section article".split())


def trim_attributes(html: str) -> tuple[str, list[Change]]:
    """``html`` with every tag of more than :data:`MAX_ATTRIBUTES` attributes cut to its first ones.

    >>> page = "<p " + " ".join(f"a{i}='{i}'" for i in range(500)) + ">Hello</p>"
    >>> out, changes = trim_attributes(page)
    >>> out.count("='"), out.endswith(">Hello</p>"), changes[0].rule
    (100, True, 'attributes_trimmed')
    >>> trim_attributes("<p class='x' id='y'>Hello</p>")[1]
    []
    """
    trimmed: list[int] = []

    def cut(m: re.Match[str]) -> str:
        attrs = _ATTRIBUTE.findall(m.group(2))
        if len(attrs) <= MAX_ATTRIBUTES:
            return m.group(0)
        trimmed.append(len(attrs))
        return f"<{m.group(1)}{''.join(attrs[:MAX_ATTRIBUTES])}{m.group(3)}>"

    out = _LONG_TAG.sub(cut, html) if len(html) > _MIN_CHARS else html
    if not trimmed:
        return html, []
    detail = f"{len(trimmed)} tag(s) with up to {max(trimmed)} attributes cut to their first {MAX_ATTRIBUTES}"
    return out, [Change(STEP, "attributes_trimmed", detail)]


def too_deep(tree) -> bool:
    """Whether a parsed page reaches libxml2's depth limit (so the parser lost what lies below it)."""
    depth = 0
    for event, _ in lxml.etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth >= LIBXML_MAX_DEPTH:
            return True
    return False


class _Flattener(HTMLParser):
    """Re-emits a page token by token, dropping the start and end tags nested below MAX_DEPTH."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.open: list[str] = []  # the element names emitted and not closed yet
        self.hidden: Counter[str] = Counter()  # start tags dropped, by name, whose end tags are to drop too
        self.dropped = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        raw = self.get_starttag_text() or f"<{tag}>"
        if tag in _VOID:
            self.out.append(raw)
        elif len(self.open) >= MAX_DEPTH:
            self.hidden[tag] += 1
            self.dropped += 1
            if tag in _LINE_BLOCKS:
                self.out.append("<br>")
        else:
            self.open.append(tag)
            self.out.append(raw)

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.out.append(self.get_starttag_text() or f"<{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if self.hidden[tag]:
            self.hidden[tag] -= 1
            return
        for i in range(len(self.open) - 1, -1, -1):  # at most MAX_DEPTH names
            if self.open[i] == tag:
                del self.open[i:]
                break
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.out.append(f"<![{data}]>")


def flatten_nesting(html: str) -> tuple[str, list[Change]]:
    """``html`` with no element nested deeper than :data:`MAX_DEPTH` (see the module docstring).

    >>> page = "<html><body>" + "<div>" * 300 + "<p>Deep words.</p>" + "</div>" * 300 + "<p>After.</p></body></html>"
    >>> out, changes = flatten_nesting(page)
    >>> out.count("<div>"), "Deep words." in out and "After." in out, changes[0].rule
    (98, True, 'nesting_flattened')
    """
    parser = _Flattener()
    parser.feed(html)
    parser.close()
    if not parser.dropped:
        return html, []
    detail = f"{parser.dropped} tags nested deeper than {MAX_DEPTH} levels dropped (the parser keeps {LIBXML_MAX_DEPTH})"
    return "".join(parser.out), [Change(STEP, "nesting_flattened", detail)]


# Invisible format characters that are spelling or direction, not noise: ZWNJ and ZWJ
# (Persian "می‌خواهم", Indic conjuncts, emoji sequences), the direction marks and the bidi
# embeddings and isolates of right-to-left text. trafilatura drops every character
# ``str.isprintable`` refuses, so they left the text without a word in the change log.
FORMAT_CHARS = "\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Printable letters (so the extractor keeps them inside their word) of scripts no news
# page here is written in: the first block none of whose stand-ins occurs in the page.
_STAND_IN_BLOCKS = (0xA500, 0x1E800, 0x16A40)  # Vai, Mende Kikakui, Mro


class FormatShield:
    """Swaps :data:`FORMAT_CHARS` for printable stand-ins before extraction and back after it.

    >>> shield = FormatShield("<p>می\u200cخواهم</p>")
    >>> "\u200c" in shield.html, shield.restore(shield.html) == "<p>می\u200cخواهم</p>"
    (False, True)
    >>> FormatShield("<p>plain</p>").html
    '<p>plain</p>'
    """

    def __init__(self, html: str) -> None:
        self.html, self._back = html, {}
        if not any(c in html for c in FORMAT_CHARS):
            return
        for base in _STAND_IN_BLOCKS:
            stand_ins = [chr(base + i) for i in range(len(FORMAT_CHARS))]
            if not any(s in html for s in stand_ins):
                self.html = html.translate({ord(c): s for c, s in zip(FORMAT_CHARS, stand_ins, strict=True)})
                self._back = {ord(s): c for c, s in zip(FORMAT_CHARS, stand_ins, strict=True)}
                return

    def restore(self, value: str | None) -> str | None:
        """``value`` with the stand-ins turned back into the characters they stood for."""
        return value.translate(self._back) if value and self._back else value
