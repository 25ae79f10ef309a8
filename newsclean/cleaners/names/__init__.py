"""Person names: mentions and one canonical name per person across spellings, titles and scripts.

The text is never rewritten: :func:`find_persons` returns the distinct canonical
names and every mention (surface, canonical, character offsets, flags). The
gazetteer is data (``data/gazetteer.csv``, see ``data/GAZETTEER.md``): the flow
reads it and passes the text to :func:`load_gazetteer`. After all articles of a
run, :func:`resolve_across_documents` unifies people outside the gazetteer and
:func:`persons_of` recomputes an article's ``persons``.
"""
from __future__ import annotations

from newsclean.cleaners.names.cluster import CrossDocumentNames, NameForms, resolve_across_documents
from newsclean.cleaners.names.gazetteer import Gazetteer, GazetteerError, Person, Role, empty_gazetteer, load_gazetteer
from newsclean.cleaners.names.resolve import Mention, find_persons, persons_of

__all__ = [
    "CrossDocumentNames",
    "Gazetteer",
    "GazetteerError",
    "Mention",
    "NameForms",
    "Person",
    "Role",
    "empty_gazetteer",
    "find_persons",
    "load_gazetteer",
    "persons_of",
    "resolve_across_documents",
]
