"""The bundled library and the files shipped with it: found through importlib.resources
(so a plain pip install works), their own tests pass, random walks find no crash, and
the JSON Schema for editors is current and agrees with the scenarios."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from simulator.scenario import ScenarioNotFound, bundled_root, load_library, load_scenario
from simulator.scenario.library import bundled_ids, is_scenario_file, resolve
from simulator.authoring.runner import explore, run_tests
from simulator.scenario.schema import build_schema, render

FIXTURES = ROOT / "tests" / "fixtures" / "scenarios"
SCHEMA_FILE = ROOT / "simulator" / "data" / "scenario.schema.json"
BUNDLED = load_library().scenarios


def test_bundled_library_comes_from_the_scenarios_package():
    root = bundled_root()
    assert Path(str(root)) == ROOT / "scenarios"
    assert {"silent_caller_basic", "dialect_shanghai_switch"} <= set(BUNDLED)
    assert set(bundled_ids()) == set(BUNDLED)


@pytest.mark.parametrize("scenario_id", sorted(BUNDLED))
def test_bundled_scenario_tests_pass(scenario_id):
    scenario = BUNDLED[scenario_id]
    outcomes = run_tests(scenario)
    assert len(outcomes) >= 5, "a bundled scenario needs good and poor runs"
    for outcome in outcomes:
        assert outcome.passed, (outcome.test.name, outcome.failures, outcome.error)
    good = [o for o in outcomes if o.session.ending and o.session.ending.good and o.session.summary().overall >= 90]
    bad = [o for o in outcomes if o.session.ending and not o.session.ending.good]
    assert good and bad


@pytest.mark.parametrize("scenario_id", sorted(BUNDLED))
def test_bundled_scenario_random_walks(scenario_id):
    # 1,000 walks: the grader ends more careless calls early (a goodbye while the
    # customer's business is open is a critical), so rare branches need more walks.
    report = explore(BUNDLED[scenario_id], 1000, seed=11)
    assert not report.crashes, report.crashes[0][2]
    assert not report.unfinished
    assert not report.unreached_nodes


def test_resolve_by_id_or_path():
    assert Path(str(resolve("silent_caller_basic"))).name == "silent_caller_basic.yaml"
    path = FIXTURES / "valid" / "call_flow.yaml"
    assert resolve(str(path)) == path
    with pytest.raises(ScenarioNotFound, match="是不是 dialect_shanghai_switch"):
        resolve("dialect_shanghai_swich")
    with pytest.raises(ScenarioNotFound, match="找不到场景文件"):
        resolve("nowhere/x.yaml")
    assert load_scenario("silent_caller_basic").warnings == []


def test_which_files_are_scenarios():
    assert is_scenario_file("a.yaml") and is_scenario_file("b.yml")
    for name in ("a.tests.yaml", "personas.yaml", "curriculum.yaml", "_draft.yaml", "notes.txt"):
        assert not is_scenario_file(name), name


@pytest.mark.cli  # starts processes of its own
def test_works_from_an_installed_copy(tmp_path):
    """Only what pyproject ships (packages, package data) in another folder, as after `pip install .`."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = config["tool"]["setuptools"]["package-data"]
    for package in ("grading", "simulator", "scenarios"):
        source = ROOT / package
        for path in source.rglob("*"):
            rel = path.relative_to(source)
            if path.is_dir() or "__pycache__" in rel.parts:
                continue
            shipped = path.suffix == ".py" or any(path.match(str(source / pattern)) or rel.match(pattern) for pattern in package_data.get(package, []))
            if shipped:
                target = tmp_path / package / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target)
    assert (tmp_path / "simulator" / "data" / "scenario.schema.json").exists()
    assert (tmp_path / "simulator" / "data" / "reply_bank.yaml").exists()
    assert (tmp_path / "scenarios" / "silent_caller_basic.yaml").exists()
    run = subprocess.run(
        [sys.executable, "-m", "simulator", "test", "--explore", "5"],
        cwd=tmp_path / "scenarios",  # not the checkout: the copy must find its own files
        env={"PYTHONPATH": str(tmp_path), "PATH": "", "PYTHONIOENCODING": "utf-8", "HOME": str(tmp_path)},
        capture_output=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout.decode() + run.stderr.decode()
    assert str(tmp_path) in run.stdout.decode() or "silent_caller_basic.yaml" in run.stdout.decode()


# ------------------------------------------------------------------- the schema


def test_shipped_schema_is_current():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == render(build_schema()), (
        "regenerate it: python -m simulator.scenario.schema > simulator/data/scenario.schema.json"
    )


def _check(instance, schema, root, where="$"):
    """A small JSON Schema (draft-07 subset) checker: the forms build_schema uses."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return _check(instance, {**root["definitions"][name], **{k: v for k, v in schema.items() if k != "$ref"}}, root, where)
    errors = []
    kinds = schema.get("type")
    if kinds:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        python = {"string": str, "number": (int, float), "integer": int, "boolean": bool, "object": dict, "array": list, "null": type(None)}
        ok = any(isinstance(instance, python[k]) and not (k in ("number", "integer") and isinstance(instance, bool)) for k in kinds)
        if not ok:
            return [f"{where}: {instance!r} is not {kinds}"]
    if "enum" in schema and instance not in schema["enum"]:
        errors.append(f"{where}: {instance!r} not in enum")
    if "pattern" in schema and isinstance(instance, str) and not re.search(schema["pattern"], instance):
        errors.append(f"{where}: {instance!r} does not match {schema['pattern']}")
    if "minimum" in schema and isinstance(instance, (int, float)) and instance < schema["minimum"]:
        errors.append(f"{where}: below minimum")
    if "maximum" in schema and isinstance(instance, (int, float)) and instance > schema["maximum"]:
        errors.append(f"{where}: above maximum")
    if "oneOf" in schema:
        matches = [s for s in schema["oneOf"] if not _check(instance, s, root, where)]
        if len(matches) != 1:
            errors.append(f"{where}: {instance!r} matches {len(matches)} of oneOf")
    if isinstance(instance, dict):
        for key in schema.get("required", []):
            if key not in instance:
                errors.append(f"{where}: missing {key}")
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, value in instance.items():
            if key in properties:
                errors += _check(value, properties[key], root, f"{where}.{key}")
            elif extra is False:
                errors.append(f"{where}: unexpected {key}")
            elif isinstance(extra, dict):
                errors += _check(value, extra, root, f"{where}.{key}")
    if isinstance(instance, list):
        if len(instance) < schema.get("minItems", 0) or len(instance) > schema.get("maxItems", 10**9):
            errors.append(f"{where}: wrong number of items")
        if "items" in schema:
            for i, item in enumerate(instance):
                errors += _check(item, schema["items"], root, f"{where}[{i}]")
    return errors


BUNDLED_FILES = sorted(p for p in (ROOT / "scenarios").glob("*.yaml") if is_scenario_file(p.name))
VALID_FILES = BUNDLED_FILES + [
    FIXTURES / "valid" / "call_flow.yaml",
    FIXTURES / "personas_lib" / "uses_shared.yaml",
    FIXTURES / "failing" / "failing.yaml",
]


@pytest.mark.parametrize("path", VALID_FILES, ids=[p.stem for p in VALID_FILES])
def test_valid_scenarios_satisfy_the_schema(path):
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert _check(data, schema, schema) == []


@pytest.mark.parametrize("name", ["unknown_field", "unknown_act", "unknown_situation", "unknown_outcome", "wrong_type", "bad_grade_condition"])
def test_the_schema_flags_what_validate_flags(name):
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    data = yaml.safe_load((FIXTURES / "broken" / f"{name}.yaml").read_text(encoding="utf-8"))
    assert _check(data, schema, schema)


def test_bundled_scenarios_declare_the_schema_for_editors():
    for path in BUNDLED_FILES:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../simulator/data/scenario.schema.json", path.name


def test_the_documented_example_validates_and_its_test_passes(tmp_path):
    doc = (ROOT / "docs" / "scenarios.md").read_text(encoding="utf-8")
    example = re.findall(r"```yaml\n(.*?)```", doc, re.S)[1]
    path = tmp_path / "dialect_minimal.yaml"
    path.write_text(example, encoding="utf-8")
    report = load_library([path])
    assert not report.problems, [str(p) for p in report.problems]
    (outcome,) = run_tests(report.scenarios["dialect_minimal"])
    assert outcome.passed, outcome.failures


def test_the_documented_play_json_example_is_what_play_prints(peilian):
    doc = (ROOT / "docs" / "scenarios.md").read_text(encoding="utf-8")
    documented = [json.loads(line) for line in re.findall(r"```json\n(.*?)```", doc, re.S)[0].splitlines()]
    script = "您好！请问有什么可以帮助您？\n[等待 4 秒]\n您好，听不到您的声音，请问有什么可以帮助您？\n[等待 4 秒]\n对不起，您的电话没有声音，请您换一部电话再次打来，好吗？再见！\n[等待 3 秒]\n"
    result = peilian("play", "silent_caller_basic", "--script", "-", "--json", input=script.encode())
    printed = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert printed[0] == documented[0] and printed[-1] == documented[1]


def test_random_walks_are_deterministic_under_a_seed():
    scenario = BUNDLED["dialect_shanghai_switch"]
    first, second = explore(scenario, 30, seed=9), explore(scenario, 30, seed=9)
    assert first.endings == second.endings and first.branch_hits == second.branch_hits
