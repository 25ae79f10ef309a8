"""Issue 15's rules, each with a positive case and a negative one it must leave alone."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.cleaners import dates
from newsclean.cleaners.dates import lexicon, mentions, publication

TUE = dt.date(2023, 11, 7)  # a Tuesday


def found(text: str, anchor: dt.date | None = TUE, language: str | None = None) -> list[tuple[str, str | None, str]]:
    return [
        (s.text, s.date.isoformat() if s.date else None, s.granularity)
        for s in dates.find_dates(text, anchor, language=language)
    ]


def dates_of(text: str, anchor: dt.date | None = TUE, language: str | None = None) -> list[str | None]:
    return [d for _, d, _ in found(text, anchor, language)]


# ---------------------------------------------------------------- future read as future


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Wednesday is forecast to be colder.", "2023-11-08"),
        ("The ship is set to dock on Saturday.", "2023-11-11"),
        ("Stakes are high ahead of Tuesday's debate.", "2023-11-07"),
        ("The cold snap should peak Wednesday before temperatures climb back up on Thursday.", "2023-11-09"),
        ("drawn for Saturday's rescheduled race", "2023-11-11"),
        ("Blinken travels on to Ethiopia on Sunday.", "2023-11-12"),
        ("Sabalenka plays Rybakina on Friday.", "2023-11-10"),
    ],
)
def test_future_cues(text, expected):
    assert dates_of(text)[-1] == expected


def test_past_stays_past_and_a_that_clause_is_another_time():
    assert dates_of("Police said on Saturday that the road was closed.") == ["2023-11-04"]
    assert dates_of("The announcement on Thursday that it will suspend service") == ["2023-11-02"]
    assert dates_of("He arrived on Saturday.") == ["2023-11-04"]
    assert dates_of("He had planned to travel on Sunday but stayed.")[0] == "2023-11-05"  # "to travel": not the clause's tense


def test_until_a_month_is_ahead_but_since_is_behind():
    assert dates_of("Fans must wait until July.", dt.date(2023, 11, 7)) == ["2024-07-01"]
    assert dates_of("Since July, prices rose.", dt.date(2023, 11, 7)) == ["2023-07-01"]


# ---------------------------------------------------------------- years in all roles


@pytest.mark.parametrize(
    "text, year",
    [
        ("during the 2016 presidential election", "2016"),
        ("a 2008 video shows", "2008"),
        ("It declined between 2000 and 2013, she said.", "2013"),
        ("He argued as recently as 2015 that", "2015"),
        ("the IPL 2020 between Chennai and Hyderabad", "2020"),
        ("law at Midland 1872-1892;", "1892"),
        ("The Constitution of 1789 and", "1789"),
        ("the class of '91 met", "1991"),
    ],
)
def test_years_in_every_role(text, year):
    spans = found(text)
    assert spans and spans[-1][1] == f"{year}-01-01" and spans[-1][2] == "year"


@pytest.mark.parametrize(
    "text",
    [
        "about 2000 people marched",
        "in 2000 cases",
        "at 1400 GMT",
        "He lives at 1405 Washington Avenue.",
        "a further 1900 more were hurt",
        "code RL-2019-04027819",
        "rose by 1500 votes",
        "priced at $2019.",
        "the 2010s were",
        "the '90s",
    ],
)
def test_numbers_that_are_not_years(text):
    assert found(text) == []


def test_old_years_need_a_preposition():
    assert found("founded in 1492, the city") == [("1492", "1492-01-01", "year")]
    assert found("by 1500 votes") == []
    assert mentions.MIN_DATE_YEAR == 1800


# ---------------------------------------------------------------- context


def test_narrative_anchor_follows_a_past_written_date():
    text = "The protests began on December 16, 2010. On December 27, the president fled."
    assert dates_of(text, dt.date(2019, 5, 20)) == ["2010-12-16", "2010-12-27"]
    # a written date in the future is a plan, not the story's time
    text = "Membership starts March 31, 2021. It was invited to join in July."
    assert dates_of(text, dt.date(2020, 10, 13)) == ["2021-03-31", "2020-07-01"]
    assert mentions.NARRATIVE_MAX_CHARS == 300


def test_ranges_take_the_year_of_their_second_date():
    assert dates_of("spent from March to May 2019", dt.date(2020, 5, 16)) == ["2019-03-01", "2019-05-01"]
    assert dates_of("entre le 21 juin et le 15 novembre 2019", dt.date(2020, 2, 19), "fr") == ["2019-06-21", "2019-11-15"]
    # no range word between them: each keeps its own reading
    assert dates_of("In June, prices fell. May 2019 was worse.", dt.date(2020, 9, 1)) == ["2020-06-01", "2019-05-01"]


def test_past_leaning_nearest_year():
    assert mentions.PAST_LEANING == 1.5
    assert dates_of("around March 16, usage changed", dt.date(2020, 9, 29)) == ["2020-03-16"]
    assert dates_of("talks on January 3 in Rome", dt.date(2019, 12, 20)) == ["2020-01-03"]


def test_weekday_written_with_a_date_and_thursday_last():
    assert dates_of("on Dec. 18, a Wednesday,", dt.date(2019, 12, 20)) == ["2019-12-18", "2019-12-18"]
    (_, wrong) = dates.find_dates("on Dec. 18, a Friday,", dt.date(2019, 12, 20))
    assert (wrong.date, wrong.flags) == (dt.date(2019, 12, 18), ["weekday_mismatch"])
    assert dates_of("on Dec. 10. On Wednesday, he left.", dt.date(2019, 12, 20)) == ["2019-12-10", "2019-12-18"]
    assert dates_of("on Thursday last", TUE) == ["2023-11-02"]
    assert dates_of("on Thursday last week", TUE)[0] == "2023-11-02"  # "last week" is a span of its own


def test_this_past_month_last_night_and_abbreviated_weekdays():
    assert found("this past January", TUE) == [("this past January", "2023-01-01", "month")]
    assert found("trouble flared last night", TUE) == [("last night", "2023-11-06", "day")]
    assert dates_of("on Tues. the board met", TUE) == ["2023-11-07"]


def test_today_the_show_is_not_a_date():
    assert found("she told NBC's Today that") == []
    assert found("Today the board met.") == [("Today", "2023-11-07", "day")]


def test_generic_weekdays_are_not_dates():
    assert found("Friday nights are made for fun") == []
    assert found("every Sunday") == []
    assert found("the perfect atmosphere for a Friday night") == []
    assert dates_of("A Monday headline in the Journal") == ["2023-11-06"]


def test_month_as_a_modifier_and_of_year():
    assert found("in the November election", dt.date(2020, 8, 16)) == [("November", "2020-11-01", "month")]
    assert found("the May government fell") == []  # May is also a name
    assert found("an election scheduled for November", dt.date(2020, 4, 28)) == [("November", "2020-11-01", "month")]
    assert found("Support for May grew") == []
    assert found("In October of 2022, he bought it") == [("October of 2022", "2022-10-01", "month")]


def test_slashed_dates_by_language():
    assert dates_of("Activate by 12/31/21.", dt.date(2020, 10, 13)) == ["2021-12-31"]
    assert dates_of("22/11/2020 - 04:30", dt.date(2020, 11, 22), "pt") == ["2020-11-22"]
    assert found("a 3/4 majority and 1/2/3") == []


# ---------------------------------------------------------------- other languages


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("de", "Seit 2018 und im Mai; am 3. März 2019 kam er.", ["2018-01-01", "2020-05-01", "2019-03-03"]),
        ("de", "Er kam gestern und am Dienstagabend.", ["2020-06-09", "2020-06-09"]),
        ("fr", "Le 1er mars 2019, en 2018 et hier.", ["2019-03-01", "2018-01-01", "2020-06-09"]),
        ("es", "El 3 de marzo de 2019 y hace 2 días.", ["2019-03-03", "2020-06-08"]),
        ("pt", "Em 3 de março de 2019, na segunda-feira.", ["2019-03-03", "2020-06-08"]),
        ("ru", "3 марта 2019 года, в 2018 году, вчера.", ["2019-03-03", "2018-01-01", "2020-06-09"]),
    ],
)
def test_other_languages(language, text, expected):
    assert dates_of(text, dt.date(2020, 6, 10), language) == expected


@pytest.mark.parametrize(
    "language, text",
    [
        ("fr", "Mars est une planète, mais le débat continue."),  # Mars the planet; "mais", "déc..." inside words
        ("es", "Plácido Domingo canta por la mañana."),  # a name; "mañana" the morning
        ("pt", "Foi a segunda vez."),  # "segunda" = second
        ("de", "Morgen früh, 2000 Menschen und 1500 Euro."),  # Morgen the morning; counts before nouns
        ("ru", "Он купил 2000 книг."),  # a count
    ],
)
def test_other_languages_leave_look_alikes_alone(language, text):
    assert found(text, dt.date(2020, 6, 10), language) == []


WED = dt.date(2022, 5, 4)  # a Wednesday


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # "N units ago" with number words and an approximation; Russian genitive plural
        ("es", "Llegó hace dos años.", [("hace dos años", "2020-01-01", "year")]),
        ("es", "lo asumido hace aproximadamente 12 días", [("hace aproximadamente 12 días", "2022-04-22", "day")]),
        ("pt", "Tem raiz há cinco anos.", [("há cinco anos", "2017-01-01", "year")]),
        ("ru", "Это было 5 лет назад.", [("5 лет назад", "2017-01-01", "year")]),
        # a month or a day with a relative year
        ("pt", "morreu em fevereiro do ano passado", [("fevereiro do ano passado", "2021-02-01", "month")]),
        ("es", "el 14 de febrero de este año", [("14 de febrero de este año", "2022-02-14", "day")]),
        ("pt", "o pleito deste ano", [("deste ano", "2022-01-01", "year")]),
        ("es", "en setiembre del 2021", [("setiembre del 2021", "2021-09-01", "month")]),
        ("es", "el 12 de noviembre del año 2020", [("12 de noviembre del año 2020", "2020-11-12", "day")]),
        # a weekday with its day of the month
        ("pt", "na madrugada de sábado (23) após", [("sábado (23)", "2022-04-23", "day")]),
        ("es", "y culminará el domingo 8 con el evento", [("domingo 8", "2022-05-08", "day")]),
        # a range's first day
        ("es", "se llevará a cabo del 21 al 24 de abril", [("21 al 24 de abril", "2022-04-21", "day")]),
        # future tense, "próximo", a "que" clause
        ("es", "definirá este jueves las acciones", [("jueves", "2022-05-05", "day")]),
        ("es", "el próximo miércoles 18 de mayo", [("miércoles 18 de mayo", "2022-05-18", "day")]),
        ("es", "dijo este martes que la reunión será larga", [("martes", "2022-05-03", "day")]),
        ("ru", "Движение открывается в понедельник.", [("понедельник", "2022-05-09", "day")]),
        ("ru", "Движение открыли в понедельник.", [("понедельник", "2022-05-02", "day")]),
    ],
)
def test_other_language_kinds(language, text, expected):
    assert found(text, WED, language) == expected


@pytest.mark.parametrize(
    "language, text",
    [
        ("es", "Hace más de una semana."),  # "more than a week ago": no point in time
        ("es", "playlists como Hoy es Viernes y Más éxitos"),  # a capitalised date word mid-sentence is a title
        ("es", "la presa Constitución de 1917, informó"),  # a year closing a proper name
        ("es", "Hoy en día no podemos afirmarlo."),  # nowadays
        ("pt", "Hoje em dia é diferente."),
        ("es", "realizada un domingo"),  # "un domingo": any Sunday
        ("es", "cada lunes y los martes"),
        ("pt", "uma quarta pessoa está foragida"),  # "quarta" = fourth
    ],
)
def test_other_language_look_alikes_stay_alone(language, text):
    assert found(text, WED, language) == []


def test_a_number_on_the_next_line_is_not_the_weekdays_day():
    assert found("el viernes\n5 y 1", WED, "es") == [("viernes", "2022-04-29", "day")]


def test_weekday_day_number_that_names_another_weekday_is_flagged_not_moved():
    spans = dates.find_dates("Na última quarta-feira (5), a reportagem", dt.date(2020, 3, 8), language="pt")
    assert [(s.date.isoformat() if s.date else None, s.flags) for s in spans] == [("2020-03-04", ["weekday_mismatch"])]


def test_a_year_in_a_range_of_names_is_still_a_year():
    assert dates_of("vivió en España de 2013 a 2015", WED, "es") == ["2013-01-01", "2015-01-01"]


def test_english_ranges_relative_years_and_determiners():
    anchor = dt.date(2020, 4, 8)
    assert found("will take place July 15-24 in 2022", anchor) == [("July 15-24 in 2022", "2022-07-15", "day")]
    assert found("on July 23-August 8 next year.", anchor) == [("July 23-August 8 next year", "2021-07-23", "day")]
    assert found("on March 3 last year", anchor) == [("March 3 last year", "2019-03-03", "day")]
    assert found("in July-August 2022, the", anchor) == [("July-August 2022", "2022-07-01", "month")]
    assert found("launched at a June speech in Chicago", dt.date(2023, 11, 8)) == [("June", "2023-06-01", "month")]
    assert found("since its March lows", dt.date(2020, 9, 8)) == [("March", "2020-03-01", "month")]
    assert found("her May government") == []  # May is also a name


def test_copyright_and_quoted_title_years_are_not_mentions():
    assert found("Copyright 2020 The Associated Press. All rights reserved.") == []
    assert found("© Thomson Reuters 2020") == []
    assert found("the war film “1917,” the big winner") == []
    assert dates_of("the 1917 revolution") == ["1917-01-01"]


def test_a_weekday_mentioned_again_is_the_same_day_ahead():
    text = "Los organismos se congregarán este jueves frente a la Corte. El jueves tenemos que demostrar la fuerza."
    assert dates_of(text, WED, "es") == ["2022-05-05", "2022-05-05"]
    assert dates_of("El jueves tenemos que demostrar la fuerza.", WED, "es") == ["2022-04-28"]  # alone: the past one
    assert dates_of("Ella dijo el jueves que el jueves llegó.", WED, "es") == ["2022-04-28", "2022-04-28"]
    assert found("llegaba un día sábado a altas horas", WED, "es") == []  # any Saturday


def test_a_range_end_is_not_before_its_start_but_a_list_keeps_its_order():
    may2 = dt.date(2022, 5, 2)
    assert dates_of("Tercer periodo: 8 de agosto a 7 de octubre", may2, "es") == ["2022-08-08", "2022-10-07"]
    assert dates_of("from December 20 to January 5", may2) == ["2021-12-20", "2022-01-05"]
    assert dates_of("on May 3 and March 2", may2) == ["2022-05-03", "2022-03-02"]  # a list, not a range


def test_narrative_anchor_leaves_a_future_clause_alone():
    text = "el acuerdo del 15 de noviembre del 2019. La Convención tendrá a partir del próximo 17 de mayo su última fase"
    assert dates_of(text, WED, "es") == ["2019-11-15", "2022-05-17"]


def test_german_years_before_lowercase_words_are_years():
    assert dates_of("2020 wurde ich gewählt, 1996 erhielt er", dt.date(2022, 1, 28), "de") == ["2020-01-01", "1996-01-01"]


@pytest.mark.parametrize("language", ["de", "fr", "es", "pt", "ru"])
def test_without_anchor_every_kind_is_unresolved_not_an_error(language):
    text = {"de": "dieses Jahr, vor 3 Tagen, gestern, am Montag, im Mai", "fr": "cette année, il y a 3 jours, hier, lundi, en mai",
            "es": "este año, hace 3 días, ayer, el lunes, en mayo", "pt": "este ano, há 3 dias, ontem, na segunda-feira, em maio",
            "ru": "в этом году, 3 дня назад, вчера, в понедельник, в мае"}[language]
    spans = dates.find_dates(text, None, language=language)
    assert len(spans) == 5 and all(s.date is None and s.flags == ["unresolved"] for s in spans)
    assert [s.granularity for s in spans] == ["year", "day", "day", "day", "month"]


def test_lexicon_comes_from_dateparser():
    lx = lexicon.lexicon("fr")
    assert lx.months["août"] == 8 and lx.weekdays["dimanche"] == 6 and lx.deictic["hier"] == -1
    assert lexicon.lexicon("en") is None and lexicon.lexicon(None) is None
    assert set(lexicon.SUPPORTED) == {"de", "fr", "es", "pt", "ru"}


def test_unsupported_language_reads_english_patterns():
    assert dates_of("On May 3, 2019 it rained.", TUE, "it") == ["2019-05-03"]


# ---------------------------------------------------------------- overflow and ranges


def test_date_arithmetic_never_overflows():
    far = dt.date.max
    spans = dates.find_dates("Tomorrow, next week, next month, next year, in 12 days, next Friday, in March.", far)
    assert all(s.date is None or s.date <= far for s in spans)
    assert any("out_of_range" in s.flags for s in spans)
    spans = dates.find_dates("Yesterday, last year, 3 days ago, last Monday.", dt.date.min)
    assert any("out_of_range" in s.flags for s in spans)
    assert dates.find_dates("Demain et l'année prochaine.", far, language="fr")


def test_publication_year_range_and_copyright():
    assert (publication.MIN_PUBLICATION_YEAR, publication.MAX_PUBLICATION_YEAR) == (1800, 2200)
    low = dates.publication_date(metadata="1799-12-31", page="1800-01-01")
    assert (low.date, low.source) == (dt.date(1800, 1, 1), "page")
    assert [c.rule for c in low.changes][0] == "out_of_range_metadata_date"
    high = dates.publication_date(metadata="2201-01-01", page="2200-12-31")
    assert high.date == dt.date(2200, 12, 31)
    assert dates.publication_date(page="9999-12-31").date is None
    only = dates.publication_date(htmldate="2016-01-01", copyright_year=2016)
    assert (only.date, only.flags) == (dt.date(2016, 1, 1), ["copyright_year"])
    real = dates.publication_date(htmldate="2016-01-01", copyright_year=2019)
    assert real.flags == []


def test_htmldate_source_is_trusted_after_metadata_and_recorded():
    pub = dates.publication_date(metadata=None, htmldate="2020-07-12", page="2015-07-21")
    assert (pub.date, pub.source) == (dt.date(2020, 7, 12), "page")
    assert "published_from_htmldate" in [c.rule for c in pub.changes]
    assert dates.publication_date(metadata="2020-07-10", htmldate="2020-07-12").source == "metadata"


def test_html_publication_date_reads_raw_html_and_never_the_clock():
    html = '<html><head><meta property="article:published_time" content="2031-05-20"></head><body><p>x</p></body></html>'
    assert publication.html_publication_date(html)[0] == "2031-05-20"  # no fetch day: up to MAX_PUBLICATION_YEAR
    assert publication.html_publication_date(html, latest=dt.date(2030, 1, 1))[0] != "2031-05-20"
    assert publication.html_publication_date("https://example.org/a") == (None, None)  # never downloads


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.one_of(st.none(), st.dates()), st.sampled_from([None, "en", "de", "fr", "es", "pt", "ru", "it"]))
def test_find_dates_never_raises_in_any_language(text, anchor, language):
    for span in dates.find_dates(text, anchor, language=language):
        assert text[span.start : span.end] == span.text


_DATEY = st.lists(
    st.sampled_from(["3", "12", "2019", " ", ".", ", ", "/", "-", "März", "mars", "de", "marzo", "марта", "года", "am", "'", "ago", "vor", "Tagen"]),
    max_size=10,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_DATEY, st.one_of(st.none(), st.dates()), st.sampled_from(["de", "fr", "es", "pt", "ru"]))
def test_datey_strings_never_raise(text, anchor, language):
    dates.find_dates(text, anchor, language=language)


# ---------------------------------------------------------------- through the pipeline


def _raw(kind: str, body: str, **kw):
    import hashlib

    from newsclean.schemas.models import RawRecord

    data = body.encode()
    return RawRecord(input_ref=f"x.{kind}", kind=kind, body=data, raw_sha256=hashlib.sha256(data).hexdigest(), **kw)


def test_pipeline_reads_dates_in_the_detected_language():
    from newsclean.cleaners.pipeline import RunContext, clean_record

    text = (
        "Der Bundestag hat am Dienstag ein neues Gesetz beschlossen. Die Abgeordneten stimmten am "
        "3. März 2022 in erster Lesung zu, seit 2019 wurde darüber gestritten, gestern kam die Einigung."
    )
    fetched = dt.datetime(2022, 3, 10, 12, tzinfo=dt.UTC)
    art = clean_record(_raw("text", text, published_at="2022-03-10", fetched_at=fetched), RunContext("r", "v"))
    assert art.language == "de"
    assert [(m.text, m.date.isoformat()) for m in art.dates_mentioned] == [
        ("Dienstag", "2022-03-08"),
        ("3. März 2022", "2022-03-03"),
        ("2019", "2019-01-01"),
        ("gestern", "2022-03-09"),
    ]


def test_pipeline_records_htmldate_as_the_page_source():
    from newsclean.cleaners.pipeline import RunContext, clean_record

    paragraphs = "".join(f"<p>Paragraph {i} of a long enough article body about the harbour and its history.</p>" for i in range(8))
    html = (
        '<html><head><title>Harbour</title><meta property="article:published_time" content="2021-06-02T08:00:00Z">'
        f"</head><body><article>{paragraphs}</article><footer>© 2023 Example</footer></body></html>"
    )
    fetched = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    art = clean_record(_raw("html", html, fetched_at=fetched), RunContext("r", "v"))
    assert (art.published_date, art.published_date_source) == (dt.date(2021, 6, 2), "page")
    assert "published_from_htmldate" in [c.rule for c in art.provenance.changes]


def test_metadata_is_kept_when_the_precise_pass_finds_no_text(monkeypatch):
    from newsclean.cleaners.boilerplate import extract

    html = (
        '<html><head><title>Old Blog</title><meta property="article:published_time" content="2011-03-30">'
        "</head><body><div><p>Spring in China: the trees bloom early this year and the streets fill with "
        "visitors from every province of the country.</p></div></body></html>"
    )
    monkeypatch.setattr(extract.trafilatura, "bare_extraction", lambda *a, **k: None)  # the precise pass gives up
    ex = extract.extract_html(html)
    assert (ex.date, ex.title, ex.html_date) == ("2011-03-30", "Old Blog", "2011-03-30")
    assert "Spring in China" in ex.text
