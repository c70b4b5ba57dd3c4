"""The scenario model: what a loaded scenario file holds, as plain frozen data.

Every object remembers ``key``, the path of keys and list indexes that leads to it
in the YAML file (``("nodes", 2, "branches", 0)``), so a problem found later can
still be reported at its file, line and column (see ``loader.Locator``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from .persona import Persona  # noqa: F401  (its own module: the first screen needs only it)

Key = tuple  # ("nodes", 2, "branches", 0, "when")

# How a call can end.  Labels are what trainers and trainees read.
OUTCOMES: dict[str, str] = {
    "resolved": "问题已解决",
    "escalated": "按规范升级处理",
    "closed_politely": "礼貌结束通话",
    "hung_up_angry": "客户愤而挂机",
    "complaint": "客户投诉话务员",
    "ended_early": "话务员过早结束通话",
}

SILENT_TEXT = "（无声）"


@dataclass(frozen=True)
class Variable:
    """A declared state variable: a number kept within [low, high]."""

    name: str
    low: float
    high: float
    start: float
    label: str = ""
    key: Key = ()

    @property
    def integral(self) -> bool:
        return all(float(v).is_integer() for v in (self.low, self.high, self.start))

    def clamp(self, value: float) -> float:
        value = min(max(value, self.low), self.high)
        return int(value) if self.integral and float(value).is_integer() else value


@dataclass(frozen=True)
class Line:
    """One way the customer may say a node's line.

    ``when``: a guard on the move that led here (the same conditions as branches);
    a line with a guard that holds is said in preference to the unguarded ones, so
    the customer can answer what the trainee actually said.  ``{said.ACT}`` in the
    text stands for the trainee's own words that showed ACT (a promised time…);
    only a line whose guard makes sure of ACT may use it (``validate`` checks).
    """

    text: str
    gloss: str = ""  # Mandarin gloss of a dialect line
    when: "Condition | None" = None
    key: Key = ()


@dataclass(frozen=True)
class Condition:
    """A compiled branch condition (see ``conditions.py``); ``spec`` is the YAML data."""

    spec: Any
    check: Callable[[Any], bool]
    always: bool = False  # holds on every move
    never: bool = False  # holds on no move
    text: str = ""  # Chinese description, for transcripts and graphs
    # For explaining a decision to an author (see ``trace.py``): the conditions this
    # one combines, how ("all" | "any" | "not"), and what a move actually had.
    parts: tuple["Condition", ...] = ()
    joins: str = ""
    observed: Callable[[Any], str] | None = None

    def __call__(self, move) -> bool:
        return self.check(move)


@dataclass(frozen=True)
class Effect:
    """``set`` or ``add`` a number to a variable (clamped to its declared range)."""

    op: str  # "set" | "add"
    variable: str
    value: float
    key: Key = ()


@dataclass(frozen=True)
class Branch:
    node: str  # the node it leaves
    index: int | None  # position under branches:, None for the default
    to: str
    when: Condition | None  # None for the default
    effects: tuple[Effect, ...] = ()
    note: str = ""  # what the branch means, in the trainer's words
    key: Key = ()

    @property
    def is_default(self) -> bool:
        return self.index is None

    @property
    def id(self) -> str:
        """A stable name for coverage reports: ``node#1`` (1-based) or ``node#default``."""
        return f"{self.node}#{'default' if self.index is None else self.index + 1}"

    @property
    def description(self) -> str:
        if self.note:
            return self.note
        if self.index is None:
            return "其他情况"
        return self.when.text if self.when is not None and self.when.text else f"第 {self.index + 1} 条分支"


@dataclass(frozen=True)
class Node:
    id: str
    lines: tuple[Line, ...]  # the line and its alternatives; one is picked per visit
    situation: str = "general"
    silent: bool = False
    speaker: str = ""  # persona id; empty: the scenario's caller
    mood: str = ""
    hint: str = ""  # a tip the app may show the trainee
    # Seconds of silence after which the line moves on by itself (as a wait that
    # long, through the branches): the silent caller's next moment, the caller who
    # hangs up, the customer on hold who asks again.  None: the line waits.
    after_silence: float | None = None
    branches: tuple[Branch, ...] = ()
    default: Branch | None = None
    key: Key = ()

    @property
    def all_branches(self) -> tuple[Branch, ...]:
        return self.branches + ((self.default,) if self.default is not None else ())


@dataclass(frozen=True)
class Ending:
    id: str
    outcome: str
    good: bool
    label: str = ""
    customer: str = ""  # the customer's parting words, if any
    gloss: str = ""
    feedback: str = ""  # what the trainee should take from this ending
    key: Key = ()

    @property
    def outcome_label(self) -> str:
        return OUTCOMES.get(self.outcome, self.outcome)


@dataclass(frozen=True)
class Expect:
    """What a scenario test requires of a run (or of one step of it)."""

    ending: str = ""
    outcome: str = ""
    good: bool | None = None
    path: tuple[str, ...] | None = None  # the exact node path
    visits: tuple[str, ...] = ()  # nodes the run must pass through
    avoids: tuple[str, ...] = ()  # nodes it must not pass through
    to: str = ""  # per step: the node (or ending) the step leads to
    min_score: int | None = None
    max_score: int | None = None
    violations: tuple[str, ...] = ()  # rule ids that must appear
    no_violations: tuple[str, ...] = ()  # rule ids that must not appear
    clean: bool = False  # no violation at all
    passed: bool | None = None  # the session verdict
    state: tuple[tuple[str, float], ...] = ()  # final values
    key: Key = ()


@dataclass(frozen=True)
class Step:
    kind: str  # "reply" | "wait"
    text: str = ""
    seconds: float | None = None
    expect: Expect | None = None
    key: Key = ()


@dataclass(frozen=True)
class ScenarioTest:
    name: str
    steps: tuple[Step, ...]
    expect: Expect
    seed: int = 0
    key: Key = ()
    path: str = ""  # the file it was written in (the scenario or NAME.tests.yaml)


@dataclass
class Scenario:
    id: str
    title: str
    path: str
    version: str = "1"
    difficulty: int = 1
    tags: tuple[str, ...] = ()
    description: str = ""
    goals: tuple[str, ...] = ()
    persona: Persona | None = None
    personas: dict[str, Persona] = field(default_factory=dict)  # every persona the scenario can use
    variables: dict[str, Variable] = field(default_factory=dict)
    mood_variable: str = ""  # the variable that drives the app's mood meter
    start: str = ""
    nodes: dict[str, Node] = field(default_factory=dict)
    endings: dict[str, Ending] = field(default_factory=dict)
    tests: list[ScenarioTest] = field(default_factory=list)
    source: str = ""  # the file's text, kept to locate problems found after loading
    tests_path: str = ""  # sibling NAME.tests.yaml when used
    tests_source: str = ""
    warnings: list = field(default_factory=list)  # grading.DataError warnings found when loading
    locator: Any = field(default=None, repr=False)  # loader.Locator of the file, for later problems

    def target(self, target_id: str) -> Node | Ending | None:
        return self.nodes.get(target_id) or self.endings.get(target_id)

    def branches(self):
        for node in self.nodes.values():
            yield from node.all_branches

    def initial_state(self) -> dict[str, float]:
        return {name: var.start for name, var in self.variables.items()}

    def speaker(self, node: Node) -> Persona | None:
        return self.personas.get(node.speaker) if node.speaker else self.persona

    def __hash__(self) -> int:  # sessions cache one machine per scenario object
        return id(self)

    def __eq__(self, other) -> bool:
        return self is other
