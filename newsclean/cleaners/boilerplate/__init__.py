"""Boilerplate removal: HTML main-text extraction and the residue pass.

HTML pages go through :func:`extract_html` (trafilatura) and then
:func:`strip_residue`; already-extracted text goes through :func:`strip_residue`
alone, then :func:`trim_to_prose` (a page's visible text: keep the main prose
block). Lines repeated across a source's documents are learned
(:mod:`cleaners.boilerplate.learned`) and stripped in a second pass. A text
that is an error page or interstitial is rejected (:func:`check_article`,
reason ``not_an_article``).
"""
from newsclean.cleaners.boilerplate.extract import Extraction, extract_html
from newsclean.cleaners.boilerplate.interstitial import check_article, interstitial_kind
from newsclean.cleaners.boilerplate.learned import learn_residue, line_keys, strip_learned
from newsclean.cleaners.boilerplate.markup import markup_kind, markup_to_text, page_or_text, read_body, text_or_page
from newsclean.cleaners.boilerplate.prose import trim_to_prose
from newsclean.cleaners.boilerplate.residue import Residue, split_title, strip_residue

__all__ = [
    "Extraction",
    "Residue",
    "check_article",
    "extract_html",
    "interstitial_kind",
    "learn_residue",
    "line_keys",
    "markup_kind",
    "markup_to_text",
    "split_title",
    "strip_learned",
    "strip_residue",
    "page_or_text",
    "read_body",
    "text_or_page",
    "trim_to_prose",
]
