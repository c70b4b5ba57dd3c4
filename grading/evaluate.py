"""Measure the grader against a labelled set of replies.

A labelled line is a grading input line (docs/grading.md) plus ``expect`` (``ok``,
``minor``, ``major`` or ``critical``) and, optionally, ``moment`` (replies to the
same moment share it).  The figures:

  accuracy            acceptable (ok, minor: the verdict is pass) told from faulty
                      (major, critical: the verdict is fail)
  acceptable failed   share of acceptable replies that the grader fails
  criticals failed    share of critical replies (those that end an exam attempt)
                      that the grader fails at all
  critical recall     share of critical replies the grader marks critical
  critical precision  share of the grader's critical marks that fall on critical replies
  pairs               share of (better, worse) reply pairs within a moment where the
                      better reply scores strictly higher (better = ok, worse = major
                      or critical)

    python -m grading.evaluate [FILE] [--show-misses]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .grader import Context, Grade, Turn, default_grader

SEVERITY_RANK = {"ok": 0, "minor": 1, "major": 2, "critical": 3}


@dataclass
class Judged:
    item: dict
    grade: Grade

    @property
    def expected_fail(self) -> bool:
        return SEVERITY_RANK[self.item["expect"]] >= 2

    @property
    def correct(self) -> bool:
        return self.expected_fail == (self.grade.verdict == "fail")


@dataclass
class Evaluation:
    judged: list[Judged]
    pairs: list[tuple[Judged, Judged]] = field(default_factory=list)  # (better, worse)

    @property
    def accuracy(self) -> float:
        return sum(j.correct for j in self.judged) / len(self.judged)

    @property
    def acceptable_failed(self) -> float:
        items = [j for j in self.judged if not j.expected_fail]
        return sum(j.grade.verdict == "fail" for j in items) / len(items) if items else 0.0

    @property
    def criticals_failed(self) -> float:
        items = self.criticals
        return sum(j.grade.verdict == "fail" for j in items) / len(items) if items else 1.0

    @property
    def critical_precision(self) -> float:
        marked = [j for j in self.judged if j.grade.critical]
        return sum(j.item["expect"] == "critical" for j in marked) / len(marked) if marked else 1.0

    @property
    def criticals(self) -> list[Judged]:
        return [j for j in self.judged if j.item["expect"] == "critical"]

    @property
    def critical_caught(self) -> float:
        items = self.criticals
        return sum(j.grade.critical for j in items) / len(items) if items else 1.0

    @property
    def misordered_pairs(self) -> list[tuple[Judged, Judged]]:
        return [(b, w) for b, w in self.pairs if b.grade.score <= w.grade.score]

    @property
    def pair_order(self) -> float:
        return 1 - len(self.misordered_pairs) / len(self.pairs) if self.pairs else 1.0

    def summary(self) -> str:
        return (
            f"{len(self.judged)} replies, {len(self.pairs)} pairs\n"
            f"accuracy (acceptable vs faulty): {self.accuracy:.3f}\n"
            f"acceptable replies failed: {self.acceptable_failed:.3f}\n"
            f"critical replies failed: {self.criticals_failed:.3f}\n"
            f"critical replies marked critical (recall): {self.critical_caught:.3f}\n"
            f"critical marks on critical replies (precision): {self.critical_precision:.3f}\n"
            f"pairs ordered (better above worse): {self.pair_order:.3f}"
        )


def context_of(item: dict) -> Context:
    history = tuple(Turn(t.get("role", ""), t.get("text", "")) for t in item.get("history") or ())
    return Context(item.get("situation") or "general", item.get("customer") or "", history)


def evaluate(items: list[dict], grader=None) -> Evaluation:
    grader = grader or default_grader()
    judged = [Judged(item, grader.grade(item["reply"], context_of(item))) for item in items]
    by_moment: dict[str, list[Judged]] = {}
    for j in judged:
        if j.item.get("moment"):
            by_moment.setdefault(j.item["moment"], []).append(j)
    pairs = []
    for group in by_moment.values():
        for a in group:
            for b in group:
                if SEVERITY_RANK[a.item["expect"]] == 0 and SEVERITY_RANK[b.item["expect"]] >= 2:
                    pairs.append((a, b))
    return Evaluation(judged, pairs)


def load(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _describe(j: Judged) -> str:
    rules = ", ".join(f"{v.rule}({v.severity})" for v in j.grade.violations) or "无违规"
    return f"  [{j.item.get('id')}] {j.item.get('situation')} 期望 {j.item['expect']}，得分 {j.grade.score}：{j.item['reply']}\n      {rules}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m grading.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(Path(__file__).resolve().parents[1] / "tests" / "data" / "labelled_replies.jsonl"))
    parser.add_argument("--show-misses", action="store_true", help="list every misjudged reply and misordered pair")
    args = parser.parse_args(argv)
    result = evaluate(load(args.file))
    print(result.summary())
    if args.show_misses:
        print("\nmisjudged:")
        for j in result.judged:
            if not j.correct or (j.item["expect"] == "critical") != j.grade.critical:
                print(_describe(j))
        print("\nmisordered pairs:")
        for better, worse in result.misordered_pairs:
            print(_describe(better) + "\n" + _describe(worse) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
