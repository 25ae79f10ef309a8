"""Round 15 of issue 14: works, bands, clubs and firms named like people, told by how the article uses the run.

English articles only; pure functions over the text and a candidate's offsets, called once from
:func:`cleaners.names.resolve.find_persons` (:func:`drop_works`). The kinds come from the false
predictions of hunt sets 1-13 (``bench/data/names_hunt_judged*.json``) that earlier rounds left:
a work's title ("the Harry Potter series", "This third Harry Potter film", "Bridget Jones: The
Edge of Reason", "her performance in Vera Drake", "box office hits Vera Drake, Calendar Girls and
Enduring Love"), a band or a club before one of its people ("Franz Ferdinand frontman Alex
Kapranos", "Aston Villa boss David O'Leary") and a listed firm's share price ("Japan's Kinki Nippon
sliding 1.5%"). Each cue is written for the kind, never for one string:

- :func:`series_after`: a noun of a series of works right after the run ("the Harry Potter
  series");
- :func:`played_in_the`: a part played in "the" run's works ("who plays Hermione in the Harry
  Potter films"); "34 John Wayne films" and "the ninth Jim Carrey film" are a star's;
- :func:`subtitle_after`: a subtitle in title case after a colon, inside a sentence ("when
  Bridget Jones: The Edge of Reason ... were filmed"); not after "by" or "and" ("a post by
  Samantha Bielefeld: The Elephant in the Room");
- :func:`performance_in`: an actor's performance or appearance in it ("her performance in Vera
  Drake");
- :func:`listed_among_titles`: an item of an enumeration that a plural noun of works opens, beside
  an item that is no person's name ("box office hits Vera Drake, Calendar Girls and Enduring
  Love", "ITV1 shows Doc Martin and Life Begins");
- :func:`production_credit`: a bracket of credits after it naming a production company ("Doc
  Martin (Buffalo Productions, ITV1)");
- :func:`member_role_after`: a role in a band or a team right after it, then that member's name
  ("Franz Ferdinand frontman Alex Kapranos", "Aston Villa boss David O'Leary");
- :func:`band_award_after`: a band's award right after it ("Franz Ferdinand won best rock act
  and best British group");
- :func:`firm_cue`: a listed firm: a share price's move in per cent right after it ("Kinki
  Nippon sliding 1.5%", :func:`share_move_after`), a holding in it ("Shares in Krispy Kreme
  sank", :func:`groups.firm_before`) or a firm's noun right before it ("founder of P2P network
  Red Swoosh,", :func:`firm_noun_before`). A firm speaks as a person does, so a speech verb at
  another mention ("Krispy Kreme said") does not keep it; a title or an appositive role does.

A cue at one mention drops every mention of the same words, unless a person's cue stands at
some mention (a title, a speech verb, an appositive role) or the article speaks of a person by
the run's last word alone ("Mr Bond", "Leigh said": :func:`groups.alone_as_person`) or someone
plays it as a part (:func:`played_part`): a fictional character named like a person stays a
person ("who will play Bond", "the three boys playing Billy").
"""
from __future__ import annotations

import re

from newsclean.cleaners.names import evidence, groups, links4, plausible
from newsclean.cleaners.names.detect import Candidate, Lexicon, title_before
from newsclean.cleaners.names.keys import fold

_SP = r"[ \t\u00a0]"
_END = r"(?![\w’'-])"

# Nouns of a series of works right after the run ("the Harry Potter series", "the Bourne
# franchise"). A work's noun in the singular or the plural is as often a star's or an author's
# ("34 John Wayne films", "the ninth Jim Carrey film", "Ian Fleming's first James Bond book"):
# those count only where someone plays a part in them (:data:`_PLAYED_IN_THE_BEFORE`).
_SERIES_AFTER = re.compile(rf"^{_SP}+(?:series|franchise|saga|trilogy|sequels?|prequels?){_END}")
# A part played "in the" run's works: "Emma Watson, who plays Hermione in the Harry Potter films".
# A star's own films are "John Wayne's films" or "films starring John Wayne".
_PLAYED_IN_THE_BEFORE = re.compile(
    r"(?<![\w’'-])(?:plays?|played|playing|stars?|starred|starring|appears?|appeared|appearing|roles?|parts?)"
    rf"(?:{_SP}+[\w’'-]+){{0,3}}?{_SP}+in{_SP}+the{_SP}+$"
)
_WORKS_AFTER = re.compile(rf"^{_SP}+(?:films|movies|series|books|novels|plays|shows|games){_END}")

# A subtitle in title case after a colon ("Bridget Jones: The Edge of Reason"). A speaker's colon
# in a transcript opens a sentence ("Tony Blair: The economy is ..."), so a lowercase word after
# "The" is no subtitle. "X and the Y of Z" is a band as often ("Mavis Staples and the Blind Boys
# of Alabama"): no cue.
_SUBTITLE_AFTER = re.compile(rf"^:{_SP}+(?:The|A|An){_SP}+[A-Z][a-z][\w’'-]*")
# Right before the run: the start of a line (a heading or a speaker's name), or a word that makes
# the colon's title a work BY the run's person ("By Aaron Humes: The Americas", "a post by Samantha
# Bielefeld: The Elephant in the Room", "Marc Andreessen and Jim Clark: The Founders of Netscape").
_NOT_TITLE_BEFORE = re.compile(rf"(?:(?:^|\n){_SP}*|(?<![\w’'-])(?:[Bb]y|and|&|with|from|featuring|starring|,){_SP}*)$")

# An actor's performance in the run ("an Oscar nominee for her performance in Vera Drake").
_PERFORMANCE_BEFORE = re.compile(rf"(?<![\w’'-])(?:performances?|appearances?){_SP}+in{_SP}+$")

# Plural nouns of works that open an enumeration of titles ("box office hits Vera Drake, Calendar
# Girls and Enduring Love", "ITV1 shows Doc Martin and Life Begins").
_WORKS_NOUNS = (
    r"films|movies|hits|shows|programmes|programs|series|musicals|plays|novels|books|albums|songs|singles|"
    r"dramas|comedies|sitcoms|titles|games|blockbusters"
)
# "such as", "including" or "like" may stand between the noun and the items ("films such as My
# Beautiful Laundrette, Billy Elliot, About A Boy"; hunt 16)
_SUCH_AS = rf"(?:,?{_SP}+(?:such{_SP}+as|including|like))?"
# one item: capitalised words, small title words between them ("Lord of the Rings")
ITEM = rf"[A-Z][\w’'!-]*(?:{_SP}+(?:(?:of|the|in|on|a|an|to|for){_SP}+)*[A-Z][\w’'!-]*){{0,4}}"
GLUE = rf"(?:,{_SP}*(?:(?:and|or){_SP}+)?|{_SP}+(?:and|or){_SP}+)"
_TITLES_BEFORE = re.compile(rf"(?<![\w’'-])(?:{_WORKS_NOUNS}){_SUCH_AS}{_SP}+((?:{ITEM}{GLUE})*)$")
_TITLES_AFTER = re.compile(rf"^((?:{GLUE}{ITEM})*)")
_ITEM_RE = re.compile(ITEM)
# How far back and ahead an enumeration of titles is read, in characters.
MAX_TITLES = 160

# A bracket of credits after the run naming a production company: "Doc Martin (Buffalo
# Productions, ITV1)". A channel alone is no cue: a presenter's show is credited the same way
# ("Catherine Tate (The Catherine Tate Show, BBC Two)").
_PRODUCTION_CREDIT = re.compile(
    rf"^{_SP}*\([^()\n]{{0,40}}?(?<![\w’'-])(?:Productions|Pictures|Films|Studios|Animation){_END}"
)

# A role in a band or a team, right after the run and right before its holder's capitalised
# name: "Franz Ferdinand frontman Alex Kapranos", "Queen bassist John Deacon", "Aston Villa boss
# David O'Leary". A person's own staff may stand there without a possessive ("Serena Williams
# coach Patrick Mouratoglou", "Britney Spears manager Larry Rudolph"), so "coach", "manager",
# "agent" and "spokesman" are not here.
_MEMBER_ROLE_AFTER = re.compile(
    rf"^{_SP}+(?:(?:lead|former|new|rhythm|bass|joint|caretaker){_SP}+)?"
    r"(?:frontman|frontwoman|singer|vocalist|guitarist|bassist|drummer|keyboardist|boss|striker|midfielder|"
    rf"defender|goalkeeper|keeper|winger|skipper){_SP}+[A-Z][a-z]"
)

# A share price's move in per cent right after the run: "Kinki Nippon sliding 1.5%", "Krispy
# Kreme fell 3.2%". A candidate's poll rating moves in points or after a possessive ("Kerry's
# rating"), and a person's mention is kept by the article's other uses of the surname.
_SHARE_MOVE_AFTER = re.compile(
    rf"^{_SP}+(?:shares{_SP}+)?(?:rose|rising|fell|falling|slid|sliding|slipped|slipping|dropped|dropping|"
    r"gained|gaining|climbed|climbing|jumped|jumping|tumbled|tumbling|soared|soaring|plunged|plunging|sank|"
    rf"sinking|shed|shedding|eased|easing|advanced|advancing){_SP}+(?:by{_SP}+)?\d[\d.,]*{_SP}?(?:%|per{_SP}?cent)"
)


def _after(text: str, c: Candidate, pattern: re.Pattern[str], span: int) -> bool:
    return not c.possessive and pattern.match(text[c.end : c.end + span]) is not None


def _before(text: str, c: Candidate, pattern: re.Pattern[str], span: int) -> bool:
    return not c.possessive and pattern.search(text[max(0, c.start - span) : c.start]) is not None


def series_after(text: str, c: Candidate) -> bool:
    """A noun of a series of works right after the run, no possessive.

    >>> t = "Emma Watson plays Hermione in the Harry Potter films."
    >>> series_after(t, _cand(t, "Harry Potter")), series_after(t, _cand(t, "Emma Watson"))
    (False, False)
    >>> t = "Big budget co-productions, such as the Harry Potter series, continued."
    >>> series_after(t, _cand(t, "Harry Potter"))
    True
    """
    return _after(text, c, _SERIES_AFTER, 20)


def played_in_the(text: str, c: Candidate) -> bool:
    """A part played in "the" run's works: the run names the works, not a star of them.

    >>> t = "Emma Watson, who plays Hermione in the Harry Potter films, said so."
    >>> played_in_the(t, _cand(t, "Harry Potter"))
    True
    >>> t = "The set contains no less than 34 John Wayne films."
    >>> played_in_the(t, _cand(t, "John Wayne"))
    False
    """
    return _before(text, c, _PLAYED_IN_THE_BEFORE, 60) and _after(text, c, _WORKS_AFTER, 12)


def subtitle_after(text: str, c: Candidate) -> bool:
    """A subtitle in title case after the run, the run inside a sentence (not a speaker's name
    opening a line).

    >>> t = "It was 2003, when Bridget Jones: The Edge of Reason was filmed."
    >>> subtitle_after(t, _cand(t, "Bridget Jones"))
    True
    >>> t = "Tony Blair: The economy is strong."
    >>> subtitle_after(t, _cand(t, "Tony Blair"))
    False
    >>> t = "Read this post by Samantha Bielefeld: The Elephant in the Room."
    >>> subtitle_after(t, _cand(t, "Samantha Bielefeld"))
    False
    """
    if _NOT_TITLE_BEFORE.search(text[max(0, c.start - 12) : c.start]):
        return False
    return _after(text, c, _SUBTITLE_AFTER, 40)


def performance_in(text: str, c: Candidate) -> bool:
    """An actor's performance or appearance in the run ("her performance in Vera Drake"); "his
    appearance in Tony Blair's office" is a possessive, a person's.

    >>> t = "She is a nominee for her performance in Vera Drake."
    >>> performance_in(t, _cand(t, "Vera Drake"))
    True
    """
    return _before(text, c, _PERFORMANCE_BEFORE, 20)


def listed_among_titles(text: str, c: Candidate, lex: Lexicon) -> bool:
    """The run is an item of an enumeration that a plural noun of works opens, and another item
    is English words that are no name: a list of titles, not of people
    ("box office hits Vera Drake, Calendar Girls and Enduring Love"). "films with Tom Hanks and
    Meg Ryan" names people: no item there is a title.

    >>> from newsclean.cleaners.names.gazetteer import empty_gazetteer
    >>> lex = Lexicon(empty_gazetteer())
    >>> t = "Films on the budget of box office hits Vera Drake, Calendar Girls and Enduring Love."
    >>> listed_among_titles(t, _cand(t, "Vera Drake"), lex)
    True
    >>> t = "Its shows Tony Blair and Gordon Brown side by side."
    >>> listed_among_titles(t, _cand(t, "Tony Blair"), lex)
    False
    """
    if c.possessive:
        return False
    before = _TITLES_BEFORE.search(text[max(0, c.start - MAX_TITLES) : c.start])
    if before is None:
        return False
    after = _TITLES_AFTER.match(text[c.end : c.end + MAX_TITLES])
    items = [*_ITEM_RE.findall(before.group(1)), *(_ITEM_RE.findall(after.group(1)) if after else [])]
    return any(_english_words(lex, item) for item in items)


def _english_words(lex: Lexicon, item: str) -> bool:
    """Every capitalised word of the item is an English word that is no name ("Calendar Girls",
    "Life Begins"; not "Gordon Brown")."""
    words = [fold(w) for w in item.split() if w[:1].isupper() and len(w) > 1]  # "About A Boy": a lone letter is no name
    return bool(words) and all(plausible.is_english_word_not_name(w) and not lex.is_given(w) for w in words)


def production_credit(text: str, c: Candidate) -> bool:
    """A bracket of credits after the run naming a production company.

    >>> t = "Doc Martin (Buffalo Productions, ITV1)"
    >>> production_credit(t, _cand(t, "Doc Martin"))
    True
    """
    return _after(text, c, _PRODUCTION_CREDIT, 60)


def member_role_after(text: str, c: Candidate) -> bool:
    """A role in a band or a team right after the run, then its holder's name.

    >>> t = "Franz Ferdinand frontman Alex Kapranos spoke. Alex Kapranos said so."
    >>> member_role_after(t, _cand(t, "Franz Ferdinand")), member_role_after(t, _cand(t, "Alex Kapranos"))
    (True, False)
    """
    return _after(text, c, _MEMBER_ROLE_AFTER, 40)


def share_move_after(text: str, c: Candidate) -> bool:
    """A share price's move in per cent right after the run.

    >>> t = "Japan's Kinki Nippon sliding 1.5% and HIS dropping 3.3%."
    >>> share_move_after(t, _cand(t, "Kinki Nippon"))
    True
    """
    return _after(text, c, _SHARE_MOVE_AFTER, 40)


# A noun of a firm right before the run, the run then closed by a sentence mark: "founder and
# chairman of P2P network Red Swoosh, and", "the US retailer Krispy Kreme.". Nouns of a person's
# trade ("producer", "broker", "publisher") are not here: "record producer Mark Ronson,".
_FIRM_NOUN_BEFORE = re.compile(
    r"(?<![\w’'-])(?:firm|company|network|bank|retailer|chain|carrier|airline|operator|website|label|brand|"
    rf"manufacturer|supermarket|insurer|lender|conglomerate|consortium|corporation|agency){_SP}+$"
)
_CLOSED_AFTER = re.compile(rf"^(?:{_SP}*[.,;:!?)(]|{_SP}+[-–—]{_SP})")
# A band's award right after the run: "Franz Ferdinand won best rock act and best British group".
# A solo singer wins "best act" or "best solo artist" too: only a group's nouns count.
_BAND_AWARD_AFTER = re.compile(
    rf"^{_SP}+(?:won|wins|took|scooped){_SP}+(?:[\w’'-]+{_SP}+){{0,6}}?best(?:{_SP}+[\w’'-]+){{0,2}}?{_SP}+"
    rf"(?:group|band|duo|trio){_END}"
)


def firm_noun_before(text: str, c: Candidate) -> bool:
    """A noun of a firm right before the run, and the run closed by a sentence mark.

    >>> t = "said Travis Kalanick, founder of P2P network Red Swoosh, and soon they all will."
    >>> firm_noun_before(t, _cand(t, "Red Swoosh")), firm_noun_before(t, _cand(t, "Travis Kalanick"))
    (True, False)
    """
    return not c.possessive and firm_noun_right_before(text, c.start) and _CLOSED_AFTER.match(text[c.end : c.end + 4]) is not None


def firm_noun_right_before(text: str, start: int) -> bool:
    """A noun of a firm right before ``text[start:]`` ("mobile content firm Zed, said")."""
    return _FIRM_NOUN_BEFORE.search(text[max(0, start - 16) : start]) is not None


def band_award_after(text: str, c: Candidate) -> bool:
    """A band's award right after the run.

    >>> t = "Franz Ferdinand won best rock act and best British group last week."
    >>> band_award_after(t, _cand(t, "Franz Ferdinand"))
    True
    >>> t = "Joss Stone won best British urban act."
    >>> band_award_after(t, _cand(t, "Joss Stone"))
    False
    """
    return _after(text, c, _BAND_AWARD_AFTER, 90)


# Every word a cue of this module reads after the run or before it, for a cheap first test: a
# mention with none of them around has no cue (most mentions).
_ANY_AFTER = re.compile(
    rf"(?:{_SP}*[:(]|{_SP}+(?:(?:lead|former|new|rhythm|bass|joint|caretaker|shares){_SP}+)?(?:series|franchise|saga|"
    r"trilogy|sequels?|prequels?|films|movies|books|novels|plays|shows|games|frontman|frontwoman|singer|vocalist|"
    r"guitarist|bassist|drummer|keyboardist|boss|striker|midfielder|defender|goalkeeper|keeper|winger|skipper|won|"
    r"wins|took|scooped|rose|rising|fell|falling|slid|sliding|slipped|slipping|dropped|dropping|gained|gaining|"
    r"climbed|climbing|jumped|jumping|tumbled|tumbling|soared|soaring|plunged|plunging|sank|sinking|shed|shedding|"
    rf"eased|easing|advanced|advancing){_END})"
)
_ANY_BEFORE = re.compile(
    r"(?<![\w’'-])(?:in|at|of|the|firm|company|network|bank|retailer|chain|carrier|airline|operator|website|label|brand|"
    r"manufacturer|supermarket|insurer|lender|conglomerate|consortium|corporation|agency|" + _WORKS_NOUNS + r")"
    rf",?{_SP}+$|,{_SP}*(?:(?:and|or){_SP}+)?$|{_SP}(?:and|or){_SP}+$"
)


def _maybe_cue(text: str, c: Candidate) -> bool:
    """Some word a cue reads stands right after the mention or right before it (a quick test
    that lets most mentions through without reading each cue)."""
    return (
        _ANY_AFTER.match(text, c.end) is not None
        or _ANY_BEFORE.search(text[max(0, c.start - 16) : c.start]) is not None
    )


def firm_cue(text: str, c: Candidate) -> bool:
    """A cue that the run is a listed firm, which nothing a person does explains: a holding in it
    or a person working at it (:func:`groups.firm_before`), its share price's move, or a firm's
    noun before it. It outweighs a speech verb ("Krispy Kreme said"): firms speak too."""
    return share_move_after(text, c) or groups.firm_before(text, c) or firm_noun_before(text, c)


def work_cue(text: str, c: Candidate, lex: Lexicon) -> bool:
    """Some cue of this module at this mention of the run: a work's, a band's or a club's."""
    return (
        series_after(text, c) or played_in_the(text, c) or subtitle_after(text, c) or performance_in(text, c)
        or production_credit(text, c) or member_role_after(text, c) or band_award_after(text, c)
        or listed_among_titles(text, c, lex) or links4.authors_series(text, c)  # "Rowling's seven Harry Potter novels" (links 4)
    )


def drop_works(
    text: str, found: list[Candidate], lex: Lexicon, language: str | None, others: list[Candidate] | None = None
) -> list[Candidate]:
    """``found`` without the runs of two or more words (outside the gazetteer's aliases) that
    some mention shows to be a work, a band or a club (:func:`work_cue`), unless a person's cue
    stands at some mention, the article speaks of a person by the run's last word alone or
    someone plays it as a part; and without those a mention shows to be a listed firm
    (:func:`firm_cue`), unless a title or an appositive role stands at some mention or the
    article speaks of a person by the last word alone. ``others`` (the runs not taken as names)
    lend their cues to the same words in ``found`` ("Shares in Krispy Kreme sank 14.87%" beside
    "Krispy Kreme said"). English only."""
    if language not in (None, "en"):
        return found
    runs: dict[tuple[str, ...], list[Candidate]] = {}
    for c in found:
        names = c.name_tokens()
        if c.kind != "alias" and len(names) >= 2:
            runs.setdefault(tuple(t.text for t in names), []).append(c)
    if not runs:
        return found
    held = {id(c) for cs in runs.values() for c in cs}  # one set, not a scan of the run's list per other
    for c in others or ():
        words = tuple(t.text for t in c.name_tokens())
        if words in runs and id(c) not in held:
            runs[words].append(c)
            held.add(id(c))
    drop: set[int] = set()
    for words, cs in runs.items():
        if not any(_maybe_cue(text, c) for c in cs):
            continue
        if any(firm_cue(text, c) for c in cs):
            if any(_titled_or_role(text, c) for c in cs) or groups.alone_as_person(text, words[-1]):
                continue
        elif not any(work_cue(text, c, lex) for c in cs) or (
            any(_person_cue(text, c) for c in cs) or groups.alone_as_person(text, words[-1]) or played_part(text, words)
        ):
            continue
        drop.update(id(c) for c in cs)
    return [c for c in found if id(c) not in drop] if drop else found


def played_part(text: str, words: tuple[str, ...]) -> bool:
    """Someone plays the run, or its first or last word, as a part: a character of the work,
    which counts as a person ("who will play Bond", "The three boys playing Billy").

    >>> played_part("Who will play Bond on film?", ("James", "Bond"))
    True
    >>> played_part("Emma Watson plays Hermione in the Harry Potter films.", ("Harry", "Potter"))
    False
    """
    names = "|".join(re.escape(w) for w in {" ".join(words), words[0], words[-1]})
    return re.search(rf"(?<![\w’'-])(?:play|plays|played|playing){_SP}+(?:{names}){_END}", text) is not None


def _titled_or_role(text: str, c: Candidate) -> bool:
    """A title before the mention or an appositive role after it ("Mr", ", a spokesman for")."""
    return title_before(text, c.start) is not None or bool(evidence.role_after(text, c.end + (2 if c.possessive else 0)))


def _person_cue(text: str, c: Candidate) -> bool:
    """A title before the mention, a person's cue around it or an appositive role after it."""
    end = c.end + (2 if c.possessive else 0)
    return bool(
        title_before(text, c.start) is not None or evidence.cue_before(text, c.start) or evidence.cue_after(text, end)
        or evidence.role_after(text, end)
    )


def _cand(text: str, run: str) -> Candidate:
    """A two-word candidate for ``run``'s first occurrence in ``text`` (for the doctests)."""
    from newsclean.cleaners.names.detect import Token

    start = text.index(run)
    tokens, pos = [], start
    for word in run.split():
        tokens.append(Token(word, pos, pos + len(word), fold(word)))
        pos += len(word) + 1
    return Candidate(tokens, "name")
