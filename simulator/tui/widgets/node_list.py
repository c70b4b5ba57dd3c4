"""The scenario's nodes, to play from any of them; the current one is marked.
Endings are listed too (greyed: a call cannot start at its end)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..labels import short, situation_label

LINE_PREVIEW = 11  # characters of the customer's line shown under a node (one row of the list)


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
        options = []
        for node in scenario.nodes.values():
            marker = "▶ " if node.id == self._current else "  "
            first = node.lines[0].text if node.lines else ""
            label = Content.assemble(
                Content.styled(marker, "bold $text-success"),
                Content.styled(node.id, "bold" if node.id == self._start else ""),
                Content.styled(f"  {situation_label(node.situation)}", "$text-muted"),
                "\n    ",
                Content.styled(short(first, LINE_PREVIEW) or "（无声）", "$text-muted"),
            )
            options.append(Option(label, id=node.id))
        for ending in scenario.endings.values():
            marker = "■ " if ending.id == self._current else "  "
            tone = "$text-success" if ending.good else "$text-error"
            label = Content.assemble(marker, Content.styled(f"结局 {ending.id}", tone), Content.styled(f"  {ending.label or ending.outcome_label}", "$text-muted"))
            options.append(Option(label, id=f"ending:{ending.id}", disabled=True))
        self.add_options(options)
        ids = [o.id for o in options]
        if highlighted in ids and not highlighted.startswith("ending:"):
            self.highlighted = ids.index(highlighted)
