"""Proposals awaiting sign-off as a table. There are at most a few thousand at a time, so
they are held whole and sorted here; the 74,000-case queue is never handled this way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.services.queue import Proposal
from ui.models.labels import Labels, local, outcome_label, time_text
from ui.models.queue import marker_colour

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("ProposalsModel", "Case"),
    QT_TRANSLATE_NOOP("ProposalsModel", "Name"),
    QT_TRANSLATE_NOOP("ProposalsModel", "Outcome"),
    QT_TRANSLATE_NOOP("ProposalsModel", "Proposed by"),
    QT_TRANSLATE_NOOP("ProposalsModel", "Proposed"),
    QT_TRANSLATE_NOOP("ProposalsModel", "Days"),
    QT_TRANSLATE_NOOP("ProposalsModel", "Markers"),
)
# The outcome in a word, for a narrow column (context Labels, as the other coded values).
SHORT_OUTCOMES = Labels(
    {
        "retain": QT_TRANSLATE_NOOP("Labels", "Retain"),
        "revoke": QT_TRANSLATE_NOOP("Labels", "Revoke"),
        "request_information": QT_TRANSLATE_NOOP("Labels", "Request"),
    }
)
CASE, NAME, OUTCOME, PROPOSER, PROPOSED, WAITING, MARKERS = range(len(COLUMNS))
CaseNumberRole = Qt.ItemDataRole.UserRole


class ProposalsModel(QAbstractTableModel):
    def __init__(
        self, me: str, today: Callable[[], dt.date] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.me = me  # the supervisor's user name: their own proposals are not theirs to sign
        self.today = today or dt.date.today
        self._rows: list[Proposal] = []
        self._sort = (PROPOSED, Qt.SortOrder.AscendingOrder)

    def set_proposals(self, proposals: Sequence[Proposal]) -> None:
        self.beginResetModel()
        self._rows = list(proposals)
        self._sort_rows()
        self.endResetModel()

    def proposal(self, row: int) -> Proposal:
        return self._rows[row]

    def proposals(self) -> list[Proposal]:
        return list(self._rows)

    def row_of(self, case_number: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.case_number == case_number), -1)

    def own(self, proposal: Proposal) -> bool:
        return proposal.proposed_by == self.me

    def waiting(self, proposal: Proposal) -> int:
        proposed = local(proposal.proposed_at)
        return max((self.today() - proposed.date()).days, 0) if proposed else 0

    def _key(self, column: int) -> Callable[[Proposal], Any]:
        return {
            CASE: lambda p: p.case_number,
            NAME: lambda p: p.name.casefold(),
            OUTCOME: lambda p: p.outcome,
            PROPOSER: lambda p: p.proposed_by_name.casefold(),
            PROPOSED: lambda p: p.proposed_at or dt.datetime.min.replace(tzinfo=dt.UTC),
            WAITING: lambda p: self.waiting(p),
            MARKERS: lambda p: p.markers,
        }[column]

    def _sort_rows(self) -> None:
        column, order = self._sort
        self._rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows()
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ProposalsModel", str(COLUMNS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        column = index.column()
        if role == CaseNumberRole:
            return p.case_number
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == CASE:
                return p.case_number
            if column == NAME:
                return f"{p.name}  ({p.native_name})" if p.native_name else p.name
            if column == OUTCOME:
                return SHORT_OUTCOMES.get(p.outcome, p.outcome)
            if column == PROPOSER:
                if self.own(p):
                    return self.tr("{name} (you)").format(name=p.proposed_by_name)
                return p.proposed_by_name
            if column == PROPOSED:
                return time_text(p.proposed_at)
            if column == WAITING:
                return str(self.waiting(p))
            return f"⚑ {p.markers}" if p.markers else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.own(p):
                return self.tr("You proposed this decision; another supervisor must sign it off.")
            if column == OUTCOME:
                return outcome_label(p.outcome)
            if column == WAITING:
                return self.tr("Days waiting for sign-off")
            if column == NAME:
                return f"{p.name}\n{p.native_name}"
        if role == Qt.ItemDataRole.ForegroundRole and self.own(p):
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.FontRole and column == OUTCOME and p.outcome == "revoke":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and column == MARKERS and p.markers:
            return marker_colour(QApplication.palette())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (WAITING, MARKERS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
