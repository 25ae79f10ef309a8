"""Round 14 of issue 14: shapes that web pages give to words that are no person's name.

Each test is a small pure function over the text (and a candidate's offsets), called from
:mod:`cleaners.names.detect` or :mod:`cleaners.names.resolve`; the kinds come from the hand
judgements of hunt set 12 (``bench/data/names_hunt_judged12.json``: test pages of web
extractors, news of 2013-2023) and each is written for the kind, never for one string:

- :func:`romanised_syllables`: a romanised Korean or Chinese given name is made of syllables
  those romanisations have ("Dong-yup", "Tae Song"); "Vegas Sands" is not ("Las Vegas Sands").
- :func:`clipped_nickname`: a quoted nickname that is the start of the word before it shows
  that word to be a given name (Shuzo "Shu" Matsutani).
- :func:`quoted_headline`: words inside a quoted title written in title case ("Two Lone
  Souls", "ADV Films Shuts Down, ..."), all of them English words: a title's words, no name.
- :func:`native_reading`: a name in brackets after the same name's native script, as
  encyclopaedias give it (Sara Ringwalt (サラ・リングワルト Sara Ringuwaruto)): the same
  person read again, no second person.
- :func:`initialism_supported`: an initialism a gazetteer person goes by ("MBS") stands for
  the person only when the article writes the surname too or a person's cue stands at it;
  alone it is a trade's noun as often ("agency MBS and agency debt").
- :func:`outlet_speaks` (:func:`drop_outlets`): "the" + a run + a reporting verb ("the
  Rodong Sinmun said"): a newspaper or a body speaks, a person named in full takes no article.
- :func:`unlisted_verb_form`: a capitalised verb in -ing that wordfreq does not list,
  opening a heading before a surname ("Sabotaging Assange's exit strategy"), is no given name.
"""
from __future__ import annotations

import re
from typing import Any

from newsclean.cleaners.names import plausible

# One syllable of a romanised Korean (Revised or McCune-Reischauer) or Chinese (pinyin,
# Wade-Giles) name: an onset of consonants these romanisations write, one to three vowels,
# and a coda they allow (n, ng, m, l, k, p, t, r). No v, no final s, no "nds".
_SYLLABLE = r"(?:[bcdfghjklmnpqrstwxyz]{0,3}[aeiouyëŏŭ]{1,3}(?:ng|n|m|l|k|p|t|r)?)"
_ROMANISED = re.compile(rf"^{_SYLLABLE}{{1,2}}$")


def romanised_syllables(word: str) -> bool:
    """Every hyphen-joined part of ``word`` is one or two syllables of a romanised Korean or
    Chinese name.

    >>> romanised_syllables("Dong-yup"), romanised_syllables("Hyeon-jun"), romanised_syllables("Tae")
    (True, True, True)
    >>> romanised_syllables("Vegas"), romanised_syllables("Sands")
    (False, False)
    """
    return all(_ROMANISED.match(part) for part in word.lower().split("-"))


# The shortest nickname that, as the start of the word before it, shows a clipped given name.
MIN_CLIPPED_NICKNAME = 2


def clipped_nickname(given: str, nickname: str) -> bool:
    """The quoted nickname is the given name clipped ("Shuzo" -> "Shu", "Alexandra" -> "Alex"):
    the word before the quote is that person's given name, whatever the name lists know.

    >>> clipped_nickname("Shuzo", "Shu"), clipped_nickname("Hamlet", "Live")
    (True, False)
    """
    nick = nickname.strip()
    return MIN_CLIPPED_NICKNAME <= len(nick) < len(given) and nick.isalpha() and given.lower().startswith(nick.lower())


# The longest quotation read as a title, in characters.
MAX_QUOTATION = 200
# A quotation on one line: straight or curly double quotes.
_QUOTATION = re.compile(r"[\"“]([^\"“”\n]{1," + str(MAX_QUOTATION) + r"})[\"”]")
# Words a title leaves in lowercase ("Now and Then, Here and There", "Lord of the Rings").
_TITLE_LOWER = frozenset("a an the and or but nor of to in on at for by with from as vs via".split())
# The fewest words a quoted title has beside the run: a quote of a name alone ("“Shu”") is none.
MIN_TITLE_WORDS = 3


def quoted_headline(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies inside a quotation of at least MIN_TITLE_WORDS words, every word
    of it capitalised but the small ones a title leaves in lowercase, and is not the whole
    quotation; its last word is an English word that is no name (or that word's plural or
    third person: "Souls", "Shuts"), written nowhere else in the text, and its other words are
    common English words (TITLE_WORD_ZIPF): a headline's or an episode's title ('"Two Lone
    Souls"', '"ADV Films Shuts Down, Transfers Assets To Other Companies"'), no person.

    >>> t = 'episode 8, "Two Lone Souls", aired'
    >>> quoted_headline(t, t.index("Lone"), t.index("Souls") + 5)
    True
    >>> t = 'the story "Tributes Paid To Paul Hanks Today" ran'
    >>> quoted_headline(t, t.index("Paul"), t.index("Hanks") + 5)
    False
    """
    line_start = text.rfind("\n", max(0, start - MAX_QUOTATION), start) + 1 or max(0, start - MAX_QUOTATION)
    line_end = text.find("\n", end, end + MAX_QUOTATION)
    line = text[line_start : min(len(text), end + MAX_QUOTATION) if line_end < 0 else line_end]
    for q in _QUOTATION.finditer(line):
        qs, qe = line_start + q.start(1), line_start + q.end(1)
        if not (qs <= start and end <= qe) or (qs, qe) == (start, end):
            continue
        words = _WORD.findall(q.group(1))
        if len(words) < MIN_TITLE_WORDS or not all(w[0].isupper() or w.lower() in _TITLE_LOWER for w in words):
            return False
        run = _WORD.findall(text[start:end])
        if not run or not _english_not_name(run[-1]) or any(plausible.zipf(_singular(w)) < TITLE_WORD_ZIPF for w in run):
            return False
        return _word_count(text, run[-1]) == 1
    return False


_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _word_count(text: str, word: str) -> int:
    """How often ``word`` stands in ``text`` as a whole word (no letter, digit, hyphen or
    apostrophe touching it). A scan, not a regex built per word: the names stage's many fixed
    patterns stay in the ``re`` module's cache.

    >>> _word_count("Souls and souls, Soulsby, Souls.", "Souls")
    2
    """
    n, at = 0, text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_-’'") and not (after.isalnum() or after in "_-’'"):
            n += 1
        at = text.find(word, at + 1)
    return n
# The least Zipf frequency of the other words of a quoted title's run ("Lone" 3.9, "Films" 4.6).
TITLE_WORD_ZIPF = 3.0


def _singular(word: str) -> str:
    key = word.lower()
    return key[:-1] if key.endswith("s") and len(key) > 3 and plausible.zipf(key[:-1]) > plausible.zipf(key) else key


def _english_not_name(word: str) -> bool:
    key = word.lower()
    return plausible.is_english_word_not_name(key) or (key.endswith("s") and len(key) > 3 and plausible.is_english_word_not_name(key[:-1]))


# Letters of a script that is not Latin (CJK, kana, hangul, Cyrillic, Greek, Arabic, Hebrew, ...).
_NATIVE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


# The capitalised word that ends right before the bracket (the name the reading repeats).
_NAME_BEFORE_BRACKET = re.compile(r"[A-Z][\w’'-]*[”\"]?$")
# How far before a run its bracket may open, in characters (a native script and a reading).
MAX_READING = 60


def native_reading(text: str, start: int) -> bool:
    """The run at ``start`` stands in brackets after a word of another script, and the brackets
    follow a capitalised word: the romanised reading of the name before the brackets
    ("Sara Ringwalt (サラ・リングワルト Sara Ringuwaruto?)", "Shuzo Matsutani (松谷 修造 Matsutani
    Shūzō?)"), the same person again.

    >>> t = "Sara Ringwalt (サラ・リングワルト Sara Ringuwaruto?) is"
    >>> native_reading(t, t.index("Sara R", 5))
    True
    >>> native_reading("the author (born 1950 in Kyoto) said", 30)
    False
    """
    open_at = text.rfind("(", max(0, start - MAX_READING), start)
    if open_at < 0 or ")" in text[open_at:start]:
        return False
    inside = text[open_at + 1 : start]
    if not _NATIVE.search(inside) or _NATIVE.search(inside[:1]) is None:
        return False
    before = text[max(0, open_at - 40) : open_at].rstrip()
    return _NAME_BEFORE_BRACKET.search(before) is not None


# The longest initialism read as one (AOC, MBS, AMLO).
MAX_INITIALISM = 5


def initialism(surface: str) -> bool:
    """A gazetteer alias written as capital letters only, as a person goes by them ("MBS", "AOC").

    >>> initialism("MBS"), initialism("Putin"), initialism("AI")
    (True, False, True)
    """
    return 2 <= len(surface) <= MAX_INITIALISM and surface.isalpha() and surface.isupper()


def initialism_supported(text: str, headline: str, canonical: str, uses: list[tuple[int, int]], cue: bool) -> bool:
    """An initialism stands for the gazetteer person who goes by it unless nothing in the
    article ties it to the person (no surname of the person in the text or its headline, no
    person's cue at any use: ``cue``) and one of its uses reads as a trade's noun, a lowercase
    modifier right before it (:func:`modified_noun`: "agency MBS and agency debt"). "who has
    replaced AOC as the new face" stays the person.

    >>> initialism_supported("reinvest agency MBS, rather than", "", "Mohammed bin Salman", [(16, 19)], False)
    False
    >>> initialism_supported("Crown Prince Mohammed bin Salman met agency MBS", "", "Mohammed bin Salman", [(44, 47)], False)
    True
    >>> initialism_supported("who has replaced AOC as the new face", "", "Alexandria Ocasio-Cortez", [(17, 20)], False)
    True
    """
    if cue or not any(modified_noun(text, start) for start, _ in uses):
        return True
    surname = canonical.split()[-1].lower()
    return _word_count(text.lower(), surname) > 0 or _word_count(headline.lower(), surname) > 0


_WORD_BEFORE = re.compile(r"(?<![\w’'-])([a-z][a-z-]*)[ \t\u00a0]+$")
# Lowercase words before a person's letters that are no modifier of a noun: verbs' forms,
# prepositions, determiners and titles ("said MBS", "with AOC", "crown prince MBS").
_NOT_MODIFIERS = frozenset(
    """
    said says told asked met meets with from into onto upon than that this these those their there
    where when which while what about against under over after before between during like
    prince princess minister president leader king queen senator congresswoman congressman
    """.split()
)
# The shortest lowercase word read as a modifier ("agency", "mortgage"; "and", "the", "of" are not).
MIN_MODIFIER = 4


def modified_noun(text: str, start: int) -> bool:
    """A lowercase English word that modifies a noun stands right before ``start``: at least
    MIN_MODIFIER letters, common English (:func:`plausible.is_vocabulary`), no verb form in -ed
    or -ing and none of :data:`_NOT_MODIFIERS` ("agency MBS", "prepaid agency MBS").

    >>> modified_noun("prepaid agency MBS", 15), modified_noun("has replaced AOC", 13), modified_noun("with MBS", 5)
    (True, False, False)
    """
    m = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    if m is None:
        return False
    word = m.group(1)
    return len(word) >= MIN_MODIFIER and word not in _NOT_MODIFIERS and not word.endswith(("ed", "ing")) and plausible.is_vocabulary(word)


def not_a_name(text: str, start: int, end: int, kind: str) -> bool:
    """A run outside the gazetteer's aliases (``kind`` "name", "weak" or "single") that the
    page shows to be no new person: a word run of a quoted title (:func:`quoted_headline`) or
    a reading in brackets after a native script (:func:`native_reading`)."""
    if kind == "alias":
        return False
    if "(" in text[max(0, start - MAX_READING) : start] and native_reading(text, start):
        return True
    return _quoted_nearby(text, start) and quoted_headline(text, start, end)


def _quoted_nearby(text: str, start: int) -> bool:
    """A double quote on the run's line before it (the cheap test before :func:`quoted_headline`)."""
    line_start = text.rfind("\n", max(0, start - MAX_QUOTATION), start) + 1 or max(0, start - MAX_QUOTATION)
    before = text[line_start:start]
    return '"' in before or "“" in before


# How common (Zipf) the verb must be whose -ing or -ed form wordfreq does not list
# ("sabotage" 3.6 for "Sabotaging"): "Deming" and "Keating" have no such stem.
VERB_STEM_ZIPF = 3.0


def unlisted_verb_form(key: str) -> bool:
    """An -ing word that wordfreq does not list but whose verb it does, common enough
    (VERB_STEM_ZIPF): "sabotaging" (sabotage); a name opening a heading is no such form
    ("Deming", "Keating"). Only -ing: an unlisted -ed word is a given name as often ("Fareed").

    >>> unlisted_verb_form("sabotaging"), unlisted_verb_form("keating"), unlisted_verb_form("fareed")
    (True, False, False)
    """
    if len(key) < 7 or not key.isalpha() or not key.endswith("ing") or plausible.zipf(key) > 0:
        return False
    stem = key[:-3]
    stems = {stem, stem + "e"}
    if stem[-1] == stem[-2]:
        stems.add(stem[:-1])  # "spotting" -> "spot"
    return any(len(s) >= 4 and plausible.zipf(s) >= VERB_STEM_ZIPF for s in stems)


# A lowercase "the" right before a run, and a reporting verb right after it: a newspaper, an
# agency or a body speaks ("the Rodong Sinmun said in a commentary", "the Daily Nation
# reported"); English writes a person's full name without an article.
_THE_BEFORE = re.compile(r"(?<![\w’'-])the[ \t\u00a0]+$")
_REPORTS_AFTER = re.compile(
    r"^[ \t\u00a0]+(?:said|says|reported|reports|wrote|writes|quoted|quotes|claimed|claims|added|adds|noted|notes|"
    r"stated|states|warned|warns|announced|announces|carried|published|commented|editorialised|editorialized)(?![\w’'-])"
)


def outlet_speaks(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands between a lowercase "the" and a reporting verb: a newspaper's
    or a body's name ("the Rodong Sinmun said"), no person's ("Ri Chol Man said", "the late
    John Smith said" keep no "the" right before the name).

    >>> t = 'be tolerated," the Rodong Sinmun said in a commentary.'
    >>> outlet_speaks(t, t.index("Rodong"), t.index(" said"))
    True
    >>> t = "the spokesman Ri Chol Man said"
    >>> outlet_speaks(t, t.index("Ri"), t.index(" said"))
    False
    """
    return _THE_BEFORE.search(text[max(0, start - 5) : start]) is not None and _REPORTS_AFTER.match(text[end : end + 20]) is not None


def drop_outlets(text: str, found: list[Any]) -> list[Any]:
    """``found`` (candidates) without every mention of a run of two or more words outside the
    gazetteer that one mention shows to be an outlet (:func:`outlet_speaks`), unless a title
    stands before one of its mentions."""
    outlets: set[str] = set()
    for c in found:
        if c.kind in ("name", "weak") and not c.titled and len(c.tokens) >= 2 and not c.possessive and outlet_speaks(text, c.start, c.end):
            outlets.add(" ".join(t.key for t in c.tokens))
    if not outlets:
        return found
    outlets -= {" ".join(t.key for t in c.tokens) for c in found if c.titled}
    return [c for c in found if c.kind == "alias" or " ".join(t.key for t in c.tokens) not in outlets]
