"""Issue 14, recall kinds of batch 3's tuning part: names the detector missed or split.

Each rule has a positive case and a negative one (text it must leave alone). The
sentences are written for these tests, not copied from the evaluation articles.
"""
from __future__ import annotations

import datetime as dt

from newsclean.cleaners.names import empty_gazetteer, find_persons

DAY = dt.date(2023, 11, 1)


def persons(text, gaz=None, day=DAY, **kw):
    return find_persons(text, day, gaz if gaz is not None else empty_gazetteer(), **kw)[0]


# ------------------------------------------------------------- middle initials


def test_middle_initial_that_is_also_a_word_joins_the_name():
    # "A." and "I." are the words "a" and "I" elsewhere; after a given name and before a
    # capitalised word they are initials, dropped from the canonical name as usual
    assert persons("Marta A. Kowalczyk, the family's lawyer, told reporters.", language="en") == ["Marta Kowalczyk"]
    assert persons("Deputies arrested Helen I. Pruitt, 41, on Monday.", language="en") == ["Helen Pruitt"]
    # negative: after an ordinary word the letter ends a sentence and opens no name
    assert persons("He took vitamin A. Then he left.", language="en") == []
    assert persons("They chose Plan A. Nobody objected.", language="en") == []
    # negative: before a function word the letter still ends the sentence
    assert persons("I met Dorothea A. Then the band played.", language="en") == []


def test_middle_initial_before_a_double_surname_is_one_name():
    assert persons("One organiser was Walter A. Pruitt Reed, her nephew.", language="en") == ["Walter Pruitt Reed"]
    # negative: an initial before two more words that are vocabulary still ends a sentence
    assert persons("Ask Moss L. Transl Med about it.", language="en") == []


# ------------------------------------------------- role and nationality words before a name


def test_demonym_before_a_name_and_a_surname_that_is_a_stop_word():
    text = "Canadian Lena Ostrowski and Irish Thomas Weeks were freed on Tuesday."
    assert persons(text, language="en") == ["Lena Ostrowski", "Thomas Weeks"]
    # negative: the stop word alone, after a number or inside a longer run, is no surname
    assert persons("It took Two Weeks to finish.", language="en") == []
    assert persons("Rand Said", language="en") == []


def test_lowercase_occupation_noun_vouches_for_a_surname_that_is_a_place_or_a_foreign_word():
    text = "Rangers defenseman Brandon Montour scored before winger Jason Zucker’s empty-net goal."
    assert persons(text, language="en") == ["Brandon Montour", "Jason Zucker"]
    # negative: without the occupation noun the place stays a place; English vocabulary
    # or an organisation word after the given name stays a thing even after one
    assert persons("He drove through Brandon Montour last year.", language="en") == []
    assert persons("The winger Jason Square was fast.", language="en") == []
    assert persons("He met the coach at Jordan Hospital.", language="en") == []


def test_capitalised_role_noun_opening_a_sentence_is_not_part_of_the_name():
    assert persons("Defenseman Jonas Brodin had scored earlier.", language="en") == ["Jonas Brodin"]
    assert persons("Public Ombudsman Nadia Cruz’s office said so.", language="en") == ["Nadia Cruz"]
    # negative: a role noun before an office word names no one
    assert persons("The Ombudsman Office said so.", language="en") == []


# ------------------------------------------------------------- generational suffixes


def mentions(text, **kw):
    return [(m.surface, m.canonical) for m in find_persons(text, DAY, empty_gazetteer(), **kw)[1]]


def test_a_name_with_and_without_its_suffix_is_one_person_shown_with_the_suffix():
    text = "Harold Brackett Jr., 55, pleaded guilty. Later Harold W. Brackett apologised and Brackett left."
    assert persons(text, language="en") == ["Harold Brackett Jr."]
    # in either order: the form without the suffix met first takes the suffix later
    text = "Harold Brackett spoke first. Harold Brackett Jr., 55, then pleaded guilty. Brackett left."
    assert persons(text, language="en") == ["Harold Brackett Jr."]
    assert all(c == "Harold Brackett Jr." for _, c in mentions(text, language="en"))
    # negative: two suffixes are two people, and the bare name is neither of them
    text = "Harold Brackett Sr. and Harold Brackett Jr. arrived. Harold Brackett left."
    assert persons(text, language="en") == ["Harold Brackett", "Harold Brackett Jr.", "Harold Brackett Sr."]


def test_a_suffix_is_part_of_the_person_never_their_surname():
    # the surname before the suffix is what a bare mention refers to
    text = "Lionel Ashby Jr. met Lionel Crewe Jr. on Monday. Ashby spoke first."
    assert persons(text, language="en") == ["Lionel Ashby Jr.", "Lionel Crewe Jr."]
    assert ("Ashby", "Lionel Ashby Jr.") in mentions(text, language="en")


def test_a_nickname_with_the_same_surname_is_the_person_named_in_full():
    text = "Patrick Brackett Jr. pleaded guilty. “Pat Brackett is passionate,” his lawyer said."
    assert persons(text, language="en") == ["Patrick Brackett Jr."]
    assert persons("Michael Drury spoke. Mike Drury agreed.", language="en") == ["Michael Drury"]
    # negative: a nickname beside two fuller names is left alone after both; names that
    # are not short forms of each other stay two people
    assert persons("Peter Drury and Patrick Drury met.", language="en") == ["Patrick Drury", "Peter Drury"]
    assert persons("Patricia Drury and Patrick Drury met Pat Drury.", language="en") == ["Pat Drury", "Patricia Drury", "Patrick Drury"]


def test_cross_document_suffixed_people_keep_apart():
    from newsclean.cleaners.names import resolve_across_documents

    docs = [find_persons(t, DAY)[1] for t in ("Lionel Ashby Jr. spoke.", "Lionel Crewe Jr. spoke.", "Lionel Crewe Jr. spoke again.")]
    out = resolve_across_documents(docs)
    assert [m.canonical for m in out[0]] == ["Lionel Ashby Jr."]
    # negative: the same suffixed person across documents is still one
    assert [m.canonical for m in out[2]] == ["Lionel Crewe Jr."]


# ---------------------------------------------- honorifics and roles set off by a comma


def test_hon_is_an_honorific_and_an_initial_form_is_the_person_named_in_full():
    text = "Bartholomew Okafor led the House. Senators mourned Hon. Bolaji Oduya and Rt. Hon. B. U. Okafor."
    assert persons(text, language="en") == ["Bartholomew Okafor", "Bolaji Oduya"]
    # negative: an initial beside two people of that surname with its letter is neither
    text = "Jane Okafor and John Okafor left. Hon. J. Okafor came."
    assert persons(text, language="en") == ["J. Okafor", "Jane Okafor", "John Okafor"]
    # negative: the honorific before an ordinary plural names no one
    assert persons("The Hon. Members agreed.", language="en") == []


def test_a_role_noun_and_a_comma_before_a_name_are_a_cue():
    assert persons("We mourn the Speaker and member , Bolaji Oduya.", language="en") == ["Bolaji Oduya"]
    # negative: without the role noun an unlisted pair stays unsupported
    assert persons("We met them and then , Bolaji Oduya.", language="en") == []


# ------------------------------------------- a given name before a common noun (batch 4 tune)


def test_given_name_and_common_noun_is_a_person_when_the_noun_alone_speaks():
    # "Jobs", "Pay" are English nouns; the article's "Jobs said" / "Pay says" makes them surnames
    text = "And Steve Jobs himself hinted last year that a television was coming. “It is stuck,” Jobs said on Tuesday."
    assert persons(text, language="en") == ["Steve Jobs"]
    text = "Levi Pay, a former director of student services, advises universities. Pay says the bubbles will not hold."
    assert persons(text, language="en") == ["Levi Pay"]


def test_given_name_and_common_noun_stays_a_thing_without_that_evidence():
    # negative: no lone use of the noun as a person, or only as a thing
    assert persons("For years he was called a visionary like Steve Jobs. A book changed that.", language="en") == []
    assert persons("We stayed at the Maria Lodge near the lake. The Lodge has twelve rooms.", language="en") == []
    # negative: a plural noun after a word that is no given name never becomes a person,
    # even when the article uses the noun alone as a subject
    assert persons("Open Windows on the Mac. Windows runs beside macOS. Windows said nothing.", language="en") == []
    # negative: a given name before a word other languages use too is still cut there
    assert persons("New Zealand operates the Scott Base research facility in Antarctica.", language="en") == []
    # negative: a heading glued to a name is still cut ("Jane Doe Updated")
    assert persons("By Jane Doe Updated March 3. The council met.", language="en") == ["Jane Doe"]


def test_a_run_before_a_market_job_and_a_name_is_the_employer():
    assert persons("This summer Piper Jaffray analyst Gene Munster dug through supplier data.", language="en") == ["Gene Munster"]
    assert persons("Wedbush Securities senior analyst Dana Ives expects a rally.", language="en") == ["Dana Ives"]
    # negative: a job one person holds for another keeps both people
    assert persons("Joe Biden adviser Steve Ricchetti said the talks went well.", language="en") == ["Joe Biden", "Steve Ricchetti"]
    # negative: the job after a comma, or with no name after it, says nothing of the run
    assert persons("Gene Munster, an analyst, said sales rose.", language="en") == ["Gene Munster"]


def test_umlaut_spellings_of_a_surname_refer_to_the_person_named_in_full(gaz):
    # batch 5 tune kind (a wrong-person link): "Gerhard Müller" ... "Mueller said" is the
    # cardinal named in full, not the gazetteer's Robert Mueller
    text = "In April, Gerhard Müller, the prefect, quashed that hope. Muller criticized the nuns. “It is a provocation,” Mueller said."
    assert persons(text, gaz, day=dt.date(2014, 12, 16), language="en") == ["Gerhard Müller"]
    # negative: with no one of that name in the article, the gazetteer still decides
    assert persons("“It is a provocation,” Mueller said of the report.", gaz, day=dt.date(2019, 3, 25), language="en") == ["Robert Mueller"]


def test_a_pope_is_titled_like_a_monarch_and_keeps_a_regnal_number():
    # batch 5 tune kind: "Pope Francis", "Pope Benedict XVI" were not found at all
    text = "Six years ago Pope Benedict XVI aimed to curb a spirit. Under Pope Francis the report came out. Francis backed it."
    assert persons(text, language="en") == ["Pope Benedict XVI", "Pope Francis"]
    assert persons("King Louis XIV built Versailles.", language="en") == ["King Louis XIV"]
    # negative: a capital I closing a sentence is no regnal number; "the Pope" alone names no one
    assert persons("They met Pope Francis I. Then they left.", language="en") == ["Pope Francis"]
    assert persons("The Pope said mass on Sunday.", language="en") == []


def test_a_person_cue_keeps_a_name_whose_words_are_also_a_country_or_an_institution():
    # batch 5 tune kinds: "Chad" is a country, "Hall" an institution word; an occupation
    # before the name or a speech verb after it says person
    assert persons('"It is ugly out there," CNN meteorologist Chad Myers said.', language="en") == ["Chad Myers"]
    assert persons('"I have hit the trifecta," Ellie Hall tweeted early Wednesday.', language="en") == ["Ellie Hall"]
    assert persons("In those segments, co-host Rece Davis rules on the bets.", language="en") == ["Rece Davis"]
    # negative: without a cue they stay a place and an institution
    assert persons("The Chad Basin dried up last year.", language="en") == []
    assert persons("The Carnegie Hall concert sold out.", language="en") == []


def test_a_handle_after_a_name_is_a_person_cue():
    # batch 5 tune kind: an embedded post's author line
    text = "Apparently there's a power cut.\n— Jackzelia Banks (@JackieRue) December 22, 2014"
    assert persons(text, language="en") == ["Jackzelia Banks"]
    # negative: an organisation's account stays an organisation
    assert persons("Delays everywhere.\n— Gatwick Airport (@Gatwick_Airport) December 22", language="en") == []


def test_an_occupation_that_is_also_a_surname_before_a_full_name_describes_the_person():
    # batch 4 tune kind: "Farmer Chad Smith" is Chad Smith
    assert persons("Farmer Chad Smith said his family farm stands to lose money.", language="en") == ["Chad Smith"]
    # negative: a surname that is no occupation may open a name or a venue ("Grand Ole Opry")
    assert persons("He played the Grand Ole Opry in Nashville.", language="en") == []
    # negative: a given name that is also an occupation stays the given name
    assert persons("Baker Mayfield threw a pass.", language="en") == ["Baker Mayfield"]


def test_a_courtesy_title_of_another_language_is_not_part_of_the_name():
    # batch 5 tune kind (Spanish): "el Sr. Horrach" is the prosecutor named in full before
    text = "El fiscal Pedro Horrach está aquí. El Sr. Horrach duda de todo."
    assert persons(text, language="es") == ["Pedro Horrach"]
    assert persons("La Sra. Ana García llegó tarde.", language="es") == ["Ana García"]
    # negative: in English "Sr." after a name is a suffix and stays
    assert persons("Harold Brackett Sr. and Harold Brackett Jr. spoke.", language="en") == ["Harold Brackett Jr.", "Harold Brackett Sr."]
