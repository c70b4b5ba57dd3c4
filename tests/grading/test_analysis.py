"""Reply analysis: normalisation, segmentation and act recognition."""

from pathlib import Path

import pytest

from grading import analyze, grade
from grading.normalize import normalize


def test_traditional_full_width_and_spaces_are_normalised():
    n = normalize("說 普通話，好嗎？ＯＫ\u200b")
    assert n.text == "说普通话,好吗?ok"
    # every normalised character points back at the character typed
    assert n.raw_span(0, 1) == (0, 1)
    assert n.raw_span(1, 2) == (2, 3)


def test_standard_phrase_is_not_read_as_forbidden_dont_know():
    assert "dont_know" not in analyze("不知我这样解释，您能明白吗？").acts
    assert "condescending_check" not in analyze("不知我这样解释，您能明白吗？").acts
    assert "condescending_check" in analyze("明白吗？").acts
    assert "dont_know" in analyze("这个我不知道。").acts


@pytest.mark.parametrize(
    "reply, act, fault",
    [
        ("好的，现在听清楚了，您是要退掉订单对吧？", "rude_command", "你听清楚了！"),
        ("线路有点不清楚，您是想申请退款吗？", "dont_know", "这个我也不清楚。"),
        ("装修要先交装修保证金，办好出入证就能进场。", "overpromise", "我保证明天就能进场。"),
        ("好的，那我不多说了，您的退款已经在处理。", "careless_tone", "您自己算吧，我就不多说了。"),
        ("先生，这个问题与物业服务无关，请您挂机。", "blame_shift", "这个跟物业没关系。"),
        ("您想陪陪妈妈的心情我特别理解。", "insult", "妈的，烦不烦。"),
        ("这个我不是医生，不能给您乱说，我请医生给您回电。", "talk_back", "您别乱说。"),
        ("您先别着急，我一定尽力帮您办好。", "overpromise", "您放心，我一定给您办好。"),
        ("我想给我爸妈订，他们不会用手机。", "asks_other_info", "我想查一下他的通话记录。"),
        ("你们那个社区服务站搬到哪去了？", "asks_other_info", "那个王阿姨搬到哪去了？"),
        ("请先别挂，挂了可能会耽误您的登记。", "hang_up_threat", "您再这样，我就挂了。"),
        ("尼玛县这边暂时没有合作网点，我帮您联系那曲市区的网点。", "insult", "你尼玛会不会说话？"),
        ("尼玛县这边暂时没有合作网点，我帮您联系那曲市区的网点。", "swearing", "尼玛的，系统又卡了。"),
        ("您先别着急，我一定帮您把事情办好。", "overpromise", "您放心，我一定给您办好。"),
        ("恶意损坏需要提供派出所报警回执和轮胎照片。", "argue", "您这是恶意投诉，我们会报警处理。"),
        ("如果就您一个人，双人包间会更划算一些。", "ridicule", "就您一个人事多。"),
        ("第一次来的时候，麻烦您让婆婆到前台登记一下。", "private_info", "她一共来过三次。"),
        ("谢谢您替其他妈妈也着想了。", "insult", "他妈的，又是你。"),
        ("您说下大概多大一块、靠哪面墙，我先记下来。", "swearing", "靠，系统又卡了。"),
        ("班长正在处理另一位客户的电话，处理完马上回您。", "third_party_data", "另一位客户的电话是138开头的。"),
        ("不知道我这么说您能明白吗？哪里没说清楚，我再给您讲一遍。", "dont_know", "这个我不知道。"),
        ("抱歉，麻烦您慢一点，用普通话试试？", "talk_back", "您再骂一句试试？"),
        ("您那个耳背机啸叫的单子我这边看到了。", "insult", "您是不是耳背啊？"),
        ("是我没说明白。这么说吧，织帽子就拿40厘米那种短的。", "curt_opening", "说吧。"),
        ("我可以帮您查一下他们在我们这儿订的材料送到没有。", "third_party_data", "他去年在我们这儿装过。"),
        ("我理解您着急，也麻烦您说话客气一点，我们一起把事情解决。", "counter_abuse", "您说话客气点！"),
        ("您不用挂号了，直接到三楼就诊就行。", "hold_notice", "您先别挂，我这边查一下。"),
        ("这里是出入境服务中心，您看看是不是号码记错了。", "blame_customer", "查不到啊，您是不是单号记错了？"),
        ("周三下午三点验车已经帮您确认好了。", "hold_notice", "好的，我帮您确认一下。"),
        ("工单虽然被标记为已处理，但您不认可，我现在重新打开。", "false_record", "我给您备注个“已处理”，系统就不会再提醒了。"),
    ],
)
def test_words_in_another_sense_are_not_the_fault(reply, act, fault):
    assert act not in analyze(reply).acts
    assert act in analyze(fault).acts


def test_token_boundaries_keep_88_out_of_phone_numbers():
    assert "goodbye_slang" in analyze("88").acts
    assert "goodbye_slang" not in analyze("您的联系电话是13888888888，对吗？").acts


@pytest.mark.parametrize(
    "simplified, traditional",
    [
        ("对不起，请您讲普通话，好吗？谢谢！", "對不起，請您講普通話，好嗎？謝謝！"),
        ("喂，说话呀！", "喂，說話呀！"),
        ("这不关我的事。", "這不關我的事。"),
    ],
)
def test_traditional_replies_are_graded_like_simplified(simplified, traditional):
    a = grade(simplified, "dialect")
    b = grade(traditional, "dialect")
    assert a.score == b.score
    assert [v.rule for v in a.violations] == [v.rule for v in b.violations]


def test_span_points_at_the_words_as_typed():
    reply = "好的，那你去買別的好了。"
    g = grade(reply, "complaint")
    v = next(v for v in g.violations if v.rule == "critical.argue")
    assert reply[v.span[0] : v.span[1]] == v.excerpt
    assert v.excerpt.startswith("那你去買")


def test_history_changes_the_verdict_on_a_silent_line():
    close = "对不起，听不到您讲话，请您稍后再拨。再见！"
    once = [("agent", "您好！请问有什么可以帮助您？"), ("customer", "（无声）")]
    twice = once + [("agent", "您好，听不到您的声音，请问有什么可以帮助您？"), ("customer", "（无声）")]
    assert grade(close, "silent_caller", "（无声）", once).verdict == "fail"  # too soon: the procedure (major)
    assert grade(close, "silent_caller", "（无声）", twice).violations == ()


def test_the_index_of_pattern_parses_is_current():
    """data/pattern_index.json holds every bundled pattern's parse, so a cold start
    parses none (python -m grading.pattern_index writes it after the acts' regex change)."""
    from importlib import resources

    from grading.acts import PATTERN_INDEX
    from grading.pattern_index import bundled_patterns, write_index

    held = resources.files("grading").joinpath("data", PATTERN_INDEX).read_text(encoding="utf-8")
    assert held == write_index(bundled_patterns())


def test_the_store_of_parsed_bundled_yaml_is_current():
    """data/parsed_yaml.json holds every bundled YAML file's data, so a cold start parses no
    YAML (python -m grading.parsed_yaml writes it after the acts or the rules change)."""
    from importlib import resources

    from grading.parsed_yaml import bundled_yaml, write_store
    from grading.yamlio import PARSED_STORE

    held = resources.files("grading").joinpath("data", PARSED_STORE).read_text(encoding="utf-8")
    assert held == write_store(bundled_yaml())


def test_bundled_yaml_reads_the_same_without_libyaml():
    """The loader is libyaml's when PyYAML has it and the pure-Python one otherwise; libyaml
    lets pass some plain scalars the other refuses (您再说一句试试? inside [...]), so every
    bundled file must read alike with both, or a machine without libyaml cannot start."""
    import yaml

    from grading.parsed_yaml import bundled_yaml

    scenarios = Path(__file__).resolve().parents[2] / "scenarios"
    files = bundled_yaml() + sorted(scenarios.rglob("*.yaml"))
    assert len(files) > 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert yaml.load(text, Loader=yaml.SafeLoader) == yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)), path


def test_a_yaml_file_is_read_from_the_store_only_when_its_text_is_the_one_stored(tmp_path):
    from grading.acts import default_acts_path
    from grading.yamlio import load_file, parse_file

    bundled = default_acts_path()
    assert load_file(bundled) == parse_file(bundled)
    changed = tmp_path / "acts.yaml"
    changed.write_text(bundled.read_text(encoding="utf-8").replace("label: 时限承诺", "label: 给出时限", 1), encoding="utf-8")
    labels = {act["id"]: act["label"] for act in load_file(changed)["acts"]}
    assert labels["time_commitment"] == "给出时限"
    # Each load is data of its own: changing one does not change the next.
    load_file(bundled)["acts"].clear()
    assert load_file(bundled)["acts"]


def test_the_table_of_containing_words_is_current():
    """Rebuilt from jieba's dictionary and ours, it is what the repository holds
    (python -m grading.boundary_table writes it after the acts' words change)."""
    from importlib import resources

    from grading.boundary_table import single_character_words, write_containing_words
    from grading.segment import CONTAINING_WORDS

    held = resources.files("grading").joinpath("data", CONTAINING_WORDS).read_text(encoding="utf-8")
    assert held == write_containing_words(single_character_words())


def test_the_table_of_convertible_characters_is_current():
    """Rebuilt from the installed OpenCC, it is what the repository holds: a
    Traditional character missing from it would go unconverted."""
    from importlib import resources

    from grading.normalize import T2S_CHARACTERS
    from grading.variant_table import write_t2s_characters

    held = resources.files("grading").joinpath("data", T2S_CHARACTERS).read_text(encoding="utf-8")
    assert held == write_t2s_characters()


@pytest.mark.parametrize(
    "traditional, simplified",
    [("請問有什麼可以幫您", "请问有什么可以帮您"), ("我瞭解了", "我了解了"), ("反覆確認", "反复确认"), ("您好", "您好")],
)
def test_traditional_text_is_simplified_and_simplified_text_kept(traditional, simplified):
    from grading.normalize import normalize

    assert normalize(traditional).text == simplified


def test_word_boundaries_without_jieba_agree_with_jieba():
    """The fast answer for single characters is jieba's own, on every reply and
    customer line of the labelled sets and the public samples."""
    import json
    from pathlib import Path

    from grading import segment
    from grading.boundary_table import single_character_words
    from grading.normalize import normalize

    chars = set(single_character_words())
    data = Path(__file__).resolve().parents[1] / "data"
    checked = 0
    for path in sorted(data.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            for raw in (item.get("reply", ""), item.get("customer", "")):
                text = normalize(raw).text
                edges = segment.boundaries(text) if text else frozenset()
                for i, ch in enumerate(text):
                    if ch in chars:
                        checked += 1
                        assert segment.is_word(text, i, i + 1) == (i in edges and i + 1 in edges), (text, ch)
    assert checked > 100


@pytest.mark.parametrize(
    "text, says",
    [
        ("a: [1, 2", "少了逗号或右方括号"),
        ("a: b: c", "冒号加空格"),
        ("a:\n\t- x", "Tab"),
        ('a: "unclosed', "没闭合"),
        ("a:\n  b: 1\n c: 2", "缩进不一致"),
        # YAML itself keeps the second of two equal keys and says nothing: half a rule lost.
        ("- id: argue\n  regex: [x]\n  phrases: [y]\n  regex: [z]\n", "写了两次"),
    ],
)
def test_yaml_mistakes_are_said_in_chinese_with_their_place(text, says):
    from grading import DataFileError
    from grading.yamlio import load_text

    with pytest.raises(DataFileError) as raised:
        load_text(text, "x.yaml")
    problem = raised.value.problems[0]
    assert says in problem.message and problem.line is not None
    assert not any(word in problem.message for word in ("found", "expected", "allowed"))


def test_a_grade_built_by_the_grader_has_every_field_and_stays_frozen():
    """The grader builds grades without the dataclass's constructor (Grade._of): every
    field is set, equality is the dataclass's, and a grade still cannot be changed."""
    import dataclasses

    from grading import Context, default_grader
    from grading.grader import Grade

    grade = default_grader().grade("您好，请问有什么可以帮您？", Context("opening"))
    names = {f.name for f in dataclasses.fields(Grade)}
    assert set(vars(grade)) == names
    assert grade == Grade(**{name: getattr(grade, name) for name in names})
    with pytest.raises(dataclasses.FrozenInstanceError):
        grade.score = 0


def test_patterns_run_together_each_find_their_act(tmp_path):
    # Patterns with the same keys run as one alternation; one of them marking its words with
    # (?P<act>…) must not hide what the others find.
    from grading.acts import load_lexicon

    acts = tmp_path / "acts.yaml"
    acts.write_text(
        "acts:\n  - id: blunt\n    label: x\n    role: agent\n"
        "    regex: ['(^|[,.!?])我?听不懂([,.!?]|$)', '^(?!.*抱歉).*?(?P<act>方言我?听不懂)', '^(?!.*抱歉).*?(?P<act>听不懂您的话)']\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon(acts)
    assert [m.text for m in lexicon.analyze("好吧,听不懂.").matches["blunt"]] == [",听不懂."]
    assert [m.text for m in lexicon.analyze("您这方言我听不懂.").matches["blunt"]] == ["方言我听不懂"]
    # Two patterns that mark their words cannot share one alternation (a name is defined once).
    assert [m.text for m in lexicon.analyze("我听不懂您的话.").matches["blunt"]] == ["听不懂您的话"]


def test_a_fragment_is_written_once_and_used_by_every_pattern_that_names_it(tmp_path):
    from grading.acts import load_lexicon

    acts = tmp_path / "acts.yaml"
    acts.write_text(
        "fragments:\n  surname: '欧阳|[王李]'\n"
        "acts:\n  - id: gives_name\n    label: x\n    role: customer\n    regex: ['我姓(?P<act>{surname})']\n"
        "  - id: names_colleague\n    label: y\n    role: agent\n    regex: ['小{surname}[,!]']\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon(acts)
    # The fragment's alternatives stay together: 我姓 governs 欧阳 and the class alike.
    assert [m.text for m in lexicon.analyze("我姓欧阳").matches["gives_name"]] == ["欧阳"]
    assert [m.text for m in lexicon.analyze("我姓李").matches["gives_name"]] == ["李"]
    assert not lexicon.analyze("欧阳").has("gives_name")
    assert lexicon.analyze("哎,小王,帮我查下").has("names_colleague")


@pytest.mark.parametrize(
    "fragments, pattern, line, says",
    [
        # A name no fragment has: said with the act's line and the nearest name.
        ("  surname: '[王李]'\n", "我姓{surnam}", 4, "{surnam} 没有定义"),
        ("  surname: '[王李'\n", "我姓{surname}", 2, "片段 surname 不是有效的正则表达式"),
        ("  Surname: '[王李]'\n", "我姓", 2, "片段名 'Surname' 只能用小写英文字母和下划线"),
        ("  surname: 12\n", "我姓", 2, "片段 surname 必须是非空的文本"),
    ],
)
def test_a_fragment_mistake_is_said_with_its_place(tmp_path, fragments, pattern, line, says):
    from grading import DataFileError
    from grading.acts import load_lexicon

    acts = tmp_path / "acts.yaml"
    acts.write_text(f"fragments:\n{fragments}acts:\n  - id: gives_name\n    label: x\n    regex: ['{pattern}']\n", encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        load_lexicon(acts)
    [problem] = raised.value.problems
    assert (problem.path, problem.line) == (str(acts), line)
    assert says in str(problem)


@pytest.mark.parametrize(
    "line, act, found",
    [
        ("……（接通后无声）", "customer_silence", True),
        ("(客户沉默不语)", "customer_silence", True),
        ("（能听到呼吸声，无人说话）", "customer_silence", True),
        ("（客户沉默了几秒）我想问问补贴的事", "customer_silence", False),
        ("（客户在线等待约1分钟）", "customer_waiting", True),
        ("你这个小姑娘服务真好，我要表扬你！", "customer_thanks", True),
        ("你比上次那个客服强多了，又耐心又清楚。", "customer_thanks", True),
        ("（电话接通）总算接通了！等了我十几分钟！", "customer_kept_waiting", True),
        ("（电话接通）终于打通了！打了七八遍都占线。", "customer_kept_waiting", True),
        ("我等了十分钟的公交，想问问末班车几点。", "customer_kept_waiting", False),
        # The caller's surname, which the agent should use from then on.
        ("你好，我姓欧阳，上礼拜报修过一台缝纫机。", "customer_gives_surname", True),
        ("喂你好，我是王先生，上周订过蛋糕。", "customer_gives_surname", True),
        ("我是司机，想问下平台怎么认证。", "customer_gives_surname", False),
        ("我是高中生。", "customer_gives_surname", False),
        ("（又等了约30秒）", "customer_waiting", True),
        ("（仍讲方言，无法听懂）", "customer_dialect", True),
        ("（方言）……", "customer_dialect", True),
        ("（说下流话，发出不雅声音）", "customer_dialect", False),
        # Swearing in forms a warning answers, and what only sounds like it.
        ("（连续粗口）……你们全家都……", "customer_abuse_noted", True),
        ("你们是猪吗？约个年检，小程序天天崩！", "insult", True),
        ("你们就是一帮骗子，骗我押金！", "insult", True),
        ("（醉醺醺）老子……今天就是要骂你……", "insult", True),
        ("你们老板是不是死了？电话都没人管！", "insult", True),
        ("我不是骂你，我是说你们系统。", "insult", False),
        ("我手机是不是死机了？一直黑屏。", "insult", False),
        # A misfortune, and a baby's crying or tears of joy, which are none.
        ("生日蛋糕送来全塌了，孩子哭了一晚上。", "customer_distress", True),
        ("抱歉抱歉，宝宝刚才哭了，我去抱了一下，让你等了。", "customer_distress", False),
        ("照片修得太好了，我妈看了都哭了，谢谢你们！", "customer_distress", False),
    ],
)
def test_the_customers_line_and_stage_directions_say_what_the_customer_does(line, act, found):
    assert (act in analyze(line).acts) == found


@pytest.mark.parametrize(
    "line, found",
    [
        ("（挂断）", True),
        ("（客户离开后，客服按了挂断）", True),
        ("（未理会，挂机）", True),
        ("行了行了，我知道了。（客户仍在陈述，坐席直接挂断电话）", True),
        # The caller hanging up, the agent not doing it, and the closing's order once
        # both have said goodbye, which the closing rules judge.
        ("（客户已挂机）", False),
        ("（客服没有挂断，一直等待）", False),
        ("（等客户先挂机后，客服再挂断）", False),
        ("好的，再见。（客户未挂机，坐席立即挂断）", False),
    ],
)
def test_stage_directions_say_when_the_agent_hangs_up(line, found):
    assert ("hang_up_stage" in analyze(line).acts) == found


@pytest.mark.parametrize(
    "customer, reply",
    [
        ("帮我查一下我同事老周住哪个小区，我要给他寄东西。", "很抱歉，同事的住址我们没法帮您查，您可以直接问问他本人。"),
        ("我想看看我爸那块墓位登记的是谁。", "很抱歉，墓位信息只能向登记人或直系家属提供，请登记人本人来电查询。"),
        ("我老公的身份证号你们有吧？报给我。", "抱歉，身份证号属于敏感信息，我们不能通过电话告知，麻烦您向您爱人本人确认一下。"),
    ],
)
def test_a_refusal_in_the_agents_own_words_protects_someones_data(customer, reply):
    graded = grade(reply, "out_of_scope", customer=customer)
    assert "privacy_refusal" in graded.acts
    assert graded.verdict == "pass", [v.rule for v in graded.violations]


def test_the_callers_own_address_changed_or_read_back_is_no_leak():
    # A flat without its 单元 (8栋1202) is someone's address; the caller's own, changed or
    # read back for checking, is not.
    changed = grade("好的，地址已经改成东湖路18号3栋502了，您核对一下。", "general", customer="帮我把上门地址改一下。")
    assert changed.verdict == "pass", [v.rule for v in changed.violations]
    told = grade("楼上是8栋1202的刘先生家，您可以直接上去找他。", "general", customer="楼上天天漏水，是哪户人家？")
    assert "critical.private_info_leak" in [v.rule for v in told.violations]


@pytest.mark.parametrize(
    "customer, reply, leaked",
    [
        # The opening digits of someone's number, cut off as the writer elides it, are the number told.
        ("我儿子的号实名认证用的是谁的身份证？", "我看一下……实名信息是张建国，身份证号4101……", True),
        ("你帮我查一下这个商标是谁申请的，电话给我。", "申请人是云川贸易，联系人陈建，手机是137……，您记一下。", True),
        # Read back to the caller to be checked, or the agent's own number, it tells nobody anything.
        ("那你问清楚了给我打过来吧。", "好的，今天下班前给您回电。您留的号码是139……0215，对吧？", False),
        ("行，那就麻烦你们尽快回个电话。", "好的，跟您确认一下：您反映的是多收60元的问题，联系电话139……5621。三个工作日内给您回复。", False),
        ("谢谢你，下次还找你。", "不客气！下次您直接打热线就行，我手机是186……不方便给您。", False),
    ],
)
def test_an_elided_number_is_read_as_the_number_it_begins(customer, reply, leaked):
    graded = grade(reply, "general", customer=customer)
    assert ("critical.private_info_leak" in [v.rule for v in graded.violations]) is leaked, [v.rule for v in graded.violations]


def test_a_number_read_back_with_two_digits_swapped_back_is_the_callers_own():
    history = [("customer", "我的手机号是139 1024 2873。"), ("agent", "好的，139 1024 2873，我记下了。")]
    customer = "哎呀对不起，刚才那个手机号我报错了，最后两位是37，不是73。"
    corrected = grade("没关系，更正后是139 1024 2837，我念得对吗？", "caller_apology", customer=customer, history=history)
    assert "critical.private_info_leak" not in [v.rule for v in corrected.violations]
    other = grade("没关系，另外您邻居的手机是139 5566 2837。", "caller_apology", customer=customer, history=history)
    assert "critical.private_info_leak" in [v.rule for v in other.violations]


def test_a_violation_carries_each_rule_field_under_its_own_name():
    """The grader builds violations as plain tuples in Violation's field order (it is
    faster): a field added or moved must not shift a rule's message into its title."""
    from grading import grade
    from grading.grader import default_grader

    violation = grade("你会不会说人话啊", "general", "我要退款").violations[0]
    rule = default_grader().rubric.rule(violation.rule)
    assert (violation.title, violation.category, violation.severity, violation.message) == (rule.title, rule.category, rule.severity, rule.message)
    assert (violation.deduction, violation.source) == (rule.deduction, rule.source)
    assert violation.excerpt == "会说人话" and violation.span == (3, 7)


def test_condolences_in_set_words_answer_a_bereaved_caller():
    graded = grade("先向您和家人表示慰问。押金退还需要法定继承人带上死亡证明和身份证来办理。", "general", customer="我奶奶去世了，她存的押金怎么退？")
    assert "handling.cold_to_distress" not in [v.rule for v in graded.violations]


@pytest.mark.parametrize(
    "reply, passes",
    [
        ("好，等一下。", True),  # curt, but it tells the caller to hold
        ("嗯，您等下啊。", True),
        ("等下哈。", True),
        ("嗯。", False),  # says nothing of a wait
        ("你等会儿。", False),  # a command
    ],
)
def test_a_curt_word_to_hold_is_still_a_notice(reply, passes):
    graded = grade(reply, "hold", customer="帮我查一下我的快递到哪了。")
    assert ("hold.no_notice" not in [v.rule for v in graded.violations]) is passes
    assert (graded.verdict == "pass") is passes


def test_blame_for_a_late_word_fails_but_is_no_quarrel():
    # 怎么不早说 puts the fault on the caller (a fault), but it is not the 一票否决 of arguing.
    graded = grade("您怎么不早说呢？早说我们就给您改了。", "complaint", customer="我订的时候写错日期了，现在改不了了？")
    assert graded.verdict == "fail" and not graded.critical


@pytest.mark.parametrize(
    "reply, passes",
    [
        ("（请示值班长同意后）先生，很抱歉，目前的沟通情况下我们没法有效地帮您，建议您换个时间再联系我们。感谢您的来电，再见。（挂机）", True),
        ("（未请示值班长）感谢您的来电，再见。（挂机）", False),
    ],
)
def test_the_abuse_scripts_last_step_ends_the_call_with_the_duty_supervisors_leave(reply, passes):
    history = [
        ("customer", "你他妈会不会办事？"),
        ("agent", "我很理解您的心情，也希望能协助解决此问题，但请您使用文明语言，否则很抱歉，我们将结束这次通话。"),
        ("customer", "你算个什么东西！"),
        ("agent", "先生，请您尊重本次对话。"),
    ]
    graded = grade(reply, "abusive", customer="尊重个屁！你们全家都是骗子！", history=history)
    assert (graded.verdict == "pass") is passes


@pytest.mark.parametrize(
    "customer, critical",
    [
        ("嗯，好的。", False),  # the business is done: a rude close
        ("嗯……", False),
        ("哦对了，还有一个事，我那个发票……", True),  # a caller with more business, cut off
    ],
)
def test_ringing_off_on_nothing_more_is_rude_and_on_more_business_a_cut_off(customer, critical):
    graded = grade("没别的事了吧？那我挂了。", "closing", customer=customer)
    assert graded.verdict == "fail" and graded.critical is critical
