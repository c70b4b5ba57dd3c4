"""A quick read of scenario files: what the scenario list shows, nothing checked.

The app draws its first screen from these previews and checks the library fully
(``library.load_library``) in a worker once the screen is up: the full check
loads the grading lexicon and compiles every condition, which takes far longer
than drawing a list of titles.  A preview never stands in for a scenario in a
call: a file the full check refuses is dropped from the list when it is done.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from .persona import Persona

# The YAML reader and the model are imported only when a file has to be read: a list
# drawn from the preview cache (``preview_library(cache=...)``) needs neither.


@dataclass(frozen=True)
class NodePreview:
    situation: str


@dataclass
class ScenarioPreview:
    """The fields a scenario list shows (and ``kinds.caller_kind`` reads)."""

    id: str
    title: str
    path: str
    difficulty: int = 1
    tags: tuple[str, ...] = ()
    description: str = ""
    goals: tuple[str, ...] = ()
    persona: Persona | None = None
    start: str = ""
    nodes: dict[str, NodePreview] = field(default_factory=dict)
    preview: bool = True  # not checked: no call can be played from it


def _text(value) -> str:
    return str(value).strip() if isinstance(value, (str, int, float)) and not isinstance(value, bool) else ""


def _texts(value) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value.strip(),)
    return tuple(_text(v) for v in value if _text(v)) if isinstance(value, list) else ()


_NODES = re.compile(r"^nodes:[ \t]*(#.*)?$", re.M)
_NODE_ID = re.compile(r"^  - id:\s*['\"]?([^'\"#\s]+)")
_NODE_SITUATION = re.compile(r"^    situation:\s*['\"]?([^'\"#\s]+)")


def _load(text: str):
    """The data, read as the loader reads it; None when it cannot be read at all."""
    from grading.errors import DataFileError

    from .folding import parse

    try:
        return parse(text, "")[0]
    except DataFileError:
        return None


def _node_situations(text: str) -> dict[str, "NodePreview"]:
    """Each node's situation from the ``nodes:`` part as ``peilian new`` lays it out."""
    nodes: dict[str, NodePreview] = {}
    current = None
    for line in text.splitlines():
        if line and not line.startswith(" ") and not line.startswith("#"):
            break  # the next top-level key (endings:, tests:)
        found = _NODE_ID.match(line)
        if found:
            current = found.group(1)
            nodes[current] = NodePreview("general")
            continue
        found = _NODE_SITUATION.match(line)
        if found and current is not None:
            nodes[current] = NodePreview(found.group(1))
    return nodes


def _read(text: str):
    """(top-level data, node situations).  The part before ``nodes:`` holds what a list
    shows; only that part is parsed when the file is laid out as usual (a long file's
    nodes take most of the time), else the whole file."""
    marker = _NODES.search(text)
    if marker is not None:
        data = _load(text[: marker.start()])
        nodes = _node_situations(text[marker.end() :].lstrip("\n"))
        if isinstance(data, dict) and "nodes" not in data and nodes:
            return data, nodes
    data = _load(text)
    if not isinstance(data, dict):
        return data, {}
    nodes = {}
    for raw in data.get("nodes") or () if isinstance(data.get("nodes"), list) else ():
        if isinstance(raw, dict) and _text(raw.get("id")):
            nodes[_text(raw["id"])] = NodePreview(_text(raw.get("situation")) or "general")
    return data, nodes


def preview_file(path) -> ScenarioPreview | None:
    """The preview of one file, or None when it cannot even be read as a scenario."""
    import yaml

    from .persona import Persona

    try:
        text = Path(str(path)).read_text(encoding="utf-8") if isinstance(path, (str, Path)) else path.read_text(encoding="utf-8")
        data, nodes = _read(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError):
        return None
    if not isinstance(data, dict) or not _text(data.get("id")):
        return None
    raw_persona = data.get("persona")
    persona = None
    if isinstance(raw_persona, dict):
        persona = Persona(
            id=_text(raw_persona.get("id")),
            name=_text(raw_persona.get("name")),
            dialect=_text(raw_persona.get("dialect")),
            temperament=_text(raw_persona.get("temperament")),
            background=_text(raw_persona.get("background")),
            age=_text(raw_persona.get("age")),
        )
    difficulty = data.get("difficulty", 1)
    return ScenarioPreview(
        id=_text(data["id"]),
        title=_text(data.get("title")) or _text(data["id"]),
        path=str(path),
        difficulty=difficulty if isinstance(difficulty, int) and not isinstance(difficulty, bool) else 1,
        tags=_texts(data.get("tags")),
        description=_text(data.get("description")),
        goals=_texts(data.get("goals")),
        persona=persona,
        start=_text(data.get("start")) or next(iter(nodes), ""),
        nodes=nodes,
    )


CACHE_FORMAT = 1


def _to_cache(preview: ScenarioPreview) -> dict:
    return asdict(preview)


def _from_cache(data: dict) -> ScenarioPreview:
    persona = data.get("persona")
    if isinstance(persona, dict):
        from .persona import Persona

        persona = Persona(**persona)
    return ScenarioPreview(
        **{
            **data,
            "tags": tuple(data.get("tags") or ()),
            "goals": tuple(data.get("goals") or ()),
            "persona": persona,
            "nodes": {k: NodePreview(**v) for k, v in (data.get("nodes") or {}).items()},
        }
    )


def preview_library(paths: Iterable[str | Path] | None = None, *, cache: dict | None = None) -> list[ScenarioPreview]:
    """Previews of the library's scenarios (default: bundled), first file per id.

    ``cache`` (a dict the caller keeps, e.g. as JSON between runs) holds each file's
    preview under its path with the file's size and modification time: a file that has
    not changed is not read again; the dict is brought up to date in place."""
    import os

    from .files import collect

    found: dict[str, ScenarioPreview] = {}
    files = cache.setdefault("files", {}) if cache is not None else None
    if cache is not None and cache.get("format") != CACHE_FORMAT:
        files.clear()
        cache["format"] = CACHE_FORMAT
    seen = set()
    for path in collect(paths).scenarios:
        preview = None
        key = str(path)
        seen.add(key)
        if files is not None:
            try:
                status = os.stat(key)
                stamp = [status.st_mtime_ns, status.st_size]
            except OSError:
                stamp = None
            entry = files.get(key)
            if stamp is not None and isinstance(entry, dict) and entry.get("stamp") == stamp:
                try:
                    preview = _from_cache(entry["preview"]) if entry.get("preview") else None
                except (TypeError, KeyError, AttributeError):
                    preview = preview_file(path)  # a damaged entry: read the file
            else:
                preview = preview_file(path)
                if stamp is not None:
                    files[key] = {"stamp": stamp, "preview": _to_cache(preview) if preview is not None else None}
        else:
            preview = preview_file(path)
        if preview is not None and preview.id not in found:
            found[preview.id] = preview
    if files is not None:
        for gone in set(files) - seen:
            del files[gone]
    return list(found.values())
