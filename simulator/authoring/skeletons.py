"""Scenario skeletons for ``peilian new``: one small, working call per kind of caller.

Each skeleton is a complete scenario with Chinese comments on every field, written
so that it passes ``peilian validate --strict`` and its own ``peilian test`` as
generated; the trainer then rewrites the lines, branches and endings.  Pure text:
:func:`render_skeleton` fills in the id, the title and the schema reference.
Imported when the command line is parsed (``peilian new --help`` lists the
personas), so the loader and PyYAML are imported only inside the functions.
"""

from __future__ import annotations

import json
import re
import unicodedata

PERSONAS = ("silent", "dialect", "abusive", "repeat", "general")
PERSONA_LABELS = {
    "silent": "无声电话",
    "dialect": "讲方言的客户",
    "abusive": "破口大骂的客户",
    "repeat": "重复投诉的客户",
    "general": "一般来电",
}
# File names the library does not read as scenarios (see ``library.is_scenario_file``).
RESERVED_IDS = ("personas", "curriculum")


class SkeletonError(ValueError):
    """An id or title that cannot be used; the message is a Chinese sentence."""


def check_id(scenario_id: str) -> None:
    """Raise ``SkeletonError`` unless ``scenario_id`` is a valid scenario id and file name."""
    from ..scenario.loader import ID_PATTERN  # the validator's own rule

    if not scenario_id or not ID_PATTERN.match(scenario_id):
        raise SkeletonError(
            f"场景 id {scenario_id!r} 不合规：只能用字母、数字、下划线、连字符或汉字，不能有空格和标点（如 silent_caller_night）"
        )
    if scenario_id.startswith(("_", "-")):
        raise SkeletonError(f"场景 id {scenario_id!r} 不能以“_”或“-”开头（以“_”开头的文件不会被当作场景读取）")
    if scenario_id in RESERVED_IDS:
        raise SkeletonError(f"{scenario_id} 是场景库保留的文件名（{scenario_id}.yaml 不会被当作场景读取），请换一个 id")


def yaml_text(value: str) -> str:
    """A one-line YAML scalar for ``value``: plain when that reads back the same, else double-quoted."""
    import yaml

    value = " ".join(str(value).split())
    try:
        if value and yaml.safe_load(value) == value and not re.search(r"[#:{}\[\],&*!|>'\"%@`]", value):
            return value
    except yaml.YAMLError:
        pass
    return json.dumps(value, ensure_ascii=False)


def render_skeleton(persona: str, scenario_id: str, title: str | None = None, schema: str = "") -> str:
    """The text of a new scenario file.  ``schema``: what ``$schema=`` points at ("" for no line)."""
    if persona not in SKELETONS:
        raise SkeletonError(f"没有“{persona}”这种骨架；可选：{'、'.join(PERSONAS)}")
    check_id(scenario_id)
    default_title, body = SKELETONS[persona]
    title = " ".join((title if title is not None else default_title).split())
    if not title:
        raise SkeletonError("标题不能为空")
    head = f"# yaml-language-server: $schema={schema}\n" if schema else ""
    width = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in scenario_id)
    id_pad = " " * max(1, 32 - width)  # line the comment up with the others below
    body = body.replace("__ID__{id_pad}", scenario_id + id_pad).replace("__ID__", scenario_id)
    return head + HEADER.replace("__KIND__", PERSONA_LABELS[persona]) + body.replace("__TITLE__", yaml_text(title))


HEADER = """#
# 场景骨架：__KIND__（由 peilian new 生成）。
# 它已经能通过检查和测试：先照原样运行一遍，再按注释把客户的话、分支和结局改成您要的通话。
# 每改一处，运行：
#   peilian validate --strict 本文件    检查格式、去向、可达性（出错时写明第几行、怎么改）
#   peilian test 本文件                 运行文件末尾的测试
#   peilian graph 本文件 -o 流程图.mmd   画出通话流程图
# 字段的完整说明见 docs/scenarios.md。

"""

# The metadata block every skeleton starts with; __ID__ and __TITLE__ are filled in.
_META = """id: __ID__{id_pad}# 场景 id：整个场景库中唯一，也是 peilian play 等命令里用的名字
# 标题：显示在场景列表和通话报告里
title: __TITLE__
version: 1                          # 版本号：改动了节点或分支就加 1（流程图按版本统计练习记录）
difficulty: {difficulty}                       # 难度：1 入门、2 基础、3 进阶、4 较难、5 挑战
# 标签：选场景时可以按标签搜索
tags: {tags}
description: >-                     # 简介：选场景时显示给学员，写清客户是谁、要练什么
{description}
goals:                              # 学习目标：一条一句，通话报告里逐条列出
{goals}
"""


def _meta(difficulty: int, tags: str, description: str, goals: list[str]) -> str:
    return _META.format(
        id_pad="{id_pad}",  # filled in by render_skeleton, once the id is known
        difficulty=difficulty,
        tags=tags,
        description="\n".join("  " + line for line in description.strip().splitlines()),
        goals="\n".join(f"  - {g}" for g in goals),
    )


_SILENT = _meta(
    1,
    "[无声电话]",
    """
电话接通后对方一直没有声音（其实对方的话筒坏了，听得到您说的每一句话）。
请按规范处理：先问候，稍停 3 到 5 秒；仍然无声，再次问候并说明听不到声音；
对方仍无声时，礼貌地请对方换一部电话再打来。
""",
    [
        "接通后主动问候：“您好！请问有什么可以帮助您？”",
        "每次问候后稍停 3 到 5 秒，不催促、不说“喂，说话呀”",
        "第二次问候时说明听不到声音，对方仍无声再礼貌结束",
    ],
) + """
persona:                            # 来电的客户；也可以只写一个人物 id（本文件 personas: 或同文件夹 personas.yaml 中的）
  name: 刘先生                       # 称呼（必填）
  temperament: 平和，但很在意服务态度   # 性格脾气：决定客户的情绪和说话方式
  background: 用的是一部旧座机，话筒坏了，他能听到话务员说话，对方却听不到他。   # 背景：人物小传，写给编写者和学员

state:                              # 状态变量（可选）：一个数，分支可以改变它（add / set），也可以按它判断（when: state）
  rude:
    label: 服务忌语次数               # 中文名称：显示在逐轮记录和流程图里
    min: 0                           # 取值范围：结果总是保持在 min 到 max 之间
    max: 5
    # start: 0                       # 初始值，省略时等于 min

nodes:                              # 节点：客户的一句话（或沉默），以及学员回应之后去哪里；第一项是起始节点
  - id: connected                   # 节点 id：分支的 to 用它指向这里
    situation: silent_caller        # 情境：决定这句回复按哪些规范评分（可选值见 docs/scenarios.md“情境”）
    silent: true                    # 客户不出声
    customer: （电话接通了，但没有声音）   # 界面上显示的文字；无声节点不写时显示“（无声）”
    hint: 先问候：“您好！请问有什么可以帮助您？”   # 给学员的提示（练习模式显示）
    branches:                       # 分支：按顺序检查，第一条条件成立的被选中，所以具体的写在前面
      - when: {grade: {critical: true}}     # 条件：这句回复有一票否决的违规（如威胁挂机）
        to: complaint                        # 去向：节点或结局的 id
        note: 出现一票否决的用语              # 这条分支的含义：显示在逐轮记录里
      - when: {acts: [wei, rude_command, impatience]}   # 回复中有其中任一行为（行为名称见 grading/data/acts.yaml）
        to: connected
        add: {rude: 1}                       # 效果：给变量加减；set: {rude: 0} 则是设为某个值
        note: 用了服务忌语（喂、催促）
      - when: {acts: [greeting, offer_help, cannot_hear_notice]}
        to: first_pause
        note: 按规范问候
      - when: {visits: {min: 3}}             # 第 3 次（及以后）来到这个节点，计入当前这一次
        to: gave_up
        note: 接通后迟迟没有问候
    default:                        # 所有条件都不成立时的去向（必填）
      to: connected
      note: 没有问候，线路上仍然无声

  - id: first_pause
    situation: silent_caller
    silent: true
    customer: （仍然没有声音）
    hint: 问候后稍停 3 到 5 秒，等一等对方
    branches:
      - when: {grade: {critical: true}}
        to: complaint
        note: 出现一票否决的用语
      - when: {acts: [polite_close, announce_hang_up, ask_call_back]}
        to: closed_too_soon
        note: 只问候了一次就结束通话
      - when: {waited: {min: 3, max: 10}}    # 学员选择等待（不说话）了 3 到 10 秒
        to: still_silent
        note: 稍停之后，对方仍然无声
      - when: {waited: {min: 10}}
        to: gave_up
        note: 静音太久，对方以为没人接听
      - when: {visits: {min: 4}}
        to: gave_up
        note: 一直没有稍停等待
    default:
      to: first_pause
      note: 没有稍停，线路上仍然无声

  - id: still_silent
    situation: silent_caller
    silent: true
    customer: （还是没有声音）
    hint: 再次问候，并说明听不到对方的声音
    branches:
      - when: {grade: {critical: true}}
        to: complaint
        note: 出现一票否决的用语
      - when: {acts: [polite_close, announce_hang_up, ask_call_back]}
        to: closed_too_soon
        note: 没有说明听不到声音就结束通话
      - when: {acts: [cannot_hear_notice]}
        to: second_pause
        note: 再次问候，并说明听不到声音
      - when: {visits: {min: 3}}
        to: gave_up
        note: 迟迟没有再次问候
    default:
      to: still_silent
      note: 没有说明听不到声音

  - id: second_pause
    situation: silent_caller
    silent: true
    customer: （对方始终没有声音）
    hint: 再稍停一下，然后礼貌地请对方换一部电话再打来，并说“再见”
    branches:
      - when: {grade: {critical: true}}
        to: complaint
        note: 出现一票否决的用语
      - when:                                  # 写在同一个 when 里的几项要同时成立
          acts: [polite_close, ask_call_back]
          state: {rude: {min: 1}}              # 变量条件：eq、ne、lt、gt、min、max、between
        to: complaint
        note: 礼貌结束，但之前说过服务忌语，客户听到了
      - when: {acts: [polite_close, ask_call_back]}
        to: closed_politely
        note: 按规范礼貌结束通话
      - when: {visits: {min: 4}}
        to: gave_up
        note: 一直没有礼貌结束通话
    default:                        # 稍停等待也走这里：回到本节点，再礼貌结束
      to: second_pause
      note: 稍停等待，线路上仍然无声

endings:                            # 结局：分支的 to 也可以指向这里
  - id: closed_politely             # 结局 id（不能和节点重名）
    outcome: closed_politely        # 结局类型：resolved、escalated、closed_politely、hung_up_angry、complaint、ended_early
    good: true                      # 必填：true 好结局，false 不好的结局
    label: 按规范礼貌结束了无声电话   # 结局的中文说明
    feedback: 问候、稍停、再次问候并说明听不到声音、礼貌结束，完全符合无声电话的处理规范。   # 给学员的讲评

  - id: closed_too_soon
    outcome: ended_early
    good: false
    label: 没有问候两次就结束了通话
    feedback: 无声电话要先问候，稍停 3 到 5 秒后再次问候并说明听不到声音，对方仍无声才能礼貌结束。

  - id: complaint
    outcome: complaint
    good: false
    label: 客户事后投诉了服务态度
    customer: （对方的话筒坏了，其实一直听得到您说的话。他换了一部电话打来投诉。）   # 客户最后说的话（可选）
    feedback: 无论对方是否出声，都要保持规范用语。“喂，说话呀！”“再不说话我就挂了”都是服务忌语。

  - id: gave_up
    outcome: hung_up_angry
    good: false
    label: 对方等不及挂断了电话
    feedback: 接通后要主动问候；问候之间稍停 3 到 5 秒即可，静音太久客户会以为没人接听。

tests:                              # 场景测试：peilian test 逐个运行；至少一个处理得当、一个处理不当的例子
  - name: 按规范处理：问候、稍停、再问候、礼貌结束   # 测试名称
    script:                         # 话务员的每一句回复，按顺序
      - 您好！请问有什么可以帮助您？
      - "[等待 4 秒]"                # 等待 4 秒（要加引号）；也可以写 {wait: 4}
      - 您好，听不到您的声音，请问有什么可以帮助您？
      - {wait: 4}
      - 对不起，您的电话没有声音，请您换一部电话再次打来，好吗？再见！
    expect:                         # 期望：结局、路径、分数、违规……（完整列表见 docs/scenarios.md）
      ending: closed_politely
      good: true
      path: [connected, first_pause, still_silent, second_pause, second_pause, closed_politely]
      clean: true                   # 没有任何违规

  - name: “喂，说话呀！”——客户听得到，事后投诉
    script:
      - reply: 喂，说话呀！
        expect: {to: connected, violations: [service.wei]}   # 这一步的期望（可选）
      - 您好！请问有什么可以帮助您？
      - {wait: 4}
      - 您好，听不到您的声音，请问有什么可以帮助您？
      - {wait: 4}
      - 对不起，您的电话没有声音，请您换一部电话再次打来，好吗？再见！
    expect:
      ending: complaint
      state: {rude: 1}              # 结束时变量的值

  - name: 威胁挂机（一票否决）
    script:
      - 再不说话我就挂了啊！
    expect:
      ending: complaint
      violations: [critical.hang_up_threat]
      passed: false                 # 整通电话不合格
"""


_DIALECT = _meta(
    1,
    "[方言, 四川话]",
    """
客户讲四川话，话务员听不懂。先致歉，再礼貌地请客户讲普通话；
生硬地要求、不耐烦，客户会觉得受了冒犯。
""",
    [
        "听不懂方言时先致歉，再礼貌地请客户讲普通话：“对不起，请您讲普通话，好吗？谢谢！”",
        "不说“不要讲方言！你讲的话我听不懂！”之类的服务忌语",
        "客户致歉时回应“没关系”，报修要给出处理时限",
    ],
) + """
persona:                            # 来电的客户；也可以只写一个人物 id（本文件 personas: 或同文件夹 personas.yaml 中的）
  name: 王女士                       # 称呼（必填）
  dialect: 四川话                    # 讲的方言；讲普通话的客户不写这一项
  temperament: 急躁                  # 性格脾气
  background: 家里宽带断了，她听得懂普通话，被礼貌地请求时会改讲普通话。   # 背景：人物小传

state:                              # 状态变量（可选）：一个数，分支可以改变它，也可以按它判断
  anger:
    label: 火气                      # 中文名称：显示在逐轮记录和流程图里
    min: 0                           # 取值范围：结果总是保持在 min 到 max 之间
    max: 10
    start: 3                         # 初始值（省略时等于 min）
mood: anger                         # 哪个变量驱动界面上的情绪条（可选）

nodes:                              # 节点：客户的一句话，以及学员回应之后去哪里；第一项是起始节点
  - id: opening                     # 节点 id：分支的 to 用它指向这里
    situation: dialect              # 情境：决定这句回复按哪些规范评分（可选值见 docs/scenarios.md“情境”）
    mood: 着急                       # 客户此刻的情绪（省略时用人物的 temperament）
    customer: 喂，我屋头宽带又断了撒，你们啥子时候来修嘛？   # 客户说的话
    gloss: 喂，我家宽带又断了，你们什么时候来修？   # 方言的普通话释义（练习模式显示）
    alternatives:                   # 同一句话的其他说法：每次来到这个节点按随机种子选一种（可选）
      - customer: 喂，宽带又遭断了，咋个整嘛？
        gloss: 喂，宽带又断了，怎么办？
    hint: 听不懂方言时：先致歉，再礼貌地请客户讲普通话   # 给学员的提示（练习模式显示）
    branches:                       # 分支：按顺序检查，第一条条件成立的被选中，所以具体的写在前面
      - when: {grade: {critical: true}}     # 条件：这句回复有一票否决的违规
        to: complaint                        # 去向：节点或结局的 id
        note: 出现一票否决的用语              # 这条分支的含义：显示在逐轮记录里
      - when: {acts: [mandarin_demand, rude_what, impatience]}   # 回复中有其中任一行为（见 grading/data/acts.yaml）
        to: offended
        add: {anger: 3}                      # 效果：给变量加减；set: {anger: 0} 则是设为某个值
        note: 生硬地要求讲普通话，或流露出不耐烦
      - when: {acts: [ask_mandarin, ask_slow_down]}
        to: switched
        add: {anger: -1}
        note: 礼貌地请客户讲普通话
      - when: {state: {anger: {min: 8}}}     # 变量条件：eq、ne、lt、gt、min、max、between
        to: hung_up
        note: 客户等得不耐烦，挂断了电话
    default:                        # 所有条件都不成立时的去向（必填）
      to: opening
      add: {anger: 2}
      note: 没有请客户讲普通话，客户只好再说一遍

  - id: offended
    situation: dialect
    mood: 生气
    customer: 你咋个这样子说话嘛？我普通话讲不好，你就不耐烦了？
    gloss: 你怎么这样说话？我普通话说不好，你就不耐烦了？
    hint: 客户被冒犯了：先真诚致歉，再礼貌地请客户讲普通话
    branches:
      - when: {grade: {critical: true}}
        to: complaint
        note: 出现一票否决的用语
      - when: {acts: [mandarin_demand, rude_what, impatience, argue]}
        to: complaint
        note: 再次生硬对待，客户要投诉
      - when: {acts: {all: [apology], any: [ask_mandarin, ask_slow_down]}}   # all：全都有；any：有其中之一
        to: switched
        add: {anger: -2}
        note: 致歉后礼貌地请客户讲普通话
      - when: {state: {anger: {min: 8}}}
        to: hung_up
        note: 客户气得挂断了电话
    default:
      to: offended
      add: {anger: 2}
      note: 没有致歉，客户更生气了

  - id: switched
    situation: caller_apology
    mood: 平和
    customer: 不好意思哈，我讲普通话。我家宽带断了，你们什么时候能来修？
    hint: 客户致歉了：先说“没关系”，再登记报修、给出处理时限
    branches:
      - when: {grade: {critical: true}}
        to: complaint
        note: 出现一票否决的用语
      - when: {acts: [time_commitment]}
        to: resolved
        note: 登记报修并给出处理时限
      - when: {visits: {min: 3}}             # 第 3 次（及以后）来到这个节点，计入当前这一次
        to: hung_up
        note: 迟迟不给处理时限
    default:
      to: switched
      add: {anger: 1}
      note: 没有给出处理时限

endings:                            # 结局：分支的 to 也可以指向这里
  - id: resolved                    # 结局 id（不能和节点重名）
    outcome: resolved               # 结局类型：resolved、escalated、closed_politely、hung_up_angry、complaint、ended_early
    good: true                      # 必填：true 好结局，false 不好的结局
    label: 报修已受理                # 结局的中文说明
    customer: 要得，谢谢你哈。        # 客户最后说的话（可选）
    gloss: 好的，谢谢你。              # 最后这句话的普通话释义（可选）
    feedback: 先致歉、再礼貌地请客户讲普通话，客户改讲普通话后及时受理并承诺了时限。   # 给学员的讲评

  - id: hung_up
    outcome: hung_up_angry
    good: false
    label: 客户生气地挂断了电话
    feedback: 听不懂方言时要及时、礼貌地请客户讲普通话，不要让客户一遍遍重复。

  - id: complaint
    outcome: complaint
    good: false
    label: 客户投诉了话务员的服务态度
    customer: 我要投诉你！
    feedback: “不要讲方言！你讲的话我听不懂！”是服务忌语；要先致歉，再礼貌地请客户讲普通话。

tests:                              # 场景测试：peilian test 逐个运行；至少一个处理得当、一个处理不当的例子
  - name: 礼貌地请客户讲普通话，再承诺时限   # 测试名称
    seed: 0                         # 随机种子：决定客户选用哪种说法（可选，默认 0）
    script:                         # 话务员的每一句回复，按顺序
      - 对不起，请您讲普通话，好吗？谢谢！
      - reply: 没关系，已经帮您登记报修，维修人员会在24小时内上门。
        expect: {to: resolved, clean: true}   # 这一步的期望（可选）
    expect:                         # 期望：结局、路径、分数、违规……（完整列表见 docs/scenarios.md）
      ending: resolved
      good: true
      path: [opening, switched, resolved]
      state: {anger: 2}             # 结束时变量的值
      min_score: 90                 # 整通电话的总分不低于 90

  - name: 生硬地要求讲普通话，再次生硬，客户投诉
    script:
      - reply: 不要讲方言！你讲的话我听不懂！
        expect: {to: offended, violations: [dialect.rude_mandarin_demand]}
      - 不要讲方言！你讲的话我听不懂！
    expect:
      ending: complaint
      good: false
      path: [opening, offended, complaint]
"""


_ABUSIVE = _meta(
    2,
    "[破口大骂, 道歉安抚]",
    """
客户宽带断了两天，一开口就骂“骗子”“一群废物”。他骂的是公司，不是冲您个人：
先道歉、安抚情绪，再引导到报修，给出明确的修复时限。回骂、争辩、推诿只会火上浇油。
""",
    [
        "客户破口大骂时不回骂、不反驳、不说教：先致歉，再安抚情绪",
        "安抚之后引导到业务，并给出明确的修复时限，不能只说“尽快”",
        "客户情绪失控、人身攻击时，按规范依次警示（本骨架未包含，可以照 abusive_bank_fee_warnings 添加）",
    ],
) + """
persona:                            # 来电的客户；也可以只写一个人物 id（本文件 personas: 或同文件夹 personas.yaml 中的）
  name: 赵先生                       # 称呼（必填）
  temperament: 火爆，吃软不吃硬       # 性格脾气
  background: 在家开网店，宽带断了两天，打了两次客服电话都说“尽快处理”，至今没人联系他。   # 背景：人物小传

state:                              # 状态变量（可选）：一个数，分支可以改变它，也可以按它判断
  anger:
    label: 火气                      # 中文名称：显示在逐轮记录和流程图里
    min: 0                           # 取值范围：结果总是保持在 min 到 max 之间
    max: 10
    start: 6                         # 初始值（省略时等于 min）
mood: anger                         # 哪个变量驱动界面上的情绪条（可选）

nodes:                              # 节点：客户的一句话，以及学员回应之后去哪里；第一项是起始节点
  - id: opening                     # 节点 id：分支的 to 用它指向这里
    situation: abusive              # 情境：决定这句回复按哪些规范评分（可选值见 docs/scenarios.md“情境”）
    mood: 暴怒                       # 客户此刻的情绪（省略时用人物的 temperament）
    customer: 你们都是骗子！宽带断了两天了，打了两次电话都说尽快处理，到现在连个人影都没有！一群废物！
    alternatives:                   # 同一句话的其他说法：每次来到这个节点按随机种子选一种（可选）
      - 你们电信就是一群骗子！钱一分不少收，宽带断两天了没人管，废物！
    hint: 先致歉，再安抚情绪；不要反驳，也不要让客户“放尊重点”   # 给学员的提示（练习模式显示）
    branches:                       # 分支：按顺序检查，第一条条件成立的被选中，所以具体的写在前面
      - when: {grade: {critical: true}}     # 条件：这句回复有一票否决的违规（回骂、争吵、威胁挂机）
        to: complaint                        # 去向：节点或结局的 id
        note: 出现一票否决的用语              # 这条分支的含义：显示在逐轮记录里
      - when: {state: {anger: {min: 10}}}    # 变量条件：eq、ne、lt、gt、min、max、between
        to: hung_up
        note: 客户的火气降不下来，挂断了电话
      - when: {acts: [counter_abuse, blame_shift, rhetorical_question, sarcasm, impatience]}   # 回复中有其中任一行为
        to: opening
        add: {anger: 2}                      # 效果：给变量加减；set: {anger: 0} 则是设为某个值
        note: 斥责客户、推诿或说教，客户火气更大
      - when: {acts: {all: [apology], any: [empathy, soothe]}}   # all：全都有；any：有其中之一；none：都没有
        to: calmer
        add: {anger: -2}
        note: 先致歉，再安抚情绪
    default:                        # 所有条件都不成立时的去向（必填）
      to: opening
      add: {anger: 2}
      note: 没有致歉安抚，客户越骂越凶

  - id: calmer
    situation: complaint
    mood: 焦急
    customer: 道歉有什么用？我就问你，到底什么时候能修好？我明天一早还要发货！
    hint: 客户在追问时限：加急登记报修，给出明确的修复时限
    branches:
      - when: {grade: {critical: true}}
        to: complaint
        note: 出现一票否决的用语
      - when: {acts: [blame_shift, dont_know, flat_refusal, counter_abuse]}
        to: hung_up
        note: 推诿或含糊其辞，客户气得挂断了电话
      - when: {acts: [time_commitment]}
        to: repair_booked
        add: {anger: -3}
        note: 加急报修并给出明确时限
      - when: {visits: {min: 3}}             # 第 3 次（及以后）来到这个节点，计入当前这一次
        to: hung_up
        note: 一直得不到准话，客户挂断了电话
    default:
      to: calmer
      add: {anger: 1}
      note: 没有给出明确的修复时限

endings:                            # 结局：分支的 to 也可以指向这里
  - id: repair_booked               # 结局 id（不能和节点重名）
    outcome: resolved               # 结局类型：resolved、escalated、closed_politely、hung_up_angry、complaint、ended_early
    good: true                      # 必填：true 好结局，false 不好的结局
    label: 客户平静下来，报修已加急受理   # 结局的中文说明
    customer: 好，那我等着。           # 客户最后说的话（可选）
    feedback: 先致歉、再安抚、然后引导到报修并给出明确时限，客户的火气一步步降了下来。   # 给学员的讲评

  - id: hung_up
    outcome: hung_up_angry
    good: false
    label: 客户气得挂断了电话
    feedback: 客户破口大骂时，先道歉、安抚，再引导业务；不要辩解“这又不是我的错”。

  - id: complaint
    outcome: complaint
    good: false
    label: 客户投诉了话务员
    customer: 你还敢跟我吵？我要投诉你！
    feedback: 不能回骂、争吵或威胁挂机，这些都是一票否决的服务禁忌。

tests:                              # 场景测试：peilian test 逐个运行；至少一个处理得当、一个处理不当的例子
  - name: 道歉安抚，再给出修复时限   # 测试名称
    script:                         # 话务员的每一句回复，按顺序
      - 非常抱歉给您带来不好的体验，您的心情我非常理解，请您先消消气。
      - 已经为您加急报修，维修人员会在今天下午6点前上门处理，请您保持电话畅通。
    expect:                         # 期望：结局、路径、分数、违规……（完整列表见 docs/scenarios.md）
      ending: repair_booked
      good: true
      path: [opening, calmer, repair_booked]
      state: {anger: 1}             # 结束时变量的值
      min_score: 90                 # 整通电话的总分不低于 90

  - name: “这又不是我的错！”——与客户争辩（一票否决）
    script:
      - reply: 你嘴巴放干净一点，这又不是我的错！
        expect: {to: complaint, violations: [critical.argue]}   # 这一步的期望（可选）
    expect:
      ending: complaint
      good: false
      passed: false                 # 整通电话不合格
"""


_REPEAT = _meta(
    2,
    "[重复投诉, 时限承诺]",
    """
客户为同一件事第二次打来：上周报修的漏水至今没人上门。
先承认之前的来电、致歉，不推诿“上次不是我接的”；再加急处理，并给出明确的上门时间。
""",
    [
        "承认客户之前的来电并致歉，不说“上次的电话不是我接的”",
        "重复投诉要加急处理，并给出明确的处理时限",
    ],
) + """
persona:                            # 来电的客户；也可以只写一个人物 id（本文件 personas: 或同文件夹 personas.yaml 中的）
  name: 李阿姨                       # 称呼（必填）
  temperament: 着急，说话快           # 性格脾气
  background: 上周报修了厨房漏水，说好两天内上门，到现在没人来，楼下邻居也来敲门了。   # 背景：人物小传

state:                              # 状态变量（可选）：一个数，分支可以改变它，也可以按它判断
  anger:
    label: 火气                      # 中文名称：显示在逐轮记录和流程图里
    min: 0                           # 取值范围：结果总是保持在 min 到 max 之间
    max: 10
    start: 5                         # 初始值（省略时等于 min）
mood: anger                         # 哪个变量驱动界面上的情绪条（可选）

nodes:                              # 节点：客户的一句话，以及学员回应之后去哪里；第一项是起始节点
  - id: opening                     # 节点 id：分支的 to 用它指向这里
    situation: repeat_complaint     # 情境：决定这句回复按哪些规范评分（可选值见 docs/scenarios.md“情境”）
    mood: 着急                       # 客户此刻的情绪（省略时用人物的 temperament）
    customer: 我上周就打过电话报修了，说两天内上门，到现在都没人来！楼下都漏到了！
    hint: 先承认客户之前的来电并致歉，再加急处理   # 给学员的提示（练习模式显示）
    branches:                       # 分支：按顺序检查，第一条条件成立的被选中，所以具体的写在前面
      - when: {grade: {critical: true}}     # 条件：这句回复有一票否决的违规
        to: complaint                        # 去向：节点或结局的 id
        note: 出现一票否决的用语              # 这条分支的含义：显示在逐轮记录里
      - when: {acts: [blame_shift]}          # 回复中有其中任一行为（见 grading/data/acts.yaml）
        to: complaint
        note: 推诿：“上次的电话不是我接的”
      - when: {acts: [acknowledge_previous]}
        to: acknowledged
        add: {anger: -2}                     # 效果：给变量加减；set: {anger: 0} 则是设为某个值
        note: 承认之前的来电并致歉
      - when: {state: {anger: {min: 9}}}     # 变量条件：eq、ne、lt、gt、min、max、between
        to: hung_up
        note: 客户觉得没人理会，挂断了电话
    default:                        # 所有条件都不成立时的去向（必填）
      to: opening
      add: {anger: 2}
      note: 没有承认之前的来电，客户只好再说一遍

  - id: acknowledged
    situation: repeat_complaint
    mood: 焦急
    customer: 那你们到底什么时候能来修？我今天一直在家等着。
    hint: 客户在追问时限：加急派单，给出明确的上门时间
    branches:
      - when: {grade: {critical: true}}
        to: complaint
        note: 出现一票否决的用语
      - when: {acts: [blame_shift, dont_know, flat_refusal]}
        to: complaint
        note: 推诿或含糊其辞，客户要投诉
      - when: {acts: [time_commitment]}
        to: fixed_soon
        note: 加急派单并给出上门时间
      - when: {visits: {min: 3}}             # 第 3 次（及以后）来到这个节点，计入当前这一次
        to: hung_up
        note: 迟迟不给上门时间
    default:
      to: acknowledged
      add: {anger: 1}
      note: 没有给出明确的上门时间

endings:                            # 结局：分支的 to 也可以指向这里
  - id: fixed_soon                  # 结局 id（不能和节点重名）
    outcome: resolved               # 结局类型：resolved、escalated、closed_politely、hung_up_angry、complaint、ended_early
    good: true                      # 必填：true 好结局，false 不好的结局
    label: 已加急派单，并约好了上门时间   # 结局的中文说明
    customer: 好，那我等着，这回可别再让我等了。   # 客户最后说的话（可选）
    feedback: 承认了之前的来电、致歉，加急处理并给出明确时限，这正是重复投诉的处理方法。   # 给学员的讲评

  - id: hung_up
    outcome: hung_up_angry
    good: false
    label: 客户生气地挂断了电话
    feedback: 重复来电的客户最怕没人理会：先承认之前的来电，再给出明确的处理时限。

  - id: complaint
    outcome: complaint
    good: false
    label: 客户投诉了话务员
    customer: 又是这套说辞！我要投诉！
    feedback: 不能推诿“上次的电话不是我接的”；要承认之前的来电并致歉，加急处理。

tests:                              # 场景测试：peilian test 逐个运行；至少一个处理得当、一个处理不当的例子
  - name: 承认前次来电，加急并给出上门时间   # 测试名称
    script:                         # 话务员的每一句回复，按顺序
      - 您好，很抱歉，您之前反映的问题还没有处理好，又让您再次来电。我马上为您加急处理。
      - 很抱歉让您着急了，我已经为您加急派单，维修师傅会在今天下午3点之前上门。
    expect:                         # 期望：结局、路径、分数、违规……（完整列表见 docs/scenarios.md）
      ending: fixed_soon
      good: true
      path: [opening, acknowledged, fixed_soon]
      state: {anger: 3}             # 结束时变量的值
      clean: true                   # 没有任何违规

  - name: “上次的电话不是我接的”
    script:
      - reply: 前天的电话不是我接的。
        expect: {to: complaint, violations: [attitude.blame_shift]}   # 这一步的期望（可选）
    expect:
      ending: complaint
      good: false
      violations: [attitude.blame_shift]   # 必须出现的违规（规则 id 见 grading/rules/）
"""


_GENERAL = _meta(
    1,
    "[业务咨询]",
    """
客户来电询问快递为什么还没送到。问清单号、登记催件，给出明确的时间；
客户道谢时回应“不客气”，再礼貌结束。
""",
    [
        "主动询问并记录客户的信息，承诺处理",
        "给出明确的处理时限，不说“我不知道”“这个不归我们管”",
        "客户致谢时回应“不客气”，再礼貌结束通话",
    ],
) + """
persona:                            # 来电的客户；也可以只写一个人物 id（本文件 personas: 或同文件夹 personas.yaml 中的）
  name: 周女士                       # 称呼（必填）
  temperament: 讲道理，有点着急        # 性格脾气
  background: 网购的东西三天了还没送到，她明天要出差。   # 背景：人物小传

state:                              # 状态变量（可选）：一个数，分支可以改变它，也可以按它判断
  patience:
    label: 耐心                      # 中文名称：显示在逐轮记录和流程图里
    min: 0                           # 取值范围：结果总是保持在 min 到 max 之间
    max: 5
    start: 3                         # 初始值（省略时等于 min）
mood: patience                      # 哪个变量驱动界面上的情绪条（可选）

nodes:                              # 节点：客户的一句话，以及学员回应之后去哪里；第一项是起始节点
  - id: opening                     # 节点 id：分支的 to 用它指向这里
    situation: general              # 情境：决定这句回复按哪些规范评分（可选值见 docs/scenarios.md“情境”）
    customer: 你好，我想问一下，我的快递三天了怎么还没到？   # 客户说的话
    hint: 问清单号，承诺帮客户查询   # 给学员的提示（练习模式显示）
    branches:                       # 分支：按顺序检查，第一条条件成立的被选中，所以具体的写在前面
      - when: {grade: {critical: true}}     # 条件：这句回复有一票否决的违规
        to: complaint                        # 去向：节点或结局的 id
        note: 出现一票否决的用语              # 这条分支的含义：显示在逐轮记录里
      - when: {state: {patience: {max: 0}}}  # 变量条件：eq、ne、lt、gt、min、max、between
        to: hung_up
        note: 客户没了耐心，挂断了电话
      - when: {acts: [dont_know, flat_refusal, blame_shift]}   # 回复中有其中任一行为（见 grading/data/acts.yaml）
        to: opening
        add: {patience: -2}                  # 效果：给变量加减；set: {patience: 0} 则是设为某个值
        note: 推诿或直接说不知道
      - when: {acts: [commit_action, record_details]}
        to: details
        note: 承诺帮客户查询
    default:                        # 所有条件都不成立时的去向（必填）
      to: opening
      add: {patience: -1}
      note: 没有回应客户的问题

  - id: details
    situation: general
    customer: 单号是 SF1234567890。我明天要出差，今天能送到吗？
    hint: 登记催件，给出明确的送达时间
    branches:
      - when: {grade: {critical: true}}
        to: complaint
        note: 出现一票否决的用语
      - when: {acts: [time_commitment]}
        to: thanks
        note: 登记催件并给出送达时间
      - when: {visits: {min: 3}}             # 第 3 次（及以后）来到这个节点，计入当前这一次
        to: hung_up
        note: 迟迟不给准话
    default:
      to: details
      add: {patience: -1}
      note: 没有给出明确的时间

  - id: thanks
    situation: thanks
    customer: 好的，那太好了，谢谢你啊。
    hint: 客户致谢：回应“不客气”，再礼貌结束
    branches:
      - when: {acts: [thanks_reply]}
        to: resolved
        note: 回应感谢并礼貌结束
    default:
      to: resolved_cold
      note: 没有回应客户的感谢

endings:                            # 结局：分支的 to 也可以指向这里
  - id: resolved                    # 结局 id（不能和节点重名）
    outcome: resolved               # 结局类型：resolved、escalated、closed_politely、hung_up_angry、complaint、ended_early
    good: true                      # 必填：true 好结局，false 不好的结局
    label: 已登记催件，客户满意       # 结局的中文说明
    customer: 好的，再见。            # 客户最后说的话（可选）
    feedback: 问清信息、承诺处理、给出明确时间，最后回应了客户的感谢。   # 给学员的讲评

  - id: resolved_cold
    outcome: resolved
    good: false
    label: 问题解决了，但没有回应客户的感谢
    feedback: 客户致谢时要回应“不客气”，再礼貌结束通话。

  - id: hung_up
    outcome: hung_up_angry
    good: false
    label: 客户没了耐心，挂断了电话
    feedback: 不要说“我不知道”“这个不归我们管”；要主动帮客户查询，并给出明确的时间。

  - id: complaint
    outcome: complaint
    good: false
    label: 客户投诉了话务员
    feedback: 出现了一票否决的用语。

tests:                              # 场景测试：peilian test 逐个运行；至少一个处理得当、一个处理不当的例子
  - name: 查询、给出时间、回应感谢   # 测试名称
    script:                         # 话务员的每一句回复，按顺序
      - 您好，请您提供一下快递单号，我马上帮您查询。
      - 好的，已经帮您登记催件，快递会在明天中午12点前送到，请您保持电话畅通。
      - 不客气，这是我应该做的。感谢您的来电，祝您生活愉快，再见！
    expect:                         # 期望：结局、路径、分数、违规……（完整列表见 docs/scenarios.md）
      ending: resolved
      good: true
      path: [opening, details, thanks, resolved]
      clean: true                   # 没有任何违规

  - name: 一再推诿，客户挂断
    script:
      - reply: 这个不归我们管，你去问快递公司吧。
        expect: {to: opening, violations: [attitude.blame_shift]}   # 这一步的期望（可选）
      - 我不知道。
      - 我不知道。
    expect:
      ending: hung_up
      good: false
      state: {patience: 0}          # 结束时变量的值
"""


SKELETONS = {
    "silent": ("无声电话（新场景）", _SILENT),
    "dialect": ("讲方言的客户（新场景）", _DIALECT),
    "abusive": ("破口大骂的客户（新场景）", _ABUSIVE),
    "repeat": ("重复投诉的客户（新场景）", _REPEAT),
    "general": ("一般来电（新场景）", _GENERAL),
}
