"""Recording that a case's letters went by registered mail: the date and the mail number."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QVBoxLayout, QWidget

from app.domain.errors import PermitReviewError
from app.services import letters
from app.services.context import Changed
from ui.context import ViewContext
from ui.errors import InlineError, focus_field
from ui.letters.forms import action_buttons, date_edit, letter_summary, pydate, qdate
from ui.letters.models import Row
from ui.widgets import hint_label, line_edit


class DispatchDialog(QDialog):
    def __init__(
        self, ctx: ViewContext, row: Row, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.changed: Changed | None = None
        self.setObjectName("dispatchDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Record dispatch"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(480)

        self.dispatched_on = date_edit("date sent", today, self, latest=today)
        self.dispatched_on.setAccessibleName(self.tr("date sent"))
        self.dispatched_on.setMinimumDate(qdate(dt.date.fromisoformat(row["issued_on"])))
        self.tracking = line_edit("registered-mail number", self)
        self.tracking.setAccessibleName(self.tr("registered-mail number"))
        self.tracking.setMaxLength(64)
        self.tracking.setPlaceholderText(self.tr("e.g. RR123456789LT"))
        form = QFormLayout()
        form.addRow(self.tr("&Date sent:"), self.dispatched_on)
        form.addRow(self.tr("Registered-&mail number:"), self.tracking)
        self.error = InlineError(self)
        buttons, self.record_button = action_buttons(self, self.tr("&Record dispatch"), "record")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(letter_summary(row, self))
        layout.addWidget(
            hint_label(
                self.tr(
                    "The case's current letters go in one envelope: the decision and the "
                    "appeal-rights notice (and any correction) are recorded as sent together."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.tracking.setFocus()

    def submit(self) -> None:
        self.error.clear()
        try:
            self.changed = letters.record_dispatch(
                self.ctx.uow(),
                self.ctx.actor,
                self.row["registration_number"],
                dispatched_on=pydate(self.dispatched_on.date()),
                tracking_number=self.tracking.text(),
            )
        except PermitReviewError as exc:
            self.error.show_error(exc)
            focus_field(exc, {"date": self.dispatched_on, "tracking number": self.tracking})
            return
        self.ctx.bus.publish(self.changed)
        self.accept()
