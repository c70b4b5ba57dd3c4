"""The scenario list's quick read remembers each file's preview between starts: an
unchanged file is not read again, a changed one is, and a damaged cache is ignored."""

import json
import shutil

from simulator.scenario import preview as preview_module
from simulator.scenario.files import bundled_root
from simulator.scenario.preview import preview_library
from simulator.tui.catalog import preview_catalog


def _library(tmp_path):
    folder = tmp_path / "scenarios"
    folder.mkdir()
    for name in ("silent_caller_basic.yaml", "abusive_caller_basic.yaml"):
        found = next(bundled_root().rglob(name), None)
        if found is not None:
            shutil.copy(found, folder / name)
    return folder


def test_an_unchanged_file_is_not_read_again_and_a_changed_one_is(tmp_path, monkeypatch):
    folder = _library(tmp_path)
    cache: dict = {}
    first = {p.id: p for p in preview_library([folder], cache=cache)}
    assert first and len(cache["files"]) == len(first)
    reads = []
    real = preview_module.preview_file
    monkeypatch.setattr(preview_module, "preview_file", lambda path: reads.append(path) or real(path))
    again = {p.id: p for p in preview_library([folder], cache=cache)}
    assert again == first and reads == []
    edited = next(folder.glob("*.yaml"))
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace("title: ", "title: 新版·", 1), encoding="utf-8")
    changed = {p.id: p for p in preview_library([folder], cache=cache)}
    assert [str(p) for p in reads] == [str(edited)]
    assert any(p.title.startswith("新版·") for p in changed.values())


def test_the_catalog_keeps_its_cache_in_a_file_and_survives_a_damaged_one(tmp_path):
    folder = _library(tmp_path)
    cache_file = tmp_path / "cache" / "previews.json"
    titles = sorted(e.title for e in preview_catalog([folder], cache_file=cache_file).entries)
    assert json.loads(cache_file.read_text(encoding="utf-8"))["files"]
    assert sorted(e.title for e in preview_catalog([folder], cache_file=cache_file).entries) == titles
    for damage in ("{not json", json.dumps({"format": 1, "files": {str(next(folder.glob('*.yaml'))): {"stamp": "x", "preview": 5}}}), "[]"):
        cache_file.write_text(damage, encoding="utf-8")
        assert sorted(e.title for e in preview_catalog([folder], cache_file=cache_file).entries) == titles
