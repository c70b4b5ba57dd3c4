"""Whole recorded calls: a transcript in, one scorecard out (``peilian grade --calls``).

A transcript is a call's turns in order, each ``{"role": "agent" | "customer",
"text": …}`` with an optional ``situation``.  Every agent turn is graded against the
turns before it, exactly as a single reply is (docs/grading.md); a turn whose
transcript names no situation gets one inferred from the customer's line and the
call so far (grading/data/situation_inference.yaml) and is marked as inferred.
The call's result is the same aggregate the app and reports use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .conditions import ConditionError, Env, compile_condition
from .errors import DataError, DataFileError
from .grader import CallLines, Context, Grade, Grader, Turn
from .report import SessionScore, aggregate
from .situations import SITUATIONS

MAX_TURNS = 2_000  # a call longer than this is several calls pasted together
MAX_TURN_CHARS = 10_000  # one utterance, as for single replies
INFERENCE_FILE = Path(__file__).with_name("data") / "situation_inference.yaml"


class CallFormatError(ValueError):
    """A transcript that cannot be graded; the message says what to write instead."""


@dataclass(frozen=True)
class CallTurn:
    role: str  # "agent" or "customer"
    text: str
    situation: str | None = None  # as the transcript names it; None: to be inferred


@dataclass(frozen=True)
class RecordedCall:
    id: object
    turns: tuple[CallTurn, ...]


def parse_call(item: object) -> RecordedCall:
    """Check one decoded JSON value as a transcript, or raise CallFormatError."""
    if not isinstance(item, dict):
        raise CallFormatError('每行应是一通电话的 JSON 对象，如 {"id": "c1", "turns": [{"role": "agent", "text": "您好"}]}')
    turns = item.get("turns")
    if not isinstance(turns, list) or not turns:
        raise CallFormatError('缺少 turns 字段，或它不是非空列表（通话的每一句，形如 {"role": "agent", "text": "…"}）')
    if len(turns) > MAX_TURNS:
        raise CallFormatError(f"这通电话有 {len(turns)} 句，超过 {MAX_TURNS} 句的上限；是不是把几通电话拼在了一起？")
    parsed = []
    for index, turn in enumerate(turns, 1):
        if not isinstance(turn, dict) or turn.get("role") not in ("agent", "customer") or not isinstance(turn.get("text"), str):
            raise CallFormatError(f'turns 第 {index} 项应形如 {{"role": "agent" 或 "customer", "text": "…"}}')
        if len(turn["text"]) > MAX_TURN_CHARS:
            raise CallFormatError(f"turns 第 {index} 项长达 {len(turn['text'])} 个字符，超过一句话 {MAX_TURN_CHARS} 字的上限")
        situation = turn.get("situation")
        if situation is not None and (not isinstance(situation, str) or situation not in SITUATIONS):
            raise CallFormatError(f"turns 第 {index} 项的情境 {situation!r} 未知；可用的情境：{', '.join(SITUATIONS)}")
        parsed.append(CallTurn(turn["role"], turn["text"], situation))
    if not any(t.role == "agent" for t in parsed):
        raise CallFormatError("这通电话里没有话务员说的话，无从评分")
    return RecordedCall(item.get("id"), tuple(parsed))


@dataclass(frozen=True)
class _InferenceEntry:
    situation: str
    why: str
    check: object  # a compiled condition
    examples: tuple  # {customer, history: [{agent|customer: text}]}: tests of the entry


class SituationInference:
    """The ordered table of grading/data/situation_inference.yaml, compiled once."""

    def __init__(self, grader: Grader, path: Path = INFERENCE_FILE):
        from .yamlio import load_file

        self.grader = grader
        entries = load_file(path)
        if not isinstance(entries, list):
            raise DataFileError([DataError(str(path), None, "应是情境推断条目的列表")])
        known = set(grader.lexicon.acts)
        self.entries = []
        for number, entry in enumerate(entries, 1):
            where = f"第 {number} 条"
            if not isinstance(entry, dict) or entry.get("situation") not in SITUATIONS or not isinstance(entry.get("why"), str):
                raise DataFileError([DataError(str(path), None, f"{where} 需要 situation（已知情境）、why（理由）和 when（条件）")])
            try:
                check = compile_condition(entry.get("when"), known, f"{where}.when")
            except ConditionError as exc:
                raise DataFileError([DataError(str(path), None, str(exc))]) from None
            examples = entry.get("examples") or []
            if not isinstance(examples, list) or not all(isinstance(e, dict) and isinstance(e.get("customer"), str) for e in examples):
                raise DataFileError([DataError(str(path), None, f"{where}.examples 应是列表，每项至少有 customer（客户的话）")])
            self.entries.append(_InferenceEntry(entry["situation"], entry["why"], check, tuple(examples)))
        self._nothing = grader.analyze("")

    def infer(self, customer: str, history: list[tuple[str, str]], lines: CallLines | None = None) -> tuple[str, str]:
        """(situation, why) for a reply to ``customer`` after ``history`` (``lines``: the
        call's analyses, as Grader.grade takes them)."""
        analyze = lines or self.grader.analyze
        env = Env(self._nothing, analyze(customer) if customer else None, [(role, analyze(text)) for role, text in history])
        for entry in self.entries:
            if entry.check(env)[0]:
                return entry.situation, entry.why
        return "general", "看不出特别的情境，按一般情境评分"


@dataclass(frozen=True)
class GradedTurn:
    position: int  # 1-based place of the turn in the transcript
    grade: Grade
    inferred: bool
    why: str  # why the situation was inferred ("" when the transcript named it)


@dataclass(frozen=True)
class CallScorecard:
    id: object
    turns: tuple[GradedTurn, ...]
    result: SessionScore

    def to_json(self) -> dict:
        """The scorecard as ``peilian grade --calls --json`` writes it (docs/grading.md)."""
        turns = []
        for graded in self.turns:
            item = graded.grade.to_contract()
            del item["id"]
            turns.append(
                {
                    "turn": graded.position,
                    "text": graded.grade.reply,
                    "situation": graded.grade.situation,
                    "situation_inferred": graded.inferred,
                    **({"situation_why": graded.why} if graded.inferred else {}),
                    **item,
                }
            )
        return {
            "id": self.id,
            "score": self.result.overall,
            "verdict": "pass" if self.result.passed else "fail",
            "critical": self.result.critical,
            "pass_mark": self.result.pass_mark,
            "categories": self.result.by_category,
            "reasons": list(self.result.reasons),
            "agent_turns": len(self.turns),
            "turns": turns,
        }


def grade_call(call: RecordedCall, grader: Grader, inference: SituationInference) -> CallScorecard:
    """Grade every agent turn of ``call`` against the turns before it."""
    graded = []
    lines = CallLines(grader)
    for position, turn in enumerate(call.turns, 1):
        if turn.role != "agent":
            continue
        earlier = call.turns[: position - 1]
        # The line being answered: the customer's, when they spoke since the agent did.
        customer = earlier[-1].text if earlier and earlier[-1].role == "customer" else ""
        history = [(t.role, t.text) for t in earlier]
        if turn.situation is not None:
            situation, why, inferred = turn.situation, "", False
        else:
            (situation, why), inferred = inference.infer(customer, history, lines), True
        context = Context(situation, customer, tuple(Turn(role, text) for role, text in history))
        graded.append(GradedTurn(position, grader.grade(turn.text, context, lines), inferred, why))
    result = aggregate([g.grade for g in graded], grader.rubric)
    return CallScorecard(call.id, tuple(graded), result)


@lru_cache(maxsize=4)
def inference_for(grader: Grader) -> SituationInference:
    return SituationInference(grader)
