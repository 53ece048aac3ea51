"""A case's information items (add, open, tick as relied on) and its requests to authorities."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import information
from app.services.context import Changed
from app.services.information import ItemContent, ItemSummary
from ui.case.style import heading, notice
from ui.context import ViewContext
from ui.errors import InlineError, focus_field
from ui.models.items import CLASSIFICATION, RELIED, TITLE, ItemsModel
from ui.models.labels import date_text
from ui.widgets import esc, line_edit


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class AddItemDialog(QDialog):
    """Source, date received, classification, title and content of a new item."""

    def __init__(
        self, ctx: ViewContext, case_number: str, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_number = case_number
        self.changed: Changed | None = None
        self.setObjectName("addItemDialog")
        self.setWindowTitle(self.tr("Add information to case {number}").format(number=case_number))
        self.setAccessibleName(self.tr("Add information"))
        self.setMinimumWidth(520)

        self.source = line_edit("source", self)
        self.source.setAccessibleName(self.tr("source"))
        self.source.setPlaceholderText(self.tr("e.g. State Security Department, press, the person"))
        self.received = QDateEdit(qdate(today), self)
        self.received.setObjectName("received")
        self.received.setAccessibleName(self.tr("date received"))
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd")
        self.received.setMaximumDate(qdate(today))
        self.classification = QComboBox(self)
        self.classification.setObjectName("classification")
        self.classification.setAccessibleName(self.tr("classification"))
        self.classification.addItem(self.tr("Public"), "public")
        self.classification.addItem(
            self.tr("Restricted (never printed, never shown to clerks)"), "restricted"
        )
        self.title = line_edit("title", self)
        self.title.setAccessibleName(self.tr("title"))
        self.content = QPlainTextEdit(self)
        self.content.setObjectName("content")
        self.content.setAccessibleName(self.tr("content"))
        self.content.setTabChangesFocus(True)

        form = QFormLayout()
        form.addRow(self.tr("&Source:"), self.source)
        form.addRow(self.tr("&Date received:"), self.received)
        form.addRow(self.tr("&Classification:"), self.classification)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("C&ontent:"), self.content)
        self.error = InlineError(self)
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(self.tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("add")
        self.add_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.source.setFocus()

    def submit(self) -> None:
        self.error.clear()
        self.add_button.setEnabled(False)
        uow, actor = self.ctx.uow(), self.ctx.actor
        values: dict[str, Any] = {
            "source": self.source.text(),
            "received_on": pydate(self.received.date()),
            "classification": self.classification.currentData(),
            "title": self.title.text(),
            "content": self.content.toPlainText(),
        }
        self.ctx.tasks.run(
            lambda: information.add_item(uow, actor, self.case_number, **values),
            self._added,
            self._refused,
            owner=self,
        )

    def _added(self, changed: Changed) -> None:
        self.changed = changed
        self.ctx.bus.publish(changed)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        self.error.show_error(exc)
        focus_field(
            exc,
            {
                "source": self.source,
                "title": self.title,
                "content": self.content,
                "date received": self.received,
            },
        )


class InformationPanel(QWidget):
    """The items of one case; restricted ones are opened one at a time, each opening audited."""

    added = Signal(object)  # Changed

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_number = ""
        self.today = dt.date.today()
        self.setObjectName("informationPanel")
        self.model = ItemsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("informationItems")
        self.table.setAccessibleName(self.tr("Information items"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self.open_item)

        self.add_button = QPushButton(self.tr("Add information…"), self)
        self.add_button.setObjectName("addInformation")
        self.add_button.setToolTip(self.tr("Add an information item to this case (Ctrl+I)"))
        self.dialog: AddItemDialog | None = None
        self.add_button.clicked.connect(self.add_item)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("openItem")
        self.open_button.setToolTip(self.tr("Show the selected item in full (Enter)"))
        self.open_button.clicked.connect(lambda: self.open_item(self.table.currentIndex()))
        QShortcut(
            QKeySequence("Ctrl+I"),
            self,
            self.add_item,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

        self.reader_title = heading("", self)
        self.reader_note = notice(self, kind="restricted")
        self.reader_note.hide()
        self.reader = QPlainTextEdit(self)
        self.reader.setObjectName("itemContent")
        self.reader.setAccessibleName(self.tr("Information item content"))
        self.reader.setReadOnly(True)
        self.reader.setPlaceholderText(self.tr("Select an item and press Enter to read it."))
        self.requests = QLabel(self)
        self.requests.setObjectName("requests")
        self.requests.setAccessibleName(self.tr("Requests to other authorities"))
        self.requests.setWordWrap(True)
        self.requests.setTextFormat(Qt.TextFormat.RichText)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.reader_title)
        bottom_layout.addWidget(self.reader_note)
        bottom_layout.addWidget(self.reader, 1)
        bottom_layout.addWidget(self.requests)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def set_items(
        self,
        case_number: str,
        items: Sequence[ItemSummary],
        relied: Iterable[int],
        *,
        editable: bool,
        can_add: bool,
        today: dt.date,
    ) -> None:
        changed_case = case_number != self.case_number
        self.case_number = case_number
        self.today = today
        self.model.set_items(items, relied)
        self.model.set_editable(editable)
        self.table.setColumnHidden(RELIED, False)
        self.add_button.setEnabled(can_add)
        self.add_button.setVisible(can_add)
        if changed_case:
            self.reader_title.setText("")
            self.reader_note.hide()
            self.reader.clear()
        if items:
            self.table.setCurrentIndex(self.model.index(0, CLASSIFICATION))

    def set_requests(self, requests: Sequence[dict[str, Any]]) -> None:
        if not requests:
            self.requests.setText("")
            self.requests.hide()
            return
        lines = ["<b>{}</b>".format(self.tr("Requests to other authorities"))]
        for r in requests:
            answer = (
                self.tr("answered {day}: {answer}").format(
                    day=date_text(r["answered_on"]), answer=esc(r["answer"] or "")
                )
                if r["answered_on"]
                else "<b>{}</b>".format(
                    self.tr("awaiting an answer, due {day}").format(day=date_text(r["due_on"]))
                )
            )
            asked = self.tr("{day} to {authority}: “{question}”").format(
                day=date_text(r["requested_on"]),
                authority=esc(r["authority"]),
                question=esc(r["question"]),
            )
            lines.append(f"{asked} — {answer}")
        self.requests.setText("<br>".join(lines))
        self.requests.show()

    def add_item(self) -> None:
        if not self.add_button.isEnabled() or not self.case_number:
            return
        dialog = AddItemDialog(self.ctx, self.case_number, self.today, self)
        dialog.accepted.connect(lambda: self.added.emit(dialog.changed))
        dialog.open()
        self.dialog = dialog

    def open_item(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        item = self.model.item(index.row())
        if not item.readable:
            self.reader_title.setText(esc(item.title))
            self.reader_note.setText(
                self.tr("This item is restricted. Only officers and supervisors may read it.")
            )
            self.reader_note.show()
            self.reader.clear()
            return
        uow, actor = self.ctx.uow(), self.ctx.actor
        self.ctx.tasks.run(
            lambda: information.open_item(uow, actor, item.id), self._show, owner=self
        )

    def _show(self, content: ItemContent) -> None:
        self.reader_title.setText(
            esc(f"{content.title} — {content.source}, {date_text(content.received_on)}")
        )
        if content.classification == "restricted":
            self.reader_note.setText(
                self.tr(
                    "Restricted: never printed, never shown to clerks. "
                    "This reading was recorded in the audit log."
                )
            )
            self.reader_note.show()
        else:
            self.reader_note.hide()
        self.reader.setPlainText(content.content)
