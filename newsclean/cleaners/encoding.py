"""Bytes to correct Unicode: decode, then repair what a bad decode left behind.

Decoding (:func:`decode_bytes`) decides in this order and records the decision:

1. a byte-order mark (``bom``): it is unambiguous;
2. the charset declared outside the body, e.g. the HTTP ``Content-Type``
   (``declared_charset``); when the bytes are valid UTF-8 although a legacy
   charset is declared, UTF-8 wins (``declared_overridden``): random legacy
   text is practically never valid UTF-8, mislabelled UTF-8 is common;
3. a charset declared inside the body: ``<meta charset>``, ``http-equiv``,
   an XML declaration (``meta_charset``);

   before 2 and 3, bytes that are not UTF-8 as a whole but whose lines are
   partly valid UTF-8 (with non-ASCII characters) and partly not are a file
   stitched from two sources: each line is decoded on its own, the UTF-8 ones
   as UTF-8, the others with the one legacy charset (``mixed_charset``, see
   :func:`_decode_mixed`);
4. UTF-8, the assumed default (not recorded: nothing was decided);
5. detection with charset-normalizer (``detected_charset``, with chaos and
   coherence as the confidence).

Nothing is ever decoded with ``errors="replace"``: bytes that no charset can
turn into text raise :class:`Rejection` with a stable reason (``empty``,
``binary``, ``undecodable``).

Repair (:func:`fix_text`) runs ftfy with :data:`FTFY_CONFIG`, line by line as
``ftfy.fix_text`` does, plus the character clean-up ftfy leaves to us
(zero-width and soft-hyphen characters, leftover C1 controls) and the
restoration of the one lossy quote whose value the text still tells
(``lossy_quote``, see :func:`restore_lossy_quotes`). Every fix that changed
something becomes a :class:`Change`.
"""
from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from collections import Counter

import charset_normalizer
import ftfy
from ftfy.chardata import CONTROL_CHARS

from newsclean.cleaners.change import Change, Rejection

STEP = "encoding"
DECODE = "decode"

# ---------------------------------------------------------------- decoding

_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# How far into the body to look for <meta charset> / <?xml encoding>. The
# WHATWG prescan uses 1024 bytes; pages with long <head> scripts put the tag
# later and only work in browsers thanks to an HTTP header we may not have.
# 4 KiB catches those; the pattern is specific enough not to misfire.
META_PRESCAN_BYTES = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([a-z0-9_\-:.]{1,40})""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-z0-9_\-:.]{1,40})""", re.IGNORECASE)

# WHATWG Encoding Standard: the labels "iso-8859-1", "latin1", "us-ascii" all
# mean windows-1252 on the web (pages labelled latin-1 use its 0x80-0x9F
# punctuation). Keyed by Python's canonical codec name.
_WEB_ALIASES = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}

# Bytes 0x00-0x08 and 0x0E-0x1F never occur in text in a single-byte or
# UTF-8 encoding; in UTF-16/32 without a BOM they are everywhere (the high
# byte of Latin, Cyrillic, ... code units). Without them, a UTF-16/32 guess
# from the detector is a misfire on short input, so it is excluded.
_UTF16_EVIDENCE = re.compile(rb"[\x00-\x08\x0e-\x1f]")

# Share of C0 control bytes (other than tab/LF/CR/FF) above which bytes that
# are not UTF-16/32 are binary, not text. Real text has none; 1% leaves room
# for a few stray controls in an otherwise good page.
BINARY_CONTROL_RATIO = 0.01

# Detector tie-breaking. charset-normalizer scores candidates by "chaos"
# (mess ratio, lower is better) and "coherence" (letter-frequency fit, higher
# is better), in percent. On short Western European text cp1250, cp1252,
# cp1257 and mac_roman often all decode without chaos and within a few points
# of coherence (è becomes č, ß becomes ﬂ), and the detector then picks by its
# own order. Among candidates within CHAOS_TIE of the best: fewest oddities
# (see _oddities), then, within COHERENCE_TIE of the best coherence left, the
# charset most used on the web (WEB_PRIOR). Measured on 18 languages x 3
# lengths (tests/test_encoding_detect.py): these margins get 48/54 right (misses:
# undeclared cp1250 Czech and cp1254 Turkish, which need language knowledge: the word
# vote after them, _word_vote, brings it to 54/54);
# exact ties (0, 0) got 46/54.
CHAOS_TIE = 1.0  # percentage points of mess ratio
COHERENCE_TIE = 5.0  # percentage points of coherence

# The encodings of the WHATWG Encoding Standard: the only ones a browser
# decodes, hence the only ones a web page can be in. Limiting the detector to
# them removes DOS and other code pages (cp852, cp775, hp_roman8, ...) that
# otherwise win on short text. Python codec names.
WEB_ENCODINGS = [
    "utf_8", "cp866", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6",
    "iso8859_7", "iso8859_8", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15",
    "iso8859_16", "koi8_r", "koi8_u", "mac_roman", "mac_cyrillic", "cp874", "cp1250",
    "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "gbk", "gb18030", "big5", "euc_jp", "iso2022_jp", "shift_jis", "euc_kr",
    "utf_16_be", "utf_16_le",
]

# Legacy charsets by share of web pages (W3Techs, 2024), most used first.
# Only breaks ties between equally plausible decodings.
WEB_PRIOR = (
    "utf_8", "cp1252", "cp1251", "shift_jis", "euc_jp", "euc_kr", "gb2312", "gbk",
    "gb18030", "cp1250", "iso8859_2", "big5", "cp1254", "iso8859_9", "cp1256",
    "cp1253", "cp1255", "cp874", "koi8_r", "iso8859_15", "cp1257",
)


def _codec(label: str | None) -> str | None:
    """Python codec name for a charset label, with WHATWG's latin-1 rule; None if unknown."""
    if not label:
        return None
    name = text_codec(label.strip().strip("\"'"))
    if name is None:
        return None
    return _WEB_ALIASES.get(name, name)


# --- codec lookup (reliability): only real text charsets ---
# Python codecs that decode bytes to str but are transfer or escape schemes,
# not charsets a document is written in. codecs.lookup finds "base64" and
# "rot13" too (bytes-to-bytes and str-to-str: decoding with them raises
# LookupError); those are caught by _is_text_encoding.
_NOT_CHARSETS = frozenset({"punycode", "idna", "unicode-escape", "raw-unicode-escape", "utf-7", "undefined", "charmap"})


def text_codec(label: str) -> str | None:
    """Python codec name of a declared charset, or None when it is unknown or not a text charset.

    >>> text_codec("windows-1251"), text_codec("base64"), text_codec("rot13"), text_codec("punycode")
    ('cp1251', None, None, None)
    """
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError, TypeError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    return info.name


def _strict(data: bytes, codec: str) -> str | None:
    try:
        text = data.decode(codec)
    except (UnicodeError, LookupError):  # reliability: any codec failure means "does not decode"
        if codec != "cp1252":
            return None
        # five bytes are unassigned in cp1252; browsers map them like latin-1
        text = data.decode("latin-1")
    return text


def _is_wide(codec: str) -> bool:
    return codec.startswith(("utf-16", "utf-32", "utf_16", "utf_32"))


def _sniff_meta(data: bytes) -> str | None:
    head = data[:META_PRESCAN_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _looks_binary(data: bytes) -> bool:
    controls = len(_UTF16_EVIDENCE.findall(data[:65536]))
    return controls > BINARY_CONTROL_RATIO * min(len(data), 65536)


def _reject_binary(data: bytes, codec: str) -> None:
    if not _is_wide(codec) and _looks_binary(data):
        raise Rejection(DECODE, "binary", f"control bytes in a record read as {codec}")


def _oddities(text: str) -> int:
    """Characters a wrong single-byte decoding puts into words and real text rarely has.

    A non-ASCII symbol or number touching a letter ("powiedzia³" for "powiedział")
    or a letter with a compatibility decomposition ("Auﬂenminister" for
    "Außenminister"). Punctuation is not counted: "¿Qué", "dit…" are normal.

    >>> _oddities("Der Auﬂenminister ‰uﬂerte"), _oddities("Der Außenminister äußerte")
    (2, 0)
    """
    count = 0
    for i, ch in enumerate(text):
        if ch.isascii():
            continue
        cat = unicodedata.category(ch)
        if cat[0] in "LM":
            count += unicodedata.decomposition(ch).startswith("<compat>")
        elif cat[0] in "SN":
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            count += before.isalpha() or after.isalpha()
    return count


# A word: letters and the combining marks on them (a decomposed accent stays in its word).
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff])*")


# The languages (wordfreq's word lists) each single-byte web charset is used to write: a
# decoding under a charset is real text when its words outside ASCII are words of one of them.
_WESTERN = ("en", "fr", "de", "es", "pt", "it", "nl", "sv", "da", "nb", "fi", "ca", "is")
_CENTRAL = ("pl", "cs", "sk", "hu", "ro", "sh", "sl")
_BALTIC = ("lt", "lv", "fi")
_CYRILLIC = ("ru", "uk", "bg", "mk")
_CODEC_LANGUAGES = {
    "cp1252": _WESTERN, "iso8859_15": _WESTERN, "mac_roman": _WESTERN, "cp1250": _CENTRAL, "iso8859_2": _CENTRAL,
    "iso8859_16": ("ro", "pl", "hu", "sl", "sh"), "cp1257": _BALTIC, "iso8859_13": _BALTIC, "iso8859_4": _BALTIC,
    "iso8859_10": ("is", "fi", "nb", "da", "sv"), "cp1254": ("tr",), "cp1258": ("vi",),
    "cp1251": _CYRILLIC, "koi8_r": ("ru", "bg"), "koi8_u": ("uk", "ru"), "iso8859_5": _CYRILLIC,
    "mac_cyrillic": _CYRILLIC, "cp866": ("ru", "uk"), "cp1253": ("el",), "iso8859_7": ("el",),
    "cp1255": ("he",), "iso8859_8": ("he",), "cp1256": ("ar", "fa", "ur"), "iso8859_6": ("ar",),
}
# At most this many distinct words outside ASCII are put to the vote.
VOTE_WORDS = 80
# A word of the bytes holding at least one byte outside ASCII (letters around it included).
_BYTE_WORD = re.compile(rb"[A-Za-z\x80-\xff]*[\x80-\xff][A-Za-z\x80-\xff]*")


# The most frequent words of each language looked up (wordfreq's "small" lists, read from its
# files without its caches: about 1 MB per language, loaded on the first vote that needs it).
VOTE_LIST_WORDS = 10_000


@functools.cache
def _word_list(lang: str) -> frozenset[str]:
    """The VOTE_LIST_WORDS most frequent words of *lang* in wordfreq's small list."""
    from wordfreq import available_languages, read_cBpack

    path = available_languages("small").get(lang)
    words: list[str] = []
    for bucket in read_cBpack(path) if path else ():
        words.extend(bucket)
        if len(words) >= VOTE_LIST_WORDS:
            break
    return frozenset(words[:VOTE_LIST_WORDS])


def _known_words(words: list[str], codec: str) -> int:
    """Distinct *words* (decoded under *codec*) that wordfreq knows in a language *codec* writes;
    a word cut by a symbol inside it counts by its pieces."""
    langs = _CODEC_LANGUAGES.get(codecs.lookup(codec).name.replace("-", "_"), ())
    if not langs:
        return 0
    lists = [_word_list(lang) for lang in langs]
    pieces = {unicodedata.normalize("NFC", m.group()).casefold() for w in words for m in _WORD.finditer(w) if len(m.group()) > 1 and not m.group().isascii()}
    return sum(1 for w in pieces if any(w in known for known in lists))


def _word_vote(data: bytes, codec: str) -> tuple[str, int, int] | None:
    """The single-byte web charset under which the words outside ASCII are more often real words
    (:func:`_known_words`) than under the detector's choice *codec*, with no more oddities
    (:func:`_oddities`: a symbol inside a word, "за€ви", cuts it into short words that look known):
    a page of English with a few undeclared cp1251 words ("Новости Москвы") the detector reads
    as cp1258 ("Íîâîṇ̃è"), Greek it reads as Cyrillic, Czech it reads as cp1252. Only single-byte
    choices are put to the vote (a UTF-8 or multi-byte decoding is checked by its byte
    structure); ties keep the choice, then go to the web prior. Returns (charset, its known
    words, the choice's), or None."""
    if not _single_byte(codec):
        return None
    seen: dict[bytes, None] = {}
    for m in _BYTE_WORD.finditer(data):  # the first VOTE_WORDS distinct words, without scanning on
        seen.setdefault(m.group())
        if len(seen) >= VOTE_WORDS:
            break
    raw = list(seen)
    if not raw:
        return None

    def decoded(name: str) -> list[str] | None:
        try:
            return [w.decode(name) for w in raw]
        except UnicodeDecodeError:
            return None

    mine = decoded(codec)
    if mine is None:
        return None
    own, odd = _known_words(mine, codec), _oddities(" ".join(mine))
    best: tuple[int, int, str] | None = None
    for name in _CODEC_LANGUAGES:
        if codecs.lookup(name).name == codecs.lookup(codec).name:
            continue
        words = decoded(name)
        if words is None or words == mine or _oddities(" ".join(words)) > odd:
            continue
        known = _known_words(words, name)
        if known > own and (best is None or (-known, _prior(name)) < best[:2]):
            best = (-known, _prior(name), name)
    return None if best is None else (best[2], -best[0], own)


def _prior(codec: str) -> int:
    name = codecs.lookup(codec).name.replace("-", "_")
    return WEB_PRIOR.index(name) if name in WEB_PRIOR else len(WEB_PRIOR)


def _detect(data: bytes) -> tuple[str, list[Change]]:
    wide_ok = _UTF16_EVIDENCE.search(data) is not None
    allowed = [name for name in WEB_ENCODINGS if wide_ok or not _is_wide(name)]
    results = charset_normalizer.from_bytes(data, cp_isolation=allowed)
    best = results.best()
    if best is None:
        if _looks_binary(data):
            raise Rejection(DECODE, "binary", "control bytes, and no charset decodes them as text")
        raise Rejection(DECODE, "undecodable", "no charset decodes these bytes as text")
    # among decodings as clean as the best: fewest oddities, then (within the
    # coherence margin) the charset most used on the web
    clean = [r for r in results if r.percent_chaos <= best.percent_chaos + CHAOS_TIE]
    fewest = min(_oddities(str(r)) for r in clean)
    clean = [r for r in clean if _oddities(str(r)) == fewest]
    top = max(r.percent_coherence for r in clean)
    choice = min((r for r in clean if r.percent_coherence >= top - COHERENCE_TIE), key=lambda r: _prior(r.encoding))
    # could_be_from_charset: names under which this decoding comes out the same
    codec = min([choice.encoding, *choice.could_be_from_charset], key=_prior)
    _reject_binary(data, codec)
    text = _strict(data, codec)
    if text is None:  # should not happen: the detector decoded it
        raise Rejection(DECODE, "undecodable", f"detected {codec} but it does not decode")
    detail = (
        f"{codec} chaos={choice.percent_chaos:.1f}% coherence={choice.percent_coherence:.1f}% "
        f"language={choice.language} candidates={len(results)}"
    )
    vote = _word_vote(data, codec)
    voted = _strict(data, vote[0]) if vote is not None else None
    if vote is not None and voted is not None:
        detail = f"{vote[0]}: {vote[1]} known words outside ASCII against {vote[2]} for the detector's {detail}"
        codec, text = vote[0], voted
    return text, [Change(DECODE, "detected_charset", detail)]


# Mixed files (:func:`_decode_mixed`). A line is evidence of UTF-8 only when it
# holds a multi-byte sequence; lines of ASCII decode the same either way.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
# Legacy charsets in which a line of text can by chance be valid UTF-8 (two-byte
# CJK encodings): there, valid lines are no evidence of a second source.
_MULTIBYTE_LEGACY = ("gbk", "gb2312", "gb18030", "big5", "big5hkscs", "euc_jp", "shift_jis", "cp932", "euc_kr",
                     "cp949", "iso2022_jp", "hz")


def _single_byte(codec: str | None) -> bool:
    if codec is None:
        return False
    name = codecs.lookup(codec).name.replace("-", "_")
    return name not in _MULTIBYTE_LEGACY and not _is_wide(name) and name != "utf_8"


def _blocks(text: str) -> set[int]:
    """The 128-code-point blocks of a text's non-ASCII letters (Latin-1, Latin Extended-A, ...)."""
    return {ord(ch) >> 7 for ch in text if ord(ch) > 127 and ch.isalpha()}


def _legacy_codec(legacy: list[bytes], utf8: list[bytes]) -> str:
    """The single-byte charset of a mixed file's non-UTF-8 lines. A few legacy lines say
    little on their own (cp1250 reads "naïve" as "naďve" as readily as cp1252 reads it
    right), so among the detector's candidates the one whose letters fall in the same
    Unicode blocks as the file's UTF-8 letters wins; then the detector's order, then the
    web's commonest charset."""
    results = list(charset_normalizer.from_bytes(b"".join(legacy), cp_isolation=[n for n in WEB_ENCODINGS if _single_byte(n)]))
    if not results:
        return "cp1252"
    known = _blocks(b"".join(utf8).decode("utf-8", errors="ignore"))

    def shared(codec: str) -> float:
        letters = _blocks(b"".join(legacy).decode(codec, errors="ignore"))
        return len(letters & known) / len(letters) if letters and known else 0.0

    names = [min([r.encoding, *r.could_be_from_charset], key=_prior) for r in results]
    return max(names, key=lambda c: (shared(c), -names.index(c)))


def _decode_mixed(data: bytes, declared: str | None) -> tuple[str, list[Change]] | None:
    """Decode a file mixing UTF-8 lines and lines in one legacy charset, line by line.

    ``None`` unless the bytes are invalid UTF-8 as a whole, some line is valid
    UTF-8 with a non-ASCII character, and the other lines decode in one
    single-byte legacy charset: the declared one, the ``<meta>`` one, or the one
    detected on those lines alone (cp1252 when detection proposes a multi-byte one).

    >>> body = "Grüße aus Köln.\\n".encode() + "Schöne Grüße zurück.\\n".encode("cp1252")
    >>> _decode_mixed(body, None)[0]
    'Grüße aus Köln.\\nSchöne Grüße zurück.\\n'
    """
    lines = data.splitlines(keepends=True)
    utf8_lines = legacy_lines = 0
    legacy: list[bytes] = []
    for line in lines:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            legacy_lines += 1
            legacy.append(line)
            continue
        utf8_lines += bool(_UTF8_MULTIBYTE.search(line))
    if not utf8_lines or not legacy_lines:
        return None
    codec = None
    for label in (declared, _sniff_meta(data)):
        candidate = _codec(label)
        if candidate is not None and candidate != "utf-8":
            codec = candidate
            break
    if codec is not None and not _single_byte(codec):
        return None  # a CJK page: a short line valid as UTF-8 is chance, not a second source
    if codec is None:
        codec = _legacy_codec(legacy, [line for line in lines if _UTF8_MULTIBYTE.search(line)])
    out = []
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            text = _strict(line, codec)
            if text is None:
                return None
            out.append(text)
    detail = f"utf-8 for {utf8_lines} lines, {codec} for {legacy_lines} lines"
    return "".join(out), [Change(DECODE, "mixed_charset", detail)]


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, list[Change]]:
    """Decode ``data`` (``declared``: charset from outside the body, e.g. HTTP).

    Raise :class:`Rejection` ``("decode", "empty" | "binary" | "undecodable")``
    when the bytes cannot be text.

    >>> decode_bytes("Привет, мир".encode("cp1251"), "windows-1251")[0]
    'Привет, мир'
    """
    text, changes = _decode(data, declared)
    if not text.strip():
        raise Rejection(DECODE, "empty", f"{len(data)} bytes of whitespace only")
    return text, changes


def _decode(data: bytes, declared: str | None) -> tuple[str, list[Change]]:
    if not data.strip():
        raise Rejection(DECODE, "empty", f"{len(data)} bytes, no content")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise Rejection(DECODE, "undecodable", f"{name} BOM but invalid data: {exc.reason}") from exc
            if not text.strip():
                raise Rejection(DECODE, "empty", "only a byte-order mark")
            return text, [Change(DECODE, "bom", name)]

    changes: list[Change] = []
    utf8 = _strict(data, "utf-8")
    if utf8 is not None and _looks_binary(data):
        utf8 = None  # NULs are valid UTF-8: UTF-16 without a BOM, or binary; detection decides
    elif utf8 is None and not _looks_binary(data) and (mixed := _decode_mixed(data, declared)) is not None:
        return mixed
    for rule, label in (("declared_charset", declared), ("meta_charset", None)):
        if rule == "meta_charset":
            label = _sniff_meta(data)
        if not label:
            continue
        codec = _codec(label)
        if codec is None:
            changes.append(Change(DECODE, f"{rule}_unknown", label))
            continue
        if _is_wide(codec) and rule == "meta_charset":
            continue  # a meta tag readable as ASCII: the page is not UTF-16 (WHATWG)
        if utf8 is not None and codec != "utf-8" and not data.isascii() and not _is_wide(codec):
            return utf8, [*changes, Change(DECODE, "declared_overridden", f"{label} declared, bytes are valid UTF-8")]
        strict = _strict(data, codec)
        if strict is not None:
            _reject_binary(data, codec)
            return strict, [*changes, Change(DECODE, rule, f"{label} -> {codec}" if label.lower() != codec else codec)]
        changes.append(Change(DECODE, f"{rule}_failed", f"{label} does not decode these bytes"))

    if utf8 is not None:
        return utf8, changes
    text, detected = _detect(data)
    return text, changes + detected


# ------------------------------------------------------------------ repair

FTFY_CONFIG = ftfy.TextFixerConfig(
    # Entities in text that is already plain (trafilatura output, extracted
    # .txt) are damage; "auto" would skip a whole paragraph that contains a
    # literal "<" ("x < 5 &amp; y"). ftfy only decodes terminated, known
    # entities, so "AT&T" and "this&not that" stay.
    unescape_html=True,
    remove_terminal_escapes=True,
    fix_encoding=True,  # the point: mojibake ("LavrovÃ¢â‚¬â„¢s")
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=True,  # "ﬁnance" -> "finance": searchable text
    # fullwidth Latin/digits -> ASCII, halfwidth kana -> fullwidth: done by _fix_width, which
    # leaves the fullwidth punctuation of Chinese and Japanese text ("，", "（", "：") alone
    fix_character_width=False,
    uncurl_quotes=False,  # curly quotes are content, not damage
    fix_line_breaks=False,  # cleaners/whitespace.py owns line breaks
    fix_surrogates=True,
    # ftfy's control-character removal also deletes U+000B (vertical tab),
    # which is a line break and belongs to whitespace.py; we remove the rest
    # of ftfy's set ourselves (_CONTROLS below).
    remove_control_chars=False,
    normalization="NFC",  # composed form; NFKC would turn "10³" into "103"
    explain=True,
)

# ftfy's "characters not suitable for markup" (C0 controls, DEL, deprecated
# Arabic format characters, interlinear annotation, BOM) minus the vertical
# tab, which whitespace.py turns into a line break. C1 controls that survive
# ftfy's fix_c1_controls (the five bytes windows-1252 leaves unassigned) are
# kept, as ftfy's own golden cases require. Also removed: invisible characters
# that only break search: zero-width space, word joiner, soft hyphen. ZWJ and
# ZWNJ (U+200C/D) are spelling in Persian, Indic scripts and emoji sequences:
# kept, except next to whitespace or at a line end, where they do nothing.
_CONTROLS = {cp: None for cp in CONTROL_CHARS if cp != 0x0B}
_INVISIBLE = {0x200B: None, 0x2060: None, 0x00AD: None}
_STRAY_JOINER = re.compile(r"(?:(?<=\s)|^)[\u200c\u200d]+|[\u200c\u200d]+(?=\s|$)", re.MULTILINE)
# ... and between two Latin letters, where no spelling uses them ("coun\u200dcil" only stops a search)
_LATIN_JOINER = re.compile(r"(?<=[A-Za-z\u00c0-\u024f])[\u200c\u200d]+(?=[A-Za-z\u00c0-\u024f])")

# ftfy reaches a fixed point per line on its own; our clean-up after it can
# expose new mojibake (a soft hyphen decoded from "Â\xad" sitting inside a
# word), so the whole repair repeats until nothing changes. Two passes are
# enough in practice; the cap stops a pathological oscillation.
MAX_REPAIR_PASSES = 4


def _ftfy_inert(line: str) -> bool:
    """Whether ftfy under :data:`FTFY_CONFIG` leaves ``line`` as it is, without running it.

    Every fix on, except two, looks only at characters outside ASCII (mojibake,
    C1 controls, ligatures, surrogates, NFC): on an ASCII line only an HTML
    entity (``&``) or a terminal escape (ESC) can change. Most lines of English
    text are such lines, and each would cost a run of every fixer. (Keep in
    step with :data:`FTFY_CONFIG`: a fix turned on later may need a check here.)

    >>> _ftfy_inert("Plain text, 100% ASCII."), _ftfy_inert("AT&amp;T"), _ftfy_inert("Lavrovâ€™s")
    (True, False, False)
    """
    return line.isascii() and "&" not in line and "\x1b" not in line


def _ftfy(text: str, counts: Counter) -> str:
    out = []
    for line in text.split("\n"):
        if _ftfy_inert(line):
            out.append(line)
            continue
        fixed, plan = ftfy.fix_and_explain(line, config=FTFY_CONFIG)
        if fixed != line:
            counts[_describe(plan or [])] += 1
        out.append(fixed)
    return "\n".join(out)


def _describe(plan) -> tuple[str, str]:
    """An ftfy plan as (rule, detail): mojibake re-decodings, or the fixer that applied."""
    transcode = [f"{action}:{param}" for action, param in plan if action in ("encode", "decode", "transcode")]
    if transcode:
        return "mojibake", " ".join(transcode)
    rules = sorted({param if action == "apply" else action for action, param in plan})
    return (rules[0] if len(rules) == 1 else "ftfy"), ",".join(rules)


# Scripts whose text uses fullwidth punctuation ("，" "：" "（）" "！" "？") as its
# normal typography: Han, kana, Hangul, CJK symbols and punctuation.
_CJK = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_WIDE = re.compile(r"[\uff01-\uff5e\uff61-\uffdc\uffe0-\uffe6]")


def _fix_width(text: str, counts: Counter) -> str:
    """ftfy's character-width fix, except for fullwidth punctuation next to CJK text.

    Fullwidth Latin letters and digits become ASCII ("ＡＢＣ" -> "ABC"), halfwidth
    katakana fullwidth; fullwidth punctuation becomes ASCII only where no CJK
    character touches it (in Chinese and Japanese, "，" and "（" are the normal forms).

    >>> _fix_width("ＡＢＣ news，１２", Counter()), _fix_width("一个约定，信守１５年（注）", Counter())
    ('ABC news,12', '一个约定，信守15年（注）')
    """
    if not _WIDE.search(text):
        return text
    out = []
    for i, ch in enumerate(text):
        if _WIDE.fullmatch(ch):
            if not ch.isalnum() and "\uff01" <= ch <= "\uff5e":
                before = text[i - 1] if i else ""
                after = text[i + 1] if i + 1 < len(text) else ""
                if (before and _CJK.fullmatch(before) and not _WIDE.fullmatch(before)) or (
                    after and _CJK.fullmatch(after) and not _WIDE.fullmatch(after)
                ):
                    out.append(ch)
                    continue
            out.append(unicodedata.normalize("NFKC", ch))
        else:
            out.append(ch)
    fixed = "".join(out)
    if fixed != text:
        counts[("fix_character_width", "fix_character_width")] += 1
    return fixed


def _clean_chars(text: str, counts: Counter) -> str:
    out = text.translate(_CONTROLS)
    if out != text:
        counts[("control_chars", "removed control characters")] += 1
    stripped = out.translate(_INVISIBLE)
    if stripped != out:
        counts[("zero_width", "removed zero-width space / word joiner / soft hyphen")] += 1
    joined = _STRAY_JOINER.sub("", stripped)
    if joined != stripped:
        counts[("zero_width", "removed stray zero-width joiners")] += 1
    if "\u200c" in joined or "\u200d" in joined:
        latin = _LATIN_JOINER.sub("", joined)
        if latin != joined:
            counts[("zero_width", "removed zero-width joiners inside Latin words")] += 1
        joined = latin
    return joined


# ftfy turns the mojibake of a lost byte into U+FFFD. For the closing double
# quote (UTF-8 E2 80 9D read as cp1252, where 0x9D is unassigned: "â€�") the
# text still tells what it was: an opening quote earlier in the same paragraph
# that nothing has closed yet. Looked for at most this many characters back
# (a quotation, not a whole article).
LOSSY_QUOTE_WINDOW = 600
_LOSSY = "\ufffd"


def restore_lossy_quotes(text: str) -> tuple[str, int]:
    """Put back a closing ” lost to mojibake where an open “ tells; return (text, count).

    >>> restore_lossy_quotes("He said “no\ufffd and left.")
    ('He said “no” and left.', 1)
    >>> restore_lossy_quotes("Price: 5\ufffd. “Fine” he said.")[1]
    0
    """
    if _LOSSY not in text:
        return text, 0
    chars = list(text)
    n = 0
    for i, ch in enumerate(chars):
        if ch != _LOSSY:
            continue
        after = chars[i + 1] if i + 1 < len(chars) else " "
        if after.isalnum():
            continue  # a closing quote ends a word; a lost letter sits inside one
        start = max(0, i - LOSSY_QUOTE_WINDOW)
        for j in range(i - 1, start - 1, -1):
            c = chars[j]
            if c in "”\n" + _LOSSY:
                break
            if c == "“":
                chars[i] = "”"
                n += 1
                break
    return ("".join(chars), n) if n else (text, 0)


def fix_text(text: str) -> tuple[str, list[Change]]:
    """Repair mojibake, entities and invisible characters; one Change per kind of fix.

    >>> fix_text("Lavrovâ€™s visit")[0]
    'Lavrov’s visit'
    >>> fix_text("“Curly” quotes stay")[0]
    '“Curly” quotes stay'
    """
    counts: Counter = Counter()
    for _ in range(MAX_REPAIR_PASSES):
        before = text
        text = _clean_chars(_fix_width(_ftfy(text, counts), counts), counts)
        text, n = restore_lossy_quotes(text)
        if n:
            counts[("lossy_quote", "a lost closing quote (â€\ufffd) restored after its opening “")] += n
        if text == before:
            break
    return text, [
        Change(STEP, rule, detail if n == 1 else f"{detail} (x{n})") for (rule, detail), n in counts.items()
    ]


def repair_config() -> dict[str, object]:
    """The repair settings, for the run manifest (which fixes were on)."""
    return {"ftfy": ftfy.__version__, **FTFY_CONFIG._asdict(), "max_repair_passes": MAX_REPAIR_PASSES}
