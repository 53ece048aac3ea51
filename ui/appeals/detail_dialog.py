"""Adding to the pending appeal: a hearing date, a document received from the court, or
the court's case number and whether the appeal suspends the departure obligation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
from ui.models.labels import date_text
from ui.widgets import line_edit

HEARING, DOCUMENT, DETAILS = range(3)


class AppealDetailDialog(CaseDialog):
    action_text = str(QT_TRANSLATE_NOOP("CaseDialog", "&Add"))
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
            QCoreApplication.translate("AppealDetailDialog", "Hearing, document or court details"),
            QCoreApplication.translate(
                "CaseDialog", "The appeal lodged with {court} on {day}."
            ).format(court=appeal["court_code"], day=date_text(appeal["lodged_on"])),
            parent,
        )
        self.setObjectName("appealDetailDialog")
        self.kind = QComboBox(self)
        self.kind.setObjectName("detailKind")
        self.kind.setAccessibleName(self.tr("what to add"))
        self.kind.addItems(
            [
                self.tr("A hearing date"),
                self.tr("A document received"),
                self.tr("Court case number and suspension"),
            ]
        )
        self.pages = QStackedWidget(self)
        lodged = dt.date.fromisoformat(appeal["lodged_on"])

        hearing = QWidget(self.pages)
        form = QFormLayout(hearing)
        self.hearing_on = date_edit("hearing date", max(today, lodged), hearing)
        self.hearing_on.setAccessibleName(self.tr("hearing date"))
        self.hearing_on.setMinimumDate(qdate(lodged))
        self.hearing_note = line_edit("hearing note", hearing)
        self.hearing_note.setAccessibleName(self.tr("hearing note"))
        self.hearing_note.setPlaceholderText(self.tr("optional, e.g. the chamber or the room"))
        form.addRow(self.tr("&Hearing date:"), self.hearing_on)
        form.addRow(self.tr("&Note:"), self.hearing_note)

        document = QWidget(self.pages)
        form = QFormLayout(document)
        self.reference = line_edit("document reference", document)
        self.reference.setAccessibleName(self.tr("document reference"))
        self.reference.setPlaceholderText(self.tr("e.g. the court's letter number"))
        self.received_on = date_edit("date received", today, document, latest=today)
        self.received_on.setAccessibleName(self.tr("date received"))
        form.addRow(self.tr("&Reference:"), self.reference)
        form.addRow(self.tr("Date &received:"), self.received_on)

        details = QWidget(self.pages)
        form = QFormLayout(details)
        self.case_number = line_edit("court case number", details)
        self.case_number.setAccessibleName(self.tr("court case number"))
        self.case_number.setText(appeal["court_case_number"])
        self.suspensive = QCheckBox(
            self.tr("The appeal suspends the departure obligation"), details
        )
        self.suspensive.setObjectName("suspensive")
        self.suspensive.setChecked(bool(appeal["suspensive"]))
        form.addRow(self.tr("Court &case number:"), self.case_number)
        form.addRow("", self.suspensive)

        for page in (hearing, document, details):
            self.pages.addWidget(page)
        self.form.addRow(self.tr("&Add:"), self.kind)
        self.form.addRow(self.pages)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.setFocus()

    def _kind_changed(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        if index == DETAILS:
            self.action_button.setText(self.tr("&Save"))
        else:
            self.action_button.setText(QCoreApplication.translate("CaseDialog", self.action_text))

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
