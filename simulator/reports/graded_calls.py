"""The QA lead's page for graded recorded calls (``peilian grade --calls --html``).

Drawn from the scorecards exactly as ``--json`` writes them, so the page and the
JSON Lines never disagree.  Self-contained like the cohort report: inline CSS,
no scripts, no network.
"""

from __future__ import annotations

import html
import time
from collections import Counter

from grading.situations import SITUATION_LABELS

from .html import _CSS, _bars, _highlight

_SEVERITY_ZH = {"critical": "一票否决", "major": "严重", "minor": "轻微"}
_SEVERITY_ORDER = {"critical": 0, "major": 1, "minor": 2}
_EXTRA_CSS = "details{margin:.4rem 0}summary{cursor:pointer}.turn{margin:.3rem 0 .6rem 1rem}.inferred{color:#627d98;font-size:.9em}"


def _call_id(card: dict, index: int) -> str:
    return str(card["id"]) if card.get("id") is not None else f"第 {index} 通"


def render_calls_html(scorecards: list[dict], rubric, *, source: str = "", title: str = "通话质检汇总") -> str:
    category_labels = {c.id: c.label for c in rubric.categories.values()}
    rule_titles = {r.id: r.title for r in rubric.rules}
    calls = len(scorecards)
    passed = sum(1 for c in scorecards if c["verdict"] == "pass")
    vetoed = sum(1 for c in scorecards if c["critical"])
    turns = [t for c in scorecards for t in c["turns"]]
    inferred = sum(1 for t in turns if t["situation_inferred"])
    means = {}
    for category in category_labels:
        values = [c["categories"][category] for c in scorecards if category in c["categories"]]
        means[category] = round(sum(values) / len(values)) if values else None

    out = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title><style>{_CSS}{_EXTRA_CSS}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f'<p class="muted">生成时间：{time.strftime("%Y-%m-%d %H:%M")}'
        + (f"　来源：{html.escape(source)}" if source and source != "-" else "")
        + f"　评分规则：{html.escape(rubric.version)}（合格线 {rubric.pass_mark} 分）</p>",
        f"<p>共 {calls} 通电话：<span class=\"pass\">通过 {passed} 通</span>，"
        f"<span class=\"fail\">未通过 {calls - passed} 通</span>"
        + (f"，其中 <strong class=\"fail\">{vetoed} 通有一票否决的违规</strong>" if vetoed else "")
        + f"。话务员共 {len(turns)} 句，{inferred} 句的情境由系统推断（录音转写里没有注明）。</p>",
        "<h2>各类别平均得分</h2>",
        _bars(means, category_labels, rubric.pass_mark),
    ]

    counts: Counter = Counter()
    severity: dict[str, str] = {}
    example: dict[str, tuple[str, dict]] = {}
    for index, card in enumerate(scorecards, 1):
        for turn in card["turns"]:
            for v in turn["violations"]:
                counts[v["rule"]] += 1
                severity[v["rule"]] = v["severity"]
                example.setdefault(v["rule"], (_call_id(card, index), turn))
    out.append("<h2>违反的规则</h2>")
    if not counts:
        out.append('<p class="muted">没有违规。</p>')
    else:
        out.append("<table><thead><tr><th>程度</th><th>规则</th><th>次数</th><th>一例</th></tr></thead><tbody>")
        for rule in sorted(counts, key=lambda r: (_SEVERITY_ORDER[severity[r]], -counts[r], r)):  # criticals first
            call_id, turn = example[rule]
            excerpt = next((turn["text"][v["span"][0] : v["span"][1]] for v in turn["violations"] if v["rule"] == rule and "span" in v), "")
            css = "fail" if severity[rule] in ("critical", "major") else "muted"
            out.append(
                f'<tr><td class="{css}">{_SEVERITY_ZH[severity[rule]]}</td>'
                f'<td><span class="rule">{html.escape(rule)}</span> {html.escape(rule_titles.get(rule, ""))}</td>'
                f"<td>{counts[rule]}</td><td>{html.escape(call_id)}：{_highlight(turn['text'], excerpt)}</td></tr>"
            )
        out.append("</tbody></table>")

    out.append("<h2>逐通电话</h2>")
    out.append("<table><thead><tr><th>通话</th><th>得分</th><th>结果</th><th>话务员句数</th><th>原因</th></tr></thead><tbody>")
    for index, card in enumerate(scorecards, 1):
        ok = card["verdict"] == "pass"
        out.append(
            f"<tr><td>{html.escape(_call_id(card, index))}</td><td>{card['score']}</td>"
            f'<td class="{"pass" if ok else "fail"}">{"通过" if ok else "未通过"}</td><td>{card["agent_turns"]}</td>'
            f"<td>{html.escape('；'.join(card['reasons'])) or '—'}</td></tr>"
        )
    out.append("</tbody></table>")

    for index, card in enumerate(scorecards, 1):
        ok = card["verdict"] == "pass"
        out.append(
            f"<details><summary><strong>{html.escape(_call_id(card, index))}</strong>　{card['score']} 分　"
            f'<span class="{"pass" if ok else "fail"}">{"通过" if ok else "未通过"}</span></summary>'
        )
        for turn in card["turns"]:
            excerpt = next((turn["text"][v["span"][0] : v["span"][1]] for v in turn["violations"] if "span" in v), "")
            situation = html.escape(SITUATION_LABELS.get(turn["situation"], turn["situation"]))
            if turn["situation_inferred"]:
                situation += f'<span class="inferred">（推断：{html.escape(turn.get("situation_why", ""))}）</span>'
            out.append(f'<div class="turn">第 {turn["turn"]} 句　{situation}　{turn["score"]} 分<br>{_highlight(turn["text"], excerpt)}')
            for v in turn["violations"]:
                css = "fail" if v["severity"] in ("critical", "major") else "muted"
                out.append(
                    f'<br><span class="{css}">［{_SEVERITY_ZH[v["severity"]]}］</span> '
                    f"{html.escape(rule_titles.get(v['rule'], v['rule']))}：{html.escape(v['message'])}"
                    + (f"<br>　标准用语：{html.escape(v['suggestion'])}" if v.get("suggestion") else "")
                )
            out.append("</div>")
        out.append("</details>")
    out.append("</body></html>")
    return "\n".join(out)
