"""What an import found wrong: problems by row and column, and the refusals they cause."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from app.domain.errors import PermitReviewError

Severity = Literal["error", "warning"]

# A value is shown in reports only this far, so that a 300 KB field stays readable.
SHOWN_VALUE_CHARS = 80


def shown(value: object) -> str:
    text = "" if value is None else str(value)
    if len(text) > SHOWN_VALUE_CHARS:
        return f"{text[:SHOWN_VALUE_CHARS]}… ({len(text):,} characters)"
    return text


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding. `row` is the 1-based data row (the first row after the header is 1);
    None for the whole file. Errors refuse the row; warnings are reported and imported."""

    row: int | None
    column: str
    value: str
    reason: str
    severity: Severity = "error"

    def describe(self, file_name: str = "") -> str:
        where = [file_name] if file_name else []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column!r}")
        value = f" (value {shown(self.value)!r})" if self.value else ""
        prefix = ", ".join(where)
        return f"{prefix}: {self.reason}{value}" if prefix else f"{self.reason}{value}"


class ImportRefused(PermitReviewError):
    """The file cannot be imported; nothing was written. `problems` says why, row by row."""

    def __init__(self, message: str, problems: Iterable[Problem] = (), result: Any = None) -> None:
        super().__init__(message)
        self.problems = list(problems)
        # The counts of the refused import (an ImportResult), when rows were read.
        self.result = result


class ImportCancelled(PermitReviewError):
    """The user cancelled a running import; nothing was written."""


def file_problem(file_name: str, reason: str) -> ImportRefused:
    """A refusal of the whole file with one message."""
    return ImportRefused(f"{file_name}: {reason}", [Problem(None, "", "", reason)])


def defused(text: str) -> str:
    """Text for a CSV cell that a spreadsheet opens as text, never as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
