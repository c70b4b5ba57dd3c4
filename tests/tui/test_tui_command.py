"""``peilian`` with no arguments opens the app on the bundled scenarios."""

import argparse
import subprocess
import sys
import threading

import pytest

from simulator.tui.catalog import load_catalog
from simulator.tui.screens.call_screen import CallScreen
from simulator.tui.screens.picker_screen import PickerScreen

from .tui_helpers import ROOT, SIZE, screen_text, settle, text

BUNDLED = load_catalog()


def test_the_command_module_does_not_import_textual():
    code = "import simulator.cli, simulator.commands.app, sys; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.strip() == "False"


def test_peilian_without_arguments_runs_the_app(monkeypatch):
    from simulator import cli
    from simulator.tui.app import PeilianApp

    seen = {}

    def fake_run(self, *args, **kwargs):
        seen["scenarios"] = [e.id for e in self.catalog.entries]
        seen["practice"] = self.practice

    monkeypatch.setattr(PeilianApp, "run", fake_run)
    assert cli.main([]) == 0
    assert seen["scenarios"] == [e.id for e in BUNDLED.entries]
    assert seen["practice"] is True


def test_ctrl_c_reaching_python_ends_quietly(monkeypatch, capsys):
    from simulator.commands.app import run_app
    from simulator.tui.app import PeilianApp

    def interrupted(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(PeilianApp, "run", interrupted)
    assert run_app(argparse.Namespace()) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_the_bundled_library_loads_without_errors():
    assert BUNDLED.entries, "no bundled scenarios"
    assert not BUNDLED.problems, [str(p) for p in BUNDLED.problems]


async def test_the_picker_lists_the_bundled_scenarios_and_reports_its_start_up_time(home, clock):
    from simulator.tui.app import make_app

    app = make_app(clock=clock, home=home, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)
        option_list = app.screen.query_one("#scenario-list")
        rows = "\n".join(str(option_list.get_option_at_index(i).prompt) for i in range(option_list.option_count))
        for entry in BUNDLED.entries:
            assert entry.title in rows
        assert app.startup_seconds is not None and app.startup_seconds > 0


@pytest.mark.parametrize("scenario_id", [e.id for e in BUNDLED.entries])
async def test_every_bundled_scenario_opens_in_the_app(scenario_id, home, clock):
    from simulator.tui.app import make_app

    app = make_app(catalog=BUNDLED, clock=clock, home=home, cursor_blink=False, start_scenario=scenario_id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        call = app.screen
        assert isinstance(call, CallScreen)
        first = call.session.scenario.nodes[call.session.scenario.start].lines
        assert any(line.text in text(call.transcript) for line in first)
        # Staying silent is always a legal move, and the call goes on or ends cleanly.
        clock.advance(5)
        await pilot.press("f5")
        await settle(pilot)
        assert len(call.records) == 1


async def test_a_broken_scenario_file_is_skipped_with_a_warning(tmp_path, home, clock):
    from simulator.tui.app import make_app

    from .tui_helpers import FIXTURES

    broken = tmp_path / "broken.yaml"
    broken.write_text("id: broken\ntitle: 坏掉的场景\nnodes: [}\n", encoding="utf-8")
    app = make_app([FIXTURES, broken], clock=clock, home=home, cursor_blink=False)
    # The list is drawn from a quick read (the broken file cannot even be read as one);
    # the full check runs once the list is on screen.
    assert [e.id for e in app.catalog.entries if e.id == "broken"] == []
    assert not app.catalog.complete
    notes = []
    original = app.notify
    app.notify = lambda message, **kw: (notes.append(message), original(message, **kw))[1]
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)
        assert app.catalog.complete and app.catalog.problems
        assert len(app.catalog.entries) == 4
    assert any("场景文件错误" in n for n in notes)


async def test_the_list_is_drawn_before_the_library_is_checked_and_a_call_waits_for_it(tmp_path, home, clock):
    """The first screen comes from a quick read; a call asked for meanwhile starts once checked."""
    from simulator.tui.app import make_app

    from .tui_helpers import FIXTURES

    release = threading.Event()
    app = make_app([FIXTURES], clock=clock, home=home, cursor_blink=False, start_scenario="tui_silent_caller")
    from simulator.tui import app as app_module

    real_load = app_module.load_catalog

    def slow_load(paths):
        release.wait(30)
        return real_load(paths)

    app_module.load_catalog = slow_load
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, PickerScreen) and not app.catalog.complete
            assert "无声电话：两次问候后礼貌结束" in screen_text(app)  # listed from the quick read
            release.set()
            for _ in range(300):  # the check finishes in its thread, then on the app's loop
                if app.catalog.complete:
                    break
                await pilot.pause(0.1)
            await settle(pilot)
            assert isinstance(app.screen, CallScreen)  # the call asked for started once checked
            assert app.screen.scenario.id == "tui_silent_caller"
    finally:
        app_module.load_catalog = real_load
        release.set()
