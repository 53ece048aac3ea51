"""Recording the court's outcome of the pending appeal, with what each outcome does to the
case said before it is chosen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QStyle, QVBoxLayout, QWidget

from app.domain.errors import ValidationError
from app.services import appeals
from app.services.context import Changed
from ui.appeals.base import CaseDialog, CaseInfo
from ui.context import ViewContext
from ui.letters.forms import date_edit, pydate, qdate
from ui.models.labels import date_text
from ui.widgets import hint_label

# The court's outcomes as choices, and what each does to the case (context "OutcomeDialog").
CHOICES = {
    "dismissed": (
        QT_TRANSLATE_NOOP("OutcomeDialog", "&Dismissed"),
        QT_TRANSLATE_NOOP(
            "OutcomeDialog",
            "The revocation stands. Once no onward appeal is possible, it is confirmed as final.",
        ),
    ),
    "annulled": (
        QT_TRANSLATE_NOOP("OutcomeDialog", "&Annulled"),
        QT_TRANSLATE_NOOP(
            "OutcomeDialog", "The permit is valid again and the case closes as reinstated."
        ),
    ),
    "remitted": (
        QT_TRANSLATE_NOOP("OutcomeDialog", "Re&mitted"),
        QT_TRANSLATE_NOOP(
            "OutcomeDialog",
            "The case goes back to assessment for a new decision; the earlier one is kept in "
            "the history, marked superseded.",
        ),
    ),
}


class OutcomeDialog(CaseDialog):
    action_text = str(QT_TRANSLATE_NOOP("CaseDialog", "&Record outcome"))
    action_name = "recordOutcome"

    def __init__(
        self,
        ctx: ViewContext,
        case: CaseInfo,
        appeal: dict[str, Any],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            case,
            QCoreApplication.translate("OutcomeDialog", "Record the outcome of the appeal"),
            QCoreApplication.translate(
                "CaseDialog", "The appeal lodged with {court} on {day}."
            ).format(court=appeal["court_code"], day=date_text(appeal["lodged_on"])),
            parent,
        )
        self.setObjectName("outcomeDialog")
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + 8
        for code, (choice, effect) in CHOICES.items():
            text = QCoreApplication.translate("OutcomeDialog", str(choice))
            consequence = QCoreApplication.translate("OutcomeDialog", str(effect))
            button = QRadioButton(text, box)
            button.setObjectName(f"outcome_{code}")
            button.setToolTip(consequence)
            explanation = hint_label(consequence, box)
            explanation.setContentsMargins(indent, 0, 0, 4)
            column.addWidget(button)
            column.addWidget(explanation)
            self.group.addButton(button)
            self.buttons[code] = button
        self.decided_on = date_edit("date of the outcome", today, self, latest=today)
        self.decided_on.setAccessibleName(self.tr("date of the outcome"))
        self.decided_on.setMinimumDate(qdate(dt.date.fromisoformat(appeal["lodged_on"])))
        self.form.addRow(self.tr("Outcome:"), box)
        self.form.addRow(self.tr("Date of the &judgment:"), self.decided_on)
        self.buttons["dismissed"].setFocus()

    def choose(self, outcome: str) -> None:
        self.buttons[outcome].setChecked(True)

    def outcome(self) -> str:
        return next((code for code, b in self.buttons.items() if b.isChecked()), "")

    def perform(self) -> Changed:
        if not self.outcome():
            raise ValidationError("outcome", self.tr("choose the court's outcome"))
        return appeals.record_outcome(
            self.ctx.uow(),
            self.ctx.actor,
            self.case["case_number"],
            outcome=self.outcome(),
            decided_on=pydate(self.decided_on.date()),
            expected_version=self.version,
        )

    def fields(self) -> Mapping[str, QWidget]:
        return {"outcome": self.buttons["dismissed"], "date of the outcome": self.decided_on}
