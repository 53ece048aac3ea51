"""A correction: a new letter, with a new number, that replaces an issued one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.domain.errors import PermitReviewError
from app.services import letters
from app.services.context import Changed
from ui.context import ViewContext
from ui.errors import InlineError, focus_field
from ui.letters.forms import action_buttons, letter_summary
from ui.letters.models import Row
from ui.widgets import esc, hint_label


class CorrectionDialog(QDialog):
    def __init__(self, ctx: ViewContext, row: Row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.changed: Changed | None = None
        self.setObjectName("correctionDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Correct a letter"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)

        number = esc(row["registration_number"])
        explain = hint_label(
            self.tr(
                "A correction is a new letter with its own registration number, written from "
                "the case as it is now. It replaces {number}, which stays on file exactly as "
                "it was issued. Correct the case data first if the error is in the data."
            ).format(number=number),
            self,
        )
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(self.tr("reason for the correction"))
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("What was wrong, e.g. the address had a wrong house number")
        )
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.error = InlineError(self)
        buttons, self.issue_button = action_buttons(self, self.tr("&Issue correction"), "issue")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(letter_summary(row, self))
        layout.addWidget(explain)
        label = QLabel(self.tr("&Reason (kept in the case history and the audit log):"), self)
        label.setBuddy(self.reason)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def submit(self) -> None:
        self.error.clear()
        try:
            self.changed = letters.correct_letter(
                self.ctx.uow(),
                self.ctx.actor,
                self.row["registration_number"],
                reason=self.reason.toPlainText(),
            )
        except PermitReviewError as exc:
            self.error.show_error(exc)
            focus_field(exc, {"reason": self.reason})
            return
        self.ctx.bus.publish(self.changed)
        self.accept()
