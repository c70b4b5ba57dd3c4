"""A call as plain data: what the records, exam results, reports and the app keep.

One place for every conversion between the engine's objects (``TurnResult``,
``CustomerLine``, ``Ending``, ``grading.Grade``, ``grading.SessionScore``) and the
JSON stored in the records database and written into signed exam results.
Every field is kept, so a grade can be rebuilt exactly (:func:`grade_from_record`)
and the report of a call read back from the database is the report of the live call.

Headless on purpose: no Textual here.
"""

from __future__ import annotations

from typing import Any


def _plain(value: Any) -> Any:
    """JSON-safe copy of state values and the like."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(v) for v in value]
        return sorted(items, key=str) if isinstance(value, (set, frozenset)) else items
    return str(value)


def grade_record(grade) -> dict | None:
    """A ``grading.Grade`` as a plain dict: the contract's fields and everything a report shows."""
    if grade is None:
        return None
    return {
        "reply": grade.reply,
        "situation": grade.situation,
        "score": grade.score,
        "verdict": grade.verdict,
        "acts": sorted(grade.acts),
        "strengths": list(grade.strengths),
        "violations": [
            {
                "rule": v.rule,
                "title": v.title,
                "category": v.category,
                "severity": v.severity,
                "message": v.message,
                "suggestion": v.suggestion,
                "deduction": v.deduction,
                "span": list(v.span) if v.span is not None else None,
                "excerpt": v.excerpt,
                "source": v.source,
            }
            for v in grade.violations
        ],
    }


def grade_from_record(record: dict | None):
    """Rebuild a ``grading.Grade`` from :func:`grade_record`'s dict."""
    if not record:
        return None
    from grading import Grade, Violation

    violations = tuple(
        Violation(
            rule=str(v.get("rule", "")),
            title=str(v.get("title", "")),
            category=str(v.get("category", "")),
            severity=str(v.get("severity", "minor")),
            message=str(v.get("message", "")),
            suggestion=str(v.get("suggestion", "")),
            deduction=int(v.get("deduction", 0)),
            span=tuple(v["span"]) if v.get("span") else None,
            excerpt=str(v.get("excerpt", "")),
            source=str(v.get("source", "")),
        )
        for v in record.get("violations") or ()
        if isinstance(v, dict)
    )
    return Grade(
        reply=str(record.get("reply", "")),
        situation=str(record.get("situation", "general")),
        score=int(record.get("score", 0)),
        violations=violations,
        acts=frozenset(record.get("acts") or ()),
        strengths=tuple(record.get("strengths") or ()),
    )


def line_record(line) -> dict | None:
    """A customer line (the engine's ``CustomerLine``) as a plain dict."""
    if line is None:
        return None
    record = {
        "node": getattr(line, "node_id", None),
        "text": getattr(line, "text", "") or "",
        "gloss": getattr(line, "gloss", "") or "",
        "situation": getattr(line, "situation", None) or "general",
        "silent": bool(getattr(line, "silent", False)),
        "speaker": getattr(line, "speaker_name", "") or "",
        "mood": getattr(line, "mood", "") or "",
        "final": bool(getattr(line, "final", False)),
    }
    meter = getattr(line, "meter", None)
    if meter is not None:
        record["meter"] = {"variable": meter.variable, "label": meter.label, "value": meter.value, "low": meter.low, "high": meter.high}
    return record


def ending_record(ending) -> dict | None:
    """The engine's ``Ending`` as a plain dict."""
    if ending is None:
        return None
    if isinstance(ending, dict):
        return _plain(ending)
    return {
        "node": getattr(ending, "node_id", None),
        "outcome": getattr(ending, "outcome", None),
        "good": bool(getattr(ending, "good", False)),
        "label": getattr(ending, "label", "") or getattr(ending, "outcome_label", "") or "",
        "outcome_label": getattr(ending, "outcome_label", "") or "",
        "feedback": getattr(ending, "feedback", "") or "",
        "customer": getattr(ending, "customer", "") or "",
    }


def turn_record(result) -> dict:
    """One turn (the engine's ``TurnResult``) as it is stored.

    ``kind``, ``text`` and ``waited_seconds`` are what a resumed call replays;
    the rest is what reports and the replay show.
    """
    return {
        "index": result.index,
        "kind": result.kind,
        "text": result.text or "",
        "waited_seconds": _plain(result.waited_seconds),
        "by_itself": bool(getattr(result, "by_itself", False)),
        "answered": line_record(getattr(result, "answered", None)),
        "grade": grade_record(result.grade),
        "node_from": result.node_from,
        "node_to": result.node_to,
        "branch": _plain(getattr(result, "branch", "")),
        "branch_id": _plain(getattr(result, "branch_id", "")),
        "customer": line_record(result.customer),
        "state": _plain(dict(result.state or {})),
        "ended": bool(result.ended),
        "ending": ending_record(result.ending),
    }


def score_record(score) -> dict | None:
    """A ``grading.SessionScore`` as a plain dict (``by_category`` is what reports chart)."""
    if score is None:
        return None
    return {
        "overall": score.overall,
        "by_category": dict(score.by_category),
        "turns": score.turns,
        "critical": score.critical,
        "passed": score.passed,
        "pass_mark": score.pass_mark,
        "rule_counts": dict(score.rule_counts),
        "status": score.status,
        "reasons": list(score.reasons),
    }


def call_outcome(session, *, status: str = "finished", label_if_unended: str | None = None) -> dict:
    """The keyword arguments of ``RecordStore.finish_session`` for a ``CallSession``.

    The same for a practice call and an exam call: the ending, the score with its
    categories, and the path taken.  A call that did not reach an ending (timed
    out, abandoned) never counts as passed.
    """
    score = session.summary()
    ending = session.ending
    return {
        "outcome": ending.outcome if ending else None,
        "good_ending": ending.good if ending else None,
        "ending_label": ending.label if ending else label_if_unended,
        "score": score.overall,
        "passed": score.passed and status == "finished" and ending is not None,
        "summary": dict(score_record(score), path=list(session.path)),
        "ending": ending_record(ending),
        "status": status,
    }
