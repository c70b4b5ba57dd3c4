"""Resume after a killed process: a real subprocess takes part of a call, writing each
turn through the app's per-turn hook, and is killed with SIGKILL mid-call.  The record
keeps every turn taken; replaying them (same seed, same waits) brings the call back
to the same state, and it goes on, appended to the same record.  On SQLite and on
PostgreSQL (the ``records_db`` fixture): the child writes to the same database."""

import dataclasses
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from conftest import ROOT
from simulator import call
from simulator.records import journal
from simulator.engine.clock import ManualClock
from simulator.records import open_store
from simulator.records.turns import turn_record
from simulator.engine.session import CallSession

pytestmark = pytest.mark.cli  # every test here kills a process of its own

SCENARIO = "dialect_shanghai_switch"
SEED = 5
BEFORE = ["嗯嗯，您说。", 5, "对不起，请您讲普通话，好吗？谢谢！"]  # taken before the kill
AFTER = ["没关系，请问您家的地址是？", "好的，已经为您登记报修，师傅今天下午五点前上门检修，请您放心。", "不客气，感谢您的来电，再见！"]

# The child process plays like the app does: CallSession, turn_record, Journal.write_turn.
CHILD = textwrap.dedent(
    """
    import json, sys, time
    from simulator.records import journal
    from simulator.engine.clock import ManualClock
    from simulator.records import open_store
    from simulator.records.turns import turn_record
    from simulator.scenario import load_library
    from simulator.engine.session import CallSession

    db, scenario_id, seed, moves = sys.argv[1], sys.argv[2], int(sys.argv[3]), json.loads(sys.argv[4])
    scenario = load_library().scenarios[scenario_id]
    store = open_store(db)
    clock = ManualClock(0)
    session = CallSession(scenario, seed=seed, clock=clock)
    j = journal.Journal.open(store, scenario, trainee="王芳", seed=seed, start_line=session.start())
    for move in moves:
        clock.advance(2)
        if isinstance(move, (int, float)):
            clock.advance(move)
            result = session.wait()
        else:
            result = session.reply(move)
        j.write_turn(turn_record(result))  # the app's per-turn hook
    print("READY", j.session_id, flush=True)
    time.sleep(600)  # mid-call: the next reply never comes
    """
)


def play(session, clock, moves):
    results = []
    for move in moves:
        clock.advance(2)
        if isinstance(move, (int, float)):
            clock.advance(move)
            results.append(session.wait())
        else:
            results.append(session.reply(move))
    return results


@pytest.fixture(scope="module")
def scenario():
    from simulator.scenario import load_library

    return load_library().scenarios[SCENARIO]


@pytest.fixture
def killed(records_db):
    """A database holding a call whose process was killed with SIGKILL after BEFORE."""
    import json

    db = records_db.url
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), SCENARIO, str(SEED), json.dumps(BEFORE, ensure_ascii=False)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONIOENCODING="utf-8"),
    )
    try:
        line = child.stdout.readline()
        assert line.startswith("READY"), line + child.stderr.read()
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
    return db, line.split()[1]


def test_the_record_of_a_killed_call_holds_every_turn_taken(killed):
    db, session_id = killed
    with open_store(db) as store:
        [record] = store.unfinished("王芳")
        assert record.id == session_id and record.status == "open" and record.seed == SEED
        turns = store.turns(session_id)
        assert [t["kind"] for t in turns] == ["reply", "wait", "reply"]
        assert [t["text"] for t in turns] == [BEFORE[0], "", BEFORE[2]]
        assert turns[1]["waited_seconds"] == 7  # 2 s of thinking and the 5 s wait
        [shown] = journal.unfinished_sessions(store, "王芳")
        assert shown.resumable and len(shown.turns) == 3


def test_resuming_reproduces_the_state_and_the_call_goes_on(killed, scenario):
    db, session_id = killed
    # The same call, never interrupted: what the resumed one must match.
    clock = ManualClock(0)
    reference = CallSession(scenario, seed=SEED, clock=clock)
    reference.start()
    expected = play(reference, clock, BEFORE)

    with open_store(db) as store:
        resumed = call.resume(store, session_id, scenario, clock=ManualClock(500))
        session = resumed.session
        assert [r["text"] for r in resumed.records] == [BEFORE[0], "", BEFORE[2]]
        assert dict(session.state) == dict(reference.state)
        assert session.path == reference.path
        assert session.current.text == reference.current.text
        assert [t.grade for t in session.turns] == [t.grade for t in expected]
        assert session.history == reference.history

        # Go on with the call, as the app does, appending to the same record.
        clock2 = session.clock
        for result, ref in zip(play(session, clock2, AFTER), play(reference, clock, AFTER)):
            assert (result.node_to, result.state, result.grade) == (ref.node_to, ref.state, ref.grade)
            resumed.journal.write_turn(turn_record(result))
        assert session.ended and session.ending == reference.ending
        resumed.journal.finish(session)

    with open_store(db) as store:
        record = store.session(session_id)
        assert record.finished and record.score == reference.summary().overall
        assert record.ending["label"] == reference.ending.label
        assert [t["index"] for t in store.turns(session_id)] == [0, 1, 2, 3, 4, 5]
        assert store.unfinished("王芳") == []
        with pytest.raises(call.ResumeError, match="已经结束"):
            call.resume(store, session_id, scenario)


def test_a_changed_scenario_is_not_resumed_and_nothing_is_lost(killed, scenario):
    db, session_id = killed
    changed = dataclasses.replace(scenario, version="2")
    with open_store(db) as store:
        with pytest.raises(call.ResumeError, match="第 1 版改为第 2 版"):
            call.resume(store, session_id, changed)
        assert len(store.turns(session_id)) == 3 and store.session(session_id).status == "open"


def test_a_record_that_diverges_from_the_scenario_is_not_resumed(killed, scenario, records_db):
    import json

    db, session_id = killed
    [(data,)] = records_db.query("SELECT data FROM turns WHERE session_id=? AND idx=0", session_id)
    records_db.execute("UPDATE turns SET data=? WHERE session_id=? AND idx=0", json.dumps(dict(json.loads(data), node_to="nowhere")), session_id)
    with open_store(db) as store:
        with pytest.raises(call.ResumeError, match="第 1 轮时走向与记录不同"):
            call.resume(store, session_id, scenario)
