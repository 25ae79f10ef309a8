"""The output contract: pydantic record models and the Arrow schema derived from them."""
from newsclean.schemas.models import (
    Article,
    ChangeRow,
    DateMention,
    Duplicate,
    PersonMention,
    Provenance,
    RawRecord,
    Reject,
)

__all__ = [
    "Article",
    "ChangeRow",
    "DateMention",
    "Duplicate",
    "PersonMention",
    "Provenance",
    "RawRecord",
    "Reject",
]
