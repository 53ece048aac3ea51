"""A case's history, from the audit log, as a list for the timeline."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.services.queries import HistoryEntry
from ui.models.labels import action_label, change_summary, time_text

Index = QModelIndex | QPersistentModelIndex
WhenRole = Qt.ItemDataRole.UserRole
WhatRole = Qt.ItemDataRole.UserRole + 1
DetailRole = Qt.ItemDataRole.UserRole + 2
ActionRole = Qt.ItemDataRole.UserRole + 3


class HistoryModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.beginResetModel()
        # Newest first: what a reader of a case wants to know is what happened last.
        self._entries = list(reversed(entries))
        self.endResetModel()

    def entry(self, row: int) -> HistoryEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        # QAbstractListModel's own takes no default parent in PySide6; a caller asking
        # with none (as a generic walk over views does) gets the one column.
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        when = time_text(entry.at)
        what = action_label(entry.action)
        detail = change_summary(entry.before, entry.after)
        if entry.justification:
            quoted = self.tr("“{text}”").format(text=entry.justification)
            detail = f"{detail} — {quoted}" if detail else quoted
        if role == WhenRole:
            return f"{when} · {entry.actor}"
        if role == WhatRole:
            return what
        if role == DetailRole:
            return detail
        if role == ActionRole:
            return entry.action
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            text = f"{when}, {entry.actor}: {what}"
            return f"{text}. {detail}" if detail else text
        return None
