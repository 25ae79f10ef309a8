"""Issue 14, fifteenth round: works, bands, clubs and listed firms named like people, and a
surname misspelt once by a slip of letters (``cleaners/names/works.py``, ``cleaners/names/slips.py``).
The kinds come from the false lists of hunt sets 1-13; set 14 measures them.

Each rule has a positive case and a negative one (text it must leave alone: real persons in
the same positions). The sentences are written for these tests, not copied from the pages.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons, load_gazetteer, slips, works

DAY = dt.date(2005, 2, 14)


def persons(text, gaz=None, day=DAY, language="en", **kw):
    return find_persons(text, day, gaz if gaz is not None else empty_gazetteer(), language=language, **kw)[0]


# ------------------------------------------------------------- a series of works after the run


def test_a_series_noun_after_the_run_makes_it_a_series_title():
    text = "Big budget productions, such as the Harry Potter series, were still shot in Britain."
    assert "Harry Potter" not in persons(text)
    text = "Studios hope to revive the Jason Bourne franchise next year."
    assert "Jason Bourne" not in persons(text)


def test_a_part_played_in_the_runs_films_makes_the_run_a_work():
    text = "The cast includes Emma Watson, who plays Hermione in the Harry Potter films."
    assert persons(text) == ["Emma Watson"]


def test_a_stars_films_and_a_character_played_stay_people():
    # a star's films: no part played "in the" run's films
    text = "The box set holds no less than 34 John Wayne films, from Westerns to war movies."
    assert persons(text) == ["John Wayne"]
    text = "It is also the ninth Jim Carrey film to take $100m."
    assert persons(text) == ["Jim Carrey"]
    # a character someone plays keeps the person, as the judging conventions count it
    text = "It is the 21st James Bond film, and no one knows who will play Bond in the James Bond films."
    assert "James Bond" in persons(text)


# --------------------------------------------------------------------- a subtitle after a colon


def test_a_title_case_subtitle_after_a_colon_inside_a_sentence_is_a_work():
    text = "It was a good year, when Bridget Jones: The Edge of Reason and Wimbledon were filmed here."
    assert "Bridget Jones" not in persons(text)
    assert works.subtitle_after(text, works._cand(text, "Bridget Jones"))


def test_a_byline_an_author_or_a_speaker_before_a_colon_stays_a_person():
    text = "By Aaron Humes: The Americas cannot ignore the risk, officials warned."
    assert persons(text) == ["Aaron Humes"]
    text = "Now read this post by Samantha Bielefeld: The Elephant in the Room."
    assert persons(text) == ["Samantha Bielefeld"]
    text = "Tony Blair: The economy is strong and getting stronger."
    assert not works.subtitle_after(text, works._cand(text, "Tony Blair"))
    text = "Marc Andreessen and Jim Clark: The Founders of Netscape was published in 2007."
    assert "Jim Clark" in persons(text)


# ---------------------------------------------------------------- a performance, a credit, a list


def test_a_performance_in_the_run_makes_it_a_film():
    text = "Staunton, an Oscar nominee for her performance in Vera Drake, is also nominated for a Bafta."
    assert "Vera Drake" not in persons(text)


def test_a_performance_in_a_persons_work_keeps_the_person():
    text = "Her appearance in Tony Blair's film was short. Tony Blair said he liked it."
    assert persons(text) == ["Tony Blair"]


def test_a_list_of_titles_after_a_plural_work_noun_holds_works():
    text = "Films with budgets like those of box office hits Vera Drake, Calendar Girls and Enduring Love will suffer."
    assert "Vera Drake" not in persons(text)
    text = "It beat ITV1 shows Doc Martin and Life Begins to the prize."
    assert "Doc Martin" not in persons(text)


def test_a_list_of_people_after_the_same_noun_keeps_them():
    text = "The show's stars Tom Hanks and Meg Ryan arrived late."
    assert persons(text) == ["Meg Ryan", "Tom Hanks"]
    text = "The photograph shows Tony Blair and Gordon Brown side by side."
    assert persons(text) == ["Gordon Brown", "Tony Blair"]


def test_a_production_company_in_the_credits_makes_the_run_a_show():
    text = "Best comedy drama: Doc Martin (Buffalo Productions, ITV1). Shameless (Company Pictures, Channel 4)."
    assert "Doc Martin" not in persons(text)
    # a presenter's show is credited the same way, with no production company: the person stays
    text = "Best comedy performance: Catherine Tate (The Catherine Tate Show, BBC Two)."
    assert "Catherine Tate" in persons(text)


# ------------------------------------------------------------------- a band's or a club's people


def test_a_member_role_between_the_run_and_a_name_makes_the_run_a_group():
    text = "Franz Ferdinand frontman Alex Kapranos called for more help for musicians."
    assert persons(text) == ["Alex Kapranos"]
    text = "Aston Villa boss David O'Leary signed a new contract on Friday."
    assert persons(text) == ["David O'Leary"]


def test_a_persons_staff_after_the_run_keeps_the_person():
    # a person's manager or spokesman is no member's role; "Madonna's drummer" takes a possessive
    text = "Britney Spears manager Larry Rudolph denied the report."
    assert "Britney Spears" in persons(text)
    text = "Madonna's drummer Steve Sidelnyk joined the tour. Ray Charles's singer Mable John sang."
    assert "Ray Charles" in persons(text)


def test_a_groups_award_after_the_run_makes_it_a_band():
    text = "There was more success for Franz Ferdinand won best rock act and best British group last week."
    assert "Franz Ferdinand" not in persons(text)
    text = "Joss Stone, 17, won best British urban act at the Brit Awards."
    assert persons(text) == ["Joss Stone"]  # a solo singer wins "best act" too


# --------------------------------------------------------------------------------- listed firms


def test_a_share_move_in_per_cent_makes_the_run_a_listed_firm():
    text = "Travel firms also fell, with Japan's Kinki Nippon sliding 1.5% on the day."
    assert persons(text) == []
    text = "Krispy Kreme said errors forced the move. Shares in Krispy Kreme sank 14.87% on the news."
    assert persons(text) == []


def test_a_person_with_a_title_or_a_role_keeps_a_percentage():
    text = "Mr John Kerry gained 3% in the latest poll. John Kerry said he was pleased."
    assert persons(text) == ["John Kerry"]
    text = "Sarah Jones, a senior analyst at the bank, said shares rose 2%."
    assert persons(text) == ["Sarah Jones"]


def test_a_firms_noun_before_the_run_then_a_comma_makes_it_a_firm():
    text = "said Travis Kalanick, founder and chairman of P2P network Red Swoosh, and soon they will all want a slice."
    assert persons(text) == ["Travis Kalanick"]
    # a person's trade is no firm's noun
    text = "The album was made with record producer Mark Ronson, who said it was his best."
    assert persons(text) == ["Mark Ronson"]


# ------------------------------------------------------------------------- a slip of letters


def test_a_surname_misspelt_by_swapped_letters_is_the_same_person():
    gaz = load_gazetteer(
        "id,canonical,given,surname,aliases,roles\n"
        "mikhail-khodorkovsky,Mikhail Khodorkovsky,Mikhail,Khodorkovsky,,\n"
    )
    text = "Investors fear hostility to ex-Yukos boss Mikhail Khordokovsky. Mr Khodorkovsky is in jail."
    names, mentions = find_persons(text, DAY, gaz, language="en")
    assert names == ["Mikhail Khodorkovsky"]
    slip = next(m for m in mentions if m.surface == "Mikhail Khordokovsky")
    assert "spelling_variant" in slip.flags


def test_other_letters_or_another_given_name_are_other_people():
    assert not slips.slipped("John Smith", "John Smyth")
    assert not slips.slipped("Anna Nilsen", "Boris Nelsin")
    assert not slips.slipped("Sam Lee", "Sam Eel")  # short surnames are anagrams by chance
    text = "Michael Johnson beat Michael Johnston in the final. Johnson said he was happy."
    assert persons(text) == ["Michael Johnson", "Michael Johnston"]  # one more letter: no slip
    text = "Gary Neville and Phil Neville played. Gary Neville said it went well."
    assert persons(text) == ["Gary Neville", "Phil Neville"]  # brothers: the same surname
