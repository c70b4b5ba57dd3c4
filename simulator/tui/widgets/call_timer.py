"""A running timer while the line is silent or the customer waits.

It reads time from the session's clock (the engine's clock), never from the
wall, so tests drive it with a manual clock and the scenario's wait branches see
exactly the seconds shown here.
"""

from __future__ import annotations

from typing import Callable

from textual.content import Content
from textual.widgets import Static

from ..labels import mmss


class CallTimer(Static):
    DEFAULT_CSS = """
    CallTimer { width: auto; height: 1; padding: 0 1; color: $text-muted; }
    CallTimer.-running { color: $text-warning; text-style: bold; }
    """

    def __init__(self, now: Callable[[], float], *, stopped: Callable[[], bool] = lambda: False, interval: float = 0.5, **kwargs):
        """``stopped``: whether the clock stands still (practice mode, feedback being read)."""
        super().__init__("", **kwargs)
        self._now = now
        self._stopped = stopped
        self._interval = interval
        self.call_started: float | None = None
        self.since: float | None = None
        self.label = ""

    def on_mount(self) -> None:
        self.set_interval(self._interval, self.tick)
        self.tick()

    def start_call(self) -> None:
        self.call_started = self._now()

    def start(self, label: str) -> None:
        """Start timing a silence or a wait (from now)."""
        self.since = self._now()
        self.label = label
        self.add_class("-running")
        self.tick()

    def stop(self) -> None:
        self.since = None
        self.label = ""
        self.remove_class("-running")
        self.tick()

    @property
    def elapsed(self) -> float:
        return 0.0 if self.since is None else max(0.0, self._now() - self.since)

    def tick(self) -> None:
        parts = []
        if self.since is not None:
            parts.append(Content.assemble(f"{self.label} ", Content.styled(mmss(self.elapsed), "bold")))
            if self._stopped():
                parts.append(Content.styled("计时暂停", "bold $text-warning"))
        if self.call_started is not None:
            parts.append(Content.styled(f"通话 {mmss(self._now() - self.call_started)}", "$text-muted"))
        self.update(Content("   ").join(parts))
