"""One call being taken, above the engine and the records.

:func:`resume` brings a practice call left unfinished back where it was.

Headless: no Textual here.
"""

from __future__ import annotations

from dataclasses import dataclass

from .engine.session import CallSession
from .records.base import RecordStore
from .records.journal import PRACTICE_MODES, Journal


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
                result = session.reply(expected.get("text") or "")
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
