"""ftfy's own golden cases (tests/data/ftfy-cases), through fix_text and the whole pipeline.

ftfy's ``fixed`` values assume its default config, which straightens curly
quotes. Ours keeps them (curly quotes are content), so a case passes when our
output equals ``fixed`` once its quotes are straightened, and a negative case
(one ftfy changes only by straightening quotes) must come out exactly as it
went in: quotes included.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from ftfy.fixes import uncurl_quotes

from newsclean.cleaners.encoding import fix_text
from newsclean.cleaners.pipeline import RunContext, clean_record
from newsclean.cleaners.whitespace import normalize_whitespace
from newsclean.schemas.models import Article, RawRecord

pytestmark = pytest.mark.eval

CASES_DIR = Path(__file__).resolve().parent / "data" / "ftfy-cases"  # Apache-2.0, LICENSE.txt beside it
PASS_FILES = ("in-the-wild.json", "synthetic.json", "negative.json", "language-names.json")


def _load(name: str) -> list[dict]:
    path = CASES_DIR / name
    return json.loads(path.read_text(encoding="utf-8"))


def _params(names, expect):
    out = []
    for name in names:
        for i, case in enumerate(_load(name)):
            if case["expect"] == expect:
                out.append(pytest.param(case, id=f"{name.split('.')[0]}-{i}-{case['label'][:40]}"))
    return out


PASS_CASES = _params(PASS_FILES, "pass")
KNOWN_FAILURES = _params(("known-failures.json",), "fail")


def _is_negative(case: dict) -> bool:
    """ftfy would only straighten quotes here: for us the text must not change at all."""
    return uncurl_quotes(case["original"]) == case["fixed"]


def test_corpus_is_present():
    assert len(PASS_CASES) >= 150, "ftfy-cases corpus missing or truncated"


# Where newsclean deliberately goes beyond ftfy: ftfy leaves U+FFFD for the
# closing quote lost in "â€\ufffd"; we restore it when an open “ earlier in the
# paragraph tells what it was (encoding rule ``lossy_quote``). For these cases
# the expected text is ftfy's with that quote back, and the change must be recorded.
LOSSY_QUOTE_RESTORED = {
    "Lossy decoding can have plain ASCII question marks, as well",
    "Synthetic: lossy decoding in sloppy-windows-1252",
}


def _expected(case: dict) -> str:
    if case["label"] in LOSSY_QUOTE_RESTORED:
        return case["fixed"].replace("\ufffd", '"')  # uncurled, as the comparison is
    return case["fixed"]


def test_lossy_quote_cases_are_in_the_corpus():
    labels = {c.values[0]["label"] for c in PASS_CASES}
    assert LOSSY_QUOTE_RESTORED <= labels


@pytest.mark.parametrize("case", PASS_CASES)
def test_fix_text_golden(case):
    fixed, changes = fix_text(case["original"])
    assert uncurl_quotes(fixed) == _expected(case)
    if case["label"] in LOSSY_QUOTE_RESTORED:
        assert "lossy_quote" in [c.rule for c in changes]
    if _is_negative(case):
        assert fixed == case["original"]
        assert changes == []
    else:
        assert changes, "a fix that changed the text must be recorded"
        assert all(c.step == "encoding" for c in changes)


# ftfy's known failures, tracked both ways (like a strict xfail): the ones we
# fix must stay fixed, the others must still differ from the expected text;
# when ftfy learns one, this test fails and the label moves to the set.
# "Misleading mix-up in Spanish" is fixed by the installed ftfy (6.3) already.
FIXED_KNOWN_FAILURES = {"Misleading mix-up in Spanish"}


@pytest.mark.parametrize("case", KNOWN_FAILURES)
def test_fix_text_known_failures(case):
    fixed, _ = fix_text(case["original"])
    if case["label"] in FIXED_KNOWN_FAILURES:
        assert uncurl_quotes(fixed) == case["fixed"]
    else:
        assert uncurl_quotes(fixed) != case["fixed"]


# --- the same cases as one paragraph of an article, through every stage ---

TITLE = "Regional ministers meet to discuss trade corridor plans"
BEFORE = (
    "Officials from several neighbouring countries gathered on Tuesday in the capital to review "
    "progress on a long-delayed trade corridor, according to people familiar with the talks."
)
AFTER = (
    "The delegations agreed to meet again next month, when a draft agreement on customs procedures "
    "is expected to be circulated among the participating governments."
)


def _article_with(paragraph: str) -> RawRecord:
    body = f"{TITLE}\n\n{BEFORE}\n\n{paragraph}\n\n{AFTER}\n".encode()
    return RawRecord(
        input_ref="ftfy-case.txt",
        kind="text",
        body=body,
        raw_sha256=hashlib.sha256(body).hexdigest(),
    )


@pytest.mark.parametrize("case", PASS_CASES)
def test_golden_case_through_pipeline(case):
    result = clean_record(_article_with(case["original"]), RunContext("t", "0"))
    assert isinstance(result, Article), getattr(result, "reason", result)
    paragraphs = result.text.split("\n\n")
    assert paragraphs[0] == BEFORE and paragraphs[-1] == AFTER
    (paragraph,) = paragraphs[1:-1]
    # whitespace.py runs after the repair (e.g. a no-break space becomes a space)
    expected, _ = normalize_whitespace(_expected(case))
    assert uncurl_quotes(paragraph) == expected
    if _is_negative(case):
        assert paragraph == normalize_whitespace(case["original"])[0]
        assert not [c for c in result.provenance.changes if c.step == "encoding"]
