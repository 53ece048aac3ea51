"""The review of final revocations: cases whose appeal window closed without an appeal (or
whose appeal was finally dismissed). Nothing becomes final by itself: a clerk confirms
each case, or all those listed, and each confirmation is recorded under their name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import PermitReviewError
from app.domain.roles import Role
from app.services import appeals
from app.services.context import Changed
from ui.appeals.models import KeyRole, ReviewModel, SortRole
from ui.context import ViewContext
from ui.errors import show_error
from ui.widgets import compact_rows, hint_label

EXPLANATION = QT_TRANSLATE_NOOP(
    "FinalityReview",
    "These revocations can now become final: the appeal period ended with no appeal "
    "recorded, or the appeal was dismissed and no onward appeal is possible any more. "
    "Check that no appeal has arrived, then confirm. Your name is recorded with each "
    "confirmation; nothing is confirmed without you.",
)


class FinalityReview(QWidget):
    open_case = Signal(str)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("finalityReview")
        self.model = ReviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView(self)
        self.table.setObjectName("reviewTable")
        self.table.setAccessibleName(self.tr("Revocations to confirm as final"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the database's order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(
            lambda index: self.open_case.emit(str(index.data(KeyRole)))
        )

        clerk = Role.CLERK in ctx.actor.roles
        self.confirm_button = QPushButton(self.tr("&Confirm selected as final…"), self)
        self.confirm_button.setObjectName("confirmSelected")
        self.confirm_all_button = QPushButton(self.tr("Confirm &all listed…"), self)
        self.confirm_all_button.setObjectName("confirmAll")
        for button in (self.confirm_button, self.confirm_all_button):
            button.setVisible(clerk)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.confirm_all_button.clicked.connect(self.confirm_all)
        self.count = QLabel(self)
        self.count.setObjectName("reviewCount")
        self.count.setAccessibleName(self.tr("revocations to confirm"))
        self.box: QMessageBox | None = None

        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.confirm_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(QCoreApplication.translate("FinalityReview", str(EXPLANATION)), self)
        )
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        n = len(rows)
        if n == 0:
            self.count.setText(self.tr("Nothing to confirm."))
        elif n == 1:
            self.count.setText(self.tr("1 revocation to confirm"))
        else:
            self.count.setText(self.tr("{count} revocations to confirm").format(count=n))
        self._update_buttons()

    def selected(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [str(self.proxy.index(r, 0).data(KeyRole)) for r in rows]

    def select(self, case_numbers: list[str]) -> None:
        self.table.clearSelection()
        mode = self.table.selectionModel().SelectionFlag
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(KeyRole) in case_numbers:
                self.table.selectionModel().select(index, mode.Select | mode.Rows)

    def _update_buttons(self, *_: object) -> None:
        self.confirm_button.setEnabled(bool(self.selected()))
        self.confirm_all_button.setEnabled(self.model.rowCount() > 0)

    def confirm_selected(self) -> QMessageBox | None:
        refs = self.selected()
        if not refs:
            return None
        return self._ask(refs, all_due=False)

    def confirm_all(self) -> QMessageBox | None:
        if not self.model.rowCount():
            return None
        return self._ask([], all_due=True)

    def _ask(self, refs: list[str], *, all_due: bool) -> QMessageBox:
        n = self.model.rowCount() if all_due else len(refs)
        if all_due:
            which = self.tr("every revocation listed")
        elif len(refs) > 5:
            which = self.tr("{cases} and {count} more").format(
                cases=", ".join(refs[:5]), count=len(refs) - 5
            )
        else:
            which = ", ".join(refs)
        if n == 1:
            question = self.tr("Confirm that the revocation is final for 1 case ({which})?")
        else:
            question = self.tr("Confirm that the revocation is final for {count} cases ({which})?")
        text = (
            question.format(count=n, which=which)
            + "\n\n"
            + self.tr("Each confirmation is recorded under your name.")
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Confirm final revocations"),
            text,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmFinalBox")
        yes = box.addButton(self.tr("Confirm as &final"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("confirmFinal")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            if box.clickedButton() is yes:
                self._confirm(refs, all_due)

        box.finished.connect(lambda _result: answered())
        box.open()
        self.box = box
        return box

    def _confirm(self, refs: list[str], all_due: bool) -> Changed | None:
        try:
            changed = appeals.confirm_final(self.ctx.uow(), self.ctx.actor, refs, all_due=all_due)
        except PermitReviewError as exc:
            show_error(self, exc)
            return None
        self.ctx.bus.publish(changed)
        return changed
