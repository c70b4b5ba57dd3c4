"""A centre's rubric on top of the built-in one: ``peilian rubric check`` and ``--rubric``."""

import json

from conftest import ROOT

EXAMPLES = ROOT / "docs" / "examples" / "rubrics"


def test_the_documented_overlays_check_clean(peilian):
    for name in ("bank", "property"):
        result = peilian("rubric", "check", str(EXAMPLES / name))
        assert result.returncode == 0, result.stderr.decode()
        assert "全部符合" in result.stdout.decode()


def test_an_overlay_with_mistakes_is_reported_by_file_and_line(peilian, tmp_path):
    (tmp_path / "rubric.yaml").write_text(
        "extends: builtin\npass_mark: 120\ndisable: [service.informal_yuo]\ncolour: red\n", encoding="utf-8"
    )
    result = peilian("rubric", "check", str(tmp_path))
    err = result.stderr.decode()
    assert result.returncode == 2
    assert "rubric.yaml:2:" in err and "pass_mark" in err
    assert "rubric.yaml:3:" in err and "service.informal_you" in err  # the nearest id is suggested
    assert "rubric.yaml:4:" in err and "colour" in err
    assert "Traceback" not in err


def test_an_exception_that_is_not_a_list_of_wordings_is_reported_by_line(peilian, tmp_path):
    (tmp_path / "rubric.yaml").write_text(
        "extends: builtin\nforbidden:\n  - id: centre.no_guarantee\n    phrases: [保本]\n    except: 非保本\n"
        "    severity: major\n    category: handling\n    message: 不承诺保本。\n    examples:\n"
        "      bad: [{reply: 这款是保本的。}]\n      good: [{reply: 收益以合同为准。}]\n",
        encoding="utf-8",
    )
    result = peilian("rubric", "check", str(tmp_path))
    assert result.returncode == 2 and "rubric.yaml:5:" in result.stderr.decode() and "except" in result.stderr.decode()


def test_an_example_that_does_not_hold_fails_the_check(peilian, tmp_path):
    (tmp_path / "rubric.yaml").write_text(
        "extends: builtin\nforbidden:\n  - id: centre.no_qin\n    phrases: [亲]\n    severity: major\n"
        "    category: service_norms\n    message: 不用网店口吻。\n    examples:\n"
        "      bad: [{reply: 您好，请问有什么可以帮您？, situation: opening}]\n"
        "      good: [{reply: 您好，请问有什么可以帮您？, situation: opening}]\n",
        encoding="utf-8",
    )
    result = peilian("rubric", "check", str(tmp_path))
    assert result.returncode == 1 and "centre.no_qin 的反例" in result.stdout.decode()


def test_grade_and_play_use_the_centres_rubric(peilian):
    bank = str(EXAMPLES / "bank")
    line = json.dumps({"id": 1, "situation": "general", "customer": "这个理财安全吗？", "reply": "您放心，这款是保本的。"}, ensure_ascii=False)
    graded = json.loads(peilian("grade", "--json", "--rubric", bank, input=(line + "\n").encode()).stdout.decode())
    assert "centre.bank_guarantee" in [v["rule"] for v in graded["violations"]]
    plain = json.loads(peilian("grade", "--json", input=(line + "\n").encode()).stdout.decode())
    assert "centre.bank_guarantee" not in [v["rule"] for v in plain["violations"]]
    # The centre's exceptions: telling a customer a product is 非保本 is what it asks for.
    honest = json.dumps({"id": 2, "situation": "general", "customer": "这个理财保本吗？", "reply": "这款产品是非保本浮动收益型，收益以合同为准。"}, ensure_ascii=False)
    graded = json.loads(peilian("grade", "--json", "--rubric", bank, input=(honest + "\n").encode()).stdout.decode())
    assert "centre.bank_guarantee" not in [v["rule"] for v in graded["violations"]]
    played = peilian("play", "silent_caller_basic", "--script", "-", "--rubric", bank, input="亲，您好！请问有什么可以帮助您？\n".encode())
    assert played.returncode == 0 and "centre.bank_qin" in played.stdout.decode()


def test_a_broken_rubric_stops_every_command_before_it_starts(peilian, tmp_path):
    (tmp_path / "rubric.yaml").write_text("extends: builtin\npass_mark: high\n", encoding="utf-8")
    for command in (["play", "silent_caller_basic", "--script", "-"], ["test", "silent_caller_basic"]):
        result = peilian(*command, "--rubric", str(tmp_path), input=b"")
        assert result.returncode == 2 and "rubric.yaml:2" in result.stderr.decode(), command
