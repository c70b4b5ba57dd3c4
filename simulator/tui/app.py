"""The Peilian app, built by :func:`make_app` (the command and the tests alike).

The first screen appears at once (``benchmarks/bench_first_screen.py``): the
scenario list is drawn from a quick read of the files (``scenario.preview``); the
full check of the library, the records database and the grader (jieba's
dictionary, about half a second) load in thread workers once it is on screen.
A call asked for before the library is checked starts the moment it is; a reply
sent before the grader is ready is graded the moment it is loaded.  Screens not
needed for the first one are imported when first shown, so their messages are
handled by name (``on_call_screen_report_requested``).
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Callable, Iterable

from textual import on, work
from textual.app import App
from textual.binding import Binding

from ._start_time import START_TIME
from .catalog import Catalog, load_catalog, preview_catalog
from .screens.picker_screen import PickerScreen
from .screens.sign_in_screen import SignInScreen

log = logging.getLogger(__name__)

LIGHT_THEME = "textual-light"
DARK_THEME = "textual-dark"


def load_grader() -> None:
    """Load what grading needs: the rubric and jieba's dictionary."""
    from grading import default_grader, segment

    default_grader()
    segment.tokenizer()


class BaseApp(App):
    """What the training app and the exam app share: the grader loading in a worker,
    the theme, the help key, quitting, and calls still being graded at exit."""

    CSS_PATH = "peilian.tcss"
    TITLE = "陪练"
    SUB_TITLE = "客服话务礼仪训练"
    ENABLE_COMMAND_PALETTE = False

    BINDINGS = [
        Binding("f1", "help", "帮助"),
        Binding("f3", "toggle_dark", "明暗"),
        Binding("ctrl+q", "quit", "退出", priority=True),
        Binding("ctrl+c", "help_quit", show=False, system=True),
    ]

    #: The help page's sections (see help_screen.KEYS).
    HELP_KEYS = None

    def __init__(
        self,
        *,
        clock=None,
        grader_loader: Callable[[], None] = load_grader,
        theme: str | None = None,
        cursor_blink: bool = True,
    ):
        super().__init__()
        from simulator.engine.clock import SystemClock
        from simulator.settings import display_script

        from . import linebreak, overlap_fix

        linebreak.install()  # Chinese line breaking for every text the app wraps
        overlap_fix.install()  # notices over a border keep their characters (textual#6357)
        if display_script() == "traditional":  # shown in Traditional; stored and graded as written
            from simulator.display_script import install_for_app

            install_for_app()

        self.clock = clock if clock is not None else SystemClock()
        self.grader_loader = grader_loader
        self.cursor_blink = cursor_blink
        self.grader_ready = threading.Event()
        self.grader_error: str | None = None
        self.startup_seconds: float | None = None
        self.grader_seconds: float | None = None
        self.call = None  # the CallScreen of the call under way
        self._left_calls: list = []  # CallScreens left while a turn was being graded
        self._requested_theme = theme
        self._pass_mark: int | None = None

    @property
    def pass_mark(self) -> int:
        """The rubric's pass mark, read when a screen first needs it (not at start-up)."""
        if self._pass_mark is None:
            from grading import default_rubric

            self._pass_mark = default_rubric().pass_mark
        return self._pass_mark

    # -- start-up --------------------------------------------------------------
    def on_mount(self) -> None:
        if self._requested_theme in ("light", LIGHT_THEME):
            self.theme = LIGHT_THEME
        elif self._requested_theme in ("dark", DARK_THEME, None):
            self.theme = DARK_THEME
        elif self._requested_theme in self.available_themes:
            self.theme = self._requested_theme
        self.call_after_refresh(self._first_screen_drawn)  # before whatever the first screen queues
        self.first_screen()

    def first_screen(self) -> None:
        raise NotImplementedError

    #: Called once the first screen is on the terminal (``run_app`` gives the
    #: garbage collector back its work there).
    after_first_screen: Callable[[], None] | None = None

    def _first_screen_drawn(self) -> None:
        self._record_startup()
        if self.after_first_screen is not None:
            self.after_first_screen()
        # Only now: a thread loading the grader would hold Python's lock while the
        # first screen is being drawn.
        self.load_grader_worker()

    def _record_startup(self) -> None:
        self.startup_seconds = time.perf_counter() - START_TIME
        self.log.info(f"Peilian started in {self.startup_seconds:.3f}s")
        log.info("first screen after %.3f s", self.startup_seconds)

    @work(thread=True, exclusive=True, group="grader", exit_on_error=False)
    def load_grader_worker(self) -> None:
        started = time.perf_counter()
        try:
            self.grader_loader()
        except Exception as exc:  # grading still works: it loads lazily on first use
            self.grader_error = str(exc)
            log.warning("grader preload failed: %s", exc)
        finally:
            self.grader_seconds = time.perf_counter() - started
            self.grader_ready.set()
        log.info("grader ready after %.3f s", self.grader_seconds)
        try:
            self.call_from_thread(self._grader_loaded)
        except RuntimeError:  # the app has already closed
            pass

    def _grader_loaded(self) -> None:
        if self.call is not None and self.call.is_attached and not self.call.busy:
            self.call.reply_input.set_hint()

    # -- actions ------------------------------------------------------------------
    def action_help(self) -> None:
        from .screens.help_screen import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.pop_screen()
        else:
            # A screen with keys of its own (author mode) brings its own help page.
            sections = getattr(self.screen, "HELP_KEYS", None) or self.HELP_KEYS
            self.push_screen(HelpScreen(startup_seconds=self.startup_seconds, sections=sections))

    def action_toggle_dark(self) -> None:
        self.theme = LIGHT_THEME if self.theme == DARK_THEME else DARK_THEME

    def action_help_quit(self) -> None:
        self.notify("按 Ctrl+Q 退出陪练。已经说过的话都已保存。", title="要退出吗？")

    # -- exiting -----------------------------------------------------------------
    def wait_for_pending_turns(self, timeout: float = 10.0) -> None:
        """After the app exits: let a turn still being graded reach the records."""
        for screen in (self.call, *self._left_calls):
            if screen is not None:
                screen.wait_for_turn(timeout)
                screen.call.stop_recording()


class PeilianApp(BaseApp):
    """The training app: pick a scenario, take the call, read the report, see the history."""

    def __init__(
        self,
        catalog: Catalog,
        *,
        clock=None,
        grader_loader: Callable[[], None] = load_grader,
        home: Path | None = None,
        db: Path | None = None,
        trainee: str | None = None,
        seed: int = 0,
        practice: bool = True,
        theme: str | None = None,
        start_scenario: str | None = None,
        cursor_blink: bool = True,
        ask_trainee: bool = False,
        library_paths: Iterable[str | Path] | None = None,
    ):
        super().__init__(clock=clock, grader_loader=grader_loader, theme=theme, cursor_blink=cursor_blink)
        from simulator.settings import DB_FILE_NAME, db_location, default_trainee

        self.catalog = catalog
        self.library_paths = library_paths  # what the catalog was read from, checked once drawn
        self._start_when_loaded: str | None = None
        self.home = home
        if db is None and home is not None:
            db = Path(home) / DB_FILE_NAME
        self.db_path = db_location(db)  # a PostgreSQL URL stays text (a Path would fold its "//")
        self.trainee = trainee or default_trainee()
        self.seed = seed
        self.practice = practice
        self.start_scenario = start_scenario
        self.ask_trainee = ask_trainee  # a shared seat: ask who is practising first
        self.store = None  # simulator.records.RecordStore, opened on mount
        self.records_error: str | None = None
        # A shared seat names nobody until the trainee has said who they are.
        self.sub_title = self.SUB_TITLE if ask_trainee else f"{self.SUB_TITLE} · 学员：{self.trainee}"

    # -- start-up --------------------------------------------------------------
    def get_default_screen(self):
        # The scenario list is the app's own first screen, not pushed over a blank
        # default one: drawn once, as soon as the app starts.
        return super().get_default_screen() if self.ask_trainee else PickerScreen(self.catalog)

    def first_screen(self) -> None:
        if self.ask_trainee:  # a shared seat: who is practising, first
            self.push_screen(SignInScreen())
            return
        self._library_shown()

    @on(SignInScreen.SignedIn)
    def _signed_in(self, event: SignInScreen.SignedIn) -> None:
        self.trainee = event.name
        self.sub_title = f"{self.SUB_TITLE} · 学员：{self.trainee}"
        self.pop_screen()
        self.push_screen(PickerScreen(self.catalog))
        self._library_shown()

    def _library_shown(self) -> None:
        # The records and the full check of the library come once the list is drawn.
        self.call_after_refresh(self._after_library_drawn)
        self._tell_problems()
        if self.start_scenario:
            entry = self.catalog.get(self.start_scenario)
            if entry is None:
                self.notify(f"找不到场景 {self.start_scenario}", severity="error", markup=False)
            else:
                self.start_call(entry)

    def _after_library_drawn(self) -> None:
        self.open_records()
        for screen in self.screen_stack:
            if isinstance(screen, PickerScreen):
                screen.load_records()
        if not self.catalog.complete:
            self.check_library_worker()

    @work(thread=True, exclusive=True, group="library", exit_on_error=False)
    def check_library_worker(self) -> None:
        """Check the whole library (the list on screen came from a quick read)."""
        try:
            checked = load_catalog(self.library_paths)
        except Exception as exc:  # noqa: BLE001 - said on screen; the previews stay listed
            self.call_from_thread(self.notify, f"场景库检查失败：{exc}", title="场景库", severity="error", timeout=15, markup=False)
            return
        try:
            self.call_from_thread(self._library_checked, checked)
        except RuntimeError:  # the app has already closed
            pass

    def _library_checked(self, checked: Catalog) -> None:
        self.catalog.take(checked)
        for screen in self.screen_stack:
            if isinstance(screen, PickerScreen):
                screen.refresh_list(keep=True)
        self._tell_problems()
        if self._start_when_loaded is not None:
            wanted, self._start_when_loaded = self._start_when_loaded, None
            entry = self.catalog.get(wanted)
            if entry is None:
                self.notify(f"场景 {wanted} 的文件有错误，无法开始（运行 peilian validate 查看）", severity="error", markup=False)
            else:
                self.start_call(entry)

    def _tell_problems(self) -> None:
        if self.catalog.problems:
            first = self.catalog.problems[0]
            self.notify(
                f"有 {len(self.catalog.problems)} 处场景文件错误，相关场景已跳过（运行 peilian validate 查看）：{first}",
                title="场景文件有误",
                severity="warning",
                timeout=10,
                markup=False,
            )

    def open_records(self) -> None:
        """Open the records database; when it cannot be used, the app still works, unsaved."""
        from simulator.records import RecordStoreError, open_store

        try:
            self.store = open_store(self.db_path)
        except RecordStoreError as exc:
            self.store = None
            self.records_error = str(exc)
            self.notify(f"{exc}\n练习仍可进行，但不会被保存。", title="练习记录", severity="error", timeout=15, markup=False)

    # -- moving between screens ------------------------------------------------
    @on(PickerScreen.StartRequested)
    def _start_requested(self, event: PickerScreen.StartRequested) -> None:
        self.start_call(event.entry)

    def _journal_for(self, entry, line):
        """Where this practice call is recorded; None (said in a notice) when it cannot be."""
        from simulator.records import RecordStoreError

        if self.store is None:
            self.notify(f"{self.records_error}\n这次练习不会被保存。", title="练习记录", severity="warning", timeout=10, markup=False)
            return None
        from simulator.records.journal import Journal

        try:
            return Journal.open(
                self.store,
                entry.scenario,
                trainee=self.trainee,
                seed=self.seed,
                mode="practice" if self.practice else "realistic",
                persona=entry.persona_name,
                start_line=line,
            )
        except RecordStoreError as exc:
            self.notify(f"{exc}\n这次练习不会被保存。", title="练习记录", severity="warning", timeout=10, markup=False)
            return None

    def start_call(self, entry) -> None:
        if not self.catalog.complete:  # the list came from the quick read: wait for the check
            self._start_when_loaded = entry.id
            self.notify("正在检查场景库，检查完马上开始这通电话……", title="请稍候", timeout=3)
            return
        from simulator.call import Call
        from simulator.engine.clock import PausableClock
        from simulator.engine.session import CallSession

        from .screens.call_screen import CallScreen

        try:
            # Its own clock: practice mode stops it while the trainee reads the feedback.
            session = CallSession(entry.scenario, seed=self.seed, clock=PausableClock(self.clock))
            line = session.start()
        except Exception as exc:
            self.notify(f"场景“{entry.title}”无法开始：{exc}", title="场景有误", severity="error", timeout=10, markup=False)
            return
        self.call = CallScreen(entry, Call(session, self._journal_for(entry, line)), practice=self.practice)
        self.push_screen(self.call)

    def leave_call(self, screen) -> None:
        """Leave a call before its end: the records keep it as unfinished."""
        screen.leave()
        if screen.busy:  # a turn still being graded: wait for it when the app exits
            self._left_calls.append(screen)
        self.call = None
        self.pop_screen()

    def on_call_screen_report_requested(self, event) -> None:
        from simulator.records.turns import ending_record
        from simulator.reports.call import ReportData

        from .screens.report_screen import ReportScreen

        screen = event.screen
        data = ReportData(
            title=screen.scenario.title,
            scenario_id=screen.scenario.id,
            persona=screen.entry.persona_name,
            records=list(screen.records),
            start_line=screen.start_line,
            ending=ending_record(screen.session.ending),
            finished=screen.ended,
            session_id=screen.call.journal.session_id if screen.call.journal is not None else None,
        )
        self.call = None
        self.switch_screen(ReportScreen(data))

    @on(PickerScreen.UnfinishedRequested)
    def _unfinished(self, event: PickerScreen.UnfinishedRequested) -> None:
        from simulator.reports.call import ReportData

        from .screens.report_screen import ReportScreen

        session = event.session
        entry = self.catalog.get(session.scenario_id)
        data = ReportData.from_journal(session, persona=entry.persona_name if entry else "")
        self.push_screen(ReportScreen(data, resume_id=session.session_id if session.resumable and entry else None))

    @on(PickerScreen.AuthorRequested)
    def _author(self, event: PickerScreen.AuthorRequested) -> None:
        from simulator.authoring.bench import AuthorBench

        from .screens.author_screen import AuthorScreen

        bench = AuthorBench(event.entry.scenario.path, seed=self.seed)
        errors = bench.load()
        if errors:  # the file changed on disk since the list was read
            self.notify(f"场景文件有 {len(errors)} 处错误：{errors[0]}", title="无法打开作者模式", severity="error", timeout=10, markup=False)
            return
        self.push_screen(AuthorScreen(bench))

    def on_author_screen_closed(self) -> None:
        self.pop_screen()

    @on(PickerScreen.HistoryRequested)
    def _history(self) -> None:
        from .screens.history_screen import HistoryScreen

        self.push_screen(HistoryScreen(self.trainee))

    def on_report_screen_back_requested(self) -> None:
        self.pop_screen()

    def on_report_screen_dispute_requested(self, event) -> None:
        self.file_dispute(event.screen, event.session_id, event.index, event.reason, event.turn)

    @work(thread=True, group="disputes", exit_on_error=False)
    def file_dispute(self, screen, session_id: str, index: int, reason: str, turn: dict) -> None:
        from simulator.records import RecordStoreError

        if self.store is None:
            self.call_from_thread(self.notify, self.records_error or "练习记录不可用，异议无法保存。", severity="error", timeout=8, markup=False)
            return
        try:
            self.store.file_dispute(session_id=session_id, index=index, trainee=self.trainee, reason=reason, turn=turn)
        except RecordStoreError as exc:
            self.call_from_thread(self.notify, str(exc), title="异议没有保存", severity="error", timeout=8, markup=False)
            return
        self.call_from_thread(screen.dispute_filed, index)
        self.call_from_thread(self.notify, "异议已提交。培训师处理后，结果会显示在“练习记录”里。", title="我有异议", timeout=6)

    def open_disputes(self) -> None:
        from .screens.dispute_screens import DisputesScreen

        self.push_screen(DisputesScreen())

    def on_disputes_screen_decision_made(self, event) -> None:
        self.decide_dispute(event.dispute_id, event.decision)

    @work(thread=True, group="disputes", exit_on_error=False)
    def decide_dispute(self, dispute_id: str, decision) -> None:
        from simulator.records import RecordStoreError

        try:
            self.store.decide_dispute(dispute_id, accepted=decision.accepted, decided_by=self.trainee, note=decision.note, expect=decision.expect)
        except RecordStoreError as exc:
            self.call_from_thread(self.notify, str(exc), title="没有保存", severity="error", timeout=8, markup=False)
        else:
            self.call_from_thread(self.notify, "已采纳，可用 peilian disputes export 导出为标注数据。" if decision.accepted else "已记下不采纳的理由。", timeout=5)
        self.call_from_thread(self._refresh_disputes)

    def _refresh_disputes(self) -> None:
        from .screens.dispute_screens import DisputesScreen

        if isinstance(self.screen, DisputesScreen):
            self.screen.load()

    @on(PickerScreen.DisputesRequested)
    def _disputes(self) -> None:
        self.open_disputes()

    def on_report_screen_again_requested(self, event) -> None:
        entry = self.catalog.get(event.scenario_id)
        self.pop_screen()
        if entry is not None:
            self.start_call(entry)

    def on_report_screen_resume_requested(self, event) -> None:
        entry = self.catalog.get(event.scenario_id)
        if entry is None or self.store is None:
            self.notify("找不到这个场景，无法接着这通电话。", severity="error")
            return
        self.notify("正在恢复通话……", timeout=3)
        self.resume_worker(entry, event.session_id)

    @work(thread=True, exclusive=True, group="resume", exit_on_error=False)
    def resume_worker(self, entry, session_id: str) -> None:
        """Replay the recorded turns (grading each reply again) off the UI thread."""
        from simulator.call import resume
        from simulator.engine.clock import PausableClock

        self.grader_ready.wait()
        try:
            resumed = resume(self.store, session_id, entry.scenario, clock=PausableClock(self.clock))
        except Exception as exc:  # ResumeError, RecordStoreError: said in Chinese
            self.call_from_thread(self.notify, str(exc), title="无法接着这通电话", severity="error", timeout=10, markup=False)
            return
        self.call_from_thread(self._resumed, entry, resumed)

    def _resumed(self, entry, resumed) -> None:
        from .screens.call_screen import CallScreen
        from .screens.report_screen import ReportScreen

        if isinstance(self.screen, ReportScreen):
            self.pop_screen()
        if resumed.session.ended:
            self.notify("这通电话在中断前已经结束，记录已补全。", title="练习记录")
            return
        from simulator.call import Call

        self.call = CallScreen(entry, Call(resumed.session, resumed.journal), practice=self.practice, replayed=resumed.records)
        self.push_screen(self.call)

    # -- actions ------------------------------------------------------------------
    def check_action(self, action: str, parameters) -> bool | None:
        if action == "toggle_practice" and parameters:
            # Show only the F2 that names the other mode.
            return parameters[0] == ("realistic" if self.practice else "practice")
        return True

    def action_toggle_practice(self, to: str | None = None) -> None:
        self.practice = not self.practice
        self.refresh_bindings()
        if self.call is not None and self.call.is_attached:
            self.call.apply_practice(self.practice)
        for screen in self.screen_stack:
            if isinstance(screen, PickerScreen):
                screen.show_mode()
        if self.practice:
            self.notify("练习模式：每说一句都显示反馈。", title="模式已切换")
        else:
            self.notify("实战模式：通话中不显示反馈和提示，挂机后看报告。", title="模式已切换")

    def wait_for_pending_turns(self, timeout: float = 10.0) -> None:
        super().wait_for_pending_turns(timeout)
        if self.store is not None:
            self.store.close()
            self.store = None


def make_app(
    scenarios: Iterable[str | Path] | None = None,
    *,
    catalog: Catalog | None = None,
    grader_loader: Callable[[], None] | None = None,
    **options,
) -> PeilianApp:
    """Build the app on the bundled scenarios (or the given files and folders).

    ``options`` are :class:`PeilianApp`'s: ``clock``, ``home``, ``db``, ``trainee``,
    ``seed``, ``practice``, ``theme``, ``start_scenario``, ``cursor_blink``,
    ``ask_trainee`` (ask the trainee's name first, on a shared seat).
    Records go to ``db`` (default: ``peilian.db`` in ``home``, else in the user's
    data directory), under the name ``trainee`` (default: $PEILIAN_TRAINEE, else
    the operating system's user name).

    Tests pass a ``ManualClock``, a ``home`` in a temporary directory, a slow
    ``grader_loader`` to prove the first screen does not wait for it, and
    ``cursor_blink=False`` for stable snapshots.
    """
    if catalog is None:
        # The list is drawn from a quick read; the app checks the library once it is up.
        from simulator.settings import data_dir

        home = options.get("home")
        catalog = preview_catalog(scenarios, cache_file=Path(home or data_dir()) / "cache" / "scenario-previews.json")
    return PeilianApp(catalog, grader_loader=grader_loader or load_grader, library_paths=scenarios, **options)
