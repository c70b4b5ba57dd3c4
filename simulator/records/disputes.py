"""Disputes as data: what is kept of a disputed turn, and an accepted dispute as a
labelled reply.

A dispute keeps the turn exactly as it was graded — the reply, the situation, the
customer's line it answered, the call before it, and the grade with its rule ids —
so the trainer decides on what the trainee saw, and an accepted dispute exports as
a line of the grading interface (docs/grading.md) with the verdict it should have
had: a test that keeps the wrong grade from coming back.
"""

from __future__ import annotations

REASON_MAX_CHARS = 500  # a sentence or two; a trainer reads many


def turn_snapshot(records: list[dict], index: int, *, scenario_id: str = "", scenario_title: str = "", rubric_version: str = "") -> dict:
    """The disputed turn (``records[i]["index"] == index``) with its context, from the
    call's stored turn records (``simulator.records.turns.turn_record``)."""
    history: list[dict] = []
    for record in records:
        answered = record.get("answered") or {}
        customer = answered.get("text") or ("（无声）" if answered.get("silent") else "")
        if record.get("index") == index:
            grade = record.get("grade") or {}
            return {
                "reply": record.get("text") or "",
                "situation": grade.get("situation") or answered.get("situation") or "general",
                "customer": customer,
                "history": history,
                "grade": {
                    "score": grade.get("score"),
                    "verdict": grade.get("verdict"),
                    "violations": [
                        {"rule": v.get("rule"), "severity": v.get("severity"), "title": v.get("title"), "excerpt": v.get("excerpt", "")}
                        for v in grade.get("violations") or ()
                        if isinstance(v, dict)
                    ],
                },
                "scenario_id": scenario_id,
                "scenario_title": scenario_title,
                "rubric_version": rubric_version,
            }
        if customer and (not history or history[-1] != {"role": "customer", "text": customer}):
            history.append({"role": "customer", "text": customer})
        if record.get("kind") == "reply" and record.get("text"):
            history.append({"role": "agent", "text": record["text"]})
    raise KeyError(index)


def graded_as(turn: dict) -> str:
    """What the grader said, in the labels of the grading interface."""
    severities = {v.get("severity") for v in (turn.get("grade") or {}).get("violations") or ()}
    for level in ("critical", "major", "minor"):
        if level in severities:
            return level
    return "ok"


def labelled_line(dispute) -> dict:
    """An accepted dispute as a labelled reply: a ``peilian grade`` input line with
    ``expect``, the form of the project's labelled sets and rule examples."""
    turn = dispute.turn
    return {
        "id": f"dispute-{dispute.id}",
        "situation": turn.get("situation") or "general",
        "customer": turn.get("customer") or "",
        "history": list(turn.get("history") or []),
        "reply": turn.get("reply") or "",
        "expect": dispute.expect,
        "verdict": "pass" if dispute.expect in ("ok", "minor") else "fail",  # what it should have been
        "graded": graded_as(turn),
        "rules": [v.get("rule") for v in (turn.get("grade") or {}).get("violations") or ()],
        "why": dispute.note or dispute.reason,
        "trainee_reason": dispute.reason,
        "scenario": turn.get("scenario_id") or "",
        "rubric_version": turn.get("rubric_version") or "",
    }
