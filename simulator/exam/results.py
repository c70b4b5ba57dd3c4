"""Reading signed exam results: verification and export to CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from . import signing
from ..output_files import csv_cell


class ResultFileError(Exception):
    pass


def read_result(path: str | Path) -> dict:
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ResultFileError(f"无法读取考试结果 {path}：{exc.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ResultFileError(f"{path} 不是有效的考试结果文件（JSON 已损坏）") from None
    if not isinstance(document, dict) or "result" not in document or "signature" not in document:
        raise ResultFileError(f"{path} 不是陪练的考试结果文件（缺少 result 或 signature）")
    return document


def export_rows(documents: list[dict]) -> list[dict]:
    rows = []
    for doc in documents:
        r = doc["result"]
        rows.append(
            {
                "candidate": r.get("candidate", ""),
                "exam_id": r.get("exam", {}).get("id", ""),
                "exam_title": r.get("exam", {}).get("title", ""),
                "attempt": r.get("attempt", ""),
                "score": r.get("score", ""),
                "passed": "yes" if r.get("passed") else "no",
                "critical": r.get("critical", 0),
                "calls": len(r.get("calls", [])),
                # Each call's ending, good or not: a proctor sees how every call ended.
                "endings": "；".join(
                    f"{(c.get('ending') or {}).get('label') or '未完成'}（{'好结局' if (c.get('ending') or {}).get('good') else '不理想'}）"
                    for c in r.get("calls", [])
                ),
                "reasons": "；".join(r.get("reasons", [])),
                "rubric_version": r.get("rubric_version", ""),
                **{f"category:{k}": v for k, v in sorted((r.get("by_category") or {}).items())},
            }
        )
    return rows


def to_csv(documents: list[dict]) -> str:
    rows = export_rows(documents)
    fields = list(dict.fromkeys(k for row in rows for k in row))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields)
    writer.writeheader()
    writer.writerows({k: csv_cell(v) for k, v in row.items()} for row in rows)
    return buffer.getvalue()


def to_json(documents: list[dict]) -> str:
    return json.dumps(export_rows(documents), ensure_ascii=False, indent=2)


def verify_file(path: str | Path, key: bytes) -> bool:
    return signing.verify(read_result(path), key)
