"""The dataset's vocabularies: every rule code, flag and reason code, with one line each.

What an analyst meets in ``provenance.changes`` (``step:rule``), ``rejects.reason``,
``published_date_source``, ``published_date_flags``, ``person_mentions.flags``,
``dates_mentioned.flags`` and ``duplicates.method``. The data dictionary
(``docs/DATA_DICTIONARY.md``) and ``OUTPUT/_schema.json`` are generated from here.

Source of the entries: :func:`vocabulary` reads the cleaners' rule registry
(``newsclean.cleaners.rules``) when it exists; until then the entries below,
collected from the cleaners' code, are the registry. A ``<...>`` part in a code
stands for a family (``dates:published_from_<source>``); :func:`describe`
matches a concrete code against it.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from typing import get_args

from newsclean.schemas.models import PublishedDateSource

# step:rule -> one line. Families use <placeholder>.
CHANGE_RULES: dict[str, str] = {
    # read: what the reader noticed
    "read:bad_sidecar": "the NAME.meta.json sidecar could not be read; the page was read without its metadata",
    # decode: bytes -> text
    "decode:bom": "a byte-order mark chose the charset (and was removed)",
    "decode:declared_charset": "the charset declared outside the body (HTTP header, sidecar) decoded the bytes",
    "decode:meta_charset": "the page's <meta charset> decoded the bytes",
    "decode:declared_overridden": "a charset was declared, but the bytes are valid UTF-8 and were read as UTF-8",
    "decode:detected_charset": "no usable declaration: the charset was detected (charset-normalizer)",
    "decode:<rule>_unknown": "a declared charset name is unknown (rule is declared_charset or meta_charset)",
    "decode:<rule>_failed": "a declared charset does not decode these bytes (rule is declared_charset or meta_charset)",
    # encoding: repairs of decoded text (ftfy)
    "encoding:mojibake": "text decoded with the wrong charset was re-decoded (ftfy), e.g. 'Ã©' -> 'é'",
    "encoding:ftfy": "several ftfy fixers applied to one line (detail lists them)",
    "encoding:unescape_html": "HTML entities in plain text decoded ('&amp;' -> '&')",
    "encoding:fix_c1_controls": "C1 control characters replaced by the windows-1252 characters they stand for",
    "encoding:fix_latin_ligatures": "Latin ligatures split ('ﬁ' -> 'fi')",
    "encoding:fix_character_width": "fullwidth Latin letters and digits made ASCII",
    "encoding:remove_terminal_escapes": "terminal colour escape sequences removed",
    "encoding:restore_byte_a0": "a lost non-breaking-space byte restored inside mojibake",
    "encoding:replace_lossy_sequences": "unrecoverable mojibake sequences replaced by U+FFFD",
    "encoding:decode_inconsistent_utf8": "UTF-8 mojibake mixed with correct text repaired",
    "encoding:<fixer>": "another ftfy fixer (its name is the rule)",
    "encoding:control_chars": "control characters removed",
    "encoding:zero_width": "zero-width spaces, word joiners, soft hyphens or stray joiners removed",
    # url
    "url:canonical_url": "tracking parameters and fragments removed from the URL (detail: the original)",
    # extract: HTML -> text (trafilatura)
    "extract:trafilatura_precise": "main text from trafilatura's precision pass",
    "extract:trafilatura_default_fallback": "the precision pass found too little; the default pass was kept",
    "extract:trafilatura_gap_fill": "the precision pass, with paragraphs it skipped between its lines restored from the default pass",
    "extract:split_body_joined": "paragraphs the page ran together were split",
    # whitespace
    "whitespace:line_breaks": "CR/CRLF and other line separators made LF",
    "whitespace:inline_space": "runs of spaces collapsed, lines trimmed",
    "whitespace:blank_lines": "runs of blank lines reduced to one",
    "whitespace:edge_lines": "leading and trailing empty lines removed",
    # boilerplate: residue lines removed (detail: the removed line)
    "boilerplate:title_line": "the first line repeated the title and went to the title field",
    "boilerplate:title_repeat": "the title repeated at the start of the extracted text was removed",
    "boilerplate:share_widget": "share/print/email widget line",
    "boilerplate:comment_widget": "comment widget line ('Leave a Reply', 'Notify of')",
    "boilerplate:image_caption": "image placeholder or caption with a credit",
    "boilerplate:appeal": "donation, newsletter or app appeal",
    "boilerplate:disclaimer": "'The views expressed ...' disclaimer",
    "boilerplate:copyright": "copyright or footer line",
    "boilerplate:tag_widget": "tag or category widget ('Tags: ...', 'Posted in ...')",
    "boilerplate:teaser_marker": "'[Continue reading…]' marker at a line end (the sentence stays)",
    "boilerplate:related_link": "link to another article ('Related: ...', 'READ MORE: ...')",
    "boilerplate:contact_credit": "follow-us, write-to or reporting/editing credit line",
    "boilerplate:byline_empty": "a byline without a name ('By | February 14, 2022'); the date goes to the dates stage",
    "boilerplate:publication_header": "'Publication: X Volume: N' header; the name goes to publication",
    "boilerplate:related_block": "the block of headline-like lines after a footer widget",
    "boilerplate:nav_menu": "a run of short menu items",
    "boilerplate:nav_block": "non-prose lines before or after the main prose block (text inputs)",
    "boilerplate:learned_repeat": "a line this source repeats across many of its pages (learned per source)",
    # dates: the publication date
    "dates:published_from_<source>": "the publication date was taken from <source> (metadata, page, byline, url)",
    "dates:unparsed_<source>_date": "a date at <source> could not be parsed (detail: the value)",
    "dates:sources_disagree": "the date sources disagree (detail: the values); the first by precedence was kept",
}

REJECT_REASONS: dict[str, str] = {
    "read:unsupported": "no reader for this file type",
    "read:unreadable": "the file could not be opened or read (permissions, I/O error)",
    "read:gzip_error": "a .gz file that is not valid gzip (the bytes are kept)",
    "read:bad_json": "a JSONL line that is not JSON",
    "read:bad_record": "a record without a usable body (JSONL object without html/text, undecodable WARC body, unknown WARC type)",
    "read:bad_warc": "bytes of a WARC file that cannot be parsed as a record (the read resumes at the next record start after them, if any)",
    "read:bad_sidecar": "a sidecar NAME.meta.json that is not valid",
    "decode:empty": "no content (zero bytes, whitespace or only a byte-order mark)",
    "decode:binary": "control bytes: not text in any charset",
    "decode:undecodable": "no charset decodes these bytes as text",
    "extract:extract_error": "the HTML extractor failed on the page",
    "extract:no_main_text": "the page has no extractable article text",
    "boilerplate:empty_after_cleaning": "nothing was left once residue was removed",
}

SKIPPED_REASONS: dict[str, str] = {
    "request": "a WARC request record (not a page)",
    "metadata": "a WARC metadata record",
    "warcinfo": "a WARC warcinfo record",
    "revisit": "a WARC revisit record (no body)",
    "resource": "a WARC resource record",
    "conversion": "a WARC conversion record",
    "continuation": "a WARC continuation record",
    "not_html": "a WARC response that is not HTML",
    "http_status": "a WARC response with an HTTP error or redirect status",
}

PUBLISHED_DATE_SOURCES: dict[str, str] = {
    "metadata": "declared by the input (sidecar, JSONL published_at)",
    "page": "found in the page's HTML metadata (htmldate)",
    "byline": "read from the byline in the text",
    "url": "read from a date in the URL",
    "text": "read from the article text",
    "none": "no publication date found (published_date is null)",
}

PUBLISHED_DATE_FLAGS: dict[str, str] = {
    "after_fetch": "the publication date is later than the fetch time",
    "sources_disagree": "the date sources disagree; the first by precedence was kept",
    "copyright_year": "the only date found is January 1 of the page's copyright year",
    "relative_to_fetch": "a relative date (\"3 days ago\", \"yesterday\", \"2 hours ago\") or one without a year, read against the fetch time",
}

PERSON_FLAGS: dict[str, str] = {
    "alias": "matched a known alias or transliteration of a gazetteer person",
    "document": "a bare surname or given name resolved to the full name used in the same document",
    "gazetteer_surname": "a bare surname unique in the gazetteer",
    "role_on_date": "chosen among several people by the role they held on the publication date",
    "default_surname": "chosen as the gazetteer's default bearer of the surname",
    "not_in_gazetteer": "a person not in the gazetteer (canonical is the name as written)",
    "conflict": "given name and surname point to different people; left unresolved",
    "ambiguous": "several people fit; left unresolved or chosen by a tie-break above",
    "unresolved": "no canonical name could be given",
    "patronymic": "a Russian name with patronymic, matched without it",
    "possessive": "the mention carried a possessive ('Lavrov's')",
    "cyrillic": "the mention is written in Cyrillic",
    "spelling_variant": "a spelling variant of a name seen elsewhere in the document",
    "cross_document": "joined to the same person's name in other articles of the dataset",
    "title:<title>": "a title preceded the name (detail: the title, e.g. title:Mr.)",
    "name_list": "the first word is a given name in the name statistics (faker's locales)",
    "name_shape": "a romanised East Asian name by its shape alone: a listed surname and a hyphenated given name of two syllables ('Park Joo-ho'), or a one-syllable pinyin surname and a given name of two pinyin syllables in one word ('Deng Xiaoping')",
    "context_cue": "a title, occupation noun, speech verb, age or role phrase ('X, a local villager,') marks the words as a person",
    "ner_model": "a Russian name the NER model (slovnet, shipped in the natasha wheel) tagged as a person, which no list knows",
    "article_consistency": "kept because the surname is used alone as a person elsewhere in the article, or the name is in a list of people",
    "shared_surname": "a given name sharing the next person's surname ('Bill and Hillary Clinton')",
    "surname_conflict": "a bare surname left unresolved: the article names someone else with it, or the honorific or title contradicts the gazetteer's person",
    "unsupported": "a common surname alone, or a common full name (a frequent given name and a common surname), with nothing in the article supporting the gazetteer's person (a title or office of theirs, their role on the date in a named country, their given name): a bare surname is left unresolved, a full name is the article's own person",
    "former_role": "'former <role>' resolved to the last holder of the role before the publication date",
    "attributive_word": "a bare capitalised English word used as a modifier ('Black and Brown communities', 'King salmon'); no person",
}

DATE_MENTION_FLAGS: dict[str, str] = {
    "anchor_is_fetch": "a relative date resolved against the fetch time (no publication date)",
    "unresolved": "a date without a year and nothing to anchor it",
    "invalid_date": "the written date does not exist (e.g. 31 February)",
    "weekday_mismatch": "the weekday named does not match the date",
    "out_of_range": "date arithmetic ran past the calendar's ends: no date",
    "narrative_anchor": "read against another written date in the text (an earlier dated event, a scene year, a tweet's date), not the publication date",
}

DATE_GRANULARITIES: dict[str, str] = {
    "day": "a calendar day",
    "week": "a week (date is its first day)",
    "month": "a month (date is its first day)",
    "year": "a year (date is 1 January)",
}

DUPLICATE_METHODS: dict[str, str] = {
    "exact": "same normalized text (content_hash) as the article",
    "near": "a copy of the same text: MinHash over word 5-shingles, estimated Jaccard >= 0.5, or >= 0.3 with the shorter text at least 80% inside the longer (a truncated, teaser or extended copy)",
}

VOCABULARIES: dict[str, tuple[str, dict[str, str]]] = {
    "change_rules": ("provenance.changes: step:rule", CHANGE_RULES),
    "reject_reasons": ("rejects: stage:reason", REJECT_REASONS),
    "published_date_source": ("articles.published_date_source", PUBLISHED_DATE_SOURCES),
    "published_date_flags": ("articles.published_date_flags", PUBLISHED_DATE_FLAGS),
    "person_flags": ("articles.person_mentions.flags", PERSON_FLAGS),
    "date_mention_flags": ("articles.dates_mentioned.flags", DATE_MENTION_FLAGS),
    "date_granularity": ("articles.dates_mentioned.granularity", DATE_GRANULARITIES),
    "duplicate_method": ("duplicates.method", DUPLICATE_METHODS),
    "skipped_records": ("_runs/*.json skipped_records_by_reason (not in any table)", SKIPPED_REASONS),
}

REGISTRY_MODULE = "newsclean.cleaners.rules"


def _doc(value: object) -> str:
    if isinstance(value, str):
        return value
    return str(getattr(value, "doc", None) or getattr(value, "description", None) or value)


def _from_registry() -> tuple[dict[str, dict[str, str]], list[tuple[re.Pattern[str], str]]] | None:
    """The vocabularies the cleaners' registry (:data:`REGISTRY_MODULE`) holds, when it exists.

    Read: ``RULES`` (``"step:rule"`` or ``(step, rule)`` -> a doc string or an
    object with ``doc``/``description``, and optionally ``pattern``, a regex an
    open family's members fullmatch), ``REJECT_REASONS`` (values with ``code``
    = ``stage:reason`` and ``doc``, or ``"stage:reason"`` -> doc) and
    ``SKIP_REASONS`` (reason -> doc). Returns (vocabulary -> codes, patterns).
    """
    try:
        mod = importlib.import_module(REGISTRY_MODULE)
    except ImportError:
        return None
    found: dict[str, dict[str, str]] = {}
    patterns: list[tuple[re.Pattern[str], str]] = []
    rules = getattr(mod, "RULES", None)
    if isinstance(rules, Mapping) and rules:
        found["change_rules"] = {}
        for key, value in rules.items():
            code = ":".join(key) if isinstance(key, tuple) else str(key)
            found["change_rules"][code] = _doc(value)
            if getattr(value, "pattern", None):
                patterns.append((re.compile(value.pattern), _doc(value)))
    reasons = getattr(mod, "REJECT_REASONS", None)
    if isinstance(reasons, Mapping) and reasons:
        found["reject_reasons"] = {str(getattr(v, "code", k)): _doc(v) for k, v in reasons.items()}
    skips = getattr(mod, "SKIP_REASONS", None)
    if isinstance(skips, Mapping) and skips:
        found["skipped_records"] = {str(k).replace("{", "<").replace("}", ">"): _doc(v) for k, v in skips.items()}
    return found, patterns


def vocabulary() -> dict[str, tuple[str, dict[str, str]]]:
    """Every vocabulary: name -> (where it appears, {code: one line}).

    Where the cleaners' registry has a vocabulary (change rules, reject reasons,
    skip reasons) it is the source; codes only this module lists (families
    spelled ``<x>``) are kept after the registry's.
    """
    registry = _from_registry()
    if not registry:
        return dict(VOCABULARIES)
    found, _ = registry
    out = dict(VOCABULARIES)
    for name, codes in found.items():
        where, ours = VOCABULARIES[name]
        out[name] = (where, {**codes, **{c: d for c, d in ours.items() if "<" in c and c not in codes}})
    return out


def _pattern(code: str) -> re.Pattern[str]:
    parts = re.split(r"<[a-z_]+>", code)
    return re.compile("[^:]*".join(map(re.escape, parts)) + r"\Z")


def describe(vocab: str, code: str) -> str | None:
    """The one-line description of ``code`` in vocabulary ``vocab`` (a family matches its members).

    >>> describe("change_rules", "dates:published_from_byline")
    'publication date taken from the byline dropped from the text'
    >>> describe("person_flags", "title:Mr.")
    'a title preceded the name (detail: the title, e.g. title:Mr.)'
    >>> describe("reject_reasons", "decode:no_such_reason") is None
    True
    """
    entries = vocabulary()[vocab][1]
    if code in entries:
        return entries[code]
    registry = _from_registry() if vocab == "change_rules" else None
    for rx, line in registry[1] if registry else ():
        if rx.fullmatch(code):
            return line
    for key, line in entries.items():
        if "<" in key and _pattern(key).match(code):
            return line
    return None


assert set(PUBLISHED_DATE_SOURCES) == set(get_args(PublishedDateSource)), "published_date_source values drifted"
