"""The keys, and how a call works, in one page."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from ..hanging import Hanging, Row, row

KEYS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "选择场景",
        [
            ("↑ ↓", "在场景列表中移动"),
            ("Enter", "开始通话"),
            ("/", "搜索标题或标签"),
            ("Esc", "清空搜索，回到列表"),
            ("U", "查看上次没有完成的通话，按 C 接着做"),
            ("H", "练习记录：历次成绩、分项走势、常犯的规范、下一步练什么"),
            ("O", "按入职课程的顺序列出场景（已通过的打 ✓，标出下一步），再按一次回到按来电类型"),
            ("A", "作者模式（培训师用）：从任意节点试打选中的场景，查看每条分支为什么走或不走"),
            ("T", "评分异议（培训师用）：查看学员提出的异议，按 Y 采纳、按 N 不采纳"),
        ],
    ),
    (
        "通话中",
        [
            ("Enter", "发送回复"),
            ("F5", "沉默等待（不说话，继续等客户开口）"),
            ("F2", "练习模式 / 实战模式：显示或隐藏每句的反馈"),
            ("Esc", "结束本次练习，回到场景列表"),
        ],
    ),
    (
        "通话报告",
        [
            ("1 / 2 / 3", "逐轮得分 / 重点练习 / 通话回放"),
            ("Enter", "在通话回放里查看选中的那一轮"),
            ("R", "再练一次"),
            ("C", "接着做没有完成的通话（从中断处继续）"),
            ("D", "我有异议：认为选中那一轮的评分不对时，写下理由交给培训师"),
            ("Esc", "回到场景列表"),
        ],
    ),
    (
        "任何时候",
        [
            ("F1", "打开或关闭本帮助"),
            ("F3", "切换浅色 / 深色主题"),
            ("Ctrl+Q", "退出陪练（已说的话都已保存）"),
        ],
    ),
]

EXAM_KEYS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "考试中",
        [
            ("Enter", "发送回复；通话结束后接听下一通"),
            ("F5", "沉默等待（不说话，继续等客户开口）"),
            ("Esc", "放弃考试（未完成的通话按未完成计）"),
            ("F1", "打开或关闭本帮助"),
            ("F3", "切换浅色 / 深色主题"),
            ("Ctrl+Q", "退出（考试按未完成计）"),
        ],
    ),
]

AUTHOR_KEYS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "作者模式",
        [
            ("Enter", "发送回复；在左边的节点列表里：从这个节点开始试打"),
            ("F5", "沉默等待 5 秒；输入 [等待 3 秒] 可指定秒数"),
            ("Tab", "在回复框和节点列表之间切换"),
            ("Ctrl+R", "重新读取场景文件，并把已经说过的话按新版本重放一遍"),
            ("Ctrl+T", "从同一个节点从头再来"),
            ("Ctrl+E", "用编辑器打开场景文件（环境变量 EDITOR），关闭编辑器后自动重新加载"),
            ("Esc", "离开作者模式"),
            ("F1", "打开或关闭本帮助"),
            ("F3", "切换浅色 / 深色主题"),
            ("Ctrl+Q", "退出"),
        ],
    ),
]

AUTHOR_TIPS = (
    "用你习惯的编辑器修改场景文件，保存后回到这里按 Ctrl+R。\n"
    "文件有错时，右侧会列出文件、行号和改法，在改好之前仍用上次的版本。\n"
    "作者模式的试打不计入练习记录。"
)

EXAM_TIPS = "考试中不显示评分、反馈、提示和方言的普通话释义。\n右侧显示本通电话和整场考试的剩余时间，时间到了通话自动结束。"

TIPS = (
    "每说一句，右侧会显示得分、问题所在（原话里标出）、标准说法和做得好的地方。\n"
    "电话里的时间是真实在走的：不说话，线路也会自己往下走，客户等久了会挂断。\n"
    "开始输入就算开口说话；无声电话每次问候之后，先稍停三到五秒再输入。\n"
    "F5 是有意沉默等待：从上一句话到按下 F5 的秒数，就是等待的时间。\n"
    "练习模式下，一句回复有问题时计时暂停，看完反馈按 Enter 或直接输入继续。\n"
    "练习记录随说随存：中途退出也不会丢失已经说过的话。"
)


def keys_table(sections=None) -> Hanging:
    """Each key with what it does; a long description goes on under itself, not under the keys."""
    lines: list[Row] = []
    for section, rows in sections or KEYS:
        lines.append(row("", Content.styled(section, "bold $text-primary")))
        width = max(Content(k).cell_length for k, _ in rows)
        for key, what in rows:
            pad = " " * (width - Content(key).cell_length)
            lines.append(row(Content.assemble("  ", Content.styled(key, "bold $text-accent"), pad, "   "), what))
        lines.append(row("", ""))
    return Hanging(lines)


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 76;
        max-width: 95%;
        height: auto;
        max-height: 90%;
        border: thick $primary 70%;
        border-title-color: $text-primary;
        background: $surface;
        padding: 1 2;
    }
    HelpScreen #help-tips { color: $text-muted; margin-top: 1; }
    HelpScreen #help-startup { color: $text-muted; margin-top: 1; }
    """

    BINDINGS = [
        Binding("escape,f1,q", "app.pop_screen", "关闭帮助"),
    ]

    def __init__(self, startup_seconds: float | None = None, sections=None):
        super().__init__()
        self.startup_seconds = startup_seconds
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "帮助：按键说明"
            yield Static(keys_table(self.sections), id="help-keys")
            tips = EXAM_TIPS if self.sections is EXAM_KEYS else AUTHOR_TIPS if self.sections is AUTHOR_KEYS else TIPS
            yield Static(tips, id="help-tips", markup=False)
            if self.startup_seconds is not None:
                yield Static(f"本次启动用时 {self.startup_seconds:.2f} 秒。", id="help-startup", markup=False)
