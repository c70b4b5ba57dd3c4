"""Rudeness costs something at every moment of every bundled call.

From each node of each bundled scenario, a rude, an evasive and an off-protocol
reply must each change how the customer reacts compared with a plain, harmless
acknowledgement: another path, another line, or a change in mood (or a bad
ending).  (On a silent line nothing was asked, so only the rude replies count.)  A scenario where "这不归我管，你自己看着办" gets the same calm answer as
"好的，我明白了" teaches the trainee that rudeness is free.
"""

import pytest

from simulator.engine.clock import ManualClock
from simulator.engine.session import CallSession
from simulator.tui.catalog import load_catalog

CATALOG = load_catalog()
HARMLESS = "好的，我明白了。"
OFFENDING = {
    "rude": "这不归我管，你自己看着办。",
    "impatient": "你烦不烦啊，说了多少遍了。",
    "evasive": "这个我也不清楚。",
}


def reaction(scenario, node_id: str, reply: str):
    session = CallSession(scenario, clock=ManualClock(10.0), seed=0)
    session.start(node_id)
    result = session.reply(reply)
    line = result.customer.text if result.customer is not None else None
    ending_good = result.ending.good if result.ending is not None else None
    return result.node_to, line, tuple(sorted(result.state.items())), ending_good


@pytest.mark.parametrize("entry", CATALOG.entries, ids=lambda e: e.id)
def test_every_offence_changes_how_the_customer_reacts(entry):
    scenario = entry.scenario
    unnoticed = []
    for node in scenario.nodes.values():
        calm = reaction(scenario, node.id, HARMLESS)
        for kind, reply in OFFENDING.items():
            if kind == "evasive" and node.silent:
                continue  # nothing was asked on a silent line: there is nothing to evade
            if reaction(scenario, node.id, reply) == calm:
                unnoticed.append(f"{node.id}: {kind}（{reply}）→ {calm[0]}")
    assert not unnoticed, "客户对这些回复的反应和“好的，我明白了。”一模一样：\n" + "\n".join(unnoticed)
