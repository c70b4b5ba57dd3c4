"""The call journal: a practice call in the records database, turn by turn, headless.

Every journal test runs against SQLite and PostgreSQL (the ``records_db`` fixture)."""

import subprocess
import sys

import pytest

from conftest import ROOT
from simulator.records import journal
from simulator.engine.clock import ManualClock
from simulator.records import RecordStoreError
from simulator.records.turns import turn_record
from simulator.engine.session import CallSession

FIXTURES = ROOT / "tests" / "fixtures" / "tui"
GOOD = ["非常抱歉，您之前已经反映过这个问题，我马上为您加急处理。", "好的，师傅今天下午五点前会联系您确认上门时间，我会跟进处理，请您放心。", "不客气，感谢您的耐心，再见！"]


@pytest.fixture(scope="module")
def scenario():
    from simulator.scenario import load_library

    return load_library([FIXTURES]).scenarios["tui_repeat_complainant"]


@pytest.fixture
def store(records_db):
    with records_db.store() as store:
        yield store


def play_and_journal(scenario, store, replies, *, finish=True, trainee="王芳"):
    clock = ManualClock(0)
    session = CallSession(scenario, clock=clock)
    line = session.start()
    j = journal.Journal.open(store, scenario, trainee=trainee, persona="赵阿姨", start_line=line)
    for reply in replies:
        clock.advance(3)
        j.write_turn(turn_record(session.reply(reply)))
    if finish and session.ended:
        j.finish(session)
    else:
        j.close()
    return j, session


def test_each_turn_is_in_the_database_as_soon_as_it_is_written(scenario, store, records_db):
    session = CallSession(scenario, clock=ManualClock(0))
    j = journal.Journal.open(store, scenario, trainee="王芳", start_line=session.start())
    j.write_turn(turn_record(session.reply(GOOD[0])))
    # Another connection (another process would do the same) sees it at once.
    assert records_db.query("SELECT count(*) FROM turns WHERE session_id=?", j.session_id) == [(1,)]
    back = journal.load_session(store, j.session_id)
    assert len(back.turns) == 1 and not back.finished and back.resumable
    assert back.turns[0]["grade"]["score"] == 100
    assert back.header["start"]["text"].startswith("我上周就打过电话了")


def test_a_finished_session_round_trips(scenario, store, records_db):
    j, session = play_and_journal(scenario, store, GOOD)
    back = journal.load_session(store, j.session_id)
    assert back.finished and back.scenario_id == scenario.id and back.title == scenario.title
    assert back.ending["label"] == "问题已解决" and back.ending["good"] is True
    assert back.record.summary["path"] == session.path
    assert back.score == session.summary().overall
    assert back.header["persona"] == "赵阿姨"
    # The grades come back as grading.Grade, equal to the live ones.
    assert back.grades() == [t.grade for t in session.turns]
    # Stored as UTF-8 JSON, not \\u-escaped.
    [(raw,)] = records_db.query("SELECT data FROM turns WHERE idx=0")
    assert "非常抱歉" in raw


def test_best_scores_counts_and_unfinished_sessions_per_trainee(scenario, store):
    play_and_journal(scenario, store, GOOD)  # 97
    play_and_journal(scenario, store, ["这不归我们管，你找别人吧。", "你投诉也没用。"])  # low
    play_and_journal(scenario, store, GOOD[:1], finish=False)  # left mid-call
    play_and_journal(scenario, store, GOOD, trainee="李雷")
    assert store.best_scores("王芳") == {scenario.id: 97}
    assert journal.finished_counts(store, "王芳") == {scenario.id: 2}
    [unfinished] = journal.unfinished_sessions(store, "王芳")
    assert len(unfinished.turns) == 1 and unfinished.scenario_id == scenario.id
    assert journal.unfinished_sessions(store, "李雷") == []


def test_a_turn_is_never_written_twice(scenario, store):
    session = CallSession(scenario, clock=ManualClock(0))
    j = journal.Journal.open(store, scenario, trainee="王芳", start_line=session.start())
    record = turn_record(session.reply(GOOD[0]))
    j.write_turn(record)
    with pytest.raises(RecordStoreError, match="已经记录"):
        j.write_turn(dict(record, text="改过的话"))
    assert store.turns(j.session_id)[0]["text"] == GOOD[0]


def test_a_closed_journal_refuses_more_turns(scenario, store):
    session = CallSession(scenario, clock=ManualClock(0))
    j = journal.Journal.open(store, scenario, trainee="王芳", start_line=session.start())
    j.close()
    with pytest.raises(RecordStoreError, match="已关闭"):
        j.write_turn(turn_record(session.reply(GOOD[0])))


def test_the_default_database_follows_peilian_home(monkeypatch, tmp_path):
    from simulator.settings import default_db_path

    monkeypatch.setenv("PEILIAN_HOME", str(tmp_path / "h"))
    assert default_db_path() == tmp_path / "h" / "peilian.db"
    monkeypatch.delenv("PEILIAN_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_db_path() == tmp_path / "xdg" / "peilian" / "peilian.db"


def test_the_trainee_defaults_to_the_environment_then_the_user(monkeypatch):
    from simulator.settings import default_trainee

    monkeypatch.setenv("PEILIAN_TRAINEE", "王芳")
    assert default_trainee() == "王芳"
    monkeypatch.delenv("PEILIAN_TRAINEE")
    assert default_trainee()  # the operating system's user name, or 学员


@pytest.mark.cli  # starts processes of its own
def test_the_journal_records_and_the_engine_do_not_import_textual():
    code = (
        "import simulator.records.journal, simulator.records.history, simulator.reports.cohort, simulator.exam.attempt, "
        "simulator.engine.session, simulator.scenario; import sys; print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.strip() == "False"


def test_the_fixture_scenarios_validate_cleanly():
    from simulator.scenario import validate_paths

    report = validate_paths([FIXTURES])
    assert not report.errors, [str(e) for e in report.errors]
