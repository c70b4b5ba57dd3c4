"""The call: transcript, reply box, persona card, feedback panel.

State flows down (the screen tells its widgets what to show), messages flow up
(the reply box posts ``Submitted`` / ``WaitRequested``), and the slow part of a
turn (waiting for the grader to load, grading, writing the records) runs in a
thread worker and comes back with ``call_from_thread``.

A resumed call (``replayed``: the turns read back from the records) opens with
everything already said on screen, and goes on from there.

The line lives in real time: a timer asks the session whether the line moves on
by itself (a node's ``after_silence``), unless the trainee is typing; typing is
speaking, so the pause before a reply ends at its first keystroke.  In practice
mode the clock stops while feedback on a faulty reply is there to be read, and
starts again when the trainee goes on (types, presses Enter or F5).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, Label, Static

from simulator.records import RecordStoreError
from simulator.records.turns import ending_record, grade_from_record, line_record

from ..widgets.call_timer import CallTimer
from ..widgets.feedback_panel import FeedbackPanel
from ..widgets.persona_card import PersonaCard
from ..widgets.reply_input import ReplyInput
from ..widgets.transcript import Transcript
from ..widgets.key_bar import KeyBar


def meter_from_state(scenario, state) -> dict | None:
    name = getattr(scenario, "mood_variable", "")
    if not name or name not in scenario.variables or name not in state:
        return None
    var = scenario.variables[name]
    return {"variable": name, "label": var.label or name, "value": state[name], "low": var.low, "high": var.high}


# How often the screen asks whether the line moves on by itself (seconds).
LINE_TICK_SECONDS = 0.25


class Confirm(ModalScreen[bool]):
    """Ask before leaving something that cannot be taken back; Esc or the first button: stay."""

    DEFAULT_CSS = """
    Confirm { align: center middle; }
    Confirm > Vertical {
        width: 64; height: auto; padding: 1 2;
        border: thick $warning 70%; background: $surface;
    }
    Confirm.-danger > Vertical { border: thick $error 70%; }
    Confirm Horizontal { height: auto; align-horizontal: right; margin-top: 1; }
    Confirm Button { margin-left: 2; }
    """
    BINDINGS = [
        Binding("escape", "stay", "取消"),
        # Arrow keys move between the two buttons as Tab does.
        Binding("left,up", "app.focus_previous", show=False),
        Binding("right,down", "app.focus_next", show=False),
    ]

    def __init__(self, question: str, body: str, *, stay: str, go: str, go_id: str, danger: bool = False):
        super().__init__(classes="-danger" if danger else "")
        self.question, self.body = question, body
        self.stay_label, self.go_label, self.go_id = stay, go, go_id
        self.danger = danger

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Content.styled(self.question, "bold"))
            yield Static(self.body, markup=False)
            with Horizontal():
                yield Button(self.stay_label, id="stay", variant="primary")
                yield Button(self.go_label, id=self.go_id, variant="error" if self.danger else "warning")

    def on_mount(self) -> None:
        self.query_one("#stay", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id != "stay")

    def action_stay(self) -> None:
        self.dismiss(False)


class ConfirmLeave(Confirm):
    """Leave the call before it ends?"""

    def __init__(self, turns: int):
        super().__init__(
            "结束本次练习？",
            f"通话还没有结束。已经说过的 {turns} 轮都已保存，\n可以在场景列表里按 U 查看，或接着做完这通电话。",
            stay="继续通话",
            go="结束练习",
            go_id="leave",
        )
        self.turns = turns


class CallScreen(Screen):
    BINDINGS = [
        # F2 names the mode it switches to; the app shows the one that applies.
        Binding("f2", "app.toggle_practice('realistic')", "实战模式"),
        Binding("f2", "app.toggle_practice('practice')", "练习模式"),
        Binding("escape", "leave", "结束练习"),
    ]

    @dataclass
    class CallEnded(Message):
        """The call reached an ending; the report can be shown."""

        screen: "CallScreen"

    @dataclass
    class ReportRequested(Message):
        """The trainee asked for the report of this call."""

        screen: "CallScreen"

    busy: reactive[bool] = reactive(False)

    def __init__(self, entry, call, *, practice: bool = True, replayed: list[dict] | None = None, **kwargs):
        """``call``: a :class:`simulator.call.Call`, which records every turn; the screen does no recording."""
        super().__init__(**kwargs)
        self.entry = entry
        self.scenario = entry.scenario
        self.call = call
        self.session = call.session
        self.replayed = list(replayed or [])
        self.records: list[dict] = list(self.replayed)
        self.start_line: dict | None = None
        self.ended = False
        self.practice = practice
        self._hint = ""
        self.summary = None  # grading.SessionScore, once the call has ended
        self.left = False  # the trainee left mid-call (the record stays unfinished)
        self._turn_done = threading.Event()
        self._turn_done.set()
        self._paused_before: float | None = None  # the quiet before the reply being typed

    # -- layout ---------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="call-top"):
            yield Static(Content.styled(self.scenario.title, "bold"), id="call-title")
            yield CallTimer(self.session.clock.now, stopped=self._clock_stopped, id="call-timer")
        with Horizontal(id="call-body"):
            with Vertical(id="call-left"):
                yield Transcript(customer_name=self._customer_name(), id="transcript")
                yield ReplyInput(cursor_blink=self.app.cursor_blink, id="reply")
            with Vertical(id="call-right"):
                yield PersonaCard(self.scenario.persona, id="persona")
                yield FeedbackPanel(pass_mark=self.app.pass_mark, id="feedback")
        yield KeyBar()

    def _customer_name(self) -> str:
        persona = self.scenario.persona
        return persona.name if persona is not None else "客户"

    @property
    def transcript(self) -> Transcript:
        return self.query_one(Transcript)

    @property
    def feedback(self) -> FeedbackPanel:
        return self.query_one(FeedbackPanel)

    @property
    def persona_card(self) -> PersonaCard:
        return self.query_one(PersonaCard)

    @property
    def reply_input(self) -> ReplyInput:
        return self.query_one(ReplyInput)

    @property
    def timer(self) -> CallTimer:
        return self.query_one(CallTimer)

    def on_mount(self) -> None:
        self.transcript.border_title = "通话记录"
        line = self.session.current
        turns = self.session.turns
        self.start_line = line_record(turns[0].answered if turns else line)
        self.apply_practice(self.practice)
        self.timer.start_call()
        self.transcript.add_note(Content.styled("—— 电话接通 ——", "$text-muted"))
        if self.replayed:
            self._show_replayed()
        self._show_customer(line)
        self.reply_input.focus_box()
        if not self.app.grader_ready.is_set():
            self.reply_input.set_hint("评分引擎正在加载，可先作答，加载完即评分")
        self.set_interval(LINE_TICK_SECONDS, self.line_tick)

    # -- the line in real time ---------------------------------------------------
    def _clock_stopped(self) -> bool:
        return bool(getattr(self.session.clock, "paused", False))

    def line_tick(self) -> None:
        """Let the line move on by itself when it is due and the trainee is not speaking."""
        if self.ended or self.busy or self.left or self._clock_stopped() or self.reply_input.box.value:
            return
        due = self.session.due_at()
        if due is not None and self.session.clock.now() >= due:
            self._begin_turn("tick", "", None)

    def _stop_clock_for_reading(self) -> None:
        pause = getattr(self.session.clock, "pause", None)
        if pause is not None:
            pause()
            self.reply_input.set_hint("计时已暂停，看完反馈按 Enter 或直接作答")
            self.timer.tick()

    def _go_on(self) -> bool:
        """Start the stopped clock again; True if it was stopped."""
        if not self._clock_stopped():
            return False
        self.session.clock.resume()
        self.reply_input.set_hint()
        self.timer.tick()
        return True

    @on(Input.Changed, "#reply-box")
    def _typing(self, event: Input.Changed) -> None:
        if not event.value:
            self._paused_before = None
            return
        self._go_on()
        if self._paused_before is None:  # the first keystroke: the trainee starts to speak
            self._paused_before = self.session.quiet_for()

    def _show_replayed(self) -> None:
        """A resumed call: what was said before it was cut off, then where it goes on."""
        for record in self.replayed:
            self.transcript.add_customer(self.customer_record(record.get("answered")))
            if record.get("kind") == "wait":
                self.transcript.add_wait(record.get("waited_seconds"), by_itself=bool(record.get("by_itself")))
                grade = None
            else:
                bubble = self.transcript.add_agent(record.get("text") or "")
                grade = grade_from_record(record.get("grade"))
                self.show_grade(bubble, grade)
        last = self.replayed[-1]
        self.show_feedback(grade_from_record(last.get("grade")), waited=last.get("waited_seconds") if last.get("kind") == "wait" else None)
        state = self.session.state
        self.show_meter(state)
        self.transcript.add_note(Content.styled(f"—— 已恢复中断的通话（已说 {len(self.replayed)} 轮），接着往下说 ——", "$text-muted"))

    # -- what the trainee sees about each turn (withheld in an exam) -----------
    def customer_record(self, record: dict | None) -> dict | None:
        return record

    def show_grade(self, bubble, grade) -> None:
        if bubble is not None:
            bubble.set_grade(grade, self.app.pass_mark)

    def show_feedback(self, grade, *, waited=None) -> None:
        self.feedback.show_turn(grade, waited=waited)

    def show_pending(self, pending: bool) -> None:
        self.feedback.pending = pending

    def show_meter(self, state) -> None:
        meter = meter_from_state(self.scenario, state)
        if meter is not None:
            self.persona_card.show_state(meter)

    def show_persona_line(self, line) -> None:
        self._hint = line.hint
        self.persona_card.show_line(line, show_hint=self.practice)

    # -- practice / realistic -------------------------------------------------
    def apply_practice(self, practice: bool) -> None:
        self.practice = practice
        if not practice:
            self._go_on()  # realistic: the clock always runs
        self.feedback.hidden_feedback = not practice
        self.transcript.set_class(not practice, "-realistic")
        self.persona_card.show_hint(self._hint if practice else "")

    # -- the customer's side ---------------------------------------------------
    def _show_customer(self, line) -> None:
        if line is None:
            return
        self.transcript.add_customer(self.customer_record(line_record(line)))
        self.show_persona_line(line)
        if not line.final and not self.ended:
            self.timer.start("线路无声" if line.silent else "客户等待")

    # -- the trainee's moves ----------------------------------------------------
    @on(ReplyInput.Submitted)
    def _reply(self, event: ReplyInput.Submitted) -> None:
        event.stop()
        if self.ended:
            return
        if self.busy:
            self.notify("上一句还在评分，请稍候再发送。", severity="warning")
            return
        text = event.text
        if not text.strip():
            self.reply_input.clear()
            if self._go_on():
                return  # Enter after reading the feedback: the call goes on
            self.notify("还没有输入回复。想保持沉默、继续等客户开口，请按 F5。", title="回复为空")
            return
        paused = self._paused_before
        self.reply_input.clear()
        self._paused_before = None  # now: the Changed message for the cleared box comes later
        bubble = self.transcript.add_agent(text)
        self._begin_turn("reply", text, bubble, paused)

    @on(ReplyInput.WaitRequested)
    def _wait(self, event: ReplyInput.WaitRequested) -> None:
        event.stop()
        if self.ended or self.busy:
            return
        if self._go_on():
            self.notify("计时继续：从现在起不说话，就是在等待。", title="继续通话")
            return
        self._begin_turn("wait", "", None)

    def _begin_turn(self, kind: str, text: str, bubble, paused: float | None = None) -> None:
        self.busy = True
        self.reply_input.busy = True
        self.show_pending(True)
        self.timer.stop()
        if not self.app.grader_ready.is_set():
            self.reply_input.set_hint("评分引擎正在加载，加载完立即为这句评分……")
        self._turn_done.clear()
        self.take_turn(kind, text, bubble, paused)

    @work(thread=True, group="turn")
    def take_turn(self, kind: str, text: str, bubble, paused: float | None = None) -> None:
        """Grade and move the call on (off the UI thread), record it, then show it."""
        error = journal_error = None
        result = record = None
        try:
            if kind == "reply":
                self.app.grader_ready.wait()
                result = self.call.reply(text, paused=paused)
            elif kind == "tick":
                result = self.call.tick()  # None: nothing was due after all
            else:
                result = self.call.wait()
            record, journal_error = self.call.last_record, self.call.record_error
        except Exception as exc:  # the call must survive anything the engine raises
            error = exc
        finally:
            if self.left:  # the trainee left while this turn was graded: finish up here
                self.call.close()
            self._turn_done.set()
        try:
            self.app.call_from_thread(self._turn_taken, result, record, bubble, error, journal_error)
        except RuntimeError:
            pass  # the app closed while this turn was graded; the records already have it

    def _turn_taken(self, result, record, bubble, error, journal_error) -> None:
        if self.left or not self.is_attached:
            return  # the trainee left meanwhile; the records have the turn
        self.busy = False
        self.reply_input.busy = False
        self.reply_input.set_hint()
        if error is not None:
            self.show_pending(False)
            self.notify(f"这一轮没能处理：{error}", title="出错了", severity="error", timeout=8, markup=False)
            self.timer.start("客户等待")
            return
        if result is None:  # a tick that found nothing due
            self.show_pending(False)
            self.timer.start("线路无声" if self.session.current is not None and self.session.current.silent else "客户等待")
            return
        self.records.append(record)
        if result.kind == "reply":
            self.show_grade(bubble, result.grade)
        else:
            self.transcript.add_wait(result.waited_seconds, by_itself=result.by_itself)
        self.show_feedback(result.grade, waited=result.waited_seconds if result.kind == "wait" else None)
        self.show_meter(result.state)
        if journal_error:
            # No call goes on with gaps in its record: it stops here, what was saved stays.
            self._stop_unrecorded(journal_error)
            return
        if result.ended:
            self.ended = True
            self._show_customer(result.customer)
            self._finish(result)
        else:
            self._show_customer(result.customer)
            self.reply_input.focus_box()
            if self.practice and result.grade is not None and result.grade.violations:
                self._stop_clock_for_reading()

    def _stop_unrecorded(self, reason: str) -> None:
        self.ended = True  # no more moves on this screen
        self.left = True
        self.timer.stop()
        saved = max(0, len(self.records) - 1)
        self.transcript.add_note(Content.styled("—— 练习记录无法保存，这通电话到此为止 ——", "bold $text-error"))
        self.notify(
            f"{reason}\n这通电话到此为止：刚才这一轮没能保存，之前的 {saved} 轮都已保存，可以在场景列表里按 U 接着做。",
            title="练习记录", severity="error", timeout=15, markup=False,
        )
        self.call.close()
        self.reply_input.display = False
        button = Button("练习记录无法保存，按 Enter 返回场景列表", id="to-list", variant="error")
        self.query_one("#call-left").mount(button)
        button.focus()

    @on(Button.Pressed, "#to-list")
    def _to_list(self, event: Button.Pressed) -> None:
        event.stop()
        self.app.pop_screen()

    def _finish(self, result) -> None:
        self.timer.stop()
        self.transcript.add_ending(ending_record(result.ending))
        summary = self.session.summary()
        try:
            self.call.finish()
        except RecordStoreError as exc:
            self.notify(str(exc), title="练习记录", severity="warning", timeout=8, markup=False)
        self.summary = summary
        self.reply_input.display = False
        button = Button("通话已结束，按 Enter 查看通话报告", id="to-report", variant="primary")
        self.query_one("#call-left").mount(button)
        button.focus()
        self.post_message(self.CallEnded(self))

    @on(Button.Pressed, "#to-report")
    def _to_report(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.ReportRequested(self))

    # -- leaving ----------------------------------------------------------------
    def action_leave(self) -> None:
        if self.left:  # stopped (the records refused a turn): nothing to confirm
            self.app.pop_screen()
            return
        if self.ended:
            self.post_message(self.ReportRequested(self))
            return

        def decided(leave: bool | None) -> None:
            if leave:
                self.app.leave_call(self)

        self.app.push_screen(ConfirmLeave(len(self.records)), decided)

    def leave(self) -> None:
        """Leave before the end; a turn still being graded is recorded by its worker."""
        self.left = True
        self.timer.stop()
        if self._turn_done.is_set():
            self.call.close()

    def wait_for_turn(self, timeout: float | None = None) -> bool:
        """Block until a turn being graded has been recorded (used when the app exits)."""
        return self._turn_done.wait(timeout)
