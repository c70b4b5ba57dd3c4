"""Write data/pattern_index.json: each bundled pattern's sets of required strings, parsed
once here so that a cold start need not parse hundreds of patterns again.

    python -m grading.pattern_index
"""

from __future__ import annotations

import json

from .acts import PATTERN_INDEX, _parse_required, default_acts_path, write_bundled_data
from .yamlio import load_file


def bundled_patterns() -> list[str]:
    entries = load_file(default_acts_path()).get("acts") or []
    return sorted({p for entry in entries if isinstance(entry, dict) for p in entry.get("regex") or [] if isinstance(p, str)})


def write_index(patterns: list[str]) -> str:
    """The index's text: every pattern parsed (re.error for an invalid one)."""
    index = {}
    for pattern in patterns:
        found = _parse_required(pattern)
        index[pattern] = [sorted(strings) for strings in found] if found is not None else None
    return json.dumps(index, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main() -> None:
    write_bundled_data(PATTERN_INDEX, write_index(bundled_patterns()))


if __name__ == "__main__":
    main()
