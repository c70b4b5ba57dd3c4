"""``peilian validate [PATH...] [--strict]``: check scenario files, report every problem at once."""

from __future__ import annotations

import argparse
import os
import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="检查场景文件：格式、去向、可达性、行为和情境名称等，一次列出全部问题",
        description=(
            "检查场景文件（默认检查内置场景库），一次列出全部问题，每个问题都写明文件、行、列和修改方法。"
            "文件夹里有入职课程 curriculum.yaml 时一并检查：场景 id 是否存在、是否重复列出、有没有场景漏列。"
            "退出码：0 没有错误；2 有错误；1 只有警告但使用了 --strict。"
        ),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="场景文件或文件夹；省略时检查内置场景库")
    parser.add_argument("--strict", action="store_true", help="警告也算不通过（退出码 1）")
    parser.set_defaults(handler=run)


def where(path: str) -> str:
    """A path as the trainer typed it: relative to the current folder when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return path if rel.startswith("..") else rel


def format_problem(problem) -> str:
    place = where(problem.path)
    if problem.line is not None:
        place += f":{problem.line}"
        if problem.column is not None:
            place += f":{problem.column}"
    level = "错误" if problem.level == "error" else "警告"
    text = f"{place}: {level}：{problem.message}"
    if problem.hint:
        text += f"\n    怎么改：{problem.hint}"
    return text


def print_problems(problems, out=None) -> None:
    out = out or sys.stdout
    for problem in sorted(problems, key=lambda p: (p.path, p.line or 0, p.column or 0)):
        print(format_problem(problem), file=out)


def run(args: argparse.Namespace) -> int:
    from grading.errors import DataFileError

    from ..scenario import validate_paths

    try:
        report = validate_paths(args.paths or None)
    except DataFileError as exc:  # the grading data itself is broken
        print("评分数据有错误，无法检查场景：", file=sys.stderr)
        print_problems(exc.problems, sys.stderr)
        return 2
    print_problems(report.problems)
    errors, warnings = len(report.errors), len(report.warnings)
    files = len(report.files)
    curricula = len(getattr(report, "curricula", ()))
    if not files and not curricula and not errors:
        print("没有找到场景文件（*.yaml）。")
        return 2 if args.paths else 0
    checked = f"{files} 个场景文件"
    if curricula:
        checked = (f"{checked}和 " if files else "") + f"{curricula} 个课程文件"
    if errors:
        print(f"\n检查了 {checked}：{errors} 个错误，{warnings} 个警告。请按上面的提示修改后再运行 peilian validate。")
        return 2
    if warnings:
        print(f"\n检查了 {checked}：没有错误，{warnings} 个警告。")
        return 1 if args.strict else 0
    print(f"检查了 {checked}：全部通过。")
    return 0


def load_scenario_or_explain(ref: str, purpose: str):
    """The scenario ``ref`` (an id or a path), or None after telling the trainer on
    standard error why it cannot be used for ``purpose`` (试打, 画图, ...)."""
    from grading.errors import DataFileError

    from ..scenario import ScenarioNotFound, load_scenario

    try:
        return load_scenario(ref)
    except ScenarioNotFound as exc:
        print(str(exc), file=sys.stderr)
    except DataFileError as exc:
        print(f"场景 {ref} 有错误，无法{purpose}：", file=sys.stderr)
        print_problems(exc.problems, sys.stderr)
    return None
