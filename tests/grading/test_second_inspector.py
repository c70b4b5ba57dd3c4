"""How far inspectors agree, and the grader with them (tests/data/second_inspector.jsonl).

400 replies drawn from the held-out halves, three at most from any one set, were graded
again by two more inspectors who saw neither the authors' labels nor the rubric, only
the standards and the moment (docs/grading.md, "A second inspector").  What they agree on
with the authors is as far as any grader can be held to the authors' labels; the grader
is held to floors against the second inspectors as it is against the authors.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grading.evaluate import context_of, load
from grading.grader import default_grader

DATA = Path(__file__).resolve().parents[1] / "data"
FAILS = {"major", "critical"}


def _regraded() -> list[dict]:
    return [json.loads(line) for line in (DATA / "second_inspector.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def study() -> dict:
    """Per reply: the author's label, each inspector's, and the grader's verdict."""
    regraded = _regraded()
    items = {}
    for name in sorted({row["set"] for row in regraded}):
        for item in load(str(DATA / name)):
            items[(name, item["id"])] = item
    grader = default_grader()
    replies: dict[tuple[str, str], dict] = {}
    for row in regraded:
        key = (row["set"], row["id"])
        entry = replies.get(key)
        if entry is None:
            item = items[key]
            grade = grader.grade(item["reply"], context_of(item))
            verdict = "critical" if grade.critical else "major" if grade.verdict == "fail" else "ok"
            entry = replies[key] = {"author": item["expect"], "grader": verdict}
        entry[row["inspector"]] = row["expect"]
    return replies


def agreement(replies: dict, truth: str, judge: str) -> dict[str, float]:
    """Pass/fail agreement, and of ``truth``'s critical replies the share ``judge`` marks
    critical (recall) and of ``judge``'s critical marks the share ``truth`` gave (precision)."""
    pairs = [(entry[truth], entry[judge]) for entry in replies.values()]
    critical = [j for t, j in pairs if t == "critical"]
    marked = [t for t, j in pairs if j == "critical"]
    return {
        "pass_fail": sum((t in FAILS) == (j in FAILS) for t, j in pairs) / len(pairs),
        "recall": critical.count("critical") / len(critical),
        "precision": marked.count("critical") / len(marked),
    }


def test_every_regraded_reply_is_in_its_labelled_set():
    regraded = _regraded()
    assert len(regraded) == 800
    assert {row["inspector"] for row in regraded} == {"A", "B"}
    assert all(row["expect"] in ("ok", "minor", "major", "critical") for row in regraded)
    for name in {row["set"] for row in regraded}:
        assert name.endswith("_holdout.jsonl"), name
        ids = {item["id"] for item in load(str(DATA / name))}
        assert {row["id"] for row in regraded if row["set"] == name} <= ids


def test_the_inspectors_agree_with_the_authors_as_documented(study):
    # The figures docs/grading.md gives: what a second inspector reaches against the authors.
    for inspector in ("A", "B"):
        found = agreement(study, "author", inspector)
        assert found["pass_fail"] == pytest.approx(0.970, abs=0.0005)
    assert agreement(study, "author", "A")["recall"] == pytest.approx(0.733, abs=0.0005)
    assert agreement(study, "author", "A")["precision"] == pytest.approx(0.746, abs=0.0005)
    assert agreement(study, "author", "B")["recall"] == pytest.approx(0.717, abs=0.0005)
    assert agreement(study, "author", "B")["precision"] == pytest.approx(0.729, abs=0.0005)


@pytest.mark.parametrize("inspector", ["A", "B"])
def test_the_grader_agrees_with_a_second_inspector(study, inspector):
    # What the grader reaches now, less a margin: it cannot slip back unnoticed.
    found = agreement(study, inspector, "grader")
    assert found["pass_fail"] >= 0.92
    assert found["recall"] >= 0.55
    assert found["precision"] >= 0.76
