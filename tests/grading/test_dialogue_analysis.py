"""What the analysis knows beyond the words: whose words they are, the moment they
answer, and personal data the caller never gave."""

import pytest

from grading import Turn, analyze, grade
from grading.conditions import ConditionError, Env, compile_condition
from grading.dialogue import read_state
from grading.acts import default_lexicon

KNOWN = set(default_lexicon().acts)


def state(customer: str, *history: tuple[str, str]):
    return read_state(analyze(customer) if customer else None, [(role, analyze(text)) for role, text in history])


# --------------------------------------------------------------- reported speech

@pytest.mark.parametrize(
    "reply",
    [
        "您说的“骗子”是指哪一笔扣费？",
        "您说的骗子是指哪笔扣费？",
        "我不是说您不懂，这个流程确实比较复杂。",
        "您提到的《傻子瓜子》这家店，我帮您联系商家。",
        # The caller's problem said back to check it was understood.
        "您是说医保卡被锁了，不知道怎么解锁对吗？您别急。",
    ],
)
def test_quoted_and_denied_words_are_not_the_agents_offence(reply):
    acts = analyze(reply).acts
    assert not acts & {"insult", "dont_know", "ridicule"}, acts


def test_a_judgement_of_what_was_said_is_still_an_insult():
    assert "insult" in analyze("你讲的什么鸟语，谁听得懂！").acts
    assert "insult" in analyze("非常抱歉，不过你这是SB操作吧。").acts


def test_a_denial_held_up_as_a_favour_says_the_insult():
    # Not saying it is offered as a kindness: the words are said all the same.
    assert "insult" in analyze("不过说实话，我们前台没骂你SB已经很客气了。").acts
    assert "insult" not in analyze("我们前台并没有骂您，您别误会。").acts


@pytest.mark.parametrize("reply", ["这首歌是摇滚风格的。", "驴打滚是北京的传统小吃。", "请问您丢了什么东西？", "您这个月的费用是二百五十元。", "2B栋的电梯已经修好了。"])
def test_a_bad_character_inside_an_ordinary_word_is_no_insult(reply):
    assert "insult" not in analyze(reply).acts


@pytest.mark.parametrize("reply", ["滚！", "你给我滚出去。", "煞笔", "傻X", "nmsl", "你是哑巴吗？"])
def test_curses_in_every_spelling_are_insults(reply):
    assert grade(reply, "general", "我要查话费。").critical


# --------------------------------------------------------------- the moment

def test_the_state_reads_the_customers_line_and_the_history():
    s = state("不好意思，刚才说话有点急。", ("customer", "我家宽带又断了。"), ("agent", "非常抱歉，请问您的账号是多少？"))
    assert s.apologised and s.business_open and not s.finished and not s.customer_swore
    s = state("哦，打错了，不好意思。", ("customer", "是李老师家吗？"))
    assert s.wrong_number and not s.business_open
    s = state("没有了，谢谢。", ("customer", "帮我查下话费。"), ("agent", "您的余额是56元。"))
    assert s.done and s.finished and s.thanked and not s.business_open
    # Thanks with a "but" after it leaves the business open.
    s = state("谢谢啊，不过我那个退款还没到账呢。", ("customer", "我的退款怎么还没到？"), ("agent", "退款已经在处理中了。"))
    assert s.thanked and s.asked and s.business_open and not s.finished
    s = state("你们这帮废物！")
    assert s.customer_swore and s.swore_now
    s = state("（无声）", ("agent", "您好！请问有什么可以帮您？"), ("customer", "（无声）"), ("agent", "您好，听不到您的声音，请问有什么可以帮您？"))
    assert s.attempts == 2
    # Silence after the agent asked whether there is anything more: the caller has finished.
    s = state("（无声）", ("customer", "那就帮我把订金退到原卡吧。"), ("agent", "好的，订金已经为您申请原路退回。请问还有什么可以帮您？"))
    assert s.finished and not s.business_open
    # ... but not silence while the agent has gone to look.
    s = state("（无声）", ("customer", "帮我查下订单。"), ("agent", "请您稍等，我帮您查一下，还有其他问题吗？"))
    assert not s.finished


def test_a_caller_silent_after_anything_more_is_closed_the_standard_way():
    history = [("customer", "我想问下老年卡年审在哪里办。"), ("agent", "任一服务网点都能办，带身份证和卡就行。请问还有其他需要吗？")]
    for reply in ("对不起，听不到您的回应，如需帮助，欢迎您再次致电，祝您生活愉快，再见！", "您好，您还在吗？如果没有其他问题，我这边先结束通话了，有需要欢迎再打过来，再见。"):
        result = grade(reply, "silent_caller", "（无声）", history)
        assert result.verdict == "pass", [v.rule for v in result.violations]
    # Hanging up without a word is still no close.
    assert grade("（直接挂机）", "silent_caller", "（无声）", history).verdict == "fail"


def test_a_stage_direction_can_give_the_protocols_history():
    # Transcripts often say in one line what was tried before; the close that follows is the
    # protocol's last step, not a premature one.
    assert state("（第二次问候后仍无声）").attempts == 2
    assert state("（已两次提醒，客户继续辱骂）").warnings == 2
    close = "很抱歉，一直听不到您的声音，请您稍后再拨，再见。"
    assert grade(close, "silent_caller", "（第二次问候后仍无声）").verdict == "pass"
    assert grade(close, "silent_caller", "（无声）").verdict == "fail"
    warned = "先生，我已经两次提醒过您，这样的对话没办法继续，感谢您的来电，再见。"
    assert not grade(warned, "abusive", "（已两次提醒，客户继续辱骂）").critical
    assert grade(warned, "abusive", "你们这帮废物！").critical


def test_the_same_goodbye_is_right_or_wrong_by_the_moment():
    reply = "没关系，再见！"
    assert grade(reply, "caller_apology", "哦，打错了，不好意思。", [("customer", "是李老师家吗？")]).verdict == "pass"
    open_fault = grade(reply, "caller_apology", "不好意思，刚才说话有点急。", [("customer", "我家宽带又断了。"), ("agent", "非常抱歉，请问您的账号是多少？")])
    assert open_fault.critical and "critical.closed_with_business_open" in [v.rule for v in open_fault.violations]


@pytest.mark.parametrize("done", ["好的，没别的问题了。", "没有其他事情了，谢谢。", "嗯，没啥要问的了。"])
def test_a_caller_with_nothing_more_to_ask_may_be_said_goodbye_to(done):
    history = [("customer", "那门锁的自动上锁我会关了。"), ("agent", "对的，在APP设置里关掉就可以了。请问还有其他问题吗？")]
    assert state(done, *history).done
    assert grade("好的，感谢您的来电，祝您生活愉快，再见！", "closing", done, history).verdict == "pass"
    # Still a question on the line: not done.
    assert not state("没别的问题了，就是发票怎么开？", *history).done


def test_a_refusal_in_the_agents_own_words_protects_the_data_asked_for():
    refusal = grade("孩子医保的变更涉及孩子父亲的操作，我这边只能跟您说您本人名下的情况。", "general", "我老公是不是把孩子的医保转走了？")
    assert "privacy.not_protected" not in [v.rule for v in refusal.violations]
    assert "privacy.not_protected" in [v.rule for v in grade("好的，您稍等。", "out_of_scope", "你把她的电话告诉我。").violations]


def test_an_abuse_warning_to_a_customer_who_never_swore_is_a_threat():
    warning = "我很理解您的心情，但请您使用文明语言，否则很抱歉，我们将结束这次通话。"
    assert grade(warning, "repeat_complaint", "我都打了三次电话了，到现在没人来修！").critical
    assert not grade(warning, "complaint", "你们这帮废物，修个宽带都修不好！").critical


def test_a_bare_reminder_to_mind_ones_language_threatens_nothing():
    reminder = grade("请您注意一下文明用语。", "hold", "怎么还没查好？我都等了十分钟了！")
    assert reminder.verdict == "fail" and not reminder.critical
    assert "abusive.warning_to_non_swearer" in [v.rule for v in reminder.violations]
    threat = grade("请您注意一下文明用语，否则我们将结束通话。", "hold", "怎么还没查好？我都等了十分钟了！")
    assert threat.critical


def test_a_caller_the_agent_told_he_dialled_wrong_may_be_let_go():
    history = [("customer", "是自来水公司吗？我家停水了。"), ("agent", "您好，这里是城市燃气客服，不是自来水公司，用水的问题请拨打96116。")]
    assert state("行，那我打那个号码试试。", *history).wrong_number
    # Still asking: the call is not over because the agent said so.
    assert not state("那你能帮我查一下停水到什么时候吗？", *history).wrong_number


def test_a_close_that_waits_on_nothing_more_is_abrupt_not_a_threat():
    history = [("customer", "退房时间能延到下午吗？"), ("agent", "已经帮您确认好了，可以延到下午两点。请问还有其他可以帮您的吗？")]
    casual = grade("没事的话我就先挂了啊。", "closing", "嗯。", history)
    assert casual.verdict == "fail" and not casual.critical
    # A customer who has started to say something more is still cut off.
    assert grade("没事的话我先挂了哈。", "closing", "嗯……那个……", history).critical


def test_only_the_agents_own_reckoning_is_a_guess():
    assert "reckons" in analyze("不客气，估计后天就能到账了。").matches
    # The customer asked for an estimate; a length of time the work takes.
    assert "reckons" not in analyze("受灾面积您估计大概有多少亩？").matches
    assert "reckons" not in analyze("这个估计需要三个工作日。").matches


def test_a_hang_up_after_the_customer_finished_is_abrupt_not_a_threat():
    history = [("customer", "帮我查下话费余额。"), ("agent", "您的余额是56.8元。请问还有其他可以帮您的吗？")]
    after = grade("好的，那我挂了啊。", "closing", "没有了，就这些。", history)
    assert after.verdict == "fail" and not after.critical
    during = grade("您再这么大声我就挂电话了。", "complaint", "你们到底管不管？")
    assert during.critical


# --------------------------------------------------------------- personal data

def test_personal_data_the_caller_did_not_give_is_a_leak():
    leak = grade("好的，他姓张，电话是13912345678。", "complaint", "你们那个师傅态度太差了！")
    assert leak.critical and leak.violations[0].excerpt == "13912345678"
    readback = grade("跟您核对一下，您的电话是139 1234 5678，对吗？", "general", "我的电话是13912345678。")
    assert not readback.critical
    record = grade("请问您预留的手机号是13912345678，对吗？", "general", "我要改套餐。")
    assert not record.critical
    listing = grade("电话是010-81027028，13911367967。", "general", "这个景点的电话是多少？")
    assert not listing.critical
    order = grade("您的订单号是6222021234567890123，请您记一下。", "general", "我的订单号多少？")
    assert not order.critical


# --------------------------------------------------------------- condition forms

def env(reply, customer="", history=(), situation="general"):
    return Env(analyze(reply), analyze(customer) if customer else None, [(r, analyze(t)) for r, t in history], situation)


def test_new_condition_forms_hold_when_they_should():
    covered = compile_condition({"covered": {"acts": ["apology", "empathy"], "min": 0.8}}, KNOWN)
    assert covered(env("非常抱歉，我理解您的心情。"))[0]
    assert not covered(env("非常抱歉，您的快递明天到。"))[0]
    repeated = compile_condition({"repeated": {"acts": ["hold_notice"], "min": 2}}, KNOWN)
    assert not repeated(env("请您稍等。"))[0]  # 请您稍等 holds 稍等 too: one place
    assert repeated(env("请您稍等，请您稍等。"))[0]
    call = compile_condition({"call": {"thanked": True, "attempts": {"max": 0}}}, KNOWN)
    assert call(env("不客气。", "谢谢你！"))[0] and not call(env("不客气。", "好的。"))[0]
    situation = compile_condition({"situation": ["closing"]}, KNOWN)
    assert situation(env("再见", situation="closing"))[0] and not situation(env("再见"))[0]
    unseen = compile_condition({"unseen_data": True}, KNOWN)
    assert unseen(env("她的手机是13812345678。"))[0]
    echo = compile_condition({"echoes_customer": True}, KNOWN)
    assert echo(env("抢钱？成本就两百多。", "打个疫苗三百，抢钱啊！"))[0]
    assert echo(env("找院长？院长不管这个。", "我要找你们院长！"))[0]
    # Asking what the customer meant, or a question of one's own, throws nothing back.
    assert not echo(env("您说的“抢钱”是指哪笔费用？", "打个疫苗三百，抢钱啊！"))[0]
    assert not echo(env("请问是哪一笔订单？", "我要退款。"))[0]
    assert not echo(env("抢钱？"))[0]  # no customer line to echo
    # A back-office abbreviation is jargon unless the caller said it first (his ETC, his LPR).
    new_term = compile_condition({"not_from_caller": "foreign_term"}, KNOWN)
    assert new_term(env("您这张保单现在是LAPSE状态。", "我这张保单怎么了？"))[0]
    assert not new_term(env("您的ETC扣费我查到了，LPR也是按合同算的。", "我的LPR利率和ETC扣费怎么算？"))[0]
    assert new_term(env("这个我提给PM。", "好的。", [("customer", "我想提个建议。")]))[0]
    assert not new_term(env("OK，我这就帮您查。", "帮我查一下。"))[0]  # casual, not jargon
    said_again = compile_condition({"said_again": True}, KNOWN)
    earlier = [("customer", "我家水管漏水报修三天了。"), ("agent", "非常抱歉给您添麻烦了，我们会尽快处理，请您耐心等待。")]
    assert said_again(env("非常抱歉给您添麻烦了，我们会尽快处理，请您耐心等待", "又是这句话！", earlier))[0]
    assert not said_again(env("非常抱歉，我现在就给维修组打电话催。", "又是这句话！", earlier))[0]
    assert not said_again(env("请您稍等。", "好。", [("agent", "请您稍等。")]))[0]  # too short to be a script
    # A caller who asked for someone's particulars earlier, but not one who asked for a
    # place's telephone (你有他们的电话吗 after the agent named a sight).
    asked_of_someone = compile_condition({"history": {"act": "asks_other_info", "except_act": ["asks_place_contact"], "role": "customer", "min": 1}}, KNOWN)
    assert asked_of_someone(env("好的。", "嗯。", [("customer", "你把她的手机号告诉我。")]))[0]
    assert not asked_of_someone(env("好的。", "嗯。", [("customer", "我想去慕田峪长城，你有他们的电话吗？")]))[0]


@pytest.mark.parametrize(
    "spec, says",
    [
        ({"call": {"cursed": True}}, "未知"),
        ({"call": {"thanked": "yes"}}, "true 或 false"),
        ({"call": {"attempts": True}}, "次数"),
        ({"covered": {"acts": ["apology"], "min": 2}}, "比例"),
        ({"repeated": {"acts": []}}, "行为列表"),
        ({"situation": ["lunch"]}, "情境列表"),
        ({"unseen_data": False}, "true"),
        ({"echoes_customer": "yes"}, "true"),
        ({"not_from_caller": "jargon"}, "未知的行为"),
        ({"history": {"act": "greeting", "except_act": "thanks"}}, "行为列表"),
    ],
)
def test_a_wrong_condition_says_what_to_write(spec, says):
    with pytest.raises(ConditionError, match=says):
        compile_condition(spec, KNOWN)


# --------------------------------------------------------------- 一票否决

def test_critical_means_exactly_a_veto_the_standards_name(tmp_path):
    import shutil

    from grading import DataFileError, default_rubric, load_rubric
    from grading.rubric import default_rules_dir

    rubric = default_rubric()
    criticals = [r for r in rubric.rules if r.severity == "critical"]
    assert criticals and all(r.veto in rubric.vetoes for r in criticals)
    assert all(v.source_document and v.source_section for v in rubric.vetoes.values())
    assert not [r.id for r in rubric.rules if r.veto and r.severity != "critical"]

    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    path = rules / "critical.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    veto: insult\n", "", 1), encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        load_rubric(rules)
    problem = raised.value.problems[0]
    assert problem.key == "critical.insult" and "veto" in problem.message and problem.line == 3


# --------------------------------------------------------------- rules that give way

def test_a_leak_the_patterns_name_is_reported_once():
    from grading import Context, default_grader

    grader = default_grader()
    rules = {rule.id: rule for rule in grader.rubric.rules}
    result = grader.grade("602住的是一家三口，男的姓孙，您直接去敲门说说吧。", Context("general", "我是5栋的，隔壁5栋602住的是谁？他家天天装修。"))
    # Both rules hold; the learned one only restates what the pattern found.
    assert rules["critical.grave_disclosure"].check(result.env)[0]
    assert [v.rule for v in result.violations if v.severity == "critical"] == ["critical.private_info_leak"]


def test_a_disclosure_no_pattern_names_is_critical_and_points_at_the_words():
    result = grade("老王……王建军是吧，他每月是3860块。", "out_of_scope", "你帮我查查我邻居老王一个月领多少退休金。")
    found = [v for v in result.violations if v.rule == "critical.grave_disclosure"]
    assert result.critical and found
    # The stretches that weighed most, not the 他 that made the rule apply.
    assert found[0].excerpt and found[0].excerpt != "他"


def test_a_teachers_whereabouts_told_to_a_caller_are_a_disclosure():
    # 老师 is someone other than the caller: the learned disclosure model is asked.
    result = grade("感谢您的耐心等待。孙老师现在在二楼205上数学课，四点半下课，下课后一般在教师公寓休息。", "hold", "好的，我等着。", [("customer", "孙老师今天在学校吗？我有事找她。"), ("agent", "请您稍等，我帮您查一下。")])
    assert result.critical and "critical.grave_disclosure" in [v.rule for v in result.violations]


def _first_problem_of_rubric_with(tmp_path, file: str, written: str, instead: str):
    """The first problem reported when the built-in rubric, copied, has ``written`` in
    ``file`` replaced by ``instead``."""
    import shutil

    from grading import DataFileError, load_rubric
    from grading.rubric import default_rules_dir

    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    path = rules / file
    text = path.read_text(encoding="utf-8")
    assert written in text
    path.write_text(text.replace(written, instead, 1), encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        load_rubric(rules)
    return raised.value.problems[0]


def test_a_rule_may_only_give_way_to_a_rule_the_rubric_has(tmp_path):
    problem = _first_problem_of_rubric_with(tmp_path, "critical.yaml", "yields_to: [critical.private_info_leak]", "yields_to: [critical.private_info_leek]")
    assert problem.key == "critical.grave_disclosure" and "critical.private_info_leek" in problem.message
    assert problem.path.endswith("critical.yaml") and problem.line


def test_a_given_circumstance_must_hold_but_is_not_what_the_trainee_is_shown():
    pointing = compile_condition({"act": "apology"}, KNOWN)
    given = compile_condition({"given": {"act": "apology"}}, KNOWN)
    assert pointing(env("非常抱歉，我马上查。"))[1] is not None
    assert given(env("非常抱歉，我马上查。")) == (True, None)
    assert given(env("我马上查。")) == (False, None)


def test_the_rules_the_grader_skips_could_not_have_held():
    """The grader skips a rule when neither line shows an act it needs (Rule.needs,
    needs_customer, needs_either); on every rule's examples, no skipped rule holds."""
    from grading import Context, default_grader

    grader = default_grader()
    examples = [e for rule in grader.rubric.rules for e in rule.bad_examples + rule.good_examples if e.reply]
    checked = 0
    for example in examples:
        result = grader.grade(example.reply, Context(example.situation, example.customer, tuple(Turn(*t) for t in example.history)))
        acts = result.analysis.matches
        heard = result.env.customer.matches if result.env.customer is not None else {}
        for rule in grader.rubric.rules_for(result.situation):
            skipped = (
                (rule.needs is not None and rule.needs.isdisjoint(acts))
                or (rule.needs_customer is not None and rule.needs_customer.isdisjoint(heard))
                or (rule.needs_either is not None and rule.needs_either[0].isdisjoint(acts) and rule.needs_either[1].isdisjoint(heard))
            )
            if skipped:
                checked += 1
                assert not rule.check(result.env)[0], (rule.id, example.reply)
    assert checked > 10000


# --------------------------------------------------------------- shared conditions

def test_a_shared_condition_is_written_once_and_read_where_it_is_named(tmp_path):
    from grading.conditions import expand_shared

    shared = {"done": {"any": [{"call": {"finished": True}}, {"call": {"thanked": True}}]}}
    spec = {"all": [{"act": "apology"}, {"not": {"condition": "done"}}]}
    assert expand_shared(spec, shared) == {"all": [{"act": "apology"}, {"not": shared["done"]}]}
    with pytest.raises(ConditionError, match="是不是 done"):
        expand_shared({"condition": "don"}, shared)
    with pytest.raises(ConditionError, match="引用了自己"):
        expand_shared({"condition": "loop"}, {"loop": {"not": {"condition": "loop"}}})
    with pytest.raises(ConditionError, match="只有评分规则"):
        compile_condition({"condition": "done"}, KNOWN)

    # A rule naming a shared condition that is not there is reported by file and line.
    problem = _first_problem_of_rubric_with(tmp_path, "service_norms.yaml", "{condition: customer_done}", "{condition: customer_dnoe}")
    assert problem.key == "closing.abrupt_hang_up" and "customer_dnoe" in problem.message and "customer_done" in problem.message
    assert problem.path.endswith("service_norms.yaml") and problem.line


def test_the_call_may_end_where_the_protocols_say_and_nowhere_else():
    """One shared condition decides both rules: a hang-up said where the call may end is
    a rude close (major); said to a customer with business it is 一票否决."""
    from grading import Context, default_grader
    from grading.grader import Turn

    grader = default_grader()
    abuse = [("agent", "您好，请问有什么可以帮您？"), ("customer", "你们这帮废物！"),
             ("agent", "请您注意文明用语。"), ("customer", "废物！"),
             ("agent", "请您再次注意文明用语，否则我们将结束这次通话。")]
    abuse = tuple(Turn(role, text) for role, text in abuse)
    after_two = grader.grade("行了，挂了。", Context("abusive", customer="就骂你怎么了，废物！", history=abuse))
    cut_off = grader.grade("行了，挂了。", Context("complaint", customer="我的宽带三天都没修好！"))
    assert {v.rule for v in after_two.violations} >= {"closing.abrupt_hang_up"} and not after_two.critical
    assert "critical.hang_up_threat" in {v.rule for v in cut_off.violations} and cut_off.critical


def test_a_caller_gone_quiet_mid_call_may_be_offered_a_call_back():
    history = [
        Turn("agent", "周女士，麻烦您报一下订单号，我帮您查一下进度。"),
        Turn("customer", "好，你等一下啊，我找找单子。"),
    ]
    offer = grade("周女士，您还在吗？要是一时找不到，我先把情况记下来，稍后按来电号码给您回电。", "silent_caller", "（无声）", history=history)
    assert "silent.closed_without_greeting" not in [v.rule for v in offer.violations]
    dropped = grade("您先找吧，找到了再打过来，再见。", "silent_caller", "（无声）", history=history)
    assert dropped.verdict == "fail"


def test_a_caller_left_with_a_choice_to_make_has_business_when_the_line_goes_quiet():
    history = [
        Turn("customer", "你好，我想问下周六下午的亲子课还有位置吗？"),
        Turn("agent", "李女士您好，周六下午三点那场还剩两个位置，您需要我帮您留吗？"),
    ]
    assert state("（无声）", *[(t.role, t.text) for t in history]).agent_asked
    assert grade("李女士？人呢？……（挂机）", "silent_caller", "（无声）", history=history).critical
