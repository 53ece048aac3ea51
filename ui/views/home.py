"""Overview: who is logged in, with which roles, and how many cases stand in each state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.domain.lifecycle import State
from app.services import queries
from app.services.context import Changed
from ui import i18n
from ui.context import ViewContext
from ui.models.labels import state_label
from ui.views import View, ViewSpec
from ui.widgets import ElidedLabel, compact_rows, esc, role_names

Index = QModelIndex | QPersistentModelIndex


class StateCountsModel(QAbstractTableModel):
    """Cases per lifecycle state, in the order of the lifecycle."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("StateCountsModel", "State"),
        QT_TRANSLATE_NOOP("StateCountsModel", "Cases"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int]] = []

    def set_counts(self, counts: dict[str, int]) -> None:
        order = {s.value: i for i, s in enumerate(State)}
        self.beginResetModel()
        self._rows = sorted(counts.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
        self.endResetModel()

    @property
    def total(self) -> int:
        return sum(n for _, n in self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        state, count = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return state_label(state) if index.column() == 0 else i18n.number_text(count)
        if role == Qt.ItemDataRole.UserRole:
            return state if index.column() == 0 else count
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(self.COLUMNS[section]))
        return None


class HomeView(View):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("homeView")
        actor = ctx.actor
        roles = role_names(actor.roles)
        greeting = QLabel(f"<h2>{esc(actor.full_name)}</h2>", self)
        greeting.setAccessibleName(self.tr("user"))
        details = QLabel(
            self.tr("User name: {username}<br>Roles: {roles}").format(
                username=esc(actor.username), roles=esc(roles)
            ),
            self,
        )
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setAccessibleName(self.tr("account details"))
        # A server address can be long: shortened in the middle, whole in the tooltip.
        store = ElidedLabel(
            self.tr("Store: {address}").format(address=ctx.workspace.store.describe()), self
        )
        store.setObjectName("homeStore")
        store.setAccessibleName(self.tr("store"))

        self.counts = StateCountsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("stateCounts")
        self.table.setAccessibleName(self.tr("Cases by state"))
        self.table.setModel(self.counts)
        compact_rows(self.table)
        # As tall as its rows: the lifecycle has under twenty states, so no scrolling.
        self.table.setSizeAdjustPolicy(QTableView.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setMaximumWidth(520)
        self.total = QLabel(self)
        self.total.setAccessibleName(self.tr("total cases"))

        layout = QVBoxLayout(self)
        layout.addWidget(greeting)
        layout.addWidget(details)
        layout.addWidget(store)
        layout.addSpacing(12)
        layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Cases by state")), self))
        layout.addWidget(self.table)
        layout.addWidget(self.total)
        layout.addStretch(1)
        self.loaded = False

    def refresh(self) -> None:
        self.total.setText(self.tr("Counting cases…"))
        uow, actor = self.ctx.uow(), self.ctx.actor
        self.ctx.tasks.run(lambda: queries.count_by_state(uow, actor), self._show, owner=self)

    def _show(self, counts: dict[str, int]) -> None:
        self.counts.set_counts(counts)
        total = self.counts.total
        self.total.setText(
            self.tr("{count} cases in all.").format(count=i18n.number_text(total))
            if total
            else self.tr("No cases yet.")
        )
        self.loaded = True

    def on_changed(self, changed: Changed) -> None:
        if changed.case_ids:
            self.refresh()


VIEWS = [
    ViewSpec("home", "Overview", HomeView, order=0, tooltip="Your account and the cases by state")
]
