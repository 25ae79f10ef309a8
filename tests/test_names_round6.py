"""Issue 14, sixth round: general kinds found on the tune splits of the unseen news
(bench/names_unseen.py --split tune) and on the judged hunt sets.

Each rule has a positive case and a negative one (text it must leave alone). The
sentences are written for these tests, not copied from the labelled or hunted pages.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons

DAY = dt.date(2020, 6, 1)


def persons(text, gaz=None, day=DAY, language="en", **kw):
    return find_persons(text, day, gaz if gaz is not None else empty_gazetteer(), language=language, **kw)[0]


# ------------------------------------- "Will" as a given name where no sentence starts


def test_a_function_word_given_name_mid_sentence_opens_a_name():
    assert persons("The school's alumni include Lisa Kudrow and Will Ferrell.") == ["Lisa Kudrow", "Will Ferrell"]
    assert persons("The film, starring Will Poulter, opens on Friday.") == ["Will Poulter"]
    assert persons("Reporters asked Will Smith about the award.") == ["Will Smith"]


def test_the_verb_will_stays_a_word():
    # at a sentence start, after its subject, inside a capitalised headline run, before a word
    assert persons("Will Durant answer? Nobody knows.") == []
    assert persons("The chef says it Will Cook faster in the new oven.") == []
    assert persons("Apple Says It Will Launch Stores in India") == []
    assert persons("the storm, forecasters said, Will Hit Florida first") == []
    # a month that is also a given name stays a date ("in May Johnson said")
    assert persons("Officials said in May Johnson had resigned.") == []


# --------------------------- a capitalised occupation opening a sentence before a name


def test_an_occupation_that_is_also_a_surname_opening_a_sentence_is_dropped():
    assert persons("Farmer Chad Smith said his farm could lose $150,000.") == ["Chad Smith"]
    assert persons("Prices fell. Carpenter Mike Jones said work dried up.") == ["Mike Jones"]


def test_a_surname_word_inside_a_sentence_or_a_given_name_word_stays():
    # mid-sentence the word may be part of the name; a word the lists know as a given
    # name may open a three-word name
    assert persons("a segment in which Farmer Chad Smith said he was leaving") == ["Farmer Chad Smith"]
    assert persons("Porter Chad Smith said the deal was done.") == ["Porter Chad Smith"]


# ------------------------------- a given name that is also a country, before a surname


def test_a_country_given_name_before_a_listed_surname_is_a_name():
    assert persons("He met Chad Smith at the market.") == ["Chad Smith"]


def test_a_country_before_a_non_surname_or_a_state_stays_a_place():
    assert persons("Flights to Jordan Amman resumed.") == []
    assert persons("Georgia Tech won the game.") == []
    assert persons("Texas Austin said nothing.") == []


# ------------------------- a party or an office noun before a name (French, Spanish)


def test_a_party_noun_or_secretary_introduces_a_name_in_french_and_spanish():
    assert persons("Le président et son rival républicain Mitt Romney doivent adapter leurs déplacements.", language="fr") == ["Mitt Romney"]
    assert persons("El rival republicano Mitt Romney visitó Ohio.", language="es") == ["Mitt Romney"]


def test_a_party_noun_before_a_firm_or_without_a_name_leaves_it():
    assert persons("la firma socialista Coca Cola vendió menos", language="es") == []
    assert persons("Le candidat républicain à la présidence arrive demain.", language="fr") == []


# ------------- a word the article writes in lowercase is no surname of a listed name


def test_a_listed_given_name_before_a_word_the_article_writes_in_lowercase_is_a_thing():
    text = "The most private browser is the Tor Browser, which everyone should have."
    assert persons(text) == []
    text = "Meta Verified, the new program, sells badges. Hacked verified pages bought ads."
    assert persons(text) == []
    assert persons("The Meta Outage lasted hours. A second outage followed on Friday.") == []


def test_a_surname_written_in_lowercase_only_in_an_address_or_never_stays():
    assert persons("Anders Tegnell said the browser would be updated.") == ["Anders Tegnell"]
    assert persons("Tracey Crouch | tracey.crouch.mp@parliament.uk") == ["Tracey Crouch"]
    # a given name the lexicon trusts keeps a surname that is also a word ("Danny Green")
    assert persons("Danny Green scored; the green jerseys won.") == ["Danny Green"]


# ------------------------------------------ an organisation word in the plural


def test_a_plural_organisation_word_ends_a_firm():
    assert persons("Shares of Vail Resorts fell 3 percent.") == []
    assert persons("Marriott Hotels said occupancy rose.") == []


def test_a_plural_that_a_surname_list_has_stays_a_surname():
    assert persons("Rosa Parks refused to give up her seat.") == ["Rosa Parks"]
    assert persons("Tyra Banks said the show would return.") == ["Tyra Banks"]


# ------------------- a possessive before a noun only people have vouches for a name


def test_a_possessive_before_a_personal_noun_vouches_for_an_unlisted_name():
    assert persons("He will play regularly in Zinedine Zidane’s team.") == ["Zinedine Zidane"]
    assert persons("Police spoke to Earyel Bowleg's wife on Monday.") == ["Earyel Bowleg"]


def test_a_possessive_before_another_noun_says_nothing():
    assert persons("Fans filled Zinedine Zidane’s stadium.") == []
    assert persons("Buyers liked Zorbu Quenlat's prices.") == []


# ------------- a nickname of an office holder's given name is no conflation (needs gaz)


def test_a_nickname_form_before_another_holders_surname_is_someone_else(gaz):
    # "Jimmy" is only a nickname form of a Secretary of Defense's "James"
    assert persons("Coach Jimmy Johnson left the Cowboys after the Super Bowl.", gaz) == ["Jimmy Johnson"]


def test_the_holders_own_given_name_before_another_holders_surname_stays_a_conflation(gaz):
    _, mentions = find_persons("Rex Rubio called.", dt.date(2019, 1, 1), gaz, language="en")
    assert [m.canonical for m in mentions if m.surface == "Rex Rubio"] in ([None], ["Marco Rubio"])
    assert all("conflict" in m.flags for m in mentions if m.surface == "Rex Rubio")


# ---------------------------------------- a relative clause "who" after an unlisted name


def test_a_relative_who_vouches_for_an_unlisted_name():
    assert persons("He had been summoned by Zorbu Quenlat, who was jailed for four years.") == ["Zorbu Quenlat"]


def test_which_or_a_group_before_who_is_no_person():
    assert persons("He had been summoned by Zorbu Quenlat, which was closed.") == []
    assert persons("Many blame the political Tunisian Islamists, who held power. The Islamists, who lost, left.") == []


# --------------------------- a title-cased headline going on after a full name


def test_a_headline_going_on_after_a_full_name_is_cut_off():
    # (recall round 5: "&" between two full names opened by given names joins two people)
    assert persons("Kaley Cuoco & Pete Davidson Romantic Comedy Sets Fall Premiere") == ["Kaley Cuoco", "Pete Davidson"]
    assert persons("3/50 Natalie Massenet Leaves Net-a-Porter The founder decided to quit.") == ["Natalie Massenet"]
    # a given name only the name statistics list opens such a run too
    assert persons("- Billie Eilish Steps Out With Jesse Rutherford The two were seen.") == ["Billie Eilish", "Jesse Rutherford"]


def test_a_third_name_word_or_a_last_word_stays():
    assert persons("Sarah Jessica Parker said the show would return.") == ["Sarah Jessica Parker"]
    assert persons("Donors: Ron Book, Pamela Burch Fort, Jose Calderon.") == ["Jose Calderon", "Pamela Burch Fort", "Ron Book"]


# ------------------------------ a hyphenated romanised given name of two syllables


def test_a_two_syllable_hyphenated_given_name_is_name_shaped():
    assert persons("He began dating her daughter Soon-Yi Previn in the 1990s.") == ["Soon-Yi Previn"]
    assert persons("Ji-Woo Kang said the results were final.") == ["Ji-Woo Kang"]


def test_two_english_words_joined_by_a_hyphen_are_no_given_name():
    assert persons("Fans of Hip-Hop Nation said it was loud.") == []
