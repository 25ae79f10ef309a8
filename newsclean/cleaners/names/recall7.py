"""Recall round 7 of issue 14: full names the detector read but left undecided, taken on general
evidence (English articles only; pure functions over the text and the detector's candidates).

- **Rare-word names**: a run of two or three capitalised words that no name list knows and that are
  no English words at all (the first one unknown to wordfreq's list, the others rare: "Hashim Amla",
  "Makhaya Ntini", "Virender Sehwag", "Yeganeh Torbati"), neither a place, a region nor an
  organisation's word, no determiner before it, is a person where the sentence treats it as one: a
  verb of a subject right after it ("Nicoals Massu took", "Rumer Willis tried"), a person's cue
  around it (a speech verb, an age, an appositive role), a relative "who", or a person's full name
  beside it in an enumeration ("Virender Sehwag, Rahul Dravid"). A place ("to Shilindra Doddi, on
  the outskirts"), a firm ("Lanco Infratech (LAIN.NS) rose"), a lake ("named Kivu Lacus on") has
  none of these.
- **Names in a list of names**: a run of two or three capitalised words (a candidate the detector
  left undecided, or adjacent words it left alone, "Sachin Tendulkar") between two items of an
  enumeration of people ("Virender Sehwag, Rahul Dravid, Sachin Tendulkar and Sourav Ganguly"): a
  comma, "and" or "&" joins it to a person's full name on each side. Words that are places,
  regions or organisations' words are left alone ("Tom Cruise, Paris, and Nicole Kidman").
- **An initial and a surname in a roster**: a capital initial and a capitalised word ("J Noon",
  "O Barkley") next to a name of the same shape the detector took ("M Cueto"), the two joined
  by a roster's glue (a comma, a semicolon or a full stop, after an optional bracket: "M Cueto
  (Sale Sharks), J Noon (Newcastle)"), is a person like its neighbour, even where the word is
  English ("Noon"); a place or an organisation's word is left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, lexicon, listings, plausible, round21
from newsclean.cleaners.names.keys import fold

if TYPE_CHECKING:  # the detector imports this module's callers
    from newsclean.cleaners.names.detect import Candidate, Token

# wordfreq's small English list: the first word of a rare-word name is unknown to it (0.0), the
# others below this ("amla" 0, "gibbs" 3.6, "hewitt" 3.4; "lane" 4.6, "fan" 4.9 are words)
RARE_LAST_ZIPF = 4.0
# a word whose singular is this frequent is an English plural ("tomatoes": "tomato" 3.9)
PLURAL_STEM_ZIPF = 3.0
# a subject's verb right after the run: a verb in the past tense (a person acts: "Rumer Willis
# tried", "Nicoals Massu took"; "X is", "X has" say as much of a firm or a product)
_SUBJECT_VERBS = frozenset("took won made gave came went fell ran became began got left kept held".split())
_NEXT_WORD = re.compile(r"^(?:['’]s)?[ \t\u00a0]+([a-z]+)\b")
# a determiner or a number before the run: a thing ("the Terrazza del Pincio", "6 Sundried Tomatoes")
_DETERMINER_BEFORE = re.compile(r"(?:(?<![\w’'-])(?:the|The|THE|a|an|A|An|its|Its)|\d)[ \t\u00a0]+$")
_WORD = re.compile(r"^(?:[A-Z][a-z]?['’])?[A-Z][a-z]*[A-Z]?[a-z]+(?:-[A-Z][a-z]+)?$")
# endings of English nouns of a role or a trade before a name ("Jeweller Zale", "Goalscorer Toure")
_ROLE_ENDINGS = ("er", "or", "ist", "ian")
# what joins two items of an enumeration
_GLUE = re.compile(r"^(?:,|,? and|,? &)[ \t\u00a0]+$")


def _english_plural(key: str) -> bool:
    """An English noun in the plural ("tomatoes", "bucks"): the singular is vocabulary."""
    return key.endswith("s") and any(
        plausible.zipf(key[: -len(end)]) >= PLURAL_STEM_ZIPF for end in ("es", "s") if key.endswith(end) and len(key) > len(end) + 2
    )


def _plain_words(tokens: list[Token]) -> bool:
    """Two or three capitalised words in mixed case, none a place, a region or an
    organisation's word, a plural or a derived English word, the first no role noun
    ("Hashim Amla", "Nigel Reo-Coker"; not "Sidi Bouzid", "Lanco Holdings", "Sundried
    Tomatoes", "Bucks Fizz", "Jeweller Zale")."""
    first = tokens[0].key
    if round21.english_word(first) and (first[:-1] if first.endswith("s") else first).endswith(_ROLE_ENDINGS):
        return False
    return (
        2 <= len(tokens) <= 3
        and all(
            _WORD.match(t.text)  # the cheap tests first: the same answer, sooner
            and t.key not in lexicon.ORG_WORDS
            and not _english_plural(t.key)
            and not listings.english_derivative(t.text)
            and not plausible.is_major_city(t.key)
            and not plausible.is_region(t.key)
            and not evidence.demonym(t.text)
            for t in tokens
        )
        and not plausible.is_place(tokens[-1].key)
        and not plausible.is_place(" ".join(t.key for t in tokens))
    )


def _rare_shape(tokens: list[Token]) -> bool:
    """The first word unknown to wordfreq's English list, the others rare: no English words."""
    return plausible.zipf(tokens[0].key) == 0.0 and all(plausible.zipf(t.key) < RARE_LAST_ZIPF for t in tokens[1:])


def _subject_verb_after(text: str, end: int) -> bool:
    m = _NEXT_WORD.match(text[end : end + 30])
    if m is None or text[end : end + 1] in "'’":
        return False
    word = m.group(1)
    return word in _SUBJECT_VERBS or word in evidence.SPEECH_VERBS or (word.endswith("ed") and len(word) > 3)


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'\-]*[ \t\u00a0]+$")
_CAPITALISED_AFTER = re.compile(r"^(?:['’]s?)?[ \t\u00a0]+[A-Z]")
# a person as the object of a contest or a succession: "beating Marat Safin", "against Lleyton Hewitt"
_RIVAL_BEFORE = re.compile(r"(?<![\w\-])(?:against|beating|defeating|behind|replacing|succeeding|dismissing)[ \t\u00a0]+$")


# a page's label for its writer: "| Author : Fakir Balaji |", "Reporter: ..."
_AUTHOR_LABEL = re.compile(r"(?<![\w-])(?:Author|AUTHOR|Writer|Reporter|Correspondent)[ \t\u00a0]*:[ \t\u00a0]*$")


def _person_context(text: str, c: Candidate) -> bool:
    end = c.end + (2 if c.possessive else 0)
    return bool(
        _subject_verb_after(text, c.end)
        or evidence.cue_before(text, c.start)
        or evidence.cue_after(text, end)
        or evidence.role_after(text, end)
        or evidence.who_after(text, end)
        or _RIVAL_BEFORE.search(text[max(0, c.start - 14) : c.start])
        or _AUTHOR_LABEL.search(text[max(0, c.start - 16) : c.start])
    )


def _full_name(c: Candidate) -> bool:
    return c.kind in ("name", "alias") and len(c.name_tokens()) >= 2


def _glued(text: str, a_end: int, b_start: int) -> bool:
    return a_end <= b_start and _GLUE.match(text[a_end:b_start]) is not None


def _enumerations(text: str, items: list[tuple[int, int, bool, bool]]) -> set[int]:
    """The starts of the undecided items (``(start, end, decided, rare)``) that sit in an
    enumeration of three or more items joined by commas, "and" or "&" with two people's full
    names among them, or one when every undecided item is a rare-word name ("Virender Sehwag,
    Rahul Dravid, Sachin Tendulkar and Sourav Ganguly")."""
    out: set[int] = set()
    chain: list[tuple[int, int, bool, bool]] = []
    for item in [*sorted(items), (len(text) + 1, len(text) + 1, False, False)]:
        if chain and _glued(text, chain[-1][1], item[0]):
            chain.append(item)
            continue
        decided = sum(d for _, _, d, _ in chain)
        if len(chain) >= MIN_ITEMS and (decided >= MIN_NAMES or (decided and all(d or r for _, _, d, r in chain))):
            out |= {s for s, _, d, _ in chain if not d}
        chain = [item]
    return out


# an enumeration of people: this many items, this many of them full names the detector took
# (or one, when the others are rare-word names)
MIN_ITEMS = 3
MIN_NAMES = 2


def _orphan_runs(text: str, orphans: list[Candidate]) -> list[list[Token]]:
    """Adjacent lone words the detector left alone, as runs of two or three ("Sachin Tendulkar")."""
    toks = sorted((o.tokens[0] for o in orphans if len(o.tokens) == 1), key=lambda t: t.start)
    runs: list[list[Token]] = []
    for t in toks:
        if runs and text[runs[-1][-1].end : t.start] in (" ", "\u00a0") and not runs[-1][-1].possessive:
            runs[-1].append(t)
        else:
            runs.append([t])
    return [r for r in runs if 2 <= len(r) <= 3]


def more_names(text: str, found: list[Candidate], weak: list[Candidate], orphans: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` (after :func:`resolve._accept_weak`) with the runs the module's evidence makes
    names (kind ``name``, evidence ``cue:rare`` or ``cue:list``): ``weak`` are the weak candidates
    before that pass (those it left undecided are still of kind ``weak``), ``orphans`` the lone
    words the detector left alone."""
    if language not in (None, "en"):
        return found
    from newsclean.cleaners.names.detect import Candidate

    left = [c for c in weak if c.kind == "weak" and c.evidence == "weak" and len(c.tokens) == len(c.name_tokens())]
    runs = _orphan_runs(text, orphans) if orphans else []
    if not left and not runs:
        return found
    left = [
        c
        for c in left
        if _plain_words(c.name_tokens())
        and not _DETERMINER_BEFORE.search(text[max(0, c.start - 6) : c.start])
        and not (c.possessive and _CAPITALISED_AFTER.match(text[c.end :]))  # "Alstare Suzuki's Fonsi Nieto": an employer
    ]
    taken = [(c.start, c.end) for c in [*found, *weak]]
    runs = [r for r in runs if not any(s < r[-1].end and r[0].start < e for s, e in taken) and _plain_words(r)]
    out = list(found)
    for c in left:
        toks = c.name_tokens()
        if (
            len(toks) == 2
            and _rare_shape(toks)
            and not _CAPITALISED_BEFORE.search(text[max(0, c.start - 30) : c.start])
            and _person_context(text, c)
        ):
            c.kind, c.evidence = "name", "cue:rare"
            out.append(c)
    items = [(c.start, c.end + (2 if c.possessive else 0), _full_name(c), False) for c in out if c.kind in ("name", "alias")]
    items += [(c.start, c.end, False, _rare_shape(c.name_tokens())) for c in left if c.kind == "weak"]
    items += [(r[0].start, r[-1].end, False, _rare_shape(r)) for r in runs]
    listed = _enumerations(text, items)
    for c in left:
        if c.kind == "weak" and c.start in listed:
            c.kind, c.evidence = "name", "cue:list"
            out.append(c)
    out += [Candidate(list(r), "name", evidence="cue:list") for r in runs if r[0].start in listed]
    return sorted(out, key=lambda c: c.start) if len(out) > len(found) else found


# an initial (a capital, a full stop or not) and a capitalised word that ends the run: "J Noon",
# "O. Barkley"; not "A Lo" of "A Lo Cicero"
_INITIAL_NAME = re.compile(r"(?<![\w.’'&-])([A-Z])\.?[ \t\u00a0]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w’'&-])(?![ \t\u00a0]+[A-Z])")
# what joins two entries of a roster: an optional bracket (the club), then a comma, a semicolon or a full stop
_ROSTER_GLUE = re.compile(r"^(?:[ \t\u00a0]*\([^()\n]{1,40}\))?[ \t\u00a0]*[,;.][ \t\u00a0]*(?:and[ \t\u00a0]+)?$")


def _initial_name(c: Candidate) -> bool:
    toks = c.name_tokens()
    return c.kind == "name" and len(toks) == 2 and len(toks[0].text.rstrip(".")) == 1 and toks[0].text[:1].isupper()


def roster_initials(text: str, found: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` with the initials and surnames of a roster whose neighbours of that shape the
    detector took (module docstring), as names (evidence ``cue:roster``)."""
    if language not in (None, "en"):
        return found
    taken = sorted((c for c in found if _initial_name(c)), key=lambda c: c.start)
    if len(taken) < MIN_NAMES:
        return found
    from newsclean.cleaners.names.detect import Candidate, Token

    covered = [(c.start, c.end) for c in found]
    out = list(found)
    changed = True
    while changed:  # each entry taken makes its neighbours' case: "M Cueto (Sale), J Noon (Leeds), O Barkley (Bath)"
        changed = False
        for m in _INITIAL_NAME.finditer(text):
            start, end = m.start(), m.end()
            word = m.group(2)
            key = fold(word)
            if (
                any(s < end and start < e for s, e in covered)
                or plausible.is_place(key)
                or plausible.is_region(key)
                or key in lexicon.ORG_WORDS
            ):
                continue
            before = next((c for c in reversed(taken) if c.end <= start), None)
            after = next((c for c in taken if c.start >= end), None)
            if not (
                (before is not None and _ROSTER_GLUE.match(text[before.end : start]))
                or (after is not None and _ROSTER_GLUE.match(text[end : after.start]))
            ):
                continue
            initial = text[m.start(1) : m.end(2) - len(word)].rstrip(" \t\u00a0")
            toks = [Token(initial, start, start + len(initial), fold(initial)), Token(word, m.start(2), end, key)]
            cand = Candidate(toks, "name", evidence="cue:roster")
            out.append(cand)
            covered.append((start, end))
            taken = sorted([*taken, cand], key=lambda c: c.start)
            changed = True
    return sorted(out, key=lambda c: c.start) if len(out) > len(found) else found
