"""Grade one reply in its situation and history."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from .acts import Analysis, analyze, default_lexicon
from .conditions import Env
from .dialogue import DialogueState
from .rubric import Rubric, choose_rules_dir, default_rubric
from .situations import SITUATIONS


_SEVERITY_ORDER = {"critical": 0, "major": 1, "minor": 2}


@dataclass(frozen=True)
class Turn:
    role: str  # "agent" or "customer"
    text: str


class Context(NamedTuple):
    """The moment a reply answers.  (Named tuples: one is made for every reply graded,
    and a frozen dataclass costs ten times as much to build.)"""

    situation: str = "general"
    customer: str = ""
    history: tuple[Turn, ...] = ()
    # Seconds of quiet before the reply began (nobody spoke), when known: the
    # pause rules read it ("稍停3-5秒").  None: not known, and no pause rule applies.
    paused: float | None = None


_new_tuple = tuple.__new__


class Violation(NamedTuple):
    """One rule a reply breaks (a named tuple for the same reason as Context)."""

    rule: str
    title: str
    category: str
    severity: str
    message: str
    suggestion: str
    deduction: int
    span: tuple[int, int] | None = None
    excerpt: str = ""  # the words at fault, as the trainee typed them
    source: str = ""

    def to_contract(self) -> dict:
        item = {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "suggestion": self.suggestion,
        }
        if self.span is not None:
            item["span"] = list(self.span)
        return item


@dataclass(frozen=True)
class Grade:
    reply: str
    situation: str
    score: int
    violations: tuple[Violation, ...]
    acts: frozenset[str]
    strengths: tuple[str, ...] = ()
    analysis: Analysis | None = field(default=None, compare=False, repr=False)
    # What the rules saw: the reply, the customer's line, the history, and the moment
    # they make (read once, when first asked for).
    env: Env | None = field(default=None, compare=False, repr=False)

    @property
    def verdict(self) -> str:
        return "fail" if any(v.severity in ("major", "critical") for v in self.violations) else "pass"

    @property
    def state(self) -> DialogueState | None:
        """The moment the reply answered: the customer swore, thanked, has business open…"""
        return self.env.state if self.env is not None else None

    @property
    def critical(self) -> bool:
        return any(v.severity == "critical" for v in self.violations)

    @property
    def severity(self) -> str | None:
        """The worst severity among the violations, or None when clean."""
        for level in ("critical", "major", "minor"):
            if any(v.severity == level for v in self.violations):
                return level
        return None

    @classmethod
    def _of(cls, **fields) -> "Grade":
        """The grader's own constructor: every field given, set without the frozen
        dataclass's per-field checks (a grade is made for every reply, and those checks
        cost more than the rest of building it)."""
        grade = object.__new__(cls)
        grade.__dict__.update(fields)
        return grade

    def to_contract(self, reply_id=None) -> dict:
        return {
            "id": reply_id,
            "score": self.score,
            "verdict": self.verdict,
            "violations": [v.to_contract() for v in self.violations],
        }


class Grader:
    def __init__(self, rubric: Rubric | None = None):
        self.rubric = rubric or default_rubric()
        self.lexicon = self.rubric.lexicon
        # The bundled lexicon's analyses are cached and shared with scenario branches.
        self.analyze = analyze if self.lexicon is default_lexicon() else self.lexicon.analyze

    def grade(self, reply: str, context: Context | None = None, lines: "CallLines | None" = None) -> Grade:
        """``lines``: the analyses of the call the reply belongs to, when its turns are
        graded one after another (each line is then analysed once, however long the call)."""
        context = context or Context()
        situation = context.situation if context.situation in SITUATIONS else "general"
        analyze = lines or self.analyze
        analysis = analyze(reply)
        history = [(turn.role, analyze(turn.text)) for turn in context.history if turn.role in ("agent", "customer")]
        customer_text = context.customer
        if not customer_text:
            customer_text = next((t.text for t in reversed(context.history) if t.role == "customer"), "")
        env = Env(analysis, analyze(customer_text) if customer_text else None, history, situation, context.paused, self.lexicon)
        violations = []
        yielding: dict[str, frozenset[str]] = {}  # rules found that give way to others (Rule.yields_to)
        if analysis.text:
            rules = self.rubric.rules_shown(situation, analysis.matches)  # skips rules needing acts it lacks
        else:
            rules = self.rubric.rules_for(situation, silence=True)
        heard = env.customer.matches.keys() if env.customer is not None else frozenset()
        for rule in rules:
            if rule.needs_customer is not None and heard.isdisjoint(rule.needs_customer):
                continue  # the customer's line shows none of the acts this rule needs
            either = rule.needs_either
            if either is not None and heard.isdisjoint(either[1]) and either[0].isdisjoint(analysis.matches):
                continue  # nor either line those it needs from one or the other
            holds, match = rule.check(env)
            if not holds:
                continue
            if rule.yields_to:
                yielding[rule.id] = rule.yields_to
            span = excerpt = None
            if match is not None:
                span = analysis.raw_span(match)
                excerpt = reply[span[0] : span[1]]
            # Built as the tuple it is, in Violation's field order: keyword arguments cost
            # five times as much, on every fault of every reply.
            violations.append(
                _new_tuple(
                    Violation,
                    (
                        rule.id,
                        rule.title,
                        rule.category,
                        rule.severity,
                        rule.message,
                        rule.suggestion_by_situation.get(situation, rule.suggestion),
                        rule.deduction,
                        span,
                        excerpt or "",
                        rule.source,
                    ),
                )
            )
        if yielding and len(violations) > 1:
            broken = {v.rule for v in violations}
            violations = [v for v in violations if v.rule not in yielding or yielding[v.rule].isdisjoint(broken)]
        if len(violations) > 1:
            violations.sort(key=lambda v: (_SEVERITY_ORDER[v.severity], v.span[0] if v.span else -1, v.rule))
        score = max(0, 100 - sum(v.deduction for v in violations))
        # A protocol step a learned model found (when a rule asked) counts as shown.
        learned = env.asked_found
        acts = analysis.acts | learned if learned else analysis.acts
        strengths = self.lexicon.strengths(acts, env.customer.acts if env.customer is not None else None)
        return Grade._of(
            reply=reply, situation=situation, score=score, violations=tuple(violations), acts=acts, strengths=strengths, analysis=analysis, env=env
        )


class CallLines:
    """The analyses of one call's lines: every turn reads the turns before it again, and a
    call may run to thousands of lines, more than the shared cache of recent lines holds."""

    def __init__(self, grader: Grader):
        self._analyze = grader.analyze
        self._seen: dict[str, Analysis] = {}

    def __call__(self, text: str) -> Analysis:
        found = self._seen.get(text)
        if found is None:
            found = self._seen[text] = self._analyze(text)
        return found


@lru_cache(maxsize=1)
def default_grader() -> Grader:
    return Grader()


def use_rubric(rules_dir) -> None:
    """Grade with ``rules_dir`` (a centre's rubric folder; None: the built-in rubric) from
    now on, everywhere in this process: commands call it for ``--rubric``."""
    choose_rules_dir(rules_dir)
    default_grader.cache_clear()


def grade(reply: str, situation: str = "general", customer: str = "", history=()) -> Grade:
    """Convenience wrapper: history is a sequence of Turn or (role, text)."""
    turns = tuple(t if isinstance(t, Turn) else Turn(*t) for t in history)
    return default_grader().grade(reply, Context(situation, customer, turns))
