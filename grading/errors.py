"""Errors that reach users carry a location and a fix, never a traceback."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DataError:
    """One problem in a data file (rubric, acts lexicon, scenario)."""

    path: str
    line: int | None
    message: str
    hint: str = ""
    column: int | None = None
    key: str = ""  # the rule or act id concerned, when known
    level: str = "error"

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.message}"
        if self.key:
            text = f"{where}: [{self.key}] {self.message}"
        if self.hint:
            text += f"（{self.hint}）"
        return text


class DataFileError(Exception):
    """Raised when data files cannot be used; carries every problem found."""

    def __init__(self, problems: list[DataError]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def did_you_mean(name, known) -> str:
    """``，是不是 greeting？`` or ``""``: the nearest of the known names, to end a message
    about a name that is not there."""
    from difflib import get_close_matches

    near = get_close_matches(str(name), list(known), n=1)
    return f"，是不是 {near[0]}？" if near else ""
