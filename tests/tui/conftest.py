import pytest

from simulator.engine.clock import ManualClock


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A fresh data directory: the records database goes here, never to the real home."""
    path = tmp_path / "peilian-home"
    monkeypatch.setenv("PEILIAN_HOME", str(path))
    return path


@pytest.fixture
def clock():
    return ManualClock(1000.0)


@pytest.fixture(scope="session")
def fixture_catalog():
    from simulator.tui.catalog import load_catalog
    from .tui_helpers import FIXTURES

    catalog = load_catalog([FIXTURES])
    assert not catalog.problems, catalog.problems
    return catalog


@pytest.fixture
def make(home, clock, fixture_catalog):
    """Build the app as ``peilian`` does, on the test scenarios, with a manual clock."""
    from simulator.tui.app import make_app

    def build(**kwargs):
        kwargs.setdefault("catalog", fixture_catalog)
        kwargs.setdefault("clock", clock)
        kwargs.setdefault("home", home)
        kwargs.setdefault("trainee", "王芳")
        kwargs.setdefault("cursor_blink", False)
        return make_app(**kwargs)

    return build
