"""The scenario's graph as a ``transitions`` state machine: the adaptor between the two.

One ``Machine`` per scenario, shared by all its sessions (``add_model`` /
``remove_model``), ``auto_transitions=False`` so only the graph's edges exist; each
node's branches are added in order with the default last, so the first branch whose
condition holds is the one taken.  Conditions are compiled callables (never names
resolved at run time), checked when the machine is built.
"""

from __future__ import annotations

import weakref
from typing import Callable

from ..scenario.conditions import Move
from ..scenario.model import Branch, Scenario

__all__ = ["TRIGGER", "CallModel", "EngineError", "ScenarioMachine", "machine_for"]

TRIGGER = "respond"


class EngineError(RuntimeError):
    """The scenario cannot be run as a state machine (a bug or an unvalidated scenario)."""


class CallModel:
    """What ``transitions`` drives: only the current node (``node``) and the trigger."""

    def __repr__(self) -> str:
        return f"<call at {getattr(self, 'node', '?')}>"


class ScenarioMachine:
    """The scenario's graph as a ``transitions.Machine``, shared by all its sessions."""

    def __init__(self, scenario: Scenario):
        from transitions import Machine

        self.scenario = scenario
        problems = [f"{n.id}: 缺少 default" for n in scenario.nodes.values() if n.default is None]
        targets = set(scenario.nodes) | set(scenario.endings)
        problems += [f"{b.id}: 去向 {b.to!r} 不存在" for b in scenario.branches() if b.to not in targets]
        if not scenario.nodes or scenario.start not in scenario.nodes:
            problems.append(f"start 节点 {scenario.start!r} 不存在")
        if problems:
            raise EngineError("场景未通过检查，无法运行（请先运行 peilian validate）：" + "；".join(problems))
        self.machine = Machine(
            model=None,
            states=list(scenario.nodes) + list(scenario.endings),
            initial=scenario.start,
            auto_transitions=False,
            send_event=False,
            model_attribute="node",
            ignore_invalid_triggers=False,
        )
        for node in scenario.nodes.values():
            for branch in node.branches:
                if branch.when is None:  # an unvalidated branch without when: never taken
                    continue
                self.machine.add_transition(TRIGGER, node.id, branch.to, conditions=[branch.when.check], before=[_taker(branch)])
            self.machine.add_transition(TRIGGER, node.id, node.default.to, before=[_taker(node.default)])
        self._check_callbacks()

    def _check_callbacks(self) -> None:
        """Every callback is a callable, and every node's last edge is unconditional."""
        event = self.machine.events[TRIGGER]
        for node in self.scenario.nodes.values():
            edges = event.transitions.get(node.id, [])
            if not edges or edges[-1].conditions:
                raise EngineError(f"节点 {node.id} 的最后一条边不是无条件的 default")
            for edge in edges:
                for callback in [c.func for c in edge.conditions] + list(edge.before) + list(edge.after) + list(edge.prepare):
                    if not callable(callback):
                        raise EngineError(f"节点 {node.id} 的回调 {callback!r} 不是可调用对象")

    def attach(self, model, node_id: str) -> None:
        self.machine.add_model(model, initial=node_id)

    def detach(self, model) -> None:
        if model in self.machine.models:
            self.machine.remove_model(model)


def _taker(branch: Branch) -> Callable[[Move], None]:
    def taken(move: Move) -> None:
        move.branch = branch

    return taken


_MACHINES: "weakref.WeakKeyDictionary[Scenario, ScenarioMachine]" = weakref.WeakKeyDictionary()


def machine_for(scenario: Scenario) -> ScenarioMachine:
    machine = _MACHINES.get(scenario)
    if machine is None:
        machine = _MACHINES[scenario] = ScenarioMachine(scenario)
    return machine
