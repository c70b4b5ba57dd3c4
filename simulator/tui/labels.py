"""The Chinese words the app shows, and small formatting helpers shared by widgets.

Styles use theme variables ($error, $success...) so light and dark themes both read well.
"""

from __future__ import annotations

from textual.content import Content

# The same words as ``peilian play`` uses.
SEVERITY_LABELS = {
    "critical": "一票否决",
    "major": "严重",
    "minor": "轻微",
}
SEVERITY_STYLES = {
    "critical": "bold $text-error on $error-muted",
    "major": "bold $text-warning on $warning-muted",
    "minor": "$text-accent on $accent-muted",
}

def ending_text(ending: dict | None) -> str:
    """'礼貌结束通话（好的结局）' from a journal ending record."""
    if not ending:
        return "通话未完成"
    label = ending.get("label") or ending.get("outcome") or "通话结束"
    return f"{label}（{'好的结局' if ending.get('good') else '不理想的结局'}）"


def situation_label(situation: str | None) -> str:
    from grading import SITUATION_LABELS

    return SITUATION_LABELS.get(situation or "general", situation or "")


def score_style(score: int | None, pass_mark: int = 80) -> str:
    if score is None:
        return "$text-muted"
    if score >= pass_mark:
        return "bold $text-success"
    if score >= 60:
        return "bold $text-warning"
    return "bold $text-error"


def score_content(score: int | None, pass_mark: int = 80, suffix: str = "分") -> Content:
    if score is None:
        return Content.styled("—", "$text-muted")
    return Content.styled(f"{score}{suffix}", score_style(score, pass_mark))


def verdict_label(grade) -> Content:
    if grade is None:
        return Content("")
    if grade.critical:
        return Content.styled("一票否决", "bold $text-error")
    if grade.verdict == "fail":
        return Content.styled("未达标", "bold $text-warning")
    if grade.violations:
        return Content.styled("基本达标", "$text-success")
    return Content.styled("达标", "bold $text-success")


def severity_badge(severity: str) -> Content:
    return Content.styled(f" {SEVERITY_LABELS.get(severity, severity)} ", SEVERITY_STYLES.get(severity, "reverse"))


def highlight_reply(reply: str, violations, limit: int | None = None) -> Content:
    """The reply with the words at fault highlighted (from each violation's span)."""
    text = reply if limit is None or len(reply) <= limit else reply[:limit]
    content = Content(text)
    # Worst last, so it wins where spans overlap.
    order = {"minor": 0, "major": 1, "critical": 2}
    for v in sorted(violations, key=lambda v: order.get(v.severity, 0)):
        if not v.span:
            continue
        start, end = v.span
        start = max(0, min(start, len(text)))
        end = max(start, min(end, len(text)))
        if end > start:
            content = content.stylize(SEVERITY_STYLES.get(v.severity, "reverse") + " underline", start, end)
    if limit is not None and len(reply) > limit:
        content = content + Content.styled(f"……（共 {len(reply)} 字）", "$text-muted")
    return content


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + f"……（共 {len(text)} 字）"


def short(text: str, limit: int) -> str:
    """At most ``limit`` characters, with an ellipsis when cut (for table cells)."""
    return text if len(text) <= limit else text[: max(0, limit - 1)] + "…"


def mmss(seconds: float | None) -> str:
    seconds = max(0, int(seconds or 0))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"
