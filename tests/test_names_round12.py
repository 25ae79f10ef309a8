"""Issue 14, twelfth round: general rules for the open kinds of false persons (the long tail
left on hunt sets 1-6, 9 and 10; sets 7 and 8 stay the independent yardsticks).

Each rule reads how the article uses the run (``cleaners/names/usage.py``), and has a positive
case and a negative one (text it must leave alone: real persons in the same positions). The
sentences are written for these tests, not copied from the hunted pages.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons

DAY = dt.date(2005, 2, 1)


def persons(text, gaz=None, day=DAY, language="en", **kw):
    return find_persons(text, day, gaz if gaz is not None else empty_gazetteer(), language=language, **kw)[0]


# ------------------------------------------------------ ", which" after the run: a thing


def test_a_relative_which_after_the_run_makes_it_a_thing():
    text = "He plans the grid for Harriet Moss, which maintains 90,000 miles of cable under the city."
    assert persons(text) == []
    text = "Storms threaten the giant Harriet Moss, which may be 2,000 years old."
    assert persons(text) == []
    text = "The ruling in Harriet Moss, which held that the child was a citizen, was cited."
    assert persons(text) == []


def test_which_after_a_person_that_speaks_of_the_noun_or_the_clause_before_stays():
    # the clause is about the speech, the interview, or the whole marriage
    assert persons("It was a speech by Harriet Moss, which was well received.") == ["Harriet Moss"]
    assert persons("He gave an interview with Harriet Moss, which aired later.") == ["Harriet Moss"]
    assert persons("She married Harriet Moss, which upset her father.") == ["Harriet Moss"]
    # "who" is a person's relative
    assert persons("He plans the grid for Harriet Moss, who maintains the cables.") == ["Harriet Moss"]
    # a person's cue at another mention keeps the run
    text = "He works for Harriet Moss, which pays well. Moss said she was glad."
    assert persons(text) == ["Harriet Moss"]


# ------------------------------------- a possessive with no noun after it: a shop or a brand


def test_a_possessive_with_no_noun_after_it_is_a_shop_or_a_brand():
    assert persons("“I loved Harriet Moss’s,” he says. “It was not until later.”") == []
    text = "Its top brands include Newcastle Brown Ale, Foster's, Harriet Moss's, Strongbow and Kronenbourg."
    assert persons(text) == []


def test_a_predicate_or_double_genitive_possessive_stays_a_person():
    assert persons("The idea was Harriet Moss's. Nobody else had it.") == ["Harriet Moss"]
    assert persons("He is a friend of Harriet Moss's, they say.") == ["Harriet Moss"]
    assert persons("We spent the night at Harriet Moss's.") == ["Harriet Moss"]
    # a noun after the possessive: the person's own
    assert persons("Harriet Moss's house was sold, he said.") == ["Harriet Moss"]


# ------------------------------------------------------------- an item of a list of places


def test_an_item_written_as_a_place_in_a_list_of_places_is_a_place():
    text = ("The deal includes greyhound tracks at Wimbledon in London, Belle Vue in Manchester, "
            "Perry Barr and Hall Green in Birmingham, Oxford and Portsmouth. Analysts value them highly.")
    assert persons(text) == []


def test_people_in_their_cities_or_beside_places_in_prose_stay():
    # no bare place in the list: people placed in their capitals
    text = "Leaders spoke from afar: Tony Blair in London, Jacques Chirac in Paris and Gerhard Schroeder in Berlin."
    assert persons(text) == ["Gerhard Schroeder", "Jacques Chirac", "Tony Blair"]
    # a credit line's reporters, each in a city, one city with its state
    text = ("(Additional reporting by Soyoung Kimura in SEOUL, Yeganeh Torbati in WASHINGTON, and Harriet Moss "
            "in WEST PALM BEACH, Florida. Editing by Kim Coghill)")
    assert "Harriet Moss" in persons(text)
    text = "Staff: Paul Torbati in Washington, Harriet Moss in West Palm Beach, Florida, and Kim Coghill in Seoul."
    assert persons(text) == ["Harriet Moss", "Kim Coghill", "Paul Torbati"]
    # a bare run among bare places: clubs named after their towns, and a player
    assert persons("The bids came from Leeds, Newcastle and Harriet Moss on Monday.") == ["Harriet Moss"]
    # an item with lowercase words is no list of places
    text = "He visited Oxford, Portsmouth and met Harriet Moss in Manchester."
    assert persons(text) == ["Harriet Moss"]


# --------------------------------------------------------------- a job done at the run


def test_a_job_noun_and_at_before_the_run_make_it_the_employer():
    assert persons("She helped her land an agent at Harriet Moss. A few months later she left.") == []
    assert persons("Prices will rise, said an economist at Harriet Moss on Monday.") == []


def test_at_after_a_verb_or_before_a_persons_house_stays():
    assert persons("He looked at Harriet Moss and smiled.") == ["Harriet Moss"]
    assert persons("The agent at Harriet Moss's house waited.") == ["Harriet Moss"]


# -------------------------------------------------- a compound demonym glued to a name


def test_a_demonym_in_man_or_woman_is_no_part_of_the_name_whatever_follows():
    text = "The race would be between himself, Dutchman Arnoud Okkerling and Antonio Reina of Spain."
    assert persons(text) == ["Antonio Reina", "Arnoud Okkerling"]
    assert persons("Frenchwoman Amelie Dufresnoy won the final.") == ["Amelie Dufresnoy"]


def test_a_two_word_run_after_a_demonym_and_a_name_ending_in_man_stay():
    # two words: nothing is left to be the name
    assert persons("Brit Marling starred in the film.") == ["Brit Marling"]
    # "-man" in a surname opening no run
    assert persons("Paul Newman and Harriet Moss arrived.") == ["Harriet Moss", "Paul Newman"]


# ----------------------------------------- bands named with English words, works by credits


def test_a_band_of_english_words_beside_an_act_or_before_its_album_is_the_band(gaz):
    text = "The show will feature performances from U2, Green Day, Alicia Keys and Kanye West - but not all."
    assert "Green Day" not in persons(text, gaz)
    assert "Kanye West" in persons(text, gaz)
    assert persons("Green Day's new album topped the charts this week.", gaz) == []


def test_names_that_are_words_beside_acts_stay_people(gaz):
    # the surname is a name first ("smith", "west")
    assert "Will Smith" in persons("Stars included Will Smith, Alicia Keys and U2.", gaz)
    assert "Kanye West" in persons("The show will feature U2, Kanye West and Alicia Keys - but not all.", gaz)
    # an act-shaped item outside a clause about music (a sponsor, a phone network)
    assert "Green Day" in persons("Sponsors include O2, Green Day and Kanye West this year.", gaz)
    # no act in the list, no album: nothing tells the band
    assert "Green Day" in persons("Tickets for Kanye West, Green Day and Alicia Keys sold out.", gaz)


def test_a_works_credits_or_its_best_work_award_after_the_run_make_it_the_work(gaz):
    assert persons("Vera Drake won best film at the awards.", gaz) == []
    assert persons("Vera Drake, directed by Mike Leigh, won three awards.", gaz) == ["Mike Leigh"]
    assert persons("Vera Drake, starring Imelda Staunton, won three awards.", gaz) == ["Imelda Staunton"]


def test_a_person_winning_a_persons_award_or_credited_after_of_stays(gaz):
    assert persons("Hilary Swank won best actress for her role.", gaz) == ["Hilary Swank"]
    text = "It was a biopic of Ray Charles, starring Jamie Foxx, that won."
    assert persons(text, gaz) == ["Jamie Foxx", "Ray Charles"]
    # "starring in": the person stars
    assert persons("Imelda Staunton, starring in the film, won.", gaz) == ["Imelda Staunton"]


# ------------------------------------------------ places, firms and teams by their frame


def test_a_noun_of_a_countrys_parts_and_of_before_the_run_makes_it_a_place():
    text = "Parts of the Brazilian states of Harriet Moss and Parana were covered by smoke."
    assert persons(text) == []
    assert persons("They sailed to the island of Harriet Moss, far in the north.") == []


def test_a_title_with_state_or_a_possessive_after_state_of_stays_a_person():
    assert persons("Secretary of State Harriet Moss arrived on Monday.") == ["Harriet Moss"]
    assert persons("They asked about the state of Harriet Moss's health.") == ["Harriet Moss"]


def test_a_firms_officer_before_the_run_makes_it_the_firm():
    text = "In 2014 the former Chief Marketing Officer for Harriet Moss, Leesa Eichberger, spoke to the site."
    assert persons(text) == ["Leesa Eichberger"]
    assert persons("Shareholders of Harriet Moss voted on Monday.") == []


def test_a_spokesman_or_an_agent_for_a_person_stays():
    assert persons("A spokesman for Harriet Moss said no.") == ["Harriet Moss"]
    assert persons("The agent of Harriet Moss said no.") == ["Harriet Moss"]


def test_a_run_against_a_places_team_is_a_team():
    assert persons("Match preview: when is Leeds vs Harriet Moss and what channel is it on?") == []
    assert persons("Harriet Moss v Leeds is on Saturday.") == []


def test_people_on_both_sides_of_vs_stay():
    assert persons("Harriet Moss vs Jenny Pollard is the final on Sunday.") == ["Harriet Moss", "Jenny Pollard"]


# ------------------------------------- doctrines, disciplines, versions and institutions


def test_a_doctrines_a_disciplines_or_a_versions_word_last_makes_a_thing():
    text = "The main denominations are, by number of adherents, Harriet Catholicism (10.1%) and others."
    assert persons(text) == []
    assert persons('See "Exploring the past" (PDF). Harriet Ornithology. 35: 97-107.') == []
    assert persons("This City (Harriet Moss Remix) is out now.") == []


def test_a_name_the_surname_lists_have_stays_whatever_its_letters():
    # "Mix" and surnames in -ology are not read; "Moss" is no doctrine
    assert persons("Tom Mix rode on. Harriet Moss said so.") == ["Harriet Moss", "Tom Mix"]


def test_the_run_a_word_and_an_institutions_noun_make_an_institution():
    text = "She acted in productions in Bogota at the Harriet Moss theatre academy. She is 17."
    assert persons(text) == []
    assert persons("The rocket will soar through the Harriet Moss radiation belts on Friday.") == []


def test_a_manner_or_a_persons_own_institution_stays():
    assert persons("He praised the Harriet Moss drama school of acting, he said.") == ["Harriet Moss"]
    assert persons("She went to Harriet Moss's drama school in York.") == ["Harriet Moss"]


# ---------------------------------------------------- a list of firms; a work's nomination


def test_an_item_of_a_list_of_firms_with_their_acronyms_is_a_firm():
    text = "Firms which back it with real cash include Harriet Moss, Vodafone, O2, First Direct, NTL, and Renault, he said."
    assert persons(text) == []


def test_people_beside_one_acronym_or_bodies_stay():
    text = "Officials from the UN, the EU and Harriet Moss met. Companies such as BT and Harriet Moss agreed."
    assert persons(text) == ["Harriet Moss"]
    text = "Guests included Harriet Moss, Jenny Pollard, John Smith and the heads of BT and IBM."
    assert persons(text) == ["Harriet Moss", "Jenny Pollard", "John Smith"]


def test_a_run_nominated_for_a_best_work_award_is_the_work(gaz):
    assert persons("Vera Drake was nominated for best film. Hilary Swank was nominated for best actress.", gaz) == ["Hilary Swank"]


# ------------------------------------------------------------ a reporting verb glued on


def test_a_reporting_verb_glued_to_a_names_end_is_cut_off():
    text = "It is an evasion of regulation. As Harriet Mossreports, the firm has ignored city regulators."
    assert persons(text) == ["Harriet Moss"]


def test_a_name_with_those_letters_inside_stays_whole():
    # the verb is no tail here, and a name shorter than four letters before it is not cut
    assert persons("Harriet Reportson said so. Ali Bewrote came too.") == ["Ali Bewrote", "Harriet Reportson"]


# ------------------------------------------- a country's divisions by their own type word


def test_a_run_ending_in_a_divisions_type_word_is_a_place():
    assert persons("BHOPAL: Madhya Pradesh continues to report the most cases.") == []
    assert persons("Officials in Kanagawa Prefecture agreed. Fighting in Donetsk Oblast went on.") == []


def test_a_surname_that_is_also_a_divisions_word_stays():
    # "canton" is a surname in the lists: no type word
    assert persons("Harriet Canton said the film would open in May.") == ["Harriet Canton"]


def test_the_run_and_a_products_noun_make_a_brand():
    text = "Arlette Mossberg, the heir to the Harriet Moss perfume and fashion fortune, was convicted."
    assert persons(text) == ["Arlette Mossberg"]


def test_a_persons_own_product_stays():
    assert persons("Harriet Moss's perfume sold out, she said.") == ["Harriet Moss"]


def test_a_given_name_that_is_also_a_town_opens_a_players_name_across_vs():
    assert persons("Harriet Moss vs Sofia Kenin is the final on Sunday.") == ["Harriet Moss", "Sofia Kenin"]
