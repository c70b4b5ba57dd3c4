"""The author's workbench: play a scenario file from any node, see why each move went
where it did, edit the file, reload it and have the same moves played again.

Headless, like ``CallSession``: the author screen and the tests drive it::

    bench = AuthorBench("my_scenarios/abusive.yaml")
    bench.load()                          # [] or the file's errors (file:line, what to fix)
    bench.start("second_warning")         # play from any node
    result = bench.play("请您文明用语。")  # result.trace: every branch, held or not, and why
    bench.play("[等待 4 秒]")             # a wait, written as in a play script
    outcome = bench.reload()              # read the file again, replay the same moves

Waits run on a manual clock, so nothing sleeps.  Nothing is written to the records:
an author trying a scenario is not a trainee practising.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from grading.errors import DataError, DataFileError

from ..engine.clock import ManualClock
from ..scenario.library import ScenarioNotFound, load
from ..scenario.loader import DEFAULT_WAIT_SECONDS, parse_wait
from ..scenario.model import Scenario
from ..engine.session import CallSession, CustomerLine, TurnResult


@dataclass(frozen=True)
class AuthorMove:
    kind: str  # "reply" | "wait"
    text: str = ""
    seconds: float = 0.0


@dataclass
class ReloadOutcome:
    """What a reload found and did."""

    errors: list[DataError] = field(default_factory=list)  # the file is broken: the last good version stays
    warnings: list[DataError] = field(default_factory=list)
    replayed: list[TurnResult] = field(default_factory=list)
    changed_at: int | None = None  # the first move (0-based) that now goes somewhere else
    before: str = ""  # where that move went before the reload ...
    after: str = ""  # ... and where it goes now
    unused: int = 0  # moves not replayed, because the call now ends sooner
    restarted_from: str = ""  # the node played from, when the old start node is gone

    @property
    def ok(self) -> bool:
        return not self.errors


class AuthorBench:
    def __init__(self, ref: str | Path, *, grader=None, seed: int = 0):
        self.ref = ref
        self.grader = grader
        self.seed = seed
        self.scenario: Scenario | None = None  # the last version that loaded without errors
        self.warnings: list[DataError] = []
        self.session: CallSession | None = None
        self.start_node = ""
        self.start_state: dict[str, float] = {}
        self.moves: list[AuthorMove] = []
        self._clock = ManualClock()

    @property
    def path(self) -> str:
        return self.scenario.path if self.scenario is not None else str(self.ref)

    # -- the file ----------------------------------------------------------
    def load(self) -> list[DataError]:
        """Read the file; its errors (none: it is now the version played)."""
        try:
            scenario = load(self.path)
        except ScenarioNotFound as exc:
            return [DataError(str(self.ref), None, str(exc), "检查路径是否写对；也可以写内置场景的 id")]
        except DataFileError as exc:
            return [p for p in exc.problems if p.level == "error"] or exc.problems
        self.scenario = scenario
        self.warnings = list(scenario.warnings)
        return []

    def reload(self) -> ReloadOutcome:
        """Read the file again and replay the moves made so far on the new version."""
        if self.scenario is None:
            errors = self.load()
            return ReloadOutcome(errors=errors) if errors else self._replay([], [])
        old_turns = self.session.turns if self.session is not None else []
        errors = self.load()
        if errors:
            return ReloadOutcome(errors=errors, warnings=self.warnings)
        return self._replay(old_turns, list(self.moves))

    def _replay(self, old_turns: list[TurnResult], moves: list[AuthorMove]) -> ReloadOutcome:
        outcome = ReloadOutcome(warnings=list(self.warnings))
        start = self.start_node
        if start not in self.scenario.nodes:
            outcome.restarted_from = self.scenario.start
            start = ""
        state = {k: v for k, v in self.start_state.items() if k in self.scenario.variables}
        self.start(start or None, state=state)
        for number, move in enumerate(moves):
            if self.session.ended:
                outcome.unused = len(moves) - number
                break
            outcome.replayed.extend(self.reply(move.text) if move.kind == "reply" else self.wait(move.seconds))
        for number, (old, new) in enumerate(zip(old_turns, outcome.replayed)):
            if (old.branch_id, old.node_to) != (new.branch_id, new.node_to):
                outcome.changed_at, outcome.before, outcome.after = number, old.node_to, new.node_to
                break
        return outcome

    # -- playing -------------------------------------------------------------
    def start(self, node: str | None = None, *, state: Mapping[str, float] | None = None) -> CustomerLine:
        """A new call on the current version, from ``node`` (default: the scenario's start),
        with some variables set to other values than their declared start."""
        if self.scenario is None:
            raise RuntimeError("场景还没有加载（先调用 load()）")
        self.close()
        self._clock = ManualClock()
        self.session = CallSession(self.scenario, seed=self.seed, clock=self._clock, grader=self.grader, trace=True)
        line = self.session.start(node, state=state)
        self.start_node = node or self.scenario.start
        self.start_state = dict(state or {})
        self.moves = []
        return line

    def play(self, text: str) -> list[TurnResult]:
        """A line as the author types it: a reply, or a wait written ``[等待 4 秒]``.
        The turns it made: a wait may let the line move on by itself more than once."""
        seconds = parse_wait(text)
        if seconds is not False:
            return self.wait(DEFAULT_WAIT_SECONDS if seconds is None else seconds)
        return self.reply(text)

    def reply(self, text: str) -> list[TurnResult]:
        result = self._session().reply(text)
        self.moves.append(AuthorMove(result.kind, text, result.waited_seconds or 0.0))
        return [result]

    def wait(self, seconds: float = DEFAULT_WAIT_SECONDS) -> list[TurnResult]:
        results = self._session().stay_silent(seconds)
        self.moves.append(AuthorMove("wait", "", seconds))
        return results

    def _session(self) -> CallSession:
        if self.session is None:
            raise RuntimeError("还没有开始通话（先调用 start()）")
        return self.session

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None
