"""Where Peilian keeps a user's data (the records database, exam results): one rule for all."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """$PEILIAN_HOME, else $XDG_DATA_HOME/peilian, else ~/.local/share/peilian."""
    if os.environ.get("PEILIAN_HOME"):
        return Path(os.environ["PEILIAN_HOME"])
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "peilian"


def default_db_path() -> str | Path:
    """The records database when ``--db`` is not given: $PEILIAN_DB (a SQLite file or a
    ``postgresql://`` URL, so a training centre sets it once for every seat and the
    password stays off command lines), else ``peilian.db`` in the data directory."""
    value = os.environ.get("PEILIAN_DB", "").strip()
    if value:
        return value if "://" in value else Path(value)
    return data_dir() / "peilian.db"
