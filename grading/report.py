"""One aggregate of a call's grades, used by the TUI, reports and exams alike."""

from __future__ import annotations

from dataclasses import dataclass

from .grader import Grade
from .rubric import Rubric, default_rubric


@dataclass(frozen=True)
class SessionScore:
    overall: int  # mean of the turn scores
    by_category: dict[str, int]  # per category: 100 less the mean deduction per turn
    turns: int
    critical: int  # number of critical violations
    passed: bool  # no critical violation and overall at least the pass mark
    pass_mark: int
    rule_counts: dict[str, int]  # rule id -> how many turns broke it

    @property
    def failed(self) -> bool:
        return not self.passed


def aggregate(grades: list[Grade], rubric: Rubric | None = None) -> SessionScore:
    rubric = rubric or default_rubric()
    graded = [g for g in grades if g is not None]
    n = len(graded)
    deductions = {c: 0 for c in rubric.categories}
    rule_counts: dict[str, int] = {}
    critical = 0
    for grade in graded:
        for v in grade.violations:
            deductions[v.category] = deductions.get(v.category, 0) + v.deduction
            rule_counts[v.rule] = rule_counts.get(v.rule, 0) + 1
            critical += v.severity == "critical"
    if n == 0:
        by_category = {c: 100 for c in deductions}
        overall = 100
    else:
        by_category = {c: max(0, round(100 - d / n)) for c, d in deductions.items()}
        overall = round(sum(g.score for g in graded) / n)
    passed = critical == 0 and overall >= rubric.pass_mark
    return SessionScore(overall, by_category, n, critical, passed, rubric.pass_mark, rule_counts)
