"""The Russian NER model (cleaners.names.model_ru) beside the rules: what it adds, what it removes, what it leaves alone."""
from __future__ import annotations

import datetime as dt
import os

from newsclean.cleaners.names import empty_gazetteer, find_persons, model_ru

DAY = dt.date(2024, 5, 1)


def persons(text, language="ru", model=True):
    return find_persons(text, DAY, empty_gazetteer(), language=language, model=model)


def test_the_model_ships_with_the_package():
    assert model_ru.available()


def test_the_model_is_off_unless_asked_for():
    assert persons("Завод открыл Жандос Тулегенов.", model=False)[0] == []  # the rules alone: no cue, no list


def test_names_no_list_knows_are_people_when_the_model_says_so():
    names, mentions = persons("Завод открыл Жандос Тулегенов.")
    assert names == ["Жандос Тулегенов"]
    assert "ner_model" in mentions[0].flags
    assert persons("Лукаш Подольски забил гол. Подольски был рад.")[0] == ["Лукаш Подольски"]  # the surname alone joins him


def test_model_spans_are_offsets_into_the_text():
    text = "Как заявил пресс-секретарь Кремля Дмитрий Песков, встреча прошла в Москве."
    spans = model_ru.entities(text)
    assert ("Дмитрий Песков", "PER") in [(text[s:e], t) for s, e, t in spans]
    assert ("Москве", "LOC") in [(text[s:e], t) for s, e, t in spans]


def test_places_and_organisations_the_model_tags_are_no_people():
    assert persons("Встреча прошла в Ново-Огарево, сообщили в Кремле.")[0] == []
    assert persons("Акции «Газпром нефти» выросли на Московской бирже.")[0] == []


def test_a_lone_surname_needs_a_full_name_or_the_gazetteer():
    # the model tags "Шойгу" a person, but who he is the article does not say
    assert persons("Министр Шойгу прибыл в Москву.")[0] == []


def test_other_languages_never_call_the_model(monkeypatch):
    def boom(text, where=None):
        raise AssertionError("the model ran on a non-Russian article")

    monkeypatch.setattr(model_ru, "entities", boom)
    assert persons("Minister Jane Doe said the plant would open.", language="en")[0] == ["Jane Doe"]
    persons("Завод открыл Нурсултан Тулегенов.", language="kk")  # Cyrillic, but not Russian: the rules alone


def test_long_articles_are_tagged_in_pieces_with_offsets_kept():
    para = "Это был обычный день в городе, и ничего не происходило. " * 60  # one paragraph over PARAGRAPH_CHARS
    text = para + "\n" + "Об этом рассказал Жандос Тулегенов."
    spans = model_ru.entities(text)
    assert [text[s:e] for s, e, t in spans if t == "PER"] == ["Жандос Тулегенов"]


def test_the_switch_reaches_the_run_context(monkeypatch):
    from newsclean.cleaners.pipeline import RunContext

    monkeypatch.delenv("NEWSCLEAN_NAMES_MODEL", raising=False)
    assert RunContext("r", "0").names_model is False
    monkeypatch.setenv("NEWSCLEAN_NAMES_MODEL", "ru")
    assert RunContext("r", "0").names_model is True


def test_cli_flag_sets_the_switch(monkeypatch, tmp_path):
    from newsclean import cli

    monkeypatch.setenv("NEWSCLEAN_NAMES_MODEL", "0")  # restored after the test, whatever the CLI sets
    page = tmp_path / "a.txt"
    page.write_text("Завод открыл Жандос Тулегенов в понедельник, сообщили в администрации области.\n" * 3, encoding="utf-8")
    assert cli.main(["clean", str(page), "--names-model"]) == 0
    assert os.environ["NEWSCLEAN_NAMES_MODEL"] == "ru"
