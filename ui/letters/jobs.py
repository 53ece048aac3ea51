"""Print runs of issued letters: the stored PDFs, fetched one case at a time, as one job.

Runs on a worker thread: each fetch opens its own unit of work, and a stored
letter is checked against its SHA-256 before it is printed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtPrintSupport import QPrinter

from app.services import letters
from ui.context import ViewContext
from ui.letters.printing import Cancel, Document, PrintReport, Progress, print_job

REGISTER = str(QT_TRANSLATE_NOOP("LetterPrinting", "dispatch register"))


def job_name(groups: Sequence[Sequence[str]]) -> str:
    """The print job's title: registration numbers only, never a name."""
    numbers = [n for group in groups for n in group]
    if not numbers:
        return "Permit Review"
    if len(numbers) == 1:
        return f"Letter {numbers[0]}"
    return f"Letters {numbers[0]} to {numbers[-1]}"


def _sets(
    ctx: ViewContext, groups: Sequence[Sequence[str]], register: bytes | None
) -> Iterator[list[Document]]:
    for group in groups:
        yield [
            Document(number, letters.letter_pdf(ctx.uow(), ctx.actor, number).pdf)
            for number in group
        ]
    if register is not None:
        yield [Document(QCoreApplication.translate("LetterPrinting", REGISTER), register)]


def print_letters(
    ctx: ViewContext,
    printer: QPrinter,
    groups: Sequence[Sequence[str]],
    *,
    register: bytes | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> PrintReport:
    """Print the letters of each group (one case's letters) together, then the register."""
    total = len(groups) + (1 if register is not None else 0)
    return print_job(
        printer,
        _sets(ctx, groups, register),
        total=total,
        job_name=job_name(groups),
        progress=progress,
        cancel=cancel,
    )
