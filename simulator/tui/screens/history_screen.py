"""The trainee's practice history: scores by category over time, every call (Enter
on one opens its report), the rules broken most, and the scenario to practise next
(P starts it)."""

from __future__ import annotations

import time

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from simulator.records.history import CHART_SESSIONS, MODE_LABELS, History, dispute_lines, session_result, sparkline

from ..hanging import Hanging, row
from ..labels import clip, score_content, score_style, short
from ..widgets.key_bar import KeyBar


def chart_content(history: History) -> Content:
    """One sparkline per category, a character per finished call, coloured by score."""
    # 一票否决 is yes or no per call, not a level: counted, not charted.
    rows = [(cid, label, history.series.get(cid) or []) for cid, label in history.categories if cid != "critical"]
    rows = [r for r in rows if r[2]]
    vetoed = sum(1 for v in history.series.get("critical") or [] if v < 100)
    if not rows:
        return Content.styled("还没有完成的通话，完成一次后这里会显示各项得分的走势。", "$text-muted")
    width = max([Content(label).cell_length for _, label, _ in rows] + [Content("结果").cell_length])
    shown = min(max(len(v) for _, _, v in rows), CHART_SESSIONS)
    lines = [Content.styled(f"最近 {shown} 次完成的通话，从左到右由早到晚，每格一次；不合格的通话标红", "$text-muted")]
    outcomes = history.outcomes[-CHART_SESSIONS:]
    failed = sum(not ok for ok in history.outcomes)
    lines.append(
        Content.assemble(
            "结果" + " " * (width - Content("结果").cell_length),
            "  ",
            *[Content.styled("✓", "$text-success") if ok else Content.styled("✗", "bold $text-error") for ok in outcomes],
            " " * (CHART_SESSIONS - len(outcomes)),
            "  ",
            Content.styled(f"不合格 {failed} 次", "bold $text-error") if failed else Content.styled("全部合格", "$text-success"),
            Content.styled(f"，共 {len(history.outcomes)} 次", "$text-muted"),
        )
    )
    for _, label, values in rows:
        recent = values[-CHART_SESSIONS:]
        # A failed call's mark is red whatever the category scored: a fail is never a green block.
        marks = outcomes if len(outcomes) == len(recent) else [True] * len(recent)
        spark = Content.assemble(
            *[
                Content.styled(sparkline([v]), score_style(v).replace("bold ", "") if ok else "$text-error")
                for v, ok in zip(recent, marks)
            ]
        )
        mean = round(sum(values) / len(values))
        lines.append(
            Content.assemble(
                label + " " * (width - Content(label).cell_length),
                "  ",
                spark,
                " " * (CHART_SESSIONS - len(recent)),
                "  最近 ",
                score_content(recent[-1], suffix=""),
                Content.styled(f"  平均 {mean}", "$text-muted"),
            )
        )
    lines.append(
        Content.assemble(
            "一票否决" + " " * max(0, width - Content("一票否决").cell_length),
            "  ",
            Content.styled(f"出现在 {vetoed} 次通话中", "bold $text-error") if vetoed else Content.styled("没有", "$text-success"),
        )
    )
    return Content("\n").join(lines)


def rules_content(history: History) -> Hanging:
    """The rules broken most, under their heading: a long rule title goes on under itself,
    its count stays in a column at the right."""
    lines = [row("", ""), row("", Content.styled("最常违反的规范", "bold $text-primary"))]
    if not history.top_rules:
        lines.append(row("", Content.styled("没有违规记录，继续保持！", "$text-success")))
    for n, item in enumerate(history.top_rules, 1):
        lines.append(row(f"{n}. ", Content.styled(item.title or item.rule, "bold"), Content.styled(f"{item.count} 次", "$text-muted")))
        if item.example:
            lines.append(row("   ", Content.assemble("您说过：", Content.styled(f"“{clip(item.example, 40)}”", "$text-error"))))
    return Hanging(lines)


def next_content(history: History) -> Content:
    r = history.recommendation
    if r is None:
        return Content.styled("没有可推荐的场景。", "$text-muted")
    return Content("\n").join(
        [
            Content.styled(r.title, "bold"),
            Content.styled(r.reason, "$text-muted"),
            Content(""),
            Content.styled("按 P 开始练习这个场景", "bold $text-accent"),
        ]
    )


def disputes_content(history: History) -> Content:
    """我的异议: each dispute of a grade and what the trainer decided, newest first."""
    if not history.disputes:
        return Content("")
    lines = [Content(""), Content.styled("我的异议", "bold $text-primary")]
    styles = {"open": "$text-warning", "accepted": "$text-success", "rejected": "$text-muted"}
    for dispute in reversed(history.disputes):
        what, outcome = dispute_lines(dispute)
        lines.append(Content(clip(what, 60)))
        lines.append(Content.styled("  " + outcome, styles.get(dispute.status, "")))
    return Content("\n").join(lines)


class HistoryScreen(Screen):
    BINDINGS = [
        Binding("p", "practise", "练习推荐的场景"),
        Binding("escape", "back", "返回列表"),
    ]

    def __init__(self, trainee: str, **kwargs):
        super().__init__(**kwargs)
        self.trainee = trainee
        self.history: History | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="history-top"):
            with Vertical(id="history-chart"):
                yield Static(Content.styled("正在读取练习记录……", "$text-muted"), id="history-chart-text")
            with VerticalScroll(id="history-side"):
                yield Static("", id="history-next")
                yield Static("", id="history-rules")
                yield Static("", id="history-disputes")
        yield DataTable(id="history-table", cursor_type="row", zebra_stripes=True)
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = "练习记录"
        self.sub_title = f"学员：{self.trainee}"
        self.query_one("#history-chart").border_title = "分项得分走势"
        self.query_one("#history-side").border_title = "下一步练习"
        table = self.query_one("#history-table", DataTable)
        table.border_title = "历次通话"
        table.add_column("时间", key="when", width=11)
        table.add_column("场景", key="scenario", width=40)
        table.add_column("方式", key="mode", width=4)
        table.add_column("得分", key="score", width=5)
        table.add_column("结果", key="result", width=8)
        self.load()

    @work(thread=True, exclusive=True, group="history", exit_on_error=False)
    def load(self) -> None:
        from simulator.records import RecordStoreError
        from simulator.records.history import build_history
        from simulator.scenario.library import load_curriculum

        app = self.app
        if app.store is None:
            self.app.call_from_thread(self._failed, app.records_error or "练习记录不可用。")
            return
        library = {e.id: e.scenario for e in app.catalog.entries}
        try:
            history = build_history(app.store, self.trainee, library, curriculum=load_curriculum())
        except RecordStoreError as exc:
            self.app.call_from_thread(self._failed, str(exc))
            return
        self.app.call_from_thread(self._loaded, history)

    def _failed(self, message: str) -> None:
        self.query_one("#history-chart-text", Static).update(Content.styled(message, "$text-error"))

    def _loaded(self, history: History) -> None:
        self.history = history
        head = Content.assemble(
            Content.styled(f"通话 {len(history.sessions)} 次，完成 {len(history.finished)} 次", "bold"),
            "  平均 ",
            score_content(history.mean_score),
        )
        self.query_one("#history-chart-text", Static).update(Content("\n").join([head, Content(""), chart_content(history)]))
        self.query_one("#history-next", Static).update(next_content(history))
        self.query_one("#history-rules", Static).update(rules_content(history))
        self.query_one("#history-disputes", Static).update(disputes_content(history))
        table = self.query_one("#history-table", DataTable)
        table.clear()
        for s in reversed(history.sessions):  # newest first
            table.add_row(
                time.strftime("%m-%d %H:%M", time.localtime(s.started_at)),
                short(s.scenario_title or s.scenario_id, 20),
                MODE_LABELS.get(s.mode, s.mode),
                score_content(s.score, suffix=""),
                session_result(s),
                key=s.id,
            )
        if not history.sessions:
            self.query_one("#history-chart-text", Static).update(
                Content.styled("还没有练习记录。回到场景列表选一个场景开始吧。", "$text-muted")
            )

    @on(DataTable.RowSelected, "#history-table")
    def _open_session(self, event: DataTable.RowSelected) -> None:
        """Enter on a call: its report (an unfinished one can be taken up again from there)."""
        from simulator.records.journal import load_session
        from simulator.records import RecordStoreError

        from simulator.reports.call import ReportData

        from .report_screen import ReportScreen

        try:
            session = load_session(self.app.store, event.row_key.value)
        except RecordStoreError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        if session is None:
            return
        entry = self.app.catalog.get(session.scenario_id)
        data = ReportData.from_journal(session, persona=entry.persona_name if entry else session.header.get("persona", ""))
        self.app.push_screen(ReportScreen(data, resume_id=session.session_id if session.resumable and entry else None))

    def action_practise(self) -> None:
        if self.history is None or self.history.recommendation is None:
            self.notify("没有可推荐的场景。")
            return
        entry = self.app.catalog.get(self.history.recommendation.scenario_id)
        if entry is None:
            return
        self.app.pop_screen()
        self.app.start_call(entry)

    def action_back(self) -> None:
        self.app.pop_screen()
