"""How long `peilian` takes to show its first screen, against a bare Textual app.

Each round starts two fresh processes in a pseudo-terminal of 80x24, one after
the other, and times each from launch until its first screen is on the terminal
(its text has been written to the terminal), as a trainee would see it:

- **bare**: a Textual app with one Chinese line, nothing else;
- **peilian**: the `peilian` command exactly as a trainee starts it (the bundled
  scenario library, the records database in a fresh data folder), until the
  scenario list's frame has been written.

Both run in the same run on the same machine, so the ratio says what Peilian
adds on top of Textual itself.  The median of the rounds is reported:

    python benchmarks/bench_first_screen.py [--rounds 9]

The issue's target is a ratio within 1.3.  POSIX only (it needs a pseudo-terminal).

Why a terminal and not a headless run: a headless app is told its size twice
and lays itself out again before settling, so it would time work a trainee
never waits for; the terminal shows what they do wait for.
"""

from __future__ import annotations

import argparse
import os
import select
import shutil
import signal
import statistics
import sys
import tempfile
import time

BARE = """
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("您好，请问有什么可以帮您？")

Bare().run()
"""

# What each first screen shows once it is drawn: the bare app's line, and the
# title of the scenario list's pane together with the list's last key hint (the
# footer is the last part of the frame to be written).
BARE_SHOWS = ("您好，请问有什么可以帮您？",)
PEILIAN_SHOWS = ("练习场景", "退出")


def time_to_first_screen(argv: list[str], shows: tuple[str, ...], env: dict[str, str], limit: float = 30.0) -> float:
    import fcntl
    import pty
    import struct
    import termios

    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: the program, in the terminal
        try:
            os.execvpe(argv[0], argv, env)
        finally:
            os._exit(127)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen = b""
    wanted = [text.encode("utf-8") for text in shows]
    elapsed = None
    try:
        while time.perf_counter() - started < limit:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 1 << 16)
            except OSError:  # the program ended
                break
            if not chunk:
                break
            seen += chunk
            if all(text in seen for text in wanted):
                elapsed = time.perf_counter() - started
                break
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)
    if elapsed is None:
        raise SystemExit(f"{argv[0]} did not show {shows!r} within {limit:.0f} s")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args(argv)
    if os.name != "posix":
        print("this benchmark needs a POSIX pseudo-terminal", file=sys.stderr)
        return 2
    peilian = shutil.which("peilian", path=os.path.dirname(sys.executable)) or shutil.which("peilian")
    if peilian is None:
        print("`peilian` is not installed in this environment (pip install -e .)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as home:
        # Bytecode as an installed copy has it: `pip install .` compiles every module at
        # install time, so a trainee's start never compiles source.  The cache goes to a
        # folder of its own (the unmeasured round fills it), never into the checkout.
        env = {**os.environ, "PEILIAN_HOME": home, "PYTHONPYCACHEPREFIX": os.path.join(home, "pycache"), "TERM": "xterm-256color"}
        for name in ("PYTHONDONTWRITEBYTECODE", "PEILIAN_DB", "COLUMNS", "LINES"):
            env.pop(name, None)
        bare_argv = [sys.executable, "-c", BARE]
        # One unmeasured round each: the operating system's file cache warms up, the
        # bytecode is written, and the app's preview cache is filled.
        time_to_first_screen(bare_argv, BARE_SHOWS, env)
        time_to_first_screen([peilian], PEILIAN_SHOWS, env)
        bare, ours = [], []
        for _ in range(args.rounds):
            bare.append(time_to_first_screen(bare_argv, BARE_SHOWS, env))
            ours.append(time_to_first_screen([peilian], PEILIAN_SHOWS, env))
    b, p = statistics.median(bare), statistics.median(ours)
    print(f"bare Textual app, one Chinese line: {b:.3f} s (median of {args.rounds})")
    print(f"peilian, scenario list on screen:   {p:.3f} s")
    print(f"ratio: {p / b:.2f}x (target: within 1.3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
