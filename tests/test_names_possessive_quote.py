"""A possessive typed with an opening quote or an accent for its apostrophe ("Swift‘s") is still a possessive."""
from __future__ import annotations

import pytest

from newsclean.cleaners.names import empty_gazetteer, find_persons


@pytest.mark.parametrize("mark", ["‘", "´", "`", "’", "'"])
def test_mistyped_apostrophe_reads_as_a_possessive(mark):
    text = f"Fans crowded the hall for Anders Tegnell{mark}s talk on Friday night."
    persons, mentions = find_persons(text, None, empty_gazetteer(), language="en")
    assert persons == ["Anders Tegnell"]
    assert "possessive" in mentions[0].flags
    assert text[mentions[0].start : mentions[0].end] == "Anders Tegnell"  # offsets into the text as given


@pytest.mark.parametrize(
    "text",
    [
        "He said ‘sorry’ to Anders Tegnell at the door.",  # a quote opened after a name's space, not glued to it
        "The letter ‘s’ was missing from Anders Tegnell at the top of the page.",
        "Anders Tegnell‘shared’ the stage, the caption read.",  # a quote before a longer word
    ],
)
def test_quotes_that_are_no_possessive_left_alone(text):
    _, mentions = find_persons(text, None, empty_gazetteer(), language="en")
    assert [m.surface for m in mentions] == ["Anders Tegnell"]
    assert "possessive" not in mentions[0].flags
