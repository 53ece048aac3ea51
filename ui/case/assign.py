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
from ui import i18n


class AssignDialog(QDialog):
    def __init__(
        self, count: int, officers: Sequence[OfficerLoad], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.setWindowTitle(self.tr("Assign cases"))
        self.setAccessibleName(self.tr("Assign cases to an officer"))
        self.setMinimumWidth(440)
        text = QLabel(
            self.tr("Give the {count} selected cases to:").format(
                count=f"<b>{i18n.number_text(count)}</b>"
            )
            if count != 1
            else self.tr("Give the selected case to:"),
            self,
        )
        self.officers = QListWidget(self)
        self.officers.setObjectName("officers")
        self.officers.setAccessibleName(self.tr("Officers and their open cases"))
        for load in officers:
            counts = (
                self.tr("{count} open cases").format(count=load.open_cases)
                if load.open_cases != 1
                else self.tr("1 open case")
            )
            if load.awaiting_signoff:
                counts += self.tr(", {count} awaiting sign-off").format(count=load.awaiting_signoff)
            item = QListWidgetItem(f"{load.full_name} ({load.username}) — {counts}", self.officers)
            item.setData(Qt.ItemDataRole.UserRole, load.username)
        if officers:
            # The least loaded officer first: the usual choice.
            lightest = min(range(len(officers)), key=lambda i: officers[i].open_cases)
            self.officers.setCurrentRow(lightest)
        self.officers.itemActivated.connect(lambda _: self.accept())
        buttons = QDialogButtonBox(self)
        self.assign_button = buttons.addButton(
            self.tr("&Assign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
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
