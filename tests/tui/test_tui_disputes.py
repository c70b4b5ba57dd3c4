"""Disputes in the app: the trainee marks a turn "我有异议" on the call's report, a
trainer accepts it on the disputes screen, and the trainee's history shows the decision."""

from textual.widgets import DataTable, Input

from simulator.records import open_store
from simulator.tui.screens.dispute_screens import DecideDialog, DisputeDialog, DisputesScreen
from simulator.tui.screens.history_screen import HistoryScreen
from simulator.tui.screens.picker_screen import PickerScreen
from simulator.tui.screens.report_screen import ReportScreen

from .tui_helpers import SIZE, open_scenario, play, settle, text

BADLY = ["放尊重点好吗！", "你怎么不讲道理啊？"]


def _disputes(home):
    with open_store(home / "peilian.db") as store:
        return store.disputes()


async def _report_after(pilot, clock, script):
    await open_scenario(pilot, "辱骂")
    await play(pilot, script, clock)
    await pilot.press("enter")  # the report
    await settle(pilot)
    assert isinstance(pilot.app.screen, ReportScreen)


async def test_a_trainee_disputes_a_turn_and_sees_the_trainers_decision(make, clock, home):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await _report_after(pilot, clock, BADLY)
        report = app.screen
        table = report.query_one("#turn-table", DataTable)
        table.move_cursor(row=1)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, DisputeDialog)
        assert "对第 2 轮的评分有异议" in text(app.screen)
        await pilot.press("enter")  # nothing written: not sent
        await settle(pilot)
        assert isinstance(app.screen, DisputeDialog)
        app.screen.query_one("#dispute-reason", Input).value = "我只是问客户为什么这么说"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is report
        assert "已提出异议" in str(table.get_cell("1", "issue"))
        # A second dispute of the same turn is not filed.
        await pilot.press("d")
        await settle(pilot)
        assert app.screen is report

        [dispute] = _disputes(home)
        assert dispute.status == "open" and dispute.trainee == "王芳" and dispute.index == 1
        assert dispute.reason == "我只是问客户为什么这么说"
        assert dispute.turn["reply"] == BADLY[1] and dispute.turn["history"][-1] == {"role": "agent", "text": BADLY[0]}
        assert any(v["severity"] == "critical" for v in dispute.turn["grade"]["violations"])

        # The trainer: T on the list, Y on the dispute, the verdict it should have had.
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DisputesScreen)
        assert screen.query_one("#disputes-table", DataTable).row_count == 1
        assert "我只是问客户为什么这么说" in text(screen.query_one("#dispute-detail-text"))
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, DecideDialog)
        await pilot.press("down", "down", "enter")  # 不合格 (major), not critical
        app.screen.query_one("#dispute-note", Input).value = "是反问，不算争吵，但语气生硬"
        app.screen.query_one("#dispute-note", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        [decided] = _disputes(home)
        assert decided.status == "accepted" and decided.expect == "major" and decided.decided_by == "王芳"
        assert "没有待处理的异议" in text(screen.query_one("#dispute-detail-text"))

        await pilot.press("escape", "h")
        await settle(pilot)
        history = app.screen
        assert isinstance(history, HistoryScreen)
        mine = text(history.query_one("#history-disputes"))
        assert "我的异议" in mine and BADLY[1] in mine
        assert "已采纳：评分有误" in mine and "是反问，不算争吵，但语气生硬" in mine


async def test_rejecting_needs_a_reason_the_trainee_then_reads(make, clock, home):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await _report_after(pilot, clock, BADLY)
        await pilot.press("d")
        await settle(pilot)
        app.screen.query_one("#dispute-reason", Input).value = "客户先骂人的"
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("escape", "t")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, DecideDialog)
        await pilot.press("enter")  # no reason: refused, the dialog stays
        await settle(pilot)
        assert app.screen is dialog and _disputes(home)[0].status == "open"
        dialog.query_one("#dispute-note", Input).value = "客户骂人也不能回嘴，要按三次警示处理"
        await pilot.press("enter")
        await settle(pilot)
        [decided] = _disputes(home)
        assert decided.status == "rejected" and decided.expect is None
        await pilot.press("a")  # every dispute, decided ones too
        await settle(pilot)
        assert "要按三次警示处理" in text(app.screen.query_one("#dispute-detail-text"))
