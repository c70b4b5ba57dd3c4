"""``peilian history [--trainee NAME] [--db FILE]``: a trainee's practice history as text.

Sessions, the scores by category over time (a sparkline per category), the rules
broken most, and the scenario to practise next.  Exit status: 0; 2 when the
records cannot be read or the named trainee has no records.
"""

from __future__ import annotations

import argparse
import sys

from .app import add_record_options


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "history",
        help="查看学员的练习记录：历次成绩、分项走势、常犯的规范、下一步练什么",
        description="查看学员的练习记录：历次通话、各类别得分走势、最常违反的规范，以及推荐下一步练习的场景。",
    )
    add_record_options(parser, keep_top_level=True)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..records import RecordStoreError, open_store
    from ..settings import default_db_path, default_trainee
    from ..records.history import build_history, render_text
    from ..scenario.library import load_curriculum
    from ..scenario import load_library

    named = getattr(args, "trainee", None)
    trainee = named or default_trainee()
    db = getattr(args, "db", None)
    try:
        store = open_store(db or default_db_path(), must_exist=db is not None)
    except RecordStoreError as exc:
        print(exc, file=sys.stderr)
        return 2
    with store:
        try:
            known = store.trainees()
            if named and named not in known:
                others = "、".join(known[:20]) if known else "（还没有任何记录）"
                print(f"没有学员“{named}”的练习记录。记录中的学员：{others}", file=sys.stderr)
                return 2
            history = build_history(store, trainee, load_library().scenarios, curriculum=load_curriculum())
        except RecordStoreError as exc:
            print(exc, file=sys.stderr)
            return 2
        for warning in dict.fromkeys(store.damaged):
            print(f"警告：{warning}", file=sys.stderr)
    sys.stdout.write(render_text(history))
    return 0
