"""Trainer reports: the HTML is well formed, self-contained, and shows what happened
(read from SQLite and from PostgreSQL: the ``records_db`` fixture)."""

import csv
import io
from html.parser import HTMLParser

from grading import default_rubric
from simulator.reports.cohort import build_report
from simulator.reports.csv_export import sessions_csv
from simulator.reports.html import render_html

VOID = {"meta", "br", "img", "hr", "input", "link"}


class _Balance(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.errors, self.text = [], [], []
        self.external = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href") and value and "://" in value:
                self.external.append(value)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(tag)
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def _store(records_db):
    store = records_db.store()
    for trainee, reply, score, passed in [("王芳", "喂，说话呀！", 30, False), ("李雷", "您好！请问有什么可以帮助您？", 100, True)]:
        sid = store.begin_session(trainee=trainee, scenario_id="silent", scenario_title="无声电话")
        violations = [] if passed else [{"rule": "attitude.rude_command", "category": "attitude", "severity": "major", "excerpt": "说话呀"}]
        store.record_turn(sid, 0, "reply", reply, {"grade": {"score": score, "violations": violations}})
        store.finish_session(sid, outcome="x", good_ending=passed, ending_label="结束", score=score, passed=passed,
                             summary={"by_category": {"attitude": 65 if not passed else 100, "service_norms": 100}})
    sid = store.begin_session(trainee="李雷", scenario_id="silent", scenario_title="无声电话", mode="exam", exam_id="cert")
    store.finish_session(sid, outcome="x", good_ending=True, ending_label="结束", score=95, passed=True, summary={})
    return store


def test_html_report_is_well_formed_offline_and_complete(records_db):
    store = _store(records_db)
    rubric = default_rubric()
    page = render_html(
        build_report(store),
        {c: cat.label for c, cat in rubric.categories.items()},
        {r.id: r.title for r in rubric.rules},
    )
    parser = _Balance()
    parser.feed(page)
    assert parser.errors == [] and parser.stack == []
    assert parser.external == [] and "<script" not in page
    text = "".join(parser.text)
    assert "王芳" in text and "李雷" in text
    assert "服务态度" in text  # category bars carry Chinese labels
    assert "attitude.rude_command" in text and "命令、催促客户" in text
    assert "<mark>说话呀</mark>" in page  # the words at fault, highlighted in a real reply
    assert "考试结果" in text and "通过" in text


def test_csv_has_one_row_per_session(records_db):
    store = _store(records_db)
    rows = list(csv.DictReader(io.StringIO(sessions_csv(store.sessions(), ["attitude", "service_norms"]))))
    assert len(rows) == 3
    assert {r["trainee"] for r in rows} == {"王芳", "李雷"}
    assert rows[0]["category:attitude"] == "65"


def test_the_cohort_counts_exam_attempts_not_calls_and_lists_criticals_first(records_db):
    store = records_db.store()
    # One attempt of two calls (one ended badly), and a trainee's practice with many minors.
    for number, (good, label) in enumerate([(True, "礼貌结束"), (False, "客户愤而挂机")]):
        sid = store.begin_session(trainee="赵敏", scenario_id=f"s{number}", scenario_title=f"场景{number}", mode="exam",
                                  exam_id="cert", attempt_id="attempt-1")
        store.finish_session(sid, outcome="x", good_ending=good, ending_label=label, score=90, passed=good, summary={})
    sid = store.begin_session(trainee="赵敏", scenario_id="p", scenario_title="练习")
    minors = [{"rule": "service.no_courtesy", "category": "service_norms", "severity": "minor"}] * 5
    critical = [{"rule": "critical.insult", "category": "critical", "severity": "critical", "excerpt": "有病"}]
    store.record_turn(sid, 0, "reply", "好", {"grade": {"score": 92, "violations": minors}})
    store.record_turn(sid, 1, "reply", "你有病吧", {"grade": {"score": 0, "violations": critical}})
    report = build_report(store)
    [attempt] = report.attempts
    assert (attempt.trainee, attempt.exam_id, attempt.number, len(attempt.calls), attempt.result) == ("赵敏", "cert", 1, 2, "未通过")
    [summary] = report.trainees
    assert (summary.exams_passed, summary.exams_failed) == (0, 1)
    assert [rule for rule, _ in report.rules_worst_first()][0] == "critical.insult"  # though minors are more frequent
    rubric = default_rubric()
    page = render_html(report, {c: cat.label for c, cat in rubric.categories.items()}, {r.id: r.title for r in rubric.rules})
    assert "客户愤而挂机（不理想）" in page and "一票否决：1 次" in page
    assert page.index("critical.insult") < page.index("service.no_courtesy")


def test_html_report_breaks_lines_by_chinese_rules_and_keeps_numbers_whole(records_db):
    store = records_db.store()
    sid = store.begin_session(trainee="王芳", scenario_id="noisy", scenario_title="听不清")
    reply = "您的座机是0571-8823 1234，师傅 16:30 上门，3-5天修好，您先挂了吧。"
    violation = {"rule": "service.hang_up_first", "category": "service_norms", "severity": "major", "excerpt": "您先挂了吧"}
    store.record_turn(sid, 0, "reply", reply, {"grade": {"score": 60, "violations": [violation]}})
    store.finish_session(sid, outcome="x", good_ending=False, ending_label="结束", score=60, passed=False, summary={})
    page = render_html(build_report(store), {}, {})
    assert "line-break:strict" in page and "word-break:normal" in page
    for number in ("0571-8823 1234", "16:30", "3-5天"):
        assert f'<span class="num">{number}</span>' in page
    assert "<mark>您先挂了吧</mark>" in page
    assert '<span class="num">1 次</span>' in page  # a count with its word
