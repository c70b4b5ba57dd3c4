"""The ``peilian`` command."""

from __future__ import annotations

import argparse
import importlib
import sys

from .commands import COMMAND_MODULES


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser.  ``with_commands=False`` leaves out the
    sub-commands: a bare ``peilian`` opens the app and need not import them all."""
    parser = argparse.ArgumentParser(
        prog="peilian",
        description="陪练：客服话务礼仪训练模拟器。不带参数运行时打开训练界面。",
    )
    from .commands.app import add_record_options

    add_record_options(parser)  # `peilian --trainee 王芳` opens the app for 王芳
    if not with_commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="命令")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    for position, arg in enumerate(argv, 1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            # Bytes that are not UTF-8 reach Python as lone surrogates; no name, path
            # or record can hold them, so say so now rather than fail half-way.
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            print(f"第 {position} 个命令行参数（{shown}）不是有效的 UTF-8 文字，请检查终端的编码后重新输入。", file=sys.stderr)
            return 2
    # Nothing on the line: the app, and its first screen should not wait for
    # fourteen command modules it will not use.
    parser = build_parser(with_commands=bool(argv))
    args = parser.parse_args(argv)
    from .settings import choose_display_script, display_script

    try:
        script = display_script(getattr(args, "display_script", None))
        choose_display_script(getattr(args, "display_script", None))  # only what was given on the line
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if script == "traditional":
        from . import display_script as shown

        # What commands print is shown in Traditional; --json output is data and stays as graded.
        if not getattr(args, "json", False):
            sys.stdout = shown.wrap_stream(sys.stdout)
        sys.stderr = shown.wrap_stream(sys.stderr)
    if not getattr(args, "handler", None):
        try:
            from .commands import app as app_command
        except ImportError:
            build_parser().print_help()
            return 0
        return app_command.run_app(args)
    try:
        return args.handler(args) or 0
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; nothing left to say.
        sys.stderr.close()
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
