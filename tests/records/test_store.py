"""The SQLite record store: what is written stays written; errors are explained."""

import os
import sqlite3

import pytest

from simulator.records import RecordStore, RecordStoreError


def test_sessions_and_turns_round_trip(tmp_path):
    with RecordStore(tmp_path / "r.db") as store:
        sid = store.begin_session(trainee="王芳", scenario_id="silent_basic", scenario_title="无声电话", scenario_version="1")
        store.record_turn(sid, 0, "reply", "您好！", {"score": 100})
        store.record_turn(sid, 1, "wait", "", {"waited_seconds": 4.0})
        assert [s.id for s in store.unfinished("王芳")] == [sid]
        store.finish_session(sid, outcome="closed_politely", good_ending=True, ending_label="礼貌结束", score=96, passed=True, summary={"overall": 96})
    with RecordStore(tmp_path / "r.db") as again:
        (session,) = again.sessions("王芳")
        assert session.finished and session.score == 96 and session.good_ending is True
        turns = again.turns(sid)
        assert [t["kind"] for t in turns] == ["reply", "wait"]
        assert turns[0]["text"] == "您好！" and turns[0]["score"] == 100
        assert again.best_scores("王芳") == {"silent_basic": 96}
        assert again.unfinished() == []


def test_a_turn_is_on_disk_as_soon_as_it_is_recorded(tmp_path):
    path = tmp_path / "r.db"
    store = RecordStore(path)
    sid = store.begin_session(trainee="a", scenario_id="s")
    store.record_turn(sid, 0, "reply", "您好", {})
    # another connection (another process would do the same) sees it at once
    other = sqlite3.connect(path)
    assert other.execute("SELECT count(*) FROM turns").fetchone()[0] == 1


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
