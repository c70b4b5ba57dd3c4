"""Many seats, one records database: calls taken at the same time lose no turn.

Eight seats each take a call of 20 turns at the same moment, written through the
journal as the app writes them, against SQLite and PostgreSQL (the ``records_db``
fixture): as threads with a store each (a connection per seat), as threads sharing
one store (the app's worker threads), and as processes (``peilian serve`` runs an
app process per browser tab).  Afterwards every turn is stored, in order, in its
own seat's session, and every session is finished.
"""

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace

import pytest

from conftest import ROOT
from simulator.records import journal
from simulator.records import open_store

SEATS, TURNS = 8, 20
SCENARIO = SimpleNamespace(id="concurrency", title="八个座位同时练习", version=1)


def lines(seat: int) -> list[str]:
    return [f"座位{seat}第{i}句：您好，请问有什么可以帮您？" for i in range(TURNS)]


def take_call(store, seat: int, start=None) -> str:
    """One seat's call: open the journal, write 20 turns (each committed before the next), finish."""
    j = journal.Journal.open(store, SCENARIO, trainee=f"学员{seat}", seed=seat, persona="并发")
    if start is not None:
        start.wait()  # every seat begins writing at the same moment
    for index, text in enumerate(lines(seat)):
        j.write_turn({"index": index, "kind": "reply", "text": text, "seat": seat, "grade": {"score": 100, "violations": []}})
    store.finish_session(j.session_id, outcome="done", good_ending=True, ending_label="结束", score=100, passed=True, summary={"turns": TURNS})
    j.close()
    return j.session_id


def assert_every_turn_stored(records_db, session_ids: dict[int, str]) -> None:
    assert len(set(session_ids.values())) == SEATS
    with records_db.store() as store:
        assert sorted(store.trainees()) == sorted(f"学员{seat}" for seat in range(SEATS))
        for seat, session_id in session_ids.items():
            back = journal.load_session(store, session_id)
            assert back.finished and back.record.trainee == f"学员{seat}" and back.record.seed == seat
            assert [t["index"] for t in back.turns] == list(range(TURNS))
            assert [t["text"] for t in back.turns] == lines(seat)
            assert {t["seat"] for t in back.turns} == {seat}
            times = [t["at"] for t in back.turns]
            assert times == sorted(times)  # written in the order they were taken
    assert records_db.query("SELECT count(*) FROM turns") == [(SEATS * TURNS,)]


def test_seats_with_a_connection_each_lose_no_turn(records_db):
    records_db.store().close()  # the database exists, as in a training room
    start = threading.Barrier(SEATS)

    def seat(n):
        with records_db.store(timeout=30) as store:
            return n, take_call(store, n, start)

    with ThreadPoolExecutor(SEATS) as pool:
        session_ids = dict(pool.map(seat, range(SEATS)))
    assert_every_turn_stored(records_db, session_ids)


def test_threads_sharing_one_store_lose_no_turn(records_db):
    start = threading.Barrier(SEATS)
    with records_db.store(timeout=30) as store, ThreadPoolExecutor(SEATS) as pool:
        session_ids = dict(pool.map(lambda n: (n, take_call(store, n, start)), range(SEATS)))
    assert_every_turn_stored(records_db, session_ids)


def test_seats_opening_a_new_postgresql_database_at_once_all_get_it(postgres_db):
    # PostgreSQL only: on a SQLite file that does not exist yet, seats opening it in the
    # same instant can still see "locked" (switching a new file to WAL does not wait).
    start = threading.Barrier(SEATS)

    def seat(n):
        start.wait()
        with postgres_db.store(timeout=30) as store:  # the first opening creates the tables
            return n, take_call(store, n)

    with ThreadPoolExecutor(SEATS) as pool:
        session_ids = dict(pool.map(seat, range(SEATS)))
    assert_every_turn_stored(postgres_db, session_ids)


# One app process per seat, as `peilian serve` runs them.
CHILD = textwrap.dedent(
    """
    import sys
    from test_concurrency import take_call
    from simulator.records import open_store

    db, seat = sys.argv[1], int(sys.argv[2])

    class Gate:
        def wait(self):
            print("READY", flush=True)
            sys.stdin.readline()  # the parent says go to every seat at once

    with open_store(db, timeout=30) as store:
        print("SESSION", take_call(store, seat, Gate()), flush=True)
    """
)


@pytest.mark.cli  # starts processes of its own
def test_seats_in_processes_of_their_own_lose_no_turn(records_db):
    records_db.store().close()
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONPATH=os.pathsep.join([str(ROOT / "tests" / "records"), str(ROOT / "tests"), str(ROOT)]))
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, records_db.url, str(seat)],
            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for seat in range(SEATS)
    ]
    try:
        for child in children:
            line = child.stdout.readline()
            assert line.strip() == "READY", line + child.stderr.read()
        for child in children:
            child.stdin.write("go\n")
            child.stdin.flush()
        session_ids = {}
        for seat, child in enumerate(children):
            stdout, stderr = child.communicate(timeout=120)
            assert child.returncode == 0, stderr
            assert "Traceback" not in stderr
            [session_id] = [line.split()[1] for line in stdout.splitlines() if line.startswith("SESSION")]
            session_ids[seat] = session_id
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
    assert_every_turn_stored(records_db, session_ids)


def test_a_seat_record_is_plain_json(records_db):
    """What a seat wrote is the journal's JSON, readable by any tool (no driver-specific types)."""
    with records_db.store() as store:
        session_id = take_call(store, 3)
    [(data,)] = records_db.query("SELECT data FROM turns WHERE session_id=? AND idx=0", session_id)
    assert json.loads(data)["text"] == lines(3)[0]


class _LockedAtFirst:
    """A SQLite connection whose first switch to WAL finds the file locked, as when
    another seat is setting up the same new file at that instant."""

    def __init__(self, db, times: int):
        self._db, self.times = db, times

    def execute(self, sql, *params):
        if sql.startswith("PRAGMA journal_mode") and self.times:
            self.times -= 1
            raise sqlite3.OperationalError("database is locked")
        return self._db.execute(sql, *params)

    def __getattr__(self, name):
        return getattr(self._db, name)


def test_a_seat_setting_up_a_new_file_waits_for_another_seat_doing_the_same(tmp_path):
    store = open_store(tmp_path / "first.db")
    store._db.close()
    store._db = _LockedAtFirst(sqlite3.connect(str(tmp_path / "second.db"), isolation_level=None), times=2)
    store._create(timeout=5.0)
    assert store._db.times == 0
    assert store._schema_version() is not None


def test_a_new_file_locked_for_longer_than_the_timeout_is_said_plainly(tmp_path):
    store = open_store(tmp_path / "first.db")
    store._db.close()
    store._db = _LockedAtFirst(sqlite3.connect(str(tmp_path / "second.db"), isolation_level=None), times=10**6)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        store._create(timeout=0.2)


NEW_FILE_OPENER = textwrap.dedent(
    """
    import sys, time
    from simulator.records import open_store
    path, at = sys.argv[1], float(sys.argv[2])
    while time.time() < at:
        pass
    with open_store(path) as store:
        store.begin_session(trainee=sys.argv[3], scenario_id="x", scenario_title="x", scenario_version="1")
    """
)


@pytest.mark.cli  # starts processes of its own
def test_eight_seats_opening_one_new_file_at_the_same_instant_all_get_in(tmp_path):
    """A training room's first morning: every seat starts at once and the database
    file does not exist yet."""
    for trial in range(3):
        path = tmp_path / f"room{trial}.db"
        at = time.time() + 1.5  # after every interpreter has started
        seats = [
            subprocess.Popen([sys.executable, "-c", NEW_FILE_OPENER, str(path), str(at), f"学员{seat}"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
            for seat in range(SEATS)
        ]
        errors = [p.communicate(timeout=60)[1] for p in seats]
        assert [p.returncode for p in seats] == [0] * SEATS, errors
        with open_store(path) as store:
            assert len(store.sessions()) == SEATS
