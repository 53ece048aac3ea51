"""Recording the answer another authority gave to a request for information."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.case.information import pydate, qdate
from ui.errors import InlineError
from ui.models.labels import date_text
from ui.widgets import esc


class RecordAnswerDialog(QDialog):
    """Asks for the answer and its date; the caller records it (it knows the version)."""

    def __init__(
        self, request: dict[str, Any], today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordAnswerDialog")
        self.setWindowTitle(self.tr("Record the answer to a request"))
        self.setAccessibleName(self.tr("Record the answer to a request"))
        self.setMinimumWidth(520)
        asked = QLabel(
            self.tr("{authority} was asked on {day}:<br>“{question}”").format(
                authority=f"<b>{esc(request['authority'])}</b>",
                day=date_text(request["requested_on"]),
                question=esc(request["question"]),
            ),
            self,
        )
        asked.setWordWrap(True)
        self.answer = QPlainTextEdit(self)
        self.answer.setObjectName("answer")
        self.answer.setAccessibleName(self.tr("answer"))
        self.answer.setTabChangesFocus(True)
        self.answered_on = QDateEdit(qdate(today), self)
        self.answered_on.setObjectName("answered_on")
        self.answered_on.setAccessibleName(self.tr("date answered"))
        self.answered_on.setDisplayFormat("yyyy-MM-dd")
        self.answered_on.setCalendarPopup(True)
        self.answered_on.setMaximumDate(qdate(today))
        form = QFormLayout()
        form.addRow(self.tr("&Answer:"), self.answer)
        form.addRow(self.tr("&Date answered:"), self.answered_on)
        self.error = InlineError(self)
        buttons = QDialogButtonBox(self)
        self.record_button = buttons.addButton(
            self.tr("&Record"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.record_button.setObjectName("record")
        self.record_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(asked)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.answer.setFocus()

    def values(self) -> tuple[str, dt.date]:
        return self.answer.toPlainText(), pydate(self.answered_on.date())
