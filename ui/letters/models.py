"""Table models of the letter screens: the print queue, the issued letters, the templates.

Each is a list of the plain rows a letters service returns, with named columns;
the key role gives the row's key (case number, registration number) whatever
the column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = dict[str, Any]
KeyRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1

KINDS = {"decision": "Decision", "appeal_notice": "Appeal-rights notice"}
LANGUAGES = {"lt": "Lithuanian", "ru": "Russian", "en": "English"}
METHODS = {"registered_mail": "registered mail", "in_person": "in person", "other": "other"}
CASE_STATES_AFTER_SERVICE = {
    "under_appeal": "under appeal",
    "appeal_dismissed": "appeal dismissed",
    "revocation_final": "final",
}


def kind_name(code: str) -> str:
    return KINDS.get(code, code)


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code)


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Row], str]
    sort: Callable[[Row], Any] | None = None
    tooltip: Callable[[Row], str] | None = None


def latin_name(row: Row) -> str:
    return " ".join(p for p in (row.get("surname"), row.get("given_names")) if p)


def addressee(row: Row) -> str:
    """The name in Latin letters, then the native spelling when it differs."""
    latin = latin_name(row)
    native = " ".join(p for p in (row.get("surname_native"), row.get("given_names_native")) if p)
    return f"{latin} ({native})" if native and native != latin else latin


def letter_state(row: Row) -> str:
    """What became of an issued letter, in the clerk's words."""
    if row.get("superseded_by"):
        return f"Replaced by {row['superseded_by']}"
    if row.get("served_on"):
        method = METHODS.get(row.get("method") or "", row.get("method") or "")
        after = CASE_STATES_AFTER_SERVICE.get(row.get("state") or "")
        return f"Served {row['served_on']} ({method})" + (f", {after}" if after else "")
    if row.get("dispatched_on"):
        return f"Dispatched {row['dispatched_on']}, {row.get('tracking_number') or ''}".rstrip(", ")
    return "Not dispatched"


def can_dispatch(row: Row) -> bool:
    return not row.get("superseded_by") and row.get("state") in ("letters_issued", "dispatched")


def can_serve(row: Row) -> bool:
    return can_dispatch(row)


def can_correct(row: Row) -> bool:
    return can_dispatch(row)


def _approved(row: Row) -> str:
    when = row.get("approved_at") or ""
    try:
        return dt.datetime.fromisoformat(when).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return when


QUEUE_COLUMNS = (
    Column("Case", lambda r: r["case_number"]),
    Column("Permit", lambda r: r["permit_number"]),
    Column("Addressee", addressee, sort=lambda r: addressee(r).casefold()),
    Column("Translation", lambda r: language_name(r["language"])),
    Column("Approved", _approved, sort=lambda r: r.get("approved_at") or ""),
)

LETTER_COLUMNS = (
    Column(
        "Registration no.",
        lambda r: r["registration_number"],
        tooltip=lambda r: (
            f"Corrects {r['supersedes']}: {r['correction_reason']}" if r.get("supersedes") else ""
        ),
    ),
    Column("Document", lambda r: kind_name(r["kind"])),
    Column("Case", lambda r: r["case_number"]),
    Column(
        "Addressee",
        latin_name,
        sort=lambda r: latin_name(r).casefold(),
        tooltip=lambda r: f"{addressee(r)}; translation: {language_name(r['language'])}",
    ),
    Column(
        "State",
        letter_state,
        tooltip=lambda r: f"Issued {r['issued_on']}, {r['pages']} pages. {letter_state(r)}",
    ),
)

TEMPLATE_COLUMNS = (
    Column("Document", lambda r: kind_name(r["document"])),
    Column("Language", lambda r: language_name(r["language"])),
    Column("Version", lambda r: r["version"] or "–"),
    Column(
        "Source",
        lambda r: "changed here" if r["source"].startswith("setting") else "as shipped",
        tooltip=lambda r: r["source"],
    ),
    Column("Check", lambda r: "problem" if r["problem"] else "ok", tooltip=lambda r: r["problem"]),
)


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.key = key
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Row:
        return self._rows[number]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r[self.key] == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == KeyRole:
            return row[self.key]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == SortRole:
            return column.sort(row) if column.sort else column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            tip = column.tooltip(row)
            # Typed text (a correction's reason) must show as typed, never as markup.
            return (
                QtGui.Qt.convertFromPlainText(tip, Qt.WhiteSpaceMode.WhiteSpaceNormal)
                if tip
                else None
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None
