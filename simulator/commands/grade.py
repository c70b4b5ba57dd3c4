"""``peilian grade``: batch grading of JSON Lines, exactly as docs/grading.md says."""

from __future__ import annotations

import argparse
import json
import math
import sys
import time

MAX_REPLY_CHARS = 10_000  # one utterance; far longer input is a paste accident
_SEVERITY_ZH = {"minor": "轻微", "major": "严重", "critical": "一票否决"}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "grade",
        help="批量评分：读取 JSON Lines（每行一条回复），按服务规范逐条评分",
        description="读取 JSON Lines（文件或标准输入，每行一条回复），按服务礼仪规范逐条评分。",
    )
    parser.add_argument("input", nargs="?", default="-", help="输入文件；省略或写 - 时读取标准输入")
    parser.add_argument("--json", action="store_true", help="按 docs/grading.md 的格式输出 JSON Lines（每行一条结果）")
    parser.add_argument("--rubric", metavar="DIR", help="使用另一套规则目录（默认使用内置规则）")
    parser.add_argument(
        "--calls",
        action="store_true",
        help="输入是整通通话的录音转写（每行一通：id 和 turns），逐句评话务员的话，并给出整通电话的成绩",
    )
    parser.add_argument("--html", metavar="OUT", help="（与 --calls 同用）另写一份质检组长看的 HTML 汇总")
    parser.add_argument("--jobs", metavar="N", type=_jobs, default=1, help="用 N 个进程并行评分（输出顺序不变；默认 1）")
    parser.set_defaults(handler=run)


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 64:
        raise argparse.ArgumentTypeError(f"应是 1 到 64 之间的整数，不是 {text!r}")
    return value


class InputLineError(ValueError):
    pass


def _decode(text: str):
    try:
        item = json.loads(text, strict=False)  # raw control characters inside strings are tolerated
    except json.JSONDecodeError as exc:
        raise InputLineError(f"不是有效的 JSON：{exc.msg}（第 {exc.colno} 列）") from None
    except RecursionError:
        raise InputLineError("JSON 嵌套层数太深，无法读取；每行应是一个简单的对象") from None
    return item


def parse_line(text: str, situations) -> tuple[object, dict]:
    """Validate one input line; return (id, fields) or raise InputLineError."""
    item = _decode(text)
    if not isinstance(item, dict):
        raise InputLineError("每行应是一个 JSON 对象，如 {\"id\": \"r1\", \"reply\": \"您好\"}")
    reply_id = item.get("id")
    reply = item.get("reply")
    if reply is None:
        raise InputLineError("缺少 reply 字段（话务员的回复文本）")
    if not isinstance(reply, str):
        raise InputLineError(f"reply 应是文本，实际是 {type(reply).__name__}")
    if len(reply) > MAX_REPLY_CHARS:
        raise InputLineError(f"reply 长达 {len(reply)} 个字符，超过单条回复 {MAX_REPLY_CHARS} 字的上限；请拆成多条回复")
    situation = item.get("situation", "general")
    if situation is None:
        situation = "general"
    if not isinstance(situation, str) or situation not in situations:
        raise InputLineError(f"未知的情境 {situation!r}；可用的情境：{', '.join(situations)}")
    customer = item.get("customer") or ""
    if not isinstance(customer, str):
        raise InputLineError("customer 应是文本（客户刚说的话）")
    history = item.get("history") or []
    if not isinstance(history, list):
        raise InputLineError("history 应是列表，每项形如 {\"role\": \"agent\", \"text\": \"…\"}")
    turns = []
    for index, turn in enumerate(history, 1):
        if not isinstance(turn, dict) or turn.get("role") not in ("agent", "customer") or not isinstance(turn.get("text"), str):
            raise InputLineError(f"history 第 {index} 项应形如 {{\"role\": \"agent\" 或 \"customer\", \"text\": \"…\"}}")
        turns.append((turn["role"], turn["text"]))
    paused = item.get("paused")
    if paused is not None and (
        isinstance(paused, bool) or not isinstance(paused, (int, float)) or not math.isfinite(paused) or not 0 <= paused < 3600
    ):
        raise InputLineError("paused 是回复前停顿的秒数，应是 0 到 3600 之间的数")
    texts = [reply, customer, *(t for _, t in turns)] + ([reply_id] if isinstance(reply_id, str) else [])
    if any(_has_lone_surrogate(t) for t in texts):
        raise InputLineError("含有无效的 Unicode 字符（孤立的代理项，如 \\ud800），无法作为文字处理；请检查生成这行的程序")
    return reply_id, {"reply": reply, "situation": situation, "customer": customer, "history": turns, "paused": paused}


def _has_lone_surrogate(text: str) -> bool:
    """JSON may escape half a UTF-16 pair (\\ud800): Python keeps it, no output can."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class _Progress:
    """A one-line progress bar on standard error, only when it is a terminal."""

    def __init__(self, total: int, unit: str):
        self.total = total
        self.unit = unit
        self.enabled = total > 0 and sys.stderr.isatty()
        self.shown = 0.0

    def update(self, done: int) -> None:
        now = time.monotonic()
        if self.enabled and (done == self.total or now - self.shown >= 0.1):
            self.shown = now
            width = 30
            filled = width * done // self.total
            sys.stderr.write(f"\r评分中 [{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} {self.unit}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()


def _human_report(reply_id, grade, labels, indent: str = "") -> str:
    mark = "合格" if grade.verdict == "pass" else "不合格"
    head = f"[{reply_id if reply_id is not None else '-'}] {labels.get(grade.situation, grade.situation)}　得分 {grade.score}　{mark}"
    lines = [head, f"  回复：{grade.reply}"]
    for v in grade.violations:
        words = f"　问题用语：“{v.excerpt}”" if v.excerpt else ""
        lines.append(f"  ✘ [{_SEVERITY_ZH[v.severity]}] {v.rule} {v.title}{words}")
        lines.append(f"      {v.message}")
        if v.suggestion:
            lines.append(f"      标准用语：{v.suggestion}")
    if not grade.violations:
        lines.append("  ✔ 符合服务规范")
    return "\n".join(indent + line for line in lines)


def _human_call(card, labels) -> str:
    result = card.result
    head = f"[{card.id if card.id is not None else '-'}] 整通电话 {result.overall} 分　{result.status_label}　话务员 {len(card.turns)} 句"
    lines = [head]
    if result.reasons:
        lines.append("  未通过的原因：" + "；".join(result.reasons))
    for graded in card.turns:
        note = f"（情境由系统推断：{graded.why}）" if graded.inferred else ""
        lines.append(_human_report(f"第 {graded.position} 句", graded.grade, labels, indent="  ") + (f"\n    {note}" if note else ""))
    return "\n".join(lines)


# The worker's grader: built once per process (inherited when the platform forks).
_WORKER: dict = {}


def _worker_setup(rubric_dir: str | None, as_json: bool, keep_scorecards: bool = False) -> None:
    if "grader" not in _WORKER:
        from grading import Grader, load_rubric

        _WORKER["grader"] = Grader(load_rubric(rubric_dir)) if rubric_dir else Grader()
    _WORKER["json"] = as_json
    _WORKER["scorecards"] = keep_scorecards  # only --html needs them back from the workers


def _text_of(raw: bytes) -> tuple[str, str | None]:
    """A line's text, or the sentence saying why it has none."""
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return "", f"不是有效的 UTF-8 编码（第 {exc.start + 1} 个字节）；请把文件另存为 UTF-8"


def _grade_reply_line(line: tuple[int, bytes]):
    """(line number, output text or None, error or None, passed)."""
    from grading import SITUATION_LABELS, SITUATIONS, Context, Turn

    number, raw = line
    text, error = _text_of(raw)
    if error:
        return number, None, error, False
    try:
        reply_id, fields = parse_line(text, SITUATIONS)
    except InputLineError as exc:
        return number, None, str(exc), False
    context = Context(fields["situation"], fields["customer"], tuple(Turn(r, t) for r, t in fields["history"]), paused=fields["paused"])
    try:
        grade = _WORKER["grader"].grade(fields["reply"], context)
        if _WORKER["json"]:
            rendered = json.dumps(grade.to_contract(reply_id), ensure_ascii=False) + "\n"
        else:
            rendered = _human_report(reply_id, grade, SITUATION_LABELS) + "\n\n"
        rendered.encode("utf-8")  # an id holding half a UTF-16 pair cannot be written
    except (RecursionError, ValueError, TypeError) as exc:  # a line that breaks grading must not stop the batch
        return number, None, _unusable(exc), False
    return number, rendered, None, grade.verdict == "pass"


def _grade_call_line(line: tuple[int, bytes]):
    """(line number, (output text, scorecard as JSON) or None, error or None, passed)."""
    from grading import SITUATION_LABELS
    from grading.calls import CallFormatError, grade_call, inference_for, parse_call

    number, raw = line
    text, error = _text_of(raw)
    if error:
        return number, None, error, False
    try:
        item = _decode(text)
        call = parse_call(item)
        texts = [t.text for t in call.turns] + ([call.id] if isinstance(call.id, str) else [])
        if any(_has_lone_surrogate(t) for t in texts):
            raise InputLineError("含有无效的 Unicode 字符（孤立的代理项，如 \\ud800），无法作为文字处理；请检查生成这行的程序")
    except (InputLineError, CallFormatError) as exc:
        return number, None, str(exc), False
    grader = _WORKER["grader"]
    try:
        card = grade_call(call, grader, inference_for(grader))
        scorecard = card.to_json()
        if _WORKER["json"]:
            rendered = json.dumps(scorecard, ensure_ascii=False) + "\n"
        else:
            rendered = _human_call(card, SITUATION_LABELS) + "\n\n"
        rendered.encode("utf-8")
    except (RecursionError, ValueError, TypeError) as exc:
        return number, None, _unusable(exc), False
    return number, (rendered, scorecard if _WORKER["scorecards"] else None), None, card.result.passed


def _unusable(exc: Exception) -> str:
    if isinstance(exc, UnicodeEncodeError):
        return "id 中含有无效的 Unicode 字符（孤立的代理项），无法输出；其余各行照常评分"
    return f"这一行无法评分（{type(exc).__name__}），其余各行照常评分"


def _results(job, lines: list, jobs: int, rubric_dir: str | None, as_json: bool, keep_scorecards: bool):
    """Each line's result, in input order, graded here or by ``jobs`` processes."""
    setup = (rubric_dir, as_json, keep_scorecards)
    _worker_setup(*setup)  # here: a rubric that cannot load is found before any work
    if jobs == 1 or len(lines) < 2:
        yield from map(job, lines)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Forking hands each worker the grader already loaded here; elsewhere each loads its own.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunk = max(1, min(64, len(lines) // (jobs * 8)))
    import gc

    # The grader's tables are shared with the workers page by page (copy-on-write); the
    # collector touching them would copy every page into every worker.  Its patterns are
    # compiled here once, not in every worker.
    _WORKER["grader"].lexicon.compile_all()
    gc.freeze()
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_setup, initargs=setup) as pool:
        yield from pool.map(job, lines, chunksize=chunk)


def _read_input(path: str) -> list[tuple[int, bytes]]:
    if path == "-":
        source = sys.stdin.buffer
        return [(n, raw) for n, raw in enumerate(source, 1) if raw.strip()]
    with open(path, "rb") as source:
        # Blank lines are not replies (and not calls); they keep their line numbers.
        return [(n, raw) for n, raw in enumerate(source, 1) if raw.strip()]


def run(args: argparse.Namespace) -> int:
    from grading import DataFileError

    if args.html and not args.calls:
        print("--html 只用于 --calls（整通电话的质检汇总）；单句回复请用 --json 输出后自行汇总。", file=sys.stderr)
        return 2
    try:
        lines = _read_input(args.input)
    except OSError as exc:
        print(f"无法打开输入文件 {args.input}：{exc.strerror}", file=sys.stderr)
        return 2
    job = _grade_call_line if args.calls else _grade_reply_line
    unit = "通" if args.calls else "条"
    out = sys.stdout
    progress = _Progress(len(lines), unit)
    errors = graded = passed = 0
    scorecards = []
    try:
        for done, (number, result, error, ok) in enumerate(_results(job, lines, args.jobs, args.rubric, args.json, bool(args.html)), 1):
            progress.update(done)
            if error is not None:
                errors += 1
                print(f"第 {number} 行：{error}", file=sys.stderr)
                continue
            if args.calls:
                result, scorecard = result
                scorecards.append(scorecard)
            graded += 1
            passed += ok
            out.write(result)
    except DataFileError as exc:
        progress.close()
        print("规则文件有错误，无法评分：", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    progress.close()
    if not args.json:
        total, each = ("通电话", "通") if args.calls else ("条", "条")
        out.write(f"共评分 {graded} {total}：合格 {passed} {each}，不合格 {graded - passed} {each}" + (f"；{errors} 行输入有误（见标准错误输出）" if errors else "") + "\n")
    out.flush()
    if args.html:
        from simulator.display_script import html_page
        from simulator.output_files import write_text
        from simulator.reports.graded_calls import render_calls_html
        from simulator.settings import display_script

        page = html_page(render_calls_html(scorecards, _WORKER["grader"].rubric, source=args.input), display_script())
        try:
            write_text(args.html, page)
        except OSError as exc:
            print(f"无法写入 {args.html}：{exc.strerror}", file=sys.stderr)
            return 2
        print(f"质检汇总已写入 {args.html}", file=sys.stderr)
    if errors:
        print(f"共有 {errors} 行输入有误，其余各行已正常评分。", file=sys.stderr)
        return 1
    return 0
