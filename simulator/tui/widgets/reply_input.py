"""Where the trainee speaks: Enter sends, F5 stays silent and keeps waiting."""

from __future__ import annotations

import re
from dataclasses import dataclass

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Input, Static

_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029]+")


class ReplyBox(Input):
    """An Input that keeps a multi-line paste whole (the stock one keeps only
    its first line), joining the lines with spaces."""

    def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()  # Textual would also run Input's own handler (first line only)
        text = _LINE_BREAKS.sub(" ", event.text or "").strip()
        if text:
            if self.selection.is_empty:
                self.insert_text_at_cursor(text)
            else:
                self.replace(text, *self.selection)
        event.stop()


class ReplyInput(Vertical):
    """The input line with its hint.  Posts :class:`Submitted` and :class:`WaitRequested`."""

    DEFAULT_CSS = """
    ReplyInput { height: auto; padding: 0 0; }
    ReplyInput > ReplyBox { border: tall $primary 60%; }
    ReplyInput > ReplyBox:focus { border: tall $primary; }
    ReplyInput > #reply-hint { color: $text-muted; padding: 0 1; height: 1; text-wrap: nowrap; text-overflow: ellipsis; }
    ReplyInput.-busy > #reply-hint { color: $text-warning; }
    """

    BINDINGS = [
        Binding("f5", "wait", "沉默等待", tooltip="有意不说话：从上一句话到按下 F5 的秒数，就是等待的时间"),
    ]

    @dataclass
    class Submitted(Message):
        reply_input: "ReplyInput"
        text: str

        @property
        def control(self) -> "ReplyInput":
            return self.reply_input

    @dataclass
    class WaitRequested(Message):
        reply_input: "ReplyInput"

        @property
        def control(self) -> "ReplyInput":
            return self.reply_input

    busy: reactive[bool] = reactive(False)

    HINT = "Enter 发送 · F5 沉默等待 · 一打字就算开口"

    def __init__(self, *, cursor_blink: bool = True, **kwargs):
        super().__init__(**kwargs)
        self._cursor_blink = cursor_blink

    def compose(self) -> ComposeResult:
        box = ReplyBox(placeholder="请输入您要对客户说的话……", id="reply-box")
        box.cursor_blink = self._cursor_blink
        yield box
        yield Static(self.HINT, id="reply-hint", markup=False)

    @property
    def box(self) -> ReplyBox:
        return self.query_one(ReplyBox)

    def set_hint(self, text: str | None = None) -> None:
        self.query_one("#reply-hint", Static).update(text or self.HINT)

    def watch_busy(self, busy: bool) -> None:
        self.set_class(busy, "-busy")

    def focus_box(self) -> None:
        self.box.focus()

    @on(Input.Submitted, "#reply-box")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(self, event.value))

    def clear(self) -> None:
        self.box.value = ""

    def action_wait(self) -> None:
        self.post_message(self.WaitRequested(self))
