"""Names written in capitals inside a mixed-case article (issue 14, round 13). English only.

The detector takes a word in capitals for an acronym or a shouted headline word and never
for a name. A list of reactions headed by the people's names ("BARBRA STREISAND
Streisand suggested ...", "SAMUEL L. JACKSON 'If that ...'") and a photo credit
("(MICHAEL REYNOLDS/European Pressphoto Agency)") write names that way. A run of two to
four words in capitals is read as a name when

- the article is in mixed case (fewer than :data:`MAX_CAPS_SHARE` of its words are in
  capitals: a text in capitals is a shouted one, not a list of headings);
- it ends the run of capitals ("WEST PALM BEACH" is a town, not "West Palm") and is
  name-shaped: the first word a given name of the name lists (no function word),
  then at most one initial, then surname-like words (a listed surname, or no English word;
  a town's name may be one, "JACKSON", a country's or a state's not); no organisation word;
- and the article says it is a name: its last word stands in mixed case elsewhere
  ("Streisand suggested"), or a slash and a credit follow or precede it
  ("MICHAEL REYNOLDS/European Pressphoto Agency"), or a colon or a quotation follows it
  ("BARBRA STREISAND: ...", "SAMUEL L. JACKSON 'If ...'"), or lowercase prose stands on
  both sides ("her successor, ALEX PADILLA, is the first"; round 17, :func:`phrases.in_prose`).

Acronyms (NATO, FBI), shouted sentences ("IF HE WERE TO BE ELECTED") and headlines in
capitals ("TRIUMPHANT TRUMP") fail the shape.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, lexicon, phrases, plausible, recall10
from newsclean.cleaners.names.keys import fold

if TYPE_CHECKING:  # the detector imports this module
    from newsclean.cleaners.names.detect import Candidate, Lexicon

# Above this share of words in capitals, the text is shouted, not mixed case.
MAX_CAPS_SHARE = 0.2
# Longest name read from capitals (given name, initial, two surnames).
MAX_CAPS_WORDS = 4
_CAPS_WORD = re.compile(r"(?<![\w’'\-/@#.])(?:[A-Z][A-Z’'\-]*[A-Z]|[A-Z]\.)(?![\w’'\-])")
_WORD = re.compile(r"[^\W\d_]{2,}")
# Tried only where a run of capitals starts, or after its opening quote (the look-behinds):
# from inside a run the search would rescan the rest of it at every letter, quadratic on one
# long word in capitals ("TTTT…", "A-A-A-…"). The look-behinds come after the first capital
# (and take it in), so the regex skips from capital to capital (speed 2).
_TWO_CAPS = re.compile(
    r"[A-Z](?:(?<![A-Z’'\-][A-Z])|(?<=[^A-Z’'\-][’'\-][A-Z])|(?<=^[’'\-][A-Z]))[A-Z’'\-]*[A-Z][ \t\u00a0]+(?:[A-Z]\.[ \t\u00a0]+)?[A-Z][A-Z’'\-]*[A-Z]"
)
_GAP = re.compile(r"^[ \t\u00a0]+$")
_MORE_AFTER = re.compile(r"^[ \t\u00a0]+(?:[A-Z](?![a-z])|\d)")  # "FORD MUSTANG MACH E", "APOLLO 11"
_CREDIT_AFTER = re.compile(r"^[ \t]?/[ \t]?[A-Z]")
_CREDIT_BEFORE = re.compile(r"[A-Z][A-Za-z]*[ \t]?/[ \t]?$")
_SPEECH_AFTER = re.compile(r"^[ \t\u00a0]*(?::|[‘“\"'][ \t\u00a0]*[A-Za-z])")


def caps_share(text: str) -> float:
    """The share of words (two letters or more) written wholly in capitals."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    return sum(1 for w in words if w.isupper()) / len(words)


def _given(key: str, lex: Lexicon) -> bool:
    return len(key) >= 3 and key not in lexicon.STOPWORDS and key not in plausible.COMPASS and (lex.is_given(key) or key in evidence.given_names())


def _surname_word(key: str) -> bool:
    return (
        len(key) >= 2 and key not in lexicon.STOPWORDS and key not in lexicon.ORG_WORDS and key not in lexicon.TITLE_WORDS
        and (key in evidence.surnames() or not plausible.is_vocabulary(key)) and not plausible.is_region(key)
    )  # a town's name may be a surname ("Jackson", "Cranston"); a country or a state is none


def _says_name(text: str, start: int, end: int, last: str) -> bool:
    """The article's evidence that the capitals are a name (see the module's doc)."""
    surname = last[:1] + last[1:].lower()
    if re.search(r"(?<![\w’'\-])" + re.escape(surname) + r"(?![\w\-])", text):
        return True  # "BARBRA STREISAND Streisand suggested"
    if _CREDIT_AFTER.match(text[end : end + 4]) or _CREDIT_BEFORE.search(text[max(0, start - 30) : start]):
        return True  # "MICHAEL REYNOLDS/European Pressphoto Agency"
    if phrases.in_prose(text, start, end):
        return True  # "her successor, ALEX PADILLA, is the first": inside a sentence (round 17)
    if recall10.caps_byline(text, start, end):
        return True  # "By MATTHEW LEE, Associated Press Writer" (recall 10)
    return bool(_SPEECH_AFTER.match(text[end : end + 6]))


def caps_names(text: str, lex: Lexicon, found: list[Candidate]) -> list[Candidate]:
    """Name candidates (kind ``name``) for runs in capitals that name a person; the tokens
    carry the name in title case ("BARBRA STREISAND" -> Barbra Streisand)."""
    from newsclean.cleaners.names.detect import Candidate, Token  # the detector imports this module

    if not _TWO_CAPS.search(text):
        return []  # the cheap test first: no two words in capitals in a row
    words = list(_CAPS_WORD.finditer(text))
    if len(words) < 2 or not any(_given(fold(m.group(0)), lex) for m in words):
        return []  # the cheap tests first: most articles have no name-shaped capitals
    if caps_share(text) >= MAX_CAPS_SHARE:
        return []
    taken = bytearray(len(text) + 1)
    for c in found:
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    out: list[Candidate] = []
    i = 0
    while i < len(words):
        first = words[i]
        if taken[first.start()] or not _given(fold(first.group(0)), lex):
            i += 1
            continue
        run = [first]
        j = i + 1
        while j < len(words) and len(run) < MAX_CAPS_WORDS and _GAP.match(text[run[-1].end() : words[j].start()]):
            run.append(words[j])
            j += 1
        # the longest name-shaped stretch from the given name: an initial at most once, in the middle
        best = None
        for n in range(2, len(run) + 1):
            part = run[:n]
            keys = [fold(m.group(0).rstrip(".")) for m in part]
            initials = [k for k, m in zip(keys, part) if m.group(0).endswith(".")]
            if part[-1].group(0).endswith("."):
                continue  # "SAMUEL L.": the surname follows
            if len(initials) > 1 or not all(_surname_word(k) for k, m in zip(keys[1:], part[1:]) if not m.group(0).endswith(".")):
                break
            if " ".join(keys) in lexicon.STOPWORDS or plausible.is_place(" ".join(keys)):
                break
            if n < len(run) or (j < len(words) and _GAP.match(text[run[-1].end() : words[j].start()])) or _MORE_AFTER.match(text[part[-1].end() : part[-1].end() + 3]):
                continue  # more capitals follow: "WEST PALM BEACH", "NORTH LAS VEGAS" are one name, no one's
            if _says_name(text, part[0].start(), part[-1].end(), part[-1].group(0)):
                best = part
        if best is None:
            i += 1
            continue
        toks = []
        for m in best:
            raw = m.group(0)
            shown = re.sub(r"(?<=[A-Z])[A-Z]+", lambda w: w.group(0).lower(), raw)  # "O'DONNELL" -> "O'Donnell"
            toks.append(Token(shown, m.start(), m.end(), lex.token_key(shown)))
        out.append(Candidate(toks, "name", evidence="cue:caps"))
        i += len(best)
    return out
