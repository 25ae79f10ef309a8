"""Firms, brands and sports clubs named like people, shown by the words right around a run
(issue 14, hunt 16). English articles only; pure functions over the text, used by
``resolve._named_firms`` beside :mod:`cleaners.names.firms`.

The kinds come from hunt set 16's false list (BBC News 2004-05): a bank, a brokerage, a car
marque or a football club whose name reads like a given name and a surname ("investment bank
Merrill Lynch", "Sal Oppenheim investment bank", "German marques Mercedes Benz and BMW", "while
Aston Villa were drawn against Sheffield United", "the 1-0 win at Aston Villa", "now in
charge at Viking Stavanger").

Evidence that makes every mention of a run a firm or a club (the article names it so once):
- a lowercase noun only a firm answers to right before the run ("investment bank Merrill
  Lynch", "auditors Grant Thornton", "marques Mercedes Benz") or right after it ("Sal
  Oppenheim investment bank", "Smith Barney retail brokerages", "the Dow Jones industrial
  average"); nouns a person may hold as an office ("auditor", "broker") are left out;
- a trade's "giant" right before the run ("US mortgage giant Fannie Mae", "drinks giant"): a
  person is a giant of an art ("jazz giant Miles Davis"), a firm of a trade; and "its maker" or
  "its manufacturer" right before it ("Prozac from its maker, Eli Lilly"): "its owner" may be a
  person ("its owner, Roman Abramovich");
- a firm's part "of" the run ("the Italian arm of auditor Grant Thornton", "a unit of"), or an
  appositive after it whose head is a firm's noun ("Freddie Mac, the country's other largest
  mortgage firm, was"); an appositive with a preposition or a relative word in it is about a
  person's post ("John Smith, a partner at the law firm,", "the man who sold the company.");
- the run as the subject of a plural verb at a clause's start ("Aston Villa were drawn",
  "Arsenal have"): one person takes "was"/"has"; two people joined by "and" ("Mike and Bob
  Bryan were") and a run after a preposition ("fans of John Smith were") are not read;
- the run as the ground of a match or the employer of a manager or a player: "at" after a
  match's noun or a post's ("the 1-0 win at Aston Villa", "the semi-finals at Roland Garros",
  "in charge at Viking Stavanger", "a loan spell at"); a person is met, not played at.

Evidence for one mention only (the article may name the founder elsewhere):
- "its", the run, at most two lowercase words and a noun of a maker's line ("its Alfa Romeo
  marque", "its Mercedes Smart mini-car range").
"""
from __future__ import annotations

import re

_S = r"[ \t\u00a0]+"
# lowercase nouns only a firm answers to, right before its name
_FIRM_NOUN_BEFORE = re.compile(
    r"(?<![\w’'-])(?:bank|marque|marques|auditors|accountancy" + _S + r"firm|drugmaker|drugmakers)" + _S + r"$"
)
# lowercase nouns only a firm answers to, right after its name
_FIRM_NOUN_AFTER = re.compile(
    _S + r"(?:(?:investment|merchant|private|retail)" + _S + r")?(?:bank|banks|brokerages?|marques?)(?![\w’'-])"
    r"|" + _S + r"industrial" + _S + r"average\b"
)
# a trade's giant, and a thing's maker, right before the run
_GIANT_BEFORE = re.compile(
    r"(?<![\w’'-])(?:mortgage|banking|oil|media|software|retail|drinks|tech|technology|mining|insurance|chemicals?|food|energy"
    r"|telecoms?|steel|car|motor|internet|computer|chip|drugs?|pharmaceuticals?|tobacco|brewing|engineering|construction"
    r"|supermarket|airline|aerospace|defence|defense|entertainment|electronics|cosmetics|publishing|advertising)"
    + _S + r"giants?" + _S + r"$"
)
_MAKER_BEFORE = re.compile(r"(?<![\w’'-])its" + _S + r"(?:maker|manufacturer|parent|parent" + _S + r"company),?" + _S + r"$")
# a firm's part "of" the run (a noun or an occupation may stand between: "arm of auditor Grant Thornton")
_PART_OF_BEFORE = re.compile(r"(?<![\w’'-])(?:arm|unit|subsidiary|division|affiliate|offshoot)" + _S + r"of" + _S + r"(?:[a-z]+" + _S + r")?$")
# an appositive after the run whose head is a firm's noun, a few words after "the"/"a"/"an"
_FIRM_APPOSITIVE_AFTER = re.compile(
    r",[ \t\u00a0]+(?:the|a|an)" + _S + r"((?:[\w’'-]+" + _S + r"){0,5}?)"
    r"(?:firm|company|bank|lender|insurer|carmaker|retailer|airline|conglomerate|brokerage|group)[,;.]"
)
_APPOSITIVE_STOPS = frozenset("of at for with in from to by on who whose which that whom and or".split())
# a plural verb right after the run: a team or a band, not one person ("were to" is a subjunctive)
_PLURAL_VERB_AFTER = re.compile(_S + r"(?:were(?!" + _S + r"to\b)|are|have)(?![\w’'-])")
# where the run opens a clause: the text's start, a sentence's end, or a subordinating conjunction
_CLAUSE_OPENS = re.compile(r"(?:^|(?<![A-Z][a-z])(?<![A-Z])[.!?;:\n]['\"’”)]?" + _S + r"|(?<![\w’'-])(?:while|whereas|but|although|though|when|after|before|since)" + _S + r")$")
# the ground of a match, or the club of a post: a match's or a post's noun and "at"
_GROUND_BEFORE = re.compile(
    r"(?<![\w’'-])(?:win|victory|defeat|draw|loss|game|match|clash|fixture|derby|final|finals|semi-finals?|quarter-finals?"
    r"|in" + _S + r"charge|spell|stint|loan)" + _S + r"at" + _S + r"$"
)
# "its" before the run, and a noun of a maker's line after it
_ITS_BEFORE = re.compile(r"(?<![\w’'-])its" + _S + r"$")
_LINE_AFTER = re.compile(r"(?:" + _S + r"[a-z][\w-]*){0,2}" + _S + r"(?:range|ranges|marque|marques|brand|brands|models?)(?![\w’'-])")


def firm_around(text: str, start: int, end: int) -> bool:
    """The run at ``text[start:end]`` (possessive ending excluded) is a firm or a club by the
    words right around this mention (see the module's first list)."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    if _FIRM_NOUN_BEFORE.search(before) or _FIRM_NOUN_AFTER.match(after) or _GROUND_BEFORE.search(before) or _PART_OF_BEFORE.search(before):
        return True
    if _GIANT_BEFORE.search(before) or _MAKER_BEFORE.search(before):
        return True
    appositive = _FIRM_APPOSITIVE_AFTER.match(text[end : end + 80])
    if appositive and not _APPOSITIVE_STOPS.intersection(appositive.group(1).lower().split()):
        return True
    # two words or more: a surname alone may follow a title's full stop ("he and Ms. Thurman have")
    return " " in text[start:end] and bool(_PLURAL_VERB_AFTER.match(after)) and bool(_CLAUSE_OPENS.search(before))


def line_mention(text: str, start: int, end: int) -> bool:
    """This mention names a maker's line or marque (see the module's second list)."""
    return bool(_ITS_BEFORE.search(text[max(0, start - 8) : start])) and bool(_LINE_AFTER.match(text[end : end + 60]))
