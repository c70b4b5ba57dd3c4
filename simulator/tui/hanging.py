"""Rows of a list whose wrapped lines stay under their own text (a hanging indent),
with a score or mark kept whole in a column at the right.

A title too long for its row goes on under its first character, not at the left
edge where it would read as a heading of its own; "97分" stays at the end of the
row's first line instead of being left alone on the next.
"""

from __future__ import annotations

from typing import Iterable, NamedTuple

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

from .linebreak import divide_line

GAP = 2  # cells between a row's text and its tail
MIN_TEXT = 8  # narrower than this beside the tail, the tail goes under the text


class Row(NamedTuple):
    head: Content  # what the first line starts with (indent, key, mark)
    text: Content  # wrapped, every line after the first indented by the head's width
    tail: Content | None = None  # right-aligned on the first line (a score)


def _content(part: str | Content) -> Content:
    return part if isinstance(part, Content) else Content(part)


def row(head: str | Content, text: str | Content, tail: str | Content | None = None) -> Row:
    return Row(_content(head), _content(text), _content(tail) if tail else None)


def wrap_content(content: Content, width: int) -> list[Content]:
    """``content`` in lines of at most ``width`` cells, by :mod:`.linebreak`'s rules."""
    lines: list[Content] = []
    for line in content.split("\n", allow_blank=True):
        pieces = line.divide(divide_line(line.plain, width))
        lines.extend(piece.rstrip() for piece in pieces[:-1])
        lines.append(pieces[-1])
    return lines


class Hanging(Visual):
    """Rows (see :class:`Row`) laid out for the width they are drawn at."""

    def __init__(self, rows: Iterable[Row]):
        self.rows = list(rows)
        self._laid_out: tuple[int, list[Content]] | None = None

    @classmethod
    def one(cls, head: str | Content, text: str | Content, tail: str | Content | None = None) -> "Hanging":
        return cls([row(head, text, tail)])

    def __str__(self) -> str:
        return "\n".join(r.head.plain + r.text.plain + (" " * GAP + r.tail.plain if r.tail else "") for r in self.rows)

    def lines(self, width: int) -> list[Content]:
        if self._laid_out is None or self._laid_out[0] != width:
            self._laid_out = (width, [line for r in self.rows for line in _lay_out(r, width)])
        return self._laid_out[1]

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return Content("\n").join(self.lines(width)).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max(
            (
                r.head.cell_length + r.text.get_optimal_width(rules, container_width) + (GAP + r.tail.cell_length if r.tail else 0)
                for r in self.rows
            ),
            default=0,
        )

    def get_minimal_width(self, rules: RulesMap) -> int:
        return max((r.head.cell_length + r.text.get_minimal_width(rules) for r in self.rows), default=0)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self.lines(width))


def _lay_out(r: Row, width: int) -> list[Content]:
    indent = r.head.cell_length
    tail_width = GAP + r.tail.cell_length if r.tail else 0
    beside = width - indent - tail_width >= MIN_TEXT
    lines = wrap_content(r.text, max(1, width - indent - (tail_width if beside else 0)))
    pad = Content(" " * indent)
    laid = [r.head + lines[0], *(pad + line for line in lines[1:])]
    if r.tail and beside:
        laid[0] = laid[0] + " " * (width - laid[0].cell_length - r.tail.cell_length) + r.tail
    elif r.tail:
        laid.append(pad + r.tail)
    return laid
