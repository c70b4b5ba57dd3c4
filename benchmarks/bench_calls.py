"""Recorded-call grading benchmark: replies per second per core, and 1 → 2 jobs.

    python benchmarks/bench_calls.py [--calls N] [--runs R]

`peilian grade --calls --json` is run as a user runs it (a subprocess, start-up
included) over N synthetic calls of four agent and four customer turns each:
  start-up   the same command on a single call
  per core   agent replies graded per second with --jobs 1, start-up taken off,
             and that time as a ratio against bare jieba.lcut over the same replies
             in this process
  speed-up   wall time with --jobs 1 / wall time with --jobs 2 (target >= 1.7x on
             a machine with two free cores; it cannot exceed the cores there are)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_grading import make_replies  # noqa: E402

CUSTOMER_LINES = [
    "我家宽带又断了，这个月第三次了！", "我想问一下话费怎么查？", "好的，谢谢。", "你们这破网天天断！",
    "查到了吗？", "（无声）", "叫你们主管来！", "我建议你们把缴费按钮放到首页。", "没有了。", "不好意思，我打错了。",
]


def make_calls(n: int, seed: int = 11) -> tuple[list[dict], list[str]]:
    rng = random.Random(seed)
    replies = make_replies(n * 4, seed)
    rng.shuffle(replies)
    calls = []
    for i in range(n):
        turns = []
        for reply in replies[i * 4 : i * 4 + 4]:
            turns.append({"role": "agent", "text": reply})
            turns.append({"role": "customer", "text": rng.choice(CUSTOMER_LINES)})
        calls.append({"id": f"call-{i}", "turns": turns})
    return calls, replies


def _run(path: Path, jobs: int) -> float:
    command = [sys.executable, "-m", "simulator", "grade", "--calls", "--json", "--jobs", str(jobs), str(path)]
    t0 = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    calls, replies = make_calls(args.calls)
    t0 = time.perf_counter()
    for reply in replies:
        jieba.lcut(reply)
    bare = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "calls.jsonl"
        path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in calls), encoding="utf-8")
        single = Path(folder) / "one.jsonl"
        single.write_text(json.dumps(calls[0], ensure_ascii=False) + "\n", encoding="utf-8")
        _run(path, 1)  # warm caches (jieba's model file, the page cache)
        startup = statistics.median(_run(single, 1) for _ in range(args.runs))
        one = statistics.median(_run(path, 1) for _ in range(args.runs))
        two = statistics.median(_run(path, 2) for _ in range(args.runs))
    result = {
        "calls": args.calls,
        "agent_replies": len(replies),
        "cores": os.cpu_count(),
        "startup_s": round(startup, 2),
        "replies_per_s_per_core": round(len(replies) / (one - startup), 1),
        "ratio_vs_bare_jieba": round((one - startup) / bare, 2),
        "jobs1_s": round(one, 2),
        "jobs2_s": round(two, 2),
        "speedup_1_to_2": round(one / two, 2),
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
