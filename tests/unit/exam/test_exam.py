"""Certification exams, headless: fair plans, rules kept, results tamper-evident."""

import json

import pytest

from conftest import SILENT_PROTOCOL

from grading import DataFileError
from simulator.engine.clock import ManualClock
from simulator.exam import signing
from simulator.exam.attempt import ExamAttempt, ExamError
from simulator.exam.definition import load_exam
from simulator.exam.results import to_csv, verify_file
from simulator.records import open_store
from simulator.scenario.library import load_library

KEY = b"proctor-key-for-tests-0123456789"
GOOD_SILENT = SILENT_PROTOCOL


@pytest.fixture(scope="module")
def library():
    return load_library().scenarios


def _exam(tmp_path, body: str):
    path = tmp_path / "exam.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def _play(attempt, clock, moves):
    outcome = attempt.next_call()
    for move in moves:
        if isinstance(move, (int, float)):
            clock.advance(move)
            outcome.session.wait()
        else:
            outcome.session.reply(move)
        if outcome.session.ended or attempt.failed_reason:
            break
    return outcome


def test_exam_file_problems_are_reported_with_lines(tmp_path, library):
    path = _exam(tmp_path, "id: x\ntitle: 测试\npass_mark: high\nscenarios:\n  - silent_caler_basic\n  - {draw: 0}\n")
    with pytest.raises(DataFileError) as err:
        load_exam(path, library)
    text = str(err.value)
    assert "exam.yaml:3" in text and "pass_mark" in text
    assert "silent_caller_basic" in text  # the nearest known id is suggested


def test_drawn_calls_are_the_same_for_every_candidate(tmp_path, library):
    path = _exam(tmp_path, "id: x\ntitle: 测试\nseed: 7\nscenarios:\n  - {draw: 2}\n")
    exam = load_exam(path, library)
    assert exam.plan(library) == exam.plan(library)
    assert len(set(exam.plan(library))) == 2


def test_a_good_attempt_passes_and_its_signed_result_verifies(tmp_path, library, records_db):
    exam = load_exam(_exam(tmp_path, "id: silent\ntitle: 无声电话考核\npass_mark: 85\nscenarios: [silent_caller_basic]\n"), library)
    clock = ManualClock()
    store = records_db.store()  # SQLite, and PostgreSQL when the tests have a server
    attempt = ExamAttempt(exam, library, "王芳", store, clock=clock)
    outcome = _play(attempt, clock, GOOD_SILENT)
    assert outcome.session.ended and outcome.session.ending.good
    assert attempt.next_call() is None
    result = attempt.result()
    assert result["passed"] and result["score"] >= 95 and result["reasons"] == []
    assert result["rubric_version"] and result["calls"][0]["scenario_version"]
    path = attempt.write_result(tmp_path / "results", KEY)
    assert verify_file(path, KEY)
    # every turn is in the records too
    (session,) = store.sessions("王芳", mode="exam")
    assert session.finished and len(store.turns(session.id)) == len(outcome.session.turns)


def test_any_change_to_a_result_is_detected(tmp_path, library):
    exam = load_exam(_exam(tmp_path, "id: silent\ntitle: 无声电话考核\nscenarios: [silent_caller_basic]\n"), library)
    clock = ManualClock()
    attempt = ExamAttempt(exam, library, "李雷", open_store(tmp_path / "r.db"), clock=clock)
    _play(attempt, clock, GOOD_SILENT)
    path = attempt.write_result(tmp_path / "results", KEY)
    document = json.loads(path.read_text(encoding="utf-8"))
    for tamper in (
        lambda d: d["result"].__setitem__("score", d["result"]["score"] - 1),
        lambda d: d["result"]["calls"][0]["turns"][0].__setitem__("text", "您好"),
        lambda d: d["result"].__setitem__("rubric_version", "0"),
        lambda d: d["signature"].__setitem__("value", "0" * 64),
    ):
        copy = json.loads(json.dumps(document))
        tamper(copy)
        assert not signing.verify(copy, KEY)
    assert not signing.verify(document, b"another-proctor-key-000000")
    assert signing.verify(document, KEY)


def test_a_critical_violation_fails_the_attempt(tmp_path, library):
    exam = load_exam(_exam(tmp_path, "id: silent\ntitle: 无声电话考核\nscenarios: [silent_caller_basic, silent_caller_basic]\n"), library)
    clock = ManualClock()
    attempt = ExamAttempt(exam, library, "张三", open_store(tmp_path / "r.db"), clock=clock)
    _play(attempt, clock, ["你是哑巴吗？不说话打什么电话！"])
    assert attempt.failed_reason
    attempt.stop()
    assert attempt.next_call() is None
    result = attempt.result()
    assert not result["passed"] and any("一票否决" in r for r in result["reasons"])


def test_time_limit_and_attempts_allowed(tmp_path, library, records_db):
    exam = load_exam(_exam(tmp_path, "id: t\ntitle: 限时\nattempts: 1\ntime_limit_per_call: 60\nscenarios: [silent_caller_basic]\n"), library)
    clock = ManualClock()
    store = records_db.store()
    attempt = ExamAttempt(exam, library, "赵六", store, clock=clock)
    attempt.next_call()
    clock.advance(61)
    assert attempt.out_of_time()
    attempt.time_out_current()
    result = attempt.result()
    assert not result["passed"] and any("时间" in r for r in result["reasons"])
    with pytest.raises(ExamError, match="已达 1 次"):
        ExamAttempt(exam, library, "赵六", store, clock=clock)


def test_results_export_to_csv(tmp_path, library):
    exam = load_exam(_exam(tmp_path, "id: silent\ntitle: 无声电话考核\nscenarios: [silent_caller_basic]\n"), library)
    clock = ManualClock()
    attempt = ExamAttempt(exam, library, "王芳", open_store(tmp_path / "r.db"), clock=clock)
    _play(attempt, clock, GOOD_SILENT)
    doc = signing.sign(attempt.result(), KEY)
    text = to_csv([doc])
    assert text.splitlines()[0].startswith("candidate,exam_id")
    assert "王芳,silent" in text


LEFT_TO_HANG_UP = ["您好！请问有什么可以帮助您？", 30, 30]  # one greeting, then silence until the caller gives up


def test_a_call_that_ends_badly_fails_the_exam_however_its_turns_scored(tmp_path, library):
    exam = load_exam(_exam(tmp_path, "id: silent\ntitle: 无声电话考核\nscenarios: [silent_caller_basic]\n"), library)
    clock = ManualClock()
    attempt = ExamAttempt(exam, library, "周杰", open_store(tmp_path / "r.db"), clock=clock)
    outcome = _play(attempt, clock, LEFT_TO_HANG_UP)
    assert outcome.session.ended and not outcome.session.ending.good
    result = attempt.result()
    assert result["score"] == 100  # the one reply was fine
    assert not result["passed"]
    assert result["reasons"] == [f"第 1 通电话结局不理想：{outcome.session.ending.label}"]
    assert result["calls"][0]["status"] == "failed" and result["calls"][0]["ending"]["good"] is False
    # The proctor's CSV names how every call ended.
    assert f"{outcome.session.ending.label}（不理想）" in to_csv([{"result": result, "signature": {}}])


def test_an_exam_may_say_explicitly_that_a_calls_bad_ending_does_not_fail_it(tmp_path, library):
    body = "id: silent\ntitle: 无声电话考核\nscenarios:\n  - {id: silent_caller_basic, bad_ending_fails: false}\n"
    exam = load_exam(_exam(tmp_path, body), library)
    clock = ManualClock()
    attempt = ExamAttempt(exam, library, "周杰", open_store(tmp_path / "r.db"), clock=clock)
    _play(attempt, clock, LEFT_TO_HANG_UP)
    assert attempt.result()["passed"]
    with pytest.raises(DataFileError) as err:
        load_exam(_exam(tmp_path, "id: x\ntitle: 测试\nscenarios:\n  - {id: silent_caller_basic, bad_ending_fails: maybe}\n"), library)
    assert "bad_ending_fails" in str(err.value)


# -- attempts fail closed -------------------------------------------------------


def test_an_attempt_is_committed_before_its_first_call_and_counts_even_with_no_call(tmp_path, library, records_db):
    exam = load_exam(_exam(tmp_path, "id: once\ntitle: 只考一次\nattempts: 1\nscenarios: [silent_caller_basic]\n"), library)
    store = records_db.store()
    ExamAttempt(exam, library, "钱七", store, clock=ManualClock())  # left at the welcome screen
    with pytest.raises(ExamError, match="已达 1 次"):
        ExamAttempt(exam, library, "钱七", store, clock=ManualClock())
    # The attempt's own row is not a call: history and reports do not list it.
    assert [s for s in store.sessions("钱七")] == []


def test_the_same_attempt_number_cannot_be_written_twice(tmp_path, library):
    from simulator.records import RecordStoreError

    store = open_store(tmp_path / "r.db")
    store.begin_attempt(candidate="孙八", exam_id="x", number=1, attempt_id="a1")
    with pytest.raises(RecordStoreError):
        store.begin_attempt(candidate="孙八", exam_id="x", number=1, attempt_id="a2")


def test_an_attempt_that_cannot_be_recorded_does_not_start(tmp_path, library):
    from simulator.records import RecordStoreError

    exam = load_exam(_exam(tmp_path, "id: x\ntitle: 测试\nscenarios: [silent_caller_basic]\n"), library)
    store = open_store(tmp_path / "r.db")

    def refuse(**kwargs):
        raise RecordStoreError("记录数据库被另一个程序锁住了。")

    store.begin_attempt = refuse
    with pytest.raises(ExamError, match="考试不能开始.*锁住"):
        ExamAttempt(exam, library, "周九", store, clock=ManualClock())


def test_a_turn_that_cannot_be_recorded_stops_the_exam(tmp_path, library):
    from simulator.records import RecordStoreError

    exam = load_exam(_exam(tmp_path, "id: x\ntitle: 测试\nscenarios: [silent_caller_basic, silent_caller_basic]\n"), library)
    store = open_store(tmp_path / "r.db")
    clock = ManualClock()
    attempt = ExamAttempt(exam, library, "吴十", store, clock=clock)
    outcome = attempt.next_call()
    outcome.session.reply("您好！请问有什么可以帮助您？")
    written = store.record_turn

    def full(*args):
        raise RecordStoreError("磁盘已满。")

    store.record_turn = full
    outcome.session.stay_silent(4)
    assert attempt.failed_reason == "考试记录写入失败，考试已停止" and attempt.record_errors == ["磁盘已满。"]
    attempt.stop()
    assert attempt.next_call() is None  # no further call starts
    result = attempt.result()
    assert not result["passed"] and "考试记录写入失败，考试已停止" in result["reasons"]
    assert len(result["calls"][0]["turns"]) == 2  # the signed result keeps every turn taken
    store.record_turn = written
    assert len(store.turns(attempt.calls[0].record_id)) == 1  # what was written stays
