"""The records schema, written once for every backend.

Tables and columns are declared here with portable types; each backend's DDL is
generated from them (:func:`ddl`), so a column is added in one place.  The only
differences between dialects are the types in :data:`DIALECTS`:

* ``key``: an identifier.  PostgreSQL compares it byte-wise (``COLLATE "C"``), so
  lists sort as SQLite sorts them.
* ``int``: a 64-bit integer in PostgreSQL (``BIGINT``), SQLite's ``INTEGER``.
* ``real``: a timestamp in seconds (``DOUBLE PRECISION`` in PostgreSQL).
* ``flag``: 0 or 1 (``INTEGER`` everywhere; NULL when not known yet).
"""

from __future__ import annotations

SCHEMA_VERSION = 1

# Column types, per dialect.
DIALECTS: dict[str, dict[str, str]] = {
    "sqlite": {"key": "TEXT", "text": "TEXT", "int": "INTEGER", "real": "REAL", "flag": "INTEGER"},
    "postgresql": {"key": 'TEXT COLLATE "C"', "text": "TEXT", "int": "BIGINT", "real": "DOUBLE PRECISION", "flag": "INTEGER"},
}

# (table, [(column, portable type, constraints)], table constraints, one line)
TABLES: tuple[tuple[str, tuple[tuple[str, str, str], ...], tuple[str, ...], bool], ...] = (
    ("meta", (("key", "key", "PRIMARY KEY"), ("value", "text", "NOT NULL")), (), True),
    (
        "sessions",
        (
            ("id", "key", "PRIMARY KEY"),
            ("trainee", "key", "NOT NULL"),
            ("scenario_id", "key", "NOT NULL"),
            ("scenario_title", "text", "NOT NULL DEFAULT ''"),
            ("scenario_version", "text", "NOT NULL DEFAULT ''"),
            ("rubric_version", "text", "NOT NULL DEFAULT ''"),
            ("mode", "text", "NOT NULL DEFAULT 'practice'"),
            ("exam_id", "key", ""),
            ("attempt_id", "key", ""),
            ("seed", "int", "NOT NULL DEFAULT 0"),
            ("started_at", "real", "NOT NULL"),
            ("ended_at", "real", ""),
            ("status", "text", "NOT NULL DEFAULT 'open'"),
            ("outcome", "text", ""),
            ("good_ending", "flag", ""),
            ("ending_label", "text", ""),
            ("score", "int", ""),
            ("passed", "flag", ""),
            ("summary", "text", ""),
            ("header", "text", ""),  # what was known when the call began (JSON)
            ("ending", "text", ""),  # the ending reached (JSON)
        ),
        (),
        False,
    ),
    (
        "turns",
        (
            ("session_id", "key", "NOT NULL REFERENCES sessions(id)"),
            ("idx", "int", "NOT NULL"),
            ("at", "real", "NOT NULL"),
            ("kind", "text", "NOT NULL"),
            ("text", "text", "NOT NULL DEFAULT ''"),
            ("data", "text", "NOT NULL"),
        ),
        ("PRIMARY KEY (session_id, idx)",),
        False,
    ),
    (
        # A trainee's disagreement with one turn's grade, and the trainer's decision.
        # Created with the first dispute in a database made before disputes existed.
        "disputes",
        (
            ("id", "key", "PRIMARY KEY"),
            ("session_id", "key", "NOT NULL REFERENCES sessions(id)"),
            ("idx", "int", "NOT NULL"),
            ("trainee", "key", "NOT NULL"),
            ("reason", "text", "NOT NULL"),
            ("filed_at", "real", "NOT NULL"),
            ("status", "text", "NOT NULL DEFAULT 'open'"),  # open | accepted | rejected
            ("expect", "text", ""),  # accepted: what the grade should have been (ok, minor, major, critical)
            ("decided_by", "text", ""),
            ("note", "text", ""),
            ("decided_at", "real", ""),
            ("turn", "text", "NOT NULL"),  # the turn as graded, with its context (JSON)
        ),
        ("UNIQUE (session_id, idx)",),
        False,
    ),
    (
        # Who may sit a proctored exam, and the one-time sign-in code each was given
        # (only its hash).  Created with the first roster in an older database.
        "exam_roster",
        (
            ("exam_id", "key", "NOT NULL"),
            ("name", "key", "NOT NULL"),  # normalised as attempts count names
            ("person_id", "text", "NOT NULL DEFAULT ''"),  # the centre's own id (工号), if the roster gives one
            ("code_hash", "text", "NOT NULL"),
            ("issued_at", "real", "NOT NULL"),
            ("used_at", "real", ""),  # the code signed someone in: it cannot be used again
            ("failures", "int", "NOT NULL DEFAULT 0"),  # wrong codes typed for this name since the code was issued
        ),
        ("PRIMARY KEY (exam_id, name)",),
        False,
    ),
)
INDEXES = ("CREATE INDEX IF NOT EXISTS sessions_by_trainee ON sessions(trainee, started_at);",)

# Whether a table exists, per dialect (one parameter: the table's name).
TABLE_EXISTS = {
    "sqlite": "SELECT count(*) AS n FROM sqlite_master WHERE type='table' AND name={p}",
    "postgresql": "SELECT count(*) AS n FROM pg_catalog.pg_tables WHERE tablename={p} AND schemaname=current_schema()",
}


def column_sql(column: tuple[str, str, str], dialect: str) -> str:
    name, kind, constraints = column
    return " ".join(part for part in (name, DIALECTS[dialect][kind], constraints) if part)


def table_ddl(table: str, dialect: str) -> str:
    """The statement that creates one table (IF NOT EXISTS) in ``dialect``."""
    _, columns, constraints, one_line = next(t for t in TABLES if t[0] == table)
    parts = [column_sql(c, dialect) for c in columns] + list(constraints)
    if one_line:
        return f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(parts)});"
    return f"CREATE TABLE IF NOT EXISTS {table} (\n" + ",\n".join("    " + p for p in parts) + "\n);"


def ddl(dialect: str) -> str:
    """The statements that create every table and index (IF NOT EXISTS) in ``dialect``."""
    out = [""] + [table_ddl(table, dialect) for table, *_ in TABLES]
    out.extend(INDEXES)
    return "\n".join(out) + "\n"


def columns(table: str) -> tuple[tuple[str, str, str], ...]:
    return next(cols for name, cols, _, _ in TABLES if name == table)
