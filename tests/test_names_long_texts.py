"""Issue 14: the names stage's look-ups on long texts read an index, not the whole text per name.

Three look-ups searched the whole text (or the whole table of the article's persons) once per
name, so a text of thousands of distinct names cost quadratic time
(``bench/names_scaling.py``'s ``distinct names``): the resolver's table of persons outside the
gazetteer, the detector's test for a word the article writes in lowercase, and things 2's search
for a run written again elsewhere. Each now reads an index built once; these tests hold each
index to the answers of the plain search, on the side it must find and the side it must not.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons
from newsclean.cleaners.names.detect import Candidate, Token
from newsclean.cleaners.names.resolve import _Unknown
from newsclean.cleaners.names.things2 import _cue_anywhere, _word_pairs

DAY = dt.date(2019, 5, 2)


def persons(text: str) -> list[str]:
    return find_persons(text, DAY, empty_gazetteer(), language="en")[0]


def test_the_unknown_table_indexes_keys_by_surname_and_canonicals_by_last_word():
    table = _Unknown()
    table[("joel", "ek")] = "Joel Eriksson Ek"
    assert table.setdefault(("pat", "carlineo"), "Pat Carlineo") == "Pat Carlineo"
    assert table.setdefault(("pat", "carlineo"), "Patrick Carlineo") == "Pat Carlineo"  # the first stays
    table[("patrick", "carlineo")] = "Pat Carlineo"
    assert table.by_surname["carlineo"] == {("pat", "carlineo"), ("patrick", "carlineo")}
    assert table.ending_in("Ek") == ["Joel Eriksson Ek"]
    # a renamed person is found under the new form only, once both keys show it
    table[("pat", "carlineo")] = "Patrick Carlineo Jr."
    assert table.ending_in("Carlineo") == ["Pat Carlineo"]
    table[("patrick", "carlineo")] = "Patrick Carlineo Jr."
    assert table.ending_in("Carlineo") == []
    assert table.ending_in("Jr.") == ["Patrick Carlineo Jr."]
    assert table.ending_in("Smith") == []


def test_the_end_of_a_full_name_and_a_short_given_name_still_find_their_person():
    assert persons("Joel Eriksson Ek scored twice. Eriksson Ek said the team played well.") == ["Joel Eriksson Ek"]
    text = "Patrick Carlineo was charged on Monday. Pat Carlineo told the court he was sorry."
    assert persons(text) == ["Patrick Carlineo"]
    # a short form shared by two people of that surname names neither of them
    text = "Patrick Carlineo and Patricia Carlineo were charged. Pat Carlineo said nothing."
    assert "Pat Carlineo" in persons(text)


def test_a_word_written_in_lowercase_only_inside_another_word_keeps_the_name():
    # "browsers" and "tor-browser" do not write the word "browser" alone
    assert persons("The most private browser is the Tor Browser, which everyone should have.") == []
    assert persons("Anders Tegnell spoke. Browsers were updated.") == ["Anders Tegnell"]
    assert persons("Tracey Crouch | tracey.crouch.mp@parliament.uk") == ["Tracey Crouch"]


def run(text: str, words: tuple[str, ...]) -> list[Candidate]:
    at = text.index(" ".join(words))
    toks, pos = [], at
    for w in words:
        toks.append(Token(w, pos, pos + len(w), w.lower()))
        pos += len(w) + 1
    return [Candidate(toks, "name")]


def test_the_pairs_index_finds_the_same_places_as_the_search():
    texts = [
        "Cy Young is a pitcher. He won two Cy Young awards.",  # another place with a cue
        "Cy Young is a pitcher. He won two XCy Young awards.",  # inside a longer word: no cue
        "Cy Young is a pitcher. O'Cy Young awards are none.",  # after an apostrophe: no cue
        "Cy Young is a pitcher. Cy Youngs awards came later.",  # a longer last word: no cue
        "Cy Young is a pitcher. Cy  Young awards came later.",  # two spaces: not the run
    ]
    expected = [True, False, False, False, False]
    for text, want in zip(texts, expected, strict=True):
        words = ("Cy", "Young")
        cs = run(text, words)
        assert _cue_anywhere(text, words, cs) is want, text
        assert _cue_anywhere(text, words, cs, _word_pairs(text)) is want, text


def test_word_pairs_reads_two_words_one_space_apart():
    pairs = _word_pairs("Jean-Paul Sartre met Ann  Lee, Ann Lee's friend.")
    assert pairs["Jean-Paul Sartre"] == [0]
    assert pairs["Ann Lee"] == [31]
    assert "Ann  Lee" not in pairs
    assert "Lee Ann" not in pairs  # a comma between


def test_a_long_text_reads_its_words_once_with_the_same_answers():
    filler = " The weather was mild and the roads were quiet that week." * 400  # over WORDS_ABOVE characters
    assert persons("The most private browser is the Tor Browser, which everyone should have." + filler) == []
    assert persons("Anders Tegnell spoke. Browsers were updated." + filler) == ["Anders Tegnell"]
    assert persons("Tracey Crouch | tracey.crouch.mp@parliament.uk" + filler) == ["Tracey Crouch"]
