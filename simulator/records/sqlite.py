"""The record store in one SQLite file: the embedded default.

Every session and every turn, stored as it happens.  SQLite in WAL mode with
synchronous=FULL: each turn is its own committed transaction, so a crash, a killed process or a closed terminal loses nothing
already said.  Errors reach the user as one clear sentence (corrupt file, locked
file, full disk), never as a traceback, and never by overwriting the file.

The queries are :class:`simulator.records.base.RecordStore`'s, the tables
``schema.py``'s; this module supplies the connection, the file's set-up and the
explanation of SQLite's errors.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path
from urllib.parse import quote

from .base import RecordStore, RecordStoreError
from .schema import SCHEMA_VERSION, ddl

_SCHEMA = ddl("sqlite")


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
        if path.is_file():
            return RecordStoreError(f"记录数据库 {path} 只读（只读的磁盘或没有写权限），只能查看，不能写入新的记录。请用 --db 指定一个可写的文件。")
        return RecordStoreError(f"无法写入记录数据库 {path}（没有权限或目录不存在）。请用 --db 指定一个可写的位置。")
    return RecordStoreError(f"记录数据库 {path} 出错：{exc}")


class SQLiteRecordStore(RecordStore):
    """A thin layer over one SQLite file; safe to open from several processes."""

    backend = "sqlite"
    PARAM = "?"

    def __init__(self, path: str | Path, *, timeout: float = 5.0, must_exist: bool = False):
        self.path = Path(path)
        # One connection shared by the app's threads (a turn written while the
        # picker reads): the lock keeps each transaction whole.
        self._lock = threading.RLock()
        if must_exist and not self.path.is_file():
            raise RecordStoreError(f"找不到记录数据库 {self.path}。请检查 --db 指定的文件，或先练习一次。")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise RecordStoreError(f"无法创建记录目录 {self.path.parent}：{exc.strerror}") from None
        # A file that cannot be written (a read-only mount, a copy handed in for a report)
        # is still read: opened read-only, and any write then says why in one sentence.
        self.read_only = self.path.is_file() and not (os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK))
        try:
            self._db = self._connect(timeout)
            self._db.row_factory = sqlite3.Row
            if not self.read_only:
                self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            version = self._schema_version()
            if version is None and self.read_only:
                raise RecordStoreError(f"记录数据库 {self.path} 只读，而且还不是陪练的记录数据库。请检查 --db 指定的文件。")
            if version is None:  # a new file: the only time opening writes (so reading works while another writes)
                self._create(timeout)
            elif version > SCHEMA_VERSION:
                raise RecordStoreError(f"记录数据库 {self.path} 由更新版本的陪练创建，请升级陪练后再打开。")
            elif not self.read_only:
                self._add_missing_columns()
            check = self._db.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise sqlite3.DatabaseError("database disk image is malformed")
        except (sqlite3.Error, RecordStoreError) as exc:
            db = getattr(self, "_db", None)
            if db is not None:
                db.close()
            raise (exc if isinstance(exc, RecordStoreError) else _explain(exc, self.path)) from None

    def _connect(self, timeout: float) -> sqlite3.Connection:
        options = dict(timeout=timeout, isolation_level=None, check_same_thread=False)
        if not self.read_only:
            return sqlite3.connect(str(self.path), **options)
        uri = "file:" + quote(str(self.path.resolve()))
        db = sqlite3.connect(uri + "?mode=ro", uri=True, **options)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.OperationalError:
            # A WAL file on a read-only mount: its shared-memory file cannot be made.
            # Nobody can be writing to it there, so it is read as it stands.
            db.close()
            wal = self.path.with_name(self.path.name + "-wal")
            if wal.is_file() and wal.stat().st_size:
                self.damaged.append(f"记录数据库 {self.path} 在只读的位置，最后几轮记录（在 {wal.name} 里）可能没有读到")
            return sqlite3.connect(uri + "?immutable=1", uri=True, **options)

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

    def _execute_write(self, sql: str, params: tuple) -> None:
        try:
            with self._lock, self._db:  # one committed transaction per call
                self._db.execute("BEGIN IMMEDIATE")
                self._db.execute(sql, params)
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from None

    def _execute_read(self, sql: str, params: tuple) -> list[sqlite3.Row]:
        try:
            with self._lock:
                return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from None
