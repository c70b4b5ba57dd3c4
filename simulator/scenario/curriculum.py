"""An onboarding curriculum (``curriculum.yaml``): reading it, and checking it against the library it orders.

The file sits in a library folder beside the scenarios (``scenarios/curriculum.yaml``
is the bundled one; ``library.load_curriculum`` finds it and :func:`read_curriculum` reads
it for the picker and the practice history)::

    title: 新员工入职训练
    description: …
    stages:
      - title: 第一阶段：开头语与结束语
        goal: …
        scenarios: [silent_caller_basic, wrong_number_clinic]

The reader there is forgiving (a broken curriculum only loses its order), so this is
where mistakes are caught, each with file, line and column like every other problem
``peilian validate`` reports.

Errors: not YAML or not this shape, unknown fields (with the nearest name), a stage
without a title or scenarios, an id that is no scenario of the library (with the
nearest id, also found by the scenario's title), a scenario listed twice.
Warning: a scenario of the curriculum's own folder that it leaves out.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import get_close_matches
from typing import Mapping

from grading.errors import DataError, DataFileError

from .files import CURRICULUM_FILE

from .conditions import Issue, nearest
from .loader import Locator, parse, to_data_errors

TOP_KEYS = ("title", "description", "stages")
STAGE_KEYS = ("title", "goal", "scenarios")


@dataclass(frozen=True)
class Stage:
    title: str
    goal: str
    scenarios: tuple[str, ...]


@dataclass(frozen=True)
class Curriculum:
    title: str
    stages: tuple[Stage, ...]


def read_curriculum(text: str) -> Curriculum | None:
    """The stages of a ``curriculum.yaml`` text, forgivingly: None when it is not a
    curriculum at all (``check_curriculum`` is where mistakes are reported).

    Raises ``DataFileError`` when the text is not YAML.
    """
    data, _ = parse(text, CURRICULUM_FILE)  # wrapped Chinese lines join without a space
    if not isinstance(data, dict) or not isinstance(data.get("stages"), list):
        return None
    stages = []
    for raw in data["stages"]:
        if not isinstance(raw, dict):
            continue
        ids = raw.get("scenarios") or []
        stages.append(
            Stage(str(raw.get("title") or ""), str(raw.get("goal") or ""), tuple(str(i) for i in ids if isinstance(i, (str, int))))
        )
    return Curriculum(str(data.get("title") or ""), tuple(stages))


def check_curriculum(text: str, path: str, known: Mapping[str, str], library: Mapping[str, str]) -> list[DataError]:
    """Every problem of one curriculum file.

    ``known``: every scenario id the curriculum may name -> its title (the scenarios
    being validated); ``library``: the scenarios of the curriculum's own folder, id ->
    title in file order, each of which it should list.
    """
    try:
        data, root = parse(text, path)
    except DataFileError as exc:
        return list(exc.problems)
    issues: list[Issue] = []

    def error(key, message, hint="", *, on_key=False, level="error", subject=""):
        issues.append(Issue(tuple(key), message, hint, level, on_key, subject))

    if not isinstance(data, dict) or not isinstance(data.get("stages"), list) or not data.get("stages"):
        where = ("stages",) if isinstance(data, dict) and "stages" in data else ()
        error(
            where,
            "课程文件要有 stages：按练习顺序排列的各个阶段",
            "如 stages: [{title: 第一阶段：开头语与结束语, goal: …, scenarios: [silent_caller_basic]}]",
        )
        if not isinstance(data, dict):
            return to_data_errors(issues, path, Locator(text, root))
    for name in data:
        if name not in TOP_KEYS:
            error((name,), f"课程里不认识的字段 {name!r}{nearest(name, TOP_KEYS)}", f"可用的字段：{', '.join(TOP_KEYS)}", on_key=True)
    for name in ("title", "description"):
        if name in data and not _is_text(data[name]):
            error((name,), f"{name} 应是一段文字", "含冒号等特殊符号的文字请加引号")

    stages = data.get("stages") if isinstance(data.get("stages"), list) else []
    listed: dict[str, tuple[int, str]] = {}  # scenario id -> (stage number, stage title) where first listed
    misspelt: set[str] = set()  # the ids an unknown entry was probably meant to be
    complete = bool(stages)  # every stage's list could be read: then what is left out can be told
    for i, stage in enumerate(stages):
        key = ("stages", i)
        number = i + 1
        if not isinstance(stage, dict):
            error(key, f"第 {number} 个阶段要写成一组字段（title、goal、scenarios）", "如 {title: 第一阶段：开头语与结束语, goal: …, scenarios: [silent_caller_basic]}")
            complete = False
            continue
        for name in stage:
            if name not in STAGE_KEYS:
                error(key + (name,), f"第 {number} 个阶段里不认识的字段 {name!r}{nearest(name, STAGE_KEYS)}", f"可用的字段：{', '.join(STAGE_KEYS)}", on_key=True)
        title = stage.get("title")
        if title is None or (isinstance(title, str) and not title.strip()):
            error(key, f"第 {number} 个阶段缺少 title", "加上一行 title: …，学员在课程列表里看到的就是这个阶段名称")
            title = ""
        elif not _is_text(title):
            error(key + ("title",), "title 应是一段文字", "含冒号等特殊符号的文字请加引号")
            title = ""
        if "goal" in stage and not _is_text(stage["goal"]):
            error(key + ("goal",), "goal 应是一段文字", "含冒号等特殊符号的文字请加引号")
        name = f"阶段“{str(title).strip()}”" if title else f"第 {number} 个阶段"
        ids = stage.get("scenarios")
        if ids is None or ids == []:
            error(key + ("scenarios",) if "scenarios" in stage else key, f"{name}没有列出要练的场景", "加上 scenarios: [场景 id, …]，按练习顺序排列")
            continue
        if not isinstance(ids, list):
            error(key + ("scenarios",), "scenarios 应是场景 id 的列表", "如 scenarios: [silent_caller_basic, wrong_number_clinic]")
            complete = False
            continue
        for j, raw in enumerate(ids):
            item_key = key + ("scenarios", j)
            if isinstance(raw, bool) or not isinstance(raw, (str, int)):
                error(item_key, "scenarios 中的每一项应是一个场景 id", "写场景文件里 id: 后面的标识，如 silent_caller_basic")
                complete = False
                continue
            scenario_id = str(raw)
            if scenario_id not in known:
                misspelt.update(_closest(scenario_id, known))
                error(
                    item_key,
                    f"课程中的场景 {scenario_id!r} 不存在{nearest(scenario_id, known, known)}",
                    "写场景文件里 id: 后面的标识（不是文件名，也不是标题）",
                    subject=scenario_id,
                )
                continue
            if scenario_id in listed:
                first_number, first_title = listed[scenario_id]
                where = "本阶段" if first_number == number else f"第 {first_number} 个阶段" + (f"（{first_title}）" if first_title else "")
                error(
                    item_key,
                    f"场景 {scenario_id!r} 在课程中列了两次，{where}已经列过",
                    "每个场景只列一次：删掉多余的一处（学员只会在第一次出现的阶段里看到它）",
                    subject=scenario_id,
                )
                continue
            listed[scenario_id] = (number, str(title).strip())

    if complete:
        for scenario_id, title in library.items():
            if scenario_id not in listed and scenario_id not in misspelt:
                label = f"（{title}）" if title else ""
                error(
                    ("stages",),
                    f"场景 {scenario_id!r}{label}没有列入课程，按课程练习的学员练不到它",
                    "把它的 id 加到合适阶段的 scenarios 里",
                    on_key=True,
                    level="warning",
                    subject=scenario_id,
                )
    return to_data_errors(issues, path, Locator(text, root))


def _closest(name: str, known: Mapping[str, str]) -> list[str]:
    """The id ``nearest`` would suggest for ``name`` (by title too), if any."""
    by_title = [k for k, title in known.items() if title == name]
    return by_title[:1] or get_close_matches(name, list(known), n=1, cutoff=0.6) or get_close_matches(name.lower(), list(known), n=1, cutoff=0.5)


def _is_text(value) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def library_entries(files, validated: Mapping[str, object]) -> dict[str, str]:
    """Scenario id -> title for the scenario files of a curriculum's folder, in file order.

    ``validated``: path -> loaded scenario for the files already read; any other file
    (one that did not load) is read just for its ``id`` and ``title``.
    """
    found: dict[str, str] = {}
    for entry in files:
        scenario = validated.get(str(entry))
        if scenario is not None:
            if scenario.id:
                found.setdefault(scenario.id, scenario.title)
            continue
        scenario_id, title = _id_and_title(entry)
        if scenario_id:
            found.setdefault(scenario_id, title)
    return found


def _id_and_title(entry) -> tuple[str, str]:
    try:
        text = entry.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return "", ""
    try:
        data, _ = parse(text, str(entry))
    except DataFileError:
        data = None
    if isinstance(data, dict) and isinstance(data.get("id"), (str, int)) and not isinstance(data.get("id"), bool):
        title = data.get("title")
        return str(data["id"]), str(title).strip() if _is_text(title) else ""
    # Not even YAML: the ``id:`` line, as the library's id lookup reads it.
    for line in text.splitlines():
        if line.startswith("id:"):
            return line[3:].split("#", 1)[0].strip().strip("'\""), ""
    return "", ""
