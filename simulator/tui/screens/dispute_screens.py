"""Disputes in the app: a trainee's "我有异议" on one turn of a call's report, and the
trainers' screen where open disputes are accepted (the grade was wrong) or rejected
with a note.  The screens only ask; the app writes to the records (messages up).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, DataTable, Header, Input, Label, RadioButton, RadioSet, Static

from simulator.records.disputes import REASON_MAX_CHARS, graded_as

from ..labels import clip, short
from ..widgets.key_bar import KeyBar

EXPECT_CHOICES = (("ok", "合格"), ("minor", "轻微扣分"), ("major", "不合格"), ("critical", "一票否决"))
STATUS_LABELS = {"open": "待处理", "accepted": "已采纳", "rejected": "未采纳"}
GRADED_LABELS = dict(EXPECT_CHOICES)


class _Dialog(ModalScreen):
    """A small dialog with 取消 (and Esc), which dismisses it with None."""

    BINDINGS = [Binding("escape", "cancel", "取消")]

    @on(Button.Pressed, "#cancel")
    def _cancel(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class DisputeDialog(_Dialog):
    """我有异议: why the trainee thinks this turn's grade is wrong.  Dismisses with the
    reason, or None (Esc, 取消)."""

    BINDINGS = [
        Binding("up", "app.focus_previous", show=False),
        Binding("down", "app.focus_next", show=False),
    ]

    def __init__(self, turn_number: int, reply: str, verdict: str):
        super().__init__()
        self.turn_number, self.reply, self.verdict = turn_number, reply, verdict

    def compose(self) -> ComposeResult:
        with Vertical(id="dispute-box"):
            yield Label(Content.styled(f"对第 {self.turn_number} 轮的评分有异议", "bold"))
            yield Static(Content.assemble("您的回复：", clip(self.reply, 120), "\n", Content.styled(f"评分：{self.verdict}", "$text-muted")))
            yield Static("请写下您认为评分不对的理由，培训师处理后会在“练习记录”里告诉您结果。", classes="muted")
            yield Input(placeholder="例如：我是在复述客户的原话，不是骂客户", max_length=REASON_MAX_CHARS, id="dispute-reason")
            with Horizontal(classes="dialog-buttons"):
                yield Button("取消", id="cancel")
                yield Button("提交异议", id="submit", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#dispute-reason", Input).focus()

    @on(Input.Submitted, "#dispute-reason")
    @on(Button.Pressed, "#submit")
    def _submit(self, event) -> None:
        event.stop()
        reason = self.query_one("#dispute-reason", Input).value.strip()
        if not reason:
            self.notify("请先写下理由再提交。", severity="warning", timeout=4)
            self.query_one("#dispute-reason", Input).focus()
            return
        self.dismiss(reason)


@dataclass(frozen=True)
class Decision:
    accepted: bool
    expect: str | None
    note: str


class DecideDialog(_Dialog):
    """Accept (choose what the turn should have been graded) or reject (a note is required)."""

    def __init__(self, dispute, *, accept: bool):
        super().__init__()
        self.dispute, self.accept = dispute, accept

    def compose(self) -> ComposeResult:
        turn = self.dispute.turn
        with Vertical(id="dispute-box"):
            yield Label(Content.styled("采纳这条异议" if self.accept else "不采纳这条异议", "bold"))
            yield Static(Content.assemble("回复：", clip(turn.get("reply") or "", 120), "\n", Content.styled("学员的理由：" + clip(self.dispute.reason, 120), "$text-muted")))
            if self.accept:
                yield Static("这一句应评为：")
                with RadioSet(id="dispute-expect"):
                    for value, label in EXPECT_CHOICES:
                        yield RadioButton(label, value=value == "ok", name=value)
            yield Input(placeholder="说明（学员会看到）" + ("，可不填" if self.accept else "，必填"), max_length=REASON_MAX_CHARS, id="dispute-note")
            with Horizontal(classes="dialog-buttons"):
                yield Button("取消", id="cancel")
                yield Button("采纳" if self.accept else "不采纳", id="submit", variant="success" if self.accept else "error")

    def on_mount(self) -> None:
        self.query_one("#dispute-expect" if self.accept else "#dispute-note").focus()

    @on(Input.Submitted, "#dispute-note")
    @on(Button.Pressed, "#submit")
    def _submit(self, event) -> None:
        event.stop()
        note = self.query_one("#dispute-note", Input).value.strip()
        if not self.accept and not note:
            self.notify("不采纳时请写明理由，学员会看到。", severity="warning", timeout=4)
            self.query_one("#dispute-note", Input).focus()
            return
        expect = None
        if self.accept:
            pressed = self.query_one("#dispute-expect", RadioSet).pressed_button
            expect = pressed.name if pressed is not None else "ok"
        self.dismiss(Decision(self.accept, expect, note))


class DisputesScreen(Screen):
    """For trainers: the disputes in the records, open ones first; Y accepts, N rejects."""

    BINDINGS = [
        Binding("y", "decide(True)", "采纳"),
        Binding("n", "decide(False)", "不采纳"),
        Binding("a", "toggle_all", "全部/待处理"),
        Binding("escape", "back", "返回"),
    ]

    @dataclass
    class DecisionMade(Message):
        dispute_id: str
        decision: Decision

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.show_all = False
        self.disputes: list = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="disputes-table", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="dispute-detail"):
            yield Static(Content.styled("正在读取异议……", "$text-muted"), id="dispute-detail-text")
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = "评分异议"
        self.sub_title = "培训师处理"
        table = self.query_one("#disputes-table", DataTable)
        table.border_title = "待处理的异议"
        self.query_one("#dispute-detail").border_title = "详情"
        table.add_column("状态", key="status", width=6)
        table.add_column("学员", key="trainee", width=10)
        table.add_column("场景", key="scenario", width=24)
        table.add_column("轮", key="n", width=3)
        table.add_column("评分", key="graded", width=8)
        table.add_column("学员的理由", key="reason", width=30)
        self.load()

    @work(thread=True, exclusive=True, group="disputes", exit_on_error=False)
    def load(self) -> None:
        from simulator.records import RecordStoreError

        store = self.app.store
        if store is None:
            self.app.call_from_thread(self._show_problem, self.app.records_error or "练习记录不可用。")
            return
        try:
            found = store.disputes(status=None if self.show_all else "open")
        except RecordStoreError as exc:
            self.app.call_from_thread(self._show_problem, str(exc))
            return
        self.app.call_from_thread(self.show, found)

    def _show_problem(self, message: str) -> None:
        self.query_one("#dispute-detail-text", Static).update(Content.styled(message, "$text-error"))

    def show(self, disputes: list) -> None:
        """State down: the disputes to list (open ones first, oldest first)."""
        self.disputes = sorted(disputes, key=lambda d: (d.status != "open", d.filed_at))
        table = self.query_one("#disputes-table", DataTable)
        table.border_title = "全部异议" if self.show_all else "待处理的异议"
        table.clear()
        for d in self.disputes:
            turn = d.turn
            table.add_row(
                STATUS_LABELS.get(d.status, d.status),
                short(d.trainee, 4),
                short(turn.get("scenario_title") or turn.get("scenario_id") or "", 11),
                str(d.index + 1),
                GRADED_LABELS[graded_as(turn)],
                short(d.reason, 14),
                key=d.id,
            )
        if self.disputes:
            table.focus()
            self._describe(self.disputes[0])
        else:
            self.query_one("#dispute-detail-text", Static).update(
                Content.styled("没有异议。" if self.show_all else "没有待处理的异议。按 A 查看全部。", "$text-muted")
            )

    def _selected(self):
        table = self.query_one("#disputes-table", DataTable)
        if not self.disputes or table.cursor_row is None or table.cursor_row >= len(self.disputes):
            return None
        return self.disputes[table.cursor_row]

    @on(DataTable.RowHighlighted, "#disputes-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        dispute = self._selected()
        if dispute is not None:
            self._describe(dispute)

    def _describe(self, d) -> None:
        turn = d.turn
        grade = turn.get("grade") or {}
        lines = [
            Content.styled(f"{d.trainee}　{turn.get('scenario_title') or turn.get('scenario_id') or ''}　第 {d.index + 1} 轮", "bold"),
            Content.assemble(Content.styled("客户：", "bold $text-secondary"), clip(turn.get("customer") or "（无）", 200)),
            Content.assemble(Content.styled("学员：", "bold $text-primary"), clip(turn.get("reply") or "", 300)),
            Content.styled(f"评分：{grade.get('score', '—')} 分", "$text-muted"),
        ]
        for v in grade.get("violations") or ():
            lines.append(Content(f"  · {v.get('title') or v.get('rule')}（{v.get('rule')}）"))
        lines.append(Content.assemble(Content.styled("学员的理由：", "bold"), d.reason))
        if d.status == "open":
            lines.append(Content.styled("按 Y 采纳（评分有误），按 N 不采纳（写明理由）。", "$text-accent"))
        else:
            result = STATUS_LABELS[d.status] + (f"，应评为“{GRADED_LABELS.get(d.expect, d.expect)}”" if d.status == "accepted" else "")
            lines.append(Content.styled(f"处理：{d.decided_by or ''} {result}" + (f"：{d.note}" if d.note else ""), "$text-muted"))
        self.query_one("#dispute-detail-text", Static).update(Content("\n").join(lines))

    def check_action(self, action: str, parameters) -> bool | None:
        if action == "decide":
            dispute = self._selected()
            return dispute is not None and dispute.status == "open"
        return True

    def action_decide(self, accept: bool) -> None:
        dispute = self._selected()
        if dispute is None or dispute.status != "open":
            return

        def decided(decision: Decision | None) -> None:
            if decision is not None:
                self.post_message(self.DecisionMade(dispute.id, decision))

        self.app.push_screen(DecideDialog(dispute, accept=accept), decided)

    def action_toggle_all(self) -> None:
        self.show_all = not self.show_all
        self.load()

    def action_back(self) -> None:
        self.app.pop_screen()
