"""``peilian rubric check DIR``: check a centre's rubric (or a whole rubric folder).

A centre's rubric folder holds a ``rubric.yaml`` that says ``extends: builtin``
(its pass mark, rules switched off, severities changed, its own forbidden wording)
and, if it likes, further ``*.yaml`` files of whole rules.  The check reports every
problem with its file and line (exit 2), then runs every rule's examples: a bad
example must break its own rule, a good one must pass the whole rubric (exit 1 if
one does not).  Exit 0: the rubric can be used with ``--rubric DIR``.

``add_rubric_option`` and ``use_rubric_option`` give the other commands ``--rubric``.
"""

from __future__ import annotations

import argparse
import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "rubric",
        help="检查本中心的评分规则：peilian rubric check 规则目录",
        description="检查规则目录（rubric.yaml 写 extends: builtin 即在内置规则之上修改）：字段和类型逐条报出文件与行号，再逐条运行每条规则的例句。",
    )
    parser.add_argument("action", choices=("check",), help="check：检查规则目录")
    parser.add_argument("folder", metavar="规则目录", help="含 rubric.yaml 的文件夹")
    parser.set_defaults(handler=run)


def add_rubric_option(parser) -> None:
    parser.add_argument("--rubric", metavar="DIR", help="使用本中心的评分规则目录（见 peilian rubric check；默认使用内置规则）")


def use_rubric_option(args) -> int | None:
    """Load ``--rubric`` for every grade this process makes; a sentence and 2 when it cannot be."""
    folder = getattr(args, "rubric", None)
    if not folder:
        return None
    from grading import DataFileError
    from grading.grader import use_rubric
    from grading.rubric import default_rubric

    use_rubric(folder)
    try:
        default_rubric()
    except DataFileError as exc:
        print(f"评分规则目录 {folder} 有误，无法使用：\n{exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"无法读取评分规则目录 {folder}：{exc.strerror or exc}", file=sys.stderr)
        return 2
    return None


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from grading import Context, DataFileError, Grader, Turn
    from grading.rubric import load_rubric
    from grading.yamlio import compose_file, find_item_with_id, mapping_get, node_line

    folder = Path(args.folder)
    if not (folder / "rubric.yaml").is_file():
        print(f"{folder} 里没有 rubric.yaml：规则目录要有 rubric.yaml（本中心的规则写 extends: builtin）。", file=sys.stderr)
        return 2
    try:
        rubric = load_rubric(folder)
    except DataFileError as exc:
        print(f"规则目录 {folder} 有 {len(exc.problems)} 处错误：", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"无法读取规则目录 {folder}：{exc.strerror or exc}", file=sys.stderr)
        return 2
    grader = Grader(rubric)
    failures, checked = [], 0
    trees: dict[str, object] = {}

    def where(rule) -> str:
        tree = trees.setdefault(rule.path, compose_file(rule.path))
        node = find_item_with_id(tree, rule.id, "rules") or find_item_with_id(mapping_get(tree, "forbidden") if tree is not None else None, rule.id)
        line = node_line(node)
        return f"{rule.path}:{line}" if line else rule.path

    for rule in rubric.rules:
        for kind, examples in (("bad", rule.bad_examples), ("good", rule.good_examples)):
            for example in examples:
                checked += 1
                history = tuple(Turn(role, text) for role, text in example.history)
                grade = grader.grade(example.reply, Context(example.situation, example.customer, history, paused=example.paused))
                fired = [v.rule for v in grade.violations]
                if kind == "bad" and rule.id not in fired:
                    failures.append(f"{where(rule)}: {rule.id} 的反例“{example.reply}”没有违反这条规则（违反了：{'、'.join(fired) or '无'}）")
                elif kind == "good" and fired:
                    failures.append(f"{where(rule)}: {rule.id} 的正例“{example.reply}”不合规：{'、'.join(fired)}")
    for failure in failures:
        print(failure)
    if failures:
        print(f"共 {checked} 个例句：{len(failures)} 个不符合（规则 {rubric.version}）。")
        return 1
    print(f"规则目录 {folder} 可以使用：{len(rubric.rules)} 条规则，{checked} 个例句全部符合，及格线 {rubric.pass_mark} 分（版本 {rubric.version}）。")
    return 0
