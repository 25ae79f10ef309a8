"""whitespace.normalize_whitespace: each rule with a positive and a negative case, properties."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.cleaners import whitespace
from newsclean.cleaners.whitespace import normalize_whitespace


@pytest.mark.parametrize(
    "text, expected, rule",
    [
        ("a\r\nb\rc", "a\nb\nc", "line_breaks"),
        ("a\u2028b\u2029c\x0bd\x0ce\x85f", "a\nb\nc\nd\ne\nf", "line_breaks"),
        ("a\u00a0b\u202fc\u2009d\u3000e\tf", "a b c d e f", "inline_space"),
        ("a   b", "a b", "inline_space"),
        ("  indented\ntrailing  ", "indented\ntrailing", "inline_space"),
        ("p1\n\n\n\n\np2", "p1\n\np2", "blank_lines"),
        ("p1\n \n\t\n\np2", "p1\n\np2", "blank_lines"),
        ("\n\nbody\n", "body", "edge_lines"),
    ],
)
def test_rules(text, expected, rule):
    out, changes = normalize_whitespace(text)
    assert out == expected
    assert rule in [c.rule for c in changes]


@pytest.mark.parametrize(
    "text",
    [
        "one line",
        "p1\n\np2",  # a single blank line is the paragraph separator: kept
        "line1\nline2",  # single line breaks are kept (quotes, lists)
        "zero\u200bwidth and joiner\u200d",  # zero-width characters are encoding.py's
        "tab-free, nbsp-free: « bonjour »",
    ],
)
def test_leaves_alone(text):
    assert normalize_whitespace(text) == (text, [])


def test_blank_line_cap_is_named():
    assert whitespace.MAX_BLANK_LINES == 1
    assert normalize_whitespace("a" + "\n" * 2 + "b")[0] == "a\n\nb"
    assert normalize_whitespace("a" + "\n" * 3 + "b")[0] == "a\n\nb"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \t\n\r\u00a0\u2028\x0b\x0c\u3000\x85")), max_size=60) | st.text())
def test_never_raises_and_idempotent(text):
    once, _ = normalize_whitespace(text)
    assert normalize_whitespace(once) == (once, [])
    assert "\r" not in once and "\n\n\n" not in once
