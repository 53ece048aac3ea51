"""The deadline board on paper: an A4 landscape table through Qt's print dialog, or saved
as a PDF file. People's names are escaped, never read as markup."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.services.deadlines import KIND_LABELS, KIND_PLURALS, Board, BoardRow
from ui.appeals.models import days_text
from ui.models.labels import state_label

NO_PRINTER = (
    "No printer is set up on this computer. Save the board as a PDF instead, or ask the "
    "IT service desk to set up a printer."
)
HEADINGS = ("Deadline", "Days left", "List", "Case", "Permit", "Name", "State", "Detail")


# Dates and numbers are never broken across lines, whatever the paper.
NOWRAP = frozenset(range(5))


def _cell(text: str, column: int) -> str:
    wrap = " nowrap" if column in NOWRAP else ""
    return f"<td{wrap}>{html.escape(text)}</td>"


def board_html(board: Board, rows: Sequence[BoardRow], what: str) -> str:
    """The board as a simple HTML table that QTextDocument lays out."""
    counts = []
    for kind, label in KIND_PLURALS.items():
        found = board.counts.get(kind, {})
        counts.append(
            f"{html.escape(label)}: {found.get('overdue', 0)} overdue, "
            f"{found.get('today', 0) + found.get('this_week', 0)} this week, "
            f"{found.get('later', 0)} later"
        )
    head = "".join(f"<th align='left'>{h}</th>" for h in HEADINGS)
    body = []
    for row in rows:
        cells = (
            row.due.isoformat(),
            days_text(row.days_left),
            KIND_LABELS[row.kind],
            row.case_number,
            row.permit_number,
            row.name,
            state_label(row.state),
            row.detail,
        )
        body.append(f"<tr>{''.join(_cell(c, i) for i, c in enumerate(cells))}</tr>")
    empty = "<p>No deadlines match.</p>" if not rows else ""
    return (
        "<html><body style='font-size:9pt'>"
        f"<h2>Deadline board, {board.today.isoformat()}</h2>"
        f"<p>{html.escape(what)} — {len(rows)} row{'s' if len(rows) != 1 else ''}.<br>"
        f"{'<br>'.join(counts)}<br>"
        f"Departure deadlines suspended by a pending appeal: {board.suspended}; "
        f"revocations to confirm as final: {board.finality_due}.</p>"
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
    printer.setDocName("Deadline board")
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
            "No printer",
            NO_PRINTER,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("noPrinterBox")
        box.open()
        return box
    printer = board_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setWindowTitle("Print the deadline board")
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
