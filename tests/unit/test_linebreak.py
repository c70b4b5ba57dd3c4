"""Chinese line breaking (simulator/tui/linebreak.py) on the cases trainees reported:
no "，" or "）" starting a line, no "（" ending one, numbers and Latin words whole,
and nothing lost or looping at any width."""


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich._wrap import divide_line as rich_divide_line

from simulator.tui.linebreak import CLOSING, OPENING, cell_width, divide_line, wrap


def lines(text: str, width: int) -> list[str]:
    """What a screen shows: each line without the spaces it ends with."""
    return [line.rstrip() for line in wrap(text, width)]


def test_a_phone_number_is_never_split():
    text = "账号就是我家座机号，0571-8823 1234，地址滨江区江南大道 88 号。"
    for width in range(16, 40):
        shown = lines(text, width)
        assert any("0571-8823 1234" in line for line in shown), (width, shown)
    assert any("0571-88231234" in line for line in lines("座机号是0571-88231234，请回电", 16))
    assert any("139 0571 6628，" in line for line in lines("跟您确认一下，回电号码是139 0571 6628，对吗？", 24))


def test_closing_punctuation_never_starts_a_line():
    text = "对不起，您的电话没有声音，麻烦您换一部电话再次打来，好吗？（再见）"
    for width in range(4, 40):  # narrower, "起，" is wider than a line and must be cut
        for line in lines(text, width)[1:]:
            assert line[0] not in CLOSING, (width, lines(text, width))
    # The reported case ("，麻烦您换一部电话" began a line): the comma goes with the character before it.
    text = "对不起，您的电话没有声音，麻烦您换一部电话再次打来"
    assert text[rich_divide_line(text, 24)[0]] == "，"  # as Rich wraps it
    assert lines(text, 24) == ["对不起，您的电话没有声", "音，麻烦您换一部电话再次", "打来"]


def test_opening_punctuation_never_ends_a_line():
    text = "来电：刘先生（平和，但很在意服务态度）“没关系”“不客气”《规范》"
    for width in range(4, 40):
        for line in lines(text, width)[:-1]:
            assert line[-1] not in OPENING, (width, lines(text, width))


def test_times_ranges_percentages_and_latin_words_stay_whole():
    text = "请在16:30前回电，等3-5天，满意度12.5%，打开peilian validate查看，按F5等待"
    for width in range(14, 50):
        joined = "|".join(lines(text, width))
        for whole in ("16:30", "3-5天", "12.5%，", "peilian", "validate", "F5"):
            assert whole in joined, (width, joined)


def test_a_score_stays_with_its_number():
    for width in range(4, 20):
        shown = lines("重复投诉：上门维修迟迟没来 97分", width)
        assert any("97分" in line for line in shown), (width, shown)
        assert not any(line == "分" for line in shown)
    assert lines("本轮得分97分", 10) == ["本轮得分", "97分"]


def test_cjk_breaks_between_any_two_characters():
    assert lines("无声电话：问候、稍停、再问候、礼貌结束", 24) == ["无声电话：问候、稍停、再", "问候、礼貌结束"]
    assert lines("中文和English混排也可以", 10) == ["中文和", "English混", "排也可以"]


def test_one_character_is_never_left_alone_on_the_last_line():
    # "…破口大骂的乘" then "客" read as a title cut short.
    assert lines("968862：被司机绕路多收钱、破口大骂的乘客", 38) == ["968862：被司机绕路多收钱、破口大骂的", "乘客"]
    assert lines("无声电话：问候、稍停、再问候、礼貌结束。", 36) == ["无声电话：问候、稍停、再问候、礼貌", "结束。"]
    assert lines("请按 F5", 6) == ["请按", "F5"]  # a word alone is fine
    # Nor at a line's end after a space: it goes down with the rest of its word.
    assert lines("服务规范  ▇        最近 88  平均 88", 21) == ["服务规范  ▇", "最近 88  平均 88"]


def test_a_title_wider_than_the_width_is_cut_at_the_edge_and_kept():
    title = "968862：被司机绕路多收钱、破口大骂的乘客"
    shown = wrap(title, 10)
    assert "".join(shown) == title
    assert all(cell_width(line.rstrip()) <= 10 for line in shown)
    # A unit wider than any line is cut when folding, left whole otherwise.
    assert wrap("ABCDEFGHIJ", 4) == ["ABCD", "EFGH", "IJ"]
    assert wrap("ABCDEFGHIJ", 4, fold=False) == ["ABCDEFGHIJ"]


@pytest.mark.parametrize("width", [-3, 0, 1, 2])
def test_tiny_widths_lose_nothing(width):
    for text in ("无声电话：问候、稍停", "0571-88231234", "a，b（c）", "（（（（", "，，，，", "  缩进  "):
        shown = wrap(text, width)
        assert "".join(shown) == text
        assert all(line for line in shown)
    assert wrap("中文字", 1) == ["中", "文", "字"]  # a character wider than the line, one per line
    assert wrap("中文字", 2) == ["中", "文", "字"]


def test_spaces_hang_and_indent_stays():
    assert wrap("    无声电话：两次问候后礼貌结束", 14) == ["    无声电话：", "两次问候后礼貌", "结束"]
    assert wrap("好的 ，谢谢", 8) == ["好的 ，", "谢谢"]  # the comma even after a space


def test_divide_line_is_textual_s_contract():
    text = "请您放心，我已经把工单升级为加急，值班长会在今天下午4点前亲自给您回电。"
    offsets = divide_line(text, 20)
    assert offsets == sorted(set(offsets)) and all(0 < o < len(text) for o in offsets)
    assert divide_line("短句", 20) == []


def test_long_text_wraps_in_linear_time(monkeypatch):
    """The characters looked at add up to a few times the text, however long: a pass that
    measured each line again from its start would look at them quadratically often.
    Counted, not timed, so a busy machine cannot fail it."""
    import simulator.tui.linebreak as linebreak

    looked_at = 0
    char, cell_len = linebreak._char, linebreak.cached_cell_len

    def counted_char(c):
        nonlocal looked_at
        looked_at += 1
        return char(c)

    def counted_cell_len(text):
        nonlocal looked_at
        looked_at += len(text)
        return cell_len(text)

    monkeypatch.setattr(linebreak, "_char", counted_char)
    monkeypatch.setattr(linebreak, "cached_cell_len", counted_cell_len)
    linebreak._offsets.cache_clear()  # a text wrapped before would not be looked at again
    unit = "您好，请问有什么可以帮助您？电话 0571-88231234，16:30 前回电。Hello world "
    for copies in (250, 4000):  # ~13,000 and ~212,000 characters
        text = unit * copies
        looked_at = 0
        shown = wrap(text, 37)
        assert "".join(shown) == text
        assert looked_at <= 3 * len(text), (len(text), looked_at)


UNITS = ["您", "好", "，", "。", "（", "）", "“", "”", "…", "、", "97", "分", "0571-8823", " ", "  ", "Hello", "F5", "16:30",
         "3-5", "%", "\u3000", "—", "Ａ", "１", "\u0301", "\u00a0", "x"]


def _without_trailing_blanks(line: str) -> str:
    """The line as seen: trailing spaces hang, and so do the zero-width marks among them
    (您\u3000\u200b shows one character)."""
    while line and (line[-1].isspace() or not cell_width(line[-1])):
        line = line[:-1]
    return line


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(UNITS) | st.text(max_size=3), max_size=30), width=st.integers(-2, 30))
def test_any_text_at_any_width(parts, width):
    text = "".join(parts).replace("\n", " ")
    shown = wrap(text, width)
    assert "".join(shown) == text
    assert all(shown) or text == ""
    limit = max(width, 1)
    for line in shown:
        visible = _without_trailing_blanks(line)
        # Folding: wider than the line only when it is one character wider than the line
        # (with any zero-width marks on it).
        if cell_width(visible) > limit:
            assert len([c for c in visible if cell_width(c)]) == 1, (width, shown)


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.sampled_from(UNITS), max_size=30), width=st.integers(1, 30))
def test_without_folding_only_an_unbreakable_unit_overflows(parts, width):
    text = "".join(parts)
    shown = wrap(text, width, fold=False)
    assert "".join(shown) == text
    for line in shown:
        visible = line.rstrip()
        if cell_width(visible) > width:
            # Its own line, and no break inside it would have been allowed.
            assert wrap(visible, 10_000) == [visible]
            assert divide_line(visible, 1, fold=False) == [], (width, shown)
