"""The kinds of caller: the one registry that the picker and ``peilian new`` both read.

A scenario's ``persona`` is a character (陈伯, 赵先生); trainees and trainers think in
kinds of caller (无声电话, 方言, 辱骂, 重复投诉).  Each row says how the picker
recognises and names a kind, and which ``peilian new`` skeleton (if any) writes one.

A new kind of caller is one row here (in the order the picker lists kinds), plus,
for ``peilian new``, one template ``simulator/data/skeletons/<skeleton>.yaml``.

No imports beyond the standard library: the command line reads this when it is parsed.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CallerKind:
    id: str  # the picker's id of the kind
    label: str  # the picker's heading
    situations: tuple[str, ...] = ()  # an opening node in one of these situations makes a scenario this kind
    tag_words: tuple[str, ...] = ()  # else a tag containing one of these words (kinds and words checked in order)
    any_node: bool = False  # else any node in one of ``situations``
    skeleton: str | None = None  # `peilian new --persona` name: simulator/data/skeletons/<skeleton>.yaml
    skeleton_label: str | None = None  # what `peilian new` calls this kind of caller
    skeleton_title: str | None = None  # the new scenario's title when --title is not given


KINDS: tuple[CallerKind, ...] = (
    CallerKind(
        "silent_caller", "无声电话", ("silent_caller",), ("无声",), any_node=True,
        skeleton="silent", skeleton_label="无声电话", skeleton_title="无声电话（新场景）",
    ),
    CallerKind(
        "dialect", "方言客户", ("dialect",), ("方言",), any_node=True,
        skeleton="dialect", skeleton_label="讲方言的客户", skeleton_title="讲方言的客户（新场景）",
    ),
    CallerKind(
        "abusive", "辱骂客户", ("abusive",), ("辱骂", "骂"), any_node=True,
        skeleton="abusive", skeleton_label="破口大骂的客户", skeleton_title="破口大骂的客户（新场景）",
    ),
    CallerKind(
        "repeat_complaint", "重复投诉", ("repeat_complaint",), ("重复投诉",), any_node=True,
        skeleton="repeat", skeleton_label="重复投诉的客户", skeleton_title="重复投诉的客户（新场景）",
    ),
    CallerKind("complaint", "投诉与升级", ("complaint", "supervisor_request"), ("投诉",)),
    CallerKind(
        "other", "其他情境",
        skeleton="general", skeleton_label="一般来电", skeleton_title="一般来电（新场景）",
    ),
)
OTHER = "other"  # the kind of a scenario no row recognises

KIND_LABELS = {kind.id: kind.label for kind in KINDS}
KIND_RANK = {kind.id: rank for rank, kind in enumerate(KINDS)}
# `peilian new`: skeleton name -> its row, in the registry's order.
SKELETON_KINDS = {kind.skeleton: kind for kind in KINDS if kind.skeleton is not None}


def caller_kind(scenario) -> str:
    """The kind id of ``scenario``: its opening node's situation, else its tags, else any node's situation."""
    start = scenario.nodes.get(scenario.start) if scenario.start else None
    if start is not None:
        for kind in KINDS:
            if start.situation in kind.situations:
                return kind.id
    for tag in scenario.tags:
        for kind in KINDS:
            for word in kind.tag_words:
                if word in tag:
                    return kind.id
    situations = {n.situation for n in scenario.nodes.values()}
    for kind in KINDS:
        if kind.any_node and situations.intersection(kind.situations):
            return kind.id
    return OTHER
