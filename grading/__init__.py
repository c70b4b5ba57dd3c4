"""Peilian's grading engine: reply analysis, the etiquette rubric and scoring.

Headless: importing this package loads neither Textual nor jieba's dictionary;
the dictionary loads on the first analysis (or ``grading.segment.tokenizer()``).
The names below are imported on first use (PEP 562): a light module of this
package (``grading.located_yaml``, ``grading.errors``) does not load the lexicon.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .acts import Analysis, analyze, default_lexicon
    from .errors import DataError, DataFileError
    from .grader import CallLines, Context, Grade, Grader, Turn, Violation, default_grader, grade
    from .report import SessionScore, aggregate
    from .rubric import default_rubric, load_rubric
    from .situations import SITUATION_LABELS, SITUATIONS

# Name -> module that defines it.
_EXPORTS = {
    **dict.fromkeys(("Analysis", "analyze", "default_lexicon"), "acts"),
    **dict.fromkeys(("DataError", "DataFileError"), "errors"),
    **dict.fromkeys(("CallLines", "Context", "Grade", "Grader", "Turn", "Violation", "default_grader", "grade"), "grader"),
    **dict.fromkeys(("SessionScore", "aggregate"), "report"),
    **dict.fromkeys(("default_rubric", "load_rubric"), "rubric"),
    **dict.fromkeys(("SITUATION_LABELS", "SITUATIONS"), "situations"),
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    try:
        module = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
