"""The one place Peilian touches jieba.

jieba has been unmaintained since 2020, writes to stderr, and keeps a global
tokenizer that other code may mutate.  We keep our own ``jieba.Tokenizer`` with the
project's user dictionary, load it once, deliberately, and silence its logger so
it cannot scribble over a terminal UI.
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache
from importlib import resources

_lock = threading.Lock()
_tokenizer = None


def _user_dictionary_path() -> str:
    return str(resources.files("grading").joinpath("data", "userdict.txt"))


def tokenizer():
    """The shared tokenizer, initialised on first use (about half a second)."""
    global _tokenizer
    if _tokenizer is not None:
        return _tokenizer
    with _lock:
        if _tokenizer is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tok = jieba.Tokenizer()
            tok.initialize()
            tok.load_userdict(_user_dictionary_path())
            _tokenizer = tok
    return _tokenizer


def is_ready() -> bool:
    return _tokenizer is not None


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    # HMM off: we need word boundaries for known words, not discovery of new
    # ones.  The HMM glues unknown single characters to their neighbours (喂说,
    # 哼你), which would hide exactly the short words we look for.
    return tuple(tokenizer().lcut(text, HMM=False))


# ---------------------------------------------------------------- without jieba
#
# Most boundary questions are about one character (喂, 亲, 宝, 滴): is it a word of
# its own here?  With HMM off, jieba only ever joins a character to its neighbours
# through a dictionary word that contains it, so where no such word stands around
# it, the answer is yes without loading the dictionary (about a second).  The
# words containing each single-character entry of the acts are kept in
# data/containing_words.txt, written by `python -m grading.boundary_table`; a test checks
# it against jieba's dictionary.

CONTAINING_WORDS = "containing_words.txt"


@lru_cache(maxsize=1)
def _containing_words() -> dict[str, tuple[tuple[str, tuple[int, ...]], ...]]:
    """char -> ((dictionary word containing it, offsets of the char in it), ...)."""
    table: dict[str, tuple] = {}
    text = resources.files("grading").joinpath("data", CONTAINING_WORDS).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        char, _, words = line.partition("\t")
        table[char] = tuple((w, tuple(i for i, c in enumerate(w) if c == char)) for w in words.split())
    return table


def is_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] starts and ends on token boundaries."""
    if end - start == 1:
        containers = _containing_words().get(text[start])
        if containers is not None:
            for word, offsets in containers:
                for offset in offsets:
                    left = start - offset
                    if left >= 0 and text.startswith(word, left):
                        break  # a longer word may swallow it: ask jieba
                else:
                    continue
                break
            else:
                return True
    edges = boundaries(text)
    return start in edges and end in edges


def boundaries(text: str) -> frozenset[int]:
    """Character offsets at which a token starts or ends."""
    edges = {0}
    position = 0
    for token in tokens(text):
        position += len(token)
        edges.add(position)
    return frozenset(edges)

