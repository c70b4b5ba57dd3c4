"""Where scenario files are: the bundled library (the ``scenarios`` package) and any paths.

Light on purpose (no loader, no grading lexicon): the app's first screen lists
the scenarios from these files before anything is checked (``preview.py``).
The bundled library is the ``scenarios`` package's folder, or read through
``importlib.resources`` when the package is not a folder (a zip), so it works from a
source checkout and after any ``pip install`` alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

CURRICULUM_FILE = "curriculum.yaml"
PERSONAS_FILE = "personas.yaml"
NOT_SCENARIOS = (PERSONAS_FILE, CURRICULUM_FILE)


def bundled_root():
    """The bundled library's directory: a Path when the package is a folder on disk
    (a checkout, a normal install), else an ``importlib.resources`` Traversable."""
    import scenarios

    folder = Path(scenarios.__file__).parent if getattr(scenarios, "__file__", None) else None
    if folder is not None and folder.is_dir():
        return folder  # importlib.resources' readers cost the first screen a few milliseconds
    from importlib import resources

    return resources.files("scenarios")


def is_scenario_file(name: str) -> bool:
    return (
        name.endswith((".yaml", ".yml"))
        and not name.endswith((".tests.yaml", ".tests.yml"))
        and name not in NOT_SCENARIOS
        and not name.startswith(("_", "."))
    )


def _walk(root) -> tuple[list, list]:
    """(scenario files, persona files) under a directory, sorted, recursively."""
    scenarios, personas = [], []
    stack = [root]
    while stack:
        folder = stack.pop()
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.is_dir():
                if not entry.name.startswith((".", "_")):
                    stack.append(entry)
            elif entry.name == PERSONAS_FILE:
                personas.append(entry)
            elif is_scenario_file(entry.name):
                scenarios.append(entry)
    scenarios.sort(key=lambda e: str(e))
    return scenarios, personas


@dataclass
class Sources:
    scenarios: list
    personas: list
    missing: list[str]
    # (curriculum.yaml, the scenario files of its folder): a folder's curriculum, or one given by name
    curricula: list[tuple] = field(default_factory=list)


def _curriculum_in(folder):
    entry = folder.joinpath(CURRICULUM_FILE)
    return entry if entry.is_file() else None


def collect(paths: Iterable[str | Path] | None = None) -> Sources:
    """Scenario and persona files for the given paths (files or folders); none: the bundled library.

    The bundled library's personas are always known, so a trainer's own scenario
    may use them.
    """
    root = bundled_root()
    bundled_scenarios, bundled_personas = _walk(root)
    if not paths:
        curriculum = _curriculum_in(root)
        return Sources(bundled_scenarios, bundled_personas, [], [(curriculum, bundled_scenarios)] if curriculum else [])
    scenarios, personas, missing, curricula = [], list(bundled_personas), [], []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, found_personas = _walk(path)
            scenarios.extend(found)
            personas.extend(p for p in found_personas if p not in personas)
            curriculum = _curriculum_in(path)
            if curriculum is not None:
                curricula.append((curriculum, found))
        elif path.is_file():
            if path.name == PERSONAS_FILE:
                personas.append(path)
                continue
            if path.name == CURRICULUM_FILE:  # checked against the scenarios of its folder
                curricula.append((path, _walk(path.parent)[0]))
                continue
            if path.name.endswith((".tests.yaml", ".tests.yml")):  # the tests of a scenario beside it
                stem = path.name.rsplit(".tests.", 1)[0]
                path = next((c for c in (path.parent / f"{stem}.yaml", path.parent / f"{stem}.yml") if c.is_file()), path)
            scenarios.append(path)
            sibling = path.parent / PERSONAS_FILE
            if sibling.is_file() and sibling not in personas:
                personas.append(sibling)
        else:
            missing.append(str(raw))
    # The same file given twice (or a folder and a file in it) is read once.
    unique, seen = [], set()
    for item in scenarios:
        key = str(Path(str(item)).resolve()) if isinstance(item, Path) else str(item)
        if key not in seen:
            seen.add(key)
            unique.append(item)
    persona_unique, seen = [], set()
    for item in personas:
        key = str(Path(str(item)).resolve()) if isinstance(item, Path) else str(item)
        if key not in seen:
            seen.add(key)
            persona_unique.append(item)
    curricula_unique, seen = [], set()
    for item in curricula:
        key = str(Path(str(item[0])).resolve())
        if key not in seen:
            seen.add(key)
            curricula_unique.append(item)
    return Sources(unique, persona_unique, missing, curricula_unique)


def declared_id(entry) -> str:
    """The ``id:`` a YAML file (a scenario, an exam) declares on its top level, read
    from its lines without parsing; "" when there is none or it cannot be read."""
    try:
        for line in entry.read_text(encoding="utf-8").splitlines():
            if line.startswith("id:"):
                return line[3:].split("#", 1)[0].strip().strip("'\"")
    except (OSError, UnicodeDecodeError):
        pass
    return ""
