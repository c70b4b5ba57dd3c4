"""The JSON Schema of scenario files, for editor completion (yaml-language-server).

Built from the loader's own field lists, the contract's situations, the outcomes and
the grading lexicon's acts, so it cannot drift from what ``peilian validate`` accepts;
a test checks that the shipped ``simulator/data/scenario.schema.json`` is current.
Regenerate it with::

    python -m simulator.scenario.schema > simulator/data/scenario.schema.json

The schema helps while typing; ``peilian validate`` remains the authority (it also
checks targets, reachability and everything a schema cannot express).
"""

from __future__ import annotations

import json
import sys

from . import loader
from grading.dialogue import BOOLEAN_FIELDS, FIELD_LABELS

from .conditions import ACT_MODES, GRADE_KEYS, STATE_TESTS
from .model import OUTCOMES

SCHEMA_ID = "https://peilian.invalid/scenario.schema.json"


def _object(properties: dict, required: tuple[str, ...] = (), description: str = "", keys: tuple[str, ...] | None = None) -> dict:
    if keys is not None:
        missing = set(keys) - set(properties)
        extra = set(properties) - set(keys)
        assert not missing and not extra, f"schema out of step with the loader: missing {missing}, extra {extra}"
    schema = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = list(required)
    if description:
        schema["description"] = description
    return schema


def build_schema(acts: dict[str, str] | None = None, situations: dict[str, str] | None = None) -> dict:
    acts = dict(acts if acts is not None else loader.known_acts())
    situations = dict(situations if situations is not None else loader.known_situations())
    text = {"type": "string"}
    number = {"type": "number"}
    texts = {"type": "array", "items": text}
    ident = {"type": "string", "pattern": r"^[\w\-]+$"}
    act = {
        "type": "string",
        "enum": sorted(acts),
        "description": "话语行为（grading/data/acts.yaml）：" + "、".join(f"{k} {v}" for k, v in sorted(acts.items())),
    }
    ref = lambda name: {"$ref": f"#/definitions/{name}"}  # noqa: E731
    defs: dict = {"act": act, "acts": {"oneOf": [ref("act"), {"type": "array", "items": ref("act"), "minItems": 1}]}}
    act_list = ref("acts")

    defs["persona"] = _object(
        {
            "id": {**ident, "description": "人物的 id，供 speaker 和其他场景引用"},
            "name": {**text, "description": "称呼，如 陈阿姨"},
            "dialect": {**text, "description": "讲的方言，如 上海话；讲普通话时省略"},
            "temperament": {**text, "description": "性格脾气，如 急躁但讲理"},
            "background": {**text, "description": "背景：是谁、为什么打来"},
            "age": {**text, "description": "年龄，如 68 岁"},
        },
        ("name",),
        "来电的人",
        loader.PERSONA_KEYS,
    )
    defs["variable"] = _object(
        {
            "label": {**text, "description": "中文名称，如 火气"},
            "min": {**number, "description": "最小值（默认 0）"},
            "max": {**number, "description": "最大值"},
            "start": {**number, "description": "初始值（默认等于 min）"},
        },
        ("max",),
        "状态变量：数值始终保持在 min 到 max 之间",
        loader.VARIABLE_KEYS,
    )
    defs["line"] = {
        "oneOf": [
            text,
            _object(
                {
                    "customer": {**text, "description": "客户的话；{said.行为} 代表学员做出这个行为的原话（要有 if 保证）"},
                    "gloss": {**text, "description": "方言的普通话释义"},
                    "if": {**ref("condition"), "description": "只有上一句回复满足这个条件时才说这句（优先于没有条件的说法）"},
                },
                ("customer",),
                keys=loader.LINE_KEYS,
            ),
        ]
    }
    state_test = {
        "oneOf": [
            {**number, "description": "等于这个数"},
            _object(
                {
                    "eq": {**number, "description": "等于"},
                    "ne": {**number, "description": "不等于"},
                    "lt": {**number, "description": "小于"},
                    "gt": {**number, "description": "大于"},
                    "min": {**number, "description": "至少（大于等于）"},
                    "max": {**number, "description": "至多（小于等于）"},
                    "between": {"type": "array", "items": number, "minItems": 2, "maxItems": 2, "description": "介于 [a, b]（含两端）"},
                },
                keys=STATE_TESTS,
            ),
        ]
    }
    range_ = lambda desc: _object({"min": number, "max": number}, description=desc)  # noqa: E731
    defs["condition"] = _object(
        {
            "acts": {
                "description": "回复中的话语行为：列表表示有其中之一；或 any（有其中之一）、all（全都有）、none（都没有）",
                "oneOf": [act_list, _object({m: act_list for m in ACT_MODES}, keys=ACT_MODES)],
            },
            "grade": _object(
                {
                    "critical": {"type": "boolean", "description": "出现一票否决的违规"},
                    "verdict": {"enum": ["pass", "fail"], "description": "回复合格 / 不合格"},
                    "min_score": {**number, "minimum": 0, "maximum": 100},
                    "max_score": {**number, "minimum": 0, "maximum": 100},
                    "violations": {"oneOf": [text, texts], "description": "违反了其中任一规则（规则 id，见 grading/rules）"},
                },
                description="这句回复的评分（等待时没有评分，grade 条件都不成立）",
                keys=GRADE_KEYS,
            ),
            "call": _object(
                {
                    name: ({"type": "boolean", "description": label} if name in BOOLEAN_FIELDS
                           else {"description": label, "oneOf": [{"type": "integer", "minimum": 0}, _object({"min": {"type": "integer", "minimum": 0}, "max": {"type": "integer", "minimum": 0}})]})
                    for name, label in FIELD_LABELS.items()
                },
                description="通话此刻的情况，由评分时对客户这句话和之前对话的分析得出（等待时不成立）",
            ),
            "state": {"type": "object", "additionalProperties": state_test, "description": "状态变量的条件，如 {anger: {gt: 5}}"},
            "visits": {
                "description": "来到节点的次数（含当前这次），如 {min: 3}；或 {node: 其他节点, min: 1}",
                "oneOf": [{"type": "integer", "minimum": 0}, _object({"node": ident, "min": {"type": "integer", "minimum": 0}, "max": {"type": "integer", "minimum": 0}})],
            },
            "waited": {"description": "学员选择等待（不说话）的秒数，如 {min: 3, max: 5}；true 表示任何等待", "oneOf": [{"type": "boolean"}, number, range_("等待的秒数")]},
            "move": {"enum": ["reply", "wait"], "description": "reply 回复 / wait 等待"},
            "any": {"type": "array", "items": ref("condition"), "minItems": 1, "description": "其中任一条件成立"},
            "all": {"type": "array", "items": ref("condition"), "minItems": 1, "description": "所有条件都成立"},
            "not": {**ref("condition"), "description": "条件不成立"},
        },
        description="分支条件：写在一起的各项都要成立",
    )
    effects = {
        "set": {"type": "object", "additionalProperties": number, "description": "把变量设为某个值，如 {anger: 0}"},
        "add": {"type": "object", "additionalProperties": number, "description": "给变量加减，如 {anger: 2} 或 {anger: -1}"},
        "note": {**text, "description": "这条分支的含义（显示在逐轮记录中）"},
    }
    defs["branch"] = _object(
        {"when": ref("condition"), "to": {**ident, "description": "去向：节点或结局的 id"}, **effects},
        ("when", "to"),
        "分支：按顺序检查，第一条条件成立的分支被选中",
        loader.BRANCH_KEYS,
    )
    defs["default"] = {
        "description": "所有分支条件都不成立时的去向",
        "oneOf": [ident, _object({"to": ident, **effects}, ("to",), keys=loader.DEFAULT_KEYS)],
    }
    defs["node"] = _object(
        {
            "id": ident,
            "situation": {"enum": sorted(situations), "description": "此刻的情境：" + "、".join(f"{k} {v}" for k, v in situations.items())},
            "customer": {**text, "description": "客户说的话（无声时可省略）"},
            "gloss": {**text, "description": "方言的普通话释义"},
            "silent": {"type": "boolean", "description": "客户不出声"},
            "alternatives": {"type": "array", "items": ref("line"), "description": "同一句话的其他说法（按随机种子选用）"},
            "speaker": {**ident, "description": "说这句话的人物 id（省略时是来电客户本人）"},
            "mood": {**text, "description": "客户此刻的情绪，如 着急"},
            "hint": {**text, "description": "给学员的提示"},
            "after_silence": {
                "type": "number",
                "exclusiveMinimum": 0,
                "maximum": loader.MAX_AFTER_SILENCE,
                "description": "话务员不说话这么多秒后，线路自己往下走（按“等待这么多秒”选分支）",
            },
            "branches": {"type": "array", "items": ref("branch")},
            "default": ref("default"),
        },
        ("id", "default"),
        "节点：客户的一句话（或沉默），以及学员回应后的去向",
        loader.NODE_KEYS,
    )
    defs["ending"] = _object(
        {
            "id": ident,
            "outcome": {"enum": list(OUTCOMES), "description": "结局类型：" + "、".join(f"{k} {v}" for k, v in OUTCOMES.items())},
            "good": {"type": "boolean", "description": "是否算好结局"},
            "label": {**text, "description": "结局的中文说明"},
            "customer": {**text, "description": "客户最后说的话"},
            "gloss": {**text, "description": "方言的普通话释义"},
            "feedback": {**text, "description": "给学员的讲评"},
        },
        ("id", "outcome", "good"),
        "结局",
        loader.ENDING_KEYS,
    )
    ids = {"oneOf": [ident, {"type": "array", "items": ident}]}
    score = {"type": "integer", "minimum": 0, "maximum": 100}
    rule_ids = {"oneOf": [text, texts], "description": "规则 id（grading/rules）"}
    defs["step_expect"] = _object(
        {"to": ident, "min_score": score, "max_score": score, "violations": rule_ids, "no_violations": rule_ids, "clean": {"type": "boolean"}},
        description="这一步的期望",
        keys=loader.STEP_EXPECT_KEYS,
    )
    defs["step"] = {
        "description": "一句回复；空字符串或 \"[等待 4 秒]\" 表示等待；或 {reply: …, expect: …} / {wait: 秒数}",
        "oneOf": [
            text,
            {"type": "array", "items": text, "maxItems": 1},
            _object({"reply": text, "wait": {"oneOf": [number, {"type": "null"}]}, "expect": ref("step_expect")}, keys=loader.STEP_KEYS),
        ],
    }
    defs["expect"] = _object(
        {
            "ending": ident,
            "outcome": {"enum": list(OUTCOMES)},
            "good": {"type": "boolean"},
            "path": {"type": "array", "items": ident, "description": "完整的节点路径（含结局）"},
            "through": ids,
            "not_through": ids,
            "min_score": score,
            "max_score": score,
            "violations": rule_ids,
            "no_violations": rule_ids,
            "clean": {"type": "boolean", "description": "没有任何违规"},
            "passed": {"type": "boolean", "description": "整通电话合格"},
            "state": {"type": "object", "additionalProperties": number, "description": "结束时变量的值"},
        },
        description="整通电话的期望",
        keys=loader.EXPECT_KEYS,
    )
    defs["test"] = _object(
        {"name": text, "seed": {"type": "integer"}, "script": {"type": "array", "items": ref("step"), "minItems": 1}, "expect": ref("expect")},
        ("name", "script"),
        "场景测试：按脚本回复，检查期望",
        loader.TEST_KEYS,
    )
    top = _object(
        {
            "id": {**ident, "description": "场景 id（在整个场景库中唯一）"},
            "title": {**text, "description": "标题"},
            "version": {"type": ["string", "number"]},
            "difficulty": {"type": "integer", "minimum": 1, "maximum": 5, "description": "1 入门、2 基础、3 进阶、4 较难、5 挑战"},
            "tags": texts,
            "description": text,
            "goals": {**texts, "description": "学习目标"},
            "persona": {"oneOf": [ident, ref("persona")], "description": "来电的客户：人物 id，或直接写出人物"},
            "personas": {"type": "array", "items": {**ref("persona"), "required": ["id", "name"]}, "description": "通话中的其他人物（供 speaker 引用）"},
            "state": {"type": "object", "additionalProperties": ref("variable"), "description": "状态变量"},
            "mood": {**ident, "description": "驱动情绪条的变量"},
            "start": {**ident, "description": "起始节点（默认第一个节点）"},
            "nodes": {"type": "array", "items": ref("node"), "minItems": 1},
            "endings": {"type": "array", "items": ref("ending"), "minItems": 1},
            "tests": {"type": "array", "items": ref("test")},
        },
        ("id", "title", "persona", "nodes", "endings"),
        keys=loader.TOP_KEYS,
    )
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": SCHEMA_ID,
        "title": "陪练（Peilian）通话场景",
        "description": "客服话务培训的通话场景：客户的每句话、分支条件、状态和结局。详见 docs/scenarios.md。",
        **top,
        "definitions": defs,
    }


def render(schema: dict | None = None) -> str:
    return json.dumps(schema or build_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":  # pragma: no cover
    sys.stdout.write(render())
