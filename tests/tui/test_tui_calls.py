"""A full call with each of the four kinds of caller, once handled well and once
badly, played through the app with Pilot; the assertions read what the screen shows."""

from dataclasses import dataclass, field

import pytest
from textual.widgets import DataTable

from simulator.tui.screens.call_screen import CallScreen
from simulator.tui.screens.report_screen import ReportScreen
from .tui_helpers import stored_sessions, SIZE, open_scenario, play, screen_text, settle, text


@dataclass
class Case:
    search: str
    script: list
    ending: str  # what the transcript says when the call ends
    passed: bool
    first_line: str  # what the customer says (or the silence) when the call connects
    on_screen: list = field(default_factory=list)  # more things the call screen must show
    feedback: list = field(default_factory=list)  # what the feedback panel shows after the last reply
    mood: str | None = None  # the mood meter at the end


CASES = {
    "silent-well": Case(
        "无声",
        ["您好！请问有什么可以帮助您？", 4, "您好，听不到您的声音，请问有什么可以帮助您？", "对不起，听不到您的声音，请您稍后再来电好吗？再见！"],
        "通话结束：礼貌结束通话（好的结局）",
        True,
        "（无声）",
        on_screen=["（您保持沉默，等了 4 秒）", "100分 达标"],
        feedback=["本轮得分 100分", "没有发现问题", "做得好", "使用标准结束语"],
    ),
    "silent-badly": Case(
        "无声",
        ["喂，说话啊！", "再不说话我就挂了！"],
        "通话结束：客户投诉话务员（不理想的结局）",
        False,
        "（无声）",
        on_screen=["（电话那头传来一声叹气，随后挂断）", "22分 未达标"],
        feedback=["本轮得分 22分", "无声电话催促或扬言挂机", "“再不说话我就挂了”", "标准说法：您好，听不到您的声音，请问有什么可以帮助您？"],
        mood="耐心 █████",
    ),
    "dialect-well": Case(
        "粤语",
        ["您好，对不起，请您讲普通话好吗？", "好的，我记录一下您的地址，今天下午五点前安排师傅上门检修，请您放心。", "不客气，感谢您的来电，再见！"],
        "通话结束：问题已解决（好的结局）",
        True,
        "喂，你哋系咪宽带客服啊？我屋企上唔到网呀。",
        on_screen=["普通话：喂，你们是宽带客服吗？我家上不了网。", "哦，好，我讲普通话。"],
        feedback=["本轮得分 100分", "做得好"],
        mood="火气 ░░░░░░░░░░░░░░ 0/10",
    ),
    "dialect-badly": Case(
        "粤语",
        ["你讲咩啊？", "听不懂，你到底在说什么啊？"],
        "通话结束：客户愤而挂机（不理想的结局）",
        False,
        "喂，你哋系咪宽带客服啊？我屋企上唔到网呀。",
        on_screen=["你讲乜嘢啊？我讲紧宽带坏咗啊！", "算啦算啦，讲极都唔明！", "普通话：算了算了，怎么说都不明白！"],
        feedback=["未达标", "听不懂方言时没有礼貌请求", "标准说法："],
        mood="火气 ██████████████ 10/10",
    ),
    "abusive-well": Case(
        "辱骂",
        ["非常抱歉给您带来不便，请您消消气，我马上帮您处理。", "好的，今天下午五点前安排师傅上门检修，请您放心。", "不客气，感谢您的来电，再见！"],
        "通话结束：问题已解决（好的结局）",
        True,
        "你们这帮骗子！宽带天天断，全是废物！",
        on_screen=["……那你说怎么办吧，我都断了三天了。", "行吧，那我等你们消息。"],
        feedback=["本轮得分 100分", "没有发现问题"],
        mood="火气 ███░░░░░░░░░░░ 2/10",
    ),
    "abusive-badly": Case(
        "辱骂",
        ["放尊重点好吗！", "你怎么不讲道理啊？"],
        "通话结束：客户投诉话务员（不理想的结局）",
        False,
        "你们这帮骗子！宽带天天断，全是废物！",
        on_screen=["你还敢这么跟我说话？叫你们领导来！", "好，你等着，我现在就投诉你！"],
        feedback=["一票否决", "与客户争吵或反驳客户", "“你怎么不讲道理”", "标准说法："],
        mood="火气 ██████████████ 10/10",
    ),
    "repeat-well": Case(
        "重复投诉",
        ["非常抱歉，您之前已经反映过这个问题，我马上为您加急处理。", "好的，师傅今天下午五点前会联系您确认上门时间，我会跟进处理，请您放心。", "不客气，感谢您的耐心，再见！"],
        "通话结束：问题已解决（好的结局）",
        True,
        "我上周就打过电话了，说三天内有人上门修，到现在都没人来！",
        on_screen=["那你们这次到底什么时候能来？", "好吧，那我再等等。谢谢。"],
        feedback=["本轮得分 100分", "做得好"],
    ),
    "repeat-badly": Case(
        "重复投诉",
        ["这不归我们管，你找别人吧。", "你投诉也没用。"],
        "通话结束：客户投诉话务员（不理想的结局）",
        False,
        "我上周就打过电话了，说三天内有人上门修，到现在都没人来！",
        on_screen=["又是这套说辞！叫你们主管来跟我说！", "我要投诉你们，投诉到底！"],
        feedback=["一票否决", "标准说法："],
        mood="火气 █████████████░ 9/10",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
async def test_full_call(name, make, clock, home):
    case = CASES[name]
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await open_scenario(pilot, case.search)
        call = app.screen
        assert isinstance(call, CallScreen)
        assert case.first_line in text(call.transcript)

        await play(pilot, case.script, clock)

        shown = screen_text(app)
        assert case.ending in text(call.transcript)
        for reply in case.script:
            if isinstance(reply, str):
                assert reply in shown
        for expected in case.on_screen:
            assert expected in shown, expected
        feedback = text(call.feedback)
        for expected in case.feedback:
            assert expected in feedback, expected
        if case.mood is not None:
            assert case.mood in call.persona_card.meter_text
        assert not call.reply_input.display  # the call is over: the report button replaces the box

        # The report: the ending, the verdict, one table row per turn.
        await pilot.press("enter")
        await settle(pilot)
        report = app.screen
        assert isinstance(report, ReportScreen)
        summary = text(report.query_one("#summary-text"))
        assert case.ending.removeprefix("通话结束：") in summary
        assert ("通过" in summary and "未通过" not in summary) if case.passed else ("未通过" in summary)
        assert report.query_one("#turn-table", DataTable).row_count == len(case.script)
        bars = text(report.query_one("#category-bars"))
        for label in ("服务规范", "服务态度", "语气措辞", "业务处理", "一票否决"):
            assert label in bars

    # Every turn was recorded, and the call is recorded as finished.
    [session] = stored_sessions(home)
    assert len(session.turns) == len(case.script)
    assert session.finished
    assert session.ending["good"] is case.passed


async def test_report_lists_rules_to_practise_and_replays_the_call(make, clock):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await open_scenario(pilot, "辱骂")
        await play(pilot, CASES["abusive-badly"].script, clock)
        await pilot.press("enter")
        await settle(pilot)
        report = app.screen
        practice = text(report.query_one("#practice-text"))
        # Worst first: the critical fault before the major ones, with the trainee's own words.
        assert practice.index("与客户争吵或反驳客户") < practice.index("客户辱骂时没有道歉安抚")
        assert "出现 2 次" in practice  # no apology, twice
        assert "您说的：“你怎么不讲道理”" in practice
        assert "标准说法：" in practice
        # The path taken, node by node, to the ending.
        summary = text(report.query_one("#summary-text"))
        assert "路径：客户辱骂 ×2 → 【客户投诉话务员】" in summary and "outburst" not in summary  # no internal node ids
        # The replay: each turn with the customer's line, the reply and its feedback.
        await pilot.press("3")
        await settle(pilot)
        replay = text(report.query_one("#replay-scroll"))
        assert "第 1 轮" in replay and "第 2 轮" in replay
        assert "赵先生：你们这帮骗子！" in replay
        assert "我：放尊重点好吗！" in replay
        assert "斥责客户的言辞" in replay
        assert "通话结束：客户投诉话务员（不理想的结局）" in replay
        # Enter on a row of the table shows that turn in the replay.
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("down", "enter")
        await settle(pilot)
        assert report.query_one("#report-tabs").active == "replay"
        # R: practise the same scenario again.
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, CallScreen)
        assert app.screen.scenario.id == "tui_abusive_caller"


async def test_best_score_shows_on_the_picker_after_a_call(make, clock):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await open_scenario(pilot, "重复投诉")
        await play(pilot, CASES["repeat-well"].script, clock)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        shown = screen_text(app)
        assert "最佳成绩：97分（已完成 1 次）" in shown
        option_list = app.screen.query_one("#scenario-list")
        rows = [str(option_list.get_option_at_index(i).prompt) for i in range(option_list.option_count)]
        assert any("上门维修迟迟没来" in row and "97分" in row for row in rows)


async def test_picker_groups_by_caller_and_difficulty_and_searches(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        option_list = app.screen.query_one("#scenario-list")

        def rows():
            return [str(option_list.get_option_at_index(i).prompt).strip() for i in range(option_list.option_count)]

        assert rows() == [
            "无声电话", "入门（难度 1/5）", "无声电话：两次问候后礼貌结束",
            "方言客户", "基础（难度 2/5）", "方言客户：粤语报宽带故障",
            "辱骂客户", "进阶（难度 3/5）", "辱骂客户：宽带反复断网",
            "重复投诉", "基础（难度 2/5）", "重复投诉：上门维修迟迟没来",
        ]  # fmt: skip
        # The details of the highlighted scenario: description, goals, caller, record.
        details = text(app.screen.query_one("#details"))
        assert "电话接通后，线路里一直没有声音" in details
        assert "学习目标" in details and "无声时稍等三到五秒再问候，不催促客户" in details
        assert "还没有完成过这个场景。" in details
        await pilot.press("down")
        await pilot.pause()
        assert "来电：陈伯（粤语，急性子，但讲道理）" in text(app.screen.query_one("#details"))
        # Search by tag, then by title; Esc clears.
        await pilot.press("slash", *"宽带")
        await pilot.pause()
        assert [r for r in rows() if "：" in r] == ["方言客户：粤语报宽带故障", "辱骂客户：宽带反复断网", "重复投诉：上门维修迟迟没来"]
        app.screen.query_one("#search").value = "上门维修"
        await pilot.pause()
        assert [r for r in rows() if "：" in r] == ["重复投诉：上门维修迟迟没来"]
        app.screen.query_one("#search").value = "没有这个"
        await pilot.pause()
        assert "没有与“没有这个”匹配的场景" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert len([r for r in rows() if "：" in r]) == 4
