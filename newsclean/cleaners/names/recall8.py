"""Recall round 8 of issue 14: people the detector read but left alone, taken on general evidence
(English articles only; pure functions over the text and the detector's candidates).

- **A lone word the sentence marks as a person** (:func:`cued_lone_words`): a capitalised word
  no full name of the article explains, which the resolver leaves as an unresolved mention (its
  canonical name unknown, like "Mr Pin"), where a person's cue stands right at it: an office
  title before it ("President Reagan", "West German Chancellor Kohl", "captain Gayle"), kin or a
  lawyer after its possessive ("Cain's attorney", "Bordt's daughter"), a relative "who" after it
  ("McKain, who lives in Indianapolis"), an appositive role ("Fiore, owner of Boulevard Towing"),
  or a speech verb after a word the name lists know as a name ("Jenkins told"). The word is no
  place of note, region, people, organisation's word, month or common English word; a firm
  ("Texaco said", "Apple's lawyers") has none of these cues at a word of that kind. No name is
  added: the mention's canonical name stays unknown, as for "Mr X".
- **A weak full name whose surname stands alone later** (:func:`surname_alone_later`): a run of two
  or three capitalised words the detector left undecided ("Taylor Swift" in "praised Taylor
  Swift's new album", "Cheteshwar Pujara", "Hosni Mubarak") is a person where the article uses its
  last word alone elsewhere (no capitalised word or determiner beside it) and the first pronoun
  after such a use is a person's ("advice for Swift about growing older, ... She doesn't");
  a product or a group takes "it" or "they" ("waited for Swift and it shipped"), a word the text
  also writes in lowercase is vocabulary ("a swift reply", "ostensibly evangelical ...
  Evangelical Christians"), a place ends a longer name ("Vasyl Stus Donetsk National
  University"), a role noun opens a role and a surname ("Goalscorer Toure"), a possessive before
  a capitalised word names an employer ("Alstare Suzuki's Fonsi Nieto").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsclean.cleaners.names import evidence, lexicon, listings, plausible, shapes

if TYPE_CHECKING:  # the detector imports this module's callers
    from newsclean.cleaners.names.detect import Candidate, Token

# a lone word more frequent than this in English is a word, not a surname ("Heard", "Apple")
LONE_WORD_ZIPF = 4.0
# a word the name lists do not know must be rarer ("afterward" 3.8, "rust" 3.7 are words)
UNLISTED_WORD_ZIPF = 3.0
# a word of the name lists may be a little more frequent ("Jenkins" 3.8, "Carter" 4.35) where
# the cue is strong (a title, kin)
LISTED_WORD_ZIPF = 4.5
_LONE_WORD = re.compile(r"^(?:[A-Z][a-z]?['’])?[A-Z][a-z]*[A-Z]?[a-z]{2,}(?:-[A-Z][a-z]+)?$")
# the possessive of a lone word and a noun only people possess: "Cain's attorney",
# "Bordt 's daughter" (RSS feeds write the possessive as a token of its own)
_KIN_AFTER = re.compile(r"^[ ]?['’]s?[ \t\u00a0]+([a-z][a-z-]+)\b")
_KIN = frozenset(
    """
    wife husband ex-wife ex-husband son daughter mother father brother sister parents children
    kids girlfriend boyfriend fiancé fiancée fiance fiancee widow widower grandmother grandfather
    grandson granddaughter stepfather stepmother attorney lawyer
    """.split()
)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'\-]*[ \t\u00a0\n]+$")
_CAPITALISED_WORD_BEFORE = re.compile(r"([A-Z][\w’'\-.]*)[ \t\u00a0]+$")
_CAPITALISED_AFTER = re.compile(r"^(?:['’]s)?[ \t\u00a0]+[A-Z]")
# an apposition opens in lowercase: ", a shy 21-year-old", ", owner of" (not ", RealPlayer and others")
_LOWER_APPOSITION = re.compile(r"^ ?,[ \t\u00a0]+[a-z]")
# a person's pronoun after the word, before any pronoun of a thing ("McCall said he was", not
# "Marsh said it has", "Taurus says they engineered")
_PRONOUNS = re.compile(r"(?<![\w’'-])(he|she|his|her|him|it|its|they|their|them)(?![\w’'-])", re.IGNORECASE)
PRONOUN_WINDOW = 200
_PLURAL_VERB = re.compile(r"^ ?,[ \t\u00a0]+who[ \t\u00a0]+(?:were|are|have)\b")  # "Daimler, who were investors": a firm
# a relative clause about a person: "McKain, who lives", "McKain , who" (RSS feeds space the comma);
# "whose" is a thing's too ("Rust, whose approach")
_WHO_AFTER = re.compile(r"^ ?,[ \t\u00a0]+who[ \t\u00a0]")
# an English speech verb right after the word or right before it ("Jenkins told", "says McKain")
_SPEECH = (
    r"(?:said|says|told|tells|added|explained|wrote|noted|argued|asked|replied|recalled|insisted|claimed|"
    r"stated|declared|announced|warned|tweeted|admitted|confirmed|testified|agreed|acknowledged|countered|quipped)"
)
_SPEECH_AFTER = re.compile(r"^(?:,?[ \t\u00a0]+(?:also|later|then|earlier|previously|recently))?[ \t\u00a0]+" + _SPEECH + r"\b")
# before the word only a verb whose subject it is ("said McKain"): "tells Efe" names a listener, an agency
_SPEECH_BEFORE = re.compile(r"(?<![\w’'-])(?:said|says|added|explained|wrote|noted|argued|recalled|insisted)[ \t\u00a0]+$")
# a preposition right before the word: a place or a thing ("in Florence said Saturday")
_PREPOSITION_BEFORE = re.compile(r"(?<![\w’'-])(?:in|at|from|of|to|on|into|near|via|by|for|with)[ \t\u00a0]+$")
# what may follow a frequent word that a title makes a surname: punctuation or a verb ("President
# Carter said", "Sgt Pepper jacket" is a thing's name)
_AFTER_FREQUENT = re.compile(r"^(?:['’]s[ \t\u00a0]+[a-z]+|[ \t\u00a0]*[,.;:)!?]|[ \t\u00a0]+(?:has|had|is|was|will|would|could|can|did|does|also|said|told|[a-z]+ed|[a-z]+s)\b)")
# a firm's noun or a role right after the word: "said Mercedes chief executive", "a Dell spokesman"
_FIRM_ROLE_AFTER = re.compile(r"^[ \t\u00a0]+(?:chief|chairman|spokesman|spokeswoman|spokesperson|boss|executive|director|president|shares|stock)\b")
# the word opens an organisation's name: "British Chambers of Commerce"
_OF_NAME_AFTER = re.compile(r"^[ \t\u00a0]+of[ \t\u00a0]+[A-Z]")
_THE_BEFORE = re.compile(r"(?<![\w’'-])(?:the|The)[ \t\u00a0]+$")
_ROYAL_TITLES = frozenset("king queen prince princess lady lord sir dame duke duchess earl count countess baron baroness saint st".split())
# the word right before a titled surname: a role's head or an honorific ("President", "Gen.")
_TITLE_HEADS = lexicon.ROLE_HEADS | lexicon.HONORIFICS
_MONTHS_DAYS = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)


def _lone_word_ok(word: str, key: str, strong: bool) -> bool:
    """A capitalised word that may be someone's surname or given name: no place of note, region,
    people, organisation's word, month, derived word or plural, and rare in English (a word the
    name lists know may be a little more frequent where the cue is ``strong``)."""
    if not _LONE_WORD.match(word) or key in _MONTHS_DAYS or key in lexicon.ORG_WORDS:
        return False
    listed = key in evidence.surnames() or key in evidence.given_names()
    if plausible.zipf(key) >= (LISTED_WORD_ZIPF if listed and strong else LONE_WORD_ZIPF if listed else UNLISTED_WORD_ZIPF):
        return False
    if not listed and (key.endswith(("ing", "ly", "ist", "ian")) or english_plural(key) or evidence.occupation(key) or evidence.role_noun(key)):
        return False  # "Shaming is", "Pointedly,", "Officer Cadets", "Canoeist's wife"
    return not (
        plausible.is_major_city(key)
        or plausible.is_region(key)
        or evidence.demonym(word)
        or listings.english_derivative(word)
        or (not listed and plausible.is_place(key))
    )


def _lone_cue(text: str, start: int, end: int) -> str | None:
    """The person's cue right at the lone word ``text[start:end]`` (module docstring), or None."""
    from newsclean.cleaners.names.detect import title_before

    title = title_before(text, start)
    if title is not None and not shapes.office_object_runs_on(title, [text[start:end]]):
        head = title.split()[-1]
        at = text.rfind(title, max(0, start - len(title) - 4), start)
        if at >= 0 and title[:1].islower() and _PREPOSITION_BEFORE.search(text[max(0, at - 8) : at]):
            return None  # "at analyst Gartner": a firm ("with Cardinal Dolan" is a person)
        the = at >= 0 and _THE_BEFORE.search(text[max(0, at - 6) : at])
        # a lowercase title word must be a person's noun ("captain Gayle"), not an adjective ("major Python
        # versions"); a royal's title opens works ("Princess Cyd", a film), "the" before one word a thing's
        # name ("the Major Arcana")
        if (
            text[start - len(head) - 1 : start - 1] == head and text[start - 1 : start].isspace()  # "analyst, Gartner"
            and head.lower().rstrip(".") in _TITLE_HEADS  # "governor of South Dakota"
            and not head.isupper()  # "called LT Cortesia": a ship
            and (head[:1].isupper() or evidence.occupation(head) or head in evidence.LOWERCASE_ROLE_NOUNS)
            and head.lower() not in _ROYAL_TITLES
            and not (the and " " not in title.strip())
        ):
            return "title"
    m = _KIN_AFTER.match(text[end : end + 30])
    if m is not None and m.group(1) in _KIN and (m.group(0)[:3].strip(" ")[1:2] == "s" or text[end - 1 : end] == "s"):
        return "kin"  # "Cain's attorney", "Bordt 's daughter", "Jones' wife"; not "'Bubbly' daughter"
    after = end + 2 if text[end : end + 2] in ("'s", "’s") else end
    if _WHO_AFTER.match(text[after : after + 12]) and not _PLURAL_VERB.match(text[after : after + 20]):
        return "who"
    if _LOWER_APPOSITION.match(text[after : after + 4]) and evidence.role_after(text, after + (text[after] == " ")):
        return "role"  # an apposition after a comma ("Fiore, owner of"); "Inmarsat is a long-time partner" may be a firm
    if _SPEECH_AFTER.match(text[end : end + 30]) or _SPEECH_BEFORE.search(text[max(0, start - 20) : start]):
        return "speech"
    return None


def cued_lone_words(text: str, orphans: list[Candidate], taken: list[tuple[int, int]], language: str | None) -> list[Candidate]:
    """The lone words among ``orphans`` (one capitalised word each, outside the spans ``taken``
    by the resolved mentions) that a person's cue marks (module docstring): the resolver keeps
    them as unresolved mentions."""
    if language not in (None, "en") or not orphans:
        return []
    out: list[Candidate] = []
    glued: dict[str, bool] = {}
    covered: bytearray | None = None
    for o in orphans:
        if len(o.tokens) != 1:
            continue
        tok = o.tokens[0]
        nxt = text[tok.end : tok.end + 2]
        if text[tok.start - 1 : tok.start].isalnum() or nxt[:1].isalnum() or nxt[:1] in ("-", "/", "]") or (nxt[:1] == " " and nxt[1:2].isupper()):
            continue  # glued to another word or a capitalised word after: a longer name the detector judged
        if not _maybe_cued(text, tok.start, tok.end) or not _LONE_WORD.match(tok.text):
            continue  # the cheap tests first: a few characters around the word
        if covered is None:  # built once, for the first word the cheap look keeps (linear on long texts)
            covered = bytearray(len(text) + 1)
            for s, e in taken:
                covered[s:e] = b"\x01" * (e - s)
        if any(covered[tok.start : tok.end]):
            continue
        cue = _lone_cue(text, tok.start, tok.end)
        if cue is None or (cue != "title" and _CAPITALISED_BEFORE.search(text[max(0, tok.start - 30) : tok.start])):
            continue  # "Calvin Klein said": a capitalised word before is a name the detector judged
        if cue not in ("kin", "title") and _PREPOSITION_BEFORE.search(text[max(0, tok.start - 8) : tok.start]):
            continue  # "the hotel federation in Florence said", "with Surgutneftegas, Russia's oil producer"
        if _FIRM_ROLE_AFTER.match(text[tok.end : tok.end + 20]) or _OF_NAME_AFTER.match(text[tok.end : tok.end + 6]):
            continue  # "said Mercedes chief executive", "the British Chambers of Commerce"
        if plausible.zipf(tok.key) >= LONE_WORD_ZIPF and not _AFTER_FREQUENT.match(text[tok.end : tok.end + 20]):
            continue  # "Sgt Pepper jacket": a frequent word is a surname only as a subject
        listed_given, listed_surname = tok.key in evidence.given_names(), tok.key in evidence.surnames()
        if cue == "speech" and ((not listed_given and not listed_surname) or not _person_pronoun_after(text, tok.end)):
            continue  # firms speak too ("Texaco said", "Marsh said it has"): a word the name lists know, then "he" or "she"
        if cue != "title" and _THE_BEFORE.search(text[max(0, tok.start - 6) : tok.start]):
            continue  # "the Oatleys, who", "the Scot admitted"
        if not _lone_word_ok(tok.text, tok.key, cue in ("title", "kin")):
            continue
        if tok.text not in glued:  # once a word: linear on long texts
            glued[tok.text] = _glued_elsewhere(text, tok.text)
        if not glued[tok.text]:
            out.append(o)
    return out


def _glued_elsewhere(text: str, word: str) -> bool:
    """Another use of ``word`` in the text sits beside a capitalised word: part of a longer name,
    a firm's ("Skoda Auto", "Volkswagen Skoda") or a full name the detector judged."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = _CAPITALISED_WORD_BEFORE.search(text[max(0, at - 30) : at])
        if (before is not None and before.group(1).lower().rstrip(".") not in lexicon.TITLE_WORDS) or _CAPITALISED_AFTER.match(text[end : end + 4]):
            if not text[at - 1 : at].isalnum() and not text[end : end + 1].isalnum():
                return True
        at = text.find(word, end)
    return False


def english_plural(key: str, min_zipf: float = plausible.VOCABULARY_ZIPF) -> bool:
    """An English noun in the plural ("cadets", "diaries"): its singular is a word of English text
    (Zipf ``min_zipf``; vocabulary by default)."""
    if not key.endswith("s") or len(key) < 5:
        return False
    stems = (key[:-3] + "y", key[:-2], key[:-1]) if key.endswith("ies") else (key[:-2], key[:-1])
    return any(plausible.zipf(stem) >= min_zipf for stem in stems)


def _person_pronoun_after(text: str, end: int) -> bool:
    """The first pronoun within :data:`PRONOUN_WINDOW` characters after ``end`` is a person's."""
    m = _PRONOUNS.search(text, end, end + PRONOUN_WINDOW)
    return m is not None and m.group(1).lower() in ("he", "she", "his", "her", "him")


# the bare last word of a weak full name, at another use: no capitalised word glued before or
# after it (a longer name), no determiner before it (a thing: "the Linux kernel")
_BARE_BEFORE_BAD = re.compile(r"(?:[A-Z][\w’'\-]*|(?<![\w’'-])(?:the|a|an|The|A|An))[ \t\u00a0]+$")
_BARE_AFTER_BAD = re.compile(r"^(?:['’]s?)?[ \t\u00a0]+[A-Z]")
# the words of a person's full name: two or three capitalised words in mixed case
_NAME_WORD = re.compile(r"^(?:[A-Z][a-z]?['’])?[A-Z][a-z]*[A-Z]?[a-z]+(?:-[A-Z][a-z]+)?$")


_IN_COMPOUND = re.compile(r"[-‐–][^\W\d_]")  # a hyphen joining a letter (read forwards, or backwards reversed)
_QUOTE_OPEN = "\"“‘'"


def _always_quoted(text: str, run: str) -> bool:
    """Every use of ``run`` opens right after a quotation mark, a space perhaps between (“ Wild
    Rose ”, "Wild Rose,"): a title."""
    at = text.find(run)
    while at >= 0:
        before = text[max(0, at - 2) : at].rstrip(" ")[-1:]
        if not before or before not in _QUOTE_OPEN:
            return False
        at = text.find(run, at + len(run))
    return True


def _bare_uses(text: str, word: str, start: int, end: int) -> list[int]:
    """The ends of the uses of ``word`` alone outside ``text[start:end]`` (see above)."""
    out: list[int] = []
    at = text.find(word)
    while at >= 0:
        stop = at + len(word)
        if (
            not (start <= at < end)
            and not text[at - 1 : at].isalnum()
            and text[at - 1 : at] != "("
            and not text[stop : stop + 1].isalnum()
            and not _IN_COMPOUND.match(text, stop)  # "Rose-Lynn": part of another name, not "Rose" alone
            and not _IN_COMPOUND.match(text[max(0, at - 2) : at][::-1])
        ):
            if not _BARE_BEFORE_BAD.search(text[max(0, at - 30) : at]) and not _BARE_AFTER_BAD.match(text[stop : stop + 4]):
                out.append(stop)
        at = text.find(word, stop)
    return out


def surname_alone_later(text: str, found: list[Candidate], weak: list[Candidate], language: str | None) -> list[Candidate]:
    """``found`` with the weak full names (module docstring) whose last word the article uses alone
    elsewhere, the first pronoun after such a use (or after the full name) a person's, made names
    (evidence ``consistency``). ``weak`` are the weak candidates before the resolver's passes (those
    left undecided are still of kind ``weak``)."""
    if language not in (None, "en") or not weak:
        return found
    out = list(found)
    verdicts: dict[str, bool] = {}  # a run's text-wide tests, once for all its uses (linear on long texts)
    for c in weak:
        if c.kind != "weak" or c.evidence != "weak":
            continue
        toks = c.name_tokens()
        if not 2 <= len(toks) <= 3 or len(toks) != len(c.tokens) or not all(_NAME_WORD.match(t.text) for t in toks):
            continue  # the cheap tests first
        if _BARE_BEFORE_BAD.search(text[max(0, c.start - 30) : c.start]):
            continue  # "Vasyl Stus Donetsk National University": a longer name
        run = text[c.start : c.end]
        if run not in verdicts:
            verdicts[run] = not _always_quoted(text, run) and _surname_alone(text, run, toks)
        if verdicts[run]:
            c.kind, c.evidence = "name", "consistency"
            out.append(c)
    return sorted(out, key=lambda c: c.start) if len(out) > len(found) else found


_ROLE_ENDINGS = ("er", "or", "ist", "ian", "ers", "ors", "ists")


def _surname_alone(text: str, run: str, toks: list[Token]) -> bool:
    """The text-wide tests of :func:`surname_alone_later` for the run ``run`` (its name tokens
    ``toks``): the last word used alone elsewhere, a person's pronoun first after such a use, no
    word of the run in lowercase, the run no employer, no role, place or group."""
    last = toks[-1]
    uses = _bare_uses(text, last.text, -1, -1)  # a bare use is never inside a run: a capitalised word precedes it there
    if not uses:
        return False
    if _employer(text, run):
        return False  # "Alstare Suzuki's Fonsi Nieto": an employer
    first = toks[0]
    if first.key not in evidence.given_names() and (first.key.endswith(_ROLE_ENDINGS) or evidence.occupation(first.key)):
        return False  # "Goalscorer Toure": a role and a surname
    if not all(_name_word_ok(t.text, t.key) for t in toks) or (plausible.is_place(last.key) and last.key not in evidence.surnames()):
        return False
    if any(_lowercase_use(text, t.text) for t in toks):
        return False  # "the swift current", "ostensibly evangelical" ... "Evangelical Christians": words
    # "Linux ... it": a thing; "sons of Glyndwr": a group
    return any(_person_pronoun_after(text, e + (2 if text[e : e + 1] in "'’" else 0)) for e in uses)


def _employer(text: str, run: str) -> bool:
    """Some use of ``run`` is a possessive before a capitalised word: a team or a firm that
    employs someone ("Alstare Suzuki's Fonsi Nieto")."""
    at = text.find(run)
    while at >= 0:
        end = at + len(run)
        if text[end : end + 2] in ("'s", "’s") and _CAPITALISED_AFTER.match(text[end : end + 5]):
            return True
        at = text.find(run, end)
    return False


def _lowercase_use(text: str, word: str) -> bool:
    """``word`` written in lowercase somewhere in the text, as a word of its own."""
    low = word.lower()
    at = text.find(low)
    while at >= 0:
        if not text[at - 1 : at].isalnum() and not text[at + len(low) : at + len(low) + 1].isalnum():
            return True
        at = text.find(low, at + 1)
    return False


def _name_word_ok(word: str, key: str) -> bool:
    """A word of a person's full name: no place of note, region, people, organisation's word,
    plural or derived English word."""
    return not (
        key in lexicon.ORG_WORDS
        or plausible.is_major_city(key)
        or plausible.is_region(key)
        or evidence.demonym(word)
        or listings.english_derivative(word)
        or (english_plural(key) and key not in evidence.surnames())
    )


_SPEECH_WORDS = frozenset("said says added explained wrote noted argued recalled insisted".split())
_PREPOSITIONS = frozenset("in at from of to on into near via by for with".split())
_DETERMINERS = frozenset("the The a an A An".split())
_SPEECH_AFTER_WORDS = frozenset(
    """
    said says told tells added explained wrote noted argued asked replied recalled insisted claimed stated
    declared announced warned tweeted admitted confirmed testified agreed acknowledged countered quipped
    also later then earlier previously recently
    """.split()
)


def _maybe_cued(text: str, start: int, end: int) -> bool:
    """A cheap first look for :func:`_lone_cue` (string slices and set look-ups, no pattern): a
    comma or a possessive right after the word, a speech verb after it, or a title's head or a
    speech verb right before it."""
    word = text[max(0, start - 20) : start - 1].rsplit(" ", 1)[-1] if text[start - 1 : start] == " " else ""
    if word and (word.lower().rstrip(".") in _TITLE_HEADS or word in _SPEECH_WORDS):
        return True
    c = text[end : end + 1]
    if c == " ":
        c = text[end + 1 : end + 2]
    if c in ("'", "’"):
        m = _KIN_AFTER.match(text[end : end + 30])
        return m is not None and m.group(1) in _KIN
    if word in _PREPOSITIONS or word in _DETERMINERS:
        return False  # only a title or kin is a cue there ("in London, which"; "the Oatleys, who")
    if c.islower():
        return text[end + 1 : end + 14].split(" ", 1)[0].rstrip(",.;:") in _SPEECH_AFTER_WORDS
    return c == "," and _LOWER_APPOSITION.match(text[end : end + 4]) is not None  # ", who", ", owner of"
