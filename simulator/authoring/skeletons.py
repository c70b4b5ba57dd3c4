"""Scenario skeletons for ``peilian new``: one small, working call per kind of caller.

Each skeleton is a complete scenario with Chinese comments on every field, written
so that it passes ``peilian validate --strict`` and its own ``peilian test`` as
generated; the trainer then rewrites the lines, branches and endings.  Pure text:
:func:`render_skeleton` fills in the id, the title and the schema reference.
Imported when the command line is parsed (``peilian new --help`` lists the
skeletons), so the loader and PyYAML are imported only inside the functions.
"""

from __future__ import annotations

import json
import re
import unicodedata
from importlib import resources

from ..scenario.kinds import SKELETON_KINDS

# The skeletons' names (what `peilian new --persona` takes: a kind of caller, not a
# scenario's persona, which is a character) and their labels, from the one registry.
SKELETON_NAMES = tuple(SKELETON_KINDS)
SKELETON_LABELS = {name: kind.skeleton_label for name, kind in SKELETON_KINDS.items()}
# File names the library does not read as scenarios (see ``library.is_scenario_file``).
RESERVED_IDS = ("personas", "curriculum")


class SkeletonError(ValueError):
    """An id or title that cannot be used; the message is a Chinese sentence."""


def check_id(scenario_id: str) -> None:
    """Raise ``SkeletonError`` unless ``scenario_id`` is a valid scenario id and file name."""
    from ..scenario.loader import ID_PATTERN  # the validator's own rule

    if not scenario_id or not ID_PATTERN.match(scenario_id):
        raise SkeletonError(
            f"场景 id {scenario_id!r} 不合规：只能用字母、数字、下划线、连字符或汉字，不能有空格和标点（如 silent_caller_night）"
        )
    if scenario_id.startswith(("_", "-")):
        raise SkeletonError(f"场景 id {scenario_id!r} 不能以“_”或“-”开头（以“_”开头的文件不会被当作场景读取）")
    if scenario_id in RESERVED_IDS:
        raise SkeletonError(f"{scenario_id} 是场景库保留的文件名（{scenario_id}.yaml 不会被当作场景读取），请换一个 id")


def yaml_text(value: str) -> str:
    """A one-line YAML scalar for ``value``: plain when that reads back the same, else double-quoted."""
    import yaml

    value = " ".join(str(value).split())
    try:
        if value and yaml.safe_load(value) == value and not re.search(r"[#:{}\[\],&*!|>'\"%@`]", value):
            return value
    except yaml.YAMLError:
        pass
    return json.dumps(value, ensure_ascii=False)


def render_skeleton(skeleton: str, scenario_id: str, title: str | None = None, schema: str = "") -> str:
    """The text of a new scenario file.  ``schema``: what ``$schema=`` points at ("" for no line)."""
    if skeleton not in SKELETON_KINDS:
        raise SkeletonError(f"没有“{skeleton}”这种骨架；可选：{'、'.join(SKELETON_NAMES)}")
    check_id(scenario_id)
    default_title, body = SKELETON_KINDS[skeleton].skeleton_title, template(skeleton)
    title = " ".join((title if title is not None else default_title).split())
    if not title:
        raise SkeletonError("标题不能为空")
    head = f"# yaml-language-server: $schema={schema}\n" if schema else ""
    width = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in scenario_id)
    id_pad = " " * max(1, 32 - width)  # line the comment up with the others below
    body = body.replace("__ID_PADDED__", scenario_id + id_pad).replace("__ID__", scenario_id)
    return head + HEADER.replace("__KIND__", SKELETON_LABELS[skeleton]) + body.replace("__TITLE__", yaml_text(title))


def template(skeleton: str) -> str:
    """The skeleton's template, ``simulator/data/skeletons/<skeleton>.yaml``: a scenario
    with ``__ID_PADDED__`` (the id, padded so its comment lines up), ``__ID__`` and
    ``__TITLE__`` still to fill in."""
    return resources.files("simulator").joinpath("data", "skeletons", f"{skeleton}.yaml").read_text(encoding="utf-8")


HEADER = """#
# 场景骨架：__KIND__（由 peilian new 生成）。
# 它已经能通过检查和测试：先照原样运行一遍，再按注释把客户的话、分支和结局改成您要的通话。
# 每改一处，运行：
#   peilian validate --strict 本文件    检查格式、去向、可达性（出错时写明第几行、怎么改）
#   peilian test 本文件                 运行文件末尾的测试
#   peilian graph 本文件 -o 流程图.mmd   画出通话流程图
# 字段的完整说明见 docs/scenarios.md。

"""
