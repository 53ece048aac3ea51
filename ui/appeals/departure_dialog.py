"""Recording the person's departure, how it is known, and the return of the permit card;
the case then closes as departed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit, QWidget

from app.services import closing
from app.services.context import Changed
from ui.appeals.base import CaseDialog, CaseInfo
from ui.context import ViewContext
from ui.letters.forms import date_edit, pydate


class DepartureDialog(CaseDialog):
    action_text = "&Record departure"
    action_name = "recordDeparture"

    def __init__(
        self, ctx: ViewContext, case: CaseInfo, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            case,
            "Record the departure",
            "The case closes as departed; the permit stays revoked.",
            parent,
        )
        self.setObjectName("departureDialog")
        self.departed_on = date_edit("date of departure", today, self, latest=today)
        self.evidence = QComboBox(self)
        self.evidence.setObjectName("evidence")
        self.evidence.setAccessibleName("how the departure is known")
        for code in closing.EVIDENCE:
            self.evidence.addItem(closing.EVIDENCE_LABELS[code], code)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setAccessibleName("note")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText("e.g. the checkpoint; required with 'Other'")
        self.note.setMaximumHeight(self.fontMetrics().height() * 5)
        self.card_returned = QCheckBox("The permit card was returned", self)
        self.card_returned.setObjectName("cardReturned")
        self.form.addRow("Date of &departure:", self.departed_on)
        self.form.addRow("&Known from:", self.evidence)
        self.form.addRow("&Note:", self.note)
        self.form.addRow("", self.card_returned)
        self.departed_on.setFocus()

    def perform(self) -> Changed:
        return closing.record_departure(
            self.ctx.uow(),
            self.ctx.actor,
            self.case["case_number"],
            departed_on=pydate(self.departed_on.date()),
            evidence=str(self.evidence.currentData()),
            note=self.note.toPlainText(),
            card_returned=self.card_returned.isChecked(),
            expected_version=self.version,
        )

    def fields(self) -> Mapping[str, QWidget]:
        return {
            "date of departure": self.departed_on,
            "evidence": self.evidence,
            "note": self.note,
        }
