"""The record store's backends: each one's own failures are explained.

What every backend must do is the contract suite, ``test_contract.py``.  Here:
file corruption, locking and disk space (SQLite's), and PostgreSQL's own
failures (no server, wrong user, no such database, a dropped connection).
"""

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import NO_POSTGRES, POSTGRES_URL, ROOT
from simulator.records import RecordStore, RecordStoreError, open_store


def test_corrupt_database_is_explained_and_left_untouched(tmp_path):
    path = tmp_path / "bad.db"
    path.write_bytes(b"this is not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(RecordStoreError, match="已损坏"):
        open_store(path)
    assert path.read_bytes() == before


def test_locked_database_is_explained(tmp_path):
    path = tmp_path / "r.db"
    open_store(path).close()
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    with pytest.raises(RecordStoreError, match="占用"):
        open_store(path, timeout=0.2).begin_session(trainee="a", scenario_id="s")
    locker.execute("ROLLBACK")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_location_is_explained(tmp_path):
    locked = tmp_path / "ro"
    locked.mkdir()
    locked.chmod(0o500)
    with pytest.raises(RecordStoreError):
        open_store(locked / "sub" / "r.db")


def _unwritable(monkeypatch):
    """What os.access says on a read-only mount (root may write anywhere else)."""
    import simulator.records.sqlite as backend

    real = os.access
    monkeypatch.setattr(backend.os, "access", lambda path, mode: False if mode & os.W_OK else real(path, mode))


def test_a_database_that_cannot_be_written_is_still_read(tmp_path, monkeypatch, peilian):
    path = tmp_path / "r.db"
    with open_store(path) as store:
        sid = store.begin_session(trainee="王芳", scenario_id="silent_caller_basic")
        store.record_turn(sid, 0, "reply", "您好！", {"kind": "reply"})
    before = path.read_bytes()
    _unwritable(monkeypatch)
    with open_store(path, must_exist=True) as store:
        assert store.read_only and [s.id for s in store.sessions("王芳")] == [sid]
        assert store.turns(sid)[0]["text"] == "您好！" and store.disputes() == []
        with pytest.raises(RecordStoreError, match="只读"):
            store.begin_session(trainee="王芳", scenario_id="s")
    assert path.read_bytes() == before


def test_history_and_report_read_a_database_on_a_read_only_mount(tmp_path, peilian):
    source, mounted = tmp_path / "src", tmp_path / "ro"
    source.mkdir()
    mounted.mkdir()
    with open_store(source / "r.db") as store:
        store.begin_session(trainee="王芳", scenario_id="silent_caller_basic")
    bound = subprocess.run(["mount", "--bind", str(source), str(mounted)], capture_output=True)
    if bound.returncode != 0:
        pytest.skip("cannot bind-mount here (needs root): " + bound.stderr.decode(errors="replace").strip())
    try:
        if subprocess.run(["mount", "-o", "remount,ro,bind", str(mounted)], capture_output=True).returncode != 0:
            pytest.skip("cannot remount read-only here")
        history = peilian("history", "--trainee", "王芳", "--db", str(mounted / "r.db"))
        assert history.returncode == 0, history.stderr.decode()
        assert "通话 1 次" in history.stdout.decode()
        report = peilian("report", "--db", str(mounted / "r.db"), "--csv", str(tmp_path / "calls.csv"))
        assert report.returncode == 0, report.stderr.decode()
    finally:
        subprocess.run(["umount", str(mounted)], capture_output=True)


def test_full_disk_is_explained_and_earlier_turns_survive(tmp_path):
    path = tmp_path / "r.db"
    store = open_store(path)
    sid = store.begin_session(trainee="a", scenario_id="s")
    store.record_turn(sid, 0, "reply", "您好", {})
    # SQLite reports SQLITE_FULL when it may not grow: the same error as a full disk.
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count={pages}")
    with pytest.raises(RecordStoreError, match="磁盘空间已满"):
        for i in range(1, 200):
            store.record_turn(sid, i, "reply", "长" * 5000, {})
    store.close()
    with open_store(path) as again:
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
    from simulator.records.sqlite import SQLiteRecordStore

    with open_store(tmp_path / "r.db") as store:
        assert type(store) is SQLiteRecordStore and isinstance(store, RecordStore)


@pytest.mark.cli  # starts processes of its own
def test_sqlite_never_imports_the_postgresql_driver(tmp_path):
    code = (
        "import sys, simulator.cli\n"
        "from simulator.records import open_store\n"
        f"open_store({str(tmp_path / 'r.db')!r}).close()\n"
        "print('psycopg' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.strip() == "False"


def test_no_server_at_the_address_is_one_sentence_without_the_password():
    port = closed_port()
    with pytest.raises(RecordStoreError) as caught:
        open_store(f"postgresql://peilian:TopSecret42@127.0.0.1:{port}/peilian")
    message = str(caught.value)
    assert message.startswith(f"无法连接记录数据库服务器 127.0.0.1:{port}") and message.endswith("。")
    assert message.count("。") == 1 and "\n" not in message
    assert "TopSecret42" not in message and "peilian:***@" in message


def test_a_malformed_url_is_explained_without_the_password():
    for url in ("postgresql://u:TopSecret42@127.0.0.1:abc/db", "postgresql://u:TopSecret42@[::1/db"):
        with pytest.raises(RecordStoreError, match="格式不对") as caught:
            open_store(url)
        assert "TopSecret42" not in str(caught.value)


@needs_postgres
def test_a_wrong_user_or_a_missing_database_is_one_sentence():
    from urllib.parse import urlsplit

    server = urlsplit(POSTGRES_URL)
    host = f"{server.hostname}:{server.port or 5432}"
    with pytest.raises(RecordStoreError) as caught:
        open_store(f"postgresql://nobody_{os.getpid()}:TopSecret42@{host}/peilian_test")
    message = str(caught.value)
    assert "拒绝了用户“nobody_" in message and "TopSecret42" not in message and message.count("。") == 1

    missing = server._replace(path="/no_such_peilian_db").geturl()
    with pytest.raises(RecordStoreError) as caught:
        open_store(missing)
    assert "没有名为“no_such_peilian_db”的数据库" in str(caught.value) and str(caught.value).count("。") == 1


def test_reading_an_empty_postgresql_database_creates_nothing(postgres_db):
    with pytest.raises(RecordStoreError, match="还没有陪练的记录"):
        open_store(postgres_db.url, must_exist=True)
    assert postgres_db.query("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()") == [(0,)]
    open_store(postgres_db.url).close()  # writing creates the tables
    open_store(postgres_db.url, must_exist=True).close()


def test_a_url_folded_by_pathlib_reaches_the_same_database(postgres_db):
    from simulator.records.postgres import mask_password

    with open_store(postgres_db.url) as store:
        sid = store.begin_session(trainee="王芳", scenario_id="s")
    with open_store(Path(postgres_db.url)) as store:
        assert [s.id for s in store.sessions()] == [sid]
        assert store.path == mask_password(postgres_db.url)


def test_a_dropped_connection_is_opened_again_and_no_turn_is_lost(postgres_db):
    with open_store(postgres_db.url) as store:
        sid = store.begin_session(trainee="王芳", scenario_id="s")
        store.record_turn(sid, 0, "reply", "您好", {})
        pid = store._db.info.backend_pid
        # The server ends the connection (a restart, a proxy timing out an idle seat).
        postgres_db.query("SELECT pg_terminate_backend(?)", pid)
        store.record_turn(sid, 1, "reply", "请问有什么可以帮您？", {})
        assert store._db.info.backend_pid != pid
        assert [t["text"] for t in store.turns(sid)] == ["您好", "请问有什么可以帮您？"]


def test_text_postgresql_cannot_hold_is_stored_without_it(postgres_db):
    with open_store(postgres_db.url) as store:
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
