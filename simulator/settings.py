"""Everything Peilian reads from its environment, and the one rule for what ``--db`` means.

No other module reads ``os.environ``: a setting that can come from the
environment is read here, once, by one function.

==================  =====================================================================
PEILIAN_HOME        the data directory (records database, exam results); else
XDG_DATA_HOME       ``$XDG_DATA_HOME/peilian``, else ``~/.local/share/peilian``
PEILIAN_DB          the records database when ``--db`` is not given: a SQLite file or a
                    ``postgresql://`` URL (set once for every seat; the password stays off
                    command lines, and ``peilian serve`` hands it to each tab this way)
PEILIAN_TRAINEE     who is practising when ``--trainee`` is not given; else the
                    operating system's user name
PEILIAN_PROCTOR_KEY the exam proctor's key when ``--key-file`` is not given
PEILIAN_SCRIPT      ``traditional``: show Chinese in Traditional characters (Taiwan
                    phrasing) when ``--script`` is not given; default simplified
VISUAL, EDITOR      the trainer's editor in author mode (``Ctrl+E``)
==================  =====================================================================

(The tests read ``PEILIAN_TEST_POSTGRES_URL`` and ``PEILIAN_MERMAID_DIR`` themselves;
the program never does.)
"""

from __future__ import annotations

import getpass
import os
import re
import shlex
from pathlib import Path, PurePath

DB_FILE_NAME = "peilian.db"  # the SQLite records file in the data directory
EXAM_RESULTS_DIR_NAME = "exam-results"
DB_ENVIRONMENT = "PEILIAN_DB"  # what `peilian serve` sets for each tab's app


def data_dir() -> Path:
    """$PEILIAN_HOME, else $XDG_DATA_HOME/peilian, else ~/.local/share/peilian."""
    if os.environ.get("PEILIAN_HOME"):
        return Path(os.environ["PEILIAN_HOME"])
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "peilian"


def exam_results_dir() -> Path:
    """Where signed exam results go when ``--out`` is not given."""
    return data_dir() / EXAM_RESULTS_DIR_NAME


# ---------------------------------------------------------------------------
# The records database: one rule for what --db (or $PEILIAN_DB) means
# ---------------------------------------------------------------------------

_POSTGRES_PREFIX = re.compile(r"(postgres(?:ql)?):/")


def postgres_url(where) -> str | None:
    """The PostgreSQL URL ``where`` names (``postgresql://…`` or ``postgres://…``), else None (a SQLite file).

    This is the only test of "is it PostgreSQL" in the program.  It also accepts
    such a URL after ``pathlib.Path`` has folded its ``//`` into ``/``
    (``Path("postgresql://u@h/db")`` reads ``postgresql:/u@h/db``).
    """
    if where is None:
        return None
    text = os.fspath(where) if isinstance(where, os.PathLike) else str(where)
    match = _POSTGRES_PREFIX.match(text)
    if match is None:
        return None
    if isinstance(where, PurePath) and not text.startswith("//", match.end() - 1):
        text = f"{match.group(1)}://{text[match.end():]}"
    return text


def db_location(db: str | os.PathLike | None = None) -> str | Path:
    """The records database ``db`` names (``--db`` as given; None: the default): a
    PostgreSQL URL as text, anything else a SQLite file as a Path."""
    if db is None:
        return default_db_path()
    url = postgres_url(db)
    return url if url is not None else Path(db)


def default_db_path() -> str | Path:
    """The records database when ``--db`` is not given: $PEILIAN_DB (a SQLite file or a
    ``postgresql://`` URL, so a training centre sets it once for every seat and the
    password stays off command lines), else ``peilian.db`` in the data directory."""
    value = os.environ.get(DB_ENVIRONMENT, "").strip()
    if value:
        url = postgres_url(value)
        return url if url is not None else Path(value)
    return data_dir() / DB_FILE_NAME


# ---------------------------------------------------------------------------
# People and keys
# ---------------------------------------------------------------------------


def default_trainee() -> str:
    """Who is practising: $PEILIAN_TRAINEE, else the name the operating system knows."""
    name = os.environ.get("PEILIAN_TRAINEE", "").strip()
    if name:
        return name
    try:
        return getpass.getuser() or "学员"
    except (KeyError, OSError):  # no name for this uid (a bare container)
        return "学员"


SCRIPTS = ("simplified", "traditional")
SCRIPT_ENVIRONMENT = "PEILIAN_SCRIPT"


_chosen_script: str | None = None


def choose_display_script(value: str | None) -> None:
    """``--script`` on the command line: wins over $PEILIAN_SCRIPT for this process."""
    global _chosen_script
    _chosen_script = value


def display_script(chosen: str | None = None) -> str:
    """The script Chinese is shown in: ``chosen`` (``--script``), else $PEILIAN_SCRIPT,
    else simplified.  ValueError (a Chinese sentence) for anything else."""
    value = (chosen or _chosen_script or os.environ.get(SCRIPT_ENVIRONMENT, "") or "simplified").strip().lower()
    if value not in SCRIPTS:
        raise ValueError(f"文字只能是 simplified（简体）或 traditional（繁體），不是 {value!r}（{SCRIPT_ENVIRONMENT} 或 --script）")
    return value


def proctor_key_from_environment() -> bytes:
    """$PEILIAN_PROCTOR_KEY as bytes (empty when unset); ``exam.signing`` checks it."""
    return os.environ.get("PEILIAN_PROCTOR_KEY", "").encode("utf-8")


def editor_command(path: str) -> list[str] | None:
    """The trainer's editor on ``path``, from $VISUAL or $EDITOR (may carry options, e.g. "code -w")."""
    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name, "").strip()
        if value:
            try:
                return [*shlex.split(value), path]
            except ValueError:
                return [value, path]
    return None
