"""Pages that are not an article: error pages and interstitials kept by the extractor.

A crawler often stores what the server sent instead of the article: a
JavaScript shell ("You need to enable JavaScript to run this app."), a bot
check ("Request unsuccessful. Incapsula incident ID: ...", "Checking your
browser before accessing"), an HTTP error page ("404 Not Found"), a
cookie or consent wall. The extractor dutifully returns that text.

:func:`check_article` raises ``Rejection("boilerplate", "not_an_article",
"<kind>: <evidence>")`` for such a text, so the record lands in the rejects
table with its bytes instead of becoming an article. Kinds:

================  =============================================================
``js_required``   the page needs JavaScript to show anything
``bot_check``     a bot-protection or CAPTCHA wall (Incapsula, Cloudflare, ...)
``http_error``    an error page (404, 403, 500, "page not found", "access denied")
``consent_wall``  a cookie/consent or "enable cookies" wall
``redirect``      a redirect stub ("If you are not redirected, click here"): the article is elsewhere
``no_language``   a few characters repeated ("xxxx…", "a a a …", one emoji), whatever
                  its length: fewer than ``MIN_DISTINCT_CHARS`` different characters
================  =============================================================

Guard: only a *short* text is judged (``INTERSTITIAL_MAX_CHARS``), and only
when the phrase is most of it (``INTERSTITIAL_REST_MAX_CHARS``): an article
that mentions "404 Not Found" or asks readers to enable JavaScript for a video
in passing is left alone. The title alone decides nothing
either: the text (or, for an error title, the text's shortness) must agree.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsclean.cleaners.change import Rejection

if TYPE_CHECKING:
    from newsclean.schemas.models import RejectReason

STEP = "boilerplate"
REASON: RejectReason  # declared apart: the reject-code scan (tests/test_rules.py) reads plain assignments
REASON = "not_an_article"

# Interstitials and error pages are a few lines; the longest seen in the
# benchmark corpora (a Cloudflare check with its explanation) is ~600 characters.
# An article is longer, and a short article rarely consists of such phrases.
INTERSTITIAL_MAX_CHARS = 800
# ... and the phrase must be the page: the text around the sentence holding it
# is at most this long (a Cloudflare check explains itself in a few lines; an
# article quoting "404 Not Found" goes on about something else).
INTERSTITIAL_REST_MAX_CHARS = 400
# A text this short under an error-page title ("404 Not Found") is the error page.
ERROR_TITLE_MAX_CHARS = 300

# Any text in a language, however short its alphabet, uses more different characters
# than this in MIN_LANGUAGE_CHARS (a CJK or Thai text without spaces uses hundreds, a
# table of digits ten and its separators); fewer is a placeholder or a generator's
# garbage ("xxxx…", "word"×100,000), never an article.
MIN_DISTINCT_CHARS = 8
MIN_LANGUAGE_CHARS = 200

_I = re.IGNORECASE
KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "js_required",
        re.compile(
            r"\byou need to enable javascript to run this app\b"
            r"|\b(?:please )?(?:enable|turn on|activate) javascript\b.{0,80}\b(?:to (?:view|continue|use|run|see|access)|in your browser)"
            r"|\bjavascript (?:is|must be|needs to be) (?:disabled|required|enabled)\b"
            r"|\bthis (?:site|page|website|app) requires javascript\b"
            r"|\byour browser does not support javascript\b",
            _I,
        ),
    ),
    (
        "bot_check",
        re.compile(
            r"\bincapsula incident id\b|\brequest unsuccessful\. incapsula\b"
            r"|\bchecking (?:if the site connection is secure|your browser before accessing)\b"
            r"|\battention required! \| cloudflare\b|\bcloudflare ray id\b"
            r"|\bplease (?:complete the security check|verify (?:that )?you are (?:a )?human)\b"
            r"|\bare you a robot\?|\bwe need to (?:verify|make sure) (?:that )?you(?:'re| are) not a robot\b"
            r"|\baccess to this page has been denied because we believe you are using automation tools\b"
            r"|\bpardon our interruption\b|\bunusual traffic from your computer network\b",
            _I,
        ),
    ),
    (
        "http_error",
        re.compile(
            r"^\W*(?:error\s*)?(?:400|401|403|404|410|429|500|502|503)\b.{0,40}$"
            r"|\b(?:404|403|500|503)\s*[-:–]?\s*(?:not found|forbidden|internal server error|service unavailable)\b"
            r"|\b(?:the )?page (?:you (?:requested|were looking for|are looking for) )?(?:could not be found|was not found|cannot be found|does not exist|doesn't exist|no longer exists|is not available)\b"
            r"|^\W*(?:page not found|not found|access denied|forbidden|seite nicht gefunden|page introuvable|página no encontrada|pagina non trovata)\W*$"
            r"|\byou don't have permission to access\b",
            _I | re.MULTILINE,
        ),
    ),
    (
        "redirect",
        re.compile(
            r"\bif you are not (?:automatically )?redirected\b|\byou (?:are being|will (?:now )?be) redirected\b"
            r"|\bif your browser does(?: not|n't) redirect you\b|\bredirecting(?: you)?(?: to\b| now\b|\s*(?:\.\.\.|…))"
            r"|\bthis page has (?:been )?moved\b",
            _I,
        ),
    ),
    (
        "consent_wall",
        re.compile(
            r"\b(?:please )?enable cookies\b.{0,80}\b(?:to (?:continue|view|use|access)|in your browser)"
            r"|\bcookies (?:are|must be) (?:disabled|enabled|required)\b"
            r"|\bwe and our partners (?:store|use) (?:and/or access )?(?:information|cookies)\b",
            _I,
        ),
    ),
)
_ERROR_TITLE = re.compile(
    r"^\W*(?:error\s*)?(?:40[0-9]|41[0-9]|429|50[0-9])\b|\b(?:page not found|not found|access denied|forbidden|"
    r"just a moment\.\.\.|attention required|seite nicht gefunden|page introuvable)\b",
    _I,
)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding text[start:end]."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n")
    right = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[left + 1 : (min(right) + 1 if right else len(text))]


def interstitial_kind(text: str, title: str | None = None) -> tuple[str, str] | None:
    """(kind, evidence) when ``text`` is an error page or interstitial, else ``None``.

    >>> interstitial_kind("You need to enable JavaScript to run this app.")
    ('js_required', 'You need to enable JavaScript to run this app')
    >>> interstitial_kind("The council voted 5-2 to enable JavaScript-free forms on its site. " * 20) is None
    True
    >>> interstitial_kind("If you are not redirected, click here.")
    ('redirect', 'If you are not redirected')
    """
    s = text.strip()
    if len(s) >= MIN_LANGUAGE_CHARS and len(distinct := set(s) - set(" \t\n\r\f\v\u00a0")) < MIN_DISTINCT_CHARS:
        return "no_language", f"{len(distinct)} different characters in {len(s)}: {''.join(sorted(distinct))!r}"
    if len(s) > INTERSTITIAL_MAX_CHARS:
        return None
    for kind, rx in KINDS:
        if (m := rx.search(s)) and len(s) - len(_sentence_around(s, m.start(), m.end())) <= INTERSTITIAL_REST_MAX_CHARS:
            return kind, m.group().strip()
    if title and _ERROR_TITLE.search(title) and len(s) <= ERROR_TITLE_MAX_CHARS:
        return "http_error", f"title: {title.strip()}"
    return None


def check_article(text: str, title: str | None = None) -> None:
    """Raise ``Rejection(STEP, "not_an_article", ...)`` for an error page or interstitial."""
    found = interstitial_kind(text, title)
    if found is not None:
        kind, evidence = found
        raise Rejection(STEP, REASON, f"{kind}: {evidence[:200]}")
