"""The proctor's side of the exam server, run as a subprocess: the roster, the one-time
codes, the checks before a room opens, and what verify says of a mock result."""

import csv
import io

import pytest

from simulator.exam.roster import code_hash
from simulator.records import open_store

KEY = "proctor-key-for-tests-0123456789"


@pytest.fixture
def roster(tmp_path):
    path = tmp_path / "名单.csv"
    path.write_text("姓名,工号\n王芳,A017\n李雷,A018\n=HYPERLINK(\"x\"),A019\n", encoding="utf-8-sig")
    return path


def _codes(path):
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_a_roster_gets_one_time_codes_that_only_hash_into_the_records(peilian, tmp_path, roster):
    db, codes = tmp_path / "exam.db", tmp_path / "codes.csv"
    result = peilian("exam", "roster", "basic_certification", str(roster), "--codes", str(codes), "--db", str(db))
    assert result.returncode == 0, result.stderr.decode()
    assert "已为 3 位考生发放一次性登录码" in result.stdout.decode()
    rows = _codes(codes)
    assert [r["姓名"] for r in rows] == ["王芳", "李雷", "'=HYPERLINK(\"x\")"]  # a spreadsheet shows it, never runs it
    code = rows[0]["登录码"]
    assert len(code) == 9 and code[4] == "-"
    with open_store(db) as store:
        [entry] = [e for e in store.roster("basic_certification") if e["name"] == "王芳"]
        assert entry["person_id"] == "A017" and entry["used_at"] is None
        assert store.redeem_code("basic_certification", "王芳", code_hash("basic_certification", "王芳", code), max_failures=5)
    # Issuing again replaces unused codes; a used one stays used.
    again = peilian("exam", "roster", "basic_certification", str(roster), "--codes", str(codes), "--db", str(db))
    assert "已为 2 位考生发放" in again.stdout.decode() and "1 位已经登录过" in again.stdout.decode()
    status = peilian("exam", "roster", "basic_certification", "--db", str(db))
    out = status.stdout.decode()
    assert status.returncode == 0 and "王芳\tA017\t已登录" in out and "李雷\tA018\t未登录" in out


@pytest.mark.parametrize(
    "content, words",
    [
        ("姓名\n王芳\n王芳\n", "第 3 行"),
        ("工号\nA1\n", "第 1 行"),
        ("姓名,工号\n,A1\n", "第 2 行"),
        ("姓名\n", "没有任何考生"),
    ],
)
def test_a_bad_roster_is_one_sentence_with_the_line(peilian, tmp_path, content, words):
    path = tmp_path / "r.csv"
    path.write_text(content, encoding="utf-8")
    result = peilian("exam", "roster", "basic_certification", str(path), "--codes", str(tmp_path / "c.csv"), "--db", str(tmp_path / "x.db"))
    assert result.returncode == 2 and words in result.stderr.decode() and "Traceback" not in result.stderr.decode()
    assert not (tmp_path / "c.csv").exists()


def test_roster_needs_codes_file_and_a_readable_utf8_roster(peilian, tmp_path, roster):
    assert peilian("exam", "roster", "basic_certification", str(roster), "--db", str(tmp_path / "x.db")).returncode == 2
    bad = tmp_path / "gbk.csv"
    bad.write_bytes("姓名\n王芳\n".encode("gbk"))
    result = peilian("exam", "roster", "basic_certification", str(bad), "--codes", str(tmp_path / "c.csv"), "--db", str(tmp_path / "x.db"))
    assert result.returncode == 2 and "UTF-8" in result.stderr.decode()


def test_the_room_does_not_open_without_key_roster_or_port(peilian, tmp_path, roster):
    import os
    import socket
    import subprocess
    import sys

    from conftest import ROOT

    db = str(tmp_path / "exam.db")
    env = {k: v for k, v in os.environ.items() if k != "PEILIAN_PROCTOR_KEY"}

    def serve(*extra, key=True):
        return subprocess.run(
            [sys.executable, "-m", "simulator", "exam", "serve", "basic_certification", "--db", db, *extra],
            capture_output=True, timeout=60, cwd=ROOT, env={**env, **({"PEILIAN_PROCTOR_KEY": KEY} if key else {})},
        )

    no_key = serve(key=False)
    assert no_key.returncode == 2 and "监考密钥" in no_key.stderr.decode()
    no_roster = serve()
    assert no_roster.returncode == 2 and "还没有考生名单" in no_roster.stderr.decode()
    peilian("exam", "roster", "basic_certification", str(roster), "--codes", str(tmp_path / "c.csv"), "--db", db)
    with socket.socket() as taken:
        taken.bind(("localhost", 0))
        taken.listen()
        busy = serve("--port", str(taken.getsockname()[1]))
    assert busy.returncode == 2 and "考场已开放" not in busy.stdout.decode()
    candidate = serve("--candidate", "王芳")
    assert candidate.returncode == 2 and "不用 --candidate" in candidate.stderr.decode()
