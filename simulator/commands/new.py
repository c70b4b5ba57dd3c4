"""``peilian new ID --persona silent|dialect|abusive|repeat|general [--dir scenarios/] [--title ...]``.

Writes ``DIR/ID.yaml``: a small working scenario for that kind of caller, every
field explained by a Chinese comment, that passes ``peilian validate --strict`` and
``peilian test`` as written (the skeletons are in :mod:`simulator.authoring.skeletons`).
Its first line points editors at the JSON Schema: a relative path when the file is
inside this source tree, else the installed schema's absolute path.

Never overwrites: an existing file, or a scenario with the same id in the folder,
is refused.  Exit status: 0 written; 2 refused (the message says why).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def register(subparsers) -> None:
    from ..authoring.skeletons import SKELETON_LABELS, SKELETON_NAMES

    parser = subparsers.add_parser(
        "new",
        help="新建一个场景文件：按来电类型生成带中文注释、能直接通过检查和测试的骨架",
        description=(
            "新建场景文件 DIR/ID.yaml：按来电类型生成一个能直接通过 peilian validate --strict 和 peilian test 的小场景，"
            "每个字段都有中文注释，照着改写即可。已有的文件不会被覆盖。退出码：0 已生成；2 未生成（会说明原因）。"
        ),
    )
    parser.add_argument("id", metavar="ID", help="场景 id，也是文件名：字母、数字、下划线、连字符或汉字，如 silent_caller_night")
    parser.add_argument(
        "--persona",
        required=True,
        choices=SKELETON_NAMES,
        help="来电类型：" + "，".join(f"{k}（{v}）" for k, v in SKELETON_LABELS.items()),
    )
    parser.add_argument("--dir", default="scenarios", metavar="DIR", help="写到哪个文件夹（默认 scenarios/，不存在时自动创建）")
    parser.add_argument("--title", metavar="标题", help="场景标题（默认按来电类型，如“无声电话（新场景）”）")
    parser.set_defaults(handler=run)


def schema_reference(target: Path) -> str:
    """What ``$schema=`` should say for a scenario file at ``target``.

    Inside the source tree that holds this package: the path relative to the file's
    folder (as the bundled scenarios write it).  Elsewhere: the installed schema's
    absolute path (yaml-language-server accepts both).
    """
    import simulator

    package = Path(simulator.__file__).resolve().parent
    schema = package / "data" / "scenario.schema.json"
    root = package.parent
    folder = target.resolve().parent
    if (root / "pyproject.toml").is_file() and folder.is_relative_to(root):
        return Path(os.path.relpath(schema, folder)).as_posix()
    return schema.as_posix()


def _same_id(folder: Path, scenario_id: str) -> str | None:
    """The file in ``folder`` (recursively, as the library reads it) that declares ``scenario_id``."""
    from ..scenario.files import _walk, declared_id

    if not folder.is_dir():
        return None
    for entry in _walk(folder)[0]:
        if declared_id(entry) == scenario_id:
            return str(entry)
    return None


def run(args: argparse.Namespace) -> int:
    from ..scenario.library import ScenarioNotFound, bundled_root, resolve
    from ..authoring.skeletons import SKELETON_LABELS, SkeletonError, check_id, render_skeleton
    from .validate import where

    try:
        check_id(args.id)
    except SkeletonError as exc:
        print(exc, file=sys.stderr)
        return 2
    folder = Path(args.dir)
    if folder.exists() and not folder.is_dir():
        print(f"{args.dir} 不是文件夹，无法在里面新建场景。", file=sys.stderr)
        return 2
    path = folder / f"{args.id}.yaml"
    for existing in (path, folder / f"{args.id}.yml", folder / f"{args.id}.tests.yaml"):
        if existing.exists():
            print(f"{where(str(existing))} 已经存在，没有覆盖。请换一个 id，或先把原来的文件改名。", file=sys.stderr)
            return 2
    clash = _same_id(folder, args.id)
    if clash is not None:
        print(f"{where(clash)} 里的场景已经用了 id {args.id}，同一个场景库里的 id 必须唯一。请换一个 id。", file=sys.stderr)
        return 2
    try:
        text = render_skeleton(args.persona, args.id, args.title, schema_reference(path))
    except SkeletonError as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(path, "x", encoding="utf-8", newline="\n") as handle:  # "x": never overwrite, even in a race
            handle.write(text)
    except FileExistsError:
        print(f"{where(str(path))} 已经存在，没有覆盖。请换一个 id，或先把原来的文件改名。", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"无法写入 {where(str(path))}：{exc.strerror or exc}", file=sys.stderr)
        return 2

    shown = where(str(path))
    print(f"已生成 {shown}（{SKELETON_LABELS[args.persona]}骨架）。接下来：")
    print("  1. 按文件里的中文注释改写客户的话、分支、结局和测试；")
    print(f"  2. peilian validate --strict {shown}    检查格式、去向和可达性；")
    print(f"  3. peilian test {shown}                 运行场景自带的测试；")
    print(f"  4. peilian graph {shown} -o {args.id}.mmd    画出通话流程图。")
    bundled_dir = Path(str(bundled_root())).resolve()
    if folder.resolve() != bundled_dir:
        try:
            resolve(args.id)
        except ScenarioNotFound:
            pass
        else:
            print(f"注意：内置场景库里也有 id 为 {args.id} 的场景；用 peilian play 等命令时请写文件路径，不要只写 id。", file=sys.stderr)
    return 0
