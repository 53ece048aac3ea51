"""The audit viewer (admins): the log filtered by case, user, action and dates; CSV export.

Events are read a page at a time, newest first, as the table scrolls
(`canFetchMore`/`fetchMore`), so a log of millions of events opens at once.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Role
from app.services import audit_events
from app.services.audit_events import EventFilter, EventPage
from app.services.context import Changed
from ui import errors
from ui.context import ViewContext
from ui.models.labels import RECORDS, action_label
from ui.views import View, ViewSpec
from ui.widgets import compact_rows

Index = QModelIndex | QPersistentModelIndex
PAGE = 200

SEQ, AT, ACTOR, ACTION, ENTITY, CASE, JUSTIFICATION = range(7)
COLUMNS = (
    QT_TRANSLATE_NOOP("AuditEventsModel", "No."),
    QT_TRANSLATE_NOOP("AuditEventsModel", "Time"),
    QT_TRANSLATE_NOOP("AuditEventsModel", "User"),
    QT_TRANSLATE_NOOP("AuditEventsModel", "Action"),
    QT_TRANSLATE_NOOP("AuditEventsModel", "Record"),
    QT_TRANSLATE_NOOP("AuditEventsModel", "Case"),
    QT_TRANSLATE_NOOP("AuditEventsModel", "Justification"),
)
EventRole = Qt.ItemDataRole.UserRole  # the whole event as a dict


def local_time(iso: str) -> str:
    stamp = dt.datetime.fromisoformat(iso)
    return stamp.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class AuditEventsModel(QAbstractTableModel):
    """Audit events, newest first, loaded page by page through `loader(offset)`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: list[dict[str, Any]] = []
        self.total = 0
        self.loader: Callable[[int], None] | None = None
        self.loading = False

    def reset(self, page: EventPage) -> None:
        self.beginResetModel()
        self._events = list(page.events)
        self.total = page.total
        self.loading = False
        self.endResetModel()

    def append(self, page: EventPage) -> None:
        self.loading = False
        if page.offset != len(self._events) or not page.events:
            return  # a stale page from before a new filter
        first = len(self._events)
        self.beginInsertRows(QModelIndex(), first, first + len(page.events) - 1)
        self._events.extend(page.events)
        self.total = page.total
        self.endInsertRows()

    def event_at(self, row: int) -> dict[str, Any]:
        return self._events[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._events) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.loader is not None and not self.loading and self.canFetchMore(parent):
            self.loading = True
            self.loader(len(self._events))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self._events[index.row()]
        if role == EventRole:
            return event
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == SEQ:
            return str(event["seq"])
        if column == AT:
            return local_time(event["at"])
        if column == ACTOR:
            return event["actor"]
        if column == ACTION:
            return action_label(event["action"])
        if column == ENTITY:
            return record_text(event)
        if column == CASE:
            return event["case_number"] or ""
        if column == JUSTIFICATION:
            return event["justification"].replace("\n", " ")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(COLUMNS[section]))
        return None


def record_text(event: dict[str, Any]) -> str:
    """The kind of record, named, and its number ('case 7')."""
    kind = RECORDS.get(event["entity"]) or event["entity"].replace("_", " ")
    return f"{kind} {event['entity_id']}".strip()


def describe(event: dict[str, Any]) -> str:
    """The selected event in full, for the pane under the table."""
    lines = [
        QCoreApplication.translate("AuditView", "Event {number} at {time} by {user}").format(
            number=event["seq"], time=local_time(event["at"]), user=event["actor"]
        ),
        QCoreApplication.translate("AuditView", "Action: {action} ({code})").format(
            action=action_label(event["action"]), code=event["action"]
        ),
        QCoreApplication.translate("AuditView", "Record: {record}").format(
            record=record_text(event)
        ),
    ]
    if event["case_number"]:
        lines.append(
            QCoreApplication.translate("AuditView", "Case: {number}").format(
                number=event["case_number"]
            )
        )
    if event["justification"]:
        lines.append(
            QCoreApplication.translate("AuditView", "Justification: {text}").format(
                text=event["justification"]
            )
        )
    headings = {
        "before": QCoreApplication.translate("AuditView", "Before:"),
        "after": QCoreApplication.translate("AuditView", "After:"),
    }
    for key, heading in headings.items():
        if event[key]:
            text = json.dumps(event[key], ensure_ascii=False, indent=2, sort_keys=True)
            lines.append(f"{heading}\n{text}")
    lines.append(QCoreApplication.translate("AuditView", "Hash: {hash}").format(hash=event["hash"]))
    return "\n".join(lines)


class AuditView(View):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("auditView")
        self.flt = EventFilter()
        self.model = AuditEventsModel(self)
        self.model.loader = self._load_more

        self.case = QLineEdit(self)
        self.case.setObjectName("auditCase")
        self.case.setPlaceholderText(self.tr("case number"))
        self.user = QLineEdit(self)
        self.user.setObjectName("auditUser")
        self.user.setPlaceholderText(self.tr("user name"))
        self.action = QComboBox(self)
        self.action.setObjectName("auditAction")
        self.action.setEditable(True)
        self.action.setAccessibleName(self.tr("action"))
        self.action.addItem("")
        self.since = self._date("auditSince")
        self.until = self._date("auditUntil")
        self.use_dates = QCheckBox(self.tr("Only between"), self)
        self.use_dates.setObjectName("auditUseDates")
        self.use_dates.toggled.connect(self.since.setEnabled)
        self.use_dates.toggled.connect(self.until.setEnabled)
        self.since.setEnabled(False)
        self.until.setEnabled(False)
        for field in (self.case, self.user):
            field.returnPressed.connect(self.apply)

        self.apply_button = QPushButton(self.tr("&Show"), self)
        self.apply_button.setObjectName("auditApply")
        self.apply_button.clicked.connect(self.apply)
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.setObjectName("auditExport")
        self.export_button.clicked.connect(self.export)

        form = QFormLayout()
        form.addRow(self.tr("Case"), self.case)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Action"), self.action)
        dates = QHBoxLayout()
        for widget in (self.use_dates, self.since, QLabel(self.tr("and"), self), self.until):
            dates.addWidget(widget)
        dates.addStretch(1)
        form.addRow(self.tr("Dates"), dates)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)

        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit events"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(JUSTIFICATION, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_event)

        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("auditDetail")
        self.detail.setAccessibleName(self.tr("Selected event"))
        self.detail.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.status = QLabel(self)
        self.status.setObjectName("auditStatus")
        self.status.setAccessibleName(self.tr("audit status"))

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(self.tr("Audit log")), self))
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate(), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    # --- loading ------------------------------------------------------------------

    def current_filter(self) -> EventFilter:
        def day(edit: QDateEdit) -> dt.date | None:
            if not self.use_dates.isChecked():
                return None
            value = edit.date()
            return dt.date(value.year(), value.month(), value.day())

        return EventFilter(
            case=self.case.text().strip() or None,
            user=self.user.text().strip() or None,
            action=self.chosen_action(),
            date_from=day(self.since),
            date_to=day(self.until),
        )

    def chosen_action(self) -> str | None:
        """The action code chosen from the list, or typed (a code, with spaces or not)."""
        typed = self.action.currentText().strip()
        found = self.action.findText(typed)
        if found > 0:
            return str(self.action.itemData(found))
        return typed.replace(" ", "_") or None

    def refresh(self) -> None:
        uow, actor = self.ctx.uow(), self.ctx.actor
        self.ctx.tasks.run(lambda: audit_events.actions(uow, actor), self._set_actions, owner=self)
        self.apply()

    def apply(self) -> None:
        self.flt = self.current_filter()
        flt, uow, actor = self.flt, self.ctx.uow(), self.ctx.actor
        self.status.setText(self.tr("Loading…"))
        self.model.loading = True
        self.ctx.tasks.run(
            lambda: audit_events.page(uow, actor, flt, offset=0, limit=PAGE),
            self._first_page,
            owner=self,
        )

    def _load_more(self, offset: int) -> None:
        flt, uow, actor = self.flt, self.ctx.uow(), self.ctx.actor
        self.ctx.tasks.run(
            lambda: audit_events.page(uow, actor, flt, offset=offset, limit=PAGE),
            self._next_page,
            self._failed,
            owner=self,
        )

    def _failed(self, exc: BaseException) -> None:
        self.model.loading = False
        errors.show_error(self, exc)

    def _set_actions(self, actions: list[str]) -> None:
        typed = self.action.currentText()
        self.action.clear()
        self.action.addItem("")
        for code in sorted(actions, key=action_label):
            self.action.addItem(action_label(code), code)
        self.action.setCurrentText(typed)

    def _first_page(self, page: EventPage) -> None:
        self.model.reset(page)
        self.detail.clear()
        self._count()

    def _next_page(self, page: EventPage) -> None:
        self.model.append(page)
        self._count()

    def _count(self) -> None:
        self.status.setText(
            self.tr("{total} events match; {shown} shown.").format(
                total=self.model.total, shown=self.model.rowCount()
            )
        )

    def _show_event(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.detail.setPlainText(describe(self.model.event_at(current.row())))

    def on_changed(self, changed: Changed) -> None:
        # Every change adds events; the admin looking at the log sees them on F5 or Show.
        return

    # --- export -------------------------------------------------------------------

    def export(self, target: str | None = None) -> None:
        if target is None:
            stamp = dt.date.today().isoformat()
            target, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the audit events shown"),
                f"audit-{stamp}.csv",
                self.tr("CSV files (*.csv)"),
            )
            if not target:
                return
        flt, uow, actor = self.current_filter(), self.ctx.uow(), self.ctx.actor
        path = Path(target)
        self.ctx.tasks.run(
            lambda: audit_events.export_csv(uow, actor, flt, path), self._exported, owner=self
        )

    def _exported(self, changed: Changed) -> None:
        self.status.setText(
            self.tr("Exported {count} events to {file}.").format(
                count=changed.details["events"], file=changed.details["file"]
            )
        )
        self.ctx.bus.publish(changed)


VIEWS = [
    ViewSpec(
        key="audit",
        title="Audit log",
        create=AuditView,
        roles=frozenset({Role.ADMIN}),
        order=90,
        tooltip="Who did what: filter, read and export the audit log",
    )
]
