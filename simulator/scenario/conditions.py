"""Branch conditions and effects: declarative data, compiled once, never evaluated as code.

A branch's ``when:`` is a mapping; every key in it must hold::

    when:
      acts: [greeting, offer_help]          # the reply shows at least one of these acts
      acts: {any: [...], all: [...], none: [...]}
      grade: {critical: true}               # a critical violation (一票否决)
      grade: {verdict: fail, min_score: 60, max_score: 90, violations: [silent.premature_close]}
      call: {customer_swore: false, attempts: {min: 2}}   # the moment the reply answered, as
                                            # the grader read it (grading/dialogue.py)
      state: {anger: {gt: 5}, warnings: 2}  # eq (a bare number), ne, lt, gt, min, max, between: [a, b]
      visits: {min: 2}                      # this is at least the 2nd visit to this node
      visits: {node: offended, min: 1}      # ... or to another node
      waited: {min: 3, max: 5}              # the trainee waited 3 to 5 seconds in silence
      move: wait                            # or reply
      any: [{...}, {...}]                   # at least one of several conditions
      all: [{...}, {...}]
      not: {...}

On a wait the reply shows no act and has no grade: ``acts: {none: [...]}`` holds and
every ``grade`` condition fails.  Effects of a branch::

    set: {anger: 0}
    add: {anger: 2, warnings: 1}           # negative numbers subtract

Values are kept within the variable's declared range.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from difflib import get_close_matches
from typing import Any, Callable, Iterable, Mapping

from .model import Condition, Effect, Key, Variable

FORMS = ("acts", "grade", "call", "state", "visits", "waited", "move", "any", "all", "not")

# ``{said.time_commitment}`` in a customer's line: the trainee's words that showed the act.
SAID = re.compile(r"\{said\.([A-Za-z_][A-Za-z0-9_]*)\}")


def said_acts(text: str) -> list[str]:
    """The acts a line quotes back with ``{said.ACT}``."""
    return SAID.findall(text or "")


def guaranteed_acts(spec) -> frozenset[str]:
    """Acts a reply must show for ``spec`` to hold (what a guarded line may quote back)."""
    if not isinstance(spec, Mapping):
        return frozenset()
    found: set[str] = set()
    acts = spec.get("acts")
    if isinstance(acts, list) and len(acts) == 1 and isinstance(acts[0], str):
        found.add(acts[0])
    elif isinstance(acts, Mapping):
        found.update(a for a in acts.get("all") or () if isinstance(a, str))
        anyof = acts.get("any")
        if isinstance(anyof, list) and len(anyof) == 1 and isinstance(anyof[0], str):
            found.add(anyof[0])
    for part in spec.get("all") or () if isinstance(spec.get("all"), list) else ():
        found |= guaranteed_acts(part)
    return frozenset(found)
ACT_MODES = ("any", "all", "none")
GRADE_KEYS = ("critical", "verdict", "min_score", "max_score", "violations")
STATE_TESTS = ("eq", "ne", "lt", "gt", "min", "max", "between")
MOVES = ("reply", "wait")


class Move:
    """What a branch condition sees: the trainee's move and the call so far."""

    __slots__ = ("kind", "acts", "grade", "waited", "state", "visits", "node", "branch")

    def __init__(self, kind, acts, grade, waited, state, visits, node):
        self.branch = None  # set by the engine to the branch taken
        self.kind = kind  # "reply" | "wait"
        self.acts = acts  # frozenset of act ids (empty on a wait)
        self.grade = grade  # grading.Grade, or None on a wait
        self.waited = waited  # seconds waited (a wait), else None
        self.state = state  # variable -> value
        self.visits = visits  # node id -> visits so far, the current one included
        self.node = node  # the current node id


@dataclass(frozen=True)
class Issue:
    """A problem found while reading a scenario, located by its key path."""

    key: Key
    message: str
    hint: str = ""
    level: str = "error"  # "error" | "warning"
    on_key: bool = False  # point at the key itself rather than its value
    subject: str = ""  # the id concerned (node, act, ...), shown in brackets


def nearest(name: Any, known: Iterable[str], labels: Mapping[str, str] | None = None) -> str:
    """``，是不是 greeting？`` or ``""``: the nearest known name, also by Chinese label."""
    known = list(known)
    text = str(name)
    if labels:
        by_label = [k for k in known if labels.get(k) == text]
        if by_label:
            return f"，是不是 {by_label[0]}（{labels[by_label[0]]}）？"
    found = get_close_matches(text, known, n=1, cutoff=0.6) or get_close_matches(text.lower(), known, n=1, cutoff=0.5)
    if found:
        label = f"（{labels[found[0]]}）" if labels and labels.get(found[0]) else ""
        return f"，是不是 {found[0]}{label}？"
    return ""


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _fmt(value) -> str:
    return str(int(value)) if _number(value) and float(value).is_integer() else str(value)


@dataclass
class Context:
    """What a condition may refer to."""

    acts: Mapping[str, str]  # act id -> Chinese label
    variables: Mapping[str, Variable]
    nodes: Mapping[str, Any]  # node ids (the targets of visits)
    node: str  # the node the branch leaves
    rules: Callable[[], Iterable[str]] | None = None  # rubric rule ids, looked up when needed
    customer_acts: frozenset[str] = frozenset()  # acts the lexicon marks as the customer's


class _Compiler:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.issues: list[Issue] = []

    def error(self, key: Key, message: str, hint: str = "", *, on_key: bool = False, level: str = "error", subject: str = ""):
        self.issues.append(Issue(key, message, hint, level, on_key, subject))

    # -- the whole condition ------------------------------------------------
    def condition(self, spec, key: Key) -> Condition:
        if spec is None or spec == {}:
            return Condition(spec, lambda move: True, always=True, text="任何情况")
        if not isinstance(spec, dict):
            self.error(key, "when 必须是一组条件（映射），如 when: {acts: [greeting]}", "每个条件单独一行，写在 when: 下面并缩进")
            return _BROKEN
        parts: list[Condition] = []
        for form, value in spec.items():
            if form not in FORMS:
                self.error(key + (form,), f"不认识的条件 {form!r}", f"可用的条件：{', '.join(FORMS)}{nearest(form, FORMS)}", on_key=True)
                parts.append(_BROKEN)
                continue
            parts.append(getattr(self, "form_" + form)(value, key + (form,)))
        return _conjunction(spec, parts, "，并且")

    def conditions(self, value, key: Key, form: str) -> list[Condition]:
        if not isinstance(value, list) or not value:
            self.error(key, f"{form} 后面要写一个条件列表", f"如 {form}: [{{acts: [apology]}}, {{state: {{anger: {{max: 3}}}}}}]")
            return [_BROKEN]
        return [self.condition(item, key + (i,)) for i, item in enumerate(value)]

    # -- forms -------------------------------------------------------------
    def form_any(self, value, key):
        parts = self.conditions(value, key, "any")
        always = any(p.always for p in parts)
        never = all(p.never for p in parts)
        checks = tuple(p.check for p in parts)
        if len(parts) == 1:
            return parts[0]
        text = "（" + "，或者".join(p.text for p in parts) + "）"
        return Condition(value, lambda move: any(c(move) for c in checks), always, never, text, tuple(parts), "any")

    def form_all(self, value, key):
        return _conjunction(value, self.conditions(value, key, "all"), "，并且")

    def form_not(self, value, key):
        inner = self.condition(value, key)
        check = inner.check
        return Condition(value, lambda move: not check(move), inner.never, inner.always, f"不是（{inner.text}）", (inner,), "not")

    def _act_list(self, value, key, mode) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value:
            self.error(key, f"acts 的 {mode} 后面要写行为列表", "如 acts: [greeting, offer_help]")
            return ()
        known = self.ctx.acts
        found = []
        for i, act in enumerate(value):
            if not isinstance(act, str) or act not in known:
                self.error(
                    key + (i,),
                    f"未知的行为 {act!r}{nearest(act, known, known)}",
                    "行为名称见 grading/data/acts.yaml（运行 peilian validate 会列出最接近的名称）",
                    subject=str(act),
                )
                continue
            if act in self.ctx.customer_acts:
                self.error(
                    key + (i,),
                    f"行为 {act}（{known[act]}）是客户一方的话，而分支条件检查的是学员的回复",
                    "检查学员回复中的行为，如 thanks_reply（回应感谢）；客户说什么由节点的 customer 决定",
                    level="warning",
                    subject=act,
                )
            found.append(act)
        return tuple(found)

    def form_acts(self, value, key):
        if isinstance(value, (list, str)):
            value_map, plain = {"any": value}, True
        elif isinstance(value, dict) and value:
            value_map, plain = value, False
        else:
            self.error(key, "acts 后面写行为列表，或 any / all / none 三种写法", "如 acts: [greeting] 或 acts: {none: [wei, impatience]}")
            return _BROKEN
        parts: list[Condition] = []
        never = False
        sets: dict[str, frozenset[str]] = {}
        for mode, acts in value_map.items():
            if mode not in ACT_MODES:
                self.error(key + (mode,), f"acts 下不认识 {mode!r}", f"可用：any（有其中之一）、all（全都有）、none（都没有）{nearest(mode, ACT_MODES)}", on_key=True)
                never = True
                continue
            names = self._act_list(acts, key if plain else key + (mode,), mode)
            if not names:
                never = True
                continue
            group = frozenset(names)
            sets[mode] = group
            labels = "、".join(f"“{self.ctx.acts[a]}”" for a in names)
            observed = self._acts_observed(names)
            if mode == "any":
                check = lambda move, g=group: not g.isdisjoint(move.acts)  # noqa: E731
                text = f"回复中有{labels}" if len(names) == 1 else f"回复中有{labels}之一"
            elif mode == "all":
                check = lambda move, g=group: g <= move.acts  # noqa: E731
                text = f"回复中有{labels}" if len(names) == 1 else f"回复中同时有{labels}"
            else:
                check = lambda move, g=group: g.isdisjoint(move.acts)  # noqa: E731
                text = f"回复中没有{labels}"
            parts.append(Condition(acts, check, text=text, observed=observed))
        none = sets.get("none", frozenset())
        clash = none & sets.get("all", frozenset())
        if not clash and sets.get("any") and sets["any"] <= none:
            clash = sets["any"]
        if clash:
            self.error(key, f"行为 {', '.join(sorted(clash))} 既要求出现又要求不出现，这个条件永远不成立", "检查 acts 下的 all/any 和 none", level="warning")
            never = True
        text = "，".join(p.text for p in parts)
        if never:
            return Condition(value, lambda move: False, never=True, text=text or "（无效条件）")
        return _conjunction(value, parts, "，")

    def _acts_observed(self, names: tuple[str, ...]) -> Callable[[Any], str]:
        labels = self.ctx.acts

        def observed(move) -> str:
            if move.kind == "wait":
                return "这一步是沉默等待，没有说话"
            found = [labels[a] for a in names if a in move.acts]
            if len(names) == 1:
                return "这句回复里有" if found else "这句回复里没有"
            return "其中有：" + "、".join(found) if found else "其中一个也没有"

        return observed

    def form_grade(self, value, key):
        if not isinstance(value, dict) or not value:
            self.error(key, "grade 后面要写评分条件", f"可用：{', '.join(GRADE_KEYS)}，如 grade: {{critical: true}}")
            return _BROKEN
        parts: list[Condition] = []
        low, high = 0, 100
        never = False
        for name, v in value.items():
            k = key + (name,)
            if name == "critical":
                if not isinstance(v, bool):
                    self.error(k, "critical 只能是 true 或 false")
                    never = True
                    continue
                parts.append(_graded(v, lambda grade, want=v: grade.critical == want, "出现一票否决的违规" if v else "没有一票否决的违规"))
            elif name == "verdict":
                if v not in ("pass", "fail"):
                    self.error(k, "verdict 只能是 pass（合格）或 fail（不合格）")
                    never = True
                    continue
                parts.append(_graded(v, lambda grade, want=v: grade.verdict == want, "回复合格" if v == "pass" else "回复不合格"))
            elif name in ("min_score", "max_score"):
                if not _number(v):
                    self.error(k, f"{name} 必须是 0 到 100 的分数")
                    never = True
                    continue
                if name == "min_score":
                    low = max(low, v)
                    parts.append(_graded(v, lambda grade, n=v: grade.score >= n, f"得分不低于 {_fmt(v)}"))
                else:
                    high = min(high, v)
                    parts.append(_graded(v, lambda grade, n=v: grade.score <= n, f"得分不高于 {_fmt(v)}"))
            elif name == "violations":
                rules = self._rule_list(v, k)
                if not rules:
                    never = True
                    continue
                group = frozenset(rules)
                parts.append(_graded(v, lambda grade, g=group: any(x.rule in g for x in grade.violations), "违反了规则 " + " 或 ".join(rules)))
            else:
                self.error(k, f"grade 下不认识 {name!r}", f"可用：{', '.join(GRADE_KEYS)}{nearest(name, GRADE_KEYS)}", on_key=True)
                never = True
        if low > high:
            self.error(key, f"得分既要不低于 {_fmt(low)} 又要不高于 {_fmt(high)}，这个条件永远不成立", "检查 min_score 和 max_score", level="warning")
            never = True
        text = "，".join(p.text for p in parts)
        if never:
            return Condition(value, lambda move: False, never=True, text=text)
        return _conjunction(value, parts, "，")

    def form_call(self, value, key):
        from grading.dialogue import BOOLEAN_FIELDS, FIELD_LABELS, FIELDS

        if not isinstance(value, dict) or not value:
            self.error(key, "call 后面要写通话此刻的情况", f"可用：{', '.join(FIELDS)}，如 call: {{customer_swore: true}}")
            return _BROKEN
        parts: list[Condition] = []
        for name, v in value.items():
            k = key + (name,)
            label = FIELD_LABELS.get(name, name)
            if name in BOOLEAN_FIELDS:
                if not isinstance(v, bool):
                    self.error(k, f"{name} 只能是 true 或 false")
                    parts.append(_BROKEN)
                    continue
                parts.append(_graded(v, lambda grade, n=name, want=v: grade.state is not None and grade.state.get(n) is want, label if v else f"不是“{label}”"))
            elif name in FIELDS:
                if isinstance(v, bool) or not (isinstance(v, int) or (isinstance(v, dict) and set(v) <= {"min", "max"} and all(isinstance(x, int) and not isinstance(x, bool) for x in v.values()))):
                    self.error(k, f"{name} 是一个次数：写一个整数，或 {{min: 1, max: 2}}")
                    parts.append(_BROKEN)
                    continue
                low, high = (v, v) if isinstance(v, int) else (v.get("min", 0), v.get("max", 10**9))
                parts.append(_graded(v, lambda grade, n=name, a=low, b=high: grade.state is not None and a <= grade.state.get(n) <= b, f"{label}在 {low} 到 {high} 之间" if high < 10**9 else f"{label}至少 {low}"))
            else:
                self.error(k, f"call 下不认识 {name!r}", f"可用：{', '.join(FIELDS)}{nearest(name, FIELDS)}", on_key=True)
                parts.append(_BROKEN)
        return _conjunction(value, parts, "，")

    def _rule_list(self, value, key) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value:
            self.error(key, "violations 后面要写规则 id 列表", "如 violations: [silent.premature_close]")
            return ()
        known = set(self.ctx.rules()) if self.ctx.rules else None
        found = []
        for i, rule in enumerate(value):
            if not isinstance(rule, str) or (known is not None and rule not in known):
                self.error(key + (i,), f"未知的规则 {rule!r}{nearest(rule, known or ())}", "规则 id 见 grading/rules/*.yaml", subject=str(rule))
                continue
            found.append(rule)
        return tuple(found)

    def form_state(self, value, key):
        if not isinstance(value, dict) or not value:
            self.error(key, "state 后面要写“变量: 条件”", "如 state: {anger: {gt: 5}}；变量要先在 state: 里声明")
            return _BROKEN
        parts = []
        for name, test in value.items():
            var = self.ctx.variables.get(name) if isinstance(name, str) else None
            if var is None:
                self.error(
                    key + (name,),
                    f"未声明的变量 {name!r}{nearest(name, self.ctx.variables)}",
                    "先在文件顶部的 state: 里声明它（写明 min、max、start）",
                    on_key=True,
                    subject=str(name),
                )
                parts.append(_BROKEN)
                continue
            parts.append(self._state_test(var, test, key + (name,)))
        return _conjunction(value, parts, "，并且")

    def _state_test(self, var: Variable, test, key) -> Condition:
        name = var.name
        label = var.label or name
        if _number(test):
            test = {"eq": test}
        if not isinstance(test, dict) or not test:
            self.error(key, f"变量 {name} 的条件要写成数字或 {{gt: 数字}} 之类", f"可用：{', '.join(STATE_TESTS)}")
            return _BROKEN
        low, high = -math.inf, math.inf  # the values that satisfy the test lie between these
        low_open = high_open = False  # ... excluding the bound itself when open
        excluded = None
        texts = []

        def raise_low(v, is_open):
            nonlocal low, low_open
            if v > low or (v == low and is_open):
                low, low_open = v, is_open

        def lower_high(v, is_open):
            nonlocal high, high_open
            if v < high or (v == high and is_open):
                high, high_open = v, is_open

        for op, v in test.items():
            k = key + (op,)
            if op not in STATE_TESTS:
                self.error(k, f"不认识的比较 {op!r}", f"可用：eq（等于）ne（不等于）lt（小于）gt（大于）min（至少）max（至多）between（介于）{nearest(op, STATE_TESTS)}", on_key=True)
                return _BROKEN
            if op == "between":
                if not (isinstance(v, list) and len(v) == 2 and all(_number(x) for x in v) and v[0] <= v[1]):
                    self.error(k, "between 要写成 [较小值, 较大值]", "如 between: [3, 6]（含两端）")
                    return _BROKEN
                raise_low(v[0], False)
                lower_high(v[1], False)
                texts.append(f"{label}在 {_fmt(v[0])} 到 {_fmt(v[1])} 之间")
                continue
            if not _number(v):
                self.error(k, f"{op} 后面要写数字")
                return _BROKEN
            if op == "eq":
                raise_low(v, False)
                lower_high(v, False)
                texts.append(f"{label}等于 {_fmt(v)}")
            elif op == "ne":
                excluded = v
                texts.append(f"{label}不等于 {_fmt(v)}")
            elif op == "gt":
                raise_low(v, True)
                texts.append(f"{label}大于 {_fmt(v)}")
            elif op == "min":
                raise_low(v, False)
                texts.append(f"{label}至少为 {_fmt(v)}")
            elif op == "lt":
                lower_high(v, True)
                texts.append(f"{label}小于 {_fmt(v)}")
            else:
                lower_high(v, False)
                texts.append(f"{label}至多为 {_fmt(v)}")

        def inside(x: float) -> bool:
            if x < low or (x == low and low_open) or x > high or (x == high and high_open):
                return False
            return excluded is None or x != excluded

        # What the test means over the declared range [var.low, var.high].
        never = low > high or (low == high and (low_open or high_open)) or high < var.low or low > var.high or (high == var.low and high_open) or (low == var.high and low_open)
        if not never and excluded is not None and low == high == excluded:
            never = True
        always = (
            not never
            and (low < var.low or (low == var.low and not low_open))
            and (high > var.high or (high == var.high and not high_open))
            and (excluded is None or not (var.low <= excluded <= var.high))
        )
        if never:
            self.error(
                key,
                f"变量 {name} 的取值范围是 {_fmt(var.low)} 到 {_fmt(var.high)}，这个条件永远不成立",
                "检查比较的数字，或放宽 state: 里声明的范围",
                level="warning",
            )
            return Condition(test, lambda move: False, never=True, text="，".join(texts))
        text = "，".join(texts)
        return Condition(test, lambda move: inside(move.state[name]), always=always, text=text, observed=lambda move: f"当前{label}为 {_fmt(move.state[name])}")

    def form_visits(self, value, key):
        if _number(value):
            value = {"min": value}
        if not isinstance(value, dict) or not value:
            self.error(key, "visits 要写成 {min: 次数} 或 {node: 节点, min: 次数, max: 次数}", "如 visits: {min: 3} 表示第 3 次（及以后）来到这个节点")
            return _BROKEN
        target = value.get("node", self.ctx.node)
        unknown = set(value) - {"node", "min", "max"}
        for name in unknown:
            self.error(key + (name,), f"visits 下不认识 {name!r}", "可用：node、min、max", on_key=True)
        if not isinstance(target, str) or target not in self.ctx.nodes:
            self.error(key + ("node",), f"visits 引用了不存在的节点 {target!r}{nearest(target, self.ctx.nodes)}", "写 nodes 中某个节点的 id", subject=str(target))
            return _BROKEN
        low, high = value.get("min", 0), value.get("max")
        if not isinstance(low, int) or isinstance(low, bool) or low < 0 or (high is not None and (not isinstance(high, int) or isinstance(high, bool) or high < low)):
            self.error(key, "visits 的 min、max 必须是非负整数，且 min ≤ max")
            return _BROKEN
        if unknown:
            return _BROKEN
        here = target == self.ctx.node
        floor = 1 if here else 0  # the current visit is already counted
        never = high is not None and high < floor
        always = low <= floor and high is None
        place = "这个节点" if here else f"节点 {target}"
        if high is None:
            text = f"第 {low} 次（及以后）来到{place}" if here else f"到过{place}至少 {low} 次"
        elif low == high:
            text = f"第 {low} 次来到{place}" if here else f"到过{place}正好 {low} 次"
        else:
            text = f"第 {low} 到 {high} 次来到{place}" if here else f"到过{place} {low} 到 {high} 次"
        if never:
            self.error(key, f"当前节点至少已来过 1 次，visits 的 max 为 {high} 时这个条件永远不成立", "visits 计入当前这一次", level="warning")
            return Condition(value, lambda move: False, never=True, text=text)
        top = math.inf if high is None else high

        def observed(move) -> str:
            count = move.visits.get(target, 0)
            return f"这是第 {count} 次来到{place}" if here else f"到过{place} {count} 次"

        return Condition(value, lambda move: low <= move.visits.get(target, 0) <= top, always=always, text=text, observed=observed)

    def form_waited(self, value, key):
        if value is True:
            return Condition(value, lambda move: move.kind == "wait", text="选择等待（不说话）", observed=_move_observed)
        if value is False:
            return Condition(value, lambda move: move.kind != "wait", text="没有等待", observed=_move_observed)
        if _number(value):
            value = {"min": value}
        if not isinstance(value, dict) or not value or set(value) - {"min", "max"}:
            self.error(key, "waited 要写成 {min: 秒数, max: 秒数}，或 true", "如 waited: {min: 3, max: 5} 表示等待了 3 到 5 秒")
            return _BROKEN
        low, high = value.get("min", 0), value.get("max", math.inf)
        if not _number(low) or not (_number(high) or high == math.inf) or low < 0 or high < low:
            self.error(key, "waited 的 min、max 必须是非负秒数，且 min ≤ max")
            return _BROKEN
        if high == math.inf:
            text = f"等待了至少 {_fmt(low)} 秒"
        elif low == 0:
            text = f"等待了不到 {_fmt(high)} 秒"
        else:
            text = f"等待了 {_fmt(low)} 到 {_fmt(high)} 秒"
        return Condition(value, lambda move: move.kind == "wait" and low <= move.waited <= high, text=text, observed=_move_observed)

    def form_move(self, value, key):
        if value not in MOVES:
            self.error(key, "move 只能是 reply（回复）或 wait（等待）", f"{nearest(value, MOVES).lstrip('，')}")
            return _BROKEN
        return Condition(value, lambda move: move.kind == value, text="作出回复" if value == "reply" else "选择等待（不说话）", observed=_move_observed)


def _move_observed(move) -> str:
    return f"这一步沉默等待了 {_fmt(move.waited)} 秒" if move.kind == "wait" else "这一步是回复"


def _grade_observed(move) -> str:
    grade = move.grade
    if grade is None:
        return "这一步是沉默等待，没有评分"
    verdict = "合格" if grade.verdict == "pass" else "不合格"
    rules = "、".join(dict.fromkeys(v.rule for v in grade.violations))
    return f"得分 {_fmt(grade.score)}，{verdict}" + (f"，违反 {rules}" if rules else "，没有违规")


def _graded(spec, test: Callable[[Any], bool], text: str) -> Condition:
    """One test of a reply's grade; a wait has no grade, so it never holds."""
    return Condition(spec, lambda move: move.grade is not None and test(move.grade), text=text, observed=_grade_observed)


def _all(checks):
    if len(checks) == 1:
        return checks[0]
    checks = tuple(checks)
    return lambda move: all(c(move) for c in checks)


def _respec(condition: Condition, spec) -> Condition:
    """The same condition, written as ``spec``.  Built directly: dataclasses.replace
    took a twentieth of a library's validation time."""
    c = condition
    return Condition(spec, c.check, c.always, c.never, c.text, c.parts, c.joins, c.observed)


def _conjunction(spec, parts: list[Condition], joiner: str) -> Condition:
    if not parts:
        return Condition(spec, lambda move: True, always=True, text="任何情况")
    if len(parts) == 1:
        return parts[0]  # a part's own spec; compile_condition gives the whole its spec
    return Condition(
        spec,
        _all([p.check for p in parts]),
        always=all(p.always for p in parts),
        never=any(p.never for p in parts),
        text=joiner.join(p.text for p in parts if p.text),
        parts=tuple(parts),
        joins="all",
    )


_BROKEN = Condition(None, lambda move: False, never=False, text="（条件有误）")


def compile_condition(spec, ctx: Context, key: Key = ("when",)) -> tuple[Condition, list[Issue]]:
    compiler = _Compiler(ctx)
    condition = compiler.condition(spec, key)
    if condition.spec is not spec:  # a condition of one part: that part, written as the whole
        condition = _respec(condition, spec)
    if any(issue.level == "error" for issue in compiler.issues):
        # A condition written wrongly is reported as such; it must not also look like
        # a branch that can never (or always) be taken, which would only add noise.
        condition = Condition(spec, lambda move: False, text=condition.text)
    return condition, compiler.issues


def compile_effects(branch: Mapping, ctx: Context, key: Key) -> tuple[tuple[Effect, ...], list[Issue]]:
    """The ``set`` and ``add`` of a branch (a mapping), in that order."""
    issues: list[Issue] = []
    effects: list[Effect] = []
    for op in ("set", "add"):
        spec = branch.get(op)
        if spec is None:
            continue
        if not isinstance(spec, dict) or not spec:
            issues.append(Issue(key + (op,), f"{op} 后面要写“变量: 数字”", f"如 {op}: {{anger: 2}}"))
            continue
        for name, value in spec.items():
            k = key + (op, name)
            var = ctx.variables.get(name) if isinstance(name, str) else None
            if var is None:
                issues.append(
                    Issue(k, f"未声明的变量 {name!r}{nearest(name, ctx.variables)}", "先在文件顶部的 state: 里声明它（写明 min、max、start）", on_key=True, subject=str(name))
                )
                continue
            if not _number(value):
                issues.append(Issue(k, f"{op} 的 {name} 后面要写数字", "如 2、-1、0.5"))
                continue
            if op == "set" and not var.low <= value <= var.high:
                issues.append(
                    Issue(k, f"把 {name} 设为 {_fmt(value)} 超出了它的范围 {_fmt(var.low)} 到 {_fmt(var.high)}，会被截到范围内", "改用范围内的数值，或放宽 state: 里声明的范围", level="warning")
                )
            if op == "add" and value == 0:
                issues.append(Issue(k, f"给 {name} 加 0 没有任何作用", "删掉这一项，或写上要增减的数", level="warning"))
            effects.append(Effect(op, name, value, k))
    return tuple(effects), issues


def apply_effects(effects: Iterable[Effect], state: dict, variables: Mapping[str, Variable]) -> None:
    for effect in effects:
        var = variables[effect.variable]
        value = effect.value if effect.op == "set" else state[effect.variable] + effect.value
        state[effect.variable] = var.clamp(value)


def describe_effects(effects: Iterable[Effect], variables: Mapping[str, Variable]) -> str:
    parts = []
    for e in effects:
        label = variables[e.variable].label or e.variable if e.variable in variables else e.variable
        if e.op == "set":
            parts.append(f"{label}设为 {_fmt(e.value)}")
        else:
            parts.append(f"{label}{'+' if e.value >= 0 else '−'}{_fmt(abs(e.value))}")
    return "，".join(parts)
