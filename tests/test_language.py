"""language.detect_language: ISO 639-1 codes with a confidence, 'und' when there is too little text."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.cleaners import language
from newsclean.cleaners.language import detect_language

SAMPLES = {
    "en": "Foreign ministers met on Thursday to discuss the situation in the capital, officials said.",
    "ru": "Министр иностранных дел России Сергей Лавров заявил в четверг, что Москва следит за ситуацией.",
    "uk": "Міністр закордонних справ України заявив у четвер, що Київ уважно стежить за ситуацією.",
    "de": "Der Außenminister äußerte sich am Donnerstag besorgt über die Lage in der Hauptstadt.",
    "fr": "Le ministre des Affaires étrangères a déclaré jeudi qu’il était très préoccupé par la situation.",
    "es": "El ministro de Asuntos Exteriores declaró el jueves que estaba muy preocupado por la situación.",
    "zh": "外交部长周四表示，政府正在密切关注局势，数千名示威者聚集在总统府前。",
    "ar": "قال وزير الخارجية يوم الخميس إن الحكومة تتابع عن كثب الوضع حيث تجمع آلاف المتظاهرين.",
    "ja": "外務大臣は木曜日、数千人のデモ参加者が大統領官邸前に集まった状況を注視していると述べた。",
}


@pytest.mark.parametrize("code", SAMPLES)
def test_detects_language(code):
    lang, confidence = detect_language(SAMPLES[code])
    assert lang == code
    assert 0.5 < confidence <= 1.0


@pytest.mark.parametrize("text", ["", "   ", "12:45 — 2019", "OK", "https://t.co/x1"])
def test_too_little_text_is_undetermined(text):
    assert detect_language(text) == ("und", 0.0)


def test_min_chars_threshold_is_named_and_applied():
    assert language.MIN_CHARS == 20
    assert detect_language("a" * (language.MIN_CHARS - 1))[0] == "und"
    assert detect_language("Lavrov met Pompeo in Sochi today")[0] != "und"


def test_only_the_beginning_is_read():
    long_text = SAMPLES["ru"] * 200 + SAMPLES["en"] * 5
    assert detect_language(long_text)[0] == "ru"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_and_returns_a_code(text):
    lang, confidence = detect_language(text)
    assert re.fullmatch(r"[a-z]{2}|und", lang)
    assert 0.0 <= confidence <= 1.0


@pytest.mark.parametrize(
    "label, code", [("ru", "ru"), ("arz", "ar"), ("yue", "zh"), ("uzs", "uz"), ("vec", None), ("zxx", None)]
)
def test_model_labels_mapped_to_iso639_1(label, code):
    assert language._iso639_1(label) == code


def test_every_model_label_maps_to_a_two_letter_code_or_none():
    labels = set(language._identifier().nb_classes)
    mapped = {lab: language._iso639_1(lab) for lab in labels}
    assert all(code is None or re.fullmatch(r"[a-z]{2}", code) for code in mapped.values())
    assert mapped["zxx"] is None and mapped["en"] == "en"


def test_no_linguistic_content_is_undetermined():
    assert detect_language("AAAAAAAAAAAAAAAAAAeA AAAAAAAA") == ("und", 0.0)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), st.integers(min_value=0, max_value=30))
def test_letter_count_stops_early_but_agrees_with_a_full_count(text, n):
    assert language._has_letters(text, n) == (sum(ch.isalpha() for ch in text) >= n)
