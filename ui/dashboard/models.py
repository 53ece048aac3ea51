"""A dashboard figure as a table model: its own columns, numbers right-aligned.

The reports service names its columns and categories in English; the words it uses
are listed here (context Figures) and shown in the language in use. Names of people
and anything else not listed are shown as they are.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from app.services.reports import Figure
from ui import i18n
from ui.models.labels import date_text

Index = QModelIndex | QPersistentModelIndex

WORDS = (
    # column headings
    QT_TRANSLATE_NOOP("Figures", "State"),
    QT_TRANSLATE_NOOP("Figures", "Cases"),
    QT_TRANSLATE_NOOP("Figures", "Citizenship"),
    QT_TRANSLATE_NOOP("Figures", "Retained"),
    QT_TRANSLATE_NOOP("Figures", "Revoked (found a risk)"),
    QT_TRANSLATE_NOOP("Figures", "Revoked, annulled by a court"),
    QT_TRANSLATE_NOOP("Figures", "Withdrawn"),
    QT_TRANSLATE_NOOP("Figures", "Not yet decided"),
    QT_TRANSLATE_NOOP("Figures", "Officer"),
    QT_TRANSLATE_NOOP("Figures", "Assigned, not started"),
    QT_TRANSLATE_NOOP("Figures", "Open in all"),
    QT_TRANSLATE_NOOP("Figures", "Week from"),
    QT_TRANSLATE_NOOP("Figures", "Proposed in all"),
    QT_TRANSLATE_NOOP("Figures", "Signed off"),
    QT_TRANSLATE_NOOP("Figures", "Returned"),
    QT_TRANSLATE_NOOP("Figures", "Measure"),
    QT_TRANSLATE_NOOP("Figures", "Decisions"),
    QT_TRANSLATE_NOOP("Figures", "Median"),
    QT_TRANSLATE_NOOP("Figures", "90th percentile"),
    QT_TRANSLATE_NOOP("Figures", "Mean"),
    QT_TRANSLATE_NOOP("Figures", "Outcome"),
    QT_TRANSLATE_NOOP("Figures", "Appeals"),
    QT_TRANSLATE_NOOP("Figures", "Deadline"),
    QT_TRANSLATE_NOOP("Figures", "Overdue"),
    QT_TRANSLATE_NOOP("Figures", "Due today"),
    QT_TRANSLATE_NOOP("Figures", "This week"),
    QT_TRANSLATE_NOOP("Figures", "Later"),
    # states, as the reports name them
    QT_TRANSLATE_NOOP("Figures", "Imported"),
    QT_TRANSLATE_NOOP("Figures", "Assigned"),
    QT_TRANSLATE_NOOP("Figures", "In assessment"),
    QT_TRANSLATE_NOOP("Figures", "Awaiting information"),
    QT_TRANSLATE_NOOP("Figures", "Awaiting sign-off"),
    QT_TRANSLATE_NOOP("Figures", "Decided"),
    QT_TRANSLATE_NOOP("Figures", "Closed retained"),
    QT_TRANSLATE_NOOP("Figures", "Awaiting letters"),
    QT_TRANSLATE_NOOP("Figures", "Letters issued"),
    QT_TRANSLATE_NOOP("Figures", "Dispatched"),
    QT_TRANSLATE_NOOP("Figures", "Served"),
    QT_TRANSLATE_NOOP("Figures", "Under appeal"),
    QT_TRANSLATE_NOOP("Figures", "Appeal dismissed"),
    QT_TRANSLATE_NOOP("Figures", "Decision annulled"),
    QT_TRANSLATE_NOOP("Figures", "Closed reinstated"),
    QT_TRANSLATE_NOOP("Figures", "Remitted"),
    QT_TRANSLATE_NOOP("Figures", "Revocation final"),
    QT_TRANSLATE_NOOP("Figures", "Closed departed"),
    QT_TRANSLATE_NOOP("Figures", "Closed withdrawn"),
    # citizenships, appeal outcomes, measures, deadlines
    QT_TRANSLATE_NOOP("Figures", "Belarus (BY)"),
    QT_TRANSLATE_NOOP("Figures", "Russia (RU)"),
    QT_TRANSLATE_NOOP("Figures", "Ukraine (UA)"),
    QT_TRANSLATE_NOOP("Figures", "Pending"),
    QT_TRANSLATE_NOOP("Figures", "Dismissed"),
    QT_TRANSLATE_NOOP("Figures", "From import to decision"),
    QT_TRANSLATE_NOOP("Figures", "From proposal to sign-off"),
    QT_TRANSLATE_NOOP("Figures", "Appeal windows"),
    QT_TRANSLATE_NOOP("Figures", "Departures"),
    QT_TRANSLATE_NOOP("Figures", "Information requests"),
    QT_TRANSLATE_NOOP("Figures", "Letters not served"),
)


def figure_text(text: str) -> str:
    """A heading or category of a figure in the language in use."""
    return QCoreApplication.translate("Figures", text)


def cell_text(value: Any) -> str:
    """Numbers grouped as the language groups them, days with one decimal, dates as the
    language writes them, nothing as a dash."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Figures", "yes")
            if value
            else QCoreApplication.translate("Figures", "no")
        )
    if isinstance(value, int):
        return i18n.number_text(value)
    if isinstance(value, float):
        return i18n.number_text(value, 1)
    if isinstance(value, dt.date):
        return date_text(value)
    return figure_text(str(value))


class FigureModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure: Figure | None = None

    def set_figure(self, figure: Figure) -> None:
        self.beginResetModel()
        self.figure = figure
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.figure is None:
            return 0
        return len(self.figure.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.figure is None:
            return 0
        return len(self.figure.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            self.figure is None
            or orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
        ):
            return None
        return figure_text(self.figure.columns[section][1])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.figure is None:
            return None
        value = self.figure.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
