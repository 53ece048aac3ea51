"""What changed in a case since the user opened it, field by field, beside their own edits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ui.models.labels import OUTCOMES, state_label

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Field", "When you opened it", "Now", "Your edit")


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
        "Officer": file.get("assigned_to_name") or file.get("assigned_to") or "unassigned",
        "Decision": f"{d.get('status', '')}" if d else "none",
        "Outcome": OUTCOMES.get(d.get("outcome", ""), "") if d else "",
        "Legal basis": ", ".join(d.get("legal_bases", [])) if d else "",
        "Statement of reasons": d.get("reasons", "") if d else "",
        "Internal assessment": d.get("assessment", "") if d else "",
        "Answers relied on": ", ".join(d.get("relied_answers", [])) if d else "",
        "Information relied on": ", ".join(str(i) for i in d.get("relied_items", [])) if d else "",
        "Supervisor's comment": signoff.get("comment", ""),
        "Information items": ", ".join(i.title for i in file.get("items", [])),
        "Requests": "; ".join(
            f"{r['authority']} (due {r['due_on']}"
            + (f", answered {r['answered_on']})" if r["answered_on"] else ")")
            for r in file.get("requests", [])
        ),
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
        "Outcome": OUTCOMES.get(values.outcome, ""),
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
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        change = self.changes[index.row()]
        value = (change.field, change.opened, change.now, change.mine)[index.column()]
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
