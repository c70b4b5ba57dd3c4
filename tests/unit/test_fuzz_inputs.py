"""Bad input hurts nothing: damaged scenario and exam YAML and damaged records rows
each end in sentences (with a line where there is one), never a traceback or a hang.

Bounded: a fixed number of examples each, no deadline per example (CI machines vary).
"""

import json
import math
import sqlite3

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grading import DataFileError
from simulator.exam.definition import load_exam
from simulator.scenario.library import bundled_ids
from simulator.scenario.loader import read_scenario
from simulator.scenario.validate import check_scenario

SCENARIO = bundled_ids()["silent_caller_basic"].read_text(encoding="utf-8")
LINES = SCENARIO.splitlines()
# What trainers get wrong in YAML, and what an attacker would try.
PIECES = st.sampled_from(
    ["", ":", " ", "  ", "- ", "[", "]", "{", "}", "&a [*a, *a]", "*a", "!!python/object:os.system", "'", '"',
     "\t", "{waited: {min: .nan}}", "9" * 400, "-1e999", "when: {acts: [no_such]}", "to: nowhere", "after_silence: true",
     "if: {acts: [time_commitment]}", "{said.time_commitment}", "nodes: []", "\x00", "\ud800", "中文"]
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.lists(st.tuples(st.integers(0, len(LINES) - 1), st.integers(0, 60), PIECES), min_size=1, max_size=4))
def test_a_damaged_scenario_file_is_reported_never_raised(edits):
    lines = list(LINES)
    for row, column, piece in edits:
        line = lines[row]
        lines[row] = line[:column] + piece + line[column:]
    text = "\n".join(lines).encode("utf-8", "replace").decode("utf-8")
    result = read_scenario(text, "damaged.yaml")
    for problem in result.problems:
        assert problem.message and isinstance(problem.message, str)
    if result.scenario is not None and not result.errors:
        check_scenario(result.scenario)


NUMBERS = st.one_of(
    st.integers(-10**6, 10**6), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=5), st.none(), st.booleans(),
    st.just(10**400),
)
EXAM_FIELDS = {
    "id": st.one_of(st.text(max_size=10), st.integers()),
    "title": st.one_of(st.text(max_size=10), st.lists(st.integers(), max_size=2)),
    "pass_mark": NUMBERS,
    "attempts": NUMBERS,
    "seed": NUMBERS,
    "time_limit_per_call": NUMBERS,
    "time_limit_total": NUMBERS,
    "scenarios": st.one_of(
        st.lists(st.one_of(st.sampled_from(["silent_caller_basic", "nope"]), st.fixed_dictionaries({"draw": NUMBERS}),
                           st.fixed_dictionaries({"id": st.text(max_size=5), "bad_ending_fails": NUMBERS})), max_size=3),
        st.text(max_size=5),
    ),
}


@pytest.fixture(scope="module")
def library():
    from simulator.scenario.library import load_library

    return load_library().scenarios


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(exam=st.fixed_dictionaries({}, optional=EXAM_FIELDS))
def test_a_damaged_exam_file_is_refused_with_sentences(tmp_path, library, exam):
    path = tmp_path / "exam.yaml"
    path.write_text(yaml.safe_dump(exam, allow_unicode=True), encoding="utf-8")
    try:
        loaded = load_exam(path, library)
    except DataFileError as exc:
        assert all(p.message for p in exc.problems)
        return
    # What loads is a usable exam: finite numbers in range.
    assert 0 <= loaded.pass_mark <= 100 and 1 <= loaded.attempts <= 100
    for limit in (loaded.time_limit_per_call, loaded.time_limit_total):
        assert limit is None or (math.isfinite(limit) and limit > 0)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.text(max_size=40), st.binary(max_size=20).map(lambda b: b.decode("latin-1")),
                      st.recursive(st.one_of(st.none(), st.integers(), st.text(max_size=5)), lambda inner: st.lists(inner, max_size=3), max_leaves=5).map(json.dumps)))
def test_a_damaged_records_row_is_skipped_with_a_sentence(tmp_path, data):
    from simulator.records import open_store

    db = tmp_path / "records.db"
    with open_store(db) as store:
        sid = store.begin_session(trainee="王芳", scenario_id="silent_caller_basic")
        store.record_turn(sid, 0, "reply", "您好", {"grade": {"score": 100, "violations": []}})
    with sqlite3.connect(db) as raw:
        raw.execute("INSERT OR REPLACE INTO turns(session_id, idx, at, kind, text, data) VALUES (?, 1, 0, 'reply', 'x', ?)", (sid, data))
    with open_store(db) as store:
        turns = store.turns(sid)
        assert turns[0]["text"] == "您好"
        if len(turns) == 1:
            assert store.damaged and "第 2 轮" in store.damaged[0]


# A recorded call as JSON, damaged: any value where a field should be, any nesting.
JSONISH = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=8)),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(["id", "turns", "role", "text", "situation"]), inner, max_size=4)),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(item=st.one_of(JSONISH, st.fixed_dictionaries({"id": JSONISH, "turns": st.lists(st.fixed_dictionaries({}, optional={"role": st.sampled_from(["agent", "customer", "boss", ""]), "text": st.one_of(st.text(max_size=20), JSONISH), "situation": st.one_of(st.sampled_from(["abusive", "party"]), JSONISH)}), max_size=4)})))
def test_a_damaged_recorded_call_is_refused_with_a_sentence_or_graded(item):
    from grading.calls import CallFormatError, grade_call, inference_for, parse_call
    from grading.grader import default_grader

    try:
        call = parse_call(item)
    except CallFormatError as exc:
        assert str(exc) and "Traceback" not in str(exc)
        return
    card = grade_call(call, default_grader(), inference_for(default_grader()))
    json.dumps(card.to_json(), ensure_ascii=False)  # what --json writes
    assert 0 <= card.result.overall <= 100


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.one_of(st.text(max_size=80), st.lists(st.lists(st.text(max_size=6), max_size=3), max_size=5).map(lambda rows: "\n".join(",".join(r) for r in [["姓名", "工号"], *rows]))))
def test_a_damaged_roster_is_refused_with_a_sentence_or_read(tmp_path, content):
    from simulator.exam.roster import RosterError, read_roster

    path = tmp_path / "roster.csv"
    path.write_text(content, encoding="utf-8", errors="surrogatepass") if "\ud800" not in content else path.write_bytes(b"\xff")
    try:
        entries = read_roster(path)
    except RosterError as exc:
        assert "roster.csv" in str(exc)
        return
    names = [e.name for e in entries]
    assert all(names) and len(set(names)) == len(names)
