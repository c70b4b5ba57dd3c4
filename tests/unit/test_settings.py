"""simulator/settings.py: the environment is read in one place, and --db has one meaning."""

import ast
from pathlib import Path

import pytest

from conftest import ROOT
from simulator.settings import db_location, default_db_path, editor_command, postgres_url


def _environment_reads(path: Path) -> list[int]:
    """Lines of ``path`` that read the environment (os.environ[...], .get, os.getenv)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr == "getenv":
            found.append(node.lineno)
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "environ":
            found.append(node.lineno)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("get", "copy", "items", "keys", "values")
            and isinstance(node.func.value, ast.Attribute)
            and node.func.value.attr == "environ"
        ):
            found.append(node.lineno)
    return found


def test_only_settings_reads_the_environment():
    offenders = []
    for path in sorted((ROOT / "simulator").rglob("*.py")):  # grading/ imports nothing from simulator/
        if path == ROOT / "simulator" / "settings.py":
            continue
        offenders += [f"{path.relative_to(ROOT)}:{line}" for line in _environment_reads(path)]
    assert offenders == [], "read the environment in simulator/settings.py instead: " + ", ".join(offenders)


@pytest.mark.parametrize(
    "given, expected",
    [
        ("postgresql://u:p@h:5432/db", "postgresql://u:p@h:5432/db"),
        ("postgres://h/db", "postgres://h/db"),
        (Path("postgresql://u:p@h:5432/db"), "postgresql://u:p@h:5432/db"),  # a Path folds the "//"
        ("peilian.db", Path("peilian.db")),
        (Path("x") / "postgresql.db", Path("x") / "postgresql.db"),
    ],
)
def test_db_location_is_a_url_as_text_or_a_file_as_a_path(given, expected):
    assert db_location(given) == expected
    assert type(db_location(given)) is type(expected)
    assert (postgres_url(given) is not None) == isinstance(expected, str)


def test_the_default_database_is_peilian_db_then_the_data_directory(monkeypatch, tmp_path):
    monkeypatch.setenv("PEILIAN_DB", "postgresql://seat@server/peilian")
    assert default_db_path() == db_location() == "postgresql://seat@server/peilian"
    monkeypatch.setenv("PEILIAN_DB", str(tmp_path / "room.db"))
    assert default_db_path() == tmp_path / "room.db"
    monkeypatch.delenv("PEILIAN_DB")
    monkeypatch.setenv("PEILIAN_HOME", str(tmp_path / "h"))
    assert db_location(None) == tmp_path / "h" / "peilian.db"


def test_the_editor_comes_from_visual_then_editor(monkeypatch):
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "code -w")
    assert editor_command("a.yaml") == ["code", "-w", "a.yaml"]
    monkeypatch.setenv("VISUAL", "vim")
    assert editor_command("a.yaml") == ["vim", "a.yaml"]
    monkeypatch.delenv("VISUAL")
    monkeypatch.delenv("EDITOR")
    assert editor_command("a.yaml") is None
