"""decode_bytes and fix_text: each rule with a positive and a negative case, legacy files, properties."""
from __future__ import annotations

import codecs
import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.cleaners import encoding
from newsclean.cleaners.change import Rejection
from newsclean.cleaners.encoding import decode_bytes, fix_text
from newsclean.cleaners.pipeline import RunContext, clean_record
from newsclean.schemas.models import Article, RawRecord, Reject

RU = (
    "Министр иностранных дел России Сергей Лавров заявил в четверг, что Москва внимательно "
    "следит за ситуацией в Каракасе, где тысячи демонстрантов собрались у президентского дворца. "
    "«Мы призываем все стороны к сдержанности», — добавил он после встречи в Сочи."
)
FR = (
    "Le ministre des Affaires étrangères a déclaré jeudi qu’il était très préoccupé par la situation "
    "à Caracas, où des milliers de manifestants se sont rassemblés devant le palais présidentiel."
)
DE = (
    "Der Außenminister äußerte sich am Donnerstag besorgt über die Lage in der Hauptstadt. "
    "Tausende Demonstranten versammelten sich vor dem Präsidentenpalast."
)


def rules(changes):
    return [c.rule for c in changes]


# ------------------------------------------------------------------ decode


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b" \n\t \r\n", "empty"),
        (codecs.BOM_UTF8 + b"  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(32)) * 20, "binary"),
        (bytes(range(0, 9)) * 200 + b"abc", "binary"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "undecodable"),  # lone surrogate half
    ],
)
def test_decode_rejects_with_stable_reason(data, reason):
    with pytest.raises(Rejection) as info:
        decode_bytes(data, None)
    assert (info.value.stage, info.value.reason) == ("decode", reason)


@pytest.mark.parametrize(
    "data, name",
    [
        (codecs.BOM_UTF8 + "Grüße".encode(), "utf-8-sig"),
        ("Grüße aus Köln".encode("utf-16"), "utf-16"),
        ("Grüße aus Köln".encode("utf-32"), "utf-32"),
    ],
)
def test_bom_wins(data, name):
    text, changes = decode_bytes(data, "iso-8859-1")  # a BOM beats a declaration
    assert text.lstrip("\ufeff").startswith("Grüße")
    assert "\ufeff" not in text
    assert [(c.rule, c.detail) for c in changes] == [("bom", name)]


def test_declared_charset_used():
    text, changes = decode_bytes(RU.encode("cp1251"), "windows-1251")
    assert text == RU
    assert rules(changes) == ["declared_charset"]


def test_declared_latin1_means_windows_1252():
    # WHATWG: a page labelled iso-8859-1 uses cp1252 punctuation in 0x80-0x9F
    text, changes = decode_bytes("“Quoted” — café".encode("cp1252"), "ISO-8859-1")
    assert text == "“Quoted” — café"
    assert changes[0].detail == "ISO-8859-1 -> cp1252"


def test_declared_legacy_but_valid_utf8_is_utf8():
    text, changes = decode_bytes(FR.encode("utf-8"), "iso-8859-1")
    assert text == FR
    assert rules(changes) == ["declared_overridden"]


def test_declared_ascii_and_ascii_bytes_not_overridden():
    text, changes = decode_bytes(b"plain ascii text", "us-ascii")
    assert text == "plain ascii text"
    assert rules(changes) == ["declared_charset"]


def test_declared_wrong_falls_back_and_says_so():
    text, changes = decode_bytes(RU.encode("cp1251"), "utf-8")
    assert text == RU
    assert rules(changes) == ["declared_charset_failed", "detected_charset"]


def test_unknown_declared_label_is_recorded_and_ignored():
    text, changes = decode_bytes("Grüße".encode(), "x-no-such-charset")
    assert text == "Grüße"
    assert rules(changes) == ["declared_charset_unknown"]


@pytest.mark.parametrize(
    "head",
    [
        b'<html><head><meta charset="windows-1251">',
        b"<html><head><meta charset=windows-1251 />",
        b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
        b'<?xml version="1.0" encoding="windows-1251"?><html>',
    ],
)
def test_meta_charset_in_html(head):
    page = head + b"<title>x</title></head><body><p>" + RU.encode("cp1251") + b"</p></body></html>"
    text, changes = decode_bytes(page, None)
    assert RU in text
    assert rules(changes) == ["meta_charset"]


def test_meta_charset_beyond_prescan_window_is_not_used():
    page = b"<html><head>" + b" " * encoding.META_PRESCAN_BYTES + b'<meta charset="koi8-r">' + RU.encode("cp1251")
    text, changes = decode_bytes(page, None)
    assert RU in text  # found by detection instead
    assert rules(changes) == ["detected_charset"]


def test_http_header_beats_meta():
    page = b'<meta charset="koi8-r"><p>' + RU.encode("cp1251")
    text, changes = decode_bytes(page, "cp1251")
    assert RU in text and rules(changes) == ["declared_charset"]


def test_meta_utf16_on_an_ascii_page_is_ignored():
    page = b'<meta charset="utf-16"><p>' + FR.encode("utf-8")
    text, changes = decode_bytes(page, None)
    assert FR in text and changes == []


def test_charset_word_in_text_is_not_a_meta_tag():
    body = "The article explains what charset=koi8-r means. Grüße".encode()
    text, changes = decode_bytes(body, None)
    assert text.endswith("Grüße") and changes == []


def test_utf8_default_records_nothing():
    assert decode_bytes(FR.encode(), None) == (FR, [])


def test_no_silent_replacement_characters():
    data = FR.encode("cp1252") + b"\x81\x8d"  # bytes unassigned in cp1252
    text, _ = decode_bytes(data, None)
    assert "\ufffd" not in text


# --- legacy-charset files, undeclared: detection records charset and confidence

LEGACY = [
    ("cp1251", RU),
    ("koi8_r", RU.replace("«", '"').replace("»", '"').replace("—", "-")),  # koi8-r: no guillemets, no dash
    ("cp1252", FR),
    ("latin-1", FR.replace("’", "'")),
    ("cp1252", DE),
    ("latin-1", DE),
]


@pytest.mark.parametrize("codec, text", LEGACY)
def test_legacy_undeclared_detected(codec, text):
    out, changes = decode_bytes(text.encode(codec), None)
    assert out == text
    (change,) = changes
    assert change.rule == "detected_charset"
    assert "chaos=" in change.detail and "coherence=" in change.detail


@pytest.mark.parametrize("codec", ["utf-16", "utf-8-sig"])
def test_legacy_bom_files(codec):
    out, changes = decode_bytes(RU.encode(codec), None)
    assert out == RU and rules(changes) == ["bom"]


def test_utf16_without_bom_detected():
    out, changes = decode_bytes(FR.encode("utf-16-le"), None)
    assert out == FR and rules(changes) == ["detected_charset"]


def test_tie_break_prefers_the_common_web_charset():
    # short French: cp1250 ("étrangčres") and cp1252 score the same
    short = "Les étrangères à Genève."
    out, changes = decode_bytes(short.encode("cp1252"), None)
    assert out == short


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Der Auﬂenminister ‰uﬂerte", 2),  # mac_roman reading of cp1252 German: two ligatures
        ("Minister powiedzia³ wczoraj", 1),  # cp1252 reading of cp1250 Polish
        ("Der Außenminister äußerte „sich“ — 3² kein Problem", 0),
        ("« Nous suivons », a-t-il dit… 20 € ¿Qué?", 0),
        ("Apple™ and km²", 2),
    ],
)
def test_oddities(text, expected):
    assert encoding._oddities(text) == expected


def test_tie_margins_are_named_and_small():
    # margins are percentage points; wider ones were measured to cost accuracy
    assert 0 < encoding.CHAOS_TIE <= 1.0
    assert 0 < encoding.COHERENCE_TIE <= 5.0
    assert encoding.WEB_PRIOR[:2] == ("utf_8", "cp1252")


def _raw(body: bytes, kind="text", charset=None) -> RawRecord:
    return RawRecord(
        input_ref="a.txt", kind=kind, body=body, raw_sha256=hashlib.sha256(body).hexdigest(), charset=charset
    )


def test_cp1251_article_without_declared_charset_through_pipeline():
    body = ("Лавров встретился с Помпео в Сочи\n\n" + RU + "\n\n" + RU.replace("четверг", "пятницу")).encode("cp1251")
    article = clean_record(_raw(body), RunContext("t", "0"))
    assert isinstance(article, Article)
    assert article.title == "Лавров встретился с Помпео в Сочи"
    assert RU in article.text
    assert article.language == "ru" and article.language_confidence > 0.9
    decode = [c for c in article.provenance.changes if c.step == "decode"]
    assert decode[0].rule == "detected_charset" and decode[0].detail.startswith("cp1251")


def test_cp1251_html_page_without_declaration_through_pipeline():
    paragraphs = "".join(f"<p>{RU}</p>" for _ in range(3))
    page = f"<html><head><title>Лавров в Сочи</title></head><body><article><h1>Лавров в Сочи</h1>{paragraphs}</article></body></html>"
    article = clean_record(_raw(page.encode("cp1251"), kind="html"), RunContext("t", "0"))
    assert isinstance(article, Article)
    assert "Сергей Лавров" in article.text and article.language == "ru"


def test_binary_record_becomes_reject_through_pipeline():
    result = clean_record(_raw(bytes(range(256)) * 8), RunContext("t", "0"))
    assert isinstance(result, Reject)
    assert (result.stage, result.reason) == ("decode", "binary")
    assert result.raw == bytes(range(256)) * 8


# ------------------------------------------------------------------ repair


@pytest.mark.parametrize(
    "text, fixed, rule",
    [
        ("Lavrovâ€™s absence", "Lavrov’s absence", "mojibake"),
        ("NicolÃ¡s Maduro", "Nicolás Maduro", "mojibake"),
        ("Tom &amp; Jerry &quot;live&quot;", 'Tom & Jerry "live"', "unescape_html"),
        ("x < 5 &amp; y", "x < 5 & y", "unescape_html"),  # a literal "<" does not turn it off
        ("Cafe\u0301 noir", "Café noir", "normalize"),
        ("ﬁnance", "finance", "fix_latin_ligatures"),
        ("ＡＢＣ news", "ABC news", "fix_character_width"),
        ("bell\x07 and\x1b[31m red\x1b[0m", "bell and red", None),
        ("zero\u200bwidth and soft\u00adhyphen", "zerowidth and softhyphen", "zero_width"),
        ("word\u2060joiner", "wordjoiner", "zero_width"),
        ("\u200dstray joiner\u200c", "stray joiner", "zero_width"),
    ],
)
def test_fix_text_rules(text, fixed, rule):
    out, changes = fix_text(text)
    assert out == fixed
    assert changes
    if rule:
        assert rule in rules(changes)


@pytest.mark.parametrize(
    "text",
    [
        "“Curly” ‘quotes’ are content",
        "AT&T and this&not that; R&D",  # not entities
        "Line one\r\nline two\u2028three\x0bfour",  # line breaks are whitespace.py's
        "a\u00a0b",  # no-break space is whitespace.py's
        "مي\u200cخواهم",  # ZWNJ inside a Persian word is spelling
        "👨\u200d👩\u200d👧 family emoji",  # ZWJ sequence
        "Naïve café, São Paulo, Dvořák, Ελλάδα, Москва, 東京",
        "C1 left alone when unassigned: \x81",
    ],
)
def test_fix_text_leaves_alone(text):
    assert fix_text(text) == (text, [])


def test_fix_text_counts_repeated_fixes():
    _, changes = fix_text("Ã©tÃ©\nÃ©tÃ©\nok")
    (change,) = changes
    assert change.rule == "mojibake" and change.detail.endswith("(x2)")


def test_repair_config_is_written_down():
    config = encoding.repair_config()
    assert config["uncurl_quotes"] is False
    assert config["fix_line_breaks"] is False
    assert config["normalization"] == "NFC"
    assert config["max_repair_passes"] == encoding.MAX_REPAIR_PASSES >= 2


# ------------------------------------------------------------- properties


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_fix_text_never_raises_and_is_idempotent(text):
    once, _ = fix_text(text)
    twice, changes = fix_text(once)
    assert twice == once
    assert changes == []


MOJIBAKE_ALPHABET = st.sampled_from(list("ÃÂâ€™œ\x80\x93\x94\x81\xa0 éèàüöÄ©®\u200b\u00ad\u200d&;amp<>\n") + ["&amp;", "Ã©"])


@settings(max_examples=300, deadline=None)
@given(st.lists(MOJIBAKE_ALPHABET, max_size=40).map("".join))
def test_fix_text_idempotent_on_mojibake_like_text(text):
    once, _ = fix_text(text)
    assert fix_text(once)[0] == once


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600), st.sampled_from([None, "utf-8", "cp1251", "latin-1", "utf-16", "bogus"]))
def test_decode_never_raises_anything_but_rejection(data, declared):
    try:
        text, changes = decode_bytes(data, declared)
    except Rejection as rej:
        assert rej.stage == "decode" and rej.reason in {"empty", "binary", "undecodable"}
    else:
        assert isinstance(text, str) and text.strip()
        assert "\ufffd" not in text or b"\xef\xbf\xbd" in data or declared == "utf-16"


# --- issue 16: mixed charsets per line, the lossy closing quote, CJK punctuation --------------

UTF8_PARA = "Die Grüße aus Köln kamen pünktlich an, schön verpackt."
CP1252_PARA = "Schöne Grüße zurück – und „danke“ für alles, sagte Jürgen."


def test_mixed_utf8_and_cp1252_paragraphs_decoded_per_line():
    body = (UTF8_PARA + "\n\n").encode("utf-8") + (CP1252_PARA + "\n").encode("cp1252")
    text, changes = decode_bytes(body, None)
    assert text == f"{UTF8_PARA}\n\n{CP1252_PARA}\n"
    assert [c.rule for c in changes] == ["mixed_charset"]
    assert "cp1252" in changes[0].detail and "utf-8" in changes[0].detail


def test_mixed_file_with_a_declared_legacy_charset_uses_it_for_the_other_lines():
    body = (UTF8_PARA + "\n").encode("utf-8") + ("Привет, мир и всё такое.\n").encode("cp1251")
    text, changes = decode_bytes(body, "windows-1251")
    assert text == f"{UTF8_PARA}\nПривет, мир и всё такое.\n"
    assert [c.rule for c in changes] == ["mixed_charset"]


@pytest.mark.parametrize(
    "body,declared",
    [
        ((CP1252_PARA + "\n" + CP1252_PARA).encode("cp1252"), None),  # one legacy charset throughout
        ((UTF8_PARA + "\n" + UTF8_PARA).encode("utf-8"), None),  # UTF-8 throughout
        ((b"plain ascii line\n") + (CP1252_PARA).encode("cp1252"), None),  # ASCII is no UTF-8 evidence
        (("中文新闻标题\n").encode("gbk") + ("第二段文字内容，很长很长。\n" * 3).encode("gbk"), "gbk"),  # a CJK page
    ],
)
def test_single_charset_files_are_not_mixed(body, declared):
    _, changes = decode_bytes(body, declared)
    assert "mixed_charset" not in [c.rule for c in changes]


def test_lossy_closing_quote_restored_after_its_opening_quote():
    text, changes = fix_text("He said â€œhelloâ€� and left.")
    assert text == "He said “hello” and left."
    assert "lossy_quote" in [c.rule for c in changes]


@pytest.mark.parametrize(
    "text",
    [
        "Price: 5\ufffd. “Fine” he said.",  # no open quote before it
        "“Closed” already, then a lost \ufffd here.",  # the quote before it is closed
        "He wrote “caf\ufffdé” there.",  # inside a word: a lost letter, not a quote
    ],
)
def test_lossy_mark_left_alone_when_the_text_does_not_tell(text):
    fixed, changes = fix_text(text)
    assert "\ufffd" in fixed
    assert "lossy_quote" not in [c.rule for c in changes]


def test_lossy_quote_window_setting():
    from newsclean.cleaners.encoding import LOSSY_QUOTE_WINDOW, restore_lossy_quotes

    assert 200 <= LOSSY_QUOTE_WINDOW <= 2000
    far = "“" + "x " * LOSSY_QUOTE_WINDOW + "end\ufffd."
    assert restore_lossy_quotes(far) == (far, 0)


def test_fullwidth_cjk_punctuation_kept():
    zh = "一个约定，信守15年，感人至深；话剧《约定无期限》（全省巡演）：好！"
    assert fix_text(zh) == (zh, [])


def test_fullwidth_latin_and_punctuation_outside_cjk_still_normalized():
    assert fix_text("ＡＢＣ news，ok")[0] == "ABC news,ok"
    assert fix_text("信守１５年")[0] == "信守15年"  # digits are not punctuation


# ------------------------------------------------------------- ftfy fast path


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=200))
def test_lines_skipped_by_the_fast_path_are_lines_ftfy_leaves_alone(line):
    # the skip is exact: whatever it lets through unchanged, ftfy itself would leave unchanged
    if encoding._ftfy_inert(line):
        import ftfy

        assert ftfy.fix_and_explain(line, config=encoding.FTFY_CONFIG).text == line


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("AT&amp;T bought it", "AT&T bought it"),  # ASCII, but an entity: ftfy still runs
        ("\x1b[31mred\x1b[0m alert", "red alert"),  # ASCII terminal escapes: ftfy still runs
        ("Lavrovâ€™s visit", "Lavrov’s visit"),  # not ASCII: ftfy runs
    ],
)
def test_fast_path_leaves_fixable_ascii_lines_to_ftfy(text, fixed):
    assert not encoding._ftfy_inert(text)
    assert fix_text(f"Plain line.\n{text}")[0] == f"Plain line.\n{fixed}"
