"""What changed in a case since the user opened it, field by field, beside their own edits."""

from __future__ import annotations

from dataclasses import dataclass
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
from PySide6.QtGui import QFont

from ui.models.labels import DECISION_STATUSES, date_text, label, outcome_label, state_label

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("ChangesModel", "Field"),
    QT_TRANSLATE_NOOP("ChangesModel", "When you opened it"),
    QT_TRANSLATE_NOOP("ChangesModel", "Now"),
    QT_TRANSLATE_NOOP("ChangesModel", "Your edit"),
)
# The fields compared, by their English names (the keys below); shown translated.
FIELDS = (
    QT_TRANSLATE_NOOP("ChangesModel", "State"),
    QT_TRANSLATE_NOOP("ChangesModel", "Officer"),
    QT_TRANSLATE_NOOP("ChangesModel", "Decision"),
    QT_TRANSLATE_NOOP("ChangesModel", "Outcome"),
    QT_TRANSLATE_NOOP("ChangesModel", "Legal basis"),
    QT_TRANSLATE_NOOP("ChangesModel", "Statement of reasons"),
    QT_TRANSLATE_NOOP("ChangesModel", "Internal assessment"),
    QT_TRANSLATE_NOOP("ChangesModel", "Answers relied on"),
    QT_TRANSLATE_NOOP("ChangesModel", "Information relied on"),
    QT_TRANSLATE_NOOP("ChangesModel", "Supervisor's comment"),
    QT_TRANSLATE_NOOP("ChangesModel", "Information items"),
    QT_TRANSLATE_NOOP("ChangesModel", "Requests"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChangesModel", text)


def _request(r: dict[str, Any]) -> str:
    due = date_text(r["due_on"])
    if r["answered_on"]:
        return QCoreApplication.translate(
            "ChangesModel", "{authority} (due {due}, answered {answered})"
        ).format(authority=r["authority"], due=due, answered=date_text(r["answered_on"]))
    return QCoreApplication.translate("ChangesModel", "{authority} (due {due})").format(
        authority=r["authority"], due=due
    )


@dataclass(frozen=True)
class Change:
    field: str
    opened: str
    now: str
    mine: str = ""


def _decision_fields(file: dict[str, Any]) -> dict[str, str]:
    d = file.get("decision") or {}
    signoff = file.get("signoff") or {}
    return {
        "State": state_label(file["state"]),
        "Officer": file.get("assigned_to_name")
        or file.get("assigned_to")
        or QCoreApplication.translate("ChangesModel", "unassigned"),
        "Decision": label(DECISION_STATUSES, d.get("status", ""))
        if d
        else QCoreApplication.translate("ChangesModel", "none"),
        "Outcome": outcome_label(d.get("outcome", "")) if d else "",
        "Legal basis": ", ".join(d.get("legal_bases", [])) if d else "",
        "Statement of reasons": d.get("reasons", "") if d else "",
        "Internal assessment": d.get("assessment", "") if d else "",
        "Answers relied on": ", ".join(d.get("relied_answers", [])) if d else "",
        "Information relied on": ", ".join(str(i) for i in d.get("relied_items", [])) if d else "",
        "Supervisor's comment": signoff.get("comment", ""),
        "Information items": ", ".join(i.title for i in file.get("items", [])),
        "Requests": "; ".join(_request(r) for r in file.get("requests", [])),
    }


def case_changes(
    opened: dict[str, Any], now: dict[str, Any], mine: dict[str, str] | None = None
) -> list[Change]:
    """Fields that differ between the case as opened and as it is now; `mine` gives the
    user's unsaved value of a field, by the same names."""
    before, after = _decision_fields(opened), _decision_fields(now)
    mine = mine or {}
    return [
        Change(name, before[name], after[name], mine.get(name, ""))
        for name in before
        if before[name] != after[name]
    ]


def my_fields(values: Any, bases_text: bool = True) -> dict[str, str]:
    """The user's edits (a DecisionValues) under the names `case_changes` uses."""
    return {
        "Outcome": outcome_label(values.outcome) if values.outcome else "",
        "Legal basis": ", ".join(values.legal_bases),
        "Statement of reasons": values.reasons,
        "Internal assessment": values.assessment,
        "Answers relied on": ", ".join(values.relied_answers),
        "Information relied on": ", ".join(str(i) for i in values.relied_items),
    }


class ChangesModel(QAbstractTableModel):
    def __init__(self, changes: list[Change], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.changes = changes

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(str(COLUMNS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        change = self.changes[index.row()]
        value = (_tr(change.field), change.opened, change.now, change.mine)[index.column()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return value or "—"
        if role == Qt.ItemDataRole.FontRole and index.column() == 2:
            font = QFont()
            font.setBold(True)
            return font
        return None
