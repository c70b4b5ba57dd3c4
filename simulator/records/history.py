"""A trainee's practice history: what ``peilian history`` prints and the app's history screen shows.

From the records: every session, the scores by category over time (drawn as
sparklines, one character per call, so they read in any terminal), the rules
broken most (with their titles and the trainee's own words), and the scenario to
practise next: the first one in the curriculum (``scenarios/curriculum.yaml``) not
yet passed; without a curriculum, or once it is all passed, the scenario that
exercises the situations of the most-broken rules, else the one with the lowest
best score, else the easiest one not yet tried.

Headless: no Textual here.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

from ..scenario.curriculum import Curriculum
from .base import RecordStore, SessionRecord, passed_scenario_ids

SPARKS = "▁▂▃▄▅▆▇█"
CHART_SESSIONS = 30  # calls shown in a sparkline (the most recent)
MODE_LABELS = {"practice": "练习", "realistic": "实战", "exam": "考试"}
STATUS_LABELS = {"open": "未完成", "finished": "已完成", "abandoned": "已放弃", "timed_out": "超时"}


# ---------------------------------------------------------------------------
# The history
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleCount:
    rule: str
    title: str
    count: int
    example: str  # the trainee's own words at fault (the first time)


@dataclass(frozen=True)
class Recommendation:
    scenario_id: str
    title: str
    reason: str


@dataclass
class History:
    trainee: str
    sessions: list[SessionRecord]
    categories: list[tuple[str, str]]  # (id, Chinese label), in the rubric's order
    series: dict[str, list[int]]  # category -> scores of the finished calls, oldest first
    top_rules: list[RuleCount]
    recommendation: Recommendation | None
    best: dict[str, int] = field(default_factory=dict)
    passed: set[str] = field(default_factory=set)
    # Whether each charted call passed, in the order of ``series``: the charts mark the failures.
    outcomes: list[bool] = field(default_factory=list)
    disputes: list = field(default_factory=list)  # the trainee's disputes (DisputeRecord), oldest first

    @property
    def finished(self) -> list[SessionRecord]:
        return [s for s in self.sessions if s.finished]

    @property
    def mean_score(self) -> int | None:
        scores = [s.score for s in self.finished if s.score is not None]
        return round(sum(scores) / len(scores)) if scores else None


def outcome_marks(outcomes: list[bool]) -> str:
    """One mark per call, aligned with the sparklines: ✓ passed, ✗ failed."""
    return "".join("✓" if ok else "✗" for ok in outcomes)


def sparkline(values: list[int], low: int = 0, high: int = 100) -> str:
    """One block character per value, low to high: ``▂▄▆█``."""
    span = high - low or 1
    out = []
    for value in values:
        fraction = min(1.0, max(0.0, (value - low) / span))
        out.append(SPARKS[round(fraction * (len(SPARKS) - 1))])
    return "".join(out)


def _situations(scenario) -> set[str]:
    return {node.situation for node in scenario.nodes.values()}


def recommend(
    library: dict,
    *,
    passed: set[str],
    best: dict[str, int],
    rule_counts: Counter,
    curriculum: Curriculum | None = None,
    rubric=None,
) -> Recommendation | None:
    """The scenario to practise next, with the reason in Chinese."""
    if not library:
        return None
    if curriculum is not None:
        for number, stage in enumerate(curriculum.stages, 1):
            for sid in stage.scenarios:
                if sid in library and sid not in passed:
                    where = f"课程第 {number} 阶段" + (f"“{stage.title}”" if stage.title else "")
                    return Recommendation(sid, library[sid].title, where + (f"：{stage.goal}" if stage.goal else ""))
    if rubric is None:
        from grading import default_rubric

        rubric = default_rubric()
    # How much of what the trainee gets wrong each scenario exercises: the rules
    # broken, weighted by how often, that apply in the situations its calls go through.
    relevance: dict[str, int] = {}
    top_for: dict[str, str] = {}
    for sid, scenario in library.items():
        situations = _situations(scenario)
        total = 0
        for rule_id, count in rule_counts.most_common():
            rule = rubric.rule(rule_id)
            if rule is None or rule.situations is None or not (rule.situations & situations):
                continue  # a rule for every situation says nothing about which call to take
            total += count
            top_for.setdefault(sid, rule.title)
        relevance[sid] = total
    open_ones = [sid for sid in library if sid not in passed]
    candidates = open_ones or list(library)

    def key(sid):
        return (-relevance[sid], 0 if sid in best else 1, best.get(sid, 0), library[sid].difficulty, sid)

    sid = min(candidates, key=key)
    title = library[sid].title
    if relevance[sid]:
        reason = f"这个场景练的正是您常犯的“{top_for[sid]}”"
    elif not open_ones:
        reason = f"所有场景都已通过；这个场景的最好成绩最低（{best.get(sid, 0)} 分），可以再巩固"
    elif sid in best:
        reason = f"最好成绩 {best[sid]} 分，还没有通过"
    else:
        reason = "还没有练过这个场景"
    return Recommendation(sid, title, reason)


def build_history(
    store: RecordStore,
    trainee: str,
    library: dict | None = None,
    *,
    curriculum: Curriculum | None = None,
    rubric=None,
    top: int = 5,
) -> History:
    """Everything the history shows for ``trainee``.  ``library``: scenario id -> Scenario."""
    if rubric is None:
        from grading import default_rubric

        rubric = default_rubric()
    sessions = store.sessions(trainee)
    categories = [(cid, c.label) for cid, c in rubric.categories.items()]
    series: dict[str, list[int]] = {cid: [] for cid, _ in categories}
    outcomes: list[bool] = []
    for s in sessions:
        by_category = s.summary.get("by_category") if s.finished else None
        if not isinstance(by_category, dict):
            continue
        outcomes.append(bool(s.passed))
        for cid in series:
            if isinstance(by_category.get(cid), int):
                series[cid].append(by_category[cid])
    rule_counts: Counter = Counter()
    examples: dict[str, str] = {}
    titles: dict[str, str] = {}
    for s in sessions:
        for turn in store.turns(s.id):
            for v in (turn.get("grade") or {}).get("violations") or []:
                if not isinstance(v, dict) or not v.get("rule"):
                    continue
                rule_counts[v["rule"]] += 1
                titles.setdefault(v["rule"], v.get("title") or "")
                examples.setdefault(v["rule"], v.get("excerpt") or turn.get("text") or "")
    top_rules = []
    for rule_id, count in rule_counts.most_common(top):
        rule = rubric.rule(rule_id)
        top_rules.append(RuleCount(rule_id, rule.title if rule is not None else titles.get(rule_id, ""), count, examples.get(rule_id, "")))
    passed = passed_scenario_ids(sessions)
    best = store.best_scores(trainee)
    recommendation = recommend(
        library or {}, passed=passed, best=best, rule_counts=rule_counts, curriculum=curriculum, rubric=rubric
    )
    disputes = store.disputes(trainee=trainee)
    return History(trainee, sessions, categories, series, top_rules, recommendation, best, passed, outcomes, disputes)


DISPUTE_STATUS = {"open": "待培训师处理", "accepted": "已采纳：评分有误", "rejected": "未采纳"}


def dispute_lines(dispute) -> tuple[str, str]:
    """(what was disputed, what became of it): one dispute as the trainee reads it."""
    turn = dispute.turn
    what = f"{turn.get('scenario_title') or turn.get('scenario_id') or ''} 第 {dispute.index + 1} 轮：“{turn.get('reply') or ''}”"
    outcome = DISPUTE_STATUS.get(dispute.status, dispute.status)
    if dispute.note:
        outcome += f"（{dispute.decided_by or '培训师'}：{dispute.note}）"
    return what, outcome


# ---------------------------------------------------------------------------
# As text (peilian history)
# ---------------------------------------------------------------------------


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _cut(text: str, width: int) -> str:
    out = ""
    for char in text:
        if _width(out + char) > width - 1:
            return out + "…"
        out += char
    return out


def session_result(s: SessionRecord) -> str:
    if s.status != "finished":
        return STATUS_LABELS.get(s.status, s.status)
    return "通过" if s.passed else "未通过"


def render_text(history: History, *, limit: int = 20) -> str:
    lines: list[str] = []
    finished = history.finished
    unfinished = len(history.sessions) - len(finished)
    head = f"学员：{history.trainee}　通话 {len(history.sessions)} 次（完成 {len(finished)} 次"
    head += f"，未完成 {unfinished} 次）" if unfinished else "）"
    if history.mean_score is not None:
        head += f"　平均 {history.mean_score} 分　最高 {max(s.score for s in finished if s.score is not None)} 分"
    lines.append(head)
    if not history.sessions:
        lines.append("还没有练习记录。运行 peilian 开始第一次练习吧。")
    counts = {cid: len(v) for cid, v in history.series.items()}
    if any(counts.values()):
        shown = max(counts.values())
        lines += ["", f"分项得分走势（最近 {min(shown, CHART_SESSIONS)} 次完成的通话，从左到右由早到晚，每格一次）"]
        label_width = max(_width(label) for _, label in history.categories + [("", "结果")])
        recent_outcomes = history.outcomes[-CHART_SESSIONS:]
        failed = sum(not ok for ok in history.outcomes)
        lines.append(
            f"  {_pad('结果', label_width)}  {_pad(outcome_marks(recent_outcomes), CHART_SESSIONS)}  "
            f"✗ 不合格 {failed} 次，共 {len(history.outcomes)} 次"
        )
        for cid, label in history.categories:
            values = history.series.get(cid) or []
            if not values:
                continue
            if cid == "critical":  # yes or no per call: counted, not charted
                vetoed = sum(1 for v in values if v < 100)
                lines.append(f"  {_pad(label, label_width)}  {'出现在 ' + str(vetoed) + ' 次通话中' if vetoed else '没有'}")
                continue
            recent = values[-CHART_SESSIONS:]
            mean = round(sum(values) / len(values))
            lines.append(f"  {_pad(label, label_width)}  {_pad(sparkline(recent), CHART_SESSIONS)}  最近 {recent[-1]:>3}　平均 {mean:>3}")
    if history.sessions:
        lines += ["", f"历次通话（最近 {min(limit, len(history.sessions))} 次）"]
        lines.append(f"  {_pad('时间', 12)} {_pad('场景', 36)} {_pad('方式', 4)} {_pad('得分', 4)} 结果")
        for s in history.sessions[-limit:]:
            when = time.strftime("%m-%d %H:%M", time.localtime(s.started_at))
            score = "—" if s.score is None else str(s.score)
            title = _cut(s.scenario_title or s.scenario_id, 36)
            lines.append(f"  {_pad(when, 12)} {_pad(title, 36)} {_pad(MODE_LABELS.get(s.mode, s.mode), 4)} {_pad(score, 4)} {session_result(s)}")
    lines += ["", "最常违反的规范"]
    if history.top_rules:
        for n, item in enumerate(history.top_rules, 1):
            example = f"，例：“{_cut(item.example, 30)}”" if item.example else ""
            lines.append(f"  {n}. {item.title or item.rule}（{item.rule}）{item.count} 次{example}")
    else:
        lines.append("  没有违规记录。")
    if history.disputes:
        lines += ["", "我的异议"]
        for dispute in reversed(history.disputes):  # newest first
            what, outcome = dispute_lines(dispute)
            lines.append(f"  {_cut(what, 60)}　{outcome}")
    lines += ["", "下一步练习"]
    if history.recommendation is None:
        lines.append("  没有可推荐的场景。")
    else:
        r = history.recommendation
        lines.append(f"  {r.title}（{r.scenario_id}）")
        lines.append(f"  理由：{r.reason}")
        lines.append(f"  开始练习：peilian app --scenario {r.scenario_id}")
    return "\n".join(lines) + "\n"
