"""Showing Chinese in Traditional characters (``PEILIAN_SCRIPT=traditional``).

Everything is written, stored and graded in Simplified Chinese; only what is shown
changes.  OpenCC's Taiwan phrase conversion (s2twp: 软件→軟體, 出租车→計程車) is used
where it keeps the length of the text, and its character conversion (s2tw) where a
phrase would change it: the app's styled text marks ranges by position, and a
converted line must keep every range on the same characters.

- :func:`install_for_app` converts every piece of text the Textual app shows (it
  wraps ``textual.content.Content``, which every widget's text goes through);
- :func:`wrap_stream` converts what a command prints (not ``--json`` output, which
  is data for programs and stays as graded), and :func:`html_page` the HTML reports
  a command writes (CSV and JSON files are data and stay as recorded).

Input in either script keeps working: the grader folds Traditional to Simplified.
"""

from __future__ import annotations

import io
import re
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=2)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


@lru_cache(maxsize=65536)
def to_traditional(text: str) -> str:
    """``text`` in Traditional characters, the same length (see the module notes)."""
    if not text or not _HAN.search(text):
        return text
    phrased = _converter("s2twp").convert(text)
    if len(phrased) == len(text):
        return phrased
    return _converter("s2tw").convert(text)


_original_init = None


def install_for_app() -> None:
    """From now on, every ``Content`` this process builds shows its text in Traditional."""
    global _original_init
    if _original_init is not None:
        return
    from textual.content import Content

    original = _original_init = Content.__init__

    def init(self, text: str = "", *args, **kwargs):
        original(self, to_traditional(text) if text else text, *args, **kwargs)

    Content.__init__ = init


def uninstall_for_app() -> None:
    """Show text as written again (tests that tried Traditional put things back)."""
    global _original_init
    if _original_init is None:
        return
    from textual.content import Content

    Content.__init__ = _original_init
    _original_init = None


class _Converting(io.TextIOBase):
    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(to_traditional(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    @property
    def encoding(self):
        return getattr(self._stream, "encoding", "utf-8")

    def fileno(self) -> int:
        return self._stream.fileno()

    def isatty(self) -> bool:
        return self._stream.isatty()


def html_page(page: str, script: str) -> str:
    """A report page as the reader chose to read it: in Traditional, its text converted
    and its language said (``lang="zh-TW"``); tags and attributes are ASCII and kept."""
    if script != "traditional":
        return page
    converted = _converter("s2twp").convert(page)
    return converted.replace('<html lang="zh-CN">', '<html lang="zh-TW">', 1)


def wrap_stream(stream):
    """A text stream that writes through ``stream`` in Traditional characters."""
    return _Converting(stream)
