"""The author's view of one move: what the reply was heard as, each branch of the
node checked in order (taken, not held, or held but too late), the rules that
fired, and the variables afterwards.  Or, after a failed reload, the file's errors."""

from __future__ import annotations

from textual.content import Content

from simulator.scenario.trace import FAILED, NOT_REACHED, SHADOWED, STATUS_WORDS, TAKEN, branch_name

from ..labels import score_content, severity_badge, verdict_label
from .content_panel import ContentPanel

STATUS_STYLES = {TAKEN: "bold $text-success", FAILED: "$text-error", SHADOWED: "$text-warning", NOT_REACHED: "$text-muted"}
JOINS = {"all": "以下全部成立", "any": "以下任一成立", "not": "以下不成立"}


def _fmt(value) -> str:
    return str(int(value)) if isinstance(value, (int, float)) and float(value).is_integer() else str(value)


def render_condition(trace, depth: int = 1) -> list[Content]:
    """A condition tree, one line per part: ✓/✗, what it asks, what the move had."""
    indent = "  " * depth
    mark = Content.styled("✓ ", "$text-success") if trace.held else Content.styled("✗ ", "$text-error")
    text = JOINS.get(trace.joins, trace.text) if trace.parts else trace.text
    line = Content.assemble(indent, mark, text)
    if trace.observed:
        line = line + Content.styled(f"（{trace.observed}）", "$text-muted")
    lines = [line]
    for part in trace.parts:
        lines.extend(render_condition(part, depth + 1))
    return lines


def render_move(result, *, act_labels, variables, pass_mark: int = 80) -> Content:
    """Everything the author needs to know about one move."""
    target = result.ending.label if result.ending is not None else ""
    heading = f"第 {result.index + 1} 步：{result.node_from} → {result.node_to}" + (f"（结局：{target}）" if target else "")
    parts: list[Content] = [Content.styled(heading, "bold")]
    if result.kind == "wait":
        parts.append(Content.styled(f"沉默等待了 {_fmt(result.waited_seconds or 0)} 秒", "$text-muted"))
    else:
        acts = sorted(result.grade.acts) if result.grade is not None else []
        heard = "、".join(act_labels.get(a, a) for a in acts) or "（没有识别到任何行为）"
        parts.append(Content.assemble(Content.styled("识别到的行为：", "$text-muted"), heard))
    parts.append(Content.styled("分支（按顺序检查，采用第一条成立的）", "bold"))
    for trace in result.trace or ():
        branch = trace.branch
        mark, words = STATUS_WORDS[trace.status]
        name = branch_name(branch)
        parts.append(Content.assemble(Content.styled(f"{name} → {branch.to}  ", "bold"), Content.styled(f"{mark} {words}", STATUS_STYLES[trace.status])))
        if branch.note:
            parts.append(Content.styled(f"  {branch.note}", "italic"))
        if trace.condition is not None:
            parts.extend(render_condition(trace.condition))
        if trace.effects:
            parts.append(Content.styled(f"  变量：{trace.effects}", "$text-muted"))
    parts.append(Content.styled("触发的规则", "bold"))
    grade = result.grade
    if grade is None:
        parts.append(Content.styled("  这一步没有评分（沉默没有违反规则）", "$text-muted"))
    else:
        parts.append(Content.assemble("  ", score_content(grade.score, pass_mark), " ", verdict_label(grade)))
        for v in grade.violations:
            parts.append(Content.assemble("  ", severity_badge(v.severity), " ", Content.styled(v.rule, "bold"), f" {v.title}"))
        if not grade.violations:
            parts.append(Content.styled("  没有触发任何规则", "$text-success"))
    if variables:
        values = "  ".join(f"{variables[n].label or n} {_fmt(v)}" for n, v in result.state.items() if n in variables)
        parts.append(Content.assemble(Content.styled("这一步之后的变量：", "$text-muted"), values))
    return Content("\n").join(parts)


def render_errors(errors, *, still_playing: bool) -> Content:
    parts = [Content.styled(f"场景文件有 {len(errors)} 处错误，没有重新加载", "bold $text-error")]
    for error in errors:
        where = error.path + (f" 第 {error.line} 行" if error.line is not None else "") + (f"第 {error.column} 列" if error.line is not None and error.column is not None else "")
        parts.append(Content.styled(where, "bold"))
        parts.append(Content("  " + error.message))
        if error.hint:
            parts.append(Content.styled(f"  怎么改：{error.hint}", "$text-success"))
    if still_playing:
        parts.append(Content.styled("改好并保存后再按 Ctrl+R。在那之前仍在用上次能正常加载的版本。", "$text-muted"))
    return Content("\n").join(parts)


class TracePanel(ContentPanel):
    """The last move explained, the file's errors, or a note."""

    DEFAULT_CSS = """
    TracePanel {
        border: round $accent 50%;
        border-title-color: $text-accent;
    }
    """

    def __init__(self, **kwargs):
        intro = Content.styled("每走一步，这里会列出这个节点的每条分支：\n成立与否、原因，以及触发了哪些规则。", "$text-muted")
        super().__init__(intro, body_id="trace-body", **kwargs)
        self.border_title = "为什么走这条分支"
