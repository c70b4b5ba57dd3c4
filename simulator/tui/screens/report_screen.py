"""After the call: the score, the ending and the path taken, scores by category,
a per-turn table, the rules most worth practising, and a replay with feedback.

Built from the stored turn records only, so the report of a call just finished
and the view of a session left unfinished (read back from the records database)
are the same screen; an unfinished one offers to go on with the call (C).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static, TabbedContent, TabPane
from textual.widgets.data_table import CellDoesNotExist

from simulator.reports.call import ReportData, practice_rules

from ..labels import clip, short, ending_text, score_content, severity_badge, situation_label, verdict_label
from ..widgets.category_bars import CategoryBars
from ..hanging import Hanging, row
from ..widgets.feedback_panel import feedback_rows
from ..widgets.key_bar import KeyBar


def path_content(data: ReportData) -> Content:
    steps = data.path
    if not steps:
        return Content.styled("（还没有开始）", "$text-muted")
    # What the call went through, in the trainee's words: situations and the ending, never
    # the scenario's internal node ids; a situation that lasted several turns is named once.
    names: list[list] = []
    for _node, situation, ending in steps:
        name = "【" + ending + "】" if ending is not None else situation_label(situation)
        if names and names[-1][0] == name:
            names[-1][1] += 1
        else:
            names.append([name, 1])
    return Content(" → ").join(
        Content.assemble(name, Content.styled(f" ×{count}", "$text-muted") if count > 1 else "") for name, count in names
    )


class ReportScreen(Screen):
    # The tabs' keys are on the tabs themselves ("1 逐轮得分"), not in the footer: the
    # footer fits 80 columns.
    BINDINGS = [
        Binding("1", "tab('turns')", "逐轮得分", show=False),
        Binding("2", "tab('practice')", "重点练习", show=False),
        Binding("3", "tab('replay')", "通话回放", show=False),
        Binding("r", "again", "再练一次"),
        Binding("c", "resume", "接着通话"),
        Binding("d", "dispute", "我有异议"),
        Binding("escape", "back", "返回列表"),
    ]

    @dataclass
    class AgainRequested(Message):
        scenario_id: str

    @dataclass
    class ResumeRequested(Message):
        scenario_id: str
        session_id: str

    @dataclass
    class BackRequested(Message):
        pass

    @dataclass
    class DisputeRequested(Message):
        """The trainee disputes one turn's grade: the app stores it in the records."""

        screen: "ReportScreen"
        session_id: str
        index: int
        reason: str
        turn: dict  # simulator.records.disputes.turn_snapshot

    def __init__(self, data: ReportData, *, resume_id: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.data = data
        self.resume_id = resume_id  # an unfinished call that can be taken up again
        self.disputed: set[int] = set()  # turn indexes disputed from this screen

    def check_action(self, action: str, parameters) -> bool | None:
        if action == "resume":
            return self.resume_id is not None
        if action == "dispute":
            return self.data.session_id is not None  # only a recorded call can be disputed
        return True

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="report-top"):
            with Vertical(id="report-summary"):
                yield Static(self._summary(), id="summary-text")
            with Vertical(id="report-bars"):
                yield CategoryBars(self.data.summary.by_category, self._category_labels(), pass_mark=self.data.summary.pass_mark, id="category-bars")
        with TabbedContent(id="report-tabs"):
            with TabPane("1 逐轮得分", id="turns"):
                yield DataTable(id="turn-table", cursor_type="row", zebra_stripes=True)
            with TabPane("2 重点练习", id="practice"):
                with VerticalScroll(id="practice-scroll"):
                    yield Static(self._practice(), id="practice-text")
            with TabPane("3 通话回放", id="replay"):
                yield VerticalScroll(id="replay-scroll")
        yield KeyBar()

    def _category_labels(self) -> dict[str, str]:
        from grading import default_rubric

        return {cid: c.label for cid, c in default_rubric().categories.items()}

    def on_mount(self) -> None:
        self.title = "通话报告"
        self.sub_title = self.data.title
        self.query_one("#report-summary").border_title = "总评" if self.data.finished else "未完成的通话"
        self.query_one("#report-bars").border_title = "分项得分"
        self._fill_table()
        self._fill_replay()
        self.query_one("#turn-table", DataTable).focus()

    # -- summary ---------------------------------------------------------------
    def _summary(self) -> Content:
        data, summary = self.data, self.data.summary
        lines = []
        # The result first, with the reason it did not pass (a bad ending before anything else).
        style = {"passed": "bold $text-success", "failed": "bold $text-error", "unfinished": "bold $text-warning"}[summary.status]
        verdict = Content.styled(summary.status_label, style)
        if summary.turns:
            lines.append(Content.assemble("总分 ", score_content(summary.overall, summary.pass_mark), "  ", verdict, Content.styled(f"  及格线 {summary.pass_mark} 分", "$text-muted")))
        else:
            lines.append(Content.assemble(verdict, Content.styled("  这次通话没有可评分的回复。", "$text-muted")))
        if summary.reasons and summary.status == "failed":
            lines.append(Content.styled("原因：" + "；".join(summary.reasons), "$text-error"))
        waits = sum(1 for r in data.records if r.get("kind") == "wait")
        replies = len(data.records) - waits
        lines.append(Content.styled(f"共 {len(data.records)} 轮：回复 {replies} 次，沉默等待 {waits} 次", "$text-muted"))
        if data.finished:
            good = bool(data.ending and data.ending.get("good"))
            lines.append(Content.assemble("结局：", Content.styled(ending_text(data.ending), "bold $text-success" if good else "bold $text-error")))
            if data.ending and data.ending.get("feedback"):
                lines.append(Content.styled(data.ending["feedback"], "italic"))
        else:
            lines.append(Content.styled("通话中途结束，没有到达结局。以下是已经说过的内容。", "$text-warning"))
            if self.resume_id is not None:
                lines.append(Content.styled("按 C 从中断处接着这通电话。", "bold $text-accent"))
        lines.append(Content.assemble(Content.styled("路径：", "bold"), path_content(data)))
        return Content("\n").join(lines)

    def _practice(self) -> Content:
        rules = practice_rules(self.data)
        if not rules:
            return Content.styled("这次通话没有违反服务规范的地方，继续保持！", "$text-success")
        lines = [Content.styled("下面这些规范最值得再练一练（按严重程度和次数排序）：", "$text-muted"), Content("")]
        for n, item in enumerate(rules, 1):
            lines.append(Content.assemble(f"{n}. ", severity_badge(item["severity"]), " ", Content.styled(item["title"], "bold"), Content.styled(f"  出现 {item['count']} 次", "$text-muted")))
            lines.append(Content("   " + item["message"]))
            if item["examples"]:
                lines.append(Content.assemble("   您说的：", Content.styled("“" + clip(item["examples"][0], 60) + "”", "$text-error")))
            if item["suggestion"]:
                lines.append(Content.assemble(Content.styled("   标准说法：", "$text-success"), Content.styled(item["suggestion"], "italic")))
            lines.append(Content(""))
        return Content("\n").join(lines)

    def _fill_table(self) -> None:
        table = self.query_one("#turn-table", DataTable)
        # Fixed widths: CJK text is two cells a character, and the table must fit 120 columns.
        table.add_column("轮", key="n", width=3)
        table.add_column("情境", key="situation", width=12)
        table.add_column("客户", key="customer", width=24)
        table.add_column("您的回复", key="reply", width=28)
        table.add_column("得分", key="score", width=14)
        table.add_column("主要问题", key="issue", width=26)
        for record, grade in zip(self.data.records, self.data.grades):
            answered = record.get("answered") or {}
            customer = answered.get("text") or ""
            if record.get("kind") == "wait":
                reply = Content.styled(f"（沉默等待 {int(record.get('waited_seconds') or 0)} 秒）", "$text-muted")
            else:
                reply = Content(short(record.get("text") or "", 13))
            if grade is None:
                score = Content.styled("—", "$text-muted")
                issue = Content.styled("不单独评分", "$text-muted")
            else:
                score = Content.assemble(score_content(grade.score, self.data.summary.pass_mark, suffix=""), " ", verdict_label(grade))
                if grade.violations:
                    more = f" 等{len(grade.violations)}项" if len(grade.violations) > 1 else ""
                    issue = Content.assemble(short(grade.violations[0].title, 12 - len(more)), Content.styled(more, "$text-muted"))
                else:
                    issue = Content.styled("无", "$text-success")
            table.add_row(
                str((record.get("index") or 0) + 1),
                situation_label(answered.get("situation")),
                short(customer, 11),
                reply,
                score,
                issue,
                key=str(record.get("index")),
            )

    def _fill_replay(self) -> None:
        scroll = self.query_one("#replay-scroll", VerticalScroll)
        widgets = []
        persona = self.data.persona or "客户"
        for record, grade in zip(self.data.records, self.data.grades):
            answered = record.get("answered") or {}
            n = (record.get("index") or 0) + 1
            head = Content.assemble(Content.styled(f"第 {n} 轮", "bold $text-primary"), Content.styled(f"  {situation_label(answered.get('situation'))}", "$text-muted"))
            said = answered.get("text") or "（无声）"
            rows = [row("", head), row(Content.styled(f"{answered.get('speaker') or persona}：", "bold $text-secondary"), clip(said, 200))]
            if answered.get("gloss"):
                rows.append(row(Content.styled("  普通话：", "$text-muted italic"), Content.styled(answered["gloss"], "$text-muted italic")))
            if record.get("kind") == "wait":
                rows.append(row("", Content.styled(f"我：（沉默等待 {int(record.get('waited_seconds') or 0)} 秒）", "$text-muted")))
            else:
                rows.append(row(Content.styled("我：", "bold $text-primary"), clip(record.get("text") or "", 200)))
            rows += feedback_rows(grade, pass_mark=self.data.summary.pass_mark, waited=record.get("waited_seconds") if record.get("kind") == "wait" else None)
            # Each part's wrapped lines stay under its own text, not at the panel's edge.
            widgets.append(Static(Hanging(rows), classes="replay-turn", id=f"replay-{n}"))
        if self.data.finished:
            widgets.append(Static(Content.styled(f"通话结束：{ending_text(self.data.ending)}", "bold"), classes="replay-turn"))
        if not widgets:
            widgets.append(Static(Content.styled("还没有任何回复。", "$text-muted")))
        scroll.mount_all(widgets)

    # -- actions ---------------------------------------------------------------
    @on(DataTable.RowSelected, "#turn-table")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a turn: show it in the replay."""
        n = int(event.row_key.value) + 1 if event.row_key.value is not None else 1
        self.action_tab("replay")
        target = self.query(f"#replay-{n}")
        if target:
            self.query_one("#replay-scroll", VerticalScroll).scroll_to_widget(target.first(), animate=False, top=True)

    def action_tab(self, tab: str) -> None:
        self.query_one("#report-tabs", TabbedContent).active = tab
        focus = {"turns": "#turn-table", "practice": "#practice-scroll", "replay": "#replay-scroll"}[tab]
        self.query_one(focus).focus()

    def action_again(self) -> None:
        self.post_message(self.AgainRequested(self.data.scenario_id))

    def action_resume(self) -> None:
        if self.resume_id is not None:
            self.post_message(self.ResumeRequested(self.data.scenario_id, self.resume_id))

    def action_back(self) -> None:
        self.post_message(self.BackRequested())

    def action_dispute(self) -> None:
        """我有异议 on the turn under the cursor of the per-turn table."""
        from simulator.records.disputes import turn_snapshot

        from grading import default_rubric

        from .dispute_screens import DisputeDialog

        table = self.query_one("#turn-table", DataTable)
        if self.data.session_id is None or not self.data.records or table.cursor_row is None:
            return
        record = self.data.records[table.cursor_row]
        grade = self.data.grades[table.cursor_row]
        index = int(record.get("index") or 0)
        if grade is None:
            self.notify("这一轮是沉默等待，没有单独评分，不能提出异议。", severity="warning", timeout=5)
            return
        if index in self.disputed:
            self.notify("这一轮已经提出过异议，请等培训师处理。", timeout=5)
            return
        turn = turn_snapshot(
            self.data.records, index, scenario_id=self.data.scenario_id, scenario_title=self.data.title, rubric_version=default_rubric().version
        )
        verdict = f"{grade.score} 分" + (f"，{grade.violations[0].title}" if grade.violations else "，没有问题")

        def filed(reason: str | None) -> None:
            if reason:
                self.post_message(self.DisputeRequested(self, self.data.session_id, index, reason, turn))

        self.app.push_screen(DisputeDialog(index + 1, record.get("text") or "", verdict), filed)

    def dispute_filed(self, index: int) -> None:
        """State down: the app stored the dispute of turn ``index``."""
        self.disputed.add(index)
        table = self.query_one("#turn-table", DataTable)
        try:
            table.update_cell(str(index), "issue", Content.styled("已提出异议", "$text-warning"))
        except CellDoesNotExist:  # no such row: the notice has said it all
            pass
