"""Peilian's grading engine: reply analysis, the etiquette rubric and scoring.

Headless: importing this package loads neither Textual nor jieba's dictionary;
the dictionary loads on the first analysis (or ``grading.segment.tokenizer()``).
"""

from .acts import Analysis, analyze, default_lexicon
from .errors import DataError, DataFileError
from .grader import Context, Grade, Grader, Turn, Violation, default_grader, grade
from .report import SessionScore, aggregate
from .rubric import default_rubric, load_rubric
from .situations import SITUATION_LABELS, SITUATIONS

__all__ = [
    "Analysis",
    "Context",
    "DataError",
    "DataFileError",
    "Grade",
    "Grader",
    "SITUATIONS",
    "SITUATION_LABELS",
    "SessionScore",
    "Turn",
    "Violation",
    "aggregate",
    "analyze",
    "default_grader",
    "default_lexicon",
    "default_rubric",
    "grade",
    "load_rubric",
]
