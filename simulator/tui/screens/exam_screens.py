"""The exam's screens: a welcome page, the calls, and the result.

During an exam the candidate sees the customer's words and the clock, nothing
else: no score, no feedback, no hints, no Mandarin gloss of a dialect line, no
scenario title, description or goals, no mood meter, no ending label, no report,
no picker.  The per-call and total time limits count down on the right and are
enforced; a critical violation ends the attempt at once.  At the end the
candidate sees only pass or fail and the score.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.message import Message
from textual.widgets import Button, Input, Static

from simulator.exam.results import MOCK, MODE_LABELS, PROCTORED

from ..labels import mmss
from ..widgets.call_timer import CallTimer
from ..widgets.reply_input import ReplyInput
from ..widgets.transcript import Transcript
from .call_screen import CallScreen, Confirm
from ..widgets.key_bar import KeyBar

LOW_TIME = 60  # seconds: the countdown turns red


def limit_text(seconds: float | None) -> str:
    if seconds is None:
        return "不限时"
    minutes = seconds / 60
    return f"{minutes:g} 分钟" if minutes >= 1 else f"{seconds:g} 秒"


def countdown(seconds: float | None) -> Content:
    if seconds is None:
        return Content.styled("不限时", "$text-muted")
    style = "bold $text-error" if seconds <= LOW_TIME else "bold"
    return Content.styled(mmss(max(0.0, seconds)), style)


class ExamPage(Screen):
    """A page before or after the calls: a box with one button, focused (Enter presses it)."""

    BUTTON = ""

    def on_mount(self) -> None:
        self.query_one(f"#{self.BUTTON}", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.go()

    def go(self) -> None:
        raise NotImplementedError


class ExamSignInScreen(Screen):
    """At a seat of the proctor's exam server: the name on the roster and the one-time
    code the proctor handed out.  Posts :class:`SignInRequested`; the app checks it."""

    BINDINGS = [Binding("escape", "app.quit", "退出")]

    class SignInRequested(Message):
        def __init__(self, name: str, code: str) -> None:
            super().__init__()
            self.name, self.code = name, code

    def __init__(self, exam_title: str, **kwargs):
        super().__init__(id="exam-sign-in", **kwargs)
        self.exam_title = exam_title

    def compose(self) -> ComposeResult:
        with Vertical(id="sign-in-box"):
            yield Static(Content.styled(f"认证考试 · {self.exam_title}", "bold"), id="sign-in-title")
            yield Static("请输入考生名单上的姓名和监考老师发给您的登录码。登录码只能用一次。", id="sign-in-help")
            yield Input(placeholder="姓名（与名单上一致）", max_length=40, id="exam-sign-in-name")
            yield Input(placeholder="登录码，如 K7Q2-M9XP", max_length=20, id="exam-sign-in-code")
            yield Static("", id="sign-in-error")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#exam-sign-in-name", Input).focus()

    @on(Input.Submitted, "#exam-sign-in-name")
    def _name_given(self) -> None:
        self.query_one("#exam-sign-in-code", Input).focus()

    @on(Input.Submitted, "#exam-sign-in-code")
    def _submitted(self) -> None:
        name = " ".join(self.query_one("#exam-sign-in-name", Input).value.split())
        code = self.query_one("#exam-sign-in-code", Input).value.strip()
        if not name or not code:
            self.refused("请输入姓名和登录码，然后按 Enter。")
            self.query_one("#exam-sign-in-name" if not name else "#exam-sign-in-code", Input).focus()
            return
        self.query_one("#sign-in-error", Static).update(Content.styled("正在核对……", "$text-muted"))
        self.post_message(self.SignInRequested(name, code))

    def refused(self, reason: str) -> None:
        """State down: the sign-in was refused; the code is cleared, the name kept."""
        self.query_one("#sign-in-error", Static).update(Content.styled(reason, "$text-error"))
        code = self.query_one("#exam-sign-in-code", Input)
        code.value = ""
        code.focus()


class ExamIntroScreen(ExamPage):
    """Who, what, how long, and the rules; Enter starts the first call (and the clock)."""

    BINDINGS = [Binding("escape", "app.quit", "退出")]
    BUTTON = "exam-start"

    def __init__(self, attempt, **kwargs):
        super().__init__(id="exam-intro", **kwargs)
        self.attempt = attempt

    def compose(self) -> ComposeResult:
        exam, attempt = self.attempt.exam, self.attempt
        mock = attempt.mode == MOCK
        with Vertical() as box:
            box.border_title = MODE_LABELS[attempt.mode]
            yield Static(Content.styled(exam.title, "bold"), id="exam-title")
            lines = [
                *(["这是模拟考试：在您自己的电脑上考，成绩只供练习参考，不是证书。", ""] if mock else []),
                f"考生：{attempt.candidate}（第 {attempt.attempt_number} 次，共可考 {exam.attempts} 次）",
                f"本场考试共 {len(attempt.plan)} 通电话，依次接听。",
                f"每通电话限时：{limit_text(exam.time_limit_per_call)}；全场限时：{limit_text(exam.time_limit_total)}。",
                "",
                "考试规则：",
                "  • 考试中不显示评分、反馈和提示，考完只显示是否通过和总分。",
                "  • 出现一票否决的违规，考试立即结束，判为不通过。",
                "  • 时间到时通话自动结束，按未完成计。",
                "  • Enter 发送回复，F5 沉默等待。",
            ]
            yield Static("\n".join(lines), id="exam-rules", markup=False)
            yield Button("开始考试（计时从第一通电话接通时开始）", id="exam-start", variant="primary")
        yield KeyBar()

    def go(self) -> None:
        self.app.next_call()


class ConfirmAbandon(Confirm):
    def __init__(self):
        super().__init__(
            "放弃考试？",
            "放弃后考试立即结束：正在进行和没有接听的通话都按未完成计，本次考试判为不通过，并占用一次考试机会。",
            stay="继续考试",
            go="放弃考试",
            go_id="abandon",
            danger=True,
        )


class ExamCallScreen(CallScreen):
    """One exam call: the call screen with everything but the words and the clock withheld."""

    INHERIT_BINDINGS = False
    BINDINGS = [Binding("escape", "abandon", "放弃考试")]

    def __init__(self, entry, call, *, attempt, number: int, **kwargs):
        super().__init__(entry, call, practice=False, **kwargs)
        self.attempt = attempt
        self.number = number
        self.timed_out = False

    def compose(self) -> ComposeResult:
        total = len(self.attempt.plan)
        with Horizontal(id="call-top"):
            yield Static(Content.styled(f"{MODE_LABELS[self.attempt.mode]} · 第 {self.number} 通 / 共 {total} 通", "bold"), id="call-title")
            yield CallTimer(self.session.clock.now, id="call-timer")
        with Horizontal(id="call-body"):
            with Vertical(id="call-left"):
                yield Transcript(customer_name="客户", id="transcript")
                yield ReplyInput(cursor_blink=self.app.cursor_blink, id="reply")
            with Vertical(id="call-right"):
                yield Static("", id="exam-status")
        yield KeyBar()

    def on_mount(self) -> None:
        # (CallScreen.on_mount runs first: Textual calls the handler of every class in the MRO.)
        self.query_one("#exam-status").border_title = "考试"
        self.set_interval(0.5, self.tick)
        self.tick()

    # -- nothing but the words -------------------------------------------------
    def apply_practice(self, practice: bool) -> None:
        self.practice = False
        self.transcript.add_class("-realistic")

    def customer_record(self, record):
        if record is None:
            return None
        # The exam calls the customer 客户 throughout, the parting words included.
        text = record.get("text") or ""
        persona = self.scenario.persona
        if persona is not None and persona.name:
            text = text.replace(persona.name, "客户")
        return dict(record, gloss="", text=text)

    def show_grade(self, bubble, grade) -> None:
        pass

    def show_feedback(self, grade, *, waited=None) -> None:
        pass

    def show_meter(self, state) -> None:
        pass

    def show_pending(self, pending: bool) -> None:
        pass

    def show_persona_line(self, line) -> None:
        self._hint = ""

    # -- the clock -------------------------------------------------------------
    def status_content(self) -> Content:
        attempt = self.attempt
        lines = [
            Content.assemble("考试：", Content.styled(attempt.exam.title, "bold")),
            Content(f"考生：{attempt.candidate}"),
            Content(f"第 {self.number} 通 / 共 {len(attempt.plan)} 通"),
            Content(""),
            Content.assemble("本通剩余  ", countdown(attempt.time_left_call())),
            Content.assemble("考试剩余  ", countdown(attempt.time_left_total())),
            Content(""),
            Content.styled("考试中不显示评分、反馈和提示。", "$text-muted"),
            Content.styled("Enter 发送 · F5 沉默等待 · Esc 放弃考试", "$text-muted"),
        ]
        return Content("\n").join(lines)

    def tick(self) -> None:
        if not self.is_attached:
            return
        if not self.ended:
            self.query_one("#exam-status", Static).update(self.status_content())
        if not self.ended and not self.busy and self.attempt.out_of_time():
            self.time_out()

    def time_out(self) -> None:
        """The call's time is up: it ends here, unfinished."""
        self.attempt.time_out_current()
        self.timed_out = True
        self.ended = True
        self.timer.stop()
        self.query_one("#exam-status", Static).update(self.status_content())
        self.transcript.add_note(Content.styled("—— 时间到，本通电话结束 ——", "bold $text-warning"))
        self._offer_next()

    # -- the end of a call ----------------------------------------------------------
    def _turn_taken(self, result, record, bubble, error, journal_error) -> None:
        super()._turn_taken(result, record, bubble, error, journal_error)
        if self.attempt.record_errors and not getattr(self, "_told_records", False):
            self._told_records = True
            self.notify(
                f"考试记录无法写入（{self.attempt.record_errors[0]}），考试到此停止；已作答的内容都在签名的结果文件里，请联系监考老师。",
                title="考试记录", severity="error", timeout=15, markup=False,
            )
        if self.attempt.failed_reason and self.is_attached:  # a critical violation: the attempt ends now
            self.attempt.stop()
            self.app.finish_attempt()
        elif not self.ended and self.attempt.out_of_time():
            self.time_out()

    def _finish(self, result) -> None:
        self.timer.stop()
        self.transcript.add_note(Content.styled("—— 通话结束 ——", "$text-muted"))
        self._offer_next()

    def _offer_next(self) -> None:
        self.reply_input.display = False
        last = len(self.attempt.calls) >= len(self.attempt.plan) or bool(self.attempt.failed_reason)
        label = "考试结束，按 Enter 查看结果" if last else "本通电话已结束，按 Enter 接听下一通"
        button = Button(label, id="exam-next", variant="primary")
        self.query_one("#call-left").mount(button)
        button.focus()

    @on(Button.Pressed, "#exam-next")
    def _next(self, event: Button.Pressed) -> None:
        event.stop()
        self.app.next_call()

    def action_abandon(self) -> None:
        def decided(abandon: bool | None) -> None:
            if abandon:
                self.attempt.stop()
                self.app.finish_attempt()

        self.app.push_screen(ConfirmAbandon(), decided)


class ExamResultScreen(ExamPage):
    """Pass or fail, and the score: all a candidate sees of the result."""

    BINDINGS = [Binding("escape,q", "app.quit", "退出")]
    BUTTON = "exam-quit"

    def __init__(self, result: dict | None, error: str | None = None, **kwargs):
        super().__init__(id="exam-result", **kwargs)
        self.result = result or {}
        self.error = error

    def compose(self) -> ComposeResult:
        passed = bool(self.result.get("passed"))
        with Vertical() as box:
            box.border_title = "考试结束"
            yield Static(Content.styled(self.result.get("exam", {}).get("title", ""), "bold"))
            verdict = Content.styled("通过", "bold $text-success") if passed else Content.styled("未通过", "bold $text-error")
            yield Static(Content.assemble("结果：", verdict, f"　　总分：{self.result.get('score', '—')} 分"), id="exam-result-verdict")
            if self.error:
                yield Static(Content.styled(self.error, "$text-error"), id="exam-result-error")
            else:
                yield Static(Content.styled("成绩已记录，详细评分由监考老师查看。", "$text-muted"))
            if self.result.get("mode") != PROCTORED:
                yield Static(Content.styled("这是模拟考试，成绩只供练习参考，不是证书。正式认证请在监考老师的考场参加。", "$text-warning"), id="exam-result-mock")
            yield Button("退出", id="exam-quit", variant="primary")
        yield KeyBar()

    def go(self) -> None:
        self.app.exit()
