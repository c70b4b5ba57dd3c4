"""One turn per Enter: a reply sent while the last one is still being graded is never
merged into it or lost; it stays visibly in the box until it can be sent as its own turn."""

from simulator.tui.screens.call_screen import CallScreen

from .tui_helpers import SIZE, open_scenario, settle, stored_sessions, text


async def test_a_reply_sent_while_the_last_is_graded_stays_in_the_box(make, clock, home):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await open_scenario(pilot, "辱骂")
        app.grader_ready.clear()  # as if the grader were still loading: the first reply waits to be graded
        call = app.screen
        assert isinstance(call, CallScreen)
        first, second = "非常抱歉给您带来不便，请您消消气。", "我马上帮您查一下线路。"
        box = call.reply_input.box
        box.value = first
        await pilot.press("enter")
        await pilot.pause()
        assert call.busy
        box.value = second
        await pilot.press("enter")  # while the first is still being graded
        await pilot.pause()
        assert box.value == second  # kept, visibly, not sent and not merged
        assert any("上一句还在评分" in str(n.message) for n in app._notifications)
        app.grader_ready.set()
        await settle(pilot)
        assert not call.busy and box.value == second
        await pilot.press("enter")  # now it goes as its own turn
        await settle(pilot)
        shown = text(call.transcript)
        assert shown.count(first) == 1 and shown.count(second) == 1
    app.wait_for_pending_turns()
    [session] = stored_sessions(home)
    assert [t["text"] for t in session.turns] == [first, second]
    assert [t["index"] for t in session.turns] == [0, 1]
