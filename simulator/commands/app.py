"""``peilian`` (no arguments) and ``peilian app``: the training app.

Textual and the app are imported only here, inside the handler, so other
commands never pay for them.
"""

from __future__ import annotations

import argparse
import gc
import sys


def add_record_options(parser, *, keep_top_level: bool = False) -> None:
    """``--trainee`` and ``--db``: who is practising and where the records go.

    ``keep_top_level``: on ``peilian app``, do not reset what ``peilian --trainee X app``
    already set (argparse's sub-command defaults would otherwise overwrite it)."""
    default = argparse.SUPPRESS if keep_top_level else None
    parser.add_argument("--trainee", metavar="姓名", default=default, help="学员姓名（默认：环境变量 PEILIAN_TRAINEE，否则为系统用户名）")
    parser.add_argument(
        "--script", dest="display_script", choices=("simplified", "traditional"), default=default,
        help="界面文字：simplified 简体（默认）或 traditional 繁體（台湾用语；也可设环境变量 PEILIAN_SCRIPT）",
    )
    parser.add_argument("--db", metavar="FILE", default=default, help="练习记录数据库：SQLite 文件，或 postgresql://用户:密码@主机:端口/数据库名（默认：数据目录下的 peilian.db）")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "app",
        help="打开训练界面（不带参数运行 peilian 也会打开）",
        description="打开陪练训练界面：选择场景、接听电话、逐句反馈、通话报告。",
    )
    parser.add_argument("paths", nargs="*", metavar="路径", help="场景文件或文件夹（默认：内置场景库）")
    parser.add_argument("--scenario", metavar="ID", help="直接开始这个场景的通话")
    parser.add_argument("--realistic", action="store_true", help="实战模式：通话中不显示反馈（默认练习模式）")
    parser.add_argument("--theme", choices=("dark", "light"), help="界面主题（默认深色，运行中按 F3 切换）")
    parser.add_argument("--seed", type=int, default=0, help="随机种子：客户说法的选择（默认 0）")
    parser.add_argument("--timing", action="store_true", help="退出后显示启动用时")
    parser.add_argument("--ask-trainee", action="store_true", help="打开后先请学员输入姓名（培训室共用座位、浏览器访问时使用）")
    add_record_options(parser, keep_top_level=True)
    from .rubric import add_rubric_option

    add_rubric_option(parser)
    parser.set_defaults(handler=run_app)


def run_app(args: argparse.Namespace | None = None) -> int:
    from .rubric import use_rubric_option

    if (refused := use_rubric_option(args)) is not None:
        return refused
    from simulator.tui import _start_time  # noqa: F401  (records when start-up began)

    # Start-up builds many objects and frees few: the collector's passes over them
    # would only delay the first screen (by a third of the time Peilian adds to
    # Textual's own start).  It runs once the screen is up, and what survives is
    # frozen, kept out of later passes.
    gc.disable()
    try:
        return _run_app(args)
    finally:
        gc.enable()


def _collect_after_start() -> None:
    gc.enable()
    gc.collect()
    gc.freeze()


def _run_app(args: argparse.Namespace | None) -> int:
    args = args if args is not None else argparse.Namespace()
    from simulator.tui.app import make_app

    try:
        app = make_app(
            getattr(args, "paths", None) or None,
            start_scenario=getattr(args, "scenario", None),
            practice=not getattr(args, "realistic", False),
            theme=getattr(args, "theme", None),
            seed=getattr(args, "seed", 0) or 0,
            trainee=getattr(args, "trainee", None),
            db=getattr(args, "db", None),
            ask_trainee=getattr(args, "ask_trainee", False),
        )
    except Exception as exc:  # a broken library must not end in a traceback
        print(f"无法打开训练界面：{exc}", file=sys.stderr)
        return 1
    app.after_first_screen = _collect_after_start
    run_until_closed(app)
    if getattr(args, "timing", False) and app.startup_seconds is not None:
        grader = f"，评分引擎 {app.grader_seconds:.2f} 秒" if app.grader_seconds is not None else ""
        print(f"启动用时 {app.startup_seconds:.2f} 秒{grader}", file=sys.stderr)
    return app.return_code or 0


def run_until_closed(app) -> None:
    """Run a Peilian app to its end; Ctrl+C reaching Python ends it quietly."""
    try:
        app.run()
    except KeyboardInterrupt:
        pass
    finally:
        # A reply sent just before quitting is still graded and written down.
        app.wait_for_pending_turns()
