"""The queue: the cases a user may see, sorted and filtered by the database, and the case
view they open. Officers take the next case; supervisors hand cases out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.lifecycle import State
from app.domain.roles import Role
from app.services import cases
from app.services import queue as queue_service
from app.services.context import Changed
from app.services.queue import UNASSIGNED, OfficerLoad, QueueQuery
from ui import i18n
from ui.case.assign import AssignDialog
from ui.context import ViewContext
from ui.errors import show_error
from ui.export import ExportButton, export_list
from ui.models.labels import citizenship_label, state_label
from ui.models.queue import COLUMN, QueueModel, ServiceSource
from ui.views import View, ViewSpec
from ui.views.case_view import CaseView, shortcut
from ui.widgets import esc

QUEUE_PAGE, CASE_PAGE = 0, 1
SEARCH_PAUSE_MS = 150  # search as you type, once the typing pauses this long
WIDTHS = {
    "case_number": 12,
    "citizenship": 9,
    "state": 17,
    "officer": 20,
    "response": 13,
    "days": 10,
    "markers": 8,
}  # in average character widths
STATE_CHARS_AT_MOST = 24  # longer state names are cut short, whole in the tooltip


class QueueTable(QTableView):
    """The queue's table: asks the model for the pages it is about to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueTable")
        self.setAccessibleName(self.tr("Case queue"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSortingEnabled(False)  # the header's clicks go to the model's database sort
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalScrollBar().valueChanged.connect(self._prefetch)

    def queue(self) -> QueueModel:
        model = self.model()
        assert isinstance(model, QueueModel)
        return model

    def _prefetch(self) -> None:
        top = self.rowAt(0)
        bottom = self.rowAt(self.viewport().height() - 1)
        if top >= 0:
            self.queue().prefetch(top, bottom if bottom >= 0 else top + 50)


class QueueView(View):
    case_opened = Signal(str)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("queueView")
        self.supervisor = ctx.actor.has(Role.SUPERVISOR)
        self.officer = ctx.actor.has(Role.OFFICER)
        self.loaded = False

        self.model = QueueModel(
            ServiceSource(ctx.uow, ctx.actor),
            self._run,
            lambda: ctx.workspace.clock.today(),
            self,
            paint_first=True,
        )
        self.model.loading.connect(self._loading)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda exc: show_error(self, exc))

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Search names and permit numbers"))
        self.search.setPlaceholderText(
            self.tr("Search names (Latin or native) or permit numbers  Ctrl+F")
        )
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_PAUSE_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.textEdited.connect(lambda _: self.search_timer.start())
        self.search.returnPressed.connect(self._search_now)

        self.state = self._combo("state", self.tr("State filter"))
        self.state.addItem(self.tr("All states"), None)
        for state in State:
            self.state.addItem(state_label(state.value), state.value)
        self.citizenship = self._combo("citizenship", self.tr("Citizenship filter"))
        self.citizenship.addItem(self.tr("All citizenships"), None)
        self.officer_filter = self._combo("officer", self.tr("Officer filter"))
        if self.supervisor:
            self.officer_filter.addItem(self.tr("All officers"), None)
        else:
            self.officer_filter.addItem(self.tr("Mine and unassigned"), None)
            self.officer_filter.addItem(self.tr("Mine"), ctx.actor.username)
        self.officer_filter.addItem(self.tr("Unassigned"), UNASSIGNED)
        self.no_response = QCheckBox(self.tr("No &response"), self)
        self.no_response.setObjectName("noResponse")
        self.no_response.setToolTip(self.tr("Only cases whose questionnaire has not come back"))
        for combo in (self.state, self.citizenship, self.officer_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.no_response.toggled.connect(self.apply_filters)

        self.take_button = QPushButton(self.tr("&Take next"), self)
        self.take_button.setObjectName("takeNext")
        self.take_button.setToolTip(self.tr("Take the oldest unassigned case and open it (Ctrl+N)"))
        self.take_button.clicked.connect(self.take_next)
        self.take_button.setVisible(self.officer)
        self.assign_button = QPushButton(self.tr("&Assign…"), self)
        self.assign_button.setObjectName("assign")
        self.assign_button.setToolTip(
            self.tr("Give the selected cases to an officer (Ctrl+Shift+A)")
        )
        self.assign_button.clicked.connect(self.assign)
        self.assign_button.setVisible(self.supervisor)
        self.export_button = ExportButton(self.tr("the queue"), self)
        self.export_button.setObjectName("queueExport")
        self.export_button.export_requested.connect(self.export)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("queueBusy")
        self.busy.setAccessibleName(self.tr("loading the queue"))
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(100)
        self.busy.hide()
        self.count = QLabel(self)
        self.count.setObjectName("queueCount")
        self.count.setAccessibleName(self.tr("cases in the queue"))
        self.workload = QLabel(self)
        self.workload.setObjectName("workload")
        self.workload.setAccessibleName(self.tr("open cases per officer"))
        self.workload.setWordWrap(True)

        self.table = QueueTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if self.supervisor
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COLUMN["case_number"], Qt.SortOrder.AscendingOrder)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self.model.sort)
        header.setStretchLastSection(False)
        char = self.fontMetrics().averageCharWidth()
        for key, chars in WIDTHS.items():
            title = self.model.headerData(COLUMN[key], Qt.Orientation.Horizontal)
            needed = header.fontMetrics().horizontalAdvance(str(title)) + 28  # sort arrow
            if key == "state":  # as wide as the language's state names, within reason
                widest = max(self.fontMetrics().horizontalAdvance(state_label(s)) for s in State)
                needed = max(needed, min(widest, STATE_CHARS_AT_MOST * char) + 16)
            header.resizeSection(COLUMN[key], max(chars * char + 16, needed))
        header.setSectionResizeMode(COLUMN["name"], QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for label, widget in (
            (self.tr("&State:"), self.state),
            (self.tr("&Citizenship:"), self.citizenship),
            (self.tr("Offic&er:"), self.officer_filter),
        ):
            text = QLabel(label, self)
            text.setBuddy(widget)
            filters.addWidget(text)
            filters.addWidget(widget, 1)
        filters.addWidget(self.no_response)
        actions = QHBoxLayout()
        actions.addWidget(self.take_button)
        actions.addWidget(self.assign_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.workload, 1)
        actions.addWidget(self.busy)
        actions.addWidget(self.count)

        self.queue_page = QWidget(self)
        page = QVBoxLayout(self.queue_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addLayout(filters)
        page.addLayout(actions)
        page.addWidget(self.table, 1)

        self._case_view: CaseView | None = None  # made when the first case is opened
        self._prepare_after_load = False
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.queue_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)

        find = QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if self.officer:
            shortcut(self.queue_page, "Ctrl+N", self.take_next)
        if self.supervisor:
            shortcut(self.queue_page, "Ctrl+Shift+A", self.assign)
        self.setTabOrder(self.search, self.state)
        self.setTabOrder(self.state, self.citizenship)
        self.setTabOrder(self.citizenship, self.officer_filter)
        self.setTabOrder(self.officer_filter, self.no_response)
        self.setTabOrder(self.no_response, self.take_button)
        self.setTabOrder(self.take_button, self.assign_button)
        self.setTabOrder(self.assign_button, self.export_button)
        self.setTabOrder(self.export_button, self.table)

    @property
    def case_view(self) -> CaseView:
        """The case page: built on first use, so that the queue paints first."""
        if self._case_view is None:
            view = CaseView(self.ctx, self)
            view.back_requested.connect(self.back_to_queue)
            view.step_requested.connect(self.step)
            if self.officer:
                shortcut(view, "Ctrl+N", self.take_next)
            self.stack.insertWidget(CASE_PAGE, view)
            self._case_view = view
        return self._case_view

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _run(
        self,
        fn: Callable[[], Any],
        ok: Callable[[Any], None],
        fail: Callable[[BaseException], None],
    ) -> None:
        self.ctx.tasks.run(fn, ok, fail, owner=self)

    # --- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the queue afresh (and the open case, when one is open). Once its first page
        is shown, count the markers of responses that arrived since (then load again if
        there were any) and read the filter choices and the workload."""
        if self.stack.currentIndex() == CASE_PAGE:
            self.case_view.reload()
        self._prepare_after_load = True
        self.model.set_query(self.query())

    def _start_prepare(self) -> None:
        self._prepare_after_load = False
        uow, actor = self.ctx.uow, self.ctx.actor
        self.ctx.tasks.run(
            lambda: self._prepare(uow, actor), self._prepared, self._prepare_failed, owner=self
        )

    @staticmethod
    def _prepare(
        uow: Callable[[], Any], actor: Any
    ) -> tuple[int, list[str], list[OfficerLoad], int]:
        return (
            queue_service.refresh_marks(uow(), actor),
            queue_service.citizenships(uow(), actor),
            queue_service.workload(uow(), actor),
            queue_service.unassigned_count(uow(), actor),
        )

    def _prepared(self, found: tuple[int, list[str], list[OfficerLoad], int]) -> None:
        counted, citizenships, loads, unassigned = found
        self._fill_choices(citizenships, loads)
        self._show_workload(loads, unassigned)
        if counted:
            self.model.reload()  # the marker column changed for the cases just counted

    def _prepare_failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _fill_choices(self, citizenships: list[str], loads: list[OfficerLoad]) -> None:
        combo = self.citizenship
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for code in sorted(citizenships):
            combo.addItem(citizenship_label(code), code)  # the name; an unknown code as it is
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        if self.supervisor:
            combo = self.officer_filter
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 2:
                combo.removeItem(2)
            for load in loads:
                combo.addItem(load.full_name, load.username)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def _show_workload(self, loads: list[OfficerLoad], unassigned: int) -> None:
        if self.supervisor:
            parts = [
                f"{esc(load.full_name)}: <b>{i18n.number_text(load.open_cases)}</b>"
                for load in loads
            ]
            parts.append(
                self.tr("unassigned: {count}").format(
                    count=f"<b>{i18n.number_text(unassigned)}</b>"
                )
            )
            self.workload.setText(self.tr("Open cases — {counts}").format(counts=" · ".join(parts)))
        else:
            mine = next((load for load in loads if load.username == self.ctx.actor.username), None)
            self.workload.setText(
                self.tr("You have {mine} open cases; {unassigned} unassigned cases wait.").format(
                    mine=f"<b>{i18n.number_text(mine.open_cases if mine else 0)}</b>",
                    unassigned=f"<b>{i18n.number_text(unassigned)}</b>",
                )
            )

    def _loading(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            self.count.setText(self.tr("Loading…"))

    def _loaded(self, n: int) -> None:
        self.loaded = True
        if self._prepare_after_load:
            self._start_prepare()
        self.count.setText(
            self.tr("{count} cases").format(count=i18n.number_text(n))
            if n != 1
            else self.tr("1 case")
        )
        if self.stack.currentIndex() == QUEUE_PAGE and not self.search.hasFocus():
            self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    # --- filters -----------------------------------------------------------------------

    def query(self) -> QueueQuery:
        current = self.model.query
        return QueueQuery(
            sort=current.sort,
            descending=current.descending,
            state=self.state.currentData(),
            citizenship=self.citizenship.currentData(),
            officer=self.officer_filter.currentData(),
            no_response=self.no_response.isChecked(),
            search=self.search.text().strip(),
        )

    def apply_filters(self) -> None:
        self.search_timer.stop()
        query = self.query()
        if query != self.model.query or not self.loaded:
            self.model.set_query(query)

    def _search_now(self) -> None:
        self.apply_filters()
        self.table.setFocus()

    def focus_search(self) -> None:
        if self.stack.currentIndex() != QUEUE_PAGE:
            self.back_to_queue()
        self.search.setFocus()
        self.search.selectAll()

    # --- cases -------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        self.open_row(index.row())

    def open_row(self, row: int) -> None:
        case_id = self.model.case_id(row)
        if case_id is None:
            return
        data = self.model.row_data(row)
        if data is not None:
            self.open_case(data.case_number)
            return
        uow, actor = self.ctx.uow(), self.ctx.actor
        self.ctx.tasks.run(
            lambda: queue_service.case_numbers(uow, actor, [case_id]),
            self._open_first,
            owner=self,
        )

    def _open_first(self, numbers: list[str]) -> None:
        if numbers:
            self.open_case(numbers[0])

    def open_case(self, case_number: str) -> None:
        self.stack.setCurrentWidget(self.case_view)
        self.case_view.open_case(case_number)
        self.case_view.setFocus()
        self.case_opened.emit(case_number)

    def back_to_queue(self) -> None:
        def go() -> None:
            self.stack.setCurrentIndex(QUEUE_PAGE)
            self.table.setFocus()
            current = self.table.currentIndex()
            if current.isValid():
                self.table.scrollTo(current)

        self.case_view.leave(go)

    def step(self, by: int) -> None:
        """Open the next (+1) or previous (-1) case of the queue."""
        current = self.table.currentIndex()
        row = (current.row() if current.isValid() else -1) + by
        if not 0 <= row < self.model.rowCount():
            self.case_view.message.setText(
                self.tr("This is the last case of the queue.")
                if by > 0
                else self.tr("This is the first case of the queue.")
            )
            return

        def go() -> None:
            index = self.model.index(row, COLUMN["name"])
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.open_row(row)

        self.case_view.leave(go)

    def take_next(self) -> None:
        if not self.officer or not self.take_button.isEnabled():
            return
        self.take_button.setEnabled(False)
        uow, actor = self.ctx.uow(), self.ctx.actor
        self.ctx.tasks.run(
            lambda: cases.take_next(uow, actor), self._taken, self._take_failed, owner=self
        )

    def _taken(self, changed: Changed) -> None:
        self.take_button.setEnabled(True)
        self.ctx.bus.publish(changed)
        number = changed.details["cases"][0]["case_number"]
        row = self.model.row_of(changed.case_ids[0])
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, COLUMN["name"]))
        self.open_case(number)

    def _take_failed(self, exc: BaseException) -> None:
        self.take_button.setEnabled(True)
        show_error(self, exc)

    def selected_ids(self) -> list[int]:
        rows: list[int] = []
        selection = self.table.selectionModel().selection()
        for i in range(selection.size()):
            span = selection.at(i)
            rows.extend(range(span.top(), span.bottom() + 1))
        ids = self.model.case_ids
        return [ids[r] for r in sorted(set(rows)) if r < len(ids)]

    def assign(self) -> None:
        if not self.supervisor:
            return
        ids = self.selected_ids()
        if not ids:
            self.count.setText(self.tr("Select the cases to assign first."))
            return
        uow, actor = self.ctx.uow, self.ctx.actor
        self.ctx.tasks.run(
            lambda: (
                queue_service.case_numbers(uow(), actor, ids),
                queue_service.workload(uow(), actor),
            ),
            self._choose_officer,
            owner=self,
        )

    def _choose_officer(self, found: tuple[list[str], list[OfficerLoad]]) -> None:
        numbers, loads = found
        dialog = AssignDialog(len(numbers), loads, self)
        self.assign_dialog = dialog

        def chosen() -> None:
            officer = dialog.officer()
            if officer is None:
                return
            uow, actor = self.ctx.uow(), self.ctx.actor
            self.busy.show()
            self.ctx.tasks.run(
                lambda: cases.assign(uow, actor, numbers, officer),
                self._assigned,
                self._assign_failed,
                owner=self,
            )

        dialog.accepted.connect(chosen)
        dialog.open()

    def _assigned(self, changed: Changed) -> None:
        self.busy.hide()
        self.ctx.bus.publish(changed)
        n = len(changed.case_ids)
        officer = changed.details.get("assigned_to")
        self.count.setText(
            self.tr("{count} cases assigned to {officer}.").format(
                count=i18n.number_text(n), officer=officer
            )
            if n != 1
            else self.tr("1 case assigned to {officer}.").format(officer=officer)
        )

    def _assign_failed(self, exc: BaseException) -> None:
        self.busy.hide()
        show_error(self, exc)

    # --- changes elsewhere ---------------------------------------------------------------

    def export(self, fmt: str, path: Path | None = None) -> None:
        """The list as it stands, filtered and sorted, to CSV or XLSX; `path` skips the
        file dialog (tests)."""
        export_list(
            self,
            self.ctx,
            view="queue",
            table=self.model.export_rows(self.tr("Queue")),
            fmt=fmt,
            path=path,
            report=self.count,
        )

    def on_changed(self, changed: Changed) -> None:
        if not changed.case_ids or not self.loaded:
            return
        self.model.refresh_cases(changed.case_ids)
        uow, actor = self.ctx.uow, self.ctx.actor
        self.ctx.tasks.run(
            lambda: (
                queue_service.workload(uow(), actor),
                queue_service.unassigned_count(uow(), actor),
            ),
            lambda found: self._show_workload(*found),
            owner=self,
        )


VIEWS = [
    ViewSpec(
        "queue",
        "Queue",
        QueueView,
        roles=frozenset({Role.OFFICER, Role.SUPERVISOR}),
        order=10,
        tooltip="The cases you may work on; open one with Enter",
    ),
]
