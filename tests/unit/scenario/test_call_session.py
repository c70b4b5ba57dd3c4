"""The headless call engine, driven as the TUI and the records will drive it.

Time comes from a ManualClock: the silent caller's waits take no real time.
"""

import time

import pytest

import grading
from simulator.engine.clock import ManualClock, SystemClock
from simulator.scenario import load_scenario, read_scenario
from simulator.engine.machine import machine_for
from simulator.engine.session import CallSession, CustomerLine, EngineError, SessionError, TurnResult

from conftest import FIXTURES as TEST_FIXTURES, SILENT_CLOSE, SILENT_GREET, SILENT_NOTICE

FIXTURES = TEST_FIXTURES / "scenarios"
FLOW = FIXTURES / "valid" / "call_flow.yaml"

GREET, NOTICE, CLOSE = SILENT_GREET, SILENT_NOTICE, SILENT_CLOSE


@pytest.fixture(scope="module")
def flow():
    return load_scenario(FLOW)


class RecordingGrader:
    """Grades with the real grader and remembers what it was asked."""

    def __init__(self):
        self.calls = []

    def grade(self, reply, context):
        self.calls.append((reply, context))
        return grading.default_grader().grade(reply, context)


def test_silent_caller_protocol_with_manual_clock(silent):
    clock = ManualClock()
    session = CallSession(silent, clock=clock)
    line = session.start()
    assert isinstance(line, CustomerLine)
    assert line.node_id == "connected" and line.silent and line.situation == "silent_caller"
    assert session.current is line

    first = session.reply(GREET)
    assert (first.node_from, first.node_to, first.kind) == ("connected", "first_pause", "reply")
    assert first.grade.score == 100 and first.branch == "按规范问候" and first.branch_id == "connected#4"

    started = time.monotonic()
    clock.advance(4)
    waited = session.wait()  # the elapsed time comes from the clock
    assert time.monotonic() - started < 0.5
    # Pausing 3-5 s after a greeting on a silent line is the protocol: nothing to grade.
    assert waited.kind == "wait" and waited.grade is None and waited.waited_seconds == 4
    assert waited.node_to == "still_silent" and waited.text == ""

    session.reply(NOTICE)
    clock.advance(5)
    assert session.wait().node_to == "no_response"
    closing = session.reply(CLOSE)
    assert closing.node_to == "final_pause" and not closing.ended  # then the last pause before hanging up
    clock.advance(3)
    last = session.wait()
    assert last.ended and session.ended and session.current is None
    assert last.ending.node_id == "closed_politely" and last.ending.good and last.ending.outcome == "closed_politely"
    assert session.ending is last.ending
    assert session.path == ["connected", "first_pause", "still_silent", "second_pause", "no_response", "final_pause", "closed_politely"]
    summary = session.summary()
    assert summary.turns == 3 and summary.overall == 100 and summary.passed


def test_waiting_too_short_stays_and_too_long_ends(silent):
    clock = ManualClock()
    session = CallSession(silent, clock=clock)
    session.start()
    session.reply(GREET)
    clock.advance(1.5)
    short = session.wait()
    assert short.node_to == "first_pause" and short.branch_id == "first_pause#default"
    assert session.visits["first_pause"] == 2
    # Left alone, the line moves on by itself: 5 s later it is still silent, 10 s
    # after that the caller gives up.  Nothing is due before that.
    assert session.elapse(4.9) == []
    moved = session.elapse(20)
    assert [(t.node_to, t.waited_seconds, t.by_itself) for t in moved] == [
        ("still_silent", 5.0, True),
        ("caller_gave_up", 10.0, True),
    ]
    assert session.ending.node_id == "caller_gave_up" and session.summary().status == "failed"


def test_grader_receives_situation_customer_line_and_history(flow):
    grader = RecordingGrader()
    session = CallSession(flow, clock=ManualClock(), grader=grader, seed=3)
    first_line = session.start()
    session.wait(seconds=1)  # a wait is graded as saying nothing, and adds no agent turn
    session.reply("对不起，请您讲普通话，好吗？谢谢！")
    session.reply("好的，已经帮您登记，维修人员会在24小时内上门处理。")
    assert len(grader.calls) == 3
    assert grader.calls[0][0] == "" and grader.calls[0][1].customer == first_line.text
    reply, context = grader.calls[1]
    assert context.situation == "dialect"
    assert context.customer == session.turns[1].answered.text
    assert [t.role for t in context.history] == ["customer", "customer"]
    assert context.history[0].text == first_line.text
    _, context = grader.calls[2]
    assert context.situation == "general" and context.customer == "您好，我是她儿子，我家宽带断了。"
    assert [t.role for t in context.history] == ["customer", "customer", "agent", "customer"]
    history = session.history
    assert all(isinstance(t, grading.Turn) for t in history)
    assert history[-1] == grading.Turn("customer", "好的，谢谢。")  # the ending's parting words


def test_state_effects_clamp_and_mood_meter(flow):
    clock = ManualClock()
    session = CallSession(flow, clock=clock)
    line = session.start()
    assert line.meter.variable == "anger" and line.meter.value == 2 and line.meter.fraction == pytest.approx(0.4)
    assert line.mood == "着急" and line.speaker == "caller" and line.speaker_name == "王女士" and line.dialect == "四川话"
    assert line.gloss
    clock.advance(5)
    result = session.wait()
    assert result.state == {"anger": 5, "asked": 0}  # 2 + 10, kept within 0..5
    assert result.customer.meter.value == 5
    assert session.reply("嗯。").ending.node_id == "hung_up"  # anger at its maximum


def test_second_persona_speaks_and_ending_has_parting_words(flow):
    session = CallSession(flow, clock=ManualClock())
    session.start()
    result = session.reply("对不起，请您讲普通话，好吗？谢谢！")
    assert result.customer.speaker == "son" and result.customer.speaker_name == "王女士的儿子"
    assert result.customer.mood == "平和" and result.customer.gloss == ""
    assert result.state == {"anger": 1, "asked": 1}
    end = session.reply("好的，已经帮您登记，维修人员会在24小时内上门处理。")
    assert end.ended and end.customer.final and end.customer.text == "好的，谢谢。"
    assert end.ending.label == "已解决" and end.ending.feedback == "做得好。" and end.ending.outcome_label == "问题已解决"
    assert end.state["anger"] == 0


def test_visits_condition_counts_the_current_visit(flow):
    session = CallSession(flow, clock=ManualClock())
    session.start()
    session.reply("对不起，请您讲普通话，好吗？谢谢！")
    again = session.reply("嗯。")
    assert again.node_to == "son_speaks" and again.branch_id == "son_speaks#default"
    assert session.reply("嗯。").ending.node_id == "hung_up"  # second visit: visits >= 2


def test_critical_violation_branch(flow):
    session = CallSession(flow, clock=ManualClock())
    session.start()
    result = session.reply("你再不说普通话我就挂了啊！")
    assert result.grade.critical and result.ending.node_id == "complaint"


def test_on_turn_callback_gets_every_turn(flow):
    seen = []
    session = CallSession(flow, clock=ManualClock(), on_turn=seen.append)
    session.start()
    session.wait(seconds=1)
    session.reply("对不起，请您讲普通话，好吗？谢谢！")
    assert [t.index for t in seen] == [0, 1] and all(isinstance(t, TurnResult) for t in seen)
    assert seen == session.turns


def test_blank_reply_is_a_wait(flow):
    clock = ManualClock(10)
    session = CallSession(flow, clock=clock)
    session.start()
    clock.advance(2)
    result = session.reply("   ")
    assert result.kind == "wait" and result.waited_seconds == 2
    # The customer had spoken: saying nothing is a fault of its own.
    assert [v.rule for v in result.grade.violations] == ["service.no_response"]


def test_reply_records_response_time(flow):
    clock = ManualClock()
    session = CallSession(flow, clock=clock)
    session.start()
    clock.advance(7)
    result = session.reply("对不起，请您讲普通话，好吗？谢谢！")
    assert result.waited_seconds == 7 and result.kind == "reply"
    assert result.node_to == "son_speaks"  # a reply is never a `waited` move


def test_moves_outside_a_call_are_refused(flow):
    session = CallSession(flow, clock=ManualClock())
    with pytest.raises(SessionError, match="还没有开始"):
        session.reply("您好")
    session.start()
    session.reply("你再不说普通话我就挂了啊！")
    with pytest.raises(SessionError, match="已经结束"):
        session.wait()
    with pytest.raises(SessionError):
        session.start("hello")
    other = CallSession(flow, clock=ManualClock())
    other.start()
    with pytest.raises(ValueError):
        other.wait(-1)


def test_start_from_any_node(flow):
    session = CallSession(flow, clock=ManualClock())
    line = session.start("son_speaks")
    assert line.node_id == "son_speaks" and session.path == ["son_speaks"]
    with pytest.raises(SessionError, match="没有节点"):
        CallSession(flow).start("nowhere")


def test_one_machine_per_scenario_models_added_and_removed(flow):
    machine = machine_for(flow).machine
    assert machine_for(flow).machine is machine
    before = len(machine.models)
    a, b = CallSession(flow, clock=ManualClock()), CallSession(flow, clock=ManualClock())
    a.start()
    b.start()
    assert len(machine.models) == before + 2
    a.reply("你再不说普通话我就挂了啊！")  # the call ends: its model leaves the machine
    assert len(machine.models) == before + 1
    b.close()
    assert len(machine.models) == before
    c = CallSession(flow, clock=ManualClock())
    c.start()
    del c  # an abandoned session does not stay in the machine
    import gc

    gc.collect()
    assert len(machine.models) == before
    assert not machine.auto_transitions


def test_default_branch_is_tried_last_and_branch_order_holds(flow):
    machine = machine_for(flow).machine
    edges = machine.events["respond"].transitions["hello"]
    assert [e.dest for e in edges] == ["complaint", "son_speaks", "hello", "hung_up", "hello"]
    assert not edges[-1].conditions and all(e.conditions for e in edges[:-1])


def test_unvalidated_scenario_is_refused_by_the_engine():
    text = (
        "id: x\ntitle: x\npersona: {name: x}\n"
        "nodes:\n  - id: a\n    customer: 你好\n    branches:\n      - when: {acts: [greeting]}\n        to: b\n"
        "endings:\n  - {id: b, outcome: resolved, good: true}\n"
    )
    scenario = read_scenario(text, "x.yaml").scenario  # read, not validated: no default
    with pytest.raises(EngineError, match="default"):
        CallSession(scenario)


def test_deterministic_under_a_seed(flow):
    def lines(seed):
        clock = ManualClock()
        session = CallSession(flow, seed=seed, clock=clock)
        found = [session.start().text]
        for _ in range(3):
            found.append(session.wait(seconds=1).customer.text)
        return found

    assert lines(5) == lines(5)
    assert len({tuple(lines(seed)) for seed in range(12)}) > 1  # the seed does choose
    texts = {line.text for line in flow.nodes["hello"].lines}
    assert set(lines(5)) <= texts


def test_system_clock_is_monotonic():
    clock = SystemClock()
    assert clock.now() <= clock.now()
    manual = ManualClock(3)
    assert manual.advance(2) == 5 and manual.now() == 5
    with pytest.raises(ValueError):
        manual.advance(-1)


def test_turn_results_are_snapshots(flow):
    session = CallSession(flow, clock=ManualClock())
    line = session.start()
    result = session.wait(seconds=1)
    result.state["anger"] = 99
    assert session.state["anger"] == 3 and line.state["anger"] == 2
    with pytest.raises(TypeError):
        session.state["anger"] = 1  # read-only view


def test_a_calls_result_is_its_turns_and_its_ending():
    """A silent line left until the caller hangs up scored 100 on its one reply, and
    still fails; a call that never reached an ending is unfinished, never passed."""
    from simulator.engine.clock import ManualClock
    from simulator.engine.session import CallSession
    from simulator.scenario.library import load_library

    scenario = load_library().scenarios["silent_caller_basic"]
    clock = ManualClock()
    session = CallSession(scenario, clock=clock)
    session.start()
    session.reply("您好！请问有什么可以帮助您？")
    summary = session.summary()
    assert summary.status == "unfinished" and not summary.passed and summary.reasons[0].startswith("通话没有结束")
    clock.advance(30)
    session.wait()
    clock.advance(30)
    if not session.ended:
        session.wait()
    assert session.ended and not session.ending.good
    summary = session.summary()
    assert summary.overall == 100 and not summary.passed and summary.status == "failed"
    assert summary.reasons[0] == f"结局不理想：{session.ending.label}"
    assert summary.status_label == "未通过"
