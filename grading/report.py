"""One aggregate of a call's grades, used by the TUI, reports and exams alike.

A call's result is its turns *and* how it ended: a bad ending fails the call
whatever the turns scored, and a call that never reached an ending is unfinished,
never passed.  The reasons say why, the ending's first.
"""

from __future__ import annotations

from dataclasses import dataclass

from .grader import Grade
from .rubric import Rubric, default_rubric


@dataclass(frozen=True)
class SessionScore:
    overall: int  # mean of the turn scores
    # Per category: 100 less the mean deduction per turn, and below the pass mark when the
    # call broke a major or critical rule of that category: one serious fault is never
    # averaged away into a green bar.  The critical category is 100 or 0 (一票否决).
    by_category: dict[str, int]
    turns: int
    critical: int  # number of critical violations
    passed: bool  # a good ending (when judged), no critical violation, overall at least the pass mark
    pass_mark: int
    rule_counts: dict[str, int]  # rule id -> how many turns broke it
    finished: bool | None = None  # the call reached an ending (None: grades without a call)
    good_ending: bool | None = None
    reasons: tuple[str, ...] = ()  # why it did not pass, the ending first

    @property
    def failed(self) -> bool:
        return not self.passed

    @property
    def status(self) -> str:
        """``passed``, ``failed`` or ``unfinished`` (a call that did not reach an ending)."""
        if self.finished is False:
            return "unfinished"
        return "passed" if self.passed else "failed"

    @property
    def status_label(self) -> str:
        return {"passed": "通过", "failed": "未通过", "unfinished": "未完成"}[self.status]


def aggregate(
    grades: list[Grade],
    rubric: Rubric | None = None,
    *,
    finished: bool | None = None,
    good_ending: bool | None = None,
    ending_label: str = "",
) -> SessionScore:
    """The call's score from its grades; with ``finished`` and ``good_ending``, its
    result as a call: a bad ending or no ending at all does not pass."""
    rubric = rubric or default_rubric()
    graded = [g for g in grades if g is not None]
    n = len(graded)
    deductions = {c: 0 for c in rubric.categories}
    serious: set[str] = set()  # categories with a major or critical fault
    rule_counts: dict[str, int] = {}
    critical = 0
    for grade in graded:
        for v in grade.violations:
            deductions[v.category] = deductions.get(v.category, 0) + v.deduction
            rule_counts[v.rule] = rule_counts.get(v.rule, 0) + 1
            critical += v.severity == "critical"
            if v.severity in ("major", "critical"):
                serious.add(v.category)
    if n == 0:
        by_category = {c: 100 for c in deductions}
        overall = 100
    else:
        by_category = {c: max(0, round(100 - d / n)) for c, d in deductions.items()}
        for c in serious:
            by_category[c] = min(by_category[c], rubric.pass_mark - 1)
        overall = round(sum(g.score for g in graded) / n)
    if "critical" in by_category:
        by_category["critical"] = 0 if critical else 100
    reasons: list[str] = []
    if finished is False:
        reasons.append("通话没有结束，不计为通过")
    elif good_ending is False:
        reasons.append(f"结局不理想：{ending_label}" if ending_label else "结局不理想")
    if critical:
        reasons.append(f"出现一票否决的违规 {critical} 次")
    if overall < rubric.pass_mark:
        reasons.append(f"总分 {overall} 低于合格线 {rubric.pass_mark}")
    return SessionScore(
        overall, by_category, n, critical, not reasons, rubric.pass_mark, rule_counts, finished, good_ending, tuple(reasons)
    )
