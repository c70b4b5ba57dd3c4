"""Every rule's own examples, LanguageTool style: each bad example must trigger
its rule, and each good example must meet the whole standard (no violation of
any rule), so rules cannot quietly contradict each other."""

import pytest

from grading import Context, Turn, default_grader, default_rubric

RUBRIC = default_rubric()


def _cases(kind):
    for rule in RUBRIC.rules:
        examples = rule.bad_examples if kind == "bad" else rule.good_examples
        for i, example in enumerate(examples):
            yield pytest.param(rule, example, id=f"{rule.id}-{kind}{i}")


def _grade(example):
    history = tuple(Turn(role, text) for role, text in example.history)
    return default_grader().grade(example.reply, Context(example.situation, example.customer, history, paused=example.paused))


@pytest.mark.parametrize("rule, example", list(_cases("bad")))
def test_bad_example_triggers_its_rule(rule, example):
    grade = _grade(example)
    fired = [v.rule for v in grade.violations]
    assert rule.id in fired, f"{example.reply!r} in {example.situation} should break {rule.id}; got {fired}"
    assert grade.score < 100


@pytest.mark.parametrize("rule, example", list(_cases("good")))
def test_good_example_meets_the_standard(rule, example):
    grade = _grade(example)
    assert grade.violations == (), (
        f"{example.reply!r} in {example.situation} should be clean; got "
        + ", ".join(f"{v.rule} ({v.excerpt})" for v in grade.violations)
    )
    assert grade.score == 100 and grade.verdict == "pass"


def test_every_rule_has_examples_and_a_source():
    for rule in RUBRIC.rules:
        assert rule.bad_examples and rule.good_examples, rule.id
        assert rule.source_document and rule.source_section, rule.id
