"""The deadline board: every list in one table, filtered and counted by the database,
exported to CSV, printed, or saved as PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import PermitReviewError
from app.services import deadlines
from app.services.deadlines import KIND_PLURALS, KINDS, Board, BoardFilter, end_of_week
from ui.appeals import printing
from ui.appeals.models import BoardModel, KeyRole, SortRole
from ui.context import ViewContext
from ui.errors import show_error
from ui.widgets import compact_rows, esc, line_edit

LISTS = [("All lists", KINDS)] + [(label, (kind,)) for kind, label in KIND_PLURALS.items()]
WINDOWS = [
    ("Due this week or overdue", "week"),
    ("Overdue", "overdue"),
    ("Due within 7 days or overdue", 7),
    ("Due within 30 days or overdue", 30),
    ("Everything running", None),
]


class BoardPanel(QWidget):
    open_case = Signal(str)
    loaded = Signal(object)  # Board

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("boardPanel")
        self.board: Board | None = None
        self.dialog: QDialog | None = None
        self.loads = 0
        self._request = 0

        self.lists = QComboBox(self)
        self.lists.setObjectName("boardList")
        self.lists.setAccessibleName("list")
        for text, kinds in LISTS:
            self.lists.addItem(text, kinds)
        self.due = QComboBox(self)
        self.due.setObjectName("boardWindow")
        self.due.setAccessibleName("due")
        for text, value in WINDOWS:
            self.due.addItem(text, value)
        self.case = line_edit("case or permit number filter", self)
        self.case.setPlaceholderText("Case or permit number starts with…")
        self.case.setClearButtonEnabled(True)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(300)
        self.debounce.timeout.connect(self.load)
        self.lists.currentIndexChanged.connect(self.load)
        self.due.currentIndexChanged.connect(self.load)
        self.case.textChanged.connect(lambda _t: self.debounce.start())

        self.counts = QLabel(self)
        self.counts.setObjectName("boardCounts")
        self.counts.setAccessibleName("counts")
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.RichText)

        self.model = BoardModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView(self)
        self.table.setObjectName("boardTable")
        self.table.setAccessibleName("Deadlines")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the database's order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_current)
        self.table.activated.connect(self._open_current)

        self.open_button = QPushButton("&Open case", self)
        self.open_button.setObjectName("boardOpenCase")
        self.open_button.clicked.connect(self._open_current)
        self.export_button = QPushButton("E&xport CSV…", self)
        self.export_button.setObjectName("exportCsv")
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.print_button = QPushButton("&Print…", self)
        self.print_button.setObjectName("printBoard")
        self.print_button.clicked.connect(self.print_board)
        self.pdf_button = QPushButton("Save P&DF…", self)
        self.pdf_button.setObjectName("saveBoardPdf")
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.rows_label = QLabel(self)
        self.rows_label.setObjectName("boardRows")
        self.rows_label.setAccessibleName("rows shown")

        filters = QHBoxLayout()
        for text, widget in (("&List:", self.lists), ("D&ue:", self.due)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.case, 1)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.export_button, self.print_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.rows_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.counts)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    # --- filter and load ------------------------------------------------------------------

    def today(self) -> dt.date:
        return self.ctx.workspace.clock.today()

    def current_filter(self) -> BoardFilter:
        kinds = tuple(self.lists.currentData())
        window = self.due.currentData()
        due_within: int | None = None
        overdue = False
        if window == "week":
            due_within = (end_of_week(self.today()) - self.today()).days
        elif window == "overdue":
            overdue = True
        elif isinstance(window, int):
            due_within = window
        return BoardFilter(kinds, due_within, overdue, self.case.text())

    def describe_filter(self) -> str:
        what = f"{self.lists.currentText()}, {self.due.currentText().lower()}"
        if self.case.text().strip():
            what += f", case or permit starting {self.case.text().strip()}"
        return what

    def load(self) -> None:
        self.debounce.stop()
        uow, actor, flt = self.ctx.uow(), self.ctx.actor, self.current_filter()
        # Only the newest load is shown: an older one (another filter) may finish after it.
        self._request += 1
        token = self._request
        self.ctx.tasks.run(
            lambda: deadlines.board(uow, actor, flt),
            lambda board: self._show(board) if token == self._request else None,
            owner=self,
        )

    def _show(self, board: Board) -> None:
        self.board = board
        self.model.set_rows(board.rows)
        n = len(board.rows)
        self.rows_label.setText(f"{n} row{'s' if n != 1 else ''} shown")
        self.counts.setText(counts_html(board))
        self.loads += 1
        self.loaded.emit(board)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_case.emit(str(index.data(KeyRole)))

    # --- out of the application -------------------------------------------------------------

    def _folder(self) -> Path:
        found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(found or Path.home())

    def _default_name(self, suffix: str) -> str:
        return str(self._folder() / f"deadlines-{self.today().isoformat()}{suffix}")

    def export_csv(self, path: Path | None = None) -> QFileDialog | None:
        """Ask for a file (or use `path`) and write the rows as filtered now."""
        if path is not None:
            self._export(path)
            return None
        dialog = QFileDialog(self, "Export the deadline board", self._default_name(".csv"))
        dialog.setObjectName("exportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter("CSV files (*.csv)")
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda name: self._export(Path(name)))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _export(self, path: Path) -> None:
        try:
            done = deadlines.export_csv(self.ctx.uow(), self.ctx.actor, self.current_filter(), path)
        except PermitReviewError as exc:
            show_error(self, exc)
            return
        self.rows_label.setText(f"{done.details['rows']} rows exported to {path.name}")

    def _html(self) -> str:
        board = self.board or Board(today=self.today(), rows=[])
        return printing.board_html(board, board.rows, self.describe_filter())

    def print_board(self) -> QDialog:
        dialog = printing.ask_printer(self, self._print_to)
        self.dialog = dialog
        return dialog

    def _print_to(self, printer: QPrinter) -> None:
        printing.print_html(self._html(), printer)
        self._printed()

    def save_pdf(self, path: Path | None = None) -> QFileDialog | None:
        if path is not None:
            self._save_pdf(path)
            return None
        dialog = QFileDialog(self, "Save the deadline board as PDF", self._default_name(".pdf"))
        dialog.setObjectName("pdfDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter("PDF files (*.pdf)")
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda name: self._save_pdf(Path(name)))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _save_pdf(self, path: Path) -> None:
        if not path.parent.is_dir():
            show_error(self, PermitReviewError(f"The folder {path.parent} does not exist."))
            return
        printing.save_pdf(self._html(), path)
        self._printed()
        self.rows_label.setText(f"Saved {path.name}")

    def _printed(self) -> None:
        rows = len(self.board.rows) if self.board else 0
        try:
            deadlines.record_printed(self.ctx.uow(), self.ctx.actor, self.current_filter(), rows)
        except PermitReviewError as exc:
            show_error(self, exc)


def counts_html(board: Board) -> str:
    """Per list, how many are overdue, due this week, and later; a line breaks only
    between lists."""
    parts = []
    for kind, label in KIND_PLURALS.items():
        found = board.counts.get(kind, {})
        overdue = found.get("overdue", 0)
        soon = found.get("today", 0) + found.get("this_week", 0)
        text = (
            f"<b>{esc(label)}</b>: "
            + (f"<b>{overdue} overdue</b>" if overdue else "0 overdue")
            + f", {soon} this week, {found.get('later', 0)} later"
        )
        parts.append(text.replace(" ", "&nbsp;"))
    parts.append(f"<b>Suspended</b> by a pending appeal: {board.suspended}".replace(" ", "&nbsp;"))
    return " &nbsp;·&nbsp; ".join(parts)
