"""The deadline board on paper: an A4 landscape table through Qt's print dialog, or saved
as a PDF file. People's names are escaped, never read as markup."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.services.deadlines import KINDS, Board, BoardRow
from ui.appeals.models import BoardModel, days_text, detail_text, kind_label, kind_plural
from ui.models.labels import date_text, state_label

NO_PRINTER = str(
    QT_TRANSLATE_NOOP(
        "DeadlineBoard",
        "No printer is set up on this computer. Save the board as a PDF instead, or ask the "
        "IT service desk to set up a printer.",
    )
)


# Dates and numbers are never broken across lines, whatever the paper.
NOWRAP = frozenset(range(5))


def _cell(text: str, column: int) -> str:
    wrap = " nowrap" if column in NOWRAP else ""
    return f"<td{wrap}>{html.escape(text)}</td>"


def board_html(board: Board, rows: Sequence[BoardRow], what: str) -> str:
    """The board as a simple HTML table that QTextDocument lays out, in the user's language."""

    counts = []
    for kind in KINDS:
        found = board.counts.get(kind, {})
        counts.append(
            QCoreApplication.translate(
                "DeadlineBoard", "{list}: {overdue} overdue, {soon} this week, {later} later"
            ).format(
                list=html.escape(kind_plural(kind)),
                overdue=found.get("overdue", 0),
                soon=found.get("today", 0) + found.get("this_week", 0),
                later=found.get("later", 0),
            )
        )
    head = "".join(
        f"<th align='left'>{html.escape(QCoreApplication.translate('Deadlines', c.title))}</th>"
        for c in BoardModel.columns
    )
    body = []
    for row in rows:
        cells = (
            date_text(row.due),
            days_text(row.days_left),
            kind_label(row.kind),
            row.case_number,
            row.permit_number,
            row.name,
            state_label(row.state),
            detail_text(row),
        )
        body.append(f"<tr>{''.join(_cell(c, i) for i, c in enumerate(cells))}</tr>")
    if len(rows) == 1:
        shown = QCoreApplication.translate("DeadlineBoard", "{filter} — 1 row.")
    else:
        shown = QCoreApplication.translate("DeadlineBoard", "{filter} — {count} rows.")
    title = QCoreApplication.translate("DeadlineBoard", "Deadline board, {day}")
    totals = QCoreApplication.translate(
        "DeadlineBoard",
        "Departure deadlines suspended by a pending appeal: {suspended}; revocations to "
        "confirm as final: {final}.",
    )
    nothing = QCoreApplication.translate("DeadlineBoard", "No deadlines match.")
    empty = f"<p>{html.escape(nothing)}</p>" if not rows else ""
    return (
        "<html><body style='font-size:9pt'>"
        f"<h2>{html.escape(title.format(day=date_text(board.today)))}</h2>"
        f"<p>{html.escape(shown.format(filter=what, count=len(rows)))}<br>"
        f"{'<br>'.join(counts)}<br>"
        f"{totals.format(suspended=board.suspended, final=board.finality_due)}</p>"
        f"<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>{head}</tr>"
        f"</thead><tbody>{''.join(body)}</tbody></table>{empty}"
        "</body></html>"
    )


def board_printer() -> QPrinter:
    """A printer set up for the board: A4 landscape, 12 mm margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    printer.setDocName("Deadline board")  # the print job's name, not shown in the windows
    return printer


def print_html(document_html: str, printer: QPrinter) -> None:
    """Lay the HTML out on the printer's page (inside its margins) and print it."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    # With a page size of its own, the document is not given Qt's default 2 cm margins on
    # top of the printer's. The size is in the screen's logical pixels, which print_ scales
    # to the printer's resolution.
    screen = QGuiApplication.primaryScreen()
    dpi = round(screen.logicalDotsPerInch()) if screen else 96
    document.setPageSize(QSizeF(printer.pageLayout().paintRectPixels(dpi).size()))
    document.setHtml(document_html)
    document.print_(printer)


def save_pdf(document_html: str, path: Path) -> Path:
    printer = board_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    print_html(document_html, printer)
    return path


def printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinters())


def ask_printer(parent: QWidget, on_chosen: Callable[[QPrinter], object]) -> QDialog:
    """Qt's print dialog (printer, copies); with no printer set up, says so instead."""
    if not printers_available():
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("DeadlineBoard", "No printer"),
            QCoreApplication.translate("DeadlineBoard", NO_PRINTER),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("noPrinterBox")
        box.open()
        return box
    printer = board_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setWindowTitle(QCoreApplication.translate("DeadlineBoard", "Print the deadline board"))
    option = QAbstractPrintDialog.PrintDialogOption
    dialog.setOption(option.PrintToFile, False)
    dialog.setOption(option.PrintSelection, False)
    dialog.setOption(option.PrintCurrentPage, False)

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            on_chosen(printer)

    dialog.finished.connect(finished)
    QDialog.open(dialog)  # QPrintDialog.open() wants a receiver; the plain one is enough
    return dialog
