"""Finding scenario files: the bundled library (the ``scenarios`` package) and any paths.

The bundled library is read through ``importlib.resources``, so it works from a
source checkout and after a plain (non-editable) ``pip install`` alike.

In a library directory these files are not scenarios:
  ``personas.yaml``    personas shared by the library's scenarios
  ``*.tests.yaml``     the scenario tests of ``*.yaml`` beside it
  ``curriculum.yaml``  the onboarding order of the folder's scenarios, checked by
                       ``validate_paths`` (see ``curriculum.py``)
  and any file whose name starts with ``_`` (other data)
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterable

from grading.errors import DataError, DataFileError

from .conditions import nearest
from .curriculum import Curriculum, check_curriculum, library_entries, read_curriculum
# Re-exported: where the files are is files.py's job; commands import them from here too.
from .files import CURRICULUM_FILE, NOT_SCENARIOS, PERSONAS_FILE, Sources, _walk, bundled_root, collect, declared_id, is_scenario_file  # noqa: F401
from .model import Scenario
from .validate import Report, check_scenario, load_personas, validate_files

log = logging.getLogger(__name__)


def validate_paths(paths: Iterable[str | Path] | None = None, *, curricula: bool = True) -> Report:
    """Validate files and folders (default: the bundled library); missing paths are errors.

    A folder's ``curriculum.yaml`` (or one given by name) is checked too, unless
    ``curricula`` is false: its ids against the scenarios validated and those of its
    folder, and every scenario of its folder should be listed.
    """
    sources = collect(paths)
    report = validate_files(sources.scenarios, sources.personas)
    for raw in sources.missing:
        report.problems.insert(0, DataError(raw, None, "找不到这个文件或文件夹", "检查路径是否写对；也可以写内置场景的 id"))
    if curricula:
        for curriculum, files in sources.curricula:
            report.problems.extend(_check_curriculum_file(curriculum, files, report))
    return report


def _check_curriculum_file(curriculum, files, report: Report) -> list[DataError]:
    report.curricula.append(str(curriculum))
    try:
        text = curriculum.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return [DataError(str(curriculum), None, f"文件不是 UTF-8 编码：{exc.reason}", "请用 UTF-8 保存文件")]
    except OSError as exc:
        return [DataError(str(curriculum), None, f"无法读取课程文件：{exc.strerror or exc}")]
    by_path = {s.path: s for s in report.scenarios.values()}
    library = library_entries(files, by_path)
    known = {**{sid: s.title for sid, s in report.scenarios.items()}, **library}
    return check_curriculum(text, str(curriculum), known, library)


def bundled_ids() -> dict[str, object]:
    """Bundled scenario id -> file, read from each file's ``id:`` line (no full parse)."""
    found = {}
    for entry in _walk(bundled_root())[0]:
        found[declared_id(entry) or entry.name.rsplit(".", 1)[0]] = entry
    return found


class ScenarioNotFound(LookupError):
    """Neither a file nor a bundled scenario id; the message says what exists."""


def resolve(ref: str | Path):
    """A file path, or the file of a bundled scenario id."""
    path = Path(ref)
    if path.is_file():
        return path
    ids = bundled_ids()
    if str(ref) in ids:
        return ids[str(ref)]
    if path.suffix in (".yaml", ".yml") or "/" in str(ref) or "\\" in str(ref):
        raise ScenarioNotFound(f"找不到场景文件 {ref}")
    raise ScenarioNotFound(f"找不到场景 {ref!r}{nearest(ref, ids)}（内置场景：{', '.join(sorted(ids)) or '无'}）")


def load(ref: str | Path) -> Scenario:
    """Load one scenario by path or bundled id, ready to play.

    Raises ``ScenarioNotFound``, or ``DataFileError`` listing every error.
    """
    path = resolve(ref)
    sources = collect([path] if isinstance(path, Path) else None)
    personas, problems = load_personas(sources.personas)
    from .loader import read_scenario_file

    result = read_scenario_file(path, personas=personas)
    problems = [p for p in problems if p.level == "error"] + list(result.problems)
    if result.scenario is not None:
        problems.extend(check_scenario(result.scenario, load_errors=bool(result.errors)))
    errors = [p for p in problems if p.level == "error"]
    if errors or result.scenario is None:
        raise DataFileError(errors or problems)
    result.scenario.warnings = [p for p in problems if p.level != "error"]
    return result.scenario


def load_library(paths: Iterable[str | Path] | None = None) -> Report:
    """Every scenario of the library (default: bundled); broken ones are left out of ``scenarios``."""
    report = validate_paths(paths, curricula=False)
    report.scenarios = {sid: s for sid, s in report.scenarios.items() if s.path not in report.broken}
    return report


def load_curriculum(path: str | Path | None = None) -> Curriculum | None:
    """``curriculum.yaml`` in a folder (default: the bundled library's), or None when there is none.

    Forgiving: the history is still useful without it, so a file that cannot be
    read is logged and ignored (``peilian validate`` is where it gets checked).
    """
    try:
        if path is None:
            entry = bundled_root().joinpath(CURRICULUM_FILE)
            if not entry.is_file():
                return None
            text = entry.read_text(encoding="utf-8")
        else:
            path = Path(path)
            if path.is_dir():
                path = path / CURRICULUM_FILE
            if not path.is_file():
                return None
            text = path.read_text(encoding="utf-8")
        return read_curriculum(text)
    except (OSError, UnicodeDecodeError, DataFileError) as exc:
        log.warning("curriculum not read: %s", exc)
        return None
