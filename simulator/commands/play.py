"""``peilian play SCENARIO --script FILE [--json] [--seed N]``: play a call from scripted replies.

The script has one move per line: a reply; a blank line (silence: a wait of 5 s);
``[等待 4 秒]`` or ``[wait 4]`` (a wait of that many seconds); lines starting with
``#`` are comments.  Waits use a manual clock: nothing sleeps.

``--json`` prints one JSON object per turn, then one for the ending (see
docs/scenarios.md, "play --json"); that format is kept stable.
"""

from __future__ import annotations

import argparse
import json
import sys

_SEVERITY_ZH = {"minor": "轻微", "major": "严重", "critical": "一票否决"}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "play",
        help="按脚本试打一通电话：逐轮显示客户的话、评分和走向，最后显示结局",
        description=(
            "按脚本试打一通电话。脚本每行一句回复；空行表示沉默等待（5 秒）；"
            "[等待 4 秒] 或 [wait 4] 表示等待指定秒数；以 # 开头的行是注释。"
        ),
    )
    parser.add_argument("scenario", metavar="SCENARIO", help="场景文件路径，或内置场景的 id")
    parser.add_argument("--script", required=True, metavar="FILE", help="回复脚本（UTF-8 文本，每行一步；写 - 表示从标准输入读取）")
    parser.add_argument("--json", action="store_true", help="每轮输出一行 JSON，最后一行是结局（格式见 docs/scenarios.md）")
    parser.add_argument("--seed", type=int, default=0, metavar="N", help="随机种子：决定客户选用哪种说法（默认 0）")
    parser.add_argument("--explain", action="store_true", help="每轮列出这个节点的每条分支：成立与否和原因（与作者模式右侧相同）")
    from .rubric import add_rubric_option

    add_rubric_option(parser)
    parser.set_defaults(handler=run)


class ScriptError(ValueError):
    pass


def parse_script(text: str) -> list[tuple[int, str, object]]:
    """(line number, "reply" | "wait", text or seconds) for each move of a script."""
    from ..scenario.loader import DEFAULT_WAIT_SECONDS, parse_wait

    moves = []
    lines = text.splitlines()
    while lines and not lines[-1].strip():  # the blank lines a file ends with are not waits
        lines.pop()
    for number, raw in enumerate(lines, 1):
        line = raw.strip().lstrip("\ufeff")
        if line.startswith("#"):
            continue
        if not line:
            moves.append((number, "wait", DEFAULT_WAIT_SECONDS))
            continue
        seconds = parse_wait(line)
        if seconds is not False:
            moves.append((number, "wait", DEFAULT_WAIT_SECONDS if seconds is None else seconds))
        elif line[0] in "[【［" and line[-1] in "]】］":
            raise ScriptError(f"第 {number} 行：看不懂 {line}；等待请写成 [等待 4 秒] 或 [wait 4]")
        else:
            moves.append((number, "reply", line))
    return moves


def _read_script(path: str) -> str:
    if path == "-":
        return sys.stdin.buffer.read().decode("utf-8")
    with open(path, "rb") as handle:
        return handle.read().decode("utf-8")


def _fmt(seconds: float) -> str:
    return str(int(seconds)) if float(seconds).is_integer() else f"{seconds:.1f}"


def turn_json(scenario, result, seed) -> dict:
    """One turn of ``play --json`` (documented in docs/scenarios.md; keep stable)."""
    line = result.answered
    return {
        "type": "turn",
        "scenario": scenario.id,
        "index": result.index,
        "node": result.node_from,
        "situation": line.situation,
        "customer": line.text,
        "gloss": line.gloss or None,
        "silent": line.silent,
        "move": result.kind,
        "reply": result.text if result.kind == "reply" else None,
        "waited_seconds": round(result.waited_seconds, 3) if result.waited_seconds is not None else None,
        "by_itself": result.by_itself,
        "grade": result.grade.to_contract(result.index) if result.grade is not None else None,
        "branch": result.branch_id,
        "branch_note": result.branch,
        "next": result.node_to,
        "state": result.state,
        "ended": result.ended,
    }


def ending_json(scenario, session, seed) -> dict:
    """The closing object of ``play --json``."""
    ending = session.ending
    score = session.summary()
    return {
        "type": "ending",
        "scenario": scenario.id,
        "version": scenario.version,
        "seed": seed,
        "ended": ending is not None,
        "node": ending.node_id if ending else (session.path[-1] if session.path else None),
        "outcome": ending.outcome if ending else None,
        "outcome_label": ending.outcome_label if ending else None,
        "good": ending.good if ending else None,
        "label": ending.label if ending else None,
        "path": session.path,
        "turns": len(session.turns),
        "state": dict(session.state),
        "score": {
            "overall": score.overall,
            "passed": score.passed,
            "status": score.status,
            "reasons": list(score.reasons),
            "critical": score.critical,
            "graded_turns": score.turns,
            "by_category": score.by_category,
        },
    }


def _customer_text(line, out) -> None:
    speaker = line.speaker_name or "客户"
    print(f"  {speaker}：{line.text}", file=out)
    if line.gloss:
        print(f"        （普通话：{line.gloss}）", file=out)


def _human_turn(result, out, *, explain: bool = False) -> None:
    line = result.answered
    print(f"第 {result.index + 1} 轮　[{line.situation_label}]　节点 {result.node_from}", file=out)
    _customer_text(line, out)
    if result.kind == "wait" and result.by_itself:
        print(f"  话务员：（{_fmt(result.waited_seconds or 0)} 秒没有说话，线路自己往下走）", file=out)
    elif result.kind == "wait":
        print(f"  话务员：（等待 {_fmt(result.waited_seconds or 0)} 秒）", file=out)
    else:
        print(f"  话务员：{result.text}", file=out)
        grade = result.grade
        mark = "合格" if grade.verdict == "pass" else "不合格"
        print(f"  评分：{grade.score} 分，{mark}", file=out)
        for v in grade.violations:
            words = f"（“{v.excerpt}”）" if v.excerpt else ""
            print(f"    ✘ [{_SEVERITY_ZH.get(v.severity, v.severity)}] {v.title}{words}　{v.rule}", file=out)
            print(f"      {v.message}", file=out)
            if v.suggestion:
                print(f"      标准用语：{v.suggestion}", file=out)
        if grade.strengths:
            print(f"    ✔ 做得好：{'、'.join(grade.strengths)}", file=out)
    print(f"  → {result.node_to}：{result.branch}", file=out)
    if explain and result.trace:
        from ..scenario.trace import verdict

        print("  分支（按顺序检查，采用第一条成立的）：", file=out)
        for trace in result.trace:
            print(f"    {verdict(trace)}", file=out)
    print(file=out)


def run(args: argparse.Namespace) -> int:
    from .rubric import use_rubric_option

    if (refused := use_rubric_option(args)) is not None:
        return refused
    from ..engine.clock import ManualClock
    from ..engine.session import CallSession
    from .validate import load_scenario_or_explain

    scenario = load_scenario_or_explain(args.scenario, "试打")
    if scenario is None:
        return 2
    try:
        moves = parse_script(_read_script(args.script))
    except OSError as exc:
        print(f"无法读取脚本 {args.script}：{exc.strerror or exc}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as exc:
        print(f"脚本 {args.script} 不是 UTF-8 编码（第 {exc.start + 1} 个字节）；请另存为 UTF-8", file=sys.stderr)
        return 2
    except ScriptError as exc:
        print(f"脚本 {args.script} {exc}", file=sys.stderr)
        return 2

    out = sys.stdout
    clock = ManualClock()
    session = CallSession(scenario, seed=args.seed, clock=clock, trace=args.explain)
    if not args.json:
        print(f"场景：{scenario.title}（{scenario.id}，第 {scenario.version} 版，随机种子 {args.seed}）", file=out)
        if scenario.persona:
            who = scenario.persona
            extra = "，".join(x for x in (who.dialect, who.temperament) if x)
            print(f"来电：{who.name}" + (f"（{extra}）" if extra else ""), file=out)
        print(file=out)
    session.start()
    unused = 0
    for number, kind, value in moves:
        if session.ended:
            unused += 1
            continue
        results = session.stay_silent(value) if kind == "wait" else [session.reply(value)]
        for result in results:
            if args.json:
                out.write(json.dumps(turn_json(scenario, result, args.seed), ensure_ascii=False) + "\n")
            else:
                _human_turn(result, out, explain=args.explain)
    if args.json:
        out.write(json.dumps(ending_json(scenario, session, args.seed), ensure_ascii=False) + "\n")
    else:
        ending = session.ending
        score = session.summary()
        if ending is not None:
            if ending.customer:
                print(f"  {(session.turns[-1].customer.speaker_name if session.turns and session.turns[-1].customer else '') or '客户'}：{ending.customer}", file=out)
            kind = "好结局" if ending.good else "不好的结局"
            print(f"结局：{ending.label}（{ending.outcome_label}，{kind}）", file=out)
            if ending.feedback:
                print(f"  {ending.feedback}", file=out)
        else:
            line = session.current
            print(f"脚本用完了，通话还没有结束（停在节点 {line.node_id}）。客户正在说：{line.text}", file=out)
        print(f"路径：{' → '.join(session.path)}", file=out)
        verdict = {"passed": "合格", "failed": "不合格", "unfinished": "未完成"}[score.status]
        print(f"总评：{score.overall} 分，{verdict}（{score.turns} 轮回复评分，一票否决 {score.critical} 次）", file=out)
        if score.reasons and score.status != "passed":
            print("  " + "；".join(score.reasons), file=out)
    out.flush()
    if unused:
        print(f"通话在脚本结束前就结束了，最后 {unused} 步没有用上。", file=sys.stderr)
    session.close()
    return 0
