"""Clocks for the call engine: real time for the app, manual time for tests and scripts.

A clock has ``now() -> float`` (seconds; only differences matter).
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float: ...


class SystemClock:
    """Real elapsed time (``time.monotonic``: never jumps when the wall clock is set)."""

    def now(self) -> float:
        return time.monotonic()


class ManualClock:
    """Time that moves only when told to: a silent caller's wait without sleeping."""

    def __init__(self, start: float = 0.0):
        self._now = float(start)

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("time cannot go backwards")
        self._now += seconds
        return self._now

    def __repr__(self) -> str:
        return f"ManualClock({self._now!r})"
