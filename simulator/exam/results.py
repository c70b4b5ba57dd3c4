"""Reading signed exam results: verification and export to CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from pathlib import Path

from . import signing
from ..output_files import csv_cell


# How an exam was taken: at a seat of the proctor's exam server, signed in from the
# roster (a certificate), or on the candidate's own machine (模拟考试, never one).
MOCK, PROCTORED = "mock", "proctored"
MODE_LABELS = {MOCK: "模拟考试", PROCTORED: "认证考试"}


class ResultFileError(Exception):
    pass


# What a signed result file holds: the signed payload and its signature, nothing else.
DOCUMENT_FIELDS = {"result", "signature"}
SIGNATURE_FIELDS = {"algorithm", "value"}


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs):
    """A JSON object with a key written twice is refused: a reader could see either value."""
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise _DuplicateKey(key)
        seen[key] = value
    return seen


def read_result(path: str | Path) -> dict:
    shown = printable(str(path))
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"), object_pairs_hook=_no_duplicates)
    except OSError as exc:
        raise ResultFileError(f"无法读取考试结果 {shown}：{exc.strerror}") from None
    except _DuplicateKey as exc:
        raise ResultFileError(f"{shown} 不可信：字段 {printable(str(exc))!r} 写了两次") from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ResultFileError(f"{shown} 不是有效的考试结果文件（JSON 已损坏）") from None
    if not isinstance(document, dict) or not isinstance(document.get("result"), dict) or not isinstance(document.get("signature"), dict):
        raise ResultFileError(f"{shown} 不是陪练的考试结果文件（缺少 result 或 signature）")
    extra = sorted(set(document) - DOCUMENT_FIELDS) + sorted(set(document["signature"]) - SIGNATURE_FIELDS)
    if extra:
        raise ResultFileError(f"{shown} 不可信：含有未签名的字段 {printable('、'.join(map(str, extra)))}")
    return document


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")


def printable(text: str) -> str:
    """Text from a result file, safe to print: control characters (terminal escape codes,
    bidirectional overrides, zero-width marks) shown as escapes, never acted on."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}" if ord(m.group()) > 0xFF else f"\\x{ord(m.group()):02x}", text)


def normalise_name(name: str) -> str:
    """A candidate's name as attempts are counted: NFKC, no zero-width or control characters."""
    return _CONTROL.sub("", unicodedata.normalize("NFKC", name)).strip()


def attempt_problems(documents: list[tuple[str, dict]]) -> list[str]:
    """Results that break an exam's attempt rules, across all the files given: the same
    attempt twice, or more attempts than the exam allows (when the result says)."""
    by_person: dict[tuple[str, str], list[tuple[str, dict]]] = {}
    for path, document in documents:
        result = document["result"]
        key = (normalise_name(str(result.get("candidate", ""))), str((result.get("exam") or {}).get("id", "")))
        by_person.setdefault(key, []).append((path, result))
    problems = []
    for (candidate, exam_id), results in sorted(by_person.items()):
        numbers = [r.get("attempt") for _, r in results]
        repeated = sorted({n for n in numbers if numbers.count(n) > 1}, key=str)
        for number in repeated:
            paths = "、".join(printable(p) for p, r in results if r.get("attempt") == number)
            problems.append(f"考生“{printable(candidate)}”在考试 {printable(exam_id)} 的第 {printable(str(number))} 次有不止一份结果：{paths}")
        allowed = {r.get("exam", {}).get("attempts") for _, r in results} - {None}
        if len(allowed) == 1:
            limit = allowed.pop()
            if isinstance(limit, int) and len(results) > limit:
                problems.append(f"考生“{printable(candidate)}”在考试 {printable(exam_id)} 有 {len(results)} 份结果，超过允许的 {limit} 次")
    return problems


def certificate_label(result: dict) -> str:
    """What a result is worth: a certificate only from the proctor's exam server."""
    if result.get("mode") == PROCTORED:
        roster = result.get("roster") if isinstance(result.get("roster"), dict) else {}
        who = "，".join(str(v) for v in (roster.get("name"), roster.get("person_id")) if v)
        return f"认证考试（监考服务器，名单：{who}）" if who else "认证考试（监考服务器）"
    return "模拟考试，不是证书"


def export_rows(documents: list[dict], *, verified: bool = True) -> list[dict]:
    """One row per result; ``verified=False`` (exported without the key) says so in every row."""
    rows = []
    for doc in documents:
        r = doc["result"]
        rows.append(
            {
                "candidate": r.get("candidate", ""),
                "exam_id": r.get("exam", {}).get("id", ""),
                "exam_title": r.get("exam", {}).get("title", ""),
                "attempt": r.get("attempt", ""),
                "certificate": "yes" if r.get("mode") == PROCTORED else "no（模拟考试）",
                "person_id": (r.get("roster") or {}).get("person_id", "") if isinstance(r.get("roster"), dict) else "",
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
                "verified": "签名已验证" if verified else "未验证（导出时没有监考密钥）",
            }
        )
    return rows


def to_csv(documents: list[dict], *, verified: bool = True) -> str:
    rows = export_rows(documents, verified=verified)
    fields = list(dict.fromkeys(k for row in rows for k in row))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields)
    writer.writeheader()
    writer.writerows({k: csv_cell(v) for k, v in row.items()} for row in rows)
    return buffer.getvalue()


def to_json(documents: list[dict], *, verified: bool = True) -> str:
    return json.dumps(export_rows(documents, verified=verified), ensure_ascii=False, indent=2)


def verify_file(path: str | Path, key: bytes) -> bool:
    return signing.verify(read_result(path), key)
