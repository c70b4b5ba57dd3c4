"""The line in real time: nodes that move on by themselves, and the pause before a reply.

Time comes from a ManualClock, so a 20-second silence takes no real time.
"""


import pytest

from simulator.engine.clock import ManualClock
from simulator.engine.session import CallSession
from simulator.scenario.loader import read_scenario_file as read_scenario
from simulator.scenario.validate import check_scenario

from conftest import SILENT_CLOSE, SILENT_GREET, SILENT_NOTICE

GREET, NOTICE, CLOSE = SILENT_GREET, SILENT_NOTICE, SILENT_CLOSE


def test_nothing_moves_before_the_node_says_so(silent):
    clock = ManualClock()
    session = CallSession(silent, clock=clock)
    session.start()
    session.reply(GREET)  # first_pause: after_silence 5
    assert session.due_at() == 5.0
    clock.advance(4.9)
    assert session.tick() is None and session.current.node_id == "first_pause"
    clock.advance(0.1)
    moved = session.tick()
    assert moved.kind == "wait" and moved.by_itself and moved.waited_seconds == 5.0
    assert moved.node_to == "still_silent" and moved.grade is None
    # The next moment starts at the second the line moved, not when the tick ran late.
    assert session.due_at() == 15.0


def test_a_late_tick_keeps_the_exact_times(silent):
    clock = ManualClock()
    session = CallSession(silent, clock=clock)
    session.start()
    session.reply(GREET)
    clock.advance(40)  # the app was busy: two moments fell due meanwhile
    first = session.tick()
    second = session.tick()
    assert (first.node_to, second.node_to) == ("still_silent", "caller_gave_up")
    assert session.ended and session.tick() is None


def test_a_silent_line_left_alone_ends_with_the_caller_hanging_up(silent):
    session = CallSession(silent, clock=ManualClock())
    session.start()
    session.reply(GREET)
    moved = session.stay_silent(30)
    assert [t.node_to for t in moved] == ["still_silent", "caller_gave_up"]
    assert all(t.by_itself for t in moved)
    score = session.summary()
    assert score.status == "failed" and not score.passed
    assert score.reasons[0].startswith("结局不理想")


def test_a_short_wait_is_a_deliberate_wait(silent):
    session = CallSession(silent, clock=ManualClock())
    session.start()
    session.reply(GREET)
    (waited,) = session.stay_silent(4)
    assert waited.kind == "wait" and not waited.by_itself and waited.waited_seconds == 4
    assert waited.node_to == "still_silent"


def test_the_pause_runs_from_what_was_last_said_not_from_a_silent_moment(silent):
    clock = ManualClock()
    session = CallSession(silent, clock=clock)
    session.start()
    session.reply(GREET)
    session.stay_silent(8)  # moved on by itself at 5 s; 3 more seconds of quiet
    assert session.current.node_id == "still_silent"
    assert session.quiet_for() == 8
    second = session.reply(NOTICE)
    assert second.waited_seconds == 8
    assert "silent.no_pause" not in [v.rule for v in second.grade.violations]


def test_a_second_greeting_with_no_pause_is_pointed_out(silent):
    session = CallSession(silent, clock=ManualClock())
    session.start()
    session.reply(GREET)
    second = session.reply(NOTICE)
    assert second.waited_seconds == 0
    (violation,) = [v for v in second.grade.violations if v.rule == "silent.no_pause"]
    assert "稍停3-5秒" in violation.message and violation.severity == "minor"
    assert second.branch == "没有稍停就再次问候" and second.state["hurried"] == 1


def test_the_pause_the_app_measured_is_what_counts(silent):
    """In the app the pause ends at the first keystroke, not when the reply is sent."""
    clock = ManualClock()
    session = CallSession(silent, clock=clock)
    session.start()
    session.reply(GREET)
    clock.advance(4.5)  # still in first_pause: the trainee began typing at 4 s
    second = session.reply(NOTICE, paused=4.0)
    assert second.waited_seconds == 4.0 and not second.grade.violations
    assert second.branch == "稍停之后再次问候" and second.state["hurried"] == 0


def test_after_the_goodbye_three_quiet_seconds_hang_up(silent):
    session = CallSession(silent, clock=ManualClock())
    session.start()
    for move in (GREET, 4, NOTICE, 4, CLOSE):
        session.stay_silent(move) if isinstance(move, int) else session.reply(move)
    assert session.current.node_id == "final_pause"
    assert session.stay_silent(2.9)[-1].node_to == "final_pause"  # a wait, too short
    (hung_up,) = session.stay_silent(3)
    assert hung_up.by_itself and hung_up.ending.node_id == "closed_politely"


SCENARIO = """\
id: timed
title: 计时
persona: {{id: caller, name: 王先生}}
nodes:
  - id: waiting
    customer: 喂？
    after_silence: {after}
    branches:
      - when: {{waited: {{min: 30}}}}
        to: gone
    default: waiting
endings:
  - {{id: gone, outcome: hung_up_angry, good: false, label: 挂了}}
  - {{id: fine, outcome: resolved, good: true, label: 好}}
"""


def _write(tmp_path, after):
    path = tmp_path / "timed.yaml"
    path.write_text(SCENARIO.format(after=after), encoding="utf-8")
    return path


@pytest.mark.parametrize("after", ["0", "-3", "true", "9999", "五秒"])
def test_a_bad_after_silence_is_refused_at_its_line(tmp_path, after):
    result = read_scenario(_write(tmp_path, after))
    errors = [e for e in result.errors if "after_silence" in e.message]
    assert errors and errors[0].line == 7 and "after_silence" in errors[0].message


def test_a_wait_longer_than_the_node_lets_the_line_sit_is_flagged(tmp_path):
    result = read_scenario(_write(tmp_path, "10"))
    assert result.scenario is not None
    warnings = [w for w in check_scenario(result.scenario) if "after_silence" in w.message]
    assert warnings and warnings[0].level == "warning" and warnings[0].line == 9
    assert "30 秒" in warnings[0].message and "10 秒" in warnings[0].message


def test_a_spoken_line_starts_the_quiet_again(tmp_path):
    path = tmp_path / "timed.yaml"
    path.write_text(SCENARIO.format(after=40), encoding="utf-8")
    scenario = read_scenario(path).scenario
    clock = ManualClock()
    session = CallSession(scenario, clock=clock)
    session.start()
    clock.advance(6)
    assert session.quiet_for() == 6
    session.stay_silent(4)  # a wait: the customer says 喂？ again
    assert session.quiet_for() == 0
    (gone,) = session.stay_silent(40)
    assert gone.by_itself and gone.waited_seconds == 40 and gone.ending.node_id == "gone"
