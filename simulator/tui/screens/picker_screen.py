"""The first screen: choose a scenario.  Grouped by the kind of caller and by
difficulty, or in the onboarding curriculum's order (O), with the description, the
learning goals and the best score so far."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from ..catalog import Catalog, Entry, difficulty_text
from ..hanging import Hanging
from ..labels import score_content
from ..widgets.key_bar import KeyBar


class ScenarioList(OptionList):
    """The scenario list; Enter starts the highlighted scenario (shown in the footer)."""

    BINDINGS = [Binding("enter", "select", "开始")]


class PickerScreen(Screen):
    """Lists the scenarios; Enter starts a call."""

    AUTO_FOCUS = "#scenario-list"

    BINDINGS = [
        Binding("slash", "search", "搜索"),
        Binding("escape", "clear_search", "清空搜索", show=False),
        Binding("down", "focus_list", "到列表", show=False),
        Binding("u", "unfinished", "未完成的通话", show=False),
        Binding("h", "history", "练习记录"),
        Binding("o", "toggle_order", "按课程"),
        Binding("a", "author", "作者模式", show=False),
        Binding("t", "disputes", "评分异议（培训师）", show=False),
        Binding("f2", "app.toggle_practice('realistic')", "实战模式"),
        Binding("f2", "app.toggle_practice('practice')", "练习模式"),
    ]

    @dataclass
    class StartRequested(Message):
        """The trainee chose a scenario."""

        entry: Entry

    @dataclass
    class UnfinishedRequested(Message):
        """The trainee wants to see a session left unfinished."""

        session: object  # simulator.records.journal.JournalSession

    @dataclass
    class AuthorRequested(Message):
        """A trainer wants to try the scenario in author mode."""

        entry: Entry

    @dataclass
    class HistoryRequested(Message):
        """The trainee wants to see their practice history."""

    @dataclass
    class DisputesRequested(Message):
        """A trainer wants to decide the trainees' disputes of grades."""

    def __init__(self, catalog: Catalog, **kwargs):
        super().__init__(**kwargs)
        self.catalog = catalog
        self.best: dict[str, int] = {}
        self.counts: dict[str, int] = {}
        self.unfinished: dict[str, object] = {}
        self.passed: set[str] = set()
        # "kind": by the kind of caller and difficulty; "curriculum": the onboarding order.
        self.order = "kind"
        self._shown: list[Entry] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="picker-body"):
            with Vertical(id="picker-left"):
                yield Input(placeholder="搜索标题或标签，如：投诉", id="search")
                # Composed with its content (not filled in on mount): the first
                # screen is laid out and drawn once.
                options = self._kind_options("")
                yield ScenarioList(*options, id="scenario-list")
                yield Static(self._count_text(""), id="picker-count")
            with VerticalScroll(id="details"):
                # One widget for the whole description: the first screen draws fast.
                yield Static(self._detail_content(self._shown[0] if self._shown else None), id="detail")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#details").border_title = "场景说明"
        self.query_one("#picker-left").border_title = "练习场景"
        search = self.query_one("#search", Input)
        search.cursor_blink = self.app.cursor_blink
        if self._shown:
            option_list = self.query_one("#scenario-list", OptionList)
            option_list.highlighted = option_list.get_option_index(self._shown[0].id)
        self.load_records()

    def on_screen_resume(self) -> None:
        # Back from a call: the best scores may have changed.
        self.load_records()
        self.show_mode()

    # -- records ----------------------------------------------------------
    @work(thread=True, exclusive=True, group="picker-records", exit_on_error=False)
    def load_records(self) -> None:
        from simulator.records import journal
        from simulator.records import RecordStoreError

        store, trainee = self.app.store, self.app.trainee
        if store is None:
            return
        try:
            best = store.best_scores(trainee)
            passed = store.passed_scenarios(trainee)
            counts = journal.finished_counts(store, trainee)
            unfinished = {}
            for session in journal.unfinished_sessions(store, trainee):
                unfinished.setdefault(session.scenario_id, session)
        except RecordStoreError as exc:
            self.app.call_from_thread(self.notify, str(exc), title="练习记录", severity="error", timeout=10, markup=False)
            return
        self.app.call_from_thread(self._records_loaded, best, counts, unfinished, passed)

    def _records_loaded(self, best, counts, unfinished, passed=frozenset()) -> None:
        self.best, self.counts, self.unfinished, self.passed = best, counts, unfinished, set(passed)
        self.refresh_list(keep=True)

    # -- the list -----------------------------------------------------------
    def refresh_list(self, keep: bool = False) -> None:
        option_list = self.query_one("#scenario-list", OptionList)
        current = self.highlighted_entry() if keep else None
        query = self.query_one("#search", Input).value
        options = self._curriculum_options(query) if self.order == "curriculum" else self._kind_options(query)
        option_list.clear_options()
        option_list.add_options(options)
        self.query_one("#picker-count", Static).update(self._count_text(query))
        shown_ids = {e.id for e in self._shown}  # by id: the checked library replaces the entries
        target = current.id if current and current.id in shown_ids else (self._shown[0].id if self._shown else None)
        if target is not None:
            option_list.highlighted = option_list.get_option_index(target)
        self.show_details(self.highlighted_entry())

    def _count_text(self, query: str) -> str:
        if not self.catalog.entries:
            return "没有找到可用的场景。"
        if not self._shown:
            return f"没有与“{query.strip()}”匹配的场景，按 Esc 清空搜索。"
        return f"共 {len(self._shown)} 个场景" + (f"（全部 {len(self.catalog.entries)} 个）" if query.strip() else "")

    def _kind_options(self, query: str) -> list[Option]:
        self._shown = self.catalog.filtered(query)
        options: list[Option] = []
        kind = level = None
        for entry in self._shown:
            if entry.kind != kind:
                kind, level = entry.kind, None
                options.append(Option(Content.styled(entry.kind_label, "bold $text-secondary"), disabled=True))
            if entry.difficulty != level:
                level = entry.difficulty
                options.append(Option(Content.styled(f"  {difficulty_text(level)}", "$text-muted"), disabled=True))
            options.append(Option(self._row(entry), id=entry.id))
        return options

    def _curriculum_options(self, query: str) -> list[Option]:
        groups = self.catalog.by_stage(query)
        self._shown = [entry for _, members in groups for entry in members]
        following = next((e.id for e in self._shown if e.id not in self.passed), None)
        options: list[Option] = []
        for title, members in groups:
            options.append(Option(Content.styled(title, "bold $text-secondary"), disabled=True))
            for entry in members:
                mark = Content.styled("  ✓ ", "$text-success") if entry.id in self.passed else "    "
                options.append(Option(self._row(entry, mark, next_step=entry.id == following), id=entry.id))
        return options

    def _row(self, entry: Entry, head: str | Content = "    ", next_step: bool = False) -> Hanging:
        """The title, its wrapped lines under its first character; the best score and
        the marks in a column at the right, never alone on a line."""
        tail = []
        best = self.best.get(entry.id)
        if best is not None:
            tail.append(score_content(best, suffix="分"))
        if entry.id in self.unfinished:
            tail.append(Content.styled("未完成", "$text-warning"))
        if next_step:
            tail.append(Content.styled("← 下一步", "bold $text-accent"))
        return Hanging.one(head, entry.title, Content("  ").join(tail))

    def highlighted_entry(self) -> Entry | None:
        option_list = self.query_one("#scenario-list", OptionList)
        if option_list.highlighted is None:
            return None
        option = option_list.get_option_at_index(option_list.highlighted)
        return self.catalog.get(option.id) if option.id else None

    # -- details --------------------------------------------------------------
    def show_details(self, entry: Entry | None) -> None:
        self.query_one("#detail", Static).update(self._detail_content(entry))

    def show_mode(self) -> None:
        self.show_details(self.highlighted_entry())

    def _detail_content(self, entry: Entry | None) -> Content:
        """What the details pane shows for ``entry``: its parts, a blank line between."""
        return Content("\n\n").join(part for part in self._detail_parts(entry) if part)

    def _detail_parts(self, entry: Entry | None) -> tuple[Content, ...]:
        """Title, who calls, description, goals, the trainee's record, the mode."""
        if entry is None:
            return (self._mode_content(),)
        scenario = entry.scenario
        persona = scenario.persona
        who = ""
        if persona is not None:
            traits = "，".join(t for t in (persona.dialect, persona.temperament) if t)
            who = f"来电：{persona.name}" + (f"（{traits}）" if traits else "")
        meta_lines = [
            Content.assemble(
                Content.styled(entry.kind_label, "$text-secondary"),
                " · ",
                Content.styled(difficulty_text(entry.difficulty), "$text-warning"),
            )
        ]
        if who:
            meta_lines.append(Content(who))
        if persona is not None and persona.background:
            meta_lines.append(Content.styled(persona.background, "$text-muted"))
        if scenario.tags:
            meta_lines.append(Content.styled("标签：" + "  ".join(scenario.tags), "$text-muted"))
        goals = Content("")
        if scenario.goals:
            goals = Content("\n").join(
                [Content.styled("学习目标", "bold $text-primary")] + [Content(f"  • {goal}") for goal in scenario.goals]
            )
        lines = []
        best = self.best.get(entry.id)
        if best is None:
            lines.append(Content.styled("还没有完成过这个场景。", "$text-muted"))
        else:
            lines.append(Content.assemble("最佳成绩：", score_content(best), f"（已完成 {self.counts.get(entry.id, 0)} 次）"))
        unfinished = self.unfinished.get(entry.id)
        if unfinished is not None:
            when = datetime.fromtimestamp(unfinished.started_at).strftime("%m月%d日 %H:%M") if unfinished.started_at else ""
            lines.append(
                Content.styled(f"{when} 有一次通话没有完成（已说 {len(unfinished.turns)} 轮），按 U 查看或接着做。", "$text-warning")
            )
        lines.append(Content(""))
        lines.append(Content.styled("按 Enter 开始通话", "bold $text-accent"))
        return (
            Content.styled(entry.title, "bold"),
            Content("\n").join(meta_lines),
            Content(scenario.description or ""),
            goals,
            Content("\n").join(lines),
            self._mode_content(),
        )

    def _mode_content(self) -> Content:
        if self.app.practice:
            mode = Content.assemble("当前：", Content.styled("练习模式", "bold"), "，每说一句都显示反馈（F2 切换到实战模式）。")
        else:
            mode = Content.assemble("当前：", Content.styled("实战模式", "bold"), "，通话中不显示反馈，挂机后看报告（F2 切换）。")
        return mode.stylize_before("$text-muted")

    def action_toggle_order(self) -> None:
        if self.catalog.curriculum is None and self.order == "kind":
            self.notify("这个场景库没有入职课程（curriculum.yaml）。", severity="warning", markup=False)
            return
        self.order = "kind" if self.order == "curriculum" else "curriculum"
        self.query_one("#picker-left").border_title = "入职课程" if self.order == "curriculum" else "练习场景"
        self.refresh_list(keep=True)

    # -- events ---------------------------------------------------------------
    @on(OptionList.OptionHighlighted, "#scenario-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.show_details(self.highlighted_entry())

    @on(OptionList.OptionSelected, "#scenario-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_start()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.refresh_list()

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one("#scenario-list", OptionList).focus()

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_focus_list(self) -> None:
        self.query_one("#scenario-list", OptionList).focus()

    def action_clear_search(self) -> None:
        search = self.query_one("#search", Input)
        if search.value:
            search.value = ""
        self.query_one("#scenario-list", OptionList).focus()

    def action_start(self) -> None:
        entry = self.highlighted_entry()
        if entry is None:
            self.notify("请先在列表中选择一个场景。", severity="warning")
            return
        self.post_message(self.StartRequested(entry))

    def action_author(self) -> None:
        entry = self.highlighted_entry()
        if entry is None:
            self.notify("请先在列表中选择一个场景。", severity="warning")
            return
        self.post_message(self.AuthorRequested(entry))

    def action_unfinished(self) -> None:
        entry = self.highlighted_entry()
        session = self.unfinished.get(entry.id) if entry else None
        if session is None:
            self.notify("这个场景没有未完成的通话。")
            return
        self.post_message(self.UnfinishedRequested(session))

    def action_history(self) -> None:
        self.post_message(self.HistoryRequested())

    def action_disputes(self) -> None:
        self.post_message(self.DisputesRequested())
