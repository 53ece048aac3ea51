"""Table models of the deadline view: the board, the review of final revocations, and the
appeals of one case. Each holds the rows a service returned; the key role gives the case
number whatever the column, and the sort role a value that sorts properly."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.services.deadlines import KIND_LABELS, BoardRow
from ui.case.style import TINTS, blend
from ui.models.labels import state_label

Index = QModelIndex | QPersistentModelIndex
KeyRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1

GROUNDS = {"no_appeal": "No appeal lodged", "appeal_dismissed": "Appeal dismissed"}
OUTCOME_WORDS = {"dismissed": "Dismissed", "annulled": "Annulled", "remitted": "Remitted"}


def days_text(days_left: int) -> str:
    if days_left < 0:
        return f"{-days_left} overdue"
    if days_left == 0:
        return "today"
    return str(days_left)


def tint(kind: str) -> QColor:
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    share = 0.16 if base.lightness() > 128 else 0.30
    return blend(base, QColor(*TINTS[kind]), share)


@dataclass(frozen=True)
class Column[R]:
    title: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    align_right: bool = False


class RowsModel[R](QAbstractTableModel):
    """Rows of one type shown through named columns; sorted by a proxy on the sort role."""

    columns: Sequence[Column[R]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def key(self, row: R) -> str:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def extra(self, row: R, column: int, role: int) -> Any:
        """Colours and fonts of a row; none by default."""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == KeyRole:
            return self.key(row)
        if role == SortRole:
            return column.sort(row) if column.sort else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.extra(row, index.column(), role)


def _name(row: BoardRow) -> str:
    return row.name


class BoardModel(RowsModel[BoardRow]):
    columns = (
        Column[BoardRow]("Deadline", lambda r: r.due.isoformat()),
        Column[BoardRow](
            "Days left", lambda r: days_text(r.days_left), lambda r: r.days_left, align_right=True
        ),
        Column[BoardRow]("List", lambda r: KIND_LABELS[r.kind]),
        Column[BoardRow]("Case", lambda r: r.case_number),
        Column[BoardRow]("Permit", lambda r: r.permit_number),
        Column[BoardRow]("Name", _name, lambda r: r.name.casefold()),
        Column[BoardRow]("State", lambda r: state_label(r.state)),
        Column[BoardRow]("Detail", lambda r: r.detail),
    )
    DAYS = 1

    def key(self, row: BoardRow) -> str:
        return row.case_number

    def extra(self, row: BoardRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.status == "overdue":
                return tint("restricted")
            if row.status in ("today", "this_week"):
                return tint("warning")
        if role == Qt.ItemDataRole.FontRole and column == self.DAYS and row.days_left <= 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{KIND_LABELS[row.kind]} of case {row.case_number}: {row.detail}"
        return None


Row = dict[str, Any]


def _ground(row: Row) -> str:
    if row["ground"] == "appeal_dismissed":
        court = row["court_code"]
        return f"Appeal dismissed by {court} on {row['dismissed_on']}"
    return f"No appeal by {row['deadline']}"


class ReviewModel(RowsModel[Row]):
    columns = (
        Column[Row]("Case", lambda r: r["case_number"]),
        Column[Row]("Permit", lambda r: r["permit_number"]),
        Column[Row](
            "Name",
            lambda r: f"{r['surname']} {r['given_names']}",
            lambda r: f"{r['surname']} {r['given_names']}".casefold(),
        ),
        Column[Row]("Why final", _ground),
        Column[Row]("Served", lambda r: r["served_on"] or ""),
        Column[Row](
            "Days since",
            lambda r: "" if r["days_since"] is None else str(r["days_since"]),
            lambda r: r["days_since"] or 0,
            True,
        ),
    )

    def key(self, row: Row) -> str:
        return str(row["case_number"])


def _flags(row: Row) -> str:
    marks = [("late", row["late"]), ("suspensive", row["suspensive"])]
    return ", ".join(word for word, on in marks if on)


def _outcome(row: Row) -> str:
    if not row["outcome"]:
        return "Pending"
    return f"{OUTCOME_WORDS.get(row['outcome'], row['outcome'])} {row['outcome_on']}"


class AppealsModel(RowsModel[Row]):
    columns = (
        Column[Row]("Court", lambda r: r["court_code"]),
        Column[Row]("Court case no.", lambda r: r["court_case_number"] or "–"),
        Column[Row]("Lodged", lambda r: r["lodged_on"]),
        Column[Row]("Flags", _flags),
        Column[Row]("Hearings", lambda r: ", ".join(h["date"] for h in r["hearings"])),
        Column[Row](
            "Documents",
            lambda r: "; ".join(f"{d['reference']} ({d['received_on']})" for d in r["documents"]),
        ),
        Column[Row]("Outcome", _outcome),
    )

    def key(self, row: Row) -> str:
        return str(row["id"])

    def extra(self, row: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row['court_name']}, {row['court_address']}"
        if role == Qt.ItemDataRole.BackgroundRole and column == 3 and row["late"]:
            return tint("warning")
        return None
