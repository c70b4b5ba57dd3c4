"""Feedback on the latest reply: score, faults with the words highlighted, the
standard wording, and what was done well.  Hidden in the realistic (实战) mode."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive

from ..hanging import Hanging, Row, row
from ..labels import clip, highlight_reply, score_content, severity_badge, situation_label, verdict_label
from .content_panel import ContentPanel

REPLY_PREVIEW = 400  # characters of the reply quoted back in the panel


def feedback_rows(grade, *, pass_mark: int = 80, waited: float | None = None) -> list[Row]:
    """The whole feedback for one graded turn, as rows whose wrapped lines stay under
    their own text (also used by the replay)."""
    if grade is None:
        if waited is not None:
            return [row("", Content.styled(f"您保持沉默，等待了 {int(waited)} 秒。这一步不单独评分。", "$text-muted"))]
        return [row("", Content.styled("这一轮没有评分。", "$text-muted"))]
    rows: list[Row] = []
    heading = Content.assemble("本轮得分 ", score_content(grade.score, pass_mark), "  ", verdict_label(grade))
    if grade.situation:
        heading = heading + Content.styled(f"   情境：{situation_label(grade.situation)}", "$text-muted")
    rows.append(row("", heading))
    if grade.reply:
        rows.append(row(Content.styled("您说：", "$text-muted"), highlight_reply(grade.reply, grade.violations, REPLY_PREVIEW)))
    elif waited is not None:
        rows.append(row("", Content.styled(f"您保持沉默，等待了 {int(waited)} 秒。", "$text-muted")))
    if grade.violations:
        rows.append(row("", Content.styled(f"问题（{len(grade.violations)}）", "bold")))
        for v in grade.violations:
            line = Content.styled(v.title, "bold")
            if v.excerpt:
                line = line + Content.assemble("  ", Content.styled(f"“{clip(v.excerpt, 40)}”", "$text-error"))
            rows.append(row(severity_badge(v.severity) + " ", line))
            rows.append(row("  ", v.message))
            if v.suggestion:
                rows.append(row(Content.styled("  标准说法：", "$text-success"), Content.styled(v.suggestion, "italic")))
    else:
        rows.append(row("", Content.styled("没有发现问题，符合服务规范。", "$text-success")))
    if grade.strengths:
        rows.append(row("", Content.styled("做得好", "bold $text-success")))
        for strength in grade.strengths:
            rows.append(row(Content.styled("  ✓ ", "$text-success"), strength))
    return rows


def render_feedback(grade, *, pass_mark: int = 80, waited: float | None = None) -> Hanging:
    """The feedback for one graded turn, laid out for the width it is drawn at."""
    return Hanging(feedback_rows(grade, pass_mark=pass_mark, waited=waited))


class FeedbackPanel(ContentPanel):
    """Shows the feedback for the last graded turn."""

    DEFAULT_CSS = """
    FeedbackPanel {
        border: round $primary 50%;
        border-title-color: $text-primary;
    }
    FeedbackPanel.-hidden-feedback > #feedback-body { color: $text-muted; }
    """

    hidden_feedback: reactive[bool] = reactive(False)
    pending: reactive[bool] = reactive(False)

    def __init__(self, *, pass_mark: int = 80, **kwargs):
        super().__init__(body_id="feedback-body", **kwargs)
        self.pass_mark = pass_mark
        self._grade = None
        self._waited: float | None = None
        self._has_turn = False
        self.border_title = "反馈"

    def show_turn(self, grade, *, waited: float | None = None) -> None:
        self._grade = grade
        self._waited = waited
        self._has_turn = True
        self.pending = False
        self._refresh_body()

    def render_body(self) -> Content | Hanging:
        if self.hidden_feedback:
            return Content("实战模式：通话中不显示反馈，\n挂机后在报告里逐句查看。\n\n按 F2 切换回练习模式。")
        if self.pending:
            return Content.styled("正在评分……", "$text-muted")
        if not self._has_turn:
            return Content.styled("每说一句，这里会显示得分、问题和标准说法。", "$text-muted")
        return render_feedback(self._grade, pass_mark=self.pass_mark, waited=self._waited)

    def _refresh_body(self) -> None:
        self.set_class(self.hidden_feedback, "-hidden-feedback")
        self.show(self.render_body())

    def watch_hidden_feedback(self, _value: bool) -> None:
        self._refresh_body()

    def watch_pending(self, _value: bool) -> None:
        self._refresh_body()
