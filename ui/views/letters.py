"""The clerk's letters: the print queue of approved revocations without letters, and the
issued letters with what became of them (dispatched, served, replaced), their preview, and
printing, dispatch, service and corrections. Admins get the letter templates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelection,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import PermitReviewError
from app.domain.roles import Role
from app.services import letters
from app.services.context import Changed
from ui import errors
from ui.context import ViewContext
from ui.export import ExportButton, export_list, model_table
from ui.letters.batch import BatchDialog
from ui.letters.correction import CorrectionDialog
from ui.letters.dispatch import DispatchDialog
from ui.letters.files import default_folder, safe_name, save_letter, save_register
from ui.letters.jobs import print_letters
from ui.letters.models import (
    LETTER_COLUMNS,
    QUEUE_COLUMNS,
    KeyRole,
    Row,
    RowsModel,
    SortRole,
    can_correct,
    can_dispatch,
    can_serve,
    cases_text,
    envelopes_text,
    letters_text,
    pages_text,
    span_text,
)
from ui.letters.preview import LetterPreview
from ui.letters.printing import PrintReport, ask_printer
from ui.letters.service import ServiceDialog
from ui.letters.template_editor import TemplatesView
from ui.models.labels import date_text
from ui.views import View, ViewSpec
from ui.widgets import compact_rows, hint_label

QUEUE_TAB, ISSUED_TAB = 0, 1
# Changes after which the lists may differ.
LETTER_ACTIONS = ("issue_letters", "letter_corrected", "dispatch", "serve", "approve", "withdraw")
SEARCH_DELAY_MS = 300


def _table(parent: QWidget, name: str, model: RowsModel, stretch: tuple[int, ...]) -> QTableView:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    compact_rows(table)
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:  # the long texts share what the others leave
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


class LettersView(View):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("lettersView")
        self.queue_model = RowsModel(QUEUE_COLUMNS, "case_number", self)
        self.letters_model = RowsModel(LETTER_COLUMNS, "registration_number", self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("letterTabs")
        self.tabs.addTab(self._queue_tab(), self.tr("To issue"))
        self.tabs.addTab(self._issued_tab(), self.tr("Issued letters"))
        self.message = QLabel(self)
        self.message.setObjectName("lettersMessage")
        self.message.setAccessibleName(self.tr("last action"))
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it quotes paths and numbers
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.load_letters)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Letters</h2>"), self))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self._queue_selection()
        self._letter_selection()

    # --- building -----------------------------------------------------------------

    def _button(
        self, parent: QWidget, text: str, name: str, slot: Callable[[], object], shortcut: str = ""
    ) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        if shortcut:
            QShortcut(
                QKeySequence(shortcut),
                parent,
                slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
            button.setToolTip(
                self.tr("{action} ({shortcut})").format(
                    action=button.accessibleName(),
                    shortcut=QKeySequence(shortcut).toString(
                        QKeySequence.SequenceFormat.NativeText
                    ),
                )
            )
        return button

    def _queue_tab(self) -> QWidget:
        page = QWidget(self)
        self.queue_table = _table(page, "queueTable", self.queue_model, stretch=(2,))
        self.queue_table.setAccessibleName(self.tr("Approved revocations without letters"))
        self.queue_table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.queue_table.selectionModel().selectionChanged.connect(self._queue_selection)
        self.queue_table.activated.connect(lambda _index: self.issue_selected())
        self.issue_button = self._button(
            page, self.tr("&Issue and print…"), "issueAndPrint", self.issue_selected, "Ctrl+P"
        )
        self.select_all_button = self._button(
            page, self.tr("Select &all"), "selectAll", self.queue_table.selectAll
        )
        self.queue_count = QLabel(page)
        self.queue_count.setObjectName("queueCount")
        buttons = QHBoxLayout()
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.select_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.queue_count)
        layout = QVBoxLayout(page)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Approved revocations whose letters are not issued yet, oldest approval "
                    "first. Select the cases to send (Shift or Ctrl to select many) and issue "
                    "their letters: the decision and the appeal-rights notice for each."
                ),
                page,
            )
        )
        layout.addLayout(buttons)
        layout.addWidget(self.queue_table, 1)
        return page

    def _issued_tab(self) -> QWidget:
        page = QWidget(self)
        self.search = QLineEdit(page)
        self.search.setObjectName("letterSearch")
        self.search.setAccessibleName(self.tr("find letters"))
        self.search.setPlaceholderText(self.tr("Find by registration number, case number or name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self.load_letters)
        self.include_closed = QCheckBox(self.tr("Also served and &replaced letters"), page)
        self.include_closed.setObjectName("includeClosed")
        self.include_closed.toggled.connect(lambda _on: self.load_letters())
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.include_closed)

        self.letters_table = _table(page, "lettersTable", self.letters_model, stretch=(3, 4))
        self.letters_table.setAccessibleName(self.tr("Issued letters"))
        self.letters_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.letters_table.selectionModel().selectionChanged.connect(self._letter_selection)
        self.letters_table.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self.show_current()
        )
        self.preview = LetterPreview(page)
        splitter = QSplitter(page)
        splitter.setObjectName("lettersSplitter")
        splitter.addWidget(self.letters_table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 540])
        splitter.setChildrenCollapsible(False)

        self.print_button = self._button(
            page, self.tr("&Print…"), "print", self.print_selected, "Ctrl+P"
        )
        self.save_button = self._button(
            page, self.tr("&Save PDF…"), "savePdf", self.save_pdf, "Ctrl+S"
        )
        self.register_button = self._button(
            page, self.tr("Dispatch re&gister…"), "register", self.make_register
        )
        self.dispatch_button = self._button(
            page, self.tr("Record &dispatch…"), "dispatch", self.record_dispatch
        )
        self.service_button = self._button(
            page, self.tr("Record s&ervice…"), "service", self.record_service
        )
        self.correct_button = self._button(page, self.tr("&Correct…"), "correct", self.correct)
        buttons = QHBoxLayout()
        for button in (self.print_button, self.save_button, self.register_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        for button in (self.dispatch_button, self.service_button, self.correct_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.export_button = ExportButton(self.tr("the issued letters"), page)
        self.export_button.setObjectName("lettersExport")
        self.export_button.export_requested.connect(self.export_letters)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        return page

    def export_letters(self, fmt: str, path: Path | None = None) -> None:
        """The issued letters as listed (search and order), to CSV or XLSX."""
        export_list(
            self,
            self.ctx,
            view="letters",
            table=model_table(self.letters_table.model(), self.tr("Issued letters")),
            fmt=fmt,
            path=path,
            report=self.message,
        )

    # --- loading ------------------------------------------------------------------

    def refresh(self) -> None:
        self.load_queue()
        self.load_letters()

    def load_queue(self) -> None:
        selected = self.selected_cases()
        try:
            rows = letters.letters_queue(self.ctx.uow(), self.ctx.actor)
        except PermitReviewError as exc:
            errors.show_error(self, exc)
            return
        self.queue_model.set_rows(rows)
        self._reselect(self.queue_table, self.queue_model, selected)
        self.tabs.setTabText(QUEUE_TAB, self.tr("To issue ({count})").format(count=len(rows)))
        self._queue_selection()

    def load_letters(self) -> None:
        self.search_timer.stop()
        selected = self.selected_numbers()
        try:
            rows = letters.issued_letters(
                self.ctx.uow(),
                self.ctx.actor,
                only_open=not self.include_closed.isChecked(),
                search=self.search.text(),
            )
        except PermitReviewError as exc:
            errors.show_error(self, exc)
            return
        self.letters_model.set_rows(rows)
        self._reselect(self.letters_table, self.letters_model, selected)
        self.tabs.setTabText(
            ISSUED_TAB, self.tr("Issued letters ({count})").format(count=len(rows))
        )
        self._letter_selection()

    def on_changed(self, changed: Changed) -> None:
        if changed.action in LETTER_ACTIONS:
            self.refresh()

    def _reselect(self, table: QTableView, model: RowsModel, keys: list[str]) -> None:
        proxy = table.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        selection = table.selectionModel()
        selection.clearSelection()
        first = None
        for key in keys:
            row = model.row_of(key)
            if row < 0:
                continue
            index = proxy.mapFromSource(model.index(row, 0))
            selection.select(
                index,
                selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
            )
            first = first or index
        if first is not None:
            selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)
            table.scrollTo(first)

    # --- selections ---------------------------------------------------------------

    def _keys(self, table: QTableView) -> list[str]:
        rows = sorted(table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [str(index.data(KeyRole)) for index in rows]

    def selected_cases(self) -> list[str]:
        return self._keys(self.queue_table)

    def selected_numbers(self) -> list[str]:
        """In the order they were issued, whatever the sorting of the list."""
        return sorted(self._keys(self.letters_table))

    def selected_letters(self) -> list[Row]:
        rows = [self.letters_model.row_of(n) for n in self.selected_numbers()]
        return [self.letters_model.row(r) for r in rows if r >= 0]

    def select_cases(self, case_numbers: list[str]) -> None:
        self._reselect(self.queue_table, self.queue_model, case_numbers)

    def select_letters(self, numbers: list[str]) -> None:
        self._reselect(self.letters_table, self.letters_model, numbers)

    def _queue_selection(self, *_: QItemSelection) -> None:
        count = len(self.selected_cases())
        self.issue_button.setEnabled(count > 0)
        total = self.queue_model.rowCount()
        if total:
            text = self.tr("{count} of {total} selected").format(count=count, total=total)
        else:
            text = self.tr("Nothing to issue")
        self.queue_count.setText(text)

    def _letter_selection(self, *_: QItemSelection) -> None:
        chosen = self.selected_letters()
        one = chosen[0] if len(chosen) == 1 else None
        self.print_button.setEnabled(bool(chosen))
        self.register_button.setEnabled(bool(chosen))
        self.save_button.setEnabled(one is not None)
        self.dispatch_button.setEnabled(one is not None and can_dispatch(one))
        self.service_button.setEnabled(one is not None and can_serve(one))
        self.correct_button.setEnabled(one is not None and can_correct(one))
        self.show_current()

    def show_current(self) -> None:
        index = self.letters_table.selectionModel().currentIndex()
        if not index.isValid() or not self.letters_table.selectionModel().isRowSelected(
            index.row()
        ):
            chosen = self.selected_numbers()
            number = chosen[0] if chosen else None
        else:
            number = str(index.data(KeyRole))
        if number is None:
            self.preview.clear()
            return
        if self.preview.letter is not None and self.preview.letter.registration_number == number:
            return
        try:
            # One letter of some 40 KB, read by its unique number: no worker needed.
            stored = letters.letter_pdf(self.ctx.uow(), self.ctx.actor, number)
            self.preview.show_letter(stored)
        except PermitReviewError as exc:
            self.preview.clear(errors.message(exc))

    # --- issuing ------------------------------------------------------------------

    def issue_selected(self) -> BatchDialog | None:
        refs = self.selected_cases()
        if not refs:
            return None
        dialog = BatchDialog(self.ctx, refs, self)
        dialog.finished.connect(lambda _result: self._after_batch(dialog))
        dialog.open()
        return dialog

    def _after_batch(self, dialog: BatchDialog) -> None:
        outcome = dialog.outcome
        if outcome is None or not outcome.result.issued:
            return
        numbers = outcome.result.registration_numbers
        if len(numbers) > 1:
            text = self.tr("Issued {letters}, {span}.").format(
                letters=letters_text(len(numbers)), span=span_text(numbers)
            )
        else:
            text = self.tr("Issued {number}.").format(number=numbers[0])
        self.message.setText(text)
        self.tabs.setCurrentIndex(ISSUED_TAB)
        self.select_letters(numbers)

    # --- printing and files -------------------------------------------------------

    def _groups(self, chosen: list[Row]) -> list[list[str]]:
        """The chosen letters, those of one case together, in the order chosen."""
        groups: dict[str, list[str]] = {}
        for row in chosen:
            groups.setdefault(row["case_number"], []).append(row["registration_number"])
        return list(groups.values())

    def print_selected(self) -> None:
        chosen = self.selected_letters()
        if not chosen:
            return
        groups = self._groups(chosen)
        if len(chosen) == 1:
            title = self.tr("Print the letter")
        else:
            title = self.tr("Print {count} letters").format(count=len(chosen))
        ask_printer(self, title, lambda printer: self.print_groups(printer, groups))

    def print_groups(self, printer: QPrinter, groups: list[list[str]]) -> int:
        return self.ctx.tasks.run_long(
            self,
            self.tr("Printing letters"),
            lambda progress, cancel: print_letters(
                self.ctx, printer, groups, progress=progress, cancel=cancel
            ),
            lambda report: self._printed(report, groups),
        )

    def _printed(self, report: PrintReport, groups: list[list[str]]) -> None:
        letters_printed = sum(len(g) for g in groups[: report.sets])
        text = self.tr("Printed {letters} ({pages}) on {printer}.").format(
            letters=letters_text(letters_printed),
            pages=pages_text(report.pages),
            printer=report.printer,
        )
        if report.cancelled:
            text += " " + self.tr("Cancelled: {cases} not printed.").format(
                cases=cases_text(len(groups) - report.sets)
            )
        self.message.setText(text)

    def save_pdf(self) -> QFileDialog | None:
        chosen = self.selected_letters()
        if len(chosen) != 1:
            return None
        number = chosen[0]["registration_number"]
        title = self.tr("Save letter {number}").format(number=number)
        dialog = QFileDialog(self, title, str(Path.home()))
        dialog.setObjectName("saveLetterDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(f"{safe_name(number)}.pdf")
        dialog.fileSelected.connect(lambda path: self._save_pdf(number, Path(path)))
        dialog.open()
        return dialog

    def _save_pdf(self, number: str, path: Path) -> None:
        try:
            stored = letters.letter_pdf(self.ctx.uow(), self.ctx.actor, number)
            save_letter(stored.pdf, path)
        except PermitReviewError as exc:
            errors.show_error(self, exc)
            return
        except OSError as exc:
            errors.show_error(self, _file_error(path, exc))
            return
        self.message.setText(
            self.tr("Saved {number} as issued to {path}.").format(number=number, path=path)
        )

    def make_register(self) -> QFileDialog | None:
        numbers = self.selected_numbers()
        if not numbers:
            return None
        dialog = QFileDialog(
            self, self.tr("Folder for the dispatch register"), str(default_folder())
        )
        dialog.setObjectName("registerFolderDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda folder: self._save_register(numbers, Path(folder)))
        dialog.open()
        return dialog

    def _save_register(self, numbers: list[str], folder: Path) -> None:
        try:
            register = letters.dispatch_register(self.ctx.uow(), self.ctx.actor, numbers)
            pdf, csv = save_register(register, folder, self.ctx.workspace.clock.today(), numbers)
        except PermitReviewError as exc:
            errors.show_error(self, exc)
            return
        except OSError as exc:
            errors.show_error(self, _file_error(folder, exc))
            return
        self.message.setText(
            self.tr("Dispatch register of {envelopes} saved as {pdf} and {csv}.").format(
                envelopes=envelopes_text(register.entries), pdf=pdf, csv=csv.name
            )
        )

    # --- dispatch, service, corrections -------------------------------------------

    def _one(self) -> Row | None:
        chosen = self.selected_letters()
        return chosen[0] if len(chosen) == 1 else None

    def record_dispatch(self) -> DispatchDialog | None:
        row = self._one()
        if row is None:
            return None
        dialog = DispatchDialog(self.ctx, row, self.ctx.workspace.clock.today(), self)

        def dispatched() -> None:
            details = dialog.changed.details if dialog.changed else {}
            self._done(
                self.tr("Dispatch of case {case} recorded: {letters}.").format(
                    case=row["case_number"], letters=", ".join(details.get("letters", []))
                )
            )

        dialog.accepted.connect(dispatched)
        dialog.open()
        return dialog

    def record_service(self) -> ServiceDialog | None:
        row = self._one()
        if row is None:
            return None
        dialog = ServiceDialog(self.ctx, row, self.ctx.workspace.clock.today(), self)

        def served() -> None:
            details = dialog.changed.details if dialog.changed else {}
            self._done(
                self.tr(
                    "Case {case} served on {served}: last day to appeal {appeal}, must leave "
                    "by {departure}."
                ).format(
                    case=row["case_number"],
                    served=date_text(details.get("served_on")),
                    appeal=date_text(details.get("appeal_deadline")),
                    departure=date_text(details.get("departure_deadline")),
                )
            )

        dialog.accepted.connect(served)
        dialog.open()
        return dialog

    def correct(self) -> CorrectionDialog | None:
        row = self._one()
        if row is None:
            return None
        dialog = CorrectionDialog(self.ctx, row, self)

        def corrected() -> None:
            details = dialog.changed.details if dialog.changed else {}
            new = details.get("letter", {}).get("registration_number", "")
            self._done(
                self.tr("Issued {new}, which replaces {old}. Print it and send it.").format(
                    new=new, old=row["registration_number"]
                )
            )
            self.select_letters([new])

        dialog.accepted.connect(corrected)
        dialog.open()
        return dialog

    def _done(self, text: str) -> None:
        self.message.setText(text)


def _file_error(path: Path, exc: OSError) -> PermitReviewError:
    text = QCoreApplication.translate("LettersView", "{path} could not be written: {error}.")
    return PermitReviewError(text.format(path=path, error=exc.strerror or exc))


VIEWS = [
    ViewSpec(
        "letters",
        str(QT_TRANSLATE_NOOP("ViewSpec", "Letters")),
        LettersView,
        roles=frozenset({Role.CLERK}),
        order=40,
        tooltip=str(
            QT_TRANSLATE_NOOP("ViewSpec", "Issue and print letters, record dispatch and service")
        ),
    ),
    ViewSpec(
        "letter_templates",
        str(QT_TRANSLATE_NOOP("ViewSpec", "Letter templates")),
        TemplatesView,
        roles=frozenset({Role.ADMIN}),
        order=90,
        tooltip=str(QT_TRANSLATE_NOOP("ViewSpec", "Edit and check the wording of the letters")),
    ),
]
