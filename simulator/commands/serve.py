"""``peilian serve``: the training app in a web browser, for a training room.

Each browser tab gets its own app process (textual-serve runs ``peilian app`` per
connection); every seat is asked the trainee's name first, and all seats write to
one records database (``--db``, else $PEILIAN_DB, else the default file), handed
to each tab's process in its environment rather than on its command line.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="在浏览器中使用陪练（培训室：学员打开网址即可练习）",
        description="启动网页服务：每个浏览器标签页是一个独立的练习界面，打开后先输入学员姓名，练习记录写入同一个数据库。",
    )
    parser.add_argument("paths", nargs="*", metavar="路径", help="场景文件或文件夹（默认：内置场景库）")
    parser.add_argument("--host", default="localhost", help="监听地址（默认 localhost；培训室局域网访问用 0.0.0.0）")
    parser.add_argument("--port", type=int, default=8000, help="端口（默认 8000）")
    parser.add_argument("--public-url", metavar="URL", help="学员浏览器里看到的地址（经反向代理访问时填写）")
    parser.add_argument("--db", metavar="FILE", help="练习记录数据库：SQLite 文件，或 postgresql://用户:密码@主机:端口/数据库名（默认：数据目录下的 peilian.db）")
    parser.add_argument("--realistic", action="store_true", help="实战模式：通话中不显示反馈")
    from .rubric import add_rubric_option

    add_rubric_option(parser)
    parser.set_defaults(handler=run)


def app_command(args: argparse.Namespace) -> str:
    """The command textual-serve starts for each browser tab (the database is in
    its environment, see :func:`app_environment`)."""
    parts = [sys.executable, "-m", "simulator", "app", "--ask-trainee"]
    if args.realistic:
        parts.append("--realistic")
    if getattr(args, "rubric", None):  # every tab grades with the centre's rubric
        from pathlib import Path

        parts += ["--rubric", str(Path(args.rubric).resolve())]
    parts.extend(args.paths)
    return shlex.join(parts)


def app_environment(args: argparse.Namespace) -> dict[str, str]:
    """What every tab's app process inherits: the one records database, as
    $PEILIAN_DB, so a PostgreSQL password never shows in a process list."""
    from ..settings import DB_ENVIRONMENT

    return {DB_ENVIRONMENT: str(args.db)} if args.db else {}


def run(args: argparse.Namespace) -> int:
    from .rubric import use_rubric_option

    if (refused := use_rubric_option(args)) is not None:
        return refused
    from textual_serve.server import Server

    if not 0 < args.port < 65536:
        print(f"端口 {args.port} 无效：请使用 1 到 65535 之间的端口。", file=sys.stderr)
        return 2
    # Say a port is taken before announcing anything: no "started" line for a server that is not.
    problem = port_problem(args.host, args.port)
    if problem:
        print(f"无法在 {args.host}:{args.port} 启动网页服务：{problem}。请换一个端口（--port）。", file=sys.stderr)
        return 2
    os.environ.update(app_environment(args))  # textual-serve passes its environment on to each tab
    public_url = args.public_url or reachable_url(args.host, args.port)
    server = Server(
        app_command(args), host=args.host, port=args.port, title="陪练", public_url=public_url, templates_path=offline_templates()
    )
    print(f"陪练网页服务已启动：请在浏览器打开 {public_url}（Ctrl+C 停止）", flush=True)
    try:
        server.serve()
    except OSError as exc:
        print(f"无法在 {args.host}:{args.port} 启动网页服务：{exc.strerror or exc}。请换一个端口（--port）。", file=sys.stderr)
        return 2
    return 0


def port_problem(host: str, port: int) -> str | None:
    """Why ``host:port`` cannot be listened on, or None."""
    import socket

    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def reachable_url(host: str, port: int) -> str:
    """The address other machines use: bound to every interface, the machine's own
    address (a browser cannot open http://0.0.0.0 on another computer)."""
    if host in ("0.0.0.0", "::", ""):
        import socket

        address = "127.0.0.1"
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
                probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the outgoing interface
                address = probe.getsockname()[0]
        except OSError:
            try:
                address = socket.gethostbyname(socket.gethostname())
            except OSError:
                pass
        host = address
    return f"http://{host}:{port}"


def offline_templates() -> str:
    """textual-serve's page with its font served from its own static files, not fetched
    from the internet (a training room may be offline)."""
    import tempfile
    from pathlib import Path

    import textual_serve

    source = Path(textual_serve.__file__).resolve().parent / "templates" / "app_index.html"
    page = source.read_text(encoding="utf-8")
    page = page.replace(
        '<link\n      rel="stylesheet"\n      href="https://fonts.googleapis.com/css?family=Roboto%20Mono"\n    />',
        '<style>@font-face { font-family: "Roboto Mono"; '
        'src: url("{{ config.static.url }}fonts/RobotoMono-VariableFont_wght.ttf") format("truetype"); }</style>',
    )
    folder = Path(tempfile.mkdtemp(prefix="peilian-serve-"))
    (folder / "app_index.html").write_text(page, encoding="utf-8")
    return str(folder)
