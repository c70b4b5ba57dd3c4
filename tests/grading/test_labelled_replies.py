"""The grader against independently labelled replies (tests/data/labelled_replies.jsonl).

The set was written from the seeds' standards by someone who did not see the rubric:
replies to the same customer moment, each labelled ok / minor / major / critical.
Issue 2's bar: acceptable told from faulty with >= 0.95 accuracy, every critical reply
failed as critical, the good reply above the bad one in >= 97% of pairs.
`python -m grading.evaluate --show-misses` lists what the grader gets wrong.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grading.evaluate import evaluate, load

DATA = Path(__file__).resolve().parents[1] / "data"


# labelled_holdout.jsonl is a second author's set (232 replies), measured once before
# any change was made for it (0.901 / 0.485 / 0.983) and once after one round of
# general fixes; its floor is what the grader reaches now, so it cannot slip back.
BARS = {
    "labelled_replies.jsonl": {"accuracy": 0.95, "critical": 1.0, "pairs": 0.97},
    "labelled_holdout.jsonl": {"accuracy": 0.95, "critical": 0.84, "pairs": 0.97},
}


@pytest.fixture(scope="module", params=sorted(BARS))
def evaluation(request):
    return evaluate(load(DATA / request.param)), BARS[request.param]


def test_tells_acceptable_from_faulty(evaluation):
    result, bar = evaluation
    assert result.accuracy >= bar["accuracy"], result.summary()


def test_fails_the_critical_replies_as_critical(evaluation):
    result, bar = evaluation
    missed = [j.item["id"] for j in result.criticals if not j.grade.critical]
    assert result.critical_caught >= bar["critical"], (missed, result.summary())


def test_scores_the_better_reply_higher(evaluation):
    result, bar = evaluation
    assert result.pair_order >= bar["pairs"], result.summary()


def test_the_evaluation_itself_counts_what_it_should():
    items = [
        {"id": "a", "moment": "m", "situation": "opening", "reply": "您好，很高兴为您服务！", "expect": "ok"},
        {"id": "b", "moment": "m", "situation": "opening", "reply": "喂，什么事？", "expect": "major"},
        {"id": "c", "moment": "n", "situation": "abusive", "reply": "你才有病！", "expect": "critical"},
        {"id": "d", "moment": "n", "situation": "abusive", "reply": "你才有病！", "expect": "ok"},  # mislabelled
    ]
    result = evaluate(items)
    assert len(result.pairs) == 2  # (a, b) and (d, c)
    assert result.accuracy == 0.75  # d is judged faulty against its label
    assert result.critical_caught == 1.0
    assert result.pair_order == 0.5  # d and c score the same
