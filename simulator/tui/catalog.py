"""The scenarios the picker offers, grouped by the kind of caller and by difficulty.

The kinds of caller and how a scenario's kind is recognised are the registry in
:mod:`simulator.scenario.kinds`, which ``peilian new`` reads too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from simulator.scenario.kinds import KIND_LABELS, KIND_RANK, caller_kind

DIFFICULTY_LABELS = {1: "入门", 2: "基础", 3: "进阶", 4: "较难", 5: "挑战"}


def difficulty_label(level) -> str:
    return DIFFICULTY_LABELS.get(level, str(level))


def difficulty_text(level) -> str:
    """``基础（难度 2/5）``: plain text, no ambiguous-width stars."""
    return f"{difficulty_label(level)}（难度 {level}/5）"


@dataclass(frozen=True)
class Entry:
    scenario: object  # simulator.scenario.Scenario
    kind: str

    @property
    def id(self) -> str:
        return self.scenario.id

    @property
    def title(self) -> str:
        return self.scenario.title

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def difficulty(self) -> int:
        return self.scenario.difficulty

    @property
    def persona_name(self) -> str:
        persona = self.scenario.persona
        return persona.name if persona is not None else ""

    def sort_key(self):
        return (KIND_RANK.get(self.kind, 99), self.difficulty, self.title, self.id)

    def matches(self, query: str) -> bool:
        """Search by title or tag (and, generously, by id, caller and kind)."""
        query = query.strip().lower()
        if not query:
            return True
        if any(ord(c) > 0x2E80 for c in query):  # typed in Traditional: the library is Simplified
            from grading.normalize import to_simplified

            query = to_simplified(query)
        haystack = [self.title, self.id, self.persona_name, self.kind_label, *self.scenario.tags]
        words = query.split()
        return all(any(word in (h or "").lower() for h in haystack) for word in words)


@dataclass
class Catalog:
    entries: list[Entry]
    problems: list  # grading.errors.DataError: broken files, shown on the picker
    curriculum: object | None = None  # simulator.scenario.curriculum.Curriculum
    # False while the entries are only previews (``scenario.preview``): the list can
    # be shown, no call played, until the library has been checked.
    complete: bool = True

    def take(self, checked: "Catalog") -> None:
        """Become the checked library: its entries, problems and curriculum."""
        self.entries, self.problems, self.curriculum = checked.entries, checked.problems, checked.curriculum
        self.complete = True

    def get(self, scenario_id: str) -> Entry | None:
        return next((e for e in self.entries if e.id == scenario_id), None)

    def filtered(self, query: str) -> list[Entry]:
        return [e for e in self.entries if e.matches(query)]

    def by_stage(self, query: str = "") -> list[tuple[str, list[Entry]]]:
        """The entries in the curriculum's order, under its stage titles; scenarios the
        curriculum does not list come last, under 其他场景."""
        shown = {e.id: e for e in self.filtered(query)}
        groups: list[tuple[str, list[Entry]]] = []
        placed: set[str] = set()
        for stage in self.curriculum.stages if self.curriculum is not None else ():
            members = [shown[i] for i in stage.scenarios if i in shown and i not in placed]
            placed.update(e.id for e in members)
            if members:
                groups.append((stage.title, members))
        rest = [e for e in shown.values() if e.id not in placed]
        if rest:
            groups.append(("其他场景", rest))
        return groups


def build_catalog(scenarios: Iterable, problems: Iterable = (), curriculum=None) -> Catalog:
    entries = sorted((Entry(s, caller_kind(s)) for s in scenarios), key=Entry.sort_key)
    return Catalog(entries, list(problems), curriculum)


PREVIEW_CACHE_MAX_BYTES = 5_000_000


def preview_catalog(paths: Iterable[str | Path] | None = None, *, cache_file: str | Path | None = None) -> Catalog:
    """The library's list from a quick read of its files, nothing checked (see ``Catalog.take``).

    ``cache_file``: the previews of the last start (JSON), so that unchanged files are
    not read again.  Only an optimisation: a cache that cannot be read or written is
    ignored, and the full check after the first screen is done from the files anyway."""
    import json

    from simulator.scenario.preview import preview_library

    cache: dict = {}
    before = None
    if cache_file is not None:
        try:
            path = Path(cache_file)
            if path.is_file() and path.stat().st_size <= PREVIEW_CACHE_MAX_BYTES:
                before = path.read_text(encoding="utf-8")
                loaded = json.loads(before)
                cache = loaded if isinstance(loaded, dict) else {}
        except (OSError, UnicodeDecodeError, ValueError, RecursionError):
            cache = {}
    catalog = build_catalog(preview_library(list(paths) if paths else None, cache=cache))
    catalog.complete = False
    if cache_file is not None:
        after = json.dumps(cache, ensure_ascii=False, sort_keys=True)
        if after != before:
            from simulator.output_files import write_text

            try:
                Path(cache_file).parent.mkdir(parents=True, exist_ok=True)
                write_text(cache_file, after)
            except OSError:
                pass  # a read-only data folder: the list is read from the files next time too
    return catalog


def load_catalog(paths: Iterable[str | Path] | None = None) -> Catalog:
    """The bundled library (or the given files and folders), broken files left out."""
    from simulator.scenario import load_library

    from simulator.scenario.library import load_curriculum

    report = load_library(list(paths) if paths else None)
    if paths:  # the first folder given that has a curriculum.yaml
        folders = [Path(p) for p in paths if Path(p).is_dir()]
        curriculum = next((c for c in map(load_curriculum, folders) if c is not None), None)
    else:
        curriculum = load_curriculum()
    return build_catalog(report.scenarios.values(), report.errors, curriculum)
