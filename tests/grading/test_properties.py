"""Properties that hold for any input: no exception, a score in range, determinism."""

from hypothesis import given, settings
from hypothesis import strategies as st

from grading import SITUATIONS, Context, Turn, default_grader

turns = st.lists(st.tuples(st.sampled_from(["agent", "customer"]), st.text(max_size=40)), max_size=4)


@settings(max_examples=300, deadline=None)
@given(reply=st.text(max_size=200), situation=st.sampled_from(SITUATIONS), customer=st.text(max_size=40), history=turns)
def test_any_unicode_reply_is_graded_in_range_and_deterministically(reply, situation, customer, history):
    context = Context(situation, customer, tuple(Turn(r, t) for r, t in history))
    first = default_grader().grade(reply, context)
    second = default_grader().grade(reply, context)
    assert 0 <= first.score <= 100
    assert first.to_contract("x") == second.to_contract("x")
    assert first.verdict == ("fail" if any(v.severity != "minor" for v in first.violations) else "pass")
    for v in first.violations:
        if v.span is not None:
            start, end = v.span
            assert 0 <= start < end <= len(reply)


@settings(max_examples=100, deadline=None)
@given(situation=st.sampled_from(SITUATIONS), reply=st.text(min_size=1, max_size=60))
def test_a_clean_reply_outscores_any_faulty_one(situation, reply):
    grade = default_grader().grade(reply, Context(situation))
    if grade.violations:
        assert grade.score < 100
    else:
        assert grade.score == 100
