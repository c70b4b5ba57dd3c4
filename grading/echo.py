"""The customer's own words in a reply: thrown back as a question (抢钱？…, 找院长？…),
or, the other way round, words the reply uses that the customer never did.

A reply that opens by repeating what the customer just said, as a question, answers an
accusation with a retort and a request with disbelief: the 反问 tone the standards
forbid.  Asking what a word meant is different (您说的“骗子”是指哪笔扣费？): it names the
words as the customer's and asks about them, and is not matched here.
"""

from __future__ import annotations

import re

from typing import Sequence

from .acts import ActMatch, Analysis
from .personal_data import caller_lines

# The opening clause, up to its question mark: 抢钱?  找院长?  说我们骗子?
_OPENING = re.compile(r"^((?:您|你)?(?:说|讲)?(?:我们)?)([^,.!?]{2,8})[?]")
_PRONOUNS = re.compile(r"你们|您们|我们|咱们")
# Words of the customer's that an agent may repeat to confirm without retorting.
_CONFIRMING = re.compile(r"^(的|是|对|好|喂|您好|你好|请问|什么|哪|几)")


def echoed_words(reply: Analysis, customer: Analysis | None) -> ActMatch | None:
    """The customer's words the reply opens with as a question, if it does."""
    if customer is None or not customer.text:
        return None
    m = _OPENING.match(reply.text)
    if m is None:
        return None
    words = m.group(2)
    if _CONFIRMING.match(words):
        return None
    # 找你们经理 comes back as 找经理?, 骗子公司 as 说我们骗子?: compare without the pronouns.
    if _PRONOUNS.sub("", words) not in _PRONOUNS.sub("", customer.text):
        return None
    return ActMatch("echo_retort", m.start(2), m.end(2), words)


def words_not_from_caller(reply: Analysis, act: str, customer: Analysis | None, history: Sequence[tuple[str, Analysis]]) -> ActMatch | None:
    """The first place the reply shows ``act`` in words the customer has not used in the call.

    An abbreviation the caller said first (ETC, LPR) is one he knows; said to him unasked,
    it is the back office's language."""
    found = reply.matches.get(act)
    if not found:
        return None
    heard = caller_lines(customer, history)
    for match in found:
        if not any(match.text in line for line in heard):
            return match
    return None
