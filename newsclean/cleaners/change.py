"""The unit of explanation: one change a cleaner made to a record."""
from __future__ import annotations

from dataclasses import dataclass


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

    def as_dict(self) -> dict[str, str]:
        return {"step": self.step, "rule": self.rule, "detail": self.detail}


class Rejection(Exception):
    """Raised by a cleaner when a record cannot become an article.

    ``reason`` is a stable code (it lands in the rejects table and in
    per-reason counters); ``detail`` is free text for humans.
    """

    def __init__(self, stage: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{stage}:{reason}: {detail}")
        self.stage = stage
        self.reason = reason
        self.detail = detail
