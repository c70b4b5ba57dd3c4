"""Headless modules stay headless (harlequin's import-hygiene test)."""

import subprocess
import sys

import pytest

from conftest import ROOT

pytestmark = pytest.mark.cli  # each test starts a fresh Python


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
        capture_output=True, text=True, cwd=ROOT, check=True,
    ).stdout
    return set(out.split())


def test_grading_imports_without_textual():
    mods = _modules_after("import grading; grading.grade('您好')")
    assert not any(m == "textual" or m.startswith("textual.") for m in mods)


def test_importing_simulator_does_not_load_jieba_dictionary():
    out = subprocess.run(
        [sys.executable, "-c", "import simulator, simulator.cli, grading; from grading import segment; print(segment.is_ready())"],
        capture_output=True, text=True, cwd=ROOT, check=True,
    ).stdout.strip()
    assert out == "False"


def test_author_bench_imports_without_textual():
    """The author screen drives a headless bench; tests and tools can too."""
    mods = _modules_after("import simulator.authoring.bench, simulator.authoring.runner, simulator.authoring.graph")
    assert not any(m == "textual" or m.startswith("textual.") for m in mods)
