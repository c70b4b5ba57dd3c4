"""Branch conditions as data: each form, what it means on a reply and on a wait,
and the static analysis behind the shadowed-branch and never-true warnings."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.scenario.conditions import Context, Move, apply_effects, compile_condition, compile_effects, describe_effects
from simulator.scenario.model import Variable

ACTS = {"greeting": "问候", "apology": "致歉", "wei": "用\"喂\"招呼客户", "ask_mandarin": "请客户讲普通话"}
VARS = {"anger": Variable("anger", 0, 10, 3, "火气"), "warnings": Variable("warnings", 0, 3, 0)}
RULES = ("silent.premature_close", "service.wei")


def ctx(node="n1"):
    return Context(acts=ACTS, variables=VARS, nodes={"n1": 0, "n2": 1}, node=node, rules=lambda: RULES)


class FakeViolation:
    def __init__(self, rule):
        self.rule = rule


class FakeGrade:
    def __init__(self, score=100, critical=False, verdict="pass", rules=()):
        self.score, self.critical, self.verdict = score, critical, verdict
        self.violations = tuple(FakeViolation(r) for r in rules)


def reply(*acts, grade=None, state=None, visits=None):
    return Move("reply", frozenset(acts), grade or FakeGrade(), None, state or {"anger": 3, "warnings": 0}, visits or {"n1": 1}, "n1")


def wait(seconds, state=None, visits=None):
    return Move("wait", frozenset(), None, seconds, state or {"anger": 3, "warnings": 0}, visits or {"n1": 1}, "n1")


def compiled(spec):
    condition, issues = compile_condition(spec, ctx())
    assert not [i for i in issues if i.level == "error"], issues
    return condition


def test_acts_any_all_none():
    any_ = compiled({"acts": ["greeting", "apology"]})
    assert any_(reply("apology")) and not any_(reply("wei")) and not any_(wait(5))
    all_ = compiled({"acts": {"all": ["greeting", "apology"]}})
    assert all_(reply("greeting", "apology")) and not all_(reply("greeting"))
    none = compiled({"acts": {"none": ["wei"]}})
    assert none(reply("greeting")) and not none(reply("wei")) and none(wait(1))
    combined = compiled({"acts": {"any": ["greeting"], "none": ["wei"]}})
    assert combined(reply("greeting")) and not combined(reply("greeting", "wei"))
    assert compiled({"acts": "greeting"})(reply("greeting"))
    assert "问候" in any_.text and "致歉" in any_.text


def test_grade_conditions_need_a_reply():
    assert compiled({"grade": {"critical": True}})(reply(grade=FakeGrade(0, True, "fail")))
    assert not compiled({"grade": {"critical": True}})(wait(3))
    assert compiled({"grade": {"critical": False}})(reply())
    assert compiled({"grade": {"verdict": "fail"}})(reply(grade=FakeGrade(50, False, "fail")))
    band = compiled({"grade": {"min_score": 60, "max_score": 90}})
    assert band(reply(grade=FakeGrade(60))) and band(reply(grade=FakeGrade(90))) and not band(reply(grade=FakeGrade(91)))
    broke = compiled({"grade": {"violations": ["service.wei"]}})
    assert broke(reply(grade=FakeGrade(rules=["service.wei"]))) and not broke(reply())


def test_state_tests():
    assert compiled({"state": {"anger": 3}})(reply())
    assert compiled({"state": {"anger": {"gt": 2, "lt": 4}}})(reply())
    assert not compiled({"state": {"anger": {"gt": 3}}})(reply())
    assert compiled({"state": {"anger": {"between": [3, 5]}}})(reply())
    assert compiled({"state": {"anger": {"ne": 4}, "warnings": {"max": 0}}})(reply())
    assert compiled({"state": {"anger": {"min": 3}}}).text == "火气至少为 3"


def test_visits_and_waited_and_move():
    third = compiled({"visits": {"min": 3}})
    assert third(reply(visits={"n1": 3})) and not third(reply(visits={"n1": 2}))
    other = compiled({"visits": {"node": "n2", "min": 1, "max": 1}})
    assert other(reply(visits={"n1": 1, "n2": 1})) and not other(reply())
    pause = compiled({"waited": {"min": 3, "max": 5}})
    assert pause(wait(3)) and pause(wait(5)) and not pause(wait(5.5)) and not pause(reply())
    assert compiled({"waited": True})(wait(0.1)) and not compiled({"waited": True})(reply())
    assert compiled({"waited": 4})(wait(10))
    assert compiled({"move": "wait"})(wait(1)) and compiled({"move": "reply"})(reply())


def test_any_all_not():
    either = compiled({"any": [{"acts": ["greeting"]}, {"waited": {"min": 3}}]})
    assert either(reply("greeting")) and either(wait(4)) and not either(wait(1))
    both = compiled({"all": [{"acts": ["greeting"]}, {"state": {"anger": {"lt": 5}}}]})
    assert both(reply("greeting")) and not both(reply("greeting", state={"anger": 7, "warnings": 0}))
    negated = compiled({"not": {"acts": ["wei"]}})
    assert negated(reply("greeting")) and not negated(reply("wei"))
    keys = compiled({"acts": ["greeting"], "state": {"anger": {"lt": 5}}})  # keys of one mapping: all hold
    assert keys(reply("greeting")) and not keys(reply("greeting", state={"anger": 6, "warnings": 0}))


@pytest.mark.parametrize(
    "spec, always, never",
    [
        ({}, True, False),
        (None, True, False),
        ({"state": {"anger": {"min": 0}}}, True, False),
        ({"state": {"anger": {"between": [0, 10]}}}, True, False),
        ({"state": {"anger": {"lt": 10}}}, False, False),
        ({"state": {"anger": {"gt": 10}}}, False, True),
        ({"state": {"anger": {"eq": 11}}}, False, True),
        ({"visits": {"min": 1}}, True, False),
        ({"visits": {"min": 2}}, False, False),
        ({"visits": {"max": 0}}, False, True),
        ({"acts": ["greeting"]}, False, False),
        ({"acts": {"all": ["greeting"], "none": ["greeting"]}}, False, True),
        ({"any": [{"acts": ["greeting"]}, {}]}, True, False),
        ({"all": [{"acts": ["greeting"]}, {}]}, False, False),
        ({"not": {"state": {"anger": {"gt": 10}}}}, True, False),
        ({"grade": {"min_score": 90, "max_score": 80}}, False, True),
        ({"waited": {"min": 3}}, False, False),
    ],
)
def test_static_analysis(spec, always, never):
    condition, _ = compile_condition(spec, ctx())
    assert (condition.always, condition.never) == (always, never)


@pytest.mark.parametrize(
    "spec, fragment",
    [
        ({"acts": ["greting"]}, "是不是 greeting（问候）"),
        ({"acts": ["问候"]}, "是不是 greeting（问候）"),
        ({"acts": {"some": ["greeting"]}}, "acts 下不认识 'some'"),
        ({"grade": {"verdict": "ok"}}, "verdict 只能是 pass"),
        ({"grade": {"violations": ["service.weii"]}}, "是不是 service.wei"),
        ({"state": {"angry": 2}}, "是不是 anger"),
        ({"state": {"anger": {"bigger": 2}}}, "不认识的比较 'bigger'"),
        ({"state": {"anger": {"between": [5, 1]}}}, "between 要写成"),
        ({"visits": {"node": "n3", "min": 1}}, "不存在的节点 'n3'"),
        ({"waited": {"min": -1}}, "非负秒数"),
        ({"move": "talk"}, "move 只能是"),
        ({"acts": ["greeting"], "when": 1}, "不认识的条件 'when'"),
        ({"any": []}, "any 后面要写一个条件列表"),
        ([{"acts": ["greeting"]}], "when 必须是一组条件"),
    ],
)
def test_errors_say_what_to_write(spec, fragment):
    condition, issues = compile_condition(spec, ctx())
    text = " ".join(i.message + " " + i.hint for i in issues)
    assert fragment in text, text
    assert not condition.always and not condition.never  # a wrong condition is not also a shadowing one


def test_effects_clamp_and_describe():
    effects, issues = compile_effects({"add": {"anger": 20, "warnings": 1}, "set": {"anger": 1}}, ctx(), ("b",))
    assert not issues
    state = {"anger": 3, "warnings": 3}
    apply_effects(effects, state, VARS)
    assert state == {"anger": 10, "warnings": 3}  # set 1, then +20 clamped to 10; warnings clamped to 3
    assert describe_effects(effects, VARS) == "火气设为 1，火气+20，warnings+1"
    _, issues = compile_effects({"set": {"anger": 50}, "add": {"anger": 0}}, ctx(), ("b",))
    assert [i.level for i in issues] == ["warning", "warning"]
    _, issues = compile_effects({"add": {"angr": 1}}, ctx(), ("b",))
    assert "是不是 anger" in issues[0].message


ops = st.sampled_from(["eq", "ne", "lt", "gt", "min", "max"])


@settings(max_examples=300, deadline=None)
@given(tests=st.dictionaries(ops, st.integers(-2, 12), min_size=1, max_size=3), value=st.integers(0, 10))
def test_state_tests_match_their_meaning_and_analysis(tests, value):
    meaning = {
        "eq": lambda x, v: x == v,
        "ne": lambda x, v: x != v,
        "lt": lambda x, v: x < v,
        "gt": lambda x, v: x > v,
        "min": lambda x, v: x >= v,
        "max": lambda x, v: x <= v,
    }
    condition, issues = compile_condition({"state": {"anger": tests}}, ctx())
    assert not [i for i in issues if i.level == "error"]
    holds = all(meaning[op](value, v) for op, v in tests.items())
    assert condition(reply(state={"anger": value, "warnings": 0})) == holds
    every = [all(meaning[op](x, v) for op, v in tests.items()) for x in range(0, 11)]
    if condition.always:
        assert all(every)
    if condition.never:
        assert not any(every)
    if all(every) and not any(op == "ne" for op in tests):
        assert condition.always  # integers and bounds only: the analysis is exact


def test_float_ranges_are_kept():
    var = Variable("temp", 0.0, 1.5, 0.5)
    assert var.clamp(2.0) == 1.5 and var.clamp(-1) == 0.0
    assert Variable("n", 0, 3, 1).clamp(2.0) == 2 and isinstance(Variable("n", 0, 3, 1).clamp(2.0), int)
    assert not math.isnan(var.clamp(0.7))


def test_customer_acts_in_a_branch_are_flagged():
    context = Context(acts={**ACTS, "customer_thanks": "客户致谢"}, variables=VARS, nodes={"n1": 0}, node="n1", customer_acts=frozenset({"customer_thanks"}))
    _, issues = compile_condition({"acts": ["customer_thanks"]}, context)
    (issue,) = issues
    assert issue.level == "warning" and "是客户一方的话" in issue.message and "thanks_reply" in issue.hint


def test_call_conditions_read_the_moment_the_grader_read():
    """A branch can ask what the grader knows of the moment: the customer swore, has
    business open, how many attempts the agent made — one reading for both."""
    from grading import grade

    swore = grade("我很理解您的心情，但请您使用文明语言。", "abusive", "你们这帮废物！")
    calm = grade("我很理解您的心情，但请您使用文明语言。", "complaint", "我都打了三次电话了！")
    warned_unprovoked = compiled({"call": {"customer_swore": False}, "acts": ["greeting"]})
    assert not warned_unprovoked(reply("greeting", grade=swore))
    assert warned_unprovoked(reply("greeting", grade=calm))
    assert not warned_unprovoked(wait(3))  # a wait has no grade
    tries = compiled({"call": {"attempts": {"min": 2}}})
    line = [("agent", "您好！请问有什么可以帮您？"), ("customer", "（无声）"), ("agent", "您好，听不到您的声音。"), ("customer", "（无声）")]
    assert tries(reply(grade=grade("对不起，听不到您的声音，再见！", "silent_caller", "（无声）", line)))
    assert not tries(reply(grade=grade("您好，听不到您的声音。", "silent_caller", "（无声）", line[:2])))
    assert "客户骂过人" in warned_unprovoked.text


@pytest.mark.parametrize(
    "spec, says",
    [({"call": {"cursed": True}}, "不认识"), ({"call": {"thanked": "yes"}}, "true 或 false"), ({"call": {"attempts": "many"}}, "次数"), ({"call": {}}, "情况")],
)
def test_a_wrong_call_condition_says_what_to_write(spec, says):
    _, issues = compile_condition(spec, ctx())
    assert any(says in issue.message for issue in issues if issue.level == "error"), issues
