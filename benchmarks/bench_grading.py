"""Grading benchmark: batch cost against bare jieba, cold start, memory.

    python benchmarks/bench_grading.py [--replies N]

Figures are ratios against jieba itself on the same machine, so they mean the
same on a laptop and in CI:
  batch   grading N distinct replies / bare jieba.lcut over the same replies, the fastest
          of five alternating passes each (target <= 1.5x)
  cold    `peilian grade` on one reply / `python -c "import jieba; jieba.initialize()"` (target < 0.5x)
  memory  peak resident memory of that cold `peilian grade` (target <= 150 MB)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FRAGMENTS = [
    "您好", "很高兴为您服务", "请问有什么可以帮助您", "对不起", "让您久等了", "请您稍等", "马上为您查询",
    "我们会在三个工作日内与您联系", "感谢您的耐心等待", "不客气", "没关系", "祝您生活愉快", "再见",
    "您的宽带账号是", "光猫的指示灯", "物业费的缴纳方式", "出租车的车牌号", "信用卡的还款日", "积分兑换",
    "我不知道", "这不关我的事", "你说什么", "明白吗", "喂", "说话呀", "那你去买别的好了", "请您讲普通话",
    "听不到您的声音", "不知我这样解释，您能明白吗", "我帮您登记一下", "加急处理", "带班领导",
]


def make_replies(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    replies = set()
    while len(replies) < n:
        parts = rng.sample(FRAGMENTS, rng.randint(1, 4))
        replies.add("，".join(parts) + rng.choice(["。", "！", "？", ""]) + str(rng.randint(0, 10**6)))
    return sorted(replies)


PASSES = 5


def bench_batch(n: int) -> dict:
    import jieba
    import logging

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    import grading
    from grading import Context, default_grader
    from grading import acts, segment

    grader = default_grader()
    segment.tokenizer()  # load the dictionary outside the timing, as jieba's was
    grader.lexicon.compile_all()  # and the patterns (compiled lazily otherwise; see cold)
    replies = make_replies(n)
    situations = grading.SITUATIONS

    # Passes alternate, and each side keeps its fastest: on a shared machine one pass
    # can be slowed by anything else running, and the fastest is the code's own cost.
    bare = ours = float("inf")
    for _ in range(PASSES):
        t0 = time.perf_counter()
        for reply in replies:
            jieba.lcut(reply)
        bare = min(bare, time.perf_counter() - t0)

        acts._cached_analysis.cache_clear()
        segment.tokens.cache_clear()
        t0 = time.perf_counter()
        for i, reply in enumerate(replies):
            grader.grade(reply, Context(situations[i % len(situations)]))
        ours = min(ours, time.perf_counter() - t0)
    segmented = segment.tokens.cache_info().currsize
    return {"replies": n, "bare_jieba_s": bare, "grading_s": ours, "ratio": ours / bare, "segmented": segmented}


def _timed_run(cmd: list[str], stdin: bytes | None = None) -> tuple[float, int]:
    """Wall time and peak RSS (KB) of one child process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/")
    if stdin is not None:
        proc.stdin.write(stdin)
    proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"command failed: {cmd}")
    return elapsed, usage.ru_maxrss


def bench_cold(runs: int) -> dict:
    env_python = sys.executable
    jieba_cmd = [env_python, "-c", "import jieba; jieba.initialize()"]
    grade_cmd = [env_python, "-m", "simulator.cli", "grade", "--json"]
    # A reply with a word whose boundaries matter (喂: not 喂养): answered from the
    # table of containing words, so jieba's dictionary is not loaded.
    line = json.dumps({"id": "c1", "situation": "opening", "reply": "喂，您好！什么事？"}, ensure_ascii=False).encode() + b"\n"
    os.environ["PYTHONPATH"] = str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    _timed_run(jieba_cmd)  # warm the jieba cache file and the OS page cache
    _timed_run(grade_cmd, line)
    jieba_times, grade_times, rss = [], [], []
    for _ in range(runs):
        jieba_times.append(_timed_run(jieba_cmd)[0])
        elapsed, peak = _timed_run(grade_cmd, line)
        grade_times.append(elapsed)
        rss.append(peak)
    j, g = statistics.median(jieba_times), statistics.median(grade_times)
    return {"jieba_init_s": j, "peilian_grade_s": g, "ratio": g / j, "peak_rss_mb": max(rss) / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replies", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    # Cold start first: children forked from a parent that already holds jieba
    # would report the parent's memory as their own peak.
    cold = bench_cold(args.runs)
    batch = bench_batch(args.replies)
    print(f"batch : {batch['replies']} replies, bare jieba.lcut {batch['bare_jieba_s']:.3f} s, "
          f"grading {batch['grading_s']:.3f} s -> {batch['ratio']:.2f}x (target <= 1.5x); "
          f"{batch['segmented']} of them needed jieba's segmentation")
    print(f"cold  : jieba.initialize {cold['jieba_init_s']:.3f} s, peilian grade {cold['peilian_grade_s']:.3f} s "
          f"-> {cold['ratio']:.2f}x (target < 0.5x)")
    print(f"memory: peak RSS of peilian grade {cold['peak_rss_mb']:.0f} MB (target <= 150 MB)")


if __name__ == "__main__":
    main()
