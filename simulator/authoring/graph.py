"""The call graph of a scenario, for trainers: Mermaid or Graphviz DOT text, or an
SVG picture drawn without either (``graph_svg.py``).

Pure functions over a loaded ``Scenario`` (no files, no database)::

    graph = build_graph(scenario)                        # nodes, endings, branches
    graph = build_graph(scenario, coverage=coverage_from_sessions(scenario, turn_lists))
    text = to_mermaid(graph)    # or to_dot(graph)

Nodes show the node id, the situation and the customer's line (shortened); a silent
node says so.  Branches are labelled with their conditions in short Chinese ("致歉 +
请客户讲普通话", "一票否决", "火气 ≥ 8", "第 3 次起", "等待 3–10 秒"; the default
branch "其他"), numbered in the order the engine checks them, with their effects
("火气 +2") on a second line.  Good endings are green, bad ones red.

With coverage (how many recorded sessions reached each node, ending and branch)
every label gets its count ("（12 次）"), reached nodes are shaded by that count,
edges drawn thicker, and whatever no session reached is grey and dashed.

Every piece of text that comes from a scenario is escaped for the target language
(Mermaid entity codes, DOT string escapes), so quotes, brackets, ``#``, ``|`` or a
backslash in a customer's line cannot break the diagram.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from ..scenario.model import SILENT_TEXT, Branch, Node, Scenario, Variable

FORMATS = ("mermaid", "dot", "svg")
LINE_CHARS = 26  # a customer's line is cut after this many characters
MAX_ACTS_SHOWN = 5  # an act list longer than this is shown as "A / B / C 等 11 种"
START_ID = "s_start"

# Colours shared by both formats.
GOOD_FILL, GOOD_STROKE = "#d4edda", "#2e7d32"
BAD_FILL, BAD_STROKE = "#f8d7da", "#c62828"
SILENT_FILL, SILENT_STROKE = "#eceff1", "#78909c"
NODE_FILL, NODE_STROKE = "#ffffff", "#455a64"
START_FILL = "#455a64"
GREY_FILL, GREY_STROKE, GREY_TEXT = "#f5f5f5", "#bdbdbd", "#9e9e9e"
HEAT_LOW, HEAT_HIGH = "#e3f2fd", "#64b5f6"  # node fill: from rarely reached to reached by the most sessions

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


# ---------------------------------------------------------------------------
# The graph as data
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Coverage:
    """How many recorded sessions reached each node or ending, and took each branch."""

    sessions: int = 0
    nodes: Mapping[str, int] = field(default_factory=dict)  # node or ending id -> sessions
    branches: Mapping[str, int] = field(default_factory=dict)  # branch id ("node#2") -> sessions


@dataclass(frozen=True)
class GraphNode:
    id: str  # the id used in the diagram (safe in Mermaid and DOT)
    key: str  # the scenario's node or ending id ("" for the start marker)
    kind: str  # "start" | "node" | "ending"
    lines: tuple[str, ...]  # the label, one entry per line (plain text, not escaped)
    silent: bool = False
    good: bool | None = None  # endings only
    count: int | None = None  # sessions that reached it; None without coverage


@dataclass(frozen=True)
class GraphEdge:
    source: str  # diagram ids
    target: str
    branch: str  # the branch id ("node#1", "node#default"); "" for the edge from the start marker
    lines: tuple[str, ...]  # the label (plain text); empty for no label
    default: bool = False
    count: int | None = None


@dataclass(frozen=True)
class CallGraph:
    scenario_id: str
    title: str
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]
    coverage: Coverage | None = None

    def node(self, key: str) -> GraphNode | None:
        return next((n for n in self.nodes if n.key == key and n.kind != "start"), None)


# ---------------------------------------------------------------------------
# Conditions in short Chinese
# ---------------------------------------------------------------------------


def _num(value) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)) and math.isfinite(value) and float(value).is_integer():
        return str(int(value))
    return str(value)


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _act_names(acts, labels: Mapping[str, str]) -> list[str]:
    if isinstance(acts, str):
        acts = [acts]
    if not isinstance(acts, list):
        return []
    return [labels.get(a, str(a)) if isinstance(a, str) else str(a) for a in acts]


def _shown(names: list[str], joiner: str) -> str:
    if len(names) > MAX_ACTS_SHOWN:
        return joiner.join(names[: MAX_ACTS_SHOWN - 2]) + f" 等 {len(names)} 种"
    return joiner.join(names)


def _acts_text(spec, labels: Mapping[str, str]) -> str:
    if isinstance(spec, (list, str)):
        spec = {"any": spec}
    if not isinstance(spec, dict):
        return "（条件有误）"
    wanted = []  # "all" and "any": acts the reply must show
    every = _act_names(spec.get("all"), labels)
    some = _act_names(spec.get("any"), labels)
    if every:
        wanted.append(_shown(every, " + "))
    if some:
        text = _shown(some, " / ")
        wanted.append(f"（{text}）" if len(some) > 1 and every else text)
    text = " + ".join(wanted)
    absent = _act_names(spec.get("none"), labels)
    if absent:
        text = (text + "，" if text else "") + "不含 " + _shown(absent, "、")
    return text or "（条件有误）"


def _grade_text(spec) -> str:
    if not isinstance(spec, dict):
        return "（条件有误）"
    parts = []
    if "critical" in spec:
        parts.append("一票否决" if spec["critical"] else "无一票否决")
    if "verdict" in spec:
        parts.append("回复合格" if spec["verdict"] == "pass" else "回复不合格")
    low, high = spec.get("min_score"), spec.get("max_score")
    if low is not None and high is not None:
        parts.append(f"得分 {_num(low)}–{_num(high)}")
    elif low is not None:
        parts.append(f"得分 ≥ {_num(low)}")
    elif high is not None:
        parts.append(f"得分 ≤ {_num(high)}")
    rules = spec.get("violations")
    if rules:
        rules = [rules] if isinstance(rules, str) else list(rules)
        parts.append("违反 " + _shown([str(r) for r in rules], " / "))
    return "，".join(parts) or "（条件有误）"


_STATE_SIGNS = {"eq": "=", "ne": "≠", "lt": "<", "gt": ">", "min": "≥", "max": "≤"}


def _state_text(spec, variables: Mapping[str, Variable]) -> str:
    if not isinstance(spec, dict):
        return "（条件有误）"
    parts = []
    for name, test in spec.items():
        var = variables.get(name) if isinstance(name, str) else None
        label = (var.label if var is not None and var.label else None) or str(name)
        if _is_number(test):
            test = {"eq": test}
        if not isinstance(test, dict):
            parts.append(f"{label}（条件有误）")
            continue
        if set(test) == {"min", "max"}:
            parts.append(f"{label} {_num(test['min'])}–{_num(test['max'])}")
            continue
        for op, value in test.items():
            if op == "between" and isinstance(value, list) and len(value) == 2:
                parts.append(f"{label} {_num(value[0])}–{_num(value[1])}")
            elif op in _STATE_SIGNS:
                parts.append(f"{label} {_STATE_SIGNS[op]} {_num(value)}")
            else:
                parts.append(f"{label}（条件有误）")
    return "，".join(parts)


def _visits_text(spec, here: str) -> str:
    if _is_number(spec):
        spec = {"min": spec}
    if not isinstance(spec, dict):
        return "（条件有误）"
    target = spec.get("node", here)
    low, high = spec.get("min"), spec.get("max")
    if target == here:
        if high is None:
            return f"第 {_num(low)} 次起" if low is not None and low > 1 else "任何一次"
        if low is None or low <= 1:
            return f"前 {_num(high)} 次" if high != 1 else "第 1 次"
        return f"第 {_num(low)} 次" if low == high else f"第 {_num(low)}–{_num(high)} 次"
    if high is None:
        return f"到过 {target} ≥ {_num(low or 0)} 次"
    if low is None or low == 0:
        return f"到过 {target} ≤ {_num(high)} 次" if high else f"没到过 {target}"
    return f"到过 {target} {_num(low)} 次" if low == high else f"到过 {target} {_num(low)}–{_num(high)} 次"


def _waited_text(spec) -> str:
    if spec is True:
        return "等待"
    if spec is False:
        return "没有等待"
    if _is_number(spec):
        spec = {"min": spec}
    if not isinstance(spec, dict):
        return "（条件有误）"
    low, high = spec.get("min"), spec.get("max")
    if low is not None and high is not None:
        return f"等待 {_num(low)}–{_num(high)} 秒"
    if high is not None:
        return f"等待 ≤ {_num(high)} 秒"
    return f"等待 ≥ {_num(low or 0)} 秒"


def describe_condition(spec, acts: Mapping[str, str], variables: Mapping[str, Variable] | None = None, node: str = "") -> str:
    """A branch's ``when:`` in short Chinese: acts by their labels, the rest in symbols.

    ``acts``: act id -> Chinese label (the grader's lexicon); ``node``: the node the
    branch leaves (``visits`` without ``node:`` counts visits to it).
    """
    variables = variables or {}
    if spec is None or spec == {}:
        return "任何情况"
    if not isinstance(spec, dict):
        return "（条件有误）"
    parts = []
    for form, value in spec.items():
        if form == "acts":
            parts.append(_acts_text(value, acts))
        elif form == "grade":
            parts.append(_grade_text(value))
        elif form == "state":
            parts.append(_state_text(value, variables))
        elif form == "visits":
            parts.append(_visits_text(value, node))
        elif form == "waited":
            parts.append(_waited_text(value))
        elif form == "move":
            parts.append("回复" if value == "reply" else "等待" if value == "wait" else "（条件有误）")
        elif form == "any" and isinstance(value, list) and value:
            inner = [describe_condition(v, acts, variables, node) for v in value]
            parts.append(inner[0] if len(inner) == 1 else "（" + " 或 ".join(inner) + "）")
        elif form == "all" and isinstance(value, list) and value:
            parts.append("，".join(describe_condition(v, acts, variables, node) for v in value))
        elif form == "not":
            parts.append(f"非（{describe_condition(value, acts, variables, node)}）")
        else:
            parts.append("（条件有误）")
    return "，".join(p for p in parts if p)


def describe_effects(branch: Branch, variables: Mapping[str, Variable]) -> str:
    parts = []
    for effect in branch.effects:
        var = variables.get(effect.variable)
        label = (var.label if var is not None and var.label else None) or effect.variable
        if effect.op == "set":
            parts.append(f"{label} = {_num(effect.value)}")
        else:
            parts.append(f"{label} {'+' if effect.value >= 0 else '−'}{_num(abs(effect.value))}")
    return "，".join(parts)


# ---------------------------------------------------------------------------
# Building the graph
# ---------------------------------------------------------------------------


def shorten(text: str, limit: int = LINE_CHARS) -> str:
    """One line of at most ``limit`` characters (whitespace collapsed, "…" when cut)."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _safe(prefix: str, raw: str) -> str:
    """A diagram id from a scenario id: ASCII letters, digits and ``_`` only."""
    out = []
    for ch in raw:
        if ch.isascii() and (ch.isalnum() or ch == "_"):
            out.append(ch)
        else:
            out.append(f"_{ord(ch):x}_")
    return prefix + "".join(out)


def _ids(scenario: Scenario) -> dict[tuple[str, str], str]:
    """(kind, scenario id) -> diagram id, unique."""
    found: dict[tuple[str, str], str] = {}
    used = {START_ID}
    for kind, prefix, keys in (("node", "n_", scenario.nodes), ("ending", "e_", scenario.endings)):
        for key in keys:
            candidate = base = _safe(prefix, key)
            n = 2
            while candidate in used:
                candidate = f"{base}_{n}"
                n += 1
            used.add(candidate)
            found[(kind, key)] = candidate
    return found


def _node_lines(scenario: Scenario, node: Node, situations: Mapping[str, str]) -> tuple[str, ...]:
    situation = situations.get(node.situation, node.situation)
    lines = [f"{node.id} · {situation}"]
    first = node.lines[0].text if node.lines else ""
    speaker = scenario.personas.get(node.speaker) if node.speaker else None
    who = f"{speaker.name}：" if speaker is not None else ""
    if node.silent:
        lines.append(f"{who}（无声）")
        if first and first != SILENT_TEXT:
            lines.append(shorten(first))
    elif first:
        lines.append(who + "“" + shorten(first) + "”")
    others = len(node.lines) - 1
    if others > 0:
        lines.append(f"（另有 {others} 种说法）")
    return tuple(lines)


def _edge_lines(scenario: Scenario, node: Node, branch: Branch, acts: Mapping[str, str]) -> tuple[str, ...]:
    if branch.is_default:
        text = "其他"
    else:
        spec = branch.when.spec if branch.when is not None else None
        text = describe_condition(spec, acts, scenario.variables, node.id) if branch.when is not None else "（缺少条件）"
        if len(node.branches) > 1 or node.default is not None:
            mark = _CIRCLED[branch.index] if branch.index < len(_CIRCLED) else f"({branch.index + 1})"
            text = f"{mark} {text}"
    lines = [text]
    effects = describe_effects(branch, scenario.variables)
    if effects:
        lines.append(effects)
    return tuple(lines)


def _count_text(count: int) -> str:
    return f"（{count} 次）" if count else "（未走到）"


def build_graph(
    scenario: Scenario,
    *,
    coverage: Coverage | None = None,
    acts: Mapping[str, str] | None = None,
    situations: Mapping[str, str] | None = None,
) -> CallGraph:
    """The call graph of a (loaded, valid) scenario.

    ``acts`` (act id -> Chinese label) and ``situations`` (situation -> Chinese label)
    default to the grading engine's lexicon and the contract's situations.
    """
    if acts is None:
        from ..scenario.loader import known_acts

        acts = known_acts()
    if situations is None:
        from ..scenario.loader import known_situations

        situations = known_situations()
    ids = _ids(scenario)

    def counted(lines: tuple[str, ...], key: str) -> tuple[tuple[str, ...], int | None]:
        if coverage is None:
            return lines, None
        count = int(coverage.nodes.get(key, 0))
        return lines + (_count_text(count),), count

    nodes: list[GraphNode] = []
    start_count = coverage.sessions if coverage is not None else None
    start_lines = ("接通",) + ((_count_text(start_count),) if start_count is not None else ())
    nodes.append(GraphNode(START_ID, "", "start", start_lines, count=start_count))
    for node in scenario.nodes.values():
        lines, count = counted(_node_lines(scenario, node, situations), node.id)
        nodes.append(GraphNode(ids[("node", node.id)], node.id, "node", lines, silent=node.silent, count=count))
    for ending in scenario.endings.values():
        lines = [f"{ending.id} · {ending.outcome_label}"]
        if ending.label and ending.label != ending.outcome_label:
            lines.append(shorten(ending.label))
        lines.append("好结局" if ending.good else "不好的结局")
        lines, count = counted(tuple(lines), ending.id)
        nodes.append(GraphNode(ids[("ending", ending.id)], ending.id, "ending", lines, good=ending.good, count=count))

    def target_id(key: str) -> str | None:
        return ids.get(("node", key)) or ids.get(("ending", key))

    edges: list[GraphEdge] = []
    if scenario.start in scenario.nodes:
        edges.append(GraphEdge(START_ID, ids[("node", scenario.start)], "", (), count=start_count))
    for node in scenario.nodes.values():
        for branch in node.all_branches:
            target = target_id(branch.to)
            if target is None:  # an unknown target (an unvalidated scenario): nothing to draw to
                continue
            lines = _edge_lines(scenario, node, branch, acts)
            count = None
            if coverage is not None:
                count = int(coverage.branches.get(branch.id, 0))
                lines = lines + (_count_text(count),)
            edges.append(GraphEdge(ids[("node", node.id)], target, branch.id, lines, default=branch.is_default, count=count))
    return CallGraph(scenario.id, scenario.title, tuple(nodes), tuple(edges), coverage)


def coverage_from_sessions(scenario: Scenario, sessions: Iterable[Sequence[Mapping[str, Any]]]) -> Coverage:
    """Coverage from recorded sessions, each a list of turn records (``records.turns.turn_record``).

    A node, ending or branch counts once per session that reached it, however often
    that session came back.  Every session reached the start node.  Ids the scenario
    no longer has are ignored.
    """
    targets = set(scenario.nodes) | set(scenario.endings)
    branch_ids = {b.id for b in scenario.branches()}
    nodes: dict[str, int] = {}
    branches: dict[str, int] = {}
    total = 0
    for turns in sessions:
        total += 1
        reached = {scenario.start} if scenario.start in scenario.nodes else set()
        taken = set()
        for turn in turns:
            for name in ("node_from", "node_to"):
                value = turn.get(name)
                if isinstance(value, str) and value in targets:
                    reached.add(value)
            branch = turn.get("branch_id")
            if isinstance(branch, str) and branch in branch_ids:
                taken.add(branch)
        for key in reached:
            nodes[key] = nodes.get(key, 0) + 1
        for key in taken:
            branches[key] = branches.get(key, 0) + 1
    return Coverage(total, nodes, branches)


# ---------------------------------------------------------------------------
# Colours for coverage
# ---------------------------------------------------------------------------


def _mix(low: str, high: str, fraction: float) -> str:
    fraction = min(max(fraction, 0.0), 1.0)
    a = [int(low[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(high[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * fraction):02x}" for x, y in zip(a, b))


def _heat(count: int, most: int) -> str:
    return _mix(HEAT_LOW, HEAT_HIGH, count / most if most else 0.0)


def _width(count: int, most: int) -> float:
    """Edge thickness: 1.5 for one session ... 5 for the most travelled."""
    return round(1.5 + 3.5 * (count / most if most else 0.0), 1)


def _most(graph: CallGraph) -> tuple[int, int]:
    nodes = max([n.count or 0 for n in graph.nodes if n.kind != "start"] or [0])
    edges = max([e.count or 0 for e in graph.edges] or [0])
    return nodes, edges


# ---------------------------------------------------------------------------
# Mermaid
# ---------------------------------------------------------------------------

_MERMAID_ENTITIES = {
    '"': "#quot;",
    "&": "#amp;",
    "<": "#lt;",
    ">": "#gt;",
    "|": "#124;",
    "`": "#96;",
    "\\": "#92;",
}


def mermaid_escape(text: str) -> str:
    """Text for inside a quoted Mermaid label: entity codes for what Mermaid would parse."""
    text = " ".join(str(text).split())
    text = text.replace("#", "#35;")  # first: every entity code below starts with "#"
    return "".join(_MERMAID_ENTITIES.get(ch, ch) for ch in text)


def _mermaid_label(lines: Iterable[str]) -> str:
    return '"' + "<br/>".join(mermaid_escape(line) for line in lines) + '"'


def to_mermaid(graph: CallGraph) -> str:
    """A Mermaid flowchart (top to bottom), with a front-matter title."""
    cov = graph.coverage is not None
    out = ["---", f"title: {json.dumps(f'{graph.title}（{graph.scenario_id}）', ensure_ascii=False)}", "---", "flowchart TD"]
    classes: dict[str, list[str]] = {}
    styles: list[str] = []
    most_node, most_edge = _most(graph)
    for node in graph.nodes:
        label = _mermaid_label(node.lines)
        if node.kind == "start":
            out.append(f"    {node.id}(({label}))")
            cls = "start"
        elif node.kind == "ending":
            out.append(f"    {node.id}([{label}])")
            cls = "good" if node.good else "bad"
        else:
            out.append(f"    {node.id}[{label}]")
            cls = "silent" if node.silent else "step"
        if cov and node.kind != "start":
            if not node.count:
                cls = {"good": "goodUnreached", "bad": "badUnreached"}.get(cls, "unreached")
            elif node.kind == "node":
                styles.append(f"    style {node.id} fill:{_heat(node.count, most_node)}")
        classes.setdefault(cls, []).append(node.id)
    reached, unreached = [], []
    for index, edge in enumerate(graph.edges):
        arrow = "-.->" if cov and not edge.count else "-->"
        if edge.lines:
            out.append(f"    {edge.source} {arrow}|{_mermaid_label(edge.lines)}| {edge.target}")
        else:
            out.append(f"    {edge.source} {arrow} {edge.target}")
        if cov:
            (reached if edge.count else unreached).append((index, edge))
    out.append(f"    classDef step fill:{NODE_FILL},stroke:{NODE_STROKE},color:#212121")
    out.append(f"    classDef silent fill:{SILENT_FILL},stroke:{SILENT_STROKE},color:#37474f")
    out.append(f"    classDef start fill:{START_FILL},stroke:{START_FILL},color:#ffffff")
    out.append(f"    classDef good fill:{GOOD_FILL},stroke:{GOOD_STROKE},stroke-width:2px,color:#1b5e20")
    out.append(f"    classDef bad fill:{BAD_FILL},stroke:{BAD_STROKE},stroke-width:2px,color:#b71c1c")
    if cov:
        dashed = "stroke-dasharray: 5 5"
        out.append(f"    classDef unreached fill:{GREY_FILL},stroke:{GREY_STROKE},color:{GREY_TEXT},{dashed}")
        out.append(f"    classDef goodUnreached fill:#f1f8f2,stroke:#a5d6a7,color:{GREY_TEXT},{dashed}")
        out.append(f"    classDef badUnreached fill:#fdf0f1,stroke:#ef9a9a,color:{GREY_TEXT},{dashed}")
    for cls, members in classes.items():
        out.append(f"    class {','.join(members)} {cls}")
    out.extend(styles)
    for index, edge in reached:
        out.append(f"    linkStyle {index} stroke-width:{_width(edge.count, most_edge)}px")
    if unreached:
        out.append(f"    linkStyle {','.join(str(i) for i, _ in unreached)} stroke:{GREY_STROKE},color:{GREY_TEXT}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# Graphviz DOT
# ---------------------------------------------------------------------------


def dot_escape(text: str) -> str:
    """Text for inside a double-quoted DOT string (one line)."""
    text = " ".join(str(text).split())
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _dot_label(lines: Iterable[str]) -> str:
    return '"' + "\\n".join(dot_escape(line) for line in lines) + '"'


def _dot_attrs(attrs: Mapping[str, str]) -> str:
    return "[" + ", ".join(f"{k}={v}" for k, v in attrs.items()) + "]"


def _q(value: str) -> str:
    return '"' + dot_escape(value) + '"'


_FONT = '"Noto Sans CJK SC,Source Han Sans SC,Microsoft YaHei,PingFang SC,sans-serif"'


def to_dot(graph: CallGraph) -> str:
    """A Graphviz digraph (top to bottom); render with ``dot -Tsvg``."""
    cov = graph.coverage is not None
    most_node, most_edge = _most(graph)
    out = [
        f"digraph {_q(graph.scenario_id)} {{",
        f"    graph [rankdir=TB, label={_q(f'{graph.title}（{graph.scenario_id}）')}, labelloc=t, fontname={_FONT}, fontsize=16];",
        f'    node [shape=box, style="rounded,filled", fillcolor="{NODE_FILL}", color="{NODE_STROKE}", fontname={_FONT}, fontsize=11];',
        f"    edge [fontname={_FONT}, fontsize=10, color=\"#546e7a\"];",
    ]
    for node in graph.nodes:
        attrs = {"label": _dot_label(node.lines)}
        if node.kind == "start":
            attrs.update(shape="circle", style='"filled"', fillcolor=f'"{START_FILL}"', color=f'"{START_FILL}"', fontcolor='"#ffffff"')
        elif node.kind == "ending":
            fill, stroke = (GOOD_FILL, GOOD_STROKE) if node.good else (BAD_FILL, BAD_STROKE)
            attrs.update(style='"rounded,filled,bold"', fillcolor=f'"{fill}"', color=f'"{stroke}"', penwidth="2")
        elif node.silent:
            attrs.update(fillcolor=f'"{SILENT_FILL}"', color=f'"{SILENT_STROKE}"', fontcolor='"#37474f"')
        if cov and node.kind != "start":
            if not node.count:
                attrs.update(style='"rounded,filled,dashed"', color=f'"{GREY_STROKE}"', fontcolor=f'"{GREY_TEXT}"', penwidth="1")
                if node.kind != "ending":
                    attrs["fillcolor"] = f'"{GREY_FILL}"'
            elif node.kind == "node":
                attrs["fillcolor"] = f'"{_heat(node.count, most_node)}"'
        out.append(f"    {_q(node.id)} {_dot_attrs(attrs)};")
    for edge in graph.edges:
        attrs = {}
        if edge.lines:
            attrs["label"] = _dot_label(edge.lines)
        if edge.default:
            attrs["arrowhead"] = "empty"
        if cov:
            if edge.count:
                attrs["penwidth"] = str(_width(edge.count, most_edge))
            else:
                attrs.update(style="dashed", color=f'"{GREY_STROKE}"', fontcolor=f'"{GREY_TEXT}"')
        tail = f" {_dot_attrs(attrs)}" if attrs else ""
        out.append(f"    {_q(edge.source)} -> {_q(edge.target)}{tail};")
    out.append("}")
    return "\n".join(out) + "\n"


__all__ = [
    "FORMATS",
    "CallGraph",
    "Coverage",
    "GraphEdge",
    "GraphNode",
    "build_graph",
    "coverage_from_sessions",
    "describe_condition",
    "describe_effects",
    "dot_escape",
    "mermaid_escape",
    "shorten",
    "to_dot",
    "to_mermaid",
]
