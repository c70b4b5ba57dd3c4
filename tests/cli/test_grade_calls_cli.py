"""`peilian grade --calls` run as a subprocess: whole recorded calls, as a QA team grades them."""

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

CALLS = Path(__file__).resolve().parents[1] / "fixtures" / "recorded_calls.jsonl"


def _cards(result):
    return [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]


def test_one_scorecard_per_call_with_each_agent_turn(peilian):
    result = peilian("grade", "--calls", "--json", str(CALLS))
    assert result.returncode == 0, result.stderr.decode()
    cards = _cards(result)
    assert [c["id"] for c in cards] == ["call-ok", "call-insult", "call-silent", "call-thanks"]
    ok, insult, silent, thanks = cards
    # Only the agent's turns are graded, numbered by their place in the transcript.
    assert [t["turn"] for t in ok["turns"]] == [1, 3, 5]
    assert ok["verdict"] == "pass" and ok["score"] >= ok["pass_mark"]
    assert set(ok["categories"]) >= {"service_norms", "attitude", "handling"}
    # A critical anywhere fails the call, whatever the other turns scored.
    assert insult["verdict"] == "fail" and insult["critical"] >= 1
    assert any(v["severity"] == "critical" for v in insult["turns"][-1]["violations"])
    assert insult["reasons"]
    # "喂，说话啊" to a silent line fails under the silent-call protocol.
    assert silent["verdict"] == "fail"
    assert silent["turns"][-1]["situation"] == "silent_caller"
    assert thanks["turns"][-1]["situation"] == "thanks"


def test_situations_named_in_the_transcript_are_kept_and_the_rest_marked_inferred(peilian):
    cards = _cards(peilian("grade", "--calls", "--json", str(CALLS)))
    insult = cards[1]
    named = insult["turns"][-1]
    assert named["situation"] == "abusive" and named["situation_inferred"] is False
    assert "situation_why" not in named
    first = insult["turns"][0]
    assert first["situation"] == "opening" and first["situation_inferred"] is True
    assert first["situation_why"]


def test_two_jobs_give_the_same_output_in_the_same_order(peilian, tmp_path):
    lines = CALLS.read_text(encoding="utf-8").splitlines()
    many = tmp_path / "many.jsonl"
    many.write_text("\n".join(lines * 15) + "\n", encoding="utf-8")
    one = peilian("grade", "--calls", "--json", str(many))
    two = peilian("grade", "--calls", "--json", "--jobs", "2", str(many))
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 60


def test_bad_calls_are_reported_by_line_and_the_rest_graded(peilian):
    lines = [
        CALLS.read_text(encoding="utf-8").splitlines()[0],
        "not json",
        json.dumps({"id": "empty", "turns": []}),
        json.dumps({"id": "customer-only", "turns": [{"role": "customer", "text": "喂？"}]}),
        json.dumps({"id": "bad-role", "turns": [{"role": "boss", "text": "hi"}]}),
        json.dumps({"id": "bad-situation", "turns": [{"role": "agent", "text": "您好", "situation": "party"}]}),
        "[" * 100_000,
        json.dumps({"id": "last", "turns": [{"role": "agent", "text": "您好，请问有什么可以帮您？"}]}),
    ]
    result = peilian("grade", "--calls", "--json", "--jobs", "2", input=("\n".join(lines) + "\n").encode())
    assert result.returncode == 1
    assert [c["id"] for c in _cards(result)] == ["call-ok", "last"]
    errors = result.stderr.decode()
    for number in range(2, 8):
        assert f"第 {number} 行" in errors
    assert "Traceback" not in errors
    assert "没有话务员说的话" in errors and "party" in errors


def test_readable_report_and_html_summary(peilian, tmp_path):
    page = tmp_path / "qa.html"
    result = peilian("grade", "--calls", str(CALLS), "--html", str(page))
    assert result.returncode == 0, result.stderr.decode()
    text = result.stdout.decode()
    assert "[call-insult] 整通电话" in text and "未通过" in text
    assert "情境由系统推断" in text
    assert "共评分 4 通电话：合格" in text
    html = page.read_text(encoding="utf-8")
    assert "<h1>通话质检汇总</h1>" in html and "call-insult" in html
    assert "一票否决" in html
    # Criticals are listed before lesser faults, whatever their counts.
    assert html.index("critical.insult") < html.index("service.wei") if "service.wei" in html else True
    assert "<script" not in html


def test_html_without_calls_and_bad_jobs_are_refused(peilian, tmp_path):
    result = peilian("grade", "--html", str(tmp_path / "x.html"), str(CALLS))
    assert result.returncode == 2 and "--calls" in result.stderr.decode()
    for jobs in ("0", "x", "1000"):
        result = peilian("grade", "--calls", "--jobs", jobs, str(CALLS))
        assert result.returncode == 2 and "Traceback" not in result.stderr.decode()


def test_progress_bar_on_a_terminal_only(peilian, tmp_path):
    plain = peilian("grade", "--calls", "--json", str(CALLS))
    assert "评分中" not in plain.stderr.decode()  # not a terminal: nothing but errors on stderr
    leader, follower = pty.openpty()
    out = tmp_path / "out.jsonl"
    with open(out, "wb") as stdout:
        process = subprocess.run(
            [sys.executable, "-m", "simulator", "grade", "--calls", "--json", str(CALLS)],
            stdout=stdout, stderr=follower, timeout=120,
        )
    os.close(follower)
    seen = b""
    try:
        while chunk := os.read(leader, 4096):
            seen += chunk
    except OSError:
        pass
    os.close(leader)
    assert process.returncode == 0
    assert "评分中" in seen.decode() and "4/4 通" in seen.decode()
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4


def test_the_summary_page_is_in_traditional_when_asked(peilian, tmp_path):
    from conftest import ROOT

    page = tmp_path / "qa.html"
    result = subprocess.run(
        [sys.executable, "-m", "simulator", "grade", "--calls", str(CALLS), "--html", str(page)],
        capture_output=True, cwd=ROOT, env={**os.environ, "PEILIAN_SCRIPT": "traditional"}, timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode()
    html = page.read_text(encoding="utf-8")
    assert '<html lang="zh-TW">' in html and "<h1>通話質檢彙總</h1>" in html and "質檢汇总" not in html
    assert "整通電話" in result.stdout.decode()
