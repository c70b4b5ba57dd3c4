"""A shared seat: the app asks who is practising, and `peilian serve` brings it to a browser."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
import urllib.request


from simulator.tui.screens.picker_screen import PickerScreen
from simulator.tui.screens.sign_in_screen import SignInScreen

from .tui_helpers import SIZE, settle, text


async def test_a_shared_seat_asks_the_trainee_name_first(make, home):
    app = make(ask_trainee=True, trainee="共用座位")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, SignInScreen)
        assert "请输入您的姓名" in text(app.screen.query_one("#sign-in-help"))
        assert "共用座位" not in app.sub_title  # nobody is named behind the prompt
        await pilot.press("enter")  # nothing typed: asked again, nothing else happens
        await settle(pilot)
        assert isinstance(app.screen, SignInScreen)
        assert "姓名不能为空" in text(app.screen.query_one("#sign-in-error"))
        for key in ("李", "明"):
            await pilot.press(key)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)
        assert app.trainee == "李明" and "学员：李明" in app.sub_title


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, deadline: float) -> bytes:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                assert response.status == 200
                return response.read()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _stop(server) -> str:
    """Stop a server started for a test; what it printed."""
    server.terminate()
    try:
        out, _ = server.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        out, _ = server.communicate()
    return out.decode("utf-8", "replace")


async def _first_screen_over_websocket(url: str, seconds: float, until: str = "请输入您的姓名") -> str:
    import aiohttp

    seen = ""
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(url) as ws:
            end = time.monotonic() + seconds
            while time.monotonic() < end and until not in seen:
                try:
                    message = await ws.receive(timeout=max(0.1, end - time.monotonic()))
                except asyncio.TimeoutError:
                    break
                if message.type == aiohttp.WSMsgType.BINARY:
                    seen += message.data.decode("utf-8", "replace")
                elif message.type == aiohttp.WSMsgType.TEXT:
                    seen += message.data
                else:
                    break
    return seen


def test_serve_gives_a_browser_the_app_on_localhost(tmp_path):
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "simulator", "serve", "--port", str(port), "--db", str(tmp_path / "room.db")],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        page = _get(f"http://localhost:{port}/", time.monotonic() + 20).decode("utf-8")
        assert "<title>陪练</title>" in page or "陪练" in page
        assert "/static/js/textual.js" in page
        assert "googleapis" not in page and "https://" not in page  # an offline training room: nothing from the web
        _get(f"http://localhost:{port}/static/fonts/RobotoMono-VariableFont_wght.ttf", time.monotonic() + 5)
        _get(f"http://localhost:{port}/static/js/textual.js", time.monotonic() + 5)
        # The page's websocket runs the app itself: its first screen asks the name.
        shown = asyncio.run(_first_screen_over_websocket(f"ws://localhost:{port}/ws?width=100&height=30", 30))
        assert "请输入您的姓名" in shown
    finally:
        out = _stop(server)
    assert "陪练网页服务已启动" in out


def test_serve_rejects_a_bad_port():
    run = subprocess.run([sys.executable, "-m", "simulator", "serve", "--port", "70000"], capture_output=True, text=True)
    assert run.returncode == 2 and "端口 70000 无效" in run.stderr


def test_serve_keeps_the_database_password_off_the_command_line():
    from simulator.cli import build_parser
    from simulator.commands import serve

    args = build_parser().parse_args(["serve", "--db", "postgresql://trainer:s3cret@db.example:5432/peilian"])
    assert "s3cret" not in serve.app_command(args)
    assert serve.app_environment(args) == {"PEILIAN_DB": "postgresql://trainer:s3cret@db.example:5432/peilian"}
    assert serve.app_environment(build_parser().parse_args(["serve"])) == {}


def test_serve_says_a_port_is_taken_before_announcing_anything():
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = subprocess.run([sys.executable, "-m", "simulator", "serve", "--host", "127.0.0.1", "--port", str(port)], capture_output=True, text=True, timeout=30)
    assert run.returncode == 2 and "请换一个端口" in run.stderr
    assert "已启动" not in run.stdout


def test_serve_on_every_interface_advertises_the_machines_address():
    from simulator.commands.serve import reachable_url

    url = reachable_url("0.0.0.0", 8000)
    assert url.startswith("http://") and url.endswith(":8000") and "0.0.0.0" not in url
    assert reachable_url("localhost", 8000) == "http://localhost:8000"


def test_the_exam_server_gives_each_browser_a_seat_that_asks_for_the_code(tmp_path, peilian):
    roster = tmp_path / "名单.csv"
    roster.write_text("姓名,工号\n王芳,A017\n", encoding="utf-8")
    db = str(tmp_path / "exam.db")
    key = tmp_path / "proctor.key"
    key.write_text("proctor-key-for-tests-0123456789", encoding="utf-8")
    issued = peilian("exam", "roster", "basic_certification", str(roster), "--codes", str(tmp_path / "codes.csv"), "--db", db)
    assert issued.returncode == 0, issued.stderr.decode()
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "simulator", "exam", "serve", "basic_certification", "--port", str(port), "--db", db,
         "--key-file", str(key), "--out", str(tmp_path / "results")],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={k: v for k, v in os.environ.items() if k != "PEILIAN_PROCTOR_KEY"},
    )
    try:
        page = _get(f"http://localhost:{port}/", time.monotonic() + 20).decode("utf-8")
        assert "考场" in page and "https://" not in page
        shown = asyncio.run(_first_screen_over_websocket(f"ws://localhost:{port}/ws?width=100&height=30", 30, until="登录码"))
        assert "登录码" in shown
    finally:
        out = _stop(server)
    assert "考场已开放" in out
