"""The record store's contract: what every backend does, run against every backend.

The ``records_db`` fixture gives each test an empty database once per backend in
``conftest.BACKENDS``: SQLite always, PostgreSQL when ``PEILIAN_TEST_POSTGRES_URL``
is set (skipped with the reason otherwise).  A new backend is one module under
``simulator/records/`` (a :class:`~simulator.records.base.RecordStore` subclass),
its scheme in ``open_store``, and its row in ``BACKENDS``; this suite passing is
what makes it a backend.
"""

import pytest

from simulator.records import RecordStore, RecordStoreError


def test_open_store_picks_this_backend(records_db):
    with records_db.store() as store:
        assert isinstance(store, RecordStore) and store.backend == records_db.kind


def test_sessions_and_turns_round_trip(records_db):
    with records_db.store() as store:
        sid = store.begin_session(trainee="王芳", scenario_id="silent_basic", scenario_title="无声电话", scenario_version="1")
        store.record_turn(sid, 0, "reply", "您好！", {"score": 100})
        store.record_turn(sid, 1, "wait", "", {"waited_seconds": 4.0})
        assert [s.id for s in store.unfinished("王芳")] == [sid]
        store.finish_session(sid, outcome="closed_politely", good_ending=True, ending_label="礼貌结束", score=96, passed=True, summary={"overall": 96})
    with records_db.store() as again:
        (session,) = again.sessions("王芳")
        assert session.finished and session.score == 96 and session.good_ending is True
        turns = again.turns(sid)
        assert [t["kind"] for t in turns] == ["reply", "wait"]
        assert turns[0]["text"] == "您好！" and turns[0]["score"] == 100
        assert again.best_scores("王芳") == {"silent_basic": 96}
        assert again.unfinished() == []


def test_a_turn_is_on_disk_as_soon_as_it_is_recorded(records_db):
    store = records_db.store()
    sid = store.begin_session(trainee="a", scenario_id="s")
    store.record_turn(sid, 0, "reply", "您好", {})
    # another connection (another process would do the same) sees it at once
    assert records_db.query("SELECT count(*) FROM turns") == [(1,)]
    store.close()


def test_lists_and_exam_attempts_read_the_same_on_every_backend(records_db):
    with records_db.store() as store:
        for trainee, attempt in [("王芳", "a1"), ("李雷", None), ("Zoe", None), ("王芳", "a2"), ("王芳", "a1")]:
            sid = store.begin_session(trainee=trainee, scenario_id="s", mode="exam" if attempt else "practice", exam_id="cert" if attempt else None, attempt_id=attempt, seed=2**40)
            store.finish_session(sid, outcome=None, good_ending=None, ending_label=None, score=80, passed=False, summary={})
        assert store.trainees() == ["Zoe", "李雷", "王芳"]  # code-point order, as SQLite sorts
        assert store.exam_attempts("王芳", "cert") == ["a1", "a2"]
        assert [s.mode for s in store.sessions("王芳")] == ["exam", "exam", "exam"]
        assert len(store.sessions(mode="practice")) == 2
        record = store.sessions("李雷")[0]
        assert record.seed == 2**40 and record.passed is False and record.good_ending is None and record.score == 80
        assert store.session("nope") is None and store.turns("nope") == []


def test_a_closed_store_refuses_to_write(records_db):
    store = records_db.store()
    store.close()
    with pytest.raises(RecordStoreError):
        store.begin_session(trainee="a", scenario_id="s")
    assert records_db.query("SELECT count(*) FROM sessions") == [(0,)]


def test_a_turn_for_an_unknown_session_is_refused(records_db):
    with records_db.store() as store, pytest.raises(RecordStoreError):
        store.record_turn("no-such-session", 0, "reply", "您好", {})


def test_a_turn_already_stored_is_never_overwritten(records_db):
    with records_db.store() as store:
        sid = store.begin_session(trainee="a", scenario_id="s")
        store.record_turn(sid, 0, "reply", "第一次", {})
        with pytest.raises(RecordStoreError):
            store.record_turn(sid, 0, "reply", "第二次", {})
        assert [t["text"] for t in store.turns(sid)] == ["第一次"]


def test_what_was_known_at_the_start_and_the_ending_round_trip(records_db):
    header = {"persona": {"name": "陈伯"}, "first_line": "喂？"}
    ending = {"id": "closed", "label": "礼貌结束", "good": True}
    with records_db.store() as store:
        sid = store.begin_session(trainee="王芳", scenario_id="s", rubric_version="r1", seed=7, header=header, session_id="fixed-id")
        assert sid == "fixed-id"
        store.finish_session(sid, outcome="closed", good_ending=True, ending_label="礼貌结束", score=90, passed=True, summary={"overall": 90}, ending=ending)
    with records_db.store() as store:
        record = store.session("fixed-id")
        assert (record.header, record.ending, record.summary) == (header, ending, {"overall": 90})
        assert (record.rubric_version, record.seed, record.status, record.ended_at is not None) == ("r1", 7, "finished", True)


def test_practice_counts_leave_exams_and_unfinished_calls_out(records_db):
    with records_db.store() as store:
        for scenario, mode, score, passed, finish in [
            ("a", "practice", 70, False, True),
            ("a", "practice", 90, True, True),
            ("b", "exam", 100, True, True),
            ("c", "practice", None, None, False),
        ]:
            sid = store.begin_session(trainee="王芳", scenario_id=scenario, mode=mode)
            if finish:
                store.finish_session(sid, outcome="x", good_ending=passed, ending_label="x", score=score, passed=passed, summary={})
        assert store.best_scores("王芳") == {"a": 90}
        assert store.passed_scenarios("王芳") == {"a"}
        assert [s.scenario_id for s in store.unfinished("王芳")] == ["c"]
        assert store.best_scores("nobody") == {} and store.trainees() == ["王芳"]


def test_an_abandoned_call_is_neither_open_nor_finished(records_db):
    with records_db.store() as store:
        sid = store.begin_session(trainee="a", scenario_id="s")
        store.finish_session(sid, outcome=None, good_ending=None, ending_label=None, score=None, passed=None, summary={}, status="abandoned")
        (record,) = store.sessions("a")
        assert record.status == "abandoned" and not record.finished and store.unfinished("a") == []


def test_a_call_with_a_bad_ending_is_recorded_as_not_passed(records_db):
    """The records take the call's result, ending included: the history and the
    curriculum's ticks never count a call the caller hung up on."""
    from simulator.engine.clock import ManualClock
    from simulator.engine.session import CallSession
    from simulator.records.turns import call_outcome
    from simulator.scenario.library import load_library

    scenario = load_library().scenarios["silent_caller_basic"]
    clock = ManualClock()
    session = CallSession(scenario, clock=clock)
    session.start()
    session.reply("您好！请问有什么可以帮助您？")
    while not session.ended:
        clock.advance(30)
        session.wait()
    outcome = call_outcome(session)
    assert outcome["score"] == 100 and outcome["passed"] is False and outcome["summary"]["status"] == "failed"
    with records_db.store() as store:
        sid = store.begin_session(trainee="王芳", scenario_id=scenario.id)
        store.finish_session(sid, **outcome)
        assert store.passed_scenarios("王芳") == set()


TURN = {"reply": "你怎么不讲道理啊？", "situation": "abusive", "customer": "你们全是骗子！", "history": [], "grade": {"score": 0, "verdict": "fail", "violations": [{"rule": "critical.argue", "severity": "critical"}]}}


def test_disputes_are_filed_once_decided_once_and_read_the_same_on_every_backend(records_db):
    with records_db.store() as store:
        sid = store.begin_session(trainee="王芳", scenario_id="abusive_caller")
        store.record_turn(sid, 0, "reply", TURN["reply"], {"grade": TURN["grade"]})
        first = store.file_dispute(session_id=sid, index=0, trainee="王芳", reason="我是在问客户", turn=TURN)
        with pytest.raises(RecordStoreError, match="已经提出过异议"):
            store.file_dispute(session_id=sid, index=0, trainee="王芳", reason="再说一次", turn=TURN)
        [open_one] = store.disputes(status="open")
        assert open_one.id == first and open_one.turn == TURN and open_one.index == 0 and open_one.expect is None
        with pytest.raises(RecordStoreError, match="应得的评定"):
            store.decide_dispute(first, accepted=True, decided_by="李老师", expect="great")
        decided = store.decide_dispute(first, accepted=True, decided_by="李老师", note="反问不算争吵", expect="major")
        assert (decided.status, decided.expect, decided.decided_by, decided.note) == ("accepted", "major", "李老师", "反问不算争吵")
        with pytest.raises(RecordStoreError, match="已经处理过"):
            store.decide_dispute(first, accepted=False, decided_by="张老师", note="不对")
        with pytest.raises(RecordStoreError, match="找不到"):
            store.decide_dispute("nope", accepted=False, decided_by="张老师", note="不对")
    with records_db.store() as again:
        assert [d.status for d in again.disputes(trainee="王芳")] == ["accepted"]
        assert again.disputes(status="open") == [] and again.disputes(trainee="李雷") == []


def test_a_database_made_before_disputes_existed_takes_its_first_dispute(records_db):
    with records_db.store() as store:
        sid = store.begin_session(trainee="王芳", scenario_id="s")
    records_db.execute("DROP TABLE disputes")
    with records_db.store() as store:
        assert store.disputes() == [] and store.dispute("x") is None
        store.file_dispute(session_id=sid, index=0, trainee="王芳", reason="理由", turn=TURN)
        assert len(store.disputes()) == 1
