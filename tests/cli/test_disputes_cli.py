"""`peilian disputes` run as a subprocess, as a trainer runs it."""

import json

import pytest

from simulator.call import Call
from simulator.engine.clock import ManualClock
from simulator.engine.session import CallSession
from simulator.records import open_store
from simulator.records.disputes import turn_snapshot
from simulator.records.journal import Journal
from simulator.scenario import load_scenario


@pytest.fixture
def db(tmp_path):
    """A records database with one silent-line call and a dispute of its third turn."""
    path = tmp_path / "r.db"
    scenario = load_scenario("silent_caller_basic")
    with open_store(path) as store:
        session = CallSession(scenario, seed=1, clock=ManualClock(0))
        call = Call(session, Journal.open(store, scenario, trainee="王芳", start_line=session.start()))
        call.reply("您好！请问有什么可以帮助您？")
        call.wait(4.0)
        call.reply("喂，说话啊")
        sid = call.journal.session_id
        snapshot = turn_snapshot(store.turns(sid), 2, scenario_id=scenario.id, scenario_title=scenario.title)
        store.file_dispute(session_id=sid, index=2, trainee="王芳", reason="我是在提醒客户说话", turn=snapshot)
        call.close()
    return path


def _id(db):
    with open_store(db) as store:
        return store.disputes()[0].id


def test_lists_open_disputes_with_the_turn_and_the_reason(peilian, db):
    result = peilian("disputes", "--db", str(db))
    out = result.stdout.decode()
    assert result.returncode == 0
    assert "待处理　王芳" in out and "第 3 轮" in out
    assert "回复：喂，说话啊" in out and "学员的理由：我是在提醒客户说话" in out
    assert "service.wei" in out


def test_accept_then_export_gives_a_labelled_line_the_grader_reads(peilian, db, tmp_path):
    dispute = _id(db)
    result = peilian("disputes", "accept", dispute, "--expect", "minor", "--note", "可以提醒，但不能用喂", "--by", "李老师", "--db", str(db))
    assert result.returncode == 0, result.stderr.decode()
    assert "轻微扣分" in result.stdout.decode()
    again = peilian("disputes", "reject", dispute, "--note", "改主意", "--db", str(db))
    assert again.returncode == 2 and "已经处理过" in again.stderr.decode()
    assert "没有待处理的异议" in peilian("disputes", "--db", str(db)).stdout.decode()
    assert "已采纳" in peilian("disputes", "--all", "--db", str(db)).stdout.decode()

    out = tmp_path / "accepted.jsonl"
    result = peilian("disputes", "export", "--jsonl", str(out), "--db", str(db))
    assert result.returncode == 0 and "已导出 1 条" in result.stdout.decode()
    [line] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert line["reply"] == "喂，说话啊" and line["expect"] == "minor" and line["graded"] == "major"
    assert line["verdict"] == "pass"  # minor: a deduction, the reply passes
    assert line["situation"] == "silent_caller" and line["history"][-1]["role"] == "customer"
    assert "service.wei" in line["rules"] and line["why"] == "可以提醒，但不能用喂"
    # The line is grading input as it stands: a test of the wrong grade.
    graded = peilian("grade", "--json", str(out))
    assert graded.returncode == 0 and json.loads(graded.stdout)["id"] == line["id"]


def test_reject_needs_a_note_and_bad_calls_say_why(peilian, db, tmp_path):
    dispute = _id(db)
    for args, words in [
        (("reject", dispute), "--note"),
        (("accept",), "编号"),
        (("accept", "nope"), "找不到"),
        (("export",), "--jsonl"),
        (("accept", dispute, "--expect", "great"), "invalid choice"),
    ]:
        result = peilian("disputes", *args, "--db", str(db))
        assert result.returncode == 2, args
        assert words in result.stderr.decode() and "Traceback" not in result.stderr.decode()
    missing = peilian("disputes", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 2 and "找不到记录数据库" in missing.stderr.decode()
    result = peilian("disputes", "reject", dispute, "--note", "客户没有说话时不能催", "--db", str(db))
    assert result.returncode == 0
    history = peilian("history", "--trainee", "王芳", "--db", str(db))
    assert "我的异议" in history.stdout.decode() and "未采纳" in history.stdout.decode()
