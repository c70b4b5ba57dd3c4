"""The keys a screen answers to, on its bottom line.

Used in place of Textual's ``Footer``, which composes one widget per key and only
after the screen's first frame: the first screen would appear without its keys,
which came a frame later at the cost of laying the screen out again.  This is one
line of text, drawn with the screen and redrawn when the screen's keys change
(focus moves, a mode switches); a click on a key presses it, as in the Footer.
"""

from __future__ import annotations

from typing import NamedTuple

from textual import events
from textual.content import Content
from textual.widget import Widget


class Key(NamedTuple):
    key: str  # the key as bound ("ctrl+q")
    display: str  # as shown ("^q")
    description: str
    enabled: bool


class KeyBar(Widget, can_focus=False):
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        text-wrap: nowrap;
        text-overflow: clip;
    }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._spans: list[tuple[int, int, str]] = []  # (first cell, end cell, key) for clicks

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen) -> None:
        self.refresh()

    @property
    def keys(self) -> list[Key]:
        """The screen's keys as it has them now, left to right, one per action (a
        terminal too narrow for all shows the first that fit whole)."""
        shown: dict[str, Key] = {}
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if binding.show and binding.action not in shown:
                shown[binding.action] = Key(binding.key, self.app.get_key_display(binding), binding.description, enabled)
        return list(shown.values())

    def render(self) -> Content:
        parts: list[Content] = []
        spans: list[tuple[int, int, str]] = []  # enabled keys only
        used = 0
        for key in self.keys:
            part = Content.assemble(
                Content.styled(f" {key.display} ", "bold $footer-key-foreground"),
                Content.styled(f"{key.description} " if key.description else "", "$footer-description-foreground"),
            )
            if used + part.cell_length > self.size.width > 0:
                break  # a narrow terminal shows fewer keys, never half of one (the app's own come last)
            if not key.enabled:
                part = part.stylize("dim")
            if key.enabled:
                spans.append((used, used + part.cell_length, key.key))
            used += part.cell_length
            parts.append(part)
        self._spans = spans
        return Content("").join(parts)

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spans:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return
