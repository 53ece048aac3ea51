"""Recording the person's departure, how it is known, and the return of the permit card;
the case then closes as departed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit, QWidget

from app.services import closing
from app.services.context import Changed
from ui.appeals.base import CaseDialog, CaseInfo
from ui.context import ViewContext
from ui.letters.forms import date_edit, pydate

# How the departure is known, by the codes the closing service takes.
EVIDENCE_LABELS = {
    "border_record": QT_TRANSLATE_NOOP("DepartureDialog", "Border crossing record"),
    "own_statement": QT_TRANSLATE_NOOP("DepartureDialog", "The person's own statement"),
    "other": QT_TRANSLATE_NOOP("DepartureDialog", "Other (see note)"),
}


def evidence_label(code: str) -> str:
    found = EVIDENCE_LABELS.get(code)
    return QCoreApplication.translate("DepartureDialog", str(found)) if found else code


class DepartureDialog(CaseDialog):
    action_text = str(QT_TRANSLATE_NOOP("CaseDialog", "&Record departure"))
    action_name = "recordDeparture"

    def __init__(
        self, ctx: ViewContext, case: CaseInfo, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            case,
            QCoreApplication.translate("DepartureDialog", "Record the departure"),
            QCoreApplication.translate(
                "DepartureDialog", "The case closes as departed; the permit stays revoked."
            ),
            parent,
        )
        self.setObjectName("departureDialog")
        self.departed_on = date_edit("date of departure", today, self, latest=today)
        self.departed_on.setAccessibleName(self.tr("date of departure"))
        self.evidence = QComboBox(self)
        self.evidence.setObjectName("evidence")
        self.evidence.setAccessibleName(self.tr("how the departure is known"))
        for code in closing.EVIDENCE:
            self.evidence.addItem(evidence_label(code), code)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setAccessibleName(self.tr("note"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("e.g. the checkpoint; required with “Other”"))
        self.note.setMaximumHeight(self.fontMetrics().height() * 5)
        self.card_returned = QCheckBox(self.tr("The permit card was returned"), self)
        self.card_returned.setObjectName("cardReturned")
        self.form.addRow(self.tr("Date of &departure:"), self.departed_on)
        self.form.addRow(self.tr("&Known from:"), self.evidence)
        self.form.addRow(self.tr("&Note:"), self.note)
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
