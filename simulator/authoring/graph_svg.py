"""The call graph as an SVG picture, drawn here: no Graphviz, no Mermaid, no network.

A trainer runs ``peilian graph SCENARIO -o 流程图.svg`` and opens the file in any
browser.  The layout is a small layered one, enough for a call graph:

- each node sits one layer below the deepest node that leads to it (back edges,
  a customer calming down and flaring up again, are set aside first);
- an arrow that skips layers gets a waypoint in each layer it passes, which
  takes a place in that layer like a narrow node, so arrows go between the
  boxes, never through them;
- within a layer, nodes are ordered by where their predecessors are (a few
  barycenter sweeps), which keeps most edges from crossing;
- a node's box lists its branches, numbered in the order the engine checks them,
  with their conditions and targets; the arrows carry only the number, so labels
  never pile up between the boxes.

Text is measured in cells (a Chinese character is two), and everything from the
scenario is XML-escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from .graph import (
    BAD_FILL,
    BAD_STROKE,
    GOOD_FILL,
    GOOD_STROKE,
    GREY_FILL,
    GREY_STROKE,
    GREY_TEXT,
    NODE_FILL,
    NODE_STROKE,
    SILENT_FILL,
    SILENT_STROKE,
    START_FILL,
    CallGraph,
    GraphEdge,
    GraphNode,
    _heat,
    _most,
    _width,
)

FONT = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, WenQuanYi Micro Hei, sans-serif"
FONT_SIZE = 12
LINE_HEIGHT = 17
CELL = 6.6  # width of one cell at FONT_SIZE (a Chinese character is two cells)
MAX_CELLS = 64  # a longer line is cut with "…"
PAD_X, PAD_Y = 10, 8
LAYER_GAP = 70  # vertical room between layers, for the arrows
NODE_GAP = 36
MARGIN = 30
TITLE_HEIGHT = 40
LOOP_ROOM = 60  # room on the right for arrows that go back up
WAYPOINT = 8  # the width a passing arrow takes in a layer


def cells(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def fit(text: str, limit: int = MAX_CELLS) -> str:
    if cells(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        width = 2 if ord(ch) > 0x2E7F else 1
        if used + width > limit - 1:
            break
        out.append(ch)
        used += width
    return "".join(out) + "…"


@dataclass
class _Box:
    node: GraphNode | None  # None: a waypoint of an arrow passing through the layer
    lines: list[tuple[str, str]]  # (text, css class)
    width: float
    height: float
    layer: int = 0
    x: float = 0.0  # left
    y: float = 0.0  # top

    @property
    def center(self) -> float:
        return self.x + self.width / 2


def _branch_mark(edge: GraphEdge) -> str:
    """"①" for a numbered branch, "其他" for the default, "" for the start arrow."""
    if not edge.lines:
        return ""
    first = edge.lines[0]
    return first.split(" ", 1)[0] if first[:1] in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳(" else ("其他" if edge.default else "")


def _edges_by_source(graph: CallGraph) -> dict[str, list[GraphEdge]]:
    """Each node's outgoing edges, in branch order (listed in its box, spread along its bottom)."""
    found: dict[str, list[GraphEdge]] = {n.id: [] for n in graph.nodes}
    for edge in graph.edges:
        found[edge.source].append(edge)
    return found


def _boxes(graph: CallGraph, outgoing: dict[str, list[GraphEdge]]) -> dict[str, _Box]:
    keys = {n.id: n.key for n in graph.nodes}
    boxes: dict[str, _Box] = {}
    for node in graph.nodes:
        lines = [(fit(node.lines[0]), "head")] + [(fit(line), "body") for line in node.lines[1:]]
        for edge in outgoing[node.id]:
            if edge.lines:
                target = f" → {keys.get(edge.target, '')}"  # the target is never cut off
                lines.append((fit(" · ".join(edge.lines), MAX_CELLS - cells(target)) + target, "branch"))
        if node.kind == "start":
            width = height = 44.0
        else:
            width = max(cells(text) for text, _ in lines) * CELL + 2 * PAD_X
            height = len(lines) * LINE_HEIGHT + 2 * PAD_Y + (4 if len(lines) > len(node.lines) else 0)
        boxes[node.id] = _Box(node, lines, width, height)
    return boxes


def _layers(graph: CallGraph, boxes: dict[str, _Box], outgoing: dict[str, list[GraphEdge]]) -> tuple[list[list[str]], dict[int, list[str]]]:
    """Layers from the start marker down; edges that go back up are left out of the ranking."""
    out = {source: list(dict.fromkeys(e.target for e in edges)) for source, edges in outgoing.items()}
    order: list[str] = []  # depth-first finishing order, reversed: a topological order
    back: set[tuple[str, str]] = set()
    state: dict[str, int] = {}  # 1 on the path, 2 done
    for root in (n.id for n in graph.nodes):  # the start marker first
        if root in state:
            continue
        stack = [(root, iter(out[root]))]
        state[root] = 1
        while stack:
            here, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[here] = 2
                order.append(here)
                stack.pop()
            elif state.get(child) == 1:
                back.add((here, child))
            elif child not in state:
                state[child] = 1
                stack.append((child, iter(out[child])))
    for node_id in reversed(order):
        for child in out[node_id]:
            if (node_id, child) not in back and child != node_id:
                boxes[child].layer = max(boxes[child].layer, boxes[node_id].layer + 1)
    count = max(b.layer for b in boxes.values()) + 1
    layers: list[list[str]] = [[] for _ in range(count)]
    for node_id in reversed(order):  # depth-first order as the first guess
        layers[boxes[node_id].layer].append(node_id)
    # Waypoints for arrows that skip layers; the chain of a passing arrow is linked
    # like nodes, so the sweeps below order waypoints too.
    preds: dict[str, list[str]] = {n.id: [] for n in graph.nodes}
    waypoints: dict[int, list[str]] = {}
    for number, edge in enumerate(graph.edges):
        if edge.source == edge.target:
            continue
        low, high = boxes[edge.source].layer, boxes[edge.target].layer
        previous = edge.source
        for layer in range(low + 1, high):
            point = f"~{number}~{layer}"
            boxes[point] = _Box(None, [], WAYPOINT, 0.0, layer)
            layers[layer].append(point)
            preds[point] = [previous]
            waypoints.setdefault(number, []).append(point)
            previous = point
        if high > low:
            preds[edge.target].append(previous)
    # Barycenter sweeps: a node goes under the middle of the nodes that lead to it.
    for _ in range(4):
        position = {node_id: i for layer in layers for i, node_id in enumerate(layer)}
        for layer in layers[1:]:
            def weight(node_id: str) -> float:
                above = [position[p] for p in preds[node_id] if boxes[p].layer < boxes[node_id].layer]
                return sum(above) / len(above) if above else position[node_id]

            layer.sort(key=weight)
            position.update({node_id: i for i, node_id in enumerate(layer)})
    return layers, waypoints


def _place(layers: list[list[str]], boxes: dict[str, _Box]) -> tuple[float, float]:
    def gap(a: str, b: str) -> float:  # waypoints sit close to each other
        return NODE_GAP / 3 if boxes[a].node is None and boxes[b].node is None else NODE_GAP / 2 if boxes[a].node is None or boxes[b].node is None else NODE_GAP

    widths = [sum(boxes[n].width for n in layer) + sum(gap(a, b) for a, b in zip(layer, layer[1:])) for layer in layers]
    widest = max(widths)
    y = MARGIN + TITLE_HEIGHT
    for layer, width in zip(layers, widths):
        x = MARGIN + (widest - width) / 2
        tallest = max(boxes[n].height for n in layer)
        for number, node_id in enumerate(layer):
            box = boxes[node_id]
            if box.node is None:  # a waypoint spans the layer's height
                box.height = tallest
            box.x, box.y = x, y + (tallest - box.height) / 2
            x += box.width + (gap(node_id, layer[number + 1]) if number + 1 < len(layer) else 0)
        y += tallest + LAYER_GAP
    return MARGIN * 2 + widest + LOOP_ROOM, y - LAYER_GAP + MARGIN + 2 * LINE_HEIGHT


def _edge_path(edge: GraphEdge, boxes: dict[str, _Box], slot: tuple[int, int], right: float, via: list[str]) -> tuple[str, float, float]:
    """The path of an arrow (through its waypoints), and where its number goes."""
    a, b = boxes[edge.source], boxes[edge.target]
    index, total = slot
    if b.layer > a.layer:  # downwards: from the bottom of a, down through the waypoints, to the top of b
        sx = a.x + a.width * (index + 1) / (total + 1)
        points = [(sx, a.y + a.height)]
        for point in via:
            box = boxes[point]
            points += [(box.center, box.y), (box.center, box.y + box.height)]
        points.append((b.center, b.y))
        path = [f"M{sx:.1f},{points[0][1]:.1f}"]
        for (x1, y1), (x2, y2) in zip(points, points[1:]):
            if x1 == x2:
                path.append(f"L{x2:.1f},{y2:.1f}")
            else:
                bend = (y2 - y1) / 2
                path.append(f"C{x1:.1f},{y1 + bend:.1f} {x2:.1f},{y2 - bend:.1f} {x2:.1f},{y2:.1f}")
        return " ".join(path), sx, points[0][1] + 12
    # Back up, sideways or to itself: out of a's right side, round the right, into b's right side.
    sy = a.y + a.height * (index + 1) / (total + 1)
    sx, tx, ty = a.x + a.width, b.x + b.width, b.y + b.height / 2 + (6 if edge.source == edge.target else 0)
    out = max(sx, tx) + 24 + 10 * (index % 3) if edge.source == edge.target else right - 10 * (index % 3)
    return f"M{sx:.1f},{sy:.1f} C{out:.1f},{sy:.1f} {out:.1f},{ty:.1f} {tx:.1f},{ty:.1f}", sx + 14, sy - 4


def to_svg(graph: CallGraph) -> str:
    """The whole picture as one standalone SVG document."""
    outgoing = _edges_by_source(graph)
    boxes = _boxes(graph, outgoing)
    layers, waypoints = _layers(graph, boxes, outgoing)
    width, height = _place(layers, boxes)
    cov = graph.coverage is not None
    most_node, most_edge = _most(graph)
    title = f"{graph.title}（{graph.scenario_id}）"
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'font-family="{FONT}" font-size="{FONT_SIZE}">',
        f"<title>{escape(title)}</title>",
        "<defs>",
        '<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">'
        '<path d="M0,0 L10,5 L0,10 z" fill="#546e7a"/></marker>',
        '<marker id="arrow-default" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">'
        '<path d="M0,0 L10,5 L0,10 z" fill="#ffffff" stroke="#546e7a"/></marker>',
        "<style>.head{font-weight:bold}.branch{fill:#37474f}.mark{font-size:11px}.legend{fill:#616161;font-size:11px}</style>",
        "</defs>",
        f'<rect width="100%" height="100%" fill="#ffffff"/>',
        f'<text x="{MARGIN}" y="{MARGIN + 14}" font-size="16" font-weight="bold">{escape(title)}</text>',
    ]
    # Arrows first, so the boxes cover their ends.
    marks = []
    for number, edge in enumerate(graph.edges):
        siblings = outgoing[edge.source]
        path, mx, my = _edge_path(edge, boxes, (siblings.index(edge), len(siblings)), width - MARGIN, waypoints.get(number, []))
        stroke, dash, size = "#546e7a", "", 1.4
        if cov:
            if edge.count:
                size = _width(edge.count, most_edge)
            else:
                stroke, dash = GREY_STROKE, ' stroke-dasharray="5 4"'
        marker = "arrow-default" if edge.default else "arrow"
        out.append(f'<path class="edge" data-branch="{escape(edge.branch)}" d="{path}" fill="none" stroke="{stroke}" stroke-width="{size}"{dash} marker-end="url(#{marker})"/>')
        mark = _branch_mark(edge)
        if mark:
            marks.append(f'<text class="mark" x="{mx + 3:.1f}" y="{my:.1f}" fill="{stroke}">{escape(mark)}</text>')
    for box in boxes.values():
        if box.node is not None:
            out.append(_node_svg(box, cov, most_node))
    out.extend(marks)
    legend = "框内列出每个节点的分支（①②③ 按检查顺序，“其他”为默认分支，空心箭头）和去向；绿框为好结局，红框为不好的结局，灰底为无声。"
    if cov:
        legend += f"按 {graph.coverage.sessions} 通练习记录：底色越深走到越多，箭头越粗走得越多，灰色虚线为从未走到。"
    out.append(f'<text class="legend" x="{MARGIN}" y="{height - MARGIN / 2:.0f}">{escape(legend)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _node_svg(box: _Box, cov: bool, most_node: int) -> str:
    node = box.node
    data = f'class="node" data-id="{escape(node.key)}"'
    if node.kind == "start":
        cx, cy = box.center, box.y + box.height / 2
        return (f'<g {data}><circle cx="{cx:.1f}" cy="{cy:.1f}" r="22" fill="{START_FILL}"/>'
                f'<text x="{cx:.1f}" y="{cy + 4:.1f}" fill="#ffffff" text-anchor="middle">{escape(node.lines[0])}</text></g>')
    fill, stroke, text_fill, dash, stroke_width = NODE_FILL, NODE_STROKE, "#212121", "", 1.2
    if node.kind == "ending":
        fill, stroke = (GOOD_FILL, GOOD_STROKE) if node.good else (BAD_FILL, BAD_STROKE)
        stroke_width = 2.2
    elif node.silent:
        fill, stroke = SILENT_FILL, SILENT_STROKE
    if cov:
        if not node.count:
            stroke, text_fill, dash, stroke_width = GREY_STROKE, GREY_TEXT, ' stroke-dasharray="5 4"', 1.2
            fill = GREY_FILL if node.kind == "node" else fill
        elif node.kind == "node":
            fill = _heat(node.count, most_node)
    radius = 14 if node.kind == "ending" else 6
    parts = [f'<g {data}><rect x="{box.x:.1f}" y="{box.y:.1f}" width="{box.width:.1f}" height="{box.height:.1f}" rx="{radius}" '
             f'fill="{fill}" stroke="{stroke}" stroke-width="{stroke_width}"{dash}/>']
    y = box.y + PAD_Y + FONT_SIZE
    for number, (text, cls) in enumerate(box.lines):
        if cls == "branch" and box.lines[number - 1][1] != "branch":
            y += 4
            parts.append(f'<line x1="{box.x + 6:.1f}" y1="{y - FONT_SIZE - 1:.1f}" x2="{box.x + box.width - 6:.1f}" y2="{y - FONT_SIZE - 1:.1f}" stroke="{stroke}" stroke-opacity="0.35"/>')
        parts.append(f'<text class="{cls}" x="{box.x + PAD_X:.1f}" y="{y:.1f}" fill="{text_fill}">{escape(text)}</text>')
        y += LINE_HEIGHT
    parts.append("</g>")
    return "".join(parts)
