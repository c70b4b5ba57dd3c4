"""The call journal: a practice call written to the records database as it happens.

The app's small API over :class:`simulator.records.RecordStore` (SQLite or PostgreSQL,
the same store the exams and the reports use):

* :meth:`Journal.open` begins a session (who, which scenario and version, the
  seed, the persona and the customer's first line);
* :meth:`Journal.write_turn` stores each turn in its own committed transaction
  before the call goes on, so closing the terminal, Ctrl+C, a killed process or a
  power cut never loses a turn already taken;
* :meth:`Journal.finish` closes the session with its ending and score.

A session left open can be read back (:func:`unfinished_sessions`) and taken up
again with :func:`simulator.call.resume`, which appends to the same record.

Headless on purpose: no Textual here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .base import RecordStore, RecordStoreError, SessionRecord
from .turns import call_outcome, grade_from_record, line_record, turn_record

PRACTICE_MODES = ("practice", "realistic")


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------


class Journal:
    """One session's record in the store, written turn by turn."""

    def __init__(self, store: RecordStore, session_id: str):
        self.store = store
        self.session_id = session_id
        self.closed = False

    @classmethod
    def open(
        cls,
        store: RecordStore,
        scenario,
        *,
        trainee: str,
        seed: int = 0,
        mode: str = "practice",
        persona: str = "",
        start_line=None,
    ) -> "Journal":
        from grading import default_rubric

        session_id = store.begin_session(
            trainee=trainee,
            scenario_id=scenario.id,
            scenario_title=scenario.title,
            scenario_version=str(scenario.version),
            rubric_version=default_rubric().version,
            mode=mode,
            seed=seed,
            header={"persona": persona, "start": line_record(start_line)},
        )
        return cls(store, session_id)

    def write_turn(self, record: dict) -> None:
        """Store one turn (a :func:`turn_record`); raises RecordStoreError with a Chinese message."""
        if self.closed:
            raise RecordStoreError("练习记录已关闭，无法继续写入。")
        self.store.record_turn(self.session_id, record["index"], record["kind"], record.get("text") or "", record)

    def on_turn(self, result) -> None:
        """``CallSession(on_turn=journal.on_turn)``: record every move as the engine takes it."""
        self.write_turn(turn_record(result))

    def finish(self, session) -> None:
        """The call reached its ending: store the ending, the score and the path."""
        if self.closed:
            raise RecordStoreError("练习记录已关闭，无法继续写入。")
        self.store.finish_session(self.session_id, **call_outcome(session))
        self.close()

    def close(self) -> None:
        """Stop writing (the session stays open in the store: unfinished, resumable)."""
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


@dataclass
class JournalSession:
    """A session with its turns, as the app's report screen shows it."""

    record: SessionRecord
    turns: list[dict] = field(default_factory=list)

    @property
    def session_id(self) -> str:
        return self.record.id

    @property
    def scenario_id(self) -> str:
        return self.record.scenario_id

    @property
    def title(self) -> str:
        return self.record.scenario_title

    @property
    def mode(self) -> str:
        return self.record.mode

    @property
    def started_at(self) -> float:
        return self.record.started_at

    @property
    def finished(self) -> bool:
        return self.record.finished

    @property
    def header(self) -> dict:
        return self.record.header

    @property
    def ending(self) -> dict | None:
        return self.record.ending

    @property
    def score(self) -> int | None:
        """The session's score: when it ended, else the mean of the turns so far."""
        if self.record.score is not None:
            return self.record.score
        scores = [t["grade"]["score"] for t in self.turns if isinstance(t.get("grade"), dict) and isinstance(t["grade"].get("score"), int)]
        return round(sum(scores) / len(scores)) if scores else None

    @property
    def resumable(self) -> bool:
        return self.record.status == "open" and self.record.mode in PRACTICE_MODES and bool(self.turns)

    def grades(self) -> list:
        return [grade_from_record(t.get("grade")) for t in self.turns if t.get("grade")]


def load_session(store: RecordStore, session_id: str) -> JournalSession | None:
    record = store.session(session_id)
    return None if record is None else JournalSession(record, store.turns(session_id))


def unfinished_sessions(store: RecordStore, trainee: str | None = None) -> list[JournalSession]:
    """Practice calls left mid-call (at least one turn taken), newest first."""
    found = []
    for record in store.unfinished(trainee):
        if record.mode not in PRACTICE_MODES:
            continue
        turns = store.turns(record.id)
        if turns:
            found.append(JournalSession(record, turns))
    found.sort(key=lambda s: s.started_at, reverse=True)
    return found


def finished_counts(store: RecordStore, trainee: str | None = None) -> dict[str, int]:
    """How many practice calls of each scenario were taken to their end."""
    counts: dict[str, int] = {}
    for record in store.sessions(trainee):
        if record.finished and record.mode in PRACTICE_MODES:
            counts[record.scenario_id] = counts.get(record.scenario_id, 0) + 1
    return counts
