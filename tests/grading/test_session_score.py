"""A call's scores by category tell the truth: one serious fault is never averaged away."""

from grading import aggregate, default_rubric, grade


def test_a_major_fault_pulls_its_category_below_the_pass_mark_however_many_good_turns():
    good = grade("您好，很高兴为您服务！请问有什么可以帮您？", "opening")
    bad = grade("这个我也不清楚。", "general", "我的宽带断了。")
    assert bad.verdict == "fail"
    score = aggregate([good] * 9 + [bad])
    pass_mark = default_rubric().pass_mark
    for category in {v.category for v in bad.violations if v.severity in ("major", "critical")}:
        assert score.by_category[category] < pass_mark, category
    assert score.by_category["critical"] == 100  # nothing 一票否决


def test_the_veto_category_is_all_or_nothing():
    insult = grade("你有病吧！", "abusive", "你们都是骗子！")
    assert insult.critical
    score = aggregate([grade("您好，很高兴为您服务！", "opening")] * 5 + [insult])
    assert score.by_category["critical"] == 0 and not score.passed


def test_praise_only_answers_what_the_customer_did():
    silent = grade("不客气，您好！请问有什么可以帮助您？", "silent_caller", "（无声）")
    assert "得体回应客户的感谢" not in silent.strengths
    thanked = grade("不客气，这是我应该做的。", "thanks", "谢谢你啊！")
    assert "得体回应客户的感谢" in thanked.strengths


def test_the_categories_are_named_for_what_text_can_show():
    labels = {c: cat.label for c, cat in default_rubric().categories.items()}
    assert labels["tone"] == "语气措辞" and labels["critical"] == "一票否决"
