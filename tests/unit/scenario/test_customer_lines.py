"""The customer answers what was actually said: guarded lines, the trainee's own words
quoted back with {said.ACT}, and validation that no line takes for granted what the
trainee never said."""

import textwrap

import pytest

from simulator.engine.clock import ManualClock
from simulator.engine.session import CallSession
from simulator.scenario.loader import read_scenario_file

SCENARIO = """\
id: answers
title: 客户接着学员的话说
persona: {{id: caller, name: 王先生}}
state:
  anger: {{label: 火气, min: 0, max: 10, start: 5}}
nodes:
  - id: asks
    customer: 宽带断了一天了，到底什么时候能修好？
    branches:
      - when: {{acts: [apology]}}
        to: answer
        add: {{anger: -3}}
      - when: {{grade: {{verdict: fail}}}}
        to: answer
        add: {{anger: 3}}
    default: answer
  - id: answer
    customer: 那到底什么时候能修好？
    alternatives:
{alternatives}
    default: done
endings:
  - {{id: done, outcome: resolved, good: true, label: 好}}
"""

ANSWERING = """\
      - customer: "{said.time_commitment}？行，我就等到那个时候。"
        if: {acts: [time_commitment]}
      - customer: 你这是什么态度？
        if: {grade: {verdict: fail}}
      - customer: 好吧，那你快点。
        if: {state: {anger: {max: 3}}}
"""


def load(tmp_path, alternatives=ANSWERING):
    path = tmp_path / "answers.yaml"
    path.write_text(SCENARIO.format(alternatives=textwrap.indent(textwrap.dedent(alternatives), "      ")), encoding="utf-8")
    return read_scenario_file(path)


def answer_to(scenario, reply: str, seed: int = 0) -> str:
    session = CallSession(scenario, clock=ManualClock(), seed=seed)
    session.start()
    return session.reply(reply).customer.text


def test_a_promised_time_is_quoted_back_in_the_trainees_own_words(tmp_path):
    scenario = load(tmp_path).scenario
    line = answer_to(scenario, "维修人员会在今天下午5点前上门修复。")
    assert line == "下午5点前？行，我就等到那个时候。"


def test_a_rude_reply_changes_the_reaction(tmp_path):
    scenario = load(tmp_path).scenario
    assert answer_to(scenario, "这不归我管，你自己看着办。") == "你这是什么态度？"


def test_the_mood_after_the_branch_chooses_the_line(tmp_path):
    scenario = load(tmp_path).scenario
    assert answer_to(scenario, "非常抱歉给您添麻烦了。") == "好吧，那你快点。"  # anger 5 - 3


def test_without_anything_to_answer_the_plain_line_is_said(tmp_path):
    scenario = load(tmp_path).scenario
    for seed in range(5):
        assert answer_to(scenario, "您好，我来帮您查一下。", seed) == "那到底什么时候能修好？"


def test_a_line_quoting_words_the_trainee_may_not_have_said_is_an_error(tmp_path):
    result = load(tmp_path, """\
      - customer: "{said.time_commitment}？好。"
        if: {acts: [apology, time_commitment]}
      - "三十分钟？{said.time_commitment}"
""")
    errors = [e for e in result.errors if "没有条件保证学员说过" in e.message]
    assert [e.line for e in errors] == [20, 22]
    assert all("if: {acts: [time_commitment]}" in e.hint for e in errors)


def test_an_unknown_act_in_said_is_named_with_the_nearest(tmp_path):
    result = load(tmp_path, """\
      - customer: "{said.time_commitmnt}？好。"
        if: {acts: [time_commitment]}
""")
    (error,) = [e for e in result.errors if "time_commitmnt" in e.message]
    assert "time_commitment" in error.message and error.line == 20


def test_a_bad_guard_is_reported_at_its_line(tmp_path):
    result = load(tmp_path, """\
      - customer: 好的。
        if: {acts: [no_such_act]}
""")
    assert any(e.line == 21 and "no_such_act" in e.message for e in result.errors)


@pytest.mark.parametrize("scenario_id", ["abusive_broadband_outage", "repeat_complaint_overdue_supervisor"])
def test_bundled_lines_quoting_the_trainee_are_all_guarded(scenario_id):
    from simulator.scenario import load_scenario

    scenario = load_scenario(scenario_id)  # loads without errors: every {said.X} is guarded
    assert scenario.nodes
