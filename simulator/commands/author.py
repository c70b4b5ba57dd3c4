"""``peilian author SCENARIO [--node ID] [--set NAME=VALUE ...]``: author mode.

Opens the app on one scenario file: play from any node, see why each branch was or
was not taken and which rules fired, edit the file elsewhere and reload it with
Ctrl+R.  A file that does not load at all is reported here, with file and line,
before any screen opens.

Exit status: 0 closed normally; 2 the scenario cannot be opened.
"""

from __future__ import annotations

import argparse
import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "author",
        help="作者模式：从任意节点试打场景，查看每条分支为什么走或不走、触发了哪些规则，改完文件按 Ctrl+R 重新加载",
        description=(
            "作者模式（培训师编写场景时使用）：打开一个场景文件，从任意节点开始试打；每走一步，右侧列出这个节点的每条分支"
            "是否成立及原因、触发了哪些规则。在编辑器里修改并保存文件后按 Ctrl+R，重新读取文件并把已说过的话重放一遍。"
            "试打不计入练习记录。退出码：0 正常关闭；2 场景无法打开。"
        ),
    )
    parser.add_argument("scenario", metavar="SCENARIO", help="场景文件路径，或内置场景的 id")
    parser.add_argument("--node", metavar="ID", help="从这个节点开始（默认：场景的 start 节点）")
    parser.add_argument(
        "--set",
        metavar="变量=数值",
        action="append",
        default=[],
        help="开始时把变量设为这个值，如 --set anger=6（可写多次；默认用 state: 里声明的 start）",
    )
    parser.add_argument("--seed", type=int, default=0, metavar="N", help="随机种子：决定客户选用哪种说法（默认 0）")
    parser.add_argument("--theme", choices=("dark", "light"), help="界面主题（默认深色，运行中按 F3 切换）")
    parser.set_defaults(handler=run)


def parse_settings(items: list[str], scenario) -> dict[str, float]:
    """``["anger=6"]`` -> ``{"anger": 6}``, checked against the scenario's variables."""
    from ..scenario.conditions import nearest

    state: dict[str, float] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise ValueError(f"--set {item}：要写成 变量=数值，如 --set anger=6")
        if name not in scenario.variables:
            known = "、".join(scenario.variables) or "（这个场景没有声明变量）"
            raise ValueError(f"--set {item}：场景没有变量 {name!r}{nearest(name, scenario.variables)}（已声明：{known}）")
        try:
            value = float(raw)
        except ValueError:
            raise ValueError(f"--set {item}：{raw!r} 不是数字") from None
        var = scenario.variables[name]
        if not var.low <= value <= var.high:
            raise ValueError(f"--set {item}：{name} 的范围是 {var.low:g} 到 {var.high:g}")
        state[name] = int(value) if value.is_integer() else value
    return state


def run(args: argparse.Namespace) -> int:
    from ..authoring.bench import AuthorBench
    from ..scenario.conditions import nearest

    bench = AuthorBench(args.scenario, seed=args.seed)
    errors = bench.load()
    if errors:
        print(f"无法打开作者模式：场景文件有 {len(errors)} 处错误", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 2
    scenario = bench.scenario
    if args.node and args.node not in scenario.nodes:
        hint = "（这是一个结局，通话不能从结局开始）" if args.node in scenario.endings else nearest(args.node, scenario.nodes)
        print(f"场景 {scenario.id} 中没有节点 {args.node!r}{hint}；节点有：{'、'.join(scenario.nodes)}", file=sys.stderr)
        return 2
    try:
        state = parse_settings(args.set, scenario)
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    from ..tui import _start_time  # noqa: F401  (records when start-up began)
    from ..tui.author_app import make_author_app
    from .app import run_until_closed

    app = make_author_app(bench, node=args.node, state=state, theme=args.theme)
    run_until_closed(app)
    return app.return_code or 0
