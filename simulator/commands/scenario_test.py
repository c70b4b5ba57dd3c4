"""``peilian test [PATH...] [--explore N] [--seed N]``: run the scenarios' own tests.

Exit status: 0 all passed; 1 a test failed, or a random walk crashed or never ended;
2 a scenario has errors (run ``peilian validate``) or a path does not exist.
"""

from __future__ import annotations

import argparse
import sys
import time


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "test",
        help="运行场景自带的测试（脚本化回复 + 期望的结局、路径、分数、违规），并可随机走查",
        description=(
            "运行场景自带的测试：按脚本回复，检查结局、路径、分数和违规是否符合期望。"
            "--explore N 再随机打 N 通电话，报告崩溃、结束不了的通话，以及从未走到的节点和分支。"
            "退出码：0 全部通过；1 有测试失败或走查发现问题；2 场景有错误。"
        ),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="场景文件或文件夹，或内置场景的 id；省略时测试内置场景库")
    parser.add_argument("--explore", type=int, default=0, metavar="N", help="每个场景再随机走查 N 通电话")
    parser.add_argument("--seed", type=int, default=0, metavar="N", help="随机走查的随机种子（默认 0）")
    from .rubric import add_rubric_option

    add_rubric_option(parser)
    parser.set_defaults(handler=run)


def _targets(paths):
    """Paths as given, with bundled scenario ids replaced by their files."""
    from pathlib import Path

    from ..scenario.library import ScenarioNotFound, resolve

    resolved, missing = [], []
    for raw in paths:
        if Path(raw).exists():
            resolved.append(raw)
            continue
        try:
            resolved.append(resolve(raw))
        except ScenarioNotFound as exc:
            missing.append(str(exc))
    return resolved, missing


def _indent(text: str, prefix: str = "      ") -> str:
    return "\n".join(prefix + line for line in text.rstrip().splitlines())


def run(args: argparse.Namespace) -> int:
    from .rubric import use_rubric_option

    if (refused := use_rubric_option(args)) is not None:
        return refused
    from ..scenario.library import collect
    from ..authoring.runner import explore, run_test
    from ..scenario.validate import validate_files
    from .validate import print_problems, where

    started = time.perf_counter()
    out = sys.stdout
    targets, missing = _targets(args.paths)
    for message in missing:
        print(message, file=sys.stderr)
    if args.paths and not targets:
        return 2
    sources = collect(targets or None)
    report = validate_files(sources.scenarios, sources.personas)
    status = 0
    if report.errors:
        print("以下场景有错误，无法测试（请先按提示修改，可用 peilian validate 检查）：", file=out)
        print_problems(report.errors, out)
        print(file=out)
        status = 2
    scenarios = [s for s in report.scenarios.values() if s.path not in report.broken]

    total = passed = 0
    for scenario in scenarios:
        print(f"{scenario.id}（{where(scenario.path)}）", file=out)
        if not scenario.tests:
            print("  （没有测试）", file=out)
        for test in scenario.tests:
            outcome = run_test(scenario, test)
            total += 1
            if outcome.passed:
                passed += 1
                print(f"  ✔ {test.name}", file=out)
                continue
            status = max(status, 1)
            print(f"  ✘ {test.name}", file=out)
            for failure in outcome.failures:
                print(f"      {failure}", file=out)
            if outcome.error:
                print("      运行时出错：", file=out)
                print(_indent(outcome.error, "        "), file=out)
            session = outcome.session
            if session is not None and session.path:
                print(f"      实际路径：{' → '.join(session.path)}", file=out)
                fired = [f"第 {t.index + 1} 轮 {v.rule}" for t in session.turns if t.grade for v in t.grade.violations]
                if fired:
                    print(f"      实际违规：{'；'.join(fired)}", file=out)
            where_test = test.path or scenario.path
            print(f"      （测试写在 {where(where_test)}）", file=out)

    if args.explore > 0:
        print(file=out)
        for scenario in scenarios:
            result = explore(scenario, args.explore, seed=args.seed)
            endings = "，".join(f"{k} {v} 次" for k, v in sorted(result.endings.items(), key=lambda kv: -kv[1]))
            print(f"随机走查 {scenario.id}：{args.explore} 通电话（种子 {args.seed}）" + (f"；结局：{endings}" if endings else ""), file=out)
            for walk, moves, trace in result.crashes:
                status = max(status, 1)
                print(f"  ✘ 第 {walk + 1} 通电话崩溃，回复依次为：{' / '.join(moves)}", file=out)
                print(_indent(trace, "      "), file=out)
            for walk, path in result.unfinished[:5]:
                status = max(status, 1)
                tail = " → ".join(path[-8:])
                print(f"  ✘ 第 {walk + 1} 通电话打了很多轮仍没有结束（可能是死循环）：…{tail}", file=out)
            if len(result.unfinished) > 5:
                print(f"    （另有 {len(result.unfinished) - 5} 通同样没有结束）", file=out)
            if result.unreached_nodes:
                print(f"  · 从未走到的节点或结局：{', '.join(result.unreached_nodes)}", file=out)
            if result.unreached_branches:
                print(f"  · 从未走过的分支：{', '.join(result.unreached_branches)}", file=out)
            if result.ok and not result.unreached_nodes and not result.unreached_branches:
                print("  ✔ 没有崩溃或死循环，所有节点和分支都走到了", file=out)
            elif result.ok:
                print("  ✔ 没有崩溃或死循环", file=out)

    seconds = time.perf_counter() - started
    failed = total - passed
    summary = f"\n共 {total} 项测试：{passed} 通过，{failed} 失败（用时 {seconds:.1f} 秒）"
    if status == 2:
        summary += f"；{len(report.broken)} 个场景文件有错误，未能测试"
    print(summary, file=out)
    return status
