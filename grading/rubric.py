"""The etiquette rubric: rules as data, interpreted here, never hard-coded.

``rules/rubric.yaml`` declares the categories, severities, deductions and the
session pass mark; every other ``rules/*.yaml`` file holds rules.  Each rule names
its source in the seed standards and carries good and bad example replies that the
test suite runs, like LanguageTool's correct/incorrect sentences.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .acts import Lexicon, default_lexicon
from .conditions import Check, ConditionError, compile_condition, necessary_acts
from .errors import DataError, DataFileError
from .situations import SITUATIONS
from .yamlio import compose_file, find_item_with_id, load_file, mapping_get, node_line

SEVERITIES = ("minor", "major", "critical")
_RULE_KEYS = {"id", "category", "severity", "situations", "when", "message", "suggestion", "suggestion_by_situation", "source", "examples", "deduction", "title", "silence", "veto"}


@dataclass(frozen=True)
class Example:
    reply: str
    situation: str
    customer: str = ""
    history: tuple[tuple[str, str], ...] = ()
    paused: float | None = None  # seconds of quiet before the reply, for the pause rules


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    category: str
    severity: str
    situations: frozenset[str] | None  # None: every situation
    check: Check
    message: str
    suggestion: str
    suggestion_by_situation: dict[str, str]
    source_document: str
    source_section: str
    deduction: int
    bad_examples: tuple[Example, ...]
    good_examples: tuple[Example, ...]
    path: str
    # A silence rule judges a turn where the agent says nothing (a wait while the
    # customer expects an answer); the other rules judge what the agent says.
    silence: bool = False
    veto: str = ""  # the 一票否决 offence a critical rule enforces (rubric.yaml vetoes)
    needs: frozenset[str] | None = None  # reply acts one of which it needs to hold (None: no such act)
    needs_customer: frozenset[str] | None = None  # ... and customer acts, in the customer's line

    @property
    def source(self) -> str:
        return f"{self.source_document}《{self.source_section}》"


@dataclass(frozen=True)
class Veto:
    """One offence the standards rank gravest (一票否决), with where they say so."""

    id: str
    offence: str
    source_document: str
    source_section: str


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    description: str = ""


@dataclass
class Rubric:
    version: str
    categories: dict[str, Category]
    deductions: dict[str, int]
    pass_mark: int
    rules: list[Rule]
    lexicon: Lexicon
    vetoes: dict[str, Veto] = field(default_factory=dict)
    _by_situation: dict[tuple[str, bool], list[Rule]] = field(default_factory=dict)
    _index: dict[tuple[str, bool], tuple] = field(default_factory=dict)

    def rules_for(self, situation: str, *, silence: bool = False) -> list["Rule"]:
        """The rules judging a reply in this situation; with ``silence``, the rules
        judging a turn where the agent says nothing."""
        found = self._by_situation.get((situation, silence))
        if found is None:
            found = [
                r for r in self.rules if (r.situations is None or situation in r.situations) and r.silence == silence
            ]
            self._by_situation[(situation, silence)] = found
        return found

    def rules_shown(self, situation: str, acts) -> list["Rule"]:
        """The rules a reply showing these acts could break, in rubric order: the
        rules that need one of the acts, and those that need none in particular."""
        index = self._index.get((situation, False))
        if index is None:
            always: list[tuple[int, Rule]] = []
            by_act: dict[str, list[tuple[int, Rule]]] = {}
            for position, rule in enumerate(self.rules_for(situation)):
                if rule.needs is None:
                    always.append((position, rule))
                else:
                    for act in rule.needs:
                        by_act.setdefault(act, []).append((position, rule))
            index = self._index[(situation, False)] = (always, by_act)
        always, by_act = index
        found = [entry for act in acts for entry in by_act.get(act, ())]
        if not found:
            return [rule for _, rule in always]
        found.extend(always)
        return [rule for _, rule in sorted(dict(found).items())]

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def default_rules_dir() -> Path:
    return Path(str(resources.files("grading").joinpath("rules")))


def _examples(raw, default_situation: str, where: str, problems: list[str]) -> tuple[Example, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        problems.append(f"{where} 必须是列表")
        return ()
    found = []
    for i, item in enumerate(raw):
        if isinstance(item, str):
            found.append(Example(item, default_situation))
            continue
        if not isinstance(item, dict) or not isinstance(item.get("reply"), str):
            problems.append(f"{where}[{i}] 需要 reply 字段（文本）")
            continue
        situation = item.get("situation", default_situation)
        if situation not in SITUATIONS:
            problems.append(f"{where}[{i}] 的情境 {situation!r} 未知")
            continue
        history = []
        for turn in item.get("history") or []:
            if isinstance(turn, dict) and turn.get("role") in ("agent", "customer") and isinstance(turn.get("text"), str):
                history.append((turn["role"], turn["text"]))
            else:
                problems.append(f"{where}[{i}].history 每一项要有 role（agent/customer）和 text")
        paused = item.get("paused")
        if paused is not None and (isinstance(paused, bool) or not isinstance(paused, (int, float)) or not 0 <= paused < 3600):
            problems.append(f"{where}[{i}].paused 是停顿的秒数（0 到 3600）")
            paused = None
        found.append(Example(item["reply"], situation, str(item.get("customer", "")), tuple(history), paused))
    return tuple(found)


def load_rubric(rules_dir: str | Path | None = None, lexicon: Lexicon | None = None) -> Rubric:
    rules_dir = Path(rules_dir) if rules_dir is not None else default_rules_dir()
    lexicon = lexicon or default_lexicon()
    known_acts = set(lexicon.acts)
    problems: list[DataError] = []
    meta_path = rules_dir / "rubric.yaml"
    meta = load_file(meta_path)
    if not isinstance(meta, dict):
        raise DataFileError([DataError(str(meta_path), 1, "rubric.yaml 应是一个映射", "需要 version、categories、severities、pass_mark")])
    categories = {
        c["id"]: Category(c["id"], c.get("label", c["id"]), c.get("description", ""))
        for c in meta.get("categories") or []
        if isinstance(c, dict) and "id" in c
    }
    deductions = meta.get("severities") or {}
    if set(deductions) != set(SEVERITIES) or not all(isinstance(v, int) and 1 <= v <= 100 for v in deductions.values()):
        problems.append(DataError(str(meta_path), None, "severities 必须为 minor、major、critical 各给出 1 到 100 的扣分"))
    pass_mark = meta.get("pass_mark", 80)
    vetoes: dict[str, Veto] = {}
    for item in meta.get("vetoes") or []:
        source = item.get("source") if isinstance(item, dict) else None
        if not (isinstance(item, dict) and isinstance(item.get("id"), str) and isinstance(item.get("offence"), str)
                and isinstance(source, dict) and source.get("document") and source.get("section")):
            problems.append(DataError(str(meta_path), None, "vetoes 的每一项需要 id、offence 和 source: {document, section}"))
            continue
        vetoes[item["id"]] = Veto(item["id"], item["offence"], str(source["document"]), str(source["section"]))

    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in sorted(rules_dir.glob("*.yaml")):
        if path.name == "rubric.yaml":
            continue
        data = load_file(path)
        entries = data.get("rules") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            problems.append(DataError(str(path), 1, "缺少顶层的 rules: 列表"))
            continue
        tree = None
        for index, entry in enumerate(entries):
            rule_id = entry.get("id") if isinstance(entry, dict) else None
            if not isinstance(rule_id, str) or not rule_id:
                problems.append(DataError(str(path), None, f"第 {index + 1} 条规则缺少 id", "每条规则都要有稳定的 id，如 opening.missing_greeting"))
                continue
            rule_problems: list[str] = []
            if rule_id in seen:
                rule_problems.append(f"规则 id 与 {seen[rule_id]} 中的重复")
            seen[rule_id] = path.name
            unknown = set(entry) - _RULE_KEYS
            if unknown:
                rule_problems.append(f"未知字段 {', '.join(sorted(unknown))}；可用字段：{', '.join(sorted(_RULE_KEYS))}")
            category = entry.get("category")
            if category not in categories:
                rule_problems.append(f"category {category!r} 未知，可用：{', '.join(categories)}")
            severity = entry.get("severity")
            if severity not in SEVERITIES:
                rule_problems.append(f"severity 必须是 {' / '.join(SEVERITIES)}")
            situations = entry.get("situations", "all")
            if situations == "all":
                situation_set = None
            elif isinstance(situations, list) and situations and all(s in SITUATIONS for s in situations):
                situation_set = frozenset(situations)
            else:
                situation_set = None
                rule_problems.append(f"situations 必须是 all 或情境列表，可用：{', '.join(SITUATIONS)}")
            check = None
            try:
                check = compile_condition(entry.get("when"), known_acts)
            except ConditionError as exc:
                rule_problems.append(str(exc))
            for key in ("message", "title"):
                if not isinstance(entry.get(key), str) or not entry.get(key).strip():
                    rule_problems.append(f"缺少 {key}（中文）")
            source = entry.get("source")
            if not isinstance(source, dict) or not source.get("document") or not source.get("section"):
                rule_problems.append("缺少 source: {document: 种子文件名, section: 章节标题}")
                source = {}
            # Examples without a situation take the rule's first listed situation
            # (general for rules that hold everywhere, or when listed).
            if not situation_set or "general" in situation_set:
                default_situation = "general"
            else:
                default_situation = situations[0]
            example_block = entry.get("examples") or {}
            if not isinstance(example_block, dict):
                rule_problems.append("examples 需要 bad 和 good 两个列表")
                example_block = {}
            bad = _examples(example_block.get("bad"), default_situation, "examples.bad", rule_problems)
            good = _examples(example_block.get("good"), default_situation, "examples.good", rule_problems)
            if not bad or not good:
                rule_problems.append("每条规则至少要有一个 bad 例句和一个 good 例句")
            by_situation = entry.get("suggestion_by_situation") or {}
            if not isinstance(by_situation, dict) or not all(k in SITUATIONS and isinstance(v, str) for k, v in by_situation.items()):
                rule_problems.append("suggestion_by_situation 应是“情境: 标准用语”的映射，情境须为已知情境")
                by_situation = {}
            deduction = entry.get("deduction", deductions.get(severity, 0) if isinstance(deductions, dict) else 0)
            if not isinstance(deduction, int) or not 1 <= deduction <= 100:
                rule_problems.append("deduction 必须是 1 到 100 的整数")
            silence = entry.get("silence", False)
            if not isinstance(silence, bool):
                rule_problems.append("silence 只能是 true 或 false")
            # critical means exactly 一票否决: the rule names the offence the standards rank so.
            veto = entry.get("veto", "")
            if severity == "critical" and veto not in vetoes:
                rule_problems.append(f"critical 规则要用 veto 写明它执行的一票否决项，可用：{', '.join(vetoes) or '（rubric.yaml 没有 vetoes）'}")
            elif veto and severity != "critical":
                rule_problems.append("只有 critical 规则才能写 veto")
            if rule_problems:
                tree = tree or compose_file(path)
                line = node_line(find_item_with_id(tree, rule_id, "rules"))
                problems.extend(DataError(str(path), line, p, key=rule_id) for p in rule_problems)
                continue
            rules.append(
                Rule(
                    id=rule_id,
                    title=entry["title"].strip(),
                    category=category,
                    severity=severity,
                    situations=situation_set,
                    check=check,
                    message=entry["message"].strip(),
                    suggestion=str(entry.get("suggestion") or "").strip(),
                    suggestion_by_situation={k: v.strip() for k, v in by_situation.items()},
                    source_document=str(source["document"]),
                    source_section=str(source["section"]),
                    deduction=deduction,
                    bad_examples=bad,
                    good_examples=good,
                    path=str(path),
                    silence=silence,
                    veto=veto or "",
                    needs=necessary_acts(entry.get("when")),
                    needs_customer=necessary_acts(entry.get("when"), customer=True),
                )
            )
    if problems:
        raise DataFileError(problems)
    return Rubric(str(meta.get("version", "0")), categories, dict(deductions), int(pass_mark), rules, lexicon, vetoes)


@lru_cache(maxsize=1)
def default_rubric() -> Rubric:
    return load_rubric()


__all__ = ["Rubric", "Rule", "Example", "Category", "load_rubric", "default_rubric", "SEVERITIES", "mapping_get"]
