"""Sessions as CSV: one row per call, for spreadsheets."""

from __future__ import annotations

import csv
import io
import time

from ..output_files import csv_row
from ..records import SessionRecord

_FIELDS = ["trainee", "scenario_id", "scenario_title", "mode", "exam_id", "started", "ended", "status", "score", "passed", "ending"]


def sessions_csv(sessions: list[SessionRecord], categories: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(_FIELDS + [f"category:{c}" for c in categories])
    for s in sessions:
        stamp = lambda t: time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(t)) if t else ""  # noqa: E731
        by_category = s.summary.get("by_category") or {}
        writer.writerow(csv_row(
            [s.trainee, s.scenario_id, s.scenario_title, s.mode, s.exam_id or "", stamp(s.started_at), stamp(s.ended_at), s.status,
             "" if s.score is None else s.score, "" if s.passed is None else ("yes" if s.passed else "no"), s.ending_label or ""]
            + [by_category.get(c, "") for c in categories]
        ))
    return buffer.getvalue()
