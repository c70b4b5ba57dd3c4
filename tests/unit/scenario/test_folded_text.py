"""Trainers wrap long Chinese lines; YAML folds each line break into a space, and the
loader drops that space again where it would sit between two Chinese characters (or
Chinese punctuation).  Spaces typed inside a line, and folds between Latin words or
numbers, stay."""


from simulator.scenario.library import load_curriculum
from simulator.scenario import load_library, load_scenario
from simulator.scenario.loader import is_cjk, parse

WRAPPED = """\
id: wrapped
title: 折行的中文
description: >-
  电话接通了，但对方一直没有声音。请按规范处理：先问候，稍停 3 到 5 秒；
  仍然无声，再次问候并说明听不到声音；
  客户说 “您好” 时要回应。
  The caller speaks English
  words and numbers 3
  5 stay apart.
goals:
  - 接通后主动问候，
    再稍停 3 到 5 秒
  - "说完“再见”
    再挂机"
persona:
  name: 刘先生
  background: >
    用的是一部旧座机，
    话筒坏了。
nodes:
  - id: start
    customer: 喂，你好 我想问一下，
      宽带的事。
    hint: >-
      先问候——
      再询问需求……
    default: done
endings:
  - id: done
    outcome: resolved
    good: true
    feedback: >-
      问候规范，
      “请问有什么可以帮助您”
      说得很好。
tests:
  - {name: 测试, script: [您好], expect: {ending: done}}
"""


def test_folded_lines_join_without_a_space_between_chinese_characters(tmp_path):
    path = tmp_path / "wrapped.yaml"
    path.write_text(WRAPPED, encoding="utf-8")
    scenario = load_scenario(path)
    assert scenario.description == (
        "电话接通了，但对方一直没有声音。请按规范处理：先问候，稍停 3 到 5 秒；仍然无声，再次问候并说明听不到声音；"
        "客户说 “您好” 时要回应。 The caller speaks English words and numbers 3 5 stay apart."
    )
    # A plain and a quoted scalar spanning lines fold the same way.
    assert scenario.goals == ("接通后主动问候，再稍停 3 到 5 秒", "说完“再见”再挂机")
    assert scenario.persona.background == "用的是一部旧座机，话筒坏了。"
    node = scenario.nodes["start"]
    assert node.lines[0].text == "喂，你好 我想问一下，宽带的事。"  # the space typed inside the line stays
    assert node.hint == "先问候——再询问需求……"
    assert scenario.endings["done"].feedback == "问候规范，“请问有什么可以帮助您”说得很好。"


def test_literal_blocks_and_single_lines_are_left_alone():
    data, _ = parse("a: |\n  第一行\n  第二行\nb: >-\n  只有一行 中文\nc: 你好 世界\nd: >-\n  第一段\n\n  第二段\n", "x.yaml")
    assert data == {"a": "第一行\n第二行\n", "b": "只有一行 中文", "c": "你好 世界", "d": "第一段\n第二段"}


def test_shared_personas_and_the_curriculum_read_the_same_way(tmp_path):
    (tmp_path / "personas.yaml").write_text(
        "personas:\n  - id: chen_ayi\n    name: 陈阿姨\n    background: >-\n      住在静安区的退休教师，\n      一个人在家。\n",
        encoding="utf-8",
    )
    (tmp_path / "call.yaml").write_text(WRAPPED.replace("persona:\n  name: 刘先生\n  background: >\n    用的是一部旧座机，\n    话筒坏了。\n", "persona: chen_ayi\n"), encoding="utf-8")
    report = load_library([tmp_path])
    assert not report.problems, [str(p) for p in report.problems]
    assert report.scenarios["wrapped"].persona.background == "住在静安区的退休教师，一个人在家。"

    (tmp_path / "curriculum.yaml").write_text(
        "title: 课程\nstages:\n  - title: 第一阶段\n    goal: >-\n      接通后主动问候，\n      按规范礼貌结束。\n    scenarios: [wrapped]\n",
        encoding="utf-8",
    )
    assert load_curriculum(tmp_path).stages[0].goal == "接通后主动问候，按规范礼貌结束。"


def test_the_bundled_descriptions_have_no_stray_spaces():
    scenario = load_scenario("silent_caller_basic")
    assert "稍停 3 到 5 秒；仍然无声" in scenario.description
    for scenario in load_library().scenarios.values():
        texts = [scenario.description, scenario.persona.background if scenario.persona else "", *scenario.goals]
        for text in texts:
            for left, middle, right in zip(text, text[1:], text[2:]):
                assert not (middle == " " and is_cjk(left) and is_cjk(right)), (scenario.id, text)


def test_what_counts_as_chinese():
    for char in "中文，。；：！？（）“”‘’、《》【】……——·𠀀":
        assert is_cjk(char), char
    for char in "aZ09 .,;:!?()-'\"":
        assert not is_cjk(char), char
