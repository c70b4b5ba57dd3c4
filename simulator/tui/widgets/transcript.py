"""The call transcript: the customer on the left, the trainee on the right,
silence shown as silence."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.css.query import NoMatches
from textual.widgets import Static

from ..labels import clip, ending_text, score_content, verdict_label

SHOWN_CHARS = 600  # a longer reply is folded in the transcript (the journal keeps it whole)


class Bubble(Vertical):
    """One thing said (or not said) on the line."""

    DEFAULT_CSS = """
    Bubble {
        width: auto;
        min-width: 14;
        max-width: 80%;
        height: auto;
        padding: 0 1;
        border: round $foreground 30%;
        border-title-color: $text-muted;
    }
    Bubble > Static { width: auto; max-width: 100%; }
    Bubble > .gloss { color: $text-muted; text-style: italic; }
    Bubble > .score-tag { color: $text-muted; }
    Bubble.-customer { border: round $secondary 60%; border-title-color: $text-secondary; }
    Bubble.-agent { border: round $primary 70%; border-title-color: $text-primary; }
    Bubble.-silent > .line { color: $text-muted; text-style: italic; }
    Bubble.-wait { border: dashed $foreground 25%; }
    Bubble.-wait > .line { color: $text-muted; text-style: italic; }
    """

    def __init__(self, text: str | Content, *, title: str = "", gloss: str | None = None, kind: str = "customer", **kwargs):
        super().__init__(**kwargs)
        self.add_class(f"-{kind}")
        self._text = text
        self._gloss = gloss
        self._grade = None
        self._pass_mark = 80
        self.border_title = title

    def compose(self) -> ComposeResult:
        yield Static(self._text, classes="line", markup=False) if isinstance(self._text, str) else Static(self._text, classes="line")
        if self._gloss:
            yield Static(Content(f"普通话：{self._gloss}"), classes="gloss")
        yield Static(self._tag(), classes="score-tag")

    def _tag(self) -> Content | str:
        if self._grade is None:
            return ""
        return Content.assemble(score_content(self._grade.score, self._pass_mark), " ", verdict_label(self._grade))

    def set_grade(self, grade, pass_mark: int = 80) -> None:
        self._grade, self._pass_mark = grade, pass_mark
        try:
            tag = self.query_one(".score-tag", Static)
        except NoMatches:  # not composed yet (a resumed call's earlier turns): shown when it is
            return
        tag.update(self._tag())


class Row(Vertical):
    DEFAULT_CSS = """
    Row { height: auto; width: 1fr; margin: 0 0 1 0; }
    Row.-agent { align-horizontal: right; }
    Row.-note { align-horizontal: center; }
    Row.-note > Static { width: auto; color: $text-muted; }
    Row.-ending > Static { width: auto; text-style: bold; padding: 0 2; background: $boost; }
    """


class Transcript(VerticalScroll):
    """Everything said on the call so far, newest at the bottom."""

    DEFAULT_CSS = """
    Transcript { height: 1fr; padding: 0 1; scrollbar-gutter: stable; }
    Transcript.-realistic Bubble > .gloss { display: none; }
    Transcript.-realistic Bubble > .score-tag { display: none; }
    """

    def __init__(self, *, customer_name: str = "客户", agent_name: str = "我", **kwargs):
        super().__init__(**kwargs)
        self.customer_name = customer_name
        self.agent_name = agent_name
        self.border_title = "通话记录"

    def _append(self, row: Row, bubble_or_static) -> None:
        self.mount(row)
        row.mount(bubble_or_static)
        self.scroll_end(animate=False)

    def add_customer(self, line: dict | None) -> Bubble | None:
        if not line:
            return None
        silent = line.get("silent") or not (line.get("text") or "").strip()
        text = line.get("text") or ""
        if silent:
            text = text.strip() or "（线路无声……）"
            if not text.startswith("（"):
                text = f"（{text}）"
        bubble = Bubble(clip(text, SHOWN_CHARS), title=self.customer_name, gloss=line.get("gloss"), kind="customer")
        if silent:
            bubble.add_class("-silent")
        self._append(Row(classes="-customer"), bubble)
        return bubble

    def add_agent(self, text: str) -> Bubble:
        bubble = Bubble(clip(text, SHOWN_CHARS), title=self.agent_name, kind="agent")
        self._append(Row(classes="-agent"), bubble)
        return bubble

    def add_wait(self, seconds: float | None, *, by_itself: bool = False) -> Bubble:
        if by_itself:  # nobody pressed anything: the silence simply went on
            shown = f"（{int(seconds or 0)} 秒没有说话）"
        elif seconds is not None:
            shown = f"（您保持沉默，等了 {int(seconds)} 秒）"
        else:
            shown = "（您保持沉默，继续等待）"
        bubble = Bubble(shown, title=self.agent_name, kind="wait")
        self._append(Row(classes="-agent"), bubble)
        return bubble

    def add_note(self, text: str | Content) -> None:
        self._append(Row(classes="-note"), Static(text))

    def add_ending(self, ending: dict | None) -> None:
        self._append(Row(classes="-note -ending"), Static(f"通话结束：{ending_text(ending)}"))
