"""simulator.call.Call: every turn reaches the records through the session's on_turn."""

import pytest

from simulator.call import Call
from simulator.engine.clock import ManualClock
from simulator.engine.session import CallSession
from simulator.records import RecordStoreError
from simulator.records.journal import Journal
from simulator.scenario import load_scenario


@pytest.fixture(scope="module")
def scenario():
    return load_scenario("silent_caller_basic")


def test_a_practice_call_records_each_turn_before_the_move_returns(scenario, records_db):
    with records_db.store() as store:
        session = CallSession(scenario, seed=1, clock=ManualClock(0))
        call = Call(session, Journal.open(store, scenario, trainee="王芳", start_line=session.start()))
        result = call.reply("您好！请问有什么可以帮助您？")
        assert call.record_error is None and call.last_record["index"] == result.index == 0
        assert [t["text"] for t in store.turns(call.journal.session_id)] == ["您好！请问有什么可以帮助您？"]
        call.close()
        assert store.unfinished("王芳")[0].id == call.journal.session_id  # left before its ending: resumable


def test_a_recorder_the_session_already_has_runs_first_and_is_kept(scenario):
    seen = []
    session = CallSession(scenario, seed=1, clock=ManualClock(0), on_turn=lambda result: seen.append(result.index))
    session.start()
    call = Call(session)  # an exam: the attempt records; the call has no journal
    call.wait(4.0)
    assert seen == [0] and call.last_record["kind"] == "wait" and call.journal is None


def test_a_turn_that_cannot_be_stored_is_said_and_the_call_goes_on(scenario):
    class Refusing:
        def write_turn(self, record):
            raise RecordStoreError("记录数据库已满。")

    session = CallSession(scenario, seed=1, clock=ManualClock(0))
    session.start()
    call = Call(session, Refusing())
    result = call.reply("您好！")
    assert call.record_error == "记录数据库已满。" and result.index == 0
    call.reply("您好，请问您能听到吗？")
    assert call.record_error == "记录数据库已满。"
