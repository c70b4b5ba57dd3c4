"""``peilian exam``: exams in the app; the proctor's exam server; signed results.

    peilian exam roster EXAM.yaml ROSTER.csv --codes CODES.csv [--db FILE]   who may sit it, one-time codes
    peilian exam roster EXAM.yaml [--db FILE]                                  the roster and who has signed in
    peilian exam serve EXAM.yaml [--host H] [--port N] [--key-file F] [--db FILE] [--out DIR]
    peilian exam EXAM.yaml --candidate NAME [--key-file F] [--db FILE] [--out DIR]   a mock exam (模拟考试)
    peilian exam verify RESULT... [--key-file F] [--candidate NAME] [--exam EXAM]
    peilian exam export RESULT... [--csv F] [--json F] [--key-file F] [--candidate NAME] [--unverified]

Only the exam server certifies: it runs on the proctor's machine with the key, the
records and the results, and candidates sit the exam in a browser, signed in by
name and a one-time code from the roster (``seat`` is what each browser tab runs).
``peilian exam EXAM`` on a candidate's own machine is a mock exam, labelled so in
the app and in its result, never a certificate (docs/exams.md: the threat model).

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
SERVER_ACTIONS = ("roster", "serve", "seat")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "exam",
        help="认证考试：peilian exam 考试文件 --candidate 姓名；peilian exam verify 结果文件；peilian exam export 结果文件",
        description=(
            "认证考试：监考老师导入考生名单、发放一次性登录码（roster），在自己的电脑上开考场（serve），考生在浏览器里凭姓名和登录码考试；"
            "只有考场里考的成绩才是证书。peilian exam 考试文件 --candidate 姓名 是在自己电脑上的模拟考试，成绩不是证书。"
            "验证结果文件是否被改动（verify）；导出为 CSV / JSON（export）。\n"
            "监考密钥用 --key-file 指定，或设置环境变量 PEILIAN_PROCTOR_KEY；它只放在监考老师的电脑上。"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        usage=(
            "peilian exam roster EXAM.yaml 名单.csv --codes 登录码.csv [--db FILE]\n"
            "       peilian exam serve EXAM.yaml [--host H] [--port N] [--key-file F] [--db FILE] [--out DIR]\n"
            "       peilian exam EXAM.yaml --candidate 姓名 [--key-file F] [--db FILE] [--out DIR]（模拟考试）\n"
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
    parser.add_argument("--codes", metavar="F", help="roster：写出每位考生的一次性登录码（CSV，打印后发给考生）")
    parser.add_argument("--host", default="localhost", help="serve：监听地址（考场局域网用 0.0.0.0）")
    parser.add_argument("--port", type=int, default=8100, help="serve：端口（默认 8100）")
    parser.add_argument("--public-url", metavar="URL", help="serve：考生浏览器里看到的地址（经反向代理访问时填写）")
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
    if action in SERVER_ACTIONS:
        return exam_server(action, rest, args)
    if args.codes:
        _err("--codes 只用于 peilian exam roster。")
        return 2
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
    from ..exam.results import attempt_problems, certificate_label, printable

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
        kind = printable(certificate_label(result))
        print(f"{shown}：签名有效，内容未被改动（{who}：{printable(str(result.get('score', '?')))} 分，{verdict}）；{kind}")
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
    print(f"模拟考试 · 考生 {candidate}：{verdict}，{result.get('score', '—')} 分（模拟考试的成绩不是证书）")
    print(f"已签名的考试结果：{app.result_path}")
    return 0 if result.get("passed") else 1


# ---------------------------------------------------------------------------
# The proctor's exam server: roster, serve, and what each browser tab runs
# ---------------------------------------------------------------------------


def _load_exam_for_server(name: str):
    """(exam, library) or an exit status after saying why."""
    from grading import DataFileError

    from ..exam.definition import load_exam
    from ..scenario import load_library

    exam_file = resolve_exam(name)
    if exam_file is None:
        _err(f"找不到考试文件 {name}。")
        return None, 2
    library = load_library().scenarios
    try:
        return (load_exam(exam_file, library), library), 0
    except DataFileError as exc:
        _err(f"考试文件有误：\n{exc}")
        return None, 2


def exam_server(action: str, rest: list[str], args) -> int:
    if not rest:
        _err(f"请给出考试文件：peilian exam {action} EXAM.yaml" + (" 名单.csv --codes 登录码.csv" if action == "roster" else ""))
        return 2
    if args.candidate:
        _err("考场里考生凭名单上的姓名和登录码登录，不用 --candidate。")
        return 2
    if action != "roster" and (len(rest) > 1 or args.codes):
        _err(f"peilian exam {action} 只需要考试文件（名单用 peilian exam roster 导入）。")
        return 2
    loaded, status = _load_exam_for_server(rest[0])
    if loaded is None:
        return status
    exam, library = loaded
    if action == "roster":
        return roster(exam, rest[1:], args)
    if action == "serve":
        return serve(exam, args)
    return seat(exam, library, args)


def _open_records(args, must_exist: bool):
    from ..records import RecordStoreError, open_store
    from ..settings import default_db_path

    db = getattr(args, "db", None)
    try:
        return open_store(db or default_db_path(), must_exist=must_exist)
    except RecordStoreError as exc:
        _err(str(exc))
        return None


def _key_and_results_folder(args) -> tuple[bytes, Path] | None:
    """The proctor's key and a writable results folder; None (said why) without either."""
    from ..exam import signing
    from ..exam.signing import ProctorKeyError
    from ..settings import exam_results_dir

    try:
        key = signing.load_key(args.key_file)
    except ProctorKeyError as exc:
        _err(str(exc))
        return None
    out_dir = Path(args.out) if args.out else exam_results_dir()
    problem = _check_out_dir(out_dir)
    if problem:
        _err(problem)
        return None
    return key, out_dir


def _roster_of(exam, args, *, must_exist: bool) -> list[dict] | None:
    """The exam's roster from the records; None (said why) when they cannot be read."""
    from ..records import RecordStoreError

    store = _open_records(args, must_exist=must_exist)
    if store is None:
        return None
    with store:
        try:
            return store.roster(exam.id)
        except RecordStoreError as exc:
            _err(str(exc))
            return None


def roster(exam, rest: list[str], args) -> int:
    """Import a roster and issue one-time codes; without a roster file, show who is on it."""
    import csv
    import io
    import time as clock

    from ..exam.results import printable
    from ..exam.roster import MAX_FAILURES, RosterError, code_hash, new_code, read_roster
    from ..output_files import csv_row, write_text
    from ..records import RecordStoreError

    if len(rest) > 1:
        _err("一次导入一份名单：peilian exam roster EXAM.yaml 名单.csv --codes 登录码.csv")
        return 2
    if not rest:
        entries = _roster_of(exam, args, must_exist=True)
        if entries is None:
            return 2
        if not entries:
            print(f"“{exam.title}”还没有考生名单。导入：peilian exam roster {exam.id} 名单.csv --codes 登录码.csv")
            return 0
        for e in entries:
            state = "已登录 " + clock.strftime("%m-%d %H:%M", clock.localtime(e["used_at"])) if e["used_at"] else "已锁定（登录码输错太多次）" if e["failures"] >= MAX_FAILURES else "未登录"
            print(f"{printable(e['name'])}\t{printable(e['person_id'] or '—')}\t{state}")
        print(f"共 {len(entries)} 人，已登录 {sum(1 for e in entries if e['used_at'])} 人。")
        return 0
    if not args.codes:
        _err("请用 --codes 指定登录码文件（CSV），导入名单后把登录码打印出来发给考生。")
        return 2
    try:
        people = read_roster(rest[0])
    except RosterError as exc:
        _err(str(exc))
        return 2
    store = _open_records(args, must_exist=False)
    if store is None:
        return 2
    with store:
        try:
            used = {e["name"] for e in store.roster(exam.id) if e["used_at"]}
            issued = [(p, new_code()) for p in people if p.name not in used]
            store.issue_roster(exam.id, [(p.name, p.person_id, code_hash(exam.id, p.name, code)) for p, code in issued])
        except RecordStoreError as exc:
            _err(str(exc))
            return 2
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["姓名", "工号", "登录码", "考试"])
    for person, code in issued:
        writer.writerow(csv_row([person.name, person.person_id, f"{code[:4]}-{code[4:]}", exam.title]))
    try:
        write_text(args.codes, "\ufeff" + buffer.getvalue(), newline="")
    except OSError as exc:
        _err(f"无法写入登录码文件 {args.codes}：{exc.strerror or exc}。名单已导入，请换个位置重新运行本命令（会重新发码）。")
        return 2
    kept = len(people) - len(issued)
    print(f"已为 {len(issued)} 位考生发放一次性登录码，写入 {args.codes}" + (f"；{kept} 位已经登录过，保留原状" if kept else "") + "。")
    print("请把登录码单独发给每位考生，发完后删除或保管好这个文件。之前发过但没用过的登录码已作废。")
    return 0


def serve(exam, args) -> int:
    """The exam server: each browser tab is a seat (``peilian exam seat``) on this machine,
    with the key, the records and the results here."""
    import os
    import shlex

    from ..settings import DB_ENVIRONMENT
    from .serve import offline_templates, port_problem, reachable_url

    ready = _key_and_results_folder(args)
    if ready is None:
        return 2
    _key, out_dir = ready
    entries = _roster_of(exam, args, must_exist=False)
    if entries is None:
        return 2
    if not entries:
        _err(f"“{exam.title}”还没有考生名单，考场不能开放。先导入名单并发放登录码：peilian exam roster {exam.id} 名单.csv --codes 登录码.csv")
        return 2
    if not 0 < args.port < 65536:
        _err(f"端口 {args.port} 无效：请使用 1 到 65535 之间的端口。")
        return 2
    problem = port_problem(args.host, args.port)
    if problem:
        _err(f"无法在 {args.host}:{args.port} 开放考场：{problem}。请换一个端口（--port）。")
        return 2
    command = [sys.executable, "-m", "simulator", "exam", "seat", str(Path(exam.path).resolve()), "--out", str(out_dir.resolve())]
    if args.key_file:
        command += ["--key-file", str(Path(args.key_file).resolve())]
    if getattr(args, "db", None):
        os.environ.update({DB_ENVIRONMENT: str(args.db)})  # each seat inherits it, never on its command line
    from textual_serve.server import Server

    public_url = args.public_url or reachable_url(args.host, args.port)
    server = Server(shlex.join(command), host=args.host, port=args.port, title=f"考场 · {exam.title}", public_url=public_url,
                    templates_path=offline_templates())
    print(f"考场已开放：“{exam.title}”，名单上 {len(entries)} 人。请考生在浏览器打开 {public_url}，凭姓名和登录码登录（Ctrl+C 关闭考场）。", flush=True)
    print(f"考试结果写入 {out_dir}；监考密钥只在这台电脑上。", flush=True)
    try:
        server.serve()
    except OSError as exc:
        _err(f"无法在 {args.host}:{args.port} 开放考场：{exc.strerror or exc}。")
        return 2
    return 0


def seat(exam, library, args) -> int:
    """One browser tab of the exam server: sign-in by roster name and code, then the exam."""

    ready = _key_and_results_folder(args)
    if ready is None:
        return 2
    key, out_dir = ready
    store = _open_records(args, must_exist=False)
    if store is None:
        return 2
    from simulator.tui.exam_app import ExamSeat, make_exam_seat_app

    from .app import run_until_closed

    app = make_exam_seat_app(ExamSeat(exam, library, store), key=key, out_dir=out_dir, theme=args.theme)
    run_until_closed(app)
    if app.attempt is not None and app.result_path is None and app.result_error is None:
        app.finish_attempt(show=False)  # the tab was closed mid-exam: the attempt still counts
    store.close()
    return 0
