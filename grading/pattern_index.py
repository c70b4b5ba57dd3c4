"""Write data/pattern_index.json: each bundled pattern's sets of required strings, parsed
once here so that a cold start need not parse hundreds of patterns again.

    python -m grading.pattern_index [--frequencies [--data tests/data]]

With --frequencies it first writes data/line_frequency.tsv, how often each character and
pair turns up in a line of the labelled sets' worked halves, by which the sets are
ordered (the set fewest lines hold is the one a pattern is looked up by).
"""

from __future__ import annotations

import argparse
import json
import operator
from collections import Counter
from pathlib import Path

from .acts import LINE_FREQUENCY, PATTERN_INDEX, _parse_required, default_acts_path, expand_fragments, read_fragments, write_bundled_data
from .yamlio import load_file

# One line in two thousand: rarer strings are all weighed alike.
_LEAST_PER_100K = 50


def bundled_patterns() -> list[str]:
    """Every bundled pattern as the lexicon runs it: with its fragments written out."""
    path = default_acts_path()
    data = load_file(path)
    fragments, _ = read_fragments(data, path)
    patterns = {p for entry in data.get("acts") or [] if isinstance(entry, dict) for p in entry.get("regex") or [] if isinstance(p, str)}
    return sorted(expand_fragments(p, fragments) for p in patterns)


def write_index(patterns: list[str]) -> str:
    """The index's text: every pattern parsed (re.error for an invalid one)."""
    index = {}
    for pattern in patterns:
        found = _parse_required(pattern)
        index[pattern] = [sorted(strings) for strings in found] if found is not None else None
    return json.dumps(index, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def line_frequency(data: Path) -> str:
    """The frequency table's text: the agents' and customers' lines of the worked halves."""
    from .evaluate import load
    from .normalize import normalize
    from .train_wording import worked_halves

    # Each line once: four replies to a moment share its customer's line.
    texts = {normalize(raw).text for name in worked_halves(data) for item in load(str(data / f"labelled_{name}.jsonl")) for raw in (item["reply"], item.get("customer") or "")}
    texts.discard("")
    held: Counter[str] = Counter()
    for text in texts:
        strings = set(text)
        strings.update(map(operator.add, text, text[1:]))
        held.update(strings)
    lines = len(texts)
    rows = sorted((s, count * 100_000 // lines) for s, count in held.items() if count * 100_000 // lines >= _LEAST_PER_100K and "\t" not in s and "\n" not in s)
    header = f"# python -m grading.pattern_index --frequencies: lines in 100,000 holding each string, from {lines} lines\n"
    return header + "".join(f"{s}\t{share}\n" for s, share in rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m grading.pattern_index", description=__doc__.split("\n")[0])
    parser.add_argument("--frequencies", action="store_true", help="write data/line_frequency.tsv first")
    parser.add_argument("--data", default="tests/data")
    args = parser.parse_args(argv)
    if args.frequencies:
        from .acts import _line_shares

        write_bundled_data(LINE_FREQUENCY, line_frequency(Path(args.data)))
        _line_shares.cache_clear()
    write_bundled_data(PATTERN_INDEX, write_index(bundled_patterns()))


if __name__ == "__main__":
    main()
