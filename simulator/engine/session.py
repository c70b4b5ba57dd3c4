"""The headless call: one trainee taking one scripted call, turn by turn.

The TUI, the command line and the tests all drive a ``CallSession``::

    session = CallSession(scenario, seed=7, clock=ManualClock())
    line = session.start()                 # the customer's first line (or silence)
    result = session.reply("您好！请问有什么可以帮助您？")
    clock.advance(4); result = session.wait()   # waiting in silence is a move too
    result.grade, result.customer, result.state, result.ended, result.ending
    session.summary()                      # grading.SessionScore of the call

The line lives in real time: a node with ``after_silence: N`` moves on by itself
once the trainee has said nothing for N seconds (a wait of exactly N seconds,
through the node's branches).  ``session.tick()`` takes that move when it is due;
``session.elapse(seconds)`` lets time pass on a manual clock, taking every move
that falls due on the way (what ``[等待 N 秒]`` in a script means).

The graph itself is driven by a ``transitions`` state machine, one per scenario
(see :mod:`simulator.engine.machine`).
"""

from __future__ import annotations

import random
import weakref
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Callable, Mapping

from grading import CallLines, Context, Grader, Turn

from ..scenario.conditions import SAID, Move, apply_effects
from ..scenario.model import Ending as EndingSpec, Line, Node, Scenario
from ..scenario.trace import trace_node
from .clock import ManualClock, SystemClock
from .machine import TRIGGER, CallModel, EngineError, machine_for

__all__ = [
    "CallSession",
    "CustomerLine",
    "Ending",
    "EngineError",
    "ManualClock",
    "MoodMeter",
    "SessionError",
    "SystemClock",
    "TurnResult",
]

def _fill_said(line: Line, move: Move) -> Line | None:
    """The line with each ``{said.ACT}`` replaced by the trainee's own words that showed
    ACT in the reply; None when the reply lacks one (the line cannot be said)."""
    if "{said." not in line.text and "{said." not in line.gloss:
        return line
    grade = move.grade
    analysis = getattr(grade, "analysis", None)
    if analysis is None:
        return None
    missing = False

    def words(found) -> str:
        nonlocal missing
        matches = analysis.matches.get(found.group(1))
        if not matches:
            missing = True
            return ""
        start, end = analysis.raw_span(matches[0])
        return grade.reply[start:end]

    text, gloss = SAID.sub(words, line.text), SAID.sub(words, line.gloss)
    return None if missing else Line(text, gloss, line.when, line.key)


class SessionError(RuntimeError):
    """A move the call cannot take (before it starts, after it ended); message in Chinese."""


# ---------------------------------------------------------------------------
# What the engine hands out
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MoodMeter:
    """The variable that drives the app's mood meter, at one moment."""

    variable: str
    label: str
    value: float
    low: float
    high: float

    @property
    def fraction(self) -> float:
        span = self.high - self.low
        return (self.value - self.low) / span if span else 0.0


@dataclass(frozen=True)
class CustomerLine:
    node_id: str
    text: str
    gloss: str  # Mandarin gloss of a dialect line ("" when none)
    situation: str
    silent: bool
    speaker: str = ""  # persona id
    speaker_name: str = ""
    dialect: str = ""
    mood: str = ""  # the node's mood, else the persona's temperament
    meter: MoodMeter | None = None
    state: Mapping[str, float] = field(default_factory=dict)
    hint: str = ""
    final: bool = False  # the parting words of an ending

    @property
    def situation_label(self) -> str:
        from grading import SITUATION_LABELS

        return SITUATION_LABELS.get(self.situation, self.situation)


@dataclass(frozen=True)
class Ending:
    node_id: str
    outcome: str
    good: bool
    label: str
    outcome_label: str = ""
    feedback: str = ""
    customer: str = ""  # the customer's parting words, if any


@dataclass(frozen=True)
class TurnResult:
    index: int  # 0-based
    kind: str  # "reply" | "wait"
    text: str  # the reply ("" for a wait)
    # A wait: how long.  A reply: the pause before it, the seconds nobody spoke (a
    # silent line and waits do not break the quiet; what was last said does).
    waited_seconds: float | None
    grade: object | None  # grading.Grade; None for a wait
    node_from: str
    node_to: str
    branch: str  # what the branch taken means, in Chinese
    branch_id: str  # "node#2" (1-based) or "node#default"
    answered: CustomerLine  # the line this move answered
    customer: CustomerLine | None  # the next line; when the call ended, the parting words or None
    state: dict  # the variables after the move (a copy)
    ended: bool
    ending: Ending | None
    trace: tuple | None = None  # trace.BranchTrace per branch of node_from, when the session traces
    by_itself: bool = False  # a wait the line took by itself (the node's after_silence ran out)


# ---------------------------------------------------------------------------
# The session
# ---------------------------------------------------------------------------


class CallSession:
    def __init__(
        self,
        scenario: Scenario,
        *,
        seed: int = 0,
        clock=None,
        grader=None,
        on_turn: Callable[[TurnResult], None] | None = None,
        trace: bool = False,
    ):
        """``trace``: explain every move (each branch checked, see ``scenario.trace``), for authors."""
        self.scenario = scenario
        self.trace = trace
        self.seed = seed
        self.clock = clock if clock is not None else SystemClock()
        self.on_turn = on_turn
        self._grader = grader
        self._rng = random.Random(seed)
        self._engine = machine_for(scenario)
        self._model = CallModel()
        self._detach = None
        self._state: dict[str, float] = scenario.initial_state()
        self._visits: dict[str, int] = {}
        self._turns: list[TurnResult] = []
        self._history: list = []
        self._lines = None  # the call's analyses (grading.CallLines), made with the grader
        self._path: list[str] = []
        self._current: CustomerLine | None = None
        self._line_at = 0.0
        self._quiet_since = 0.0  # when anyone last spoke (a silent line does not count)
        self._ending: Ending | None = None
        self._parting: CustomerLine | None = None
        self._started = False

    # -- reading -------------------------------------------------------------
    @property
    def current(self) -> CustomerLine | None:
        """The customer's line awaiting the trainee's move (None before start and after the end)."""
        return self._current

    @property
    def node(self) -> Node | None:
        return self.scenario.nodes.get(self._path[-1]) if self._path and not self._ending else None

    @property
    def state(self) -> Mapping[str, float]:
        return MappingProxyType(self._state)

    @property
    def ended(self) -> bool:
        return self._ending is not None

    @property
    def ending(self) -> Ending | None:
        return self._ending

    @property
    def turns(self) -> list[TurnResult]:
        return list(self._turns)

    @property
    def history(self) -> list:
        """The call so far as ``grading.Turn`` (customer lines and replies), oldest first."""
        return list(self._history)

    @property
    def path(self) -> list[str]:
        """Node ids in the order visited, the ending last."""
        return list(self._path)

    @property
    def visits(self) -> Mapping[str, int]:
        return MappingProxyType(self._visits)

    @property
    def grader(self):
        if self._grader is None:
            from grading import default_grader

            self._grader = default_grader()
        return self._grader

    def _grade(self, text: str, context: Context):
        """The grader's grade of a turn, each line of the call analysed once however many
        turns read it again (a stand-in grader is asked with the context alone)."""
        if not isinstance(self.grader, Grader):
            return self.grader.grade(text, context)
        if self._lines is None:
            self._lines = CallLines(self.grader)
        return self.grader.grade(text, context, self._lines)

    def summary(self):
        """The call's result: its graded turns and how it ended (unfinished until it has)."""
        from grading import aggregate

        ending = self.ending
        return aggregate(
            [t.grade for t in self._turns if t.grade is not None],
            finished=ending is not None,
            good_ending=ending.good if ending is not None else None,
            ending_label=ending.label if ending is not None else "",
        )

    # -- moves ---------------------------------------------------------------
    def start(self, node: str | None = None, *, state: Mapping[str, float] | None = None) -> CustomerLine:
        """Connect the call: the first line.  For authors: from ``node`` instead of the
        scenario's start, with the variables in ``state`` set (within their range)."""
        if self._started:
            if node is not None or state:
                raise SessionError("通话已经开始，不能再换起始节点或变量")
            if self._current is None:
                raise SessionError("通话已经结束")
            return self._current
        node = node or self.scenario.start
        if node not in self.scenario.nodes:
            raise SessionError(f"场景中没有节点 {node!r}")
        variables = self.scenario.variables
        for name, value in (state or {}).items():
            if name not in variables:
                raise SessionError(f"场景没有声明变量 {name!r}（已声明：{'、'.join(variables) or '无'}）")
            self._state[name] = variables[name].clamp(value)
        self._engine.attach(self._model, node)
        self._detach = weakref.finalize(self, self._engine.detach, self._model)
        self._started = True
        self._quiet_since = self.clock.now()
        self._enter(node)
        return self._current

    def reply(self, text: str, *, paused: float | None = None) -> TurnResult:
        """The trainee says ``text``; an empty or blank reply is a wait.

        ``paused``: the seconds of quiet before the trainee began to speak (the app
        passes the time of the first keystroke: typing is speaking).  By default,
        the quiet up to now.  The rubric's pause rules read it.
        """
        if not text or not text.strip():
            return self.wait()
        line = self._ready()
        if paused is None:
            paused = self.quiet_for()
        elif paused < 0:
            raise ValueError("paused must not be negative")
        history = tuple(self._history)
        grade = self._grade(text, Context(line.situation, line.text, history, paused=paused))
        self._history.append(Turn("agent", text))
        self._quiet_since = self.clock.now()
        return self._move("reply", text, grade.acts, grade, float(paused), line)

    def quiet_for(self) -> float:
        """Seconds since anyone last spoke on the line (a silent line breaks no quiet)."""
        return max(0.0, self.clock.now() - self._quiet_since)

    def due_at(self) -> float | None:
        """When the line moves on by itself if the trainee says nothing (clock time), or None."""
        node = self.node
        if node is None or node.after_silence is None or self._current is None:
            return None
        return self._line_at + node.after_silence

    def tick(self) -> TurnResult | None:
        """Take the move the line makes by itself, if it is due; None when nothing is due."""
        due = self.due_at()
        if due is None or self.clock.now() < due:
            return None
        return self._timed_wait(due)

    def elapse(self, seconds: float) -> list[TurnResult]:
        """Let ``seconds`` pass in silence on a manual clock, taking each move that falls due."""
        if seconds < 0:
            raise ValueError("seconds must not be negative")
        self._ready()
        until = self.clock.now() + seconds
        taken = []
        while not self.ended:
            due = self.due_at()
            if due is None or due > until:
                break
            self.clock.advance(max(0.0, due - self.clock.now()))
            taken.append(self._timed_wait(due))
        self.clock.advance(max(0.0, until - self.clock.now()))
        return taken

    def stay_silent(self, seconds: float) -> list[TurnResult]:
        """What ``[等待 N 秒]`` in a script means: N seconds of silence, the line moving on
        by itself where its timing says so; if it never did, the silence is then taken
        as a deliberate wait (F5 in the app) of those seconds."""
        taken = self.elapse(seconds)
        if not taken and not self.ended:
            taken.append(self.wait())
        return taken

    def _timed_wait(self, due: float) -> TurnResult:
        line = self._ready()
        return self._silence(line, float(self.node.after_silence), at=due)

    def wait(self, seconds: float | None = None) -> TurnResult:
        """The trainee stays silent; for ``seconds``, or for the time since the customer's line."""
        line = self._ready()
        if seconds is None:
            seconds = max(0.0, self.clock.now() - self._line_at)
        elif seconds < 0:
            raise ValueError("seconds must not be negative")
        return self._silence(line, float(seconds))

    def _silence(self, line: CustomerLine, seconds: float, *, at: float | None = None) -> TurnResult:
        """A wait move, chosen (F5, a script) or taken by the line itself (``at``)."""
        # Silence is judged too: the rubric's silence rules say when saying nothing is
        # a fault (the customer asked something).  A silence that breaks no rule (the
        # 3-5 s pause on a silent line, a hold already announced) stays ungraded, so
        # it neither lifts nor lowers the call's score.
        grade = self._grade("", Context(line.situation, line.text, tuple(self._history)))
        return self._move("wait", "", frozenset(), grade if grade.violations else None, seconds, line, at=at)

    def close(self) -> None:
        """Leave the call (the app closing mid-call); the scenario's machine forgets it."""
        if self._detach is not None:
            self._detach()
        self._current = None

    def __enter__(self) -> "CallSession":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- inside --------------------------------------------------------------
    def _ready(self) -> CustomerLine:
        if not self._started:
            raise SessionError("通话还没有开始（先调用 start()）")
        if self._ending is not None or self._current is None:
            raise SessionError("通话已经结束")
        return self._current

    def _move(self, kind: str, text: str, acts, grade, waited: float, line: CustomerLine, *, at: float | None = None) -> TurnResult:
        """``at``: the clock time of a move the line took by itself (its next line starts then)."""
        node_from = self._path[-1]
        move = Move(kind, acts, grade, waited if kind == "wait" else None, self._state, self._visits, node_from)
        if not getattr(self._model, TRIGGER)(move) or move.branch is None:
            raise EngineError(f"节点 {node_from} 没有可走的分支")
        branch = move.branch
        # Traced before the effects change the variables: as the conditions saw them.
        traces = trace_node(self.scenario.nodes[node_from], move, self.scenario.variables) if self.trace else None
        if branch.effects:
            apply_effects(branch.effects, self._state, self.scenario.variables)
        node_to = branch.to
        ending_spec = self.scenario.endings.get(node_to)
        if ending_spec is not None:
            self._finish(ending_spec, line)
        else:
            self._enter(node_to, at=at, move=move)
        result = TurnResult(
            index=len(self._turns),
            kind=kind,
            text=text,
            waited_seconds=waited,
            grade=grade,
            node_from=node_from,
            node_to=node_to,
            branch=branch.description,
            branch_id=branch.id,
            answered=line,
            customer=self._current if ending_spec is None else self._parting,
            state=dict(self._state),
            ended=ending_spec is not None,
            ending=self._ending,
            trace=traces,
            by_itself=at is not None,
        )
        self._turns.append(result)
        if self.on_turn is not None:
            self.on_turn(result)
        return result

    def _enter(self, node_id: str, *, at: float | None = None, move: Move | None = None) -> None:
        node = self.scenario.nodes[node_id]
        self._visits[node_id] = self._visits.get(node_id, 0) + 1
        self._path.append(node_id)
        chosen = self._choose_line(node, move)
        speaker = self.scenario.speaker(node)
        self._current = CustomerLine(
            node_id=node_id,
            text=chosen.text,
            gloss=chosen.gloss,
            situation=node.situation,
            silent=node.silent,
            speaker=speaker.id if speaker else "",
            speaker_name=speaker.name if speaker else "",
            dialect=speaker.dialect if speaker else "",
            mood=node.mood or (speaker.temperament if speaker else ""),
            meter=self._meter(),
            state=dict(self._state),
            hint=node.hint,
        )
        self._line_at = self.clock.now() if at is None else at
        if not node.silent:
            self._quiet_since = self._line_at
        self._history.append(Turn("customer", chosen.text))

    def _choose_line(self, node: Node, move: Move | None) -> Line:
        """The line the customer says: one answering what the move did, when the node has
        one whose guard holds; else one of the plain lines.  ``{said.ACT}`` filled in."""
        answering = [line for line in node.lines if line.when is not None and move is not None and line.when(move)]
        answering = [filled for filled in (_fill_said(line, move) for line in answering) if filled is not None]
        pool = answering or [line for line in node.lines if line.when is None]
        return pool[0] if len(pool) == 1 else pool[self._rng.randrange(len(pool))]

    def _finish(self, spec: EndingSpec, last: CustomerLine) -> None:
        self._visits[spec.id] = self._visits.get(spec.id, 0) + 1
        self._path.append(spec.id)
        self._ending = Ending(spec.id, spec.outcome, spec.good, spec.label, spec.outcome_label, spec.feedback, spec.customer)
        self._parting = None
        if spec.customer:
            self._parting = CustomerLine(
                node_id=spec.id,
                text=spec.customer,
                gloss=spec.gloss,
                situation=last.situation,
                silent=False,
                speaker=last.speaker,
                speaker_name=last.speaker_name,
                dialect=last.dialect,
                mood=last.mood,
                meter=self._meter(),
                state=dict(self._state),
                final=True,
            )
            self._history.append(Turn("customer", spec.customer))
        self._current = None
        if self._detach is not None:
            self._detach()

    def _meter(self) -> MoodMeter | None:
        name = self.scenario.mood_variable
        if not name:
            return None
        var = self.scenario.variables[name]
        return MoodMeter(name, var.label or name, self._state[name], var.low, var.high)
