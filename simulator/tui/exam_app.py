"""The exam app (``peilian exam EXAM.yaml --candidate NAME``): calls one after
another from an :class:`~simulator.exam.attempt.ExamAttempt`, nothing shown but
the words and the clock, and a signed result at the end.

No picker, no reports, no practice mode, no scenario files: the only screens are
the welcome page, the calls and the result (see ``screens/exam_screens.py``).
Every turn reaches the records through the attempt's own hook as it happens.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from simulator.call import Call

from .app import BaseApp, load_grader
from .catalog import Entry
from .screens.exam_screens import ExamCallScreen, ExamIntroScreen, ExamResultScreen
from .screens.help_screen import EXAM_KEYS


class ExamApp(BaseApp):
    SUB_TITLE = "认证考试"
    HELP_KEYS = EXAM_KEYS

    def __init__(self, attempt, *, key: bytes, out_dir: Path, grader_loader: Callable[[], None] = load_grader,
                 theme: str | None = None, cursor_blink: bool = True):
        super().__init__(clock=attempt.clock, grader_loader=grader_loader, theme=theme, cursor_blink=cursor_blink)
        self.attempt = attempt
        self.key = key
        self.out_dir = Path(out_dir)
        self.result: dict | None = None
        self.result_path: Path | None = None
        self.result_error: str | None = None

    def first_screen(self) -> None:
        self.push_screen(ExamIntroScreen(self.attempt))

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
        if self.result_path is not None or self.result_error is not None:
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
    """Build the exam app for an attempt (the command and the tests alike)."""
    return ExamApp(attempt, key=key, out_dir=out_dir, grader_loader=grader_loader or load_grader, theme=theme, cursor_blink=cursor_blink)
