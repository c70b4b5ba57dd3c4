"""The grading interface's labelled examples (docs/grading.md), graded to their expected severity."""

import json

import pytest

from pathlib import Path

from grading import Context, Turn, default_grader

DATA = Path(__file__).resolve().parents[1] / "data"
EXAMPLES = [json.loads(l) for l in (DATA / "contract_examples.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]


@pytest.mark.parametrize("item", EXAMPLES, ids=[e["id"] for e in EXAMPLES])
def test_contract_example(item):
    history = tuple(Turn(t["role"], t["text"]) for t in item.get("history", []))
    g = default_grader().grade(item["reply"], Context(item.get("situation", "general"), item.get("customer", ""), history))
    if item["expect"] == "ok":
        assert g.violations == () and g.verdict == "pass"
    else:
        assert g.severity == item["expect"], [v.rule for v in g.violations]
        assert g.verdict == ("pass" if item["expect"] == "minor" else "fail")
