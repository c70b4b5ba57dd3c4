"""The scenario's nodes, to play from any of them; the current one is marked.
Endings are listed too (greyed: a call cannot start at its end)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..labels import situation_label

ROW_CELLS = 26  # the list's width before it is laid out


class NodeList(OptionList):
    DEFAULT_CSS = """
    NodeList { height: 1fr; border: none; padding: 0; }
    NodeList:focus { border: none; }
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._scenario = None
        self._current = ""
        self._start = ""

    def show_scenario(self, scenario, *, current: str = "", start: str = "") -> None:
        """List ``scenario``'s nodes (after a reload, the new ones), keeping the highlight."""
        self._scenario = scenario
        self._current, self._start = current, start
        self._rebuild()

    def mark(self, current: str) -> None:
        if current != self._current:
            self._current = current
            self._rebuild()

    def _rebuild(self) -> None:
        scenario = self._scenario
        highlighted = self.highlighted_option.id if self.highlighted_option is not None else self._current
        self.clear_options()
        if scenario is None:
            return
        # Two rows per entry, each cut to the list's width: the id, then what it is.
        width = max(12, self.scrollable_content_region.width or ROW_CELLS)
        options = []
        for node in scenario.nodes.values():
            marker = Content.styled("▶ ", "bold $text-success") if node.id == self._current else Content("  ")
            first = node.lines[0].text if node.lines else ""
            about = f"{situation_label(node.situation)}｜{first or '（无声）'}"
            label = Content.assemble(
                marker,
                Content.styled(node.id, "bold" if node.id == self._start else "").truncate(width - 2, ellipsis=True),
                "\n    ",
                Content.styled(about, "$text-muted").truncate(width - 4, ellipsis=True),
            )
            options.append(Option(label, id=node.id))
        for ending in scenario.endings.values():
            marker = "■ " if ending.id == self._current else "  "
            tone = "$text-success" if ending.good else "$text-error"
            label = Content.assemble(
                marker,
                Content.styled(f"结局 {ending.id}", tone).truncate(width - 2, ellipsis=True),
                "\n    ",
                Content.styled(ending.label or ending.outcome_label, "$text-muted").truncate(width - 4, ellipsis=True),
            )
            options.append(Option(label, id=f"ending:{ending.id}", disabled=True))
        self.add_options(options)
        ids = [o.id for o in options]
        if highlighted in ids and not highlighted.startswith("ending:"):
            self.highlighted = ids.index(highlighted)

    def on_resize(self) -> None:
        self._rebuild()
