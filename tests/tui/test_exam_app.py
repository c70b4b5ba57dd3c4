"""An exam taken through the app with Pilot: calls one after another, nothing shown
but the words and the clock, the limits enforced, a signed result at the end."""

import json

import pytest

from simulator.engine.clock import ManualClock
from simulator.exam.attempt import ExamAttempt
from simulator.exam.definition import load_exam
from simulator.exam.results import verify_file
from simulator.records import open_store
from simulator.tui.exam_app import make_exam_app
from simulator.tui.screens.exam_screens import ConfirmAbandon, ExamCallScreen, ExamIntroScreen, ExamResultScreen

from .tui_helpers import SIZE, leave_after_confirming, play, screen_text, settle, text

KEY = b"proctor-key-for-tests-0123456789"
GOOD_SILENT = [
    "您好！请问有什么可以帮助您？",
    4,
    "您好，听不到您的声音，请问有什么可以帮助您？",
    4,
    "对不起，您的电话没有声音，请您换一部电话再次打来，好吗？再见！",
    3,  # the protocol's last pause before hanging up
]
GOOD_DIALECT = [
    "对不起，请您讲普通话，好吗？谢谢！",
    "没关系，请问您家的地址是？",
    "好的，已经为您登记报修，师傅今天下午五点前上门检修，请您放心。",
    "不客气，感谢您的来电，再见！",
]
# What the practice app shows and an exam must not.
FEEDBACK_WORDS = ["本轮得分", "标准说法", "做得好", "达标", "提示：", "普通话：", "问题（", "没有发现问题", "每说一句", "学习目标", "火气", "好的结局", "不理想的结局"]
EXAM = """\
id: cert_test
title: 测试认证考试
pass_mark: 85
time_limit_per_call: 300
time_limit_total: 900
attempts: 2
seed: 2026
scenarios: [silent_caller_basic, dialect_shanghai_switch]
"""


@pytest.fixture(scope="module")
def library():
    from simulator.scenario import load_library

    return load_library().scenarios


@pytest.fixture
def exam_setup(tmp_path, library):
    path = tmp_path / "exam.yaml"
    path.write_text(EXAM, encoding="utf-8")
    exam = load_exam(path, library)
    store = open_store(tmp_path / "peilian.db")
    clock = ManualClock(0)

    def build(candidate="王芳"):
        attempt = ExamAttempt(exam, library, candidate, store, clock=clock)
        return make_exam_app(attempt, key=KEY, out_dir=tmp_path / "results", cursor_blink=False), attempt

    yield build, clock, store, tmp_path / "results"
    store.close()


async def start_exam(pilot) -> None:
    """From the welcome page, Enter: the first call connects."""
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)


def assert_failed_and_signed(app) -> None:
    """The end of an attempt that did not pass: all the candidate sees, and a valid signature."""
    assert isinstance(app.screen, ExamResultScreen)
    assert "结果：未通过" in screen_text(app) and not app.result["passed"]
    assert verify_file(app.result_path, KEY)


def assert_nothing_but_the_call(app):
    shown = screen_text(app)
    for word in FEEDBACK_WORDS:
        assert word not in shown, word
    call = app.screen
    scenario = call.session.scenario
    assert scenario.title not in shown and scenario.description.strip()[:12] not in shown
    assert not call.query("FeedbackPanel") and not call.query("PersonaCard")


async def test_an_exam_run_through_the_app(exam_setup):
    build, clock, store, results = exam_setup
    app, attempt = build()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ExamIntroScreen)
        intro = screen_text(app)
        assert "测试认证考试" in intro and "考生：王芳" in intro and "共 2 通电话" in intro
        assert "每通电话限时：5 分钟；全场限时：15 分钟" in intro
        await pilot.press("enter")
        await settle(pilot)

        # Call 1: the countdown, and nothing but the words.
        call = app.screen
        assert isinstance(call, ExamCallScreen)
        status = text(call.query_one("#exam-status"))
        assert "第 1 通 / 共 2 通" in status and "本通剩余  05:00" in status and "考试剩余  15:00" in status
        clock.advance(5)  # (a silent line left 10 s would end: the caller gives up)
        call.tick()
        status = text(call.query_one("#exam-status"))
        assert "本通剩余  04:55" in status and "考试剩余  14:55" in status
        await pilot.press("f2")  # no practice mode to switch to
        await pilot.pause()
        assert_nothing_but_the_call(app)
        await play(pilot, GOOD_SILENT, clock)
        assert_nothing_but_the_call(app)
        assert text(call.transcript).count("—— 电话接通 ——") == 1
        assert "—— 通话结束 ——" in text(call.transcript)
        assert "礼貌结束通话" not in screen_text(app)  # the ending is not named
        assert "接听下一通" in str(call.query_one("#exam-next").label)
        await pilot.press("enter")
        await settle(pilot)

        # Call 2: a dialect caller, without the Mandarin gloss.
        call = app.screen
        assert isinstance(call, ExamCallScreen) and call.number == 2
        assert "第 2 通 / 共 2 通" in text(call.query_one("#exam-status"))
        assert "本通剩余  05:00" in text(call.query_one("#exam-status"))  # a fresh limit per call
        first = call.session.turns[0].answered if call.session.turns else call.session.current
        assert first.gloss and first.gloss not in screen_text(app)
        assert_nothing_but_the_call(app)
        await play(pilot, GOOD_DIALECT, clock)
        assert_nothing_but_the_call(app)
        assert "查看结果" in str(call.query_one("#exam-next").label)
        await pilot.press("enter")
        await settle(pilot)

        # The end: pass or fail and the score, nothing more.
        assert isinstance(app.screen, ExamResultScreen)
        shown = screen_text(app)
        assert "结果：通过" in shown and f"总分：{app.result['score']} 分" in shown
        for word in ("服务规范", "服务态度", "原因", "第 1 轮"):
            assert word not in shown
    assert app.result["passed"] is True
    [path] = results.glob("*.json")
    assert path == app.result_path and verify_file(path, KEY)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["result"]["candidate"] == "王芳" and len(document["result"]["calls"]) == 2
    assert all(call["turns"] and call["scenario_version"] for call in document["result"]["calls"])
    # Every turn is in the records too, as exam calls.
    sessions = store.sessions("王芳", mode="exam")
    assert [s.status for s in sessions] == ["finished", "finished"]
    assert [len(store.turns(s.id)) for s in sessions] == [len(GOOD_SILENT), len(GOOD_DIALECT)]


async def test_a_critical_violation_ends_the_exam_at_once(exam_setup):
    build, clock, store, results = exam_setup
    app, attempt = build("李雷")
    async with app.run_test(size=SIZE) as pilot:
        await start_exam(pilot)
        await play(pilot, ["你是哑巴吗？不说话打什么电话！"], clock)
        assert_failed_and_signed(app)
        assert "一票否决" not in screen_text(app)  # no feedback, even now
    assert len(attempt.calls) == 1


async def test_the_time_limit_ends_the_call(exam_setup):
    build, clock, store, results = exam_setup
    app, attempt = build("张三")
    async with app.run_test(size=SIZE) as pilot:
        await start_exam(pilot)
        call = app.screen
        clock.advance(250)
        call.tick()
        assert "本通剩余  00:50" in text(call.query_one("#exam-status"))
        clock.advance(51)
        call.tick()
        await pilot.pause()
        assert "时间到，本通电话结束" in text(call.transcript)
        assert not call.reply_input.display
        await pilot.press("enter")
        await settle(pilot)
        assert_failed_and_signed(app)
    assert [s.status for s in store.sessions("张三", mode="exam")] == ["timed_out"]


async def test_abandoning_asks_first_and_still_writes_the_result(exam_setup):
    build, clock, store, results = exam_setup
    app, attempt = build("赵六")
    async with app.run_test(size=SIZE) as pilot:
        await start_exam(pilot)
        await play(pilot, ["您好！请问有什么可以帮助您？"], clock)
        assert "本次考试判为不通过" in await leave_after_confirming(pilot, ConfirmAbandon, "#abandon")
        assert_failed_and_signed(app)
    [session] = store.sessions("赵六", mode="exam")
    assert session.status == "abandoned" and len(store.turns(session.id)) == 1


async def test_help_in_an_exam_shows_only_the_exam_keys(exam_setup):
    build, clock, store, results = exam_setup
    app, attempt = build("钱七")
    async with app.run_test(size=SIZE) as pilot:
        await start_exam(pilot)
        await pilot.press("f1")
        await pilot.pause()
        shown = screen_text(app)
        assert "放弃考试" in shown and "通话报告" not in shown and "练习模式" not in shown
