"""``peilian author SCENARIO``: the app opened straight on the author screen for
one scenario file (the training app reaches the same screen with A in the picker)."""

from __future__ import annotations

from typing import Callable

from textual import on

from .app import BaseApp, load_grader
from .screens.author_screen import AuthorScreen
from .screens.help_screen import AUTHOR_KEYS


class AuthorApp(BaseApp):
    SUB_TITLE = "作者模式"
    HELP_KEYS = AUTHOR_KEYS

    def __init__(self, bench, *, node: str | None = None, state: dict | None = None,
                 grader_loader: Callable[[], None] = load_grader, theme: str | None = None, cursor_blink: bool = True):
        super().__init__(grader_loader=grader_loader, theme=theme, cursor_blink=cursor_blink)
        self.bench = bench
        self.node = node
        self.state = state

    def first_screen(self) -> None:
        self.push_screen(AuthorScreen(self.bench, node=self.node, state=self.state))

    @on(AuthorScreen.Closed)
    def _closed(self) -> None:
        self.exit()

    def action_help_quit(self) -> None:
        self.notify("按 Ctrl+Q 或 Esc 离开作者模式。", title="要退出吗？")


def make_author_app(bench, *, node: str | None = None, state: dict | None = None,
                    grader_loader: Callable[[], None] | None = None, theme: str | None = None,
                    cursor_blink: bool = True) -> AuthorApp:
    """Build the author app on a loaded :class:`~simulator.authoring.bench.AuthorBench`."""
    return AuthorApp(bench, node=node, state=state, grader_loader=grader_loader or load_grader, theme=theme, cursor_blink=cursor_blink)
