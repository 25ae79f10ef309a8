"""A tiny progress hook: the CLI installs a callback, flow code reports to it."""
from __future__ import annotations

from collections.abc import Callable

_callback: Callable[[str, int, int], None] | None = None


def set_callback(cb: Callable[[str, int, int], None] | None) -> None:
    global _callback
    _callback = cb


def report(phase: str, done: int, total: int) -> None:
    if _callback is not None:
        _callback(phase, done, total)
