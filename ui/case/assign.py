"""A supervisor gives the selected cases to an officer, seeing each officer's open cases."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.queue import OfficerLoad


class AssignDialog(QDialog):
    def __init__(
        self, count: int, officers: Sequence[OfficerLoad], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.setWindowTitle("Assign cases")
        self.setAccessibleName("Assign cases to an officer")
        self.setMinimumWidth(440)
        text = QLabel(
            f"Give the <b>{count:,}</b> selected case{'s' * (count != 1)} to:".replace(",", " "),
            self,
        )
        self.officers = QListWidget(self)
        self.officers.setObjectName("officers")
        self.officers.setAccessibleName("Officers and their open cases")
        for load in officers:
            waiting = (
                f", {load.awaiting_signoff} awaiting sign-off" if load.awaiting_signoff else ""
            )
            item = QListWidgetItem(
                f"{load.full_name} ({load.username}) — "
                f"{load.open_cases} open case{'s' * (load.open_cases != 1)}"
                f"{waiting}",
                self.officers,
            )
            item.setData(Qt.ItemDataRole.UserRole, load.username)
        if officers:
            # The least loaded officer first: the usual choice.
            lightest = min(range(len(officers)), key=lambda i: officers[i].open_cases)
            self.officers.setCurrentRow(lightest)
        self.officers.itemActivated.connect(lambda _: self.accept())
        buttons = QDialogButtonBox(self)
        self.assign_button = buttons.addButton("&Assign", QDialogButtonBox.ButtonRole.AcceptRole)
        self.assign_button.setObjectName("assign")
        self.assign_button.setDefault(True)
        self.assign_button.setEnabled(bool(officers))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.officers, 1)
        layout.addWidget(buttons)
        self.officers.setFocus()

    def officer(self) -> str | None:
        item = self.officers.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None
