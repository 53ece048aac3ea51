"""What the dialogs of a case's end share: the case they are about, a form, the inline
error, and a submit that calls one service and publishes what changed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.errors import PermitReviewError
from app.services.context import Changed
from ui.context import ViewContext
from ui.errors import InlineError, focus_field
from ui.letters.forms import action_buttons
from ui.models.labels import state_label
from ui.widgets import esc, hint_label

CaseInfo = dict[str, Any]


def case_line(case: CaseInfo) -> str:
    """The case at the top of a dialog: number, name, state."""
    name = f"{case.get('surname', '')} {case.get('given_names', '')}".strip()
    return QCoreApplication.translate(
        "CaseDialog", "<b>{case}</b> · {name} · permit {permit} · {state}"
    ).format(
        case=esc(case["case_number"]),
        name=esc(name),
        permit=esc(case.get("permit_number", "")),
        state=esc(state_label(case["state"])),
    )


class CaseDialog(QDialog):
    """A dialog about one case; subclasses fill `form` and define `perform()`.

    `action_text` is the English text of the action button, marked with
    QT_TRANSLATE_NOOP("CaseDialog", ...) and translated when the button is made.
    """

    action_text = str(QT_TRANSLATE_NOOP("CaseDialog", "&Record"))
    action_name = "record"

    def __init__(
        self,
        ctx: ViewContext,
        case: CaseInfo,
        title: str,
        explanation: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case = case
        self.changed: Changed | None = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(540)
        summary = QLabel(case_line(case), self)
        summary.setObjectName("caseSummary")
        summary.setWordWrap(True)
        self.form = QFormLayout()
        self.error = InlineError(self)
        action = QCoreApplication.translate("CaseDialog", self.action_text)
        buttons, self.action_button = action_buttons(self, action, self.action_name)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if explanation:
            layout.addWidget(hint_label(explanation, self))
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)

    @property
    def version(self) -> int | None:
        value = self.case.get("version")
        return int(value) if value is not None else None

    def perform(self) -> Changed:
        raise NotImplementedError

    def fields(self) -> Mapping[str, QWidget]:
        """Where the cursor goes when the service names a field."""
        return {}

    def submit(self) -> None:
        self.error.clear()
        try:
            self.changed = self.perform()
        except PermitReviewError as exc:
            self.error.show_error(exc)
            focus_field(exc, self.fields())
            return
        self.ctx.bus.publish(self.changed)
        self.accept()

    def button(self) -> QPushButton:
        return self.action_button
