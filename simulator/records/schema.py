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
)
INDEXES = ("CREATE INDEX IF NOT EXISTS sessions_by_trainee ON sessions(trainee, started_at);",)


def column_sql(column: tuple[str, str, str], dialect: str) -> str:
    name, kind, constraints = column
    return " ".join(part for part in (name, DIALECTS[dialect][kind], constraints) if part)


def ddl(dialect: str) -> str:
    """The statements that create every table and index (IF NOT EXISTS) in ``dialect``."""
    out = [""]
    for table, columns, constraints, one_line in TABLES:
        parts = [column_sql(c, dialect) for c in columns] + list(constraints)
        if one_line:
            out.append(f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(parts)});")
        else:
            out.append(f"CREATE TABLE IF NOT EXISTS {table} (\n" + ",\n".join("    " + p for p in parts) + "\n);")
    out.extend(INDEXES)
    return "\n".join(out) + "\n"


def columns(table: str) -> tuple[tuple[str, str, str], ...]:
    return next(cols for name, cols, _, _ in TABLES if name == table)
