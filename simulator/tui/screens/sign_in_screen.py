"""Who is practising: asked first on a shared seat (a training room, the browser)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Header, Input, Static
from ..widgets.key_bar import KeyBar

MAX_NAME_CHARS = 20


class SignInScreen(Screen):
    """Asks the trainee's name; posts :class:`SignedIn` when one is given."""

    class SignedIn(Message):
        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

    def __init__(self, suggested: str = "") -> None:
        super().__init__(id="sign-in")
        self.suggested = suggested

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="sign-in-box"):
            yield Static("欢迎使用陪练", id="sign-in-title")
            yield Static("请输入您的姓名，练习记录会保存在这个名字下。", id="sign-in-help")
            yield Input(value=self.suggested, placeholder="例如：王芳", max_length=MAX_NAME_CHARS, id="sign-in-name")
            yield Static("", id="sign-in-error")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#sign-in-name", Input).focus()

    @on(Input.Submitted, "#sign-in-name")
    def _submitted(self, event: Input.Submitted) -> None:
        name = " ".join(event.value.split())
        if not name:
            self.query_one("#sign-in-error", Static).update("姓名不能为空，请输入后按 Enter。")
            return
        self.post_message(self.SignedIn(name))
