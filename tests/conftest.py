import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"

# The silent-caller protocol done right, as moves (a number is a wait in seconds):
# greet, pause, greet saying the caller cannot be heard, pause, close politely, pause.
SILENT_GREET = "您好！请问有什么可以帮助您？"
SILENT_NOTICE = "您好，听不到您的声音，请问有什么可以帮助您？"
SILENT_CLOSE = "对不起，您的电话没有声音，请您换一部电话再次打来，好吗？再见！"
SILENT_PROTOCOL = (SILENT_GREET, 4, SILENT_NOTICE, 4, SILENT_CLOSE, 3)  # 3: the last pause before hanging up
FIXTURES = TESTS / "fixtures"


# ---------------------------------------------------------------------------
# Markers: every test is exactly one of unit, tui or cli (postgres comes on top)
# ---------------------------------------------------------------------------

KINDS = ("unit", "tui", "cli")
FOLDER_KINDS = {"tui": "tui", "cli": "cli"}  # tests/<folder>/…; every other folder is unit


def pytest_collection_modifyitems(config, items):
    """Mark each test by where it lives and what it runs (markers are registered in pyproject.toml).

    ``tui``: a Textual Pilot drives the app (``tests/tui``).  ``cli``: the test starts
    processes of its own (``tests/cli``, the ``peilian`` fixture, or a ``cli`` mark in the
    file).  ``unit``: everything else, in process.  ``postgres``: needs the test
    PostgreSQL server (a ``postgresql`` backend parameter or the ``postgres_db`` fixture).
    """
    for item in items:
        own = {mark.name for mark in item.iter_markers() if mark.name in KINDS}
        if not own:
            folder = Path(str(item.path)).relative_to(TESTS).parts[0]
            if folder in FOLDER_KINDS:
                own = {FOLDER_KINDS[folder]}
            elif "peilian" in item.fixturenames:
                own = {"cli"}
            else:
                own = {"unit"}
            for kind in own:
                item.add_marker(kind)
        callspec = getattr(item, "callspec", None)
        if "postgres_db" in item.fixturenames or (callspec and "postgresql" in callspec.params.values()):
            item.add_marker("postgres")


def run_peilian(*args, input=None, cwd=None, timeout=120):
    """Run the peilian command line as a user would, in a subprocess."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args],
        input=input,
        capture_output=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=timeout,
    )


@pytest.fixture
def peilian():
    return run_peilian


def pytest_xdist_auto_num_workers(config):
    """``-n auto``: two workers per core, at most 16.  Most of the suite's time is the
    TUI tests waiting on the app (timers, the grader's worker), not computing."""
    return max(2, min(16, 2 * (os.cpu_count() or 1)))


# ---------------------------------------------------------------------------
# The records database, on each backend
# ---------------------------------------------------------------------------

POSTGRES_URL = os.environ.get("PEILIAN_TEST_POSTGRES_URL", "").strip()
NO_POSTGRES = (
    "PostgreSQL record-store tests need PEILIAN_TEST_POSTGRES_URL=postgresql://user@host:port/db "
    "(an empty database to create schemas in; .ci/run starts a throwaway server and sets it)"
)
# Parameters for fixtures that give a test one empty records database per backend.
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(not POSTGRES_URL, reason=NO_POSTGRES))]


class RecordsDB:
    """One empty records database for a test: a SQLite file, or a fresh schema of the test PostgreSQL database.

    ``url`` is what ``--db`` and ``open_store`` take; ``query``/``execute`` go
    through a connection of their own, as another process would.
    """

    def __init__(self, kind: str, url: str, path: Path | None = None):
        self.kind, self.url, self.path = kind, url, path

    def __repr__(self) -> str:
        return f"RecordsDB({self.kind}, {self.url})"

    def store(self, **options):
        from simulator.records import open_store

        return open_store(self.path if self.kind == "sqlite" else self.url, **options)

    def _connect(self):
        if self.kind == "sqlite":
            import sqlite3

            return sqlite3.connect(self.path)
        import psycopg

        return psycopg.connect(self.url, autocommit=True)

    def query(self, sql: str, *params) -> list[tuple]:
        connection = self._connect()
        try:
            return [tuple(row) for row in connection.execute(self._sql(sql), params).fetchall()]
        finally:
            connection.close()

    def execute(self, sql: str, *params) -> None:
        connection = self._connect()
        try:
            connection.execute(self._sql(sql), params)
            connection.commit()
        finally:
            connection.close()

    def _sql(self, sql: str) -> str:
        return sql if self.kind == "sqlite" else sql.replace("?", "%s")


def postgres_url_with_schema(url: str, schema: str) -> str:
    """``url`` with ``search_path`` set to ``schema`` (libpq's ``options``), so the store's tables go there."""
    from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "options"]
    query.append(("options", f"-csearch_path={schema}"))
    return urlunsplit(parts._replace(query=urlencode(query, quote_via=quote)))


def open_records_db(kind: str, directory: Path):
    """(RecordsDB, cleanup): a SQLite file in ``directory``, or a new PostgreSQL schema dropped afterwards."""
    if kind == "sqlite":
        path = directory / "r.db"
        return RecordsDB("sqlite", str(path), path), lambda: None
    import uuid

    import psycopg

    schema = f"peilian_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')

    def drop():
        with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')

    return RecordsDB("postgresql", postgres_url_with_schema(POSTGRES_URL, schema)), drop


@pytest.fixture(params=BACKENDS)
def records_db(request, tmp_path):
    """An empty records database, once per backend (PostgreSQL skipped without PEILIAN_TEST_POSTGRES_URL)."""
    db, cleanup = open_records_db(request.param, tmp_path)
    yield db
    cleanup()


@pytest.fixture(scope="module", params=BACKENDS)
def module_records_db(request, tmp_path_factory):
    """As ``records_db``, shared by a module's tests."""
    db, cleanup = open_records_db(request.param, tmp_path_factory.mktemp("records"))
    yield db
    cleanup()


@pytest.fixture
def postgres_db(tmp_path):
    """A fresh PostgreSQL schema, for the PostgreSQL-only tests (skipped without PEILIAN_TEST_POSTGRES_URL)."""
    if not POSTGRES_URL:
        pytest.skip(NO_POSTGRES)
    db, cleanup = open_records_db("postgresql", tmp_path)
    yield db
    cleanup()


@pytest.fixture(scope="module")
def silent():
    """The bundled silent-caller scenario."""
    from simulator.scenario import load_scenario

    return load_scenario("silent_caller_basic")
