"""The customer's own words in a reply: thrown back as a question (抢钱？…, 找院长？…),
taken up to answer (讲座几点钟开始？— 讲座是周六下午两点半开始), or, the other way round,
words the reply uses that the customer never did.

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


# Two characters of content the customer's line and the reply share show the reply took up
# what was asked; these pairs carry none (greetings, pronouns, asking words, filler).
_NO_CONTENT = frozenset(
    "您好 你好 请问 什么 怎么 这个 那个 我们 你们 一下 可以 没有 就是 知道 还是 现在 时候 好的 谢谢 "
    "不是 是不 多少 一个 啥子 咋个 晓得 还有 问一 问下 想问 我想 有没 要不 不要 是的 那我 我那 个东 东西 "
    "麻烦 我要 要得 明天 今天 好多 几点 问问 的话 一点 一哈 问哈 为什 我的 你的 您的 他的 她的 帮我 给我".split()
)
# A stage direction in the customer's line ((四川话), (方言)) is no words of theirs.
_STAGE = re.compile(r"[(][^)]*[)]")
_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_COUNTING = re.compile(r"[一二三四五六七八九十两几]")


def taken_up_words(reply: Analysis, customer: Analysis | None) -> ActMatch | None:
    """The first two characters of the customer's content the reply uses again (开门,
    讲座, 空腹), if any: the reply answers what was said, so the agent understood it.  A
    number is not content here: saying a time back (三点) may be a guess."""
    if customer is None or not customer.text:
        return None
    heard = _STAGE.sub("", customer.text)
    pairs = {heard[i : i + 2] for i in range(len(heard) - 1)}
    pairs = {p for p in pairs if _HAN_PAIR.fullmatch(p) and not _COUNTING.search(p) and p not in _NO_CONTENT}
    text = reply.text
    for i in range(len(text) - 1):
        if text[i : i + 2] in pairs:
            return ActMatch("taken_up_words", i, i + 2, text[i : i + 2])
    return None


def surname_not_used(reply: Analysis, customer: Analysis | None) -> ActMatch | None:
    """The surname the caller has just given (我姓欧阳, 我是王先生), when the reply does not use
    it: the standards want 欧阳先生 / 王女士 from then on (无视客户的姓氏 is a 忌)."""
    if customer is None:
        return None
    given = customer.matches.get("customer_gives_surname")
    if not given or given[0].text in reply.text:
        return None
    return given[0]

