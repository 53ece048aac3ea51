"""What the letter dialogs share: date fields, the letter they are about, the buttons."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QLabel, QPushButton, QWidget

from ui.letters.models import Row, addressee, kind_name
from ui.widgets import esc


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(
    name: str, day: dt.date, parent: QWidget, *, latest: dt.date | None = None
) -> QDateEdit:
    edit = QDateEdit(qdate(day), parent)
    edit.setObjectName(name.replace(" ", "_"))
    edit.setAccessibleName(name)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    if latest is not None:
        edit.setMaximumDate(qdate(latest))
    return edit


def letter_summary(row: Row, parent: QWidget) -> QLabel:
    """Which letter and whose, at the top of a dialog."""
    text = QCoreApplication.translate(
        "Letters", "<b>{number}</b> · {kind} · case {case}<br>to {addressee}"
    ).format(
        number=esc(row["registration_number"]),
        kind=esc(kind_name(row["kind"])),
        case=esc(row["case_number"]),
        addressee=esc(addressee(row)),
    )
    label = QLabel(text, parent)
    label.setObjectName("letterSummary")
    label.setWordWrap(True)
    return label


def action_buttons(parent: QWidget, text: str, name: str) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(parent)
    button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    button.setObjectName(name)
    button.setDefault(True)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    return buttons, button
