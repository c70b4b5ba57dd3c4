"""Writing the files a user names: reports, exports, pictures, exam results.

Two promises.  A file is never left half-written: a regular file (or a new one) is
written beside its target and renamed over it in one step.  And nothing that is not
a regular file is ever renamed over: ``--csv /dev/null`` or a named pipe is written
to directly, as any program would, instead of being replaced by a regular file.

Spreadsheets run a cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return as a formula (``=HYPERLINK(...)`` typed as a trainee's name), so
every CSV this project writes passes its cells through :func:`csv_cell`.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A cell a spreadsheet shows as text: a leading ' before what would start a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def csv_row(values) -> list:
    return [csv_cell(v) for v in values]


def write_text(path: str | Path, text: str, *, newline: str | None = None) -> None:
    """Write ``text`` to ``path`` (UTF-8); raises OSError with the reason when it cannot."""
    target = Path(path)
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise IsADirectoryError(21, "这是一个文件夹，不是文件", str(target))
    if mode is not None and not stat.S_ISREG(mode):
        # A device, a FIFO, a socket: write into it, never rename over it.
        with open(target, "w", encoding="utf-8", newline=newline) as handle:
            handle.write(text)
        return
    parent = target.parent
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline=newline) as out:
            out.write(text)
        # Checked again just before the rename: something may have appeared meanwhile.
        try:
            now = os.stat(target).st_mode
        except FileNotFoundError:
            now = None
        if now is not None and not stat.S_ISREG(now):
            raise IsADirectoryError(21, "目标已不是普通文件", str(target))
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
