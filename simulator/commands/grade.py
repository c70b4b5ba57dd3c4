"""``peilian grade``: batch grading of JSON Lines, exactly as docs/grading.md says."""

from __future__ import annotations

import argparse
import json
import math
import sys

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
    parser.set_defaults(handler=run)


class InputLineError(ValueError):
    pass


def parse_line(text: str, situations) -> tuple[object, dict]:
    """Validate one input line; return (id, fields) or raise InputLineError."""
    try:
        item = json.loads(text, strict=False)  # raw control characters inside strings are tolerated
    except json.JSONDecodeError as exc:
        raise InputLineError(f"不是有效的 JSON：{exc.msg}（第 {exc.colno} 列）") from None
    except RecursionError:
        raise InputLineError("JSON 嵌套层数太深，无法读取；每行应是一个简单的对象") from None
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


def _read_lines(source):
    """Yield (line number, text or None, decode error) from a binary stream."""
    for number, raw in enumerate(source, 1):
        try:
            yield number, raw.decode("utf-8"), None
        except UnicodeDecodeError as exc:
            yield number, None, f"不是有效的 UTF-8 编码（第 {exc.start + 1} 个字节）；请把文件另存为 UTF-8"


class _Progress:
    """A one-line progress bar on standard error, only when it is a terminal."""

    def __init__(self, total: int | None):
        self.total = total
        self.enabled = bool(total and total >= 200 and sys.stderr.isatty())

    def update(self, done: int) -> None:
        if self.enabled and (done % 50 == 0 or done == self.total):
            width = 30
            filled = int(width * done / self.total)
            sys.stderr.write(f"\r评分中 [{'#' * filled}{'.' * (width - filled)}] {done}/{self.total}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def _human_report(reply_id, grade, labels) -> str:
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
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from grading import SITUATION_LABELS, SITUATIONS, Context, DataFileError, Grader, Turn, load_rubric

    try:
        grader = Grader(load_rubric(args.rubric)) if args.rubric else Grader()
    except DataFileError as exc:
        print("规则文件有错误，无法评分：", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2

    if args.input == "-":
        source = sys.stdin.buffer
        total = None
    else:
        try:
            source = open(args.input, "rb")
        except OSError as exc:
            print(f"无法打开输入文件 {args.input}：{exc.strerror}", file=sys.stderr)
            return 2
        try:
            total = sum(1 for _ in source)
            source.seek(0)
        except OSError:
            total = None

    out = sys.stdout
    progress = _Progress(total)
    errors = graded = passed = 0
    try:
        for number, text, decode_error in _read_lines(source):
            progress.update(number)
            if decode_error is None and not text.strip():
                continue  # blank lines are not replies
            try:
                if decode_error:
                    raise InputLineError(decode_error)
                reply_id, fields = parse_line(text, SITUATIONS)
            except InputLineError as exc:
                errors += 1
                print(f"第 {number} 行：{exc}", file=sys.stderr)
                continue
            context = Context(fields["situation"], fields["customer"], tuple(Turn(r, t) for r, t in fields["history"]), paused=fields["paused"])
            try:
                grade = grader.grade(fields["reply"], context)
                if args.json:
                    rendered = json.dumps(grade.to_contract(reply_id), ensure_ascii=False) + "\n"
                else:
                    rendered = _human_report(reply_id, grade, SITUATION_LABELS) + "\n\n"
                rendered.encode("utf-8")  # an id holding half a UTF-16 pair cannot be written
            except (RecursionError, ValueError, TypeError) as exc:  # a line that breaks grading must not stop the batch
                errors += 1
                if isinstance(exc, UnicodeEncodeError):
                    print(f"第 {number} 行：id 中含有无效的 Unicode 字符（孤立的代理项），无法输出；其余各行照常评分", file=sys.stderr)
                else:
                    print(f"第 {number} 行：这一行无法评分（{type(exc).__name__}），其余各行照常评分", file=sys.stderr)
                continue
            graded += 1
            passed += grade.verdict == "pass"
            out.write(rendered)
    finally:
        progress.close()
        if source is not sys.stdin.buffer:
            source.close()
    if not args.json:
        out.write(f"共评分 {graded} 条：合格 {passed} 条，不合格 {graded - passed} 条" + (f"；{errors} 行输入有误（见标准错误输出）" if errors else "") + "\n")
    out.flush()
    if errors:
        print(f"共有 {errors} 行输入有误，其余各行已正常评分。", file=sys.stderr)
        return 1
    return 0
