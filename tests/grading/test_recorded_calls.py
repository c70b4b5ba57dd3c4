"""Recorded calls (grading/calls.py): transcripts in, scorecards out, situations inferred."""

import pytest

from grading import aggregate
from grading.calls import CallFormatError, grade_call, inference_for, parse_call
from grading.grader import default_grader

INFERENCE = inference_for(default_grader())
GREETING = ("agent", "您好，很高兴为您服务，请问有什么可以帮您？")


def _history(example: dict) -> list[tuple[str, str]]:
    return [next(iter(turn.items())) for turn in example.get("history", [])]


EXAMPLES = [
    pytest.param(entry.situation, example, id=f"{entry.situation}-{n}")
    for entry in INFERENCE.entries
    for n, example in enumerate(entry.examples, 1)
]


def test_every_entry_has_examples():
    assert all(entry.examples for entry in INFERENCE.entries)


@pytest.mark.parametrize("situation, example", EXAMPLES)
def test_each_inference_example_is_inferred_as_its_situation(situation, example):
    history = _history(example)
    if situation != "opening" and not any(role == "agent" for role, _ in history):
        history = [GREETING, *history]  # a mid-call line: the agent has already answered the phone
    history.append(("customer", example["customer"]))
    assert INFERENCE.infer(example["customer"], history)[0] == situation


def test_a_line_nothing_matches_is_general():
    situation, why = INFERENCE.infer("我想问问你们营业厅几点关门", [GREETING, ("customer", "我想问问你们营业厅几点关门")])
    assert situation == "general" and why


def _call(*turns, **extra):
    return parse_call({"id": "c", "turns": [dict(zip(("role", "text"), t)) | extra for t in turns]})


def test_a_call_is_graded_turn_by_turn_with_the_calls_own_aggregate():
    call = _call(GREETING, ("customer", "你们这破网天天断，一群饭桶！"), ("agent", "你才是饭桶。"))
    card = grade_call(call, default_grader(), INFERENCE)
    assert [t.position for t in card.turns] == [1, 3]
    assert card.turns[1].grade.situation == "abusive" and card.turns[1].inferred
    assert card.result == aggregate([t.grade for t in card.turns], default_grader().rubric)
    assert not card.result.passed and card.result.critical
    data = card.to_json()
    assert data["verdict"] == "fail" and data["turns"][1]["situation_inferred"] is True


def test_a_long_call_reads_each_of_its_lines_once(monkeypatch):
    # Every turn is graded against all the turns before it: were the earlier lines analysed
    # again at each turn, a call of a few hundred turns would take minutes.
    grader = default_grader()
    analysed: list[str] = []
    real = grader.analyze
    monkeypatch.setattr(grader, "analyze", lambda text: analysed.append(text) or real(text))
    turns = [GREETING]
    for n in range(150):
        turns += [("customer", f"我再问一下第{n}号订单到哪了？"), ("agent", f"第{n}号订单已经发货了，请您留意短信。")]
    card = grade_call(_call(*turns), grader, INFERENCE)
    assert len(card.turns) == 151
    assert len(analysed) == len(set(analysed)) == 301


def test_a_situation_named_in_the_transcript_is_not_second_guessed():
    call = parse_call({"turns": [{"role": "customer", "text": "谢谢"}, {"role": "agent", "text": "不客气。", "situation": "closing"}]})
    card = grade_call(call, default_grader(), INFERENCE)
    assert card.turns[0].grade.situation == "closing" and not card.turns[0].inferred


@pytest.mark.parametrize(
    "item, words",
    [
        ([], "JSON 对象"),
        ({"turns": []}, "turns"),
        ({"turns": [{"role": "customer", "text": "喂"}]}, "没有话务员"),
        ({"turns": [{"role": "agent", "text": 5}]}, "第 1 项"),
        ({"turns": [{"role": "agent", "text": "好", "situation": "party"}]}, "party"),
        ({"turns": [{"role": "agent", "text": "好" * 10_001}]}, "上限"),
    ],
)
def test_bad_transcripts_are_refused_with_a_sentence(item, words):
    with pytest.raises(CallFormatError, match=words):
        parse_call(item)
