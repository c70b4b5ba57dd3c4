"""The records in the app: a call left unfinished is taken up again where it stopped,
and the history screen shows the trainee's progress and what to practise next."""

from textual.widgets import DataTable

from simulator.tui.screens.call_screen import CallScreen
from simulator.tui.screens.history_screen import HistoryScreen
from simulator.tui.screens.picker_screen import PickerScreen
from simulator.tui.screens.report_screen import ReportScreen

from .tui_helpers import SIZE, open_scenario, play, say, screen_text, settle, show_unfinished, stored_sessions, text

WELL = ["非常抱歉给您带来不便，请您消消气，我马上帮您处理。", "好的，今天下午五点前安排师傅上门检修，请您放心。", "不客气，感谢您的来电，再见！"]
BADLY = ["放尊重点好吗！", "你怎么不讲道理啊？"]


async def test_an_unfinished_call_is_resumed_where_it_stopped(make, clock, home):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await open_scenario(pilot, "辱骂")
        await say(pilot, WELL[0], clock=clock)
        meter = app.screen.persona_card.meter_text
        await pilot.press("ctrl+q")
    app.wait_for_pending_turns()

    app = make()
    async with app.run_test(size=SIZE) as pilot:
        assert "按 U 查看或接着做" in await show_unfinished(pilot, "辱骂")
        assert isinstance(app.screen, ReportScreen)
        assert "按 C 从中断处接着这通电话" in text(app.screen.query_one("#summary-text"))
        await pilot.press("c")
        await settle(pilot)
        call = app.screen
        assert isinstance(call, CallScreen)
        shown = text(call.transcript)
        # Everything said before, its grade, and the customer's line it stopped at.
        assert WELL[0] in shown and "100分 达标" in shown
        assert "已恢复中断的通话（已说 1 轮）" in shown
        assert shown.rstrip().endswith("……那你说怎么办吧，我都断了三天了。")
        assert "本轮得分 100分" in text(call.feedback)
        assert call.persona_card.meter_text == meter
        await play(pilot, WELL[1:], clock)
        assert "通话结束：问题已解决（好的结局）" in text(call.transcript)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one("#turn-table", DataTable).row_count == 3
    app.wait_for_pending_turns()
    # One record, finished, with the turns from before and after the break.
    [session] = stored_sessions(home)
    assert session.finished and [t["text"] for t in session.turns] == WELL
    assert [t["index"] for t in session.turns] == [0, 1, 2]


async def test_the_history_screen(make, clock, home):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        for search, script in (("辱骂", BADLY), ("辱骂", WELL)):
            await open_scenario(pilot, search)
            await play(pilot, script, clock)
            await pilot.press("enter")  # the report
            await settle(pilot)
            await pilot.press("escape")  # the picker
            await settle(pilot)
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("h")
        await settle(pilot)
        history = app.screen
        assert isinstance(history, HistoryScreen)
        chart = text(history.query_one("#history-chart-text"))
        assert "通话 2 次，完成 2 次" in chart
        for label in ("服务规范", "服务态度", "一票否决"):
            assert label in chart
        assert "█" in chart and "最近 2 次完成的通话" in chart
        rules = text(history.query_one("#history-rules"))
        assert "与客户争吵或反驳客户" in rules and "您说过：“你怎么不讲道理”" in rules
        advice = text(history.query_one("#history-next"))
        assert "按 P 开始练习这个场景" in advice
        table = history.query_one("#history-table", DataTable)
        assert table.row_count == 2
        # Enter on a call: its report.
        table.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReportScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        # P: practise the scenario recommended.
        recommended = history.history.recommendation.scenario_id
        assert recommended != "tui_abusive_caller"  # passed already
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, CallScreen) and app.screen.scenario.id == recommended


async def test_the_history_of_a_new_trainee(make):
    app = make(trainee="新学员")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot)
        assert "还没有练习记录" in screen_text(app)
        assert "学员：新学员" in screen_text(app)


async def test_a_corrupt_database_is_said_and_the_file_left_alone(make, clock, tmp_path):
    db = tmp_path / "bad.db"
    db.write_bytes(b"not a database at all " * 200)
    before = db.read_bytes()
    app = make(db=db)
    notes = []
    original = app.notify
    app.notify = lambda message, **kw: (notes.append(message), original(message, **kw))[1]
    async with app.run_test(size=SIZE) as pilot:
        await open_scenario(pilot, "重复投诉")
        await say(pilot, "非常抱歉，您之前已经反映过这个问题，我马上为您加急处理。", clock=clock)
        assert "本轮得分 100分" in text(app.screen.feedback)  # the call goes on, unsaved
    assert any("已损坏" in n for n in notes) and any("不会被保存" in n for n in notes)
    assert db.read_bytes() == before


async def test_a_turn_the_records_refuse_stops_the_call_and_what_was_saved_can_be_resumed(make, clock, home):
    from simulator.records import RecordStoreError

    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await open_scenario(pilot, "重复投诉")
        call = app.screen
        await say(pilot, "非常抱歉，您之前已经反映过这个问题，我马上为您加急处理。", clock=clock)
        notes = []
        original = app.notify
        app.notify = lambda message, **kw: (notes.append(message), original(message, **kw))[1]

        def full(*args, **kwargs):
            raise RecordStoreError("记录数据库所在的磁盘已满。")

        app.store.record_turn = full
        await say(pilot, "请问您的地址是？", clock=clock)
        assert "练习记录无法保存，这通电话到此为止" in text(call.transcript)
        assert any("磁盘已满" in n and "之前的 1 轮都已保存" in n for n in notes)
        assert not call.query_one("#reply").display  # no more replies on a call with a gap
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)
    [session] = stored_sessions(home)
    assert [t["text"] for t in session.turns] == ["非常抱歉，您之前已经反映过这个问题，我马上为您加急处理。"]
    assert session.resumable
