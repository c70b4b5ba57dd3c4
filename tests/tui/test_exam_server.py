"""The proctor's exam server: a seat signs a rostered candidate in with a one-time code,
and only that attempt's result is a certificate; an exam on one's own machine is a mock."""

import json

import pytest
from textual.widgets import Input

from simulator.engine.clock import ManualClock
from simulator.exam.attempt import ExamAttempt
from simulator.exam.definition import load_exam
from simulator.exam.results import read_result, verify_file
from simulator.exam.roster import MAX_FAILURES, code_hash
from simulator.records import open_store
from simulator.tui.exam_app import ExamSeat, make_exam_app, make_exam_seat_app
from simulator.tui.screens.exam_screens import ExamIntroScreen, ExamResultScreen, ExamSignInScreen

from .test_exam_app import EXAM, GOOD_DIALECT, GOOD_SILENT, KEY
from .tui_helpers import SIZE, play, screen_text, settle, text


@pytest.fixture
def server(tmp_path):
    from simulator.scenario import load_library

    library = load_library().scenarios
    path = tmp_path / "exam.yaml"
    path.write_text(EXAM, encoding="utf-8")
    exam = load_exam(path, library)
    store = open_store(tmp_path / "peilian.db")
    store.issue_roster(exam.id, [("王芳", "A017", code_hash(exam.id, "王芳", "K7Q2M9XP")), ("李雷", "", code_hash(exam.id, "李雷", "ABCD2345"))])
    clock = ManualClock(0)

    def seat():
        return make_exam_seat_app(ExamSeat(exam, library, store), key=KEY, out_dir=tmp_path / "results", clock=clock, cursor_blink=False)

    yield seat, exam, library, store, clock, tmp_path / "results"
    store.close()


async def sign_in(pilot, name: str, code: str) -> None:
    screen = pilot.app.screen
    screen.query_one("#exam-sign-in-name", Input).value = name
    code_input = screen.query_one("#exam-sign-in-code", Input)
    code_input.value = code
    code_input.focus()
    await pilot.press("enter")
    await settle(pilot)


async def test_a_rostered_candidate_signs_in_once_and_the_result_is_a_certificate(server):
    seat, exam, library, store, clock, results = server
    app = seat()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ExamSignInScreen)
        assert "测试认证考试" in screen_text(app)
        await sign_in(pilot, "张三", "K7Q2M9XP")
        assert "不在这场考试的考生名单上" in text(app.screen.query_one("#sign-in-error"))
        await sign_in(pilot, "王芳", "WRONG123")
        assert "登录码不对" in text(app.screen.query_one("#sign-in-error"))
        assert app.screen.query_one("#exam-sign-in-code", Input).value == ""
        # Typed as printed on the slip, with the dash and in lower case, and a zero-width space in the name.
        await sign_in(pilot, "王\u200b芳", "k7q2-m9xp")
        assert isinstance(app.screen, ExamIntroScreen)
        assert "考生：王芳" in screen_text(app) and "模拟考试" not in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        await play(pilot, GOOD_SILENT, clock)
        await pilot.press("enter")
        await settle(pilot)
        await play(pilot, GOOD_DIALECT, clock)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExamResultScreen)
        assert "不是证书" not in screen_text(app)
    result = read_result(app.result_path)["result"]
    assert verify_file(app.result_path, KEY)
    assert result["mode"] == "proctored" and result["roster"] == {"name": "王芳", "person_id": "A017"}
    assert result["candidate"] == "王芳" and result["exam"]["sha256"]
    [entry] = [e for e in store.roster(exam.id) if e["name"] == "王芳"]
    assert entry["used_at"] is not None

    # The same code at another seat: refused.
    again = seat()
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await sign_in(pilot, "王芳", "K7Q2M9XP")
        assert isinstance(again.screen, ExamSignInScreen)
        assert "已经用过" in text(again.screen.query_one("#sign-in-error"))


async def test_wrong_codes_lock_the_name_until_a_new_code(server):
    seat, exam, library, store, clock, results = server
    app = seat()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for _ in range(MAX_FAILURES):
            await sign_in(pilot, "李雷", "ZZZZ9999")
        await sign_in(pilot, "李雷", "ABCD2345")  # the right code, too late
        assert isinstance(app.screen, ExamSignInScreen)
        assert "已锁定" in text(app.screen.query_one("#sign-in-error"))
    store.issue_roster(exam.id, [("李雷", "", code_hash(exam.id, "李雷", "NEWC0DE2"))])
    app = seat()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await sign_in(pilot, "李雷", "NEWC0DE2")
        assert isinstance(app.screen, ExamIntroScreen)


async def test_an_exam_on_ones_own_machine_is_a_mock_and_says_so(server):
    seat, exam, library, store, clock, results = server
    attempt = ExamAttempt(exam, library, "赵六", store, clock=clock)
    app = make_exam_app(attempt, key=KEY, out_dir=results, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "模拟考试" in screen_text(app) and "不是证书" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert "模拟考试 · 第 1 通" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.click("#abandon")
        await settle(pilot)
        assert isinstance(app.screen, ExamResultScreen)
        assert "这是模拟考试，成绩只供练习参考，不是证书" in screen_text(app)
    result = json.loads(app.result_path.read_text(encoding="utf-8"))["result"]
    assert result["mode"] == "mock" and "roster" not in result
