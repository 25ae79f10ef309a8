"""Every rule code a cleaner records and every reason a record is rejected, in one place.

A :class:`~newsclean.cleaners.change.Change` is identified by its code
``step:rule`` (``whitespace:line_breaks``, ``boilerplate:share_widget``); a row of
``rejects/`` by ``stage:reason`` (``decode:empty``), as the run manifest counts
them. This module lists them all:

* :data:`RULES`: every change code, with a one-line doc, the cleaner that owns it
  and two examples: a *positive* one (input that makes the rule fire, run through
  the owning function) and a *negative* one (similar input it must leave alone);
* :data:`FAMILIES`: codes the source spells as a template
  (``f"published_from_{source}"``); each member is registered in :data:`RULES`.
  An open family whose members come from a library (ftfy's fixers) is one entry
  of :data:`RULES` with a ``pattern``;
* :data:`REJECT_REASONS`: every :data:`~newsclean.schemas.models.RejectReason`,
  with its stage, doc line and examples;
* :data:`SKIP_REASONS`: records a reader deliberately does not read (counted in
  the manifest's ``skipped_records_by_reason``, never rejected);
* :data:`DYNAMIC_SITES`: the places whose code is a variable, and where its values
  come from (for the source scan in ``tests/test_rules.py``).

``tests/test_rules.py`` checks that this registry and the code agree: every code
the source can emit is registered, every registered code is still emitted, and
every example does what it says.

Adding a rule: emit ``Change(STEP, "my_rule", detail)`` in the cleaner, then add
``rule("step:my_rule", "what it removes or decides", owner, positive=ex(...),
negative=ex(...))`` below, next to its siblings. Adding a reject reason: add it
to ``RejectReason`` in :mod:`newsclean.schemas.models` and to
:data:`REJECT_REASONS`.

``python -m newsclean.cleaners.rules`` prints the registry as a Markdown table.
"""
from __future__ import annotations

import codecs
import contextlib
import gzip
import hashlib
import io
import lzma
import re
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

import ftfy

from newsclean.cleaners import authors, boilerplate, dates, encoding, titles, urls, whitespace
from newsclean.cleaners.boilerplate.learned import line_key
from newsclean.cleaners.change import Change, Rejection
from newsclean.cleaners.pipeline import RunContext, clean_record, draft_record
from newsclean.inputs import ReadFailure, Skipped, read_path
from newsclean.inputs.json_file import read_json
from newsclean.inputs.jsonl import read_jsonl
from newsclean.inputs.sidecar import read_sidecar
from newsclean.inputs.single import read_html
from newsclean.inputs.warc import WARC_TYPES, read_warc
from newsclean.limits import Limits
from newsclean.schemas.models import Article, ChangeRow, RawRecord, Reject

Kind = Literal["change", "reject", "skip"]
Emitted = tuple[Kind, str]  # ("change", "step:rule") | ("reject", "stage:reason") | ("skip", "reason")


# --------------------------------------------------------------------------- entries


@dataclass(frozen=True)
class Example:
    """Arguments for the owning function; ``files`` are written to a temporary
    directory that is the working directory during the call (for readers)."""

    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    files: Mapping[str, bytes] = field(default_factory=dict)

    def __repr__(self) -> str:
        parts = [repr(a)[:80] for a in self.args] + [f"{k}={v!r}"[:80] for k, v in self.kwargs.items()]
        return f"ex({', '.join(parts)}{', files=' + str(sorted(self.files)) if self.files else ''})"


def ex(*args: Any, files: Mapping[str, bytes] | None = None, **kwargs: Any) -> Example:
    return Example(args, kwargs, files or {})


@dataclass(frozen=True)
class Rule:
    """A change code (or, with ``pattern``, an open family of them)."""

    code: str
    doc: str
    owner: Callable[..., Any]
    positive: Example
    negative: Example
    pattern: str | None = None  # open family: every member code fullmatches this

    @property
    def step(self) -> str:
        return self.code.split(":", 1)[0]

    def matches(self, code: str) -> bool:
        return code == self.code if self.pattern is None else re.fullmatch(self.pattern, code) is not None


@dataclass(frozen=True)
class Reason:
    """A reject reason: rows of ``rejects/`` with ``stage`` and ``reason``."""

    reason: str
    stage: str
    doc: str
    owner: Callable[..., Any]
    positive: Example
    negative: Example
    also: tuple[str, ...] = ()  # other stages that reject with this reason (the examples use ``stage``)

    @property
    def code(self) -> str:
        return f"{self.stage}:{self.reason}"

    @property
    def stages(self) -> tuple[str, ...]:
        return (self.stage, *self.also)


@dataclass(frozen=True)
class DynamicSite:
    """A ``Change``/``Rejection``/``Skipped`` call whose code is a variable.

    ``sources`` say where the variable's values are spelled (read by the scan in
    tests/test_rules.py from the module's source):

    * ``table:NAME``: the first item of every tuple in the module-level ``NAME``;
    * ``assign:NAME``: string literals assigned to ``NAME`` or ``NAME[...]``;
    * ``return:FUNC``: string literals ``FUNC`` returns (first item of a returned tuple);
    * ``key:NAME``: first item of the literal tuple keys of ``NAME[(...)]``;
    * ``loop:NAME``: values ``NAME`` takes in a ``for`` over a literal tuple of tuples;
    * ``failures:PATH``: the ``ReadFailure`` reasons spelled in the module ``PATH``
      (``*``: in the whole package).

    ``family``: a registered open family (:attr:`Rule.pattern`) the site also emits.
    """

    path: str  # relative to the package root's parent, e.g. "newsclean/cleaners/encoding.py"
    step: str  # the resolved first argument ("encoding", "read", "skip")
    var: str  # the variable holding the rule or reason
    doc: str
    sources: tuple[str, ...]
    family: str | None = None


# --------------------------------------------------------------------------- helpers for the examples

_CTX = RunContext(run_id="rules", pipeline_version="0")


def _raw(body: bytes, kind: Literal["html", "text"] = "text", **meta: Any) -> RawRecord:
    return RawRecord(
        input_ref="example", kind=kind, body=body, raw_sha256=hashlib.sha256(body).hexdigest(), **meta
    )


def _draft(body: bytes, kind: Literal["html", "text"] = "text") -> Any:
    """Phase 1 of the pipeline (owner of the rules it records itself)."""
    return draft_record(_raw(body, kind), _CTX)


def _clean(body: bytes, kind: Literal["html", "text"] = "text") -> Any:
    """Both phases of the pipeline."""
    return clean_record(_raw(body, kind), _CTX)


_P = [
    "Russian Foreign Minister Sergey Lavrov met his American counterpart in Washington on Wednesday, officials said.",
    "The two men discussed Syria, Ukraine and the future of arms control treaties for more than two hours.",
    "Neither side announced a breakthrough, but both described the talks as businesslike and useful.",
    "A further round of talks is expected in the summer, according to diplomats familiar with the plans.",
]
_PS = "".join(f"<p>{p}</p>" for p in _P)
_PAGE = f"<html><head><title>Lavrov meets Tillerson</title></head><body><article>{_PS}</article></body></html>"
_PAGE_TITLED = _PAGE.replace("<article>", "<article><p>Lavrov meets Tillerson</p>")
# favor_precision drops blocks whose class says "bottom": the precise pass loses the
# second paragraph, the default pass keeps it, and the combination fills the gap
_PAGE_GAP = _PAGE.replace(f"<p>{_P[1]}</p>", f"<p class='bottom'>{_P[1]}</p>")
_LONG = [p + " " + p for p in _P]
_PAGE_SPLIT = (
    "<html><head><title>Split story</title></head><body><article><h1>Split story</h1><div>"
    f"<div class='article__body'>{''.join(f'<p>{p}</p>' for p in _LONG[:2])}</div>"
    "<div class='ad-slot'><p>Advertisement</p></div>"
    f"<div class='article__body'>{''.join(f'<p>{p}</p>' for p in _LONG[2:])}</div>"
    "</div></article></body></html>"
)
_PAGE_ONE_BLOCK = _PAGE_SPLIT.replace("</div><div class='ad-slot'><p>Advertisement</p></div><div class='article__body'>", "")
# the precise pass keeps nothing of a <button>, the default pass keeps its text: the
# fallback. (In the wild: a scrapinghub page whose precise pass kept only a reprint notice.)
_PAGE_BUTTON = "<html><body><div><button>Close</button></div></body></html>"
_BODY = "\n\n".join(_P)
_NAV_PAGE = "\n".join(
    ["Home", "World", "Business", "Sports", ""]
    + ["The minister said on Monday that the talks would go on for as long as it takes to reach a deal."] * 3
    + ["", "About us", "Contact", "Privacy policy"]
)
_RU = "Министр иностранных дел России заявил в четверг, что переговоры продолжатся летом."


def _warc(*records: tuple[str, bytes, str]) -> bytes:
    """A WARC of HTTP responses (url, body, content type)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for url, body, ctype in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    return out.getvalue()


_WARC_OK = _warc(("https://example.org/a", _PAGE.encode(), "text/html; charset=utf-8"))


# --- reliability (issue 12): helpers for the examples of hostile inputs ---


def _warc_dated(date: str) -> bytes:
    """A one-response WARC with this WARC-Date."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://example.org/a", "response", payload=io.BytesIO(_PAGE.encode()),
                                                  http_headers=http, warc_headers_dict={"WARC-Date": date}))
    return out.getvalue()


def _listing(link_target: str | None = None, fifo: bool = False, folder_link: str | None = None) -> list[Any]:
    """What listing a folder ``in/`` reports instead of reading (in the working directory): rejects and counted skips."""
    import os

    from newsclean.inputs.files import scan_inputs

    Path("in").mkdir()
    Path("in/page.txt").write_bytes(b"A page.")
    Path("outside.txt").write_bytes(b"Outside.")
    if link_target:
        os.symlink(link_target, "in/link.txt")
    if folder_link:
        os.symlink(folder_link, "in/folder")
    if fifo:
        os.mkfifo("in/pipe.txt")
    return [e.problem for e in scan_inputs(Path("in")) if e.problem is not None]


def _isolated(path: str) -> list[Any]:
    """The records of one planned file as a batch reads them (a reader that raises becomes internal_error)."""
    from newsclean.batch import read_isolated
    from newsclean.plan import FileItem

    return list(read_isolated(FileItem(path, "a.txt", 0, 0, ""), Path("."), RunContext("rules", "0", strict=False)))


def _clean_fetched(year: int) -> Any:
    """Both phases of a text record fetched in ``year`` (datetime's range, not ours)."""
    import datetime as dt

    raw = _raw(_BODY.encode(), fetched_at=dt.datetime(year, 1, 2, tzinfo=dt.UTC))
    return clean_record(raw, _CTX)


# --------------------------------------------------------------------------- change rules

_RULES: list[Rule] = []


def rule(code: str, doc: str, owner: Callable[..., Any], *, positive: Example, negative: Example, pattern: str | None = None) -> None:
    _RULES.append(Rule(code, doc, owner, positive, negative, pattern))


# read: what a reader noticed about a record it could still read
rule("read:bad_sidecar", "the page's NAME.meta.json is not a JSON object: the page is read without metadata",
     read_html, positive=ex(Path("page.html"), "page.html", _PAGE.encode(), files={"page.meta.json": b"{not json"}),
     negative=ex(Path("page.html"), "page.html", _PAGE.encode(), files={"page.meta.json": b'{"url": "https://example.org/a"}'}))

rule("read:fetched_at_out_of_range", "a declared fetched_at (sidecar, JSONL) outside 1800..2200 is ignored", read_jsonl,
     positive=ex(Path("f.jsonl"), "f.jsonl", b'{"text": "A line.", "fetched_at": "9999-12-31T23:59:59-01:00"}\n'),
     negative=ex(Path("f.jsonl"), "f.jsonl", b'{"text": "A line.", "fetched_at": "2024-05-01T10:00:00Z"}\n'))
rule("read:fetched_at_unix_time", "a declared fetched_at written as Unix time (a number or digits: seconds or milliseconds) "
     "is read as that time", read_jsonl,
     positive=ex(Path("f.jsonl"), "f.jsonl", b'{"text": "A line.", "fetched_at": 1714557600000}\n'),
     negative=ex(Path("f.jsonl"), "f.jsonl", b'{"text": "A line.", "fetched_at": "2024-05-01T10:00:00Z"}\n'))
rule("read:fetched_at_unparsed", "a declared fetched_at that is neither ISO 8601 nor Unix time (0000-00-00, 25:00) is ignored", read_jsonl,
     positive=ex(Path("f.jsonl"), "f.jsonl", b'{"text": "A line.", "fetched_at": "0000-00-00 00:00:00"}\n'),
     negative=ex(Path("f.jsonl"), "f.jsonl", b'{"text": "A line.", "fetched_at": "2024-05-01 10:00:00"}\n'))
rule("read:body_joined", "a body given as a list of strings (a scraper's paragraphs: {\"text\": [\"...\", \"...\"]}) is read "
     "as those paragraphs", read_jsonl,
     positive=ex(Path("f.jsonl"), "f.jsonl", b'{"text": ["First paragraph.", "Second paragraph."]}\n'),
     negative=ex(Path("f.jsonl"), "f.jsonl", b'{"text": "First paragraph.", "tags": ["a", "b"]}\n'))
rule("read:json_lines", "a .json file holding one JSON record a line (JSON Lines saved as .json) is read as JSONL", read_json,
     positive=ex(Path("f.json"), "f.json", b'{"text": "A line."}\n{"text": "Another line."}\n'),
     negative=ex(Path("f.json"), "f.json", b'[{"text": "A line."},\n {"text": "Another line."}]\n'))
rule("read:json_document", "a .jsonl file that is one JSON document written over many lines (an indented array or object) "
     "is read as a .json file", read_jsonl,
     positive=ex(Path("f.jsonl"), "f.jsonl", b'[\n  {\n    "text": "A line."\n  }\n]\n'),
     negative=ex(Path("f.jsonl"), "f.jsonl", b'{"text": "A line."}\n{"text": "Another line."}\n'))
rule("read:json_in_file", "an .html or .txt file that is a JSON record (or an array of them, or an API response wrapping "
     "them) with a body field is read as a .json file, not as text full of JSON syntax", read_html,
     positive=ex(Path("page.html"), "page.html", b'{"title": "T", "text": "A line."}'),
     negative=ex(Path("page.html"), "page.html", b'{braces} and a line of text.'))
rule("read:json_in_string", "a JSON record encoded twice (a string holding the JSON object: json.dumps on a JSON string) "
     "is decoded once more", read_jsonl,
     positive=ex(Path("f.jsonl"), "f.jsonl", b'"{\\"text\\": \\"A line.\\"}"\n'),
     negative=ex(Path("f.jsonl"), "f.jsonl", b'{"text": "{A line in braces.}"}\n'))
rule("read:nul_stripped", "NUL bytes around a JSONL record (the padding a writer that crashed leaves) are removed", read_jsonl,
     positive=ex(Path("f.jsonl"), "f.jsonl", b'{"text": "A line."}\x00\x00\n'),
     negative=ex(Path("f.jsonl"), "f.jsonl", b'{"text": "A line with \\u0000 in it."}\n'))
rule("read:metadata_not_text", "a declared title, URL, source or date (sidecar, JSONL) that is a JSON object, array or boolean, "
     "or a number that is not finite (NaN, Infinity, an integer of thousands of digits), is ignored, never stored as its repr", read_jsonl,
     positive=ex(Path("f.jsonl"), "f.jsonl", b'{"text": "A line.", "title": {"a": 1}}\n'),
     negative=ex(Path("f.jsonl"), "f.jsonl", b'{"text": "A line.", "title": "A headline"}\n'))
rule("read:lone_surrogate", "a lone surrogate in a JSON string (\\ud800: half an emoji a JavaScript writer cut; not storable as UTF-8) "
     "is replaced by U+FFFD; a body that is more than 1 % lone surrogates is rejected bad_unicode", read_jsonl,
     positive=ex(Path("f.jsonl"), "f.jsonl", b'{"text": "A long line of text about the council budget vote, which the members approved late on Tuesday evening after a debate of four hours, cut at an emoji \\ud83d", "title": "Vote \\udfff"}\n'),
     negative=ex(Path("f.jsonl"), "f.jsonl", b'{"text": "A line with a whole emoji \\ud83d\\ude00"}\n'))
rule("read:field_alias", "a well-known scraper's or feed format's key stands in for an absent contract key (news-please, NewsAPI, "
     "JSON Feed, schema.org, newspaper3k, RSS, trafilatura: inputs.base.META_ALIASES)", read_jsonl,
     positive=ex(Path("f.jsonl"), "f.jsonl", b'{"maintext": "A line.", "date_publish": "2017-11-06 22:18:21"}\n'),
     negative=ex(Path("f.jsonl"), "f.jsonl", b'{"text": "A line.", "published_at": "2017-11-06", "date_publish": "2017-11-05"}\n'))
rule("read:feed_decoded", "a JSON/JSONL file that is not UTF-8 is decoded before parsing: UTF-16/32 transcoded whole, a legacy "
     "charset detected as for a body (UTF-8 and legacy lines told apart); noted on each record whose line changed", read_jsonl,
     positive=ex(Path("f.jsonl"), "f.jsonl", '{"text": "El niño pidió una señal al alcalde."}\n'.encode("utf-16")),
     negative=ex(Path("f.jsonl"), "f.jsonl", '{"text": "El niño pidió una señal al alcalde."}\n'.encode()))
rule("read:wrapped_records", "a .json file that is an API response wrapping one array of records (NewsAPI's articles, "
     "items, data ...) is read as that array", read_json,
     positive=ex(Path("f.json"), "f.json", b'{"status": "ok", "articles": [{"content": "A line."}]}'),
     negative=ex(Path("f.json"), "f.json", b'[{"content": "A line."}]'))
rule("read:gzip_inside", "gzip data inside a file (a .gz compressed twice, a feed saved compressed without the .gz suffix, "
     "a WARC gzipped whole instead of record by record) is inflated under the same cap, up to 3 layers", read_path,
     positive=ex(Path("f.jsonl"), Path("."), files={"f.jsonl": gzip.compress(b'{"text": "A line."}\n')}),
     negative=ex(Path("f.jsonl"), Path("."), files={"f.jsonl": b'{"text": "A line."}\n'}))
rule("read:compressed_inside", "bzip2 or xz data inside a file (a feed compressed without a suffix) is inflated under the same cap",
     read_path, positive=ex(Path("f.jsonl"), Path("."), files={"f.jsonl": lzma.compress(b'{"text": "A line."}\n')}),
     negative=ex(Path("f.jsonl"), Path("."), files={"f.jsonl": b'{"text": "A line."}\n'}))
rule("read:warc_date_out_of_range", "a WARC-Date outside 1800..2200 is ignored (the record is read without it)", read_warc,
     positive=ex(Path("a.warc"), "a.warc", _warc_dated("0001-01-01T00:00:00Z")),
     negative=ex(Path("a.warc"), "a.warc", _warc_dated("2024-05-01T10:00:00Z")))
rule("read:warc_date_unparsed", "a WARC-Date that is not an ISO 8601 date-time is ignored with a note (the record is read "
     "without it)", read_warc,
     positive=ex(Path("a.warc"), "a.warc", _warc_dated("yesterday at noon")),
     negative=ex(Path("a.warc"), "a.warc", _warc_dated("2024-05-01T10:00:00Z")))

# decode: bytes to text (cleaners.encoding.decode_bytes)
_dec = encoding.decode_bytes
rule("decode:bom", "a byte-order mark decided the charset", _dec,
     positive=ex(codecs.BOM_UTF8 + "Grüße".encode()), negative=ex("Grüße".encode()))
rule("decode:declared_charset", "decoded with the charset declared outside the body (HTTP Content-Type)", _dec,
     positive=ex(_RU.encode("cp1251"), "windows-1251"), negative=ex(_RU.encode("utf-8"), None))
rule("decode:declared_charset_unknown", "the charset declared outside the body is not a known charset: ignored", _dec,
     positive=ex(b"plain text", "x-klingon"), negative=ex(b"plain text", "utf-8"))
rule("decode:declared_charset_failed", "the charset declared outside the body does not decode the bytes: ignored", _dec,
     positive=ex("Café crème, s'il vous plaît.".encode("cp1252"), "utf-8"),
     negative=ex("Café crème, s'il vous plaît.".encode(), "utf-8"))
rule("decode:declared_overridden", "a legacy charset is declared but the bytes are valid UTF-8: UTF-8 wins", _dec,
     positive=ex("Café crème".encode(), "iso-8859-1"), negative=ex("Café crème".encode("cp1252"), "iso-8859-1"))
rule("decode:meta_charset", "decoded with the charset of <meta charset> or the XML declaration", _dec,
     positive=ex(b'<meta charset="windows-1251"><p>' + _RU.encode("cp1251")),
     negative=ex(b"<p>" + _RU.encode("utf-8")))
rule("decode:meta_charset_unknown", "the body declares an unknown charset: ignored", _dec,
     positive=ex(b'<meta charset="klingon"><p>plain text</p>'), negative=ex(b'<meta charset="utf-8"><p>plain text</p>'))
rule("decode:meta_charset_failed", "the charset the body declares does not decode it: ignored", _dec,
     positive=ex(b'<meta charset="utf-8"><p>' + "Café crème, s'il vous plaît.".encode("cp1252")),
     negative=ex(b'<meta charset="utf-8"><p>' + "Café crème, s'il vous plaît.".encode()))
rule("decode:detected_charset", "no usable declaration and not UTF-8: charset-normalizer chose the charset", _dec,
     positive=ex(_RU.encode("cp1251")), negative=ex(_RU.encode("utf-8")))

_UTF8_LINE = "Die Grüße aus Köln kamen pünktlich an, schön verpackt."
_CP1252_LINE = "Schöne Grüße zurück – und „danke“ für alles, sagte Jürgen."
rule("decode:mixed_charset", "a file mixing UTF-8 lines and legacy-charset lines: decoded line by line (detail: the charsets)",
     _dec, positive=ex((_UTF8_LINE + "\n\n").encode("utf-8") + (_CP1252_LINE + "\n").encode("cp1252")),
     negative=ex((_CP1252_LINE + "\n" + _CP1252_LINE).encode("cp1252")))

# encoding: repair after decoding (cleaners.encoding.fix_text)
_fix = encoding.fix_text
rule("encoding:mojibake", "ftfy re-decoded text that was decoded with the wrong charset", _fix,
     positive=ex("Lavrovâ€™s visit"), negative=ex("Lavrov’s visit"))
_FTFY_STEPS = sorted(n for n in ftfy.FIXERS if encoding.FTFY_CONFIG._asdict().get(n) is True) + (
    ["normalize"] if encoding.FTFY_CONFIG.normalization else []
)
rule("encoding:{ftfy_fixer}",
     "one ftfy fixer changed the line: the rule is the fixer's name (unescape_html, fix_latin_ligatures, "
     "fix_character_width, remove_terminal_escapes, ...) or normalize (NFC); the fixers are FTFY_CONFIG's",
     _fix, positive=ex("Fish &amp; chips"), negative=ex("AT&T and this&not that"),
     pattern="encoding:(?:" + "|".join(_FTFY_STEPS) + ")")
rule("encoding:ftfy", "several ftfy fixers changed one line (detail: their names)", _fix,
     positive=ex("Fish &amp; ﬁnance"), negative=ex("Fish & finance"))
rule("encoding:lossy_quote", "a lost closing quote (U+FFFD) restored as ” after an open “ in the same paragraph",
     _fix, positive=ex("He said â€œhelloâ€\ufffd and left."), negative=ex("Price: 5\ufffd. “Fine” he said."))
rule("encoding:fix_character_width", "full-width Latin letters and digits made ASCII (CJK punctuation next to CJK text kept)",
     _fix, positive=ex("ＡＢＣ news"), negative=ex("中文新闻，（测试）内容。"))
rule("encoding:control_chars", "C0 controls and other characters unfit for text removed", _fix,
     positive=ex("a\x00b"), negative=ex("a\tb"))
rule("encoding:zero_width", "zero-width space, word joiner, soft hyphen or a stray zero-width joiner removed", _fix,
     positive=ex("zero\u200bwidth"), negative=ex("می\u200cخواهم"))  # ZWNJ inside a Persian word is spelling

# whitespace: line breaks and spacing (cleaners.whitespace.normalize_whitespace)
_ws = whitespace.normalize_whitespace
rule("whitespace:line_breaks", "CR, CRLF, LS, PS, VT, FF and NEL line breaks became LF", _ws,
     positive=ex("one\r\ntwo"), negative=ex("one\ntwo"))
rule("whitespace:inline_space", "runs of spaces, tabs and typographic spaces collapsed; lines trimmed", _ws,
     positive=ex("one\u00a0 two"), negative=ex("one two"))
rule("whitespace:blank_lines", "more than MAX_BLANK_LINES blank lines between paragraphs capped", _ws,
     positive=ex("one\n\n\n\ntwo"), negative=ex("one\n\ntwo"))
rule("whitespace:edge_lines", "leading and trailing empty lines removed", _ws,
     positive=ex("\none\ntwo\n"), negative=ex("one\ntwo"))

# url: canonical form (cleaners.urls.canonical_url)
rule("url:canonical_url", "tracking parameters and the fragment dropped, scheme and host lowercased",
     urls.canonical_url, positive=ex("https://Example.org/a?utm_source=x&id=3#top"),
     negative=ex("https://example.org/a?id=3"))

rule("url:not_a_page_url", "a declared URL that names no page (javascript:, data:, mailto: ..., or one holding control "
     "characters) is dropped", urls.canonical_url, positive=ex("javascript:void(0)"), negative=ex("https://example.org/javascript-tips"))

# extract: HTML to text (cleaners.boilerplate.extract_html)
_ext = boilerplate.extract_html
rule("extract:text_is_html", "a text record (JSONL text field, .txt file) that is a whole HTML page is extracted as a page",
     boilerplate.text_or_page, positive=ex(_PAGE), negative=ex(" ".join(_P)))
rule("extract:markup_stripped", "a text record that is an HTML fragment (<p>, <br>, <a> ...) keeps its words, loses its tags, "
     "scripts and styles; block elements become paragraphs", boilerplate.text_or_page,
     positive=ex("".join(f"<p>{p}</p>" for p in _P)), negative=ex("Wrap the block in a <div> and close it with </div>. " + _P[0]))
rule("extract:html_is_text", "a body declared HTML (an html field, a .html file, a WARC response) that holds no markup at all "
     "is read as text", boilerplate.page_or_text, positive=ex(" ".join(_P)), negative=ex(_PAGE))
rule("extract:xml_declaration_dropped", "an XHTML page's XML declaration before its first tag was dropped before extraction "
     "(the page is decoded already; lxml refuses a decoded page that declares an encoding)", _ext,
     positive=ex('<?xml version="1.0" encoding="ISO-8859-1"?>' + _PAGE), negative=ex(_PAGE))
_MANY_ATTRS = "<article " + " ".join(f"data-a{i}='{i}'" for i in range(300)) + ">"
rule("extract:attributes_trimmed", "a tag with more than MAX_ATTRIBUTES attributes was cut to its first ones before parsing "
     "(libxml2's cost grows with the square of an element's attributes: 50,000 took minutes)", _ext,
     positive=ex(_PAGE.replace("<article>", _MANY_ATTRS)), negative=ex(_PAGE.replace("<article>", "<article class='story' id='a1'>")))
rule("extract:nesting_flattened", "a page nested deeper than libxml2's limit (255 levels: unclosed <font> or <div> in every "
     "paragraph) lost its end to the parser: tags below MAX_DEPTH levels were dropped, every word kept", _ext,
     positive=ex(_PAGE.replace("<p>", "<p><font face='Arial'>" * 80)), negative=ex(_PAGE.replace("<p>", "<p><font face='Arial'>")))
rule("extract:split_body_joined", "sibling blocks of one article body were joined before extraction", _ext,
     positive=ex(_PAGE_SPLIT), negative=ex(_PAGE_ONE_BLOCK))
rule("extract:trafilatura_precise", "the text is trafilatura's precise pass", _ext,
     positive=ex(_PAGE), negative=ex(_PAGE_GAP))
rule("extract:trafilatura_gap_fill",
     "the text is the default pass from the first to the last line of the precise pass (its gaps filled)", _ext,
     positive=ex(_PAGE_GAP), negative=ex(_PAGE))
rule("extract:trafilatura_default_fallback",
     "the precise pass kept too little (< PRECISE_MIN_SHARE of the default pass): the default pass is the text",
     _ext, positive=ex(_PAGE_BUTTON), negative=ex(_PAGE_BUTTON.replace("button", "p")))

rule("extract:metadata_fallback", "the precise pass found no text: title, date, authors and site name read from the page itself",
     _ext, positive=ex(_PAGE_BUTTON.replace("<html>", "<html><head><title>Closing time</title></head>")), negative=ex(_PAGE))


def _combined(default: str, precise: str) -> list[Change]:
    """The change extract_html records for how :func:`combine_passes` joined the two passes."""
    _, how = boilerplate.extract.combine_passes(default, precise)
    return [Change("extract", f"trafilatura_{how}")]


_OTHER_BLOCK = ["Comments are moderated and may take a day to appear under this story.",
                "Readers who wish to reply should log in with their account first, then write below."]
rule("extract:trafilatura_passes_disagree",
     "less than half of the precise pass's text is in the default pass: the default pass (trafilatura's own choice) is kept",
     _combined, positive=ex("\n".join(_P), "\n".join(_OTHER_BLOCK)), negative=ex("\n".join(["Menu", *_P, "Footer"]), "\n".join(_P[1:3])))

# authors: trafilatura's author list, cleaned (cleaners.authors.clean_authors)
_au = authors.clean_authors
rule("authors:author_duplicate", "the same name in another case or spacing: one spelling kept (the mixed-case one)", _au,
     positive=ex(["JEFFREY GETTLEMAN", "Jeffrey Gettleman"]), negative=ex(["Jane Doe", "John Doe"]))
rule("authors:author_role", "a role, site, network or publication, not a person ('Redaktion', 'Admin', a domain, the site name, "
     "'The Huffington Post', 'AOL Staff', a company 'Example Verlag GmbH', a country alone); news agencies stay", _au,
     positive=ex(["Redaktion"]), negative=ex(["Jane Doe"]))
rule("authors:author_fragment", "an initial, or one word of another author's name", _au,
     positive=ex(["Jane Doe", "Doe"]), negative=ex(["Jane Doe", "John Smith"]))
rule("authors:author_date", "a month or a date in the author field", _au,
     positive=ex(["Apr"]), negative=ex(["April Ryan"]))
rule("authors:author_trimmed",
     "words glued to a name that are not part of it (a leading 'By' or job title, a publication before 'By'/'Von', a date or 'Updated', a job title, a news "
     "organisation or the site, UI text, a sentence): cut, the detail says which", _au,
     positive=ex(["Howard Blume Staff Writer"]), negative=ex(["Anne Editor"]))
rule("authors:author_repeated", "a name said twice in one entry ('Confreaks Confreaks'): kept once", _au,
     positive=ex(["Confreaks Confreaks"]), negative=ex(["Jane Jane Doe"]))
rule("authors:author_split", "two full names joined by a conjunction or a comma in one entry: two entries", _au,
     positive=ex(["Jane Doe and John Smith"]), negative=ex(["José Ortega y Gasset"]))
rule("authors:author_inverted", "a 'Surname, Given' byline that metadata split at its comma: joined, given name first", _au,
     positive=ex(["Brazil", "Rachel"]), negative=ex(["Jane", "Doe"]))
rule("authors:author_not_a_name", "an entry with no name at all: UI text ('See full bio'), a placeholder ('xxx')", _au,
     positive=ex(["See full bio"]), negative=ex(["doumae"]))

# title: the headline without the site's name (cleaners.titles.clean_title)
rule("title:title_site_suffix", "the site's name (and a date) after the headline ('… | Börsen-Zeitung', '… – DW – 28.04.2023'): cut",
     titles.clean_title, positive=ex("Wero besteht Praxistest im digitalen Handel | Börsen-Zeitung", "boersen-zeitung.de"),
     negative=ex("Biden - Trump debate draws record audience", "example.com"))

# boilerplate: residue, title lines, learned and page-trim rules
_res = boilerplate.strip_residue
rule("boilerplate:title_repeat", "the page's first text line repeats its title: dropped (the title is metadata)",
     _ext, positive=ex(_PAGE_TITLED), negative=ex(_PAGE))
rule("boilerplate:title_line", "already-extracted text opened with its headline: moved to title",
     _draft, positive=ex(f"Lavrov visits Ankara\n{_P[0]}".encode()), negative=ex(f"{_P[0]}\n{_P[1]}".encode()))
for _code, _doc, _pos, _neg in (
    ("share_widget", "a share/print/email widget line", "Share this article", "Share prices fell 3% on Monday"),
    ("comment_widget", "a comment-section widget line", "Leave a Reply", "Leave the city before the storm, officials said."),
    ("image_caption", "an image placeholder or a caption with a credit", "Placeholder canvas",
     "The placeholder text was removed from the bill."),
    ("appeal", "a donation, newsletter or app appeal", "Help us grow. Support The Duran on Patreon!",
     "Help came from neighbours, who cleared the road."),
    ("disclaimer", "an opinion or affiliate disclaimer", "Disclaimer: this is not investment advice.",
     "The statements made by the minister were disputed."),
    ("copyright", "a copyright or footer line", "© 2019 The Duran. All rights reserved.",
     "The copyright case went to court in 2019, lawyers said."),
    ("tag_widget", "a tag or category list, or an empty category widget", "Tags: Russia, Lavrov",
     "Tags on the luggage showed it came from Riga, police said."),
    ("related_link", "a related-article link line", "READ MORE: Lavrov visits Ankara",
     "Read more carefully, the judge told the jury on Monday."),
    ("contact_credit", "a follow-us, write-to or reporting/editing credit line",
     "Reporting by Will Dunham; Editing by Jane Doe", "The reporting by local media was accurate, he said."),
    ("byline_empty", "a byline with no author, only a date (the date goes to the dates stage)",
     "By | February 14, 2022", "By February 14, 2022 the talks had ended."),
    ("publication_header", "a 'Publication: X Volume: N Issue: M' header (the name goes to metadata)",
     "Publication: Kommersant Volume: 12 Issue: 3", "The publication of the report was delayed."),
):
    rule(f"boilerplate:{_code}", _doc, _res, positive=ex(f"{_P[0]}\n\n{_pos}\n\n{_P[1]}"),
         negative=ex(f"{_P[0]}\n\n{_neg}\n\n{_P[1]}"))
rule("boilerplate:teaser_marker", "a '[Continue reading…]' marker at a line end (the sentence stays)", _res,
     positive=ex(f"{_P[0]} [Continue reading…]"), negative=ex(f"{_P[0]} They will continue reading the draft."))
rule("boilerplate:related_block", "the headline-like lines after the last footer widget (related articles)", _res,
     positive=ex(f"{_BODY}\n\nShare this article\n\nLavrov visits Ankara\n\nTalks resume in Geneva"),
     negative=ex(f"{_BODY}\n\nShare this article\n\nThe talks resumed on Monday, officials said."))
rule("boilerplate:nav_menu", "a run of NAV_RUN_MIN or more short menu items on consecutive lines", _res,
     positive=ex(f"Home\nWorld\nBusiness\nSports\n\n{_BODY}"), negative=ex(f"Home\nWorld\nBusiness\n\n{_BODY}"))
rule("boilerplate:learned_repeat", "a short line learned as boilerplate of its source (repeats across its stories)",
     boilerplate.strip_learned, positive=ex(f"{_P[0]}\nHelp us grow", frozenset({line_key("Help us grow")})),
     negative=ex(f"{_P[0]}\nHelp us grow", frozenset({line_key("Share this")})))
rule("boilerplate:nav_block", "text path: a non-prose line before or after a page's main prose block",
     boilerplate.trim_to_prose, positive=ex(_NAV_PAGE, "en"),
     negative=ex("\n".join(_NAV_PAGE.split("\n")[5:8]), "en"))

# dates: the publication date (cleaners.dates.publication_date)
_pub = dates.publication_date
for _src, _bad, _good in (
    ("metadata", "sometime soon", "2022-02-14"),
    ("page", "n/a", "2022-02-14"),
    ("byline", "By staff", "February 14, 2022"),
):
    rule(f"dates:unparsed_{_src}_date", f"the {_src} date could not be read (detail: the value)", _pub,
         positive=ex(**cast("dict[str, Any]", {_src: _bad})), negative=ex(**cast("dict[str, Any]", {_src: _good})))
for _src, _val, _doc in (
    ("metadata", "2022-02-14", "the input's declared metadata (JSONL, sidecar, WARC)"),
    ("page", "2022-02-14", "the page's own metadata (JSON-LD, OpenGraph, <time>)"),
    ("byline", "February 14, 2022", "the byline dropped from the text"),
    ("url", "https://example.org/2022/02/14/story", "the URL"),
):
    _other = "url" if _src != "url" else "metadata"
    rule(f"dates:published_from_{_src}", f"publication date taken from {_doc}", _pub,
         positive=ex(**cast("dict[str, Any]", {_src: _val})),
         negative=ex(**cast("dict[str, Any]", {_other: "https://example.org/2022/02/14/story" if _other == "url" else "2022-02-14"})))
rule("dates:unparsed_htmldate_date", "htmldate's date for the raw HTML could not be read (detail: the value)", _pub,
     positive=ex(htmldate="n/a"), negative=ex(htmldate="2022-02-14"))
rule("dates:published_from_htmldate", "publication date taken from htmldate on the raw HTML (recorded as source page)", _pub,
     positive=ex(htmldate="2022-02-14"), negative=ex(url="https://example.org/2022/02/14/story"))
for _src in ("metadata", "htmldate", "page", "byline"):
    rule(f"dates:out_of_range_{_src}_date", f"the {_src} date is outside MIN/MAX_PUBLICATION_YEAR and was ignored", _pub,
         positive=ex(**cast("dict[str, Any]", {_src: "0001-01-01"})), negative=ex(**cast("dict[str, Any]", {_src: "2022-02-14"})))
rule("dates:numeric_metadata_date", "a declared date of digits only read as ISO 8601 basic (20240501, 20240501T100000Z) or "
     "Unix time in seconds or milliseconds (1700000000)", _pub, positive=ex(metadata="1700000000"), negative=ex(metadata="2023-11-14"))
rule("dates:copyright_year_skipped", "a page date on January 1 of the copyright year lost to another source", _pub,
     positive=ex(htmldate="2016-01-01", url="https://example.org/2019/05/20/a", copyright_year=2016),
     negative=ex(htmldate="2016-01-01", url="https://example.org/2019/05/20/a", copyright_year=2015))
rule("dates:sources_disagree", "sources more than AGREEMENT_SLACK_DAYS apart: the most trusted wins, flagged", _pub,
     positive=ex(metadata="2022-02-14", url="https://example.org/2021/01/01/story"),
     negative=ex(metadata="2022-02-14", url="https://example.org/2022/02/14/story"))

import datetime as _dt  # noqa: E402

_UTC = _dt.UTC
rule("dates:fetched_at_out_of_range", "a fetch time outside the publication years is not used to read or check dates", _pub,
     positive=ex(metadata="2022-02-14", fetched_at=_dt.datetime(1, 1, 1, tzinfo=_UTC)),
     negative=ex(metadata="2022-02-14", fetched_at=_dt.datetime(2022, 2, 15, tzinfo=_UTC)))
rule("dates:anchor_out_of_range", "the date relative dates would be resolved against is outside MIN_YEAR..MAX_YEAR: "
     "they stay unresolved", _clean_fetched, positive=ex(1), negative=ex(2022))

RULES: dict[str, Rule] = {r.code: r for r in _RULES}
"""Change code (``step:rule``) -> :class:`Rule`."""

FAMILIES: dict[str, str] = {
    "decode:{rule}_unknown": "a declared charset (rule: declared_charset, meta_charset) is not a known charset",
    "decode:{rule}_failed": "a declared charset (rule: declared_charset, meta_charset) does not decode the bytes",
    "extract:trafilatura_{how}": "which trafilatura pass became the text (how: precise, gap_fill, default_fallback)",
    "dates:unparsed_{source}_date": "a date source that could not be read (source: metadata, htmldate, page, byline)",
    "dates:published_from_{source}": "where the publication date came from (source: metadata, htmldate, page, byline, url)",
    "dates:out_of_range_{source}_date": "a date source outside the plausible publication years (source: metadata, htmldate, page, byline)",
}
"""Code templates spelled as f-strings in the source -> doc; members are registered in :data:`RULES`."""


# --------------------------------------------------------------------------- reject reasons

_REASONS: list[Reason] = []


def reason(
    name: str, stage: str, doc: str, owner: Callable[..., Any], *, positive: Example, negative: Example, also: tuple[str, ...] = ()
) -> None:
    _REASONS.append(Reason(name, stage, doc, owner, positive, negative, also))


_jsonl = read_jsonl
reason("unsupported", "read", "no reader for the file's suffix, or for the compressed data inside it (zip, zstd, 7z)", read_path,
       positive=ex(Path("report.pdf"), Path(".")), negative=ex(Path("note.txt"), Path("."), files={"note.txt": b"hi"}))
reason("unreadable", "read", "the file could not be read (permissions, vanished, I/O error)", read_path,
       positive=ex(Path("gone.txt"), Path(".")), negative=ex(Path("here.txt"), Path("."), files={"here.txt": b"hi"}))
reason("gzip_error", "read", "a .gz file (or bzip2/xz data inside a file) that does not decompress", read_path,
       positive=ex(Path("a.txt.gz"), Path("."), files={"a.txt.gz": b"\x1f\x8b\x08\x00 not really gzip"}),
       negative=ex(Path("a.txt.gz"), Path("."), files={"a.txt.gz": gzip.compress(b"hi")}))
reason("bad_json", "read", "a JSONL line that is not JSON", _jsonl,
       positive=ex(Path("feed.jsonl"), "feed.jsonl", b"this line is not JSON\n"),
       negative=ex(Path("feed.jsonl"), "feed.jsonl", b'{"text": "A line of text."}\n'))
reason("bad_record", "read", "a JSONL line or WARC record without a usable body (not an object, no html/text field, "
       "unknown WARC-Type, undecodable content encoding)", _jsonl,
       positive=ex(Path("feed.jsonl"), "feed.jsonl", b'["a list", "not an object"]\n'),
       negative=ex(Path("feed.jsonl"), "feed.jsonl", b'{"html": "<p>A page.</p>"}\n'))
reason("bad_warc", "read", "bytes of a WARC file that cannot be parsed as a record (damaged or truncated); the read "
       "resumes at the next record start after them, if any", read_warc,
       positive=ex(Path("a.warc"), "a.warc", b"this is not a WARC file\n" * 4),
       negative=ex(Path("a.warc"), "a.warc", _WARC_OK))
reason("bad_sidecar", "read", "a NAME.meta.json that is not a JSON object (the page itself is still read: "
       "read:bad_sidecar note)", read_sidecar,
       positive=ex(Path("page.html"), files={"page.meta.json": b"[1, 2]"}),
       negative=ex(Path("page.html"), files={"page.meta.json": b'{"url": "https://example.org/a"}'}))
reason("outside_input", "read", "a symlink whose target is outside --input: never followed", _listing,
       positive=ex("../outside.txt"), negative=ex("page.txt"))
reason("bad_filename", "read", "a file name that is not UTF-8 (the bytes are kept; input_ref shows them as \\xNN)", read_path,
       positive=ex(Path("caf\udce9.txt"), Path("."), files={"caf\udce9.txt": b"hi"}),
       negative=ex(Path("cafe.txt"), Path("."), files={"cafe.txt": b"hi"}))
reason("too_large", "read", "over a limit (--max-file-bytes, --max-record-bytes; --max-text-chars at decode): the raw "
       "is the bytes as stored, never expanded", read_path,
       positive=ex(Path("a.txt.gz"), Path("."), Limits(max_record_bytes=1000), files={"a.txt.gz": gzip.compress(b"x" * 5000)}),
       negative=ex(Path("a.txt.gz"), Path("."), Limits(max_record_bytes=1000), files={"a.txt.gz": gzip.compress(b"x" * 500)}),
       also=("decode",))
reason("bad_unicode", "read", "a JSON body of which lone surrogates (\\ud800) are more than 1 %: garbage, not text with a "
       "damaged character (that one is replaced: read:lone_surrogate)", _jsonl,
       positive=ex(Path("feed.jsonl"), "feed.jsonl", b'{"text": "lone \\ud800"}\n'),
       negative=ex(Path("feed.jsonl"), "feed.jsonl", b'{"text": "a pair \\ud83d\\ude00"}\n'))
reason("truncated", "read", "the file ends inside this WARC record (raw: the bytes read)", read_warc,
       positive=ex(Path("a.warc"), "a.warc", _WARC_OK[:-100]), negative=ex(Path("a.warc"), "a.warc", _WARC_OK))
reason("internal_error", "read", "an unexpected exception while reading or cleaning this record (detail: exception, "
       "place, stack hash); stages read, draft, finish, clean", _isolated,
       positive=ex("a\0.txt"), negative=ex("a.txt", files={"a.txt": b"hi"}), also=("draft", "finish", "clean"))
reason("empty", "decode", "no content: zero bytes, whitespace only, or only a byte-order mark", _dec,
       positive=ex(b"  \n\t "), negative=ex(b" a "))
reason("binary", "decode", "control bytes: binary data, not text", _dec,
       positive=ex(bytes(range(256)) * 8), negative=ex(bytes(range(32, 127)) * 8))
reason("undecodable", "decode", "no charset decodes the bytes (e.g. a BOM followed by invalid data)", _dec,
       positive=ex(codecs.BOM_UTF16_LE + b"a"), negative=ex(codecs.BOM_UTF16_LE + "ab".encode("utf-16-le")))
reason("extract_error", "extract", "trafilatura or lxml raised on the input (defensive: no known HTML string does; "
       "the example passes a non-string)", _ext, positive=ex(None), negative=ex(_PAGE))
reason("no_main_text", "extract", "the page has no extractable article text", _ext,
       positive=ex("<html><head><title>T</title></head><body></body></html>"), negative=ex(_PAGE))
reason("not_an_article", "boilerplate", "an error page or interstitial (JavaScript required, bot check, HTTP error, consent wall), "
       "or no language (a few characters repeated: 'xxxx…')",
       boilerplate.check_article, positive=ex("You need to enable JavaScript to run this app."), negative=ex(" ".join(_P)))
reason("empty_after_cleaning", "boilerplate", "nothing left once residue (rules, learned lines) was removed", _clean,
       positive=ex(b"Share this article\n"), negative=ex(f"Share this article\n{_P[0]}".encode()))

REJECT_REASONS: dict[str, Reason] = {r.reason: r for r in _REASONS}
"""Reject reason -> :class:`Reason`; its keys are exactly :data:`~newsclean.schemas.models.RejectReason`."""


# --------------------------------------------------------------------------- skip reasons

SKIP_REASONS: dict[str, str] = {
    "not_html": "a WARC response that is not an HTML page (other Content-Type, no HTTP headers, body not HTML)",
    "http_status": "a WARC response whose HTTP status is not 2xx (redirects, errors)",
    "not_regular_file": "a FIFO, socket or device with an input's name: never opened (it could block the run)",
    "symlink_dir": "a symlink to a folder inside --input: not descended (its files are listed under their real path)",
    "{warc_type}": "a WARC record that is not a response (nor a resource holding an HTML page): its WARC-Type (" + ", ".join(
        sorted(t for t in WARC_TYPES if t != "response")) + "; unknown if absent)",
}
"""Skipped-record reason -> doc (``{warc_type}`` is a family: the record's WARC-Type)."""

SKIP_FAMILY_MEMBERS = frozenset(t for t in WARC_TYPES if t != "response") | {"unknown"}


# --------------------------------------------------------------------------- dynamic sites

DYNAMIC_SITES: tuple[DynamicSite, ...] = (
    DynamicSite("newsclean/cleaners/boilerplate/residue.py", "boilerplate", "code",
                "residue line rules: LINE_RULES codes and the codes strip_residue assigns",
                ("table:LINE_RULES", "assign:code", "assign:codes", "return:classify_line")),
    DynamicSite("newsclean/cleaners/encoding.py", "decode", "rule",
                "the charset declaration that decided (declared_charset, meta_charset)", ("loop:rule",)),
    DynamicSite("newsclean/cleaners/encoding.py", "encoding", "rule",
                "fix_text's tally: mojibake, ftfy, control_chars, zero_width, or one ftfy fixer",
                ("key:counts", "return:_describe"), family="encoding:{ftfy_fixer}"),
    DynamicSite("newsclean/cleaners/pipeline.py", "read", "rule",
                "a reader's notes (RawRecord.read_notes): the failures of a sidecar read",
                ("failures:newsclean/inputs/sidecar.py", "table:READ_NOTES")),
    DynamicSite("newsclean/batch.py", "read", "fail.reason",
                "a reader's ReadFailure becomes a reject with the same reason", ("failures:*",)),
    DynamicSite("newsclean/inputs/warc.py", "skip", "kind",
                "a WARC record that is not a response is skipped under its WARC-Type", (), family="{warc_type}"),
)


# --------------------------------------------------------------------------- running the examples


def emitted(result: object) -> set[Emitted]:
    """Every code in a cleaner's result: changes, rejects, read failures, skips, read notes."""
    out: set[Emitted] = set()

    def visit(x: object) -> None:
        if isinstance(x, Change):
            out.add(("change", x.code))
        elif isinstance(x, ChangeRow):
            out.add(("change", f"{x.step}:{x.rule}"))
        elif isinstance(x, Reject):
            out.add(("reject", f"{x.stage}:{x.reason}"))
            visit(x.provenance.changes)
        elif isinstance(x, Article):
            visit(x.provenance.changes)
        elif isinstance(x, ReadFailure):
            out.add(("reject", f"read:{x.reason}"))
        elif isinstance(x, Skipped):
            out.add(("skip", x.reason))
        elif isinstance(x, RawRecord):
            out.update(("change", f"read:{rule}") for rule, _ in x.read_notes)
        elif isinstance(x, (list, tuple)):
            for y in x:
                visit(y)
        elif isinstance(getattr(x, "changes", None), list):
            visit(x.changes)  # type: ignore[attr-defined]

    visit(result)
    return out


def run(owner: Callable[..., Any], example: Example) -> set[Emitted]:
    """Call ``owner`` on ``example`` (in a temporary working directory holding its files)
    and return every code it emitted; a :class:`Rejection` is its reject code."""
    with tempfile.TemporaryDirectory() as tmp, contextlib.chdir(tmp):
        for name, data in example.files.items():
            Path(name).write_bytes(data)
        try:
            result = owner(*example.args, **example.kwargs)
            if isinstance(result, Iterator):
                result = list(result)
        except Rejection as rej:
            return {("reject", rej.code)}
    return emitted(result)


def is_registered(code: str) -> bool:
    """A change code listed in :data:`RULES`, by name or as a member of an open family."""
    return code in RULES or any(r.pattern and r.matches(code) for r in RULES.values())


def as_markdown() -> str:
    """The registry as Markdown tables (for docs)."""
    lines = ["| code | what |", "|---|---|"]
    lines += [f"| `{r.code}` | {r.doc} |" for r in RULES.values()]
    lines += ["", "| reject (stage:reason) | why |", "|---|---|"]
    lines += [f"| `{r.code}` | {r.doc} |" for r in REJECT_REASONS.values()]
    lines += ["", "| skipped (reason) | what |", "|---|---|"]
    lines += [f"| `{k}` | {v} |" for k, v in SKIP_REASONS.items()]
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    print(as_markdown())
