"""The decision form: outcome, legal basis, statement of reasons, internal assessment, and
for a request the authority, the question and the due date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.case.information import pydate, qdate
from ui.case.style import notice
from ui.errors import InlineError
from ui.models.labels import date_text, outcome_label, time_text
from ui.widgets import esc, hint_label


@dataclass(frozen=True)
class DecisionValues:
    """What the officer has entered; compared field by field when a conflict is shown."""

    outcome: str = ""
    legal_bases: tuple[str, ...] = ()
    reasons: str = ""
    assessment: str = ""
    relied_answers: tuple[str, ...] = ()
    relied_items: tuple[int, ...] = ()
    authority: str = ""
    question: str = ""
    due_on: dt.date | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def request(self) -> dict[str, Any] | None:
        if self.outcome != "request_information":
            return None
        return {"authority": self.authority, "question": self.question, "due_on": self.due_on}


def values_of(decision: dict[str, Any] | None) -> DecisionValues:
    """The values a stored decision (as `case_file` gives it) puts in the form."""
    if not decision:
        return DecisionValues()
    return DecisionValues(
        outcome=decision["outcome"],
        legal_bases=tuple(decision["legal_bases"]),
        reasons=decision["reasons"],
        assessment=decision.get("assessment", ""),
        relied_answers=tuple(decision["relied_answers"]),
        relied_items=tuple(int(i) for i in decision["relied_items"]),
    )


class DecisionForm(QWidget):
    save_requested = Signal()
    submit_requested = Signal()
    record_requested = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionForm")
        self.returned = notice(self, kind="warning")
        self.returned.setObjectName("returnedComment")
        self.returned.setAccessibleName(self.tr("Supervisor's comment"))
        self.returned.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.returned.hide()
        self.status = notice(self, kind="info")
        self.status.setObjectName("decisionStatus")
        self.status.setAccessibleName(self.tr("Decision status"))
        self.status.hide()

        # Awaiting an answer from another authority.
        self.waiting = QWidget(self)
        self.waiting_text = QLabel(self.waiting)
        self.waiting_text.setWordWrap(True)
        self.record_button = QPushButton(self.tr("Record the ans&wer…"), self.waiting)
        self.record_button.setObjectName("recordAnswer")
        self.record_button.clicked.connect(self.record_requested)
        waiting_layout = QHBoxLayout(self.waiting)
        waiting_layout.setContentsMargins(0, 0, 0, 0)
        waiting_layout.addWidget(self.waiting_text, 1)
        waiting_layout.addWidget(self.record_button)
        self.waiting.hide()

        self.outcome_box = QGroupBox(self.tr("Outcome"), self)
        self.outcome_box.setAccessibleName(self.tr("Outcome"))
        self.outcomes = QButtonGroup(self)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        outcome_layout = QHBoxLayout(self.outcome_box)
        for key, text in (
            ("retain", self.tr("&Retain the permit")),
            ("revoke", self.tr("Rev&oke the permit")),
            ("request_information", self.tr("Re&quest information")),
        ):
            button = QRadioButton(text, self.outcome_box)
            button.setObjectName(f"outcome_{key}")
            button.setAccessibleName(outcome_label(key))
            self.outcomes.addButton(button)
            self.outcome_buttons[key] = button
            outcome_layout.addWidget(button)
        outcome_layout.addStretch(1)
        self.outcomes.buttonToggled.connect(self._outcome_changed)

        self.bases_box = QGroupBox(self.tr("Legal basis"), self)
        self.bases_box.setAccessibleName(self.tr("Legal basis"))
        self.bases_layout = QGridLayout(self.bases_box)
        self.bases_layout.setColumnStretch(1, 1)
        self.bases: dict[str, QCheckBox] = {}
        self.basis_texts: list[QLabel] = []

        self.reasons = QPlainTextEdit(self)
        self.reasons.setObjectName("reasons")
        self.reasons.setAccessibleName(self.tr("Statement of reasons"))
        self.reasons.setAccessibleDescription(
            self.tr("Disclosed to the person and printed in the letter")
        )
        self.reasons.setTabChangesFocus(True)
        self.reasons.setPlaceholderText(self.tr("Required. Printed in the letter to the person."))
        self.assessment = QPlainTextEdit(self)
        self.assessment.setObjectName("assessment")
        self.assessment.setAccessibleName(self.tr("Internal assessment"))
        self.assessment.setAccessibleDescription(
            self.tr("Restricted: never printed, never shown to clerks")
        )
        self.assessment.setTabChangesFocus(True)
        self.assessment.setPlaceholderText(
            self.tr("Restricted: never printed, never shown to clerks.")
        )
        for edit in (self.reasons, self.assessment):
            edit.setMinimumHeight(edit.fontMetrics().height() * 4)
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            edit.textChanged.connect(self.edited)
        reasons_label = QLabel(self.tr("State&ment of reasons:"), self)
        reasons_label.setBuddy(self.reasons)
        assessment_label = QLabel(self.tr("Internal &assessment:"), self)
        assessment_label.setBuddy(self.assessment)

        self.request_box = QGroupBox(self.tr("Request to another authority"), self)
        self.request_box.setAccessibleName(self.tr("Request to another authority"))
        self.authority = QLineEdit(self.request_box)
        self.authority.setObjectName("authority")
        self.authority.setAccessibleName(self.tr("authority"))
        self.authority.setPlaceholderText(self.tr("e.g. State Security Department"))
        self.question = QPlainTextEdit(self.request_box)
        self.question.setObjectName("question")
        self.question.setAccessibleName(self.tr("question"))
        self.question.setTabChangesFocus(True)
        self.question.setMaximumHeight(self.question.fontMetrics().height() * 5)
        self.due_on = QDateEdit(self.request_box)
        self.due_on.setObjectName("due_date")
        self.due_on.setAccessibleName(self.tr("due date"))
        self.due_on.setCalendarPopup(True)
        self.due_on.setDisplayFormat("yyyy-MM-dd")
        request_form = QFormLayout(self.request_box)
        request_form.addRow(self.tr("Au&thority:"), self.authority)
        request_form.addRow(self.tr("Q&uestion:"), self.question)
        request_form.addRow(self.tr("Du&e date:"), self.due_on)
        self.request_box.hide()

        self.relied = hint_label("", self)
        self.relied.setObjectName("reliedSummary")
        self.error = InlineError(self)
        self.save_button = QPushButton(self.tr("Save draft"), self)
        self.save_button.setObjectName("saveDraft")
        self.save_button.setToolTip(self.tr("Keep the decision unfinished (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_requested)
        self.submit_button = QPushButton(self.tr("Submit for sign-off"), self)
        self.submit_button.setObjectName("submit")
        self.submit_button.setToolTip(self.tr("Send the decision to a supervisor (Ctrl+Enter)"))
        self.submit_button.clicked.connect(self.submit_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.relied, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.returned)
        layout.addWidget(self.status)
        layout.addWidget(self.waiting)
        layout.addWidget(self.outcome_box)
        layout.addWidget(self.bases_box)
        layout.addWidget(reasons_label)
        layout.addWidget(self.reasons, 3)
        layout.addWidget(assessment_label)
        layout.addWidget(self.assessment, 2)
        layout.addWidget(self.request_box)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.editable = True

    # --- filling --------------------------------------------------------------------

    def set_legal_bases(self, bases: Sequence[tuple[str, str]]) -> None:
        if [c for c in self.bases] == [code for code, _ in bases]:
            return
        for widget in (*self.bases.values(), *self.basis_texts):
            widget.deleteLater()
        self.bases, self.basis_texts = {}, []
        for row, (code, text) in enumerate(bases):
            box = QCheckBox(code, self.bases_box)
            box.setObjectName(f"basis_{code}")
            box.setAccessibleName(self.tr("legal basis {code}").format(code=code))
            box.setAccessibleDescription(text)
            box.setToolTip(text)
            box.toggled.connect(self.edited)
            label = QLabel(text, self.bases_box)
            label.setWordWrap(True)
            label.setBuddy(box)
            self.bases_layout.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            self.bases_layout.addWidget(label, row, 1)
            self.bases[code] = box
            self.basis_texts.append(label)
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [
            *self.outcome_buttons.values(),
            *self.bases.values(),
            self.reasons,
            self.assessment,
            self.authority,
            self.question,
            self.due_on,
            self.save_button,
            self.submit_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def set_request_defaults(self, today: dt.date, days: int, longest: int) -> None:
        self.due_on.setMinimumDate(qdate(today + dt.timedelta(days=1)))
        self.due_on.setMaximumDate(qdate(today + dt.timedelta(days=longest)))
        self.default_due = today + dt.timedelta(days=days)

    def set_values(self, values: DecisionValues) -> None:
        button = self.outcome_buttons.get(values.outcome)
        self.outcomes.setExclusive(False)
        for b in self.outcome_buttons.values():
            b.setChecked(False)
        self.outcomes.setExclusive(True)
        if button is not None:
            button.setChecked(True)
        for code, box in self.bases.items():
            box.setChecked(code in values.legal_bases)
        self.reasons.setPlainText(values.reasons)
        self.assessment.setPlainText(values.assessment)
        self.authority.setText(values.authority)
        self.question.setPlainText(values.question)
        due = values.due_on or getattr(self, "default_due", None)
        if due is not None:
            self.due_on.setDate(qdate(due))
        self._outcome_changed()

    def values(
        self, relied_answers: Sequence[str] = (), relied_items: Sequence[int] = ()
    ) -> DecisionValues:
        checked = self.outcomes.checkedButton()
        outcome = next((k for k, b in self.outcome_buttons.items() if b is checked), "")
        return DecisionValues(
            outcome=outcome,
            legal_bases=tuple(code for code, box in self.bases.items() if box.isChecked()),
            reasons=self.reasons.toPlainText(),
            assessment=self.assessment.toPlainText(),
            relied_answers=tuple(relied_answers),
            relied_items=tuple(relied_items),
            authority=self.authority.text(),
            question=self.question.toPlainText(),
            due_on=pydate(self.due_on.date()),
        )

    def set_editable(self, editable: bool, why: str = "") -> None:
        self.editable = editable
        for widget in (*self.outcome_buttons.values(), *self.bases.values()):
            widget.setEnabled(editable)
        for edit in (self.reasons, self.assessment, self.question):
            edit.setReadOnly(not editable)
        self.authority.setReadOnly(not editable)
        self.due_on.setReadOnly(not editable)
        self.save_button.setVisible(editable)
        self.submit_button.setVisible(editable)
        self.status.setText(why)
        self.status.setVisible(bool(why))

    def set_returned(self, signoff: dict[str, Any] | None) -> None:
        if signoff and signoff["verdict"] == "returned":
            by = signoff.get("by_name") or signoff.get("by") or self.tr("a supervisor")
            returned = self.tr("Returned by {supervisor} on {time}:").format(
                supervisor=by, time=time_text(signoff["at"])
            )
            self.returned.setText(f"<b>{esc(returned)}</b><br>{esc(signoff['comment'])}")
            self.returned.show()
        else:
            self.returned.hide()

    def set_waiting(self, request: dict[str, Any] | None, can_record: bool) -> None:
        if request is None:
            self.waiting.hide()
            return
        self.waiting_text.setText(
            self.tr("Waiting for {authority} to answer “{question}”, due {day}.").format(
                authority=esc(request["authority"]),
                question=esc(request["question"]),
                day=date_text(request["due_on"]),
            )
        )
        self.record_button.setVisible(can_record)
        self.waiting.show()

    def set_relied_summary(self, answers: int, items: int) -> None:
        text = self.tr("Relied on: {answers}, {items}").format(
            answers=self.tr("{count} answers").format(count=answers)
            if answers != 1
            else self.tr("1 answer"),
            items=self.tr("{count} information items").format(count=items)
            if items != 1
            else self.tr("1 information item"),
        )
        if self.editable:
            text += self.tr(" (tick them under Answers and Information)")
        self.relied.setText(text + ".")

    def _outcome_changed(self, *_: object) -> None:
        checked = self.outcomes.checkedButton()
        requesting = checked is self.outcome_buttons["request_information"]
        self.request_box.setVisible(requesting)
        self.edited.emit()
