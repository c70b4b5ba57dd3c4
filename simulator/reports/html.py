"""A self-contained HTML report: inline CSS and SVG, no scripts, no network."""

from __future__ import annotations

import html
import re
import time

from .cohort import CohortReport

# Chinese line breaking as in the app (simulator/tui/linebreak.py): strict rules keep
# closing punctuation off a line's start and opening punctuation off its end;
# break-word (not anywhere) breaks a long word only when it would overflow, so a
# table column is never squeezed to cut its numbers; .num keeps a number whole.
_CSS = """
body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2rem;color:#1f2933;background:#fff;
line-break:strict;word-break:normal;overflow-wrap:break-word}
.num{white-space:nowrap}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d9e2ec;padding-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d9e2ec;padding:.35rem .6rem;text-align:left}
th{background:#f0f4f8}.pass{color:#1b7a3d}.fail{color:#b42318}.muted{color:#627d98}
.bar-label{font-size:12px;fill:#1f2933}.rule{font-family:monospace}
blockquote{margin:.3rem 0 .3rem 1rem;color:#334e68}mark{background:#ffe3e3}
"""


def _bars(values: dict[str, int | None], labels: dict[str, str], pass_mark: int = 80) -> str:
    """Horizontal bars as inline SVG: readable without scripts or fonts from the web.
    The 一票否决 category is not a bar (see the line under the chart)."""
    rows = [(labels.get(k, k), v) for k, v in values.items() if v is not None and k != "critical"]
    if not rows:
        return '<p class="muted">暂无数据</p>'
    height = 28 * len(rows) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="560" height="{height}" role="img" aria-label="分类得分">']
    for i, (label, value) in enumerate(rows):
        y = 10 + i * 28
        color = "#2f9e44" if value >= pass_mark else "#f08c00" if value >= 60 else "#e03131"
        parts.append(f'<text class="bar-label" x="0" y="{y + 14}">{html.escape(label)}</text>')
        parts.append(f'<rect x="110" y="{y}" width="{4 * value}" height="18" fill="{color}"><title>{value}</title></rect>')
        parts.append(f'<text class="bar-label" x="{116 + 4 * value}" y="{y + 14}">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)


# A number as a reply says it: 0571-8823 1234, 139 0571 6628, 16:30, 12.5%, 3-5, and
# the word written straight after it (97分, 4点).  A browser would break after "-", at
# the spaces and before that word.
_DIGITS = r"\d(?:[\d.,:/\-]*\d)?"
_NUMBER = re.compile(rf"{_DIGITS}(?: {_DIGITS})*(?:%|[\u4e00-\u9fff])?")


def _text(text: str) -> str:
    """``text`` escaped for HTML, its numbers kept whole."""
    parts, end = [], 0
    for number in _NUMBER.finditer(text):
        parts.append(html.escape(text[end : number.start()]))
        parts.append(f'<span class="num">{html.escape(number.group(0))}</span>')
        end = number.end()
    parts.append(html.escape(text[end:]))
    return "".join(parts)


def _highlight(reply: str, excerpt: str) -> str:
    if excerpt and excerpt in reply:
        before, _, after = reply.partition(excerpt)
        return f"{_text(before)}<mark>{_text(excerpt)}</mark>{_text(after)}"
    return _text(reply)


def render_html(report: CohortReport, category_labels: dict[str, str], rule_titles: dict[str, str], title: str = "陪练训练报告") -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f'<p class="muted">生成时间：{time.strftime("%Y-%m-%d %H:%M")}　学员 {len(report.trainees)} 人　通话 {len(report.sessions)} 次</p>',
        "<h2>各类别平均得分</h2>",
        _bars(report.by_category, category_labels),
        (f'<p class="fail"><strong>一票否决：{report.criticals} 次</strong></p>' if report.criticals else '<p class="pass">一票否决：没有</p>'),
        "<h2>学员一览</h2>",
        "<table><thead><tr><th>学员</th><th>通话次数</th><th>完成</th><th>平均分</th><th>最高分</th><th>最近一次</th><th>考试通过</th><th>考试未通过</th><th>最常违反的规则</th></tr></thead><tbody>",
    ]
    for t in report.trainees:
        rules = "、".join(f"{rule_titles.get(r, r)}（{n}）" for r, n in t.top_rules) or "—"

        def cell(value):
            return "—" if value is None else str(value)

        out.append(
            f"<tr><td>{html.escape(t.trainee)}</td><td>{t.sessions}</td><td>{t.finished}</td><td>{cell(t.mean_score)}</td>"
            f"<td>{cell(t.best_score)}</td><td>{cell(t.last_score)}</td><td class=\"pass\">{t.exams_passed}</td>"
            f"<td class=\"fail\">{t.exams_failed}</td><td>{html.escape(rules)}</td></tr>"
        )
    out.append("</tbody></table>")
    out.append("<h2>最常违反的规则</h2>")
    if not report.rule_counts:
        out.append('<p class="muted">没有违规记录。</p>')
    severity_zh = {"critical": "一票否决", "major": "严重", "minor": "轻微"}
    for rule, count in report.rules_worst_first(10):  # criticals first, whatever their count
        severity = report.rule_severity.get(rule, "")
        badge = f'<span class="{"fail" if severity in ("critical", "major") else "muted"}">［{severity_zh.get(severity, "")}］</span> ' if severity else ""
        out.append(f'<h3>{badge}<span class="rule">{html.escape(rule)}</span> {html.escape(rule_titles.get(rule, ""))}：<span class="num">{count} 次</span></h3>')
        for ex in report.rule_examples.get(rule, []):
            out.append(f"<blockquote>{html.escape(ex.trainee)}（{html.escape(ex.scenario)}）：{_highlight(ex.reply, ex.excerpt)}</blockquote>")
    if report.attempts:
        out.append('<h2>考试结果</h2><p class="muted">每次考试一行；证书以签名的结果文件为准（peilian exam verify）。</p>')
        out.append("<table><thead><tr><th>学员</th><th>考试</th><th>第几次</th><th>各通电话的结局</th><th>总分</th><th>结果</th></tr></thead><tbody>")
        for attempt in report.attempts:
            endings = "；".join(
                html.escape(c.scenario_title or c.scenario_id) + "："
                + html.escape(c.ending_label or "未结束")
                + ("" if c.good_ending is None else "（好结局）" if c.good_ending else "（不理想）")
                for c in attempt.calls
            )
            css = "pass" if attempt.result == "通过" else "fail"
            score = "—" if attempt.score is None else attempt.score
            out.append(
                f"<tr><td>{html.escape(attempt.trainee)}</td><td>{html.escape(attempt.exam_id)}</td><td>{attempt.number}</td>"
                f'<td>{endings}</td><td>{score}</td><td class="{css}">{attempt.result}</td></tr>'
            )
        out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out)
