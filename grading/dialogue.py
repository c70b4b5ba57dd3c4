"""The call so far, as the rubric and the scenario branches need to know it.

A reply is right or wrong for the moment it answers: 没关系，再见！ is the right
close after 打错了 and a premature one while the customer's fault is still open;
the first abuse warning is protocol for a customer who swore and an accusation
for one who did not.  This module reads that moment from the customer's current
line and the history, all through the same act analysis as the reply.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .acts import Analysis

# Customer acts that open business: a question, a fault, a complaint, a request.
_OPENS = frozenset({"customer_request", "asks_when", "asks_supervisor", "asks_other_info", "customer_new_question"})
# Customer acts that say the business is done.
_CLOSES = frozenset({"customer_done", "customer_wrong_number"})
# What the agent does to try again on a line where the customer cannot be
# understood (silent, noisy, dialect): each counts as one attempt of the protocol.
_ATTEMPTS = frozenset({"greeting", "cannot_hear_notice", "ask_repeat", "ask_mandarin", "ask_helper", "ask_slow_down"})

# A transcript may give the history in a stage direction instead ((第二次问候后仍无声),
# (已两次提醒，客户继续辱骂)): that says at least two tries were made.
_NOTED = 2


@dataclass(frozen=True)
class DialogueState:
    """Facts about the moment a reply answers; every field is derived, none typed in."""

    customer_swore: bool  # the customer insulted or cursed, now or earlier in the call
    swore_now: bool  # ... in the line being answered
    thanked: bool  # the customer's current line thanks the agent
    apologised: bool  # ... apologises
    wrong_number: bool  # the customer dialled the wrong number (now or earlier)
    done: bool  # the customer's current line says there is nothing more
    finished: bool  # the customer said so since their last request (now or earlier)
    asked: bool  # the customer's current line asks or requests something
    business_open: bool  # the customer raised business that they have not closed
    attempts: int  # the agent's earlier tries to reach a caller it cannot understand
    warnings: int  # abuse warnings the agent has already given
    agent_turns: int

    def get(self, name: str):
        return getattr(self, name)


FIELDS = tuple(DialogueState.__dataclass_fields__)
BOOLEAN_FIELDS = tuple(n for n, f in DialogueState.__dataclass_fields__.items() if f.type == "bool")
# How trainers read each fact (true / a count), in branch explanations and the schema.
FIELD_LABELS = {
    "customer_swore": "客户骂过人",
    "swore_now": "客户这句话在骂人",
    "thanked": "客户在道谢",
    "apologised": "客户在道歉",
    "wrong_number": "客户说打错了电话",
    "done": "客户说没有别的事了",
    "finished": "客户的事已经办完",
    "asked": "客户在提问或提要求",
    "business_open": "客户的事还没办完",
    "attempts": "话务员已经尝试沟通的次数（问候、说明听不清、请讲普通话）",
    "warnings": "话务员已经给出的警示次数",
    "agent_turns": "话务员已经说过的话的句数",
}


# A reply judged on its own (no customer line, no history): nothing has happened yet.
_NOTHING_YET = DialogueState(**{name: (False if name in BOOLEAN_FIELDS else 0) for name in FIELDS})


def read_state(customer: Analysis | None, history: Sequence[tuple[str, Analysis]]) -> DialogueState:
    """The state at the reply, from the customer's current line and the earlier turns."""
    if customer is None and not history:
        return _NOTHING_YET
    customer_lines = [a for role, a in history if role == "customer"]
    # The current line is usually the last customer turn of the history too; count it once.
    if customer is not None and (not customer_lines or customer_lines[-1].raw != customer.raw):
        customer_lines.append(customer)
    now = customer.matches if customer is not None else {}
    swore = any(a.has("insult") or a.has("customer_abuse_noted") for a in customer_lines)
    open_business = False
    finished = False
    wrong_number = False
    for line in customer_lines:
        acts = line.matches
        if "customer_wrong_number" in acts:
            wrong_number = True
        asks = "customer_new_question" in acts or "?" in line.text
        if not asks and (not _CLOSES.isdisjoint(acts) or "customer_thanks" in acts):
            open_business = False
            finished = finished or not _CLOSES.isdisjoint(acts)
        elif not _OPENS.isdisjoint(acts) or "insult" in acts or "customer_abuse_noted" in acts:
            open_business = True
            finished = False
    agent_lines = [a for role, a in history if role == "agent"]
    # Thanks and then a new question (好的谢谢，那行李额度呢？): still asking, not done.  A
    # question that only checks, followed by a goodbye (是吧？那行，谢谢你啊。), is not.
    asks_now = customer is not None and ("customer_new_question" in now or customer.text.rstrip(" .!~").endswith("?"))
    return DialogueState(
        customer_swore=swore,
        swore_now="insult" in now or "customer_abuse_noted" in now,
        thanked="customer_thanks" in now,
        apologised="customer_apology" in now,
        wrong_number=wrong_number,
        done="customer_done" in now and not asks_now,
        finished=finished,
        asked=not _OPENS.isdisjoint(now) and (_CLOSES.isdisjoint(now) or asks_now),
        business_open=open_business,
        attempts=max(sum(1 for a in agent_lines if not _ATTEMPTS.isdisjoint(a.matches)), _NOTED if "prompts_noted" in now else 0),
        warnings=max(sum(1 for a in agent_lines if a.has("warning_first") or a.has("warning_second")), _NOTED if "warnings_noted" in now else 0),
        agent_turns=len(agent_lines),
    )
