"""What the screen shows of the app's Chinese text: lines broken by Chinese rules, a
title's wrapped lines under the title, notices with every character, and an 80x24
terminal showing the search box, the input hint and the footer whole."""

import pytest
from rich._wrap import divide_line as rich_divide_line

from simulator.records import open_store
from simulator.tui.linebreak import CLOSING, OPENING
from simulator.tui.screens.author_screen import AuthorScreen
from simulator.tui.screens.call_screen import CallScreen
from simulator.tui.screens.history_screen import HistoryScreen
from simulator.tui.screens.picker_screen import PickerScreen
from simulator.tui.screens.report_screen import ReportScreen

from .tui_helpers import open_scenario, play, settle, show_unfinished, shown_lines, text

SMALL = (80, 24)


def assert_footer_whole(app) -> None:
    footer = shown_lines(app)[-1]
    keys = app.screen.query_one("KeyBar").keys
    assert keys, "no footer"
    for key in keys:
        assert f"{key.display} {key.description}".rstrip() in footer, footer


async def assert_footer_whole_after(pilot, key: str, screen_type) -> None:
    """Press ``key``: the screen it opens shows its keys whole."""
    await pilot.press(key)
    await settle(pilot)
    assert isinstance(pilot.app.screen, screen_type)
    assert_footer_whole(pilot.app)


@pytest.mark.parametrize("width", [80, 81])
async def test_a_notice_over_panel_borders_shows_every_character(make, width):
    # Textualize/textual#6357: a Chinese character over a border beneath went blank.
    app = make()
    async with app.run_test(size=(width, 24), notifications=True) as pilot:
        await open_scenario(pilot, "粤语")
        await pilot.press("enter")  # nothing typed: a notice says what to do
        await settle(pilot)
        [toast] = app.screen.query("Toast")
        shown = "".join(line.strip() for line in shown_lines(app, toast.content_region))
        message = "回复为空" + "还没有输入回复。想保持沉默、继续等客户开口，请按 F5。"
        assert shown.replace(" ", "") == message.replace(" ", "")


async def test_at_80_by_24_the_search_box_the_input_hint_and_the_footer_are_whole(make, clock):
    app = make()
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        placeholder = app.screen.query_one("#search").placeholder
        assert any(placeholder in line for line in shown_lines(app))
        assert_footer_whole(app)

        await assert_footer_whole_after(pilot, "h", HistoryScreen)
        await pilot.press("escape")
        await settle(pilot)

        await open_scenario(pilot, "粤语")
        call = app.screen
        assert isinstance(call, CallScreen)
        hint = call.query_one("#reply-hint")
        assert text(hint) in "".join(shown_lines(app, hint.content_region))
        assert_footer_whole(app)
        await play(pilot, ["你讲咩啊？"], clock)  # a faulty reply: the clock stops, the hint says so
        assert "计时已暂停" in text(hint)
        assert text(hint) in "".join(shown_lines(app, hint.content_region))

        await pilot.press("escape")
        await pilot.click("#leave")
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)
        await show_unfinished(pilot, "粤语")  # the unfinished call's report: one more key (C)
        assert isinstance(app.screen, ReportScreen) and app.screen.resume_id is not None
        assert_footer_whole(app)
        await pilot.press("escape")
        await settle(pilot)
        await open_scenario(pilot, "辱骂")
        await play(pilot, ["放尊重点好吗！", "你怎么不讲道理啊？"], clock)  # the caller complains: the call ends
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReportScreen)
        assert_footer_whole(app)
        await pilot.press("escape")
        await settle(pilot)

        await assert_footer_whole_after(pilot, "a", AuthorScreen)  # a trainer's keys fit too


async def test_wrapped_feedback_never_starts_a_line_with_closing_punctuation(make, clock):
    app = make()
    async with app.run_test(size=SMALL) as pilot:
        await open_scenario(pilot, "粤语")
        await play(pilot, ["你讲咩啊？"], clock)
        body = app.screen.query_one("#feedback-body")
        lines = [line.rstrip() for line in shown_lines(app, body.content_region)]
        assert "听不懂客户的方言时，要先致歉，礼貌地请客户讲普通话" in "".join(line.strip() for line in lines)
        for line in lines:
            assert not line.strip() or line.strip()[0] not in CLOSING, lines
            assert not line.strip() or line[-1] not in OPENING, lines
        # Rich's own wrapping, at this width, started a line with "，" here.
        sentence = "  听不懂客户的方言时，要先致歉，礼貌地请客户讲普通话或放慢语速；仍无法沟通时请客户身边会讲普通话的人帮忙。"
        width = body.content_region.width
        assert any(sentence[cut] in CLOSING for cut in rich_divide_line(sentence, width))


async def test_a_long_title_goes_on_under_itself_and_its_score_stays_on_its_first_line(make, home):
    home.mkdir(parents=True, exist_ok=True)
    store = open_store(home / "peilian.db")
    session = store.begin_session(trainee="王芳", scenario_id="tui_repeat_complainant")
    store.finish_session(session, outcome="x", good_ending=True, ending_label="", score=97, passed=True, summary={})
    store.close()
    app = make()
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        options = app.screen.query_one("#scenario-list")
        lines = [line.rstrip() for line in shown_lines(app, options.content_region)]
        [first] = [n for n, line in enumerate(lines) if "重复投诉：" in line]
        title_start = lines[first].index("重复投诉：")
        assert lines[first].endswith("97分")  # in the column at the right, with the title
        following = lines[first + 1]
        assert following[:title_start].strip() == "" and following[title_start] != " "  # under the title
        title = lines[first][title_start:].removesuffix("97分").strip() + following.strip()
        assert title == "重复投诉：上门维修迟迟没来"
        assert not any(line.strip() == "97分" for line in lines)


def test_a_hanging_row_keeps_its_tail_whole_even_when_too_narrow_for_a_column():
    from simulator.tui.hanging import Hanging

    row = Hanging.one("    ", "重复投诉：上门维修迟迟没来", "97分")
    assert [line.plain for line in row.lines(30)] == ["    重复投诉：上门维修迟  97分", "    迟没来"]
    # Too narrow for the title beside a column: the score goes under the title, whole.
    assert [line.plain for line in row.lines(16)] == ["    重复投诉：上", "    门维修迟迟", "    没来", "    97分"]
    assert str(row) == "    重复投诉：上门维修迟迟没来  97分"


async def test_a_long_title_on_a_narrow_call_screen_is_shown_whole(make):
    from simulator.tui.catalog import load_catalog

    app = make(catalog=load_catalog(), start_scenario="abusive_taxi_driver")
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, CallScreen)
        title = app.screen.query_one("#call-title")
        shown = [line.strip() for line in shown_lines(app, title.content_region)]
        assert "".join(shown) == app.screen.scenario.title == "968862：被司机绕路多收钱、破口大骂的乘客"
        assert shown[-1] != "客"  # the last line is no single character
