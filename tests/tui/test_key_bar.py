"""The keys at the bottom of every screen: what they say, that a click presses them,
and that they change with the screen and the mode."""

from rich.cells import cell_len

from simulator.tui.screens.history_screen import HistoryScreen
from simulator.tui.widgets.key_bar import KeyBar

from .tui_helpers import SIZE, settle, shown_lines


async def test_the_keys_are_on_the_bottom_line_as_the_screen_has_them(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        bottom = shown_lines(app)[-1]
        for shown in ("⏎ 开始", "/ 搜索", "h 练习记录", "f2 实战模式", "^q 退出"):
            assert shown in bottom, bottom
        assert "练习模式" not in bottom  # only the mode F2 switches to


async def test_clicking_a_key_presses_it(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        bottom = shown_lines(app)[-1]
        column = cell_len(bottom[: bottom.index("练习记录")])  # cells, not characters
        await pilot.click(KeyBar, offset=(column, 0))
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        # The history's own keys replace the list's.
        bottom = shown_lines(app)[-1]
        assert "练习记录" not in bottom and "返回" in bottom, bottom


async def test_the_keys_follow_the_focus_and_the_mode(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "⏎ 开始" in shown_lines(app)[-1]
        await pilot.press("f2")
        await settle(pilot)
        bottom = shown_lines(app)[-1]
        assert "f2 练习模式" in bottom and "实战模式" not in bottom, bottom


async def test_a_narrow_terminal_shows_fewer_keys_never_half_of_one(make):
    app = make()
    async with app.run_test(size=(50, 24)) as pilot:
        await settle(pilot)
        bottom = shown_lines(app)[-1].rstrip()
        keys = app.screen.query_one(KeyBar).keys
        shown = [key for key in keys if f"{key.display} {key.description}" in bottom]
        assert 0 < len(shown) < len(keys)
        assert bottom.endswith(f"{shown[-1].display} {shown[-1].description}"), bottom
