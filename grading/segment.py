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


def boundaries(text: str) -> frozenset[int]:
    """Character offsets at which a token starts or ends."""
    edges = {0}
    position = 0
    for token in tokens(text):
        position += len(token)
        edges.add(position)
    return frozenset(edges)
