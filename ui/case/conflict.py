"""The case changed since it was opened: show what changed and let the user choose."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.changes import Change, ChangesModel
from ui.widgets import esc

RELOAD, REAPPLY = "reload", "reapply"


class ConflictDialog(QDialog):
    """`choice` is RELOAD (discard my edits), REAPPLY (my edits on the new version), or
    empty when the user closed the dialog: then the form stays as it was, unsaved.
    `who` names the user who changed the case, when it was someone else."""

    def __init__(
        self, case_number: str, who: str, changes: list[Change], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.choice = ""
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Case {number} changed").format(number=case_number))
        self.setAccessibleName(self.tr("The case changed since you opened it"))
        self.setMinimumSize(720, 360)
        changed = (
            self.tr("Case {number} was changed by {user} since you opened it.").format(
                number=case_number, user=who
            )
            if who
            else self.tr("Case {number} was changed since you opened it.").format(
                number=case_number
            )
        )
        text = QLabel(
            "<b>{}</b> {}".format(
                esc(changed),
                self.tr(
                    "Nothing of yours was saved and nothing was overwritten. Below is what "
                    "changed. Choose whether to load the new version and drop your edits, or "
                    "to apply your edits to the new version."
                ),
            ),
            self,
        )
        text.setWordWrap(True)
        self.model = ChangesModel(changes, self)
        self.table = QTableView(self)
        self.table.setObjectName("changes")
        self.table.setAccessibleName(self.tr("What changed"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(self)
        self.reload_button = buttons.addButton(
            self.tr("&Load the new version, drop my edits"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.reload_button.setObjectName("reload")
        self.reapply_button = buttons.addButton(
            self.tr("&Apply my edits to the new version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reapply_button.setObjectName("reapply")
        self.reapply_button.setDefault(True)
        self.reload_button.clicked.connect(lambda: self._choose(RELOAD))
        self.reapply_button.clicked.connect(lambda: self._choose(REAPPLY))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def can_reapply(self, possible: bool, why: str = "") -> None:
        self.reapply_button.setEnabled(possible)
        if why:
            self.reapply_button.setToolTip(why)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.done(QDialog.DialogCode.Accepted if choice == REAPPLY else QDialog.DialogCode.Rejected)
