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
class CohortReport:
    trainees: list[TraineeSummary]
    by_category: dict[str, int]
    rule_counts: Counter
    rule_examples: dict[str, list[RuleExample]]
    sessions: list[SessionRecord]


def _mean(values: list[int]) -> int | None:
    return round(sum(values) / len(values)) if values else None


def build_report(store: RecordStore, trainees: list[str] | None = None, examples_per_rule: int = 3) -> CohortReport:
    wanted = trainees or store.trainees()
    summaries: list[TraineeSummary] = []
    cohort_categories: dict[str, list[int]] = defaultdict(list)
    rule_counts: Counter = Counter()
    rule_examples: dict[str, list[RuleExample]] = defaultdict(list)
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
            if s.mode == "exam" and s.finished:
                if s.passed:
                    summary.exams_passed += 1
                else:
                    summary.exams_failed += 1
            for turn in store.turns(s.id):
                for v in (turn.get("grade") or {}).get("violations", []):
                    personal_rules[v["rule"]] += 1
                    rule_counts[v["rule"]] += 1
                    if len(rule_examples[v["rule"]]) < examples_per_rule:
                        rule_examples[v["rule"]].append(
                            RuleExample(trainee, s.scenario_title or s.scenario_id, turn.get("text", ""), v.get("excerpt", ""))
                        )
        summary.by_category = {c: _mean(v) for c, v in categories.items()}
        summary.top_rules = personal_rules.most_common(3)
        summaries.append(summary)
    return CohortReport(
        summaries,
        {c: _mean(v) for c, v in cohort_categories.items()},
        rule_counts,
        dict(rule_examples),
        all_sessions,
    )
