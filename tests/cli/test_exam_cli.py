"""``peilian exam`` on the command line: verify (tampering detected), export, and
every reason an exam cannot be taken, each a clear message with exit status 2."""

import csv
import io
import json
from importlib import resources

import pytest

from conftest import SILENT_PROTOCOL

from simulator.engine.clock import ManualClock
from simulator.exam.attempt import ExamAttempt
from simulator.exam.definition import load_exam
from simulator.records import open_store

KEY = "proctor-key-for-tests-0123456789"
GOOD_SILENT = SILENT_PROTOCOL
EXAM = "id: silent\ntitle: 无声电话考核\npass_mark: 85\nattempts: 1\nscenarios: [silent_caller_basic]\n"


@pytest.fixture(scope="module")
def library():
    from simulator.scenario import load_library

    return load_library().scenarios


@pytest.fixture(autouse=True)
def no_key_in_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("PEILIAN_PROCTOR_KEY", raising=False)
    monkeypatch.setenv("PEILIAN_HOME", str(tmp_path / "home"))


@pytest.fixture
def setup(tmp_path, library):
    key_file = tmp_path / "proctor.key"
    key_file.write_text(KEY + "\n", encoding="utf-8")
    exam_file = tmp_path / "exam.yaml"
    exam_file.write_text(EXAM, encoding="utf-8")
    db = tmp_path / "peilian.db"
    return key_file, exam_file, db


def sit(exam_file, library, db, candidate, out_dir, moves=GOOD_SILENT):
    """A headless attempt, as the app would drive it; returns the signed result's path."""
    clock = ManualClock()
    with open_store(db) as store:
        attempt = ExamAttempt(load_exam(exam_file, library), library, candidate, store, clock=clock)
        outcome = attempt.next_call()
        for move in moves:
            if isinstance(move, int):
                clock.advance(move)
                outcome.session.wait()
            else:
                outcome.session.reply(move)
        attempt.next_call()
        return attempt.write_result(out_dir, KEY.encode())


def err(run):
    return run.stderr.decode("utf-8")


def test_verify_accepts_an_intact_result_and_rejects_any_change(peilian, setup, library, tmp_path):
    key_file, exam_file, db = setup
    path = sit(exam_file, library, db, "王芳", tmp_path / "results")
    run = peilian("exam", "verify", str(path), "--key-file", str(key_file))
    assert run.returncode == 0, err(run)
    assert "签名有效" in run.stdout.decode() and "王芳" in run.stdout.decode()

    document = json.loads(path.read_text(encoding="utf-8"))
    for name, change in {
        "score": lambda r: r.__setitem__("score", 100 if r["score"] != 100 else 99),
        "reply": lambda r: r["calls"][0]["turns"][0].__setitem__("text", "喂"),
        "passed": lambda r: r.__setitem__("passed", not r["passed"]),
        "version": lambda r: r["calls"][0].__setitem__("scenario_version", "9"),
    }.items():
        copy = json.loads(json.dumps(document))
        change(copy["result"])
        tampered = tmp_path / f"tampered-{name}.json"
        tampered.write_text(json.dumps(copy, ensure_ascii=False, indent=2), encoding="utf-8")
        run = peilian("exam", "verify", str(tampered), "--key-file", str(key_file))
        assert run.returncode == 1, name
        assert "签名不符" in run.stdout.decode()
    # Another proctor's key does not verify it either.
    other = tmp_path / "other.key"
    other.write_text("another-proctor-key-99999", encoding="utf-8")
    assert peilian("exam", "verify", str(path), "--key-file", str(other)).returncode == 1


def test_verify_unreadable_results_and_missing_key(peilian, setup, library, tmp_path):
    key_file, exam_file, db = setup
    garbage = tmp_path / "garbage.json"
    garbage.write_bytes(b"\x00\xffnot json")
    run = peilian("exam", "verify", str(garbage), "--key-file", str(key_file))
    assert run.returncode == 2 and "不是有效的考试结果文件" in err(run)
    run = peilian("exam", "verify", str(tmp_path / "missing.json"), "--key-file", str(key_file))
    assert run.returncode == 2 and "无法读取考试结果" in err(run)
    path = sit(exam_file, library, db, "王芳", tmp_path / "results")
    run = peilian("exam", "verify", str(path))
    assert run.returncode == 2 and "需要监考密钥" in err(run) and "Traceback" not in err(run)


def test_verify_and_export_for_an_unknown_candidate(peilian, setup, library, tmp_path):
    key_file, exam_file, db = setup
    path = sit(exam_file, library, db, "王芳", tmp_path / "results")
    for action in ("verify", "export"):
        run = peilian("exam", action, str(path), "--key-file", str(key_file), "--candidate", "张三")
        assert run.returncode == 2, action
        assert "没有考生“张三”的成绩" in err(run) and "王芳" in err(run)


def test_export_to_csv_and_json(peilian, setup, library, tmp_path):
    key_file, exam_file, db = setup
    first = sit(exam_file, library, db, "王芳", tmp_path / "results")
    second = sit(exam_file, library, db, "李雷", tmp_path / "results", moves=["喂，说话呀！"])
    out_csv, out_json = tmp_path / "r.csv", tmp_path / "r.json"
    run = peilian("exam", "export", str(first), str(second), "--csv", str(out_csv), "--json", str(out_json), "--key-file", str(key_file))
    assert run.returncode == 0, err(run)
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8"))))
    assert [(r["candidate"], r["passed"]) for r in rows] == [("王芳", "yes"), ("李雷", "no")]
    assert [r["candidate"] for r in json.loads(out_json.read_text(encoding="utf-8"))] == ["王芳", "李雷"]
    # A changed result is not exported when the key can check it.
    document = json.loads(second.read_text(encoding="utf-8"))
    document["result"]["passed"] = True
    second.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    run = peilian("exam", "export", str(first), str(second), "--key-file", str(key_file))
    assert run.returncode == 1 and "签名不符" in err(run)
    assert "王芳" in run.stdout.decode() and "李雷" not in run.stdout.decode()


def test_an_exam_that_cannot_be_taken_says_why(peilian, setup, library, tmp_path):
    key_file, exam_file, db = setup
    base = ["--key-file", str(key_file), "--db", str(db), "--out", str(tmp_path / "results")]
    cases = [
        (["exam", str(tmp_path / "nope.yaml"), "--candidate", "王芳", *base], "找不到考试文件"),
        (["exam", str(exam_file), *base], "请用 --candidate 写明考生姓名"),
        (["exam", str(exam_file), "--candidate", "王芳", "--db", str(db)], "需要监考密钥"),
    ]
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\ntitle: 坏的考试\npass_mark: high\nscenarios: [silent_caler_basic]\n", encoding="utf-8")
    cases.append((["exam", str(broken), "--candidate", "王芳", *base], "broken.yaml:3"))
    sit(exam_file, library, db, "王芳", tmp_path / "results")  # the one attempt allowed
    cases.append((["exam", str(exam_file), "--candidate", "王芳", *base], "已达 1 次"))
    bad_db = tmp_path / "bad.db"
    bad_db.write_bytes(b"not a database" * 300)
    cases.append((["exam", str(exam_file), "--candidate", "李雷", "--key-file", str(key_file), "--db", str(bad_db), "--out", str(tmp_path / "r")], "已损坏"))
    for args, message in cases:
        run = peilian(*args)
        assert run.returncode == 2, (args, err(run))
        assert message in err(run), (message, err(run))
        assert "Traceback" not in err(run)


def test_leaving_the_exam_app_at_once_still_writes_a_signed_failed_result(monkeypatch, setup, tmp_path, capsys):
    from simulator import cli
    from simulator.exam.results import verify_file
    from simulator.tui.exam_app import ExamApp

    key_file, exam_file, db = setup
    monkeypatch.setattr(ExamApp, "run", lambda self, *a, **k: None)  # the candidate closes the window
    code = cli.main(["exam", str(exam_file), "--candidate", "王芳", "--key-file", str(key_file), "--db", str(db), "--out", str(tmp_path / "results")])
    assert code == 1
    printed = capsys.readouterr().out
    assert "考生 王芳：未通过" in printed
    [path] = (tmp_path / "results").glob("*.json")
    assert verify_file(path, KEY.encode())
    assert json.loads(path.read_text(encoding="utf-8"))["result"]["reasons"]


def test_the_bundled_example_exam(library):
    import tomllib
    from pathlib import PurePath

    from conftest import ROOT

    shipped = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]["simulator"]
    assert any(PurePath("data/exams/basic_certification.yaml").match(p) for p in shipped)  # pip install . ships it
    path = resources.files("simulator").joinpath("data", "exams", "basic_certification.yaml")
    exam = load_exam(str(path), library)
    plan = exam.plan(library)
    assert plan[0] == "silent_caller_basic" and len(plan) == 2
    assert "方言" in library[plan[1]].tags
    assert exam.time_limit_per_call and exam.time_limit_total and exam.attempts == 2


@pytest.mark.parametrize(
    "line, says, lines",
    [
        ("pass_mark: .nan", "pass_mark 应是 0 到 100", (3, 5)),
        ("attempts: .inf", "attempts 应是 1 到 100 之间的整数", (3, 5)),
        ("seed: .nan", "seed 应是", (3, 5)),
        ("time_limit_total: .nan", "time_limit_total 应是", (3, 5)),
        ("pass_mark: 1" + "0" * 450, "数字太长", (3,)),
        ("pass_mark: 1" + "0" * 5000, "数字太长", (3,)),
    ],
    ids=["nan-pass-mark", "inf-attempts", "nan-seed", "nan-time-limit", "450-digits", "5000-digits"],
)
def test_an_exam_number_that_is_not_a_finite_number_in_range_is_refused(peilian, tmp_path, line, says, lines):
    exam = tmp_path / "exam.yaml"
    exam.write_text(f"id: x\ntitle: 测试\n{line}\nscenarios:\n  - silent_caller_basic\n  - {{draw: 1, difficulty: {{min: .nan}}}}\n", encoding="utf-8")
    key = tmp_path / "key"
    key.write_text("proctor-key-for-tests-0123456789", encoding="utf-8")
    result = peilian("exam", str(exam), "--candidate", "王芳", "--db", str(tmp_path / "r.db"), "--key-file", str(key))
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2 and "Traceback" not in err
    assert says in err
    for number in lines:  # the draw's NaN difficulty on line 5 too, when the file could be read
        assert f"exam.yaml:{number}" in err


def test_a_command_line_value_that_is_not_utf8_is_one_sentence_and_exit_2(peilian, tmp_path):
    result = peilian("exam", "basic_certification", "--candidate", b"\xff\xfe", "--db", str(tmp_path / "r.db"))
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2 and "Traceback" not in err
    assert "不是有效的 UTF-8" in err and "\\xff\\xfe" in err


# -- results that say everything, and say it safely -----------------------------


def _forge(path, out, change):
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    out.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return out


def test_verify_prints_nothing_a_forged_file_could_draw_with(peilian, setup, library, tmp_path):
    key_file, exam_file, db = setup
    good = sit(exam_file, library, db, "王芳", tmp_path / "out")

    def escape(document):
        document["result"]["candidate"] = "王芳\x1b[2K\r\x1b[32m签名有效 通过\x1b[0m"

    forged = _forge(good, tmp_path / "forged.json", escape)
    result = peilian("exam", "verify", str(forged), "--key-file", str(key_file))
    out = result.stdout.decode()
    assert result.returncode == 1 and "\x1b" not in out and "\r" not in out
    assert "签名不符" in out and "\\x1b" in out and "文件自称" in out


def test_verify_refuses_duplicate_keys_and_unsigned_fields(peilian, setup, library, tmp_path):
    key_file, exam_file, db = setup
    good = sit(exam_file, library, db, "王芳", tmp_path / "out")
    text = good.read_text(encoding="utf-8")
    twice = tmp_path / "twice.json"
    twice.write_text(text.replace('"signature":', '"signature": {"algorithm": "x", "value": "y"}, "signature":', 1), encoding="utf-8")
    extra = _forge(good, tmp_path / "extra.json", lambda d: d.update(passed_override=True))
    for bad, says in ((twice, "写了两次"), (extra, "未签名的字段")):
        result = peilian("exam", "verify", str(bad), "--key-file", str(key_file))
        assert result.returncode == 2 and says in result.stderr.decode(), result.stderr.decode()


def test_verify_counts_attempts_across_files_and_checks_the_exam(peilian, setup, library, tmp_path):
    key_file, exam_file, db = setup
    first = sit(exam_file, library, db, "王芳", tmp_path / "out")
    # A second sitting under the same name in another records database: one attempt too many.
    second = sit(exam_file, library, tmp_path / "other.db", "王\u200b芳", tmp_path / "out2")
    result = peilian("exam", "verify", str(first), str(second), "--key-file", str(key_file))
    out = result.stdout.decode()
    assert result.returncode == 1 and "次数不符" in out and "第 1 次有不止一份结果" in out
    assert peilian("exam", "verify", str(first), "--key-file", str(key_file), "--exam", str(exam_file)).returncode == 0
    edited = tmp_path / "edited.yaml"
    edited.write_text(EXAM.replace("pass_mark: 85", "pass_mark: 10"), encoding="utf-8")
    result = peilian("exam", "verify", str(first), "--key-file", str(key_file), "--exam", str(edited))
    assert result.returncode == 1 and "不是这场考试的结果" in result.stdout.decode()


def test_export_without_a_key_refuses_unless_told_and_then_says_so_in_every_row(peilian, setup, library, tmp_path):
    key_file, exam_file, db = setup
    good = sit(exam_file, library, db, "王芳", tmp_path / "out")
    result = peilian("exam", "export", str(good))
    assert result.returncode == 2 and "--unverified" in result.stderr.decode()
    result = peilian("exam", "export", str(good), "--unverified")
    assert result.returncode == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode())))
    assert rows and all(row["verified"].startswith("未验证") for row in rows)
    rows = list(csv.DictReader(io.StringIO(peilian("exam", "export", str(good), "--key-file", str(key_file)).stdout.decode())))
    assert all(row["verified"] == "签名已验证" for row in rows)


@pytest.mark.parametrize("key, ok", [(" " * 20, False), ("短" * 15, False), ("密" * 16, True), ("  " + KEY + "  \n", True)])
def test_a_key_is_the_same_however_given_and_counted_in_characters(peilian, setup, library, tmp_path, monkeypatch, key, ok):
    key_file, exam_file, db = setup
    good = sit(exam_file, library, db, "王芳", tmp_path / "out")
    from_file = tmp_path / "k"
    from_file.write_text(key, encoding="utf-8")
    by_file = peilian("exam", "verify", str(good), "--key-file", str(from_file))
    monkeypatch.setenv("PEILIAN_PROCTOR_KEY", key)
    by_env = peilian("exam", "verify", str(good))
    assert by_file.returncode == by_env.returncode  # file and environment agree
    if ok:
        assert by_file.returncode in (0, 1)
    else:
        assert by_file.returncode == 2 and "至少 16 个字符" in by_file.stderr.decode()


def test_verify_and_export_say_whether_a_result_is_a_certificate(peilian, setup, library, tmp_path):
    from simulator.exam.roster import code_hash

    key_file, exam_file, db = setup
    mock = sit(exam_file, library, db, "王芳", tmp_path / "results")
    with open_store(db) as store:
        exam = load_exam(exam_file, library)
        store.issue_roster(exam.id, [("李雷", "A018", code_hash(exam.id, "李雷", "ABCD2345"))])
        entry = store.redeem_code(exam.id, "李雷", code_hash(exam.id, "李雷", "ABCD-2345"), max_failures=5)
        attempt = ExamAttempt(exam, library, "李雷", store, clock=ManualClock(), mode="proctored", roster=entry)
        attempt.next_call()
        proctored = attempt.write_result(tmp_path / "results", KEY.encode())
        # A proctored attempt needs the roster entry it signed in as.
        with pytest.raises(Exception, match="名单"):
            ExamAttempt(exam, library, "王芳", store, clock=ManualClock(), mode="proctored", roster=entry)
    run = peilian("exam", "verify", str(mock), str(proctored), "--key-file", str(key_file))
    lines = run.stdout.decode().splitlines()
    assert run.returncode == 0, err(run)
    assert "模拟考试，不是证书" in lines[0]
    assert "认证考试（监考服务器，名单：李雷，A018）" in lines[1]
    out = tmp_path / "all.csv"
    assert peilian("exam", "export", str(mock), str(proctored), "--csv", str(out), "--key-file", str(key_file)).returncode == 0
    table = out.read_text(encoding="utf-8")
    assert "certificate" in table and "no（模拟考试）" in table and ",yes," in table
