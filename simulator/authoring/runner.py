"""Scenario tests and random walks: how a trainer knows an edit did not break a scenario.

``run_test`` plays a test's script on a ``ManualClock`` (waits take no real time)
and checks its expectations; ``explore`` plays seeded random calls with replies
drawn from a bank of good and bad replies (and replies showing the acts the
branches wait for) and reports crashes, calls that never end, and the nodes and
branches never reached.
"""

from __future__ import annotations

import random
import time
import traceback
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..engine.clock import ManualClock
from ..engine.session import CallSession
from ..scenario.model import Expect, Scenario, ScenarioTest
from ..scenario.trace import why_not_taken

# ---------------------------------------------------------------------------
# Scenario tests
# ---------------------------------------------------------------------------


@dataclass
class TestOutcome:
    scenario: Scenario
    test: ScenarioTest
    failures: list[str] = field(default_factory=list)
    error: str = ""  # a crash, with its traceback
    session: CallSession | None = None
    seconds: float = 0.0

    __test__ = False  # not a pytest class

    @property
    def passed(self) -> bool:
        return not self.failures and not self.error


def _fmt(value) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _check_grades(expect: Expect, grades: list, where: str) -> list[str]:
    failures = []
    fired = [v.rule for g in grades for v in g.violations]
    for rule in expect.violations:
        if rule not in fired:
            failures.append(f"{where}应出现违规 {rule}，实际没有" + (f"（出现的是：{', '.join(dict.fromkeys(fired))}）" if fired else "（没有任何违规）"))
    for rule in expect.no_violations:
        if rule in fired:
            failures.append(f"{where}不应出现违规 {rule}，实际出现了")
    if expect.clean and fired:
        failures.append(f"{where}应没有任何违规，实际出现：{', '.join(dict.fromkeys(fired))}")
    return failures


def _check_step(expect: Expect, result, number: int) -> list[str]:
    where = f"第 {number} 步"
    failures = []
    if expect.to and result.node_to != expect.to:
        failures.append(f"{where}应走到 {expect.to}，实际走到 {result.node_to}（{result.branch}）")
        failures += [f"  {line}" for line in why_not_taken(result.trace, expect.to)]
    grade = result.grade
    if grade is None:
        if expect.min_score is not None or expect.max_score is not None or expect.violations or expect.clean:
            failures.append(f"{where}是等待，没有评分，不能检查分数或违规")
        return failures
    if expect.min_score is not None and grade.score < expect.min_score:
        failures.append(f"{where}得分应不低于 {expect.min_score}，实际 {grade.score}")
    if expect.max_score is not None and grade.score > expect.max_score:
        failures.append(f"{where}得分应不高于 {expect.max_score}，实际 {grade.score}")
    return failures + _check_grades(expect, [grade], f"{where}")


def _check_run(expect: Expect, session: CallSession) -> list[str]:
    failures = []
    ending = session.ending
    actual = ending.node_id if ending else "通话未结束（停在 " + (session.path[-1] if session.path else "?") + "）"
    if expect.ending and (ending is None or ending.node_id != expect.ending):
        failures.append(f"结局应为 {expect.ending}，实际 {actual}")
        # The last move that could have ended there, and why it did not.
        for result in reversed(session.turns):
            lines = why_not_taken(result.trace, expect.ending)
            if lines:
                failures += [f"  第 {result.index + 1} 步（节点 {result.node_from}）：{line}" for line in lines]
                break
    if expect.outcome and (ending is None or ending.outcome != expect.outcome):
        failures.append(f"结局类型应为 {expect.outcome}，实际 {ending.outcome if ending else actual}")
    if expect.good is not None and (ending is None or ending.good != expect.good):
        want = "好结局" if expect.good else "不好的结局"
        failures.append(f"应得到{want}，实际是 {actual}" + ("" if ending is None else f"（good: {str(ending.good).lower()}）"))
    path = session.path
    if expect.path is not None and list(expect.path) != path:
        failures.append(f"路径应为 {' → '.join(expect.path)}，实际 {' → '.join(path)}")
    for node in expect.visits:
        if node not in path:
            failures.append(f"应经过 {node}，实际没有经过")
    for node in expect.avoids:
        if node in path:
            failures.append(f"不应经过 {node}，实际经过了")
    grades = [t.grade for t in session.turns if t.grade is not None]
    summary = session.summary()
    if expect.min_score is not None and summary.overall < expect.min_score:
        failures.append(f"总分应不低于 {expect.min_score}，实际 {summary.overall}")
    if expect.max_score is not None and summary.overall > expect.max_score:
        failures.append(f"总分应不高于 {expect.max_score}，实际 {summary.overall}")
    if expect.passed is not None and summary.passed != expect.passed:
        failures.append(f"整通电话应{'合格' if expect.passed else '不合格'}，实际{'合格' if summary.passed else '不合格'}（{summary.overall} 分）")
    failures += _check_grades(expect, grades, "")
    for name, value in expect.state:
        actual_value = session.state.get(name)
        if actual_value != value:
            failures.append(f"变量 {name} 最后应为 {_fmt(value)}，实际 {_fmt(actual_value)}")
    return failures


def run_test(scenario: Scenario, test: ScenarioTest, *, grader=None) -> TestOutcome:
    """Play the test's script and check it.  Every move is traced, so a failure can
    say why the branch expected was not taken (``outcome.session.turns[i].trace``)."""
    outcome = TestOutcome(scenario, test)
    started = time.perf_counter()
    clock = ManualClock()
    session = CallSession(scenario, seed=test.seed, clock=clock, grader=grader, trace=True)
    outcome.session = session
    try:
        session.start()
        for number, step in enumerate(test.steps, 1):
            if session.ended:
                left = len(test.steps) - number + 1
                outcome.failures.append(f"第 {number} 步之前通话已经结束（{session.ending.node_id}），还剩 {left} 步没有用上")
                break
            if step.kind == "wait":
                result = session.stay_silent(step.seconds or 0.0)[-1]
            else:
                result = session.reply(step.text)
            if step.expect is not None:
                outcome.failures += _check_step(step.expect, result, number)
        outcome.failures += _check_run(test.expect, session)
    except Exception:  # noqa: BLE001 - a crash is a test result, reported with its traceback
        outcome.error = traceback.format_exc()
    finally:
        session.close()
    outcome.seconds = time.perf_counter() - started
    return outcome


def run_tests(scenario: Scenario, *, grader=None) -> list[TestOutcome]:
    return [run_test(scenario, test, grader=grader) for test in scenario.tests]


# ---------------------------------------------------------------------------
# Random walks
# ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def reply_bank() -> dict:
    from grading.yamlio import load_text

    text = resources.files("simulator").joinpath("data", "reply_bank.yaml").read_text(encoding="utf-8")
    return load_text(text, "simulator/data/reply_bank.yaml")


def _wanted(spec, acts: set[str], waits: set[float]) -> bool:
    """Collect the acts and wait thresholds a condition names; True if it looks at the grade."""
    graded = False
    if isinstance(spec, dict):
        for key, value in spec.items():
            if key == "acts":
                groups = [value] if isinstance(value, (list, str)) else [value.get(m) for m in ("any", "all")] if isinstance(value, dict) else []
                for group in groups:
                    if isinstance(group, str):
                        acts.add(group)
                    elif isinstance(group, list):
                        acts.update(a for a in group if isinstance(a, str))
            elif key == "waited":
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    waits.update({float(value), float(value) + 1})
                elif isinstance(value, dict):
                    low, high = value.get("min", 0), value.get("max")
                    if isinstance(low, (int, float)):
                        waits.update({float(low), float(low) + 0.5})
                        if low > 0:
                            waits.add(max(0.0, float(low) - 1))
                    if isinstance(high, (int, float)):
                        waits.update({float(high), float(high) + 1})
                elif value is True:
                    waits.add(5.0)
            elif key == "grade":
                graded = True
            elif key == "move" and value == "wait":
                waits.add(5.0)
            else:
                graded = _wanted(value, acts, waits) or graded
    elif isinstance(spec, list):
        for item in spec:
            graded = _wanted(item, acts, waits) or graded
    return graded


class _Moves:
    """Candidate moves per node: bank replies for its situation (good and bad), and for
    each branch the replies showing the acts it waits for, waits around the thresholds
    it names, or bad replies when it looks at the grade.  Branches not yet taken in
    earlier walks are tried first half of the time, so coverage grows quickly."""

    def __init__(self, scenario: Scenario):
        from grading import analyze, default_lexicon

        bank = reply_bank()
        situations = {
            name: {kind: [str(r) for r in entry.get(kind) or []] for kind in ("good", "bad")}
            for name, entry in (bank.get("situations") or {}).items()
        }
        general = bank.get("any") or {}
        general_good = [str(r) for r in general.get("good") or []]
        general_bad = [str(r) for r in general.get("bad") or []]
        lexicon = default_lexicon()
        every = general_good + general_bad + [r for s in situations.values() for k in ("good", "bad") for r in s[k]]
        showing: dict[str, list[str]] = {}
        for reply in dict.fromkeys(every):
            for act in analyze(reply).acts:
                showing.setdefault(act, []).append(reply)
        self.by_node: dict[str, tuple] = {}
        for node in scenario.nodes.values():
            local = situations.get(node.situation, {"good": [], "bad": []})
            good, bad = local["good"] + general_good, local["bad"] + general_bad
            per_branch: dict[str, list] = {}
            targets: dict[str, str] = {}
            node_waits: set[float] = {1.0, 3.0, 4.0, 5.0, 8.0}
            for branch in node.all_branches:
                targets[branch.id] = branch.to
                acts: set[str] = set()
                waits: set[float] = set()
                graded = _wanted(branch.when.spec, acts, waits) if branch.when is not None else False
                node_waits |= waits
                moves: list = [("wait", w) for w in sorted(waits)]
                for act in sorted(acts):
                    moves.extend(("reply", r) for r in showing.get(act, ()))
                    if act in lexicon.acts:  # the act's own first phrase, on its own
                        spec = lexicon.acts[act]
                        phrase = next(iter(spec.phrases or spec.words), "")
                        if phrase:
                            moves.append(("reply", phrase))
                if graded:
                    moves.extend(("reply", r) for r in bad)
                per_branch[branch.id] = moves
            self.by_node[node.id] = (good, bad, per_branch, targets, sorted(node_waits), node.silent)

    def pick(self, node_id: str, rng: random.Random, taken, reached, *, careful: bool = False) -> tuple[str, object]:
        good, bad, per_branch, targets, waits, silent = self.by_node[node_id]
        if careful:
            return self._pick_careful(node_id, rng, reached)
        roll = rng.random()
        if roll < 0.5:
            # First towards what no walk has reached yet (or a node one step short of
            # it: a rare branch reached once must not be given up), then branches not
            # yet taken.
            fresh = [m for b, m in per_branch.items() if m and targets[b] not in reached]
            fresh = fresh or [m for b, m in per_branch.items() if m and self._leads_on(targets[b], reached)]
            untaken = fresh or [m for b, m in per_branch.items() if m and b not in taken]
            if untaken:
                return rng.choice(rng.choice(untaken))
        roll = rng.random()
        if roll < (0.4 if silent else 0.1):  # on a silent line, waiting is a natural move
            return "wait", rng.choice(waits)
        if roll < 0.5:
            targeted = [m for moves in per_branch.values() for m in moves]
            if targeted:
                return rng.choice(targeted)
        if roll < 0.8:
            return "reply", rng.choice(good)
        return "reply", rng.choice(bad)

    def _leads_on(self, node_id: str, reached) -> bool:
        """Whether a branch of this node leads somewhere no walk has reached yet."""
        entry = self.by_node.get(node_id)
        return entry is not None and any(target not in reached for target in entry[3].values())

    def _pick_careful(self, node_id: str, rng: random.Random, reached) -> tuple[str, object]:
        """A trainee who mostly says good things, with the odd slip: the endings that
        need a clean call, or a single slip, on a long path are otherwise seldom
        reached by chance."""
        good, bad, per_branch, targets, waits, silent = self.by_node[node_id]
        good_set = set(good)
        towards = [
            [m for m in moves if m[0] == "wait" or m[1] in good_set]
            for b, moves in per_branch.items()
            if targets[b] not in reached
        ]
        towards = [moves for moves in towards if moves]
        if towards and rng.random() < 0.5:
            return rng.choice(rng.choice(towards))
        roll = rng.random()
        if roll < (0.4 if silent else 0.05):
            return "wait", rng.choice(waits)
        if roll > 0.93 and bad:
            return "reply", rng.choice(bad)
        return "reply", rng.choice(good)


@dataclass
class ExploreReport:
    scenario: Scenario
    walks: int
    seed: int
    crashes: list[tuple[int, list[str], str]] = field(default_factory=list)  # (walk, moves, traceback)
    unfinished: list[tuple[int, list[str]]] = field(default_factory=list)  # (walk, path) that never ended
    node_hits: dict[str, int] = field(default_factory=dict)
    branch_hits: dict[str, int] = field(default_factory=dict)
    endings: dict[str, int] = field(default_factory=dict)

    @property
    def unreached_nodes(self) -> list[str]:
        return [n for n in [*self.scenario.nodes, *self.scenario.endings] if not self.node_hits.get(n)]

    @property
    def unreached_branches(self) -> list[str]:
        return [b.id for b in self.scenario.branches() if not self.branch_hits.get(b.id)]

    @property
    def ok(self) -> bool:
        return not self.crashes and not self.unfinished


def explore(scenario: Scenario, walks: int, *, seed: int = 0, max_turns: int = 60, grader=None) -> ExploreReport:
    report = ExploreReport(scenario, walks, seed)
    moves = _Moves(scenario)
    rng = random.Random(seed)
    hits = report.branch_hits
    for walk in range(walks):
        clock = ManualClock()
        session = CallSession(scenario, seed=rng.randrange(2**32), clock=clock, grader=grader)
        taken: list[str] = []
        try:
            session.start()
            for _ in range(max_turns):
                if session.ended:
                    break
                kind, value = moves.pick(
                    session.current.node_id, rng, hits.keys(), report.node_hits.keys(), careful=walk % 3 == 2
                )
                if kind == "wait":
                    taken.append(f"[等待 {_fmt(value)} 秒]")
                    results = session.stay_silent(value)
                else:
                    taken.append(value)
                    results = [session.reply(value)]
                for result in results:
                    hits[result.branch_id] = hits.get(result.branch_id, 0) + 1
                    report.node_hits[result.node_to] = report.node_hits.get(result.node_to, 0) + 1
            if not session.ended:
                report.unfinished.append((walk, session.path))
        except Exception:  # noqa: BLE001 - reported with the moves that led to it
            report.crashes.append((walk, taken, traceback.format_exc()))
        finally:
            session.close()
        if session.path:
            report.node_hits[session.path[0]] = report.node_hits.get(session.path[0], 0) + 1
        if session.ending is not None:
            report.endings[session.ending.node_id] = report.endings.get(session.ending.node_id, 0) + 1
    return report
