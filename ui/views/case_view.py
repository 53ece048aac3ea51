"""One case: the resident and permit, the answers beside their questions, information
items, the history, and the decision form.

Every read and write runs on a worker (ui.tasks). Writes pass the version the
case had when it was opened; when someone changed it meanwhile, the user is
shown what changed and chooses what to keep (ui.case.conflict).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import StaleCase
from app.domain.lifecycle import State
from app.domain.roles import Role
from app.services import cases, queries
from app.services.context import Changed
from ui.case.answers import AnswersPanel
from ui.case.conflict import REAPPLY, RELOAD, ConflictDialog
from ui.case.decision import DecisionForm, DecisionValues, values_of
from ui.case.history import HistoryPanel
from ui.case.information import InformationPanel
from ui.case.requests import RecordAnswerDialog
from ui.case.style import heading
from ui.context import ViewContext
from ui.errors import focus_field, show_error
from ui.models.changes import case_changes, my_fields
from ui.models.labels import (
    PERMIT_STATUSES,
    PERMIT_TYPES,
    citizenship_label,
    date_text,
    day_text,
    label,
    outcome_label,
    state_label,
    time_text,
)
from ui.widgets import esc

EDITABLE_STATES = (State.ASSIGNED.value, State.IN_ASSESSMENT.value)
DECISION_TAB, INFORMATION_TAB, HISTORY_TAB = range(3)
Write = Callable[[int | None], Changed]


def shortcut(parent: QWidget, keys: str | QKeySequence, slot: Callable[[], object]) -> QShortcut:
    made = QShortcut(QKeySequence(keys), parent, slot)
    made.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return made


class CaseHeader(QFrame):
    """Who the case is about, their permit, and where the case stands."""

    # (field, row, column, columns its value spans); the field's name is shown translated
    FIELDS: tuple[tuple[object, int, int, int], ...] = (
        (QT_TRANSLATE_NOOP("CaseHeader", "Permit"), 1, 0, 3),
        (QT_TRANSLATE_NOOP("CaseHeader", "Born"), 1, 4, 1),
        (QT_TRANSLATE_NOOP("CaseHeader", "Citizenship"), 1, 6, 1),
        (QT_TRANSLATE_NOOP("CaseHeader", "Address"), 2, 0, 3),
        (QT_TRANSLATE_NOOP("CaseHeader", "Questionnaire"), 2, 4, 1),
        (QT_TRANSLATE_NOOP("CaseHeader", "Writes in"), 2, 6, 1),
        (QT_TRANSLATE_NOOP("CaseHeader", "Campaign"), 3, 0, 3),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHeader")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = heading("", self, size=1.35)
        self.title.setObjectName("caseTitle")
        self.title.setAccessibleName(self.tr("name"))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.native = heading("", self, size=1.1)
        self.native.setObjectName("nativeName")
        self.native.setAccessibleName(self.tr("name in the native script"))
        self.native.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QLabel(self)
        self.where.setObjectName("caseState")
        self.where.setAccessibleName(self.tr("state of the case"))
        self.where.setWordWrap(True)
        self.where.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.where.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        names = QHBoxLayout()
        names.addWidget(self.title)
        names.addSpacing(16)
        names.addWidget(self.native)
        names.addWidget(self.where, 1)
        grid.addLayout(names, 0, 0, 1, 8)
        for field, row, column, span in self.FIELDS:
            name, shown = str(field), self.tr(str(field))
            label = QLabel(self.tr("{field}:").format(field=shown), self)
            label.setEnabled(False)  # quiet, in the palette's disabled text colour
            value = QLabel(self)
            value.setObjectName(f"header_{name.lower().replace(' ', '_')}")
            value.setAccessibleName(shown)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            value.setWordWrap(True)
            grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(value, row, column + 1, 1, span)
            self.values[name] = value
        for stretch in (1, 3, 5, 7):
            grid.setColumnStretch(stretch, 1)

    def show_file(self, file: dict[str, Any]) -> None:
        r, p = file["resident"], file["permit"]
        self.title.setText(esc(f"{r['surname']} {r['given_names']}"))
        native = f"{r['surname_native']} {r['given_names_native']}".strip()
        self.native.setText(esc(native))
        officer = file.get("assigned_to_name") or self.tr("unassigned")
        self.where.setText(
            self.tr("Case {number} · {state} since {day} · Officer: {officer}").format(
                number=f"<b>{esc(file['case_number'])}</b>",
                state=f"<b>{esc(state_label(file['state']))}</b>",
                day=day_text(file["state_changed_at"]),
                officer=esc(officer),
            )
        )
        kind = esc(label(PERMIT_TYPES, p["type"]))
        permit = f"<b>{esc(p['number'])}</b> {kind}, {esc(label(PERMIT_STATUSES, p['status']))}"
        if p["issued_on"]:
            permit += self.tr(", issued {day}").format(day=date_text(p["issued_on"]))
        if p["valid_until"]:
            permit += self.tr(", until {day}").format(day=date_text(p["valid_until"]))
        response = (
            self.tr("received {day}").format(day=day_text(file["response_received"]))
            if file["response_received"]
            else "<b>{}</b>".format(self.tr("no response"))
        )
        shown = {
            "Permit": permit,
            "Born": esc(date_text(r["date_of_birth"]) or "—"),
            "Citizenship": esc(citizenship_label(r["citizenship"])),
            "Writes in": esc(r["preferred_language"]),
            "Address": esc(r["address"] or "—"),
            "Questionnaire": response,
            "Campaign": esc(file["campaign"]),
        }
        for name, text in shown.items():
            self.values[name].setText(text)
            self.values[name].setToolTip(text.replace("<b>", "").replace("</b>", ""))


class CaseView(QWidget):
    back_requested = Signal()
    step_requested = Signal(int)  # +1 the next case of the queue, -1 the previous one
    shown = Signal(str)  # the case number, once on screen
    written = Signal(object)  # Changed, after a save, a submission or a recorded answer

    def __init__(
        self, ctx: ViewContext, parent: QWidget | None = None, *, navigation: bool = True
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("caseView")
        self.setAccessibleName(self.tr("Case"))
        self.file: dict[str, Any] | None = None
        self.case_number = ""
        self._loading = ""
        self._writing = False
        self._after_load = ""  # what to tell the user once the case is shown again
        self.dirty = False  # the form holds edits not yet saved
        self._focus: QWidget | None = None
        self._then: Callable[[], None] | None = None  # where to go once a save succeeds

        self.back_button = QPushButton(self.tr("← Queue"), self)
        self.back_button.setObjectName("backToQueue")
        self.back_button.setToolTip(self.tr("Back to the queue (Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        self.previous_button = QPushButton(self.tr("↑ Previous"), self)
        self.previous_button.setObjectName("previousCase")
        self.previous_button.setToolTip(self.tr("The previous case of the queue (Alt+Up)"))
        self.previous_button.clicked.connect(lambda: self.step_requested.emit(-1))
        self.next_button = QPushButton(self.tr("↓ Next"), self)
        self.next_button.setObjectName("nextCase")
        self.next_button.setToolTip(self.tr("The next case of the queue (Alt+Down)"))
        self.next_button.clicked.connect(lambda: self.step_requested.emit(1))
        self.busy = QProgressBar(self)
        self.busy.setObjectName("caseBusy")
        self.busy.setAccessibleName(self.tr("loading"))
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel(self)
        self.message.setObjectName("caseMessage")
        self.message.setAccessibleName(self.tr("message"))
        for button in (self.back_button, self.previous_button, self.next_button):
            button.setVisible(navigation)  # shown inside a queue only
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.busy)

        self.header = CaseHeader(self)
        self.answers = AnswersPanel(self)
        self.form = DecisionForm(self)
        self.information = InformationPanel(ctx, self)
        self.history = HistoryPanel(self)
        scroll = QScrollArea(self)
        scroll.setObjectName("decisionScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.tabs.setAccessibleName(self.tr("Decision, information and history"))
        self.tabs.addTab(scroll, self.tr("&Decision"))
        self.tabs.addTab(self.information, self.tr("I&nformation"))
        self.tabs.addTab(self.history, self.tr("Hi&story"))
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("caseSplit")
        self.split.addWidget(self.answers)
        self.split.addWidget(self.tabs)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.header)
        layout.addWidget(self.split, 1)

        for signal in (
            self.form.edited,
            self.answers.model.relied_changed,
            self.information.model.relied_changed,
        ):
            signal.connect(self._edited)
        self.form.save_requested.connect(self.save_draft)
        self.form.submit_requested.connect(self.submit)
        self.form.record_requested.connect(self.record_answer)
        self.answers.model.relied_changed.connect(self._relied_changed)
        self.information.model.relied_changed.connect(self._relied_changed)
        self.information.added.connect(self._item_added)
        shortcut(self, "Esc", self.back_requested.emit)
        shortcut(self, "Alt+Down", lambda: self.step_requested.emit(1))
        shortcut(self, "Alt+Up", lambda: self.step_requested.emit(-1))
        shortcut(self, "Ctrl+Return", self.submit)
        shortcut(self, "Ctrl+Enter", self.submit)
        shortcut(self, "Ctrl+S", self.save_draft)
        shortcut(self, "Ctrl+I", self.add_information)
        self.setTabOrder(self.back_button, self.previous_button)
        self.setTabOrder(self.previous_button, self.next_button)
        self.setTabOrder(self.next_button, self.answers.only_marked)
        self.setTabOrder(self.answers.only_marked, self.answers.tree)
        self.setTabOrder(self.answers.tree, self.tabs)

    # --- loading ---------------------------------------------------------------------

    @property
    def version(self) -> int | None:
        return self.file["version"] if self.file else None

    def open_case(self, case_number: str) -> None:
        """Load a case and show it; until it arrives the previous one stays, greyed."""
        self._loading = case_number
        self._set_busy(True, self.tr("Opening case {number}…").format(number=case_number))
        uow, actor = self.ctx.uow(), self.ctx.actor
        self.ctx.tasks.run(
            lambda: queries.case_file(uow, actor, case_number),
            lambda file: self._loaded(case_number, file),
            lambda exc: self._load_failed(case_number, exc),
            owner=self,
        )

    def reload(self) -> None:
        if self.case_number:
            self.open_case(self.case_number)

    def _loaded(self, case_number: str, file: dict[str, Any]) -> None:
        if case_number != self._loading:
            return  # the user moved on to another case meanwhile
        self._set_busy(False)
        self.show_file(file)
        self.message.setText(self._after_load)
        self._after_load = ""

    def _load_failed(self, case_number: str, exc: BaseException) -> None:
        if case_number == self._loading:
            self._set_busy(False)
            show_error(self, exc)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        if busy:
            focus = QApplication.focusWidget()
            if focus is not None and self.split.isAncestorOf(focus):
                self._focus = focus
            self.split.setEnabled(False)
        else:
            self.split.setEnabled(True)
            # Disabling moved the keyboard focus away; give it back where the user was.
            focus, self._focus = self._focus, None
            if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
                focus.setFocus()
            elif self.isVisible():
                now = QApplication.focusWidget()
                if now is None or not self.isAncestorOf(now):
                    self.answers.tree.setFocus()  # a case is read from its answers down
        if text or not busy:
            self.message.setText(text)

    # --- showing ---------------------------------------------------------------------

    def may_edit(self, file: dict[str, Any]) -> tuple[bool, str]:
        actor = self.ctx.actor
        state = file["state"]
        decision = file.get("decision") or {}
        if state == State.AWAITING_SIGNOFF.value:
            by = decision.get("proposed_by") or self.tr("the officer")
            return False, self.tr(
                "Submitted for sign-off by {officer} on {time}; a supervisor decides next."
            ).format(officer=by, time=time_text(decision.get("proposed_at")))
        if state == State.AWAITING_INFORMATION.value:
            return False, self.tr("The case waits for another authority's answer.")
        if state == State.IMPORTED.value and file["assigned_to"] is None:
            return False, self.tr(
                "Nobody has taken this case yet. Take next (Ctrl+N) gives you the "
                "oldest unassigned case."
            )
        if state not in EDITABLE_STATES:
            where = state_label(state).lower()
            if decision.get("status") == "approved":
                return False, self.tr("Decided: {outcome}. The case is {state}.").format(
                    outcome=outcome_label(decision["outcome"]), state=where
                )
            return False, self.tr("The case is {state}; it takes no decision now.").format(
                state=where
            )
        if Role.OFFICER not in actor.roles:
            return False, self.tr("Only the case's officer records a decision.")
        if file["assigned_to"] != actor.username:
            if file["assigned_to"] is None:
                return False, self.tr(
                    "This case is not assigned to anyone; use Take next to take one."
                )
            return False, self.tr("This case is assigned to {officer}.").format(
                officer=file["assigned_to_name"]
            )
        return True, ""

    def show_file(self, file: dict[str, Any], keep: DecisionValues | None = None) -> None:
        """Show a case file; `keep` puts the user's own edits back in the form."""
        first_time = file["case_number"] != self.case_number
        if keep is None and not first_time and self.dirty:
            keep = self.values()  # a reload (an item was added) keeps what was being typed
        self.file = file
        self.case_number = file["case_number"]
        editable, why = self.may_edit(file)
        decision = file.get("decision")
        values = keep or values_of(decision)
        self.header.show_file(file)
        self.answers.set_answers(file["answers"], values.relied_answers, editable=editable)
        today = dt.date.fromisoformat(file["today"])
        actor = self.ctx.actor
        can_add = editable or (
            actor.has(Role.SUPERVISOR)
            and file["state"]
            in (*EDITABLE_STATES, State.AWAITING_INFORMATION.value, State.AWAITING_SIGNOFF.value)
        )
        self.information.set_items(
            self.case_number,
            file["items"],
            values.relied_items,
            editable=editable,
            can_add=can_add,
            today=today,
        )
        self.information.set_requests(file["requests"])
        self.history.set_entries(file["history"])
        self.tabs.setTabText(
            INFORMATION_TAB, self.tr("I&nformation ({count})").format(count=len(file["items"]))
        )
        self.tabs.setTabText(
            HISTORY_TAB, self.tr("Hi&story ({count})").format(count=len(file["history"]))
        )
        self.form.set_legal_bases(file["legal_bases"])
        self.form.set_request_defaults(today, file["request_days"], file["request_max_days"])
        self.form.set_values(values)
        self.form.set_editable(editable, why)
        self.form.set_returned(
            file.get("signoff") if decision and decision["status"] == "returned" else None
        )
        open_request = next((r for r in reversed(file["requests"]) if not r["answered_on"]), None)
        can_record = actor.has(Role.SUPERVISOR) or file["assigned_to"] == actor.username
        self.form.set_waiting(
            open_request if file["state"] == State.AWAITING_INFORMATION.value else None, can_record
        )
        self.form.error.clear()
        self._relied_changed()
        if first_time:
            self.tabs.setCurrentIndex(DECISION_TAB)
        self.dirty = keep is not None and editable
        self.shown.emit(self.case_number)

    def _edited(self) -> None:
        if self.file is not None and self.form.editable:
            self.dirty = True

    def leave(self, then: Callable[[], None]) -> None:
        """Go elsewhere (`then`), first asking what to do with unsaved edits."""
        if not self.dirty or self.file is None:
            then()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved decision"),
            self.tr("The decision on case {number} has edits that are not saved.").format(
                number=self.case_number
            ),
            parent=self,
        )
        box.setObjectName("unsavedBox")
        box.setInformativeText(self.tr("Save them as a draft before leaving?"))
        save = box.addButton(self.tr("&Save draft"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("&Discard edits"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)

        def answered() -> None:
            if box.clickedButton() is save:
                self._then = then
                self.save_draft()
            elif box.clickedButton() is drop:
                self.dirty = False
                then()

        box.finished.connect(answered)
        box.open()
        self.unsaved_box = box

    def _relied_changed(self) -> None:
        self.form.set_relied_summary(
            len(self.answers.model.relied()), len(self.information.model.relied())
        )

    def add_information(self) -> None:
        if self.information.add_button.isEnabled() and self.file is not None:
            self.tabs.setCurrentIndex(INFORMATION_TAB)
            self.information.add_item()

    def _item_added(self, changed: Changed | None) -> None:
        self._after_load = self.tr("The information item was added.")
        self.reload()

    # --- writing ---------------------------------------------------------------------

    def values(self) -> DecisionValues:
        return self.form.values(self.answers.model.relied(), self.information.model.relied())

    def save_draft(self) -> None:
        if not self._can_write():
            return
        v = self.values()
        uow, actor, number = self.ctx.uow, self.ctx.actor, self.case_number
        self._write(
            self.tr("Saving the draft…"),
            self.tr("The draft was saved."),
            lambda version: cases.save_draft(
                uow(),
                actor,
                number,
                outcome=v.outcome,
                legal_bases=list(v.legal_bases),
                reasons=v.reasons,
                assessment=v.assessment,
                relied_answers=list(v.relied_answers),
                relied_items=list(v.relied_items),
                expected_version=version,
            ),
        )

    def submit(self) -> None:
        if not self._can_write():
            return
        v = self.values()
        uow, actor, number = self.ctx.uow, self.ctx.actor, self.case_number
        self._write(
            self.tr("Submitting…"),
            self.tr("Submitted for sign-off."),
            lambda version: cases.propose(
                uow(),
                actor,
                number,
                outcome=v.outcome,
                legal_bases=list(v.legal_bases),
                reasons=v.reasons,
                assessment=v.assessment,
                relied_answers=list(v.relied_answers),
                relied_items=list(v.relied_items),
                request=v.request(),
                expected_version=version,
            ),
        )

    def record_answer(self) -> None:
        if self.file is None or self._writing:
            return
        request = next((r for r in reversed(self.file["requests"]) if not r["answered_on"]), None)
        if request is None:
            return
        dialog = RecordAnswerDialog(request, dt.date.fromisoformat(self.file["today"]), self)
        uow, actor, number = self.ctx.uow, self.ctx.actor, self.case_number

        def record() -> None:
            answer, day = dialog.values()
            self._write(
                self.tr("Recording the answer…"),
                self.tr("The answer was recorded; assessment resumes."),
                lambda version: cases.record_information(
                    uow(), actor, number, answer=answer, answered_on=day, expected_version=version
                ),
            )

        dialog.accepted.connect(record)
        dialog.open()

    def _can_write(self) -> bool:
        return self.file is not None and self.form.editable and not self._writing

    def _write(self, doing: str, done: str, write: Write) -> None:
        self._writing = True
        self.form.error.clear()
        self.form.save_button.setEnabled(False)
        self.form.submit_button.setEnabled(False)
        self._set_busy(True, doing)
        version = self.version
        self.ctx.tasks.run(
            lambda: write(version),
            lambda changed: self._written(changed, done),
            lambda exc: self._refused(exc, write),
            owner=self,
        )

    def _end_write(self) -> None:
        self._writing = False
        self.form.save_button.setEnabled(True)
        self.form.submit_button.setEnabled(True)
        self._set_busy(False)

    def _written(self, changed: Changed, done: str) -> None:
        self._end_write()
        self.dirty = False
        self._after_load = done
        self.ctx.bus.publish(changed)
        self.written.emit(changed)
        then, self._then = self._then, None
        if then is not None:
            then()
        else:
            self.reload()

    def _refused(self, exc: BaseException, write: Write) -> None:
        self._end_write()
        self._then = None
        if isinstance(exc, StaleCase):
            self._conflict(write)
            return
        self.form.error.show_error(exc)
        focus_field(
            exc,
            {
                "statement of reasons": self.form.reasons,
                "outcome": next(iter(self.form.outcome_buttons.values())),
                "legal basis": next(iter(self.form.bases.values()), self.form.reasons),
                "authority": self.form.authority,
                "question": self.form.question,
                "due date": self.form.due_on,
            },
        )

    # --- conflicts -------------------------------------------------------------------

    def _conflict(self, write: Write) -> None:
        """Someone changed the case: load it as it is now and ask what to keep."""
        assert self.file is not None
        opened, mine = self.file, self.values()
        number = self.case_number
        self._set_busy(True, self.tr("The case changed meanwhile; loading it as it is now…"))
        uow, actor = self.ctx.uow(), self.ctx.actor
        self.ctx.tasks.run(
            lambda: queries.case_file(uow, actor, number),
            lambda now: self._ask(opened, now, mine, write),
            self._gone,
            owner=self,
        )

    def _gone(self, exc: BaseException) -> None:
        """The changed case may no longer be read (reassigned to another officer)."""
        self._set_busy(False)
        self.form.set_editable(
            False,
            self.tr(
                "Case {number} was changed by someone else and is no longer yours to "
                "work on; nothing of yours was saved."
            ).format(number=self.case_number),
        )
        self.gone_box = show_error(self, exc, self.tr("The case changed"))

    def _ask(
        self, opened: dict[str, Any], now: dict[str, Any], mine: DecisionValues, write: Write
    ) -> None:
        self._set_busy(False)
        changes = case_changes(opened, now, my_fields(mine))
        last = now["history"][-1] if now["history"] else None
        who = last.actor if last and last.actor != self.ctx.actor.username else ""
        dialog = ConflictDialog(self.case_number, who, changes, self)
        self.conflict_dialog = dialog
        editable, why = self.may_edit(now)
        dialog.can_reapply(editable, why)

        def chosen() -> None:
            if dialog.choice == RELOAD:
                self.dirty = False  # the user chose to drop their edits
                self.show_file(now)
                self.message.setText(self.tr("The new version is shown; your edits were dropped."))
            elif dialog.choice == REAPPLY:
                self.show_file(now, keep=mine)
                self._write(
                    self.tr("Applying your edits to the new version…"),
                    self.tr("Your edits were applied to the new version."),
                    write,
                )

        dialog.finished.connect(chosen)
        dialog.open()

    def wants_conflict_choice(self) -> QDialog | None:
        dialog = getattr(self, "conflict_dialog", None)
        return dialog if isinstance(dialog, QDialog) and dialog.isVisible() else None
