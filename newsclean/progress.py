"""A tiny progress hook: the CLI installs a callback, flow code reports to it.

``report(phase, done, total, unit)``: ``done`` of ``total`` units (``files``
while extracting, ``docs`` while enriching) of one phase.
"""
from __future__ import annotations

from collections.abc import Callable

_callback: Callable[[str, int, int, str], None] | None = None


def set_callback(cb: Callable[[str, int, int, str], None] | None) -> None:
    global _callback
    _callback = cb


def report(phase: str, done: int, total: int, unit: str = "files") -> None:
    if _callback is not None:
        _callback(phase, done, total, unit)
