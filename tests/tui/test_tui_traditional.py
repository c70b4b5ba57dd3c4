"""PEILIAN_SCRIPT=traditional: the app shows Traditional characters, grades as before."""

import pytest

from simulator.display_script import to_traditional, uninstall_for_app
from simulator.tui.screens.call_screen import CallScreen

from .tui_helpers import SIZE, open_scenario, say, screen_text, settle, text


@pytest.fixture
def traditional(monkeypatch):
    monkeypatch.setenv("PEILIAN_SCRIPT", "traditional")
    yield
    uninstall_for_app()


def test_conversion_keeps_the_length_so_styled_ranges_stay_on_their_characters():
    for simplified in ("软件内存出租车", "请问有什么可以帮助您？", "练习模式：每说一句都显示反馈。"):
        assert len(to_traditional(simplified)) == len(simplified)
    assert to_traditional("请问有什么可以帮助您？") == "請問有什麼可以幫助您？"
    assert to_traditional("abc 123") == "abc 123"


async def test_the_app_shows_traditional_and_grades_as_before(make, clock, traditional):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert "練習場景" in shown or "場景" in shown
        assert "练习" not in shown
        await open_scenario(pilot, "無聲")  # searching in Traditional finds the scenario
        call = app.screen
        assert isinstance(call, CallScreen)
        await say(pilot, "您好！請問有什麼可以幫助您？", clock=clock)  # typed in Traditional
        feedback = text(call.feedback)
        assert "本輪得分 100分" in feedback
        assert call.records[-1]["grade"]["score"] == 100  # stored as graded
