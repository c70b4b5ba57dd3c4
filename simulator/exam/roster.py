"""The roster of a proctored exam and its one-time sign-in codes.

The proctor imports a CSV of who may sit the exam; each person gets a code to type
with their name when they sign in at a seat.  Names are normalised as attempts
count them (NFKC, no zero-width or control characters), so the name typed at the
seat, the roster's and the result's are one.  Only a code's hash is kept in the
records; the codes themselves go to the proctor once, in a file to hand out.
"""

from __future__ import annotations

import csv
import hashlib
import io
import secrets
from dataclasses import dataclass
from pathlib import Path

from .results import normalise_name

# No 0/O, 1/I/L: a code read off a slip of paper is typed right.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
MAX_FAILURES = 5  # wrong codes for one name before it is locked until a new code is issued
MAX_ROSTER_BYTES = 2_000_000
NAME_HEADERS = ("姓名", "name", "考生", "考生姓名", "candidate")
ID_HEADERS = ("工号", "id", "编号", "学号", "员工编号", "person_id")


class RosterError(ValueError):
    """A roster that cannot be used: the message names the file and line."""


@dataclass(frozen=True)
class RosterEntry:
    name: str
    person_id: str
    line: int


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(code: str) -> str:
    """What the candidate typed, as the code was printed: spaces and dashes dropped, capitals."""
    return "".join(c for c in normalise_name(code).upper() if c not in " -")


def code_hash(exam_id: str, name: str, code: str) -> str:
    return hashlib.sha256(f"{exam_id}\n{name}\n{normalise_code(code)}".encode("utf-8")).hexdigest()


def read_roster(path: str | Path) -> list[RosterEntry]:
    """The people on a roster CSV (UTF-8, with or without a BOM): a header row naming
    the name column (姓名 or name) and optionally an id column (工号 or id)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_ROSTER_BYTES:
            raise RosterError(f"{path}：名单文件太大（超过 2 MB），请检查是不是选错了文件。")
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RosterError(f"{path}：名单不是 UTF-8 编码；请在表格软件里另存为“CSV UTF-8”。") from None
    except OSError as exc:
        raise RosterError(f"无法读取名单 {path}：{exc.strerror}") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise RosterError(f"{path} 第 {reader.line_num} 行：不是有效的 CSV（{exc}）；请用表格软件另存为“CSV UTF-8”。") from None
    if not rows:
        raise RosterError(f"{path}：名单是空的；第一行应是表头，如“姓名,工号”。")
    header = [normalise_name(h).lower() for h in rows[0]]
    name_col = next((i for i, h in enumerate(header) if h in NAME_HEADERS), None)
    if name_col is None:
        raise RosterError(f"{path} 第 1 行：表头里没有“姓名”（或 name）这一列；第一行应是表头，如“姓名,工号”。")
    id_col = next((i for i, h in enumerate(header) if h in ID_HEADERS), None)
    entries: list[RosterEntry] = []
    seen: dict[str, int] = {}
    for number, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        name = normalise_name(row[name_col]) if name_col < len(row) else ""
        if not name:
            raise RosterError(f"{path} 第 {number} 行：姓名是空的。")
        if len(name) > 40:
            raise RosterError(f"{path} 第 {number} 行：姓名太长（{len(name)} 个字符）。")
        if name in seen:
            raise RosterError(f"{path} 第 {number} 行：“{name}”和第 {seen[name]} 行重名；同名的考生请在姓名后加以区分（如“王芳（客服二部）”）。")
        seen[name] = number
        person_id = normalise_name(row[id_col]) if id_col is not None and id_col < len(row) else ""
        entries.append(RosterEntry(name, person_id, number))
    if not entries:
        raise RosterError(f"{path}：名单里除了表头没有任何考生。")
    return entries
