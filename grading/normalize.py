"""Normalise a reply before analysis.

Trainees type on many keyboards and input methods: full-width letters, Traditional
characters, stray control characters and spaces.  Matching runs on one canonical
form, and every normalised character remembers where it came from so that spans
reported to the user point into the text they actually typed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Punctuation variants that NFKC leaves alone but that mean the same thing here.
_PUNCT_MAP = str.maketrans(
    {
        "。": ".",
        "｡": ".",
        "、": ",",
        "～": "~",
        "〜": "~",
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "「": '"',
        "」": '"',
        "『": '"',
        "』": '"',
        "…": ".",
        "—": "-",
        "–": "-",
    }
)


@dataclass(frozen=True)
class NormalizedText:
    """Canonical text plus, for each of its characters, the index in the original.

    ``origin`` is None when the mapping is the identity (the common case: every
    character typed became exactly one character), which saves building a tuple.
    """

    text: str
    origin: tuple[int, ...] | None
    raw_length: int

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text back to the original."""
        if not self.text:
            return (0, 0)
        last_index = len(self.text) - 1
        start = min(max(start, 0), last_index)
        last = min(max(end - 1, start), last_index)
        if self.origin is None:
            return (start, last + 1)
        return (self.origin[start], self.origin[last] + 1)


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # imported lazily: only grading needs it

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    category = unicodedata.category(ch)
    if category in ("Cc", "Cf", "Cs", "Co", "Cn") or ch.isspace():
        # Control, format (zero-width), surrogate, private-use, unassigned, spaces:
        # none of them carry meaning for etiquette, all of them break matching.
        return ""
    folded = unicodedata.normalize("NFKC", ch).translate(_PUNCT_MAP).lower()
    return "".join(c for c in folded if not c.isspace())


# Every character the conversion may change, written by `python -m grading.variant_table`;
# a test checks it against OpenCC.
T2S_CHARACTERS = "t2s_characters.txt"


@lru_cache(maxsize=1)
def _t2s_characters() -> frozenset[str]:
    """The characters of data/t2s_characters.txt."""
    from importlib import resources

    text = resources.files("grading").joinpath("data", T2S_CHARACTERS).read_text(encoding="utf-8")
    return frozenset("".join(line for line in text.splitlines() if not line.startswith("#")))


def to_simplified(text: str) -> str:
    """Traditional to Simplified, keeping the length when OpenCC allows it."""
    if not text or text.isascii() or _t2s_characters().isdisjoint(text):
        return text  # most replies: nothing to convert, and OpenCC need not load
    return _t2s().convert(text)


class _FoldTable(dict):
    """A ``str.translate`` table filled on demand, remembering irregular characters
    (those that vanish or expand) so the common case needs no offset bookkeeping."""

    def __init__(self):
        super().__init__()
        self.irregular: set[str] = set()

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        if len(folded) != 1:
            self.irregular.add(chr(code))
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def _fold(raw: str) -> tuple[str, tuple[int, ...] | None]:
    text = raw.translate(_FOLD)
    if len(text) == len(raw) and _FOLD.irregular.isdisjoint(raw):
        return text, None
    pieces: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(raw):
        folded = _fold_char(ch)
        if folded:
            pieces.append(folded)
            origin.extend([index] * len(folded))
    return "".join(pieces), tuple(origin)


def normalize(raw: str) -> NormalizedText:
    text, origin = _fold(raw)
    simplified = to_simplified(text)
    if len(simplified) != len(text):
        # OpenCC changed the length of a phrase (rare); convert one character at a
        # time so the offsets stay aligned.
        simplified = "".join(
            converted if len(converted := to_simplified(c)) == 1 else c for c in text
        )
    return NormalizedText(simplified, origin, len(raw))
