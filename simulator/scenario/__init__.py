"""Scenarios: branching call graphs written by trainers as YAML, and their checks.

    from simulator.scenario import load_scenario
    scenario = load_scenario("silent_caller_basic")      # a bundled id or a file path

Headless: no Textual; the grading engine's lexicon is loaded when a scenario is read
(its acts are the vocabulary of branch conditions), jieba's dictionary is not.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .library import ScenarioNotFound, bundled_root, load as load_scenario, load_library, validate_paths
    from .loader import DEFAULT_WAIT_SECONDS, LoadResult, parse_wait, read_scenario, read_scenario_file
    from .model import OUTCOMES, Branch, Ending, Expect, Line, Node, Persona, Scenario, ScenarioTest, Step, Variable
    from .validate import Report, check_scenario, validate_files

# Name -> (module, attribute).  Imported on first use (PEP 562), so that a light
# module of this package (kinds.py, read when the command line is parsed) does not
# load the loader, PyYAML and the grading lexicon.
_EXPORTS = {
    **{name: ("library", name) for name in ("ScenarioNotFound", "bundled_root", "load_library", "validate_paths")},
    "load_scenario": ("library", "load"),
    **{name: ("loader", name) for name in ("DEFAULT_WAIT_SECONDS", "LoadResult", "parse_wait", "read_scenario", "read_scenario_file")},
    **{
        name: ("model", name)
        for name in ("OUTCOMES", "Branch", "Ending", "Expect", "Line", "Node", "Persona", "Scenario", "ScenarioTest", "Step", "Variable")
    },
    **{name: ("validate", name) for name in ("Report", "check_scenario", "validate_files")},
}


def __getattr__(name: str):
    try:
        module, attribute = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attribute)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_EXPORTS))

__all__ = [
    "DEFAULT_WAIT_SECONDS",
    "OUTCOMES",
    "Branch",
    "Ending",
    "Expect",
    "Line",
    "LoadResult",
    "Node",
    "Persona",
    "Report",
    "Scenario",
    "ScenarioNotFound",
    "ScenarioTest",
    "Step",
    "Variable",
    "bundled_root",
    "check_scenario",
    "load_library",
    "load_scenario",
    "parse_wait",
    "read_scenario",
    "read_scenario_file",
    "validate_files",
    "validate_paths",
]
