"""Aggregate records into what a trainer reads: per trainee, per category, per rule."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..records import RecordStore, SessionRecord


@dataclass
class TraineeSummary:
    trainee: str
    sessions: int = 0
    finished: int = 0
    mean_score: int | None = None
    best_score: int | None = None
    last_score: int | None = None
    by_category: dict[str, int] = field(default_factory=dict)
    exams_passed: int = 0
    exams_failed: int = 0
    top_rules: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class RuleExample:
    trainee: str
    scenario: str
    reply: str
    excerpt: str


@dataclass
class ExamAttemptRow:
    """One exam attempt as the records hold it (the signed result is the certificate)."""

    trainee: str
    exam_id: str
    number: int  # the candidate's 1st, 2nd… attempt at this exam
    calls: list[SessionRecord]

    @property
    def score(self) -> int | None:
        scores = [c.score for c in self.calls if c.score is not None]
        return round(sum(scores) / len(scores)) if scores else None

    @property
    def result(self) -> str:
        if not self.calls or any(not c.finished for c in self.calls):
            return "未完成"
        return "通过" if all(c.passed for c in self.calls) else "未通过"


@dataclass
class CohortReport:
    trainees: list[TraineeSummary]
    by_category: dict[str, int]
    rule_counts: Counter
    rule_examples: dict[str, list[RuleExample]]
    sessions: list[SessionRecord]
    rule_severity: dict[str, str] = field(default_factory=dict)  # rule id -> its worst severity seen
    attempts: list[ExamAttemptRow] = field(default_factory=list)
    criticals: int = 0  # critical violations over all calls

    def rules_worst_first(self, limit: int = 10) -> list[tuple[str, int]]:
        """The rules broken, criticals first, then majors, then minors; each by count."""
        rank = {"critical": 0, "major": 1, "minor": 2}
        ordered = sorted(self.rule_counts.items(), key=lambda item: (rank.get(self.rule_severity.get(item[0], ""), 3), -item[1], item[0]))
        return ordered[:limit]


def _mean(values: list[int]) -> int | None:
    return round(sum(values) / len(values)) if values else None


def build_report(store: RecordStore, trainees: list[str] | None = None, examples_per_rule: int = 3) -> CohortReport:
    wanted = trainees or store.trainees()
    summaries: list[TraineeSummary] = []
    cohort_categories: dict[str, list[int]] = defaultdict(list)
    rule_counts: Counter = Counter()
    rule_examples: dict[str, list[RuleExample]] = defaultdict(list)
    rule_severity: dict[str, str] = {}
    worst = {"critical": 0, "major": 1, "minor": 2}
    criticals = 0
    attempts: list[ExamAttemptRow] = []
    all_sessions: list[SessionRecord] = []
    for trainee in wanted:
        sessions = store.sessions(trainee)
        all_sessions.extend(sessions)
        summary = TraineeSummary(trainee, sessions=len(sessions))
        scores = [s.score for s in sessions if s.finished and s.score is not None]
        summary.finished = len(scores)
        summary.mean_score = _mean(scores)
        summary.best_score = max(scores) if scores else None
        summary.last_score = scores[-1] if scores else None
        categories: dict[str, list[int]] = defaultdict(list)
        personal_rules: Counter = Counter()
        for s in sessions:
            for category, value in (s.summary.get("by_category") or {}).items():
                categories[category].append(value)
                cohort_categories[category].append(value)
            for turn in store.turns(s.id):
                for v in (turn.get("grade") or {}).get("violations", []):
                    personal_rules[v["rule"]] += 1
                    rule_counts[v["rule"]] += 1
                    severity = str(v.get("severity", ""))
                    criticals += severity == "critical"
                    if worst.get(severity, 3) < worst.get(rule_severity.get(v["rule"], ""), 3):
                        rule_severity[v["rule"]] = severity
                    if len(rule_examples[v["rule"]]) < examples_per_rule:
                        rule_examples[v["rule"]].append(
                            RuleExample(trainee, s.scenario_title or s.scenario_id, turn.get("text", ""), v.get("excerpt", ""))
                        )
        # Exams count once per attempt (its calls together), not once per call.
        by_attempt: dict[tuple[str, str], list[SessionRecord]] = defaultdict(list)
        for s in sessions:
            if s.mode == "exam":
                by_attempt[(s.exam_id or "", s.attempt_id or s.id)].append(s)
        numbers: Counter = Counter()
        for (exam_id, _), calls in sorted(by_attempt.items(), key=lambda item: min(c.started_at for c in item[1])):
            numbers[exam_id] += 1
            row = ExamAttemptRow(trainee, exam_id, numbers[exam_id], calls)
            attempts.append(row)
            if row.result == "通过":
                summary.exams_passed += 1
            elif row.result == "未通过":
                summary.exams_failed += 1
        summary.by_category = {c: _mean(v) for c, v in categories.items()}
        summary.top_rules = personal_rules.most_common(3)
        summaries.append(summary)
    return CohortReport(
        summaries,
        {c: _mean(v) for c, v in cohort_categories.items()},
        rule_counts,
        dict(rule_examples),
        all_sessions,
        rule_severity,
        attempts,
        criticals,
    )
