"""The residue pass over extracted text: page furniture that survived extraction.

Rules come in families, each with a stable rule code (the ``rule`` of the
:class:`~cleaners.change.Change` recording every dropped line or marker):

===================  ==========================================================
``share_widget``     "Print Friendly, PDF & Email", "Share this article", a line of network names
``comment_widget``   "What do you think?", "Notify of", "Leave a Reply", ...
``image_caption``    "Placeholder canvas", a caption ending in "(Source: ...)"/"(credit: ...)", a photo
                     credit ("David Becker/Getty Images", "... (Getty Images)"), caption widget
                     labels ("Image copyright X Image caption Y", "Enlarge this image toggle
                     caption"), a gallery slide ("6/34 ... Getty Images"), and a wire photo's
                     caption glued before the lead ("FILE - In this ... file photo, ...": only
                     that sentence goes)
``appeal``           donation, newsletter and app appeals ("Help us grow. Support X on Patreon!")
``disclaimer``       "The statements, views and opinions expressed ..."
``copyright``        copyright and footer lines
``tag_widget``       empty category widgets ("in ,"), "Tags: ...", "Posted in ...", "Filed under: ..."
``teaser_marker``    "[Continue reading…]" at a line end (the sentence before it stays)
                     or on a line of its own (the line goes)
``related_link``     "Related: ...", "READ MORE: ...", "Headline [VIDEO]"
``contact_credit``   "Follow us on ...", "Write to X at x@y.com", "Reporting by ...; Editing by ..."
``byline_empty``     "By | February 14, 2022" (the date goes to the dates stage)
``publication_header`` "Publication: X Volume: N Issue: M" (the name goes to metadata)
``related_block``    the trailing block of headline-like lines after a footer widget
``nav_menu``         a run of short menu items on consecutive lines (not code, SQL
                     or table data), or one line of "|"-separated menu items
===================  ==========================================================

Every rule matches a whole (short) line; long lines are article prose and are
never touched except for the teaser marker at their end.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsclean.cleaners.change import Change

STEP = "boilerplate"

TITLE_MAX_CHARS = 250  # a first line longer than this is a paragraph, not a headline

# Residue lines are short. A line longer than this is prose and no line rule
# applies to it (a disclaimer or appeal paragraph rarely exceeds 300 characters).
RESIDUE_MAX_CHARS = 320
# A trailing related-article headline is at most this long and does not end
# like a sentence; an article's last paragraph is longer or ends with a period.
HEADLINE_MAX_CHARS = 160
# A photo caption before a "(Source: ...)" credit is one phrase of at most this many characters.
CAPTION_MAX_CHARS = 300
# A widget whose opening words cannot start prose ("Newsletter Sign Up Continue reading the
# main story ...", a gallery's "8 show all ... 1/8", "Copyright ... All rights reserved") is
# residue up to this length: extractors join its whole text into one line.
WIDGET_MAX_CHARS = 1000

_I = re.IGNORECASE
# photo agencies whose credit closes or opens a caption (not the news agencies' datelines:
# "(Reuters) -" opens a story, so Reuters and AP count only with a photographer "Name/Reuters")
_AGENCIES = (
    r"(?:getty images|afp|epa|shutterstock|alamy|wireimage|filmmagic|nurphoto|sopa images|pa images|pa wire|"
    r"invision|bloomberg|reuters|ap|associated press|ap photo|xinhua|anadolu(?: agency)?|dpa|imago|tass)"
)
_NETWORKS = (
    r"facebook|twitter|x|whatsapp|e-?mail|linkedin|pinterest|reddit|telegram|tumblr|vk|"
    r"messenger|flipboard|pocket|print|share|tweet|copy(?: link)?|sms|mail|google\+?|viber|line|skype"
)
_END = r"[\s.!?…:]*"  # trailing punctuation a widget line may carry
# a short list of tags/categories: up to 12 items of up to 4 words, comma- or pipe-separated
_ITEM = r"[^\s.!?:,|]+(?: [^\s.!?:,|]+){0,3}"
_ITEMS = rf"(?:{_ITEM}(?:\s*[,|]\s*{_ITEM}){{0,11}})?\s*[,|]?"


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?:" + "|".join(alternatives) + r")" + _END, _I)


# code -> full-line patterns. Order matters only for which code a line gets.
LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "share_widget",
        _rx(
            r"print friendly,? pdf (?:&|and) email",
            r"(?:share|tweet|email|print|save)(?: this)? (?:article|story|post|page)(?: on| via| with)?(?: \w+)?",
            r"share (?:on|via|with) \w+(?: \w+)?",
            r"share(?: this)?|sharing is caring|click to (?:share|tweet|print|email)\b.*",
            r"tweet(?: this)?|pin it",  # a share button's label on a line of its own
            r"[-•·*]?\s*(?:order reprints|print article|email article|save article|reprints?|permalink)",
            rf"(?:(?:{_NETWORKS})[\s,|/•·]*){{2,}}",
            r"like this (?:story|article)\? share it with a friend!?",
            r"this article has been sent to",
            r"read or share this (?:story|article|post)\s*:?\s*\S*",  # "Read or Share this story: https://usat.ly/..."
        ),
    ),
    (
        "comment_widget",
        _rx(
            r"what do you think\??",
            r"notify of(?: new)?(?: (?:follow-up )?(?:comments|replies)(?: by email)?)?",
            r"\d*\s*inline feedbacks?",
            r"view all comments?",
            r"(?:leave|post|add|write) (?:a )?(?:reply|comment|response)",
            r"your email address will not be published\.?.*",
            r"(?:\d+\s+)?comments?|(?:no|show|hide|load more|read) comments?",
            r"(?:newest|oldest)(?: oldest| newest)?(?: most voted)?",
            r"comments are closed\.?.*",
            r"join the (?:discussion|conversation)",
            r"(?:log ?in|sign in|subscribe) to (?:comment|reply|join the discussion)",
            r"tell us what (?:you|YOU) think\.*",
            r"be the first to comment",
            # a comment form's field labels: "Name (required)", "Mail (will not be published) (required)"
            r"(?:name|e-?mail|mail)\s*(?:\((?:required|will not be published)\)\s*){1,2}",
            # a blog's trackback widget: "TrackBack URL for this entry:", "Listed below are links to weblogs that reference X:"
            r"trackback url for this (?:entry|post)\s*:?",
            r"listed below are links to (?:weblogs|blogs|sites) that reference\b.{0,200}",
        ),
    ),
    (
        "image_caption",
        _rx(
            r"placeholder(?: canvas| image)?",
            r"(?:image|photo|picture|video)(?: \d+ of \d+)?",
            r"(?:image|photo|picture)s?(?: (?:source|credit|courtesy))?\s*:\s*[^.]{0,60}",
            r"loading(?: (?:image|video|gallery))?",
            # a caption widget's labels written into the text: "Image copyright Getty Images Image
            # caption The pair have been friends", "Media caption ...", "Enlarge this image toggle
            # caption X/Getty Images", "hide caption"
            r"(?:image|media|video|photo) (?:copyright|caption|source|credit)\s+(?-i:[A-Z0-9\"“‘'(]).*",
            r"(?:enlarge this image|toggle caption|hide caption|itoggle caption)\b.*",

        ),
    ),
    (
        "appeal",
        _rx(
            r"help us grow\..*",
            r"support .{1,80} on (?:patreon|substack|ko-fi|paypal)!?",
            r"(?:please )?(?:donate|consider donating|make a donation)(?: now| today| here)?(?: to [\w ]{1,40})?",
            r"become a (?:patron|member|subscriber|supporter)\b.{0,80}",
            r"(?:sign up|subscribe)(?: now| today)?(?: for| to)? .{0,120}"
            r"\b(?:newsletters?|alerts|updates|e-?mails?|briefing|digest|inbox|channel|podcast)\b.*",
            r"sign up:.*",
            r"(?:get|start) (?:the|your|our) .{0,100}\b(?:delivered|in your inbox|newsletter)\b.*",
            r"click here to (?:subscribe|sign up|join|support|donate|follow)\b.*",
            # "click here to get/download" is an appeal only for the app, newsletter or alerts;
            # "Click here to get more information or download this game" points at the article's subject
            r"click here to (?:get|download)\b.{0,80}\b(?:apps?|newsletters?|alerts|updates|podcasts?)\b.*",
            r"(?:get|download) .{1,60} by clicking here",
            r"thanks for (?:signing up|subscribing)!?",
            r"there was an error processing your subscription\.?",
            r"keep an eye on your inbox\b.*",
            r"if you (?:enjoyed|liked|valued) this (?:article|story|post)\b.*",
            # "Newsletter Sign Up Continue reading the main story ...": a sign-up box and the
            # "continue reading" link around it
            r"continue reading the main story\b.*",
            r".{0,80}\bby subscribing (?:now|today|here)\b.*",  # "Keep up with this story and more by subscribing now"
        ),
    ),
    (
        "disclaimer",
        _rx(
            r"(?:the )?(?:statements|views|opinions)(?:,? (?:views|opinions))*(?:,? and (?:views|opinions))? "
            r"expressed (?:in|on|here|herein|by)\b.*",
            r"disclaimer:.*",
            r"this copy is for your personal,? non-commercial use only\b.*",
            r"if you buy something through (?:this|our) (?:post|links?|article)\b.*",
        ),
    ),
    (
        "copyright",
        _rx(
            r"(?:copyright\s*)?(?:©|ⓒ|\(c\)\s*\d{4}).{0,200}",  # "© 2019 X", "Copyright ⓒ X"
            # "Copyright 1995 - . All rights reserved. The content (including ...) published in this site belongs to X"
            r"copyright\b.{0,60}\ball rights reserved\b.*",
            r"copyright\s+(?:\S+\s+)?\d{4}\b.{0,200}",  # "Copyright 2019 X", "copyright X 2019 - ISSN"
            r".{0,150}\ball rights reserved\b.{0,100}",
            r"this material may not be published, broadcast, rewritten,? or redistributed\b.*",
            r"an error has occurred, please try again later",
        ),
    ),
    (
        "tag_widget",
        _rx(
            r"(?:posted )?in\s*[,|/]+\s*",  # an empty category widget: "in ," "in |"
            rf"(?:posted in|filed under|tagged(?: with)?)\s*:?\s*{_ITEMS}",
            rf"(?:tags?|topics?|categories|category|keywords)\s*:\s*{_ITEMS}",
        ),
    ),
    (
        "related_link",
        _rx(
            r"(?:related|related articles?|related posts?|related stories|related content|read more|"
            r"read also|see more|see also|more|also read|recommended|you may also like|"
            r"you might also like|more from [\w .]{1,40}|popular on [\w .]{1,40}|most read(?: in [\w ]{1,40})?|"
            r"most popular(?: stories| articles| posts| now)?|view all posts (?:by|in) [\w .'’-]{1,40}|"
            r"don'?t miss|explore further|more stories|top stories|trending now|"
            r"more (?:[\w'’-]+ ){0,4}(?:stories|news|articles|coverage|headlines) (?:from|on|at) [^.:]{1,60})"
            r"(?:\.\.\.|…)?(?:\s*[:|]\s*.{0,200})?",
            r"also on \w+\.\w+\s.{0,200}",  # "Also on rt.com Headline"
            r"\(\s*(?:leggi anche|read also|read more|see also)\b[^)]*\)",
            r".{10,200}\s\[(?:VIDEO|INSIGHT|NEWS|REACTION|PICTURES|PHOTOS|POLL|REVEAL|ANALYSIS|LATEST|LIVE|WATCH|"
            r"MAP|GRAPHIC|COMMENT|REVEALED|UPDATE)\]\s*\|?",
        ),
    ),
    (
        "contact_credit",
        _rx(
            # "Follow World News on NBCNews.com on Twitter and Facebook"
            r"follow (?:us|[\w.]+(?: [\w.]+){0,5}) on (?:twitter|facebook|instagram|youtube|linkedin|telegram)\b.*",
            # a reporter's promo line: "Follow USA TODAY reporter Mike Snider on Twitter: @MikeSnider."
            r"follow (?:[\w.'’-]+ ){1,8}on (?:twitter|facebook|instagram|x|threads|bluesky)\s*:?\s*@\w+.*",
            r"(?:e-?mail|contact)\s*:\s*[\w.+-]+@[\w-]+\.[\w.]+\b.*",  # "Email: ebaig@usatoday.com; Follow ..."
            r"(?:write to|email|contact|reach) .{1,60} at [\w.+-]+@[\w-]+\.[\w.]+\b.*",
            # "Reporting by Will Dunham and Jane Doe": names only (capitalized words), no sentence
            r"(?:additional )?reporting by (?-i:[A-Z][\w'’.-]*(?:(?:,\s*|\s+and\s+|\s+)[A-Z][\w'’.-]*){0,8})",
            r"(?:additional )?reporting by .{1,200}\bediting by [^.]{1,100}",
            r"\(reporting by [^)]{1,300}\)",
            r"(?:editing|edited|writing) by [^.]{1,120}",
            r"[\w .,'’&-]{1,160} contributed (?:reporting|to this (?:report|article|story))\b.*",
            r"[\w.+-]+@[\w-]+\.[\w.]+",
            r"(?:https?://)?(?:www\.)?(?:twitter|facebook|instagram)\.com/\S+",
        ),
    ),
)

# Rules whose line marks the end of the article body: anything headline-like
# after one of these is the "related articles" block.
FOOTER_RULES = frozenset({"share_widget", "comment_widget", "appeal", "disclaimer", "copyright"})

# A navigation menu: at least NAV_RUN_MIN consecutive lines (no blank line
# between them) of at most NAV_ITEM_MAX_WORDS words each, none ending like a
# sentence. Article paragraphs are separated or long; lists carry markers.
NAV_RUN_MIN = 4
NAV_ITEM_MAX_WORDS = 4
# Scripts written without spaces (Chinese, Japanese, Thai, ...) have no words to
# split on: every this many of their characters count as one word (a Chinese
# word is 1-2 characters; "首页" is one menu item, a 30-character sentence 15 words).
CHARS_PER_WORD_NO_SPACE = 2
# A run whose lines are mostly code, SQL or table data is content, never a menu:
# at least this share of its lines carry code punctuation, an SQL or code
# keyword, or a figure (menu items are words; results and prices have numbers).
CODE_RUN_MIN_SHARE = 0.5
# A single line of at least this many "|"-separated short items (no table row:
# it does not start with "|") is a navigation bar: "Home | World | Business".
NAV_PIPE_MIN_ITEMS = 3
_LIST_MARKER = re.compile(r"^(?:[-*•·–]\s|\d+[.)]\s|\|)")
_NO_SPACE_SCRIPT = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)
_SENTENCE_ENDINGS = (".", "!", "?", ":", ";", ",", "”", '"', "。", "！", "？", "．", "、", "，", "；", "：", "」", "』")
_CODE_LINE = re.compile(
    r"[{}();=<>\[\]]|^\s*(?:select|insert|update|delete|create|drop|alter|from|where|join|group by|order by|"
    r"def|class|import|return|if|for|while|var|let|const|function|public|private|#include)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d")  # scores, prices, dates, table figures

_TEASER_MARKER = re.compile(
    r"\s*[\[(](?:continue reading|read more|read the full (?:article|story))\s*(?:…|\.\.\.|»|→)?\s*[\])]\s*$"
    r"|\s*(?:continue reading|read more)\s*(?:…|\.\.\.|»|→)\s*$"
    r"|\s*click to tweet\s*$",
    _I,
)
# every teaser marker ends in one of these words (and a bracket or an arrow): a cheap test first
_TEASER_WORDS = re.compile(r"reading|more|story|article|tweet", _I)
_CAPTION_CREDIT = re.compile(
    r"(?P<caption>.+?)\s*\((?:source|photo|photos|image|images|credit|credits|photo credit|picture|foto|fonte)\s*:"
    r"[^()]{1,120}\)\s*",
    _I,
)
# "By | February 14, 2022", "By  |  Feb. 14, 2022": a byline whose author field is empty.
_EMPTY_BYLINE = re.compile(r"by(?:\s*\||\s+[–—-])\s*(?P<date>(?:\d|[a-z]{3,9}\.?\s+\d)[\w .,/:-]*)", _I)
_PUBLICATION = re.compile(
    r"publication:\s*(?P<pub>.+?)\s+volume:\s*(?P<volume>\S+)\s+issue:\s*(?P<issue>\S+)\s*", _I
)
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s")  # a sentence boundary inside a line
# A wire photo's caption glued before the story: "FILE - In this Nov. 2, 2017 file photo, model
# Chrissy Teigen poses at ... in Los Angeles. An airline says ..." (extractors join the caption
# to the lead). Its first sentence is the caption; it ends at a period that is not an initial
# ("D.C.", "U.S.") and is followed by a capital letter.
_FILE_PHOTO = re.compile(r"file\s*[-–—]+\s*in this\b.{0,60}?\bphoto\b\s*,", _I)
_CAPTION_END = re.compile(r"(?<![A-Z])[.!?][\"”’')\]]*\s+(?=[A-Z\"“‘'])")
_BLANK_RUN = re.compile(r"\n{3,}")
# A residue line left unfinished ("... or visit", "TrackBack URL for this entry:") goes on
# in the next line when that line is a bare address: the address goes with it.
_UNFINISHED = re.compile(r"(?:\b(?:visit|at|see|go to)|:)\s*$", _I)
_BARE_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", _I)
# A blog's post navigation: "« Previous post | Main | Next post »" (either side may be missing).
_POST_NAV = re.compile(
    r"«[^|«»]{1,200}\|\s*(?:main|home)\s*(?:\|[^|«»]{1,200}»)?|(?:main|home)\s*\|[^|«»]{1,200}»", _I
)


@dataclass(slots=True)
class Residue:
    text: str
    changes: list[Change] = field(default_factory=list)
    byline_date: str | None = None  # date text of a dropped byline, for the dates stage
    publication: str | None = None  # publication header moved to metadata


def split_title(text: str) -> tuple[str | None, str]:
    """Split a headline off already-extracted text.

    The first line is a headline when it is short, does not end like a
    sentence (headlines end in a word, ``?`` or ``!``, not ``.``) and text follows.

    >>> split_title("Is Russia’s Foreign Minister Out?\\nRumors at Moscow suggest ...")
    ('Is Russia’s Foreign Minister Out?', 'Rumors at Moscow suggest ...')
    >>> split_title("A whole sentence that ends.\\nMore text.")
    (None, 'A whole sentence that ends.\\nMore text.')
    """
    head, sep, rest = text.partition("\n")
    head = head.strip()
    if sep and rest.strip() and head and len(head) <= TITLE_MAX_CHARS and not head.endswith((".", ":", ",", ";")):
        return head, rest.lstrip("\n")
    return None, text


# Widgets whose opening words cannot start prose, residue up to WIDGET_MAX_CHARS (see there).
# (code, a lowercase word the line must hold, pattern): the word is a cheap test first.
LONG_WIDGETS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("appeal", "newsletter", re.compile(r"newsletter sign[- ]?up\b.*", _I | re.S)),
    ("image_caption", "show all", re.compile(r".{0,120}\b\d{1,3} show all\b.{0,160}?\b\d{1,3}/\d{1,3}\b.*", _I | re.S)),
    ("copyright", "copyright", re.compile(r"copyright\b.{0,60}\ball rights reserved\b.*", _I | re.S)),
    # a print-edition note: "A version of this article appeared July 24, 2012, on page A2 in the U.S. edition ..."
    ("copyright", "version of this", re.compile(
        r"a version of this (?:article|story|review|column|essay|interview) appear(?:s|ed)\b.{0,40}"
        r"\b(?:in print|on page|edition)\b.*", _I | re.S)),
    # a syndication notice: "Dow Jones Reprints: This copy is for your personal, non-commercial use only. To order ..."
    ("copyright", "commercial", re.compile(
        r"(?:[\w .&-]{0,40}\breprints?\s*:\s*)?this (?:copy|article|story|material|content) is for your personal,?"
        r" non-?commercial use only\b.*", _I | re.S)),
)
# A photo credit alone or closing a short caption ("David Becker/Getty Images", "Jim
# Spellman/WireImage via Getty Images, FILE", "Cubs players celebrate (Getty Images)", a
# gallery slide "6/34 25 November 2017 ... Getty Images"), or opening one with a dash
# ("Getty Images - Getty South Korean army's ..."). Searched only in lines naming an agency.
_AGENCY_WORD = re.compile(rf"\b{_AGENCIES}\b", _I)
_CREDIT_END = re.compile(
    rf"(?:(?<=\s)|(?<=\()|^)(?:[\w.'’-]+ ){{0,3}}[\w.'’-]+/(?:[\w.'’ -]{{1,40}} via )?{_AGENCIES}(?:,\s*file)?\)?\s*$"
    rf"|\((?:{_AGENCIES})\)\s*$",
    _I,
)
_SLIDE = re.compile(rf"\d{{1,3}}/\d{{1,3}}\s.*\b{_AGENCIES}\s*$", _I)
_CREDIT_START = re.compile(rf"{_AGENCIES}\s*[-–—]\s", _I)


def _photo_credit(s: str) -> bool:
    if len(s) > CAPTION_MAX_CHARS:
        return False
    if _CREDIT_START.match(s):
        return True
    # the other shapes need a "Name/Agency" slash or a closing "(Agency)"
    if ("/" not in s and not s.endswith(")")) or not _AGENCY_WORD.search(s):
        return False
    return bool(_CREDIT_END.search(s) or _SLIDE.match(s))


# "Headline of another story Read more": a related link the extractor kept on its own line
_READ_MORE_AFTER = re.compile(r"(?P<head>.+?)\s+Read more\s*")


def classify_line(line: str) -> str | None:
    """The rule code of a whole residue line, or ``None`` for article text.

    >>> classify_line("Print Friendly, PDF & Email")
    'share_widget'
    >>> classify_line("Share prices fell 3% on Monday") is None
    True
    """
    s = line.strip()
    if not s or len(s) > WIDGET_MAX_CHARS:
        return None
    low = s.lower()
    if code := next((code for code, word, rx in LONG_WIDGETS if word in low and rx.fullmatch(s)), None):
        return code
    if len(s) > RESIDUE_MAX_CHARS:
        return None
    if s.endswith("Read more") and (m := _READ_MORE_AFTER.fullmatch(s)) and looks_like_headline(m["head"]):
        return "related_link"
    if _photo_credit(s):
        return "image_caption"
    for code, rx in LINE_RULES:
        if rx.fullmatch(s):
            return code
    m = _CAPTION_CREDIT.fullmatch(s)
    if m and len(m["caption"]) <= CAPTION_MAX_CHARS and not _SENTENCE_END.search(m["caption"] + " "):
        return "image_caption"
    return None


def looks_like_headline(line: str) -> bool:
    """A short line that does not end like a sentence (a related-article link)."""
    s = line.strip().lstrip("-•·* ").strip()
    if not s or len(s) > HEADLINE_MAX_CHARS or _SENTENCE_END.search(s):
        return False
    return not s.endswith((".", ":", ";", ",")) and len(s.split()) >= 2


def _drop_related_block(lines: list[str], codes: list[str | None], changes: list[Change]) -> None:
    """After the last footer widget, a run of headline-like lines is the related-articles block."""
    last_footer = max((i for i, c in enumerate(codes) if c in FOOTER_RULES), default=None)
    if last_footer is None:
        return
    tail = [i for i in range(last_footer + 1, len(lines)) if lines[i].strip() and codes[i] is None]
    if tail and all(looks_like_headline(lines[i]) for i in tail):
        for i in tail:
            codes[i] = "related_block"


def word_count(text: str) -> int:
    """Words of a line, counting scripts without spaces by characters (``CHARS_PER_WORD_NO_SPACE``).

    >>> word_count("Big Data"), word_count("首页"), word_count("在抗击新冠肺炎疫情的日子里封在武汉的父母们")
    (2, 1, 11)
    """
    n = 0
    for token in text.split():
        no_space = len(_NO_SPACE_SCRIPT.findall(token))
        n += max(1, -(-no_space // CHARS_PER_WORD_NO_SPACE)) if no_space else 1
    return n


def _is_nav_item(line: str) -> bool:
    s = line.strip()
    return (
        bool(s)
        and word_count(s) <= NAV_ITEM_MAX_WORDS
        and not _LIST_MARKER.match(s)
        and not s.endswith(_SENTENCE_ENDINGS)
    )


def _is_code_or_data(line: str) -> bool:
    """A line of code, SQL or table data: code punctuation, a keyword, or a figure."""
    s = line.strip()
    if _CODE_LINE.search(s):
        return True
    return bool(_NUMBER.search(s))


def is_pipe_menu(line: str) -> bool:
    """A navigation bar on one line: short items between "|" (a table row starts with "|").

    >>> is_pipe_menu("Home | World | Business | Tech"), is_pipe_menu("| Team | Won | Lost |")
    (True, False)
    >>> is_pipe_menu("Photo: AP | Reuters"), is_pipe_menu("He said this | and then he left, as usual.")
    (False, False)
    """
    s = line.strip()
    if s.startswith("|") or s.count("|") < NAV_PIPE_MIN_ITEMS - 1:
        return False
    items = [x.strip() for x in s.split("|")]
    items = [x for x in items if x]
    return len(items) >= NAV_PIPE_MIN_ITEMS and all(
        word_count(x) <= NAV_ITEM_MAX_WORDS and not x.endswith(_SENTENCE_ENDINGS) and not _is_code_or_data(x)
        for x in items
    )


def _drop_nav_runs(lines: list[str], codes: list[str | None]) -> None:
    """Runs of short item lines with no blank line between them are menus, unless code or data.

    A line another rule already removes (a share widget) does not end a run: the run is
    judged as it stands once that line is gone, so a second pass finds nothing more.
    """
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (_is_nav_item(lines[j]) or (codes[j] is not None and lines[j].strip())):
            j += 1
        items = [k for k in range(i, j) if codes[k] is None]
        run = [lines[k] for k in items]
        if len(run) >= NAV_RUN_MIN and sum(map(_is_code_or_data, run)) < CODE_RUN_MIN_SHARE * len(run):
            for k in items:
                codes[k] = "nav_menu"
        i = max(j, i + 1)


def _continue_unfinished(lines: list[str], codes: list[str | None]) -> None:
    """A residue line ending unfinished ("... or visit", "... for this entry:") takes the bare address on the next line.

    >>> lines = ["Dow Jones Reprints: This copy is for your personal, non-commercial use only. To order copies visit",
    ...          "www.djreprints.com", "www.example.com"]
    >>> codes = [classify_line(line) for line in lines]
    >>> _continue_unfinished(lines, codes); codes
    ['copyright', 'copyright', None]
    """
    for i in range(len(lines) - 1):
        if codes[i] is not None and codes[i + 1] is None and _UNFINISHED.search(lines[i]):
            if _BARE_ADDRESS.fullmatch(lines[i + 1].strip()):
                codes[i + 1] = codes[i]


def strip_residue(text: str) -> Residue:
    """Remove residue lines; every removed line or marker is a Change.

    >>> r = strip_residue("By | February 14, 2022\\n\\nPolitico reports:\\n\\nThey met. [Continue reading…]")
    >>> r.text, r.byline_date
    ('Politico reports:\\n\\nThey met.', 'February 14, 2022')
    """
    out = Residue(text=text)
    lines = text.split("\n")
    codes: list[str | None] = []
    for i, line in enumerate(lines):
        s = line.strip()
        code = classify_line(s)
        if code is None and (m := _EMPTY_BYLINE.fullmatch(s)):
            code = "byline_empty"
            out.byline_date = out.byline_date or m["date"].strip(" ,")
        if code is None and (is_pipe_menu(s) or _POST_NAV.fullmatch(s)):
            code = "nav_menu"
        if code is None and (m := _PUBLICATION.fullmatch(s)):
            code = "publication_header"
            out.publication = out.publication or m["pub"].strip()
        while code is None and (m := _FILE_PHOTO.match(s)):
            end = _CAPTION_END.search(s, m.end())
            if end is None:  # nothing after the caption: the line is the caption
                code = "image_caption"
                break
            # the caption sentence goes, the story after it on the same line stays
            out.changes.append(Change(STEP, "image_caption", s[: end.end()].strip()))
            lines[i] = line = s = s[end.end() :]
        if code is None and _TEASER_WORDS.search(line[-80:]) and (m := _TEASER_MARKER.search(line)):
            if line[: m.start()].strip():
                out.changes.append(Change(STEP, "teaser_marker", m.group().strip()))
                lines[i] = line[: m.start()].rstrip()
            else:
                code = "teaser_marker"  # the marker on a line of its own: the whole line goes
        codes.append(code)
    _continue_unfinished(lines, codes)
    if "\n\n" in text:
        # Only text whose paragraphs are separated by blank lines: there, consecutive
        # short lines are a menu. In extractor output (one paragraph a line, no blank
        # lines) they are table rows and list items.
        _drop_nav_runs(lines, codes)
    _drop_related_block(lines, codes, out.changes)

    kept = []
    for line, code in zip(lines, codes):
        if code is None:
            kept.append(line)
        else:
            out.changes.append(Change(STEP, code, line.strip()))
    if len(out.changes) == 0:
        return out
    out.text = _BLANK_RUN.sub("\n\n", "\n".join(kept)).strip()
    return out
