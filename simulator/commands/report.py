"""``peilian report [--trainee NAME ...] [--db FILE] [--html OUT.html] [--csv OUT.csv]``.

A trainer's report for one trainee, several, or the whole cohort (default):
scores by category as charts, the most-broken rules with examples from real
replies, a table per trainee, exam pass/fail.  The HTML is self-contained (inline
CSS and SVG, no scripts, no network); the CSV has one row per call.  Without
``--html`` or ``--csv`` a short summary is printed.  Exit status: 0; 2 when the
records cannot be read, a trainee is unknown, or an output file cannot be written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "report",
        help="培训报告：单个学员或整个班级的 HTML 报告（图表、常犯规范、考试结果）和 CSV",
        description="生成培训报告：各类别得分图表、最常违反的规范（附学员原话）、学员一览、考试结果。HTML 可在任何浏览器离线打开。",
    )
    parser.add_argument("--trainee", action="append", metavar="姓名", help="只看这个学员（可重复；默认：全部学员）")
    parser.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS, help="练习记录数据库：SQLite 文件，或 postgresql://用户:密码@主机:端口/数据库名（默认：数据目录下的 peilian.db）")
    parser.add_argument("--html", metavar="OUT.html", help="写出 HTML 报告")
    parser.add_argument("--csv", metavar="OUT.csv", help="写出 CSV（每次通话一行）")
    parser.add_argument("--title", default="陪练训练报告", help="报告标题")
    parser.set_defaults(handler=run)


def _write(path: str, text: str) -> str | None:
    from ..output_files import write_text

    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)  # reports may name a new folder
        write_text(path, text, newline="")
    except OSError as exc:
        return f"无法写入 {path}：{exc.strerror or exc}"
    return None


def run(args: argparse.Namespace) -> int:
    from grading import default_rubric

    from ..settings import default_db_path
    from ..records import RecordStoreError, open_store
    from ..reports.cohort import build_report
    from ..reports.csv_export import sessions_csv
    from ..reports.html import render_html

    db = getattr(args, "db", None)
    try:
        store = open_store(db or default_db_path(), must_exist=True)
    except RecordStoreError as exc:
        print(exc, file=sys.stderr)
        return 2
    rubric = default_rubric()
    labels = {c: cat.label for c, cat in rubric.categories.items()}
    with store:
        try:
            known = store.trainees()
            wanted = list(dict.fromkeys(args.trainee or []))
            unknown = [t for t in wanted if t not in known]
            if unknown:
                others = "、".join(known[:20]) if known else "（还没有任何记录）"
                print(f"没有学员“{'、'.join(unknown)}”的记录。记录中的学员：{others}", file=sys.stderr)
                return 2
            if not known:
                print(f"记录数据库 {store.path} 中还没有任何练习记录。", file=sys.stderr)
                return 2
            report = build_report(store, wanted or None)
        except RecordStoreError as exc:
            print(exc, file=sys.stderr)
            return 2
        for warning in dict.fromkeys(store.damaged):
            print(f"警告：{warning}", file=sys.stderr)
    failures = []
    if args.html:
        page = render_html(report, labels, {r.id: r.title for r in rubric.rules}, title=args.title)
        from ..display_script import html_page
        from ..settings import display_script

        page = html_page(page, display_script())
        failures.append(_write(args.html, page))
    if args.csv:
        failures.append(_write(args.csv, sessions_csv(report.sessions, list(labels))))
    failures = [f for f in failures if f]
    for failure in failures:
        print(failure, file=sys.stderr)
    if failures:
        return 2
    if args.html:
        print(f"HTML 报告已写入 {args.html}")
    if args.csv:
        print(f"CSV 已写入 {args.csv}")
    if not args.html and not args.csv:
        print(f"学员 {len(report.trainees)} 人，通话 {len(report.sessions)} 次（用 --html 或 --csv 写出完整报告）")
        for t in report.trainees:
            mean = "—" if t.mean_score is None else f"{t.mean_score} 分"
            print(f"  {t.trainee}：通话 {t.sessions} 次，完成 {t.finished} 次，平均 {mean}，考试通过 {t.exams_passed} 次、未通过 {t.exams_failed} 次")
    return 0
