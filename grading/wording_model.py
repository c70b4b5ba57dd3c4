"""A learned recogniser for wording that QA inspectors fail: the act ``unkind_wording``.

Patterns name the offences someone has thought of; agents find others (上次那位是神仙，
这次这位是凡人; 一个成年人还要人提醒?).  This model weighs every two- and three-character
stretch of a reply by how much more often it appears in replies inspectors failed than
in acceptable ones, and adds the weights up.  It is asked only where no named offence
stands, so what it finds there is wording no list names.  A reply whose sum passes
the act's threshold is recognised, and the stretches that weighed most are what the
trainee is shown: the model says why, in the reply's own words.

It is a table of numbers (``data/unkind_wording.tsv``), learned offline and
deterministically by ``python -m grading.train_wording`` from the labelled sets' worked
halves, the rules' good examples and two samples of ordinary public dialogue; it is
measured, like every rule, on the held-out halves (docs/grading.md).
"""

from __future__ import annotations

import operator
from functools import lru_cache
from pathlib import Path

from .errors import DataError, DataFileError

# Punctuation after normalisation: a stretch that crosses a clause is no wording.
_BREAKS = frozenset(",.!?~;: \"'()…")


def stretches(text: str, longest: int = 3) -> set[str]:
    """The two- and (unless longest is 2) three-character stretches of normalised text,
    none across a clause."""
    pairs = list(map(operator.add, text, text[1:]))
    found = {p for p in pairs if _BREAKS.isdisjoint(p)}
    if longest > 2:
        found.update(t for t in map(operator.add, pairs, text[2:]) if _BREAKS.isdisjoint(t))
    return found


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=4)
def _load_file(path: str) -> dict[str | None, dict[str, float]]:
    """A weights file's tables by act: lines of "stretch<TAB>weight" are one table
    (key None); lines of "act<TAB>stretch<TAB>weight" hold one table per act.  A line
    of neither shape is reported by file and line (DataFileError)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError([DataError(path, None, f"读不了模型文件：{exc}")]) from None
    start = 0
    while text.startswith("#", start):  # the header's comment lines
        start = text.find("\n", start) + 1 or len(text)
    first = text[start : text.find("\n", start) if "\n" in text[start:] else len(text)]
    columns = first.count("\t") + 1
    # Loaded by every cold `peilian grade`: split and convert in C, not line by line
    # (a stretch holds no white space).
    parts = text[start:].split()
    try:
        if columns not in (2, 3) or len(parts) % columns:
            raise ValueError
        weights = map(float, parts[columns - 1 :: columns])
        if columns == 2:
            return {None: dict(zip(parts[0::2], weights))}
        tables: dict[str | None, dict[str, float]] = {}
        for act, gram, weight in zip(parts[0::3], parts[1::3], weights):
            tables.setdefault(act, {})[gram] = weight
        return tables
    except ValueError:
        shape = "“行为<TAB>片段<TAB>权重”" if columns == 3 else "“片段<TAB>权重”"
        for number, line in enumerate(text.splitlines(), 1):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.split("\t")
            if len(fields) != columns or any(not f or any(ch.isspace() for ch in f) for f in fields[:-1]) or not _is_number(fields[-1]):
                raise DataFileError([DataError(path, number, f"模型文件的每一行应是{shape}", "权重是数字；请用生成它的命令重新生成（见文件第一行）")]) from None
        raise DataFileError([DataError(path, None, "模型文件的格式不对", "请用生成它的命令重新生成（见文件第一行）")]) from None


def load_weights(path: str, act: str | None = None) -> dict[str, float]:
    """The weights a file holds for an act (a one-table file holds them for any act)."""
    tables = _load_file(path)
    if None in tables:
        return tables[None]
    if act not in tables:
        raise DataFileError([DataError(path, None, f"模型文件里没有行为 {act} 的权重", "请用生成它的命令重新生成（见文件第一行）")])
    return tables[act]


class WordingModel:
    def __init__(self, weights: dict[str, float], threshold: float):
        self.weights = weights
        self.threshold = threshold
        # A model learned on pairs alone (the protocol steps) is never weighed on triples.
        self.triples = any(len(gram) > 2 for gram in weights)
        # Weights are written with two decimals: summed as whole hundredths they add up
        # exactly, in whatever order a set gives them (string hashing changes that order
        # from one process to the next), and a line's stretches are met with the known
        # ones in one set intersection.
        self._known = frozenset(weights)
        self._hundredths = {gram: round(weight * 100) for gram, weight in weights.items()}
        self._bar = round(threshold * 100)

    @classmethod
    def load(cls, path: str | Path, threshold: float, act: str | None = None) -> "WordingModel":
        return cls(load_weights(str(path), act), threshold)

    def judge(self, text: str, pairs: list[str] | None = None, present: set[str] | None = None) -> tuple[str, ...] | None:
        """When normalised text reads like failed wording, the stretches that weighed most
        towards it, heaviest first (at most three); else None.
        ``pairs``: the text's adjacent character pairs, and ``present`` a set holding
        them (and anything without a weight, such as single characters), when the
        caller has them."""
        # Every line is scored, so this runs in C: a stretch across a clause has no
        # weight (training never saw one), and each stretch counts once.
        if pairs is None:
            pairs = list(map(operator.add, text, text[1:]))
        hits = self._known.intersection(set(pairs) if present is None else present)
        hundredths = self._hundredths
        score = sum(map(hundredths.__getitem__, hits))
        # Only a reply whose pairs already lean towards failed wording is weighed on its
        # triples as well: most replies lean the other way, and stop here.
        if score <= 0:
            return None
        if self.triples:
            triples = self._known.intersection(map(operator.add, pairs, text[2:]))
            if triples:
                # Triples are never pairs: their weights add to the pairs' sum.
                hits = hits | triples
                score += sum(map(hundredths.__getitem__, triples))
        if score <= self._bar:
            return None
        weights = self.weights
        # Heaviest first; ties go to the earlier, then the longer stretch, then the first in
        # the character order: a set's order changes from one process to the next, and
        # overrule() drops the first.
        found = sorted((-weights[g], text.find(g), -len(g), g) for g in hits)
        return tuple(g for w, _, _, g in found[:3] if w < 0)
