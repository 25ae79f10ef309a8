"""People of earlier decades in the gazetteer (issue 14; ``GAZETTEER.md``, "People of earlier
decades (gaz 2)").

The gazetteer knew almost no one of the 1980s to 2000s: the N3 yardstick's Reuters articles of
1987 name Reagan, James Baker, Stoltenberg, Pöhl, Nakasone, Miyazawa and Saddam Hussein, and its
German News-100 articles Tiger Woods. Their rows list the offices with their dates, so a titled
or bare surname in an article of those years goes to its holder. Older famous people share
surnames with today's people (a bare ``Kennedy``, ``Carter``, ``Johnson``, ``Koizumi`` in 2020
news): a bearer whose offices all ended more than ten years before the article's date yields a
common or shared surname, unless a title naming their office or their rare given name says
otherwise. These tests read the real gazetteer; the sentences are written for them.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import find_persons


def links(text, gaz, day, surface, language="en"):
    """The canonical names each mention written ``surface`` resolves to (None: unresolved)."""
    return [m.canonical for m in find_persons(text, day, gaz, language=language)[1] if m.surface == surface]


REUTERS_1987 = dt.date(1987, 3, 1)


def test_rows_parse_and_share_surnames_with_todays_people(gaz):
    for pid in ("ronald-reagan", "james-baker", "gerhard-stoltenberg", "karl-otto-pohl", "saddam-hussein",
                "yasuhiro-nakasone", "kiichi-miyazawa", "tiger-woods", "john-f-kennedy", "lyndon-b-johnson"):
        assert pid in gaz.persons
    assert {"jens-stoltenberg", "gerhard-stoltenberg"} <= gaz.surnames["stoltenberg"]
    assert {"junichiro-koizumi", "shinjiro-koizumi"} <= gaz.surnames["koizumi"]
    assert {"li-keqiang", "li-peng"} <= gaz.surnames["li"]
    assert {"ted-kennedy", "john-f-kennedy"} <= gaz.surnames["kennedy"]
    # a press spelling of an umlaut is the bearer's surname too
    assert gaz.surnames["poehl"] == {"karl-otto-pohl"}
    for key, ids in gaz.surnames.items():
        assert sum(gaz.persons[p].default_for_surname for p in ids) <= 1, key


# -- a title or a bare surname in an article of the office's years links to the holder -------

def test_titled_mentions_of_1987_link_to_the_holders(gaz):
    assert links("President Reagan will reject the tax increase, the budget director said.", gaz, REUTERS_1987, "Reagan") == ["Ronald Reagan"]
    text = "Treasury Secretary James Baker met Italian Finance Minister Giovanni Goria. At those talks Baker convinced Goria."
    assert set(links(text, gaz, REUTERS_1987, "Baker")) == {"James Baker"}
    assert links("West German Finance Minister Stoltenberg said the Bundesbank would act.", gaz, REUTERS_1987, "Stoltenberg") == ["Gerhard Stoltenberg"]
    assert links("Bundesbank President Poehl said interest rates would stay.", gaz, REUTERS_1987, "Poehl") == ["Karl Otto Pöhl"]
    assert links("Japanese Prime Minister Nakasone said Tokyo would cut its surplus.", gaz, REUTERS_1987, "Nakasone") == ["Yasuhiro Nakasone"]


def test_a_bare_surname_in_the_office_years_links_to_the_holder(gaz):
    text = "Iranian Prime Minister Mir-Hossein Mousavi spoke on Tehran radio. Mousavi said the offensive would go on."
    assert set(links(text, gaz, REUTERS_1987, "Mousavi")) == {"Mir-Hossein Mousavi"}
    assert links("Saddam said Iraq would fight on. Iraqi forces attacked the port.", gaz, REUTERS_1987, "Saddam") == ["Saddam Hussein"]
    assert links("Li said China would open its markets to foreign banks.", gaz, dt.date(1990, 5, 1), "Li") == ["Li Peng"]
    assert links("Koizumi said Japan would send troops to Iraq.", gaz, dt.date(2004, 5, 1), "Koizumi") == ["Junichiro Koizumi"]


def test_the_reagan_administration_is_reagans(gaz):
    text = "Japanese officials said the Reagan administration might issue yen bonds, as the Carter administration did."
    assert links(text, gaz, REUTERS_1987, "Reagan") == ["Ronald Reagan"]


def test_tiger_woods_in_german_news(gaz):
    text = ("Superstar Tiger Woods ist hingegen schon draußen. Woods kassierte eine bittere Niederlage, "
            "sagte Woods nach der Runde.")
    assert set(links(text, gaz, None, "Woods", language="de")) == {"Tiger Woods"}


# -- a bare surname in a later decade is never the older famous bearer --------------------

def test_a_common_surname_decades_after_the_office_is_no_one(gaz):
    day = dt.date(2020, 5, 1)
    assert links("Carter said the president was wrong about the tariffs.", gaz, day, "Carter") == [None]
    assert "Lyndon B. Johnson" not in links("Johnson said the House would vote on Tuesday.", gaz, day, "Johnson")
    assert "John F. Kennedy" not in links("Kennedy said the Senate would vote on Tuesday.", gaz, day, "Kennedy")
    assert links("Baker, a local official, said the meeting went well. Secretary of State John Kerry left.", gaz, dt.date(2015, 5, 1), "Baker") == [None]


def test_a_title_of_their_office_still_names_them(gaz):
    assert links("Former President Carter said the election was fair.", gaz, dt.date(2020, 5, 1), "Carter") == ["Jimmy Carter"]


def test_a_very_common_given_name_written_alone_is_no_support(gaz):
    # "St. John's" writes "John" alone: no support for the Kennedy of the 1960s in 2007
    text = ("St. John's tops the list, said the researchers. A new jail for young offenders in Labrador "
            "is a government priority: Kennedy")
    assert "John F. Kennedy" not in links(text, gaz, dt.date(2007, 12, 27), "Kennedy")


def test_the_later_bearer_of_a_shared_surname_needs_the_date(gaz):
    # the son holds office on the date; the father left it in 2006
    assert links("Koizumi said Japan would cut emissions.", gaz, dt.date(2020, 5, 1), "Koizumi") == ["Shinjiro Koizumi"]
    assert links("Stoltenberg said NATO would send troops.", gaz, dt.date(2016, 3, 1), "Stoltenberg") == ["Jens Stoltenberg"]
    # neither Trudeau in office in January 2008: not Justin because Pierre is long gone
    assert links("Even Trudeau once asked who speaks for Canada.", gaz, dt.date(2008, 1, 7), "Trudeau") == [None]
    # Zhao Ziyang is gone and the gazetteer gives the spokesman no dated office
    assert "Zhao Ziyang" not in links("Zhao said China opposed the sanctions.", gaz, dt.date(2021, 5, 1), "Zhao")


# -- text the rows must leave alone ------------------------------------------------------

def test_namesakes_of_presidents_are_no_conflation(gaz):
    # Jimmy (Carter's own given name) and Johnson (a president's surname): a coach, no conflation
    found = find_persons("Coach Jimmy Johnson left the Cowboys after the Super Bowl.", None, gaz, language="en")[0]
    assert found == ["Jimmy Johnson"]
    # presidents of the 1960s and the 1970s are no news of 2012: "John Carter" is the film's hero
    found = find_persons("John Carter flopped at the box office.", dt.date(2012, 3, 20), gaz, language="en")[0]
    assert found == ["John Carter"]
    # two Secretaries of State of one news era still make a conflation
    rex = find_persons("Rex Rubio called.", dt.date(2019, 1, 1), gaz, language="en")[1]
    assert all("conflict" in m.flags for m in rex if m.surface == "Rex Rubio")


def test_a_relatives_own_name_beats_a_nickname_form(gaz):
    text = "Ron Reagan said last night in his convention speech that stem cells matter. Reagan spoke for ten minutes."
    assert links(text, gaz, dt.date(2004, 7, 28), "Ron Reagan") == ["Ron Reagan"]
    assert links(text, gaz, dt.date(2004, 7, 28), "Reagan") == ["Ron Reagan"]


def test_a_lone_given_name_claims_no_surname(gaz):
    text = ("Republicans boiled about it during the Clinton administration. Early in Clinton's first term, "
            "Clinton tried and failed to assert executive privilege on behalf of Hillary.")
    assert "Hillary Clinton" not in links(text, gaz, dt.date(2006, 12, 12), "Clinton")
    assert links(text, gaz, dt.date(1998, 12, 12), "Clinton")[-1] == "Bill Clinton"


def test_a_town_the_article_uses_as_a_place(gaz):
    text = ('"I would like to see it in Bolton." Brian Iddon, Labour MP: "Bolton would not be directly '
            'affected by the expansion but I am disappointed."')
    assert set(links(text, gaz, dt.date(2004, 7, 30), "Bolton")) == {None}
    # without a use as a place the word is still the bearer
    assert links("Bolton said the UN was failing. The ambassador spoke in New York.", gaz, dt.date(2006, 1, 1), "Bolton") == ["John Bolton"]


def test_middle_names_of_the_new_rows_claim_no_one(gaz):
    text = "Mara Wilson opened the show. Nobody doubted the will of the crowd, and Wilson thanked them."
    assert "Mara Wilson" in find_persons(text, None, gaz, language="en")[0]


def test_a_surname_written_first_decades_later_is_no_one(gaz):
    # Chinese surnames are shared by millions though the name statistics list few of them
    assert links("Mr Zhu said the station was under control. Nasa said it was falling.", gaz, dt.date(2016, 9, 21), "Zhu") == [None]
    assert links("Zhu said China would cut tariffs.", gaz, dt.date(2000, 5, 1), "Zhu") == ["Zhu Rongji"]


def test_a_common_full_name_of_a_long_gone_bearer_needs_their_title(gaz):
    # the senator of 2023 is no president of the 1960s, though "president" is written
    found = links("Senator John Kennedy said the president was wrong.", gaz, dt.date(2023, 6, 26), "John Kennedy")
    assert "John F. Kennedy" not in found
    assert links("President John Kennedy said the moon was the goal.", gaz, dt.date(2023, 6, 26), "John Kennedy") == ["John F. Kennedy"]


def test_places_named_after_people_are_no_one(gaz):
    assert links("The Plains of Arafat on the day of Hajj. Pilgrims were killed.", gaz, None, "Arafat") == [None]
    text = "Airlines serving Newark Liberty International, John F. Kennedy International and LaGuardia cancelled flights."
    assert find_persons(text, dt.date(2012, 10, 29), gaz, language="en")[0] == []


def test_a_quoted_nickname_keeps_a_family_member_apart(gaz):
    # Beckham is a family's name: the row is reached by the full name, never by the word alone
    text = 'Morton has written books about Princess Diana, David and Victoria "Posh Spice" Beckham, Madonna and Monica Lewinsky.'
    found = find_persons(text, dt.date(2008, 1, 1), gaz, language="en")[0]
    assert "Victoria Beckham" in found and "Madonna" in found and "David Beckham" not in found
    # another athlete of the surname is not the golfer
    text = "McIlroy, who is third in the European rankings, eased across the finish in 1:49.87."
    assert "Rory McIlroy" not in links(text, gaz, None, "McIlroy")
    text = "Golf-Star Rory McIlroy spielte stark. Verfolger McIlroy rechnet sich Chancen aus."
    assert links(text, gaz, None, "McIlroy", language="de") == ["Rory McIlroy"]


def test_a_press_spelling_of_a_given_name(gaz):
    text = "Reporters Without Borders called on Iranian President Mohammed Khatami to secure his release."
    assert links(text, gaz, None, "Mohammed Khatami") == ["Mohammad Khatami"]


def test_a_surname_that_is_a_first_name_is_reached_by_the_full_name(gaz):
    # "Sharon" and "Ariel" are two first names of a recipe blog, no prime minister of Israel
    text = "My best friend, Sharon, asked me to make a chocolate cake for her hubby, Ariel, for his birthday."
    assert "Ariel Sharon" not in find_persons(text, None, gaz, language="en")[0]
    text = "Israeli Prime Minister Ariel Sharon met Abbas. Mr Sharon said the roadmap stood."
    assert set(links(text, gaz, None, "Sharon")) == {"Ariel Sharon"}
    # a firm named after its founders ("BDO Stoy Hayward") is no chief executive of BP
    text = "Business will reap the benefits, say researchers at BDO Stoy Hayward."
    assert find_persons(text, None, gaz, language="en")[0] == []


# -- Korea's leaders since 1948 (gaz 3): Kim, Lee, Park are among the world's commonest surnames --

def test_korean_leaders_link_by_title_and_date(gaz):
    day = dt.date(2005, 3, 1)
    text = "North Korean leader Kim Jong Il met envoys in Pyongyang. Kim said the talks would go on."
    assert set(links(text, gaz, day, "Kim")) == {"Kim Jong Il"}
    assert links("The North Korean leader Kim said the talks would go on.", gaz, day, "Kim") == ["Kim Jong Il"]
    # the same title in 2019 is his son's
    assert links("The North Korean leader Kim said the talks would go on.", gaz, dt.date(2019, 3, 1), "Kim") == ["Kim Jong Un"]
    assert links("President Lee said the economy would grow, Seoul officials said.", gaz, dt.date(2010, 3, 1), "Lee") == ["Lee Myung-bak"]
    text = "President Kim Dae-jung flew to Pyongyang for the summit with Kim Jong Il."
    assert links(text, gaz, dt.date(2000, 6, 13), "Kim Dae-jung") == ["Kim Dae-jung"]
    assert links(text, gaz, dt.date(2000, 6, 13), "Kim Jong Il") == ["Kim Jong Il"]
    text = "Former President Roh Moo-hyun died in 2009. Roh had left office a year earlier."
    assert set(links(text, gaz, dt.date(2009, 6, 1), "Roh")) == {"Roh Moo-hyun"}
    assert links("South Korean President Park Geun-hye was impeached.", gaz, dt.date(2017, 1, 1), "Park Geun-hye") == ["Park Geun-hye"]


def test_a_common_korean_surname_without_support_links_to_no_one(gaz):
    # a bare "Lee" or "Park" with nothing Korean in the article is someone else
    assert links("Lee said the Dodgers would win the series in Los Angeles.", gaz, dt.date(2010, 3, 1), "Lee") == [None]
    found = find_persons("Park said the company would move its plant to Ohio.", dt.date(2014, 3, 1), gaz, language="en")[0]
    assert "Park Geun-hye" not in found
    # a place named after a leader is no mention of him
    for text in ("Crowds gathered in Kim Il Sung Square in Pyongyang.", "Students at Kim Il Sung University met him."):
        assert find_persons(text, dt.date(2019, 3, 1), gaz, language="en")[0] == []


def test_talk_of_offices_is_no_support_for_a_surname_millions_bear(gaz):
    # an essay of 2005 that speaks of government and elections, naming a researcher "Kim"
    essay = ("The government funded the study before the election. Researchers asked Asian American students "
             "to solve problems. Kim had people speak out loud as they solved various kinds of problems.")
    assert links(essay, gaz, dt.date(2005, 7, 27), "Kim") == [None]
    # the same word with the leader's country named is his
    text = essay + " North Korea's state media did not comment."
    assert links(text, gaz, dt.date(2005, 7, 27), "Kim") == ["Kim Jong Il"]
    # a surname that is also a given name, but few bear, still links on talk of offices alone
    text = "The government defended the budget in parliament. Blair said the deficit would fall."
    assert links(text, gaz, dt.date(2005, 3, 1), "Blair") == ["Tony Blair"]


def test_a_given_name_split_in_syllables_is_one_name(gaz):
    # "Il" of "Kim Il Sung" is no given name of its own: an "il" of the text supports no one
    assert gaz.persons["kim-il-sung"].given == ("il sung",)
    text = "The French quote reads \"il faut\" in the essay. Kim had people speak out loud, the government said."
    assert links(text, gaz, dt.date(2005, 7, 27), "Kim") == [None]
    # the full name is still found and linked
    assert links("Kim Il Sung founded the state in 1948.", gaz, dt.date(1990, 1, 1), "Kim Il Sung") == ["Kim Il Sung"]


def test_an_honorific_before_a_surname_written_first_is_the_person_named_here(gaz):
    # "Mr Kim" after "Kim Yungmin" (a BBC business story on South Korea): the strategist, never a
    # president named nowhere in the article
    text = ("Creditors of South Korea's top credit card firm met. \"A deal is likely,\" said Kim Yungmin, an equity "
            "strategist in Seoul. \"They have been stalling,\" said Mr Kim.")
    assert links(text, gaz, None, "Kim") == ["Kim Yungmin"]
    # a Western given name after an honorific is someone else's surname: left alone
    text = "Kelly Smith, a lawyer, spoke. Ms Kelly said the case was over."
    assert links(text, gaz, None, "Kelly") == [None]
