"""Protocol steps said in words no list names: the acts a learned model finds when the
rule that fails the step's absence asks (grading/train_steps.py, ModelSpec.when_asked)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from grading import Context, default_grader
from grading.acts import analyze, default_lexicon
from grading.evaluate import evaluate, load
from grading.grader import Grader
from grading.rubric import load_rubric

DATA = Path(__file__).resolve().parents[1] / "data"


def test_the_shipped_weights_are_what_the_labelled_data_teach():
    """(python -m grading.train_steps writes them after the labelled sets change.)"""
    from grading.acts import bundled_data
    from grading.train_steps import MODEL_FILE, examples, write

    assert bundled_data(MODEL_FILE).read_text(encoding="utf-8") == write(examples(DATA))


def test_the_models_never_read_what_measures_them():
    from grading.train_steps import FUNCTION_SETS, STEP_WORKED

    assert not [name for name in STEP_WORKED if name.endswith("_holdout") or name == "unseen"]
    # The fifth protocol-function set is kept whole for measuring.
    assert "protocol_functions_5.jsonl" not in FUNCTION_SETS


def test_every_step_model_is_asked_by_a_rule_and_learned():
    from grading.train_steps import FUNCTIONS, MODEL_FILE, asking_rules

    lexicon = default_lexicon()
    steps = frozenset(act for act in lexicon.asked if lexicon.acts[act].model.path.name == MODEL_FILE)
    assert steps == frozenset(FUNCTIONS)
    assert all(asking_rules(act) for act in steps)


@pytest.mark.parametrize(
    "situation, customer, reply, step",
    [
        ("supervisor_request", "叫你们领导来！", "行，我们班长就在旁边，我把情况跟她讲清楚，让她马上跟您通话。", "escalation_agreed_in_own_words"),
        ("dialect", "侬晓得伐，阿拉屋里厢额水表坏脱了。", "阿姨，您说的上海话我听不太懂，家里有没有年轻人能帮您跟我讲讲？", "mandarin_requested_in_own_words"),
        ("cannot_hear", "……喂……", "您那头好像在很吵的地方，我这只能听见一点点，您换到安静点的地方再跟我说好吗？", "bad_line_told_in_own_words"),
        ("wrong_number", "我找人民医院挂号。", "您打到燃气公司来啦，医院挂号得打医院的电话，您可以查一下114。", "wrong_number_guided_in_own_words"),
        ("cannot_answer", "这个药孕妇能不能吃？", "这个我不敢乱说，得问过药师才稳妥，我问清楚了再回您电话。", "way_forward_in_own_words"),
    ],
)
def test_a_step_in_the_agents_own_words_passes_and_is_praised(situation, customer, reply, step):
    grade = default_grader().grade(reply, Context(situation, customer=customer))
    assert grade.verdict == "pass", [v.rule for v in grade.violations]
    assert step in grade.acts
    assert default_lexicon().acts[step].strength in grade.strengths


@pytest.mark.parametrize("reply", ["很抱歉，请您谅解。", "好的好的，谢谢您。", "不好意思。", "嗯嗯，您好。"])
def test_formulas_alone_are_no_step(reply):
    lexicon = default_lexicon()
    analysis = analyze(reply)
    assert [act for act in sorted(lexicon.asked) if lexicon.recognise(act, analysis)] == []


def test_a_step_model_runs_only_when_a_rule_asks():
    """In a situation whose rules do not ask for a step, it is neither looked for nor shown."""
    reply = "行，我们班长就在旁边，我把情况跟她讲清楚，让她马上跟您通话。"
    assert "escalation_agreed_in_own_words" not in analyze(reply).matches
    assert "escalation_agreed_in_own_words" not in default_grader().grade(reply, Context("general")).acts


def test_on_the_held_out_sets_the_models_pass_far_more_acceptable_replies_than_faulty_ones():
    """Graded with and without the step models, the replies whose verdict changes: on the
    held-out halves and the sets kept whole, nearly all are acceptable replies that did
    the step in their own words (110 of 131 when last measured)."""
    lexicon = default_lexicon()
    without = Grader(load_rubric(lexicon=type(lexicon)([replace(a, model=None) if a.id in lexicon.asked else a for a in lexicon.acts.values()])))
    with_models = default_grader()
    rescued = wrongly = 0
    for path in sorted(DATA.glob("labelled_*holdout.jsonl")) + [DATA / "labelled_unseen.jsonl"]:
        items = load(str(path))
        for before, after in zip(evaluate(items, without).judged, evaluate(items, with_models).judged):
            if before.grade.verdict == "fail" and after.grade.verdict == "pass":
                if before.expected_fail:
                    wrongly += 1
                else:
                    rescued += 1
    assert rescued >= 100
    assert rescued / (rescued + wrongly) >= 0.83
