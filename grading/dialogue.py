"""The call so far, as the rubric and the scenario branches need to know it.

A reply is right or wrong for the moment it answers: 没关系，再见！ is the right
close after 打错了 and a premature one while the customer's fault is still open;
the first abuse warning is protocol for a customer who swore and an accusation
for one who did not.  This module reads that moment from the customer's current
line and the history, all through the same act analysis as the reply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .acts import NOT_WORDS, ActMatch, Analysis

# Customer acts that open business: a question, a fault, a complaint, a request.
_OPENS = frozenset({"customer_request", "asks_when", "asks_supervisor", "asks_other_info", "customer_new_question", "customer_thanks_but"})
# Customer acts that say the business is done.
_CLOSES = frozenset({"customer_done", "customer_wrong_number"})
# Customer acts that keep asking even beside thanks or a goodbye (好的谢谢，那行李额度呢？;
# 谢谢啊，不过我那个退款还没到账呢).
_STILL_ASKING = frozenset({"customer_new_question", "customer_thanks_but"})
# What the agent's latest turn says is still to be done: gone to look or to ask, or the result
# not in yet.  Until the agent brings it, the business is open whatever the customer says.
_PENDING = frozenset({"hold_notice", "goes_to_find_out", "pending_result"})
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
    agent_pending: bool  # the agent's latest turn went to look, to ask, or said the result is not in
    agent_asked: bool  # the agent's latest turn asked the customer for a detail or an answer
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
    "agent_pending": "话务员上一句说去查、去问，或者结果还没出来",
    "agent_asked": "话务员上一句在问客户要信息或答复，客户还没给",
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
        asks = not _STILL_ASKING.isdisjoint(acts) or "?" in line.text
        if not asks and (not _CLOSES.isdisjoint(acts) or "customer_thanks" in acts):
            open_business = False
            finished = finished or not _CLOSES.isdisjoint(acts)
        elif not _OPENS.isdisjoint(acts) or "insult" in acts or "customer_abuse_noted" in acts:
            open_business = True
            finished = False
    agent_lines = [a for role, a in history if role == "agent"]
    # Silence after the agent asked whether there is anything more (请问还有什么可以帮您？ —
    # （无声）): the caller has finished, and the close for a caller who stays on the line is due.
    if customer is not None and customer.has("customer_silence") and agent_lines and agent_lines[-1].has("asks_anything_more") and _PENDING.isdisjoint(agent_lines[-1].matches):
        open_business = False
        finished = True
    # Thanks and then a new question (好的谢谢，那行李额度呢？): still asking, not done.  A
    # question that only checks, followed by a goodbye (是吧？那行，谢谢你啊。), is not.
    asks_now = customer is not None and (not _STILL_ASKING.isdisjoint(now) or customer.text.rstrip(" .!~").endswith("?"))
    # The agent may be the one to say the caller dialled wrong (您打错了; 这里是悦播售后，不是
    # 电信营业厅): a caller who takes it without asking more (好的，那我再查查号码) has no
    # business here.
    if any(a.has("customer_wrong_number") or a.has("not_this_line") for a in agent_lines):
        wrong_number = wrong_number or (customer is not None and not asks_now and _OPENS.isdisjoint(now))
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
        agent_pending=bool(agent_lines) and not _PENDING.isdisjoint(agent_lines[-1].matches),
        agent_asked=bool(agent_lines) and agent_lines[-1].has("asks_customer_for") and not agent_lines[-1].has("offer_help"),
        attempts=max(sum(1 for a in agent_lines if not _ATTEMPTS.isdisjoint(a.matches)), _NOTED if "prompts_noted" in now else 0),
        warnings=max(sum(1 for a in agent_lines if a.has("warning_first") or a.has("warning_second")), _NOTED if "warnings_noted" in now else 0),
        agent_turns=len(agent_lines),
    )


# Where a customer's line turns to a second request (…，另外地址要改; …，顺便问一下…).
_SECOND_REQUEST = re.compile(r"另外|还有(?!什么|没有|吗)|顺便|顺带|以及|对了|再帮我|再问|然后把|二是|第二")
# Parts the customer counts out (一个是年费，一个是那笔消费; 一是…二是…): each is a part to
# answer, asking words or not, and what comes before the first only announces them.
_LISTED = re.compile(r"(?:另)?一个是|[一二三]是")
# Reference numbers (sf0012, 2008137): two in one line are two things to answer.
_REFERENCE = re.compile(r"(?<![a-z0-9])[a-z]{0,4}[0-9]{4,}(?![a-z0-9])")
# A part that asks or requests something (thanks or news around it asks nothing).
_ASKS = re.compile(r"吗|能不能|要不要|可不可以|能否|怎么|多少|什么时候|哪|帮我|给我|我要|我想|想问|请|查|改|赔|退|办|换|补|举报|投诉|告诉我")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,}")
# Pairs of characters any request may hold, which say nothing of what it is about.
_PLAIN_PAIRS = frozenset(
    "一下 能不 不能 要不 不要 帮我 我想 问一 请问 还有 另外 那个 这个 那件 这件 我的 我们 你们 什么 怎么 "
    "可以 现在 上次 一个 这边 麻烦 顺便 就是 是不 不是 能否 是否 有没 没有 多少 的话 一起 问问 查查 查一 "
    "看看 看一 给我 我要 的事 事情 情况 问题 一些 我这 个月 那边 还要 要改 一直 到底 下我 帮忙 需要 "
    "要求 的能 能赔 再问 对了 以及 顺带".split()
)


def _topics(part: str) -> set[str]:
    """What a request is about: its reference numbers and its two-character stretches,
    less those any request holds."""
    found = set(_REFERENCE.findall(part))
    for run in _HAN.findall(part):
        found.update(p for p in map(str.__add__, run, run[1:]) if p not in _PLAIN_PAIRS)
    return found


def _left_unanswered(parts: list[str], references: set[str], answered: str) -> bool:
    """Whether the agent's words since the request leave one of its parts without a word:
    a reference number the others were answered by, or a part none of whose topics came up."""
    if len(references) >= 2 and any(ref in answered for ref in references):
        return not all(ref in answered for ref in references)
    topics = [_topics(p) for p in parts]
    return len(parts) >= 2 and all(len(t) >= 2 for t in topics) and not all(any(t in answered for t in topic) for topic in topics)


def forgotten_request(reply: Analysis, customer: Analysis | None, history: Sequence[tuple[str, Analysis]]) -> ActMatch | None:
    """When part of the customer's latest request with two parts (保单要不要续？另外地址要改;
    一个SF0012，一个SF0023) has had no word of answer from the agent since, the reply
    included: the reply's last clause (where a goodbye would be); else None."""
    turns = list(history)
    if customer is not None and (not turns or turns[-1][0] != "customer" or turns[-1][1].raw != customer.raw):
        turns.append(("customer", customer))
    for index in range(len(turns) - 1, -1, -1):
        role, line = turns[index]
        if role != "customer":
            continue
        listed = _LISTED.split(line.text)
        if len(listed) >= 3:
            parts = [p for p in listed[1:] if p.strip(" ,.!?;:~")]
        else:
            parts = [p for p in _SECOND_REQUEST.split(line.text) if _ASKS.search(p)]
        references = set(_REFERENCE.findall(line.text))
        if len(parts) < 2 and len(references) < 2:
            if parts:
                return None  # the latest request has one part
            continue  # thanks or an answer (好的，谢谢): the request is further back
        answered = "".join(a.text for r, a in turns[index + 1 :] if r == "agent") + reply.text
        if not _left_unanswered(parts, references, answered):
            return None
        text = reply.text.rstrip(" ,.!?;:~")
        start = max(text.rfind(mark) for mark in ",.!?;:~") + 1
        return ActMatch("forgotten_request", start, len(text), text[start:])
    return None


# Shorter lines (好的，您请说; 请您稍等) are said again and again in any call.
_SAID_AGAIN_LEAST = 8


def said_again(reply: Analysis, history: Sequence[tuple[str, Analysis]]) -> ActMatch | None:
    """When the reply says again, word for word, a line of eight characters or more that
    the agent already said in this call (the customer has heard it and moved on): the
    whole reply; else None.  Punctuation aside, a line said twice is the same line
    (…请您耐心等待。 and …请您耐心等待)."""
    agent_lines = [line for role, line in history if role == "agent"]
    if not agent_lines:
        return None  # the usual case, and the cheap one to tell
    words = reply.text.translate(NOT_WORDS)
    if len(words) < _SAID_AGAIN_LEAST:
        return None
    for line in agent_lines:
        if line.text.translate(NOT_WORDS) == words:
            return ActMatch("said_again", 0, len(reply.text), reply.text)
    return None
