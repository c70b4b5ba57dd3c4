"""The exam app: calls one after another from an
:class:`~simulator.exam.attempt.ExamAttempt`, nothing shown but the words and the
clock, and a signed result at the end.

Two ways in.  ``peilian exam EXAM.yaml --candidate NAME`` on a candidate's own
machine is a mock exam (模拟考试): the attempt exists before the app opens.  At a
seat of the proctor's exam server (``peilian exam serve``) the app first asks the
name on the roster and the one-time code (:class:`ExamSeat`), and the attempt is
made once the code is accepted: a proctored exam, the only kind that certifies.

No picker, no reports, no practice mode, no scenario files: the only screens are
sign-in (at a seat), the welcome page, the calls and the result (see
``screens/exam_screens.py``).  Every turn reaches the records through the
attempt's own hook as it happens.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from textual import on, work

from simulator.call import Call

from .app import BaseApp, load_grader
from .catalog import Entry
from .screens.exam_screens import ExamCallScreen, ExamIntroScreen, ExamResultScreen, ExamSignInScreen
from .screens.help_screen import EXAM_KEYS


@dataclass
class ExamSeat:
    """What a seat of the exam server needs to make an attempt once a candidate signs in."""

    exam: object  # simulator.exam.definition.ExamDefinition
    library: dict
    store: object  # simulator.records.RecordStore


class ExamApp(BaseApp):
    SUB_TITLE = "认证考试"
    HELP_KEYS = EXAM_KEYS

    def __init__(self, attempt, *, key: bytes, out_dir: Path, seat: ExamSeat | None = None, clock=None,
                 grader_loader: Callable[[], None] = load_grader, theme: str | None = None, cursor_blink: bool = True):
        from simulator.engine.clock import SystemClock

        clock = attempt.clock if attempt is not None else clock or SystemClock()
        super().__init__(clock=clock, grader_loader=grader_loader, theme=theme, cursor_blink=cursor_blink)
        self.attempt = attempt
        self.seat = seat
        self.key = key
        self.out_dir = Path(out_dir)
        self.result: dict | None = None
        self.result_path: Path | None = None
        self.result_error: str | None = None
        if attempt is not None:
            from simulator.exam.results import MODE_LABELS

            self.sub_title = MODE_LABELS[attempt.mode]

    def first_screen(self) -> None:
        if self.attempt is None:
            self.push_screen(ExamSignInScreen(self.seat.exam.title))
        else:
            self.push_screen(ExamIntroScreen(self.attempt))

    @on(ExamSignInScreen.SignInRequested)
    def _sign_in(self, event: ExamSignInScreen.SignInRequested) -> None:
        self.sign_in(event.name, event.code)

    @work(thread=True, exclusive=True, group="sign-in", exit_on_error=False)
    def sign_in(self, name: str, code: str) -> None:
        """Check the name and code against the roster (using the code up), then make the
        attempt: the code is spent only on a sign-in that can start the exam."""
        from simulator.exam.attempt import ExamAttempt, ExamError
        from simulator.exam.results import PROCTORED, normalise_name
        from simulator.exam.roster import MAX_FAILURES, code_hash
        from simulator.records import RecordStoreError

        seat = self.seat
        name = normalise_name(name)
        try:
            previous = seat.store.exam_attempts(name, seat.exam.id)
            if len(previous) >= seat.exam.attempts:
                raise ExamError(f"考生 {name} 参加“{seat.exam.title}”已达 {seat.exam.attempts} 次，不能再考。")
            entry = seat.store.redeem_code(seat.exam.id, name, code_hash(seat.exam.id, name, code), max_failures=MAX_FAILURES)
            attempt = ExamAttempt(seat.exam, seat.library, name, seat.store, clock=self.clock, mode=PROCTORED, roster=entry)
        except (ExamError, RecordStoreError) as exc:
            self.call_from_thread(self._refused, str(exc))
            return
        self.call_from_thread(self._signed_in, attempt)

    def _refused(self, reason: str) -> None:
        if isinstance(self.screen, ExamSignInScreen):
            self.screen.refused(reason)

    def _signed_in(self, attempt) -> None:
        self.attempt = attempt
        self.sub_title = f"考生：{attempt.candidate}"
        self.switch_screen(ExamIntroScreen(attempt))

    def next_call(self) -> None:
        """The next call of the exam, or the result when there is none left."""
        outcome = self.attempt.next_call()
        if outcome is None:
            self.finish_attempt()
            return
        entry = Entry(outcome.session.scenario, "exam")
        # The attempt records each turn through the session's on_turn; the Call keeps it.
        self.call = ExamCallScreen(entry, Call(outcome.session), attempt=self.attempt, number=len(self.attempt.calls))
        self.switch_screen(self.call)

    def finish_attempt(self, show: bool = True) -> None:
        """End the attempt, write the signed result, and show the candidate pass or fail."""
        if self.attempt is None or self.result_path is not None or self.result_error is not None:
            return
        if not self.attempt.finished:
            self.attempt.stop()
        self.result = self.attempt.result()
        try:
            self.result_path = self.attempt.write_result(self.out_dir, self.key, self.result)
        except OSError as exc:
            self.result_error = f"考试结果无法写入 {self.out_dir}（{exc.strerror or exc}）。所有通话都已保存在记录数据库中，请联系监考老师。"
        self.call = None
        if show:
            self.switch_screen(ExamResultScreen(self.result, self.result_error))

    def action_help_quit(self) -> None:
        self.notify("按 Ctrl+Q 退出考试（未完成的通话按未完成计）。", title="要退出吗？")


def make_exam_app(attempt, *, key: bytes, out_dir: Path, grader_loader: Callable[[], None] | None = None,
                  theme: str | None = None, cursor_blink: bool = True) -> ExamApp:
    """Build the exam app for an attempt made before it opens (a mock exam; the tests)."""
    return ExamApp(attempt, key=key, out_dir=out_dir, grader_loader=grader_loader or load_grader, theme=theme, cursor_blink=cursor_blink)


def make_exam_seat_app(seat: ExamSeat, *, key: bytes, out_dir: Path, clock=None, grader_loader: Callable[[], None] | None = None,
                       theme: str | None = None, cursor_blink: bool = True) -> ExamApp:
    """Build the app for one seat of the proctor's exam server: sign-in first."""
    return ExamApp(None, key=key, out_dir=out_dir, seat=seat, clock=clock, grader_loader=grader_loader or load_grader,
                   theme=theme, cursor_blink=cursor_blink)
