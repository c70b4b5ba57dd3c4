"""Reading scenario files: YAML -> ``model.Scenario``, every problem located.

YAML is read with ``grading.yamlio`` (the safe loader: a ``!!python/...`` tag is
refused, never run).  Problems are collected, not raised one at a time, so a trainer
sees all of them at once; each names its file, line and column.  Lines are looked
up only when there is something to report: a clean library is parsed once.

Long Chinese lines may be wrapped: YAML folds a line break inside a ``>``/``>-``
scalar (or a plain or quoted one spanning lines) into a space, which would put a
stray space between two Chinese characters.  ``parse`` drops exactly those spaces,
where a line was folded between two CJK characters or CJK punctuation marks; a
space typed inside a line, and one folded between Latin words or numbers, stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterable, Mapping

from grading.errors import DataError, DataFileError
from grading.located_yaml import Locator, duplicate_key_errors

from .conditions import Context, Issue, compile_condition, compile_effects, guaranteed_acts, nearest, said_acts
from .folding import is_cjk, parse  # noqa: F401 (is_cjk, parse: part of the loader's interface)
from .model import Condition
from .model import (
    OUTCOMES,
    SILENT_TEXT,
    Branch,
    Ending,
    Expect,
    Key,
    Line,
    Node,
    Persona,
    Scenario,
    ScenarioTest,
    Step,
    Variable,
)

ID_PATTERN = re.compile(r"^[\w\-]+$")
TOP_KEYS = (
    "id", "title", "version", "difficulty", "tags", "description", "goals", "persona", "personas",
    "state", "mood", "start", "nodes", "endings", "tests",
)  # fmt: skip
PERSONA_KEYS = ("id", "name", "dialect", "temperament", "background", "age")
VARIABLE_KEYS = ("label", "min", "max", "start")
NODE_KEYS = ("id", "situation", "customer", "gloss", "silent", "alternatives", "speaker", "mood", "hint", "after_silence", "branches", "default")

# The longest a node may let the line sit before it moves on by itself.
MAX_AFTER_SILENCE = 600
BRANCH_KEYS = ("when", "to", "set", "add", "note")
DEFAULT_KEYS = ("to", "set", "add", "note")
LINE_KEYS = ("customer", "gloss", "if")
ENDING_KEYS = ("id", "outcome", "good", "label", "customer", "gloss", "feedback")
TEST_KEYS = ("name", "seed", "script", "expect")
STEP_KEYS = ("reply", "wait", "expect")
EXPECT_KEYS = (
    "ending", "outcome", "good", "path", "through", "not_through", "min_score", "max_score",
    "violations", "no_violations", "clean", "passed", "state",
)  # fmt: skip
STEP_EXPECT_KEYS = ("to", "min_score", "max_score", "violations", "no_violations", "clean")
DEFAULT_WAIT_SECONDS = 5.0

# "[等待 5 秒]", "[wait 5]", "[等待]" in play scripts; inside YAML the brackets may be gone.
WAIT_PATTERN = re.compile(r"^\s*[\[【［]?\s*(?:等待|等候|停顿|静候|wait)\s*(\d+(?:\.\d+)?)?\s*(?:秒钟?|s|sec|secs|seconds?)?\s*[\]】］]?\s*$", re.I)
_BRACKETED = re.compile(r"^\s*[\[【［].*[\]】］]\s*$")


def parse_wait(text: str, *, bracketed: bool = True) -> float | None | bool:
    """Seconds of a wait written as text; None for a wait without a number; False if not a wait."""
    if bracketed and not _BRACKETED.match(text):
        return False
    m = WAIT_PATTERN.match(text)
    if not m:
        return False
    return float(m.group(1)) if m.group(1) else None


# ---------------------------------------------------------------------------
# Locating problems
# ---------------------------------------------------------------------------




def to_data_errors(issues: Iterable[Issue], path: str, locator: Locator) -> list[DataError]:
    errors = []
    for issue in issues:
        line, column = locator.find(issue.key, issue.on_key)
        errors.append(DataError(path, line, issue.message, issue.hint, column, issue.subject, issue.level))
    return errors


# ---------------------------------------------------------------------------
# Reference data (acts, situations, rules, personas), looked up once
# ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _default_acts() -> Mapping[str, str]:
    from grading import default_lexicon

    return {act_id: act.label for act_id, act in default_lexicon().acts.items()}


def known_acts() -> Mapping[str, str]:
    """Act id -> Chinese label, from the grading engine's lexicon (the one vocabulary of acts)."""
    return _default_acts()


@lru_cache(maxsize=1)
def customer_acts() -> frozenset[str]:
    """Acts the lexicon marks as the customer's (thanks given, asks for a supervisor, ...)."""
    from grading import default_lexicon

    return frozenset(act_id for act_id, act in default_lexicon().acts.items() if act.role == "customer")


@lru_cache(maxsize=1)
def known_rules() -> frozenset[str]:
    from grading import default_rubric

    return frozenset(rule.id for rule in default_rubric().rules)


def known_situations() -> Mapping[str, str]:
    from grading import SITUATION_LABELS

    return SITUATION_LABELS


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


class ProblemLevels:
    """``errors`` and ``warnings`` of a result that keeps its ``problems``."""

    problems: list[DataError]

    @property
    def errors(self) -> list[DataError]:
        return [p for p in self.problems if p.level == "error"]

    @property
    def warnings(self) -> list[DataError]:
        return [p for p in self.problems if p.level != "error"]


@dataclass
class LoadResult(ProblemLevels):
    scenario: Scenario | None
    problems: list[DataError] = field(default_factory=list)


class _Reader:
    """One file's worth of reading; collects issues by key path."""

    def __init__(self):
        self.issues: list[Issue] = []

    def error(self, key: Key, message: str, hint: str = "", *, on_key: bool = False, level: str = "error", subject: str = ""):
        self.issues.append(Issue(key, message, hint, level, on_key, subject))

    def check_keys(self, data: Mapping, allowed: tuple[str, ...], key: Key, what: str) -> None:
        for name in data:
            if name not in allowed:
                self.error(
                    key + (name,),
                    f"{what}里不认识的字段 {name!r}{nearest(name, allowed)}",
                    f"可用的字段：{', '.join(allowed)}",
                    on_key=True,
                )

    def text(self, data: Mapping, name: str, key: Key, *, required: bool = False, what: str = "") -> str:
        value = data.get(name)
        if value is None:
            if required:
                self.error(key, f"{what}缺少 {name}", f"加上一行 {name}: …")
            return ""
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.error(key + (name,), f"{name} 应是一段文字", "含冒号等特殊符号的文字请加引号")
            return ""
        return str(value).strip()

    def texts(self, data: Mapping, name: str, key: Key) -> tuple[str, ...]:
        value = data.get(name)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value,)
        if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in value):
            self.error(key + (name,), f"{name} 应是文字列表", f"如 {name}: [第一项, 第二项]")
            return ()
        return tuple(str(v).strip() for v in value)

    def ident(self, value, key: Key, what: str) -> str:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value:
            self.error(key, f"{what}缺少 id", "每一项都要有 id，只用字母、数字、下划线或汉字")
            return ""
        if not ID_PATTERN.match(value):
            self.error(key, f"id {value!r} 含有空格或标点", "id 只用字母、数字、下划线、连字符或汉字，如 first_greeting", subject=value)
        return value


def read_personas(text: str, path: str) -> tuple[dict[str, Persona], list[DataError]]:
    """A library's ``personas.yaml``: ``personas: [{id, name, dialect, ...}]``."""
    try:
        data, root = parse(text, path)
    except DataFileError as exc:
        return {}, list(exc.problems)
    reader = _Reader()
    found: dict[str, Persona] = {}
    entries = data.get("personas") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        reader.error((), "人物文件应以 personas: 开头，下面每一项是一个人物", "如 personas: [{id: chen_ayi, name: 陈阿姨, dialect: 上海话}]")
    else:
        found = _persona_list(reader, entries, path)
    return found, to_data_errors(reader.issues, path, Locator(text, root))


def _persona_list(reader: _Reader, entries: list, path: str, library: Mapping[str, Persona] | None = None) -> dict[str, Persona]:
    """The personas under ``personas:``, each id once (a personas file, or a scenario's
    own, which may shadow one of the library's: allowed, with a warning)."""
    found: dict[str, Persona] = {}
    for i, entry in enumerate(entries):
        persona = _persona(reader, entry, ("personas", i), path)
        if persona is None:
            continue
        if persona.id in found:
            reader.error(("personas", i, "id"), f"人物 id {persona.id!r} 重复", "给其中一个换个 id", subject=persona.id)
            continue
        if library and persona.id in library:
            reader.error(
                ("personas", i, "id"),
                f"人物 {persona.id!r} 与人物库（{library[persona.id].path}）中的同名人物重名，本场景使用这里的定义",
                "如果是同一个人，删掉这里的定义直接引用；否则换个 id",
                level="warning",
                subject=persona.id,
            )
        found[persona.id] = persona
    return found


def _persona(reader: _Reader, entry, key: Key, path: str, default_id: str = "") -> Persona | None:
    if not isinstance(entry, dict):
        reader.error(key, "人物要写成一组字段", "如 {id: chen_ayi, name: 陈阿姨, dialect: 上海话, temperament: 急躁}")
        return None
    reader.check_keys(entry, PERSONA_KEYS, key, "人物")
    persona_id = reader.ident(entry.get("id", default_id), key + ("id",), "人物") if ("id" in entry or not default_id) else default_id
    if not persona_id:
        return None
    name = reader.text(entry, "name", key, required=True, what="人物")
    return Persona(
        id=persona_id,
        name=name or persona_id,
        dialect=reader.text(entry, "dialect", key),
        temperament=reader.text(entry, "temperament", key),
        background=reader.text(entry, "background", key),
        age=reader.text(entry, "age", key),
        key=key,
        path=path,
    )


def read_scenario(
    text: str,
    path: str,
    *,
    personas: Mapping[str, Persona] | None = None,
    acts: Mapping[str, str] | None = None,
    rules: Callable[[], Iterable[str]] | None = known_rules,
    tests_text: str | None = None,
    tests_path: str = "",
) -> LoadResult:
    """Read one scenario file's text.  ``personas``: the library's shared personas."""
    try:
        data, root = parse(text, path)
    except DataFileError as exc:
        return LoadResult(None, list(exc.problems))
    if acts is None:
        try:
            acts = known_acts()
        except DataFileError as exc:
            return LoadResult(None, [DataError(p.path, p.line, "行为词表（acts.yaml）有错误，无法检查场景：" + p.message, p.hint, p.column) for p in exc.problems])
    locator = Locator(text, root)
    reader = _Reader()
    scenario = _read(reader, data, path, text, personas or {}, acts, rules)
    if scenario is not None:
        scenario.locator = locator
    problems = to_data_errors(reader.issues, path, locator)
    problems.extend(duplicate_key_errors(text, locator.root, path))
    if tests_text is not None and scenario is not None:
        problems.extend(_read_sibling_tests(scenario, tests_text, tests_path, acts))
    return LoadResult(scenario, problems)


def _read(reader: _Reader, data, path: str, text: str, library_personas: Mapping[str, Persona], acts, rules) -> Scenario | None:
    if not isinstance(data, dict):
        reader.error((), "场景文件应是一组字段（id、title、nodes、endings ……）", "参考 docs/scenarios.md 中的示例")
        return None
    reader.check_keys(data, TOP_KEYS, (), "场景")
    scenario_id = reader.ident(data.get("id"), ("id",), "场景") if "id" in data else ""
    if "id" not in data:
        reader.error((), "场景缺少 id", "在文件开头加上 id: 英文标识，如 id: silent_caller_basic")
    title = reader.text(data, "title", (), required=True, what="场景")
    version = data.get("version", "1")
    if isinstance(version, bool) or not isinstance(version, (str, int, float)):
        reader.error(("version",), "version 应是版本号，如 1 或 1.2")
        version = "1"
    difficulty = data.get("difficulty", 1)
    if isinstance(difficulty, bool) or not isinstance(difficulty, int) or not 1 <= difficulty <= 5:
        reader.error(("difficulty",), "difficulty 应是 1 到 5 的整数", "1 入门、2 基础、3 进阶、4 较难、5 挑战")
        difficulty = 1
    scenario = Scenario(
        id=scenario_id,
        title=title,
        path=path,
        version=str(version),
        difficulty=difficulty,
        tags=reader.texts(data, "tags", ()),
        description=reader.text(data, "description", ()),
        goals=reader.texts(data, "goals", ()),
        source=text,
    )
    _read_personas(reader, data, scenario, library_personas, path)
    _read_state(reader, data, scenario)

    # Nodes and endings: ids first, so conditions can refer to any node.
    raw_nodes = data.get("nodes")
    if not isinstance(raw_nodes, list) or not raw_nodes:
        reader.error(("nodes",) if "nodes" in data else (), "场景缺少 nodes（客户说的每一句话）", "nodes: 下面每一项是一个节点，要有 id、customer（或 silent: true）和 branches")
        raw_nodes = []
    raw_endings = data.get("endings")
    if not isinstance(raw_endings, list) or not raw_endings:
        reader.error(("endings",) if "endings" in data else (), "场景缺少 endings（通话的结局）", "至少写一个结局：id、outcome、good")
        raw_endings = []
    ids: dict[str, Key] = {}

    def claim(item_id: str, key: Key) -> bool:
        if item_id in ids:
            reader.error(key + ("id",), f"id {item_id!r} 重复（节点和结局的 id 都不能重名）", "给其中一个换个 id", subject=item_id)
            return False
        ids[item_id] = key
        return True

    node_ids: dict[str, Any] = {}
    for i, raw in enumerate(raw_nodes):
        if isinstance(raw, dict):
            node_id = reader.ident(raw.get("id"), ("nodes", i, "id") if "id" in raw else ("nodes", i), "节点")
            if node_id and claim(node_id, ("nodes", i)):
                node_ids[node_id] = i
        else:
            reader.error(("nodes", i), "节点要写成一组字段（id、customer、branches ……）")
    ending_ids = []
    for i, raw in enumerate(raw_endings):
        if isinstance(raw, dict):
            ending_id = reader.ident(raw.get("id"), ("endings", i, "id") if "id" in raw else ("endings", i), "结局")
            if ending_id and claim(ending_id, ("endings", i)):
                ending_ids.append(ending_id)
        else:
            reader.error(("endings", i), "结局要写成一组字段（id、outcome、good ……）")

    for i, raw in enumerate(raw_endings):
        if isinstance(raw, dict) and raw.get("id") in ending_ids and ids.get(str(raw.get("id"))) == ("endings", i):
            ending = _ending(reader, raw, ("endings", i))
            scenario.endings[ending.id] = ending
    for i, raw in enumerate(raw_nodes):
        if isinstance(raw, dict) and isinstance(raw.get("id"), (str, int)) and ids.get(str(raw.get("id"))) == ("nodes", i):
            node = _node(reader, raw, ("nodes", i), scenario, node_ids, acts, rules)
            scenario.nodes[node.id] = node

    start = data.get("start")
    if start is None:
        scenario.start = next(iter(scenario.nodes), "")
    elif not isinstance(start, str) or start not in scenario.nodes:
        hint = "start 写第一个节点的 id；省略时从 nodes 的第一项开始"
        reader.error(("start",), f"start 指向不存在的节点 {start!r}{nearest(start, scenario.nodes)}", hint, subject=str(start))
        scenario.start = next(iter(scenario.nodes), "")
    else:
        scenario.start = start

    raw_tests = data.get("tests")
    if raw_tests is not None:
        scenario.tests.extend(_tests(reader, raw_tests, ("tests",), path))
    return scenario


def _read_personas(reader: _Reader, data: Mapping, scenario: Scenario, library: Mapping[str, Persona], path: str) -> None:
    local: dict[str, Persona] = {}
    raw_list = data.get("personas")
    if raw_list is not None:
        if not isinstance(raw_list, list):
            reader.error(("personas",), "personas 应是人物列表", "每一项写 id、name、dialect、temperament、background")
        else:
            local = _persona_list(reader, raw_list, path, library)
    raw = data.get("persona")
    caller = None
    if isinstance(raw, dict):
        caller = _persona(reader, raw, ("persona",), path, default_id="caller")
        if caller is not None:
            if caller.id in local:
                reader.error(("persona", "id"), f"人物 id {caller.id!r} 与 personas 中的重复", "给其中一个换个 id", subject=caller.id)
            local[caller.id] = caller
    scenario.personas = {**library, **local}
    if isinstance(raw, str):
        caller = scenario.personas.get(raw)
        if caller is None:
            known = scenario.personas
            reader.error(
                ("persona",),
                f"未知的人物 {raw!r}{nearest(raw, known, {k: p.name for k, p in known.items()})}",
                "在 personas: 里定义这个人物，或写人物库中已有的 id；也可以直接在 persona: 下写出 name、dialect 等",
                subject=raw,
            )
    elif raw is None:
        reader.error((), "场景缺少 persona（来电的客户）", "如 persona: {name: 陈阿姨, dialect: 上海话, temperament: 急躁, background: …}")
    elif not isinstance(raw, dict):
        reader.error(("persona",), "persona 应是人物 id，或写出人物的 name、dialect 等字段")
    scenario.persona = caller


def _read_state(reader: _Reader, data: Mapping, scenario: Scenario) -> None:
    raw = data.get("state")
    if raw is not None and not isinstance(raw, dict):
        reader.error(("state",), "state 应是“变量名: {min, max, start}”的列表", "如 state: {anger: {label: 火气, min: 0, max: 10, start: 3}}")
        raw = None
    for name, spec in (raw or {}).items():
        key = ("state", name)
        if not isinstance(name, str) or not ID_PATTERN.match(name):
            reader.error(key, f"变量名 {name!r} 只能用字母、数字、下划线或汉字", on_key=True)
            continue
        if not isinstance(spec, dict):
            reader.error(key, f"变量 {name} 要写明范围", "如 {label: 火气, min: 0, max: 10, start: 3}")
            continue
        reader.check_keys(spec, VARIABLE_KEYS, key, f"变量 {name} ")
        low, high = spec.get("min", 0), spec.get("max")
        start = spec.get("start", low)
        numbers = [v for v in (low, high, start)]
        if high is None:
            reader.error(key, f"变量 {name} 缺少 max（上限）", "如 {min: 0, max: 10}")
            continue
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in numbers):
            reader.error(key, f"变量 {name} 的 min、max、start 必须是数字")
            continue
        if low > high:
            reader.error(key, f"变量 {name} 的 min（{low}）大于 max（{high}）", "交换两个数")
            continue
        if not low <= start <= high:
            reader.error(key + ("start",), f"变量 {name} 的初始值 {start} 不在 {low} 到 {high} 之间")
            continue
        label = spec.get("label", "")
        scenario.variables[name] = Variable(name, low, high, start, str(label) if label else "", key)
    mood = data.get("mood")
    if mood is not None:
        if not isinstance(mood, str) or mood not in scenario.variables:
            reader.error(("mood",), f"mood 指向未声明的变量 {mood!r}{nearest(mood, scenario.variables)}", "mood 写驱动情绪条的变量名，如 mood: anger", subject=str(mood))
        else:
            scenario.mood_variable = mood


def _line(reader: _Reader, raw, key: Key, ctx: Context | None = None) -> Line | None:
    if isinstance(raw, (str, int, float)) and not isinstance(raw, bool):
        line = Line(str(raw).strip(), key=key)
    elif isinstance(raw, dict):
        reader.check_keys(raw, LINE_KEYS, key, "备选说法")
        text = reader.text(raw, "customer", key, required=True, what="备选说法")
        if not text:
            return None
        guard = None
        if raw.get("if") is not None and ctx is not None:
            guard, issues = compile_condition(raw["if"], ctx, key + ("if",))
            reader.issues.extend(issues)
        line = Line(text, reader.text(raw, "gloss", key), guard, key)
    else:
        reader.error(key, "备选说法应是一句话，或 {customer: 客户的话, gloss: 普通话释义, if: 条件}")
        return None
    if ctx is not None:
        _check_said(reader, line, ctx)
    return line


def _check_said(reader: _Reader, line: Line, ctx: Context) -> None:
    """A line that repeats the trainee's words must be sure the trainee said them."""
    for field in ("text", "gloss"):
        for act in said_acts(getattr(line, field)):
            where = line.key + (("customer",) if line.when is not None or field == "gloss" else ())
            if act not in ctx.acts:
                reader.error(
                    where,
                    f"{{said.{act}}} 里的 {act!r} 不是已知的行为{nearest(act, ctx.acts, ctx.acts)}",
                    "{said.行为} 代表学员这句回复里做出这个行为的原话，如 {said.time_commitment}",
                    subject=act,
                )
            elif line.when is None or act not in guaranteed_acts(line.when.spec):
                reader.error(
                    where,
                    f"这句客户的话引用了学员说的 {{said.{act}}}，但没有条件保证学员说过",
                    f"给这句话加上 if: {{acts: [{act}]}}；学员没说过的事，客户不能当作说过",
                    subject=act,
                )


def _customer_acts(acts) -> frozenset[str]:
    if acts is not _default_acts():
        return frozenset()
    try:
        return customer_acts()
    except DataFileError:
        return frozenset()


def _node(reader: _Reader, raw: Mapping, key: Key, scenario: Scenario, node_ids, acts, rules) -> Node:
    node_id = str(raw["id"])
    reader.check_keys(raw, NODE_KEYS, key, f"节点 {node_id} ")
    situations = known_situations()
    situation = raw.get("situation", "general")
    if not isinstance(situation, str) or situation not in situations:
        reader.error(
            key + ("situation",),
            f"未知的情境 {situation!r}{nearest(situation, situations, situations)}",
            "可用的情境：" + "、".join(f"{k}（{v}）" for k, v in situations.items()),
            subject=str(situation),
        )
        situation = "general"
    silent = raw.get("silent", False)
    if not isinstance(silent, bool):
        reader.error(key + ("silent",), "silent 只能是 true 或 false")
        silent = False
    text = reader.text(raw, "customer", key)
    if not text and not silent:
        reader.error(key, f"节点 {node_id} 缺少 customer（客户说的话）", "写上客户这句话；客户不出声时写 silent: true", subject=node_id)
    ctx = Context(acts=acts, variables=scenario.variables, nodes=node_ids, node=node_id, rules=rules, customer_acts=_customer_acts(acts))
    lines = [Line(text or SILENT_TEXT, reader.text(raw, "gloss", key), key=key)]
    _check_said(reader, lines[0], ctx)
    alternatives = raw.get("alternatives")
    if alternatives is not None:
        if not isinstance(alternatives, list):
            reader.error(key + ("alternatives",), "alternatives 应是同一句话的其他说法列表")
        else:
            for i, item in enumerate(alternatives):
                line = _line(reader, item, key + ("alternatives", i), ctx)
                if line is not None:
                    lines.append(line)
    speaker = raw.get("speaker", "")
    if speaker and (not isinstance(speaker, str) or speaker not in scenario.personas):
        known = scenario.personas
        reader.error(
            key + ("speaker",),
            f"未知的人物 {speaker!r}{nearest(speaker, known, {k: p.name for k, p in known.items()})}",
            "speaker 写 personas: 中某个人物的 id；省略时是来电的客户本人",
            subject=str(speaker),
        )
        speaker = ""
    branches = []
    raw_branches = raw.get("branches", [])
    if raw_branches is None:
        raw_branches = []
    if not isinstance(raw_branches, list):
        reader.error(key + ("branches",), "branches 应是分支列表，每项写 when（条件）和 to（去向）")
        raw_branches = []
    for i, item in enumerate(raw_branches):
        branch = _branch(reader, item, key + ("branches", i), node_id, i, ctx, scenario)
        if branch is not None:
            branches.append(branch)
    default = None
    if "default" in raw and raw["default"] is not None:
        default = _branch(reader, raw["default"], key + ("default",), node_id, None, ctx, scenario)
    return Node(
        id=node_id,
        lines=tuple(lines),
        situation=situation,
        silent=silent,
        speaker=speaker or "",
        mood=reader.text(raw, "mood", key),
        hint=reader.text(raw, "hint", key),
        after_silence=_after_silence(reader, raw, key),
        branches=tuple(branches),
        default=default,
        key=key,
    )


def _after_silence(reader: _Reader, raw: Mapping, key: Key) -> float | None:
    value = raw.get("after_silence")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= MAX_AFTER_SILENCE:
        reader.error(
            key + ("after_silence",),
            f"after_silence 是秒数，要在 0 到 {MAX_AFTER_SILENCE} 之间（不含 0）",
            "如 after_silence: 5 表示话务员 5 秒不说话，线路就自己往下走（按“等待 5 秒”选分支）",
        )
        return None
    return float(value)


def _branch(reader: _Reader, raw, key: Key, node_id: str, index: int | None, ctx: Context, scenario: Scenario) -> Branch | None:
    is_default = index is None
    if is_default and isinstance(raw, str):
        raw = {"to": raw}
    if not isinstance(raw, dict):
        what = "default 应写成去向的 id，或 {to: 去向, add: …, note: …}" if is_default else "分支要写成 {when: 条件, to: 去向}"
        reader.error(key, what)
        return None
    reader.check_keys(raw, DEFAULT_KEYS if is_default else BRANCH_KEYS, key, "default " if is_default else "分支")
    if is_default and "when" in raw:
        pass  # already reported by check_keys; default never has a condition
    to = raw.get("to")
    if to is None:
        reader.error(key, "分支缺少 to（接下来去哪个节点或结局）", "如 to: second_greeting")
        to = ""
    elif not isinstance(to, (str, int)) or isinstance(to, bool):
        reader.error(key + ("to",), "to 应是节点或结局的 id")
        to = ""
    condition = None
    if not is_default:
        if "when" not in raw:
            reader.error(
                key,
                "分支缺少 when（什么情况下走这条分支）",
                "写上条件，如 when: {acts: [greeting]}；不需要条件的分支请写成节点的 default:",
            )
            condition = Condition(None, lambda move: False, text="（缺少条件）")
        else:
            condition, issues = compile_condition(raw.get("when"), ctx, key + ("when",))
            reader.issues.extend(issues)
    effects, issues = compile_effects(raw, ctx, key)
    reader.issues.extend(issues)
    note = raw.get("note", "")
    return Branch(node_id, index, str(to), condition, effects, str(note).strip() if note else "", key)


def _ending(reader: _Reader, raw: Mapping, key: Key) -> Ending:
    ending_id = str(raw["id"])
    reader.check_keys(raw, ENDING_KEYS, key, f"结局 {ending_id} ")
    outcome = raw.get("outcome")
    labels = OUTCOMES
    if outcome is None:
        reader.error(key, f"结局 {ending_id} 缺少 outcome", "可用：" + "、".join(f"{k}（{v}）" for k, v in labels.items()), subject=ending_id)
        outcome = ""
    elif outcome not in labels:
        reader.error(
            key + ("outcome",),
            f"未知的结局类型 {outcome!r}{nearest(outcome, labels, labels)}",
            "可用：" + "、".join(f"{k}（{v}）" for k, v in labels.items()),
            subject=str(outcome),
        )
        outcome = ""
    good = raw.get("good")
    if not isinstance(good, bool):
        reader.error(key + ("good",) if "good" in raw else key, f"结局 {ending_id} 要写明 good: true（好结局）或 good: false（不好的结局）", subject=ending_id)
        good = False
    return Ending(
        id=ending_id,
        outcome=str(outcome),
        good=good,
        label=reader.text(raw, "label", key) or labels.get(str(outcome), ending_id),
        customer=reader.text(raw, "customer", key),
        gloss=reader.text(raw, "gloss", key),
        feedback=reader.text(raw, "feedback", key),
        key=key,
    )


# ---------------------------------------------------------------------------
# Scenario tests
# ---------------------------------------------------------------------------


def _tests(reader: _Reader, raw, key: Key, path: str) -> list[ScenarioTest]:
    if isinstance(raw, dict) and "tests" in raw:
        raw, key = raw["tests"], key + ("tests",)
    if not isinstance(raw, list):
        reader.error(key, "tests 应是测试列表，每项写 name、script、expect")
        return []
    found = []
    for i, item in enumerate(raw):
        k = key + (i,)
        if not isinstance(item, dict):
            reader.error(k, "每个测试要写成 {name: 名称, script: [回复 …], expect: {…}}")
            continue
        reader.check_keys(item, TEST_KEYS, k, "测试")
        name = reader.text(item, "name", k, required=True, what="测试") or f"测试 {i + 1}"
        seed = item.get("seed", 0)
        if not isinstance(seed, int) or isinstance(seed, bool):
            reader.error(k + ("seed",), "seed 应是整数")
            seed = 0
        script = item.get("script")
        steps = []
        if not isinstance(script, list) or not script:
            reader.error(k + ("script",) if "script" in item else k, "测试缺少 script（按顺序写话务员的每一句回复）", "空字符串 \"\" 或 {wait: 5} 表示等待")
        else:
            for j, raw_step in enumerate(script):
                step = _step(reader, raw_step, k + ("script", j))
                if step is not None:
                    steps.append(step)
        expect = _expect(reader, item.get("expect") or {}, k + ("expect",), EXPECT_KEYS)
        found.append(ScenarioTest(name, tuple(steps), expect, seed, k, path))
    return found


def _step(reader: _Reader, raw, key: Key) -> Step | None:
    if raw is None or raw == "":
        return Step("wait", seconds=DEFAULT_WAIT_SECONDS, key=key)
    if isinstance(raw, list) and len(raw) == 1 and isinstance(raw[0], str):
        # `- [等待 4 秒]` is a YAML list holding one string.
        seconds = parse_wait(raw[0], bracketed=False)
        if seconds is not False:
            return Step("wait", seconds=DEFAULT_WAIT_SECONDS if seconds is None else seconds, key=key)
    if isinstance(raw, (str, int, float)) and not isinstance(raw, bool):
        text = str(raw)
        seconds = parse_wait(text)
        if seconds is not False:
            return Step("wait", seconds=DEFAULT_WAIT_SECONDS if seconds is None else seconds, key=key)
        return Step("reply", text=text, key=key)
    if isinstance(raw, dict):
        reader.check_keys(raw, STEP_KEYS, key, "脚本步骤")
        expect = _expect(reader, raw["expect"], key + ("expect",), STEP_EXPECT_KEYS) if raw.get("expect") else None
        if ("reply" in raw) == ("wait" in raw):
            reader.error(key, "每一步写 reply（回复）或 wait（等待秒数）其中之一")
            return None
        if "wait" in raw:
            seconds = raw["wait"]
            if seconds is None or seconds is True:
                seconds = DEFAULT_WAIT_SECONDS
            if not isinstance(seconds, (int, float)) or isinstance(seconds, bool) or seconds < 0:
                reader.error(key + ("wait",), "wait 后面写等待的秒数", "如 wait: 4")
                return None
            return Step("wait", seconds=float(seconds), expect=expect, key=key)
        reply = raw["reply"]
        if isinstance(reply, bool) or not isinstance(reply, (str, int, float)):
            reader.error(key + ("reply",), "reply 应是一句回复")
            return None
        return Step("reply", text=str(reply), expect=expect, key=key)
    reader.error(key, "脚本的每一步是一句回复、空字符串（等待）或 {wait: 秒数}")
    return None


def _expect(reader: _Reader, raw, key: Key, allowed: tuple[str, ...]) -> Expect:
    if not isinstance(raw, dict):
        reader.error(key, "expect 应是一组期望，如 {ending: closed_politely, min_score: 90}")
        return Expect(key=key)
    reader.check_keys(raw, allowed, key, "expect ")

    def ids(name) -> tuple[str, ...]:
        value = raw.get(name)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value,)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
        reader.error(key + (name,), f"{name} 应是 id 列表")
        return ()

    def score(name) -> int | None:
        value = raw.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
            reader.error(key + (name,), f"{name} 应是 0 到 100 的分数")
            return None
        return int(value)

    def flag(name) -> bool | None:
        value = raw.get(name)
        if value is None:
            return None
        if not isinstance(value, bool):
            reader.error(key + (name,), f"{name} 只能是 true 或 false")
            return None
        return value

    state = raw.get("state") or {}
    if not isinstance(state, dict) or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in state.values()):
        reader.error(key + ("state",), "state 应写成 {变量: 数值}")
        state = {}
    path = raw.get("path")
    if path is not None:
        path = ids("path")
    for name in ("ending", "outcome", "to"):
        if name in raw and not isinstance(raw[name], str):
            reader.error(key + (name,), f"{name} 应是一个 id")
    return Expect(
        ending=str(raw.get("ending") or ""),
        outcome=str(raw.get("outcome") or ""),
        good=flag("good"),
        path=path,
        visits=ids("through"),
        avoids=ids("not_through"),
        to=str(raw.get("to") or ""),
        min_score=score("min_score"),
        max_score=score("max_score"),
        violations=ids("violations"),
        no_violations=ids("no_violations"),
        clean=bool(flag("clean")),
        passed=flag("passed"),
        state=tuple((str(k), v) for k, v in state.items()),
        key=key,
    )


def _read_sibling_tests(scenario: Scenario, text: str, path: str, acts) -> list[DataError]:
    try:
        data, root = parse(text, path)
    except DataFileError as exc:
        return list(exc.problems)
    reader = _Reader()
    if data is None:
        return []
    if not (isinstance(data, list) or (isinstance(data, dict) and "tests" in data)):
        reader.error((), "测试文件应以 tests: 开头，下面每一项是一个测试")
    else:
        if isinstance(data, dict):
            reader.check_keys(data, ("tests",), (), "测试文件")
        scenario.tests.extend(_tests(reader, data, (), path))
    scenario.tests_path = path
    scenario.tests_source = text
    return to_data_errors(reader.issues, path, Locator(text, root))


# ---------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------


def tests_sibling(path) -> Any:
    """``NAME.tests.yaml`` beside ``NAME.yaml`` (a Path or an importlib Traversable)."""
    name = path.name
    stem = name[: -len(".yaml")] if name.endswith(".yaml") else name[: -len(".yml")] if name.endswith(".yml") else name
    return path.parent / f"{stem}.tests.yaml" if hasattr(path, "parent") else None


def read_scenario_file(path, *, personas: Mapping[str, Persona] | None = None, acts=None, rules=known_rules) -> LoadResult:
    """Read a scenario from a ``Path`` (or ``importlib.resources`` Traversable) and its sibling tests."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return LoadResult(None, [DataError(str(path), None, f"文件不是 UTF-8 编码：{exc.reason}", "请用 UTF-8 保存文件")])
    except OSError as exc:
        return LoadResult(None, [DataError(str(path), None, f"无法读取文件：{exc.strerror or exc}")])
    tests_text = tests_path = None
    sibling = tests_sibling(path)
    if sibling is not None and sibling.is_file():
        try:
            tests_text = sibling.read_text(encoding="utf-8")
            tests_path = str(sibling)
        except (OSError, UnicodeDecodeError) as exc:
            return LoadResult(None, [DataError(str(sibling), None, f"无法读取测试文件：{exc}", "请用 UTF-8 保存文件")])
    return read_scenario(text, str(path), personas=personas, acts=acts, rules=rules, tests_text=tests_text, tests_path=tests_path or "")
