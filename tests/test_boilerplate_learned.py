"""Learned per-source residue: repeated short lines across distinct stories, never syndicated paragraphs."""
from __future__ import annotations

from collections import Counter

from newsclean.cleaners.boilerplate import learn_residue, line_keys, strip_learned
from newsclean.cleaners.boilerplate.learned import (
    LEARN_MAX_CHARS,
    LEARN_MIN_DOCS,
    LEARN_MIN_SHARE,
    LEARN_MIN_STORIES,
    STORY_SEP,
    line_key,
)

APPEAL = "Help us grow. Support The Duran on Patreon!"


WORDS = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa".split()


def _name(i: int) -> str:
    # line keys fold digits, so test stories differ in words
    return f"{WORDS[i % len(WORDS)]} {WORDS[i // len(WORDS) % len(WORDS)]}"


def _story(i: int, extra: str = "") -> str:
    return (
        f"Headline about {_name(i)}\n\n"
        f"The long opening paragraph of the {_name(i)} story tells what happened, who did it, and why it matters.\n\n"
        f"“OK,” {_name(i)} said.{extra}"
    )


def _learn(texts: list[str]) -> frozenset[str]:
    counts: Counter[str] = Counter()
    for t in texts:
        counts.update(line_keys(t))
    return learn_residue(counts, len(texts))


def test_line_key_folds_case_space_digits():
    assert line_key("  © 2019  The Duran ") == line_key("© 2020 the duran")
    assert line_key("Share prices fell") != line_key("Share prices rose")


def test_line_keys_skip_long_lines_and_add_story_keys():
    text = "short line\n\n" + "x" * (LEARN_MAX_CHARS + 1)
    keys = line_keys(text)
    assert "short line" in keys
    assert not any(len(k) > LEARN_MAX_CHARS and STORY_SEP not in k for k in keys)
    assert sum(STORY_SEP in k for k in keys) == 1


def test_repeated_appeal_is_learned_and_stripped():
    texts = [_story(i, f"\n\n{APPEAL}") for i in range(LEARN_MIN_DOCS)]
    learned = _learn(texts)
    assert line_key(APPEAL) in learned
    text, changes = strip_learned(texts[0], learned)
    assert APPEAL not in text
    assert [(c.step, c.rule, c.detail) for c in changes] == [("boilerplate", "learned_repeat", APPEAL)]
    assert text.startswith("Headline about")


def test_distinct_story_lines_not_learned():
    learned = _learn([_story(i, f"\n\n{APPEAL}") for i in range(LEARN_MIN_DOCS)])
    assert line_key(f"Headline about {_name(1)}") not in learned


def test_syndicated_copies_do_not_teach_their_paragraphs():
    # six copies of one wire story and four other stories in one source:
    # the wire story's lines are in 60% of the documents, but in one distinct story only
    wire = _story(99)
    others = [f"Other story {_name(i)}\n\nA different long paragraph on {_name(i)} about something else, written here." for i in range(4)]
    learned = _learn([wire] * 6 + others)
    assert line_key(f"“OK,” {_name(99)} said.") not in learned
    assert line_key(f"Headline about {_name(99)}") not in learned


def test_min_stories_threshold():
    below = [_story(i, f"\n\n{APPEAL}") if i < LEARN_MIN_STORIES - 1 else _story(i) for i in range(LEARN_MIN_DOCS * 4)]
    assert line_key(APPEAL) not in _learn(below)


def test_min_share_threshold():
    n = 20
    with_appeal = int(n * LEARN_MIN_SHARE) - 1
    texts = [_story(i, f"\n\n{APPEAL}" if i < with_appeal else "") for i in range(n)]
    assert with_appeal >= LEARN_MIN_STORIES
    assert line_key(APPEAL) not in _learn(texts)
    texts = [_story(i, f"\n\n{APPEAL}" if i < with_appeal + 1 else "") for i in range(n)]
    assert line_key(APPEAL) in _learn(texts)


def test_small_source_learns_nothing():
    texts = [_story(i, f"\n\n{APPEAL}") for i in range(LEARN_MIN_DOCS - 1)]
    assert _learn(texts) == frozenset()


def test_long_repeated_line_never_learned_or_stripped():
    long_line = "A long repeated paragraph " * 10
    assert len(long_line.strip()) > LEARN_MAX_CHARS
    texts = [_story(i, f"\n\n{long_line}") for i in range(LEARN_MIN_DOCS * 2)]
    assert not any(k.startswith("a long repeated") for k in _learn(texts))
    text, changes = strip_learned(long_line, {line_key(long_line)})
    assert text == long_line and changes == []


def test_strip_learned_noop_without_learned():
    assert strip_learned("a\n\nb", frozenset()) == ("a\n\nb", [])
    assert strip_learned("a\n\nb", {"zzz"}) == ("a\n\nb", [])
