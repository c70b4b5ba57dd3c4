"""Why a move went where it went: every branch of a node checked against one move.

The engine takes the first branch whose condition holds (the default last).  For an
author that is not enough: they need to see, branch by branch, which part of each
condition held and which did not, and what the move actually had (the acts heard,
the score, a variable's value).  ``trace_node`` answers that from the same compiled
conditions the engine runs, so the explanation cannot drift from the behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from .conditions import Move, describe_effects
from .model import Branch, Condition, Node, Variable

TAKEN = "taken"  # the branch the call went down
FAILED = "failed"  # its condition did not hold
SHADOWED = "shadowed"  # its condition held, but an earlier branch was taken first
NOT_REACHED = "not_reached"  # the default, when a branch above it was taken

# (mark, words) per status: the author screen and ``play --explain`` say the same.
STATUS_WORDS = {
    TAKEN: ("✔", "走了这条"),
    FAILED: ("✘", "不成立"),
    SHADOWED: ("○", "也成立，但前面的分支优先"),
    NOT_REACHED: ("·", "前面已有分支成立"),
}


@dataclass(frozen=True)
class ConditionTrace:
    """One condition (or part of one) against one move."""

    text: str
    held: bool
    observed: str = ""  # what the move had, e.g. "当前怒气为 3"
    joins: str = ""  # "all" | "any" | "not" when it combines ``parts``
    parts: tuple["ConditionTrace", ...] = ()


@dataclass(frozen=True)
class BranchTrace:
    branch: Branch
    status: str  # TAKEN | FAILED | SHADOWED | NOT_REACHED
    condition: ConditionTrace | None  # None for the default
    effects: str = ""  # what taking it does to the variables, in Chinese

    @property
    def taken(self) -> bool:
        return self.status == TAKEN


def explain(condition: Condition, move: Move) -> ConditionTrace:
    observed = condition.observed(move) if condition.observed is not None else ""
    return ConditionTrace(
        text=condition.text,
        held=bool(condition.check(move)),
        observed=observed,
        joins=condition.joins,
        parts=tuple(explain(part, move) for part in condition.parts),
    )


def trace_node(node: Node, move: Move, variables: Mapping[str, Variable]) -> tuple[BranchTrace, ...]:
    """Every branch of ``node`` against ``move``, in the order the engine tries them.

    ``move`` must be as the engine saw it: the variables before the branch's effects.
    """
    traces: list[BranchTrace] = []
    taken = False
    for branch in node.branches:
        condition = explain(branch.when, move) if branch.when is not None else ConditionTrace("（缺少条件）", False)
        if condition.held and not taken:
            status, taken = TAKEN, True
        else:
            status = SHADOWED if condition.held else FAILED
        traces.append(BranchTrace(branch, status, condition, _effects(branch, variables)))
    if node.default is not None:
        traces.append(BranchTrace(node.default, NOT_REACHED if taken else TAKEN, None, _effects(node.default, variables)))
    return tuple(traces)


def _effects(branch: Branch, variables: Mapping[str, Variable]) -> str:
    return describe_effects(branch.effects, variables) if branch.effects else ""


def unmet(trace: ConditionTrace) -> list[ConditionTrace]:
    """The parts that made a condition fail, down to the simplest ones: for "all" the
    parts that failed, for "any" every part (none held), for "not" itself."""
    if trace.held:
        return []
    if trace.joins in ("all", "any"):
        return [leaf for part in trace.parts for leaf in unmet(part)]
    return [trace]


def branch_name(branch: Branch) -> str:
    """"分支 2" or "默认分支": how the author screen and the plain texts name a branch."""
    return "默认分支" if branch.is_default else f"分支 {branch.index + 1}"


def _said(parts) -> str:
    return "；".join(part.text + (f"（{part.observed}）" if part.observed else "") for part in parts)


def verdict(trace: BranchTrace) -> str:
    """One plain line on one branch: taken or not, and why (``peilian play --explain``)."""
    mark, words = STATUS_WORDS[trace.status]
    if trace.status == TAKEN:
        words = _said([trace.condition]) if trace.condition is not None else "其他分支都不成立"
    elif trace.status == FAILED:
        words = _said(unmet(trace.condition)) if trace.condition is not None else "（缺少条件）"
    return f"{mark} {branch_name(trace.branch)} → {trace.branch.to}：{words}"


def why_not_taken(traces, target: str) -> list[str]:
    """Sentences saying why the branches leading to ``target`` were not taken (for
    scenario-test failures, which are plain text)."""
    lines = []
    for trace in traces or ():
        branch = trace.branch
        if branch.to != target or trace.status == TAKEN:
            continue
        name = branch_name(branch)
        if trace.status == SHADOWED:
            lines.append(f"{name} → {target} 的条件成立了，但前面的分支先被采用")
        elif trace.status == NOT_REACHED:
            lines.append(f"{name} → {target} 是默认分支，前面已有分支成立")
        elif trace.condition is not None:
            lines.append(f"{name} → {target} 没有成立：{_said(unmet(trace.condition))}")
    return lines
