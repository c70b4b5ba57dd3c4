"""Scores by rubric category, as horizontal bars that fit the space they are given."""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget

from ..labels import score_style


def bar_line(label: str, score: int, *, width: int = 30, pass_mark: int = 80, label_width: int = 8) -> Content:
    score = max(0, min(100, int(score)))
    filled = round(score * width / 100)
    style = score_style(score, pass_mark).replace("bold ", "")
    pad = max(0, label_width - Content(label).cell_length)
    return Content.assemble(
        label + " " * pad,
        " ",
        Content.styled("█" * filled, style),
        Content.styled("░" * (width - filled), "$text-muted"),
        " ",
        Content.styled(f"{score:>3}", score_style(score, pass_mark)),
    )


# 一票否决 is yes or no, never a bar: a half-full bar would say "nearly fine".
VETO_CATEGORY = "critical"


def veto_line(label: str, score: int, *, label_width: int = 8) -> Content:
    pad = max(0, label_width - Content(label).cell_length)
    verdict = (
        Content.styled("没有", "$text-success")
        if score >= 100
        else Content.styled("✗ 出现了，本通电话不合格", "bold $text-error")
    )
    return Content.assemble(label + " " * pad, " ", verdict)


class CategoryBars(Widget):
    DEFAULT_CSS = """
    CategoryBars { height: auto; padding: 0 1; }
    """

    def __init__(self, scores: dict[str, int], labels: dict[str, str], *, pass_mark: int = 80, max_width: int = 40, **kwargs):
        super().__init__(**kwargs)
        self.scores = dict(scores)
        self.labels = dict(labels)
        self.pass_mark = pass_mark
        self.max_width = max_width

    def _order(self) -> list[str]:
        return [c for c in list(self.labels) + [c for c in self.scores if c not in self.labels] if c in self.scores]

    def get_content_height(self, container, viewport, width: int) -> int:
        return len(self._order())

    def render(self) -> Content:
        order = self._order()
        label_width = max((Content(self.labels.get(c, c)).cell_length for c in order), default=8)
        width = max(5, min(self.max_width, self.size.width - label_width - 5))
        lines = [
            veto_line(self.labels.get(c, c), self.scores.get(c, 100), label_width=label_width)
            if c == VETO_CATEGORY
            else bar_line(self.labels.get(c, c), self.scores.get(c, 100), width=width, pass_mark=self.pass_mark, label_width=label_width)
            for c in order
        ]
        return Content("\n").join(lines)
