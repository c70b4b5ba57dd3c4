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


class PausableClock:
    """A clock that can be stopped: in practice mode the line's time stands still
    while the trainee reads the feedback on a reply, so reading is not silence."""

    def __init__(self, base: Clock):
        self._base = base
        self._stopped_at: float | None = None
        self._stopped_for = 0.0  # seconds spent stopped, left out of now()

    @property
    def paused(self) -> bool:
        return self._stopped_at is not None

    def now(self) -> float:
        base = self._base.now() if self._stopped_at is None else self._stopped_at
        return base - self._stopped_for

    def pause(self) -> None:
        if self._stopped_at is None:
            self._stopped_at = self._base.now()

    def resume(self) -> None:
        if self._stopped_at is not None:
            self._stopped_for += max(0.0, self._base.now() - self._stopped_at)
            self._stopped_at = None
