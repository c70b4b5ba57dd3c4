"""Every validation error class, each with a broken fixture: the message, the file,
the line and the column.

Each fixture in tests/fixtures/scenarios/broken/ says what it expects on its first
line (``# expect: level | message | token``) and marks the offending line with
``# <-``; the column is where ``token`` starts on that line.  So the fixtures are
their own documentation, and moving a line cannot make a test lie.
"""

from pathlib import Path

import pytest

from simulator.scenario import validate_paths
from simulator.scenario.library import collect
from simulator.scenario.validate import validate_files

from conftest import FIXTURES as TEST_FIXTURES

FIXTURES = TEST_FIXTURES / "scenarios"
BROKEN = sorted((FIXTURES / "broken").glob("*.yaml"))


def _expectation(path: Path):
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0]
    assert header.startswith("# expect:"), f"{path.name} must start with '# expect: level | message | token'"
    level, message, token = (part.strip() for part in header[len("# expect:") :].split("|"))
    marked = [i for i, line in enumerate(lines, 1) if line.rstrip().endswith("# <-")]
    assert len(marked) == 1, f"{path.name} must mark exactly one line with '# <-'"
    line = marked[0]
    column = lines[line - 1].index(token) + 1
    return level, message, line, column


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_fixture_is_reported_at_its_place(path):
    level, message, line, column = _expectation(path)
    report = validate_paths([path])
    found = [p for p in report.problems if message in p.message]
    assert found, f"no problem mentioning {message!r}; got:\n" + "\n".join(str(p) for p in report.problems)
    problem = found[0]
    assert problem.level == level
    assert Path(problem.path) == path
    assert (problem.line, problem.column) == (line, column), str(problem)
    if level == "error":
        assert str(path) in report.broken
    else:
        assert not report.errors, [str(p) for p in report.errors]


def test_every_problem_has_a_location_and_most_say_what_to_do():
    report = validate_paths(BROKEN)
    assert len(report.files) == len(BROKEN)
    for problem in report.problems:
        assert problem.line is not None and problem.column is not None, str(problem)
    with_hint = [p for p in report.problems if p.hint]
    assert len(with_hint) >= 0.8 * len(report.problems)


def test_all_problems_of_a_file_are_reported_at_once(tmp_path):
    path = tmp_path / "many.yaml"
    path.write_text(
        "id: many\n"
        "title: 很多问题\n"
        "persona: {name: 王女士}\n"
        "nodes:\n"
        "  - id: start\n"
        "    situation: dialekt\n"
        "    customer: 你好。\n"
        "    branches:\n"
        "      - when: {acts: [greting], state: {angr: 1}}\n"
        "        to: nowhere\n"
        "endings:\n"
        "  - {id: done, outcome: resolved, good: true}\n",
        encoding="utf-8",
    )
    messages = [p.message for p in validate_paths([path]).errors]
    for fragment in ("未知的情境 'dialekt'", "未知的行为 'greting'", "未声明的变量 'angr'", "去向 'nowhere'", "没有 default"):
        assert any(fragment in m for m in messages), (fragment, messages)


def test_duplicate_scenario_ids_across_the_library():
    report = validate_paths([FIXTURES / "library_dupe"])
    (problem,) = report.errors
    assert "场景 id 'same_id' 与" in problem.message and "first.yaml" in problem.message
    assert Path(problem.path).name == "second.yaml"
    assert (problem.line, problem.column) == (1, 5)


def test_persona_from_the_library_file_and_nearest_name():
    report = validate_paths([FIXTURES / "personas_lib"])
    (problem,) = report.errors
    assert "未知的人物 'chen_ayii'，是不是 chen_ayi（陈阿姨）？" in problem.message
    assert Path(problem.path).name == "misspelled.yaml" and (problem.line, problem.column) == (3, 10)
    scenario = report.scenarios["uses_shared_persona"]
    assert scenario.persona.name == "陈阿姨" and scenario.personas["grandson"].name == "陈阿姨的孙子"


def test_problems_in_a_sibling_tests_file_point_into_that_file():
    report = validate_paths([FIXTURES / "tests_beside"])
    (problem,) = report.errors
    assert Path(problem.path).name == "greeting.tests.yaml"
    assert "'dnoe' 不是节点或结局，是不是 done？" in problem.message
    assert (problem.line, problem.column) == (8, 21)
    assert len(report.scenarios["tests_beside"].tests) == 2


def test_missing_path_is_an_error():
    report = validate_paths(["no/such/file.yaml"])
    assert report.errors and "找不到这个文件或文件夹" in report.errors[0].message


def test_the_bundled_library_is_clean_even_strictly():
    report = validate_paths()
    assert report.files, "the bundled library has no scenarios"
    assert not report.problems, "\n".join(str(p) for p in report.problems)
    assert {"silent_caller_basic", "dialect_shanghai_switch"} <= set(report.scenarios)


def test_validate_files_accepts_paths_from_collect():
    sources = collect([FIXTURES / "valid"])
    report = validate_files(sources.scenarios, sources.personas)
    assert not report.problems, [str(p) for p in report.problems]


def test_a_tests_file_or_personas_file_given_directly():
    report = validate_paths([FIXTURES / "tests_beside" / "greeting.tests.yaml"])
    assert [Path(f).name for f in report.files] == ["greeting.yaml"]
    report = validate_paths([FIXTURES / "personas_lib" / "personas.yaml"])
    assert report.files == [] and not report.problems
