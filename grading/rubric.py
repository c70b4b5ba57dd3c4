"""The etiquette rubric: rules as data, interpreted here, never hard-coded.

``rules/rubric.yaml`` declares the categories, severities, deductions and the
session pass mark; every other ``rules/*.yaml`` file holds rules.  Each rule names
its source in the seed standards and carries good and bad example replies that the
test suite runs, like LanguageTool's correct/incorrect sentences.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .acts import Lexicon, default_lexicon
from .conditions import Check, ConditionError, compile_condition, expand_shared, necessary_acts, necessary_either
from .errors import DataError, DataFileError, did_you_mean
from .situations import SITUATIONS
from .yamlio import compose_file, find_item_with_id, load_file, mapping_get, node_line

SEVERITIES = ("minor", "major", "critical")
_RULE_KEYS = {"id", "category", "severity", "situations", "when", "message", "suggestion", "suggestion_by_situation", "source", "examples", "deduction", "title", "silence", "veto", "yields_to"}


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
    # Where neither says anything: (reply acts, customer acts), one of which either line must show.
    needs_either: tuple[frozenset[str], frozenset[str]] | None = None
    # Rules whose finding this one only restates: when one of them holds, this one is not shown.
    yields_to: frozenset[str] = frozenset()

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
    conditions: dict = field(default_factory=dict)  # shared conditions by name, as written
    _by_situation: dict[tuple[str, bool], list[Rule]] = field(default_factory=dict)
    _index: dict[tuple[str, bool], tuple] = field(default_factory=dict)
    # (situation, the acts some rule needs that a line shows) -> the rules shown: lines
    # share few such sets, and sorting the rules again for each costs a tenth of a grade.
    _shown: dict[tuple[str, frozenset[str]], list[Rule]] = field(default_factory=dict)

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
        rules that need one of the acts, and those that need none in particular.  Lines
        that show the same acts share one list: read it, do not change it."""
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
            index = self._index[(situation, False)] = (always, by_act, frozenset(by_act))
        always, by_act, needed = index
        key = (situation, needed.intersection(acts))
        shown = self._shown.get(key)
        if shown is None:
            found = [entry for act in key[1] for entry in by_act[act]]
            found.extend(always)
            shown = [rule for _, rule in sorted(dict(found).items())]
            if len(self._shown) < 4096:
                self._shown[key] = shown
        return shown

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


def _read_rule_files(paths, categories, deductions, vetoes, known_acts, problems: list, seen: dict, asked=frozenset(), shared=None) -> list[Rule]:
    """The rules of these files (the built-in syntax); problems are added to ``problems``."""
    rules: list[Rule] = []
    for path in paths:
        data = load_file(path)
        entries = data.get("rules") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            problems.append(DataError(str(path), 1, "缺少顶层的 rules: 列表"))
            continue
        rules += _read_rules(entries, path, "rules", categories, deductions, vetoes, known_acts, problems, seen, asked, shared)
    return rules


def _read_rules(entries: list, path: Path, list_key: str, categories, deductions, vetoes, known_acts, problems: list, seen: dict, asked=frozenset(), shared=None) -> list[Rule]:
    """Rules written in the built-in syntax, found in ``path`` under ``list_key`` (where a
    problem's line is looked up): a rules file's ``rules:``, a centre's ``forbidden:``.
    ``asked``: the acts a learned model finds only when a condition asks (Lexicon.asked);
    ``shared``: the rubric's shared conditions, by name."""
    rules: list[Rule] = []
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
        check = when = None
        try:
            when = expand_shared(entry.get("when"), shared or {})
            check = compile_condition(when, known_acts, asked=asked)
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
        yields_to = entry.get("yields_to", [])
        if not isinstance(yields_to, list) or not all(isinstance(r, str) and r for r in yields_to):
            rule_problems.append("yields_to 要写成规则 id 的列表，如 [critical.private_info_leak]")
            yields_to = []
        if rule_problems:
            tree = tree or compose_file(path)
            line = node_line(find_item_with_id(tree, rule_id, list_key))
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
                yields_to=frozenset(yields_to),
                needs=(needs := necessary_acts(when, asked=asked)),
                needs_customer=(needs_customer := necessary_acts(when, customer=True)),
                needs_either=necessary_either(when, asked) if needs is None and needs_customer is None else None,
            )
        )
    return rules


def _check_yields(rules: list[Rule], problems: list, also_known=(), list_key: str = "rules") -> None:
    """A rule may yield only to rules the rubric has (``also_known``: the built-in ones
    beside a centre's own)."""
    known = {rule.id for rule in rules} | set(also_known)
    for rule in rules:
        unknown = sorted(rule.yields_to - known)
        if unknown:
            key = list_key if Path(rule.path).name == "rubric.yaml" else "rules"
            line = node_line(find_item_with_id(compose_file(Path(rule.path)), rule.id, key))
            problems.append(DataError(rule.path, line, f"yields_to 里的规则 {', '.join(unknown)} 不存在", key=rule.id))


def load_rubric(rules_dir: str | Path | None = None, lexicon: Lexicon | None = None) -> Rubric:
    rules_dir = Path(rules_dir) if rules_dir is not None else default_rules_dir()
    lexicon = lexicon or default_lexicon()
    known_acts = set(lexicon.acts)
    problems: list[DataError] = []
    meta_path = rules_dir / "rubric.yaml"
    meta = load_file(meta_path)
    if isinstance(meta, dict) and "extends" in meta:
        return _load_overlay(rules_dir, meta)
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

    shared = meta.get("conditions") or {}
    if not isinstance(shared, dict) or not all(isinstance(k, str) for k in shared):
        problems.append(DataError(str(meta_path), None, "conditions 是“名字: 条件”的映射，规则用 {condition: 名字} 引用"))
        shared = {}
    for name in shared:
        try:
            compile_condition(expand_shared(shared[name], shared, f"conditions.{name}"), known_acts, f"conditions.{name}", lexicon.asked)
        except ConditionError as exc:
            problems.append(DataError(str(meta_path), node_line(mapping_get(mapping_get(compose_file(meta_path), "conditions"), name)), str(exc), key=name))
    rules = _read_rule_files(
        [p for p in sorted(rules_dir.glob("*.yaml")) if p.name != "rubric.yaml"], categories, deductions, vetoes, known_acts, problems, {}, lexicon.asked, shared
    )
    _check_yields(rules, problems)
    if problems:
        raise DataFileError(problems)
    return Rubric(str(meta.get("version", "0")), categories, dict(deductions), int(pass_mark), rules, lexicon, vetoes, shared)


# A centre's rubric on top of the built-in one (``extends: builtin``): what its rubric.yaml may say.
OVERLAY_KEYS = ("extends", "name", "pass_mark", "disable", "severity", "forbidden")
_FORBIDDEN_KEYS = {"id", "phrases", "except", "severity", "category", "title", "message", "suggestion", "examples", "veto", "situations", "source"}


def _load_overlay(rules_dir: Path, meta: dict) -> Rubric:
    """The built-in rubric with a centre's changes: its pass mark, rules switched off,
    severities changed, its own forbidden wording (each a rule) and whole rules in the
    other ``*.yaml`` files of the folder.  Every problem has its file and line."""
    import hashlib

    from .acts import Act

    meta_path = rules_dir / "rubric.yaml"
    tree = compose_file(meta_path)
    problems: list[DataError] = []

    def where(*key) -> int | None:
        node = tree
        for part in key:
            node = mapping_get(node, part) if isinstance(part, str) else _item(node, part)
        return node_line(node)

    if meta.get("extends") != "builtin":
        problems.append(DataError(str(meta_path), where("extends"), f"extends 只能写 builtin（在内置规则之上修改），不是 {meta.get('extends')!r}"))
    for key in sorted(set(meta) - set(OVERLAY_KEYS), key=str):
        problems.append(DataError(str(meta_path), where(key), f"未知字段 {key!r}", "可用字段：" + "、".join(OVERLAY_KEYS)))
    base = load_rubric(default_rules_dir())
    by_id = {r.id: r for r in base.rules}
    pass_mark = meta.get("pass_mark", base.pass_mark)
    if isinstance(pass_mark, bool) or not isinstance(pass_mark, int) or not 0 <= pass_mark <= 100:
        problems.append(DataError(str(meta_path), where("pass_mark"), "pass_mark 是 0 到 100 的整数"))
        pass_mark = base.pass_mark

    def known_rule(rule_id, key) -> bool:
        if isinstance(rule_id, str) and rule_id in by_id:
            return True
        problems.append(DataError(str(meta_path), where(*key), f"没有 id 为 {rule_id!r} 的内置规则" + did_you_mean(rule_id, by_id), key=str(rule_id)))
        return False

    disabled = meta.get("disable") or []
    if not isinstance(disabled, list):
        problems.append(DataError(str(meta_path), where("disable"), "disable 是规则 id 的列表，如 disable: [service.informal_you]"))
        disabled = []
    off = {rule_id for i, rule_id in enumerate(disabled) if known_rule(rule_id, ("disable", i))}
    changes: dict[str, tuple[str, str]] = {}  # rule id -> (severity, veto)
    severity = meta.get("severity") or {}
    if not isinstance(severity, dict):
        problems.append(DataError(str(meta_path), where("severity"), "severity 是“规则 id: minor / major / critical”的映射"))
        severity = {}
    for rule_id, value in severity.items():
        if not known_rule(rule_id, ("severity", rule_id)):
            continue
        level, veto = (value.get("severity"), value.get("veto", by_id[rule_id].veto)) if isinstance(value, dict) else (value, by_id[rule_id].veto)
        if level not in SEVERITIES:
            problems.append(DataError(str(meta_path), where("severity", rule_id), f"{rule_id} 的严重程度要写 minor、major 或 critical", key=rule_id))
        elif level == "critical" and veto not in base.vetoes:
            problems.append(
                DataError(str(meta_path), where("severity", rule_id), f"{rule_id} 改为 critical 要写明一票否决项：{{severity: critical, veto: …}}，可用：{'、'.join(base.vetoes)}", key=rule_id)
            )
        else:
            changes[rule_id] = (level, veto if level == "critical" else "")
    # The centre's forbidden wording: each item an act of its own (its phrases) and a rule.
    new_acts, entries = [], []
    forbidden = meta.get("forbidden") or []
    if not isinstance(forbidden, list):
        problems.append(DataError(str(meta_path), where("forbidden"), "forbidden 是一个列表，每项一条本中心的禁用语规则"))
        forbidden = []
    for i, item in enumerate(forbidden):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            problems.append(DataError(str(meta_path), where("forbidden", i), "forbidden 的每一项要有 id、phrases、severity、category、message、examples"))
            continue
        for key in sorted(set(item) - _FORBIDDEN_KEYS):
            problems.append(DataError(str(meta_path), where("forbidden", i, key), f"未知字段 {key!r}", "可用字段：" + "、".join(sorted(_FORBIDDEN_KEYS)), key=item["id"]))
        phrases = item.get("phrases")
        if not isinstance(phrases, list) or not phrases or not all(isinstance(p, str) and p.strip() for p in phrases):
            problems.append(DataError(str(meta_path), where("forbidden", i, "phrases"), "phrases 是禁用的说法列表，如 phrases: [亲]", key=item["id"]))
            continue
        if item["id"] in by_id or item["id"] in base.lexicon.acts:
            problems.append(DataError(str(meta_path), where("forbidden", i, "id"), f"id {item['id']!r} 已被内置规则或行为使用，请换一个（如 centre.开头）", key=item["id"]))
            continue
        # Longer wording that holds a forbidden phrase and is fine (非保本 beside 保本).
        allowed = item.get("except", [])
        if not isinstance(allowed, list) or not all(isinstance(p, str) and p.strip() for p in allowed):
            problems.append(DataError(str(meta_path), where("forbidden", i, "except"), "except 是不算违规的说法列表（含禁用语但意思相反或无关），如 except: [非保本]", key=item["id"]))
            continue
        # A single character is forbidden where it stands as a word: 亲 as a form of
        # address, not inside 母亲.
        wording = [p.strip() for p in phrases]
        new_acts.append(
            Act(
                item["id"],
                str(item.get("title") or item["id"]),
                role="agent",
                phrases=tuple(p for p in wording if len(p) > 1),
                words=tuple(p for p in wording if len(p) == 1),
                exceptions=tuple(p.strip() for p in allowed),
                outside_quotes=True,
            )
        )
        entry = {k: v for k, v in item.items() if k not in ("phrases", "except")}
        entry.setdefault("title", str(item.get("message") or item["id"])[:20])
        entry.setdefault("situations", "all")
        entry.setdefault("source", {"document": str(meta_path.name), "section": f"{meta.get('name') or rules_dir.name} 本中心规定"})
        entry["when"] = {"act": item["id"]}
        entries.append(entry)
    lexicon = Lexicon(list(base.lexicon.acts.values()) + new_acts) if new_acts else base.lexicon
    known_acts = set(lexicon.acts)
    seen = {r.id: "内置规则" for r in base.rules}
    centre_rules = _read_rules(entries, meta_path, "forbidden", base.categories, base.deductions, base.vetoes, known_acts, problems, seen, lexicon.asked)
    extra_files = [p for p in sorted(rules_dir.glob("*.yaml")) if p.name != "rubric.yaml"]
    centre_rules += _read_rule_files(extra_files, base.categories, base.deductions, base.vetoes, known_acts, problems, seen, lexicon.asked, base.conditions)
    _check_yields(centre_rules, problems, also_known=seen, list_key="forbidden")
    if problems:
        raise DataFileError(problems)
    rules = []
    for rule in base.rules:
        if rule.id in off:
            continue
        if rule.id in changes:
            level, veto = changes[rule.id]
            rule = replace(rule, severity=level, veto=veto, deduction=base.deductions[level])
        rules.append(rule)
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in [meta_path, *extra_files])).hexdigest()[:12]
    version = f"{base.version}+{meta.get('name') or rules_dir.name}.{digest}"
    return Rubric(version, base.categories, dict(base.deductions), int(pass_mark), rules + centre_rules, lexicon, base.vetoes, base.conditions)


def _item(node, index: int):
    import yaml

    if isinstance(node, yaml.SequenceNode) and 0 <= index < len(node.value):
        return node.value[index]
    return None


@lru_cache(maxsize=1)
def default_rubric() -> Rubric:
    return load_rubric(_chosen_rules_dir)


_chosen_rules_dir: Path | None = None


def choose_rules_dir(rules_dir: str | Path | None) -> None:
    """Make ``rules_dir`` (or None: the built-in rules) what ``default_rubric`` loads
    (``grader.use_rubric`` calls it, and forgets the grader built on the old one)."""
    global _chosen_rules_dir
    _chosen_rules_dir = Path(rules_dir) if rules_dir is not None else None
    default_rubric.cache_clear()


__all__ = ["Rubric", "Rule", "Example", "Category", "load_rubric", "default_rubric", "SEVERITIES", "mapping_get"]
