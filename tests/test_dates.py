"""Unit tests of cleaners.dates: each rule with a positive and a negative case."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.cleaners import dates
from newsclean.cleaners.dates import mentions, publication, tense

FRI = dt.date(2024, 3, 15)  # a Friday
FETCH = dt.datetime(2022, 2, 15, 9, tzinfo=dt.UTC)


def found(text: str, anchor: dt.date | None = FRI, **kw) -> list[tuple[str, str | None, str]]:
    return [
        (s.text, s.date.isoformat() if s.date else None, s.granularity)
        for s in dates.find_dates(text, anchor, anchor_is_fetch=kw.get("anchor_is_fetch", False))
    ]


# ---------------------------------------------------------------- publication date


def test_byline_free_text_gives_the_date_with_source_byline():
    pub = dates.publication_date(metadata=None, page=None, byline="February 14, 2022", url=None, fetched_at=FETCH)
    assert (pub.date, pub.source, pub.flags) == (dt.date(2022, 2, 14), "byline", [])
    assert dates.publication_date(byline="By Anna Keller | November 12, 2025").date == dt.date(2025, 11, 12)


def test_order_of_trust_metadata_page_byline_url():
    kw = dict(metadata="2022-02-10", page="2022-02-11", byline="February 12, 2022", url="https://x.org/2022/02/13/story")
    assert dates.publication_date(**kw).source == "metadata"
    kw["metadata"] = None
    assert dates.publication_date(**kw).source == "page"
    kw["page"] = None
    assert dates.publication_date(**kw).source == "byline"
    kw["byline"] = None
    pub = dates.publication_date(**kw)
    assert (pub.date, pub.source) == (dt.date(2022, 2, 13), "url")
    kw["url"] = "https://x.org/news/story-2022"
    assert (dates.publication_date(**kw).date, dates.publication_date(**kw).source) == (None, "none")


def test_unparseable_metadata_falls_through_and_is_recorded():
    pub = dates.publication_date(metadata="soon", page="2019-05-20T08:00:00+03:00")
    assert (pub.date, pub.source) == (dt.date(2019, 5, 20), "page")
    assert [c.rule for c in pub.changes] == ["unparsed_metadata_date", "published_from_page"]


def test_metadata_in_other_formats_via_dateparser():
    assert dates.publication_date(metadata="14/02/2022").date == dt.date(2022, 2, 14)
    assert dates.publication_date(metadata="Updated: 14/02/2022").date == dt.date(2022, 2, 14)
    assert dates.publication_date(metadata="14. Februar 2022").date == dt.date(2022, 2, 14)
    assert dates.publication_date(metadata="May 2022").date is None  # a month is not a publication day


def test_relative_byline_is_read_against_the_fetch_and_flagged():
    pub = dates.publication_date(byline="Posted 3 days ago", fetched_at=FETCH)
    assert (pub.date, pub.flags) == (dt.date(2022, 2, 12), ["relative_to_fetch"])
    assert dates.publication_date(byline="3 days ago").date is None  # no fetch time: nothing to count from


def test_hours_ago_is_counted_back_from_the_fetch_time_across_midnight():
    early = dt.datetime(2022, 2, 15, 1, 30, tzinfo=dt.UTC)
    for value, day in (("3 hours ago", 14), ("Published 45 mins ago", 15), ("an hour ago", 15), ("just now", 15), ("2h ago", 14)):
        pub = dates.publication_date(metadata=value, fetched_at=early)
        assert (pub.date, pub.flags, pub.source) == (dt.date(2022, 2, day), ["relative_to_fetch"], "metadata"), value
    assert dates.publication_date(byline="Posted 5 hours ago", fetched_at=early).date == dt.date(2022, 2, 14)
    # no fetch time, more than two days of hours, or a sentence that merely contains the words: nothing
    assert dates.publication_date(metadata="3 hours ago").date is None
    assert dates.publication_date(metadata="300 hours ago", fetched_at=early).date is None
    assert dates.publication_date(byline="an hour ago, the council said", fetched_at=early).date is None


def test_after_fetch_flag_allows_a_time_zone_ahead():
    assert "after_fetch" in dates.publication_date(page="2022-02-17", fetched_at=FETCH).flags
    # the fetch's UTC date + MAX_UTC_OFFSET may already be the next local day
    late = dt.datetime(2022, 2, 15, 20, tzinfo=dt.UTC)
    assert "after_fetch" not in dates.publication_date(page="2022-02-16", fetched_at=late).flags
    assert "after_fetch" in dates.publication_date(page="2022-02-16", fetched_at=FETCH).flags
    assert publication.MAX_UTC_OFFSET == dt.timedelta(hours=14)
    naive = dt.datetime(2022, 2, 15, 9)
    assert "after_fetch" in dates.publication_date(page="2022-02-17", fetched_at=naive).flags


def test_sources_disagree_beyond_the_slack():
    assert publication.AGREEMENT_SLACK_DAYS == 1
    close = dates.publication_date(page="2019-05-20", url="https://x.org/2019/05/19/a")
    assert "sources_disagree" not in close.flags
    far = dates.publication_date(page="2019-05-20", url="https://x.org/2019/05/10/a")
    assert "sources_disagree" in far.flags
    assert any(c.rule == "sources_disagree" for c in far.changes)


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://www.theguardian.com/world/2019/may/20/x", None),  # month name: not our pattern
        ("https://x.com/2019/05/20/story", dt.date(2019, 5, 20)),
        ("https://x.com/news/2019-05-20-story.html", dt.date(2019, 5, 20)),
        ("https://x.com/2019/13/20/story", None),  # no month 13
        ("https://x.com/2019/02/30/story", None),  # no February 30
        ("https://x.com/item/1020190520/x", None),  # digits inside an id
    ],
)
def test_url_dates(url, expected):
    assert dates.publication_date(url=url).date == expected


# ---------------------------------------------------------------- span patterns


def test_month_day_with_and_without_year_and_weekday():
    assert found("On May 3, Trump phoned Putin.", dt.date(2019, 5, 20)) == [("May 3", "2019-05-03", "day")]
    assert found("planned for December 1, 2018, in Buenos Aires") == [("December 1, 2018", "2018-12-01", "day")]
    assert found("denied on Friday, November 7, that", dt.date(2025, 11, 8)) == [
        ("Friday, November 7", "2025-11-07", "day")
    ]


def test_weekday_with_a_date_is_checked():
    (ok,) = dates.find_dates("on Friday, November 7, 2025", None, anchor_is_fetch=False)
    assert ok.flags == []
    (bad,) = dates.find_dates("on Tuesday, November 7, 2025", None, anchor_is_fetch=False)
    assert (bad.date, bad.flags) == (dt.date(2025, 11, 7), ["weekday_mismatch"])


def test_day_lists_share_month_and_year_but_not_counts():
    assert found("(see EDM, March 8, 15, 2018)") == [("March 8", "2018-03-08", "day"), ("15", "2018-03-15", "day")]
    assert found("On May 3, 14 people died.", dt.date(2024, 5, 20)) == [("May 3", "2024-05-03", "day")]


def test_numeric_dates():
    assert found("dated 2024-02-29.") == [("2024-02-29", "2024-02-29", "day")]
    assert found("On 20.05.2019 the court") == [("20.05.2019", "2019-05-20", "day")]
    assert found("version 1.2.3 and 2024-13-01 and 31.02.2019") == []


def test_invalid_calendar_date_is_flagged_not_dropped():
    (span,) = dates.find_dates("on February 30, 2023", FRI, anchor_is_fetch=False)
    assert (span.date, span.flags) == (None, ["invalid_date"])


def test_bare_month_needs_a_preposition_and_keeps_month_granularity():
    assert found("the summit in March") == [("March", "2024-03-01", "month")]
    assert found("March on Washington") == []
    assert found("early June") == [("early June", "2024-06-01", "month")]


def test_may_is_a_month_only_with_a_day_year_or_preposition():
    assert found("Moscow may terminate it. May I ask? Theresa May spoke.") == []
    assert found("in May", dt.date(2024, 3, 15)) == [("May", "2024-05-01", "month")]
    assert found("May 2019 polls") == [("May 2019", "2019-05-01", "month")]


def test_abbreviated_months_only_next_to_a_day():
    assert found("Jan Kowalski and Mar Roxas") == []
    assert found("on Jan. 5, 2024") == [("Jan. 5, 2024", "2024-01-05", "day")]


def test_bare_year_needs_a_preposition_and_no_noun_after():
    assert found("founded in 1998, it") == [("1998", "1998-01-01", "year")]
    assert found("in 2000 cases and 2024 reports") == []
    # the year pattern accepts exactly MIN_YEAR..MAX_YEAR
    lo, hi = mentions.MIN_YEAR, mentions.MAX_YEAR
    assert [t for t, _, _ in found(f"in {lo} and in {hi}")] == [str(lo), str(hi)]
    assert found(f"in {lo - 1} and in {hi + 1}") == []


def test_no_dates_from_trap_words():
    text = "A march on Moscow may come now; a second wave, the 24 crew, 6 p.m., 10-page. Years ago."
    assert found(text) == []


def test_named_days_and_newspapers_are_not_weekdays():
    assert found("Good Friday and Black Friday, said The Sunday Times") == []
    assert found("On Friday the Times said") == [("Friday", "2024-03-15", "day")]
    assert found("Peskov told Reuters Friday that") == [("Friday", "2024-03-15", "day")]
    assert found("Shrove Tuesday and Easter Sunday") == []


# ---------------------------------------------------------------- resolution


def test_nearest_year_rule():
    anchor = dt.date(2019, 5, 20)
    assert found("the incident on November 25, when", anchor) == [("November 25", "2018-11-25", "day")]
    assert found("talks on January 3 in Rome", dt.date(2019, 12, 20)) == [("January 3", "2020-01-03", "day")]


def test_tense_moves_a_far_date_but_not_a_near_one():
    anchor = dt.date(2019, 5, 20)
    assert found("The summit will take place on November 25.", anchor) == [("November 25", "2019-11-25", "day")]
    assert found("They will meet on May 15 (Kremlin.ru, May 15).", anchor)[0][1] == "2019-05-15"
    assert mentions.TENSE_OVERRIDE_MIN_DAYS == 90
    # 89 days before: the tense cue is not trusted over proximity; 91 days: it is
    assert found("They will meet on February 20.", anchor)[0][1] == "2019-02-20"
    assert found("He will speak on May 16.", dt.date(2019, 8, 15))[0][1] == "2020-05-16"


def test_weekdays_follow_the_tense_of_their_clause():
    mon = dt.date(2022, 2, 14)
    assert found("Putin and Lavrov on Monday signaled", mon) == [("Monday", "2022-02-14", "day")]
    assert found("an invasion could begin as soon as Wednesday", mon) == [("Wednesday", "2022-02-16", "day")]
    assert found("Citing the planned visit to Moscow on Tuesday by Scholz", mon) == [("Tuesday", "2022-02-15", "day")]
    assert found("the U.S. having warned ominously on Friday of attacks", mon) == [("Friday", "2022-02-11", "day")]
    assert found("Elections will be held on Sunday.", mon) == [("Sunday", "2022-02-20", "day")]


def test_last_and_next_weekday_are_strict():
    assert found("last Friday") == [("last Friday", "2024-03-08", "day")]
    assert found("next Friday") == [("next Friday", "2024-03-22", "day")]
    assert mentions.DAYS_PER_WEEK == 7


def test_relative_expressions_and_granularity():
    assert found("last week") == [("last week", "2024-03-04", "week")]
    assert found("this week") == [("this week", "2024-03-11", "week")]
    assert found("next month") == [("next month", "2024-04-01", "month")]
    assert found("last year") == [("last year", "2023-01-01", "year")]
    assert found("5 days ago") == [("5 days ago", "2024-03-10", "day")]
    assert found("yesterday") == [("yesterday", "2024-03-14", "day")]
    assert found("in today's Russia") == []
    # relative to the story's own time, not to the anchor
    assert found("In August 2016 the Taliban struck. The next year, they released videos.") == [
        ("August 2016", "2016-08-01", "month")
    ]
    assert [(t, g) for t, _, g in found("the last week of June")] == [("June", "month")]


def test_ago_with_a_huge_count_is_not_a_date():
    assert mentions.MAX_AGO == 400
    assert found("400 days ago")[0][1] == "2023-02-09"
    assert found("900 days ago") == []


def test_anchor_is_fetch_flags_only_anchor_dependent_spans():
    spans = dates.find_dates("On May 3 and on December 1, 2018", dt.date(2019, 5, 20), anchor_is_fetch=True)
    assert [s.flags for s in spans] == [["anchor_is_fetch"], []]
    spans = dates.find_dates("On May 3 and on December 1, 2018", dt.date(2019, 5, 20), anchor_is_fetch=False)
    assert [s.flags for s in spans] == [[], []]


def test_without_anchor_relative_dates_are_unresolved():
    spans = dates.find_dates("On May 3 and on December 1, 2018, and last week", None, anchor_is_fetch=False)
    assert [(s.date, s.flags) for s in spans] == [
        (None, ["unresolved"]),
        (dt.date(2018, 12, 1), []),
        (None, ["unresolved"]),
    ]


def test_since_month_is_past():
    assert found("Since returning in January, Trump has sought", dt.date(2025, 11, 8)) == [
        ("January", "2025-01-01", "month")
    ]
    assert found("Elections will be held in October.", dt.date(2025, 11, 8)) == [("October", "2026-10-01", "month")]


def test_tense_window():
    assert tense.CUE_WINDOW_WORDS == 8
    far = "He said " + "and the " * 5 + "meeting on Friday"  # the cue is ten words away
    start = far.index("Friday")
    assert tense.clause_tense(far, start, start + 6) is None
    near = "He said the meeting on Friday"
    assert tense.clause_tense(near, near.index("Friday"), len(near)) == "past"
    passive = "The vote will be held on Friday"
    assert tense.clause_tense(passive, passive.index("Friday"), len(passive)) == "future"


# ---------------------------------------------------------------- properties


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31))), st.booleans())
def test_find_dates_never_raises_and_spans_point_into_the_text(text, anchor, is_fetch):
    for span in dates.find_dates(text, anchor, anchor_is_fetch=is_fetch):
        assert text[span.start : span.end] == span.text
        assert span.granularity in ("day", "week", "month", "year")


_DATEY = st.lists(st.sampled_from(list("0123456789 ,.-/:|") + ["May ", "June ", "Friday ", "ago", "days "]), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), _DATEY), st.one_of(st.none(), st.text(max_size=60)))
def test_publication_date_never_raises(value, url):
    pub = dates.publication_date(metadata=value, page=value, byline=value, url=url, fetched_at=FETCH)
    assert pub.source in ("metadata", "page", "byline", "url", "none")
    assert (pub.date is None) == (pub.source == "none")


def test_spans_do_not_overlap():
    text = "On Friday, November 7, 2025 and last Friday and May 3, 2019-05-20, in 2018 and March 2018."
    spans = dates.find_dates(text, FRI, anchor_is_fetch=False)
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start


# ---------------------------------------------------------------- issue 15, batch 3 kinds


def test_a_day_before_a_colon_heading_is_a_date_but_a_clock_time_is_not():
    assert found("October 20: ACCIDENT – a deer entered the roadway.", dt.date(2023, 10, 27)) == [
        ("October 20", "2023-10-20", "day")
    ]
    assert found("Doors open at May 3:30 sharp.") == []


def test_a_month_opening_a_list_of_months_is_a_month():
    out = found("It will be busy, especially August, September and October.", dt.date(2020, 4, 2))
    assert [t for t, _, _ in out] == ["August", "September", "October"]
    assert {g for _, _, g in out} == {"month"}
    assert found("The show moved from September to January.", dt.date(2023, 11, 8))[-1][:2] == ("January", "2024-01-01")
    assert found("He sent a letter to May Thompson.") == []
    assert found("She wrote to August Wilson.") == []


def test_a_scene_setting_year_gives_its_year_to_the_dates_after_it_in_the_sentence():
    anchor = dt.date(2020, 4, 2)
    assert ("July 10", "2005-07-10", "day") in found("In 2005, Hurricane Dennis made landfall on July 10.", anchor)
    assert ("mid-August", "2004-08-01", "month") in found("After the summer of 2004, he resigned in mid-August.", anchor)
    # another sentence, or a clause pointing the other way, keeps the anchor's reading
    assert ("July 10", "2020-07-10", "day") in found("In 2005, a storm hit. The season begins on July 10.", anchor)
    assert ("July 10", "2020-07-10", "day") in found("Unlike in 2005, the season will begin on July 10.", anchor)


def test_a_year_paired_with_a_year_before_it_is_a_year_whatever_noun_follows():
    assert [t for t, _, _ in found("It helped with the 1998 and 2017 acquisitions.")] == ["1998", "2017"]
    assert "2000" not in [t for t, _, _ in found("Between 1900 and 2000 people came.")]  # no determiner: a count


def test_today_in_an_embedded_tweet_is_the_tweets_day():
    text = "Honored to offer the benediction today at this ceremony.\n— Seth (@Rabbi_360) January 7, 2020\nMore text."
    assert found(text, dt.date(2020, 1, 8))[0] == ("today", "2020-01-07", "day")
    assert found("Honored to offer the benediction today.\nMore text.", dt.date(2020, 1, 8))[0] == ("today", "2020-01-08", "day")


def test_would_points_ahead_but_would_have_does_not():
    anchor = dt.date(2023, 11, 8)  # a Wednesday
    assert found("Details would be made public after a meeting on Friday.", anchor) == [("Friday", "2023-11-10", "day")]
    assert found("On the stage on Friday, no one would have done enough.", anchor) == [("Friday", "2023-11-03", "day")]


def test_a_quoted_phrase_does_not_cut_the_clause_off_its_verb():
    anchor = dt.date(2023, 11, 8)
    assert found("The inquiry requested “any messages or emails” in February.", anchor) == [("February", "2023-02-01", "month")]


def test_todays_news_is_the_day_but_todays_world_is_nowadays():
    assert found("We'll bring you all of today's updates.") == [("today", "2024-03-15", "day")]
    assert found("Today’s order of play") == [("Today", "2024-03-15", "day")]
    for nowadays in ("in today's world", "today's young people", "today’s larger codebases", "in today's Russia"):
        assert found(nowadays) == [], nowadays


def test_last_summer_and_last_year_set_the_scene_for_the_dates_after_them():
    anchor = dt.date(2020, 4, 2)
    assert ("July 13", "2019-07-13", "day") in found("Last summer, Hurricane Barry hit Louisiana on July 13.", anchor)
    assert ("May", "2019-05-01", "month") in found("Last year in Livermore, a girl died in May.", anchor)
    # a date that carries its own year keeps it; another sentence is not the scene
    assert ("July 15-24 in 2022", "2022-07-15", "day") in found("Next year it moves to July 15-24 in 2022.", anchor)
    assert ("July 13", "2020-07-13", "day") in found("Last summer was hot. The season opens on July 13.", anchor)


def test_a_year_before_a_verb_and_its_object_is_a_year_but_a_count_before_a_plural_is_not():
    assert ("2020", "2020-01-01", "year") in found("The forecast for 2020 includes 14 named storms.")
    assert ("2020", "2020-01-01", "year") in found("The map for the 2020 reunites Asheville.")
    assert found("He walks 2000 steps a day.") == []
    assert found("We saw 2000 cars yesterday.") == [("yesterday", "2024-03-14", "day")]


def test_a_bare_month_without_a_cue_leans_to_the_past():
    anchor = dt.date(2023, 11, 8)
    assert found("the redevelopment of the facility since Stellantis idled the massive plant along the Tollway in March", anchor)[-1] == (
        "March", "2023-03-01", "month"
    )
    assert found("The band tours in December.", anchor) == [("December", "2023-12-01", "month")]  # next month is still ahead
    assert found("The plant will reopen in March.", anchor) == [("March", "2024-03-01", "month")]  # a cue decides


def test_a_weekday_after_a_day_named_with_its_weekday_is_in_that_week():
    anchor = dt.date(2019, 12, 30)  # a Monday
    text = "He broke the news on Dec. 18, a Wednesday. “The first I heard of it was late Tuesday evening,” said King."
    assert ("Tuesday", "2019-12-17", "day") in found(text, anchor)
    # a date without its weekday leaves a later weekday to the anchor
    assert ("Monday", "2019-12-30", "day") in found("The Dec. 18 vote was close, the paper reported Monday.", anchor)


def test_metadata_dates_written_as_digits_only():
    from newsclean.cleaners.dates import publication_date

    for value, day in [("20240501", "2024-05-01"), ("1700000000", "2023-11-14"), ("1700000000123", "2023-11-14"),
                       (" 1700000000.5 ", "2023-11-14"), ("999999999", "2001-09-09")]:
        p = publication_date(metadata=value)
        assert (p.date.isoformat(), p.source) == (day, "metadata"), value
        assert [c.rule for c in p.changes] == ["numeric_metadata_date", "published_from_metadata"]
    # digits that are no date: an impossible basic date, a count, a bare year, an id too long for a time
    for value in ("20241301", "20240230", "12345", "12345678", "17000000001234567"):
        p = publication_date(metadata=value)
        assert p.date is None and [c.rule for c in p.changes] == ["unparsed_metadata_date"], value
    # the digits rule is for declared metadata only: a byline's digits are not read as Unix time
    assert publication_date(byline="1700000000").date is None
