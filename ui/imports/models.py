"""Table models of the import wizard and the Imports view.

Each model names its columns once (heading, text, sort key), so that views
sort through a QSortFilterProxyModel on the sort role (numbers as numbers)
and tests read cells without any widget. Headings and coded values are
translated in the "ImportTables" context where they are shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app.imports.outcome import FieldChange
from app.imports.problems import Problem, shown
from ui import i18n
from ui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole
LOCAL_TZ = ZoneInfo("Europe/Vilnius")
TOOLTIP_CHARS = 2000
CONTEXT = "ImportTables"


def translated(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("ImportTables", …), in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Column[T]:
    heading: str
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None  # defaults to the text
    numeric: bool = False


class ColumnsModel[T](QAbstractTableModel):
    """Records of one kind, one per row, shown through named columns."""

    columns: Sequence[Column[T]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[T] = []

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> T:
        return self._items[row]

    def items(self) -> list[T]:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = self.columns[index.column()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return column.text(item)
        if role == SortRole:
            return column.sort(item) if column.sort else column.text(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.extra(item, index.column(), role)

    def extra(self, item: T, column: int, role: int) -> Any:
        """Other roles (fonts, colours) for subclasses."""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated(self.columns[section].heading)
        return None


# --- the file's first rows ----------------------------------------------------------------


class RowsModel(QAbstractTableModel):
    """The first rows of the file as they were read, under the file's own headings."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[str] = []
        self._rows: list[list[str]] = []

    def set_table(self, columns: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self._rows = [list(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return value[:TOOLTIP_CHARS]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # One line per cell: a multi-line answer shows its line breaks as ⏎.
            return shown(value).replace("\r\n", "\n").replace("\n", " ⏎ ")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section]
        return str(section + 1)  # data rows are numbered from 1, as problems are


# --- problems, changes and counts --------------------------------------------------------


SEVERITIES = {
    "error": QT_TRANSLATE_NOOP("ImportTables", "error"),
    "warning": QT_TRANSLATE_NOOP("ImportTables", "warning"),
}


def _row(problem: Problem) -> str:
    return (
        QCoreApplication.translate("ImportTables", "whole file")
        if problem.row is None
        else str(problem.row)
    )


def _severity(problem: Problem) -> str:
    return (
        translated(SEVERITIES[problem.severity])
        if problem.severity in SEVERITIES
        else problem.severity
    )


class ProblemsModel(ColumnsModel[Problem]):
    """Every problem found: errors refuse their row, warnings are imported and reported."""

    columns = (
        Column(
            QT_TRANSLATE_NOOP("ImportTables", "Row"),
            _row,
            lambda p: -1 if p.row is None else p.row,
            numeric=True,
        ),
        Column(QT_TRANSLATE_NOOP("ImportTables", "Column"), lambda p: p.column),
        Column(QT_TRANSLATE_NOOP("ImportTables", "Value"), lambda p: shown(p.value)),
        Column(QT_TRANSLATE_NOOP("ImportTables", "Severity"), _severity),
        # last: it gets the room that is left
        Column(QT_TRANSLATE_NOOP("ImportTables", "Reason"), lambda p: p.reason),
    )

    def extra(self, item: Problem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and item.severity == "error":
            font = QFont()
            font.setBold(True)
            return font
        return None

    @property
    def errors(self) -> int:
        return sum(p.severity == "error" for p in self._items)


class ChangesModel(ColumnsModel[FieldChange]):
    """Fields of residents that a newer registry extract changed."""

    columns = (
        Column(
            QT_TRANSLATE_NOOP("ImportTables", "Row"),
            lambda c: str(c.row),
            lambda c: c.row,
            numeric=True,
        ),
        Column(QT_TRANSLATE_NOOP("ImportTables", "Permit number"), lambda c: c.permit_number),
        Column(QT_TRANSLATE_NOOP("ImportTables", "Field"), lambda c: c.field),
        Column(QT_TRANSLATE_NOOP("ImportTables", "Was"), lambda c: shown(c.old)),
        Column(QT_TRANSLATE_NOOP("ImportTables", "Now"), lambda c: shown(c.new)),
    )


COUNT_LABELS = {
    "read": QT_TRANSLATE_NOOP("ImportTables", "Rows read"),
    "imported": QT_TRANSLATE_NOOP("ImportTables", "Imported (new)"),
    "updated": QT_TRANSLATE_NOOP("ImportTables", "Updated"),
    "unchanged": QT_TRANSLATE_NOOP("ImportTables", "Unchanged (already stored)"),
    "refused": QT_TRANSLATE_NOOP("ImportTables", "Refused (rows with errors)"),
    "superseded": QT_TRANSLATE_NOOP("ImportTables", "Superseded by a later submission"),
    "cases_opened": QT_TRANSLATE_NOOP("ImportTables", "Cases opened"),
    "cases_answered": QT_TRANSLATE_NOOP("ImportTables", "Cases with a response"),
    "cases_without_response": QT_TRANSLATE_NOOP("ImportTables", "Cases still without a response"),
    "choices": QT_TRANSLATE_NOOP("ImportTables", "Answer choices"),
    "markers": QT_TRANSLATE_NOOP("ImportTables", "Markers"),
}


def count_label(name: str) -> str:
    """A count the import service reports, named in the window's language."""
    if name in COUNT_LABELS:
        return translated(COUNT_LABELS[name])
    return name.replace("_", " ").capitalize()


class CountsModel(ColumnsModel[tuple[str, int]]):
    """What an import did (or would do), one count per row, in the order the service gives."""

    columns = (
        Column(QT_TRANSLATE_NOOP("ImportTables", "What"), lambda c: count_label(c[0])),
        Column(
            QT_TRANSLATE_NOOP("ImportTables", "Rows"),
            lambda c: i18n.number_text(c[1]),
            lambda c: c[1],
            numeric=True,
        ),
    )

    def set_counts(self, counts: dict[str, int]) -> None:
        self.set_items(list(counts.items()))

    def count(self, name: str) -> int:
        return next((n for key, n in self._items if key == name), 0)


# --- past imports ----------------------------------------------------------------------------


KIND_LABELS = {
    "questionnaire": QT_TRANSLATE_NOOP("ImportTables", "Questionnaire"),
    "registry": QT_TRANSLATE_NOOP("ImportTables", "Registry"),
    "responses": QT_TRANSLATE_NOOP("ImportTables", "Responses"),
}


def local_time(value: dt.datetime | None) -> str:
    """A moment in the department's time, as the window's language writes it."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return i18n.datetime_text(value.astimezone(LOCAL_TZ).replace(tzinfo=None))


def _kind(batch: dict[str, Any]) -> str:
    kind = batch["kind"]
    return translated(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def _count(heading: str, name: str) -> Column[dict[str, Any]]:
    return Column(
        heading,
        lambda b: i18n.number_text(b["counts"].get(name, 0)),
        lambda b: b["counts"].get(name, 0),
        numeric=True,
    )


FILE_COLUMN = 3


class BatchesModel(ColumnsModel[dict[str, Any]]):
    """One row per import batch, from `import_history.list_batches`."""

    columns = (
        Column(
            QT_TRANSLATE_NOOP("ImportTables", "When"),
            lambda b: local_time(b["started_at"]),
            lambda b: b["started_at"].isoformat() if b["started_at"] else "",
        ),
        Column(QT_TRANSLATE_NOOP("ImportTables", "Kind"), _kind),
        Column(QT_TRANSLATE_NOOP("ImportTables", "Campaign"), lambda b: b["campaign"]),
        Column(QT_TRANSLATE_NOOP("ImportTables", "File"), lambda b: b["file_name"]),
        Column(QT_TRANSLATE_NOOP("ImportTables", "Format"), lambda b: b["file_format"]),
        Column(QT_TRANSLATE_NOOP("ImportTables", "By"), lambda b: b["imported_by"]),
        _count(QT_TRANSLATE_NOOP("ImportTables", "Rows read"), "read"),
        _count(QT_TRANSLATE_NOOP("ImportTables", "Imported"), "imported"),
        _count(QT_TRANSLATE_NOOP("ImportTables", "Updated"), "updated"),
        _count(QT_TRANSLATE_NOOP("ImportTables", "Unchanged"), "unchanged"),
        _count(QT_TRANSLATE_NOOP("ImportTables", "Refused"), "refused"),
    )
