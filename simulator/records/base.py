"""The record store's interface, and the queries every backend shares.

A backend (``sqlite.py``, ``postgres.py``) subclasses :class:`RecordStore` and
supplies only what differs: connecting, creating the schema (``schema.py``),
explaining its errors, and the two primitives ``_write`` (one committed
transaction per call) and ``_read`` (rows readable by column name).  The shared
SQL below is written once with ``{p}`` for a parameter; each backend names its
driver's placeholder in :attr:`RecordStore.PARAM`.

Open a store with :func:`simulator.records.open_store`, which picks the backend.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from abc import ABC, abstractmethod
from dataclasses import dataclass
from functools import lru_cache

from .schema import SCHEMA_VERSION, TABLE_EXISTS, table_ddl

# The mode of the row that commits an exam attempt before its first call (not a call).
ATTEMPT_MODE = "exam_attempt"

__all__ = ["SCHEMA_VERSION", "DisputeRecord", "RecordStore", "RecordStoreError", "SessionRecord", "passed_scenario_ids"]

# What a trainer may say a disputed turn should have been graded (the labels of docs/grading.md).
EXPECT_LABELS = ("ok", "minor", "major", "critical")
DISPUTE_STATUSES = ("open", "accepted", "rejected")


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


@dataclass(frozen=True)
class DisputeRecord:
    id: str
    session_id: str
    index: int  # the disputed turn's index in its call
    trainee: str
    reason: str  # the trainee's words
    filed_at: float
    status: str  # open | accepted | rejected
    expect: str | None  # accepted: ok, minor, major or critical
    decided_by: str | None
    note: str | None  # the trainer's words
    decided_at: float | None
    turn: dict  # the turn as graded, with what it answered (records/disputes.py)


def _json(text: str | None):
    """A JSON column; a value damaged by hand reads as empty rather than failing the whole list."""
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


@lru_cache(maxsize=None)
def _in_dialect(sql: str, param: str) -> str:
    return sql.replace("{p}", param)


class RecordStore(ABC):
    """Every session and every turn, stored as it happens; one database, many seats.

    ``path`` is what messages name (a file, or a URL without its password).
    """

    backend: str  # "sqlite", "postgresql"
    PARAM: str  # the driver's placeholder for one parameter: "?" or "%s"
    path: object

    # -- what a backend supplies -------------------------------------------
    @abstractmethod
    def close(self) -> None:
        """Close the connection; later reads and writes raise RecordStoreError."""

    @abstractmethod
    def _execute_write(self, sql: str, params: tuple) -> None:
        """Run one statement as its own committed transaction (errors as RecordStoreError)."""

    @abstractmethod
    def _execute_read(self, sql: str, params: tuple) -> list:
        """Rows of one query, each readable by column name (errors as RecordStoreError)."""

    # -- shared ---------------------------------------------------------------
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _write(self, sql: str, params=()) -> None:
        self._execute_write(_in_dialect(sql, self.PARAM), tuple(params))

    def _read(self, sql: str, params=()) -> list:
        return self._execute_read(_in_dialect(sql, self.PARAM), tuple(params))

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
            " mode, exam_id, attempt_id, seed, started_at, header) VALUES ({p},{p},{p},{p},{p},{p},{p},{p},{p},{p},{p},{p})",
            (
                session_id, trainee, scenario_id, scenario_title, scenario_version, rubric_version, mode, exam_id,
                attempt_id, seed, time.time(), json.dumps(header or {}, ensure_ascii=False, sort_keys=True),
            ),
        )
        return session_id

    def begin_attempt(self, *, candidate: str, exam_id: str, number: int, attempt_id: str, header: dict | None = None) -> str:
        """Commit an exam attempt before its first call: one row per candidate, exam and
        attempt number.  Its id is made of those three, so the same attempt number cannot
        be written twice (two seats starting at once, a second run): the second insert is
        refused (RecordStoreError) and that exam does not start."""
        digest = hashlib.sha256(candidate.encode("utf-8")).hexdigest()[:20]
        row_id = f"attempt:{exam_id}:{digest}:{number}"
        self._write(
            "INSERT INTO sessions(id, trainee, scenario_id, scenario_title, scenario_version, rubric_version,"
            " mode, exam_id, attempt_id, seed, started_at, header) VALUES ({p},{p},{p},{p},{p},{p},{p},{p},{p},{p},{p},{p})",
            (
                row_id, candidate, "", "", "", "", ATTEMPT_MODE, exam_id, attempt_id, 0, time.time(),
                json.dumps({**(header or {}), "attempt": number}, ensure_ascii=False, sort_keys=True),
            ),
        )
        return row_id

    def record_turn(self, session_id: str, index: int, kind: str, text: str, data: dict) -> None:
        """Store one turn; a turn already stored under that index is never overwritten."""
        self._write(
            "INSERT INTO turns(session_id, idx, at, kind, text, data) VALUES ({p},{p},{p},{p},{p},{p})",
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
            "UPDATE sessions SET ended_at={p}, status={p}, outcome={p}, good_ending={p}, ending_label={p}, score={p}, passed={p}, summary={p},"
            " ending={p} WHERE id={p}",
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

    # -- disputes ------------------------------------------------------------
    def _has_table(self, table: str) -> bool:
        return bool(self._read(TABLE_EXISTS[self.backend], (table,))[0]["n"])

    def _ensure_table(self, table: str) -> None:
        """A table added after the first release, created on its first write (opening a
        database never writes, so a read-only one can still be read)."""
        if not self._has_table(table):
            self._write(table_ddl(table, self.backend))

    def file_dispute(self, *, session_id: str, index: int, trainee: str, reason: str, turn: dict) -> str:
        """Store a trainee's dispute of one turn's grade; a turn is disputed once
        (a second dispute of it is refused with RecordStoreError)."""
        self._ensure_table("disputes")
        if self._read("SELECT count(*) AS n FROM disputes WHERE session_id={p} AND idx={p}", (session_id, index))[0]["n"]:
            raise RecordStoreError("这一句已经提出过异议，请等培训师处理。")
        dispute_id = uuid.uuid4().hex[:12]
        self._write(
            "INSERT INTO disputes(id, session_id, idx, trainee, reason, filed_at, status, turn) VALUES ({p},{p},{p},{p},{p},{p},'open',{p})",
            (dispute_id, session_id, index, trainee, reason, time.time(), json.dumps(turn, ensure_ascii=False, sort_keys=True)),
        )
        return dispute_id

    def disputes(self, *, status: str | None = None, trainee: str | None = None, dispute_id: str | None = None) -> list[DisputeRecord]:
        """Disputes, oldest first; none in a database made before disputes existed."""
        if not self._has_table("disputes"):
            return []
        clauses, params = [], []
        for column, value in (("status", status), ("trainee", trainee), ("id", dispute_id)):
            if value is not None:
                clauses.append(f"{column}={{p}}")
                params.append(value)
        sql = "SELECT * FROM disputes" + (" WHERE " + " AND ".join(clauses) if clauses else "") + " ORDER BY filed_at, id"
        found = []
        for row in self._read(sql, params):
            turn = _json(row["turn"])
            if not isinstance(turn, dict):
                self.damaged.append(f"异议 {row['id']} 的记录已损坏，已跳过")
                continue
            found.append(
                DisputeRecord(
                    row["id"], row["session_id"], row["idx"], row["trainee"], row["reason"], row["filed_at"], row["status"],
                    row["expect"], row["decided_by"], row["note"], row["decided_at"], turn,
                )
            )
        return found

    def dispute(self, dispute_id: str) -> DisputeRecord | None:
        found = self.disputes(dispute_id=dispute_id)
        return found[0] if found else None

    def decide_dispute(self, dispute_id: str, *, accepted: bool, decided_by: str, note: str = "", expect: str | None = None) -> DisputeRecord:
        """Accept (the grade was wrong; ``expect`` is what it should have been) or reject
        an open dispute.  A dispute is decided once: deciding it again is refused."""
        current = self.dispute(dispute_id)
        if current is None:
            raise RecordStoreError(f"找不到编号为 {dispute_id} 的异议。")
        if current.status != "open":
            raise RecordStoreError(f"异议 {dispute_id} 已经处理过（{'已采纳' if current.status == 'accepted' else '未采纳'}），不能再改。")
        if accepted and expect not in EXPECT_LABELS:
            raise RecordStoreError(f"采纳异议时要说明这一句应得的评定：{'、'.join(EXPECT_LABELS)}。")
        self._write(
            "UPDATE disputes SET status={p}, expect={p}, decided_by={p}, note={p}, decided_at={p} WHERE id={p} AND status='open'",
            ("accepted" if accepted else "rejected", expect if accepted else None, decided_by, note, time.time(), dispute_id),
        )
        decided = self.dispute(dispute_id)
        if decided is None or decided.status == "open":
            raise RecordStoreError(f"异议 {dispute_id} 没有能保存处理结果，请再试一次。")
        if (decided.decided_by, decided.note) != (decided_by, note):  # another trainer was first
            raise RecordStoreError(f"异议 {dispute_id} 刚刚已由 {decided.decided_by or '另一位培训师'} 处理。")
        return decided

    # -- the roster of a proctored exam ----------------------------------------
    def issue_roster(self, exam_id: str, entries: list[tuple[str, str, str]]) -> None:
        """Put (name, person id, code hash) on the exam's roster: a new code replaces an
        unused one (and clears its failures); a name whose code was used keeps it."""
        self._ensure_table("exam_roster")
        used = {r["name"] for r in self._read("SELECT name FROM exam_roster WHERE exam_id={p} AND used_at IS NOT NULL", (exam_id,))}
        for name, person_id, code_hash in entries:
            if name in used:
                continue
            self._write("DELETE FROM exam_roster WHERE exam_id={p} AND name={p} AND used_at IS NULL", (exam_id, name))
            self._write(
                "INSERT INTO exam_roster(exam_id, name, person_id, code_hash, issued_at, failures) VALUES ({p},{p},{p},{p},{p},0)",
                (exam_id, name, person_id, code_hash, time.time()),
            )

    def roster(self, exam_id: str) -> list[dict]:
        """The exam's roster, by name: name, person_id, issued_at, used_at, failures."""
        if not self._has_table("exam_roster"):
            return []
        rows = self._read("SELECT name, person_id, issued_at, used_at, failures FROM exam_roster WHERE exam_id={p} ORDER BY name", (exam_id,))
        return [dict(name=r["name"], person_id=r["person_id"], issued_at=r["issued_at"], used_at=r["used_at"], failures=r["failures"]) for r in rows]

    def redeem_code(self, exam_id: str, name: str, code_hash: str, *, max_failures: int) -> dict:
        """Sign a rostered candidate in with their one-time code: the code is used up
        in the same statement that checks it, so two seats cannot both use it.  A name
        with ``max_failures`` wrong codes is locked until the proctor issues a new one."""
        rows = self._read("SELECT * FROM exam_roster WHERE exam_id={p} AND name={p}", (exam_id, name)) if self._has_table("exam_roster") else []
        if not rows:
            raise RecordStoreError(f"“{name}”不在这场考试的考生名单上。请核对姓名（与名单上一致），或请监考老师确认。")
        row = rows[0]
        if row["used_at"] is not None:
            raise RecordStoreError("这个登录码已经用过了。每个登录码只能用一次，请找监考老师重新发码。")
        if row["failures"] >= max_failures:
            raise RecordStoreError("登录码输错次数太多，已锁定。请找监考老师重新发码。")
        if row["code_hash"] != code_hash:
            self._write("UPDATE exam_roster SET failures=failures+1 WHERE exam_id={p} AND name={p}", (exam_id, name))
            left = max_failures - row["failures"] - 1
            raise RecordStoreError("登录码不对。" + (f"还可以再试 {left} 次。" if left else "已锁定，请找监考老师重新发码。"))
        now = time.time()
        self._write(
            "UPDATE exam_roster SET used_at={p} WHERE exam_id={p} AND name={p} AND code_hash={p} AND used_at IS NULL",
            (now, exam_id, name, code_hash),
        )
        again = self._read("SELECT used_at, person_id FROM exam_roster WHERE exam_id={p} AND name={p}", (exam_id, name))
        if not again or again[0]["used_at"] != now:  # another seat used it first
            raise RecordStoreError("这个登录码已经用过了。每个登录码只能用一次，请找监考老师重新发码。")
        return {"name": name, "person_id": again[0]["person_id"]}

    # -- reading -----------------------------------------------------------
    @staticmethod
    def _session(row) -> SessionRecord:
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
        rows = self._read("SELECT * FROM sessions WHERE id={p}", (session_id,))
        return self._session(rows[0]) if rows else None

    def sessions(self, trainee: str | None = None, *, mode: str | None = None) -> list[SessionRecord]:
        """Calls, oldest first (an exam attempt's own row only when ``mode`` asks for it)."""
        sql, params = "SELECT * FROM sessions", []
        clauses = [] if mode is not None else [f"mode <> '{ATTEMPT_MODE}'"]
        if trainee is not None:
            clauses.append("trainee={p}")
            params.append(trainee)
        if mode is not None:
            clauses.append("mode={p}")
            params.append(mode)
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        return [self._session(r) for r in self._read(sql + " ORDER BY started_at, id", params)]

    def turns(self, session_id: str) -> list[dict]:
        """The call's turns in order.  A row damaged by hand (not a JSON object) is
        left out and named in :attr:`damaged`, so one bad row cannot block a report."""
        rows = self._read("SELECT idx, at, kind, text, data FROM turns WHERE session_id={p} ORDER BY idx", (session_id,))
        found = []
        for r in rows:
            data = _json(r["data"])
            if not isinstance(data, dict):
                self.damaged.append(f"通话 {session_id} 的第 {r['idx'] + 1} 轮记录已损坏，已跳过")
                continue
            found.append(dict(data, index=r["idx"], at=r["at"], kind=r["kind"], text=r["text"]))
        return found

    @property
    def damaged(self) -> list[str]:
        """What reading found damaged and left out, one sentence per record, in order."""
        try:
            return self.__dict__["_damaged"]
        except KeyError:
            return self.__dict__.setdefault("_damaged", [])

    def unfinished(self, trainee: str | None = None) -> list[SessionRecord]:
        return [s for s in self.sessions(trainee) if s.status == "open"]

    def exam_attempts(self, trainee: str, exam_id: str) -> list[str]:
        """Attempt ids of a candidate at an exam, oldest first."""
        rows = self._read(
            "SELECT attempt_id, min(started_at) AS t FROM sessions WHERE trainee={p} AND exam_id={p} AND attempt_id IS NOT NULL"
            " GROUP BY attempt_id ORDER BY t",
            (trainee, exam_id),
        )
        return [r["attempt_id"] for r in rows]

    def trainees(self) -> list[str]:
        return [r["trainee"] for r in self._read("SELECT DISTINCT trainee FROM sessions ORDER BY trainee")]

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
