"""Scenarios: branching call graphs written by trainers as YAML, and their checks.

    from simulator.scenario import load_scenario
    scenario = load_scenario("silent_caller_basic")      # a bundled id or a file path

Headless: no Textual; the grading engine's lexicon is loaded when a scenario is read
(its acts are the vocabulary of branch conditions), jieba's dictionary is not.
"""

from .library import ScenarioNotFound, bundled_root, load as load_scenario, load_library, validate_paths
from .loader import DEFAULT_WAIT_SECONDS, LoadResult, parse_wait, read_scenario, read_scenario_file
from .model import OUTCOMES, Branch, Ending, Expect, Line, Node, Persona, Scenario, ScenarioTest, Step, Variable
from .validate import Report, check_scenario, validate_files

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
