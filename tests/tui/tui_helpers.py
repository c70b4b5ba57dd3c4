"""Driving the app as a trainee would, and reading what the screen shows."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tui"
SIZE = (120, 40)


def stored_sessions(home, trainee: str | None = None) -> list:
    """The sessions the app recorded in ``home``'s database, oldest first, with their turns."""
    from simulator.records.journal import load_session
    from simulator.records import open_store

    with open_store(Path(home) / "peilian.db") as store:
        return [load_session(store, s.id) for s in store.sessions(trainee)]


def text(widget) -> str:
    """The plain text a Static (or every Static inside a container) shows."""
    if isinstance(widget, Static) or not widget.children:
        return str(widget.render())
    return "\n".join(str(w.render()) for w in widget.query(Static) if w.display)


def screen_text(app) -> str:
    return text(app.screen)


def shown_lines(app, region=None) -> list[str]:
    """The lines the terminal shows (all of it, or ``region`` of it), as drawn: what
    is covered, cut off or wrapped is seen as a trainee sees it."""
    strips = app.screen._compositor.render_strips()
    if region is None:
        return [strip.text for strip in strips]
    return [strip.crop(region.x, region.right).text for strip in strips[region.y : region.bottom]]


async def settle(pilot) -> None:
    """Let workers (grading, journal, records) finish and the screen catch up."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_scenario(pilot, query: str) -> None:
    """Search the picker for ``query`` and start the first match with Enter."""
    await settle(pilot)
    await pilot.press("slash")
    search = pilot.app.screen.query_one("#search")
    search.value = query
    await pilot.press("enter")  # from the search box to the list
    await pilot.pause()
    await pilot.press("enter")  # start the call
    await settle(pilot)


async def say(pilot, reply: str, *, clock=None, think: float = 3.5) -> None:
    """Type a reply (as an input method commits it) and send it with Enter.

    ``think``: the quiet before the first keystroke (the pause the rubric reads).
    """
    if clock is not None:
        clock.advance(think)
    box = pilot.app.screen.query_one("#reply-box")
    box.focus()
    box.value = ""
    box.insert_text_at_cursor(reply)
    await pilot.press("enter")
    await settle(pilot)


async def wait_silently(pilot, clock, seconds: float) -> None:
    clock.advance(seconds)
    await pilot.press("f5")
    await settle(pilot)


async def play(pilot, script, clock) -> None:
    for step in script:
        if isinstance(step, (int, float)):
            await wait_silently(pilot, clock, step)
        else:
            await say(pilot, step, clock=clock)


async def show_unfinished(pilot, query: str) -> str:
    """On the picker: find ``query``'s scenario, then open its unfinished call with U.
    Returns what the picker showed just before."""
    await settle(pilot)
    await pilot.press("slash", *query, "enter")
    await settle(pilot)
    shown = screen_text(pilot.app)
    await pilot.press("u")
    await settle(pilot)
    return shown


async def leave_after_confirming(pilot, modal: type, button: str) -> str:
    """Esc asks first (Esc again: stay where we were), then Esc and ``button`` leave.
    Returns what the question said."""
    app = pilot.app
    where = app.screen
    await pilot.press("escape")
    await pilot.pause()
    assert isinstance(app.screen, modal)
    question = screen_text(app)
    await pilot.press("escape")  # no: back where we were
    await pilot.pause()
    assert app.screen is where
    await pilot.press("escape")
    await pilot.pause()
    await pilot.click(button)
    await settle(pilot)
    return question
