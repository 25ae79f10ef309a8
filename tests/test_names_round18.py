"""Issue 14, eighteenth round: the kinds of misses read on labelled batch 10 (40 fresh BBC News
articles, all tuning; ``bench/names_unseen.py --batch 10 --verbose``). Each rule has a positive
case and a negative one (text it must leave alone). The sentences are written for these tests,
not copied from the corpus.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons

DAY = dt.date(2005, 2, 4)


def found(text, day=DAY, language="en"):
    return find_persons(text, day, empty_gazetteer(), language=language)


def persons(text, **kw):
    return found(text, **kw)[0]


# ------------------------------------------- a role written as capitals before a name


def test_a_role_abbreviation_in_capitals_is_a_title_before_a_name():
    assert persons("The station's listeners voted for Radio 1 DJ Trevor Nelson, the critics agreed.") == ["Trevor Nelson"]
    assert persons("Labour MEP Glenda Morrow said the vote was close.") == ["Glenda Morrow"]
    assert persons("Opposition MK Tzipi Livni told the Knesset she would vote against.") == ["Tzipi Livni"]


def test_dotted_initials_and_an_acronym_before_a_firm_stay_as_they_are():
    # "D.J." is a person's initials, not the role; "MC" before a firm's words is no title
    assert persons("Republican D.J. Bettencourt said the bill would pass.") == ["D.J. Bettencourt"]
    assert persons("Shares in MC Holdings Group fell by a tenth.") == []
