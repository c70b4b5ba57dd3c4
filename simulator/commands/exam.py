"""``peilian exam``: take a certification exam in the app, verify and export signed results.

    peilian exam EXAM.yaml --candidate NAME [--key-file F] [--db FILE] [--out DIR]
    peilian exam verify RESULT... [--key-file F] [--candidate NAME] [--exam EXAM]
    peilian exam export RESULT... [--csv F] [--json F] [--key-file F] [--candidate NAME] [--unverified]

Everything that can stop an exam is checked before the app opens (the proctor's
key, the exam file, the records, the attempts left, a writable result folder), so
a candidate never sits an exam whose result cannot be kept.

Exit status: take: 0 passed, 1 not passed, 2 could not be taken; verify: 0 every
result intact, 1 a result was changed (or signed with another key, or is not the
exam given with --exam, or breaks the exam's attempt rules across the files given),
2 a result or the key could not be read; export: 0, 1 a result failed verification,
2 unreadable (or no key, unless --unverified).  Everything printed from a result
file is escaped: a forged file cannot draw on the proctor's terminal.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ACTIONS = ("verify", "export")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "exam",
        help="认证考试：peilian exam 考试文件 --candidate 姓名；peilian exam verify 结果文件；peilian exam export 结果文件",
        description=(
            "认证考试：参加考试（打开考试界面，不显示反馈，限时，结果签名保存）；验证结果文件是否被改动；导出为 CSV / JSON。\n"
            "监考密钥用 --key-file 指定，或设置环境变量 PEILIAN_PROCTOR_KEY。"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        usage=(
            "peilian exam EXAM.yaml --candidate 姓名 [--key-file F] [--db FILE] [--out DIR]\n"
            "       peilian exam verify RESULT... [--key-file F] [--candidate 姓名] [--exam 考试文件]\n"
            "       peilian exam export RESULT... [--csv F] [--json F] [--key-file F] [--candidate 姓名] [--unverified]"
        ),
    )
    parser.add_argument("target", nargs="+", metavar="参数", help="考试文件（或内置考试的 id，如 basic_certification）；或 verify / export 加结果文件")
    parser.add_argument("--candidate", metavar="姓名", help="考生姓名（参加考试时必填；验证、导出时只看这个考生的结果）")
    parser.add_argument("--key-file", metavar="F", help="监考密钥文件（默认：环境变量 PEILIAN_PROCTOR_KEY）")
    parser.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS, help="练习记录数据库：SQLite 文件，或 postgresql://用户:密码@主机:端口/数据库名（默认：数据目录下的 peilian.db）")
    parser.add_argument("--out", metavar="DIR", help="考试结果写入的文件夹（默认：数据目录下的 exam-results）")
    parser.add_argument("--csv", metavar="F", help="export：写出 CSV")
    parser.add_argument("--json", metavar="F", help="export：写出 JSON")
    parser.add_argument("--theme", choices=("dark", "light"), help="考试界面主题")
    parser.add_argument("--exam", dest="exam_file", metavar="考试文件", help="verify：同时核对结果确实出自这份考试文件（id 和文件内容都要一致）")
    parser.add_argument("--unverified", action="store_true", help="export：没有监考密钥时仍然导出（每一行都会标明“未验证”）")
    from .rubric import add_rubric_option

    add_rubric_option(parser)
    parser.set_defaults(handler=run)


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from .rubric import use_rubric_option

    if (refused := use_rubric_option(args)) is not None:
        return refused
    action, rest = args.target[0], args.target[1:]
    if action in ACTIONS:
        if args.exam_file and action != "verify":
            _err("--exam 只用于 peilian exam verify。")
            return 2
        if args.unverified and action != "export":
            _err("--unverified 只用于 peilian exam export。")
            return 2
        if args.out or getattr(args, "db", None):
            _err(f"--out 和 --db 只用于参加考试，不用于 peilian exam {action}。")
            return 2
        if not rest:
            _err(f"请给出要{'验证' if action == 'verify' else '导出'}的考试结果文件：peilian exam {action} RESULT...")
            return 2
        return verify(rest, args) if action == "verify" else export(rest, args)
    if rest:
        _err(f"一次只能参加一场考试；多余的参数：{' '.join(rest)}（验证结果请用 peilian exam verify）")
        return 2
    if args.csv or args.json or args.exam_file or args.unverified:
        _err("--csv、--json、--unverified 只用于 peilian exam export，--exam 只用于 peilian exam verify。")
        return 2
    return take(action, args)


# ---------------------------------------------------------------------------
# verify / export
# ---------------------------------------------------------------------------


def _read_all(paths: list[str], candidate: str | None) -> tuple[list[tuple[str, dict]], int]:
    """(path, document) for each readable result of the candidate; and the exit status so far."""
    from ..exam.results import ResultFileError, normalise_name, printable, read_result

    found, status = [], 0
    for path in paths:
        try:
            document = read_result(path)
        except ResultFileError as exc:
            _err(str(exc))
            status = 2
            continue
        found.append((path, document))
    if candidate is not None:
        wanted = normalise_name(candidate)
        theirs = [(p, d) for p, d in found if normalise_name(str(d["result"].get("candidate", ""))) == wanted]
        if found and not theirs:
            names = sorted({printable(str(d["result"].get("candidate", "?"))) for _, d in found})
            _err(f"这些结果文件中没有考生“{printable(candidate)}”的成绩（文件中的考生：{'、'.join(names)}）。")
            return [], 2
        found = theirs
    return found, status


def verify(paths: list[str], args) -> int:
    from ..exam import signing
    from ..exam.signing import ProctorKeyError

    try:
        key = signing.load_key(args.key_file)
    except ProctorKeyError as exc:
        _err(str(exc))
        return 2
    from ..exam.results import attempt_problems, printable

    exam_hash = exam_id = None
    if args.exam_file:
        exam_file = resolve_exam(args.exam_file)
        if exam_file is None:
            _err(f"找不到考试文件 {printable(args.exam_file)}。")
            return 2
        from ..exam.attempt import file_sha256
        from ..scenario.files import declared_id

        exam_hash, exam_id = file_sha256(exam_file), declared_id(exam_file)
    found, status = _read_all(paths, args.candidate)
    intact = []
    for path, document in found:
        result = document["result"]
        exam = result.get("exam") if isinstance(result.get("exam"), dict) else {}
        who = printable(f"{result.get('candidate', '?')}，{exam.get('title', '?')}，第 {result.get('attempt', '?')} 次")
        shown = printable(path)
        if not signing.verify(document, key):
            # Nothing in the file is vouched for: what it claims is shown escaped, as a claim.
            print(f"{shown}：签名不符！结果在签名后被改动过，或不是用这把监考密钥签的（文件自称：{who}）")
            status = max(status, 1)
            continue
        if exam_hash is not None and (exam.get("sha256") != exam_hash or exam.get("id") != exam_id):
            print(f"{shown}：签名有效，但不是这场考试的结果（{who}）：考试文件 {printable(args.exam_file)} 与结果中记录的考试不一致")
            status = max(status, 1)
            continue
        verdict = "通过" if result.get("passed") else "未通过"
        print(f"{shown}：签名有效，内容未被改动（{who}：{printable(str(result.get('score', '?')))} 分，{verdict}）")
        intact.append((path, document))
    for problem in attempt_problems(intact):
        print(f"次数不符：{problem}")
        status = max(status, 1)
    return status


def export(paths: list[str], args) -> int:
    from ..exam import signing
    from ..exam.results import printable, to_csv, to_json
    from ..exam.signing import ProctorKeyError

    try:
        key = signing.load_key(args.key_file)
    except ProctorKeyError as exc:
        if not args.unverified:
            _err(f"{exc}\n没有密钥就无法验证结果，不导出；确实要导出未验证的结果，请加 --unverified（每一行都会标明“未验证”）。")
            return 2
        key = None
        _err("注意：没有监考密钥，导出的结果未经验证，每一行都标明了“未验证”。")
    found, status = _read_all(paths, args.candidate)
    if status == 2 and not found:
        return 2
    documents = []
    for path, document in found:
        if key is not None and not signing.verify(document, key):
            _err(f"{printable(path)}：签名不符，结果被改动过，已跳过。")
            status = max(status, 1)
            continue
        documents.append(document)
    from ..output_files import write_text

    verified = key is not None
    outputs = [(args.csv, to_csv), (args.json, to_json)]
    for target, render in outputs:
        if not target:
            continue
        try:
            write_text(target, render(documents, verified=verified), newline="")
        except OSError as exc:
            _err(f"无法写入 {target}：{exc.strerror or exc}")
            return 2
        print(f"已导出 {len(documents)} 份结果到 {target}")
    if not args.csv and not args.json:
        sys.stdout.write(to_csv(documents, verified=verified))
    return status


# ---------------------------------------------------------------------------
# Taking an exam
# ---------------------------------------------------------------------------


def _check_out_dir(out_dir: Path) -> str | None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / ".peilian-write-test"
        probe.write_text("ok", encoding="utf-8")
        probe.unlink()
    except OSError as exc:
        return f"考试结果文件夹 {out_dir} 不可写（{exc.strerror or exc}）。请用 --out 指定一个可写的文件夹。"
    return None


def bundled_exams_dir() -> Path:
    return Path(__file__).resolve().parents[1] / "data" / "exams"


def resolve_exam(name: str) -> Path | None:
    """An exam file, or the id of a bundled one (``basic_certification``)."""
    path = Path(name)
    if path.is_file():
        return path
    bundled = bundled_exams_dir() / f"{name}.yaml"
    return bundled if "/" not in name and bundled.is_file() else None


def take(exam_path: str, args) -> int:
    from grading import DataFileError

    from ..exam import signing
    from ..exam.attempt import ExamAttempt, ExamError
    from ..exam.definition import load_exam
    from ..exam.signing import ProctorKeyError
    from ..settings import default_db_path, exam_results_dir
    from ..records import RecordStoreError, open_store
    from ..scenario import load_library

    from ..exam.results import normalise_name

    candidate = normalise_name(args.candidate or "")
    if not candidate:
        _err("请用 --candidate 写明考生姓名，例如：peilian exam 考试.yaml --candidate 王芳")
        return 2
    try:
        key = signing.load_key(args.key_file)
    except ProctorKeyError as exc:
        _err(str(exc))
        return 2
    exam_file = resolve_exam(exam_path)
    if exam_file is None:
        bundled = "、".join(sorted(p.stem for p in bundled_exams_dir().glob("*.yaml")))
        _err(f"找不到考试文件 {exam_path}。" + (f"内置的考试：{bundled}" if bundled else ""))
        return 2
    library = load_library().scenarios
    try:
        exam = load_exam(exam_file, library)
    except DataFileError as exc:
        _err(f"考试文件有误，无法开始考试：\n{exc}")
        return 2
    out_dir = Path(args.out) if args.out else exam_results_dir()
    problem = _check_out_dir(out_dir)
    if problem:
        _err(problem)
        return 2
    db = getattr(args, "db", None)
    try:
        store = open_store(db or default_db_path())
    except RecordStoreError as exc:
        _err(str(exc))
        return 2
    try:
        attempt = ExamAttempt(exam, library, candidate, store)
    except (ExamError, RecordStoreError) as exc:
        store.close()
        _err(str(exc))
        return 2

    from simulator.tui.exam_app import make_exam_app

    from .app import run_until_closed

    app = make_exam_app(attempt, key=key, out_dir=out_dir, theme=args.theme)
    run_until_closed(app)
    if app.result_path is None and app.result_error is None:  # left before the end: the attempt still counts
        app.finish_attempt(show=False)
    store.close()
    if app.result_error:
        _err(app.result_error)
        return 2
    result = app.result or {}
    verdict = "通过" if result.get("passed") else "未通过"
    print(f"考生 {candidate}：{verdict}，{result.get('score', '—')} 分")
    print(f"已签名的考试结果：{app.result_path}")
    return 0 if result.get("passed") else 1
