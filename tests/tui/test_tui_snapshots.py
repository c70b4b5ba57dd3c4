"""SVG snapshots of the three main screens (pytest-textual-snapshot).

Stable by construction: the test scenarios (not the bundled library), a manual
clock, an empty PEILIAN_HOME, no cursor blink.  Taken with the Textual version
pinned in the test environment; regenerate with ``--snapshot-update`` after a
deliberate change, and look at the SVGs before committing them.
"""

from importlib.metadata import version

import pytest

from .tui_helpers import SIZE, open_scenario, play, settle

# The Textual release the SVGs were taken with: another one draws borders and
# colours slightly differently, which says nothing about this project's code.
SNAPSHOT_TEXTUAL = "8.2.8"
pytestmark = pytest.mark.skipif(
    version("textual") != SNAPSHOT_TEXTUAL,
    reason=f"snapshots were taken with Textual {SNAPSHOT_TEXTUAL}, not {version('textual')}",
)


def test_picker(snap_compare, make):
    async def run_before(pilot):
        await settle(pilot)

    assert snap_compare(make(), terminal_size=SIZE, run_before=run_before)


def test_picker_light_theme_searching(snap_compare, make):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("slash", *"投诉")
        await settle(pilot)

    assert snap_compare(make(theme="light"), terminal_size=SIZE, run_before=run_before)


def test_call_with_feedback(snap_compare, make, clock):
    async def run_before(pilot):
        await open_scenario(pilot, "粤语")
        await play(pilot, ["你讲咩啊？"], clock)

    assert snap_compare(make(), terminal_size=SIZE, run_before=run_before)


def test_report(snap_compare, make, clock):
    async def run_before(pilot):
        await open_scenario(pilot, "辱骂")
        await play(pilot, ["放尊重点好吗！", "你怎么不讲道理啊？"], clock)
        await pilot.press("enter")
        await settle(pilot)

    assert snap_compare(make(), terminal_size=SIZE, run_before=run_before)


def test_author_mode_explaining_a_move(snap_compare):
    from simulator.authoring.bench import AuthorBench
    from simulator.tui.author_app import make_author_app

    from .tui_helpers import FIXTURES

    bench = AuthorBench(FIXTURES / "abusive_caller.yaml")
    assert bench.load() == []

    async def run_before(pilot):
        await settle(pilot)
        box = pilot.app.screen.query_one("#reply-box")
        box.insert_text_at_cursor("非常抱歉给您带来不便，请您别着急。")
        await pilot.press("enter")
        await settle(pilot)

    assert snap_compare(make_author_app(bench, cursor_blink=False), terminal_size=SIZE, run_before=run_before)
