"""A bordered panel that scrolls one Content, replaced whole on every update (the
feedback on the last reply, the author's explanation of the last move)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.css.query import NoMatches
from textual.visual import Visual
from textual.widgets import Static


class ContentPanel(VerticalScroll):
    DEFAULT_CSS = """
    ContentPanel { padding: 0 1; height: 1fr; }
    ContentPanel > .panel-body { width: 1fr; }
    """

    def __init__(self, body: Content | Visual | None = None, *, body_id: str, **kwargs):
        super().__init__(**kwargs)
        self._content = body if body is not None else Content("")
        self._body_id = body_id

    def render_body(self) -> Content | Visual:
        """What the panel shows now (subclasses may work it out from their state)."""
        return self._content

    def compose(self) -> ComposeResult:
        yield Static(self.render_body(), id=self._body_id, classes="panel-body")

    def show(self, body: Content | Visual) -> None:
        self._content = body
        try:
            self.query_one(f"#{self._body_id}", Static).update(body)
        except NoMatches:  # not composed yet: compose shows it
            return
        self.scroll_home(animate=False)
