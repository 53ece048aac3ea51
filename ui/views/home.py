"""Overview: who is logged in, with which roles, and how many cases stand in each state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.domain.lifecycle import State
from app.services import queries
from app.services.context import Changed
from ui.context import ViewContext
from ui.views import View, ViewSpec
from ui.widgets import ElidedLabel, compact_rows, esc

Index = QModelIndex | QPersistentModelIndex


def state_label(state: str) -> str:
    return state.replace("_", " ").capitalize()


class StateCountsModel(QAbstractTableModel):
    """Cases per lifecycle state, in the order of the lifecycle."""

    COLUMNS = ("State", "Cases")

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
            return state_label(state) if index.column() == 0 else f"{count:,}".replace(",", " ")
        if role == Qt.ItemDataRole.UserRole:
            return state if index.column() == 0 else count
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None


class HomeView(View):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("homeView")
        actor = ctx.actor
        roles = ", ".join(sorted(r.value for r in actor.roles))
        greeting = QLabel(f"<h2>{esc(actor.full_name)}</h2>", self)
        greeting.setAccessibleName("user")
        details = QLabel(f"User name: {esc(actor.username)}<br>Roles: {roles}", self)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setAccessibleName("account details")
        # A server address can be long: shortened in the middle, whole in the tooltip.
        store = ElidedLabel(f"Store: {ctx.workspace.store.describe()}", self)
        store.setObjectName("homeStore")
        store.setAccessibleName("store")

        self.counts = StateCountsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("stateCounts")
        self.table.setAccessibleName("Cases by state")
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
        self.total.setAccessibleName("total cases")

        layout = QVBoxLayout(self)
        layout.addWidget(greeting)
        layout.addWidget(details)
        layout.addWidget(store)
        layout.addSpacing(12)
        layout.addWidget(QLabel("<b>Cases by state</b>", self))
        layout.addWidget(self.table)
        layout.addWidget(self.total)
        layout.addStretch(1)
        self.loaded = False

    def refresh(self) -> None:
        self.total.setText("Counting cases…")
        uow, actor = self.ctx.uow(), self.ctx.actor
        self.ctx.tasks.run(lambda: queries.count_by_state(uow, actor), self._show, owner=self)

    def _show(self, counts: dict[str, int]) -> None:
        self.counts.set_counts(counts)
        total = self.counts.total
        self.total.setText(
            f"{total:,} cases in all.".replace(",", " ") if total else "No cases yet."
        )
        self.loaded = True

    def on_changed(self, changed: Changed) -> None:
        if changed.case_ids:
            self.refresh()


VIEWS = [
    ViewSpec("home", "Overview", HomeView, order=0, tooltip="Your account and the cases by state")
]
