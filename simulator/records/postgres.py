"""The record store in PostgreSQL: one server for every seat of a training centre.

``open_store("postgresql://user:pass@host:port/dbname")`` lands here.  The store
keeps :class:`simulator.records.base.RecordStore`'s API, queries and semantics:

* the same tables and columns (``schema.py``, in PostgreSQL's types), created on
  first use;
* each write is its own committed transaction (autocommit connection, one
  ``transaction()`` per call), so every turn is on the server before the call
  goes on, and a turn already stored is never overwritten;
* every failure (no server, wrong password, no such database, a dropped
  connection) reaches the user as one Chinese sentence in a
  :class:`RecordStoreError`, with the password masked.

psycopg is imported here only, so commands that keep their records in SQLite
never load it.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from urllib.parse import unquote

from .base import RecordStore, RecordStoreError
from .schema import SCHEMA_VERSION, ddl

_SCHEMA = ddl("postgresql")

# Held while the tables are created, so seats starting at once on an empty
# database do not race each other's CREATE TABLE ('peilian' in ASCII).
_SCHEMA_LOCK = 0x7065696C69616E


# ---------------------------------------------------------------------------
# The URL: what to show (never the password) and what to name in messages
# ---------------------------------------------------------------------------


def mask_password(url: str) -> str:
    """``url`` with its password (``user:PASSWORD@`` or ``?password=``) replaced by ``***``."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    end = len(rest)
    for stop in "/?":  # the authority ends at the path or the query
        at = rest.find(stop)
        if at != -1:
            end = min(end, at)
    authority, tail = rest[:end], rest[end:]
    userinfo, at, hostport = authority.rpartition("@")
    if at and ":" in userinfo:
        authority = userinfo.split(":", 1)[0] + ":***@" + hostport
    tail = re.sub(r"(?i)([?&]password=)[^&#]*", r"\1***", tail)
    return f"{scheme}://{authority}{tail}"


@dataclass(frozen=True)
class _Target:
    url: str  # as given: passed to libpq, never shown
    shown: str  # the URL with the password masked
    host: str
    port: str
    user: str
    dbname: str
    secrets: tuple[str, ...]  # the password as written and decoded, scrubbed from any text shown

    @classmethod
    def parse(cls, url: str) -> "_Target":
        from psycopg.conninfo import conninfo_to_dict

        try:
            params = conninfo_to_dict(url)
        except Exception:  # a malformed URL: psycopg's message would echo it, password included
            params = {}
        password = str(params.get("password") or "")
        raw = re.search(r"://[^/?#]*?:([^@/?#]*)@", url)
        secrets = {s for s in (password, raw.group(1) if raw else "", unquote(raw.group(1)) if raw else "") if s}
        host = str(params.get("host") or params.get("hostaddr") or "本机")
        return cls(
            url=url,
            shown=mask_password(url),
            host=host,
            port=str(params.get("port") or "5432"),
            user=str(params.get("user") or ""),
            dbname=str(params.get("dbname") or ""),
            secrets=tuple(sorted(secrets, key=len, reverse=True)),
        )

    @property
    def server(self) -> str:
        return f"{self.host}:{self.port}"

    def scrub(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return text


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    # libpq prefixes the server's words with where it tried: keep what the server said.
    text = re.sub(r"^connection failed: (connection to server at [^:]*?failed: )?", "", text)
    text = re.sub(r"^(FATAL|ERROR):\s+", "", text)
    return text.splitlines()[0].strip() if text else type(exc).__name__


def _explain(exc: Exception, target: _Target) -> RecordStoreError:
    """One Chinese sentence for a psycopg error; the password never appears."""
    import psycopg
    from psycopg import errors

    text = str(exc).lower()
    state = getattr(exc, "sqlstate", None) or ""
    where = target.shown
    if isinstance(exc, errors.UniqueViolation):
        return RecordStoreError(f"这一轮已经记录在 {where} 中（可能另一个窗口正在继续同一通电话）。已有的记录没有被覆盖。")
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return RecordStoreError(
            f"数据库服务器 {target.server} 上没有名为“{target.dbname}”的数据库，请管理员先创建它（例如 createdb {target.dbname or '数据库名'}），或检查 --db。"
        )
    if (
        state.startswith("28")
        or "password authentication failed" in text
        or "authentication failed" in text
        or "no pg_hba.conf entry" in text
        or "no password supplied" in text
        or ("role" in text and "does not exist" in text)
    ):
        who = f"用户“{target.user}”" if target.user else "这个用户"
        return RecordStoreError(f"数据库服务器 {target.server} 拒绝了{who}的登录（用户名或密码不对，或没有访问权限），请检查 --db 中的用户名和密码。")
    if state == "42501" or "permission denied" in text:
        who = f"用户“{target.user}”" if target.user else "这个用户"
        return RecordStoreError(f"{who}没有在记录数据库 {where} 中建表或读写记录的权限，请管理员授予权限（见 docs/records.md）。")
    if state == "3F000" or "no schema has been selected" in text:
        return RecordStoreError(f"记录数据库 {where} 中找不到要使用的 schema（search_path），请管理员先创建它，或检查 --db 中的 options。")
    if state.startswith("53") or "no space left" in text or "disk full" in text:
        return RecordStoreError(f"数据库服务器 {target.server} 磁盘空间已满或资源不足，无法写入记录。已经保存的记录不受影响，请通知管理员。")
    if state in ("55P03", "40P01", "40001", "57014") or ("lock" in text and "timeout" in text):
        return RecordStoreError(f"记录数据库 {where} 正忙（被其他操作锁住），请稍后再试。")
    if (
        (isinstance(exc, psycopg.ProgrammingError) and "uri" in text)
        or ("invalid" in text and "connection option" in text)
        or "invalid integer value" in text
        or "invalid sslmode" in text
    ):
        return RecordStoreError(f"记录数据库地址 {where} 的格式不对，应为 postgresql://用户名:密码@主机:端口/数据库名。")
    if "starting up" in text or "shutting down" in text or "in recovery mode" in text:
        return RecordStoreError(f"数据库服务器 {target.server} 正在启动或关闭，暂时不能使用，请稍后再试。")
    if isinstance(exc, psycopg.OperationalError) and (
        "connection refused" in text
        or "could not connect" in text
        or "connection to server" in text
        or "failed to resolve host" in text
        or "could not translate host name" in text
        or "timeout" in text
        or "timed out" in text
        or "no route to host" in text
        or "network is unreachable" in text
        or "connection failed" in text
    ):
        return RecordStoreError(
            f"无法连接记录数据库服务器 {target.server}（{where}），请确认数据库服务器已启动、地址和端口正确，且本机能访问它。"
        )
    if isinstance(exc, psycopg.OperationalError):
        return RecordStoreError(
            f"与记录数据库服务器 {target.server} 的连接中断了，这一步没有保存（已经保存的记录不受影响），请检查网络或服务器后再继续。"
        )
    return RecordStoreError(f"记录数据库 {where} 出错：{target.scrub(_first_line(exc))}")


def _param(value):
    # PostgreSQL text cannot hold NUL; SQLite can.  A NUL typed into a reply
    # is dropped rather than losing the whole turn.
    return value.replace("\x00", "") if isinstance(value, str) else value


# ---------------------------------------------------------------------------
# The store
# ---------------------------------------------------------------------------


class PostgresRecordStore(RecordStore):
    """:class:`RecordStore` over one PostgreSQL database; any number of seats may share it."""

    backend = "postgresql"
    PARAM = "%s"

    def __init__(self, url: str, *, timeout: float = 5.0, must_exist: bool = False):
        self._target = _Target.parse(url)
        self.path = self._target.shown  # what messages name: the URL without its password
        self._timeout = timeout
        self._lock = threading.RLock()
        self._db = None
        self._closed = False
        try:
            import psycopg
        except ImportError:
            raise RecordStoreError(
                "要把记录保存到 PostgreSQL，需要先安装数据库驱动：pip install \"psycopg[binary]\"。"
            ) from None
        try:
            self._db = self._connect()
            self._prepare_schema(must_exist)
        except (psycopg.Error, RecordStoreError) as exc:
            self.close()
            raise (exc if isinstance(exc, RecordStoreError) else _explain(exc, self._target)) from None

    # -- connection --------------------------------------------------------
    def _connect(self):
        import psycopg
        from psycopg.conninfo import conninfo_to_dict
        from psycopg.rows import dict_row

        try:
            given = conninfo_to_dict(self._target.url)
        except psycopg.ProgrammingError:
            raise RecordStoreError(
                f"记录数据库地址 {self._target.shown} 的格式不对，应为 postgresql://用户名:密码@主机:端口/数据库名。"
            ) from None
        extra = {}
        if "connect_timeout" not in given:
            extra["connect_timeout"] = max(2, round(self._timeout))
        if "application_name" not in given:
            extra["application_name"] = "peilian"
        connection = psycopg.connect(self._target.url, autocommit=True, row_factory=dict_row, **extra)
        # No server-side prepared statements: works behind a transaction-pooling PgBouncer too.
        connection.prepare_threshold = None
        return connection

    def _live(self):
        """The connection, opened again if the server dropped it (a restart, a network blip)."""
        if self._closed:
            raise RecordStoreError(f"记录数据库 {self._target.shown} 已关闭，无法继续读写。")
        if self._db is None or self._db.closed or self._db.broken:
            if self._db is not None:
                self._db.close()
            self._db = self._connect()
        return self._db

    def _lost(self) -> bool:
        return self._db is not None and (self._db.closed or self._db.broken)

    def _prepare_schema(self, must_exist: bool) -> None:
        db = self._db
        if db.execute("SELECT to_regclass('meta') AS meta").fetchone()["meta"] is None:
            if must_exist:
                raise RecordStoreError(
                    f"记录数据库 {self._target.shown} 中还没有陪练的记录，请检查 --db 指定的数据库，或先练习一次。"
                )
            with db.transaction():  # the only time opening writes
                db.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
                if db.execute("SELECT to_regclass('meta') AS meta").fetchone()["meta"] is None:
                    db.execute(_SCHEMA)
                    db.execute(
                        "INSERT INTO meta(key, value) VALUES ('schema_version', %s) ON CONFLICT DO NOTHING",
                        (str(SCHEMA_VERSION),),
                    )
        row = db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        try:
            version = int(row["value"]) if row else SCHEMA_VERSION
        except ValueError:
            version = SCHEMA_VERSION + 1
        if version > SCHEMA_VERSION:
            raise RecordStoreError(f"记录数据库 {self._target.shown} 由更新版本的陪练创建，请升级陪练后再打开。")

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._db is not None:
                self._db.close()

    # -- the two primitives the shared methods use -------------------------
    def _execute_write(self, sql: str, params: tuple) -> None:
        import psycopg
        from psycopg import errors

        params = tuple(_param(p) for p in params)
        with self._lock:
            for retry in (False, True):
                try:
                    db = self._live()
                    with db.transaction():  # one committed transaction per call
                        db.execute(sql, params)
                    return
                except errors.UniqueViolation as exc:
                    if retry:
                        # The first try reached the server and committed before the
                        # connection dropped: what we meant to store is stored.
                        return
                    raise _explain(exc, self._target) from None
                except psycopg.Error as exc:
                    if not retry and self._lost():
                        continue  # the connection was gone: open a new one and try once more
                    raise _explain(exc, self._target) from None

    def _execute_read(self, sql: str, params: tuple) -> list:
        import psycopg

        with self._lock:
            for retry in (False, True):
                try:
                    return self._live().execute(sql, tuple(params)).fetchall()
                except psycopg.Error as exc:
                    if not retry and self._lost():
                        continue
                    raise _explain(exc, self._target) from None
        return []  # pragma: no cover (the loop returns or raises)
