"""Recording service of the decision: the date and the method, with the deadlines it starts
shown before they are recorded."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.domain.errors import PermitReviewError
from app.services import letters
from app.services.context import Changed
from ui.context import ViewContext
from ui.errors import InlineError, focus_field
from ui.letters.forms import action_buttons, date_edit, letter_summary, pydate, qdate
from ui.letters.models import Row, method_choice
from ui.models.labels import date_text
from ui.widgets import hint_label


def weekday_text(day: dt.date) -> str:
    """A last day with its weekday, so that a moved deadline is seen to be a working day."""
    return QCoreApplication.translate("ServiceDialog", "{weekday} {day}").format(
        weekday=QLocale().dayName(day.isoweekday()), day=date_text(day)
    )


class ServiceDialog(QDialog):
    def __init__(
        self, ctx: ViewContext, row: Row, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.changed: Changed | None = None
        self.setObjectName("serviceDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Record service"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)

        self.served_on = date_edit("date served", today, self, latest=today)
        self.served_on.setAccessibleName(self.tr("date served"))
        self.served_on.setMinimumDate(qdate(dt.date.fromisoformat(row["issued_on"])))
        self.method = QComboBox(self)
        self.method.setObjectName("method")
        self.method.setAccessibleName(self.tr("method of service"))
        for code in letters.SERVICE_METHODS:
            self.method.addItem(method_choice(code), code)
        self.appeal = QLabel(self)
        self.appeal.setObjectName("appealDeadline")
        self.appeal.setAccessibleName(self.tr("last day to appeal"))
        self.departure = QLabel(self)
        self.departure.setObjectName("departureDeadline")
        self.departure.setAccessibleName(self.tr("departure deadline"))
        for label in (self.appeal, self.departure):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        form = QFormLayout()
        form.addRow(self.tr("&Date served:"), self.served_on)
        form.addRow(self.tr("&Method:"), self.method)
        form.addRow(self.tr("Last day to appeal:"), self.appeal)
        form.addRow(self.tr("Must leave by:"), self.departure)
        self.error = InlineError(self)
        buttons, self.record_button = action_buttons(self, self.tr("&Record service"), "record")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(letter_summary(row, self))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Service starts the appeal and departure periods. A last day on a weekend, "
                    "a public holiday or a day the department has marked as non-working moves "
                    "to the next working day. The case then counts as served."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.served_on.dateChanged.connect(self.update_deadlines)
        self.update_deadlines()
        self.served_on.setFocus()

    def update_deadlines(self) -> None:
        try:
            due = letters.service_deadlines(
                self.ctx.uow(), self.ctx.actor, pydate(self.served_on.date())
            )
        except PermitReviewError as exc:
            self.appeal.setText("–")
            self.departure.setText("–")
            self.error.show_error(exc)
            return
        self.error.clear()
        self.appeal.setText(weekday_text(due.appeal))
        self.departure.setText(weekday_text(due.departure))

    def submit(self) -> None:
        self.error.clear()
        try:
            self.changed = letters.record_service(
                self.ctx.uow(),
                self.ctx.actor,
                self.row["case_number"],
                served_on=pydate(self.served_on.date()),
                method=str(self.method.currentData()),
                expected_version=self.row.get("version"),
            )
        except PermitReviewError as exc:
            self.error.show_error(exc)
            focus_field(exc, {"date": self.served_on, "method": self.method})
            return
        self.ctx.bus.publish(self.changed)
        self.accept()
