"""HTML handed over as text: a feed's ``text`` (or ``content``) field, or a ``.txt`` file, that holds markup.

Scrapers often store a page, or the article's HTML fragment, in a field meant
for plain text. Left alone, ``<p>``, ``<nav>`` and entity references become
the article's words. :func:`markup_kind` tells the two cases apart:

* ``document``: the text is a whole page (it starts with a doctype, ``<html>``,
  ``<head>`` or ``<body>``): it is extracted as a page, like an ``.html`` file;
* ``fragment``: the text is article markup (at least :data:`MIN_TAGS` HTML
  elements, one of them closed or a line break, one element for every
  :data:`MAX_CHARS_PER_TAG` characters, a tag on at least half of the lines):
  :func:`markup_to_text` keeps every
  word, drops the tags, scripts and styles, and turns block elements into
  paragraphs. Nothing is extracted away, so no sentence can be lost.

Text that mentions a tag or two ("wrap it in a <div>"), uses angle brackets
("x < 3 and y > 2") or quotes a block of code in a tutorial is left alone.
"""
from __future__ import annotations

import re
from typing import Literal

import lxml.etree
import lxml.html

from newsclean.cleaners.boilerplate.tame import trim_attributes
from newsclean.cleaners.change import Change

STEP = "extract"

MIN_TAGS = 3
MAX_CHARS_PER_TAG = 400

_DOCUMENT = re.compile(r"\A\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", re.I | re.S)
_BLOCK = ("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "blockquote",
          "figure", "figcaption", "table", "tr", "header", "footer", "nav", "aside", "pre", "hr", "dd", "dt", "dl")
_INLINE = ("span", "a", "strong", "em", "b", "i", "u", "img", "sup", "sub", "small", "td", "th", "script", "style",
           "iframe", "noscript", "time", "abbr", "cite", "q", "mark", "picture", "source", "video", "audio")
_TAG = re.compile(r"<(/?)(" + "|".join(_BLOCK + _INLINE) + r")\b[^<>]{0,500}?(/?)>", re.I)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DROP = ("script", "style", "noscript", "template", "iframe")


def markup_kind(text: str) -> Literal["document", "fragment"] | None:
    """``document``, ``fragment`` or None (plain text), as the module docstring says.

    >>> markup_kind("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    'document'
    >>> markup_kind("<p>One.</p><p>Two, with <b>bold</b> words.</p>")
    'fragment'
    >>> markup_kind("Wrap the block in a <div> and close it with </div>.") is None
    True
    """
    if _DOCUMENT.match(text):
        return "document"
    tags = 0
    closed = False
    for m in _TAG.finditer(text):
        tags += 1
        closed = closed or bool(m.group(1)) or bool(m.group(3)) or m.group(2).lower() == "br"
    if tags < MIN_TAGS or not closed or tags * MAX_CHARS_PER_TAG < len(text):
        return None
    # markup wraps the text: at least half its lines carry a tag. An article that quotes a code
    # sample ("<script src=...>" lines in a tutorial) has most of its lines in plain prose
    lines = [line for line in text.splitlines() if line.strip()]
    tagged = sum(1 for line in lines if _TAG.search(line))
    return "fragment" if tagged * 2 >= len(lines) else None


def markup_to_text(text: str) -> tuple[str, list[Change]]:
    """The words of an HTML fragment: block elements become paragraphs, tags go, entities are resolved.

    >>> markup_to_text("<p>One &amp; two.</p><script>x()</script><p>Three<br>four.</p>")[0]
    'One & two.\\n\\nThree\\nfour.'
    """
    text, tamed = trim_attributes(text)  # a tag of thousands of attributes would stall the parse
    try:
        out = _fragment_text(text)
    except Exception:  # noqa: BLE001 - lxml fails on odd fragments with many types (ParserError, ValueError, AssertionError)
        return text, []
    return out, [*tamed, Change(STEP, "markup_stripped", f"{len(text)} chars of HTML markup to {len(out)} chars of text")]


def _fragment_text(text: str) -> str:
    # control characters (NUL, form feed ...) are no text and lxml refuses to store them in a node
    root = lxml.html.fragment_fromstring(_CONTROL.sub(" ", text), create_parent="div")
    lxml.etree.strip_elements(root, *_DROP, with_tail=False)
    lxml.etree.strip_elements(root, lxml.etree.Comment, with_tail=False)
    for el in root.iter(*_BLOCK):
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        else:
            el.text = "\n\n" + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
    out = root.text_content()
    out = re.sub(r"[ \t]*\n[ \t]*", "\n", out)
    return re.sub(r"\n{3,}", "\n\n", out).strip()


def text_or_page(text: str) -> tuple[str, bool, list[Change]]:
    """A text record as the pipeline reads it: ``(text, is_page, changes)``.

    A whole page is to be extracted as HTML (``is_page``, change ``text_is_html``);
    a fragment's tags are stripped (:func:`markup_to_text`); plain text is returned as it is.
    """
    kind = markup_kind(text)
    if kind == "document":
        return text, True, [Change(STEP, "text_is_html", f"{len(text)} chars of text that is an HTML page: extracted as a page")]
    if kind == "fragment":
        out, changes = markup_to_text(text)
        return out, False, changes
    return text, False, []


# Anything a parser would read as markup: a tag, a closing tag, a comment, a doctype or an
# XML declaration. A body declared HTML without one is plain text a feed put in its html field.
_ANY_MARKUP = re.compile(r"<[A-Za-z!/?]")


def page_or_text(html: str) -> tuple[bool, list[Change]]:
    """Whether a body declared HTML is a page to extract: ``(is_page, changes)``.

    A body without any markup at all (a feed's ``html`` field holding plain text) is read
    as text (change ``html_is_text``): an extractor finds no article in it and the record
    was lost.
    """
    if _ANY_MARKUP.search(html):
        return True, []
    return False, [Change(STEP, "html_is_text", f"{len(html)} chars declared HTML hold no markup: read as text")]


def read_body(text: str, kind: str) -> tuple[str, bool, list[Change]]:
    """A decoded body as the pipeline reads it, by its declared kind: ``(text, is_page, changes)``.

    HTML without any markup is text (:func:`page_or_text`); text that is a page or a
    fragment is read as one (:func:`text_or_page`).
    """
    if kind == "html":
        is_page, changes = page_or_text(text)
        return text, is_page, changes
    return text_or_page(text)
