"""One print run: issue the letters of the chosen cases, print them as one job, and keep the
dispatch register as PDF and CSV. A progress bar and Cancel: Cancel stops before the next
case, and every case issued until then stays issued, complete and in the register."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import PermitReviewError
from app.services import letters
from app.services.context import Changed
from ui.context import ViewContext
from ui.errors import InlineError
from ui.letters.files import default_folder, save_register
from ui.letters.jobs import print_letters
from ui.letters.models import cases_text, envelopes_text, letters_text, pages_text, span_text
from ui.letters.printing import (
    PrintReport,
    ask_printer,
    describe,
    printer_name,
    printers_available,
)
from ui.widgets import esc, hint_label

ISSUE, PRINT = "issue", "print"
MAX_LISTED = 10  # refusals named one by one; the rest are counted


@dataclass
class BatchOutcome:
    """What a run did; it never raises once letters are issued, so nothing issued goes unsaid."""

    result: letters.BatchResult
    register_files: tuple[Path, Path] | None = None
    register_error: str = ""
    printer: str = ""
    printed: PrintReport | None = None
    print_error: str = ""
    unprinted: list[list[str]] = field(default_factory=list)

    @property
    def groups(self) -> list[list[str]]:
        return [[x["registration_number"] for x in case["letters"]] for case in self.result.issued]


def _cancelled(outcome: BatchOutcome, asked: int) -> str:
    result = outcome.result
    issued = len(result.issued)
    untouched = asked - issued - len(result.failed)
    parts = [
        QCoreApplication.translate(
            "BatchDialog", "<b>Cancelled</b> after {done} of {total} cases."
        ).format(done=issued, total=asked)
    ]
    if issued and outcome.printed is None:
        parts.append(
            QCoreApplication.translate(
                "BatchDialog",
                "The letters issued before Cancel stay issued and are in the register, but "
                "were not printed: use “Print issued letters” below.",
            )
        )
    else:
        parts.append(
            QCoreApplication.translate(
                "BatchDialog",
                "The letters issued before Cancel stay issued and are in the register.",
            )
        )
    if untouched == 1:
        parts.append(
            QCoreApplication.translate(
                "BatchDialog", "1 case was not touched and stays in the queue."
            )
        )
    else:
        parts.append(
            QCoreApplication.translate(
                "BatchDialog", "{count} cases were not touched and stay in the queue."
            ).format(count=untouched)
        )
    return " ".join(parts)


def _printed(outcome: BatchOutcome, printed: PrintReport) -> list[str]:
    issued = len(outcome.result.issued)
    cases = cases_text(min(printed.sets, issued))
    pages = pages_text(printed.pages)
    if printed.copies > 1:
        pages = QCoreApplication.translate("BatchDialog", "{pages}, {copies} copies each").format(
            pages=pages, copies=printed.copies
        )
    if printed.sets > issued:
        text = QCoreApplication.translate(
            "BatchDialog",
            "<b>Printed</b> on {printer}: the letters of {cases} and the dispatch register "
            "({pages}).",
        )
    else:
        text = QCoreApplication.translate(
            "BatchDialog", "<b>Printed</b> on {printer}: the letters of {cases} ({pages})."
        )
    lines = [text.format(printer=esc(outcome.printer), cases=cases, pages=pages)]
    if printed.cancelled:
        lines.append(
            QCoreApplication.translate(
                "BatchDialog",
                "<b>Printing was cancelled</b>: the letters of {cases} are issued but not "
                "printed; use “Print issued letters” below.",
            ).format(cases=cases_text(len(outcome.unprinted)))
        )
    return lines


def describe_outcome(outcome: BatchOutcome, asked: int) -> str:
    """The run in a few lines of rich text, for the clerk to act on."""
    result = outcome.result
    issued = len(result.issued)
    numbers = result.registration_numbers
    lines = []
    if issued:
        lines.append(
            QCoreApplication.translate(
                "BatchDialog", "<b>Issued:</b> {letters} for {cases}, {span}."
            ).format(
                letters=letters_text(len(numbers)),
                cases=cases_text(issued),
                span=esc(span_text(numbers)),
            )
        )
    else:
        lines.append(QCoreApplication.translate("BatchDialog", "<b>No letters were issued.</b>"))
    if result.cancelled:
        lines.append(_cancelled(outcome, asked))
    if outcome.printed is not None:
        lines += _printed(outcome, outcome.printed)
    if outcome.print_error:
        lines.append(
            QCoreApplication.translate("BatchDialog", "<b>Not printed:</b> {error}").format(
                error=esc(outcome.print_error)
            )
        )
    if outcome.register_files is not None:
        pdf, csv = outcome.register_files
        envelopes = result.register.entries if result.register else 0
        lines.append(
            QCoreApplication.translate(
                "BatchDialog", "<b>Dispatch register</b> saved as {pdf} and {csv} ({envelopes})."
            ).format(pdf=esc(str(pdf)), csv=esc(csv.name), envelopes=envelopes_text(envelopes))
        )
    if outcome.register_error:
        lines.append(
            QCoreApplication.translate("BatchDialog", "<b>Register not saved:</b> {error}").format(
                error=esc(outcome.register_error)
            )
        )
    for failure in result.failed[:MAX_LISTED]:
        lines.append(
            QCoreApplication.translate("BatchDialog", "<b>Not issued:</b> {case}: {reason}").format(
                case=esc(failure["ref"]), reason=esc(failure["message"])
            )
        )
    if len(result.failed) > MAX_LISTED:
        lines.append(
            QCoreApplication.translate(
                "BatchDialog", "… and {count} more cases not issued."
            ).format(count=len(result.failed) - MAX_LISTED)
        )
    return "<br>".join(lines)


class BatchDialog(QDialog):
    # phase, done, total; emitted on the worker thread, received on the window's.
    progressed = Signal(str, int, int)

    def __init__(self, ctx: ViewContext, refs: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.refs = list(refs)
        self.cancel_requested = threading.Event()
        self.running = False
        self.outcome: BatchOutcome | None = None
        self.setObjectName("batchDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Issue and print letters"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(600)

        count = len(self.refs)
        self.intro = QLabel(
            self.tr(
                "Issue the letters of <b>{cases}</b>: for each, the decision and the "
                "appeal-rights notice ({letters}). Each gets the next registration number, "
                "today's date and the approving supervisor as signatory; once issued, a "
                "letter never changes."
            ).format(cases=cases_text(count), letters=letters_text(2 * count)),
            self,
        )
        self.intro.setObjectName("batchIntro")
        self.intro.setWordWrap(True)
        self.print_box = QCheckBox(
            self.tr(
                "&Print them as one job (choose the printer, copies and two-sided printing next)"
            ),
            self,
        )
        self.print_box.setObjectName("printLetters")
        self.no_printer = hint_label(
            self.tr(
                "No printer is set up on this computer: the letters can be issued and the "
                "dispatch register saved now, and the letters printed later from Issued "
                "letters."
            ),
            self,
        )
        self.no_printer.setObjectName("noPrinter")
        has_printer = printers_available()
        self.print_box.setChecked(has_printer)
        self.print_box.setEnabled(has_printer)
        self.no_printer.setVisible(not has_printer)
        self.print_box.toggled.connect(self._update_buttons)

        self.folder = QLineEdit(str(default_folder()), self)
        self.folder.setObjectName("registerFolder")
        self.folder.setAccessibleName(self.tr("folder for the dispatch register"))
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.clicked.connect(self.browse)
        folder_row = QHBoxLayout()
        folder_label = QLabel(self.tr("Dispatch register (PDF and CSV) &goes to:"), self)
        folder_label.setBuddy(self.folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("batchProgress")
        self.progress.setAccessibleName(self.tr("progress"))
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("batchStatus")
        self.status.setAccessibleName(self.tr("status"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("batchOutcome")
        self.result_label.setAccessibleName(self.tr("outcome"))
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.error = InlineError(self)

        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(
            self.tr("&Issue and print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("start")
        self.start_button.setDefault(True)
        self.print_button = self.buttons.addButton(
            self.tr("Print issued &letters…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setObjectName("printIssued")
        self.print_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setObjectName("cancel")
        self.start_button.clicked.connect(self.start)
        self.print_button.clicked.connect(self.print_issued)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.print_box)
        layout.addWidget(self.no_printer)
        layout.addWidget(folder_label)
        layout.addLayout(folder_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.progressed.connect(self._show_progress)
        self._update_buttons()

    # --- before the run ---------------------------------------------------------------

    def browse(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Folder for the dispatch register"), self.folder.text())
        dialog.setObjectName("registerFolderDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.folder.setText)
        dialog.open()
        return dialog

    def _update_buttons(self) -> None:
        if self.outcome is None and not self.running:
            if self.print_box.isChecked():
                self.start_button.setText(self.tr("&Issue and print…"))
            else:
                self.start_button.setText(self.tr("&Issue"))

    def start(self) -> None:
        if self.running or self.outcome is not None:
            return
        if not self.folder.text().strip():
            self.error.setText(self.tr("Choose a folder for the dispatch register."))
            self.error.show()
            self.folder.setFocus()
            return
        if self.print_box.isChecked():
            ask_printer(self, self.tr("Print the letters"), self.run)
        else:
            self.run(None)

    # --- the run ----------------------------------------------------------------------

    def run(self, printer: QPrinter | None) -> None:
        refs, folder = list(self.refs), Path(self.folder.text().strip()).expanduser()
        today = self.ctx.workspace.clock.today()
        self._begin(
            self.tr("Issuing letters: {done} of {total} cases").format(done=0, total=len(refs))
        )
        self.ctx.tasks.run(
            lambda: self.work(refs, printer, folder, today),
            self._finished,
            self._failed,
            owner=self,
        )

    def report(self, phase: str, done: int, total: int) -> None:
        """Called on the worker thread after each case."""
        self.progressed.emit(phase, done, total)

    def work(
        self, refs: list[str], printer: QPrinter | None, folder: Path, today: dt.date
    ) -> BatchOutcome:
        """The run itself, on a worker thread: it touches no widget."""
        result = letters.issue_batch(
            self.ctx.uow,
            self.ctx.actor,
            refs,
            progress=lambda done, total: self.report(ISSUE, done, total),
            cancel=self.cancel_requested.is_set,
        )
        outcome = BatchOutcome(result)
        if result.register is not None:
            try:
                outcome.register_files = save_register(
                    result.register, folder, today, result.registration_numbers
                )
            except OSError as exc:
                outcome.register_error = self.tr(
                    "it could not be written to {folder} ({error}); make it again from Issued "
                    "letters with “Dispatch register”"
                ).format(folder=folder, error=exc.strerror or exc)
        if printer is not None and outcome.groups and not result.cancelled:
            self._print(outcome, printer, outcome.groups, with_register=True)
        return outcome

    def _print(
        self,
        outcome: BatchOutcome,
        printer: QPrinter,
        groups: list[list[str]],
        *,
        with_register: bool,
    ) -> None:
        register = outcome.result.register
        outcome.printer = printer_name(printer)
        try:
            report = print_letters(
                self.ctx,
                printer,
                groups,
                register=register.pdf if with_register and register else None,
                progress=lambda done, total: self.report(PRINT, done, total),
                cancel=self.cancel_requested.is_set,
            )
        except PermitReviewError as exc:
            outcome.print_error = exc.message
            outcome.unprinted = groups
            return
        outcome.printed = report
        outcome.unprinted = groups[report.sets :]

    def _begin(self, status: str) -> None:
        self.running = True
        self.cancel_requested.clear()
        self.error.clear()
        self.start_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.print_box.setEnabled(False)
        self.folder.setEnabled(False)
        self.browse_button.setEnabled(False)
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Cancel"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(status)
        self.adjustSize()

    def _show_progress(self, phase: str, done: int, total: int) -> None:
        if not self.running:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if self.cancel_requested.is_set():
            return
        if phase == ISSUE:
            text = self.tr("Issuing letters: {done} of {total} cases")
        else:
            text = self.tr("Printing: {done} of {total} sets of letters")
        self.status.setText(text.format(done=done, total=total))

    def _end(self) -> None:
        self.running = False
        self.progress.hide()
        self.status.setText("")
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))
        self.start_button.hide()

    def _finished(self, outcome: BatchOutcome) -> None:
        first_run = self.outcome is None
        if self.outcome is not None:
            # A later "print issued letters": the issuing and the register stay as they were.
            outcome.register_files = self.outcome.register_files
            outcome.register_error = self.outcome.register_error
        self.outcome = outcome
        self._end()
        self.result_label.setText(describe_outcome(outcome, len(self.refs)))
        self.result_label.show()
        unprinted = bool(outcome.unprinted) or (outcome.printed is None and bool(outcome.groups))
        self.print_button.setVisible(unprinted)
        self.print_button.setEnabled(unprinted)
        self.adjustSize()
        if first_run:
            self.ctx.bus.publish(outcome.result.changed())

    def _failed(self, exc: BaseException) -> None:
        self._end()
        self.error.show_error(exc)
        self.adjustSize()
        # Part of a run may have been issued before the failure: let the views look again.
        self.ctx.bus.publish(Changed("issue_letters"))

    # --- after the run ----------------------------------------------------------------

    def print_issued(self) -> None:
        outcome = self.outcome
        if outcome is None or self.running:
            return
        groups = outcome.unprinted or outcome.groups
        if not groups:
            return
        ask_printer(self, self.tr("Print the issued letters"), lambda p: self._reprint(p, groups))

    def _reprint(self, printer: QPrinter, groups: list[list[str]]) -> None:
        previous = self.outcome
        assert previous is not None
        self._begin(self.tr("Printing on {printer}").format(printer=describe(printer)))

        def work() -> BatchOutcome:
            again = BatchOutcome(previous.result)
            self._print(again, printer, groups, with_register=previous.printed is None)
            return again

        self.ctx.tasks.run(work, self._finished, self._failed, owner=self)

    # --- closing ----------------------------------------------------------------------

    def reject(self) -> None:
        if self.running:
            # Stop before the next case; the dialog stays until the run has stopped.
            self.cancel_requested.set()
            self.close_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the current case…"))
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
