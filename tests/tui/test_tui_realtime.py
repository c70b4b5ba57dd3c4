"""The line lives in real time in the app: nobody has to press a key for a silent
caller's next moment, or for the caller to give up; typing is speaking; in practice
mode the clock stops while the trainee reads what went wrong."""

import pytest

from simulator.tui.catalog import load_catalog
from simulator.tui.screens.call_screen import CallScreen

from .tui_helpers import SIZE, say, screen_text, settle, text

BUNDLED = load_catalog()
GREET = "您好！请问有什么可以帮助您？"


@pytest.fixture
def silent_app(make):
    def build(**kwargs):
        return make(catalog=BUNDLED, start_scenario="silent_caller_basic", **kwargs)

    return build


async def let_time_pass(pilot, clock, seconds: float) -> None:
    """The manual clock moves on; the screen's own timer then runs, no key pressed."""
    clock.advance(seconds)
    for _ in range(3):
        await pilot.pause(0.3)
        await settle(pilot)


async def test_a_silent_line_left_alone_for_14_seconds_ends_by_itself(silent_app, clock):
    app = silent_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        call = app.screen
        assert isinstance(call, CallScreen)
        await let_time_pass(pilot, clock, 14)
        assert call.ended and call.session.ending.node_id == "caller_gave_up"
        transcript = text(call.transcript)
        assert "（10 秒没有说话）" in transcript
        assert "对方等不及挂断了电话" in transcript or "客户愤而挂机" in transcript
        assert call.records[-1]["by_itself"] is True
        assert call.summary.status == "failed"


async def test_after_a_greeting_the_next_silent_moment_comes_by_itself(silent_app, clock):
    app = silent_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        call = app.screen
        await say(pilot, GREET, clock=clock, think=1)
        await let_time_pass(pilot, clock, 4)
        assert call.session.current.node_id == "first_pause"  # 4 s: not yet
        await let_time_pass(pilot, clock, 1.5)
        assert call.session.current.node_id == "still_silent"
        assert "（还是没有声音）" in text(call.transcript) and "（5 秒没有说话）" in text(call.transcript)


async def test_typing_is_speaking_the_line_waits_and_the_pause_ends_at_the_first_key(silent_app, clock):
    app = silent_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        call = app.screen
        await say(pilot, GREET, clock=clock, think=1)
        clock.advance(4)
        box = call.query_one("#reply-box")
        box.focus()
        box.insert_text_at_cursor("您好，听不到您的声音，")
        await pilot.pause()
        await let_time_pass(pilot, clock, 20)  # a slow typist: the line does not move meanwhile
        assert call.session.current.node_id == "first_pause" and not call.ended
        box.insert_text_at_cursor("请问有什么可以帮助您？")
        await pilot.press("enter")
        await settle(pilot)
        last = call.records[-1]
        assert last["kind"] == "reply" and last["waited_seconds"] == 4
        assert last["grade"]["violations"] == []  # it paused 4 s before speaking
        assert last["node_to"] == "second_pause"


async def test_a_reply_with_no_pause_is_pointed_out_on_that_turn(silent_app, clock):
    app = silent_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        call = app.screen
        await say(pilot, GREET, clock=clock, think=1)
        await say(pilot, "您好，听不到您的声音，请问有什么可以帮助您？", clock=clock, think=0.5)
        feedback = text(call.feedback)
        assert "无声电话问候后没有稍停" in feedback and "稍停3-5秒" in feedback


async def test_in_practice_mode_the_clock_stops_while_the_feedback_is_read(silent_app, clock):
    app = silent_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        call = app.screen
        await say(pilot, "喂，说话呀！", clock=clock, think=1)  # faults to read about
        assert call.session.clock.paused
        assert "计时已暂停" in screen_text(app) and "计时暂停" in text(call.timer)
        await let_time_pass(pilot, clock, 60)  # reading: the caller does not give up meanwhile
        assert not call.ended and call.session.current.node_id == "connected"
        await pilot.press("enter")  # read: go on
        await settle(pilot)
        assert not call.session.clock.paused and not call.records[-1]["kind"] == "wait"
        await let_time_pass(pilot, clock, 11)
        assert call.ended and call.session.ending.node_id == "caller_gave_up"


async def test_in_realistic_mode_the_clock_never_stops(silent_app, clock):
    app = silent_app(practice=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        call = app.screen
        await say(pilot, "喂，说话呀！", clock=clock, think=1)
        assert not call.session.clock.paused
        await let_time_pass(pilot, clock, 11)
        assert call.ended and call.session.ending.node_id == "caller_gave_up"


async def test_f5_after_reading_starts_the_clock_without_taking_a_move(silent_app, clock):
    app = silent_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        call = app.screen
        await say(pilot, "喂，说话呀！", clock=clock, think=1)
        turns = len(call.records)
        await pilot.press("f5")
        await settle(pilot)
        assert len(call.records) == turns and not call.session.clock.paused
