"""A call's report: what the report screen shows of one call, from its stored turn records.

Built from the records only, so the report of a call just finished and the view
of a session read back from the records database are the same data.  Headless:
the screen (``tui/screens/report_screen.py``) renders it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records.turns import grade_from_record

SEVERITY_RANK = {"critical": 0, "major": 1, "minor": 2}


@dataclass
class ReportData:
    title: str
    scenario_id: str
    persona: str
    records: list[dict]
    start_line: dict | None = None
    ending: dict | None = None
    finished: bool = True
    grades: list = field(default_factory=list)
    summary: object = None  # grading.SessionScore
    session_id: str | None = None  # the call in the records (None: not recorded), what disputes refer to

    def __post_init__(self):
        from grading import aggregate

        self.grades = [grade_from_record(r.get("grade")) for r in self.records]
        ending = self.ending if self.finished else None
        self.summary = aggregate(
            [g for g in self.grades if g is not None],
            finished=ending is not None,
            good_ending=bool(ending.get("good")) if ending else None,
            ending_label=str(ending.get("label") or "") if ending else "",
        )

    @classmethod
    def from_journal(cls, session, persona: str = "") -> "ReportData":
        """From a ``simulator.records.journal.JournalSession`` read back from the records."""
        return cls(
            title=session.title or session.scenario_id,
            scenario_id=session.scenario_id,
            persona=persona,
            records=list(session.turns),
            start_line=session.header.get("start") if isinstance(session.header.get("start"), dict) else None,
            ending=session.ending,
            finished=session.finished,
            session_id=session.session_id,
        )

    @property
    def path(self) -> list[tuple[str, str | None, str | None]]:
        """(node id, its situation, None) per node in the order visited, then
        (ending node id, None, the ending's label) when the call ended."""
        steps: list[tuple[str, str | None, str | None]] = []
        for record in self.records:
            answered = record.get("answered") or {}
            # Each turn answers one visit to a node: the path is those visits in order.
            steps.append((answered.get("node") or record.get("node_from") or "", answered.get("situation"), None))
        if self.ending:
            steps.append((self.ending.get("node") or "", None, self.ending.get("label") or "结局"))
        return steps


def practice_rules(data: ReportData, limit: int = 5) -> list[dict]:
    """The rules most worth practising: the worst and most frequent first, each
    with the trainee's own words as the example."""
    from grading import default_rubric

    rubric = default_rubric()
    found: dict[str, dict] = {}
    for grade in data.grades:
        if grade is None:
            continue
        for v in grade.violations:
            item = found.setdefault(
                v.rule,
                {"rule": v.rule, "title": v.title, "severity": v.severity, "message": v.message, "suggestion": v.suggestion, "count": 0, "examples": []},
            )
            item["count"] += 1
            said = v.excerpt or grade.reply
            if said and said not in item["examples"]:
                item["examples"].append(said)
    for item in found.values():
        rule = rubric.rule(item["rule"])
        item["deduction"] = rule.deduction if rule is not None else 0
    ranked = sorted(found.values(), key=lambda i: (SEVERITY_RANK.get(i["severity"], 9), -i["count"] * i["deduction"], i["rule"]))
    return ranked[:limit]
