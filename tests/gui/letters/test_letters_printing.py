"""Printing: through a real CUPS queue whose cups-pdf driver writes each job as a PDF, and to
PDF files for the page arithmetic (copies, two-sided padding, cancel, a refused job)."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QComboBox, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from app.db.store import Store
from app.services import letters
from app.services.context import Actor, UnitOfWork
from tests.gui.conftest import Shoot
from tests.gui.letters.conftest import (
    awaiting,
    dark_share,
    file_printer,
    issue,
    letters_view,
    pdf_pages,
)
from ui.letters import printing
from ui.letters.pdf import open_pdf
from ui.letters.printing import MAX_DPI, Document, PrintFailed, on_white, print_job
from ui.main_window import MainWindow
from ui.views.letters import ISSUED_TAB

Factory = Callable[[], UnitOfWork]
LEFT = Qt.MouseButton.LeftButton
PRINTER_ENV, DIR_ENV = "PERMIT_REVIEW_TEST_PRINTER", "PERMIT_REVIEW_TEST_PRINT_DIR"
JOB_TIMEOUT = 120.0


@pytest.fixture
def cups_queue() -> tuple[str, Path]:
    """The CUPS queue .ci/run sets up (cups-pdf), and the folder its PDFs go to."""
    name, folder = os.environ.get(PRINTER_ENV), os.environ.get(DIR_ENV)
    if not name or not folder:
        reason = (
            f"{PRINTER_ENV} and {DIR_ENV} are not set: there is no CUPS queue with the "
            "cups-pdf driver to print to (.ci/run sets one up; see .ci/cups-pdf-queue)"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)
    if name not in [p.printerName() for p in QPrinterInfo.availablePrinters()]:
        pytest.fail(f"{PRINTER_ENV}={name} but CUPS has no such printer (is cupsd running?)")
    return name, Path(folder)


def pending_jobs(printer: str) -> str:
    done = subprocess.run(["lpstat", "-o", printer], capture_output=True, text=True)
    return done.stdout.strip()


def wait_for_output(printer: str, folder: Path, before: set[Path]) -> Path:
    """The PDF cups-pdf wrote for the job just sent, once CUPS has finished it."""
    deadline = time.monotonic() + JOB_TIMEOUT
    while time.monotonic() < deadline:
        new = sorted(set(folder.glob("*.pdf")) - before)
        if new and not pending_jobs(printer):
            assert len(new) == 1, f"expected one new PDF in {folder}, found {new}"
            return new[0]
        time.sleep(0.25)
    raise AssertionError(f"no PDF from {printer} in {folder} after {JOB_TIMEOUT:.0f} s")


def page_images(path: Path, width: int = 300) -> list[float]:
    """The dark share of each page of a printed PDF."""
    document = open_pdf(path.read_bytes(), path.name)
    shares = []
    for page in range(document.pageCount()):
        points = document.pagePointSize(page)
        size = QSize(width, round(width * points.height() / points.width()))
        shares.append(dark_share(on_white(document.render(page, size))))
    return shares


def test_print_a_case_through_the_cups_queue(
    cups_queue: tuple[str, Path],
    qtbot: QtBot,
    clerk_window: MainWindow,
    store: Store,
    uow_factory: Factory,
    users: dict[str, Actor],
    shoot: Shoot,
) -> None:
    name, folder = cups_queue
    ref = awaiting(store, uow_factory, users, 1)[0]
    numbers = issue(uow_factory, users, ref)
    pages = [letters.letter_pdf(uow_factory(), users["cleo"], n).pages for n in numbers]
    view = letters_view(clerk_window)
    view.tabs.setCurrentIndex(ISSUED_TAB)
    view.select_letters(numbers)

    qtbot.mouseClick(view.print_button, LEFT)
    dialog = view.findChild(QPrintDialog)
    assert isinstance(dialog, QPrintDialog) and dialog.isVisible()
    chooser = dialog.findChild(QComboBox, "printers")
    assert chooser is not None
    chooser.setCurrentIndex(chooser.findText(name))
    copies = dialog.findChild(QSpinBox, "copies")
    assert copies is not None
    copies.setValue(2)
    more = [b for b in dialog.findChildren(QPushButton) if "Options" in b.text()]
    assert len(more) == 1
    qtbot.mouseClick(more[0], LEFT)  # show copies and two-sided printing
    shoot(dialog, "letters-print-dialog")
    before = set(folder.glob("*.pdf"))
    dialog.accept()
    qtbot.waitUntil(lambda: view.message.text().startswith("Printed"), timeout=60_000)
    assert view.ctx.tasks.running == 0
    assert view.message.text() == f"Printed 2 letters ({2 * sum(pages)} pages) on {name}."

    output = wait_for_output(name, folder, before)
    assert pdf_pages(output) == 2 * sum(pages)  # two copies of the case's letters
    shares = page_images(output)
    # Every page carries text and none came out black (a transparent page must print white).
    assert all(0 < share < 0.2 for share in shares), shares
    listed = subprocess.run(
        ["pdfimages", "-list", str(output)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    ppi = {int(row.split()[12]) for row in listed}
    assert ppi and max(ppi) <= MAX_DPI, listed  # the queue offers 1200 dpi; pages go at 300


def test_two_sided_printing_starts_each_letter_on_a_new_sheet(
    store: Store, uow_factory: Factory, users: dict[str, Actor], tmp_path: Path
) -> None:
    ref = awaiting(store, uow_factory, users, 1)[0]
    decision, notice = (
        letters.letter_pdf(uow_factory(), users["cleo"], n) for n in issue(uow_factory, users, ref)
    )
    assert (decision.pages, notice.pages) == (2, 3)

    class TwoSided(QPrinter):
        def duplex(self) -> QPrinter.DuplexMode:  # type: ignore[override]
            return QPrinter.DuplexMode.DuplexLongSide

    target = tmp_path / "duplex.pdf"
    printer = TwoSided(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setResolution(100)
    sets = [[Document(notice.registration_number, notice.pdf), Document("d", decision.pdf)]]
    report = print_job(printer, sets, total=1, job_name="duplex")
    assert (report.pages, report.blank_pages, report.duplex) == (5, 1, True)
    # Notice 1-3, then the back of its second sheet left blank, then the decision.
    shares = page_images(target)
    assert len(shares) == 6
    assert shares[3] == 0 and all(share > 0 for i, share in enumerate(shares) if i != 3)


def test_copies_come_out_set_by_set(
    store: Store,
    uow_factory: Factory,
    users: dict[str, Actor],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    refs = awaiting(store, uow_factory, users, 2)  # the second one with English translation
    docs, pages = [], 0
    for ref in refs:
        stored = [
            letters.letter_pdf(uow_factory(), users["cleo"], n)
            for n in issue(uow_factory, users, ref)
        ]
        docs.append([Document(x.registration_number, x.pdf) for x in stored])
        pages += sum(x.pages for x in stored)
    target = tmp_path / "copies.pdf"
    printer = file_printer(target)
    printer.setCopyCount(3)
    progress: list[tuple[int, int]] = []
    order: list[str] = []
    draw = printing._Job.document

    def recorded(job: printing._Job, document: Document, dpi: int) -> None:
        order.append(document.name)
        draw(job, document, dpi)

    monkeypatch.setattr(printing._Job, "document", recorded)
    report = print_job(
        printer, docs, total=2, job_name="copies", progress=lambda *p: progress.append(p)
    )
    assert report.copies == 3 and report.sets == 2 and report.documents == 12
    assert pdf_pages(target) == report.pages == 3 * pages
    assert progress == [(0, 2), (1, 2), (2, 2)]
    # Collated, one person's letters at a time: 1 2 1 2 1 2, then 3 4 3 4 3 4.
    assert order == ["2026-RS-00001", "2026-RS-00002"] * 3 + ["2026-RS-00003", "2026-RS-00004"] * 3


def test_cancel_before_the_first_set_sends_no_job(tmp_path: Path) -> None:
    target = tmp_path / "none.pdf"
    report = print_job(
        file_printer(target), [[Document("x", b"")]], total=1, job_name="x", cancel=lambda: True
    )
    assert report.cancelled and report.sets == 0 and report.pages == 0
    assert not target.exists()


def test_a_printer_that_refuses_the_job_is_reported(
    store: Store, uow_factory: Factory, users: dict[str, Actor], tmp_path: Path
) -> None:
    ref = awaiting(store, uow_factory, users, 1)[0]
    number = issue(uow_factory, users, ref)[0]
    pdf = letters.letter_pdf(uow_factory(), users["cleo"], number).pdf
    printer = file_printer(tmp_path / "no such folder" / "x.pdf")
    with pytest.raises(PrintFailed, match="did not accept the job"):
        print_job(printer, [[Document(number, pdf)]], total=1, job_name="x")
