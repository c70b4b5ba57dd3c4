"""``peilian graph SCENARIO [--format mermaid|dot|svg] [--coverage] [--db FILE] [-o FILE]``: draw a call graph.

The graph itself is built by :mod:`simulator.authoring.graph` (pure functions); this
command finds the scenario (a path or a bundled id, as ``peilian play`` does), reads
the records database for ``--coverage`` and writes the text.

Exit status: 0 drawn; 2 the scenario, the records or the output file cannot be used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

SUFFIX_FORMATS = {".mmd": "mermaid", ".mermaid": "mermaid", ".dot": "dot", ".gv": "dot", ".svg": "svg"}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "graph",
        help="画出场景的通话流程图（Mermaid、Graphviz DOT，或直接画成 SVG 图片），可按练习记录标出各节点走到的次数",
        description=(
            "画出场景的通话流程图：每个节点显示情境和客户的话，每条分支标出条件（按检查顺序编号）和变量的变化，"
            "好结局绿色、不好的结局红色。--coverage 按练习记录标出每个节点和分支有多少通电话走到过，"
            "从未走到的显示为灰色虚线。退出码：0 已输出；2 场景、记录或输出文件无法使用。"
        ),
    )
    parser.add_argument("scenario", metavar="SCENARIO", help="场景文件路径，或内置场景的 id")
    parser.add_argument(
        "--format",
        choices=("mermaid", "dot", "svg"),
        default=None,
        help="输出格式：mermaid（默认；可贴进 Markdown 或 mermaid.live）、dot（用 Graphviz 出图：dot -Tsvg）或 svg（直接画好的图，用浏览器打开，不需要安装其他软件）",
    )
    parser.add_argument("--coverage", action="store_true", help="按练习记录标出每个节点、结局和分支走到过的通话次数")
    # SUPPRESS: `peilian --db FILE graph ...` (the top-level option) is kept, not reset to None.
    parser.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS, help="练习记录数据库（默认：数据目录下的 peilian.db）；与 --coverage 一起用")
    parser.add_argument("--trainee", metavar="姓名", default=argparse.SUPPRESS, help="只统计这位学员的通话（默认：所有学员）；与 --coverage 一起用")
    parser.add_argument("-o", "--output", metavar="FILE", help="写入文件（默认输出到屏幕）；扩展名 .mmd / .dot / .svg 可省去 --format")
    parser.set_defaults(handler=run)


def _format(args) -> str:
    if args.format:
        return args.format
    if args.output:
        return SUFFIX_FORMATS.get(Path(args.output).suffix.lower(), "mermaid")
    return "mermaid"


def read_coverage(scenario, db: str | None, trainee: str | None = None):
    """(Coverage, notes) from the records database; notes are lines for standard error.

    Raises ``RecordStoreError`` (a Chinese sentence) when the database cannot be
    read or the named trainee has no records.  Only sessions of the scenario's
    current version are counted: branch numbers of another version may point at
    other branches.
    """
    from ..records import RecordStoreError, open_store
    from ..settings import default_db_path, postgres_url
    from ..authoring.graph import Coverage, coverage_from_sessions

    notes: list[str] = []
    where = db or default_db_path()
    if db is None and postgres_url(where) is None and not Path(where).is_file():
        # Drawing a graph must not create an empty records database as a side effect.
        notes.append(f"还没有练习记录（{where} 不存在），所有节点都按 0 次显示。")
        return Coverage(), notes
    with open_store(where, must_exist=db is not None) as store:
        if trainee is not None:
            known = store.trainees()
            if trainee not in known:
                others = "、".join(known[:20]) if known else "（还没有任何记录）"
                raise RecordStoreError(f"没有学员“{trainee}”的练习记录。记录中的学员：{others}")
        records = [s for s in store.sessions(trainee) if s.scenario_id == scenario.id]
        current = [s for s in records if not s.scenario_version or s.scenario_version == str(scenario.version)]
        older = len(records) - len(current)
        coverage = coverage_from_sessions(scenario, (store.turns(s.id) for s in current))
    if older:
        versions = sorted({s.scenario_version for s in records if s not in current})
        notes.append(f"另有 {older} 通电话是第 {'、'.join(versions)} 版场景的，分支可能已经改动，没有计入。")
    who = f"学员“{trainee}”的" if trainee else ""
    notes.append(f"统计了{who} {coverage.sessions} 通“{scenario.title}”（第 {scenario.version} 版）的通话。")
    return coverage, notes


def run(args: argparse.Namespace) -> int:
    from ..records import RecordStoreError
    from ..authoring.graph import build_graph
    from .validate import load_scenario_or_explain

    scenario = load_scenario_or_explain(args.scenario, "画图（请先按提示修改，可用 peilian validate 检查）")
    if scenario is None:
        return 2
    db, trainee = getattr(args, "db", None), getattr(args, "trainee", None)
    if not args.coverage and (db or trainee):
        print("--db 和 --trainee 要和 --coverage 一起用。", file=sys.stderr)
        return 2
    coverage = None
    if args.coverage:
        try:
            coverage, notes = read_coverage(scenario, db, trainee)
        except RecordStoreError as exc:
            print(exc, file=sys.stderr)
            return 2
        for note in notes:
            print(note, file=sys.stderr)
    text = render(build_graph(scenario, coverage=coverage), _format(args))
    if args.output:
        try:
            from ..output_files import write_text

            write_text(args.output, text)
        except OSError as exc:
            print(f"无法写入 {args.output}：{exc.strerror or exc}", file=sys.stderr)
            return 2
        print(f"已写入 {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    return 0


def render(graph, fmt: str) -> str:
    """The graph as text in ``fmt`` (one of ``authoring.graph.FORMATS``)."""
    from ..authoring.graph import FORMATS, to_dot, to_mermaid

    if fmt == "mermaid":
        return to_mermaid(graph)
    if fmt == "dot":
        return to_dot(graph)
    if fmt == "svg":
        from ..authoring.graph_svg import to_svg

        return to_svg(graph)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
