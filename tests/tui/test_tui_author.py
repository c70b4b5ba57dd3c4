"""Author mode in the app, driven with Pilot as a trainer would use it: open a
scenario, play from a chosen node, read why each branch was or was not taken,
edit the file in another window and reload it with Ctrl+R."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from simulator.authoring.bench import AuthorBench

from .tui_helpers import FIXTURES, ROOT, SIZE, say, screen_text, settle, stored_sessions, text

APOLOGY = "非常抱歉给您带来不便，请您别着急。"


@pytest.fixture
def scenario_file(tmp_path):
    path = tmp_path / "abusive_caller.yaml"
    shutil.copy(FIXTURES / "abusive_caller.yaml", path)
    return path


def author_app(path, **kwargs):
    from simulator.tui.author_app import make_author_app

    bench = AuthorBench(path)
    assert bench.load() == []
    kwargs.setdefault("cursor_blink", False)
    return make_author_app(bench, **kwargs)


def trace_text(app) -> str:
    return text(app.screen.query_one("#trace"))


async def test_a_reply_shows_every_branch_and_why(scenario_file):
    app = author_app(scenario_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "作者模式" in screen_text(app)
        assert "从节点 outburst 开始" in text(app.screen.query_one("#transcript"))
        await say(pilot, APOLOGY)
        shown = trace_text(app)
        assert "第 1 步：outburst → calmer" in shown
        assert "分支 1 → complained  ✘ 不成立" in shown
        assert "分支 2 → calmer  ✔ 走了这条" in shown
        assert "默认分支 → louder  · 前面已有分支成立" in shown
        assert "识别到的行为：" in shown and "致歉" in shown
        assert "变量：火气−3" in shown
        assert "这一步之后的变量：火气 5" in shown
        # The customer's next line is on the transcript.
        assert "那你说怎么办吧" in text(app.screen.query_one("#transcript"))


async def test_a_critical_reply_names_the_rule_that_fired(scenario_file):
    app = author_app(scenario_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await say(pilot, "你有病吧！")
        shown = trace_text(app)
        assert "分支 1 → complained  ✔ 走了这条" in shown
        assert "触发的规则" in shown and "一票否决" in shown
        assert "insult" in shown or "critical." in shown
        assert "通话结束" in text(app.screen.query_one("#transcript"))


async def test_play_from_a_node_chosen_in_the_list(scenario_file):
    app = author_app(scenario_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        nodes = app.screen.query_one("#node-list")
        nodes.focus()
        nodes.highlighted = [o.id for o in nodes.options].index("calmer")
        await pilot.press("enter")
        await settle(pilot)
        transcript = text(app.screen.query_one("#transcript"))
        assert "从节点 calmer 开始" in transcript and "那你说怎么办吧" in transcript
        await say(pilot, "我马上为您登记，今天下午五点前给您回电。")
        assert "第 1 步：calmer → settled" in trace_text(app)


async def test_ctrl_r_reloads_the_edited_file_and_replays_the_moves(scenario_file):
    app = author_app(scenario_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await say(pilot, APOLOGY)
        await say(pilot, "好的。")
        assert "calmer → hung_up" in trace_text(app)
        # The trainer edits the file: a vague answer at "calmer" is now given another chance.
        source = scenario_file.read_text(encoding="utf-8")
        scenario_file.write_text(source.replace("      to: hung_up\n      add: {anger: 3}", "      to: louder\n      add: {anger: 3}"), encoding="utf-8")
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert "calmer → louder" in trace_text(app)
        notes = " ".join(str(n.message) for n in app._notifications)
        assert "第 2 步的走向变了：原来到 hung_up，现在到 louder" in notes
        transcript = text(app.screen.query_one("#transcript"))
        assert "你还敢这么跟我说话" in transcript  # louder's line, after the replayed reply
        assert transcript.count(APOLOGY) == 1  # the call was redrawn, not appended to


async def test_a_broken_edit_shows_file_line_and_fix_and_play_goes_on(scenario_file):
    app = author_app(scenario_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        source = scenario_file.read_text(encoding="utf-8")
        broken = source.replace("to: calmer\n        add: {anger: -3}", "to: calmr\n        add: {anger: -3}")
        scenario_file.write_text(broken, encoding="utf-8")
        await pilot.press("ctrl+r")
        await settle(pilot)
        shown = trace_text(app)
        line = broken.splitlines().index("        to: calmr") + 1
        assert f"{scenario_file} 第 {line} 行第 13 列" in shown  # at "calmr"
        assert "calmr" in shown and "怎么改：" in shown
        assert "仍在用上次能正常加载的版本" in shown
        await say(pilot, APOLOGY)
        assert "outburst → calmer" in trace_text(app)


async def test_author_mode_from_the_picker_records_nothing(make, home):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        app.screen.query_one("#search").value = "辱骂"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("a")
        await settle(pilot)
        assert "作者模式" in screen_text(app) and "辱骂客户" in screen_text(app)
        await say(pilot, APOLOGY)
        assert "✔ 走了这条" in trace_text(app)
        await pilot.press("f1")
        await settle(pilot)
        assert "Ctrl+R" in screen_text(app) and "重新读取场景文件" in screen_text(app)
        await pilot.press("escape")
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "PickerScreen"
    assert stored_sessions(home) == []


def run_cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "simulator", *args], capture_output=True, text=True, encoding="utf-8", cwd=cwd, timeout=120)


def test_author_command_reports_a_broken_file_with_its_line(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text((FIXTURES / "abusive_caller.yaml").read_text(encoding="utf-8").replace("to: calmer", "to: calmr", 1), encoding="utf-8")
    done = run_cli("author", str(path))
    assert done.returncode == 2
    assert "无法打开作者模式" in done.stderr and f"{path}:" in done.stderr and "calmr" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "args, said",
    [
        (["--node", "resolved"], "这是一个结局"),
        (["--node", "calmr"], "是不是 calmer"),
        (["--set", "angr=3"], "是不是 anger"),
        (["--set", "anger=30"], "范围是 0 到 10"),
        (["--set", "anger"], "变量=数值"),
    ],
)
def test_author_command_refuses_a_bad_start_clearly(args, said):
    done = run_cli("author", str(FIXTURES / "abusive_caller.yaml"), *args)
    assert done.returncode == 2 and said in done.stderr
    assert "Traceback" not in done.stderr


EDIT_SCRIPT = """\
import sys
path = sys.argv[-1]
text = open(path, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(text.replace("你们这帮骗子！宽带天天断，全是废物！", "宽带又断了！你们到底管不管？"))
"""


async def test_ctrl_e_opens_the_editor_and_reloads_when_it_closes(scenario_file, tmp_path, monkeypatch):
    import contextlib

    editor = tmp_path / "editor.py"
    editor.write_text(EDIT_SCRIPT, encoding="utf-8")
    monkeypatch.setenv("VISUAL", f"{sys.executable} {editor}")
    app = author_app(scenario_file)
    # The test terminal cannot be handed over; the editor is run all the same.
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+e")
        await settle(pilot)
        assert "宽带又断了！你们到底管不管？" in text(app.screen.query_one("#transcript"))


async def test_ctrl_e_without_an_editor_says_where_the_file_is(scenario_file, monkeypatch):
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    app = author_app(scenario_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+e")
        await settle(pilot)
        notes = " ".join(str(n.message) for n in app._notifications)
        assert "没有设置编辑器" in notes and str(scenario_file) in notes
