"""Residue rules: each family removes its residue and leaves look-alike article text alone."""
from __future__ import annotations

import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.cleaners.boilerplate import residue
from newsclean.cleaners.boilerplate.residue import (
    CAPTION_MAX_CHARS,
    HEADLINE_MAX_CHARS,
    RESIDUE_MAX_CHARS,
    classify_line,
    looks_like_headline,
    split_title,
    strip_residue,
)

# (rule code, residue line) — every line must be classified with exactly that code
RESIDUE = [
    ("share_widget", "Print Friendly, PDF & Email"),
    ("share_widget", "Share this article"),
    ("share_widget", "Facebook Twitter WhatsApp Email"),
    ("share_widget", "Share on Facebook"),
    ("share_widget", "- Order Reprints"),
    ("share_widget", "Like this story? Share it with a friend!"),
    ("comment_widget", "What do you think?"),
    ("comment_widget", "Notify of"),
    ("comment_widget", "Inline Feedbacks"),
    ("comment_widget", "12 Inline Feedbacks"),
    ("comment_widget", "View all comments"),
    ("comment_widget", "Leave a Reply"),
    ("comment_widget", "Your email address will not be published. Required fields are marked *"),
    ("comment_widget", "Comments"),
    ("image_caption", "Placeholder canvas"),
    ("image_caption", "Photo: Reuters"),
    ("image_caption", "US Secretary of State Michael Pompeo (left) and a diplomat (right) (Source: RIA Novosti)"),
    ("image_caption", "The core stage at Michoud (credit: NASA/Jude Guidry)"),
    ("appeal", "Help us grow. Support The Duran on Patreon!"),
    ("appeal", "Support Our Site on Patreon"),
    ("appeal", "Sign up for our daily newsletter"),
    ("appeal", "Subscribe to NJ.com’s newsletters."),
    ("appeal", "Click here to subscribe to The Paradigm Newsletter"),
    ("appeal", "GET FOX BUSINESS ON THE GO BY CLICKING HERE"),
    ("appeal", "CLICK HERE TO GET THE FOX NEWS APP"),
    ("appeal", "Click here to download our free newsletter."),
    ("appeal", "Thanks for signing up!"),
    ("disclaimer", "The statements, views and opinions expressed in this column are solely those of the author."),
    ("disclaimer", "The views and opinions expressed in the article do not necessarily reflect those of X."),
    ("disclaimer", "Disclaimer: This is not investment advice."),
    ("copyright", "Copyright 2019 Hawaii News Now. All rights reserved."),
    ("copyright", "© 2019 Associated Press. All Rights Reserved."),
    ("copyright", "Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved"),
    ("copyright", "copyright Inexhibit 2019 - ISSN: 2283-5474"),
    ("tag_widget", "in ,"),
    ("tag_widget", "Tags: Russia, Lavrov, diplomacy"),
    ("tag_widget", "Posted in Politics, World"),
    ("tag_widget", "Filed under: Syi'ah |"),
    ("related_link", "Related: The 15 Weirdest Galaxies in Our Universe"),
    ("related_link", "READ MORE: China plague outbreak confirmed"),
    ("related_link", "You may also like:"),
    ("related_link", "Hong Kong 'threatened with Chinese military intervention' [REACTION]"),
    ("related_link", "Also on rt.com Journalists threatened with sedition arrests"),
    ("contact_credit", "Follow NBC Latino on Facebook, Twitter and Instagram."),
    ("contact_credit", "Write to Al Root at allen.root@dowjones.com"),
    ("contact_credit", "(Reporting by Will Dunham; Editing by Tom Brown)"),
    ("contact_credit", "Fox News’ Jessica Napoli contributed to this report."),
]

# Article text that resembles residue and must be kept.
ARTICLE = [
    "Share prices fell 3% on Monday",
    "“OK,” Putin said, and quickly moved on.",
    "Politico reports:",
    "Recently I wrote for The Duran an article that suggested a deal had been reached.",
    "What do you think the Kremlin wants from this meeting, a reporter asked Lavrov.",
    "Comments by the minister were later withdrawn.",
    "Copyright infringement cases rose in 2019, the court said.",
    "Copyright law changed in 2019.",
    "More than 100 people were killed in the clashes.",
    "Posted in Afghanistan for two years, the officer said he saw no progress.",
    "Topics to discuss include trade and Venezuela.",
    "Reporting by the Times found that the ministry had lied.",
    "Donate blood if you can, officials urged residents on Friday.",
    "Sign up for the draft was mandatory for all men over 18.",
    "The statements were expressed in a letter to the editor, he said.",
    "Photos show the damage across the city.",
    "Moscow will resist by all means any attempts to oust Maduro (Interfax, May 3).",
    "He said the strike was justified (Source: Reuters). Then he left the room.",
    "Facebook and Twitter removed the accounts on Monday.",
    "The by-election 2019 result surprised everyone.",
    "Click here to get more information or download this game.",  # points at the story's subject
    "Click here to download the full report from the ministry.",
]


# Residue kinds seen in already-extracted feeds (news-please output of BBC, NPR, NYT, USA
# Today, The Independent, China Daily pages), each with article text it must leave alone.
FEED_RESIDUE = [
    ("image_caption", "Image copyright Getty Images Image caption The pair have been friends for over 20 years"),
    ("image_caption", "Image caption The Taliban claimed responsibility for the attack"),
    ("image_caption", "Media caption Ex-minister speaks about the vote"),
    ("image_caption", "Enlarge this image toggle caption Brendan Smialowski/Getty Images Brendan Smialowski/Getty Images"),
    ("image_caption", "Croydon Tram derailment 8 show all Croydon Tram derailment 1/8 The scene after a tram overturned"),
    ("appeal", "Newsletter Sign Up Continue reading the main story Get the Morning Briefing by Email"),
    ("appeal", "Continue reading the main story"),
    ("appeal", "Keep up with this story and more by subscribing now"),
    ("share_widget", "Read or Share this story: https://usat.ly/2FDg8kl"),
    ("contact_credit", "Follow USA TODAY reporter Mike Snider on Twitter: @MikeSnider."),
    ("contact_credit", "Email: ebaig@usatoday.com; Follow USA TODAY Personal Tech Columnist @edbaig on Twitter"),
    ("copyright", "Copyright 1995 - . All rights reserved. The content (including but not limited to text, photo, "
                  "multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC)."),
    ("image_caption", "David Becker/Getty Images"),
    ("image_caption", "Dimitrios Kambouris/WireImage via Getty Images, FILE"),
    ("image_caption", "Rihanna had just spent the holiday with her cousin Tavon. Dimitrios Kambouris/Getty Images"),
    ("image_caption", "Timberlake performs during the halftime show. (Patrick Smith/Getty Images)"),
    ("image_caption", "Cubs players celebrate the moment of triumph (Getty Images)"),
    ("image_caption", "6/34 25 November 2017 Arlene Foster gives her leader's speech at La Mon House Getty Images"),
    ("image_caption", "Getty Images - Getty South Korean army's K-55 artillery takes part in a live fire exercise today"),
    ("related_link", "Chicago Cubs end most storied title drought in American sporting folklore | Bryan Armen Graham Read more"),
    ("related_link", "The 10 greatest Super Bowl half-time shows - Ranked! Read more"),
]
FEED_ARTICLE = [
    "Media caption writers were told to be brief.",
    "Photo copyright disputes are common among agencies, lawyers say.",
    "Image quality matters more than megapixels, the reviewer said.",
    "Millions follow the president on Twitter: @realDonaldTrump has 50 million followers.",
    "The show all but collapsed after 3 seasons, with ratings down 1/3.",
    "Continue reading the report, he urged members of the committee.",
    "Readers can keep up with the trial by subscribing to the court's alerts, the clerk said.",
    "File photos of the suspect were released on Monday. Police said more would follow.",
    "Copyright holders say the new rules reserve too little for them, a study found.",
    "LONDON (Reuters) - Oil prices rose on Monday.",
    "Getty Images said on Monday it would cut 200 jobs.",
    "Shares of Getty Images rose 5% after the deal with Shutterstock.",
    "He told the AP/NORC poll that he would vote for the first time.",
    "The minister resigned on Friday, according to AP.",
    "Read more about the letter obtained by the NYT here.",
]
RESIDUE += FEED_RESIDUE
ARTICLE += FEED_ARTICLE


@pytest.mark.parametrize(("code", "line"), RESIDUE)
def test_residue_line_classified(code, line):
    assert classify_line(line) == code


@pytest.mark.parametrize("line", ARTICLE)
def test_article_line_kept(line):
    assert classify_line(line) is None
    assert strip_residue(line).text == line
    assert strip_residue(line).changes == []


@pytest.mark.parametrize(("code", "line"), RESIDUE)
def test_residue_line_removed_with_change(code, line):
    text = f"First paragraph of the story, which is long enough.\n\n{line}\n\nLast paragraph of the story."
    out = strip_residue(text)
    assert line not in out.text.split("\n")
    assert out.text == "First paragraph of the story, which is long enough.\n\nLast paragraph of the story."
    assert (code, line) in [(c.rule, c.detail) for c in out.changes]
    assert all(c.step == "boilerplate" for c in out.changes)


def test_long_lines_are_never_rule_residue():
    line = "Share this article " + "with everyone you know " * 20
    assert len(line) > RESIDUE_MAX_CHARS
    assert classify_line(line) is None


def test_caption_credit_requires_a_single_short_phrase():
    short = "A crowd in Red Square (Source: TASS)"
    assert classify_line(short) == "image_caption"
    long_caption = "x" * (CAPTION_MAX_CHARS + 1) + " (Source: TASS)"
    assert classify_line(long_caption) is None


def test_teaser_marker_removed_sentence_kept():
    text = "Some exercises had already drawn to a close. [Continue reading…]"
    out = strip_residue(text)
    assert out.text == "Some exercises had already drawn to a close."
    assert [(c.rule, c.detail) for c in out.changes] == [("teaser_marker", "[Continue reading…]")]


def test_teaser_marker_alone_in_brackets_mid_text_kept():
    text = "He wrote “[Continue reading…]” on the board and left."
    assert strip_residue(text).text == text


def test_empty_author_byline_gives_date():
    out = strip_residue("Title\n\nBy | February 14, 2022\n\nBody text here.")
    assert out.text == "Title\n\nBody text here."
    assert out.byline_date == "February 14, 2022"
    assert ("byline_empty", "By | February 14, 2022") in [(c.rule, c.detail) for c in out.changes]


@pytest.mark.parametrize("line", ["By John Smith | February 14, 2022", "By the way, it rained.", "by-election 2019"])
def test_byline_with_author_or_prose_kept(line):
    out = strip_residue(line)
    assert out.text == line and out.byline_date is None


def test_publication_header_to_metadata():
    out = strip_residue("Headline\n\nPublication: Eurasia Daily Monitor Volume: 16 Issue: 72\n\nBody.")
    assert out.publication == "Eurasia Daily Monitor"
    assert out.text == "Headline\n\nBody."
    assert strip_residue("Publication: the date of the report is not known.").publication is None


def test_trailing_related_block_after_footer():
    text = (
        "The article's last paragraph ends here.\n\nView all comments\n\n"
        "Emmanuel Macron’s victory is a colour revolution in disguise\n\n"
        "This petition against Dove soap is gaining steam"
    )
    out = strip_residue(text)
    assert out.text == "The article's last paragraph ends here."
    assert [c.rule for c in out.changes].count("related_block") == 2


def test_trailing_prose_after_footer_kept():
    text = "Intro paragraph.\n\nShare this article\n\nThe story continues in this paragraph. It has sentences."
    out = strip_residue(text)
    assert out.text == "Intro paragraph.\n\nThe story continues in this paragraph. It has sentences."
    assert "related_block" not in [c.rule for c in out.changes]


def test_headline_lines_without_footer_kept():
    text = "A paragraph of the article.\n\nA subheading in the story\n\nMore article text follows."
    assert strip_residue(text).text == text


def test_looks_like_headline_bounds():
    assert looks_like_headline("Emmanuel Macron’s victory is a colour revolution")
    assert not looks_like_headline("A sentence. Another sentence.")
    assert not looks_like_headline("Word")
    assert not looks_like_headline("x " * (HEADLINE_MAX_CHARS // 2 + 1))


def test_single_newline_text_html_path():
    text = "Para one.\nCLICK HERE TO GET THE FOX NEWS APP\nPara two.\n© 2019 Fox News Network"
    assert strip_residue(text).text == "Para one.\nPara two."


def test_split_title():
    assert split_title("Is Russia’s Foreign Minister Out?\nRumors grow.") == ("Is Russia’s Foreign Minister Out?", "Rumors grow.")
    assert split_title("This is a sentence.\nNext.") == (None, "This is a sentence.\nNext.")
    assert split_title("Only one line") == (None, "Only one line")


def test_doctests():
    assert doctest.testmod(residue).failed == 0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([line for _, line in RESIDUE] + ARTICLE + ["", "By | May 3, 2019", "x"]), max_size=12),
       st.sampled_from(["\n", "\n\n"]))
def test_idempotent_and_never_raises(lines, sep):
    text = sep.join(lines).strip()
    once = strip_residue(text).text
    assert strip_residue(once).text == once


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_on_any_string(text):
    out = strip_residue(text)
    assert isinstance(out.text, str)


def test_nav_menu_run_dropped_in_paragraph_text():
    from newsclean.cleaners.boilerplate.residue import NAV_RUN_MIN

    menu = "\n".join(["Home", "World", "Business", "Big Data", "PC Gaming"][:NAV_RUN_MIN])
    text = f"{menu}\n\nThe article starts here. It has sentences.\n\nSecond paragraph."
    out = strip_residue(text)
    assert out.text == "The article starts here. It has sentences.\n\nSecond paragraph."
    assert [c.rule for c in out.changes] == ["nav_menu"] * NAV_RUN_MIN


def test_short_runs_lists_and_extractor_output_not_menus():
    from newsclean.cleaners.boilerplate.residue import NAV_RUN_MIN

    short_run = "\n".join(["Home", "World", "Business"][: NAV_RUN_MIN - 1]) + "\n\nBody text. More."
    assert strip_residue(short_run).text == short_run
    bullets = "- Salt\n- Pepper\n- Olive oil\n- Lemon\n\nMix them. Serve."
    assert strip_residue(bullets).text == bullets
    # one paragraph a line, no blank lines (trafilatura output): table rows stay
    rows = "Results:\nSalina South\nTrinity Academy\nWichita North\nWichita East\nThe meet ended late."
    assert strip_residue(rows).text == rows


# --- issue 16: the menu rule across scripts, code and pipe menus; teaser lines ----------------


def test_word_count_counts_scripts_without_spaces():
    from newsclean.cleaners.boilerplate.residue import CHARS_PER_WORD_NO_SPACE, word_count

    assert CHARS_PER_WORD_NO_SPACE == 2
    assert word_count("Big Data") == 2
    assert word_count("首页") == 1 and word_count("国际新闻") == 2
    assert word_count("ニュース速報") == 3
    assert word_count("Home 首页") == 2


def test_cjk_prose_lines_are_not_a_menu():
    zh = [
        "在抗击新冠肺炎疫情的日子里封在武汉的父母们总要回应孩子的追问",
        "即便日常已改变了模样但生活依然要继续",
        "钟南山院士说武汉肯定能过关",
        "这英雄的城市称谓并非流连于历史的功勋",
    ]
    text = "\n".join(zh) + "\n\n" + "正文。"
    assert strip_residue(text).text == text
    ja = "東京都は本日新たに感染者を確認した\n政府は対策を強化する方針だ\n専門家は警戒を呼びかけている\n市場は落ち着いている\n\n終わり。"
    assert strip_residue(ja).text == ja


def test_cjk_sentence_ends_end_a_menu_item():
    short = "\n".join(["新闻。", "体育！", "财经？", "科技。"]) + "\n\n正文。"
    assert strip_residue(short).text == short


def test_cjk_menu_run_still_dropped():
    from newsclean.cleaners.boilerplate.residue import NAV_RUN_MIN

    menu = ["首页", "新闻", "体育", "财经", "科技"][:NAV_RUN_MIN]
    text = "\n".join(menu) + "\n\n钟南山院士说：“武汉本来就是一个英雄的城市，武汉肯定能过关。”"
    out = strip_residue(text)
    assert out.text.startswith("钟南山")
    assert [c.rule for c in out.changes] == ["nav_menu"] * NAV_RUN_MIN


@pytest.mark.parametrize(
    "run",
    [
        ["SELECT name", "FROM users", "WHERE id = 1", "ORDER BY name"],
        ["def main():", "x = load()", "return x", "main()"],
        ["1:0 Ajax", "2:1 PSV", "0:0 Feyenoord", "3:2 Twente"],
        ["12.5 %", "13.1 %", "9.8 %", "11.0 %"],
    ],
)
def test_code_sql_and_data_runs_are_not_menus(run):
    from newsclean.cleaners.boilerplate.residue import CODE_RUN_MIN_SHARE

    assert CODE_RUN_MIN_SHARE == 0.5
    text = "\n".join(run) + "\n\nThe query returns every user. It is fast."
    assert strip_residue(text).text == text


def test_pipe_separated_menu_line_dropped():
    text = "Home | World | Business | Tech | Sport\n\nThe article starts here. It has sentences."
    out = strip_residue(text)
    assert out.text == "The article starts here. It has sentences."
    assert [(c.rule, c.detail) for c in out.changes] == [("nav_menu", "Home | World | Business | Tech | Sport")]
    # also in extractor output (one paragraph a line)
    assert strip_residue("Startseite | Politik | Wirtschaft\nBody text. More.").text == "Body text. More."


@pytest.mark.parametrize(
    "line",
    [
        "| Team | Won | Lost |",  # a table row
        "Berlin | Paris",  # two items
        "He said this | and then he left, as usual. | It rained.",  # sentences
        "Q1 | 12.5 | 13.1 | 9.8",  # figures
    ],
)
def test_pipe_lines_that_are_not_menus_kept(line):
    text = f"{line}\n\nBody text. More."
    assert strip_residue(text).text == text


def test_teaser_marker_on_its_own_line_dropped():
    text = "Some exercises had already drawn to a close.\n\n[Continue reading…]\n\nNext paragraph."
    out = strip_residue(text)
    assert out.text == "Some exercises had already drawn to a close.\n\nNext paragraph."
    assert [(c.rule, c.detail) for c in out.changes] == [("teaser_marker", "[Continue reading…]")]
    assert strip_residue("A line.\nRead more »\nAnother line.").text == "A line.\nAnother line."


def test_teaser_words_inside_a_sentence_kept():
    for text in ("Continue reading the report, she said.", "[Continue reading…] is what the button says, he wrote."):
        assert strip_residue(text).text == text


def test_a_removed_widget_line_does_not_break_a_menu_run():
    # one pass finds the run of menu items the share widget stood inside, so a second pass has nothing to do
    text = "Share prices fell 3% on Monday\n\nHome\nNews\nSport\nPrint Friendly, PDF & Email\nWeather"
    once = strip_residue(text)
    assert once.text == "Share prices fell 3% on Monday"
    assert strip_residue(once.text).changes == []
    # three items are still too few for a menu, widget or not
    short = "Share prices fell 3% on Monday\n\nHome\nNews\nPrint Friendly, PDF & Email\nSport"
    assert strip_residue(short).text == "Share prices fell 3% on Monday\n\nHome\nNews\nSport"



def test_a_wire_photo_caption_glued_before_the_lead_is_cut_and_the_lead_kept():
    text = (
        "FILE - In this Nov. 2, 2017 file photo, model Chrissy Teigen poses at the Revolve Awards in "
        "Washington, D.C. on Friday. An airline says a Tokyo-bound flight returned to Los Angeles.\n\n"
        "The airline apologised."
    )
    out = strip_residue(text)
    assert out.text == "An airline says a Tokyo-bound flight returned to Los Angeles.\n\nThe airline apologised."
    assert [c.rule for c in out.changes] == ["image_caption"]
    assert out.changes[0].detail.endswith("Washington, D.C. on Friday.")  # an initial is no sentence end
    assert strip_residue(out.text).changes == []  # idempotent


def test_a_caption_line_alone_goes_whole():
    line = "FILE - In this Dec. 28, 2017 file photo, Ahed Tamimi is brought to a courtroom near Jerusalem."
    out = strip_residue(f"The court met on Monday, officials said.\n\n{line}\n\nShe denied the charges.")
    assert out.text == "The court met on Monday, officials said.\n\nShe denied the charges."
    assert ("image_caption", line) in [(c.rule, c.detail) for c in out.changes]
