"""Sign-off: a supervisor reads each proposal (reasons, internal assessment, the answers and
information relied on, the case history) and approves it, becoming the signatory of its
letters, or returns it to the officer with a comment. Several `retain` proposals may be
approved at once; a revocation is always approved on its own. A supervisor's own
proposals are shown, but not theirs to sign."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Role
from app.services import cases, queries
from app.services import queue as queue_service
from app.services.context import Changed
from app.services.queue import Proposal
from ui.case.answers import AnswersPanel
from ui.case.history import HistoryPanel
from ui.case.information import InformationPanel
from ui.case.style import heading, notice
from ui.context import ViewContext
from ui.errors import InlineError, show_error
from ui.export import ExportButton, export_list, model_table
from ui.models.labels import CLASSIFICATIONS, date_text, label, outcome_label, time_text
from ui.models.proposals import NAME, PROPOSED, PROPOSER, WAITING, ProposalsModel
from ui.views import View, ViewSpec
from ui.views.case_view import CaseHeader, shortcut
from ui.widgets import esc


class ReturnDialog(QDialog):
    """The comment the officer will see; it is required."""

    def __init__(self, case_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnDialog")
        self.setWindowTitle(
            self.tr("Return case {number} to its officer").format(number=case_number)
        )
        self.setAccessibleName(self.tr("Return to the officer"))
        self.setMinimumWidth(480)
        text = QLabel(
            self.tr("Say what the officer must change. The comment is kept in the case's history."),
            self,
        )
        text.setWordWrap(True)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("comment")
        self.comment.setAccessibleName(self.tr("comment"))
        self.comment.setTabChangesFocus(True)
        self.error = InlineError(self)
        buttons = QDialogButtonBox(self)
        self.return_button = buttons.addButton(
            self.tr("&Return"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.return_button.setObjectName("return")
        self.return_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.comment, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.comment.setFocus()

    def _check(self) -> None:
        if not self.comment.toPlainText().strip():
            self.error.setText(self.tr("comment: say what must be changed"))
            self.error.show()
            self.comment.setFocus()
            return
        self.accept()


class ProposalPanel(QWidget):
    """What the officer proposes and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalPanel")
        self.summary = QLabel(self)
        self.summary.setObjectName("proposalSummary")
        self.summary.setAccessibleName(self.tr("proposal"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.reasons = self._text("statement_of_reasons", self.tr("Statement of reasons"))
        self.assessment_note = notice(self, kind="restricted")
        self.assessment_note.setText(
            self.tr(
                "Internal assessment — restricted: never printed, never "
                "shown to clerks. Reading it is recorded in the audit log."
            )
        )
        self.assessment = self._text("internal_assessment", self.tr("Internal assessment"))
        self.relied = QLabel(self)
        self.relied.setObjectName("reliedOn")
        self.relied.setAccessibleName(self.tr("answers and information relied on"))
        self.relied.setWordWrap(True)
        self.relied.setTextFormat(Qt.TextFormat.RichText)
        self.relied.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(heading(self.tr("Statement of reasons (disclosed to the person)"), self))
        layout.addWidget(self.reasons, 2)
        layout.addWidget(self.assessment_note)
        layout.addWidget(self.assessment, 1)
        layout.addWidget(heading(self.tr("Relied on"), self))
        layout.addWidget(self.relied)

    def _text(self, name: str, accessible: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setReadOnly(True)
        edit.setMinimumHeight(edit.fontMetrics().height() * 3)
        return edit

    def show_file(self, file: dict[str, Any], proposal: Proposal) -> None:
        decision = file.get("decision") or {}
        bases = dict(file["legal_bases"])
        outcome = outcome_label(decision.get("outcome", ""))
        lines = [
            self.tr("{outcome} — proposed by {officer} on {time}").format(
                outcome=f"<b>{esc(outcome)}</b>",
                officer=esc(proposal.proposed_by_name),
                time=time_text(decision.get("proposed_at")),
            )
        ]
        for code in decision.get("legal_bases", []):
            lines.append(
                self.tr("Legal basis {code}: {text}").format(
                    code=f"<b>{esc(code)}</b>", text=esc(bases.get(code, ""))
                )
            )
        request = decision.get("request") or {}
        if request:
            lines.append(
                self.tr("Asks {authority}: “{question}”, due {day}").format(
                    authority=esc(request["authority"]),
                    question=esc(request["question"]),
                    day=date_text(request["due_on"]),
                )
            )
        self.summary.setText("<br>".join(lines))
        self.reasons.setPlainText(decision.get("reasons", ""))
        self.assessment.setPlainText(decision.get("assessment", "") or self.tr("(none)"))
        answers = {a.path: a for a in file["answers"]}
        items = {i.id: i for i in file["items"]}
        relied = [
            f"• {esc(a.question)} — <b>{esc(a.answer)}</b>{' ⚑' if a.marked else ''}"
            for p in decision.get("relied_answers", [])
            if (a := answers.get(p))
        ] + [
            f"• {esc(i.title)} ({esc(i.source)}, {date_text(i.received_on)}, "
            f"{esc(label(CLASSIFICATIONS, i.classification).lower())})"
            for n in decision.get("relied_items", [])
            if (i := items.get(int(n)))
        ]
        self.relied.setText("<br>".join(relied) or self.tr("Nothing ticked as relied on."))


class SignoffView(View):
    decided = Signal(object)  # Changed

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("signoffView")
        self.loaded = False
        self.file: dict[str, Any] | None = None
        self.current: Proposal | None = None
        self.model = ProposalsModel(ctx.actor.username, lambda: ctx.workspace.clock.today(), self)
        self.table = QTableView(self)
        self.table.setObjectName("proposals")
        self.table.setAccessibleName(self.tr("Proposals awaiting sign-off"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(WAITING, Qt.SortOrder.DescendingOrder)
        self.table.setColumnHidden(PROPOSED, True)  # the days waiting say it more briefly
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PROPOSER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PROPOSER, self.fontMetrics().averageCharWidth() * 16)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.approve_button = QPushButton(self.tr("&Approve"), self)
        self.approve_button.setObjectName("approve")
        self.approve_button.setToolTip(self.approve_tip())
        self.approve_button.clicked.connect(self.approve)
        self.return_button = QPushButton(self.tr("Re&turn…"), self)
        self.return_button.setObjectName("returnToOfficer")
        self.return_button.setToolTip(
            self.tr("Send it back to the officer with a comment (Ctrl+R)")
        )
        self.return_button.clicked.connect(self.return_case)
        self.bulk_button = QPushButton(self.tr("Approve selected &retains"), self)
        self.bulk_button.setObjectName("approveRetains")
        self.bulk_button.setToolTip(
            self.tr("Sign off all the selected 'retain' proposals at once (Ctrl+Shift+Enter)")
        )
        self.bulk_button.clicked.connect(self.approve_selected)
        self.count = QLabel(self)
        self.count.setObjectName("proposalCount")
        self.count.setAccessibleName(self.tr("proposals waiting"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(100)
        self.busy.setAccessibleName(self.tr("working"))
        self.busy.hide()
        self.message = QLabel(self)
        self.message.setObjectName("signoffMessage")
        self.message.setAccessibleName(self.tr("message"))
        self.message.setWordWrap(True)

        self.header = CaseHeader(self)
        self.proposal = ProposalPanel(self)
        self.answers = AnswersPanel(self)
        self.information = InformationPanel(ctx, self)
        self.history = HistoryPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("signoffTabs")
        self.tabs.addTab(self.proposal, self.tr("&Proposal"))
        self.tabs.addTab(self.answers, self.tr("A&nswers"))
        self.tabs.addTab(self.information, self.tr("&Information"))
        self.tabs.addTab(self.history, self.tr("Hi&story"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.return_button)
        buttons.addWidget(self.bulk_button)
        buttons.addStretch(1)
        buttons.addWidget(self.busy)
        buttons.addWidget(self.count)
        # Under the list, so that the row of decisions above it keeps the list narrow.
        self.export_button = ExportButton(self.tr("the proposals"), self)
        self.export_button.setObjectName("proposalsExport")
        self.export_button.export_requested.connect(self.export)
        below = QHBoxLayout()
        below.addWidget(self.export_button)
        below.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(below)
        self.detail = QWidget(self)
        right_layout = QVBoxLayout(self.detail)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.tabs, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(left)
        self.split.addWidget(self.detail)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        # The case's details need the room: the list shows its columns elided.
        self.split.setSizes([520, 780])
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.split)

        shortcut(self, "Ctrl+Return", self.approve)
        shortcut(self, "Ctrl+Enter", self.approve)
        shortcut(self, "Ctrl+R", self.return_case)
        shortcut(self, "Ctrl+Shift+Return", self.approve_selected)
        shortcut(self, "Ctrl+Shift+Enter", self.approve_selected)
        self.setTabOrder(self.approve_button, self.return_button)
        self.setTabOrder(self.return_button, self.bulk_button)
        self.setTabOrder(self.bulk_button, self.table)
        self.setTabOrder(self.table, self.export_button)
        self.setTabOrder(self.export_button, self.tabs)
        self._update_buttons()
        self.detail.setEnabled(False)

    def approve_tip(self) -> str:
        return self.tr(
            "Sign off this proposal; you become the signatory of its letters (Ctrl+Enter)"
        )

    # --- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        self.busy.show()
        uow, actor = self.ctx.uow(), self.ctx.actor
        self.ctx.tasks.run(
            lambda: queue_service.proposals(uow, actor), self._loaded, self._failed, owner=self
        )

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        show_error(self, exc)

    def _loaded(self, found: list[Proposal]) -> None:
        self.busy.hide()
        chosen = self.current.case_number if self.current else None
        self.model.set_proposals(found)
        self.loaded = True
        n = len(found)
        self.count.setText(
            self.tr("{count} proposals waiting").format(count=n)
            if n != 1
            else self.tr("1 proposal waiting")
        )
        row = self.model.row_of(chosen) if chosen else -1
        if row < 0 and n:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.current, self.file = None, None
            self.detail.setEnabled(False)
            self.message.setText(self.message.text() or self.tr("Nothing waits for sign-off."))
        self._update_buttons()

    def _current_changed(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        proposal = self.model.proposal(index.row())
        self.current = proposal
        self._update_buttons()
        uow, actor = self.ctx.uow(), self.ctx.actor
        self.ctx.tasks.run(
            lambda: queries.case_file(uow, actor, proposal.case_number),
            lambda file: self._show(proposal, file),
            owner=self,
        )

    def _show(self, proposal: Proposal, file: dict[str, Any]) -> None:
        if self.current is None or self.current.case_number != proposal.case_number:
            return
        self.file = file
        decision = file.get("decision") or {}
        self.header.show_file(file)
        self.proposal.show_file(file, proposal)
        self.answers.set_answers(file["answers"], decision.get("relied_answers", []))
        self.information.set_items(
            file["case_number"],
            file["items"],
            decision.get("relied_items", []),
            editable=False,
            can_add=False,
            today=dt.date.fromisoformat(file["today"]),
        )
        self.information.set_requests(file["requests"])
        self.history.set_entries(file["history"])
        self.detail.setEnabled(True)
        self._update_buttons()

    # --- deciding ---------------------------------------------------------------------

    def selected(self) -> list[Proposal]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.proposal(r) for r in rows]

    def _selection_changed(self, *_: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        p = self.current
        mine = p is not None and self.model.own(p)
        shown = (
            p is not None and self.file is not None and self.file["case_number"] == p.case_number
        )
        for button in (self.approve_button, self.return_button):
            button.setEnabled(shown and not mine)
        self.approve_button.setToolTip(
            self.tr("You proposed this decision; another supervisor must sign it off.")
            if mine
            else self.approve_tip()
        )
        selected = self.selected()
        bulk = len(selected) > 1 and all(
            s.outcome == "retain" and not self.model.own(s) for s in selected
        )
        self.bulk_button.setEnabled(bulk)
        if len(selected) > 1 and not bulk:
            self.bulk_button.setToolTip(
                self.tr(
                    "Only 'retain' proposals made by others can be approved "
                    "together; sign each revocation on its own."
                )
            )
        own_note = self.tr("You proposed this decision; another supervisor signs it off.")
        if mine:
            self.message.setText(own_note)
        elif self.message.text() == own_note:
            self.message.setText("")

    def approve(self) -> None:
        if not self.approve_button.isEnabled() or self.current is None or self.file is None:
            return
        number, version = self.current.case_number, self.file["version"]
        uow, actor = self.ctx.uow(), self.ctx.actor
        self._run(
            lambda: cases.approve(uow, actor, number, expected_version=version),
            self.tr("Case {number} was signed off; you are the signatory of its letters.").format(
                number=number
            ),
        )

    def approve_selected(self) -> None:
        if not self.bulk_button.isEnabled():
            return
        numbers = [p.case_number for p in self.selected()]
        uow, actor = self.ctx.uow(), self.ctx.actor
        self._run(
            lambda: cases.approve_many(uow, actor, numbers),
            self.tr("{count} 'retain' proposals were signed off.").format(count=len(numbers)),
        )

    def return_case(self) -> None:
        if not self.return_button.isEnabled() or self.current is None or self.file is None:
            return
        number, version = self.current.case_number, self.file["version"]
        dialog = ReturnDialog(number, self)
        self.return_dialog = dialog

        def returned() -> None:
            comment = dialog.comment.toPlainText()
            uow, actor = self.ctx.uow(), self.ctx.actor
            self._run(
                lambda: cases.return_case(uow, actor, number, comment, expected_version=version),
                self.tr("Case {number} was returned to its officer.").format(number=number),
            )

        dialog.accepted.connect(returned)
        dialog.open()

    def _run(self, fn: Any, done: str) -> None:
        self.busy.show()
        for button in (self.approve_button, self.return_button, self.bulk_button):
            button.setEnabled(False)
        self.ctx.tasks.run(fn, lambda changed: self._done(changed, done), self._refused, owner=self)

    def _done(self, changed: Changed, done: str) -> None:
        self.message.setText(done)
        self.current, self.file = None, None
        self.ctx.bus.publish(changed)
        self.decided.emit(changed)
        self.refresh()

    def _refused(self, exc: BaseException) -> None:
        self.busy.hide()
        self._update_buttons()
        show_error(self, exc)
        self.refresh()  # it may have changed meanwhile (another supervisor signed it)

    def export(self, fmt: str, path: Path | None = None) -> None:
        """The proposals as listed, to CSV or XLSX (`path`: no file dialog)."""
        export_list(
            self,
            self.ctx,
            view="signoff",
            table=model_table(self.table.model(), self.tr("Proposals awaiting sign-off")),
            fmt=fmt,
            path=path,
            report=self.count,
        )

    def on_changed(self, changed: Changed) -> None:
        if changed.action in ("propose", "withdraw", "assign") and self.loaded:
            self.refresh()


VIEWS = [
    ViewSpec(
        "signoff",
        "Sign-off",
        SignoffView,
        roles=frozenset({Role.SUPERVISOR}),
        order=20,
        tooltip="Proposals waiting for your sign-off",
    ),
]
