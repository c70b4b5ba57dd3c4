"""One candidate's attempt at an exam, headless: the app drives it call by call.

No feedback is shown during an exam (that is the app's job to withhold); this
object keeps the rules: attempts allowed, time limits through the engine's clock,
a critical violation failing the attempt at once, every turn stored as it
happens, and at the end a result signed with the proctor's key.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from grading import aggregate, default_rubric

from ..engine.clock import SystemClock
from ..records import RecordStore, RecordStoreError
from ..records.turns import call_outcome, ending_record, line_record, turn_record
from ..engine.session import CallSession
from ..output_files import write_text
from . import signing
from .definition import ExamDefinition
from .results import MOCK, PROCTORED, normalise_name


class ExamError(Exception):
    """The exam cannot be taken (attempts used up, nothing to play); message in Chinese."""


def file_sha256(path: str) -> str:
    """The file's SHA-256 (hex), as a result records the exam and scenario files; "" if unreadable."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return ""


@dataclass
class CallOutcome:
    scenario_id: str
    session: CallSession
    record_id: str | None  # None when the records database refused it
    timed_out: bool = False


@dataclass
class ExamAttempt:
    exam: ExamDefinition
    library: dict  # scenario id -> Scenario
    candidate: str
    store: RecordStore
    clock: object = field(default_factory=SystemClock)
    attempt_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    # "proctored": taken at a seat of the proctor's exam server, signed in from the roster
    # (a certificate); "mock": taken on the candidate's own machine (模拟考试, never one).
    mode: str = MOCK
    roster: dict | None = None  # the roster entry the candidate signed in as (proctored)

    def __post_init__(self):
        # One person, one count: a zero-width space or a full-width letter is not a new name.
        self.candidate = normalise_name(self.candidate)
        if not self.candidate:
            raise ExamError("请用 --candidate 写明考生姓名")
        if self.mode not in (MOCK, PROCTORED):
            raise ValueError(f"unknown exam mode {self.mode!r}")
        if self.mode == PROCTORED and (self.roster is None or self.roster.get("name") != self.candidate):
            raise ExamError("正式考试只能由名单上的考生凭登录码参加。")
        previous = self.store.exam_attempts(self.candidate, self.exam.id)
        if len(previous) >= self.exam.attempts:
            raise ExamError(f"考生 {self.candidate} 参加“{self.exam.title}”已达 {self.exam.attempts} 次，不能再考。")
        self.attempt_number = len(previous) + 1
        self.plan = self.exam.plan(self.library)
        if not self.plan:
            raise ExamError("这场考试没有安排任何通话")
        # Fail closed: an attempt that cannot be counted is not started.
        try:
            self.store.begin_attempt(
                candidate=self.candidate, exam_id=self.exam.id, number=self.attempt_number, attempt_id=self.attempt_id,
                header={"exam_title": self.exam.title, "exam_version": self.exam.version, "mode": self.mode},
            )
        except RecordStoreError as exc:
            raise ExamError(f"考试记录无法写入，考试不能开始：{exc}") from None
        self.calls: list[CallOutcome] = []
        self.started_at = time.time()
        self._started_clock = self.clock.now()
        self._call_started_clock = self._started_clock
        self.finished = False
        self.failed_reason = ""
        self.record_errors: list[str] = []  # the records database refused a write: the exam stops there

    # -- time ------------------------------------------------------------------
    def time_left_total(self) -> float | None:
        if self.exam.time_limit_total is None:
            return None
        return self.exam.time_limit_total - (self.clock.now() - self._started_clock)

    def time_left_call(self) -> float | None:
        """Seconds left for the current call: the tighter of its own and the total limit."""
        limits = []
        if self.exam.time_limit_per_call is not None:
            limits.append(self.exam.time_limit_per_call - (self.clock.now() - self._call_started_clock))
        total = self.time_left_total()
        if total is not None:
            limits.append(total)
        return min(limits) if limits else None

    def out_of_time(self) -> bool:
        left = self.time_left_call()
        return left is not None and left <= 0

    # -- calls -----------------------------------------------------------------
    @property
    def current(self) -> CallOutcome | None:
        return self.calls[-1] if self.calls and not self.calls[-1].session.ended and not self.calls[-1].timed_out else None

    def next_call(self) -> CallOutcome | None:
        """Start the next call, or None when the exam is over."""
        if self.finished or len(self.calls) >= len(self.plan) or self.failed_reason:
            self.finished = True
            return None
        total_left = self.time_left_total()
        if total_left is not None and total_left <= 0:
            self.failed_reason = self.failed_reason or "考试总时间已用完"
            self.finished = True
            return None
        index = len(self.calls)
        if index == 0:  # the exam's time runs from its first call, not from the welcome screen
            self.started_at = time.time()
            self._started_clock = self.clock.now()
        scenario = self.library[self.plan[index]]
        seed = self.exam.seed * 1000 + index
        outcome = CallOutcome(scenario.id, None, None)  # type: ignore[arg-type]

        def on_turn(result, outcome=outcome):
            if outcome.record_id is not None:
                self._record(self.store.record_turn, outcome.record_id, result.index, result.kind, result.text, turn_record(result))
            if result.grade is not None and result.grade.critical:
                self.failed_reason = "出现一票否决的违规"
            if result.ended:
                self._finish_call(outcome)

        outcome.session = CallSession(scenario, seed=seed, clock=self.clock, on_turn=on_turn)
        line = outcome.session.start()
        outcome.record_id = self._record(
            self.store.begin_session,
            trainee=self.candidate,
            scenario_id=scenario.id,
            scenario_title=scenario.title,
            scenario_version=str(scenario.version),
            rubric_version=default_rubric().version,
            mode="exam",
            exam_id=self.exam.id,
            attempt_id=self.attempt_id,
            seed=seed,
            header={"start": line_record(line)},
        )
        self.calls.append(outcome)
        self._call_started_clock = self.clock.now()
        return outcome

    def _record(self, write, *args, **kwargs):
        """Write to the records; a refused write (full disk, locked file) stops the exam:
        no call goes on with gaps in its record.  What was written stays, and the signed
        result file holds every turn taken."""
        try:
            return write(*args, **kwargs)
        except RecordStoreError as exc:
            if str(exc) not in self.record_errors:
                self.record_errors.append(str(exc))
            self.failed_reason = self.failed_reason or "考试记录写入失败，考试已停止"
            return None

    def time_out_current(self) -> None:
        """The call's time ran out: it ends unfinished and counts as such."""
        outcome = self.current
        if outcome is not None:
            outcome.timed_out = True
            self.failed_reason = self.failed_reason or "有通话超出时间限制"
            self._finish_call(outcome, status="timed_out")

    def stop(self) -> None:
        """End the attempt now (a critical violation, or the candidate leaves):
        the call under way is kept as abandoned, and no further call starts."""
        outcome = self.current
        if outcome is not None:
            self._finish_call(outcome, status="abandoned")
            outcome.session.close()
        self.finished = True

    def _finish_call(self, outcome: CallOutcome, status: str = "finished") -> None:
        if outcome.record_id is None:
            return
        label = "超时未完成" if status == "timed_out" else "未完成"
        self._record(self.store.finish_session, outcome.record_id, **call_outcome(outcome.session, status=status, label_if_unended=label))

    # -- the result --------------------------------------------------------------
    def result(self) -> dict:
        grades = [t.grade for c in self.calls for t in c.session.turns if t.grade is not None]
        overall = aggregate(grades)
        reasons = []
        if self.failed_reason:
            reasons.append(self.failed_reason)
        if len([c for c in self.calls if c.session.ended]) < len(self.plan):
            reasons.append("没有完成全部通话")
        for number, c in enumerate(self.calls, 1):
            ending = c.session.ending
            if ending is not None and not ending.good and c.scenario_id not in self.exam.bad_ending_allowed:
                reasons.append(f"第 {number} 通电话结局不理想：{ending.label}")
        if overall.overall < self.exam.pass_mark:
            reasons.append(f"总分 {overall.overall} 低于及格线 {self.exam.pass_mark}")
        labels = {c: cat.label for c, cat in default_rubric().categories.items()}
        for category, score in overall.by_category.items():
            minimum = self.exam.category_minimum(category)
            if minimum is not None and score < minimum:
                reasons.append(f"{labels.get(category, category)} {score} 分，低于该类最低要求 {minimum}")
        calls = []
        for c in self.calls:
            s = c.session
            summary = s.summary()
            calls.append(
                {
                    "scenario_id": c.scenario_id,
                    "scenario_title": s.scenario.title,
                    "scenario_version": str(s.scenario.version),
                    "scenario_sha256": file_sha256(s.scenario.path),
                    "seed": s.seed,
                    "path": s.path,
                    "ending": ending_record(s.ending),
                    "timed_out": c.timed_out,
                    "score": summary.overall,
                    "status": summary.status,
                    "reasons": list(summary.reasons),
                    "by_category": summary.by_category,
                    "turns": [turn_record(t) for t in s.turns],
                }
            )
        return {
            "format": "peilian-exam-result/1",
            "exam": {"id": self.exam.id, "title": self.exam.title, "version": self.exam.version, "sha256": file_sha256(self.exam.path),
                     "pass_mark": self.exam.pass_mark, "attempts": self.exam.attempts},
            "candidate": self.candidate,
            "mode": self.mode,
            **({"roster": dict(self.roster)} if self.roster is not None else {}),
            "attempt_id": self.attempt_id,
            "attempt": self.attempt_number,
            "started_at": self.started_at,
            "finished_at": time.time(),
            "rubric_version": default_rubric().version,
            "score": overall.overall,
            "by_category": overall.by_category,
            "critical": overall.critical,
            "passed": not reasons,
            "reasons": reasons,
            "calls": calls,
        }

    def write_result(self, out_dir: str | Path, key: bytes, result: dict | None = None) -> Path:
        """Sign the result (``result``, else :meth:`result` now) and write it, atomically."""
        document = signing.sign(result if result is not None else self.result(), key)
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in f"{self.exam.id}-{self.candidate}")[:80]
        path = out_dir / f"{safe}-{self.attempt_number}-{self.attempt_id[:8]}.json"
        write_text(path, json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True))
        return path
