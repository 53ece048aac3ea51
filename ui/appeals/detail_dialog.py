"""Adding to the pending appeal: a hearing date, a document received from the court, or
the court's case number and whether the appeal suspends the departure obligation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QStackedWidget,
    QWidget,
)

from app.services import appeals
from app.services.context import Changed
from ui.appeals.base import CaseDialog, CaseInfo
from ui.context import ViewContext
from ui.letters.forms import date_edit, pydate, qdate
from ui.widgets import line_edit

HEARING, DOCUMENT, DETAILS = range(3)


class AppealDetailDialog(CaseDialog):
    action_text = "&Add"
    action_name = "addToAppeal"

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
            "Hearing, document or court details",
            f"The appeal lodged with {appeal['court_code']} on {appeal['lodged_on']}.",
            parent,
        )
        self.setObjectName("appealDetailDialog")
        self.kind = QComboBox(self)
        self.kind.setObjectName("detailKind")
        self.kind.setAccessibleName("what to add")
        self.kind.addItems(
            ["A hearing date", "A document received", "Court case number and suspension"]
        )
        self.pages = QStackedWidget(self)
        lodged = dt.date.fromisoformat(appeal["lodged_on"])

        hearing = QWidget(self.pages)
        form = QFormLayout(hearing)
        self.hearing_on = date_edit("hearing date", max(today, lodged), hearing)
        self.hearing_on.setMinimumDate(qdate(lodged))
        self.hearing_note = line_edit("hearing note", hearing)
        self.hearing_note.setPlaceholderText("optional, e.g. the chamber or the room")
        form.addRow("&Hearing date:", self.hearing_on)
        form.addRow("&Note:", self.hearing_note)

        document = QWidget(self.pages)
        form = QFormLayout(document)
        self.reference = line_edit("document reference", document)
        self.reference.setPlaceholderText("e.g. the court's letter number")
        self.received_on = date_edit("date received", today, document, latest=today)
        form.addRow("&Reference:", self.reference)
        form.addRow("Date &received:", self.received_on)

        details = QWidget(self.pages)
        form = QFormLayout(details)
        self.case_number = line_edit("court case number", details)
        self.case_number.setText(appeal["court_case_number"])
        self.suspensive = QCheckBox("The appeal suspends the departure obligation", details)
        self.suspensive.setObjectName("suspensive")
        self.suspensive.setChecked(bool(appeal["suspensive"]))
        form.addRow("Court &case number:", self.case_number)
        form.addRow("", self.suspensive)

        for page in (hearing, document, details):
            self.pages.addWidget(page)
        self.form.addRow("&Add:", self.kind)
        self.form.addRow(self.pages)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.setFocus()

    def _kind_changed(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.action_button.setText("&Save" if index == DETAILS else "&Add")

    def choose(self, index: int) -> None:
        self.kind.setCurrentIndex(index)

    def perform(self) -> Changed:
        uow, actor, ref = self.ctx.uow(), self.ctx.actor, self.case["case_number"]
        index = self.kind.currentIndex()
        if index == HEARING:
            return appeals.add_hearing(
                uow,
                actor,
                ref,
                hearing_on=pydate(self.hearing_on.date()),
                note=self.hearing_note.text(),
            )
        if index == DOCUMENT:
            return appeals.add_document(
                uow,
                actor,
                ref,
                reference=self.reference.text(),
                received_on=pydate(self.received_on.date()),
            )
        return appeals.update_appeal(
            uow,
            actor,
            ref,
            court_case_number=self.case_number.text(),
            suspensive=self.suspensive.isChecked(),
            expected_version=self.version,
        )

    def fields(self) -> Mapping[str, QWidget]:
        return {
            "hearing date": self.hearing_on,
            "note": self.hearing_note,
            "document reference": self.reference,
            "date received": self.received_on,
            "court case number": self.case_number,
        }
