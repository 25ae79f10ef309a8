"""Issue 14: a seat the title names supports a common full name's gazetteer bearer.

A full name many people bear ("Michael Johnson", "Paul Ryan") links to the gazetteer's bearer only
with support in the article (``resolve._common_name_unsupported``). A title naming a seat the bearer
held on the article's date ("Rep. Paul Ryan" in 2012) is such support; a seat they never held, one
held only years before, and no title at all are not. These tests read the real gazetteer; the
sentences are written for them.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import find_persons
from newsclean.cleaners.names.resolve import NEW

BUDGET = "{} unveiled the budget on Tuesday, and the committee will vote on it next week."


def linked(text, gaz, day, surface):
    """Each mention written ``surface``: linked to a gazetteer person (True) or left a person of this article."""
    return [NEW not in m.flags for m in find_persons(text, day, gaz, language="en")[1] if m.surface == surface]


def test_a_seat_held_on_the_date_supports_the_common_name(gaz):
    assert linked(BUDGET.format("Rep. Paul Ryan"), gaz, dt.date(2012, 3, 20), "Paul Ryan") == [True]
    assert linked(BUDGET.format("Former Rep. Paul Ryan"), gaz, dt.date(2021, 3, 20), "Paul Ryan") == [True]


def test_no_seat_on_the_date_no_such_seat_or_no_title_leaves_the_name_to_the_article(gaz):
    assert linked(BUDGET.format("Rep. Paul Ryan"), gaz, dt.date(2031, 3, 20), "Paul Ryan") == [False]  # long after his seat
    assert linked(BUDGET.format("Sen. Paul Ryan"), gaz, dt.date(2012, 3, 20), "Paul Ryan") == [False]  # never a senator
    assert linked("Paul Ryan, a plumber from Leeds, won the lottery.", gaz, dt.date(2012, 3, 20), "Paul Ryan") == [False]
    assert linked(BUDGET.format("Rep. Mike Johnson"), gaz, dt.date(2012, 3, 20), "Mike Johnson") == [False]  # seat from 2017
