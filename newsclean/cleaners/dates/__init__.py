"""Publication date and dates mentioned in the text.

- :func:`publication_date`: the date from the most trusted source that has
  one (metadata, page, byline, URL), with the source and flags.
- :func:`find_dates`: every date expression in a text, found by precise
  patterns and resolved against the publication date (or the fetch time).
"""
from newsclean.cleaners.dates.mentions import DateSpan, find_dates
from newsclean.cleaners.dates.publication import STEP, PublicationDate, parse_date_text, publication_date
from newsclean.cleaners.dates.tense import clause_tense

__all__ = [
    "STEP",
    "DateSpan",
    "PublicationDate",
    "clause_tense",
    "find_dates",
    "parse_date_text",
    "publication_date",
]
