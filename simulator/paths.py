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


def default_db_path() -> Path:
    return data_dir() / "peilian.db"
