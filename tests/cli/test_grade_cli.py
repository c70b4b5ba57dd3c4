"""`peilian grade` run as a subprocess, as QA tools will run it."""

import json
import shutil
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "contract_examples.jsonl"


def _lines(text: bytes):
    return [json.loads(line) for line in text.decode("utf-8").splitlines()]


def test_json_output_one_object_per_line_in_order(peilian):
    result = peilian("grade", "--json", str(EXAMPLES))
    assert result.returncode == 0, result.stderr.decode()
    outputs = _lines(result.stdout)
    inputs = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    assert [o["id"] for o in outputs] == [i["id"] for i in inputs]
    for out in outputs:
        assert set(out) == {"id", "score", "verdict", "violations"}
        assert 0 <= out["score"] <= 100
        assert out["verdict"] in ("pass", "fail")
        for v in out["violations"]:
            assert {"rule", "category", "severity", "message", "suggestion"} <= set(v)
            assert v["severity"] in ("minor", "major", "critical")


def test_reads_standard_input_and_defaults_situation(peilian):
    result = peilian("grade", "--json", input='{"id": "x", "reply": "好的，请您稍等，马上为您查询。"}\n'.encode())
    assert result.returncode == 0
    (out,) = _lines(result.stdout)
    assert out == {"id": "x", "score": 100, "verdict": "pass", "violations": []}


def test_readable_report_names_rule_words_and_standard_wording(peilian):
    line = '{"id": "e22", "situation": "closing", "customer": "没事了。", "reply": "88"}\n'
    result = peilian("grade", input=line.encode())
    text = result.stdout.decode()
    assert "service.goodbye_slang" in text
    assert "“88”" in text
    assert "标准用语：感谢您的来电" in text
    assert "不合格" in text


def test_bad_lines_are_reported_and_the_rest_still_graded(peilian):
    lines = [
        b'{"id": "good", "reply": "\xe6\x82\xa8\xe5\xa5\xbd"}',  # 您好
        b"this is not json",
        b'{"id": "no-reply"}',
        b'{"id": "num", "reply": 42}',
        b'{"id": "sit", "reply": "x", "situation": "party"}',
        b'{"id": "long", "reply": "' + ("好" * 100_000).encode() + b'"}',
        b"\xff\xfe\xfd",
        b'{"id": "emoji", "reply": "\xe6\x82\xa8\xe5\xa5\xbd\xf0\x9f\x98\x80\x01"}',
        b'{"id": "hist", "reply": "x", "history": [{"role": "boss", "text": "hi"}]}',
        b'{"id": "last", "reply": "\xe5\x86\x8d\xe8\xa7\x81"}',
    ]
    result = peilian("grade", "--json", input=b"\n".join(lines) + b"\n")
    assert result.returncode != 0
    err = result.stderr.decode()
    for number in (2, 3, 4, 5, 6, 7, 9):
        assert f"第 {number} 行" in err
    assert "opening, silent_caller" in err  # the unknown situation lists the known ones
    assert "UTF-8" in err
    assert "Traceback" not in err
    ids = [o["id"] for o in _lines(result.stdout)]
    assert ids == ["good", "emoji", "last"]


def test_lines_that_cannot_be_read_or_written_do_not_stop_the_batch(peilian):
    """A line nested too deep for the JSON reader, and text holding half a UTF-16
    pair (which no output can carry), are line-numbered errors; later lines are graded."""
    lines = [
        b'{"id": "first", "reply": "\xe6\x82\xa8\xe5\xa5\xbd"}',
        b'{"id": "deep", "reply": "x", "extra": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b'{"id": "\\ud800", "reply": "x"}',
        b'{"id": "r", "reply": "x\\udc00"}',
        b'{"id": {"nested": "\\ud800"}, "reply": "x"}',
        b'{"id": "after", "reply": "\xe5\x86\x8d\xe8\xa7\x81"}',
    ]
    for json_flag in (["--json"], []):
        result = peilian("grade", *json_flag, input=b"\n".join(lines) + b"\n")
        assert result.returncode == 1
        err = result.stderr.decode()
        assert "Traceback" not in err
        for number in (2, 3, 4) + ((5,) if json_flag else ()):  # the readable report shows such an id escaped
            assert f"第 {number} 行" in err
        out = result.stdout.decode()
        assert "first" in out and "after" in out
    assert "嵌套层数太深" in err and "孤立的代理项" in err


def test_broken_rubric_reports_file_line_and_rule_without_traceback(peilian, tmp_path):
    from grading.rubric import default_rules_dir

    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    tone = rules / "tone.yaml"
    text = tone.read_text(encoding="utf-8").replace("severity: minor", "severity: mild")
    tone.write_text(text, encoding="utf-8")
    broken_line = next(i for i, l in enumerate(text.splitlines(), 1) if "id: tone.command" in l)
    result = peilian("grade", "--rubric", str(rules), input=b'{"reply": "x"}\n')
    err = result.stderr.decode()
    assert result.returncode == 2
    assert f"tone.yaml:{broken_line}" in err and "[tone.command]" in err and "severity" in err
    assert "Traceback" not in err


def test_rubric_with_python_tag_is_refused(peilian, tmp_path):
    from grading.rubric import default_rules_dir

    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    (rules / "evil.yaml").write_text("rules: !!python/object/apply:os.system ['echo pwned']\n", encoding="utf-8")
    result = peilian("grade", "--rubric", str(rules), input=b'{"reply": "x"}\n')
    err = result.stderr.decode()
    assert result.returncode == 2
    assert "evil.yaml:1" in err and "不安全" in err
    assert b"pwned" not in result.stdout


def test_any_input_line_is_either_graded_or_a_sentence():
    """Fuzzed grade lines (any JSON value, any text, deep nesting, lone surrogates):
    reading a line gives fields or an InputLineError, never another exception; the
    fields are then graded and written without error."""
    import json as _json

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from grading import SITUATIONS, Context, Turn, default_grader
    from simulator.commands.grade import InputLineError, parse_line

    values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
        max_leaves=12,
    )
    fields = st.fixed_dictionaries(
        {},
        optional={
            "id": values,
            "reply": st.text(max_size=60) | values,
            "situation": st.sampled_from(SITUATIONS) | values,
            "customer": st.text(max_size=30) | values,
            "history": st.lists(st.fixed_dictionaries({"role": st.sampled_from(["agent", "customer", "x"]), "text": st.text(max_size=20) | values}), max_size=3) | values,
        },
    )
    lines = fields.map(lambda d: _json.dumps(d, ensure_ascii=True)) | st.text(max_size=80) | st.integers(1, 3000).map(lambda n: "[" * n + "]" * n)

    @settings(max_examples=300, deadline=None)
    @given(line=lines)
    def check(line):
        try:
            reply_id, parsed = parse_line(line, SITUATIONS)
        except InputLineError as exc:
            assert str(exc)
            return
        context = Context(parsed["situation"], parsed["customer"], tuple(Turn(r, t) for r, t in parsed["history"]))
        grade = default_grader().grade(parsed["reply"], context)
        try:
            _json.dumps(grade.to_contract(reply_id), ensure_ascii=False).encode("utf-8")
        except (ValueError, TypeError, RecursionError):
            pass  # reported by the command as a line it cannot write, and the batch goes on

    check()
