"""Author mode: a trainer tries their scenario file.

Pick any node on the left and play from it; every move shows, on the right, each
branch of the node checked in order and why it held or not, and which rubric rules
fired.  Edit the YAML in any editor (Ctrl+E opens $EDITOR), save, press Ctrl+R: the file is read again and
the same moves are played on the new version (or its errors are listed, with file
and line, and the last good version stays in use).

The screen drives an :class:`~simulator.authoring.bench.AuthorBench` (headless).  Moves and
reloads grade replies, so they run in a thread worker.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult, SuspendNotSupported
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import OptionList, Static

from simulator.records.turns import ending_record, line_record
from simulator.settings import editor_command

from .help_screen import AUTHOR_KEYS
from ..widgets.branch_trace import TracePanel, render_errors, render_move
from ..widgets.node_list import NodeList
from ..widgets.reply_input import ReplyInput
from ..widgets.transcript import Transcript
from ..widgets.key_bar import KeyBar

HINT = "Enter 发送 · F5 等 5 秒，或输入 [等待 3 秒]"


class AuthorScreen(Screen):
    HELP_KEYS = AUTHOR_KEYS
    BINDINGS = [
        Binding("ctrl+r", "reload", "重载", priority=True),
        Binding("ctrl+e", "edit", "编辑", priority=True),
        Binding("ctrl+t", "restart", "重来", priority=True),
        Binding("escape", "close", "返回"),
    ]

    @dataclass
    class Closed(Message):
        """The author is done; the app goes back (or exits when this was all it did)."""

        screen: "AuthorScreen"

    busy: reactive[bool] = reactive(False)

    def __init__(self, bench, *, node: str | None = None, state: dict | None = None, **kwargs):
        super().__init__(**kwargs)
        self.bench = bench
        self._first_node = node
        self._first_state = state

    # -- layout ---------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="author-top"):
            yield Static(id="author-title")
        with Horizontal(id="author-body"):
            with Vertical(id="author-nodes"):
                yield NodeList(id="node-list")
            with Vertical(id="author-call"):
                yield Transcript(customer_name=self._customer_name(), id="transcript")
                yield ReplyInput(cursor_blink=self.app.cursor_blink, id="reply")
            yield TracePanel(id="trace")
        yield KeyBar()

    def _customer_name(self) -> str:
        persona = self.bench.scenario.persona
        return persona.name if persona is not None else "客户"

    @property
    def transcript(self) -> Transcript:
        return self.query_one(Transcript)

    @property
    def trace(self) -> TracePanel:
        return self.query_one(TracePanel)

    @property
    def node_list(self) -> NodeList:
        return self.query_one(NodeList)

    @property
    def reply_input(self) -> ReplyInput:
        return self.query_one(ReplyInput)

    def on_mount(self) -> None:
        self.query_one("#author-nodes").border_title = "节点（Enter 从这里开始）"
        self.transcript.border_title = "试打"
        self.reply_input.set_hint(HINT)
        self._start(self._first_node, self._first_state)
        self.reply_input.focus_box()

    # -- what is shown ----------------------------------------------------------
    def _show_title(self) -> None:
        scenario = self.bench.scenario
        self.query_one("#author-title", Static).update(
            Content.assemble(
                Content.styled("作者模式", "bold $text-accent"),
                f"  {scenario.title}",
                Content.styled(f"  {shown_path(scenario.path)}  （版本 {scenario.version}）", "$text-muted"),
            )
        )

    def _show_call(self, start_line, turns) -> None:
        """The call from its first line, after a (re)start or a reload."""
        bench = self.bench
        self._show_title()
        self.transcript.remove_children()
        state = "，".join(f"{k} = {v}" for k, v in bench.start_state.items())
        self.transcript.add_note(Content.styled(f"—— 从节点 {bench.start_node} 开始" + (f"（{state}）" if state else "") + " ——", "$text-muted"))
        self.transcript.add_customer(line_record(start_line))
        for result in turns:
            self._show_turn(result)
        current = bench.session.path[-1] if bench.session.path else bench.start_node
        self.node_list.show_scenario(bench.scenario, current=current, start=bench.scenario.start)
        if turns:
            self.trace.show(self._explained(turns[-1]))
        else:
            self.trace.show(Content.styled(f"从节点 {bench.start_node} 开始。说一句话（或按 F5 等待），\n这里会列出每条分支为什么成立或不成立。", "$text-muted"))

    def _show_turn(self, result) -> None:
        if result.kind == "reply":
            bubble = self.transcript.add_agent(result.text)
            bubble.set_grade(result.grade, self.app.pass_mark)
        else:
            self.transcript.add_wait(result.waited_seconds)
        if result.customer is not None:
            self.transcript.add_customer(line_record(result.customer))
        if result.ended:
            self.transcript.add_ending(ending_record(result.ending))
            self.transcript.add_note(Content.styled("在左边选一个节点重新开始，或按 Ctrl+T 从头再来", "$text-muted"))

    def _explained(self, result) -> Content:
        from simulator.scenario.loader import known_acts

        return render_move(result, act_labels=known_acts(), variables=self.bench.scenario.variables, pass_mark=self.app.pass_mark)

    # -- starting ---------------------------------------------------------------
    def _start(self, node: str | None, state: dict | None = None) -> None:
        try:
            line = self.bench.start(node, state=state)
        except Exception as exc:  # an unknown node or variable given on the command line
            self.notify(str(exc), title="无法从这里开始", severity="error", timeout=8, markup=False)
            line = self.bench.start()
        self._show_call(line, [])

    @on(OptionList.OptionSelected, "#node-list")
    def _node_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.busy or event.option.id is None or event.option.id.startswith("ending:"):
            return
        self._start(event.option.id, self.bench.start_state)
        self.reply_input.focus_box()

    def action_restart(self) -> None:
        if not self.busy:
            self._start(self.bench.start_node, self.bench.start_state)
            self.reply_input.focus_box()

    # -- moves --------------------------------------------------------------------
    @on(ReplyInput.Submitted)
    def _reply(self, event: ReplyInput.Submitted) -> None:
        event.stop()
        if not event.text.strip():
            self.notify("还没有输入回复。想沉默等待请按 F5，或输入 [等待 3 秒]。", title="回复为空")
            return
        self._move(event.text)

    @on(ReplyInput.WaitRequested)
    def _wait(self, event: ReplyInput.WaitRequested) -> None:
        event.stop()
        self._move(None)

    def _move(self, text: str | None) -> None:
        if self.busy:
            self.notify("上一步还在处理，请稍候。", severity="warning")
            return
        if self.bench.session is None or self.bench.session.ended:
            self.notify("通话已经结束。在左边选一个节点，或按 Ctrl+T 从头再来。", title="通话已结束")
            return
        self.reply_input.clear()
        self.trace.show(Content.styled("正在评分……", "$text-muted"))
        bench = self.bench
        self._in_background(lambda: bench.play(text) if text is not None else bench.wait(), self._moved, "这一步没能处理")

    def _moved(self, results) -> None:
        for result in results:
            self._show_turn(result)
        result = results[-1]
        self.trace.show(self._explained(result))
        self.node_list.mark(result.node_to)
        self.reply_input.focus_box()

    # -- reloading ------------------------------------------------------------------
    def action_reload(self) -> None:
        if self.busy:
            self.notify("上一步还在处理，请稍候再重新加载。", severity="warning")
            return
        self._in_background(self.bench.reload, self._reloaded, "重新加载失败")

    def _reloaded(self, outcome) -> None:
        if not outcome.ok:
            self.trace.show(render_errors(outcome.errors, still_playing=self.bench.session is not None))
            self.notify(f"文件有 {len(outcome.errors)} 处错误，仍在用上次的版本。详见右侧。", title="没有重新加载", severity="error", timeout=8)
            return
        session = self.bench.session
        start_line = session.turns[0].answered if session.turns else session.current
        self._show_call(start_line, outcome.replayed)
        self.notify(reload_summary(outcome), title="已重新加载", timeout=8)
        self.reply_input.focus_box()

    # -- slow work: moves and reloads grade replies -----------------------------------
    def _in_background(self, job, then, failed: str) -> None:
        self.busy = True
        self.reply_input.busy = True
        self._work(job, then, failed)

    @work(thread=True, group="author")
    def _work(self, job, then, failed: str) -> None:
        self.app.grader_ready.wait()
        try:
            value, error = job(), None
        except Exception as exc:  # noqa: BLE001 - shown, never a crash: the author is mid-edit
            value, error = None, exc
        self.app.call_from_thread(self._worked, then, value, error, failed)

    def _worked(self, then, value, error, failed: str) -> None:
        self.busy = False
        self.reply_input.busy = False
        if error is not None:
            self.notify(f"{failed}：{error}", title="出错了", severity="error", timeout=10, markup=False)
            return
        then(value)

    def action_edit(self) -> None:
        """Open the file in the trainer's editor ($VISUAL or $EDITOR), then reload it."""
        if self.busy:
            return
        path = self.bench.path
        command = editor_command(path)
        if command is None:
            self.notify(f"没有设置编辑器（环境变量 EDITOR）。请在另一个窗口中编辑 {path}，保存后回到这里按 Ctrl+R。", title="编辑文件", timeout=10, markup=False)
            return
        try:
            with self.app.suspend():
                subprocess.run(command, check=False)
        except SuspendNotSupported:  # in a browser (peilian serve) the terminal cannot be handed over
            self.notify(f"这里不能打开编辑器。请在另一个窗口中编辑 {path}，保存后回到这里按 Ctrl+R。", title="编辑文件", timeout=10, markup=False)
            return
        except OSError as exc:
            self.notify(f"无法启动编辑器 {command[0]}：{exc.strerror or exc}", title="编辑文件", severity="error", timeout=10, markup=False)
            return
        self.action_reload()

    def action_close(self) -> None:
        self.bench.close()
        self.post_message(self.Closed(self))


def shown_path(path: str) -> str:
    """The file as the trainer would type it: relative to where they started, when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def reload_summary(outcome) -> str:
    """One or two sentences on what changed, for the notification after a reload."""
    parts = []
    if outcome.restarted_from:
        parts.append(f"原来的起始节点已不存在，改从 {outcome.restarted_from} 开始。")
    if outcome.replayed:
        parts.append(f"重放了 {len(outcome.replayed)} 步。")
    if outcome.changed_at is not None:
        parts.append(f"第 {outcome.changed_at + 1} 步的走向变了：原来到 {outcome.before}，现在到 {outcome.after}。")
    elif outcome.replayed:
        parts.append("走向和重新加载前一样。")
    if outcome.unused:
        parts.append(f"通话提前结束，还有 {outcome.unused} 步没有用上。")
    if outcome.warnings:
        parts.append(f"文件有 {len(outcome.warnings)} 条提醒（运行 peilian validate 查看）。")
    return "".join(parts) or "已读入最新的文件。"
