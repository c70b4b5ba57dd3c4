"""Nothing a trainee does breaks the call, and no turn already taken is lost:
a 10,000-character paste, an empty reply, a resize, Ctrl+C, leaving mid-call."""

import threading

from textual import events

from simulator.tui.app import load_grader
from simulator.tui.screens.call_screen import CallScreen, ConfirmLeave
from simulator.tui.screens.help_screen import HelpScreen
from simulator.tui.screens.picker_screen import PickerScreen
from simulator.tui.screens.report_screen import ReportScreen
from .tui_helpers import leave_after_confirming, show_unfinished, stored_sessions, SIZE, open_scenario, say, screen_text, settle, text, wait_silently


def record_notes(app) -> list[str]:
    notes: list[str] = []
    original = app.notify

    def notify(message, **kwargs):
        notes.append(f"{kwargs.get('title', '')}|{message}")
        return original(message, **kwargs)

    app.notify = notify
    return notes


async def test_first_screen_is_interactive_before_the_grader_has_loaded(make, clock):
    release = threading.Event()
    loading = threading.Event()

    def slow_loader():
        loading.set()
        release.wait(30)
        load_grader()

    app = make(grader_loader=slow_loader)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert loading.wait(5)
            # The picker is up and answers keys while the grader is still loading.
            assert isinstance(app.screen, PickerScreen)
            assert not app.grader_ready.is_set()
            await pilot.press("slash", *"粤语")
            await pilot.pause()
            assert "共 1 个场景（全部 4 个）" in screen_text(app)
            await pilot.press("enter", "enter")
            await pilot.pause()
            call = app.screen
            assert isinstance(call, CallScreen)
            assert "评分引擎正在加载" in text(call.reply_input)

            # A reply sent now shows at once and waits for the grader, without blocking the UI.
            box = call.query_one("#reply-box")
            box.insert_text_at_cursor("您好，对不起，请您讲普通话好吗？")
            await pilot.press("enter")
            await pilot.pause()
            assert "您好，对不起，请您讲普通话好吗？" in text(call.transcript)
            assert "正在评分" in text(call.feedback)
            await pilot.press("f1")  # still interactive
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape")
            await pilot.pause()
            assert not app.grader_ready.is_set()

            # The moment the grader is ready, the waiting reply is graded.
            release.set()
            await settle(pilot)
            assert app.grader_ready.is_set()
            assert "本轮得分 100分" in text(call.feedback)
            assert "哦，好，我讲普通话。" in text(call.transcript)
            assert "评分引擎正在加载" not in text(call.reply_input)
    finally:
        release.set()


async def test_a_10000_character_paste_is_taken_whole(make, clock, home):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await open_scenario(pilot, "辱骂")
        call = app.screen
        pasted = ("非常抱歉给您带来不便，请您消消气。\n" * 600)[:10_000]
        assert len(pasted) == 10_000
        box = call.query_one("#reply-box")
        box.focus()
        box.post_message(events.Paste(pasted))
        await pilot.pause()
        # The stock Input keeps only the first line of a paste; ours keeps it all.
        joined = pasted.replace("\n", " ").strip()
        assert box.value == joined
        await pilot.press("enter")
        await settle(pilot)
        shown = text(call.transcript)
        assert "字）" in shown  # folded in the transcript ...
        assert "本轮得分" in text(call.feedback)
        assert "……那你说怎么办吧" in shown  # ... and the call went on
    [session] = stored_sessions(home)
    assert session.turns[0]["text"] == joined  # ... but recorded whole


async def test_an_empty_reply_is_not_sent(make, clock, home):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        notes = record_notes(app)
        await open_scenario(pilot, "无声")
        call = app.screen
        await pilot.press("enter")
        await say(pilot, "   ")
        await settle(pilot)
        assert call.records == []
        assert "我" not in [b.border_title for b in call.transcript.query("Bubble")]
        assert any("回复为空" in n and "F5" in n for n in notes)
        # Waiting in silence is the way to say nothing.
        await wait_silently(pilot, clock, 3)
        assert len(call.records) == 1 and call.records[0]["kind"] == "wait"
        assert "（您保持沉默，等了 3 秒）" in text(call.transcript)
    [session] = stored_sessions(home)
    assert [t["kind"] for t in session.turns] == ["wait"]


async def test_resizing_mid_call_keeps_everything(make, clock):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await open_scenario(pilot, "重复投诉")
        await say(pilot, "非常抱歉，您之前已经反映过这个问题，我马上为您加急处理。", clock=clock)
        for width, height in ((40, 12), (200, 60), (80, 24), SIZE):
            await pilot.resize_terminal(width, height)
            await pilot.pause()
        call = app.screen
        assert "那你们这次到底什么时候能来？" in text(call.transcript)
        await say(pilot, "好的，师傅今天下午五点前会联系您确认上门时间，我会跟进处理，请您放心。", clock=clock)
        assert len(call.records) == 2
        assert "好吧，那我再等等。谢谢。" in text(call.transcript)


async def test_ctrl_c_does_not_end_the_call(make, clock, home):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        notes = record_notes(app)
        await open_scenario(pilot, "重复投诉")
        await say(pilot, "非常抱歉，您之前已经反映过这个问题，我马上为您加急处理。", clock=clock)
        await pilot.press("ctrl+c")  # in the reply box: copy
        app.screen.set_focus(None)
        await pilot.press("ctrl+c")  # elsewhere: how to quit, in Chinese
        await pilot.pause()
        assert isinstance(app.screen, CallScreen)
        assert any("Ctrl+Q" in n for n in notes)
        assert len(app.screen.records) == 1


async def test_the_records_hold_every_turn_after_quitting_mid_call(make, clock, home, fixture_catalog):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await open_scenario(pilot, "辱骂")
        await say(pilot, "非常抱歉给您带来不便，请您消消气，我马上帮您处理。", clock=clock)
        await say(pilot, "好的，今天下午五点前安排师傅上门检修，请您放心。", clock=clock)
        await pilot.press("ctrl+q")
    app.wait_for_pending_turns()
    [session] = stored_sessions(home)
    assert not session.finished
    assert [t["text"] for t in session.turns] == [
        "非常抱歉给您带来不便，请您消消气，我马上帮您处理。",
        "好的，今天下午五点前安排师傅上门检修，请您放心。",
    ]
    assert session.turns[0]["grade"]["score"] == 100

    # Next time, the picker shows the unfinished call, and U opens it.
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        assert "有一次通话没有完成（已说 2 轮），按 U 查看" in await show_unfinished(pilot, "辱骂")
        report = app.screen
        assert isinstance(report, ReportScreen)
        assert "通话中途结束，没有到达结局" in text(report.query_one("#summary-text"))
        assert report.query_one("#turn-table").row_count == 2
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)


async def test_a_reply_still_being_graded_when_the_app_quits_is_recorded(make, clock, home):
    release = threading.Event()

    def slow_loader():
        release.wait(30)
        load_grader()

    app = make(grader_loader=slow_loader)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("slash", *"辱骂", "enter", "enter")
            await pilot.pause()
            app.screen.query_one("#reply-box").insert_text_at_cursor("非常抱歉给您带来不便。")
            await pilot.press("enter")
            await pilot.pause()
            app.exit()
        release.set()
        app.wait_for_pending_turns(10)
    finally:
        release.set()
    [session] = stored_sessions(home)
    assert [t["text"] for t in session.turns] == ["非常抱歉给您带来不便。"]


async def test_leaving_with_escape_asks_first_and_keeps_the_turns(make, clock, home):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await open_scenario(pilot, "无声")
        await say(pilot, "您好！请问有什么可以帮助您？", clock=clock)
        assert "已经说过的 1 轮都已保存" in await leave_after_confirming(pilot, ConfirmLeave, "#leave")
        assert isinstance(app.screen, PickerScreen)
        assert "有一次通话没有完成（已说 1 轮）" in screen_text(app)
    [session] = stored_sessions(home)
    assert len(session.turns) == 1 and not session.finished


async def test_traditional_characters_are_graded_like_simplified(make, clock):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await open_scenario(pilot, "重复投诉")
        # Typed key by key, as a terminal delivers what an input method commits.
        await pilot.press(*"非常抱歉，您之前已經反映過這個問題，我馬上為您加急處理。", "enter")
        await settle(pilot)
        call = app.screen
        assert "本轮得分 100分" in text(call.feedback)
        assert "那你们这次到底什么时候能来？" in text(call.transcript)  # the same branch as in Simplified
        await say(pilot, "你投訴也沒用。", clock=clock)
        feedback = text(call.feedback)
        assert "“你投訴也沒用”" in feedback or "你投訴也沒用" in feedback  # the words quoted as typed


async def test_realistic_mode_hides_feedback_until_the_report(make, clock):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await open_scenario(pilot, "粤语")
        call = app.screen
        assert "普通话：" in screen_text(app)
        await pilot.press("f2")
        await pilot.pause()
        assert not app.practice
        await say(pilot, "你讲咩啊？", clock=clock)
        feedback = text(call.feedback)
        assert "实战模式" in feedback and "本轮得分" not in feedback
        assert "14分" not in screen_text(app)  # bubbles carry no score
        assert "普通话：" not in screen_text(app)  # no gloss either
        await say(pilot, "听不懂，你到底在说什么啊？", clock=clock)
        await pilot.press("enter")
        await settle(pilot)
        report = app.screen
        assert isinstance(report, ReportScreen)
        assert "14" in text(report.query_one("#summary-text")) or report.query_one("#turn-table").row_count == 2
        await pilot.press("3")
        await settle(pilot)
        assert "用方言回应客户" in text(report.query_one("#replay-scroll"))
        # Back to practice mode: feedback again.
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("f2")
        await pilot.pause()
        assert app.practice
        assert "练习模式" in screen_text(app)


async def test_silence_is_timed_on_the_engine_clock(make, clock):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await open_scenario(pilot, "无声")
        call = app.screen
        clock.advance(7)
        call.timer.tick()
        assert "线路无声 00:07" in text(call.timer)
        await say(pilot, "您好！请问有什么可以帮助您？")
        clock.advance(4)
        call.timer.tick()
        assert "线路无声 00:04" in text(call.timer)
        await pilot.press("f5")
        await settle(pilot)
        assert call.records[-1]["waited_seconds"] == 4
        assert call.records[-1]["node_to"] == "after_wait"  # waited 3 s or more: the protocol's branch


async def test_help_and_themes(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = screen_text(app)
        for key in ("F5", "沉默等待", "F2", "实战模式", "F3", "Ctrl+Q", "Enter", "发送回复"):
            assert key in shown
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        assert app.theme == "textual-dark"
        await pilot.press("f3")
        assert app.theme == "textual-light"
        await pilot.press("f3")
        assert app.theme == "textual-dark"
    assert make(theme="light").theme or True


async def test_light_theme_from_the_factory(make):
    app = make(theme="light")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "textual-light"


async def test_leaving_while_a_reply_is_graded_keeps_that_reply(make, clock, home):
    release = threading.Event()

    def slow_loader():
        release.wait(30)
        load_grader()

    app = make(grader_loader=slow_loader)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("slash", *"辱骂", "enter", "enter")
            await pilot.pause()
            app.screen.query_one("#reply-box").insert_text_at_cursor("非常抱歉给您带来不便。")
            await pilot.press("enter", "escape")
            await pilot.pause()
            await pilot.click("#leave")
            await pilot.pause()
            assert isinstance(app.screen, PickerScreen)  # at once, not after grading
            release.set()
            await settle(pilot)
            assert isinstance(app.screen, PickerScreen)
        app.wait_for_pending_turns(10)
    finally:
        release.set()
    [session] = stored_sessions(home)
    assert [t["text"] for t in session.turns] == ["非常抱歉给您带来不便。"]
    assert not session.finished


async def test_an_unwritable_data_directory_does_not_stop_the_call(make, clock, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    app = make(home=blocked)
    async with app.run_test(size=SIZE) as pilot:
        notes = record_notes(app)
        await open_scenario(pilot, "重复投诉")
        assert any("这次练习不会被保存" in n for n in notes)
        await say(pilot, "非常抱歉，您之前已经反映过这个问题，我马上为您加急处理。", clock=clock)
        assert "本轮得分 100分" in text(app.screen.feedback)


async def test_the_footer_names_the_mode_f2_switches_to(make, clock):
    from simulator.tui.widgets.key_bar import KeyBar
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await open_scenario(pilot, "无声")

        def footer() -> str:
            return " ".join(key.description for key in app.screen.query_one(KeyBar).keys)

        assert "实战模式" in footer() and "练习模式" not in footer()
        await pilot.press("f2")
        await settle(pilot)
        assert not app.practice
        assert "练习模式" in footer() and "实战模式" not in footer()


async def test_arrow_keys_move_between_the_buttons_of_a_confirmation(make, clock, home):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await open_scenario(pilot, "无声")
        await say(pilot, "您好！请问有什么可以帮助您？", clock=clock)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmLeave) and app.focused.id == "stay"
        await pilot.press("right")
        await pilot.pause()
        assert app.focused.id == "leave"
        await pilot.press("left")
        await pilot.pause()
        assert app.focused.id == "stay"
        await pilot.press("down", "enter")  # right, then Enter: leave, as the trainee meant
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)
