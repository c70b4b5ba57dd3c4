"""`peilian new`: a scenario skeleton per kind of caller that validates strictly and passes its tests."""

import shutil
import uuid
from pathlib import Path

import pytest
import yaml

import simulator
from simulator.commands.new import schema_reference
from simulator.authoring.skeletons import SKELETON_NAMES, SkeletonError, check_id, render_skeleton, yaml_text

ROOT = Path(__file__).resolve().parents[2]
SOURCE_TREE = Path(simulator.__file__).resolve().parents[1] == ROOT  # not an installed copy
SCHEMA_LINE = "# yaml-language-server: $schema="


def out(result) -> str:
    return result.stdout.decode("utf-8")


def err(result) -> str:
    return result.stderr.decode("utf-8")


def schema_target(path: Path) -> Path:
    ref = path.read_text(encoding="utf-8").splitlines()[0][len(SCHEMA_LINE) :]
    target = Path(ref)
    return target if target.is_absolute() else (path.parent / target).resolve()


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """One skeleton of every persona, written by the command into a fresh folder."""
    from conftest import run_peilian

    folder = tmp_path_factory.mktemp("library") / "我的场景"
    results = {p: run_peilian("new", f"new_{p}", "--persona", p, "--dir", str(folder)) for p in SKELETON_NAMES}
    return folder, results


@pytest.mark.parametrize("persona", SKELETON_NAMES)
def test_new_writes_a_commented_skeleton(library, persona):
    folder, results = library
    result = results[persona]
    assert result.returncode == 0, err(result)
    path = folder / f"new_{persona}.yaml"
    assert f"已生成 {path}" in out(result) and "peilian validate --strict" in out(result)
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith(SCHEMA_LINE)
    # Outside the source tree: the installed schema's absolute path.
    assert schema_target(path).is_file() and schema_target(path).name == "scenario.schema.json"
    data = yaml.safe_load(text)
    assert data["id"] == f"new_{persona}"
    assert data["tests"] and any(e["good"] for e in data["endings"]) and any(not e["good"] for e in data["endings"])
    # Every top-level field and every field of the first node is explained in Chinese.
    for key in ("version:", "difficulty:", "description:", "goals:", "persona:", "state:", "nodes:", "endings:", "tests:"):
        line = next(line for line in lines if line.startswith(key))
        assert "#" in line, line
    for key in ("  - id:", "    situation:", "    branches:", "    default:", "    outcome:", "    good:"):
        line = next(line for line in lines if line.startswith(key))
        assert "# " in line, line


def test_every_skeleton_validates_strictly_and_passes_its_tests(library, peilian):
    folder, _ = library
    validate = peilian("validate", "--strict", str(folder))
    assert validate.returncode == 0, out(validate)
    assert f"检查了 {len(SKELETON_NAMES)} 个场景文件：全部通过" in out(validate)
    tested = peilian("test", str(folder))
    assert tested.returncode == 0, out(tested)
    assert "0 失败" in out(tested) and "✘" not in out(tested)
    for persona in SKELETON_NAMES:
        assert f"new_{persona}（" in out(tested)


def test_new_refuses_to_overwrite(peilian, tmp_path):
    first = peilian("new", "night_call", "--persona", "silent", "--dir", str(tmp_path))
    assert first.returncode == 0, err(first)
    path = tmp_path / "night_call.yaml"
    path.write_text("# 我改过的场景\n", encoding="utf-8")
    again = peilian("new", "night_call", "--persona", "dialect", "--dir", str(tmp_path))
    assert again.returncode == 2
    assert "已经存在，没有覆盖" in err(again) and out(again) == ""
    assert path.read_text(encoding="utf-8") == "# 我改过的场景\n"
    # A scenario test file of that name would be read as the new scenario's tests: refused too.
    (tmp_path / "other.tests.yaml").write_text("tests: []\n", encoding="utf-8")
    tests_beside = peilian("new", "other", "--persona", "general", "--dir", str(tmp_path))
    assert tests_beside.returncode == 2 and "other.tests.yaml 已经存在" in err(tests_beside)
    assert not (tmp_path / "other.yaml").exists()


def test_new_refuses_an_id_already_used_in_the_folder(peilian, tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "renamed.yaml").write_text("id: taken\ntitle: 旧场景\n", encoding="utf-8")
    result = peilian("new", "taken", "--persona", "repeat", "--dir", str(tmp_path))
    assert result.returncode == 2 and "已经用了 id taken" in err(result)
    assert not (tmp_path / "taken.yaml").exists()


@pytest.mark.parametrize("bad", ["has space", "bad.id", "a/b", "_hidden", "personas", "curriculum", "问号？"])
def test_new_rejects_invalid_ids(peilian, tmp_path, bad):
    result = peilian("new", bad, "--persona", "silent", "--dir", str(tmp_path))
    assert result.returncode == 2, out(result)
    assert "id" in err(result)
    assert not any(tmp_path.rglob("*.yaml"))


def test_check_id_follows_the_validator():
    for good in ("silent_caller_night", "无声电话_夜班", "call-2", "A1"):
        check_id(good)
    for bad in ("", "a b", "a.b", "a:b", "_x", "-x", "personas"):
        with pytest.raises(SkeletonError):
            check_id(bad)


def test_chinese_id_and_a_title_with_yaml_characters(peilian, tmp_path):
    title = '夜班: 无声电话 #2 "特别版" [测试]'
    result = peilian("new", "无声电话_夜班", "--persona", "silent", "--dir", str(tmp_path), "--title", title)
    assert result.returncode == 0, err(result)
    path = tmp_path / "无声电话_夜班.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["id"] == "无声电话_夜班" and data["title"] == title
    validate = peilian("validate", "--strict", str(path))
    assert validate.returncode == 0, out(validate)
    played = peilian("play", str(path), "--script", "-", input="您好！请问有什么可以帮助您？\n".encode())
    assert played.returncode == 0 and "first_pause" in out(played)


def test_yaml_text_reads_back_the_same():
    for value in ("普通标题", "a: b", "#1", "[x]", '"q"', "yes", "123", "null", "~", "- x", "{a}", "50%", "x #y"):
        assert yaml.safe_load(f"title: {yaml_text(value)}\n")["title"] == value, value


def test_render_skeleton_rejects_unknown_persona_and_empty_title():
    with pytest.raises(SkeletonError):
        render_skeleton("angry", "x")
    with pytest.raises(SkeletonError):
        render_skeleton("silent", "x", "   ")
    text = render_skeleton("general", "x", schema="")
    assert not text.startswith(SCHEMA_LINE) and "id: x " in text


@pytest.mark.skipif(not SOURCE_TREE, reason="simulator is imported from an installed copy, not this source tree")
def test_schema_reference_inside_and_outside_the_source_tree(tmp_path):
    assert schema_reference(ROOT / "scenarios" / "x.yaml") == "../simulator/data/scenario.schema.json"
    assert schema_reference(ROOT / "scenarios" / "night" / "x.yaml") == "../../simulator/data/scenario.schema.json"
    outside = schema_reference(tmp_path / "x.yaml")
    assert Path(outside).is_absolute() and Path(outside).is_file()


def test_new_inside_the_source_tree_uses_a_relative_schema_path(peilian):
    # A folder of its own inside the checkout (not the bundled library), removed afterwards.
    folder = ROOT / f".peilian-new-test-{uuid.uuid4().hex[:8]}"
    try:
        result = peilian("new", "inside", "--persona", "abusive", "--dir", str(folder))
        assert result.returncode == 0, err(result)
        path = folder / "inside.yaml"
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == f"{SCHEMA_LINE}../simulator/data/scenario.schema.json"
        assert schema_target(path) == ROOT / "simulator" / "data" / "scenario.schema.json"
        assert peilian("validate", "--strict", str(path)).returncode == 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_new_output_can_be_graphed(peilian, tmp_path):
    assert peilian("new", "flow", "--persona", "dialect", "--dir", str(tmp_path)).returncode == 0
    result = peilian("graph", str(tmp_path / "flow.yaml"))
    assert result.returncode == 0, err(result)
    assert "flowchart TD" in out(result) and "opening · 客户讲方言" in out(result)
