"""Every check of a scenario library, reported all at once with file, line and column.

Errors (the scenario cannot be played as written):
  schema errors, unknown targets, acts, situations, variables, personas, rules and
  outcomes (with the nearest known name), a node without a default branch, a node
  from which no ending can be reached, duplicate ids (within a file and across the
  library), scenario tests that refer to unknown nodes, endings or rules.
Warnings (it plays, but something is probably not what the trainer meant):
  nodes or endings that cannot be reached, branches that can never be taken because
  an earlier branch always matches (or has the very same condition), conditions that
  can never hold, declared variables never used, no good ending, no scenario tests.
A library folder's ``curriculum.yaml`` is checked by ``curriculum.check_curriculum``.
"""

from __future__ import annotations

import gc
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from grading.errors import DataError

from .conditions import Issue, nearest
from .loader import LoadResult, Locator, ProblemLevels, known_rules, read_personas, read_scenario_file, to_data_errors
from .model import OUTCOMES, Expect, Persona, Scenario


def check_scenario(scenario: Scenario, rules=known_rules, *, load_errors: bool = False) -> list[DataError]:
    """The graph checks of one loaded scenario (the loader has done the schema).

    With ``load_errors`` (the file already has errors) the warnings that would only
    echo them (no good ending, no tests, unused variables) are left out.
    """
    issues: list[Issue] = []
    test_issues: list[Issue] = []
    targets = {**{k: "节点" for k in scenario.nodes}, **{k: "结局" for k in scenario.endings}}

    for node in scenario.nodes.values():
        if node.default is None:
            issues.append(
                Issue(
                    node.key + ("id",),
                    f"节点 {node.id} 没有 default（所有条件都不成立时的去向）",
                    "加上 default: 节点或结局的 id；例如让客户把话再说一遍（指回本节点），或转到一个结局",
                    subject=node.id,
                )
            )
        for branch in node.all_branches:
            if branch.to and branch.to not in targets:
                issues.append(
                    Issue(
                        branch.key + ("to",),
                        f"去向 {branch.to!r} 既不是节点也不是结局{nearest(branch.to, targets)}",
                        "to 要写 nodes 或 endings 中某一项的 id",
                        subject=branch.to,
                    )
                )
        _check_shadowing(node, issues)
        _check_timing(node, issues)

    _check_graph(scenario, targets, issues)
    if not load_errors:
        _check_variables(scenario, issues)
    if not load_errors and scenario.endings and not any(e.good for e in scenario.endings.values()):
        issues.append(Issue(("endings",), "没有任何好结局（good: true），学员无论怎么做都不能成功", "至少把一个结局标为 good: true", level="warning"))
    if not scenario.tests and not load_errors:
        issues.append(
            Issue(("id",), "场景还没有测试", "在文件末尾加上 tests:（或写在同名的 .tests.yaml 里），至少一个处理得当和一个处理不当的例子", level="warning")
        )
    for test in scenario.tests:
        _check_test(scenario, test, targets, rules, issues if test.path == scenario.path else test_issues)

    problems = to_data_errors(issues, scenario.path, scenario.locator or Locator(scenario.source))
    if test_issues:
        problems.extend(to_data_errors(test_issues, scenario.tests_path, Locator(scenario.tests_source)))
    return problems


def _check_shadowing(node, issues: list[Issue]) -> None:
    always_at = None
    seen: dict[str, int] = {}
    for branch in node.branches:
        cond = branch.when
        if always_at is not None:
            issues.append(
                Issue(
                    branch.key,
                    f"节点 {node.id} 的第 {branch.index + 1} 条分支永远不会被选中：前面第 {always_at + 1} 条分支的条件总是成立",
                    "把条件更具体的分支移到前面，或给前面那条分支加上条件",
                    level="warning",
                    subject=branch.id,
                )
            )
            continue
        if cond is None:
            continue
        fingerprint = repr(cond.spec)
        if fingerprint in seen:
            issues.append(
                Issue(
                    branch.key,
                    f"节点 {node.id} 的第 {branch.index + 1} 条分支永远不会被选中：它的条件和第 {seen[fingerprint] + 1} 条完全相同",
                    "删掉这条分支，或修改其中一条的条件",
                    level="warning",
                    subject=branch.id,
                )
            )
            continue
        seen[fingerprint] = branch.index
        if cond.always:
            always_at = branch.index
    if always_at is not None and node.default is not None:
        issues.append(
            Issue(
                node.default.key,
                f"节点 {node.id} 的 default 永远用不上：第 {always_at + 1} 条分支的条件总是成立",
                "给那条分支加上条件，或把它改写成 default",
                level="warning",
                subject=node.id,
            )
        )


def _waited_min(spec) -> float | None:
    """The least wait a condition requires, read from its ``waited`` (alone or under ``all``)."""
    if not isinstance(spec, dict):
        return None
    found = []
    waited = spec.get("waited")
    if isinstance(waited, dict) and isinstance(waited.get("min"), (int, float)):
        found.append(float(waited["min"]))
    for part in spec.get("all") or () if isinstance(spec.get("all"), list) else ():
        low = _waited_min(part)
        if low is not None:
            found.append(low)
    return max(found) if found else None


def _check_timing(node, issues: list[Issue]) -> None:
    """A branch waiting longer than the node lets the line sit can never be taken."""
    if node.after_silence is None:
        return
    for branch in node.branches:
        low = _waited_min(branch.when.spec) if branch.when is not None else None
        if low is not None and low > node.after_silence:
            issues.append(
                Issue(
                    branch.key,
                    f"节点 {node.id} 的第 {branch.index + 1} 条分支永远不会被选中："
                    f"它要等待至少 {low:g} 秒，而线路静默 {node.after_silence:g} 秒就会自己往下走（after_silence）",
                    "把 waited 的 min 改到 after_silence 以内，或把 after_silence 加大",
                    level="warning",
                    subject=branch.id,
                )
            )


def _check_graph(scenario: Scenario, targets: Mapping[str, str], issues: list[Issue]) -> None:
    edges: dict[str, list[str]] = {}
    for node in scenario.nodes.values():
        edges[node.id] = [b.to for b in node.all_branches if b.to in targets and not (b.when is not None and b.when.never)]
    reached = set()
    if scenario.start in scenario.nodes:
        queue = deque([scenario.start])
        reached.add(scenario.start)
        while queue:
            for nxt in edges.get(queue.popleft(), ()):
                if nxt not in reached:
                    reached.add(nxt)
                    queue.append(nxt)
        for node in scenario.nodes.values():
            if node.id not in reached:
                issues.append(
                    Issue(node.key + ("id",), f"节点 {node.id} 无法到达：没有任何分支通向它", "从某个节点的分支指向它，或删掉这个节点", level="warning", subject=node.id)
                )
        for ending in scenario.endings.values():
            if ending.id not in reached:
                issues.append(
                    Issue(ending.key + ("id",), f"结局 {ending.id} 无法到达：没有任何分支通向它", "从某个节点的分支指向它，或删掉这个结局", level="warning", subject=ending.id)
                )
    # Nodes from which no ending can be reached: walk the edges backwards from the endings.
    backwards: dict[str, list[str]] = {}
    for source, outs in edges.items():
        for target in outs:
            backwards.setdefault(target, []).append(source)
    finishing = set(scenario.endings)
    queue = deque(finishing)
    while queue:
        for prev in backwards.get(queue.popleft(), ()):
            if prev not in finishing:
                finishing.add(prev)
                queue.append(prev)
    for node in scenario.nodes.values() if scenario.endings else ():
        if node.id not in finishing and all(b.to in targets for b in node.all_branches) and node.default is not None:
            issues.append(
                Issue(
                    node.key + ("id",),
                    f"从节点 {node.id} 出发永远走不到任何结局，通话会没完没了",
                    "让它的某条分支（例如多次重复之后，visits: {min: 3}）通向一个结局，或通向能走到结局的节点",
                    subject=node.id,
                )
            )


def _variables_in(spec, found: set[str]) -> None:
    if isinstance(spec, dict):
        for key, value in spec.items():
            if key == "state" and isinstance(value, dict):
                found.update(k for k in value if isinstance(k, str))
            else:
                _variables_in(value, found)
    elif isinstance(spec, list):
        for item in spec:
            _variables_in(item, found)


def _check_variables(scenario: Scenario, issues: list[Issue]) -> None:
    used: set[str] = set()
    if scenario.mood_variable:
        used.add(scenario.mood_variable)
    for branch in scenario.branches():
        used.update(e.variable for e in branch.effects)
        if branch.when is not None:
            _variables_in(branch.when.spec, used)
    for test in scenario.tests:
        used.update(name for name, _ in test.expect.state)
    for name, var in scenario.variables.items():
        if name not in used:
            issues.append(Issue(var.key, f"变量 {name} 声明了但从未使用", "在分支的条件或 set/add 中使用它，或删掉", level="warning", on_key=True, subject=name))


def _check_test(scenario: Scenario, test, targets: Mapping[str, str], rules, issues: list[Issue]) -> None:
    def check(expect: Expect | None) -> None:
        if expect is None:
            return
        key = expect.key
        if expect.ending and expect.ending not in scenario.endings:
            issues.append(Issue(key + ("ending",), f"测试“{test.name}”期望的结局 {expect.ending!r} 不存在{nearest(expect.ending, scenario.endings)}", "写 endings 中某个结局的 id", subject=expect.ending))
        if expect.outcome and expect.outcome not in OUTCOMES:
            issues.append(Issue(key + ("outcome",), f"测试“{test.name}”期望的结局类型 {expect.outcome!r} 未知{nearest(expect.outcome, OUTCOMES, OUTCOMES)}", "可用：" + "、".join(OUTCOMES), subject=expect.outcome))
        if expect.to and expect.to not in targets:
            issues.append(Issue(key + ("to",), f"测试“{test.name}”期望的去向 {expect.to!r} 不存在{nearest(expect.to, targets)}", subject=expect.to))
        for name, ids in (("path", expect.path or ()), ("through", expect.visits), ("not_through", expect.avoids)):
            for i, item in enumerate(ids):
                if item not in targets:
                    issues.append(Issue(key + (name, i), f"测试“{test.name}”的 {name} 中 {item!r} 不是节点或结局{nearest(item, targets)}", subject=item))
        if expect.violations or expect.no_violations:
            known = set(rules()) if rules else set()
            for name, ids in (("violations", expect.violations), ("no_violations", expect.no_violations)):
                for i, rule in enumerate(ids):
                    if known and rule not in known:
                        issues.append(Issue(key + (name, i), f"测试“{test.name}”引用了未知的规则 {rule!r}{nearest(rule, known)}", "规则 id 见 grading/rules/*.yaml", subject=rule))
        for name, _ in expect.state:
            if name not in scenario.variables:
                issues.append(Issue(key + ("state", name), f"测试“{test.name}”检查了未声明的变量 {name!r}{nearest(name, scenario.variables)}", on_key=True, subject=name))

    check(test.expect)
    for step in test.steps:
        check(step.expect)


# ---------------------------------------------------------------------------
# A library of files
# ---------------------------------------------------------------------------


@dataclass
class Report(ProblemLevels):
    files: list[str] = field(default_factory=list)
    scenarios: dict[str, Scenario] = field(default_factory=dict)  # id -> scenario (loaded, maybe with problems)
    problems: list[DataError] = field(default_factory=list)
    broken: set[str] = field(default_factory=set)  # files with errors
    curricula: list[str] = field(default_factory=list)  # curriculum.yaml files checked

    def problems_in(self, path: str) -> list[DataError]:
        return [p for p in self.problems if p.path == path]


def load_personas(files: Iterable) -> tuple[dict[str, Persona], list[DataError]]:
    """Personas from ``personas.yaml`` files; a persona id defined twice is an error."""
    found: dict[str, Persona] = {}
    problems: list[DataError] = []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(DataError(str(path), None, f"无法读取人物文件：{exc}"))
            continue
        personas, file_problems = read_personas(text, str(path))
        problems.extend(file_problems)
        for persona in personas.values():
            if persona.id in found and found[persona.id].path != persona.path:
                line, column = Locator(text).find(persona.key + ("id",))
                problems.append(DataError(str(path), line, f"人物 id {persona.id!r} 与 {found[persona.id].path} 中的重复", "给其中一个换个 id", column, persona.id))
                continue
            found[persona.id] = persona
    return found, problems


@contextmanager
def _no_cyclic_gc():
    """Reading a library allocates millions of small objects that all stay alive; the
    cyclic collector would rescan them again and again (a 500-file library took 4x
    longer).  Reference counting still frees everything; cycles wait until the end."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def validate_files(scenario_files: Iterable, persona_files: Iterable = ()) -> Report:
    """Read and check every scenario file; also duplicate ids across the files."""
    with _no_cyclic_gc():
        return _validate_files(scenario_files, persona_files)


def _validate_files(scenario_files: Iterable, persona_files: Iterable) -> Report:
    personas, problems = load_personas(persona_files)
    report = Report(problems=problems)
    first_seen: dict[str, str] = {}
    for path in scenario_files:
        report.files.append(str(path))
        result: LoadResult = read_scenario_file(path, personas=personas)
        file_problems = list(result.problems)
        scenario = result.scenario
        if scenario is not None:
            file_problems.extend(check_scenario(scenario, load_errors=bool(result.errors)))
            if scenario.id:
                if scenario.id in first_seen:
                    line, column = (scenario.locator or Locator(scenario.source)).find(("id",))
                    file_problems.append(
                        DataError(str(path), line, f"场景 id {scenario.id!r} 与 {first_seen[scenario.id]} 重复", "每个场景的 id 在整个场景库中必须唯一", column, scenario.id)
                    )
                else:
                    first_seen[scenario.id] = str(path)
                    report.scenarios[scenario.id] = scenario
            scenario.locator = None  # the node tree is big; problems found later re-read the text
        report.problems.extend(file_problems)
        if scenario is None or any(p.level == "error" for p in file_problems):
            report.broken.add(str(path))
    return report
