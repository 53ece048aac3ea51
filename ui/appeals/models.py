"""Table models of the deadline view: the board, the review of final revocations, and the
appeals of one case. Each holds the rows a service returned; the key role gives the case
number whatever the column, and the sort role a value that sorts properly."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.domain.lifecycle import State
from app.services.deadlines import BoardRow
from ui.case.style import TINTS, blend
from ui.models.labels import date_text, outcome_label, state_label

Index = QModelIndex | QPersistentModelIndex
KeyRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1

# The English words of the deadline lists, translated where shown (context "Deadlines").
KIND_LABELS = {
    "appeal": QT_TRANSLATE_NOOP("Deadlines", "Appeal window"),
    "departure": QT_TRANSLATE_NOOP("Deadlines", "Departure"),
    "information_request": QT_TRANSLATE_NOOP("Deadlines", "Information request"),
    "unserved_letter": QT_TRANSLATE_NOOP("Deadlines", "Letter not served"),
}
KIND_PLURALS = {
    "appeal": QT_TRANSLATE_NOOP("Deadlines", "Appeal windows"),
    "departure": QT_TRANSLATE_NOOP("Deadlines", "Departures"),
    "information_request": QT_TRANSLATE_NOOP("Deadlines", "Information requests"),
    "unserved_letter": QT_TRANSLATE_NOOP("Deadlines", "Letters not served"),
}


def kind_label(kind: str) -> str:
    """One deadline's list: "Appeal window"."""
    return QCoreApplication.translate("Deadlines", str(KIND_LABELS.get(kind, kind)))


def kind_plural(kind: str) -> str:
    """A whole list: "Appeal windows"."""
    return QCoreApplication.translate("Deadlines", str(KIND_PLURALS.get(kind, kind)))


def days_text(days_left: int) -> str:
    if days_left < 0:
        return QCoreApplication.translate("Deadlines", "{days} overdue").format(days=-days_left)
    if days_left == 0:
        return QCoreApplication.translate("Deadlines", "today")
    return str(days_left)


def detail_text(row: BoardRow) -> str:
    """What the deadline runs from, in the user's language."""
    since = date_text(row.since)
    if row.kind == "appeal":
        if row.state == State.APPEAL_DISMISSED:
            text = QCoreApplication.translate(
                "Deadlines", "appeal dismissed by {court} on {day}; onward appeal possible"
            )
            return text.format(court=row.reference, day=since)
        return QCoreApplication.translate("Deadlines", "served {day}; no appeal recorded").format(
            day=since
        )
    if row.kind == "departure":
        if row.state == State.UNDER_APPEAL:
            text = QCoreApplication.translate(
                "Deadlines", "served {day}; under appeal (not suspensive)"
            )
            return text.format(day=since)
        return QCoreApplication.translate("Deadlines", "served {day}").format(day=since)
    if row.kind == "information_request":
        return QCoreApplication.translate("Deadlines", "asked {whom} on {day}").format(
            whom=row.reference, day=since
        )
    return QCoreApplication.translate(
        "Deadlines", "dispatched {day}, registered mail {tracking}"
    ).format(day=since, tracking=row.reference)


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
            return QCoreApplication.translate("Deadlines", self.columns[section].title)
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
        Column[BoardRow](
            str(QT_TRANSLATE_NOOP("Deadlines", "Deadline")),
            lambda r: date_text(r.due),
            lambda r: r.due.isoformat(),
        ),
        Column[BoardRow](
            str(QT_TRANSLATE_NOOP("Deadlines", "Days left")),
            lambda r: days_text(r.days_left),
            lambda r: r.days_left,
            align_right=True,
        ),
        Column[BoardRow](str(QT_TRANSLATE_NOOP("Deadlines", "List")), lambda r: kind_label(r.kind)),
        Column[BoardRow](str(QT_TRANSLATE_NOOP("Deadlines", "Case")), lambda r: r.case_number),
        Column[BoardRow](str(QT_TRANSLATE_NOOP("Deadlines", "Permit")), lambda r: r.permit_number),
        Column[BoardRow](
            str(QT_TRANSLATE_NOOP("Deadlines", "Name")), _name, lambda r: r.name.casefold()
        ),
        Column[BoardRow](
            str(QT_TRANSLATE_NOOP("Deadlines", "State")), lambda r: state_label(r.state)
        ),
        Column[BoardRow](str(QT_TRANSLATE_NOOP("Deadlines", "Detail")), detail_text),
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
            return QCoreApplication.translate(
                "Deadlines", "{list} of case {case}: {detail}"
            ).format(list=kind_label(row.kind), case=row.case_number, detail=detail_text(row))
        return None


Row = dict[str, Any]


def _ground(row: Row) -> str:
    if row["ground"] == "appeal_dismissed":
        return QCoreApplication.translate(
            "Deadlines", "Appeal dismissed by {court} on {day}"
        ).format(court=row["court_code"], day=date_text(row["dismissed_on"]))
    return QCoreApplication.translate("Deadlines", "No appeal by {day}").format(
        day=date_text(row["deadline"])
    )


class ReviewModel(RowsModel[Row]):
    columns = (
        Column[Row](str(QT_TRANSLATE_NOOP("Deadlines", "Case")), lambda r: r["case_number"]),
        Column[Row](str(QT_TRANSLATE_NOOP("Deadlines", "Permit")), lambda r: r["permit_number"]),
        Column[Row](
            str(QT_TRANSLATE_NOOP("Deadlines", "Name")),
            lambda r: f"{r['surname']} {r['given_names']}",
            lambda r: f"{r['surname']} {r['given_names']}".casefold(),
        ),
        Column[Row](str(QT_TRANSLATE_NOOP("Deadlines", "Why final")), _ground),
        Column[Row](
            str(QT_TRANSLATE_NOOP("Deadlines", "Served")),
            lambda r: date_text(r["served_on"]),
            lambda r: r["served_on"] or "",
        ),
        Column[Row](
            str(QT_TRANSLATE_NOOP("Deadlines", "Days since")),
            lambda r: "" if r["days_since"] is None else str(r["days_since"]),
            lambda r: r["days_since"] or 0,
            True,
        ),
    )

    def key(self, row: Row) -> str:
        return str(row["case_number"])


def _flags(row: Row) -> str:
    marks = []
    if row["late"]:
        marks.append(QCoreApplication.translate("Deadlines", "late"))
    if row["suspensive"]:
        marks.append(QCoreApplication.translate("Deadlines", "suspensive"))
    return ", ".join(marks)


def _outcome(row: Row) -> str:
    if not row["outcome"]:
        return QCoreApplication.translate("Deadlines", "Pending")
    return f"{outcome_label(row['outcome'])} {date_text(row['outcome_on'])}"


def _documents(row: Row) -> str:
    return "; ".join(f"{d['reference']} ({date_text(d['received_on'])})" for d in row["documents"])


class AppealsModel(RowsModel[Row]):
    columns = (
        Column[Row](str(QT_TRANSLATE_NOOP("Deadlines", "Court")), lambda r: r["court_code"]),
        Column[Row](
            str(QT_TRANSLATE_NOOP("Deadlines", "Court case no.")),
            lambda r: r["court_case_number"] or "–",
        ),
        Column[Row](
            str(QT_TRANSLATE_NOOP("Deadlines", "Lodged")),
            lambda r: date_text(r["lodged_on"]),
            lambda r: r["lodged_on"],
        ),
        Column[Row](str(QT_TRANSLATE_NOOP("Deadlines", "Flags")), _flags),
        Column[Row](
            str(QT_TRANSLATE_NOOP("Deadlines", "Hearings")),
            lambda r: ", ".join(date_text(h["date"]) for h in r["hearings"]),
        ),
        Column[Row](str(QT_TRANSLATE_NOOP("Deadlines", "Documents")), _documents),
        Column[Row](str(QT_TRANSLATE_NOOP("Deadlines", "Outcome")), _outcome),
    )

    def key(self, row: Row) -> str:
        return str(row["id"])

    def extra(self, row: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row['court_name']}, {row['court_address']}"
        if role == Qt.ItemDataRole.BackgroundRole and column == 3 and row["late"]:
            return tint("warning")
        return None
