"""Author mode, headless: why each branch was or was not taken, playing from any
node, and reloading an edited file (the author screen drives the same bench)."""

from __future__ import annotations

import shutil

import pytest

from simulator.authoring.bench import AuthorBench
from simulator.engine.clock import ManualClock
from simulator.scenario import load_library, load_scenario
from simulator.authoring.runner import run_test
from simulator.scenario.trace import FAILED, NOT_REACHED, SHADOWED, TAKEN
from simulator.engine.session import CallSession, SessionError

from conftest import FIXTURES as TEST_FIXTURES

FIXTURES = TEST_FIXTURES / "tui"

# A small file of our own, so the tests can edit it as an author would.
WARNINGS = """\
id: author_warnings
title: 作者模式测试：警示
version: 1
persona: {id: mr_qian, name: 钱先生}
state:
  anger: {label: 火气, min: 0, max: 10, start: 6}
  warnings: {label: 警示次数, min: 0, max: 3, start: 0}
nodes:
  - id: shouting
    situation: abusive
    customer: 你们全是废物！
    branches:
      - note: 火气太大时，道歉也压不下去
        when: {acts: [apology], state: {anger: {min: 9}}}
        to: complained
      - note: 道歉安抚
        when: {acts: [apology, soothe]}
        to: calmer
        add: {anger: -3}
      - note: 警示
        when: {acts: [warning_first]}
        to: warned
        add: {warnings: 1}
    default:
      to: shouting
      add: {anger: 2}
  - id: warned
    situation: abusive
    customer: 我就骂了，怎么样？
    branches:
      - when: {acts: [apology, soothe]}
        to: calmer
    default: complained
  - id: calmer
    situation: complaint
    customer: 那你说怎么办？
    branches:
      - when: {acts: [time_commitment, commit_action]}
        to: resolved
    default: complained
endings:
  - id: resolved
    outcome: resolved
    good: true
  - id: complained
    outcome: complaint
    good: false
    customer: 我要投诉你！
tests:
  - name: 道歉安抚后承诺处理
    script:
      - 非常抱歉给您带来不便，请您别着急。
      - 我马上为您登记，今天下午五点前给您回电。
    expect: {ending: resolved}
"""

APOLOGY = "非常抱歉给您带来不便，请您别着急。"


@pytest.fixture
def scenario_file(tmp_path):
    path = tmp_path / "warnings.yaml"
    path.write_text(WARNINGS, encoding="utf-8")
    return path


@pytest.fixture
def bench(scenario_file):
    bench = AuthorBench(scenario_file)
    assert bench.load() == []
    yield bench
    bench.close()


def _leaves(trace):
    if not trace.parts:
        return [trace]
    return [leaf for part in trace.parts for leaf in _leaves(part)]


# -- the trace agrees with the engine -------------------------------------------


def test_every_bundled_scenario_test_is_explained_by_the_branch_it_took():
    """On every step of every bundled scenario test, exactly one branch is marked
    taken, and it is the one the engine took; those above it did not hold."""
    library = load_library()
    steps = 0
    for scenario in library.scenarios.values():
        for test in scenario.tests:
            outcome = run_test(scenario, test)
            assert outcome.passed, (scenario.id, test.name, outcome.failures, outcome.error)
            for result in outcome.session.turns:
                taken = [t for t in result.trace if t.status == TAKEN]
                assert [t.branch.id for t in taken] == [result.branch_id], (scenario.id, test.name, result.index)
                before = result.trace[: [t.branch.id for t in result.trace].index(result.branch_id)]
                assert all(t.status == FAILED and not t.condition.held for t in before)
                steps += 1
    assert steps > 100


def test_an_untraced_session_carries_no_trace():
    scenario = load_scenario(FIXTURES / "abusive_caller.yaml")
    with CallSession(scenario, clock=ManualClock()) as session:
        session.start()
        assert session.reply("对不起，让您久等了。").trace is None


# -- what the author reads ------------------------------------------------------


def test_each_part_of_a_condition_says_what_the_reply_had(bench):
    bench.start()
    result = bench.play(APOLOGY)[-1]
    assert result.node_to == "calmer"
    first, second, third, default = result.trace
    # Branch 1 wants an apology AND anger of at least 9: the apology was there, the anger was not.
    assert first.status == FAILED
    apology, anger = first.condition.parts
    assert apology.held and apology.observed == "这句回复里有"
    assert not anger.held and anger.observed == "当前火气为 6"
    assert first.condition.joins == "all"
    assert second.status == TAKEN and second.effects == "火气−3"
    assert second.condition.observed.startswith("其中有：")
    assert third.status == FAILED
    assert default.status == NOT_REACHED and default.condition is None


def test_a_later_branch_that_also_held_is_marked_as_too_late(bench):
    bench.start(state={"anger": 9})
    result = bench.play(APOLOGY)[-1]
    statuses = [t.status for t in result.trace]
    assert statuses == [TAKEN, SHADOWED, FAILED, NOT_REACHED]
    assert result.node_to == "complained" and result.ended


def test_a_wait_is_explained_as_a_wait(bench):
    bench.start()
    result = bench.play("[等待 4 秒]")[-1]
    assert result.kind == "wait" and result.waited_seconds == 4
    assert result.trace[-1].status == TAKEN  # the default: shouting again
    leaves = [leaf for t in result.trace[:-1] for leaf in _leaves(t.condition)]
    assert all(not leaf.held for leaf in leaves)
    assert any(leaf.observed == "这一步是沉默等待，没有说话" for leaf in leaves)


def test_grade_conditions_say_the_score(tmp_path):
    bench = AuthorBench(FIXTURES / "abusive_caller.yaml")
    assert bench.load() == []
    bench.start()
    result = bench.play("你有病吧！")[-1]
    critical = result.trace[0]
    assert critical.status == TAKEN
    assert "一票否决" in critical.condition.text
    assert critical.condition.observed.startswith("得分 ") and "违反" in critical.condition.observed


# -- playing from any node, with variables set ----------------------------------


def test_play_from_any_node_with_variables_set(bench):
    line = bench.start("warned", state={"warnings": 1})
    assert line.node_id == "warned" and line.text == "我就骂了，怎么样？"
    assert bench.session.state["warnings"] == 1
    result = bench.play(APOLOGY)[-1]
    assert result.node_from == "warned" and result.node_to == "calmer"


def test_starting_with_an_undeclared_variable_is_refused_in_chinese(bench):
    with pytest.raises(SessionError, match="没有声明变量 'angr'"):
        bench.start(state={"angr": 3})


def test_a_variable_set_out_of_range_is_kept_within_it(bench):
    bench.start(state={"anger": 50})
    assert bench.session.state["anger"] == 10


# -- reloading -------------------------------------------------------------------


def test_reload_replays_the_same_moves_on_the_edited_file(bench, scenario_file):
    bench.start()
    bench.play(APOLOGY)
    bench.play("好的，我知道了。")
    assert bench.session.ending.node_id == "complained"
    # The author lets a vaguer answer count as a commitment at "calmer".
    text = scenario_file.read_text(encoding="utf-8")
    scenario_file.write_text(text.replace("default: complained\nendings", "default: resolved\nendings"), encoding="utf-8")
    outcome = bench.reload()
    assert outcome.ok
    assert len(outcome.replayed) == 2
    assert (outcome.changed_at, outcome.before, outcome.after) == (1, "complained", "resolved")
    assert bench.session.ending.node_id == "resolved"
    assert [m.text for m in bench.moves] == [APOLOGY, "好的，我知道了。"]


def test_reload_of_an_unchanged_file_changes_nothing(bench):
    bench.start("shouting", state={"anger": 7})
    bench.play("[等待 3 秒]")
    outcome = bench.reload()
    assert outcome.ok and outcome.changed_at is None and outcome.unused == 0
    assert bench.session.state["anger"] == 9  # started at 7, the wait added 2
    assert bench.moves[0].kind == "wait" and bench.moves[0].seconds == 3


def test_reload_of_a_broken_file_lists_its_errors_and_keeps_the_last_good_version(bench, scenario_file):
    bench.start()
    bench.play(APOLOGY)
    before = bench.scenario
    text = scenario_file.read_text(encoding="utf-8")
    broken = text.replace("to: calmer\n        add", "to: calmr\n        add")
    scenario_file.write_text(broken, encoding="utf-8")
    outcome = bench.reload()
    assert not outcome.ok
    error = outcome.errors[0]
    assert error.path == str(scenario_file) and error.line == broken.splitlines().index("        to: calmr") + 1
    assert "calmr" in error.message
    assert bench.scenario is before
    # The call goes on, on the last good version.
    assert bench.play("我马上为您登记，今天下午五点前给您回电。")[-1].node_to == "resolved"


def test_reload_when_the_start_node_was_removed_starts_from_the_scenario_start(bench, scenario_file):
    bench.start("warned")
    text = scenario_file.read_text(encoding="utf-8")
    text = text.replace("id: warned", "id: warned_once").replace("to: warned\n", "to: warned_once\n")
    scenario_file.write_text(text, encoding="utf-8")
    outcome = bench.reload()
    assert outcome.ok and outcome.restarted_from == "shouting"
    assert bench.session.current.node_id == "shouting"


def test_moves_left_over_when_the_call_now_ends_sooner_are_counted(bench, scenario_file):
    bench.start()
    bench.play(APOLOGY)
    bench.play("我马上为您登记，今天下午五点前给您回电。")
    text = scenario_file.read_text(encoding="utf-8")
    scenario_file.write_text(text.replace("to: calmer\n        add: {anger: -3}", "to: resolved\n        add: {anger: -3}"), encoding="utf-8")
    outcome = bench.reload()
    assert outcome.ok and len(outcome.replayed) == 1 and outcome.unused == 1
    assert bench.session.ending.node_id == "resolved"


def test_a_bundled_scenario_opens_by_id(tmp_path):
    bench = AuthorBench("abusive_bank_fee_warnings")
    assert bench.load() == []
    assert bench.start().node_id == bench.scenario.start
    copy = tmp_path / "copy.yaml"
    shutil.copy(bench.scenario.path, copy)
    assert AuthorBench(copy).load() == []


def test_an_unknown_scenario_is_an_error_not_an_exception():
    errors = AuthorBench("no_such_scenario").load()
    assert errors and "找不到场景" in errors[0].message


# -- scenario tests say why the branch they expected was not taken ---------------


def test_a_failing_step_says_which_part_of_the_expected_branch_failed(bench):
    from simulator.scenario.model import Expect, ScenarioTest, Step

    test = ScenarioTest(
        name="火气很大时道歉",
        steps=(Step("reply", APOLOGY, expect=Expect(to="complained")),),
        expect=Expect(),
    )
    failures = run_test(bench.scenario, test).failures
    assert failures[0] == "第 1 步应走到 complained，实际走到 calmer（道歉安抚）"
    assert failures[1] == "  分支 1 → complained 没有成立：火气至少为 9（当前火气为 6）"


def test_a_failing_step_says_when_the_expected_branch_is_a_default_never_reached(bench):
    from simulator.scenario.model import Expect, ScenarioTest, Step

    test = ScenarioTest(name="道歉", steps=(Step("reply", APOLOGY, expect=Expect(to="shouting")),), expect=Expect())
    failures = run_test(bench.scenario, test).failures
    assert failures[1] == "  默认分支 → shouting 是默认分支，前面已有分支成立"


def test_reload_of_a_file_moved_away_says_so_and_keeps_playing(bench, scenario_file):
    bench.start()
    scenario_file.rename(scenario_file.with_name("renamed.yaml"))
    outcome = bench.reload()
    assert not outcome.ok and "找不到场景文件" in outcome.errors[0].message
    assert bench.play(APOLOGY)[-1].node_to == "calmer"
