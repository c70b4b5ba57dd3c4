"""Where a line of Chinese (or mixed Chinese and Latin) text may break, by the usual
Chinese typesetting rules, measured in terminal cells (a Chinese character is two).

- Closing punctuation (，。、；：？！）」』】》… and the like) never starts a line, and
  opening punctuation (（「『【《“ and the like) never ends one: each goes with its
  neighbour to the next line.
- Latin words and numbers stay whole: ``0571-88231234``, ``16:30``, ``12.5%``, ``3-5``,
  a number written in groups (``139 0571 6628``) and a number with the Chinese word
  that counts it (``97分``, ``15 元``).
- Anywhere else a line may break between two Chinese characters, and after a space.

:func:`divide_line` answers what Textual asks its wrapping function (where to cut a
line, as character offsets), so :func:`install` can put it in place of Rich's, which
only knows spaces: it cut Chinese anywhere and numbers in the middle.  :func:`wrap`
is the same for plain text.  One pass over the text, no dictionary (no jieba):
wrapping runs on every repaint.

Nothing here imports Textual at module level; Rich (which Textual brings) measures
the cells, as the app's screen does.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import accumulate

from rich.cells import cached_cell_len, get_character_cell_size

# Never at the start of a line.
CLOSING = frozenset(
    "，。、；：？！）」』】》〉〕〗〙〛｝］｠｣”’…‥—～·・％‰℃°々〞〟．"
    ",.;:?!)]}%"
)
# Never at the end of a line.
OPENING = frozenset("（「『【《〈〔〖〘〚｛［｟｢“‘〝¥￥$＄£€([{")
# Spaces that join rather than separate: no break on either side.
NO_BREAK = frozenset("\u00a0\u202f\u2060\ufeff")
# Between two numbers these make a range (3～5, 3—5): kept whole.
RANGE_MARKS = frozenset("～－—–~-")
# What a number written in Latin digits is made of (with the digits).
NUMBER_MARKS = frozenset(".,:/-+%$#~")
# Words that count or measure, kept with their number across a space too (15 元, 3 秒);
# written straight after a number (97分, 4点前), any Chinese character is kept with it.
COUNTING = frozenset("分秒元角块次个天号年月日时点岁人位名条项件遍轮通幢栋层楼室米里斤克度倍页章节台部张份周")

_SPACE, _WORD, _MARK, _WIDE, _ZERO = range(5)  # kinds of character (see _char)


def cell_width(text: str) -> int:
    """How many terminal cells ``text`` takes (a Chinese character is two)."""
    return cached_cell_len(text)


@lru_cache(maxsize=None)  # as many entries as distinct characters wrapped: a few thousand
def _char(char: str) -> tuple[int, int]:
    """(cells, kind): a space (a line may break after it), a letter, digit or sign of a
    Latin word or number, narrow Chinese punctuation (“ ” … —), a wide character, or a
    zero-width mark (it goes with the character before it)."""
    width = get_character_cell_size(char)
    if (char.isspace() and char not in NO_BREAK) or char == "\u200b":
        return width, _SPACE
    if width == 0:
        return width, _ZERO
    if width == 2:
        return width, _WIDE
    if ord(char) > 0x7F and (char in CLOSING or char in OPENING):
        return width, _MARK
    return width, _WORD


def _is_digit(char: str) -> bool:
    return "0" <= char <= "9" or "０" <= char <= "９"


def _is_fullwidth_alnum(char: str) -> bool:
    return "０" <= char <= "９" or "Ａ" <= char <= "Ｚ" or "ａ" <= char <= "ｚ"


def _atoms(text: str, kinds: list[int]) -> list[list]:
    """The text as [start, end, kind, number] pieces that no rule splits: runs of
    spaces, Latin words (numbers among them), narrow punctuation marks, single wide
    characters.  A zero-width mark joins the piece before it (not a space).  ``number``: True
    for a number (digits, and number marks besides), None for a word with letters."""
    atoms: list[list] = []
    last = None
    for i, kind in enumerate(kinds):
        char = text[i]
        if last is not None and ((kind == _ZERO and last[2] != _SPACE) or (kind == last[2] and kind <= _WORD)):
            last[1] = i + 1
            if last[2] == _WORD and last[3] is not None:  # still digits and number marks only
                last[3] = True if _is_digit(char) else last[3] if char in NUMBER_MARKS else None
            continue
        if kind in (_WORD, _ZERO):
            last = [i, i + 1, _WORD, True if _is_digit(char) else False if char in NUMBER_MARKS else None]
        else:
            last = [i, i + 1, kind, kind == _WIDE and _is_digit(char)]
        atoms.append(last)
    return atoms


def _is_number(atom: list) -> bool:
    return atom[3] is True


def _breaks_before(text: str, atoms: list[list], index: int) -> bool:
    """May a line start at ``atoms[index]``?"""
    atom, before = atoms[index], atoms[index - 1]
    if atom[2] == _SPACE:
        return False  # spaces hang at the end of the line
    first = text[atom[0]]
    if first in CLOSING or first in NO_BREAK:
        return False
    if before[2] == _SPACE:
        if index < 2:
            return False  # only spaces before: the line's indent
        word = atoms[index - 2]
        last = text[word[1] - 1]
        if last in OPENING or last in NO_BREAK:
            return False
        # A number in groups (139 0571 6628) and a number with its counting word (15 元).
        single_space = before[1] - before[0] == 1 and text[before[0]] == " "
        return not (single_space and _is_number(word) and (_is_number(atom) or first in COUNTING))
    last = text[before[1] - 1]
    if last in OPENING or last in NO_BREAK:
        return False
    if _is_number(before) and atom[2] == _WIDE and first not in OPENING:
        return False  # 97分, 4点前: a number and the word that counts it
    if _is_fullwidth_alnum(last) and _is_fullwidth_alnum(first):
        return False  # ＡＢ１２ is one word
    if last in RANGE_MARKS and _is_number(atom) and before[0] > 0 and _is_digit(text[before[0] - 1]):
        return False  # 3～5
    return True


def _alone(line: str) -> bool:
    """One Chinese character (with the punctuation closing it): too little for a last line."""
    return (
        bool(line)
        and _char(line[0])[1] == _WIDE
        and line[0] not in CLOSING
        and not _is_fullwidth_alnum(line[0])
        and all(char in CLOSING for char in line[1:])
    )


def _left_alone(text: str, kinds: tuple[int, ...], line: list[int], start: int) -> bool:
    """Would the line's last unit be one character after a space, its word going on
    at ``start`` on the next line (结果  ✗  不 / 合格)?"""
    if len(line) < 2:
        return False
    last = line[-1]
    return kinds[last - 1] == _SPACE and kinds[start - 1] != _SPACE and _alone(text[last:start])


@lru_cache(maxsize=4096)
def _offsets(text: str, width: int, fold: bool) -> tuple[int, ...]:
    width = max(1, width)
    if cached_cell_len(text) <= width:
        return ()
    widths, kinds = zip(*map(_char, text))
    atoms = _atoms(text, kinds)
    cells = [0, *accumulate(widths)]  # cells[i]: the width of text[:i]
    offsets: list[int] = []
    used = 0  # cells on the current line, hanging spaces included
    line: list[int] = []  # where the units on the current line start
    previous: list[int] = []  # the same on the line before
    start = 0
    for index in range(1, len(atoms) + 1):
        if index < len(atoms) and not _breaks_before(text, atoms, index):
            continue
        # One unit no line breaks inside: text[start:end], the spaces it ends with hanging.
        end = atoms[index][0] if index < len(atoms) else len(text)
        visible_end = atoms[index - 1][0] if atoms[index - 1][2] == _SPACE else end
        visible = cells[visible_end] - cells[start]
        if used + visible <= width:
            used += cells[end] - cells[start]
            line.append(start)
        elif visible <= width or not fold:
            if used and start:
                previous, line = line, []
                if _left_alone(text, kinds, previous, start) and cells[end] - cells[previous[-1]] <= width:
                    line.append(previous.pop())  # it goes down with the rest of its word
                offsets.append(line[0] if line else start)
            used = cells[end] - cells[line[0] if line else start]
            line.append(start)
        else:  # wider than any line: cut it where it reaches the edge
            if used and start:
                offsets.append(start)
            used = 0
            for i in range(start, visible_end):
                if used + widths[i] > width and used:
                    offsets.append(i)
                    used = 0
                used += widths[i]
            used += cells[end] - cells[visible_end]
            previous, line = [], []
        start = end
    # A last line of one character (破口大骂的乘 / 客): the unit before it goes down too.
    if offsets and line == offsets[-1:] and len(previous) > 1 and _alone(text[line[0] :].rstrip()):
        if cached_cell_len(text[previous[-1] :].rstrip()) <= width:
            offsets[-1] = previous[-1]
    return tuple(offsets)


def divide_line(text: str, width: int, fold: bool = True) -> list[int]:
    """Where to cut ``text`` so that each line fits ``width`` cells: the offsets at which
    new lines start (``rich._wrap.divide_line``'s contract, which Textual calls).

    A line's trailing spaces hang past the width (Textual strips them).  A unit wider
    than a whole line is cut where it reaches the edge when ``fold``, else left whole.
    """
    return list(_offsets(text, width, fold))


def wrap(text: str, width: int, fold: bool = True) -> list[str]:
    """``text`` cut into lines of at most ``width`` cells (see :func:`divide_line`);
    joined, they give ``text`` back (each line keeps its trailing spaces)."""
    cuts = [0, *_offsets(text, width, fold), len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:])]


_installed = False


def install() -> None:
    """From now on, Textual (and Rich, which draws the app's tables) break lines here.

    Why patch: Textual 8 wraps every widget's text with ``rich._wrap.divide_line``,
    imported by name into ``textual.content`` (and ``rich.text``), with no setting to
    choose another; it breaks only at spaces and cuts a run of Chinese at the edge, so
    lines started with "，" and numbers were split.  Same signature, so it is a drop-in.
    Idempotent: every app in the process calls it.
    """
    global _installed
    if _installed:
        return
    import rich.text
    import textual.content

    textual.content.divide_line = divide_line
    rich.text.divide_line = divide_line
    _installed = True
