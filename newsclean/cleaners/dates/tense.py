"""Which way in time a clause points: the tense cue nearest a date expression.

A bare weekday ("on Friday") or a date without a year is resolved in the
direction the sentence around it speaks of: "warned on Friday" is the Friday
before the anchor, "the planned visit on Tuesday" the Tuesday after it. The
cue is the tense word nearest the expression inside its sentence, looked for
a few words either side; words that lead the expression directly ("as soon
as Wednesday", "last Friday") decide outright.

>>> clause_tense("The U.S. warned on Friday of strikes.", 15, 21)
'past'
>>> clause_tense("Scholz will visit Moscow on Tuesday.", 27, 34)
'future'
>>> clause_tense("Talks on Tuesday.", 9, 16) is None
True
"""
from __future__ import annotations

import re
from typing import Literal

Tense = Literal["past", "future"]

# How many words either side of a date expression are searched for a tense
# cue. Eight covers "the planned visit to Moscow on Tuesday" (cue four words
# away) without reaching into a neighbouring clause about something else.
CUE_WINDOW_WORDS = 8

# How many characters either side are scanned at most (bounds the work per span).
CUE_WINDOW_CHARS = 160

_FUTURE_WORDS = frozenset(
    """will won't shall plan plans planned planning scheduled schedule rescheduled
    expected expects expect due upcoming forthcoming next intends intend intended
    aims tomorrow forecast forecasts should foresee foresees would""".split()
)
# Present-tense verbs of a schedule: news tells what happened in the past tense,
# so "travels on to Ethiopia on Sunday", "plays Rybakina on Friday" is ahead.
_SCHEDULE_PRESENT = frozenset(
    """travels visits meets heads arrives departs flies begins starts opens resumes
    returns hosts faces plays kicks travel visit meet head arrive depart fly begin
    start open resume host face play""".split()
)
# Irregular past forms and other words that place a clause in the past; regular
# past forms are recognised by their "-ed" ending (minus the words below).
_PAST_WORDS = frozenset(
    """said told was were had did met spoke held made took gave went came saw
    left sent wrote began won lost led thought felt brought bought got ran found
    knew became fell rose hit kept paid sought fought chose drove flew stood
    struck swore threw understood withdrew broke ago last since earlier
    previously yesterday""".split()
)
_NOT_PAST_ED = frozenset(
    """need needed indeed speed proceed succeed exceed feed seed bed red hundred
    planned scheduled expected intended""".split()
)

# Phrases that, placed directly before the expression, make it a future limit.
_FUTURE_LEAD = re.compile(r"(?:as soon as|as early as|no later than|no earlier than|ahead of|in time for)\s+$", re.IGNORECASE)
# "set to dock on Saturday", "is set for Friday": a schedule.
_FUTURE_PHRASE = re.compile(r"\bset (?:to|for)\b|\bgoing to\b", re.IGNORECASE)
# A complement clause after the expression ("said on Friday that it will ...") speaks
# of another time: the right-hand context stops there.
_COMPLEMENT = re.compile(r"\bthat\b")
# "until", "till" lead a limit in the future ("must wait until July") unless the clause is told in the past.
_LIMIT_LEAD = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)
_PAST_LEAD = re.compile(r"(?:since|as late as)\s+$", re.IGNORECASE)

# A clause ends at ! ? ; a line break, a parenthesis, a quotation mark, or a
# period followed by a capital: "ready, too” (Kremlin.ru, May 15)" is a
# citation, not part of the quoted sentence's future.
_SENTENCE_END = re.compile(r"[!?;\n()“”\"]|\.\s+(?=[A-Z])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# A quoted phrase inside a sentence (no sentence punctuation closing it): the clause goes on around it.
_QUOTED_PHRASE = re.compile(r"“[^“”]*[^“”.!?,]”")


# A past form after these is a participle of a passive or a perfect ("will be
# held", "has been delayed", "is expected"): it says nothing of the time.
_PARTICIPLE_AUXILIARIES = frozenset("be been being is are am".split())


def _cue(word: str, previous: str | None) -> Tense | None:
    low = word.lower()
    if low in _FUTURE_WORDS or low.endswith(("'ll", "’ll")):
        return "future"
    if low in _SCHEDULE_PRESENT and word[0].islower() and not (previous and previous.lower() in ("to", "the", "a", "will", "would", "could", "did", "didn't")):
        return "future"
    past = low in _PAST_WORDS or (
        word[0].islower() and len(low) >= 4 and low.endswith("ed") and low not in _NOT_PAST_ED
    )
    if past and not (previous and previous.lower() in _PARTICIPLE_AUXILIARIES):
        return "past"
    return None


def _cues(words: list[str]) -> list[Tense | None]:
    """The cue of each word; "would" is the future seen from the past ("details would be made public after a
    meeting on Friday") unless "have" follows (a counterfactual: "no one would have done enough")."""
    cues = [_cue(w, words[i - 1] if i else None) for i, w in enumerate(words)]
    for i, w in enumerate(words):
        if w.lower() == "would" and i + 1 < len(words) and words[i + 1].lower() == "have":
            cues[i] = None
    return cues


def clause_tense(text: str, start: int, end: int) -> Tense | None:
    """The tense of the clause around ``text[start:end]``, or None when no cue is found."""
    before = text[max(0, start - CUE_WINDOW_CHARS) : start]
    if _FUTURE_LEAD.search(before):
        return "future"
    if _PAST_LEAD.search(before):
        return "past"
    if "”" in before:
        before = _QUOTED_PHRASE.sub(" ", before)  # "requested “any communications ...” in February": the verb before the quote
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    after = text[end : end + CUE_WINDOW_CHARS]
    if m := _SENTENCE_END.search(after):
        after = after[: m.start()]
    if m := _COMPLEMENT.search(after):
        after = after[: m.start()]
    if _LIMIT_LEAD.search(before):
        left = _WORD.findall(before)[-CUE_WINDOW_WORDS:]
        if not any(_cue(w, left[i - 1] if i else None) == "past" for i, w in enumerate(left)):
            return "future"
    if _FUTURE_PHRASE.search(before) and not any(_cue(w, None) == "past" for w in _WORD.findall(before.split(" set ")[-1])):
        return "future"
    left_words = _WORD.findall(before)
    right_words = _WORD.findall(after)
    left = _cues(left_words)[::-1][:CUE_WINDOW_WORDS]
    right = _cues(right_words)[:CUE_WINDOW_WORDS]
    for i in range(CUE_WINDOW_WORDS):
        # words to the left win ties: "warned on Friday that they will" is past
        for cues in (left, right):
            if i < len(cues) and cues[i]:
                return cues[i]
    return None
