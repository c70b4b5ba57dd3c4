"""Peilian's Textual app.  Headless packages never import this one.

``make_app`` and ``PeilianApp`` are imported lazily, so that importing
``simulator.tui._start_time`` first really records when start-up began.
"""

__all__ = ["PeilianApp", "make_app"]


def __getattr__(name):
    if name in __all__:
        from . import app

        return getattr(app, name)
    raise AttributeError(name)
