"""Exam definitions: which calls, what it takes to pass, how long, how often.

An exam is a YAML file written by a proctor::

    id: cert_basic
    title: 话务礼仪初级认证
    version: 1
    pass_mark: 85                 # mean score over the calls
    min_per_category: 70          # or a mapping {service_norms: 70, attitude: 75}
    time_limit_per_call: 600      # seconds
    time_limit_total: 3600
    attempts: 2                   # attempts allowed per candidate
    seed: 2026                    # draws below are repeatable
    scenarios:
      - silent_caller_basic                           # a fixed call
      - {draw: 2, tags: [投诉], difficulty: {min: 2}}  # drawn from the library
      - {id: abusive_taxi_driver, bad_ending_fails: false}   # said explicitly, per call

A call that reaches a bad ending fails its part of the exam (the attempt does not
pass), whatever its turns scored, unless the exam says otherwise for that call.

Drawn calls are chosen with ``random.Random(seed)`` from the library sorted by
id, so every candidate sitting the same exam gets the same calls: fair and
repeatable.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from pathlib import Path

from grading import DataError, DataFileError
from grading.yamlio import compose_file, load_file, mapping_get, node_line

_KEYS = {"id", "title", "version", "description", "pass_mark", "min_per_category", "time_limit_per_call", "time_limit_total", "attempts", "seed", "scenarios"}


@dataclass(frozen=True)
class Draw:
    count: int
    tags: tuple[str, ...] = ()
    difficulty_min: int = 1
    difficulty_max: int = 5


@dataclass
class ExamDefinition:
    id: str
    title: str
    path: str
    version: str = "1"
    description: str = ""
    pass_mark: int = 80
    min_per_category: dict[str, int] = field(default_factory=dict)
    default_min_per_category: int | None = None
    time_limit_per_call: float | None = None
    time_limit_total: float | None = None
    attempts: int = 1
    seed: int = 0
    items: list[str | Draw] = field(default_factory=list)
    # Fixed calls whose bad ending the exam explicitly lets pass (bad_ending_fails: false).
    bad_ending_allowed: set[str] = field(default_factory=set)

    def category_minimum(self, category: str) -> int | None:
        return self.min_per_category.get(category, self.default_min_per_category)

    def plan(self, library: dict) -> list[str]:
        """The scenario ids of this exam, in order.  ``library``: id -> Scenario."""
        rng = random.Random(self.seed)
        chosen: list[str] = []
        for item in self.items:
            if isinstance(item, str):
                chosen.append(item)
                continue
            pool = [
                sid
                for sid, s in sorted(library.items())
                if sid not in chosen
                and item.difficulty_min <= s.difficulty <= item.difficulty_max
                and all(tag in s.tags for tag in item.tags)
            ]
            if len(pool) < item.count:
                raise DataFileError(
                    [DataError(self.path, None, f"题库中符合条件（标签 {list(item.tags)}，难度 {item.difficulty_min}-{item.difficulty_max}）的场景只有 {len(pool)} 个，不够抽取 {item.count} 个", "放宽条件或减少抽取数量")]
                )
            chosen.extend(rng.sample(pool, item.count))
        return chosen


def load_exam(path: str | Path, library: dict | None = None) -> ExamDefinition:
    """Read and check an exam file; every problem is reported with its line."""
    path = Path(path)
    data = load_file(path)
    tree = None

    def line(key: str) -> int | None:
        nonlocal tree
        tree = tree or compose_file(path)
        return node_line(mapping_get(tree, key))

    problems: list[DataError] = []

    def problem(key: str, message: str, hint: str = "") -> None:
        problems.append(DataError(str(path), line(key) if key else 1, message, hint))

    if not isinstance(data, dict):
        raise DataFileError([DataError(str(path), 1, "考试文件应是一个映射", "需要 id、title、scenarios 等字段")])
    unknown = set(data) - _KEYS
    if unknown:
        problem(sorted(unknown)[0], f"未知字段：{', '.join(sorted(unknown))}", f"可用字段：{', '.join(sorted(_KEYS))}")
    for key in ("id", "title"):
        if not isinstance(data.get(key), str) or not data.get(key):
            problem(key if key in data else "", f"缺少 {key}（文本）")

    def number(key: str, default, low=0, allow_none=True, high=None, whole=False):
        """A finite number in range: .nan, .inf or a 400-digit number would let nobody
        fail, give unlimited attempts or stop candidates drawing the same calls."""
        value = data.get(key, default)
        if value is None and allow_none:
            return None
        kind = "整数" if whole else "数字"
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or (isinstance(value, float) and (not math.isfinite(value) or whole))
            or value < low
            or (high is not None and value > high)
        ):
            problem(key, f"{key} 应是 {low} 到 {high} 之间的{kind}" if high is not None else f"{key} 应是不小于 {low} 的{kind}")
            return default
        return value

    exam = ExamDefinition(
        id=str(data.get("id", "")),
        title=str(data.get("title", "")),
        path=str(path),
        version=str(data.get("version", "1")),
        description=str(data.get("description", "")),
        pass_mark=number("pass_mark", 80, allow_none=False, high=100),
        time_limit_per_call=number("time_limit_per_call", None, low=1, high=24 * 3600),
        time_limit_total=number("time_limit_total", None, low=1, high=7 * 24 * 3600),
        attempts=number("attempts", 1, low=1, allow_none=False, high=100, whole=True),
        seed=number("seed", 0, allow_none=False, high=2**63 - 1, whole=True),
    )
    minimums = data.get("min_per_category")
    if isinstance(minimums, int) and not isinstance(minimums, bool):
        exam.default_min_per_category = minimums
    elif isinstance(minimums, dict):
        from grading import default_rubric

        categories = default_rubric().categories
        for category, value in minimums.items():
            if category not in categories:
                problem("min_per_category", f"min_per_category 中的类别 {category!r} 未知", f"可用：{', '.join(categories)}")
            elif not isinstance(value, int) or not 0 <= value <= 100:
                problem("min_per_category", f"{category} 的最低分应是 0 到 100 的整数")
            else:
                exam.min_per_category[category] = value
    elif minimums is not None:
        problem("min_per_category", "min_per_category 应是一个分数，或“类别: 分数”的映射")

    items = data.get("scenarios")
    if not isinstance(items, list) or not items:
        problem("scenarios" if "scenarios" in data else "", "scenarios 应是非空列表", "写场景 id，或 {draw: 数量, tags: [...], difficulty: {min: 1, max: 3}}")
        items = []
    for index, item in enumerate(items, 1):
        if isinstance(item, str):
            if library is not None and item not in library:
                from ..scenario.conditions import nearest

                problem("scenarios", f"第 {index} 个场景 {item!r} 不存在{nearest(item, library)}")
            exam.items.append(item)
        elif isinstance(item, dict) and "id" in item:
            scenario_id = item.get("id")
            unknown = set(item) - {"id", "bad_ending_fails"}
            fails = item.get("bad_ending_fails", True)
            if not isinstance(scenario_id, str) or unknown or not isinstance(fails, bool):
                problem("scenarios", f"第 {index} 项应写成 {{id: 场景id, bad_ending_fails: true 或 false}}")
                continue
            if library is not None and scenario_id not in library:
                from ..scenario.conditions import nearest

                problem("scenarios", f"第 {index} 个场景 {scenario_id!r} 不存在{nearest(scenario_id, library)}")
            exam.items.append(scenario_id)
            if not fails:
                exam.bad_ending_allowed.add(scenario_id)
        elif isinstance(item, dict) and isinstance(item.get("draw"), int) and item["draw"] >= 1:
            difficulty = item.get("difficulty") or {}
            tags = item.get("tags") or []
            bounds_ok = isinstance(difficulty, dict) and all(
                isinstance(difficulty.get(k, 1), int) and not isinstance(difficulty.get(k, 1), bool) and 1 <= difficulty.get(k, 1) <= 5
                for k in ("min", "max")
            )
            if not isinstance(tags, list) or not bounds_ok or item["draw"] > 1000:
                problem("scenarios", f"第 {index} 项：tags 应是列表，difficulty 应是 {{min: 1 到 5, max: 1 到 5}}，draw 不超过 1000")
                continue
            exam.items.append(Draw(item["draw"], tuple(str(t) for t in tags), int(difficulty.get("min", 1)), int(difficulty.get("max", 5))))
        else:
            problem("scenarios", f"第 {index} 项既不是场景 id，也不是 {{id: 场景id, ...}} 或 {{draw: 数量, ...}}")
    if problems:
        raise DataFileError(problems)
    if library is not None:
        exam.plan(library)  # an impossible draw is a problem of the file, found now
    return exam
