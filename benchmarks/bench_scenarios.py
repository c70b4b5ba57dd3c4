"""Scenario engine benchmark: validating a large library, and the engine's own work per turn.

    python benchmarks/bench_scenarios.py [--scenarios 500] [--turns 20000]

  validate  `validate_paths` over a generated library of N scenarios (12 nodes, 5 endings,
            5 branches a node with acts, grade, state, visits and waited conditions),
            written to a temporary folder, cold (a fresh process, target <= 3 s for 500)
  turn      the engine's own work per turn, excluding grading: a session driven with a
            grader that returns a ready-made grade (target < 1 ms)
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ACTS = ["greeting", "offer_help", "apology", "empathy", "soothe", "ask_mandarin", "ask_slow_down", "polite_close",
        "time_commitment", "commit_action", "wei", "impatience", "insult", "argue", "thanks_reply", "cannot_hear_notice"]
SITUATIONS = ["general", "dialect", "silent_caller", "abusive", "complaint", "hold", "thanks", "closing"]


def make_scenario(index: int, nodes: int = 12, endings: int = 5, seed: int = 0) -> str:
    rng = random.Random(seed * 100_003 + index)
    node_ids = [f"n{i}" for i in range(nodes)]
    ending_ids = [f"end{i}" for i in range(endings)]
    out = [
        f"id: generated_{index:04d}",
        f"title: 生成的场景 {index}",
        "version: 1",
        f"difficulty: {1 + index % 5}",
        "tags: [生成, 基准测试]",
        "description: 基准测试用的场景。",
        "goals: [按规范处理]",
        "persona: {id: caller, name: 王先生, dialect: 四川话, temperament: 急躁, background: 测试用}",
        "state:",
        "  anger: {label: 火气, min: 0, max: 10, start: 3}",
        "  warnings: {label: 警示次数, min: 0, max: 3}",
        "mood: anger",
        "nodes:",
    ]
    for i, node in enumerate(node_ids):
        nxt = node_ids[i + 1] if i + 1 < nodes else ending_ids[0]
        out += [
            f"  - id: {node}",
            f"    situation: {rng.choice(SITUATIONS)}",
            f"    customer: 第 {i} 句话，客户说了一些内容，请您处理。",
            f"    gloss: 第 {i} 句的普通话释义。",
            f"    alternatives: [第 {i} 句的另一种说法。, {{customer: 第 {i} 句的第三种说法。, gloss: 释义}}]",
            "    branches:",
            "      - when: {grade: {critical: true}}",
            f"        to: {ending_ids[1]}",
            "        note: 一票否决",
            "      - when: {{acts: [{}, {}], state: {{anger: {{lt: 8}}}}}}".format(*rng.sample(ACTS, 2)),
            f"        to: {nxt}",
            "        add: {anger: -1}",
            "      - when: {{acts: {{any: [{}], none: [{}]}}}}".format(*rng.sample(ACTS, 2)),
            f"        to: {rng.choice(node_ids[i:] + ending_ids[2:])}",
            "        add: {anger: 2, warnings: 1}",
            f"      - when: {{waited: {{min: 3, max: 5}}}}",
            f"        to: {nxt}",
            f"      - when: {{any: [{{visits: {{min: 3}}}}, {{state: {{anger: {{between: [8, 10]}}}}}}]}}",
            f"        to: {ending_ids[3]}",
            "    default:",
            f"      to: {node}",
            "      add: {anger: 1}",
        ]
    out.append("endings:")
    for i, ending in enumerate(ending_ids):
        out += [f"  - id: {ending}", f"    outcome: {['resolved', 'complaint', 'closed_politely', 'hung_up_angry', 'escalated'][i % 5]}",
                f"    good: {'true' if i in (0, 2) else 'false'}", f"    label: 结局 {i}"]
    out += [
        "tests:",
        "  - name: 一直等待直到结局",
        "    script: [\"\", \"\", \"\"]",
        f"    expect: {{through: [{node_ids[0]}]}}",
    ]
    return "\n".join(out) + "\n"


def write_library(folder: Path, count: int) -> None:
    for i in range(count):
        (folder / f"generated_{i:04d}.yaml").write_text(make_scenario(i), encoding="utf-8")


def bench_validate(count: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_library(folder, count)
        code = (
            "import time, sys; t0 = time.perf_counter()\n"
            "from simulator.scenario import validate_paths\n"
            f"r = validate_paths([{str(folder)!r}])\n"
            "t1 = time.perf_counter()\n"
            "print(t1 - t0, len(r.files), len(r.errors), len(r.warnings))\n"
        )
        runs = []
        for _ in range(3):
            out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
            runs.append(float(out[0]))
        files, errors, warnings = int(out[1]), int(out[2]), int(out[3])
        # In-process, warm (lexicon loaded): the checks themselves.
        from simulator.scenario import validate_paths

        validate_paths([str(folder)])
        t0 = time.perf_counter()
        validate_paths([str(folder)])
        warm = time.perf_counter() - t0
    return {"files": files, "errors": errors, "warnings": warnings, "cold": min(runs), "warm": warm}


class _FixedGrader:
    """Returns prepared grades, so only the engine's own work is timed."""

    def __init__(self, grades):
        self.grades = grades
        self.i = 0

    def grade(self, reply, context=None):
        self.i += 1
        return self.grades[self.i % len(self.grades)]


def bench_turns(turns: int, *, trace: bool = False) -> dict:
    """The engine's work per move; ``trace``: as in author mode and scenario tests,
    where every branch of the node is also explained."""
    import grading
    from simulator.engine.clock import ManualClock
    from simulator.scenario.loader import read_scenario
    from simulator.scenario.validate import check_scenario
    from simulator.engine.session import CallSession

    result = read_scenario(make_scenario(1, nodes=30), "generated.yaml")
    assert not result.errors and not [p for p in check_scenario(result.scenario) if p.level == "error"]
    scenario = result.scenario
    replies = ["您好，请问有什么可以帮您？", "对不起，请您讲普通话，好吗？", "喂，什么事？", "好的，24小时内给您回复。"]
    grades = [grading.grade(r) for r in replies]
    rng = random.Random(1)
    times = []
    done = 0
    sessions = 0
    while done < turns:
        clock = ManualClock()
        session = CallSession(scenario, seed=sessions, clock=clock, grader=_FixedGrader(grades), trace=trace)
        sessions += 1
        session.start()
        while not session.ended and done < turns:
            if rng.random() < 0.25:
                clock.advance(rng.choice((1, 4, 6)))
                t0 = time.perf_counter()
                session.wait()
            else:
                t0 = time.perf_counter()
                session.reply("回复")
            times.append(time.perf_counter() - t0)
            done += 1
        session.close()
    times.sort()
    return {
        "turns": len(times),
        "sessions": sessions,
        "mean_ms": statistics.fmean(times) * 1000,
        "p50_ms": times[len(times) // 2] * 1000,
        "p99_ms": times[int(len(times) * 0.99)] * 1000,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scenarios", type=int, default=500)
    parser.add_argument("--turns", type=int, default=20000)
    args = parser.parse_args()

    v = bench_validate(args.scenarios)
    ok = "OK" if v["cold"] <= 3.0 * args.scenarios / 500 else "SLOW"
    print(f"validate  {v['files']} scenarios: {v['cold']:.2f} s cold (fresh process), {v['warm']:.2f} s warm "
          f"[{v['errors']} errors, {v['warnings']} warnings]  target <= 3 s for 500: {ok}")
    t = bench_turns(args.turns)
    ok = "OK" if t["mean_ms"] < 1.0 else "SLOW"
    print(f"turn      {t['turns']} turns over {t['sessions']} calls, excluding grading: mean {t['mean_ms']:.3f} ms, "
          f"p50 {t['p50_ms']:.3f} ms, p99 {t['p99_ms']:.3f} ms  target < 1 ms: {ok}")
    traced = bench_turns(args.turns, trace=True)
    print(f"traced    the same with every branch explained (author mode, scenario tests): mean {traced['mean_ms']:.3f} ms, "
          f"p99 {traced['p99_ms']:.3f} ms ({traced['mean_ms'] / t['mean_ms']:.1f}x the untraced turn)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
