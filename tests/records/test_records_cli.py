"""``peilian history`` and ``peilian report`` as a user runs them (subprocesses):
the text history, the HTML report (parsed), the CSV, and clear messages for a
corrupt or locked database and an unknown trainee, with nothing else lost.  The
history and the reports are read from SQLite and from PostgreSQL (``--db URL``); a
PostgreSQL server that cannot be reached is one sentence, exit 2, no password."""

import csv
import io
import socket
import sqlite3

import pytest

from conftest import NO_POSTGRES, POSTGRES_URL, SILENT_PROTOCOL
from simulator.records import journal
from simulator.engine.clock import ManualClock
from simulator.records.turns import turn_record
from simulator.engine.session import CallSession
from test_reports import _Balance  # the same well-formedness check as the report unit tests

SILENT_GOOD = SILENT_PROTOCOL
SILENT_BAD = ["喂，说话呀！再不说话我就挂了啊！"]


def record_call(store, library, trainee, scenario_id, moves, *, finish=True):
    scenario = library[scenario_id]
    clock = ManualClock(0)
    session = CallSession(scenario, clock=clock)
    j = journal.Journal.open(store, scenario, trainee=trainee, start_line=session.start())
    for move in moves:
        clock.advance(2)
        if isinstance(move, int):
            clock.advance(move)
            result = session.wait()
        else:
            result = session.reply(move)
        j.write_turn(turn_record(result))
        if session.ended:
            break
    if finish and session.ended:
        j.finish(session)
    return j.session_id


@pytest.fixture(scope="module")
def records(module_records_db):
    """The records of three trainees' calls, once per backend."""
    from simulator.scenario import load_library

    library = load_library().scenarios
    with module_records_db.store() as store:
        record_call(store, library, "王芳", "silent_caller_basic", SILENT_BAD)
        record_call(store, library, "王芳", "silent_caller_basic", SILENT_GOOD)
        record_call(store, library, "王芳", "dialect_shanghai_switch", ["嗯嗯，您说。"], finish=False)
        record_call(store, library, "李雷", "silent_caller_basic", SILENT_GOOD)
        record_call(store, library, '=HYPERLINK("http://x","点我")', "silent_caller_basic", SILENT_GOOD)
    return module_records_db


@pytest.fixture
def db(records):
    """What --db is given: the SQLite file, or the PostgreSQL URL."""
    return records.url


def out(run):
    return run.stdout.decode("utf-8"), run.stderr.decode("utf-8")


def test_history_prints_sessions_chart_rules_and_what_next(peilian, db):
    run = peilian("history", "--trainee", "王芳", "--db", str(db))
    stdout, stderr = out(run)
    assert run.returncode == 0, stderr
    assert "学员：王芳　通话 3 次（完成 2 次，未完成 1 次）" in stdout
    assert "分项得分走势" in stdout and "服务态度" in stdout
    assert any(ch in stdout for ch in "▁▂▃▄▅▆▇█")
    assert "无声电话催促或扬言挂机" in stdout  # a rule broken, by its title
    assert "例：“再不说话我就挂了" in stdout
    assert "下一步练习" in stdout and "wrong_number_clinic" in stdout  # next in the curriculum, not yet passed
    assert "未完成" in stdout and "Traceback" not in stderr


def test_history_of_an_unknown_trainee_is_a_clear_error(peilian, db):
    run = peilian("history", "--trainee", "张三", "--db", str(db))
    stdout, stderr = out(run)
    assert run.returncode == 2
    assert "没有学员“张三”的练习记录" in stderr and "王芳" in stderr and "李雷" in stderr


def test_a_missing_database_is_not_created_by_reading(peilian, tmp_path):
    missing = tmp_path / "nope.db"
    for command in (["history"], ["report"]):
        run = peilian(*command, "--db", str(missing))
        assert run.returncode == 2 and "找不到记录数据库" in out(run)[1]
    assert not missing.exists()


def test_report_writes_a_self_contained_html_file_and_csv(peilian, db, tmp_path):
    html_path, csv_path = tmp_path / "out" / "report.html", tmp_path / "report.csv"
    run = peilian("report", "--db", str(db), "--html", str(html_path), "--csv", str(csv_path))
    stdout, stderr = out(run)
    assert run.returncode == 0, stderr
    page = html_path.read_text(encoding="utf-8")
    parser = _Balance()
    parser.feed(page)
    assert parser.errors == [] and parser.stack == []
    assert parser.external == [] and "<script" not in page and "<svg" in page
    text = "".join(parser.text)
    assert "王芳" in text and "李雷" in text and "服务态度" in text
    assert "无声电话催促或扬言挂机" in text
    assert "<mark>" in page  # the words at fault, in a real reply
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8"))))
    assert len(rows) == 5 and {r["trainee"] for r in rows} == {"王芳", "李雷", '\'=HYPERLINK("http://x","点我")'}
    assert {r["status"] for r in rows} == {"finished", "open"}
    # A name that a spreadsheet would run as a formula is written as text.
    assert not [r for r in rows if r["trainee"].startswith(("=", "+", "-", "@"))]
    assert [p.name for p in csv_path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_report_to_a_device_or_a_pipe_writes_into_it_and_leaves_it_in_place(peilian, db, tmp_path):
    """``--csv /dev/null`` must not replace the device with a regular file: the same
    holds for a named pipe, which is what is checked here (nothing system-wide is touched)."""
    import os
    import stat
    import threading

    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    run = peilian("report", "--db", str(db), "--csv", str(fifo), timeout=60)
    reader.join(timeout=30)
    assert run.returncode == 0, run.stderr.decode("utf-8")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert received and "trainee" in received[0].decode("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.csv"]


def test_report_for_one_trainee_and_for_an_unknown_one(peilian, db, tmp_path):
    run = peilian("report", "--db", str(db), "--trainee", "李雷")
    stdout, _ = out(run)
    assert run.returncode == 0 and "李雷" in stdout and "王芳" not in stdout
    run = peilian("report", "--db", str(db), "--trainee", "张三", "--html", str(tmp_path / "x.html"))
    assert run.returncode == 2 and "没有学员“张三”的记录" in out(run)[1]
    assert not (tmp_path / "x.html").exists()


def test_a_corrupt_database_is_explained_and_left_untouched(peilian, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xde\xad" * 4000)
    before = bad.read_bytes()
    for command in (["history", "--trainee", "王芳"], ["report"]):
        run = peilian(*command, "--db", str(bad))
        stdout, stderr = out(run)
        assert run.returncode == 2, stderr
        assert "已损坏" in stderr and "Traceback" not in stderr
    assert bad.read_bytes() == before


def test_a_locked_database_can_still_be_read(peilian, records, tmp_path):
    if records.kind != "sqlite":
        pytest.skip("a SQLite file lock; PostgreSQL readers never wait for writers")
    db = records.path
    locker = sqlite3.connect(db, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")  # another program is writing
    try:
        run = peilian("report", "--db", str(db), "--html", str(tmp_path / "r.html"))
        assert run.returncode == 0, out(run)[1]
    finally:
        locker.execute("ROLLBACK")
        locker.close()


def test_an_unreachable_postgresql_server_is_one_sentence_and_exit_2(peilian, tmp_path):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql://trainer:TopSecret42@127.0.0.1:{port}/peilian"
    for command in (["history", "--trainee", "王芳"], ["report", "--html", str(tmp_path / "r.html")]):
        run = peilian(*command, "--db", url)
        stdout, stderr = out(run)
        assert run.returncode == 2, stderr
        message = stderr.strip()
        assert message.startswith(f"无法连接记录数据库服务器 127.0.0.1:{port}") and message.count("。") == 1
        assert "\n" not in message and "Traceback" not in stderr
        assert "TopSecret42" not in stdout + stderr and "trainer:***@" in message
    assert not (tmp_path / "r.html").exists()


@pytest.mark.skipif(not POSTGRES_URL, reason=NO_POSTGRES)
def test_a_wrong_user_or_database_on_the_server_is_one_sentence_and_exit_2(peilian):
    from urllib.parse import urlsplit

    server = urlsplit(POSTGRES_URL)
    where = f"{server.hostname}:{server.port or 5432}"
    for url, expected in (
        (f"postgresql://nobody_here:TopSecret42@{where}/peilian_test", "拒绝了用户“nobody_here”的登录"),
        (f"postgresql://{server.username}:TopSecret42@{where}/no_such_peilian_db", "没有名为“no_such_peilian_db”的数据库"),
    ):
        run = peilian("history", "--db", url)
        stdout, stderr = out(run)
        assert run.returncode == 2 and expected in stderr, stderr
        assert stderr.strip().count("。") == 1 and "Traceback" not in stderr and "TopSecret42" not in stdout + stderr


def test_peilian_db_names_the_records_database_when_db_is_not_given(tmp_path, monkeypatch, peilian):
    """A training centre sets $PEILIAN_DB once for every seat (and `peilian serve` hands
    it to each browser tab that way)."""
    from simulator.records import open_store

    room = tmp_path / "room.db"
    with open_store(room) as store:
        store.begin_session(trainee="赵敏", scenario_id="silent_caller_basic", scenario_title="无声电话", scenario_version="1")
    monkeypatch.setenv("PEILIAN_DB", str(room))
    monkeypatch.setenv("PEILIAN_HOME", str(tmp_path / "elsewhere"))
    done = peilian("history", "--trainee", "赵敏")
    assert done.returncode == 0, done.stderr.decode("utf-8")
    assert "赵敏" in done.stdout.decode("utf-8")
    assert not (tmp_path / "elsewhere").exists()


def test_a_postgresql_url_in_peilian_db_is_used_when_no_database_is_named(postgres_db, monkeypatch, peilian):
    from simulator.records import open_store

    monkeypatch.setenv("PEILIAN_DB", postgres_db.url)
    with open_store() as store:
        store.begin_session(trainee="钱多多", scenario_id="silent_caller_basic", scenario_title="无声电话", scenario_version="1")
    assert postgres_db.query("SELECT trainee FROM sessions") == [("钱多多",)]
    done = peilian("history", "--trainee", "钱多多")
    assert done.returncode == 0 and "钱多多" in done.stdout.decode("utf-8")


def test_a_damaged_row_is_skipped_with_a_warning_and_the_rest_is_reported(peilian, tmp_path):
    """A row damaged by hand (a turn that is not JSON, a summary that is not JSON)
    does not block the cohort's report or a trainee's history: it is left out and
    named, and everything else is produced."""
    from simulator.records import open_store
    from simulator.scenario import load_library

    db = tmp_path / "damaged.db"
    library = load_library().scenarios
    store = open_store(db)
    broken = record_call(store, library, "王芳", "silent_caller_basic", SILENT_GOOD)
    record_call(store, library, "李雷", "silent_caller_basic", SILENT_GOOD)
    store.close()
    with sqlite3.connect(db) as raw:
        raw.execute("UPDATE turns SET data='{broken' WHERE session_id=? AND idx=0", (broken,))
        raw.execute("UPDATE sessions SET summary='not json' WHERE trainee='李雷'")
    history = peilian("history", "--trainee", "王芳", "--db", str(db))
    stdout, stderr = out(history)
    assert history.returncode == 0 and "Traceback" not in stderr
    assert f"通话 {broken} 的第 1 轮记录已损坏，已跳过" in stderr and "学员：王芳" in stdout
    report = peilian("report", "--db", str(db), "--html", str(tmp_path / "r.html"), "--csv", str(tmp_path / "r.csv"))
    assert report.returncode == 0 and "Traceback" not in out(report)[1]
    assert "李雷" in (tmp_path / "r.csv").read_text(encoding="utf-8")


def test_report_page_in_traditional_when_asked(peilian, db, tmp_path):
    html_path = tmp_path / "report.html"
    run = peilian("--script", "traditional", "report", "--db", str(db), "--html", str(html_path))
    assert run.returncode == 0, out(run)[1]
    page = html_path.read_text(encoding="utf-8")
    assert '<html lang="zh-TW">' in page and "服務態度" in page and "服务态度" not in page
