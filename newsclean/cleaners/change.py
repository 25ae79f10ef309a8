"""The unit of explanation (:class:`Change`) and the one contract every cleaner follows.

The cleaner contract
====================

A cleaner is a pure function (no I/O, no clock, no global state) from its input
to its result **and the changes it made**, as ftfy's ``fix_and_explain`` returns
an ``ExplainedText``:

1. A cleaner that produces one value returns :class:`Explained` ``(value,
   changes)``; a text cleaner returns ``Explained[str]`` (alias
   :data:`ExplainedText`). It is a ``NamedTuple``, so ``text, changes =
   normalize_whitespace(text)`` keeps working beside ``result.value`` and
   ``result.changes``. (Adopted: :mod:`~newsclean.cleaners.whitespace`,
   :mod:`~newsclean.cleaners.urls`.)
2. A cleaner that produces several named values (text plus metadata it found)
   returns a dataclass with those fields and a ``changes: list[Change]`` field
   (:class:`~newsclean.cleaners.boilerplate.residue.Residue`,
   :class:`~newsclean.cleaners.boilerplate.extract.Extraction`,
   :class:`~newsclean.cleaners.dates.publication.PublicationDate`). Both shapes
   satisfy :class:`Explains`; :func:`changes_of` reads the changes of either.
3. A change is recorded only when something changed, with a registered rule code
   (``step:rule``, see :mod:`newsclean.cleaners.rules`); ``detail`` says what.
4. A record that cannot become an article raises :class:`Rejection` with a
   registered reason (:data:`~newsclean.schemas.models.RejectReason`); a cleaner
   never returns ``None`` or an empty text to mean "rejected".
5. Annotators that only read text (:func:`~newsclean.cleaners.language.detect_language`,
   ``dates.find_dates``, ``names.find_persons``) change nothing, record no
   Change, and return their findings as plain values.

Every rule code and reject reason is listed, with a doc line and a positive and
a negative example, in :mod:`newsclean.cleaners.rules`; ``tests/test_rules.py``
checks that the registry and the code agree.

Still on bare ``tuple[str, list[Change]]`` (same shape, adopt ``Explained`` by
changing the annotation and the ``return``): ``encoding.decode_bytes``,
``encoding.fix_text``, ``boilerplate.strip_learned``, ``boilerplate.trim_to_prose``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, NamedTuple, Protocol, TypeVar, runtime_checkable

if TYPE_CHECKING:
    from newsclean.schemas.models import RejectReason

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Change:
    """A change made by a cleaner step.

    step:   the stage that made it ("decode", "encoding", "boilerplate", ...)
    rule:   a stable rule code inside that stage ("share_widget", "bom", ...)
    detail: what exactly changed (the dropped line, the charset chosen, ...)
    """

    step: str
    rule: str
    detail: str = ""

    @property
    def code(self) -> str:
        """``step:rule``, the key of :data:`newsclean.cleaners.rules.RULES`.

        >>> Change("whitespace", "line_breaks").code
        'whitespace:line_breaks'
        """
        return f"{self.step}:{self.rule}"

    def as_dict(self) -> dict[str, str]:
        return {"step": self.step, "rule": self.rule, "detail": self.detail}


class Explained(NamedTuple, Generic[T]):
    """A cleaner's result and the changes that produced it (ftfy's ``ExplainedText``).

    >>> text, changes = Explained("a b", [Change("whitespace", "inline_space")])
    >>> text, [c.code for c in changes]
    ('a b', ['whitespace:inline_space'])
    """

    value: T
    changes: list[Change]


ExplainedText = Explained[str]
"""What a text cleaner returns: the cleaned text and its changes."""


@runtime_checkable
class Explains(Protocol):
    """Anything that carries the changes a cleaner made (:class:`Explained`, ``Residue``, ...)."""

    @property
    def changes(self) -> list[Change]: ...


def changes_of(result: object) -> list[Change]:
    """The changes a cleaner's result carries: ``result.changes``, or the list inside a
    ``(value, changes)`` tuple; ``[]`` for a result that carries none.

    >>> changes_of(Explained("x", [Change("url", "canonical_url")]))
    [Change(step='url', rule='canonical_url', detail='')]
    >>> changes_of(("x", [])), changes_of("x")
    ([], [])
    """
    changes = getattr(result, "changes", None)
    if isinstance(changes, list):
        return changes
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], list):
        return [c for c in result[1] if isinstance(c, Change)]
    return []


class Rejection(Exception):
    """Raised by a cleaner when a record cannot become an article.

    ``reason`` is a stable code (it lands in the rejects table and in
    per-reason counters; one of :data:`~newsclean.schemas.models.RejectReason`);
    ``detail`` is free text for humans.
    """

    def __init__(self, stage: str, reason: RejectReason, detail: str = "") -> None:
        super().__init__(f"{stage}:{reason}: {detail}")
        self.stage = stage
        self.reason: RejectReason = reason
        self.detail = detail

    @property
    def code(self) -> str:
        """``stage:reason``, as the run manifest counts rejects."""
        return f"{self.stage}:{self.reason}"
