"""Reopening a closed case: supervisors only, and only with a reason, which is kept in
the case's history."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.services import closing
from app.services.context import Changed
from ui.appeals.base import CaseDialog, CaseInfo
from ui.context import ViewContext


class ReopenDialog(CaseDialog):
    action_text = str(QT_TRANSLATE_NOOP("CaseDialog", "&Reopen"))
    action_name = "reopen"

    def __init__(self, ctx: ViewContext, case: CaseInfo, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            case,
            QCoreApplication.translate("ReopenDialog", "Reopen case {case}").format(
                case=case["case_number"]
            ),
            QCoreApplication.translate(
                "ReopenDialog",
                "The case goes back to assessment for a new decision. A decision that stood is "
                "kept in the history, marked superseded. Say why; the reason is kept with the "
                "case.",
            ),
            parent,
        )
        self.setObjectName("reopenDialog")
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(self.tr("reason"))
        self.reason.setTabChangesFocus(True)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.reason.setFocus()

    def perform(self) -> Changed:
        return closing.reopen(
            self.ctx.uow(),
            self.ctx.actor,
            self.case["case_number"],
            reason=self.reason.toPlainText(),
            expected_version=self.version,
        )

    def fields(self) -> Mapping[str, QWidget]:
        return {"reason": self.reason}
