"""`peilian validate`, `peilian play` and `peilian test` run as subprocesses, as trainers run them."""

import json
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "scenarios"
BROKEN = FIXTURES / "broken"

GREET = "您好！请问有什么可以帮助您？"
NOTICE = "您好，听不到您的声音，请问有什么可以帮助您？"
CLOSE = "对不起，您的电话没有声音，请您换一部电话再次打来，好吗？再见！"


def out(result) -> str:
    return result.stdout.decode("utf-8")


def err(result) -> str:
    return result.stderr.decode("utf-8")


# --------------------------------------------------------------------- validate


def test_validate_bundled_library_is_clean(peilian):
    result = peilian("validate", "--strict")
    assert result.returncode == 0, out(result) + err(result)
    assert "全部通过" in out(result)


def test_validate_reports_file_line_column_and_fix(peilian):
    result = peilian("validate", str(BROKEN / "unknown_target.yaml"))
    assert result.returncode == 2
    text = out(result)
    assert "unknown_target.yaml:10:13: 错误：去向 'dnoe' 既不是节点也不是结局，是不是 done？" in text
    assert "怎么改：" in text
    assert "1 个错误" in text


def test_validate_reports_every_file_at_once(peilian):
    result = peilian("validate", str(BROKEN))
    assert result.returncode == 2
    text = out(result)
    for name in ("unknown_act.yaml", "dead_end.yaml", "python_tag.yaml", "yaml_syntax.yaml", "missing_default.yaml"):
        assert name in text, name


def test_validate_warnings_fail_only_with_strict(peilian):
    path = str(BROKEN / "unreachable_node.yaml")
    relaxed = peilian("validate", path)
    assert relaxed.returncode == 0 and "警告：节点 orphan 无法到达" in out(relaxed)
    strict = peilian("validate", "--strict", path)
    assert strict.returncode == 1


def test_validate_missing_path(peilian):
    result = peilian("validate", "no/such/dir")
    assert result.returncode == 2 and "找不到这个文件或文件夹" in out(result)


def test_python_tag_is_refused_not_run(peilian, tmp_path):
    marker = tmp_path / "ran"
    scenario = tmp_path / "evil.yaml"
    scenario.write_text(f'id: evil\ntitle: !!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8")
    result = peilian("validate", str(scenario))
    assert result.returncode == 2 and "不安全的 YAML 标签" in out(result)
    assert not marker.exists()


# ------------------------------------------------------------------------- play


def test_play_transcript(peilian, tmp_path):
    script = tmp_path / "script.txt"
    script.write_text(f"# 标准处理\n{GREET}\n[等待 4 秒]\n{NOTICE}\n\n{CLOSE}\n[等待 3 秒]\n", encoding="utf-8")
    result = peilian("play", "silent_caller_basic", "--script", str(script))
    assert result.returncode == 0, err(result)
    text = out(result)
    assert "第 1 轮　[无声电话]　节点 connected" in text
    # A blank line keeps quiet 5 s: there the line moves on by itself after exactly 5 s.
    assert "话务员：（等待 4 秒）" in text and "话务员：（5 秒没有说话，线路自己往下走）" in text
    assert "评分：100 分，合格" in text
    assert "结局：按规范礼貌结束了无声电话（礼貌结束通话，好结局）" in text
    assert "路径：connected → first_pause → still_silent → second_pause → no_response → final_pause → closed_politely" in text


def test_play_json_is_one_object_per_turn_then_the_ending(peilian, tmp_path):
    script = tmp_path / "script.txt"
    script.write_text(f"喂，说话呀！\n{GREET}\n[wait 4]\n{NOTICE}\n[等待 3.5 秒]\n{CLOSE}\n", encoding="utf-8")
    result = peilian("play", "silent_caller_basic", "--script", str(script), "--json", "--seed", "7")
    assert result.returncode == 0, err(result)
    objects = [json.loads(line) for line in out(result).splitlines()]
    turns, ending = objects[:-1], objects[-1]
    assert len(turns) == 6 and [t["type"] for t in turns] == ["turn"] * 6
    keys = {"type", "scenario", "index", "node", "situation", "customer", "gloss", "silent", "move", "reply",
            "waited_seconds", "by_itself", "grade", "branch", "branch_note", "next", "state", "ended"}
    assert all(set(t) == keys for t in turns)
    first = turns[0]
    assert first["node"] == "connected" and first["situation"] == "silent_caller" and first["move"] == "reply"
    assert set(first["grade"]) == {"id", "score", "verdict", "violations"} and first["grade"]["verdict"] == "fail"
    assert {"service.wei", "attitude.rude_command"} <= {v["rule"] for v in first["grade"]["violations"]}
    assert first["next"] == "connected" and first["state"] == {"hurried": 0, "rude": 1}
    wait = turns[2]
    # The protocol's pause on a silent line breaks no rule: no grade.
    assert wait["move"] == "wait" and wait["grade"] is None and wait["reply"] is None and wait["waited_seconds"] == 4
    assert turns[4]["waited_seconds"] == 3.5
    assert set(ending) == {"type", "scenario", "version", "seed", "ended", "node", "outcome", "outcome_label", "good",
                           "label", "path", "turns", "state", "score"}
    assert ending["type"] == "ending" and ending["ended"] and ending["seed"] == 7
    assert (ending["node"], ending["outcome"], ending["good"]) == ("complaint_filed", "complaint", False)
    assert ending["path"][0] == "connected" and ending["path"][-1] == "complaint_filed"
    assert set(ending["score"]) == {"overall", "passed", "status", "reasons", "critical", "graded_turns", "by_category"}


def test_play_script_running_out_before_the_end(peilian, tmp_path):
    script = tmp_path / "script.txt"
    script.write_text(f"{GREET}\n", encoding="utf-8")
    result = peilian("play", "silent_caller_basic", "--script", str(script), "--json")
    ending = json.loads(out(result).splitlines()[-1])
    assert result.returncode == 0
    assert ending["ended"] is False and ending["node"] == "first_pause" and ending["outcome"] is None
    human = peilian("play", "silent_caller_basic", "--script", str(script))
    assert "通话还没有结束（停在节点 first_pause）" in out(human)


def test_play_file_path_gloss_and_leftover_lines(peilian, tmp_path):
    script = tmp_path / "script.txt"
    script.write_text("你再不说普通话我就挂了啊！\n多余的一行\n", encoding="utf-8")
    result = peilian("play", str(FIXTURES / "valid" / "call_flow.yaml"), "--script", str(script), "--seed", "1")
    assert result.returncode == 0
    assert "（普通话：" in out(result)
    assert "最后 1 步没有用上" in err(result)


def test_play_errors(peilian, tmp_path):
    script = tmp_path / "s.txt"
    script.write_text("[等一下吧]\n", encoding="utf-8")
    bad_script = peilian("play", "silent_caller_basic", "--script", str(script))
    assert bad_script.returncode == 2 and "第 1 行" in err(bad_script) and "[等待 4 秒]" in err(bad_script)
    unknown = peilian("play", "silent_caller_basc", "--script", str(script))
    assert unknown.returncode == 2 and "是不是 silent_caller_basic" in err(unknown)
    broken = peilian("play", str(BROKEN / "unknown_act.yaml"), "--script", str(script))
    assert broken.returncode == 2 and "unknown_act.yaml:9:23" in err(broken)
    missing = peilian("play", "silent_caller_basic", "--script", str(tmp_path / "none.txt"))
    assert missing.returncode == 2 and "无法读取脚本" in err(missing)


def test_play_reads_script_from_stdin(peilian):
    result = peilian("play", "silent_caller_basic", "--script", "-", "--json", input=f"{GREET}\n".encode())
    assert result.returncode == 0
    assert json.loads(out(result).splitlines()[0])["next"] == "first_pause"


# ------------------------------------------------------------------------- test


def test_test_command_runs_the_bundled_scenario_tests(peilian):
    result = peilian("test")
    assert result.returncode == 0, out(result)
    text = out(result)
    assert "✔ 按规范处理：问候、稍停、再问候、礼貌结束" in text
    assert "0 失败" in text


def test_test_command_reports_failures_like_a_test_runner(peilian):
    result = peilian("test", str(FIXTURES / "failing"))
    assert result.returncode == 1
    text = out(result)
    assert "✔ 能通过" in text and "✘ 期望写错了" in text
    assert "结局应为 done，实际 通话未结束（停在 start）" in text
    # ... and why: the branch to "done" wanted a greeting the reply did not have.
    assert "第 1 步（节点 start）：分支 1 → done 没有成立：回复中有“问候”（这句回复里没有）" in text
    assert "共 2 项测试：1 通过，1 失败" in text


def test_test_command_refuses_broken_scenarios(peilian):
    result = peilian("test", str(BROKEN / "dead_end.yaml"))
    assert result.returncode == 2 and "dead_end.yaml:12:9" in out(result)


def test_test_command_accepts_a_bundled_id_and_explores(peilian):
    result = peilian("test", "dialect_shanghai_switch", "--explore", "40", "--seed", "2")
    assert result.returncode == 0, out(result)
    text = out(result)
    assert "随机走查 dialect_shanghai_switch：40 通电话（种子 2）" in text
    assert "没有崩溃或死循环" in text
    assert "silent_caller_basic" not in text


def test_explore_reports_a_call_that_never_ends(peilian, tmp_path):
    # Valid as a graph (the greeting leads out), but a random walk may loop a long time.
    path = tmp_path / "sticky.yaml"
    path.write_text(
        "id: sticky\ntitle: 很难结束\npersona: {name: 王女士}\n"
        "nodes:\n  - id: start\n    customer: 你好。\n    branches:\n"
        "      - when: {acts: {all: [greeting, apology, time_commitment, ask_helper]}}\n        to: done\n"
        "    default: start\n"
        "endings:\n  - {id: done, outcome: resolved, good: true}\n"
        "tests:\n  - {name: 结束, script: [您好，抱歉，24小时内请身边的人帮忙], expect: {ending: done}}\n",
        encoding="utf-8",
    )
    result = peilian("test", str(path), "--explore", "3")
    assert result.returncode == 1
    assert "仍没有结束（可能是死循环）" in out(result)


def test_play_is_deterministic_under_a_seed(peilian, tmp_path):
    script = tmp_path / "script.txt"
    script.write_text("您好，请问有什么可以帮您？\n\n对不起，请您讲普通话，好吗？谢谢！\n", encoding="utf-8")
    runs = [peilian("play", "dialect_shanghai_switch", "--script", str(script), "--json", "--seed", str(seed)) for seed in (4, 4, 5)]
    assert runs[0].stdout == runs[1].stdout
    customers = {tuple(json.loads(line)["customer"] for line in out(run).splitlines()[:-1]) for run in runs}
    assert len(customers) >= 1


def test_play_explain_lists_every_branch_and_why(peilian, tmp_path):
    script = tmp_path / "script.txt"
    script.write_text("非常抱歉给您带来不便，请您别着急。\n好的。\n", encoding="utf-8")
    scenario = FIXTURES.parent / "tui" / "abusive_caller.yaml"
    result = peilian("play", str(scenario), "--script", str(script), "--explain")
    assert result.returncode == 0, err(result)
    text = out(result)
    assert "✔ 分支 2 → calmer：回复中有“致歉”、“安抚”之一（其中有：致歉、安抚）" in text
    assert "· 默认分支 → louder：前面已有分支成立" in text
    assert "✘ 分支 2 → settled：回复中有“时限承诺”、“承诺处理”之一（其中一个也没有）" in text
    assert "✔ 默认分支 → hung_up：其他分支都不成立" in text
    plain = out(peilian("play", str(scenario), "--script", str(script)))
    assert "分支（按顺序检查" not in plain


def test_play_fails_a_call_that_ends_badly_and_never_passes_an_unfinished_one(peilian, tmp_path):
    """A silent line greeted once and left until the caller hangs up: 100 points on
    the one reply, and still not passed; a script that runs out is unfinished."""
    left = tmp_path / "left.txt"
    left.write_text(f"{GREET}\n[等待 30 秒]\n[等待 30 秒]\n", encoding="utf-8")
    result = peilian("play", "silent_caller_basic", "--script", str(left), "--json")
    assert result.returncode == 0, err(result)
    ending = json.loads(out(result).splitlines()[-1])
    assert ending["good"] is False and ending["score"]["overall"] == 100
    assert ending["score"]["passed"] is False and ending["score"]["status"] == "failed"
    assert ending["score"]["reasons"][0].startswith("结局不理想")
    text = peilian("play", "silent_caller_basic", "--script", str(left))
    assert "总评：100 分，不合格" in out(text) and "结局不理想" in out(text)

    short = tmp_path / "short.txt"
    short.write_text(f"{GREET}\n", encoding="utf-8")
    ending = json.loads(out(peilian("play", "silent_caller_basic", "--script", str(short), "--json")).splitlines()[-1])
    assert ending["ended"] is False and ending["score"]["status"] == "unfinished" and ending["score"]["passed"] is False
    assert "未完成" in out(peilian("play", "silent_caller_basic", "--script", str(short)))


BOMB = "".join(
    f"{name}: &{name} [{', '.join(['*' + prev] * 10)}]\n" if prev else f"{name}: &{name} [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for prev, name in zip([None, "a", "b", "c", "d", "e", "f", "g"], ["a", "b", "c", "d", "e", "f", "g", "h"])
)


def test_an_alias_bomb_is_refused_at_once_with_file_and_line(peilian, tmp_path):
    """"Billion laughs" in a scenario (a branch note that expands to 10^8 items) and in
    an exam file: refused in a moment, one sentence with file and line, exit 2."""
    scenario = tmp_path / "bomb.yaml"
    scenario.write_text(BOMB + "id: bomb\ntitle: 炸弹\n", encoding="utf-8")
    result = peilian("validate", str(scenario), timeout=60)
    assert result.returncode == 2 and "Traceback" not in err(result) + out(result)
    assert "bomb.yaml:" in out(result) + err(result) and "拒绝读取" in out(result) + err(result)
    exam = tmp_path / "exam.yaml"
    exam.write_text(BOMB + "id: x\ntitle: *h\nscenarios: [silent_caller_basic]\n", encoding="utf-8")
    key = tmp_path / "key"
    key.write_text("proctor-key-for-tests-0123456789", encoding="utf-8")
    result = peilian("exam", str(exam), "--candidate", "王芳", "--db", str(tmp_path / "r.db"), "--key-file", str(key), timeout=60)
    assert result.returncode == 2 and "Traceback" not in err(result)
    assert "exam.yaml:" in err(result) and "拒绝读取" in err(result)


def test_a_number_no_scenario_needs_is_a_sentence_not_a_traceback(peilian, tmp_path):
    source = (Path(__file__).resolve().parents[2] / "scenarios" / "silent_caller_basic.yaml").read_text(encoding="utf-8")
    scenario = tmp_path / "big.yaml"
    scenario.write_text(source.replace("difficulty: 1", "difficulty: 1" + "0" * 5000, 1), encoding="utf-8")
    result = peilian("validate", str(scenario))
    assert result.returncode == 2 and "Traceback" not in err(result)
    assert "big.yaml:" in out(result) and "数字太长" in out(result)


def test_play_a_silent_line_left_until_the_caller_hangs_up(peilian):
    """The line moves on by itself: nobody has to press anything for the caller to give up."""
    result = peilian("play", "silent_caller_basic", "--script", "-", "--json", input=f"{GREET}\n[等待 60 秒]\n".encode())
    assert result.returncode == 0, err(result)
    *turns, ending = [json.loads(line) for line in out(result).splitlines()]
    assert [(t["move"], t["by_itself"], t["waited_seconds"], t["next"]) for t in turns[1:]] == [
        ("wait", True, 5, "still_silent"),
        ("wait", True, 10, "caller_gave_up"),
    ]
    assert ending["node"] == "caller_gave_up" and ending["good"] is False
    assert ending["score"]["status"] == "failed" and ending["score"]["passed"] is False
    assert ending["score"]["reasons"][0].startswith("结局不理想")


def test_play_a_second_greeting_with_no_pause_is_a_violation_of_that_turn(peilian):
    result = peilian("play", "silent_caller_basic", "--script", "-", "--json", input=f"{GREET}\n{NOTICE}\n".encode())
    assert result.returncode == 0, err(result)
    turns = [json.loads(line) for line in out(result).splitlines()][:-1]
    second = turns[1]
    assert second["waited_seconds"] == 0
    (pause,) = [v for v in second["grade"]["violations"] if v["rule"] == "silent.no_pause"]
    assert "稍停3-5秒" in pause["message"]
    # The same reply after a pause is clean.
    result = peilian("play", "silent_caller_basic", "--script", "-", "--json", input=f"{GREET}\n[等待 4 秒]\n{NOTICE}\n".encode())
    later = [json.loads(line) for line in out(result).splitlines()][2]
    assert later["waited_seconds"] == 4 and later["grade"]["violations"] == []


def test_play_human_transcript_says_when_the_line_moved_by_itself(peilian):
    result = peilian("play", "silent_caller_basic", "--script", "-", input=f"{GREET}\n[等待 20 秒]\n".encode())
    text = out(result)
    assert "（5 秒没有说话，线路自己往下走）" in text and "（10 秒没有说话，线路自己往下走）" in text
    assert "对方等不及挂断了电话" in text and "不合格" in text
