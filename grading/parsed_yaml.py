"""Write data/parsed_yaml.json: the data of every bundled YAML file (the acts, the
situation inference, the rubric) as JSON text, stored by a hash of the file's text, so that
a cold `peilian grade` reads them as JSON instead of parsing YAML.

    python -m grading.parsed_yaml

yamlio.load_file answers a file whose text has a stored hash from the store: the same text
always parses to the same data, so a stale or missing entry only costs the parse.
"""

from __future__ import annotations

import json
from pathlib import Path

from .yamlio import PARSED_STORE, parse_file, text_key


def bundled_yaml() -> list[Path]:
    """The bundled YAML files a grader loads."""
    package = Path(__file__).resolve().parent
    return sorted(package.glob("data/*.yaml")) + sorted(package.glob("rules/*.yaml"))


def write_store(paths: list[Path]) -> str:
    """The store's text: each file's data by its text's key.  A file whose data JSON cannot
    carry as it is (a key that is not a string, a date) is left to be parsed."""
    store = {}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        data = parse_file(path)
        carried = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        if json.loads(carried) == data:
            store[text_key(text)] = carried
    return json.dumps(store, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def main() -> None:
    from .acts import write_bundled_data

    write_bundled_data(PARSED_STORE, write_store(bundled_yaml()))


if __name__ == "__main__":
    main()
