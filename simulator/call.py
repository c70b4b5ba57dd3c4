"""One call being taken: a ``CallSession`` and where its turns are recorded.

A :class:`Call` is what a call screen is handed: the session, plus the recorder
that every turn reaches through the session's ``on_turn`` hook.  A practice call
records into a :class:`~simulator.records.journal.Journal`; an exam's session
already records through its attempt's ``on_turn`` (``exam.attempt``), which the
call keeps; a call that cannot be recorded (no records database) has no journal.
Screens take turns with :meth:`Call.reply` and :meth:`Call.wait` and never write
the records themselves.

:func:`resume` brings a practice call left unfinished back where it was.

Headless: no Textual here.
"""

from __future__ import annotations

from dataclasses import dataclass

from .engine.session import CallSession
from .records.base import RecordStore, RecordStoreError
from .records.journal import PRACTICE_MODES, Journal
from .records.turns import turn_record


class Call:
    """A call being taken: its session, and its recorder through the session's ``on_turn``.

    ``journal``: where a practice call's turns go (None: not recorded).  A recorder
    the session already has (an exam attempt's ``on_turn``) is kept and runs first.
    After each move, :attr:`last_record` is the turn's record and
    :attr:`record_error` why it could not be stored (a Chinese sentence), if so.
    """

    def __init__(self, session: CallSession, journal: Journal | None = None):
        self.session = session
        self.journal = journal
        self.last_record: dict | None = None
        self.record_error: str | None = None
        self._recorder_before = session.on_turn
        session.on_turn = self._on_turn

    def _on_turn(self, result) -> None:
        self.record_error = None
        if self._recorder_before is not None:
            self._recorder_before(result)
        self.last_record = turn_record(result)
        if self.journal is not None:
            try:
                self.journal.write_turn(self.last_record)
            except RecordStoreError as exc:  # the call goes on; the screen says why
                self.record_error = str(exc)

    def reply(self, text: str, *, paused: float | None = None):
        """Say ``text`` after ``paused`` seconds of quiet (default: the quiet up to now):
        the session's ``TurnResult``, recorded before this returns."""
        return self.session.reply(text, paused=paused)

    def tick(self):
        """The move the line makes by itself when the trainee has been quiet long enough, or None."""
        return self.session.tick()

    def wait(self, seconds: float | None = None):
        """Stay silent (for ``seconds``, else as long as the clock says)."""
        return self.session.wait(seconds)

    def finish(self) -> None:
        """The call reached its ending: store it (RecordStoreError when that fails)."""
        if self.journal is not None:
            self.journal.finish(self.session)

    def stop_recording(self) -> None:
        """Write no more turns (the app is closing); the session stays open in the records."""
        if self.journal is not None:
            self.journal.close()

    def close(self) -> None:
        """Stop the call; a practice call left before its ending stays unfinished in the records."""
        self.session.close()
        if self.journal is not None:
            self.journal.close()


class ResumeError(Exception):
    """The call cannot be taken up again; the message says why, in Chinese."""


@dataclass
class Resumed:
    session: CallSession  # where the call was left
    records: list[dict]  # the turns already taken, as stored
    journal: Journal  # appends to the same record
    header: dict


def resume(store: RecordStore, session_id: str, scenario, *, clock=None, grader=None) -> Resumed:
    """Bring a call left unfinished back to where it was, to go on with it.

    The recorded replies and waits are replayed into a new ``CallSession`` with
    the recorded seed (waits with their recorded seconds); each replayed turn must
    take the same branch as the record, or the scenario changed and the call is
    not resumed.  Slow (it grades every recorded reply): call it off the UI thread.
    """
    record = store.session(session_id)
    if record is None:
        raise ResumeError("找不到这通电话的记录。")
    if record.mode not in PRACTICE_MODES:
        raise ResumeError("考试中的通话不能接着做。")
    if record.status != "open":
        raise ResumeError("这通电话已经结束，不能再接着做；可以重新开始一次。")
    if scenario.id != record.scenario_id:
        raise ResumeError(f"记录中的场景是 {record.scenario_id}，不是 {scenario.id}。")
    if record.scenario_version and str(scenario.version) != record.scenario_version:
        raise ResumeError(
            f"场景“{scenario.title}”已从第 {record.scenario_version} 版改为第 {scenario.version} 版，"
            "无法按原样接着这通电话。已经说过的内容仍可查看，也可以重新开始。"
        )
    records = store.turns(session_id)
    session = CallSession(scenario, seed=record.seed, clock=clock, grader=grader)
    session.start()
    for expected in records:
        n = expected.get("index", 0) + 1
        try:
            if expected.get("kind") == "wait":
                result = session.wait(float(expected.get("waited_seconds") or 0.0))
            else:
                paused = expected.get("waited_seconds")
                paused = float(paused) if isinstance(paused, (int, float)) and paused >= 0 else None
                result = session.reply(expected.get("text") or "", paused=paused)
        except Exception as exc:  # the engine refuses a move the record holds
            session.close()
            raise ResumeError(f"重放第 {n} 轮时出错（{exc}），场景文件可能已修改，无法接着这通电话。") from None
        if (result.node_from, result.node_to) != (expected.get("node_from"), expected.get("node_to")):
            session.close()
            raise ResumeError(f"重放第 {n} 轮时走向与记录不同，场景文件可能已修改，无法接着这通电话。")
    journal = Journal(store, session_id)
    if session.ended:  # the last turn was stored but the process died before the ending was
        journal.finish(session)
    return Resumed(session, records, journal, record.header)
