"""A case's information items as a table; each can be ticked as relied on by the decision."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from app.services.information import ItemSummary
from ui.models.labels import CLASSIFICATIONS, date_text

Index = QModelIndex | QPersistentModelIndex
RELIED, RECEIVED, SOURCE, CLASSIFICATION, TITLE = range(5)
COLUMNS = (
    QT_TRANSLATE_NOOP("ItemsModel", "Relied on"),
    QT_TRANSLATE_NOOP("ItemsModel", "Received"),
    QT_TRANSLATE_NOOP("ItemsModel", "Source"),
    QT_TRANSLATE_NOOP("ItemsModel", "Classification"),
    QT_TRANSLATE_NOOP("ItemsModel", "Title"),
)
ItemIdRole = Qt.ItemDataRole.UserRole


class ItemsModel(QAbstractTableModel):
    relied_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[ItemSummary] = []
        self._relied: set[int] = set()
        self.editable = False

    def set_items(self, items: Sequence[ItemSummary], relied: Iterable[int] = ()) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._relied = {int(i) for i in relied} & {i.id for i in self._items}
        self.endResetModel()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable

    def item(self, row: int) -> ItemSummary:
        return self._items[row]

    def items(self) -> list[ItemSummary]:
        return list(self._items)

    def row_of(self, item_id: int) -> int:
        return next((r for r, i in enumerate(self._items) if i.id == item_id), -1)

    def relied(self) -> list[int]:
        return [i.id for i in self._items if i.id in self._relied]

    def set_relied(self, ids: Iterable[int]) -> None:
        self._relied = set(ids) & {i.id for i in self._items}
        if self._items:
            self.dataChanged.emit(self.index(0, RELIED), self.index(len(self._items) - 1, RELIED))
        self.relied_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(COLUMNS[section]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() == RELIED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == ItemIdRole:
            return item.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == RELIED:
                return (
                    ""
                    if role == Qt.ItemDataRole.DisplayRole
                    else (
                        self.tr("relied on")
                        if item.id in self._relied
                        else self.tr("not relied on")
                    )
                )
            if column == RECEIVED:
                return date_text(item.received_on)
            if column == SOURCE:
                return item.source
            if column == CLASSIFICATION:
                return CLASSIFICATIONS["restricted" if item.restricted else "public"]
            return item.title
        if role == Qt.ItemDataRole.CheckStateRole and column == RELIED:
            return Qt.CheckState.Checked if item.id in self._relied else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and item.restricted and column == CLASSIFICATION:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.restricted and not item.readable:
                return self.tr("Restricted: only officers and supervisors may read it.")
            if item.restricted:
                return self.tr("Restricted: opening it (Enter) is recorded in the audit log.")
            return item.content
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or not self.editable
            or index.column() != RELIED
        ):
            return False
        item = self._items[index.row()]
        checked = (
            Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        )
        if checked:
            self._relied.add(item.id)
        else:
            self._relied.discard(item.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.relied_changed.emit()
        return True
