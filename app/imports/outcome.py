"""What an import did (or would do): counts, problems, changes; and what a preview shows."""

from __future__ import annotations

import csv
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.imports.problems import ImportCancelled, Problem, defused, shown

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
PROGRESS_STEPS = 1000
# Problems kept in full; beyond this only their number is (a broken million-row file
# must not fill memory with reports).
MAX_PROBLEMS = 10_000
COUNTS = ("read", "imported", "updated", "unchanged", "refused")


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One changed field of a resident in a newer registry extract."""

    row: int
    permit_number: str
    field: str
    old: str
    new: str


@dataclass
class Problems:
    """Problems found so far, kept up to MAX_PROBLEMS; rows with errors are counted."""

    kept: list[Problem] = field(default_factory=list)
    dropped: int = 0
    error_rows: set[int] = field(default_factory=set)
    file_errors: int = 0

    def add(self, problem: Problem) -> None:
        if problem.severity == "error":
            if problem.row is None:
                self.file_errors += 1
            else:
                self.error_rows.add(problem.row)
        if len(self.kept) < MAX_PROBLEMS:
            self.kept.append(problem)
        else:
            self.dropped += 1

    def extend(self, problems: list[Problem]) -> None:
        for p in problems:
            self.add(p)

    @property
    def errors(self) -> int:
        return len(self.error_rows) + self.file_errors

    def sorted(self) -> list[Problem]:
        return sorted(self.kept, key=lambda p: (p.row is not None, p.row or 0))


@dataclass
class ImportResult:
    """The outcome of an import or of its dry run."""

    kind: str
    file_name: str
    campaign: str
    file_format: str = ""
    encoding: str = ""
    delimiter: str = ""
    dry_run: bool = False
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    problems: list[Problem] = field(default_factory=list)
    problems_not_shown: int = 0
    changes: list[FieldChange] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    batch_id: int | None = None
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "file": self.file_name, "campaign": self.campaign,
            "format": self.file_format, "encoding": self.encoding,
            "delimiter": self.delimiter, "dry_run": self.dry_run, "counts": dict(self.counts),
            "problems": [asdict(p) for p in self.problems],
            "problems_not_shown": self.problems_not_shown,
            "changes": [asdict(c) for c in self.changes],
            "ignored_columns": list(self.ignored_columns), "batch_id": self.batch_id,
            "seconds": round(self.seconds, 3),
        }  # fmt: skip


@dataclass
class Preview:
    """What the wizard shows before importing: the detected kind and layout, the first rows,
    and the problems found in the whole file by a dry run."""

    kind: str
    file_name: str
    file_format: str
    encoding: str = ""
    delimiter: str = ""
    layout: str = ""
    language: str = ""
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    dry_run: ImportResult | None = None

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["dry_run"] = self.dry_run.as_dict() if self.dry_run else None
        return out


class Meter:
    """Progress in PROGRESS_STEPS steps across the phases of an import, and the Cancel check.

    Callbacks are called at most every `interval` seconds, so that a GUI is not flooded.
    """

    def __init__(
        self, progress: Progress | None, cancel: Cancel | None, interval: float = 0.1
    ) -> None:
        self.progress = progress
        self.cancel = cancel
        self.interval = interval
        self.start, self.span = 0.0, 1.0
        self._last = 0.0

    def phase(self, start: float, end: float) -> None:
        self.start, self.span = start, end - start
        self.report(0.0, force=True)

    def report(self, fraction: float, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last < self.interval:
            return
        self._last = now
        if self.cancel is not None and self.cancel():
            raise ImportCancelled("The import was cancelled; nothing was written.")
        if self.progress is not None:
            done = self.start + self.span * min(max(fraction, 0.0), 1.0)
            self.progress(int(done * PROGRESS_STEPS), PROGRESS_STEPS)

    def done(self) -> None:
        if self.progress is not None:
            self.progress(PROGRESS_STEPS, PROGRESS_STEPS)


REPORT_COLUMNS = ("row", "column", "value", "reason", "severity")


def write_report(
    path: Path, problems: Iterable[Problem], changes: Iterable[FieldChange] = ()
) -> int:
    """Problems (and registry changes) as CSV, UTF-8 with BOM so that spreadsheets read it.

    Returns the number of lines written below the header.
    """
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(REPORT_COLUMNS)
        for p in problems:
            row = "" if p.row is None else p.row
            writer.writerow([row, p.column, defused(shown(p.value)), p.reason, p.severity])
            count += 1
        for c in changes:
            writer.writerow(
                [
                    c.row,
                    c.field,
                    defused(c.new),
                    f"changed for permit {c.permit_number}; was: {defused(c.old)}",
                    "change",
                ]
            )
            count += 1
    return count
