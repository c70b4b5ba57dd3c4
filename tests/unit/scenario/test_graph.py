"""`peilian graph`: the call graph of a scenario as Mermaid or DOT, with coverage from the records.

The Mermaid output is checked by a small structural parser (every line is a known
statement, every edge joins declared nodes, no quote breaks a label, entity codes
decode back to the scenario's text).  Where mermaid itself is installed (a folder
with ``npm install mermaid jsdom``, named by ``$PEILIAN_MERMAID_DIR``) the output is
also parsed by mermaid; where Graphviz is installed, ``dot`` renders the DOT output.
"""

import dataclasses
import html
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import FIXTURES as TEST_FIXTURES
from simulator.engine.clock import ManualClock
from simulator.records.journal import Journal
from simulator.records import open_store
from simulator.scenario import load_library, load_scenario
from simulator.authoring.graph import (
    CallGraph,
    Coverage,
    GraphEdge,
    GraphNode,
    build_graph,
    coverage_from_sessions,
    describe_condition,
    to_dot,
    to_mermaid,
)
from simulator.scenario.loader import known_acts
from simulator.engine.session import CallSession

GREET = "您好！请问有什么可以帮助您？"
NOTICE = "您好，听不到您的声音，请问有什么可以帮助您？"
CLOSE = "对不起，您的电话没有声音，请您换一部电话再次打来，好吗？再见！"
THREAT = "再不说话我就挂了啊！"

# Text that breaks a diagram unless escaped: quotes, brackets, Mermaid's `#…;`
# entity codes, pipes (edge labels), HTML, backslashes (DOT), backticks (Mermaid markdown).
NASTY = '他说："你好" [听不清] {什么} (哈哈) #1; |竖线| <b>粗</b> & 100%% \\n `反引号` -->|x| end #quot; ;'

NASTY_SCENARIO = """\
id: nasty-graph
title: '引号 "标题" [方括号] #井号 | 竖线 --- end'
persona:
  name: 王"女士"
personas:
  - id: son
    name: 儿子[小王]
state:
  anger:
    label: 火气"值"
    min: 0
    max: 10
    start: 3
nodes:
  - id: end
    situation: dialect
    customer: '他说："你好" [听不清] {什么} #1; |竖线| <b>粗</b> & \\ `反引号`'
    branches:
      - when: {acts: [wei]}
        to: 中文-节点
        add: {anger: 2}
      - when: {acts: {all: [apology], any: [ask_mandarin, ask_slow_down], none: [impatience]}, state: {anger: {between: [0, 8]}}}
        to: 中文-节点
      - when: {any: [{grade: {critical: true}}, {waited: {min: 3, max: 5}}], not: {visits: {node: 中文-节点, min: 1}}}
        to: o-bad
    default: {to: end, note: 再说一遍}
  - id: 中文-节点
    speaker: son
    silent: true
    customer: （"无声" ]）
    branches:
      - when: {move: wait}
        to: x-good
      - when: {visits: {min: 2, max: 3}}
        to: o-bad
    default: 中文-节点
endings:
  - id: x-good
    outcome: resolved
    good: true
    label: 好"结局" [1]
  - id: o-bad
    outcome: complaint
    good: false
    label: '坏结局 \\ "投诉" | #2'
tests:
  - name: 请讲普通话后等待
    script: [对不起，请您讲普通话，好吗？谢谢！, "[等待 4 秒]"]
    expect: {ending: x-good}
"""


def out(result) -> str:
    return result.stdout.decode("utf-8")


def err(result) -> str:
    return result.stderr.decode("utf-8")


@pytest.fixture
def nasty(tmp_path):
    path = tmp_path / "nasty.yaml"
    path.write_text(NASTY_SCENARIO, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------
# A structural Mermaid parser (what the test trusts instead of mermaid itself)
# ---------------------------------------------------------------------------

_ENTITY = re.compile(r"#(\w+);")
_LABEL = r'"([^"]*)"'  # a quoted label: no raw quote may appear inside
_NODE = re.compile(r"^    (\w+)(\(\(|\(\[|\[)" + _LABEL + r"(\)\)|\]\)|\])$")
_EDGE = re.compile(r"^    (\w+) (-->|-\.->)(?:\|" + _LABEL + r"\|)? (\w+)$")
_CLOSERS = {"((": "))", "([": "])", "[": "]"}


def decode(label: str) -> list[str]:
    """A Mermaid label back to its lines of text: ``<br/>`` splits, entity codes decode."""

    def entity(m):
        code = m.group(1)
        return chr(int(code)) if code.isdigit() else html.unescape(f"&{code};")

    return [_ENTITY.sub(entity, line) for line in label.split("<br/>")]


@dataclasses.dataclass
class Mermaid:
    title: str
    nodes: dict  # id -> (shape, lines)
    edges: list  # (source, arrow, lines or None, target)
    class_defs: set
    classes: dict  # node id -> class
    styles: dict  # node id -> style
    link_styles: dict  # edge index -> style


def parse_mermaid(text: str) -> Mermaid:
    lines = text.splitlines()
    title = ""
    if lines[0] == "---":
        end = lines.index("---", 1)
        for line in lines[1:end]:
            key, _, value = line.partition(": ")
            assert key == "title", line
            title = value
        lines = lines[end + 1 :]
    assert lines[0] in ("flowchart TD", "graph TD"), lines[0]
    graph = Mermaid(title, {}, [], set(), {}, {}, {})
    for line in lines[1:]:
        if m := _NODE.match(line):
            node_id, opener, label, closer = m.groups()
            assert _CLOSERS[opener] == closer, line
            assert node_id not in graph.nodes, f"node declared twice: {node_id}"
            graph.nodes[node_id] = (opener, decode(label))
        elif m := _EDGE.match(line):
            source, arrow, label, target = m.groups()
            graph.edges.append((source, arrow, decode(label) if label is not None else None, target))
        elif m := re.match(r"^    classDef (\w+) ([\w#:.\-, ]+)$", line):
            graph.class_defs.add(m.group(1))
        elif m := re.match(r"^    class ([\w,]+) (\w+)$", line):
            for node_id in m.group(1).split(","):
                assert node_id not in graph.classes, f"{node_id} given two classes"
                graph.classes[node_id] = m.group(2)
        elif m := re.match(r"^    style (\w+) (fill:#[0-9a-f]{6})$", line):
            graph.styles[m.group(1)] = m.group(2)
        elif m := re.match(r"^    linkStyle ([\d,]+) ([\w#:.\-, ]+)$", line):
            for index in m.group(1).split(","):
                assert int(index) not in graph.link_styles, f"link {index} styled twice"
                graph.link_styles[int(index)] = m.group(2)
        else:
            raise AssertionError(f"not a Mermaid statement this output should contain: {line!r}")
    for source, _, _, target in graph.edges:
        assert source in graph.nodes and target in graph.nodes, (source, target)
    for node_id, cls in graph.classes.items():
        assert node_id in graph.nodes and cls in graph.class_defs, (node_id, cls)
    assert set(graph.classes) == set(graph.nodes), "every node gets exactly one class"
    assert set(graph.styles) <= set(graph.nodes)
    assert all(0 <= i < len(graph.edges) for i in graph.link_styles)
    return graph


def parse_dot(text: str) -> tuple[dict, list]:
    """A structural check of the DOT output: (node id -> attribute text, [(source, target, attribute text)])."""
    string = r'"(?:[^"\\]|\\.)*"'
    assert text.startswith("digraph ") and text.rstrip().endswith("}")
    nodes, edges = {}, []
    body = text.rstrip().splitlines()[1:-1]
    for line in body:
        if re.match(r"^    (graph|node|edge) \[.*\];$", line):
            continue
        if m := re.match(rf"^    ({string}) -> ({string})(?: \[(.*)\])?;$", line):
            edges.append((m.group(1), m.group(2), m.group(3) or ""))
        elif m := re.match(rf"^    ({string}) \[(.*)\];$", line):
            nodes[m.group(1)] = m.group(2)
        else:
            raise AssertionError(f"unexpected DOT line: {line!r}")
        # Attribute values: quoted strings with escaped quotes, or bare words and numbers.
        attrs = line.split("[", 1)[1] if "[" in line else ""
        rest = re.sub(string, "S", attrs)
        assert '"' not in rest, f"unbalanced quote in {line!r}"
    for source, target, _ in edges:
        assert source in nodes and target in nodes, (source, target)
    return nodes, edges


def dot_lines(quoted: str) -> list[str]:
    """A quoted DOT label back to its lines: ``\\n`` breaks a line, ``\\X`` is X."""
    text = re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), quoted[1:-1])
    return text.split("\n")


# ---------------------------------------------------------------------------
# Conditions in short Chinese
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def acts():
    return known_acts()


def test_conditions_read_as_short_chinese(acts, silent):
    variables = silent.variables
    assert describe_condition({"acts": {"all": ["apology", "ask_mandarin"]}}, acts) == "致歉 + 请客户讲普通话"
    assert describe_condition({"acts": ["greeting", "offer_help"]}, acts) == "问候 / 询问需求"
    assert describe_condition({"acts": {"all": ["apology"], "any": ["empathy", "soothe"]}}, acts) == "致歉 + （同理 / 安抚）"
    assert describe_condition({"acts": {"none": ["wei", "impatience"]}}, acts) == '不含 用"喂"招呼客户、不耐烦'
    assert describe_condition({"grade": {"critical": True}}, acts) == "一票否决"
    assert describe_condition({"grade": {"verdict": "fail", "min_score": 60, "max_score": 90}}, acts) == "回复不合格，得分 60–90"
    assert describe_condition({"state": {"rude": {"min": 1}}}, acts, variables) == "服务忌语次数 ≥ 1"
    assert describe_condition({"state": {"rude": 0, "hurried": {"between": [1, 3]}}}, acts, variables) == "服务忌语次数 = 0，没有稍停就接着说的次数 1–3"
    assert describe_condition({"visits": {"min": 3}}, acts, node="connected") == "第 3 次起"
    assert describe_condition({"visits": {"node": "first_pause", "min": 1}}, acts, node="connected") == "到过 first_pause ≥ 1 次"
    assert describe_condition({"waited": {"min": 3, "max": 10}}, acts) == "等待 3–10 秒"
    assert describe_condition({"waited": {"min": 10}}, acts) == "等待 ≥ 10 秒"
    assert describe_condition({"waited": True}, acts) == "等待"
    assert describe_condition({"move": "reply"}, acts) == "回复"
    assert describe_condition({"any": [{"grade": {"critical": True}}, {"move": "wait"}]}, acts) == "（一票否决 或 等待）"
    assert describe_condition({"not": {"acts": ["greeting"]}}, acts) == "非（问候）"
    long = describe_condition({"acts": ["wei", "rude_command", "impatience", "sarcasm", "argue", "insult"]}, acts)
    assert long.endswith("等 6 种") and long.count(" / ") == 2


def test_graph_of_a_bundled_scenario(silent):
    graph = build_graph(silent)
    assert graph.scenario_id == "silent_caller_basic" and graph.coverage is None
    kinds = [n.kind for n in graph.nodes]
    assert kinds.count("start") == 1
    assert {n.key for n in graph.nodes if n.kind == "node"} == set(silent.nodes)
    assert {n.key for n in graph.nodes if n.kind == "ending"} == set(silent.endings)
    # One edge per branch and default, plus the one into the start node.
    assert len(graph.edges) == sum(len(n.all_branches) for n in silent.nodes.values()) + 1
    connected = graph.node("connected")
    assert connected.silent and connected.lines[0] == "connected · 无声电话" and "（无声）" in connected.lines
    assert graph.node("closed_politely").good is True and graph.node("complaint_filed").good is False
    labels = {e.branch: e.lines for e in graph.edges}
    assert labels["connected#2"] == ("② （一票否决 或 威胁挂机或擅自挂机）",)
    assert labels["connected#3"] == ('③ 用"喂"招呼客户 / 命令客户 / 不耐烦', "服务忌语次数 +1")
    assert labels["connected#5"] == ("⑤ 等待 ≥ 10 秒",)
    assert labels["connected#6"] == ("⑥ 第 3 次起",)
    assert labels["connected#default"] == ("其他",)
    assert labels["first_pause#4"] == ("④ 等待 ≥ 3 秒",)
    assert labels["no_response#3"] == ("③ 礼貌结束语 / 请客户换电话或稍后再拨，没有稍停就接着说的次数 = 0",)


def test_customer_lines_are_shortened_and_speakers_named():
    dialect = build_graph(load_scenario("dialect_shanghai_switch"))
    opening = dialect.node("opening")
    assert opening.lines[1].startswith("“喂，侬好！") and opening.lines[1].endswith("…”")
    assert opening.lines[-1] == "（另有 1 种说法）"
    assert dialect.node("offended").lines[0] == "offended · 客户讲方言"
    labels = {e.branch: e.lines for e in dialect.edges}
    assert labels["offended#4"] == ("④ 致歉 + （请客户讲普通话 / 请客户放慢语速）", "火气 −2")
    assert labels["repeat_dialect#5"] == ("⑤ 火气 ≥ 8",)
    relative = build_graph(load_scenario("dialect_cantonese_relative"))
    assert any("：“" in n.lines[1] for n in relative.nodes if n.kind == "node" and len(n.lines) > 1)


# ---------------------------------------------------------------------------
# Mermaid
# ---------------------------------------------------------------------------


def test_mermaid_of_every_bundled_scenario_is_well_formed():
    for scenario in load_library().scenarios.values():
        graph = build_graph(scenario)
        parsed = parse_mermaid(to_mermaid(graph))
        assert len(parsed.nodes) == len(graph.nodes) and len(parsed.edges) == len(graph.edges), scenario.id
        assert scenario.title in parsed.title
        for node in graph.nodes:
            assert parsed.nodes[node.id][1] == list(node.lines), (scenario.id, node.id)
        classes = parsed.classes
        for node in graph.nodes:
            if node.kind == "ending":
                assert classes[node.id] == ("good" if node.good else "bad")
            elif node.kind == "node":
                assert classes[node.id] == ("silent" if node.silent else "step")


def test_mermaid_escapes_everything_that_would_break_a_label(nasty):
    scenario = load_scenario(nasty)
    graph = build_graph(scenario)
    # Put the whole nasty text into one node and one edge, unshortened.
    nodes = tuple(dataclasses.replace(n, lines=n.lines + (NASTY,)) if n.key == "end" else n for n in graph.nodes)
    edges = tuple(dataclasses.replace(e, lines=e.lines + (NASTY,)) if e.branch == "end#1" else e for e in graph.edges)
    graph = dataclasses.replace(graph, nodes=nodes, edges=edges)
    text = to_mermaid(graph)
    parsed = parse_mermaid(text)
    node_id = graph.node("end").id
    assert parsed.nodes[node_id][1][-1] == NASTY
    assert any(lines and lines[-1] == NASTY for _, _, lines, _ in parsed.edges)
    # Ids are plain ASCII whatever the scenario calls its nodes (中文-节点, end, o-bad).
    assert all(re.fullmatch(r"[A-Za-z0-9_]+", i) for i in parsed.nodes)
    assert "中文-节点 · 一般情境" in parsed.nodes[graph.node("中文-节点").id][1]
    assert "儿子[小王]：（无声）" in parsed.nodes[graph.node("中文-节点").id][1]
    labels = {e.branch: e.lines for e in graph.edges}
    assert labels["end#1"][:2] == ('① 用"喂"招呼客户', '火气"值" +2')
    assert labels["end#2"] == ('② 致歉 + （请客户讲普通话 / 请客户放慢语速），不含 不耐烦，火气"值" 0–8',)
    assert labels["end#3"] == ("③ （一票否决 或 等待 3–5 秒），非（到过 中文-节点 ≥ 1 次）",)
    for quote_free in ('"', "<", ">", "|", "`"):
        for line in text.splitlines():
            if line.startswith("    n_end["):
                inner = line[len("    n_end[") + 1 : -2]
                assert quote_free not in inner.replace("<br/>", ""), quote_free


def _mermaid_dir() -> str | None:
    folder = os.environ.get("PEILIAN_MERMAID_DIR", "")
    if folder and shutil.which("node") and (Path(folder) / "node_modules" / "mermaid").is_dir():
        return folder
    return None


_MERMAID_CHECK = """
import { JSDOM } from 'jsdom';
import fs from 'fs';
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window; globalThis.document = dom.window.document;
const mermaid = (await import('mermaid')).default;
mermaid.initialize({ startOnLoad: false });
for (const f of process.argv.slice(2)) await mermaid.parse(fs.readFileSync(f, 'utf8'));
console.log('ok');
"""


@pytest.mark.cli  # starts processes of its own
@pytest.mark.skipif(_mermaid_dir() is None, reason="mermaid not installed (set PEILIAN_MERMAID_DIR to a folder with `npm install mermaid jsdom`)")
def test_mermaid_itself_parses_the_output(nasty, tmp_path):
    folder = Path(_mermaid_dir())
    files = []
    scenarios = list(load_library().scenarios.values()) + [load_scenario(nasty)]
    for scenario in scenarios:
        for coverage in (None, Coverage(3, {scenario.start: 3}, {})):
            path = tmp_path / f"{scenario.id}-{coverage is not None}.mmd"
            path.write_text(to_mermaid(build_graph(scenario, coverage=coverage)), encoding="utf-8")
            files.append(str(path))
    script = folder / f"peilian-check-{os.getpid()}.mjs"
    script.write_text(_MERMAID_CHECK, encoding="utf-8")
    try:
        result = subprocess.run(["node", str(script), *files], capture_output=True, cwd=folder, timeout=120)
    finally:
        script.unlink()
    assert result.returncode == 0, result.stderr.decode()


# ---------------------------------------------------------------------------
# DOT
# ---------------------------------------------------------------------------


def test_dot_structure_and_escaping(nasty, silent):
    for scenario in (silent, load_scenario(nasty)):
        graph = build_graph(scenario)
        nodes, edges = parse_dot(to_dot(graph))
        assert len(nodes) == len(graph.nodes) and len(edges) == len(graph.edges)
    text = to_dot(build_graph(load_scenario(nasty)))
    nodes, _ = parse_dot(text)
    label = re.search(r'label=("(?:[^"\\]|\\.)*")', nodes['"e_o_2d_bad"']).group(1)
    assert dot_lines(label)[1] == '坏结局 \\ "投诉" | #2'
    good = nodes['"e_x_2d_good"']
    assert 'fillcolor="#d4edda"' in good and 'fillcolor="#f8d7da"' in nodes['"e_o_2d_bad"']


@pytest.mark.cli  # starts processes of its own
@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz (dot) is not installed")
def test_graphviz_renders_the_output(nasty, tmp_path):
    scenarios = list(load_library().scenarios.values()) + [load_scenario(nasty)]
    for scenario in scenarios:
        for coverage in (None, Coverage(2, {scenario.start: 2}, {})):
            text = to_dot(build_graph(scenario, coverage=coverage))
            result = subprocess.run(["dot", "-Tsvg"], input=text.encode("utf-8"), capture_output=True, timeout=60)
            assert result.returncode == 0, (scenario.id, result.stderr.decode())
            assert b"<svg" in result.stdout
    result = subprocess.run(["dot", "-Tsvg"], input=to_dot(build_graph(load_scenario(nasty))).encode(), capture_output=True)
    svg = result.stdout.decode("utf-8")
    assert "坏结局 \\ &quot;投诉&quot; | #2" in svg


# ---------------------------------------------------------------------------
# Coverage
# ---------------------------------------------------------------------------

SCRIPTS = {
    "protocol": [GREET, 4, NOTICE, 4, CLOSE, 3],  # connected → first_pause → still_silent → second_pause → no_response → final_pause → closed_politely
    "threat": [THREAT],  # connected → complaint_filed
    "too_long": [GREET, 20],  # connected → first_pause → (5 s) still_silent → (10 s) caller_gave_up
    "left": [GREET],  # an unfinished call: connected → first_pause
}


def play_into(store, scenario, script, *, trainee="王芳", seed=0):
    clock = ManualClock()
    session = CallSession(scenario, seed=seed, clock=clock)
    line = session.start()
    journal = Journal.open(store, scenario, trainee=trainee, seed=seed, start_line=line)
    session.on_turn = journal.on_turn
    for move in script:
        if isinstance(move, (int, float)):
            session.stay_silent(move)
        else:
            session.reply(move)
    if session.ended:
        journal.finish(session)
    else:
        journal.close()
    return session


@pytest.fixture
def records(tmp_path, silent):
    """A records database with real calls of silent_caller_basic (and one of another scenario)."""
    path = tmp_path / "records.db"
    with open_store(path) as store:
        play_into(store, silent, SCRIPTS["protocol"], trainee="王芳")
        play_into(store, silent, SCRIPTS["protocol"], trainee="李雷", seed=1)
        play_into(store, silent, SCRIPTS["threat"], trainee="王芳")
        play_into(store, silent, SCRIPTS["too_long"], trainee="李雷")
        play_into(store, silent, SCRIPTS["left"], trainee="王芳")
        play_into(store, load_scenario("dialect_shanghai_switch"), ["对不起，请您讲普通话，好吗？谢谢！"], trainee="王芳")
        # A call of an older version of the scenario: its branch numbers may mean other branches.
        old = store.begin_session(trainee="王芳", scenario_id="silent_caller_basic", scenario_version="0")
        store.record_turn(old, 0, "reply", THREAT, {"index": 0, "node_from": "connected", "node_to": "closed_too_soon", "branch_id": "connected#1"})
    return path


def test_coverage_counts_sessions_not_visits(silent, records):
    with open_store(records) as store:
        sessions = [store.turns(s.id) for s in store.sessions() if s.scenario_id == silent.id and s.scenario_version == "1"]
    coverage = coverage_from_sessions(silent, sessions)
    assert coverage.sessions == 5
    assert coverage.nodes["connected"] == 5
    assert coverage.nodes["first_pause"] == 4
    assert coverage.nodes["still_silent"] == 3 and coverage.nodes["closed_politely"] == 2
    assert coverage.nodes["complaint_filed"] == 1 and coverage.nodes["caller_gave_up"] == 1
    assert "closed_too_soon" not in coverage.nodes
    assert coverage.branches["connected#4"] == 4 and coverage.branches["connected#2"] == 1
    assert coverage.branches["second_pause#3"] == 2  # one session, one count, however many waits
    # A session that looped at a node counts once there.
    looped = coverage_from_sessions(silent, [[
        {"node_from": "connected", "node_to": "connected", "branch_id": "connected#default"},
        {"node_from": "connected", "node_to": "connected", "branch_id": "connected#default"},
        {"node_from": "connected", "node_to": "nowhere", "branch_id": "gone#9"},
    ]])
    assert looped.nodes == {"connected": 1} and looped.branches == {"connected#default": 1}


def test_graph_with_coverage(silent, records):
    with open_store(records) as store:
        sessions = [store.turns(s.id) for s in store.sessions() if s.scenario_id == silent.id and s.scenario_version == "1"]
    graph = build_graph(silent, coverage=coverage_from_sessions(silent, sessions))
    assert graph.node("connected").lines[-1] == "（5 次）"
    assert graph.node("closed_too_soon").lines[-1] == "（未走到）" and graph.node("closed_too_soon").count == 0
    parsed = parse_mermaid(to_mermaid(graph))
    ids = {n.key: n.id for n in graph.nodes}
    assert parsed.classes[ids["closed_too_soon"]] == "badUnreached"
    assert parsed.classes[ids["closed_politely"]] == "good"
    assert parsed.classes[ids["closed_politely_hurried"]] == "goodUnreached"
    assert parsed.classes[ids["connected"]] == "silent" and ids["connected"] in parsed.styles
    # The most travelled node is the darkest.
    assert parsed.styles[ids["connected"]] == "fill:#64b5f6"
    for index, (source, arrow, lines, target) in enumerate(parsed.edges):
        edge = graph.edges[index]
        if edge.count:
            assert arrow == "-->" and "stroke-width" in parsed.link_styles[index]
        else:
            assert arrow == "-.->" and "stroke:#bdbdbd" in parsed.link_styles[index]
            assert lines[-1] == "（未走到）"
    nodes, edges = parse_dot(to_dot(graph))
    assert "dashed" in nodes[f'"{ids["closed_too_soon"]}"'] and "dashed" not in nodes[f'"{ids["closed_politely"]}"']
    assert sum("style=dashed" in attrs for _, _, attrs in edges) == sum(1 for e in graph.edges if not e.count)


# ---------------------------------------------------------------------------
# The command
# ---------------------------------------------------------------------------


def test_graph_command_mermaid_and_dot(peilian, tmp_path):
    result = peilian("graph", "silent_caller_basic")
    assert result.returncode == 0, err(result)
    parsed = parse_mermaid(out(result))
    assert "无声电话" in parsed.title
    dot = peilian("graph", "silent_caller_basic", "--format", "dot")
    assert dot.returncode == 0 and out(dot).startswith('digraph "silent_caller_basic" {')
    parse_dot(out(dot))
    target = tmp_path / "flow.dot"  # the suffix chooses the format
    written = peilian("graph", "dialect_shanghai_switch", "-o", str(target))
    assert written.returncode == 0 and out(written) == "" and "已写入" in err(written)
    parse_dot(target.read_text(encoding="utf-8"))
    mmd = tmp_path / "flow.mmd"
    assert peilian("graph", str(Path("scenarios") / "silent_caller_basic.yaml"), "-o", str(mmd)).returncode == 0
    parse_mermaid(mmd.read_text(encoding="utf-8"))


def test_graph_command_refuses_what_it_cannot_draw(peilian, tmp_path):
    unknown = peilian("graph", "silent_caller_basc")
    assert unknown.returncode == 2 and "是不是 silent_caller_basic" in err(unknown)
    broken = TEST_FIXTURES / "scenarios" / "broken" / "unknown_target.yaml"
    result = peilian("graph", str(broken))
    assert result.returncode == 2 and "无法画图" in err(result) and "unknown_target.yaml:10:13" in err(result)
    unwritable = peilian("graph", "silent_caller_basic", "-o", str(tmp_path / "no" / "such" / "dir" / "g.mmd"))
    assert unwritable.returncode == 2 and "无法写入" in err(unwritable)
    db_alone = peilian("graph", "silent_caller_basic", "--db", str(tmp_path / "x.db"))
    assert db_alone.returncode == 2 and "--coverage" in err(db_alone)


def test_graph_command_with_coverage(peilian, records, tmp_path):
    result = peilian("graph", "silent_caller_basic", "--coverage", "--db", str(records))
    assert result.returncode == 0, err(result)
    parsed = parse_mermaid(out(result))
    labels = {lines[0].split(" · ")[0]: lines for lines in (v[1] for v in parsed.nodes.values())}
    assert labels["connected"][-1] == "（5 次）"
    assert labels["closed_politely"][-1] == "（2 次）"
    assert labels["closed_too_soon"][-1] == "（未走到）"  # reached only by the old version's call
    assert labels["接通"][-1] == "（5 次）"
    assert "统计了 5 通" in err(result)
    assert "另有 1 通电话是第 0 版场景的" in err(result)

    one = peilian("graph", "silent_caller_basic", "--coverage", "--db", str(records), "--trainee", "李雷", "--format", "dot")
    assert one.returncode == 0, err(one)
    nodes, _ = parse_dot(out(one))
    connected = next(attrs for attrs in nodes.values() if "connected · 无声电话" in attrs)
    assert "（2 次）" in connected and "学员“李雷”" in err(one)

    top_level = peilian("--db", str(records), "graph", "silent_caller_basic", "--coverage")  # as `peilian --db F history`
    assert top_level.returncode == 0 and "统计了 5 通" in err(top_level)

    nobody = peilian("graph", "silent_caller_basic", "--coverage", "--db", str(records), "--trainee", "张三")
    assert nobody.returncode == 2 and "没有学员“张三”的练习记录" in err(nobody)
    missing = peilian("graph", "silent_caller_basic", "--coverage", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 2 and "找不到记录数据库" in err(missing)
    assert not (tmp_path / "none.db").exists()


def test_graph_coverage_without_records_does_not_create_the_database(peilian, tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("PEILIAN_HOME", str(home))
    result = peilian("graph", "silent_caller_basic", "--coverage")
    assert result.returncode == 0, err(result)
    assert "还没有练习记录" in err(result)
    parsed = parse_mermaid(out(result))
    assert all(cls in ("start", "unreached", "goodUnreached", "badUnreached") for cls in parsed.classes.values())
    assert not (home / "peilian.db").exists()


def test_graph_data_can_be_built_by_hand():
    """The renderers take any CallGraph: a one-node graph with a self-loop renders in both formats."""
    graph = CallGraph(
        "hand",
        "手工",
        (GraphNode("s_start", "", "start", ("接通",)), GraphNode("n_a", "a", "node", ("a",)), GraphNode("e_b", "b", "ending", ("b",), good=True)),
        (GraphEdge("s_start", "n_a", "", ()), GraphEdge("n_a", "n_a", "a#1", ("① 等待",)), GraphEdge("n_a", "e_b", "a#default", ("其他",), default=True)),
    )
    assert len(parse_mermaid(to_mermaid(graph)).edges) == 3
    assert len(parse_dot(to_dot(graph))[1]) == 3


# ---------------------------------------------------------------------------
# SVG (drawn here, no outside tool)
# ---------------------------------------------------------------------------

_SVG = "{http://www.w3.org/2000/svg}"


def _svg_parts(text: str):
    """(root, {node id: (x, y, w, h)}, {node id: its text}, [edge paths])."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(text.encode("utf-8"))  # well-formed, or this raises
    boxes, texts = {}, {}
    for group in root.iter(f"{_SVG}g"):
        if group.get("class") != "node":
            continue
        key = group.get("data-id")
        rect = group.find(f"{_SVG}rect")
        if rect is not None:
            boxes[key] = tuple(float(rect.get(a)) for a in ("x", "y", "width", "height"))
        texts[key] = "\n".join("".join(t.itertext()) for t in group.iter(f"{_SVG}text"))
    paths = [p.get("d") for p in root.iter(f"{_SVG}path") if p.get("class") == "edge"]
    return root, boxes, texts, paths


def _vertical_runs(path: str):
    """The straight vertical pieces of a path (where it passes a layer): (x, y1, y2)."""
    runs, x, y = [], None, None
    for command, args in re.findall(r"([MLC])([^MLC]*)", path):
        values = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", args)]
        if command == "L" and x is not None and abs(values[0] - x) < 0.05:
            runs.append((x, min(y, values[1]), max(y, values[1])))
        x, y = values[-2], values[-1]
    return runs


def test_svg_draws_every_node_and_branch_with_no_box_on_another(nasty):
    from simulator.authoring.graph_svg import to_svg

    scenarios = list(load_library().scenarios.values()) + [load_scenario(nasty)]
    for scenario in scenarios:
        graph = build_graph(scenario)
        root, boxes, texts, paths = _svg_parts(to_svg(graph))
        assert len(paths) == len(graph.edges), scenario.id
        assert set(boxes) == set(scenario.nodes) | set(scenario.endings), scenario.id
        width, height = (float(v) for v in root.get("viewBox").split()[2:])
        items = list(boxes.items())
        for i, (key, (x, y, w, h)) in enumerate(items):
            assert 0 <= x and x + w <= width and 0 <= y and y + h <= height, (scenario.id, key)
            for other, (x2, y2, w2, h2) in items[i + 1 :]:
                apart = x + w <= x2 or x2 + w2 <= x or y + h <= y2 or y2 + h2 <= y
                assert apart, (scenario.id, key, other)
        # Each box lists its branches, each with where it goes.
        for node in scenario.nodes.values():
            for branch in node.all_branches:
                assert f"→ {branch.to}" in texts[node.id], (scenario.id, branch.id)
        # An arrow passing a layer goes between the boxes, not through one.
        for path in paths:
            for x, top, bottom in _vertical_runs(path):
                for key, (bx, by, bw, bh) in boxes.items():
                    assert not (bx < x < bx + bw and by < bottom and top < by + bh), (scenario.id, key)


def test_svg_escapes_what_the_scenario_says(nasty):
    from simulator.authoring.graph_svg import to_svg

    text = to_svg(build_graph(load_scenario(nasty)))
    _, _, texts, _ = _svg_parts(text)
    assert any("他说：\"你好\" [听不清]" in t for t in texts.values())
    assert "<b>粗</b>" not in text  # the scenario's markup is text, not SVG


def test_svg_with_coverage_greys_what_no_call_reached(silent):
    from simulator.authoring.graph_svg import to_svg

    coverage = Coverage(4, {silent.start: 4}, {f"{silent.start}#1": 4})
    text = to_svg(build_graph(silent, coverage=coverage))
    _, _, texts, _ = _svg_parts(text)
    assert "（4 次）" in texts[silent.start]
    unreached = [key for key in texts if key != silent.start and key]
    assert all("（未走到）" in texts[key] for key in unreached)
    assert 'stroke-dasharray="5 4"' in text and "按 4 通练习记录" in text


def test_graph_command_writes_an_svg_picture(peilian, tmp_path):
    target = tmp_path / "无声电话.svg"
    result = peilian("graph", "silent_caller_basic", "-o", str(target))
    assert result.returncode == 0, err(result)
    root, boxes, _, _ = _svg_parts(target.read_text(encoding="utf-8"))
    assert "connected" in boxes
    assert root.find(f"{_SVG}title").text.endswith("（silent_caller_basic）")
