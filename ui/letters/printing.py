"""Printing letters: Qt's print dialog (printer, copies, duplex), then every PDF page
rendered by QtPdf at the printer's resolution and painted onto the printer.

`print_job` is plain work with a progress callback and a cancel flag, so that a
batch prints on a worker thread (Qt allows painting on a QPrinter there).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
)
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.domain.errors import PermitReviewError
from ui.letters.pdf import open_pdf

# Pages go to the printer as images at its resolution, up to this. An A4 page takes about
# 0.7 s at 300 dpi and 2.7 s at 600 dpi (QtPdf render, then Qt's PDF spool compressing
# the image); at 300 dpi a batch keeps pace with an office printer, and text stays crisp.
MAX_DPI = 300
POINTS_PER_INCH = 72

NO_PRINTER = str(
    QT_TRANSLATE_NOOP(
        "LetterPrinting",
        "No printer is set up on this computer, so nothing can be printed now. "
        "Issued letters stay issued: save them as PDF, or print them later from "
        "Issued letters once a printer is set up (ask the IT service desk).",
    )
)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class PrintFailed(PermitReviewError):
    """The printing system refused the job."""


@dataclass(frozen=True)
class Document:
    """A PDF to print; `name` (a registration number) names the job, never a person."""

    name: str
    pdf: bytes


@dataclass
class PrintReport:
    printer: str
    copies: int = 1
    duplex: bool = False
    sets: int = 0
    documents: int = 0
    pages: int = 0
    blank_pages: int = 0
    cancelled: bool = False


def printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinters())


def show_no_printer(parent: QWidget | None) -> QMessageBox:
    title = QCoreApplication.translate("LetterPrinting", "No printer")
    box = QMessageBox(
        QMessageBox.Icon.Information,
        title,
        QCoreApplication.translate("LetterPrinting", NO_PRINTER),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("noPrinterBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(title)
    box.open()
    return box


def new_printer(name: str | None = None) -> QPrinter:
    """A printer set up for A4 letters: the named one, or the system's default."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if name:
        printer.setPrinterName(name)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the letters carry their own margins
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    return printer


def ask_printer(
    parent: QWidget, title: str, on_chosen: Callable[[QPrinter], object]
) -> QPrintDialog | None:
    """Open Qt's print dialog; `on_chosen(printer)` once the user presses Print.

    With no printer set up, says so instead and returns None.
    """
    if not printers_available():
        show_no_printer(parent)
        return None
    printer = new_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(title)
    option = QAbstractPrintDialog.PrintDialogOption
    # A file copy is "Save PDF" (the issued bytes), not a picture of the pages.
    dialog.setOption(option.PrintToFile, False)
    dialog.setOption(option.PrintPageRange, False)
    dialog.setOption(option.PrintSelection, False)
    dialog.setOption(option.PrintCurrentPage, False)
    dialog.setOption(option.PrintCollateCopies, True)

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            # The work starts once the dialog is gone (it closes itself): nothing of the
            # dialog then runs beside a worker painting on its printer.
            dialog.destroyed.connect(lambda: on_chosen(printer))

    dialog.finished.connect(finished)
    QDialog.open(dialog)  # QPrintDialog.open() wants a receiver; the plain one is enough
    return dialog


def printer_name(printer: QPrinter) -> str:
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return QCoreApplication.translate("LetterPrinting", "the PDF file {name}").format(
            name=printer.outputFileName()
        )
    return printer.printerName()


def describe(printer: QPrinter) -> str:
    """The printer and how it prints: "Office, 2 copies, two-sided"."""
    copies = printer.copyCount()
    if copies == 1:
        count = QCoreApplication.translate("LetterPrinting", "1 copy")
    else:
        count = QCoreApplication.translate("LetterPrinting", "{count} copies").format(count=copies)
    if printer.duplex() != QPrinter.DuplexMode.DuplexNone:
        sides = QCoreApplication.translate("LetterPrinting", "two-sided")
    else:
        sides = QCoreApplication.translate("LetterPrinting", "one-sided")
    return QCoreApplication.translate("LetterPrinting", "{printer}, {copies}, {sides}").format(
        printer=printer_name(printer), copies=count, sides=sides
    )


def _resolution(printer: QPrinter) -> int:
    dpi = printer.resolution()
    if dpi <= MAX_DPI:
        return dpi
    # QPrinter.supportedResolutions() answers for the paint engine, the info for the device.
    offered = QPrinterInfo.printerInfo(printer.printerName()).supportedResolutions()
    lower = [r for r in offered if 0 < r <= MAX_DPI]
    return max(lower) if lower else MAX_DPI


def _target(printer: QPrinter, points: QSizeF, dpi: int) -> QRectF:
    """Where a page goes on the paper: at its true size, shrunk only if the paper is smaller."""
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    width = points.width() * dpi / POINTS_PER_INCH
    height = points.height() * dpi / POINTS_PER_INCH
    scale = min(1.0, paper.width() / width, paper.height() / height)
    width, height = width * scale, height * scale
    return QRectF(paper.left() + (paper.width() - width) / 2, paper.top(), width, height)


def on_white(page: QImage) -> QImage:
    """A rendered page on white paper, in shades of grey.

    QtPdf leaves the paper transparent; dropping the alpha channel alone would print it
    black.
    """
    paper = QImage(page.size(), QImage.Format.Format_Grayscale8)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper


class _Job:
    """One print run: pages go one after the other, a new page only between them."""

    def __init__(self, printer: QPrinter, report: PrintReport) -> None:
        self.printer = printer
        self.report = report
        self.painter = QPainter()
        self.started = False
        self.options = QPdfDocumentRenderOptions()
        self.options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Grayscale)

    def _next_page(self) -> None:
        if not self.started:
            if not self.painter.begin(self.printer):
                raise PrintFailed(
                    QCoreApplication.translate(
                        "LetterPrinting",
                        "The printer {printer} did not accept the job; check that it is "
                        "switched on and set up, then print again.",
                    ).format(printer=printer_name(self.printer))
                )
            # Text must stay sharp: no JPEG compression of the page images.
            self.painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
            self.started = True
        elif not self.printer.newPage():
            text = QCoreApplication.translate(
                "LetterPrinting", "The printer {printer} stopped the job."
            )
            raise PrintFailed(text.format(printer=printer_name(self.printer)))

    def document(self, document: Document, dpi: int) -> None:
        pdf = open_pdf(document.pdf, document.name)
        try:
            pages = pdf.pageCount()
            for page in range(pages):
                self._next_page()
                target = _target(self.printer, pdf.pagePointSize(page), dpi)
                image = pdf.render(page, target.size().toSize(), self.options)
                self.painter.drawImage(target, on_white(image))
            self.report.pages += pages
            self.report.documents += 1
            if self.report.duplex and pages % 2:
                # Never start the next document on the back of this one's last sheet:
                # it may be another person's letter.
                self._next_page()
                self.report.blank_pages += 1
        finally:
            pdf.close()

    def finish(self) -> None:
        if self.started and not self.painter.end():
            text = QCoreApplication.translate(
                "LetterPrinting", "The job could not be sent to {printer}."
            )
            raise PrintFailed(text.format(printer=printer_name(self.printer)))

    def abort(self) -> None:
        if self.started:
            self.printer.abort()
            self.painter.end()


def print_job(
    printer: QPrinter,
    sets: Iterable[Sequence[Document]],
    *,
    total: int,
    job_name: str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> PrintReport:
    """Print `sets` (the letters of one case, say) as one job, each set `copies` times.

    The copies are made here, set by set, so that the copies of one person's letters
    come out together. Cancel stops before the next set: the job then holds whole
    sets only, and is dropped when it holds none.
    """
    copies = max(1, printer.copyCount())
    collate = printer.collateCopies()
    printer.setCopyCount(1)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)  # black text: a third of the data
    dpi = _resolution(printer)
    printer.setResolution(dpi)
    printer.setDocName(job_name)
    report = PrintReport(
        printer_name(printer),
        copies=copies,
        duplex=printer.duplex() != QPrinter.DuplexMode.DuplexNone,
    )
    job = _Job(printer, report)
    if progress:
        progress(0, total)
    try:
        for documents in sets:
            if cancel is not None and cancel():
                report.cancelled = True
                break
            if collate:
                order = [d for _ in range(copies) for d in documents]
            else:
                order = [d for d in documents for _ in range(copies)]
            for document in order:
                job.document(document, dpi)
            report.sets += 1
            if progress:
                progress(report.sets, total)
    except BaseException:
        job.abort()
        raise
    if report.sets == 0:
        job.abort()
    else:
        job.finish()
    return report
