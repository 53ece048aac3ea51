"""The deadline board: every list in one table, filtered and counted by the database,
exported to CSV, printed, or saved as PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
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
from app.services.deadlines import KINDS, Board, BoardFilter, end_of_week
from ui.appeals import printing
from ui.appeals.models import BoardModel, KeyRole, SortRole, kind_plural
from ui.context import ViewContext
from ui.errors import show_error
from ui.export import export_list, model_table
from ui.widgets import compact_rows, esc, line_edit

WINDOWS = [
    (QT_TRANSLATE_NOOP("BoardPanel", "Due this week or overdue"), "week"),
    (QT_TRANSLATE_NOOP("BoardPanel", "Overdue"), "overdue"),
    (QT_TRANSLATE_NOOP("BoardPanel", "Due within 7 days or overdue"), 7),
    (QT_TRANSLATE_NOOP("BoardPanel", "Due within 30 days or overdue"), 30),
    (QT_TRANSLATE_NOOP("BoardPanel", "Everything running"), None),
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
        self.lists.setAccessibleName(self.tr("list"))
        self.lists.addItem(self.tr("All lists"), KINDS)
        for kind in KINDS:
            self.lists.addItem(kind_plural(kind), (kind,))
        self.due = QComboBox(self)
        self.due.setObjectName("boardWindow")
        self.due.setAccessibleName(self.tr("due"))
        for text, value in WINDOWS:
            self.due.addItem(QCoreApplication.translate("BoardPanel", str(text)), value)
        self.case = line_edit("case or permit number filter", self)
        self.case.setAccessibleName(self.tr("case or permit number filter"))
        self.case.setPlaceholderText(self.tr("Case or permit number starts with…"))
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
        self.counts.setAccessibleName(self.tr("counts"))
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.RichText)

        self.model = BoardModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView(self)
        self.table.setObjectName("boardTable")
        self.table.setAccessibleName(self.tr("Deadlines"))
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

        self.open_button = QPushButton(self.tr("&Open case"), self)
        self.open_button.setObjectName("boardOpenCase")
        self.open_button.clicked.connect(self._open_current)
        self.export_button = QPushButton(self.tr("E&xport CSV…"), self)
        self.export_button.setObjectName("exportCsv")
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.xlsx_button = QPushButton(self.tr("Export &Excel…"), self)
        self.xlsx_button.setObjectName("exportXlsx")
        self.xlsx_button.setToolTip(self.tr("Save the rows shown to an Excel workbook"))
        self.xlsx_button.clicked.connect(lambda: self.export_xlsx())
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printBoard")
        self.print_button.clicked.connect(self.print_board)
        self.pdf_button = QPushButton(self.tr("Save P&DF…"), self)
        self.pdf_button.setObjectName("saveBoardPdf")
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.rows_label = QLabel(self)
        self.rows_label.setObjectName("boardRows")
        self.rows_label.setAccessibleName(self.tr("rows shown"))

        filters = QHBoxLayout()
        for text, widget in ((self.tr("&List:"), self.lists), (self.tr("D&ue:"), self.due)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.case, 1)
        buttons = QHBoxLayout()
        for button in (
            self.open_button,
            self.export_button,
            self.xlsx_button,
            self.print_button,
            self.pdf_button,
        ):
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
        start = self.case.text().strip()
        if start:
            text = self.tr("{list}, {due}, case or permit starting {start}")
        else:
            text = self.tr("{list}, {due}")
        return text.format(
            list=self.lists.currentText(), due=self.due.currentText().lower(), start=start
        )

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
        if n == 1:
            self.rows_label.setText(self.tr("1 row shown"))
        else:
            self.rows_label.setText(self.tr("{count} rows shown").format(count=n))
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
        dialog = QFileDialog(self, self.tr("Export the deadline board"), self._default_name(".csv"))
        dialog.setObjectName("exportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
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
        rows = int(done.details["rows"])
        if rows == 1:
            text = self.tr("1 row exported to {file}")
        else:
            text = self.tr("{count} rows exported to {file}")
        self.rows_label.setText(text.format(count=rows, file=path.name))

    def export_xlsx(self, path: Path | None = None) -> None:
        """The rows as filtered and sorted now, to an Excel workbook (`path`: no dialog)."""
        export_list(
            self,
            self.ctx,
            view="deadlines",
            table=model_table(self.proxy, self.tr("Deadline board")),
            fmt="xlsx",
            path=path,
            report=self.rows_label,
        )

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
        dialog = QFileDialog(
            self, self.tr("Save the deadline board as PDF"), self._default_name(".pdf")
        )
        dialog.setObjectName("pdfDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda name: self._save_pdf(Path(name)))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _save_pdf(self, path: Path) -> None:
        if not path.parent.is_dir():
            text = self.tr("The folder {folder} does not exist.").format(folder=path.parent)
            show_error(self, PermitReviewError(text))
            return
        printing.save_pdf(self._html(), path)
        self._printed()
        self.rows_label.setText(self.tr("Saved {file}").format(file=path.name))

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
    for kind in KINDS:
        found = board.counts.get(kind, {})
        overdue = found.get("overdue", 0)
        late = QCoreApplication.translate("BoardPanel", "{count} overdue").format(count=overdue)
        text = QCoreApplication.translate(
            "BoardPanel", "<b>{list}</b>: {overdue}, {soon} this week, {later} later"
        ).format(
            list=esc(kind_plural(kind)),
            overdue=f"<b>{late}</b>" if overdue else late,
            soon=found.get("today", 0) + found.get("this_week", 0),
            later=found.get("later", 0),
        )
        parts.append(text.replace(" ", "&nbsp;"))
    suspended = QCoreApplication.translate(
        "BoardPanel", "<b>Suspended</b> by a pending appeal: {count}"
    ).format(count=board.suspended)
    parts.append(suspended.replace(" ", "&nbsp;"))
    return " &nbsp;·&nbsp; ".join(parts)
