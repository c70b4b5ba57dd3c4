"""The record store: what is written stays written; errors are explained.

The behaviour every backend shares runs against SQLite and PostgreSQL (the
``records_db`` fixture); file corruption, locking and disk space are SQLite's.
PostgreSQL's own failures (no server, wrong user, no such database, a dropped
connection) are at the end.
"""

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import NO_POSTGRES, POSTGRES_URL, ROOT
from simulator.records import RecordStore, RecordStoreError


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


def test_corrupt_database_is_explained_and_left_untouched(tmp_path):
    path = tmp_path / "bad.db"
    path.write_bytes(b"this is not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(RecordStoreError, match="已损坏"):
        RecordStore(path)
    assert path.read_bytes() == before


def test_locked_database_is_explained(tmp_path):
    path = tmp_path / "r.db"
    RecordStore(path).close()
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    with pytest.raises(RecordStoreError, match="占用"):
        RecordStore(path, timeout=0.2).begin_session(trainee="a", scenario_id="s")
    locker.execute("ROLLBACK")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_location_is_explained(tmp_path):
    locked = tmp_path / "ro"
    locked.mkdir()
    locked.chmod(0o500)
    with pytest.raises(RecordStoreError):
        RecordStore(locked / "sub" / "r.db")


def test_full_disk_is_explained_and_earlier_turns_survive(tmp_path):
    path = tmp_path / "r.db"
    store = RecordStore(path)
    sid = store.begin_session(trainee="a", scenario_id="s")
    store.record_turn(sid, 0, "reply", "您好", {})
    # SQLite reports SQLITE_FULL when it may not grow: the same error as a full disk.
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count={pages}")
    with pytest.raises(RecordStoreError, match="磁盘空间已满"):
        for i in range(1, 200):
            store.record_turn(sid, i, "reply", "长" * 5000, {})
    store.close()
    with RecordStore(path) as again:
        assert again.turns(sid)[0]["text"] == "您好"


# ---------------------------------------------------------------------------
# PostgreSQL: the URL, and what goes wrong with a server
# ---------------------------------------------------------------------------

needs_postgres = pytest.mark.skipif(not POSTGRES_URL, reason=NO_POSTGRES)


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_password_is_masked_in_what_is_shown():
    from simulator.records.postgres import mask_password

    assert mask_password("postgresql://peilian:s3cr%40t@db.local:5432/peilian") == "postgresql://peilian:***@db.local:5432/peilian"
    assert mask_password("postgres://u:p@ss@h/db?sslmode=require") == "postgres://u:***@h/db?sslmode=require"
    assert mask_password("postgresql://u@h/db?password=x&sslmode=require") == "postgresql://u@h/db?password=***&sslmode=require"
    assert mask_password("postgresql://h:5433") == "postgresql://h:5433"


def test_a_url_picks_postgresql_and_a_file_sqlite(tmp_path):
    from simulator.settings import postgres_url

    assert postgres_url("postgresql://u:p@h:5432/db") == "postgresql://u:p@h:5432/db"
    assert postgres_url("postgres://h/db") == "postgres://h/db"
    # pathlib folds "//" (the app keeps --db as a Path): the URL is still recognised
    assert postgres_url(Path("postgresql://u:p@h:5432/db")) == "postgresql://u:p@h:5432/db"
    assert postgres_url(tmp_path / "postgresql.db") is None and postgres_url("peilian.db") is None and postgres_url(None) is None
    with RecordStore(tmp_path / "r.db") as store:
        assert type(store) is RecordStore


@pytest.mark.cli  # starts processes of its own
def test_sqlite_never_imports_the_postgresql_driver(tmp_path):
    code = (
        "import sys, simulator.cli\n"
        "from simulator.records import RecordStore\n"
        f"RecordStore({str(tmp_path / 'r.db')!r}).close()\n"
        "print('psycopg' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.strip() == "False"


def test_no_server_at_the_address_is_one_sentence_without_the_password():
    port = closed_port()
    with pytest.raises(RecordStoreError) as caught:
        RecordStore(f"postgresql://peilian:TopSecret42@127.0.0.1:{port}/peilian")
    message = str(caught.value)
    assert message.startswith(f"无法连接记录数据库服务器 127.0.0.1:{port}") and message.endswith("。")
    assert message.count("。") == 1 and "\n" not in message
    assert "TopSecret42" not in message and "peilian:***@" in message


def test_a_malformed_url_is_explained_without_the_password():
    for url in ("postgresql://u:TopSecret42@127.0.0.1:abc/db", "postgresql://u:TopSecret42@[::1/db"):
        with pytest.raises(RecordStoreError, match="格式不对") as caught:
            RecordStore(url)
        assert "TopSecret42" not in str(caught.value)


@needs_postgres
def test_a_wrong_user_or_a_missing_database_is_one_sentence():
    from urllib.parse import urlsplit

    server = urlsplit(POSTGRES_URL)
    host = f"{server.hostname}:{server.port or 5432}"
    with pytest.raises(RecordStoreError) as caught:
        RecordStore(f"postgresql://nobody_{os.getpid()}:TopSecret42@{host}/peilian_test")
    message = str(caught.value)
    assert "拒绝了用户“nobody_" in message and "TopSecret42" not in message and message.count("。") == 1

    missing = server._replace(path="/no_such_peilian_db").geturl()
    with pytest.raises(RecordStoreError) as caught:
        RecordStore(missing)
    assert "没有名为“no_such_peilian_db”的数据库" in str(caught.value) and str(caught.value).count("。") == 1


def test_reading_an_empty_postgresql_database_creates_nothing(postgres_db):
    with pytest.raises(RecordStoreError, match="还没有陪练的记录"):
        RecordStore(postgres_db.url, must_exist=True)
    assert postgres_db.query("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()") == [(0,)]
    RecordStore(postgres_db.url).close()  # writing creates the tables
    RecordStore(postgres_db.url, must_exist=True).close()


def test_a_url_folded_by_pathlib_reaches_the_same_database(postgres_db):
    from simulator.records.postgres import mask_password

    with RecordStore(postgres_db.url) as store:
        sid = store.begin_session(trainee="王芳", scenario_id="s")
    with RecordStore(Path(postgres_db.url)) as store:
        assert [s.id for s in store.sessions()] == [sid]
        assert store.path == mask_password(postgres_db.url)


def test_a_dropped_connection_is_opened_again_and_no_turn_is_lost(postgres_db):
    with RecordStore(postgres_db.url) as store:
        sid = store.begin_session(trainee="王芳", scenario_id="s")
        store.record_turn(sid, 0, "reply", "您好", {})
        pid = store._db.info.backend_pid
        # The server ends the connection (a restart, a proxy timing out an idle seat).
        postgres_db.query("SELECT pg_terminate_backend(?)", pid)
        store.record_turn(sid, 1, "reply", "请问有什么可以帮您？", {})
        assert store._db.info.backend_pid != pid
        assert [t["text"] for t in store.turns(sid)] == ["您好", "请问有什么可以帮您？"]


def test_text_postgresql_cannot_hold_is_stored_without_it(postgres_db):
    with RecordStore(postgres_db.url) as store:
        sid = store.begin_session(trainee="王芳", scenario_id="s")
        store.record_turn(sid, 0, "reply", "您\x00好", {"note": "a\x00b"})
        [turn] = store.turns(sid)
        assert turn["text"] == "您好" and turn["note"] == "a\x00b"  # JSON keeps it escaped


def test_the_app_opens_its_records_from_a_postgresql_url(postgres_db):
    # The app keeps --db as a Path; the URL must survive that.
    from simulator.records.postgres import PostgresRecordStore
    from simulator.tui.app import PeilianApp

    app = PeilianApp(None, db=postgres_db.url, trainee="王芳")
    app.open_records()
    try:
        assert isinstance(app.store, PostgresRecordStore) and app.records_error is None
    finally:
        app.store.close()
