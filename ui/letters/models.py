"""Table models of the letter screens: the print queue, the issued letters, the templates.

Each is a list of the plain rows a letters service returns, with named columns;
the key role gives the row's key (case number, registration number) whatever
the column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ui.models.labels import date_text, time_text

Index = QModelIndex | QPersistentModelIndex
Row = dict[str, Any]
KeyRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1

# The English words of the codes, translated where they are shown (context "Letters").
KINDS = {
    "decision": QT_TRANSLATE_NOOP("Letters", "Decision"),
    "appeal_notice": QT_TRANSLATE_NOOP("Letters", "Appeal-rights notice"),
}
LANGUAGES = {
    "lt": QT_TRANSLATE_NOOP("Letters", "Lithuanian"),
    "ru": QT_TRANSLATE_NOOP("Letters", "Russian"),
    "en": QT_TRANSLATE_NOOP("Letters", "English"),
}
# How a decision was served: a method in a sentence, and as a choice of its own.
METHODS = {
    "registered_mail": QT_TRANSLATE_NOOP("Letters", "registered mail"),
    "in_person": QT_TRANSLATE_NOOP("Letters", "in person"),
    "other": QT_TRANSLATE_NOOP("Letters", "other"),
}
METHOD_CHOICES = {
    "registered_mail": QT_TRANSLATE_NOOP("Letters", "Registered mail"),
    "in_person": QT_TRANSLATE_NOOP("Letters", "In person"),
    "other": QT_TRANSLATE_NOOP("Letters", "Other"),
}
CASE_STATES_AFTER_SERVICE = {
    "under_appeal": QT_TRANSLATE_NOOP("Letters", "under appeal"),
    "appeal_dismissed": QT_TRANSLATE_NOOP("Letters", "appeal dismissed"),
    "revocation_final": QT_TRANSLATE_NOOP("Letters", "final"),
}


def _word(table: dict[str, object], code: str) -> str:
    found = table.get(code)
    return QCoreApplication.translate("Letters", str(found)) if found is not None else code


def kind_name(code: str) -> str:
    return _word(KINDS, code)


def language_name(code: str) -> str:
    return _word(LANGUAGES, code)


def method_name(code: str) -> str:
    """The method of service as it reads in a sentence ("served 2026-02-02 (in person)")."""
    return _word(METHODS, code)


def method_choice(code: str) -> str:
    return _word(METHOD_CHOICES, code)


# Counts in the words of the language: "1 case", "3 cases". Lithuanian has three plural
# forms and the catalogues keep no numerus forms, so its translations say "bylų – 3".
def cases_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("Letters", "1 case")
    return QCoreApplication.translate("Letters", "{count} cases").format(count=count)


def letters_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("Letters", "1 letter")
    return QCoreApplication.translate("Letters", "{count} letters").format(count=count)


def pages_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("Letters", "1 page")
    return QCoreApplication.translate("Letters", "{count} pages").format(count=count)


def envelopes_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("Letters", "1 envelope")
    return QCoreApplication.translate("Letters", "{count} envelopes").format(count=count)


def span_text(numbers: list[str]) -> str:
    """Registration numbers issued together: the first and the last."""
    if len(numbers) == 1:
        return numbers[0]
    return QCoreApplication.translate("Letters", "{first} to {last}").format(
        first=numbers[0], last=numbers[-1]
    )


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
        return QCoreApplication.translate("Letters", "Replaced by {number}").format(
            number=row["superseded_by"]
        )
    if row.get("served_on"):
        served = QCoreApplication.translate("Letters", "Served {day} ({method})").format(
            day=date_text(row["served_on"]), method=method_name(row.get("method") or "")
        )
        if row.get("state") in CASE_STATES_AFTER_SERVICE:
            return QCoreApplication.translate("Letters", "{served}, {state}").format(
                served=served, state=_word(CASE_STATES_AFTER_SERVICE, row["state"])
            )
        return served
    if row.get("dispatched_on"):
        day = date_text(row["dispatched_on"])
        if row.get("tracking_number"):
            return QCoreApplication.translate("Letters", "Dispatched {day}, {tracking}").format(
                day=day, tracking=row["tracking_number"]
            )
        return QCoreApplication.translate("Letters", "Dispatched {day}").format(day=day)
    return QCoreApplication.translate("Letters", "Not dispatched")


def can_dispatch(row: Row) -> bool:
    return not row.get("superseded_by") and row.get("state") in ("letters_issued", "dispatched")


def can_serve(row: Row) -> bool:
    return can_dispatch(row)


def can_correct(row: Row) -> bool:
    return can_dispatch(row)


def _approved(row: Row) -> str:
    when = row.get("approved_at") or ""
    try:
        return time_text(when)
    except ValueError:
        return when


def _corrects(row: Row) -> str:
    if not row.get("supersedes"):
        return ""
    return QCoreApplication.translate("Letters", "Corrects {number}: {reason}").format(
        number=row["supersedes"], reason=row["correction_reason"]
    )


def _addressee_tip(row: Row) -> str:
    return QCoreApplication.translate("Letters", "{addressee}; translation: {language}").format(
        addressee=addressee(row), language=language_name(row["language"])
    )


def _state_tip(row: Row) -> str:
    return QCoreApplication.translate("Letters", "Issued {day}, {pages}. {state}").format(
        day=date_text(row["issued_on"]),
        pages=pages_text(int(row["pages"])),
        state=letter_state(row),
    )


def _template_source(row: Row) -> str:
    if row["source"].startswith("setting"):
        return QCoreApplication.translate("Letters", "changed here")
    return QCoreApplication.translate("Letters", "as shipped")


def _template_check(row: Row) -> str:
    if row["problem"]:
        return QCoreApplication.translate("Letters", "problem")
    return QCoreApplication.translate("Letters", "ok")


QUEUE_COLUMNS = (
    Column(str(QT_TRANSLATE_NOOP("Letters", "Case")), lambda r: r["case_number"]),
    Column(str(QT_TRANSLATE_NOOP("Letters", "Permit")), lambda r: r["permit_number"]),
    Column(
        str(QT_TRANSLATE_NOOP("Letters", "Addressee")),
        addressee,
        sort=lambda r: addressee(r).casefold(),
    ),
    Column(
        str(QT_TRANSLATE_NOOP("Letters", "Translation")), lambda r: language_name(r["language"])
    ),
    Column(
        str(QT_TRANSLATE_NOOP("Letters", "Approved")),
        _approved,
        sort=lambda r: r.get("approved_at") or "",
    ),
)

LETTER_COLUMNS = (
    Column(
        str(QT_TRANSLATE_NOOP("Letters", "Registration no.")),
        lambda r: r["registration_number"],
        tooltip=_corrects,
    ),
    Column(str(QT_TRANSLATE_NOOP("Letters", "Document")), lambda r: kind_name(r["kind"])),
    Column(str(QT_TRANSLATE_NOOP("Letters", "Case")), lambda r: r["case_number"]),
    Column(
        str(QT_TRANSLATE_NOOP("Letters", "Addressee")),
        latin_name,
        sort=lambda r: latin_name(r).casefold(),
        tooltip=_addressee_tip,
    ),
    Column(str(QT_TRANSLATE_NOOP("Letters", "State")), letter_state, tooltip=_state_tip),
)

TEMPLATE_COLUMNS = (
    Column(str(QT_TRANSLATE_NOOP("Letters", "Document")), lambda r: kind_name(r["document"])),
    Column(str(QT_TRANSLATE_NOOP("Letters", "Language")), lambda r: language_name(r["language"])),
    Column(str(QT_TRANSLATE_NOOP("Letters", "Version")), lambda r: r["version"] or "–"),
    Column(
        str(QT_TRANSLATE_NOOP("Letters", "Source")), _template_source, tooltip=lambda r: r["source"]
    ),
    Column(
        str(QT_TRANSLATE_NOOP("Letters", "Check")), _template_check, tooltip=lambda r: r["problem"]
    ),
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
            return QCoreApplication.translate("Letters", self.columns[section].title)
        return None
