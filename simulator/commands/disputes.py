"""``peilian disputes``: trainees' disagreements with a grade, decided by trainers.

    peilian disputes [--all] [--trainee NAME] [--db FILE]        the open disputes (--all: every one)
    peilian disputes accept ID [--expect ok|minor|major|critical] [--note TEXT] [--by NAME]
    peilian disputes reject ID --note TEXT [--by NAME]
    peilian disputes export --jsonl FILE [--db FILE]            accepted disputes as labelled replies

Exit status: 0 done; 2 the records cannot be read, an unknown or already decided
dispute, or a missing or bad option (one sentence on standard error).
"""

from __future__ import annotations

import argparse
import json
import sys
import time

ACTIONS = ("list", "accept", "reject", "export")
_STATUS_ZH = {"open": "待处理", "accepted": "已采纳", "rejected": "未采纳"}
_EXPECT_ZH = {"ok": "合格", "minor": "轻微扣分", "major": "不合格", "critical": "一票否决"}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "disputes",
        help="评分异议：查看学员提出的异议，培训师采纳或不采纳，导出为标注数据",
        description="学员在通话报告里对某一句的评分提出异议（按 D）；培训师在这里查看、采纳（评分有误）或不采纳（附说明），"
        "并把采纳的异议导出为带正确评定的标注数据（JSON Lines），加进规则的示例或本中心的规则，让同样的错判不再出现。",
        usage=(
            "peilian disputes [--all] [--trainee 姓名] [--db FILE]\n"
            "       peilian disputes accept 编号 [--expect ok|minor|major|critical] [--note 说明] [--by 姓名]\n"
            "       peilian disputes reject 编号 --note 说明 [--by 姓名]\n"
            "       peilian disputes export --jsonl FILE [--db FILE]"
        ),
    )
    parser.add_argument("action", nargs="?", default="list", choices=ACTIONS, metavar="操作", help="list（默认）、accept、reject 或 export")
    parser.add_argument("dispute_id", nargs="?", metavar="编号", help="accept / reject：异议的编号（见列表）")
    parser.add_argument("--all", action="store_true", help="列出全部异议（默认只列待处理的）")
    parser.add_argument("--trainee", metavar="姓名", help="只看这位学员的异议")
    parser.add_argument(
        "--expect", choices=("ok", "minor", "major", "critical"), default="ok",
        help="accept：这一句应得的评定（ok 合格、minor 轻微扣分、major 不合格、critical 一票否决；默认 ok）",
    )
    parser.add_argument("--note", metavar="说明", help="处理说明（reject 时必填）")
    parser.add_argument("--by", metavar="姓名", help="处理人（默认：环境变量 PEILIAN_TRAINEE，否则为系统用户名）")
    parser.add_argument("--jsonl", metavar="FILE", help="export：写出的 JSON Lines 文件")
    parser.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS, help="练习记录数据库（默认：数据目录下的 peilian.db）")
    parser.set_defaults(handler=run)


def _err(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    from ..records import RecordStoreError, open_store
    from ..settings import default_db_path, default_trainee

    if args.action in ("accept", "reject") and not args.dispute_id:
        return _err(f"请给出要处理的异议编号：peilian disputes {args.action} 编号（编号见 peilian disputes）。")
    if args.action in ("list", "export") and args.dispute_id:
        return _err(f"peilian disputes {args.action} 不需要编号；处理一条异议请用 accept 或 reject。")
    if args.action == "reject" and not (args.note or "").strip():
        return _err("不采纳异议时请用 --note 写明理由，学员会在练习记录里看到。")
    if args.action == "export" and not args.jsonl:
        return _err("请用 --jsonl FILE 指定导出的文件。")
    if args.jsonl and args.action != "export":
        return _err("--jsonl 只用于 peilian disputes export。")
    db = getattr(args, "db", None)
    try:
        store = open_store(db or default_db_path(), must_exist=True)
    except RecordStoreError as exc:
        return _err(str(exc))
    with store:
        try:
            if args.action == "list":
                return _list(store, args)
            if args.action == "export":
                return _export(store, args)
            decided = store.decide_dispute(
                args.dispute_id,
                accepted=args.action == "accept",
                decided_by=(args.by or default_trainee()).strip(),
                note=(args.note or "").strip(),
                expect=args.expect if args.action == "accept" else None,
            )
        except RecordStoreError as exc:
            return _err(str(exc))
    if decided.status == "accepted":
        print(f"已采纳异议 {decided.id}：这一句应评为“{_EXPECT_ZH[decided.expect]}”。用 peilian disputes export 导出为标注数据。")
    else:
        print(f"未采纳异议 {decided.id}，学员会在练习记录里看到您的说明。")
    return 0


def describe(dispute) -> list[str]:
    """A dispute as lines of text (everything from the records escaped)."""
    from ..exam.results import printable
    from .grade import _SEVERITY_ZH

    turn = dispute.turn
    grade = turn.get("grade") or {}
    rules = "；".join(
        f"{_SEVERITY_ZH.get(v.get('severity'), v.get('severity'))} {v.get('rule')} {v.get('title') or ''}".strip()
        for v in grade.get("violations") or ()
    ) or "没有违规"
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(dispute.filed_at))
    scenario = turn.get("scenario_title") or turn.get("scenario_id") or "—"
    lines = [
        f"[{dispute.id}] {_STATUS_ZH.get(dispute.status, dispute.status)}　{printable(dispute.trainee)}　{printable(scenario)}　第 {dispute.index + 1} 轮　{when}",
        f"  客户：{printable(turn.get('customer') or '（无）')}",
        f"  回复：{printable(turn.get('reply') or '')}",
        f"  评分：{grade.get('score', '—')} 分，{rules}",
        f"  学员的理由：{printable(dispute.reason)}",
    ]
    if dispute.status != "open":
        verdict = f"应评为“{_EXPECT_ZH.get(dispute.expect, dispute.expect)}”" if dispute.status == "accepted" else ""
        note = f"：{printable(dispute.note)}" if dispute.note else ""
        lines.append(f"  处理：{printable(dispute.decided_by or '')} {_STATUS_ZH[dispute.status]}{'，' + verdict if verdict else ''}{note}")
    return lines


def _list(store, args) -> int:
    disputes = store.disputes(status=None if args.all else "open", trainee=args.trainee)
    for warning in dict.fromkeys(store.damaged):
        print(f"警告：{warning}", file=sys.stderr)
    if not disputes:
        print("没有异议。" if args.all else "没有待处理的异议。")
        return 0
    for dispute in disputes:
        print("\n".join(describe(dispute)) + "\n")
    waiting = sum(1 for d in disputes if d.status == "open")
    print(f"共 {len(disputes)} 条" + (f"，待处理 {waiting} 条。处理：peilian disputes accept 编号 或 reject 编号 --note 说明" if waiting else "。"))
    return 0


def _export(store, args) -> int:
    from ..output_files import write_text
    from ..records.disputes import labelled_line

    accepted = store.disputes(status="accepted")
    text = "".join(json.dumps(labelled_line(d), ensure_ascii=False) + "\n" for d in accepted)
    try:
        write_text(args.jsonl, text)
    except OSError as exc:
        return _err(f"无法写入 {args.jsonl}：{exc.strerror}")
    print(f"已导出 {len(accepted)} 条采纳的异议到 {args.jsonl}（peilian grade 的输入格式，expect 为应得的评定）。")
    return 0
