"""Personal data in a reply that the caller did not give.

The standards forbid disclosing anyone's personal information (一票否决).  An
agent may read back what the caller said (跟您核对一下，您的电话是…); a mobile, ID
card, bank card number or home address that appears in no line of the caller's is
someone else's, or the caller's own record read out unasked, and either way a
disclosure.  Hotline and office numbers are not personal data, nor are order
and ticket numbers, a company's collection account or a place's number the caller
asked for; and four digits or a masked number put to the caller as a question
(尾号5521，对吗？) confirm a record rather than tell it.

A record can only be confirmed with someone who has said who they are.  Read to whoever
picked up, before the caller has said a word of their own (an outbound call's 喂？哪位？,
a line the agent opens), even the caller's own record is told, not confirmed: the
standards' inspectors count that a lapse in protecting it (major), apart from telling one
person another's data (一票否决).
"""

from __future__ import annotations

import re
from typing import Sequence

from .acts import ActMatch, Analysis

# Each pattern finds one identifier; digits are compared with the caller's lines.
_MOBILE = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")
_MASKED_MOBILE = re.compile(r"(?<![0-9])1[3-9][0-9][x*]{4}[0-9]{4}(?![0-9])")  # masked, still someone's
_BANK_CARD = re.compile(r"(?<![0-9])(?:62|4|5)[0-9]{14,18}(?![0-9])")
# A flat: 7栋1单元502, or a block's flat without its 单元 (6栋502; 11号楼108号 is as often an
# office or a shop).
_FLAT = re.compile(r"[0-9]{1,3}(?:(?:栋|号楼|号|幢|座)[0-9]{1,2}单元|栋|幢)([0-9]{3,4})(?:室|号)?")
# The end of someone's number: 手机尾号5521, 身份证后四位是3318.
_TAIL = re.compile(r"(?:(?:身份证|证件|银行卡|卡号|手机|电话)尾号|(?:身份证|证件|银行卡|卡号)(?:号|号码)?的?[后末](?:四|4|六|6)位(?:是|为|:)?)([0-9]{3,6})")
# A number read out and cut off where the writer elides it (手机是139……; 身份证号4101……; 电话
# 138……5687): a mobile's or an ID card's opening digits, said as the start of the whole number.
# Landlines (0571……) and bank cards are left to the patterns above.
_ELIDED = re.compile(r"(?:手机|电话|号码|身份证|证件)[^,.!?0-9]{0,6}?(1[3-9][0-9]{1,6}|[1-6][0-9]{2,5})\.{2,}\s?([0-9]{3,4}[0-9x]?)?")
_MOBILES = (_MOBILE, _MASKED_MOBILE)
_IDENTIFIERS = _MOBILES + (
    _ELIDED,
    re.compile(r"(?<![0-9])[0-9]{6}(?:19|20)[0-9]{2}[01][0-9][0-3][0-9]{4}[0-9x](?![0-9])"),  # a resident ID card
    _BANK_CARD,
    _FLAT,
    _TAIL,
)
# Part of a number: put to the caller as a question, it confirms a record with someone
# who knows it (收件人手机尾号5521，对吗？) and tells a stranger nothing.
_PARTIAL = (_MASKED_MOBILE, _TAIL, _ELIDED)
# Every identifier above holds one of the strings of the act identifier_cue (seven digits,
# four masked ones, 单元, 尾号): most lines with a number hold none, and are not read here.
_CUE = "identifier_cue"
# A landline beside a mobile is a business's listing (a shop, a sight, an office).
_LANDLINE = re.compile(r"(?<![0-9])0[0-9]{2,3}-?[0-9]{7,8}(?![0-9])")
# The end of a number however it is introduced (您尾号6612的套餐), for a record read unasked.
_ANY_TAIL = re.compile(r"尾号([0-9]{3,4})")
# Stage directions and the words of someone who has only picked up (喂？哪位？你好).
_STAGE = re.compile(r"[(（][^)）]*[)）]")
_PICKED_UP = re.compile(r"喂|哪位|哪个|谁啊|谁呀|你好|您好|请问|是谁|[^\w]|[a-z0-9]")
# Reading the caller's own record back to them to confirm it: 您的电话是…，对吗？
_OWN_BEFORE = re.compile(r"您(的|预留的|留的|登记的|绑定的)[^,.!?]{0,6}$")
_CONFIRM_AFTER = re.compile(r"^[^.!?]{0,4}(对吗|是吗|对吧|是吧|对不对|没错吧|吗)")
# The caller's identity checked earlier in the reply (核实通过, 对的): a masked number read
# back after it is the standard way of confirming their own record.
_VERIFIED = re.compile(r"(核实|验证|核对)[^!?]{0,60}(通过|无误|成功|对的|正确|没问题)")
# The caller's own details read back to check them (跟您核对一下：您姓孙，电话139xxxx5621).
_READ_BACK = re.compile(r"(核对|确认|复述)一下[^!?]{0,16}您[^!?]{0,16}$")
# Any reading back to check, however far before the number (跟您确认一下：您反映的是…，联系电话139……5621).
_CHECKING = re.compile(r"(核对|确认|复述)一下")
_CHECKING_AFTER = re.compile(r"核对|确认")
_AGENT_OWN_BEFORE = re.compile(r"我(自己)?的?(私人)?$")
# Words just before a number that make it a business reference, not a person's.
# The caller's own address read back or changed (您订单上的地址是…3幢502; 地址已经改成…3栋502;
# 已核验您的身份…1202室; 您刚才报的新地址是…), or a place's (它的地址是…, 位于…): nobody
# else's home.
_OWN_OR_PLACE_ADDRESS_BEFORE = re.compile(r"您(的|家)?[^,.!?]{0,3}(订单|收货|上门|房屋|房子|住址|地址)|您(刚才|刚刚)(报|说|讲|给|提供)的|改(成|为|到)|核对|核验|验证通过|它的?地址|位于")
_BUSINESS = re.compile(r"(订单|单号|工单|运单|快递|编号|流水|合同号|受理号|业务号|热线|客服电话|服务电话)[^,.!?]{0,6}$")
# A caller asking for a place's number (该景点的电话, 酒店电话是多少) is given its listing,
# which may be a mobile.
_PLACE_NUMBER_ASKED = re.compile(r"(景点|景区|酒店|宾馆|餐厅|餐馆|饭店|饭馆|公司|医院|学校|商家|门店|机构|物业|银行)的?(电话|号码|联系方式)")
# A business's own account for payments (开户行是…支行，账号是…) is published, not personal.
_COLLECTION_ACCOUNT = re.compile(r"(开户行|支行|对公|收款账户|收款账号|公司账户)[^.!?]{0,10}$")


def caller_lines(customer: Analysis | None, history: Sequence[tuple[str, Analysis]]) -> list[str]:
    """Everything the caller has said: the earlier turns, then the line being answered."""
    lines = [a.text for role, a in history if role == "customer"]
    if customer is not None:
        lines.append(customer.text)
    return lines


# Numbers said in words (一五八，零六七二，三三一九; 幺 for one, as on the phone) are the same digits.
_SPOKEN_DIGITS = str.maketrans("零〇一幺二两三四五六七八九", "0011223456789")


def _digits(text: str) -> str:
    return "".join(ch for ch in text.translate(_SPOKEN_DIGITS) if ch.isdigit())


def _nearly_said(number: str, digits: str, correction: str) -> bool:
    """Whether some stretch of digits, as long as number, differs from it in one place; or,
    for a whole mobile or longer, in two, when the caller's line being answered is a
    correction giving the reply's new digits (最后两位是37，不是73)."""
    size = len(number)
    for start in range(len(digits) - size + 1):
        places = [i for i, (a, b) in enumerate(zip(number, digits[start : start + size])) if a != b]
        if len(places) <= 1:
            return True
        if len(places) == 2 and size >= 11 and correction and number[places[0] : places[1] + 1] in correction:
            return True
    return False


def unseen_data(reply: Analysis, customer: Analysis | None, history: Sequence[tuple[str, Analysis]]) -> ActMatch | None:
    """The first identifier in the reply that appears in none of the caller's lines."""
    text = reply.text
    if not text or _CUE not in reply.matches:
        return None
    given: list[str] | None = None
    listing = _LANDLINE.search(text) is not None or (customer is not None and _PLACE_NUMBER_ASKED.search(customer.text) is not None)
    for pattern in _IDENTIFIERS:
        if listing and pattern in _MOBILES:
            continue
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 12) : m.start()]
            if _BUSINESS.search(before):
                continue
            if _OWN_BEFORE.search(before) and _CONFIRM_AFTER.search(text[m.end() :]):
                continue
            # The caller's own masked number, once checked or while read back to check it.
            if pattern is _MASKED_MOBILE and (_VERIFIED.search(text[: m.start()]) or _READ_BACK.search(text[max(0, m.start() - 40) : m.start()])):
                continue
            # An elided number with its tail (139……5621) is a masked one: read back to be checked.
            if pattern is _ELIDED and m.group(2) and (_VERIFIED.search(text[: m.start()]) or _CHECKING.search(text[max(0, m.start() - 80) : m.start()])):
                continue
            # The caller's own number read out to be checked (…身份证号是4101……我再给您念一遍核对一下),
            # and the agent's own (我手机是1370……), a private contact found for itself.
            if pattern is _ELIDED and (_CHECKING_AFTER.search(text[m.end() : m.end() + 16]) or _AGENT_OWN_BEFORE.search(text[max(0, m.start() - 4) : m.start()])):
                continue
            if pattern in _PARTIAL and _CONFIRM_AFTER.search(text[m.end() :]):
                continue
            if pattern is _BANK_CARD and _COLLECTION_ACCOUNT.search(before):
                continue
            if pattern is _FLAT and _OWN_OR_PLACE_ADDRESS_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
                continue
            if given is None:
                # What the agent already read out earlier in the call is no new disclosure
                # (the flat read back again once the caller corrected its building).
                lines = caller_lines(customer, history) + [a.text for role, a in history if role == "agent"]
                given = [_digits(line) for line in lines] + lines
                # A line with a few digits and no whole number may correct one said before.
                said = _digits(customer.text) if customer is not None else ""
                correction = said if len(said) < 7 else ""
            # A pattern may name the digits it is about: a flat is known by its room number
            # (the caller's 9号楼601 is the record's 9号楼1单元601).
            group = 1 if m.re.groups else 0
            found = m.group(group)
            key = _digits(found) if found.isdigit() else found[-4:] if "x" in found or "*" in found else found
            if any(key in line for line in given):
                continue
            # A whole number a digit or two off one already said is that number, corrected or
            # misheard (最后一位是7不是1 — 跟您核对一下：138 1234 5677，对吗？), not someone else's.
            if len(key) >= 7 and key.isdigit() and any(_nearly_said(key, line, correction) for line in given if line.isdigit()):
                continue
            return ActMatch("private_info", m.start(group), m.end(group), found)
    return None


def _caller_has_spoken(customer: Analysis | None, history: Sequence[tuple[str, Analysis]]) -> bool:
    """Whether any of the caller's lines holds words of their own, beyond picking up."""
    return any(len(_PICKED_UP.sub("", _STAGE.sub("", line))) >= 2 for line in caller_lines(customer, history))


def record_before_caller_spoke(reply: Analysis, customer: Analysis | None, history: Sequence[tuple[str, Analysis]]) -> ActMatch | None:
    """An identifier (a number's tail, a flat, a whole number) read out before the caller
    has said anything of their own, so before anyone could confirm whose it is."""
    text = reply.text
    if not text or _CUE not in reply.matches or _caller_has_spoken(customer, history):
        return None
    for pattern in _IDENTIFIERS + (_ANY_TAIL,):
        for m in pattern.finditer(text):
            if _BUSINESS.search(text[max(0, m.start() - 12) : m.start()]):
                continue
            return ActMatch("private_info", m.start(), m.end(), m.group(0))
    return None


# Someone named from the record: a surname and a title (王女士, 周海涛先生), or a name put to
# whoever answered (是王建国吧？ 程小红是吧), or the name a number is registered to.
_NAMED = re.compile(r"[\u4e00-\u9fff](先生|女士|小姐|阿姨|叔叔|大爷|大妈|老师)|是[\u4e00-\u9fff]{2,3}(吧|吗|[,.])|[,.][\u4e00-\u9fff]{2,3}是吧|(登记的是|显示是|号码是)[^,.!?]{0,4}[\u4e00-\u9fff]{2,3}")


def particulars_before_caller_spoke(reply: Analysis, customer: Analysis | None, history: Sequence[tuple[str, Analysis]]) -> ActMatch | None:
    """What the record holds about a named person (act record_particulars) read out before the
    caller has said a word of their own, on a call the agent did not say it made: whoever
    picked up hears it before anyone knows who they are."""
    found = reply.matches.get("record_particulars")
    if not found or "outbound_call" in reply.matches or not _NAMED.search(reply.text) or _caller_has_spoken(customer, history):
        return None
    return found[0]


# The agent naming themselves (我姓李，工号3027; 我叫王欣; 敝姓林) tells nothing of anyone else.
_SELF = ("我", "敝", "本人")
# Nor does a member of staff known by surname, as a service line names its people (我们主管姓冯;
# 师傅姓宋): their number or their home is what would be told, and is found for itself.
_STAFF_BEFORE = re.compile(r"(主管|经理|店长|值班长|组长|班长|负责人|客服|同事|师傅|老师|医生|快递员|骑手|司机|专员|顾问|管家|护士|工程师|班主任)(是|的)?$")
_NUMERAL = re.compile(r"[0-9一二三四五六七八九十两百千万]")
# An interrogative: the particular is asked for (住几栋几号, 多少岁, 住哪个小区).
_ASKED = re.compile(r"几|多少|哪")


def specifics_not_given(reply: Analysis, customer: Analysis | None, history: Sequence[tuple[str, Analysis]]) -> ActMatch | None:
    """The first particular of a person (act person_specifics) that is neither a number the
    caller said first nor the agent naming themselves: 打三次都没人处理 repeats the caller's
    三次; 我姓李 answers 你叫什么名字."""
    found = reply.matches.get("person_specifics")
    if not found:
        return None
    lines = caller_lines(customer, history)
    text = reply.text
    for m in found:
        words = m.text.strip(",.!?;:~ ")
        # A number the caller gave, said back (三次, 十二岁); a bare verb (买了, 充了) the
        # caller used in asking tells nothing until the agent fills it in.
        if _NUMERAL.search(words) and any(words in line for line in lines):
            continue
        # A name the caller said, said back (我找李建国。— 我们这边没有叫李建国的同事).
        name = words[1:-1] if words.startswith("叫") and words.endswith("的") else ""
        if len(name) >= 2 and any(name in line for line in lines):
            continue
        # A particular asked for, not told (请问老人住几栋几号？).
        if _ASKED.search(words):
            continue
        if any(text[max(0, m.start - len(self_word)) : m.start] == self_word for self_word in _SELF):
            continue
        if words.startswith("姓") and len(words) <= 3 and _STAFF_BEFORE.search(text[max(0, m.start - 4) : m.start]):
            continue
        return m
    return None
