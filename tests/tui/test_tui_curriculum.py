"""The picker follows the onboarding curriculum: stages in order, what is passed, what is next."""

from __future__ import annotations

from textual.widgets import OptionList

from simulator.records import open_store
from simulator.tui.catalog import load_catalog
from simulator.tui.screens.picker_screen import PickerScreen

from .tui_helpers import SIZE, settle, text


def _rows(app) -> list[str]:
    options = app.screen.query_one("#scenario-list", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def _pass(home, trainee: str, scenario_id: str) -> None:
    store = open_store(home / "peilian.db")
    session = store.begin_session(trainee=trainee, scenario_id=scenario_id)
    store.finish_session(session, outcome="closed_politely", good_ending=True, ending_label="", score=95, passed=True, summary={})
    store.close()


async def test_the_picker_lists_the_curriculum_in_order_with_the_next_step(make, home):
    home.mkdir(parents=True, exist_ok=True)
    catalog = load_catalog()  # the bundled library and its curriculum.yaml
    first_stage = catalog.curriculum.stages[0]
    _pass(home, "王芳", first_stage.scenarios[0])
    app = make(catalog=catalog)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("o")
        await settle(pilot)
        rows = _rows(app)
        stage_rows = [r for r in rows if r.startswith("第")]
        assert stage_rows == [stage.title for stage in catalog.curriculum.stages]
        passed_title = catalog.get(first_stage.scenarios[0]).title
        next_title = catalog.get(first_stage.scenarios[1]).title
        assert any(r.strip().startswith("✓") and passed_title in r for r in rows)
        (next_row,) = [r for r in rows if "← 下一步" in r]
        assert next_title in next_row
        assert app.screen.query_one("#picker-left").border_title == "入职课程"
        await pilot.press("o")  # back to the kinds of caller
        await settle(pilot)
        assert not any("← 下一步" in r for r in _rows(app))


async def test_without_a_curriculum_the_order_stays_by_caller(make):
    app = make()  # the test scenarios have no curriculum.yaml
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = _rows(app)
        await pilot.press("o")
        await settle(pilot)
        assert _rows(app) == before
        assert "没有入职课程" in " ".join(str(n.message) for n in app._notifications)
