"""Every session and every turn, stored as it happens.

SQLite in WAL mode with synchronous=FULL: each turn is its own committed
transaction, so a crash, a killed process or a closed terminal loses nothing
already said.  Errors reach the user as one clear sentence (corrupt file, locked
file, full disk), never as a traceback, and never by overwriting the file.

``RecordStore("postgresql://user:pass@host:port/dbname")`` (or ``postgres://``)
keeps the same records in PostgreSQL instead, for many seats writing to one
server: the same API, schema and one-transaction-per-turn semantics
(:mod:`simulator.records.postgres`, which alone imports the driver).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..settings import db_location, postgres_url

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    trainee TEXT NOT NULL,
    scenario_id TEXT NOT NULL,
    scenario_title TEXT NOT NULL DEFAULT '',
    scenario_version TEXT NOT NULL DEFAULT '',
    rubric_version TEXT NOT NULL DEFAULT '',
    mode TEXT NOT NULL DEFAULT 'practice',
    exam_id TEXT,
    attempt_id TEXT,
    seed INTEGER NOT NULL DEFAULT 0,
    started_at REAL NOT NULL,
    ended_at REAL,
    status TEXT NOT NULL DEFAULT 'open',
    outcome TEXT,
    good_ending INTEGER,
    ending_label TEXT,
    score INTEGER,
    passed INTEGER,
    summary TEXT,
    header TEXT,
    ending TEXT
);
CREATE TABLE IF NOT EXISTS turns (
    session_id TEXT NOT NULL REFERENCES sessions(id),
    idx INTEGER NOT NULL,
    at REAL NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL,
    PRIMARY KEY (session_id, idx)
);
CREATE INDEX IF NOT EXISTS sessions_by_trainee ON sessions(trainee, started_at);
"""


def passed_scenario_ids(sessions) -> set[str]:
    """Of these session records, the scenario ids with a finished, passed practice
    (not exam) call: what the curriculum counts as done."""
    return {s.scenario_id for s in sessions if s.finished and s.passed and s.mode != "exam"}


class RecordStoreError(Exception):
    """A problem with the records database, explained for the user."""


@dataclass(frozen=True)
class SessionRecord:
    id: str
    trainee: str
    scenario_id: str
    scenario_title: str
    scenario_version: str
    rubric_version: str
    mode: str
    exam_id: str | None
    attempt_id: str | None
    seed: int
    started_at: float
    ended_at: float | None
    status: str  # open | finished | abandoned
    outcome: str | None
    good_ending: bool | None
    ending_label: str | None
    score: int | None
    passed: bool | None
    summary: dict
    header: dict  # what was known when the call began: persona, the customer's first line
    ending: dict | None  # simulator.records.turns.ending_record of the ending reached

    @property
    def finished(self) -> bool:
        return self.status == "finished"


def _explain(exc: sqlite3.Error, path: Path) -> RecordStoreError:
    text = str(exc).lower()
    if isinstance(exc, sqlite3.IntegrityError) and "unique" in text:
        return RecordStoreError(
            f"这一轮已经记录在 {path} 中（可能另一个窗口正在继续同一通电话）。已有的记录没有被覆盖。"
        )
    if "locked" in text or "busy" in text:
        return RecordStoreError(f"记录数据库 {path} 正被另一个程序占用，请稍后再试，或用 --db 指定另一个文件。")
    if "full" in text:
        return RecordStoreError(f"磁盘空间已满，无法写入记录数据库 {path}。已经保存的记录不受影响，请清理磁盘后再继续。")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return RecordStoreError(f"记录数据库 {path} 已损坏，无法读取。原文件保留未动；请用 --db 指定一个新文件，并把损坏的文件交给管理员。")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return RecordStoreError(f"无法写入记录数据库 {path}（没有权限或目录不存在）。请用 --db 指定一个可写的位置。")
    return RecordStoreError(f"记录数据库 {path} 出错：{exc}")


def _json(text: str | None):
    """A JSON column; a value damaged by hand reads as empty rather than failing the whole list."""
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


class RecordStore:
    """A thin layer over one SQLite file; safe to open from several processes.

    Given a PostgreSQL URL instead of a file, ``RecordStore(url)`` makes a
    :class:`simulator.records.postgres.PostgresRecordStore` (a subclass: same
    methods, same results); the driver is imported only then.
    """

    def __new__(cls, path: str | Path | None = None, **kwargs):
        if cls is RecordStore and postgres_url(db_location(path)) is not None:
            from .postgres import PostgresRecordStore

            cls = PostgresRecordStore
        return super().__new__(cls)

    def __init__(self, path: str | Path | None = None, *, timeout: float = 5.0, must_exist: bool = False):
        self.path = Path(db_location(path))
        # One connection shared by the app's threads (a turn written while the
        # picker reads): the lock keeps each transaction whole.
        self._lock = threading.RLock()
        if must_exist and not self.path.is_file():
            raise RecordStoreError(f"找不到记录数据库 {self.path}。请检查 --db 指定的文件，或先练习一次。")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise RecordStoreError(f"无法创建记录目录 {self.path.parent}：{exc.strerror}") from None
        try:
            self._db = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None, check_same_thread=False)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            version = self._schema_version()
            if version is None:  # a new file: the only time opening writes (so reading works while another writes)
                self._create(timeout)
            elif version > SCHEMA_VERSION:
                raise RecordStoreError(f"记录数据库 {self.path} 由更新版本的陪练创建，请升级陪练后再打开。")
            else:
                self._add_missing_columns()
            check = self._db.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise sqlite3.DatabaseError("database disk image is malformed")
        except (sqlite3.Error, RecordStoreError) as exc:
            db = getattr(self, "_db", None)
            if db is not None:
                db.close()
            raise (exc if isinstance(exc, RecordStoreError) else _explain(exc, self.path)) from None

    def _create(self, timeout: float) -> None:
        """Set up a new file.  Several seats may open the same new file at once: the
        switch to WAL can then fail at once with "locked" (SQLite's busy timeout does
        not cover it), so it is retried until ``timeout``; the schema itself is
        idempotent (IF NOT EXISTS, INSERT OR IGNORE)."""
        deadline = time.monotonic() + timeout
        pause = 0.01
        while True:
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.executescript(_SCHEMA)
                self._db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
                return
            except sqlite3.OperationalError as exc:
                text = str(exc).lower()
                if ("locked" not in text and "busy" not in text) or time.monotonic() >= deadline:
                    raise
                if self._db.in_transaction:
                    self._db.rollback()
            time.sleep(pause)
            pause = min(pause * 2, 0.2)

    def _schema_version(self) -> int | None:
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return None
            raise
        try:
            return int(row[0]) if row else None
        except ValueError:
            raise sqlite3.DatabaseError("database disk image is malformed") from None

    def _add_missing_columns(self) -> None:
        """Columns added before the schema was released (a file from a development build)."""
        have = {r[1] for r in self._db.execute("PRAGMA table_info(sessions)")}
        for column in ("header", "ending"):
            if column not in have:
                self._db.execute(f"ALTER TABLE sessions ADD COLUMN {column} TEXT")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _write(self, sql: str, params=()) -> None:
        try:
            with self._lock, self._db:  # one committed transaction per call
                self._db.execute("BEGIN IMMEDIATE")
                self._db.execute(sql, params)
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from None

    def _read(self, sql: str, params=()) -> list[sqlite3.Row]:
        try:
            with self._lock:
                return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from None

    # -- writing -----------------------------------------------------------
    def begin_session(
        self,
        *,
        trainee: str,
        scenario_id: str,
        scenario_title: str = "",
        scenario_version: str = "",
        rubric_version: str = "",
        mode: str = "practice",
        exam_id: str | None = None,
        attempt_id: str | None = None,
        seed: int = 0,
        session_id: str | None = None,
        header: dict | None = None,
    ) -> str:
        session_id = session_id or uuid.uuid4().hex
        self._write(
            "INSERT INTO sessions(id, trainee, scenario_id, scenario_title, scenario_version, rubric_version,"
            " mode, exam_id, attempt_id, seed, started_at, header) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                session_id, trainee, scenario_id, scenario_title, scenario_version, rubric_version, mode, exam_id,
                attempt_id, seed, time.time(), json.dumps(header or {}, ensure_ascii=False, sort_keys=True),
            ),
        )
        return session_id

    def record_turn(self, session_id: str, index: int, kind: str, text: str, data: dict) -> None:
        """Store one turn; a turn already stored under that index is never overwritten."""
        self._write(
            "INSERT INTO turns(session_id, idx, at, kind, text, data) VALUES (?,?,?,?,?,?)",
            (session_id, index, time.time(), kind, text, json.dumps(data, ensure_ascii=False, sort_keys=True)),
        )

    def finish_session(
        self,
        session_id: str,
        *,
        outcome: str | None,
        good_ending: bool | None,
        ending_label: str | None,
        score: int | None,
        passed: bool | None,
        summary: dict,
        status: str = "finished",
        ending: dict | None = None,
    ) -> None:
        self._write(
            "UPDATE sessions SET ended_at=?, status=?, outcome=?, good_ending=?, ending_label=?, score=?, passed=?, summary=?,"
            " ending=? WHERE id=?",
            (
                time.time(),
                status,
                outcome,
                None if good_ending is None else int(good_ending),
                ending_label,
                score,
                None if passed is None else int(passed),
                json.dumps(summary, ensure_ascii=False, sort_keys=True),
                None if ending is None else json.dumps(ending, ensure_ascii=False, sort_keys=True),
                session_id,
            ),
        )

    # -- reading -----------------------------------------------------------
    @staticmethod
    def _session(row: sqlite3.Row) -> SessionRecord:
        return SessionRecord(
            id=row["id"],
            trainee=row["trainee"],
            scenario_id=row["scenario_id"],
            scenario_title=row["scenario_title"],
            scenario_version=row["scenario_version"],
            rubric_version=row["rubric_version"],
            mode=row["mode"],
            exam_id=row["exam_id"],
            attempt_id=row["attempt_id"],
            seed=row["seed"],
            started_at=row["started_at"],
            ended_at=row["ended_at"],
            status=row["status"],
            outcome=row["outcome"],
            good_ending=None if row["good_ending"] is None else bool(row["good_ending"]),
            ending_label=row["ending_label"],
            score=row["score"],
            passed=None if row["passed"] is None else bool(row["passed"]),
            summary=_json(row["summary"]) or {},
            header=_json(row["header"]) or {},
            ending=_json(row["ending"]),
        )

    def session(self, session_id: str) -> SessionRecord | None:
        rows = self._read("SELECT * FROM sessions WHERE id=?", (session_id,))
        return self._session(rows[0]) if rows else None

    def sessions(self, trainee: str | None = None, *, mode: str | None = None) -> list[SessionRecord]:
        sql, params = "SELECT * FROM sessions", []
        clauses = []
        if trainee is not None:
            clauses.append("trainee=?")
            params.append(trainee)
        if mode is not None:
            clauses.append("mode=?")
            params.append(mode)
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        return [self._session(r) for r in self._read(sql + " ORDER BY started_at, id", params)]

    def turns(self, session_id: str) -> list[dict]:
        rows = self._read("SELECT idx, at, kind, text, data FROM turns WHERE session_id=? ORDER BY idx", (session_id,))
        return [dict(json.loads(r["data"]), index=r["idx"], at=r["at"], kind=r["kind"], text=r["text"]) for r in rows]

    def unfinished(self, trainee: str | None = None) -> list[SessionRecord]:
        return [s for s in self.sessions(trainee) if s.status == "open"]

    def exam_attempts(self, trainee: str, exam_id: str) -> list[str]:
        """Attempt ids of a candidate at an exam, oldest first."""
        rows = self._read(
            "SELECT attempt_id, min(started_at) AS t FROM sessions WHERE trainee=? AND exam_id=? AND attempt_id IS NOT NULL"
            " GROUP BY attempt_id ORDER BY t",
            (trainee, exam_id),
        )
        return [r["attempt_id"] for r in rows]

    def trainees(self) -> list[str]:
        return [r[0] for r in self._read("SELECT DISTINCT trainee FROM sessions ORDER BY trainee")]

    def best_scores(self, trainee: str | None = None) -> dict[str, int]:
        """Best finished score per scenario id, over practice (not exam) calls."""
        best: dict[str, int] = {}
        for s in self.sessions(trainee):
            if s.finished and s.score is not None and s.mode != "exam":
                best[s.scenario_id] = max(best.get(s.scenario_id, 0), s.score)
        return best

    def passed_scenarios(self, trainee: str | None = None) -> set[str]:
        """Scenario ids with a finished, passed practice (not exam) call."""
        return passed_scenario_ids(self.sessions(trainee))
