"""One case's end, for clerks and supervisors: service and its deadlines, the appeals
with their hearings and documents, the departure, the history, and the actions that
the case's state and the user's roles allow."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import PermitReviewError
from app.domain.lifecycle import CLOSED_STATES, State
from app.domain.roles import Role
from app.services import appeals, closing, queries
from app.services.context import Changed
from app.services.queries import HistoryEntry
from ui.appeals.appeal_dialog import RecordAppealDialog
from ui.appeals.departure_dialog import DepartureDialog, evidence_label
from ui.appeals.detail_dialog import AppealDetailDialog
from ui.appeals.models import AppealsModel
from ui.appeals.outcome_dialog import OutcomeDialog
from ui.appeals.reopen_dialog import ReopenDialog
from ui.case.history import HistoryPanel
from ui.case.style import heading
from ui.context import ViewContext
from ui.errors import InlineError, show_error
from ui.letters.models import method_name
from ui.models.labels import PERMIT_STATUSES, date_text, label, state_label
from ui.widgets import compact_rows, esc, line_edit

APPEALABLE = {State.SERVED, State.REVOCATION_FINAL, State.APPEAL_DISMISSED}
DEPARTABLE = {State.SERVED, State.APPEAL_DISMISSED, State.REVOCATION_FINAL}


class CasePanel(QWidget):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("casePanel")
        self.case: dict[str, Any] | None = None
        self.dialog: QDialog | None = None
        self.box: QMessageBox | None = None
        roles = ctx.actor.roles
        self.clerk = Role.CLERK in roles
        self.supervisor = Role.SUPERVISOR in roles

        self.ref = line_edit("case or permit number", self)
        self.ref.setAccessibleName(self.tr("case or permit number"))
        self.ref.setPlaceholderText(self.tr("Case or permit number, e.g. PR24-000123"))
        self.ref.returnPressed.connect(lambda: self.open_case(self.ref.text()))
        open_button = QPushButton(self.tr("&Open"), self)
        open_button.setObjectName("openCase")
        open_button.clicked.connect(lambda: self.open_case(self.ref.text()))
        self.error = InlineError(self)

        self.summary = QLabel(self)
        self.summary.setObjectName("caseEndSummary")
        self.summary.setAccessibleName(self.tr("case"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = AppealsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("appealsTable")
        self.table.setAccessibleName(self.tr("Appeals of the case"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.departure = QLabel(self)
        self.departure.setObjectName("departureSummary")
        self.departure.setAccessibleName(self.tr("departure"))
        self.departure.setWordWrap(True)
        self.history = HistoryPanel(self)

        self.buttons: dict[str, QPushButton] = {}
        actions = [
            ("appeal", self.tr("Record &appeal…"), self.record_appeal, self.clerk),
            ("detail", self.tr("&Hearing or document…"), self.add_detail, self.clerk),
            ("outcome", self.tr("Ou&tcome…"), self.record_outcome, self.clerk),
            ("final", self.tr("Confirm &final…"), self.confirm_final, self.clerk),
            ("departure", self.tr("Record &departure…"), self.record_departure, self.clerk),
            ("card", self.tr("Card &returned"), self.card_returned, self.clerk),
            ("reopen", self.tr("R&eopen…"), self.reopen, self.supervisor),
        ]
        row = QHBoxLayout()
        self.allowed = {key: shown for key, _, _, shown in actions}
        for key, text, slot, shown in actions:
            button = QPushButton(text, self)
            button.setObjectName(f"case_{key}")
            button.clicked.connect(slot)
            button.setVisible(shown)
            button.setEnabled(False)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)

        find = QHBoxLayout()
        find.addWidget(self.ref, 1)
        find.addWidget(open_button)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(find)
        top_layout.addWidget(self.error)
        top_layout.addWidget(self.summary)
        top_layout.addLayout(row)
        top_layout.addWidget(heading(self.tr("Appeals"), top))
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.departure)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(heading(self.tr("History"), bottom))
        bottom_layout.addWidget(self.history, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.loaded = 0
        self._request = 0

    # --- loading --------------------------------------------------------------------------

    @property
    def case_number(self) -> str:
        return str(self.case["case_number"]) if self.case else ""

    def open_case(self, ref: str) -> None:
        ref = ref.strip()
        if not ref:
            return
        self.ref.setText(ref)
        self.error.clear()
        uow, actor = self.ctx.uow, self.ctx.actor

        def load() -> tuple[dict[str, Any], list[HistoryEntry]]:
            found = appeals.case_appeals(uow(), actor, ref)
            return found, queries.case_history(uow(), actor, found["case_number"])

        # Only the newest load is shown: an older one may finish after it.
        self._request += 1
        token = self._request
        self.ctx.tasks.run(
            load,
            lambda found: self._show(found) if token == self._request else None,
            lambda exc: self._refused(exc) if token == self._request else None,
            owner=self,
        )

    def reload(self) -> None:
        if self.case is not None:
            self.open_case(self.case_number)

    def _refused(self, exc: BaseException) -> None:
        self.error.show_error(exc)

    def _show(self, loaded: tuple[dict[str, Any], list[HistoryEntry]]) -> None:
        case, history = loaded
        self.case = case
        self.ref.setText(case["case_number"])
        self.summary.setText(self._summary_html(case))
        self.model.set_rows(case["appeals"])
        self.departure.setText(self._departure_text(case))
        self.history.set_entries(history)
        self._update_buttons()
        self.loaded += 1

    def _summary_html(self, case: dict[str, Any]) -> str:
        name = f"{case['surname']} {case['given_names']}".strip()
        lines = [
            self.tr("<b>{case}</b> · {name} · permit {permit} ({status})").format(
                case=esc(case["case_number"]),
                name=esc(name),
                permit=esc(case["permit_number"]),
                status=esc(label(PERMIT_STATUSES, case["permit_status"])),
            ),
            self.tr("State: <b>{state}</b>").format(state=esc(state_label(case["state"]))),
        ]
        service = case["service"]
        if service:
            lines.append(
                self.tr(
                    "Served {day} ({method}); last day to appeal <b>{appeal}</b>; must leave "
                    "by <b>{departure}</b>"
                ).format(
                    day=date_text(service["served_on"]),
                    method=esc(method_name(service["method"])),
                    appeal=date_text(service["appeal_deadline"]),
                    departure=date_text(case["departure_deadline"]),
                )
            )
        else:
            lines.append(self.tr("Not served yet."))
        return "<br>".join(lines)

    def _departure_text(self, case: dict[str, Any]) -> str:
        departure = case["departure"]
        if not departure:
            return self.tr("No departure recorded.")
        if departure["card_returned"]:
            card = self.tr("the permit card was returned")
        else:
            card = self.tr("card not returned")
        note = f" — {departure['note']}" if departure["note"] else ""
        return self.tr("Departed {day} (known from: {evidence}){note}; {card}.").format(
            day=date_text(departure["departed_on"]),
            evidence=evidence_label(departure["evidence"]).lower(),
            note=note,
            card=card,
        )

    def _update_buttons(self) -> None:
        case = self.case
        state = State(case["state"]) if case else None
        pending = self.pending_appeal()
        departure = case["departure"] if case else None
        enabled = {
            "appeal": state in APPEALABLE,
            "detail": pending is not None,
            "outcome": pending is not None and state == State.UNDER_APPEAL,
            "final": state in (State.SERVED, State.APPEAL_DISMISSED),
            "departure": state in DEPARTABLE,
            "card": state == State.CLOSED_DEPARTED
            and departure is not None
            and not departure["card_returned"],
            "reopen": state in CLOSED_STATES,
        }
        for key, button in self.buttons.items():
            button.setEnabled(bool(enabled[key]) and self.allowed[key])

    def pending_appeal(self) -> dict[str, Any] | None:
        if not self.case:
            return None
        pending = [a for a in self.case["appeals"] if a["outcome"] is None]
        return pending[-1] if pending else None

    # --- actions -----------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self.ctx.workspace.clock.today()

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def record_appeal(self) -> QDialog | None:
        if self.case is None:
            return None
        try:
            courts = appeals.list_courts(self.ctx.uow(), self.ctx.actor)
        except PermitReviewError as exc:
            show_error(self, exc)
            return None
        return self._open(RecordAppealDialog(self.ctx, self.case, courts, self.today(), self))

    def add_detail(self) -> QDialog | None:
        pending = self.pending_appeal()
        if self.case is None or pending is None:
            return None
        return self._open(AppealDetailDialog(self.ctx, self.case, pending, self.today(), self))

    def record_outcome(self) -> QDialog | None:
        pending = self.pending_appeal()
        if self.case is None or pending is None:
            return None
        return self._open(OutcomeDialog(self.ctx, self.case, pending, self.today(), self))

    def record_departure(self) -> QDialog | None:
        if self.case is None:
            return None
        return self._open(DepartureDialog(self.ctx, self.case, self.today(), self))

    def reopen(self) -> QDialog | None:
        if self.case is None:
            return None
        return self._open(ReopenDialog(self.ctx, self.case, self))

    def _ask(self, title: str, text: str, action: str, then: Any) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self
        )
        box.setObjectName("caseQuestion")
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("caseQuestionYes")
        box.finished.connect(lambda _r: then() if box.clickedButton() is yes else None)
        box.open()
        self.box = box
        return box

    def confirm_final(self) -> QMessageBox | None:
        if self.case is None:
            return None
        ref = self.case_number
        return self._ask(
            self.tr("Confirm the revocation as final"),
            self.tr(
                "Confirm that the revocation of case {case} is final? Your name is recorded "
                "with the confirmation."
            ).format(case=ref),
            self.tr("Confirm as &final"),
            lambda: self._run(lambda: appeals.confirm_final(self.ctx.uow(), self.ctx.actor, [ref])),
        )

    def card_returned(self) -> QMessageBox | None:
        if self.case is None:
            return None
        ref = self.case_number
        return self._ask(
            self.tr("Permit card returned"),
            self.tr("Record that the permit card of case {case} came back today?").format(case=ref),
            self.tr("&Record"),
            lambda: self._run(
                lambda: closing.record_card_returned(self.ctx.uow(), self.ctx.actor, ref)
            ),
        )

    def _run(self, action: Any) -> None:
        try:
            changed: Changed = action()
        except PermitReviewError as exc:
            show_error(self, exc)
            return
        self.ctx.bus.publish(changed)
        self.reload()
