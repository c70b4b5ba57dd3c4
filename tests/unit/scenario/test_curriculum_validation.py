"""``peilian validate`` checks a library folder's curriculum.yaml too: ids that are no
scenario (with the nearest one), a scenario listed twice, a scenario left out.

tests/fixtures/scenarios/curriculum/curriculum.yaml has one problem of each kind, its
line marked with ``# <- name``; the column is where the token starts on that line.
"""

from pathlib import Path

import pytest

from simulator.scenario import load_library, validate_paths
from simulator.scenario.curriculum import check_curriculum

from conftest import FIXTURES as TEST_FIXTURES

FIXTURES = TEST_FIXTURES / "scenarios"
LIBRARY = FIXTURES / "curriculum"
CURRICULUM = LIBRARY / "curriculum.yaml"

# marker -> (level, message, token whose column the problem points at)
EXPECTED = {
    "unknown": ("error", "课程中的场景 'greeting_basic' 不存在，是不是 greeting_basics（问候与开头语）？", "greeting_basic"),
    "twice": ("error", "场景 'closing_basics' 在课程中列了两次，第 1 个阶段（第一阶段：开头与结束）已经列过", "closing_basics"),
    "left_out": ("warning", "场景 'hold_basics'（查询等候）没有列入课程，按课程练习的学员练不到它", "stages"),
}


def _place(marker: str, token: str) -> tuple[int, int]:
    lines = CURRICULUM.read_text(encoding="utf-8").splitlines()
    [number] = [i for i, line in enumerate(lines, 1) if line.rstrip().endswith(f"# <- {marker}")]
    return number, lines[number - 1].index(token) + 1


@pytest.fixture(scope="module")
def report():
    return validate_paths([LIBRARY])


@pytest.mark.parametrize("marker", sorted(EXPECTED))
def test_each_curriculum_problem_is_reported_at_its_place(report, marker):
    level, message, token = EXPECTED[marker]
    found = [p for p in report.problems if p.message == message]
    assert found, f"no problem {message!r}; got:\n" + "\n".join(str(p) for p in report.problems)
    [problem] = found
    assert problem.level == level
    assert Path(problem.path) == CURRICULUM
    assert (problem.line, problem.column) == _place(marker, token), str(problem)
    assert problem.hint  # says what to do


def test_nothing_else_is_reported_and_the_scenarios_themselves_are_clean(report):
    assert len(report.problems) == len(EXPECTED), [str(p) for p in report.problems]
    assert report.curricula == [str(CURRICULUM)]
    assert len(report.files) == 4 and not report.broken - {str(CURRICULUM)}
    # The misspelt greeting_basic stands for greeting_basics: that one is not also "left out".
    assert not any("'greeting_basics'" in p.message for p in report.problems)


def test_a_curriculum_given_by_name_is_checked_against_its_folder():
    report = validate_paths([CURRICULUM])
    assert report.files == [] and report.curricula == [str(CURRICULUM)]
    assert sorted(p.message for p in report.problems) == sorted(message for _, message, _ in EXPECTED.values())


def test_a_single_scenario_file_does_not_bring_in_its_folders_curriculum():
    report = validate_paths([LIBRARY / "hold_basics.yaml"])
    assert report.curricula == [] and not report.problems


def test_the_bundled_library_and_its_curriculum_are_clean():
    report = validate_paths()
    assert len(report.curricula) == 1 and Path(report.curricula[0]).name == "curriculum.yaml"
    assert not report.problems, [str(p) for p in report.problems]


def test_loading_a_library_to_play_does_not_check_the_curriculum():
    # The app and the history read the curriculum forgivingly; its problems are validate's business.
    report = load_library([LIBRARY])
    assert report.curricula == [] and not report.problems
    assert set(report.scenarios) == {"greeting_basics", "closing_basics", "dialect_basics", "hold_basics"}


KNOWN = {"silent_caller_basic": "无声电话", "dialect_shanghai_switch": "讲上海话的阿姨"}


def _check(text: str, library=None):
    return check_curriculum(text, "curriculum.yaml", KNOWN, KNOWN if library is None else library)


def test_a_title_written_instead_of_the_id_suggests_the_id():
    [problem] = _check("stages:\n  - title: 一\n    scenarios: [无声电话, dialect_shanghai_switch]\n", library={})
    assert problem.message == "课程中的场景 '无声电话' 不存在，是不是 silent_caller_basic（无声电话）？"
    assert (problem.line, problem.column) == (3, 17)


def test_the_shape_of_the_file_is_checked():
    problems = _check(
        "title: 课程\n"
        "stage:\n"  # misspelt: and then there are no stages
        "  - {title: 一, scenarios: [silent_caller_basic]}\n"
    )
    messages = [(p.message, p.line, p.column) for p in problems]
    assert ("课程文件要有 stages：按练习顺序排列的各个阶段", 1, 1) in messages
    assert ("课程里不认识的字段 'stage'，是不是 stages？", 2, 1) in messages
    assert not any(p.level == "warning" for p in problems)  # nothing is "left out" of a curriculum that cannot be read

    problems = _check(
        "stages:\n"
        "  - goal: 没有标题\n"
        "    scenarios: [silent_caller_basic]\n"
        "  - title: 第二阶段\n"
        "    scenario: [dialect_shanghai_switch]\n"
        "  - 第三阶段\n"
    )
    messages = [(p.message, p.line, p.column) for p in problems]
    assert ("第 1 个阶段缺少 title", 2, 5) in messages
    assert ("第 2 个阶段里不认识的字段 'scenario'，是不是 scenarios？", 5, 5) in messages
    assert ("阶段“第二阶段”没有列出要练的场景", 4, 5) in messages
    assert ("第 3 个阶段要写成一组字段（title、goal、scenarios）", 6, 5) in messages


def test_the_same_scenario_twice_in_one_stage():
    [problem] = _check("stages:\n  - title: 一\n    scenarios: [silent_caller_basic, dialect_shanghai_switch, silent_caller_basic]\n")
    assert problem.message == "场景 'silent_caller_basic' 在课程中列了两次，本阶段已经列过"
    assert (problem.line, problem.column) == (3, 63)


def test_yaml_errors_are_located():
    [problem] = _check("stages:\n  - title: 一\n    scenarios: [silent_caller_basic\n")
    assert problem.level == "error" and problem.line is not None


def test_the_command_prints_file_line_column_and_the_fix(peilian):
    result = peilian("validate", str(LIBRARY))
    text = result.stdout.decode("utf-8")
    assert result.returncode == 2
    line, column = _place("unknown", "greeting_basic")
    assert f"curriculum.yaml:{line}:{column}: 错误：课程中的场景 'greeting_basic' 不存在，是不是 greeting_basics（问候与开头语）？" in text
    assert "怎么改：写场景文件里 id: 后面的标识" in text
    line, column = _place("left_out", "stages")
    assert f"curriculum.yaml:{line}:{column}: 警告：场景 'hold_basics'（查询等候）没有列入课程" in text
    assert "检查了 4 个场景文件和 1 个课程文件：2 个错误，1 个警告" in text


def test_the_command_on_the_bundled_library_mentions_the_curriculum(peilian):
    result = peilian("validate", "--strict", "scenarios")
    assert result.returncode == 0, result.stdout.decode("utf-8")
    assert "个场景文件和 1 个课程文件：全部通过" in result.stdout.decode("utf-8")
