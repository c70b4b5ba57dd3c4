"""Whose words are these: the parts of a reply that are not the agent's own claim.

An agent who asks 您说的"骗子"是指哪笔扣费？ repeats the customer's word to
understand the problem; one who says 我不是说您不懂 denies the very thing an
insult list would find.  Acts marked ``outside_quotes`` (the agent's own
offences) do not count inside these spans.  Works on normalised text, where every
kind of quotation mark has become ``"`` or ``'``.
"""

from __future__ import annotations

import re

# Paired quotation marks and book-title marks: a quotation, or the name of a work.
_PAIRED = re.compile(r'"[^"]{1,40}"|\'[^\']{1,40}\'|《[^》]{1,40}》')

# Reported speech: 您说的X, 您刚才提到的X, 所谓的X, up to the end of the clause or to
# the words that ask what it means (是指, 是什么意思).
_REPORTED = re.compile(
    r"(?:(?:您|你|客户|对方|他|她)(?:刚才|刚刚|之前|上次|方才)?(?:所)?(?:说|讲|提到|讲到|反映|骂)(?!话|清|明|一下|得)(?:的|了|过的)?"
    # ... but not a judgement of what was said: 你讲的什么鸟语, 你说的都是废话.
    r"(?!(?:的|了)?(?:什么|啥|都|全|简直|就是|根本|纯属|净是))"
    r"|所谓的?)"
    # ... and not past where the agent's own judgement of it begins (您说破烂总得有依据吧).
    r"([^,.!?;:]{1,16}?)(?=是指|指的是|是什么|是啥|是哪|总得|总要|得有|也得|也要|可不|可没|不对|没道理|不合适|太过分|[,.!?;:]|$)"
)

# The caller's problem said back to check it (您是说医保卡被锁了，不知道怎么解锁对吗？): what
# the caller said, up to the question that asks whether it was understood.
_RESTATED = re.compile(r"(?:您|你)(?:是说|是想说|的意思是|是想问|是问|是指|说的是|是想)([^.!?]{2,30}?)(?=(?:对吗|是吗|对吧|是吧|对不对|是不是这样)[?.!]?)")

# Words named as words: 神经病这种话, 骂人家二百五.
_MENTIONED = re.compile(r"([^,.!?;:]{1,8})(?=这种话|这样的话|这句话|这类话|这个词|这种词|这几个字)|(?:骂|叫|喊)(?:人家|他|她|别人|对方|师傅|我们)(?:是)?([^,.!?;:]{1,8})")

# A clause the agent explicitly denies: 我不是说您不懂, 并没有怪您的意思.
_DENIED = re.compile(r"(?:不是|并不是|没有|并没有|没)(?:在)?(?:说|骂|怪|指责|嫌|笑话|嘲笑)(?:您|你)([^,.!?;]{0,20})")
# ... unless not saying it is held up as a favour: 没骂你SB已经很客气了, 没说你笨就不错了 say it.
_FAVOUR = re.compile(r"客气|不错|面子|算好|够好|仁慈|便宜(?:你|您)|烧高香")


# A character each pattern above cannot match without: most lines lack them, and a set
# lookup is cheaper than a scan that finds nothing.
_PAIRED_NEEDS = frozenset("\"'《")
_REPORTED_NEEDS = frozenset("说讲提反骂谓")
_DENIED_NEEDS = frozenset("不没")
_MENTIONED_NEEDS = frozenset("话词字骂叫喊")
_RESTATED_NEEDS = frozenset("吗吧")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of text that report or deny words rather than say them."""
    chars = set(text)
    spans = [m.span() for m in _PAIRED.finditer(text)] if not _PAIRED_NEEDS.isdisjoint(chars) else []
    if not _REPORTED_NEEDS.isdisjoint(chars):
        spans.extend(m.span(1) for m in _REPORTED.finditer(text))
    if not _DENIED_NEEDS.isdisjoint(chars):
        spans.extend(m.span(1) for m in _DENIED.finditer(text) if not _FAVOUR.search(m.group(1)))
    if not _RESTATED_NEEDS.isdisjoint(chars):
        spans.extend(m.span(1) for m in _RESTATED.finditer(text))
    if not _MENTIONED_NEEDS.isdisjoint(chars):
        for m in _MENTIONED.finditer(text):
            spans.append(m.span(1) if m.group(1) is not None else m.span(2))
    return spans


def inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)
