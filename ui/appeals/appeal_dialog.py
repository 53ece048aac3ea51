"""Recording an appeal: the court (from the configured list, with its address), the
court's case number, the date lodged and whether it suspends the departure obligation.
An appeal lodged after its last day is recorded all the same, and flagged as late."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from app.services import appeals
from app.services.context import Changed
from ui import i18n
from ui.appeals.base import CaseDialog, CaseInfo
from ui.context import ViewContext
from ui.letters.forms import date_edit, pydate
from ui.models.labels import date_text
from ui.widgets import line_edit


def appeal_deadline(case: CaseInfo) -> tuple[dt.date | None, bool]:
    """The last day an appeal lodged now is measured against, and whether it is onward."""
    previous = case["appeals"][-1] if case["appeals"] else None
    if case["state"] in ("appeal_dismissed", "revocation_final") and previous:
        service = case.get("service") or {}
        if previous["outcome"] == "dismissed" and previous["outcome_on"] >= service.get(
            "served_on", ""
        ):
            onward = previous["onward_deadline"]
            return (dt.date.fromisoformat(onward) if onward else None), True
    service = case.get("service")
    return (dt.date.fromisoformat(service["appeal_deadline"]) if service else None), False


class RecordAppealDialog(CaseDialog):
    action_text = str(QT_TRANSLATE_NOOP("CaseDialog", "&Record appeal"))
    action_name = "recordAppeal"

    def __init__(
        self,
        ctx: ViewContext,
        case: CaseInfo,
        courts: list[dict[str, Any]],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        self.deadline, self.onward = appeal_deadline(case)
        if self.onward:
            title = QCoreApplication.translate("RecordAppealDialog", "Record an onward appeal")
            explanation = QCoreApplication.translate(
                "RecordAppealDialog", "An onward appeal goes to the higher court after a dismissal."
            )
        else:
            title = QCoreApplication.translate("RecordAppealDialog", "Record an appeal")
            explanation = QCoreApplication.translate(
                "RecordAppealDialog",
                "The first appeal goes to a chamber of the Regional Administrative Court.",
            )
        super().__init__(ctx, case, title, explanation, parent)
        self.setObjectName("recordAppealDialog")
        self.court = QComboBox(self)
        self.court.setObjectName("court")
        self.court.setAccessibleName(self.tr("court"))
        wanted = "appeal" if self.onward else "first"
        for court in courts:
            name = court["name"].get(i18n.current()) or court["name"].get("lt", "")
            self.court.addItem(f"{court['code']} — {name}", court["code"])
            self.court.setItemData(self.court.count() - 1, court["address"], 3)  # tooltip role
        first = next((i for i, c in enumerate(courts) if c["level"] == wanted), 0)
        self.court.setCurrentIndex(first)
        self.courts = {c["code"]: c for c in courts}
        self.address = QLabel(self)
        self.address.setObjectName("courtAddress")
        self.address.setAccessibleName(self.tr("court address"))
        self.case_number = line_edit("court case number", self)
        self.case_number.setAccessibleName(self.tr("court case number"))
        self.case_number.setPlaceholderText(self.tr("e.g. eI-1234-567/2026 (may be added later)"))
        self.lodged = date_edit("date lodged", today, self, latest=today)
        self.lodged.setAccessibleName(self.tr("date lodged"))
        self.suspensive = QCheckBox(self.tr("The appeal suspends the departure obligation"), self)
        self.suspensive.setObjectName("suspensive")
        self.late = QLabel(self)
        self.late.setObjectName("lateWarning")
        self.late.setAccessibleName(self.tr("late appeal warning"))
        self.late.setWordWrap(True)
        self.form.addRow(self.tr("C&ourt:"), self.court)
        self.form.addRow(self.tr("Address:"), self.address)
        self.form.addRow(self.tr("Court &case number:"), self.case_number)
        self.form.addRow(self.tr("Date &lodged:"), self.lodged)
        self.form.addRow("", self.suspensive)
        if self.deadline:
            last = date_text(self.deadline)
        else:
            last = self.tr("none (the judgment was final)")
        self.form.addRow(self.tr("Last day to appeal:"), QLabel(last, self))
        self.form.addRow("", self.late)
        self.court.currentIndexChanged.connect(self._court_changed)
        self.lodged.dateChanged.connect(self._date_changed)
        self._court_changed()
        self._date_changed()
        self.court.setFocus()

    def _court_changed(self) -> None:
        court = self.courts.get(str(self.court.currentData()))
        self.address.setText(court["address"] if court else "")

    def _date_changed(self) -> None:
        lodged = pydate(self.lodged.date())
        if self.deadline is not None and lodged > self.deadline:
            self.late.setText(
                self.tr(
                    "⚠ Lodged after the last day ({day}): the appeal is recorded and flagged "
                    "as late."
                ).format(day=date_text(self.deadline))
            )
        else:
            self.late.setText("")

    def perform(self) -> Changed:
        return appeals.lodge_appeal(
            self.ctx.uow(),
            self.ctx.actor,
            self.case["case_number"],
            court_code=str(self.court.currentData()),
            lodged_on=pydate(self.lodged.date()),
            court_case_number=self.case_number.text(),
            suspensive=self.suspensive.isChecked(),
            expected_version=self.version,
        )

    def fields(self) -> Mapping[str, QWidget]:
        return {
            "court": self.court,
            "court case number": self.case_number,
            "date lodged": self.lodged,
        }
