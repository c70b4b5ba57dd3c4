"""How long `peilian` takes to show its first screen, against a bare Textual app.

Each round starts two fresh Python processes, one after the other, and times
each from launch until its first screen has been drawn (the process then exits):

- **bare**: a Textual app with one Chinese line, nothing else;
- **peilian**: `peilian` exactly as a trainee starts it (the command line, the
  bundled scenario library, the records database in a fresh data folder), until
  its scenario list has been drawn.

Both run headless in the same run on the same machine, so the ratio says what
Peilian adds on top of Textual itself.  The median of the rounds is reported:

    python benchmarks/bench_first_screen.py [--rounds 7]

The issue's target is a ratio within 1.3.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

READY = "FIRST-SCREEN-DRAWN"

BARE = f"""
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("您好，请问有什么可以帮您？")

    def on_mount(self):
        self.call_after_refresh(self.drawn)

    def drawn(self):
        print("{READY}", flush=True)
        self.exit()

Bare().run(headless=True)
"""

# `peilian` as the command line runs it; the app is told to leave once its first
# screen is up (the moment it records as its start-up time), and to run headless.
PEILIAN = f"""
import sys
from simulator.tui import _start_time
from simulator.tui import app as app_module

App = app_module.PeilianApp
record = App._record_startup

def drawn(self):
    record(self)
    print("{READY}", flush=True)
    self.exit()

App._record_startup = drawn
run = App.run
App.run = lambda self, *a, **k: run(self, *a, **{{**k, "headless": True}})
from simulator.cli import main
sys.exit(main([]))
"""


def time_to_first_screen(code: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    for line in process.stdout:
        if READY in line:
            elapsed = time.perf_counter() - started
            break
    else:
        process.wait()
        raise SystemExit(f"the process ended (exit {process.returncode}) before drawing its first screen")
    process.wait(timeout=30)
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as home:
        # Bytecode as an installed copy has it: `pip install .` compiles every module at
        # install time, so a trainee's start never compiles source.  The cache goes to a
        # folder of its own (the unmeasured round fills it), never into the checkout.
        env = {**os.environ, "PEILIAN_HOME": home, "PYTHONPYCACHEPREFIX": os.path.join(home, "pycache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.pop("PEILIAN_DB", None)
        # One unmeasured round each: the operating system's file cache warms up.
        time_to_first_screen(BARE, env)
        time_to_first_screen(PEILIAN, env)
        bare, peilian = [], []
        for _ in range(args.rounds):
            bare.append(time_to_first_screen(BARE, env))
            peilian.append(time_to_first_screen(PEILIAN, env))
    b, p = statistics.median(bare), statistics.median(peilian)
    print(f"bare Textual app, one Chinese line: {b:.3f} s (median of {args.rounds})")
    print(f"peilian, scenario list drawn:       {p:.3f} s")
    print(f"ratio: {p / b:.2f}x (target: within 1.3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
